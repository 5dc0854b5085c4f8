"""Shared values for the SvarUt and Maskinporten tests (fictional; recognisable fakes)."""

from __future__ import annotations

from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

CLIENT_ID = "testvik-klient"
KID = "testvik-nokkel-1"
KONTO = "11111111-2222-4333-8444-555555555555"
OTHER_KONTO = "66666666-7777-4888-8999-000000000000"
INTEGRASJON_ID = "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee"
PASSORD = "FAKE-INTEGRASJONSPASSORD-d81f3c"


def private_pem(key: rsa.RSAPrivateKey) -> str:
    return key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption()).decode()


def public_pem(key: rsa.RSAPrivateKey) -> str:
    return key.public_key().public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo).decode()
