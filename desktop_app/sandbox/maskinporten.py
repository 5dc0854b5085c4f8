"""Sandbox Maskinporten: ``POST /maskinporten/token`` with the JWT-grant checks of the real one.

What it checks, as docs.digdir.no describes ([V] auth.md §4): ``grant_type``; RS256/384/512;
``kid`` of a key registered on the client, or an ``x5c`` certificate registered on it; the
signature; ``aud`` = the issuer; ``iss`` = a known client; ``iat`` within ±10 s; ``exp`` at
most 120 s after ``iat`` and not passed; ``jti`` used once; every requested scope granted
to the client. Errors are OAuth2 JSON (``error``, ``error_description``) with the MP ids
where the real service has them.

Clients are registered with :func:`register_client` (tests, the benchmark) or through
``POST /_sandbox/maskinporten/clients`` with ``{"client_id", "public_key_pem" | "jwks" |
"certificate_pem", "kid", "scopes"}``. Every sandbox also knows the practice client
(:func:`practice_credentials`) used in Øving, whose key is made fresh in each process: it
is fictional and never leaves this machine.

The ``maskinporten_key_refused`` switch (:mod:`desktop_app.sandbox.server`) answers every
grant as signed with a key the client does not have: ``invalid_grant`` with the signature
text below ([V] docs.digdir.no ``maskinporten_feilsoking``: "invalid_grant betyr at
Maskinporten ikke kan behandle token-forespørselen"; MP-100 "Invalid assertion. Client
authentication failed."; which MP id a wrong key gets is [G]).
"""

from __future__ import annotations

import base64
import secrets
import threading
import time
from dataclasses import dataclass, field
from functools import cache
from urllib.parse import parse_qs

import jwt
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
    load_pem_public_key,
)
from cryptography.x509 import load_der_x509_certificate, load_pem_x509_certificate

from desktop_app.sandbox.server import ADMIN_PREFIX, HttpProblem, Request, Response, Sandbox

# Øving's own literal path; the client side names the same one in
# desktop_app/integrations/environments.py (tests/unit/test_sandbox_independent.py).
PREFIX = "/maskinporten"
ALGORITHMS = ("RS256", "RS384", "RS512")
CLOCK_SKEW = 10
TOKEN_LIFETIME = 120
# Øving's own values of the documented contract ([V] auth.md §4-§6), never the client's.
GRANT_TYPE = "urn:ietf:params:oauth:grant-type:jwt-bearer"
MAX_GRANT_LIFETIME = 120
SVARUT_SCOPE = "ks:fiks"
KRR_SCOPES = ("krr:global/kontaktinformasjon.read", "krr:global/digitalpost.read")

PRACTICE_CLIENT_ID = "postvakt-ovingsklient"
PRACTICE_KID = "postvakt-ovingsnokkel-1"


@dataclass(frozen=True)
class PracticeClient:
    """What Øving's Maskinporten knows about its practice client (the caller makes its own
    credentials from it)."""

    client_id: str
    kid: str
    private_key_pem: str = field(repr=False)
    scope: str = SVARUT_SCOPE


@dataclass
class Client:
    client_id: str
    keys: dict[str, object] = field(default_factory=dict)  # kid → public key
    certificates: list[bytes] = field(default_factory=list)  # DER of allowed x5c leaves
    scopes: frozenset[str] = frozenset({SVARUT_SCOPE})


@dataclass
class IssuedToken:
    client_id: str
    scopes: frozenset[str]
    expires_at: float


class MaskinportenState:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.clients: dict[str, Client] = {}
        self.used_jti: dict[str, float] = {}
        self.tokens: dict[str, IssuedToken] = {}
        self.clock = time.time
        self.token_lifetime = TOKEN_LIFETIME

    def token_info(self, token: str) -> IssuedToken | None:
        """The issued token if it is known and not expired (for the other sandbox services)."""
        with self.lock:
            info = self.tokens.get(token)
        if info is None or info.expires_at <= self.clock():
            return None
        return info


def state(sandbox: Sandbox) -> MaskinportenState:
    return sandbox.service_state("maskinporten", MaskinportenState)


def register_client(
    sandbox: Sandbox,
    client_id: str,
    *,
    public_key_pem: str | None = None,
    kid: str | None = None,
    jwks: dict | None = None,
    certificate_pem: str | None = None,
    scopes: tuple[str, ...] = (SVARUT_SCOPE,),
) -> None:
    """Tell the sandbox Maskinporten about a client and its public key(s)."""
    client = Client(client_id, scopes=frozenset(scopes))
    if public_key_pem:
        client.keys[kid or ""] = load_pem_public_key(public_key_pem.encode("utf-8"))
    for key in (jwks or {}).get("keys", []):
        client.keys[key.get("kid", "")] = jwt.PyJWK(key).key
    if certificate_pem:
        cert = load_pem_x509_certificate(certificate_pem.encode("utf-8"))
        client.certificates.append(cert.public_bytes(Encoding.DER))
    s = state(sandbox)
    with s.lock:
        s.clients[client_id] = client


# ---------------------------------------------------------------------------- practice
@cache
def _practice_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def practice_credentials() -> PracticeClient:
    """The fictional client Øving uses (known to every sandbox of this process)."""
    pem = (
        _practice_key()
        .private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption())
        .decode("ascii")
    )
    return PracticeClient(PRACTICE_CLIENT_ID, PRACTICE_KID, pem)


def _practice_public_pem() -> str:
    return (
        _practice_key()
        .public_key()
        .public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo)
        .decode("ascii")
    )


# ---------------------------------------------------------------------------- errors
def oauth_error(error: str, description: str, status: int = 400) -> Response:
    return Response.json({"error": error, "error_description": description}, status)


class _Refused(Exception):
    def __init__(self, response: Response) -> None:
        super().__init__(response.body)
        self.response = response


def _refuse(error: str, description: str, status: int = 400) -> _Refused:
    return _Refused(oauth_error(error, description, status))


def _client_key(client: Client, header: dict) -> object:
    if "kid" in header:
        key = client.keys.get(str(header["kid"]))
        if key is None:
            raise _refuse(
                "invalid_grant",
                "Invalid assertion. Client authentication failed. "
                "Unknown kid for this client. (MP-100)",
            )
        return key
    if "x5c" in header:
        try:
            leaf = base64.b64decode(header["x5c"][0])
            cert = load_der_x509_certificate(leaf)
        except (ValueError, TypeError, IndexError, KeyError):
            raise _refuse(
                "invalid_grant",
                "Invalid assertion. Client authentication failed. "
                "The JWT is signed with an invalid certificate. (MP-120)",
            ) from None
        if leaf not in client.certificates:
            raise _refuse(
                "invalid_grant",
                "Invalid assertion. Client authentication failed. "
                "The JWT is signed with an invalid certificate. (MP-120)",
            )
        return cert.public_key()
    raise _refuse("invalid_grant", "Invalid assertion. Either kid or x5c must be present.")


def _validate(
    s: MaskinportenState, assertion: str, audience: str, *, refuse_key: bool = False
) -> tuple[Client, set[str]]:
    try:
        header = jwt.get_unverified_header(assertion)
        unverified = jwt.decode(assertion, options={"verify_signature": False})
    except jwt.PyJWTError:
        raise _refuse("invalid_grant", "Invalid assertion. Not a JWT.") from None
    if header.get("alg") not in ALGORITHMS:
        raise _refuse("invalid_grant", "Invalid assertion. Unsupported alg.")
    with s.lock:
        client = s.clients.get(str(unverified.get("iss", "")))
    if client is None:
        raise _refuse("invalid_client", "Invalid assertion. Client not found.", 400)
    key = _client_key(client, header)
    if refuse_key:  # the key on the client is another one than the grant was signed with
        raise _refuse(
            "invalid_grant",
            "Invalid assertion. Client authentication failed. Invalid JWT signature. (MP-100)",
        )
    now = s.clock()
    try:
        claims = jwt.decode(
            assertion,
            key,
            algorithms=list(ALGORITHMS),
            audience=None,
            options={
                "verify_aud": False,
                "verify_exp": False,
                "verify_iat": False,
                "require": ["iss", "aud", "iat", "exp", "scope"],
            },
        )
    except jwt.InvalidSignatureError:
        raise _refuse(
            "invalid_grant",
            "Invalid assertion. Client authentication failed. Invalid JWT signature. (MP-100)",
        ) from None
    except jwt.PyJWTError as exc:
        raise _refuse("invalid_grant", f"Invalid assertion. {type(exc).__name__}.") from None
    if claims.get("aud") != audience:
        raise _refuse(
            "invalid_grant",
            "Invalid assertion. Client authentication failed. Invalid JWT claim aud (MP-110)",
        )
    iat, exp = claims.get("iat"), claims.get("exp")
    if not isinstance(iat, int | float) or not isinstance(exp, int | float):
        raise _refuse("invalid_grant", "Invalid assertion. iat and exp must be numbers.")
    if abs(iat - now) > CLOCK_SKEW:
        raise _refuse(
            "invalid_grant", "Invalid assertion. iat is more than 10 seconds from the server time."
        )
    if exp - iat > MAX_GRANT_LIFETIME:
        raise _refuse("invalid_grant", "Invalid assertion. exp - iat must not exceed 120 seconds.")
    if exp + CLOCK_SKEW < now:
        raise _refuse("invalid_grant", "Invalid assertion. The JWT has expired.")
    jti = claims.get("jti")
    if jti:
        with s.lock:
            for old, until in list(s.used_jti.items()):
                if until < now:
                    del s.used_jti[old]
            if jti in s.used_jti:
                raise _refuse("invalid_grant", "Invalid assertion. The jti has been used before.")
            s.used_jti[str(jti)] = exp + CLOCK_SKEW
    requested = set(str(claims["scope"]).split())
    if not requested or not requested <= client.scopes:
        raise _refuse(
            "invalid_scope",
            "Invalid scope: the client is not granted "
            + " ".join(sorted(requested - client.scopes)),
        )
    return client, requested


def register(sandbox: Sandbox) -> None:
    sandbox.declare_switch(
        "maskinporten_key_refused",
        "Maskinporten godtar ikke nøkkelen (en annen nøkkel er registrert på klienten).",
    )
    # The practice client may ask for what Øving uses: SvarUt, and Kontaktregisteret.
    register_client(
        sandbox,
        PRACTICE_CLIENT_ID,
        public_key_pem=_practice_public_pem(),
        kid=PRACTICE_KID,
        scopes=(SVARUT_SCOPE, *KRR_SCOPES),
    )

    @sandbox.route("POST", PREFIX + "/token")
    def token(request: Request) -> Response:
        s = state(sandbox)
        content_type = (request.header("Content-Type") or "").split(";")[0].strip()
        if content_type != "application/x-www-form-urlencoded":
            return oauth_error(
                "invalid_request", "Content-Type must be application/x-www-form-urlencoded."
            )
        form = {k: v[-1] for k, v in parse_qs(request.body.decode("utf-8")).items()}
        if form.get("grant_type") != GRANT_TYPE:
            return oauth_error("unsupported_grant_type", "Only jwt-bearer grants are supported.")
        assertion = form.get("assertion")
        if not assertion:
            return oauth_error("invalid_request", "assertion is missing.")
        host = request.header("Host") or "127.0.0.1"
        audience = f"http://{host}{PREFIX}/"
        try:
            client, scopes = _validate(
                s, assertion, audience, refuse_key=sandbox.switch("maskinporten_key_refused")
            )
        except _Refused as refused:
            return refused.response
        access_token = secrets.token_urlsafe(32)
        with s.lock:
            now = s.clock()
            for old, info in list(s.tokens.items()):
                if info.expires_at < now:
                    del s.tokens[old]
            s.tokens[access_token] = IssuedToken(
                client.client_id, frozenset(scopes), now + s.token_lifetime
            )
        return Response.json(
            {
                "access_token": access_token,
                "token_type": "Bearer",
                "expires_in": s.token_lifetime,
                "scope": " ".join(sorted(scopes)),
            }
        )

    @sandbox.route("POST", ADMIN_PREFIX + "maskinporten/clients")
    def add_client(request: Request) -> Response:
        data = request.json
        if not isinstance(data, dict) or not data.get("client_id"):
            raise HttpProblem(400, detail="client_id is required.")
        try:
            register_client(
                sandbox,
                str(data["client_id"]),
                public_key_pem=data.get("public_key_pem"),
                kid=data.get("kid"),
                jwks=data.get("jwks"),
                certificate_pem=data.get("certificate_pem"),
                scopes=tuple(data.get("scopes") or (SVARUT_SCOPE,)),
            )
        except (ValueError, TypeError, jwt.PyJWTError) as exc:
            raise HttpProblem(400, detail=f"Unreadable key: {type(exc).__name__}.") from None
        return Response.json({"client_id": data["client_id"]}, 201)
