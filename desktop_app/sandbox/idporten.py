"""Sandbox ID-porten: discovery, authorize, token (PKCE), JWKS, userinfo, revoke and logout.

Follows the documented contract (auth.md §2; docs.digdir.no ``/authorize``, ``/token``,
id_token, ``/userinfo``): authorization code only, PKCE S256 required, single-use codes
bound to client_id, redirect_uri and the code challenge, RS256-signed id_tokens with
``pid``, ``acr``, ``amr``, ``nonce``, ``sid`` and ``locale`` (no name: ID-porten gives none),
and self-contained access tokens. Token errors are the OAuth 2.0 JSON
``{"error", "error_description"}`` with 400.

Lifetimes and refresh, as felleslosninger/docs describes them [V]:

* access tokens live 120 s (``oidc_func_clientreg.md``: access_token_lifetime default);
  id_tokens too ([I] the example in ``oidc_protocol_id_token.md`` has exp − iat = 120);
* the client authenticates with nothing (``none``: Postvakt is a public native client), and
  ``oidc_protocol_token.md`` says refresh tokens are "issued to confidential clients" and
  that "client authentication method none cannot be used for the refresh_token grant". So by
  default no refresh token is issued and the refresh grant is refused. The client
  registration page lists ``refresh_token`` for native clients, so the other case can be
  tried: set ``POSTVAKT_OVING_REFRESH_TOKEN=ja`` before Øving starts (or
  :attr:`IdPortenState.issue_refresh_tokens`). Refresh tokens then live 600 s (reset on each
  use, default refresh_token_lifetime), rotate on each use, and end with the authorization
  (7200 s, authorization_lifetime);
* the SSO session (``oidc_func_sso.md``) ends after 30 minutes without an authorize request
  and at the latest 120 minutes after the login; while it lives, ``/authorize`` answers
  without a login (``logins`` counts the real logins, ``silent_logins`` the others). The
  practice browser keeps ID-porten's cookie as a browser would;
* ``/logout`` (``end_session_endpoint``, ``oidc_protocol_logout.md``) ends the SSO session of
  the browser's cookie (no cookie: an error page) and invalidates tokens that carry only
  ``openid``/``profile``; tokens with other scopes stay valid, as documented;
* ``/revoke`` (RFC 7009, ``oidc_protocol_revoke.md``) invalidates the token and every other
  token of the same grant for that client; the SSO session is not touched.

Time comes from :meth:`IdPortenState.now`; tests move it with :meth:`IdPortenState.advance`
(the Altinn exchange and every Altinn module check tokens against the same clock).

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
import os
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
SSO_IDLE = 30 * 60  # [V] oidc_func_sso.md: 30 minutes without a new authorize request
SSO_MAX = 120 * 60  # [V] … at the latest 120 minutes after the login
SSO_COOKIE = "idporten_sso"
REFRESH_SETTING = "POSTVAKT_OVING_REFRESH_TOKEN"
"""Environment variable: ``ja`` (or 1/true) makes Øving issue refresh tokens to public
clients, the case ID-porten's token page says does not happen."""
LOGIN_SCOPES = frozenset({"openid", "profile"})


def _refresh_from_environment() -> bool:
    return os.environ.get(REFRESH_SETTING, "").strip().lower() in ("1", "ja", "true", "yes")


ACR_VALUES = ("idporten-loa-substantial", "idporten-loa-high")
SCOPES_SUPPORTED = (
    "openid",
    "profile",
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
    sid: str
    used: bool = False


@dataclass
class _Refresh:
    client_id: str
    pid: str
    scope: str
    acr: str
    sid: str
    expires: float
    grant: str
    authorization_ends: float


@dataclass
class _SsoSession:
    pid: str
    started: float
    last_used: float


@dataclass
class IdPortenState:
    """The sandbox ID-porten's keys and memory; tests may change the public fields."""

    access_token_lifetime: int = 120
    id_token_lifetime: int = 120
    refresh_token_lifetime: int = 600
    authorization_lifetime: int = 7200
    issue_refresh_tokens: bool = field(default_factory=_refresh_from_environment)
    """Issue refresh tokens to public clients (default: no, as ID-porten documents)."""
    clock_offset: float = 0.0
    """Seconds added to the real time (tests move time with :meth:`advance`)."""
    logins: int = 0
    """Logins where the person had to identify themselves (no live SSO session)."""
    silent_logins: int = 0
    """Authorize requests answered from a live SSO session, without a login."""
    deny_next: bool = False
    """The next authorize answers ``error=access_denied`` (the user pressed Avbryt)."""
    nonce_override: str | None = None
    """Put this nonce in the next id_tokens instead of the one asked for (tests)."""
    kid: str = field(default_factory=lambda: "sandkasse-" + uuid.uuid4().hex[:12])
    codes: dict[str, _Grant] = field(default_factory=dict)
    refresh_tokens: dict[str, _Refresh] = field(default_factory=dict)
    sso_sessions: dict[str, _SsoSession] = field(default_factory=dict)
    access_grants: dict[str, tuple[str, str]] = field(default_factory=dict)
    """jti of each access token → (grant id, scope)."""
    revoked_grants: set[str] = field(default_factory=set)
    lock: threading.Lock = field(default_factory=threading.Lock)
    _key: rsa.RSAPrivateKey | None = field(default=None, repr=False)

    def now(self) -> float:
        return time.time() + self.clock_offset

    def advance(self, seconds: float) -> None:
        """Move Øving's clock forward (tests: tokens and sessions run out without waiting)."""
        self.clock_offset += seconds

    def sso_alive(self, sid: str | None) -> _SsoSession | None:
        session = self.sso_sessions.get(sid or "")
        now = self.now()
        if session is None or now - session.last_used > SSO_IDLE or now - session.started > SSO_MAX:
            return None
        return session

    def token_revoked(self, jti: str | None) -> bool:
        grant = self.access_grants.get(jti or "")
        return grant is not None and grant[0] in self.revoked_grants

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
    return Response.json(
        {"error": error, "error_description": description},
        status,
        headers={"Cache-Control": "no-store"},
    )


def _loopback_redirect(uri: str) -> bool:
    parts = urlsplit(uri)
    return parts.scheme == "http" and parts.hostname == "127.0.0.1" and parts.port is not None


def _redirect(uri: str, params: dict[str, str]) -> Response:
    separator = "&" if "?" in uri else "?"
    return Response(
        302, None, {"Location": uri + separator + urlencode(params), "Cache-Control": "no-store"}
    )


def _cookie(request: Request, name: str) -> str | None:
    for part in (request.header("Cookie") or "").split(";"):
        key, _, value = part.strip().partition("=")
        if key == name and value:
            return value
    return None


def _form(request: Request) -> dict[str, str]:
    return {k: v[-1] for k, v in parse_qs(request.body.decode("utf-8", "replace")).items()}


def _bad_request_page(text: str) -> Response:
    return Response.text(
        f"<!doctype html><html lang='nb'><meta charset='utf-8'><title>ID-porten (øving)"
        f"</title><p>{text}</p></html>",
        400,
        content_type="text/html; charset=utf-8",
    )


def register(sandbox: Sandbox) -> None:
    state = state_for(sandbox)
    sandbox.declare_switch(
        "idporten_unknown_client",
        "ID-porten kjenner ikke klient-ID-en (klienten er ikke registrert).",
    )
    sandbox.declare_switch(
        "idporten_wrong_redirect",
        "ID-porten-klienten har ikke http://127.0.0.1 som tilbakeadresse.",
    )
    sandbox.declare_switch(
        "idporten_missing_scope", f"ID-porten-klienten har ikke fått scopet {MISSING_SCOPE}."
    )

    @sandbox.route("GET", PREFIX + "/.well-known/openid-configuration")
    def discovery(request: Request) -> Response:
        base = issuer(request)
        return Response.json(
            {
                "issuer": base,
                "authorization_endpoint": base + "/authorize",
                "token_endpoint": base + "/token",
                "jwks_uri": base + "/jwks.json",
                "userinfo_endpoint": base + "/userinfo",
                "end_session_endpoint": base + "/logout",
                "revocation_endpoint": base + "/revoke",
                "response_types_supported": ["code"],
                "response_modes_supported": ["query"],
                "grant_types_supported": ["authorization_code", "refresh_token"],
                "code_challenge_methods_supported": ["S256"],
                "subject_types_supported": ["pairwise"],
                "id_token_signing_alg_values_supported": ["RS256"],
                "prompt_values_supported": ["login"],
                "token_endpoint_auth_methods_supported": [
                    "none",
                    "client_secret_basic",
                    "client_secret_post",
                    "private_key_jwt",
                ],
                "scopes_supported": list(SCOPES_SUPPORTED),
                "acr_values_supported": list(ACR_VALUES),
                "ui_locales_supported": ["nb", "nn", "en", "se"],
                "claims_supported": [
                    "sub",
                    "pid",
                    "acr",
                    "amr",
                    "auth_time",
                    "locale",
                    "sid",
                    "nonce",
                    "iss",
                    "aud",
                    "exp",
                    "iat",
                    "jti",
                ],
            }
        )

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
            return _bad_request_page(
                "Ugyldig klient eller redirect_uri (øvings-ID-porten "
                "godtar bare http://127.0.0.1:&lt;port&gt;/…)."
            )
        if sandbox.switch("idporten_unknown_client"):
            return _bad_request_page("Ukjent klient (client_id).")
        if sandbox.switch("idporten_wrong_redirect"):
            return _bad_request_page("redirect_uri er ikke registrert på klienten.")
        back: dict[str, str] = {}
        if "state" in q:
            back["state"] = q["state"]
        if q.get("response_type") != "code":
            return _redirect(
                redirect_uri,
                {"error": "unsupported_response_type", "error_description": "Only code.", **back},
            )
        if q.get("code_challenge_method") != "S256" or not q.get("code_challenge"):
            return _redirect(
                redirect_uri,
                {
                    "error": "invalid_request",
                    "error_description": "PKCE with S256 is required.",
                    **back,
                },
            )
        scopes = q.get("scope", "").split()
        granted = [
            s
            for s in SCOPES_SUPPORTED
            if not (s == MISSING_SCOPE and sandbox.switch("idporten_missing_scope"))
        ]
        if "openid" not in scopes or any(s not in granted for s in scopes):
            return _redirect(
                redirect_uri,
                {"error": "invalid_scope", "error_description": "Scope not allowed.", **back},
            )
        hint = q.get("login_hint", "")
        with state.lock:
            deny, state.deny_next = state.deny_next, False
        if deny or hint == "avbryt":
            return _redirect(
                redirect_uri,
                {"error": "access_denied", "error_description": "User cancelled.", **back},
            )
        person = _fiction.person(hint) if hint else None
        acr = q.get("acr_values", ACR_VALUES[0]).split()[0]
        if acr not in ACR_VALUES:
            acr = ACR_VALUES[0]
        code = secrets.token_urlsafe(32)
        cookie = _cookie(request, SSO_COOKIE)
        with state.lock:
            now = state.now()
            sso = state.sso_alive(cookie)
            if (
                sso is not None
                and (person is None or person.pid == sso.pid)
                and q.get("prompt") != "login"
            ):
                sid = str(cookie)
                sso.last_used = now
                state.silent_logins += 1
                pid = sso.pid
            else:
                sid = uuid.uuid4().hex
                pid = (person or _fiction.DAGLIG_LEDER).pid
                state.sso_sessions[sid] = _SsoSession(pid, now, now)
                state.logins += 1
            state.codes[code] = _Grant(
                client_id,
                redirect_uri,
                q["code_challenge"],
                q.get("nonce"),
                pid,
                " ".join(scopes),
                acr,
                now,
                sid,
            )
        answer = _redirect(redirect_uri, {"code": code, **back})
        answer.headers["Set-Cookie"] = f"{SSO_COOKIE}={sid}; Path={PREFIX}; HttpOnly"
        return answer

    def issue(
        request: Request,
        client_id: str,
        pid: str,
        scope: str,
        acr: str,
        nonce: str | None,
        sid: str,
        grant: str,
        authorization_ends: float | None = None,
    ) -> dict[str, Any]:
        now = int(state.now())
        base = issuer(request)
        sub = hashlib.sha256(f"{client_id}:{pid}".encode()).hexdigest()[:43]
        jti = uuid.uuid4().hex
        with state.lock:
            sso = state.sso_sessions.get(sid)
            auth_time = int(sso.started) if sso is not None else now
        ends = authorization_ends or now + state.authorization_lifetime
        access = state.sign(
            {
                "iss": base,
                "client_id": client_id,
                "aud": "https://platform.altinn.no/",
                "sub": sub,
                "pid": pid,
                "acr": acr,
                "scope": scope,
                "client_amr": "none",
                "iat": now,
                "exp": int(min(now + state.access_token_lifetime, ends)),
                "jti": jti,
            }
        )
        id_claims: dict[str, Any] = {
            "iss": base,
            "aud": client_id,
            "sub": sub,
            "pid": pid,
            "acr": acr,
            "amr": ["TestID"],
            "locale": "nb",
            "sid": sid,
            "auth_time": auth_time,
            "iat": now,
            "exp": now + state.id_token_lifetime,
            "jti": uuid.uuid4().hex,
        }
        if state.nonce_override is not None:
            id_claims["nonce"] = state.nonce_override
        elif nonce is not None:
            id_claims["nonce"] = nonce
        body: dict[str, Any] = {
            "access_token": access,
            "id_token": state.sign(id_claims),
            "token_type": "Bearer",
            "expires_in": int(min(state.access_token_lifetime, ends - now)),
            "scope": scope,
        }
        with state.lock:
            state.access_grants[jti] = (grant, scope)
            if state.issue_refresh_tokens:
                refresh = secrets.token_urlsafe(32)
                refresh_ends = min(now + state.refresh_token_lifetime, ends)
                state.refresh_tokens[refresh] = _Refresh(
                    client_id, pid, scope, acr, sid, refresh_ends, grant, ends
                )
                body["refresh_token"] = refresh
                # Non-standard; one version of oidc_protocol_token.md documents it.
                body["refresh_token_expires_in"] = int(refresh_ends - now)
        return body

    @sandbox.route("POST", PREFIX + "/token")
    def token(request: Request) -> Response:
        form = _form(request)
        grant_type = form.get("grant_type")
        if grant_type == "authorization_code":
            return _code_grant(request, form)
        if grant_type == "refresh_token":
            return _refresh_grant(request, form)
        return _oauth_error("unsupported_grant_type", "Only authorization_code and refresh_token.")

    def _code_grant(request: Request, form: dict[str, str]) -> Response:
        code = form.get("code", "")
        with state.lock:
            grant = state.codes.get(code)
            reused = grant is not None and grant.used
            if grant is not None:
                grant.used = True  # single use, also when this attempt fails
        if grant is None or reused:
            return _oauth_error("invalid_grant", "Unknown or already used code.")
        if state.now() - grant.issued > CODE_LIFETIME:
            return _oauth_error("invalid_grant", "Code expired.")
        if form.get("client_id") != grant.client_id:
            return _oauth_error("invalid_client", "Client does not match the code.", 401)
        if form.get("redirect_uri") != grant.redirect_uri:
            return _oauth_error("invalid_grant", "redirect_uri does not match.")
        verifier = form.get("code_verifier", "")
        if not 43 <= len(verifier) <= 128 or not secrets.compare_digest(
            _challenge(verifier), grant.challenge
        ):
            return _oauth_error("invalid_grant", "PKCE verification failed.")
        body = issue(
            request,
            grant.client_id,
            grant.pid,
            grant.scope,
            grant.acr,
            grant.nonce,
            grant.sid,
            uuid.uuid4().hex,
        )
        return Response.json(body, headers={"Cache-Control": "no-store"})

    def _refresh_grant(request: Request, form: dict[str, str]) -> Response:
        if not state.issue_refresh_tokens:
            # [V] oidc_protocol_token.md: "Client authentication method none cannot be used
            # for the refresh_token grant."
            return _oauth_error(
                "unauthorized_client",
                "Client authentication none cannot use the refresh_token grant.",
                400,
            )
        with state.lock:
            old = state.refresh_tokens.pop(form.get("refresh_token", ""), None)
        if old is None or old.expires < state.now() or old.grant in state.revoked_grants:
            return _oauth_error("invalid_grant", "Unknown, used or expired refresh token.")
        if sandbox.switch("idporten_unknown_client"):
            return _oauth_error("invalid_client", "Unknown client.", 401)
        if form.get("client_id") != old.client_id:
            return _oauth_error("invalid_client", "Client does not match.", 401)
        body = issue(
            request,
            old.client_id,
            old.pid,
            old.scope,
            old.acr,
            None,
            old.sid,
            old.grant,
            old.authorization_ends,
        )
        return Response.json(body, headers={"Cache-Control": "no-store"})

    @sandbox.route("POST", PREFIX + "/revoke")
    def revoke(request: Request) -> Response:
        """RFC 7009: 200 also for an unknown token; the grant's tokens all end."""
        form = _form(request)
        token = form.get("token", "")
        client_id = form.get("client_id", "")
        with state.lock:
            refresh = state.refresh_tokens.get(token)
            grant = None
            if refresh is not None and refresh.client_id == client_id:
                grant = refresh.grant
        if grant is None:
            try:
                claims = jwt.decode(
                    token,
                    state.key.public_key(),
                    algorithms=["RS256"],
                    options={"verify_aud": False, "verify_exp": False},
                )
            except jwt.PyJWTError:
                claims = {}
            if claims.get("client_id") == client_id:
                found = state.access_grants.get(str(claims.get("jti", "")))
                grant = found[0] if found else None
        if grant is not None:
            with state.lock:
                state.revoked_grants.add(grant)
                for key in [k for k, v in state.refresh_tokens.items() if v.grant == grant]:
                    del state.refresh_tokens[key]
        return Response(200, None, {"Cache-Control": "no-store"})

    def logout(request: Request) -> Response:
        sid = _cookie(request, SSO_COOKIE)
        with state.lock:
            session = state.sso_sessions.pop(sid or "", None)
            if session is not None:
                # [V] oidc_protocol_logout.md: tokens of pure login clients (only openid
                # and/or profile) end; tokens with other scopes stay valid.
                for grant, scope in list(state.access_grants.values()):
                    if set(scope.split()) <= LOGIN_SCOPES:
                        state.revoked_grants.add(grant)
        if session is None:
            return _bad_request_page(
                "Du er ikke logget inn i øvings-ID-porten, så det er ingenting å logge ut av."
            )
        return Response.text(
            "<!doctype html><html lang='nb'><meta charset='utf-8'><title>ID-porten (øving)"
            "</title><p>Du er logget ut av øvings-ID-porten. Du kan lukke denne fanen.</p>"
            "</html>",
            200,
            content_type="text/html; charset=utf-8",
        )

    sandbox.route("GET", PREFIX + "/logout")(logout)
    sandbox.route("POST", PREFIX + "/logout")(logout)

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


def verify_access_token(
    state: IdPortenState, request: Request, expected_issuer: str
) -> dict[str, Any] | None:
    """The claims of a valid sandbox ID-porten access token in ``request``, else None."""
    token = bearer(request)
    if token is None:
        return None
    try:
        claims = jwt.decode(
            token,
            state.key.public_key(),
            algorithms=["RS256"],
            issuer=expected_issuer,
            options={
                "verify_aud": False,
                "verify_exp": False,
                "verify_iat": False,
                "verify_nbf": False,
                "require": ["exp", "pid"],
            },
        )
    except jwt.PyJWTError:
        return None
    if int(claims["exp"]) <= state.now() or state.token_revoked(claims.get("jti")):
        return None
    return claims
