"""Pålogging: one person's ID-porten session and the Altinn token every Altinn client uses.

:class:`Session` is the sign-in service (no Qt; the GUI runs its calls through the task
layer, the command line can call them directly):

* :meth:`Session.prepare_sign_in` (background) reads ID-porten's configuration, opens a
  loopback receiver on a free port and builds the authorization URL. The view then opens
  the system browser at :attr:`PendingSignIn.url`, except in Øving, where
  :meth:`complete_sign_in` plays the browser against the sandbox itself.
* :meth:`Session.complete_sign_in` (background) waits for the browser (cancellable, with a
  time limit), checks state, PKCE and the id_token, exchanges the access token at Altinn,
  lists the organisations the person can act for (``authorizedparties``) and keeps the
  refresh token in the keyring (``SecretName.IDPORTEN_REFRESH_TOKEN``).
* :attr:`Session.altinn_token` is the token provider (``Callable[[], str]``) for the Altinn
  clients: it returns a valid Altinn token, renewing at ID-porten and exchanging again when
  needed; its ``rejected(token)`` (called by the Altinn clients on a 401) makes the next
  call renew. :meth:`Session.idporten_token` does the same for APIs that take the ID-porten
  token itself.
* :meth:`Session.resume` picks up a stored session at start; :meth:`Session.sign_out`
  revokes the tokens at ID-porten, ends the ID-porten session in the browser, forgets
  everything in memory and removes any refresh token from the keyring.

Renewal, in one place for every page and wizard. ID-porten's access token lives 120 s by
default, and a public client such as Postvakt gets no refresh token (idporten.py's
docstring has the sources). So when a token is needed and it has run out (or Altinn answers
401): with a refresh token, refresh; otherwise, or when that fails, a new authorization-code
+ PKCE round through the loopback receiver and the system browser (``browser``). While the
ID-porten SSO session lives (30 minutes idle, 120 at most) ID-porten answers it without a
login; after that the person logs in again in the browser. ``on_notice`` gets one bokmål
line saying so. The call that needed the token waits for the renewal and then goes on, so
nothing the user typed is lost; if renewal fails, the call fails with a message that says
to try again, and the page still holds the input. In Øving the practice browser plays the
browser (with its own cookies, i.e. its own SSO session).

Access tokens, id_tokens and Altinn tokens live only in memory. A refresh token, when there
is one, is stored tagged with its environment, so a Test session is never tried against
Produksjon.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from desktop_app.domain.cancellation import Cancelled, TaskState
from desktop_app.domain.environments import Environment
from desktop_app.integrations.altinn_auth import AltinnToken, AltinnTokenExchange
from desktop_app.integrations.altinn_parties import (
    AuthorizedPartiesClient,
    AuthorizedParty,
    organisations,
)
from desktop_app.integrations.environments import ServiceUrls
from desktop_app.integrations.http import ServiceError, make_client
from desktop_app.integrations.idporten import (
    DEFAULT_BROWSER_TIMEOUT,
    DEFAULT_SCOPES,
    AuthorizationRequest,
    IdPortenClient,
    LoopbackReceiver,
    PracticeBrowser,
    SignInError,
    TokenSet,
)
from desktop_app.integrations.maskinporten import forget_tokens as forget_maskinporten_tokens
from desktop_app.redaction import register_for_redaction
from desktop_app.settings import Settings
from desktop_app.storage.audit import AuditLog
from desktop_app.storage.secrets import SecretName, SecretStore, SecretStoreError

log = logging.getLogger(__name__)

SCOPES_SETTING = "idporten_scopes"
PRACTICE_CLIENT_ID = "postvakt-oving"
"""Client id used in Øving when none is stored (the sandbox accepts any)."""
PRACTICE_EXTRA_SCOPES = (
    "altinn:accessmanagement/enduser:maskinportensuppliers.read",
    "altinn:accessmanagement/enduser:maskinportensuppliers.write",
)
"""Asked for in Øving only, where the practice client has every scope: whether a
municipality's own ID-porten client can get them is a guess [G] altinn.md §3.2, and asking
for a scope the client lacks stops the whole sign-in. Elsewhere they are added under
Innstillinger (the scopes field) when the client has them; without them the DPI step falls
back to the guided portal path."""
EXPIRY_MARGIN = timedelta(seconds=20)
"""A token with less left than this is renewed before it is handed out (ID-porten's access
tokens live 120 s by default, so the margin must leave most of that)."""
SSO_MAX_LIFETIME = timedelta(minutes=120)
"""[V] felleslosninger/docs oidc_func_sso.md: the ID-porten session lasts at most 120
minutes from the login (and ends after 30 idle minutes)."""
RENEW_TIMEOUT = 120.0
"""Seconds a renewal waits for the browser (no login is needed while the SSO session lives)."""
NOTICE_RENEWING = (
    "Tilgangen til Altinn gikk ut, så Postvakt fornyer den via ID-porten i "
    "nettleseren. Det du har fylt inn, er tatt vare på."
)
_RENEW_FAILED = (
    "Postvakt fikk ikke fornyet tilgangen via ID-porten: {why} Det du har fylt "
    "inn, er tatt vare på. Prøv igjen, eller logg inn på nytt under "
    "Innstillinger → Pålogging."
)
_EXPIRED = "Innloggingen er utløpt. Logg inn på nytt under Innstillinger → Pålogging."


class NotSignedIn(ServiceError):
    """No session (or it ended): the user must sign in again."""

    def __init__(self, message_nb: str | None = None) -> None:
        super().__init__(
            message_nb
            or (
                "Du er ikke logget inn. Logg inn med ID-porten under Innstillinger → Pålogging, "
                "og prøv igjen."
            ),
            status=401,
        )


class RenewalFailed(ServiceError):
    """Renewing through ID-porten did not work this time; the session is still there, and
    the user can try again with what they typed (no HTTP status: it is not Altinn's 401)."""


@dataclass(frozen=True)
class SessionInfo:
    """What the user sees about the session. Holds no token."""

    environment: Environment
    name: str
    parties: tuple[AuthorizedParty, ...]
    signed_in_at: datetime
    access_expires_at: datetime
    """The current Altinn/ID-porten access token ends; renewed automatically."""
    session_ends_at: datetime | None
    """The latest the session can be renewed without a new sign-in (None: not told)."""
    remembered: bool
    """The refresh token is in the keyring (the session survives a restart)."""
    parties_problem: str | None = None
    """Why the organisations could not be listed (signed in all the same)."""
    renews_in_browser: bool = False
    """No refresh token: each renewal is a round through ID-porten in the browser."""

    @property
    def organisations(self) -> list[AuthorizedParty]:
        return organisations(self.parties)

    @property
    def top_organisations(self) -> list[AuthorizedParty]:
        return [p for p in self.parties if p.is_organisation and not p.is_deleted]


@dataclass
class PendingSignIn:
    """A sign-in waiting for the browser. ``url`` is for the browser only: never log it."""

    request: AuthorizationRequest = field(repr=False)
    receiver: LoopbackReceiver = field(repr=False)
    environment: Environment
    practice: bool

    @property
    def url(self) -> str:
        return self.request.url

    def cancel(self) -> None:
        self.receiver.close()


def _session_end(tokens: TokenSet) -> datetime | None:
    """When renewal stops working without a new login: the refresh token's end, or the
    latest end of ID-porten's SSO session (``auth_time`` + 120 minutes)."""
    if tokens.refresh_expires_at is not None:
        return tokens.refresh_expires_at
    auth_time = tokens.claims.get("auth_time")
    if isinstance(auth_time, int | float):
        return datetime.fromtimestamp(auth_time, UTC) + SSO_MAX_LIFETIME
    return None


def display_name(name: str) -> str:
    """Altinn writes names in capitals ("INGRID FJELL BERG"); show them as people write them."""
    return name.title() if name.isupper() else name


def _own_name(parties: tuple[AuthorizedParty, ...], altinn: AltinnToken, tokens: TokenSet) -> str:
    """The signed-in person's name from their own party in ``authorizedparties``.

    ID-porten's id_token carries no name (only ``pid``), so Altinn's party list is the
    source: the party whose partyId is the token's ``urn:altinn:partyid``, else the person
    whose personId is the ``pid``.
    """
    pid = tokens.claims.get("pid") or altinn.claims.get("pid")
    for party in parties:
        if party.is_person and (
            (altinn.party_id is not None and str(party.party_id) == altinn.party_id)
            or (pid and party.person_id == pid)
        ):
            return display_name(party.name)
    return ""


class TokenProvider:
    """A ``Callable[[], str]`` that also hears when the service refused its token."""

    def __init__(self, get: Callable[[], str], rejected: Callable[[str], None]) -> None:
        self._get = get
        self._rejected = rejected

    def __call__(self) -> str:
        return self._get()

    def rejected(self, token: str) -> None:
        """The service answered 401 to ``token``: the next call renews first."""
        self._rejected(token)


class Session:
    """One person's sign-in for the environment in use. Thread-safe.

    ``browser(url) -> bool`` opens the system browser (called from background work; the GUI
    passes it on to its own thread); without it a session that runs out outside Øving ends.
    ``on_notice(text)`` gets the one line the user sees while a renewal goes on.
    """

    def __init__(
        self,
        secrets: SecretStore,
        settings: Settings,
        urls: Callable[[], ServiceUrls],
        *,
        on_change: Callable[[SessionInfo | None], None] | None = None,
        http_factory: Callable[[], httpx.Client] = make_client,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        browser: Callable[[str], bool] | None = None,
        on_notice: Callable[[str], None] | None = None,
        renew_timeout: float = RENEW_TIMEOUT,
        audit: AuditLog | None = None,
    ) -> None:
        self.secrets = secrets
        self.audit = audit  # where sign-in and sign-out are recorded (none: not recorded)
        self.settings = settings
        self._urls = urls
        self._on_change = on_change
        self._http_factory = http_factory
        self._clock = clock
        self.browser = browser
        self.on_notice = on_notice
        self.renew_timeout = renew_timeout
        self._practice_browser = PracticeBrowser()
        self._renewal: LoopbackReceiver | None = None
        self.altinn_token = TokenProvider(self._altinn_token, self._rejected)
        self._lock = threading.RLock()
        self._renew_lock = threading.Lock()
        self._http: httpx.Client | None = None
        self._client: IdPortenClient | None = None
        self._client_key: tuple[str, str, str] | None = None
        self._tokens: TokenSet | None = None
        self._altinn: AltinnToken | None = None
        self._subject: str | None = None
        self._env: Environment | None = None
        self._info: SessionInfo | None = None

    # -- state ------------------------------------------------------------------------
    @property
    def info(self) -> SessionInfo | None:
        with self._lock:
            return self._info

    @property
    def signed_in(self) -> bool:
        return self.info is not None

    def _set_info(self, info: SessionInfo | None) -> None:
        with self._lock:
            self._info = info
        if self._on_change is not None:
            self._on_change(info)

    # -- settings ---------------------------------------------------------------------
    def scopes(self, env: Environment | None = None) -> str:
        value = str(self.settings.get(SCOPES_SETTING) or "").split()
        if value:
            return " ".join(value)
        env = env or self.settings.environment
        extra = PRACTICE_EXTRA_SCOPES if env == Environment.OVING else ()
        return " ".join((*DEFAULT_SCOPES, *extra))

    def _service_urls(self) -> ServiceUrls:
        try:
            return self._urls()
        except ValueError:
            raise SignInError(
                "no_sandbox",
                "Øvingssandkassen har ikke startet ennå. Vent noen sekunder og prøv igjen.",
            ) from None

    def client_id(self, env: Environment) -> str:
        """The ID-porten client id for ``env`` (keyring; Øving's practice id when none is
        stored there). Raises :class:`SignInError` ``no_client_id`` when there is none."""
        return self._client_id(env)

    def granted_scopes(self) -> tuple[str, ...] | None:
        """The scopes ID-porten says the current access token holds (the token answer's
        ``scope``, "included for convenience" [V] felleslosninger/docs
        ``oidc_protocol_token.md``); None when nobody is signed in."""
        with self._lock:
            tokens = self._tokens
        return None if tokens is None else tuple(tokens.scope.split())

    def _client_id(self, env: Environment) -> str:
        try:
            stored = self.secrets.get(SecretName.IDPORTEN_CLIENT_ID)
        except SecretStoreError as exc:
            if env == Environment.OVING:
                return PRACTICE_CLIENT_ID
            raise SignInError("no_client_id", exc.message_nb) from None
        if stored and stored.strip():
            return stored.strip()
        if env == Environment.OVING:
            return PRACTICE_CLIENT_ID
        raise SignInError(
            "no_client_id",
            "Kommunens ID-porten klient-ID mangler. Legg den inn under Innstillinger → "
            "Innlogging og nøkler («ID-porten klient-ID»), og prøv igjen.",
        )

    def _idporten(self, urls: ServiceUrls) -> IdPortenClient:
        client_id = self._client_id(urls.environment)
        key = (urls.idporten_discovery, client_id, self.scopes(urls.environment))
        with self._lock:
            if self._http is None:
                self._http = self._http_factory()
            if self._client is None or self._client_key != key:
                self._client = IdPortenClient(
                    self._http, urls.idporten_discovery, client_id, key[2], clock=self._clock
                )
                self._client_key = key
            return self._client

    def _http_client(self) -> httpx.Client:
        with self._lock:
            if self._http is None:
                self._http = self._http_factory()
            return self._http

    # -- sign in ----------------------------------------------------------------------
    def prepare_sign_in(self) -> PendingSignIn:
        """Background: configuration, a loopback receiver, the URL for the browser."""
        urls = self._service_urls()
        client = self._idporten(urls)
        client.discover(refresh=True)
        receiver = LoopbackReceiver()
        try:
            request = client.authorization_request(receiver.redirect_uri)
            receiver.expect(request.state)
        except BaseException:
            receiver.close()
            raise
        return PendingSignIn(
            request, receiver, urls.environment, practice=urls.environment == Environment.OVING
        )

    def complete_sign_in(
        self,
        state: TaskState | None,
        pending: PendingSignIn,
        *,
        timeout: float = DEFAULT_BROWSER_TIMEOUT,
    ) -> SessionInfo:
        """Background: wait for the browser, then tokens, Altinn, organisations."""
        state = state or TaskState()
        urls = self._service_urls()
        if urls.environment != pending.environment:
            pending.cancel()
            raise SignInError(
                "environment_changed",
                "Miljøet ble byttet under innloggingen. Start innloggingen på nytt.",
            )
        client = self._idporten(urls)
        try:
            if pending.practice:
                state.progress(1, 4, "Øving: logger inn i øvings-ID-porten uten nettleser …")
                self._practice_browser.open(pending.url)
            else:
                state.progress(1, 4, "Venter på at du logger inn i nettleseren …")
            callback = pending.receiver.wait(timeout, lambda: state.cancelled)
        finally:
            pending.cancel()
        state.check()
        state.progress(2, 4, "Sjekker innloggingen …")
        tokens = client.redeem(pending.request, callback)
        state.check()
        info = self._establish(state, urls, tokens)
        self._record(
            "session.signed_in",
            info.name,
            {
                "miljø": info.environment.value,
                "navn": info.name,
                "virksomheter": len(info.organisations),
            },
        )
        return info

    def _record(self, action: str, who: str, details: dict[str, Any]) -> None:
        """Evidence of a sign-in or sign-out, naming the person; never a token."""
        if self.audit is not None:
            self.audit.append(action, details, user=who or None)

    def _establish(self, state: TaskState, urls: ServiceUrls, tokens: TokenSet) -> SessionInfo:
        state.progress(3, 4, "Henter tilgang til Altinn …")
        try:
            altinn = AltinnTokenExchange(
                self._http_client(), urls.authentication, clock=self._clock
            ).exchange(tokens.access_token, tokens.expires_at)
        except ServiceError as exc:
            self._forget()
            if exc.status in (401, 403):  # the stored login is no good either
                self._delete_stored()
            raise
        remembered = self._store_refresh(urls.environment, tokens.refresh_token)
        with self._lock:
            self._tokens = tokens
            self._altinn = altinn
            self._env = urls.environment
            self._subject = tokens.claims.get("sub") or self._subject
        state.progress(4, 4, "Henter virksomhetene du kan representere …")
        parties: tuple[AuthorizedParty, ...] = ()
        problem: str | None = None
        try:
            # The token just issued: a sign-in never renews itself half-way.
            parties = tuple(
                AuthorizedPartiesClient(
                    self._http_client(),
                    urls.accessmanagement_enduser,
                    lambda: altinn.token,
                ).list(cancel=lambda: state.cancelled)
            )
        except Cancelled:
            self._forget()
            self._delete_stored()
            raise
        except ServiceError as exc:
            problem = exc.message_nb
        name = str(tokens.claims.get("name") or "") or _own_name(parties, altinn, tokens)
        previous = self.info
        if not name and previous is not None:
            name = previous.name
        now = self._clock()
        info = SessionInfo(
            environment=urls.environment,
            name=name or "Ukjent navn",
            parties=parties,
            signed_in_at=now,
            access_expires_at=min(tokens.expires_at, altinn.expires_at),
            session_ends_at=_session_end(tokens)
            or (previous.session_ends_at if previous is not None else None),
            remembered=remembered,
            parties_problem=problem,
            renews_in_browser=tokens.refresh_token is None,
        )
        log.info("Pålogget i %s; %d virksomheter", urls.environment.value, len(info.organisations))
        self._set_info(info)
        return info

    def resume(self, state: TaskState | None = None) -> SessionInfo | None:
        """Background, at start: use a stored refresh token for this environment, if any."""
        state = state or TaskState()
        urls = self._service_urls()
        stored = self._load_refresh(urls.environment)
        if stored is None:
            return None
        client = self._idporten(urls)
        try:
            tokens = client.refresh(stored)
        except SignInError as exc:
            if exc.reason in ("invalid_grant", "unauthorized_client", "subject_changed"):
                self._delete_stored()
                return None
            raise
        return self._establish(state, urls, tokens)

    def refresh_parties(self, state: TaskState | None = None) -> SessionInfo:
        """Background: list the organisations again (after a change in Altinn)."""
        info = self.info
        if info is None:
            raise NotSignedIn
        urls = self._service_urls()
        parties = tuple(
            AuthorizedPartiesClient(
                self._http_client(),
                urls.accessmanagement_enduser,
                self.altinn_token,
            ).list(cancel=(lambda: state.cancelled) if state else None)
        )
        new = dataclasses.replace(info, parties=parties, parties_problem=None)
        self._set_info(new)
        return new

    # -- token providers --------------------------------------------------------------
    # ``_lock`` guards the state and is never held during network or keyring calls, so the
    # GUI thread can always read ``info`` at once. ``_renew_lock`` lets one worker renew
    # while others wait for its result instead of renewing (rotating refresh tokens!) twice.

    def _altinn_token(self) -> str:
        """A valid Altinn token (``self.altinn_token``: the provider for every Altinn client).

        Renews at ID-porten (refresh token, or a round through the browser) and exchanges
        again when the token is about to end. Call it from background work only. Raises
        :class:`NotSignedIn` when there is no session (or it ended), :class:`RenewalFailed`
        when a renewal in the browser did not work this time (the session stays).
        """
        token = self._fresh_altinn()
        if token is not None:
            return token
        with self._renew_lock:
            token = self._fresh_altinn()  # renewed by another worker meanwhile
            if token is not None:
                return token
            urls, _tokens = self._snapshot()
            tokens = self._valid_idporten_tokens(urls)
            exchange = AltinnTokenExchange(
                self._http_client(), urls.authentication, clock=self._clock
            )
            try:
                altinn = exchange.exchange(tokens.access_token, tokens.expires_at)
            except ServiceError as exc:
                if exc.status != 401:
                    raise
                # Altinn refused an ID-porten token we thought valid: renew once more.
                self._expire(tokens)
                tokens = self._valid_idporten_tokens(urls)
                altinn = exchange.exchange(tokens.access_token, tokens.expires_at)
            with self._lock:
                if self._tokens is not tokens:
                    raise NotSignedIn  # signed out while we were renewing
                self._altinn = altinn
            self._update_expiry()
            return altinn.token

    def _rejected(self, token: str) -> None:
        """Altinn answered 401 to ``token``: renew everything before the next call."""
        with self._lock:
            if self._altinn is None or self._altinn.token != token:
                return  # already renewed
            self._altinn = None
            tokens = self._tokens
        if tokens is not None:
            self._expire(tokens)

    def _expire(self, tokens: TokenSet) -> None:
        with self._lock:
            if self._tokens is tokens:
                self._tokens = dataclasses.replace(
                    tokens, expires_at=datetime.fromtimestamp(0, UTC)
                )
                self._altinn = None

    def idporten_token(self) -> str:
        """A valid ID-porten access token (for APIs that take it directly, [G] Dialogporten)."""
        with self._renew_lock:
            urls, _tokens = self._snapshot()
            return self._valid_idporten_tokens(urls).access_token

    def _fresh_altinn(self) -> str | None:
        with self._lock:
            self._snapshot()
            altinn = self._altinn
            if altinn is not None and altinn.expires_at - self._clock() > EXPIRY_MARGIN:
                return altinn.token
            return None

    def _snapshot(self) -> tuple[ServiceUrls, TokenSet]:
        with self._lock:
            env, tokens = self._env, self._tokens
        if env is None or tokens is None:
            raise NotSignedIn
        urls = self._service_urls()
        if urls.environment != env:
            raise NotSignedIn(
                "Du er logget inn i et annet miljø enn det som er valgt nå. Logg "
                "inn på nytt under Innstillinger → Pålogging."
            )
        return urls, tokens

    def _valid_idporten_tokens(self, urls: ServiceUrls) -> TokenSet:
        """The ID-porten tokens, renewed when they are about to end (under _renew_lock)."""
        with self._lock:
            tokens, subject = self._tokens, self._subject
        if tokens is None:
            raise NotSignedIn
        if tokens.expires_at - self._clock() > EXPIRY_MARGIN:
            return tokens
        new: TokenSet | None = None
        refresh = tokens.refresh_token or self._load_refresh(urls.environment)
        if refresh:
            try:
                new = self._idporten(urls).refresh(refresh, subject=subject)
            except SignInError as exc:
                if exc.reason == "subject_changed":
                    self._end(
                        "Innloggingen er utløpt eller trukket tilbake. Logg inn på nytt "
                        "under Innstillinger → Pålogging."
                    )
                if exc.reason not in ("invalid_grant", "unauthorized_client"):
                    raise
                self._delete_stored()  # spent or refused: the browser is the way now
                refresh = None
        if new is None:
            new = self._renew_in_browser(urls, subject)
        elif new.refresh_token is None:  # not rotated: keep the one we had
            new = dataclasses.replace(
                new, refresh_token=refresh, refresh_expires_at=tokens.refresh_expires_at
            )
        elif new.refresh_token != refresh:
            self._store_refresh(urls.environment, new.refresh_token)
        with self._lock:
            if self._tokens is not tokens:
                raise NotSignedIn  # signed out while we were renewing
            self._tokens = new
            self._altinn = None
        return new

    def _renew_in_browser(self, urls: ServiceUrls, subject: str | None) -> TokenSet:
        """A new authorization-code + PKCE round through the loopback receiver.

        ID-porten answers it from its SSO session without a login while that lives."""
        practice = urls.environment == Environment.OVING
        if not practice and self.browser is None:
            self._end(_EXPIRED)
        client = self._idporten(urls)
        receiver = LoopbackReceiver()
        with self._lock:
            self._renewal = receiver  # sign-out stops the wait
        try:
            request = client.authorization_request(receiver.redirect_uri)
            receiver.expect(request.state)
            self._notice(NOTICE_RENEWING)
            log.info("Fornyer innloggingen via ID-porten i nettleseren")
            if practice:
                self._practice_browser.open(request.url)
            elif not (self.browser is not None and self.browser(request.url)):
                raise SignInError("no_browser", "Nettleseren kunne ikke åpnes.")
            callback = receiver.wait(self.renew_timeout)
            tokens = client.redeem(request, callback)
        except SignInError as exc:
            raise RenewalFailed(_RENEW_FAILED.format(why=exc.message_nb)) from None
        except Cancelled:
            raise NotSignedIn from None  # signed out (or another environment) meanwhile
        finally:
            with self._lock:
                if self._renewal is receiver:
                    self._renewal = None
            receiver.close()
        if subject is not None and tokens.claims.get("sub") != subject:
            self._end(
                "Fornyingen i nettleseren ble gjort av en annen person enn den som var "
                "logget inn, så Postvakt logget deg ut. Logg inn på nytt under "
                "Innstillinger → Pålogging."
            )
        if tokens.refresh_token:
            self._store_refresh(urls.environment, tokens.refresh_token)
        return tokens

    def _notice(self, text: str) -> None:
        if self.on_notice is not None:
            try:
                self.on_notice(text)
            except Exception:  # a notice must never stop the renewal
                log.exception("Kunne ikke vise melding om fornyelse")

    def _update_expiry(self) -> None:
        with self._lock:
            info, tokens, altinn = self._info, self._tokens, self._altinn
        if info is None or tokens is None or altinn is None:
            return
        new = dataclasses.replace(
            info,
            access_expires_at=min(tokens.expires_at, altinn.expires_at),
            session_ends_at=_session_end(tokens) or info.session_ends_at,
            renews_in_browser=tokens.refresh_token is None,
        )
        self._set_info(new)

    def _end(self, message: str) -> None:
        self._forget()
        self._delete_stored()
        raise NotSignedIn(message)

    # -- sign out ---------------------------------------------------------------------
    def sign_out(self) -> None:
        """Sign out at ID-porten and forget every token.

        Revokes the tokens (the refresh token, else the access token: RFC 7009; ID-porten's
        logout leaves tokens with Altinn scopes valid), opens ID-porten's
        ``end_session_endpoint`` in the browser so the SSO session ends, forgets everything in
        memory and removes the refresh token from the keyring. Maskinporten tokens cached in
        this process (SvarUt, Kontaktregisteret) go too: the person leaving should leave
        nothing usable behind in memory. ID-porten being out of reach does not stop the
        sign-out here."""
        with self._lock:
            tokens, env, info = self._tokens, self._env, self._info
        self._forget()
        forget_maskinporten_tokens()
        if info is not None:
            self._record(
                "session.signed_out",
                info.name,
                {"miljø": info.environment.value, "navn": info.name},
            )
        try:
            if env is not None:
                self._end_at_idporten(env, tokens, self._load_refresh(env))
        finally:
            self._delete_stored(strict=True)

    def _end_at_idporten(
        self, env: Environment, tokens: TokenSet | None, stored: str | None
    ) -> None:
        """Revoke, then end the SSO session in the browser; best effort (logged only)."""
        try:
            urls = self._service_urls()
            if urls.environment != env:
                return
            client = self._idporten(urls)
            refresh = (tokens.refresh_token if tokens is not None else None) or stored
            if refresh:  # ends the grant, the access tokens with it (oidc_protocol_revoke.md)
                client.revoke(refresh, "refresh_token")
            elif tokens is not None:
                client.revoke(tokens.access_token, "access_token")
            end_url = client.end_session_url()
            if end_url is None:
                return
            if env == Environment.OVING:
                self._practice_browser.open(end_url)
            elif self.browser is not None:
                self.browser(end_url)
        except ServiceError as exc:
            log.info("Utlogging i ID-porten ble ikke fullført (%s)", exc.status)

    def forget(self) -> None:
        """Forget the session in memory only (the environment changed)."""
        self._forget()

    def _forget(self) -> None:
        with self._lock:
            had = self._info is not None
            self._tokens = None
            self._altinn = None
            self._subject = None
            self._env = None
            self._info = None
            renewal, self._renewal = self._renewal, None
        if renewal is not None:
            renewal.close()  # a renewal waiting for the browser stops at once
        if had and self._on_change is not None:
            self._on_change(None)

    def close(self) -> None:
        with self._lock:
            http, self._http = self._http, None
            self._client = None
        if http is not None:
            http.close()

    # -- the keyring ------------------------------------------------------------------
    def _store_refresh(self, env: Environment, token: str | None) -> bool:
        if not token:
            return False
        register_for_redaction(token)
        value = json.dumps({"miljø": env.value, "refresh_token": token}, ensure_ascii=False)
        try:
            self.secrets.set(SecretName.IDPORTEN_REFRESH_TOKEN, value)
        except SecretStoreError:
            log.info("Fornyingsnøkkelen ble ikke lagret (ingen nøkkelring)")
            return False
        return True

    def _load_refresh(self, env: Environment) -> str | None:
        try:
            value = self.secrets.get(SecretName.IDPORTEN_REFRESH_TOKEN)
        except SecretStoreError:
            return None
        if not value:
            return None
        try:
            data: Any = json.loads(value)
        except ValueError:
            return None
        if not isinstance(data, dict) or data.get("miljø") != env.value:
            return None
        token = data.get("refresh_token")
        if not isinstance(token, str) or not token:
            return None
        register_for_redaction(token)
        return token

    def _delete_stored(self, *, strict: bool = False) -> None:
        try:
            self.secrets.delete(SecretName.IDPORTEN_REFRESH_TOKEN)
        except SecretStoreError:
            if strict:
                raise
