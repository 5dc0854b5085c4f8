"""Sandbox ID-porten: discovery, authorize, token (PKCE), JWKS and userinfo on loopback.

Follows the documented contract (auth.md §2; docs.digdir.no ``/authorize``, ``/token``,
id_token, ``/userinfo``): authorization code only, PKCE S256 required, single-use codes
bound to client_id, redirect_uri and the code challenge, RS256-signed id_tokens with
``pid``, ``acr``, ``amr``, ``nonce``, ``sid`` and ``locale`` (no name: ID-porten gives none),
self-contained access tokens, and refresh tokens that rotate on each use. Token errors are
the OAuth 2.0 JSON ``{"error", "error_description"}`` with 400.

``authorize`` redirects straight back with a code for the default person
(:data:`desktop_app.sandbox._fiction.DAGLIG_LEDER`); ``login_hint=<fødselsnummer>`` picks
another person from the cast, and ``login_hint=avbryt`` answers as if the user pressed
"Avbryt" in ID-porten (``error=access_denied``). Tests may change :class:`IdPortenState`
(lifetimes, the next outcome) through :func:`state_for`.

Failure switches (see :mod:`desktop_app.sandbox.server`) play a municipality's client set
up wrong. How ID-porten answers is not in its documentation (felleslosninger/docs
``oidc_protocol_authorize.md`` lists the parameters only), so the sandbox follows OAuth 2.0
(RFC 6749 §4.1.2.1) [I]: an unknown ``client_id`` or a ``redirect_uri`` not registered on
the client is shown as an error page in the browser, never redirected (status 400 here;
ID-porten's status is [G]); a scope the client has not been granted goes back to the
redirect address as ``error=invalid_scope``.

* ``idporten_unknown_client``: no client has the id asked for;
* ``idporten_wrong_redirect``: the client has no loopback (``http://127.0.0.1``) address;
* ``idporten_missing_scope``: the client lacks :data:`MISSING_SCOPE`.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import threading
import time
import uuid
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import jwt
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm

from desktop_app.sandbox import _fiction
from desktop_app.sandbox.server import Request, Response, Sandbox

# Øving's own literal path; the client side names the same one in
# desktop_app/integrations/environments.py (tests/unit/test_sandbox_independent.py).
PREFIX = "/idporten"
CODE_LIFETIME = 60  # seconds
ACR_VALUES = ("idporten-loa-substantial", "idporten-loa-high")
SCOPES_SUPPORTED = (
    "openid", "profile",
    "altinn:accessmanagement/authorizedparties",
    "altinn:accessmanagement/enduser:connections:toothers.read",
    "altinn:accessmanagement/enduser:connections:toothers.write",
    "altinn:accessmanagement/enduser:maskinportensuppliers.read",
    "altinn:accessmanagement/enduser:maskinportensuppliers.write",
    "digdir:dialogporten",
)
MISSING_SCOPE = "altinn:accessmanagement/enduser:connections:toothers.write"
"""The scope the ``idporten_missing_scope`` switch takes away from the client."""


@dataclass
class _Grant:
    client_id: str
    redirect_uri: str
    challenge: str
    nonce: str | None
    pid: str
    scope: str
    acr: str
    issued: float
    used: bool = False


@dataclass
class _Refresh:
    client_id: str
    pid: str
    scope: str
    acr: str
    sid: str
    expires: float


@dataclass
class IdPortenState:
    """The sandbox ID-porten's keys and memory; tests may change the public fields."""

    access_token_lifetime: int = 600
    id_token_lifetime: int = 600
    refresh_token_lifetime: int = 8 * 3600
    deny_next: bool = False
    """The next authorize answers ``error=access_denied`` (the user pressed Avbryt)."""
    nonce_override: str | None = None
    """Put this nonce in the next id_tokens instead of the one asked for (tests)."""
    kid: str = field(default_factory=lambda: "sandkasse-" + uuid.uuid4().hex[:12])
    codes: dict[str, _Grant] = field(default_factory=dict)
    refresh_tokens: dict[str, _Refresh] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)
    _key: rsa.RSAPrivateKey | None = field(default=None, repr=False)

    @property
    def key(self) -> rsa.RSAPrivateKey:
        """The signing key, made on first use (a sandbox that nobody signs in to starts fast)."""
        return _lazy_key(self)

    def jwk(self) -> dict[str, Any]:
        public = RSAAlgorithm.to_jwk(self.key.public_key(), as_dict=True)
        return {**public, "kid": self.kid, "use": "sig", "alg": "RS256"}

    def sign(self, claims: dict[str, Any]) -> str:
        return jwt.encode(claims, self.key, algorithm="RS256", headers={"kid": self.kid})


_KEY_LOCK = threading.Lock()


def _lazy_key(holder: Any) -> rsa.RSAPrivateKey:
    with _KEY_LOCK:
        if holder._key is None:
            holder._key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        return holder._key


def state_for(sandbox: Sandbox) -> IdPortenState:
    """The one ID-porten state of ``sandbox`` (the Altinn exchange checks tokens with it)."""
    return sandbox.service_state("idporten", IdPortenState)


def issuer(request: Request) -> str:
    return f"http://{request.header('Host')}{PREFIX}"


def _challenge(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def _oauth_error(error: str, description: str, status: int = 400) -> Response:
    return Response.json({"error": error, "error_description": description}, status,
                         headers={"Cache-Control": "no-store"})


def _loopback_redirect(uri: str) -> bool:
    parts = urlsplit(uri)
    return parts.scheme == "http" and parts.hostname == "127.0.0.1" and parts.port is not None


def _redirect(uri: str, params: dict[str, str]) -> Response:
    separator = "&" if "?" in uri else "?"
    return Response(302, None, {"Location": uri + separator + urlencode(params),
                                "Cache-Control": "no-store"})


def _form(request: Request) -> dict[str, str]:
    return {k: v[-1] for k, v in parse_qs(request.body.decode("utf-8", "replace")).items()}


def _bad_request_page(text: str) -> Response:
    return Response.text(
        f"<!doctype html><html lang='nb'><meta charset='utf-8'><title>ID-porten (øving)"
        f"</title><p>{text}</p></html>", 400, content_type="text/html; charset=utf-8")


def register(sandbox: Sandbox) -> None:
    state = state_for(sandbox)
    sandbox.declare_switch("idporten_unknown_client",
                           "ID-porten kjenner ikke klient-ID-en (klienten er ikke registrert).")
    sandbox.declare_switch("idporten_wrong_redirect",
                           "ID-porten-klienten har ikke http://127.0.0.1 som tilbakeadresse.")
    sandbox.declare_switch("idporten_missing_scope",
                           f"ID-porten-klienten har ikke fått scopet {MISSING_SCOPE}.")

    @sandbox.route("GET", PREFIX + "/.well-known/openid-configuration")
    def discovery(request: Request) -> Response:
        base = issuer(request)
        return Response.json({
            "issuer": base,
            "authorization_endpoint": base + "/authorize",
            "token_endpoint": base + "/token",
            "jwks_uri": base + "/jwks.json",
            "userinfo_endpoint": base + "/userinfo",
            "end_session_endpoint": base + "/logout",
            "response_types_supported": ["code"],
            "response_modes_supported": ["query"],
            "grant_types_supported": ["authorization_code", "refresh_token"],
            "code_challenge_methods_supported": ["S256"],
            "subject_types_supported": ["pairwise"],
            "id_token_signing_alg_values_supported": ["RS256"],
            "token_endpoint_auth_methods_supported": ["none", "client_secret_basic",
                                                      "client_secret_post", "private_key_jwt"],
            "scopes_supported": list(SCOPES_SUPPORTED),
            "acr_values_supported": list(ACR_VALUES),
            "ui_locales_supported": ["nb", "nn", "en", "se"],
            "claims_supported": ["sub", "pid", "acr", "amr", "auth_time", "locale", "sid",
                                 "nonce", "iss", "aud", "exp", "iat", "jti"],
        })

    @sandbox.route("GET", PREFIX + "/jwks.json")
    def jwks(request: Request) -> Response:
        return Response.json({"keys": [state.jwk()]})

    @sandbox.route("GET", PREFIX + "/authorize")
    def authorize(request: Request) -> Response:
        q = request.query
        redirect_uri = q.get("redirect_uri", "")
        client_id = q.get("client_id", "")
        if not client_id or not _loopback_redirect(redirect_uri):
            # Never redirect to an address we cannot trust: show the error instead.
            return _bad_request_page("Ugyldig klient eller redirect_uri (øvings-ID-porten "
                                     "godtar bare http://127.0.0.1:&lt;port&gt;/…).")
        if sandbox.switch("idporten_unknown_client"):
            return _bad_request_page("Ukjent klient (client_id).")
        if sandbox.switch("idporten_wrong_redirect"):
            return _bad_request_page("redirect_uri er ikke registrert på klienten.")
        back: dict[str, str] = {}
        if "state" in q:
            back["state"] = q["state"]
        if q.get("response_type") != "code":
            return _redirect(redirect_uri, {"error": "unsupported_response_type",
                                            "error_description": "Only code.", **back})
        if q.get("code_challenge_method") != "S256" or not q.get("code_challenge"):
            return _redirect(redirect_uri, {"error": "invalid_request",
                                            "error_description": "PKCE with S256 is required.",
                                            **back})
        scopes = q.get("scope", "").split()
        granted = [s for s in SCOPES_SUPPORTED
                   if not (s == MISSING_SCOPE and sandbox.switch("idporten_missing_scope"))]
        if "openid" not in scopes or any(s not in granted for s in scopes):
            return _redirect(redirect_uri, {"error": "invalid_scope",
                                            "error_description": "Scope not allowed.", **back})
        hint = q.get("login_hint", "")
        with state.lock:
            deny, state.deny_next = state.deny_next, False
        if deny or hint == "avbryt":
            return _redirect(redirect_uri, {"error": "access_denied",
                                            "error_description": "User cancelled.", **back})
        person = _fiction.person(hint) if hint else _fiction.DAGLIG_LEDER
        if person is None:
            person = _fiction.DAGLIG_LEDER
        acr = q.get("acr_values", ACR_VALUES[0]).split()[0]
        if acr not in ACR_VALUES:
            acr = ACR_VALUES[0]
        code = secrets.token_urlsafe(32)
        with state.lock:
            state.codes[code] = _Grant(client_id, redirect_uri, q["code_challenge"],
                                       q.get("nonce"), person.pid, " ".join(scopes), acr,
                                       time.time())
        return _redirect(redirect_uri, {"code": code, **back})

    def issue(request: Request, client_id: str, pid: str, scope: str, acr: str,
              nonce: str | None, sid: str) -> dict[str, Any]:
        now = int(time.time())
        base = issuer(request)
        sub = hashlib.sha256(f"{client_id}:{pid}".encode()).hexdigest()[:43]
        access = state.sign({
            "iss": base, "client_id": client_id, "aud": "https://platform.altinn.no/",
            "sub": sub, "pid": pid, "acr": acr, "scope": scope, "client_amr": "none",
            "iat": now, "exp": now + state.access_token_lifetime, "jti": uuid.uuid4().hex,
        })
        id_claims: dict[str, Any] = {
            "iss": base, "aud": client_id, "sub": sub, "pid": pid, "acr": acr,
            "amr": ["TestID"], "locale": "nb", "sid": sid, "auth_time": now,
            "iat": now, "exp": now + state.id_token_lifetime, "jti": uuid.uuid4().hex,
        }
        if state.nonce_override is not None:
            id_claims["nonce"] = state.nonce_override
        elif nonce is not None:
            id_claims["nonce"] = nonce
        refresh = secrets.token_urlsafe(32)
        with state.lock:
            state.refresh_tokens[refresh] = _Refresh(client_id, pid, scope, acr, sid,
                                                     time.time() + state.refresh_token_lifetime)
        return {
            "access_token": access,
            "id_token": state.sign(id_claims),
            "token_type": "Bearer",
            "expires_in": state.access_token_lifetime,
            "refresh_token": refresh,
            # [G] not in ID-porten's documented answer; served so Øving can show the end.
            "refresh_token_expires_in": state.refresh_token_lifetime,
            "scope": scope,
        }

    @sandbox.route("POST", PREFIX + "/token")
    def token(request: Request) -> Response:
        form = _form(request)
        grant_type = form.get("grant_type")
        if grant_type == "authorization_code":
            return _code_grant(request, form)
        if grant_type == "refresh_token":
            return _refresh_grant(request, form)
        return _oauth_error("unsupported_grant_type", "Only authorization_code and "
                            "refresh_token.")

    def _code_grant(request: Request, form: dict[str, str]) -> Response:
        code = form.get("code", "")
        with state.lock:
            grant = state.codes.get(code)
            reused = grant is not None and grant.used
            if grant is not None:
                grant.used = True  # single use, also when this attempt fails
        if grant is None or reused:
            return _oauth_error("invalid_grant", "Unknown or already used code.")
        if time.time() - grant.issued > CODE_LIFETIME:
            return _oauth_error("invalid_grant", "Code expired.")
        if form.get("client_id") != grant.client_id:
            return _oauth_error("invalid_client", "Client does not match the code.", 401)
        if form.get("redirect_uri") != grant.redirect_uri:
            return _oauth_error("invalid_grant", "redirect_uri does not match.")
        verifier = form.get("code_verifier", "")
        if not 43 <= len(verifier) <= 128 or not secrets.compare_digest(
                _challenge(verifier), grant.challenge):
            return _oauth_error("invalid_grant", "PKCE verification failed.")
        body = issue(request, grant.client_id, grant.pid, grant.scope, grant.acr, grant.nonce,
                     uuid.uuid4().hex)
        return Response.json(body, headers={"Cache-Control": "no-store"})

    def _refresh_grant(request: Request, form: dict[str, str]) -> Response:
        with state.lock:
            old = state.refresh_tokens.pop(form.get("refresh_token", ""), None)
        if old is None or old.expires < time.time():
            return _oauth_error("invalid_grant", "Unknown, used or expired refresh token.")
        if sandbox.switch("idporten_unknown_client"):
            return _oauth_error("invalid_client", "Unknown client.", 401)
        if form.get("client_id") != old.client_id:
            return _oauth_error("invalid_client", "Client does not match.", 401)
        body = issue(request, old.client_id, old.pid, old.scope, old.acr, None, old.sid)
        return Response.json(body, headers={"Cache-Control": "no-store"})

    @sandbox.route("GET", PREFIX + "/userinfo")
    def userinfo(request: Request) -> Response:
        claims = verify_access_token(state, request, issuer(request))
        if claims is None:
            return Response(401, None, {"WWW-Authenticate": 'Bearer error="invalid_token"'})
        return Response.json({"sub": claims["sub"], "pid": claims["pid"], "locale": "nb"})


def bearer(request: Request) -> str | None:
    value = request.header("Authorization") or ""
    if not value.lower().startswith("bearer "):
        return None
    return value[7:].strip() or None


def verify_access_token(state: IdPortenState, request: Request,
                        expected_issuer: str) -> dict[str, Any] | None:
    """The claims of a valid sandbox ID-porten access token in ``request``, else None."""
    token = bearer(request)
    if token is None:
        return None
    try:
        return jwt.decode(token, state.key.public_key(), algorithms=["RS256"],
                          issuer=expected_issuer, options={"verify_aud": False,
                                                           "require": ["exp", "pid"]})
    except jwt.PyJWTError:
        return None
