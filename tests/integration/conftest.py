"""Fixtures for the SvarUt and Maskinporten clients against the sandbox over real HTTP."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from support.svarut_values import (
    CLIENT_ID,
    INTEGRASJON_ID,
    KID,
    KONTO,
    OTHER_KONTO,
    PASSORD,
    private_pem,
    public_pem,
)

from desktop_app.integrations.environments import sandbox_urls
from desktop_app.integrations.http import make_client
from desktop_app.integrations.maskinporten import MaskinportenClient, MaskinportenCredentials
from desktop_app.integrations.svarut import SvarUtClient, SvarUtCredentials
from desktop_app.sandbox import maskinporten as sandbox_mp
from desktop_app.sandbox import svarut as sandbox_svarut
from desktop_app.sandbox.server import build_sandbox


@pytest.fixture(scope="session")
def rsa_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture(scope="session")
def other_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture
def sandbox(rsa_key):
    """Every sandbox service, a test client and a test integration: 250 shipments on KONTO,
    3 on OTHER_KONTO (which the integration may not read)."""
    sb = build_sandbox()
    sandbox_mp.register_client(sb, CLIENT_ID, public_key_pem=public_pem(rsa_key), kid=KID)
    st = sandbox_svarut.state(sb)
    st.add_integration(INTEGRASJON_ID, PASSORD, {KONTO})
    sb.test_ids = st.generate(250, KONTO, seed=3)
    sb.other_ids = st.generate(3, OTHER_KONTO, seed=4)
    with sb:
        yield sb


@pytest.fixture
def urls(sandbox):
    return sandbox_urls(sandbox.base_url)


@pytest.fixture
def mp_credentials(rsa_key):
    return MaskinportenCredentials(CLIENT_ID, "ks:fiks", private_pem(rsa_key), kid=KID)


@pytest.fixture
def svarut_credentials():
    return SvarUtCredentials(KONTO, INTEGRASJON_ID, PASSORD)


@pytest.fixture
def http(sandbox):
    with make_client(timeout=2.0, min_interval=0) as client:
        yield client


@pytest.fixture
def tokens(http, urls, mp_credentials):
    return MaskinportenClient(http, urls, mp_credentials)


@pytest.fixture
def svarut(http, urls, svarut_credentials, tokens):
    return SvarUtClient(http, urls, svarut_credentials, tokens, backoff=0.01)
