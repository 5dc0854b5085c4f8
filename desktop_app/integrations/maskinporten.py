"""Maskinporten: an access token for the municipality itself, through a signed JWT grant.

Contract ([V] auth.md §4; docs.digdir.no ``maskinporten_protocol_jwtgrant`` and
``maskinporten_protocol_token``)::

    POST {issuer}token   (https://maskinporten.no/token, test: https://test.maskinporten.no/token)
    Content-Type: application/x-www-form-urlencoded
    grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer&assertion=<signed JWT>

The grant is signed RS256 with the municipality's private key; its header carries either
``kid`` (a key registered on the client) or ``x5c`` (the business certificate chain). The
body has ``aud`` (the issuer, with trailing slash), ``iss`` (client id), ``iat``, ``exp``
(at most 120 s after ``iat``), a fresh ``jti`` and the space-separated ``scope``.

Errors come as OAuth2 JSON (``error``, ``error_description``, ``error_uri``), often with an
id such as ``MP-110`` in the description ([V] docs.digdir.no ``maskinporten_feilsoking``).
:func:`token_error` turns each into a bokmål sentence that says what to fix.

The token is kept in memory only, until shortly before it expires. The private key is
handed in by the caller (it lives in the keyring) and never appears in a message or a log.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

import httpx
import jwt
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, load_pem_private_key
from cryptography.x509 import load_pem_x509_certificates

from desktop_app.integrations.environments import ServiceUrls
from desktop_app.integrations.http import (
    ServiceError,
    request_with_retries,
    retry_after_seconds,
)
from desktop_app.redaction import register_for_redaction

log = logging.getLogger(__name__)

SERVICE = "Maskinporten"
GRANT_TYPE = "urn:ietf:params:oauth:grant-type:jwt-bearer"
ALGORITHM = "RS256"
GRANT_LIFETIME = 60
"""Seconds from ``iat`` to ``exp`` in our grants (Maskinporten allows at most 120)."""
MAX_GRANT_LIFETIME = 120
TOKEN_MARGIN = 20
"""A cached token is replaced this many seconds before it expires."""
SVARUT_SCOPE = "ks:fiks"  # [V] auth.md §5


# ---------------------------------------------------------------------------- settings
@dataclass(frozen=True)
class MaskinportenCredentials:
    """What a JWT grant needs. ``private_key_pem`` and ``passphrase`` are secret (keyring)."""

    client_id: str
    scope: str
    private_key_pem: str = field(repr=False)
    passphrase: str | None = field(default=None, repr=False)
    kid: str = ""
    certificate_pem: str = ""
    """The business certificate chain (PEM, leaf first), used as ``x5c`` when no ``kid``."""


class MaskinportenError(ServiceError):
    """A token could not be had; ``message_nb`` says what to fix."""


def _key(credentials: MaskinportenCredentials) -> RSAPrivateKey:
    passphrase = credentials.passphrase.encode("utf-8") if credentials.passphrase else None
    problem: str | None = None
    try:
        key = load_pem_private_key(credentials.private_key_pem.encode("utf-8"), passphrase)
    except TypeError:
        problem = (
            "Den private nøkkelen for Maskinporten er beskyttet med et passord som mangler. "
            "Lagre passordet under Innstillinger."
        )
    except ValueError:
        problem = (
            "Den private nøkkelen for Maskinporten kunne ikke leses, eller passordet for den "
            "stemmer ikke. Lagre nøkkelen og passordet på nytt under Innstillinger."
        )
    if problem is not None:
        raise MaskinportenError(problem)
    if not isinstance(key, RSAPrivateKey):
        raise MaskinportenError(
            "Maskinporten-nøkkelen må være en RSA-nøkkel. Lag en ny RSA-nøkkel, registrer den "
            "på klienten i Samarbeidsportalen, og lagre den under Innstillinger."
        )
    return key


def _x5c(certificate_pem: str) -> list[str]:
    try:
        certificates = load_pem_x509_certificates(certificate_pem.encode("utf-8"))
    except ValueError:
        raise MaskinportenError(
            "Virksomhetssertifikatet kunne ikke leses. Velg sertifikatet i PEM-format under "
            "Innstillinger, eller bruk en registrert nøkkel (kid) i stedet."
        ) from None
    return [base64.b64encode(c.public_bytes(Encoding.DER)).decode("ascii") for c in certificates]


def make_grant(
    credentials: MaskinportenCredentials,
    audience: str,
    *,
    now: float | None = None,
    lifetime: int = GRANT_LIFETIME,
    jti: str | None = None,
) -> str:
    """The signed JWT grant (a fresh ``jti`` each call). ``lifetime`` is not capped here so
    tests can make a grant Maskinporten must refuse; Postvakt's own calls use the default."""
    if not credentials.client_id.strip():
        raise MaskinportenError(
            "Klient-ID for Maskinporten mangler. Skriv den inn under Innstillinger."
        )
    if not credentials.kid and not credentials.certificate_pem:
        raise MaskinportenError(
            "Postvakt vet ikke hvilken nøkkel Maskinporten skal kjenne igjen. Skriv inn "
            "nøkkel-ID (kid) fra Samarbeidsportalen, eller velg virksomhetssertifikatet, under "
            "Innstillinger."
        )
    issued = int(now if now is not None else time.time())
    claims = {
        "aud": audience,
        "iss": credentials.client_id.strip(),
        "scope": credentials.scope.strip(),
        "iat": issued,
        "exp": issued + lifetime,
        "jti": jti or str(uuid.uuid4()),
    }
    headers: dict[str, object] = {"typ": "JWT"}
    if credentials.kid:
        headers["kid"] = credentials.kid.strip()
    else:
        headers["x5c"] = _x5c(credentials.certificate_pem)
    assertion = jwt.encode(claims, _key(credentials), algorithm=ALGORITHM, headers=headers)
    register_for_redaction(assertion)
    return assertion


# ---------------------------------------------------------------------------- errors
# What the user must do, per documented OAuth2 error (and Maskinporten's MP ids). One table,
# so a wrong guess is easy to correct.
_MP_MESSAGES = {
    "MP-110": "Maskinporten godtok ikke mottakeren (aud) i forespørselen. Sjekk at riktig miljø "
    "(produksjon eller test) er valgt.",
    "MP-120": "Maskinporten godtok ikke sertifikatet. Sjekk at virksomhetssertifikatet er gyldig "
    "og hører til dette miljøet (produksjonssertifikater virker ikke i test).",
    "MP-121": "Nøkkelen som er registrert på Maskinporten-klienten, er utløpt. Registrer en ny "
    "nøkkel i Samarbeidsportalen og lagre den under Innstillinger.",
}
_ERROR_MESSAGES = {
    "invalid_grant": "Maskinporten godtok ikke den signerte forespørselen. Sjekk at nøkkelen "
    "(og nøkkel-ID-en) under Innstillinger er den som er registrert på klienten, og at "
    "klokken på maskinen går riktig.",
    "invalid_client": "Maskinporten kjenner ikke klient-ID-en. Sjekk klient-ID under "
    "Innstillinger mot Samarbeidsportalen, og at riktig miljø er valgt.",
    "unauthorized_client": "Maskinporten-klienten har ikke lov til å bruke denne "
    "innloggingsmåten. Sjekk klienten i Samarbeidsportalen.",
    "invalid_scope": "Maskinporten-klienten har ikke tilgang til det som ble bedt om (scope). "
    "Legg til scope «{scope}» på klienten i Samarbeidsportalen.",
    "invalid_request": "Maskinporten forsto ikke forespørselen. Prøv igjen; skjer det igjen, "
    "send loggfilen til IT-avdelingen.",
    "unsupported_grant_type": "Maskinporten forsto ikke forespørselen. Prøv igjen; skjer det "
    "igjen, send loggfilen til IT-avdelingen.",
}


def token_error(response: httpx.Response, scope: str) -> MaskinportenError:
    """A documented Maskinporten error response as a bokmål explanation."""
    status = response.status_code
    code = description = ""
    try:
        body = response.json()
    except ValueError:
        body = None
    if isinstance(body, dict):
        code = str(body.get("error") or "")
        description = str(body.get("error_description") or "")
    # The description is logged (it holds Maskinporten's trace id), never shown or raised.
    log.info("Maskinporten svarte HTTP %d, %s: %s", status, code or "-", description[:300])
    message = next((m for mp, m in _MP_MESSAGES.items() if mp in description), None)
    if message is None and code in _ERROR_MESSAGES:
        message = _ERROR_MESSAGES[code].format(scope=scope)
    if message is None and status == 403:
        message = (
            "Maskinporten nektet tilgang. Sjekk at virksomheten har fått tilgang til scope "
            f"«{scope}» og at klienten er aktiv i Samarbeidsportalen."
        )
    if status == 429 or status >= 500:
        return MaskinportenError(
            f"Maskinporten svarer ikke som den skal akkurat nå (HTTP {status}). Prøv igjen om "
            "litt.",
            status=status,
            problem_code=code or None,
            retryable=True,
        )
    if message is None:
        message = (
            f"Maskinporten avviste forespørselen (HTTP {status}). Sjekk klient-ID, nøkkel og "
            "scope under Innstillinger."
        )
    return MaskinportenError(message, status=status, problem_code=code or None)


# ---------------------------------------------------------------------------- client
@dataclass
class _Cached:
    token: str | None = None
    expires_at: float = 0.0
    lock: threading.Lock = field(default_factory=threading.Lock)


_CACHE: dict[tuple[str, ...], _Cached] = {}
_CACHE_LOCK = threading.Lock()


def _cache_entry(token_url: str, credentials: MaskinportenCredentials) -> _Cached:
    """One token per Maskinporten, client, scope and key, shared by every client object in
    this process (a refresh and the event log reuse the token of the one before)."""
    key_id = hashlib.sha256(
        (credentials.private_key_pem + credentials.kid + credentials.certificate_pem).encode(
            "utf-8"
        )
    ).hexdigest()
    key = (token_url, credentials.client_id, credentials.scope, key_id)
    with _CACHE_LOCK:
        return _CACHE.setdefault(key, _Cached())


def forget_tokens() -> None:
    """Drop every cached token (sign-out, a changed key, tests)."""
    with _CACHE_LOCK:
        _CACHE.clear()


class MaskinportenClient:
    """Gets and caches access tokens. Thread-safe: workers share one instance.

    ``token()`` returns a cached token while it has more than :data:`TOKEN_MARGIN` seconds
    left; otherwise one thread fetches a new one while the others wait for it. The cache
    lives in memory only, shared within the process (see :func:`_cache_entry`).
    """

    def __init__(
        self,
        http: httpx.Client,
        urls: ServiceUrls,
        credentials: MaskinportenCredentials,
        *,
        clock: Callable[[], float] = time.time,
        max_attempts: int = 3,
    ) -> None:
        self._http = http
        self._urls = urls
        self._credentials = credentials
        self._clock = clock
        self._max_attempts = max_attempts
        self._cached = _cache_entry(urls.maskinporten_token, credentials)

    def invalidate(self, token: str | None = None) -> None:
        """Forget the cached token (``token``: only if it is still that one)."""
        cached = self._cached
        with cached.lock:
            if token is None or token == cached.token:
                cached.token = None
                cached.expires_at = 0.0

    def token(
        self,
        *,
        cancel: Callable[[], bool] | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> str:
        cached = self._cached
        with cached.lock:
            if cached.token is not None and self._clock() < cached.expires_at - TOKEN_MARGIN:
                return cached.token
            token, expires_in = self._fetch(cancel, sleep)
            cached.token = token
            cached.expires_at = self._clock() + expires_in
            return token

    def _fetch(
        self, cancel: Callable[[], bool] | None, sleep: Callable[[float], None]
    ) -> tuple[str, float]:
        scope = self._credentials.scope
        error: ServiceError | None = None
        for attempt in range(1, self._max_attempts + 1):
            wait: float | None = None
            # A new grant for every attempt: a jti may be used once only.
            data = {
                "grant_type": GRANT_TYPE,
                "assertion": make_grant(self._credentials, self._urls.maskinporten_audience),
            }
            try:
                response = request_with_retries(
                    self._http,
                    "POST",
                    self._urls.maskinporten_token,
                    idempotent=False,
                    max_attempts=1,
                    cancel=cancel,
                    service=SERVICE,
                    data=data,
                    accept_statuses=range(400, 600),
                    headers={"Accept": "application/json"},
                )
            except ServiceError as exc:  # no answer at all
                error = exc
            else:
                if response.status_code == 200:
                    return self._parse(response)
                error = token_error(response, scope)
                wait = retry_after_seconds(response.headers.get("retry-after"))
            if not error.retryable or attempt == self._max_attempts:
                raise error
            sleep(wait if wait is not None else min(2.0, 0.25 * 2 ** (attempt - 1)))
        raise error or MaskinportenError("Maskinporten svarte ikke.")  # pragma: no cover

    @staticmethod
    def _parse(response: httpx.Response) -> tuple[str, float]:
        try:
            body = response.json()
            token = body["access_token"]
            expires_in = float(body.get("expires_in", 120))
        except (ValueError, KeyError, TypeError):
            raise MaskinportenError(
                "Maskinporten svarte, men uten et brukbart tilgangsbevis. Prøv igjen om litt.",
                status=response.status_code,
                retryable=True,
            ) from None
        if not isinstance(token, str) or not token:
            raise MaskinportenError(
                "Maskinporten svarte, men uten et brukbart tilgangsbevis. Prøv igjen om litt.",
                retryable=True,
            )
        register_for_redaction(token)
        return token, max(expires_in, 0.0)


def grant_claims_unverified(assertion: str) -> dict:
    """The claims of a grant, for tests and diagnostics (no signature check)."""
    payload = assertion.split(".")[1]
    payload += "=" * (-len(payload) % 4)
    return json.loads(base64.urlsafe_b64decode(payload))
