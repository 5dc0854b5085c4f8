"""ID-porten sign-in for a desktop app: authorization code + PKCE, loopback redirect.

Facts: ``shared/reference/auth.md`` §2 (native client, RFC 8252 loopback, PKCE S256,
state and nonce) and docs.digdir.no (id_token claims: ``pid``, ``acr``, ``amr``; ID-porten
gives no name in the id_token except with ``profile`` for some e-IDs).

The pieces, in the order a sign-in uses them:

1. :meth:`IdPortenClient.discover` reads ``.well-known/openid-configuration`` (endpoints are
   never hard-coded: auth.md §2.2).
2. :class:`LoopbackReceiver` binds ``127.0.0.1`` on a free port and waits, on its own
   thread, for the browser's redirect to ``/callback`` carrying the ``state`` of the pending
   sign-in (:meth:`LoopbackReceiver.expect`); any other request is ignored, so another local
   program cannot end or spoil a sign-in. It keeps the answer, then shows a short bokmål
   page, and closes.
3. :meth:`IdPortenClient.authorization_request` makes state, nonce and the PKCE pair and
   builds the URL the system browser opens (the view opens it; nothing here touches Qt).
4. :meth:`IdPortenClient.redeem` checks ``state``, turns the code into tokens and validates
   the id_token (signature against the JWKS, ``iss``, ``aud``, ``exp``, ``nonce``, ``acr``).
5. :meth:`IdPortenClient.refresh` uses a refresh token, when ID-porten gave one.
6. Signing out: :meth:`IdPortenClient.revoke` (RFC 7009) and
   :meth:`IdPortenClient.end_session_url` (the browser ends the SSO session).

Tokens and the SSO session, from felleslosninger/docs [V]: ``oidc_protocol_token.md`` says
refresh tokens are "issued to confidential clients" and "client authentication method none
cannot be used for the refresh_token grant" (``oidc_func_clientreg.md`` on the other hand
lists ``refresh_token`` among the grants of a ``native`` client with ``none``: so a refresh
token is used when one comes, never counted on). Access tokens live 120 s by default
(``oidc_func_clientreg.md``). The SSO session lives 30 minutes without a new authorize
request, at most 120 minutes (``oidc_func_sso.md``); while it lives, a new authorization
request is answered without a login. ``/logout`` ends the SSO session but leaves tokens with
scopes beyond ``openid``/``profile`` valid (``oidc_protocol_logout.md``), so those are revoked
too; ``/revoke`` ends the grant's tokens only (``oidc_protocol_revoke.md``). The discovery
field name ``revocation_endpoint`` is RFC 8414's [I]: nothing is revoked when it is missing.

Every failure is a :class:`SignInError` with a bokmål message and a stable ``reason``; no
message contains a token, a code or a verifier.
"""

from __future__ import annotations

import base64
import hashlib
import html
import http.cookiejar
import logging
import secrets
import threading
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx
import jwt

from desktop_app.domain.cancellation import Cancelled
from desktop_app.integrations.http import ServiceError, request_with_retries
from desktop_app.redaction import register_for_redaction

log = logging.getLogger(__name__)

SERVICE = "ID-porten"

# What Postvakt asks for by default. [V] auth.md §2.5 for each scope; the municipality
# changes the list in Innstillinger (its client must be granted every scope it asks for,
# or ID-porten answers invalid_scope).
DEFAULT_SCOPES = (
    "openid",
    "altinn:accessmanagement/authorizedparties",
    "altinn:accessmanagement/enduser:connections:toothers.read",
    "altinn:accessmanagement/enduser:connections:toothers.write",
    "digdir:dialogporten",
)
ACR_SUBSTANTIAL = "idporten-loa-substantial"  # [V] auth.md §2.3
ACR_HIGH = "idporten-loa-high"
ACCEPTED_ACR = frozenset({ACR_SUBSTANTIAL, ACR_HIGH})
UI_LOCALE = "nb"
CALLBACK_PATH = "/callback"  # [V] auth.md §2.1: http://127.0.0.1:<port>/callback
ID_TOKEN_ALGORITHMS = ("RS256",)  # [V] docs.digdir.no: ID-porten signs with RS256
CLOCK_LEEWAY_SECONDS = 30
DEFAULT_BROWSER_TIMEOUT = 300.0  # five minutes to finish in the browser


# ---------------------------------------------------------------------------- errors
class SignInError(ServiceError):
    """A sign-in step failed. ``reason`` is stable for code and tests; the text is for people."""

    def __init__(
        self, reason: str, message_nb: str, *, status: int | None = None, retryable: bool = False
    ) -> None:
        super().__init__(message_nb, status=status, retryable=retryable)
        self.reason = reason

    def __repr__(self) -> str:
        return f"SignInError({self.reason!r}, status={self.status!r})"


_START_AGAIN = "Start innloggingen på nytt."

# OAuth error codes from the redirect or the token endpoint → bokmål (RFC 6749 §4.1.2.1, §5.2).
_OAUTH_ERRORS = {
    "access_denied": (
        "cancelled",
        "Innloggingen ble avbrutt i nettleseren. Du er ikke logget inn. Prøv igjen når du er klar.",
    ),
    "invalid_scope": (
        "invalid_scope",
        "ID-porten godtok ikke tilgangene (scopene) Postvakt ba om. Sjekk listen under "
        "Innstillinger → Pålogging mot det kommunens ID-porten-klient har fått tildelt i "
        "Samarbeidsportalen.",
    ),
    "unauthorized_client": (
        "unauthorized_client",
        "ID-porten kjenner ikke igjen klient-ID-en, eller klienten har ikke lov til dette. "
        "Sjekk ID-porten klient-ID under Innstillinger.",
    ),
    "invalid_client": (
        "unauthorized_client",
        "ID-porten kjenner ikke igjen klient-ID-en. Sjekk ID-porten klient-ID under Innstillinger.",
    ),
    "invalid_grant": (
        "invalid_grant",
        "ID-porten godtok ikke innloggingen (koden er brukt, utløpt eller passer ikke). "
        + _START_AGAIN,
    ),
    "login_required": ("cancelled", "Du må logge inn i ID-porten. " + _START_AGAIN),
    "server_error": ("server_error", "ID-porten har en feil akkurat nå. Prøv igjen om litt."),
    "temporarily_unavailable": (
        "server_error",
        "ID-porten er ikke tilgjengelig akkurat nå. Prøv igjen om litt.",
    ),
}


def oauth_error(code: str | None, status: int | None = None) -> SignInError:
    reason, message = _OAUTH_ERRORS.get(
        code or "",
        ("refused", "ID-porten avviste innloggingen. " + _START_AGAIN),
    )
    retryable = reason == "server_error"
    return SignInError(reason, message, status=status, retryable=retryable)


# ---------------------------------------------------------------------------- PKCE
def make_code_verifier() -> str:
    """43–128 characters from the unreserved set (RFC 7636 §4.1): here 64 base64url chars."""
    return secrets.token_urlsafe(48)


def code_challenge(verifier: str) -> str:
    """BASE64URL(SHA-256(ASCII(verifier))) without padding (RFC 7636 §4.2, S256)."""
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


# ---------------------------------------------------------------------------- data
@dataclass(frozen=True)
class OidcConfig:
    issuer: str
    authorization_endpoint: str
    token_endpoint: str
    jwks_uri: str
    userinfo_endpoint: str | None = None
    end_session_endpoint: str | None = None
    revocation_endpoint: str | None = None

    @classmethod
    def from_json(cls, data: Any) -> OidcConfig:
        if not isinstance(data, dict):
            raise _bad_answer("oppsettet (openid-configuration)")
        try:
            return cls(
                issuer=str(data["issuer"]),
                authorization_endpoint=str(data["authorization_endpoint"]),
                token_endpoint=str(data["token_endpoint"]),
                jwks_uri=str(data["jwks_uri"]),
                userinfo_endpoint=data.get("userinfo_endpoint"),
                end_session_endpoint=data.get("end_session_endpoint"),
                revocation_endpoint=data.get("revocation_endpoint"),
            )
        except KeyError:
            raise _bad_answer("oppsettet (openid-configuration)") from None


@dataclass(frozen=True)
class AuthorizationRequest:
    """One attempt: what goes to the browser, and what must come back. Never logged."""

    url: str = field(repr=False)
    redirect_uri: str
    state: str = field(repr=False)
    nonce: str = field(repr=False)
    code_verifier: str = field(repr=False)
    client_id: str = field(repr=False)


@dataclass(frozen=True)
class Callback:
    """What the browser brought back to the loopback address."""

    code: str | None = field(default=None, repr=False)
    state: str | None = field(default=None, repr=False)
    error: str | None = None
    error_description: str | None = None


@dataclass(frozen=True)
class TokenSet:
    """Tokens from ID-porten; kept in memory only (auth.md §7)."""

    access_token: str = field(repr=False)
    expires_at: datetime
    id_token: str | None = field(default=None, repr=False)
    refresh_token: str | None = field(default=None, repr=False)
    refresh_expires_at: datetime | None = None
    scope: str = ""
    claims: dict[str, Any] = field(default_factory=dict, repr=False)
    """Validated id_token claims (empty when the answer had no id_token)."""


def _bad_answer(what: str) -> SignInError:
    return SignInError(
        "bad_response",
        f"ID-porten svarte med noe Postvakt ikke forstår ({what}). Prøv igjen om litt; "
        "skjer det igjen, kontakt brukerstøtte.",
    )


# ---------------------------------------------------------------------------- loopback
_PAGE = """<!doctype html>
<html lang="nb"><head><meta charset="utf-8"><title>Postvakt</title>
<style>body{{font-family:sans-serif;max-width:36em;margin:4em auto;line-height:1.5}}</style>
</head><body><h1>{title}</h1><p>{text}</p></body></html>"""

PAGE_DONE = (
    "Ferdig i nettleseren",
    "Postvakt fullfører nå innloggingen. Gå tilbake til Postvakt; du kan lukke denne fanen.",
)
PAGE_ERROR = (
    "Innloggingen ble ikke fullført",
    "Gå tilbake til Postvakt for å se hva som skjedde. Du kan lukke denne fanen.",
)
PAGE_UNKNOWN = (
    "Ukjent innlogging",
    "Dette svaret hører ikke til en innlogging Postvakt venter på, så det ble ikke "
    "brukt. Du kan lukke denne fanen.",
)


class LoopbackReceiver:
    """A one-shot HTTP receiver on ``http://127.0.0.1:<free port>/callback`` (RFC 8252 §7.3).

    It serves on a daemon thread until a request to :data:`CALLBACK_PATH` whose ``state`` is
    the one given to :meth:`expect`; it keeps that answer before it replies, then stops.
    Every other request (other paths such as ``/favicon.ico``, a missing or wrong ``state``,
    anything before :meth:`expect`) is answered and ignored: a local program that guesses
    the port can neither end nor spoil the sign-in. ``close()`` stops it at any time; the
    port is released.
    """

    def __init__(self, path: str = CALLBACK_PATH) -> None:
        self.path = path
        self._result: Callback | None = None
        self._expected: str | None = None
        self._done = threading.Event()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            timeout = 5  # a connection that sends nothing cannot block the receiver

            def log_message(self, format: str, *args: Any) -> None:
                pass  # the query holds the code: never log it

            def do_GET(self) -> None:
                parts = urlsplit(self.path)
                if parts.path != receiver.path or receiver._done.is_set():
                    self._answer(404, "Ikke funnet", "Denne adressen brukes ikke.")
                    return
                query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
                expected, state = receiver._expected, query.get("state")
                if (
                    expected is None
                    or state is None
                    or not secrets.compare_digest(state.encode(), expected.encode())
                ):
                    self._answer(400, *PAGE_UNKNOWN)
                    return
                result = Callback(
                    code=query.get("code"),
                    state=state,
                    error=query.get("error"),
                    error_description=query.get("error_description"),
                )
                register_for_redaction(result.code)
                # Keep the answer first: once the browser shows "done", Postvakt has it.
                receiver._result = result
                receiver._done.set()
                ok = result.error is None and result.code is not None
                self._answer(200, *(PAGE_DONE if ok else PAGE_ERROR))

            def _answer(self, status: int, title: str, text: str) -> None:
                body = _PAGE.format(title=html.escape(title), text=html.escape(text)).encode()
                self.send_response(status)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", "no-store")
                self.send_header("Connection", "close")
                self.end_headers()
                self.wfile.write(body)

        class Server(HTTPServer):
            allow_reuse_address = False

            def handle_error(self, request: Any, client_address: Any) -> None:
                # A browser that went away before the page arrived: the answer is kept
                # already, and nothing about the request belongs in a log.
                log.debug("Innlogging: svaret til nettleseren kom ikke fram")

        self._server = Server(("127.0.0.1", 0), Handler)
        self._server.timeout = 0.05
        self._thread = threading.Thread(target=self._serve, name="postvakt-innlogging", daemon=True)
        self._closed = False
        self._thread.start()

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def redirect_uri(self) -> str:
        return f"http://127.0.0.1:{self.port}{self.path}"

    def expect(self, state: str) -> None:
        """Accept only the callback that carries this ``state`` (the pending sign-in's)."""
        self._expected = state

    @property
    def result(self) -> Callback | None:
        """The accepted callback, once there is one."""
        return self._result if self._done.is_set() else None

    def _serve(self) -> None:
        while not self._done.is_set() and not self._closed:
            try:
                self._server.handle_request()
            except OSError:
                break

    def wait(
        self, timeout: float, cancelled: Callable[[], bool] = lambda: False, poll: float = 0.1
    ) -> Callback:
        """Block until the browser comes back, the user cancels (or another thread closes the
        receiver: :class:`Cancelled`), or ``timeout`` seconds pass."""
        deadline = time.monotonic() + timeout
        try:
            while not self._done.wait(poll):
                if cancelled() or self._closed:
                    raise Cancelled
                if time.monotonic() >= deadline:
                    raise SignInError(
                        "timeout",
                        "Postvakt ventet for lenge på svar fra nettleseren, så innloggingen "
                        "ble stoppet. Start innloggingen på nytt og fullfør den i nettleseren.",
                    )
            assert self._result is not None
            return self._result
        finally:
            self.close()

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._thread.join(timeout=2)
        self._server.server_close()

    def __enter__(self) -> LoopbackReceiver:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# ---------------------------------------------------------------------------- client
def _as_utc(seconds: Any, now: datetime) -> datetime | None:
    try:
        value = float(seconds)
    except (TypeError, ValueError):
        return None
    return now + timedelta(seconds=max(value, 0))


class IdPortenClient:
    """ID-porten for one environment and one client id. Thread-safe; no Qt.

    ``http`` is a client from :func:`desktop_app.integrations.http.make_client` (OS trust
    store, timeouts). ``discovery_url`` comes from ``ServiceUrls.idporten_discovery``.
    """

    def __init__(
        self,
        http: httpx.Client,
        discovery_url: str,
        client_id: str,
        scopes: str | tuple[str, ...] = DEFAULT_SCOPES,
        *,
        acr_values: str = ACR_SUBSTANTIAL,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        if not client_id.strip():
            raise SignInError(
                "no_client_id", "ID-porten klient-ID mangler. Legg den inn under Innstillinger."
            )
        self.http = http
        self.discovery_url = discovery_url
        self.client_id = client_id.strip()
        self.scopes = " ".join(scopes.split() if isinstance(scopes, str) else scopes)
        self.acr_values = acr_values
        self._clock = clock
        self._config: OidcConfig | None = None
        self._jwks: jwt.PyJWKSet | None = None
        self._lock = threading.Lock()

    # -- discovery and keys -------------------------------------------------------------
    def discover(self, *, refresh: bool = False) -> OidcConfig:
        with self._lock:
            if self._config is not None and not refresh:
                return self._config
        response = request_with_retries(
            self.http, "GET", self.discovery_url, idempotent=True, service=SERVICE
        )
        config = OidcConfig.from_json(_json(response, "oppsettet (openid-configuration)"))
        with self._lock:
            self._config = config
        return config

    def _keys(self, *, refresh: bool = False) -> jwt.PyJWKSet:
        with self._lock:
            if self._jwks is not None and not refresh:
                return self._jwks
        config = self.discover()
        response = request_with_retries(
            self.http, "GET", config.jwks_uri, idempotent=True, service=SERVICE
        )
        try:
            keys = jwt.PyJWKSet.from_dict(_json(response, "nøklene (JWKS)"))
        except jwt.PyJWTError:
            raise _bad_answer("nøklene (JWKS)") from None
        with self._lock:
            self._jwks = keys
        return keys

    # -- the authorization request --------------------------------------------------------
    def authorization_request(self, redirect_uri: str) -> AuthorizationRequest:
        config = self.discover()
        state = secrets.token_urlsafe(24)
        nonce = secrets.token_urlsafe(24)
        verifier = make_code_verifier()
        for value in (state, nonce, verifier):
            register_for_redaction(value)
        params = {
            "response_type": "code",
            "client_id": self.client_id,
            "redirect_uri": redirect_uri,
            "scope": self.scopes,
            "state": state,
            "nonce": nonce,
            "code_challenge": code_challenge(verifier),
            "code_challenge_method": "S256",
            "acr_values": self.acr_values,
            "ui_locales": UI_LOCALE,
        }
        separator = "&" if "?" in config.authorization_endpoint else "?"
        url = config.authorization_endpoint + separator + urlencode(params)
        return AuthorizationRequest(url, redirect_uri, state, nonce, verifier, self.client_id)

    # -- the redirect and the token request ---------------------------------------------
    def redeem(self, request: AuthorizationRequest, callback: Callback) -> TokenSet:
        """Check the redirect and exchange the code. Raises :class:`SignInError`."""
        if callback.state is None or not secrets.compare_digest(callback.state, request.state):
            raise SignInError(
                "state_mismatch",
                "Svaret fra nettleseren hørte ikke til denne innloggingen (feil «state»), så "
                "Postvakt brukte det ikke. " + _START_AGAIN,
            )
        if callback.error is not None:
            raise oauth_error(callback.error)
        if not callback.code:
            raise _bad_answer("svaret til nettleseren manglet koden")
        tokens = self._token_request(
            {
                "grant_type": "authorization_code",
                "code": callback.code,
                "redirect_uri": request.redirect_uri,
                "client_id": request.client_id,
                "code_verifier": request.code_verifier,
            }
        )
        if tokens.id_token is None:
            raise _bad_answer("innloggingen manglet id_token")
        claims = self.validate_id_token(tokens.id_token, nonce=request.nonce)
        return _with_claims(tokens, claims)

    def refresh(self, refresh_token: str, *, subject: str | None = None) -> TokenSet:
        """New tokens from a refresh token; the id_token (if any) must be the same person."""
        tokens = self._token_request(
            {
                "grant_type": "refresh_token",
                "refresh_token": refresh_token,
                "client_id": self.client_id,
            }
        )
        if tokens.id_token is None:
            return tokens
        claims = self.validate_id_token(tokens.id_token, nonce=None)
        if subject is not None and claims.get("sub") != subject:
            raise SignInError(
                "subject_changed",
                "ID-porten svarte for en annen person enn den som var logget "
                "inn. Logg inn på nytt.",
            )
        return _with_claims(tokens, claims)

    def revoke(self, token: str, hint: str) -> bool:
        """RFC 7009: end ``token`` and its grant at ID-porten. Best effort: False on failure.

        ``hint`` is ``refresh_token`` or ``access_token``. Nothing is sent when ID-porten's
        configuration names no ``revocation_endpoint``."""
        try:
            endpoint = self.discover().revocation_endpoint
            if not endpoint:
                return False
            response = request_with_retries(
                self.http,
                "POST",
                endpoint,
                idempotent=True,
                service=SERVICE,
                data={"token": token, "token_type_hint": hint, "client_id": self.client_id},
                accept_statuses=(400, 401),
            )
        except ServiceError as exc:
            log.info("ID-porten: tilbakekalling feilet (%s)", exc.status)
            return False
        return response.status_code == 200

    def end_session_url(self) -> str | None:
        """Where the browser ends the ID-porten SSO session (``end_session_endpoint``).

        Only ``client_id`` goes along: no ``id_token_hint``, which a GET would leave in the
        browser's history, and no ``post_logout_redirect_uri``, which would have to be
        registered; ID-porten then ends on its own page ([V] oidc_protocol_logout.md)."""
        endpoint = self.discover().end_session_endpoint
        if not endpoint:
            return None
        separator = "&" if "?" in endpoint else "?"
        return endpoint + separator + urlencode({"client_id": self.client_id})

    def _token_request(self, form: dict[str, str]) -> TokenSet:
        config = self.discover()
        now = self._clock()
        try:
            response = request_with_retries(
                self.http,
                "POST",
                config.token_endpoint,
                idempotent=False,
                service=SERVICE,
                data=form,
                accept_statuses=(400, 401),
            )
        except ServiceError as exc:
            if isinstance(exc, SignInError):
                raise
            raise SignInError(
                "server_error", exc.message_nb, status=exc.status, retryable=exc.retryable
            ) from None
        if response.status_code in (400, 401):
            code = None
            try:
                body = response.json()
                code = body.get("error") if isinstance(body, dict) else None
            except ValueError:
                pass
            raise oauth_error(code, response.status_code)
        data = _json(response, "tokensvaret")
        if not isinstance(data, dict) or not isinstance(data.get("access_token"), str):
            raise _bad_answer("tokensvaret")
        for key in ("access_token", "id_token", "refresh_token"):
            register_for_redaction(data.get(key))
        expires_at = _as_utc(data.get("expires_in"), now) or now + timedelta(seconds=120)
        return TokenSet(
            access_token=data["access_token"],
            expires_at=expires_at,
            id_token=data.get("id_token"),
            refresh_token=data.get("refresh_token"),
            # Non-standard; documented in one version of oidc_protocol_token.md.
            refresh_expires_at=_as_utc(data.get("refresh_token_expires_in"), now),
            scope=str(data.get("scope", "")),
        )

    # -- id_token -------------------------------------------------------------------------
    def validate_id_token(self, id_token: str, *, nonce: str | None) -> dict[str, Any]:
        """OIDC Core §3.1.3.7: signature (JWKS), iss, aud, exp/iat, nonce; and acr."""
        config = self.discover()
        try:
            header = jwt.get_unverified_header(id_token)
        except jwt.PyJWTError:
            raise _id_token_error() from None
        key = self._key_for(header.get("kid"))
        try:
            claims = jwt.decode(
                id_token,
                key=key.key,
                algorithms=list(ID_TOKEN_ALGORITHMS),
                audience=self.client_id,
                issuer=config.issuer,
                # exp and iat are checked below against this client's clock
                options={
                    "require": ["exp", "iat", "iss", "aud", "sub"],
                    "verify_exp": False,
                    "verify_iat": False,
                    "verify_nbf": False,
                },
            )
        except jwt.PyJWTError:
            raise _id_token_error() from None
        now = self._clock().timestamp()
        try:
            exp, iat = float(claims["exp"]), float(claims["iat"])
        except (TypeError, ValueError):
            raise _id_token_error() from None
        if exp + CLOCK_LEEWAY_SECONDS <= now:
            raise SignInError(
                "id_token_expired",
                "Innloggingen fra ID-porten var allerede utløpt. Sjekk at klokka "
                "på maskinen går riktig, og logg inn på nytt.",
            )
        if iat - CLOCK_LEEWAY_SECONDS > now:
            raise _id_token_error()
        if nonce is not None and not secrets.compare_digest(str(claims.get("nonce", "")), nonce):
            raise SignInError(
                "nonce_mismatch",
                "Innloggingen fra ID-porten hørte ikke til denne innloggingen "
                "(feil «nonce»), så Postvakt brukte den ikke. " + _START_AGAIN,
            )
        if claims.get("acr") not in ACCEPTED_ACR:
            raise SignInError(
                "acr_too_low",
                "Innloggingen har for lavt sikkerhetsnivå. Logg inn med MinID, "
                "BankID, Buypass eller Commfides.",
            )
        return claims

    def _key_for(self, kid: str | None) -> jwt.PyJWK:
        for refresh in (False, True):  # keys rotate: fetch once more before giving up
            keys = self._keys(refresh=refresh)
            for key in keys.keys:
                if kid is None or key.key_id == kid:
                    return key
        raise _id_token_error()


def _id_token_error() -> SignInError:
    return SignInError(
        "id_token_invalid",
        "Postvakt kunne ikke bekrefte at innloggingen kom fra ID-porten "
        "(ugyldig id_token), så den ble ikke brukt. " + _START_AGAIN,
    )


def _with_claims(tokens: TokenSet, claims: dict[str, Any]) -> TokenSet:
    return TokenSet(
        tokens.access_token,
        tokens.expires_at,
        tokens.id_token,
        tokens.refresh_token,
        tokens.refresh_expires_at,
        tokens.scope,
        claims,
    )


def _json(response: httpx.Response, what: str) -> Any:
    try:
        return response.json()
    except ValueError:
        raise _bad_answer(what) from None


# ---------------------------------------------------------------------------- practice
class PracticeBrowser:
    """Øving only: plays the browser against the sandbox's ID-porten.

    Follows the sandbox's redirects (to the loopback receiver) and keeps its cookies, as a
    browser keeps ID-porten's SSO session. It refuses any address that is not on 127.0.0.1,
    so it can never stand in for the real browser against ID-porten. The standard library's
    client is used on purpose: it logs nothing, so the code in a redirect never reaches a
    debug log.
    """

    def __init__(self) -> None:
        self._opener = urllib.request.build_opener(
            urllib.request.ProxyHandler({}),
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()),
        )

    def open(self, url: str, *, timeout: float = 10.0) -> None:
        parts = urlsplit(url)
        if parts.scheme != "http" or parts.hostname != "127.0.0.1":
            raise SignInError("not_practice", "Innlogging uten nettleser er bare mulig i Øving.")
        try:
            with self._opener.open(url, timeout=timeout) as answer:
                answer.read()
        except (OSError, ValueError) as exc:
            log.info("Øvingsinnlogging: %s", type(exc).__name__)
            raise SignInError(
                "server_error", "Fikk ikke kontakt med øvingssandkassen. Prøv igjen."
            ) from None


def follow_practice_redirect(authorize_url: str, *, timeout: float = 10.0) -> None:
    """Øving only: one visit by a fresh practice browser (no SSO session)."""
    PracticeBrowser().open(authorize_url, timeout=timeout)
