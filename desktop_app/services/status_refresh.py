"""Refresh SvarUt statuses for a list of shipments: batches, a few workers, partial results.

Shared by the wizard step «Hent ny status» and ``postvakt-cli unopened --refresh``::

    with open_connection(setup) as conn:
        result = refresh_statuses(state, conn.svarut, shipments)

* IDs go in batches of :data:`~desktop_app.integrations.svarut.MAX_IDS_PER_CALL`, over a
  few workers sharing one ``httpx.Client`` (and one Maskinporten token).
* Each batch is retried by the HTTP layer (connect errors, 5xx, 429 ``Retry-After``).
* Nothing is lost: when a batch fails or the user cancels, the result still has every
  status already fetched, and says which IDs failed and why, so only those are tried again.
  Cancel does not raise; :attr:`RefreshResult.cancelled` says it happened.
* A SvarUt that does not answer is not asked for ever: after
  :data:`MAX_NO_ANSWER` attempts in a row without any answer (timeouts, no contact), or
  when the whole refresh has taken :data:`DEADLINE_SECONDS`, Postvakt stops asking. What
  was fetched is kept, the rest keep the file's status, and
  :attr:`RefreshResult.stopped_nb` says plainly that SvarUt did not answer and that the
  user can try again later (only the IDs without a fresh status are asked then).
* A SvarUt that asks (``Retry-After``) to be left alone for longer than the refresh has left
  of :data:`DEADLINE_SECONDS` is not waited for at all: Postvakt stops at once, keeps what
  was fetched, and :attr:`RefreshResult.stopped_nb` says at what time to try again.

Credentials: :func:`load_setup` reads the non-secret settings and the keyring. In Øving it
uses the practice client and integration handed in as a
:class:`~desktop_app.services.practice.Practice`, so no real secret is ever sent to the
practice sandbox and a beginner can try the step without any set-up.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import dataclasses
import logging
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import httpx

from desktop_app.domain.cancellation import Cancelled, TaskState
from desktop_app.domain.environments import Environment
from desktop_app.domain.svarut import Shipment, integration_header_problem
from desktop_app.integrations.environments import ServiceUrls
from desktop_app.integrations.http import ServiceError, clock_time_nb, make_client
from desktop_app.integrations.maskinporten import (
    SVARUT_SCOPE,
    MaskinportenClient,
    MaskinportenCredentials,
)
from desktop_app.integrations.svarut import (
    MAX_IDS_PER_CALL,
    SVARUT_MIN_INTERVAL,
    StatusRecord,
    SvarUtClient,
    SvarUtCredentials,
    canonical_id,
)
from desktop_app.integrations.svarut import (
    Event as Event,  # re-exported for the pages, which never import the clients
)
from desktop_app.services.practice import Practice, require
from desktop_app.settings import Settings
from desktop_app.storage.secrets import SecretName, SecretStore, SecretStoreError

log = logging.getLogger(__name__)

DEFAULT_WORKERS = 4
"""A few parallel calls: fast enough for 10,000 IDs, polite to a shared public service."""

NOT_FOUND_NB = (
    "SvarUt kjenner ikke denne forsendelsen på kontoen (feil ID, eller sendt fra en annen konto)."
)
CANCELLED_NB = "Ikke hentet: du avbrøt før denne ble spurt om."

Refresh = Callable[[TaskState, list[Shipment]], tuple[list[Shipment], list[str]]]
"""The ``refresh`` that :meth:`UnopenedCheckService.run_check` takes: the shipments with fresh
statuses, and notes for the check."""

MAX_NO_ANSWER = 3
"""Attempts in a row (over all workers) without any answer from SvarUt before the refresh
stops asking. Each attempt waits out the HTTP read timeout, so this bounds a hung SvarUt to
about a minute instead of two minutes per batch of 100."""

DEADLINE_SECONDS = 30 * 60.0
"""The longest a whole refresh may ask SvarUt; what is left after that keeps the file's
status and can be fetched later. [I] Generous: at a few workers 100,000 IDs answered
normally take minutes, so only a very slow SvarUt reaches it."""

NO_ANSWER_NB = (
    "SvarUt svarte ikke, så Postvakt sluttet å spørre. Statusen fra filen er "
    "beholdt. Prøv igjen senere."
)
WAIT_UNTIL_NB = (
    "SvarUt ba Postvakt vente til {time} før den spør igjen, lenger enn en oppdatering "
    "venter, så Postvakt sluttet å spørre. Statusen fra filen er beholdt der SvarUt ikke "
    "rakk å svare. Prøv igjen etter {time}."
)
TOO_SLOW_NB = (
    "SvarUt svarte for sakte, så Postvakt sluttet å spørre etter {minutes} minutter. "
    "Statusen fra filen er beholdt. Prøv igjen senere."
)


# ---------------------------------------------------------------------------- set-up
@dataclass(frozen=True)
class RefreshSetup:
    urls: ServiceUrls
    maskinporten: MaskinportenCredentials = field(repr=False)
    svarut: SvarUtCredentials = field(repr=False)
    practice: bool = False
    api_version: int = 2


LEGACY_HINT_NB = (
    "Postvakt fant også passord og nøkler fra en eldre versjon som ikke er knyttet til et "
    "miljø. Under Innstillinger → Innlogging og nøkler kan du si hvilket miljø de hører til."
)


class MissingSetup(Exception):
    """What must be set up under Innstillinger before statuses can be fetched."""

    def __init__(self, missing: list[str], *, legacy: bool = False) -> None:
        self.missing = missing
        self.message_nb = (
            "For å hente opplysninger fra SvarUt mangler dette under Innstillinger: "
            + ", ".join(missing)
            + "."
        )
        if legacy:
            self.message_nb += " " + LEGACY_HINT_NB
        super().__init__(self.message_nb)


class InvalidSetup(MissingSetup):
    """A value under Innstillinger is there but cannot be used; ``message_nb`` says why."""

    def __init__(self, message_nb: str) -> None:
        super().__init__([])
        self.message_nb = message_nb
        self.args = (message_nb,)


def _has_legacy(secrets: SecretStore) -> bool:
    try:
        return bool(secrets.legacy_names())
    except SecretStoreError:
        return False


def load_setup(
    settings: Settings, secrets: SecretStore, urls: ServiceUrls, practice: Practice | None = None
) -> RefreshSetup:
    """The credentials for ``urls.environment`` (its own keyring entries: a production
    secret is never sent to a test host); raises :class:`MissingSetup` or
    :class:`SecretStoreError` (a locked or missing keyring), and in Øving without ``practice``
    :class:`~desktop_app.services.practice.PracticeUnavailable`. Runs off the GUI thread."""
    if urls.environment is Environment.OVING:
        practice = require(practice)
        return RefreshSetup(
            urls, _practice_maskinporten(practice, SVARUT_SCOPE), practice.svarut(), practice=True
        )
    secrets = secrets.for_environment(urls.environment)
    missing: list[str] = []
    scope = str(settings.get("maskinporten_scope") or "").strip() or SVARUT_SCOPE
    konto = str(settings.get("svarut_konto_id") or "").strip()
    maskinporten = _maskinporten(settings, secrets, scope, missing)
    if not konto:
        missing.append("SvarUt konto-ID")
    integrasjon_id = secrets.get(SecretName.SVARUT_INTEGRASJON_ID)
    passord = secrets.get(SecretName.SVARUT_INTEGRASJON_PASSORD)
    for value, name in (
        (integrasjon_id, SecretName.SVARUT_INTEGRASJON_ID),
        (passord, SecretName.SVARUT_INTEGRASJON_PASSORD),
    ):
        if not value:
            missing.append(name.label)
    if missing or maskinporten is None:
        keyring = {n.label for n in SecretName}
        raise MissingSetup(
            sorted(missing, key=lambda m: m in keyring),  # settings first
            legacy=_has_legacy(secrets),
        )
    for value, name in (
        (integrasjon_id or "", SecretName.SVARUT_INTEGRASJON_ID),
        (passord or "", SecretName.SVARUT_INTEGRASJON_PASSORD),
    ):
        problem = integration_header_problem(value, f"«{name.label}»")
        if problem is not None:
            raise InvalidSetup(problem)
    return RefreshSetup(
        urls, maskinporten, SvarUtCredentials(konto, integrasjon_id or "", passord or "")
    )


def _practice_maskinporten(practice: Practice | None, scope: str) -> MaskinportenCredentials:
    """Øving: the practice client (no real secret is ever sent to the sandbox)."""
    return dataclasses.replace(require(practice).maskinporten(), scope=scope)


def _maskinporten(
    settings: Settings, secrets: SecretStore, scope: str, missing: list[str]
) -> MaskinportenCredentials | None:
    """The municipality's Maskinporten client for ``scope``; what is not set up goes into
    ``missing`` (and None comes back). ``secrets`` is bound to one environment."""
    client_id = str(settings.get("maskinporten_client_id") or "").strip()
    kid = str(settings.get("maskinporten_kid") or "").strip()
    cert_path = str(settings.get("maskinporten_sertifikat") or "").strip()
    before = len(missing)
    if not client_id:
        missing.append("Maskinporten klient-ID")
    if not kid and not cert_path:
        missing.append("Maskinporten nøkkel-ID (kid) eller virksomhetssertifikat")
    key = secrets.get(SecretName.MASKINPORTEN_NOKKEL)
    if not key:
        missing.append(SecretName.MASKINPORTEN_NOKKEL.label)
    if len(missing) > before:
        return None
    certificate = ""
    if not kid:
        try:
            certificate = Path(cert_path).read_text(encoding="ascii")
        except (OSError, UnicodeDecodeError):
            missing.append(f"et lesbart virksomhetssertifikat (fant ikke {cert_path})")
            return None
    passphrase = secrets.get(SecretName.MASKINPORTEN_NOKKEL_PASSFRASE)
    return MaskinportenCredentials(
        client_id, scope, key or "", passphrase, kid=kid, certificate_pem=certificate
    )


def maskinporten_credentials(
    settings: Settings, secrets: SecretStore, urls: ServiceUrls, practice: Practice | None = None
) -> MaskinportenCredentials:
    """The Maskinporten client for ``urls.environment`` on its own (no SvarUt set-up), with
    the scope SvarUt needs and that environment's own keyring entries; raises
    :class:`MissingSetup` or :class:`SecretStoreError`."""
    scope = str(settings.get("maskinporten_scope") or "").strip() or SVARUT_SCOPE
    if urls.environment is Environment.OVING:
        return _practice_maskinporten(practice, scope)
    secrets = secrets.for_environment(urls.environment)
    missing: list[str] = []
    found = _maskinporten(settings, secrets, scope, missing)
    if found is None:
        raise MissingSetup(missing, legacy=_has_legacy(secrets))
    return found


def maskinporten_configured(settings: Settings, environment: Environment) -> bool:
    """Is a Maskinporten client set up for ``environment``? Settings only (no keyring), so
    the GUI thread may ask; the key itself is checked when a token is asked for."""
    if environment is Environment.OVING:
        return True
    return bool(
        str(settings.get("maskinporten_client_id") or "").strip()
        and (
            str(settings.get("maskinporten_kid") or "").strip()
            or str(settings.get("maskinporten_sertifikat") or "").strip()
        )
    )


class MaskinportenTokenSource:
    """A token provider (``Callable[[], str]``) for another API than SvarUt (e.g.
    Kontaktregisteret): the same Maskinporten client as the status refresh, with ``scopes``.

    Bound to one environment for its whole life: ``urls`` is fixed when it is made, and the
    credentials (that environment's keyring entries) are read on the first call and kept.
    So a token asked for during a lookup always comes from, and goes to, the environment the
    lookup started in, even if the user switches environment meanwhile; a switch makes a new
    source (:meth:`AppContext.krr_token_provider`) and closes this one. Tokens are cached by
    :class:`MaskinportenClient` (in memory, per client and scope). Thread-safe; call it off
    the GUI thread (it may read the keyring and ask Maskinporten)."""

    def __init__(
        self,
        settings: Settings,
        secrets: SecretStore,
        urls: ServiceUrls,
        scopes: Sequence[str],
        *,
        http: httpx.Client | None = None,
        practice: Practice | None = None,
    ) -> None:
        if callable(urls):
            raise TypeError("MaskinportenTokenSource tar faste ServiceUrls, ikke en funksjon")
        self._practice = practice
        self._settings = settings
        self._secrets = secrets
        self.urls = urls
        self.scope = " ".join(scopes)
        self._lock = threading.Lock()
        self._own_http = http is None
        self._http = http
        self._credentials: MaskinportenCredentials | None = None
        self._closed = False

    @property
    def environment(self) -> Environment:
        return self.urls.environment

    def _load_credentials(self) -> MaskinportenCredentials:
        if self.urls.environment is Environment.OVING:
            return _practice_maskinporten(self._practice, self.scope)
        secrets = self._secrets.for_environment(self.urls.environment)
        missing: list[str] = []
        found = _maskinporten(self._settings, secrets, self.scope, missing)
        if found is None:
            raise MissingSetup(missing, legacy=_has_legacy(secrets))
        return found

    def __call__(self) -> str:
        with self._lock:
            self._check_open()
            credentials = self._credentials
        if credentials is None:
            credentials = self._load_credentials()
        with self._lock:
            self._check_open()  # retired while the keyring was read
            if self._credentials is None:
                self._credentials = credentials
            credentials = self._credentials
            if self._http is None:
                self._http = make_client()
            http = self._http
        return MaskinportenClient(http, self.urls, credentials).token()

    def _check_open(self) -> None:
        if self._closed:
            raise ServiceError(
                "Miljøet ble byttet mens Postvakt arbeidet. Start oppslaget på nytt."
            )

    def retire(self) -> None:
        """No more tokens from this source (its environment is no longer the active one).
        Work still running gets an error instead of a token; the connection stays open until
        :meth:`close`, so a request already under way is not cut off mid-flight."""
        with self._lock:
            self._closed = True
            self._credentials = None

    def close(self) -> None:
        with self._lock:
            self._closed = True
            http, self._http = self._http, None
            self._credentials = None
        if http is not None and self._own_http:
            http.close()


def setup_or_missing(
    settings: Settings,
    secrets: SecretStore,
    urls: ServiceUrls,
    practice: Practice | None = None,
) -> RefreshSetup | MissingSetup | SecretStoreError:
    """:func:`load_setup`, with the expected problems returned instead of raised (the
    wizard asks this on every visit; a missing set-up is no error worth a log line)."""
    try:
        return load_setup(settings, secrets, urls, practice)
    except (MissingSetup, SecretStoreError) as exc:
        return exc


@dataclass
class Connection:
    svarut: SvarUtClient
    maskinporten: MaskinportenClient


@contextlib.contextmanager
def open_connection(
    setup: RefreshSetup, *, workers: int = DEFAULT_WORKERS, timeout: float = 30.0
) -> Iterator[Connection]:
    """One shared ``httpx.Client`` for Maskinporten and SvarUt, closed on exit."""
    # httpx keeps up to 20 idle connections: enough for a few workers and the token call.
    with make_client(timeout=timeout, min_interval=SVARUT_MIN_INTERVAL) as http:
        tokens = MaskinportenClient(http, setup.urls, setup.maskinporten)
        yield Connection(
            SvarUtClient(http, setup.urls, setup.svarut, tokens, api_version=setup.api_version),
            tokens,
        )


# ---------------------------------------------------------------------------- refresh
@dataclass
class RefreshResult:
    """Every shipment given (updated where SvarUt answered), and what went wrong."""

    shipments: list[Shipment]
    asked: int = 0
    updated: int = 0
    changed: int = 0
    failed: dict[str, str] = field(default_factory=dict)
    """forsendelse-ID → why it has no fresh status (bokmål)."""
    retryable: set[str] = field(default_factory=set)
    """The failed IDs worth trying again (network trouble, cancel), not "unknown ID"."""
    changed_at: dict[str, datetime] = field(default_factory=dict)
    cancelled: bool = False
    seconds: float = 0.0
    stopped_nb: str | None = None
    """Why Postvakt stopped asking SvarUt before every ID was asked (bokmål), or None."""

    @property
    def failed_ids(self) -> list[str]:
        return list(self.failed)

    @property
    def complete(self) -> bool:
        return not self.failed and not self.cancelled

    def reasons(self) -> dict[str, int]:
        """Each distinct reason and how many IDs it covers, most common first."""
        counts: dict[str, int] = {}
        for reason in self.failed.values():
            counts[reason] = counts.get(reason, 0) + 1
        return dict(sorted(counts.items(), key=lambda kv: -kv[1]))


def _batches(ids: Sequence[str], size: int) -> list[list[str]]:
    return [list(ids[i : i + size]) for i in range(0, len(ids), size)]


def refresh_statuses(
    state: TaskState,
    client: SvarUtClient,
    shipments: Sequence[Shipment],
    *,
    only_ids: Sequence[str] | None = None,
    workers: int = DEFAULT_WORKERS,
    batch_size: int = MAX_IDS_PER_CALL,
    max_no_answer: int = MAX_NO_ANSWER,
    deadline_seconds: float = DEADLINE_SECONDS,
    clock: Callable[[], float] = time.monotonic,
) -> RefreshResult:
    """Fetch fresh statuses; ``only_ids`` limits it to those (retry the failed ones).

    Stops asking after ``max_no_answer`` attempts in a row without an answer, or once
    ``deadline_seconds`` have passed on ``clock`` (see the module's docstring)."""
    started = time.perf_counter()
    give_up_at = clock() + deadline_seconds
    no_answer = 0
    stopped: list[str] = []  # the reason, once Postvakt has stopped asking
    wanted = set(only_ids) if only_ids is not None else None
    order: list[str] = []
    seen: set[str] = set()
    result = RefreshResult(list(shipments))
    for s in shipments:
        sid = canonical_id(s.id)
        if sid is None:
            result.failed[s.id] = "Ikke en gyldig forsendelse-ID."
            continue
        if (wanted is None or s.id in wanted or sid in wanted) and sid not in seen:
            seen.add(sid)
            order.append(sid)
    result.asked = len(order)
    batches = _batches(order, max(1, min(batch_size, MAX_IDS_PER_CALL)))
    records: dict[str, StatusRecord] = {}
    lock = threading.Lock()
    done = 0
    total = len(order)
    state.progress(0, total, "Henter status fra SvarUt …")

    def answered(yes: bool) -> None:
        nonlocal no_answer
        with lock:
            no_answer = 0 if yes else no_answer + 1
            if no_answer >= max_no_answer and not stopped:
                stopped.append(NO_ANSWER_NB)
                log.warning(
                    "Statusoppdatering: SvarUt svarte ikke %d ganger på rad; stopper", no_answer
                )

    def stop_asking() -> bool:
        if state.cancelled:
            return True
        with lock:
            if not stopped and clock() >= give_up_at:
                stopped.append(TOO_SLOW_NB.format(minutes=_minutes(deadline_seconds)))
                log.warning("Statusoppdatering: tidsgrensen er nådd; stopper")
            return bool(stopped)

    def fetch(batch: list[str]) -> None:
        nonlocal done
        if stop_asking():
            return
        try:
            got = client.statuses(
                batch,
                cancel=stop_asking,
                sleep=state.wait,
                answered=answered,
                wait_limit=lambda: give_up_at - clock(),
            )
        except Cancelled:
            return
        except ServiceError as exc:
            if exc.retry_at is not None:  # the batch stays unasked: retryable, below
                with lock:
                    if not stopped:
                        stopped.append(WAIT_UNTIL_NB.format(time=clock_time_nb(exc.retry_at)))
                        log.warning("Statusoppdatering: SvarUt ba om å vente; stopper")
                return
            with lock:
                for sid in batch:
                    result.failed[sid] = exc.message_nb
                    if exc.retryable or exc.status is None:
                        result.retryable.add(sid)
                done += len(batch)
            state.progress(done, total, "Henter status fra SvarUt …")
            return
        by_id = {r.id: r for r in got}
        with lock:
            for sid in batch:
                record = by_id.get(sid)
                if record is None:
                    result.failed[sid] = NOT_FOUND_NB
                else:
                    records[sid] = record
            done += len(batch)
        state.progress(done, total, f"Henter status fra SvarUt … {done} av {total}")

    pool = concurrent.futures.ThreadPoolExecutor(
        max_workers=max(1, workers), thread_name_prefix="svarut-status"
    )
    try:
        futures = [pool.submit(fetch, b) for b in batches]
        for future in concurrent.futures.as_completed(futures):
            future.result()  # an unexpected error reaches the caller
    finally:
        pool.shutdown(wait=True, cancel_futures=True)

    result.cancelled = state.cancelled
    if stopped and not result.cancelled:
        result.stopped_nb = stopped[0]
    for sid in order:
        if sid not in records and sid not in result.failed:
            result.failed[sid] = result.stopped_nb or CANCELLED_NB
            result.retryable.add(sid)
    result.shipments = [_updated(s, canonical_id(s.id) or s.id, records, result) for s in shipments]
    result.seconds = time.perf_counter() - started
    log.info(
        "Statusoppdatering: %d spurt, %d oppdatert, %d endret, %d feilet%s",
        result.asked,
        result.updated,
        result.changed,
        len(result.failed),
        " (avbrutt)" if result.cancelled else "",
    )
    return result


def _minutes(seconds: float) -> str:
    return f"{max(1, round(seconds / 60))}"


def _updated(
    shipment: Shipment, sid: str, records: dict[str, StatusRecord], result: RefreshResult
) -> Shipment:
    record = records.get(sid)
    if record is None:
        return shipment
    result.updated += 1
    if record.changed_at is not None:
        result.changed_at[shipment.id] = record.changed_at
    if record.status == shipment.status and record.status is not None:
        return shipment
    result.changed += 1
    return dataclasses.replace(shipment, status=record.status, status_text=record.status_text)


def refresh_with_setup(
    state: TaskState,
    setup: RefreshSetup,
    shipments: Sequence[Shipment],
    only_ids: Sequence[str] | None = None,
    workers: int = DEFAULT_WORKERS,
) -> RefreshResult:
    """Open a connection, refresh, close: the one call the wizard and the CLI make.

    A failure to get a token fails every ID with that reason (kept in the result, not
    raised), so the imported statuses stay usable."""
    with open_connection(setup, workers=workers) as conn:
        try:
            conn.maskinporten.token(cancel=lambda: state.cancelled, sleep=state.wait)
        except Cancelled:
            return _all_failed(shipments, only_ids, CANCELLED_NB, cancelled=True)
        except ServiceError as exc:
            return _all_failed(
                shipments, only_ids, exc.message_nb, retryable=exc.retryable or exc.status is None
            )
        return refresh_statuses(state, conn.svarut, shipments, only_ids=only_ids, workers=workers)


def _all_failed(
    shipments: Sequence[Shipment],
    only_ids: Sequence[str] | None,
    reason: str,
    *,
    cancelled: bool = False,
    retryable: bool = True,
) -> RefreshResult:
    wanted = set(only_ids) if only_ids is not None else None
    ids = [s.id for s in shipments if wanted is None or s.id in wanted]
    result = RefreshResult(list(shipments), asked=len(ids), cancelled=cancelled)
    result.failed = dict.fromkeys(ids, reason)
    if retryable:
        result.retryable = set(ids)
    return result


def fetch_events(state: TaskState, setup: RefreshSetup, forsendelse_id: str) -> list[Event]:
    """The event log of one shipment (raises ServiceError with a bokmål message)."""
    with open_connection(setup, workers=1) as conn:
        return conn.svarut.events(forsendelse_id, cancel=lambda: state.cancelled, sleep=state.wait)


def load_events(
    state: TaskState,
    settings: Settings,
    secrets: SecretStore,
    urls: ServiceUrls,
    forsendelse_id: str,
    practice: Practice | None = None,
) -> list[Event]:
    """:func:`fetch_events` with the credentials for ``urls.environment`` (:func:`load_setup`)."""
    return fetch_events(state, load_setup(settings, secrets, urls, practice), forsendelse_id)


def refresher(setup: RefreshSetup, workers: int = DEFAULT_WORKERS) -> Refresh:
    """A ``refresh`` for :meth:`UnopenedCheckService.run_check`: fresh statuses where SvarUt
    answers, the file's elsewhere, and a note that says which (never raises on network
    trouble; a cancel still stops the check)."""

    def refresh(state: TaskState, shipments: list[Shipment]) -> tuple[list[Shipment], list[str]]:
        state.progress(0, 0, "Henter status fra SvarUt …")
        result = refresh_with_setup(state, setup, shipments, workers=workers)
        if result.cancelled:
            raise Cancelled
        return result.shipments, refresh_notes(result)

    return refresh


def refresh_notes(result: RefreshResult) -> list[str]:
    """What the refresh did, in bokmål, for the check's notes (and the CLI's output)."""
    notes = (
        [
            f"Status hentet fra SvarUt for {result.updated} av {result.asked} forsendelser; "
            f"{result.changed} hadde fått ny status siden eksporten."
        ]
        if result.updated
        else []
    )
    if result.stopped_nb:
        notes.append(result.stopped_nb)
    if result.failed:
        reasons = "; ".join(
            f"{reason} ({count})" for reason, count in list(result.reasons().items())[:3]
        )
        n = len(result.failed)
        notes.append(
            f"{n} {'forsendelse' if n == 1 else 'forsendelser'} fikk ikke ny status fra SvarUt "
            f"og beholder statusen fra filen. Årsak: {reasons}"
        )
    return notes


def reuse(result: RefreshResult) -> Refresh:
    """A ``refresh`` for :meth:`UnopenedCheckService.run_check` that applies statuses already
    fetched (by the wizard's refresh step) instead of asking SvarUt again. Shipments are
    matched by forsendelse-ID; those without a fresh status keep the file's."""
    fresh = {
        canonical_id(s.id) or s.id: s
        for s in result.shipments
        if (canonical_id(s.id) or s.id) not in result.failed
    }

    def refresh(state: TaskState, shipments: list[Shipment]) -> tuple[list[Shipment], list[str]]:
        out = []
        for shipment in shipments:
            known = fresh.get(canonical_id(shipment.id) or shipment.id)
            if known is not None and known.status is not None:
                shipment = dataclasses.replace(
                    shipment, status=known.status, status_text=known.status_text
                )
            out.append(shipment)
        return out, refresh_notes(result)

    return refresh
