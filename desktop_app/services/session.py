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
* :meth:`Session.altinn_token` is the token provider (``Callable[[], str]``) for the Altinn
  clients: it returns a valid Altinn token, refreshing at ID-porten and exchanging again
  when needed. :meth:`Session.idporten_token` does the same for APIs that take the
  ID-porten token itself.
* :meth:`Session.resume` picks up a stored session at start; :meth:`Session.sign_out`
  forgets everything in memory and removes the refresh token from the keyring.

Access tokens, id_tokens and Altinn tokens live only in memory. The refresh token is stored
tagged with its environment, so a Test session is never tried against Produksjon.
"""

from __future__ import annotations

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
    SignInError,
    TokenSet,
    follow_practice_redirect,
)
from desktop_app.integrations.maskinporten import forget_tokens as forget_maskinporten_tokens
from desktop_app.redaction import register_for_redaction
from desktop_app.settings import Settings
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
EXPIRY_MARGIN = timedelta(seconds=60)
"""A token with less left than this is renewed before it is handed out."""


class NotSignedIn(ServiceError):
    """No session (or it ended): the user must sign in again."""

    def __init__(self, message_nb: str | None = None) -> None:
        super().__init__(message_nb or (
            "Du er ikke logget inn. Logg inn med ID-porten under Innstillinger → Pålogging, "
            "og prøv igjen."), status=401)


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


def display_name(name: str) -> str:
    """Altinn writes names in capitals ("INGRID FJELL BERG"); show them as people write them."""
    return name.title() if name.isupper() else name


def _own_name(parties: tuple[AuthorizedParty, ...], altinn: AltinnToken,
              tokens: TokenSet) -> str:
    """The signed-in person's name from their own party in ``authorizedparties``.

    ID-porten's id_token carries no name (only ``pid``), so Altinn's party list is the
    source: the party whose partyId is the token's ``urn:altinn:partyid``, else the person
    whose personId is the ``pid``.
    """
    pid = tokens.claims.get("pid") or altinn.claims.get("pid")
    for party in parties:
        if party.is_person and (
                (altinn.party_id is not None and str(party.party_id) == altinn.party_id)
                or (pid and party.person_id == pid)):
            return display_name(party.name)
    return ""


class Session:
    """One person's sign-in for the environment in use. Thread-safe."""

    def __init__(
        self,
        secrets: SecretStore,
        settings: Settings,
        urls: Callable[[], ServiceUrls],
        *,
        on_change: Callable[[SessionInfo | None], None] | None = None,
        http_factory: Callable[[], httpx.Client] = make_client,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.secrets = secrets
        self.settings = settings
        self._urls = urls
        self._on_change = on_change
        self._http_factory = http_factory
        self._clock = clock
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
            raise SignInError("no_sandbox", "Øvingssandkassen har ikke startet ennå. Vent noen "
                              "sekunder og prøv igjen.") from None

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
            "Innlogging og nøkler («ID-porten klient-ID»), og prøv igjen.")

    def _idporten(self, urls: ServiceUrls) -> IdPortenClient:
        client_id = self._client_id(urls.environment)
        key = (urls.idporten_discovery, client_id, self.scopes(urls.environment))
        with self._lock:
            if self._http is None:
                self._http = self._http_factory()
            if self._client is None or self._client_key != key:
                self._client = IdPortenClient(self._http, urls.idporten_discovery, client_id,
                                              key[2], clock=self._clock)
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
        except BaseException:
            receiver.close()
            raise
        return PendingSignIn(request, receiver, urls.environment,
                             practice=urls.environment == Environment.OVING)

    def complete_sign_in(self, state: TaskState | None, pending: PendingSignIn, *,
                         timeout: float = DEFAULT_BROWSER_TIMEOUT) -> SessionInfo:
        """Background: wait for the browser, then tokens, Altinn, organisations."""
        state = state or TaskState()
        urls = self._service_urls()
        if urls.environment != pending.environment:
            pending.cancel()
            raise SignInError("environment_changed", "Miljøet ble byttet under innloggingen. "
                              "Start innloggingen på nytt.")
        client = self._idporten(urls)
        try:
            if pending.practice:
                state.progress(1, 4, "Øving: logger inn i øvings-ID-porten uten nettleser …")
                follow_practice_redirect(pending.url)
            else:
                state.progress(1, 4, "Venter på at du logger inn i nettleseren …")
            callback = pending.receiver.wait(timeout, lambda: state.cancelled)
        finally:
            pending.cancel()
        state.check()
        state.progress(2, 4, "Sjekker innloggingen …")
        tokens = client.redeem(pending.request, callback)
        state.check()
        return self._establish(state, urls, tokens)

    def _establish(self, state: TaskState, urls: ServiceUrls, tokens: TokenSet) -> SessionInfo:
        state.progress(3, 4, "Henter tilgang til Altinn …")
        try:
            altinn = AltinnTokenExchange(self._http_client(), urls.authentication,
                                         clock=self._clock).exchange(tokens.access_token,
                                                                     tokens.expires_at)
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
            parties = tuple(AuthorizedPartiesClient(
                self._http_client(), urls.accessmanagement_enduser, lambda: altinn.token,
            ).list(cancel=lambda: state.cancelled))
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
            session_ends_at=tokens.refresh_expires_at or (
                previous.session_ends_at if previous is not None else None),
            remembered=remembered,
            parties_problem=problem,
        )
        log.info("Pålogget i %s; %d virksomheter", urls.environment.value,
                 len(info.organisations))
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
        parties = tuple(AuthorizedPartiesClient(
            self._http_client(), urls.accessmanagement_enduser, self.altinn_token,
        ).list(cancel=(lambda: state.cancelled) if state else None))
        new = SessionInfo(info.environment, info.name, parties, info.signed_in_at,
                          info.access_expires_at, info.session_ends_at, info.remembered, None)
        self._set_info(new)
        return new

    # -- token providers --------------------------------------------------------------
    # ``_lock`` guards the state and is never held during network or keyring calls, so the
    # GUI thread can always read ``info`` at once. ``_renew_lock`` lets one worker renew
    # while others wait for its result instead of renewing (rotating refresh tokens!) twice.

    def altinn_token(self) -> str:
        """A valid Altinn token (``Callable[[], str]`` for every Altinn client).

        Refreshes at ID-porten and exchanges again when the token is about to end. Call it
        from background work only. Raises :class:`NotSignedIn` when there is no session or
        it has ended.
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
            altinn = AltinnTokenExchange(self._http_client(), urls.authentication,
                                         clock=self._clock).exchange(tokens.access_token,
                                                                     tokens.expires_at)
            with self._lock:
                if self._tokens is not tokens:
                    raise NotSignedIn  # signed out while we were renewing
                self._altinn = altinn
            self._update_expiry()
            return altinn.token

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
            raise NotSignedIn("Du er logget inn i et annet miljø enn det som er valgt nå. Logg "
                              "inn på nytt under Innstillinger → Pålogging.")
        return urls, tokens

    def _valid_idporten_tokens(self, urls: ServiceUrls) -> TokenSet:
        """The ID-porten tokens, refreshed when they are about to end (under _renew_lock)."""
        with self._lock:
            tokens, subject = self._tokens, self._subject
        if tokens is None:
            raise NotSignedIn
        if tokens.expires_at - self._clock() > EXPIRY_MARGIN:
            return tokens
        refresh = tokens.refresh_token or self._load_refresh(urls.environment)
        if not refresh:
            self._end("Innloggingen er utløpt. Logg inn på nytt under Innstillinger → "
                      "Pålogging.")
        try:
            new = self._idporten(urls).refresh(refresh, subject=subject)
        except SignInError as exc:
            if exc.reason in ("invalid_grant", "unauthorized_client", "subject_changed"):
                self._end("Innloggingen er utløpt eller trukket tilbake. Logg inn på nytt "
                          "under Innstillinger → Pålogging.")
            raise
        if new.refresh_token is None:  # not rotated: keep the one we had
            new = TokenSet(new.access_token, new.expires_at, new.id_token, refresh,
                           tokens.refresh_expires_at, new.scope, new.claims)
        elif new.refresh_token != refresh:
            self._store_refresh(urls.environment, new.refresh_token)
        with self._lock:
            if self._tokens is not tokens:
                raise NotSignedIn  # signed out while we were refreshing
            self._tokens = new
            self._altinn = None
        return new

    def _update_expiry(self) -> None:
        with self._lock:
            info, tokens, altinn = self._info, self._tokens, self._altinn
        if info is None or tokens is None or altinn is None:
            return
        ends = tokens.refresh_expires_at or info.session_ends_at
        new = SessionInfo(info.environment, info.name, info.parties, info.signed_in_at,
                          min(tokens.expires_at, altinn.expires_at), ends, info.remembered,
                          info.parties_problem)
        self._set_info(new)

    def _end(self, message: str) -> None:
        self._forget()
        self._delete_stored()
        raise NotSignedIn(message)

    # -- sign out ---------------------------------------------------------------------
    def sign_out(self) -> None:
        """Forget every token in memory and remove the refresh token from the keyring.

        Maskinporten tokens cached in this process (SvarUt, Kontaktregisteret) go too: the
        person leaving should leave nothing usable behind in memory."""
        self._forget()
        forget_maskinporten_tokens()
        self._delete_stored(strict=True)

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
