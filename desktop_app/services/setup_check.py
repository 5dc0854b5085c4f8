"""«Sjekk oppsettet»: is a municipality ready for Postvakt in Test (TT02) or Produksjon?

One check per prerequisite, each with a plain result (:class:`CheckResult`): ``ok``,
``feil`` (failed: what is wrong, in bokmål, and whom to ask) or ``ikke sjekket`` (could not
run, and why: an earlier check failed, nobody is signed in, the user cancelled). Nothing
that was not read from a service is shown as a fact. Used by ``postvakt-cli sjekk-oppsett``
and the «Sjekk oppsettet» dialog under Innstillinger; the service writes one audit entry per
run (counts per status and the keys that failed, never a secret).

The checks, in order, and what each one reads:

1. ``idporten_discovery``: ID-porten's ``/.well-known/openid-configuration``.
2. ``idporten_client``: the authorize endpoint's answer to the client id with a loopback
   ``redirect_uri`` (``http://127.0.0.1:<port>/callback``, as the sign-in uses), PKCE and
   the scopes Postvakt asks for, without following any redirect and without signing in.
   ID-porten's documentation does not say how it answers an unknown client or a
   redirect_uri not registered on it (felleslosninger/docs ``oidc_protocol_authorize.md``
   says only "Only pre-registered URIs can be used"). Postvakt reads the answer as OAuth
   2.0 prescribes (RFC 6749 §4.1.2.1) [I]: an error shown without a redirect back (4xx) is
   an unknown client or a redirect_uri that is not registered (the two cannot be told
   apart from outside); a redirect back with ``error=invalid_scope`` means the client is
   known and the address registered, but a scope is missing; a redirect elsewhere (the
   login page) or a page means the request was accepted, and the result says what was
   seen (status, and where a redirect led, without its query). Whether ID-porten instead
   sends an unknown client to an error page of its own by redirect is not documented [G];
   the check says that a successful sign-in confirms it. What is documented [V]: a native
   client is a public client (``token_endpoint_auth_method`` ``none``) and "Bruk av
   localhost er ikke tillatt i produksjonsmiljøet for andre enn native klienter"
   (felleslosninger/docs ``oidc_func_clientreg.md``, read 2026-12-06 at edc2469b), and such
   a client registers ``http://127.0.0.1:0/…`` and uses any port (``oidc_auth_sbs.md``).
   ``oidc_protocol_authorize.md`` says "Localhost is allowed only in test environment";
   the two pages disagree for native clients, so the result never depends on it.
3. ``scope:<scope>``, one per scope Postvakt asks for: refused when the authorize endpoint
   says ``invalid_scope`` for a request with ``openid`` and that scope alone; granted when
   the signed-in token's ``scope`` lists it ([V] oidc_protocol_token.md: "The list of
   scopes issued in the access token. Included for convenience only"). Without a sign-in
   and without a refusal, it is «ikke sjekket».
4. ``altinn_exchange``: the ID-porten token exchanged for an Altinn token.
5. ``altinn_party``: the municipality (the workspace's org number) among the parties the
   person can act for (``authorizedparties``).
6. ``maskinportensuppliers``: the end-user ``maskinportensuppliers`` API answers (a bare 404
   means Altinn has not switched on the feature flag, altinn.md "What changed in 2026").
7. ``altinn_profile``: Altinn Profile answers for the municipality's notification addresses.
8. ``maskinporten``: a fresh JWT grant with the stored key and kid gives a token (the
   cached token is dropped first). Refusals are OAuth2 JSON with an MP id in
   ``error_description`` [V] (docs ``maskinporten_feilsoking.md``: ``invalid_grant`` with
   MP-100 "Invalid assertion. Client authentication failed." for a wrong client id, MP-121
   for an expired key, MP-124 "Invalid JWT signature"; MP-200 invalid scope); the client's
   :func:`~desktop_app.integrations.maskinporten.token_error` words them.
9. ``svarut``: a status lookup for one made-up shipment id is accepted with the SvarUt
   konto and integration (``IntegrasjonId`` + ``IntegrasjonPassord``): 200 means the token,
   the integration and its access to the konto are accepted.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import secrets
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx

from desktop_app.domain.cancellation import Cancelled, TaskState
from desktop_app.domain.environments import Environment
from desktop_app.domain.identifiers import format_orgnr
from desktop_app.integrations.altinn_access import AccessManagementClient
from desktop_app.integrations.altinn_problems import FeatureUnavailable
from desktop_app.integrations.altinn_profile import ProfileClient
from desktop_app.integrations.environments import ServiceUrls
from desktop_app.integrations.http import ServiceError, make_client, request_with_retries
from desktop_app.integrations.idporten import CALLBACK_PATH, OidcConfig, SignInError
from desktop_app.integrations.maskinporten import MaskinportenClient
from desktop_app.integrations.svarut import SvarUtClient
from desktop_app.services.practice import Practice
from desktop_app.services.status_refresh import (
    MissingSetup,
    load_setup,
    maskinporten_credentials,
)
from desktop_app.settings import Settings
from desktop_app.storage.secrets import SecretName, SecretStore, SecretStoreError

if TYPE_CHECKING:
    from desktop_app.services.session import Session
    from desktop_app.storage.audit import AuditLog
    from desktop_app.storage.workspaces import Workspace

log = logging.getLogger(__name__)

SUPPLIERS_READ = "altinn:accessmanagement/enduser:maskinportensuppliers.read"
REGISTERED_REDIRECT = f"http://127.0.0.1:0{CALLBACK_PATH}"
"""What the client must have registered: a native client may register a redirect_uri that
starts with ``http://127.0.0.1:0/`` and then use any port at run time [V] felleslosninger/docs
``oidc_auth_sbs.md`` (RFC 8252 §7.3)."""


class Status(StrEnum):
    OK = "ok"
    FAILED = "feil"
    NOT_CHECKED = "ikke sjekket"


class Contact(StrEnum):
    """Whom to ask when a check fails."""

    DIGDIR = "digdir"
    KS = "ks"
    ALTINN = "altinn"
    IT = "it"
    YOU = "deg"

    @property
    def label(self) -> str:
        return _CONTACTS[self]


_CONTACTS = {
    Contact.DIGDIR: "Digdir: Samarbeidsportalen, selvbetjening (samarbeid.digdir.no), der "
    "kommunens integrasjoner i ID-porten og Maskinporten settes opp",
    Contact.KS: "KS: Fiks forvaltning, der kommunens SvarUt-konto og integrasjoner settes opp",
    Contact.ALTINN: "Altinn: kommunens hovedadministrator i Altinn, eller Altinn brukerservice",
    Contact.IT: "IT-avdelingen (nettverk, brannmur eller proxy)",
    Contact.YOU: "deg selv: rett det under Innstillinger i Postvakt",
}


@dataclass(frozen=True)
class CheckResult:
    """One prerequisite: what was found, what to do, whom to ask, and when it was read."""

    key: str
    title: str
    status: Status
    message: str
    ask: Contact | None = None
    checked_at: datetime | None = None
    """When the service answered; None when it was not checked."""


@dataclass(frozen=True)
class SetupReport:
    environment: Environment
    orgnr: str | None
    results: tuple[CheckResult, ...]
    started_at: datetime
    finished_at: datetime
    cancelled: bool = False

    def count(self, status: Status) -> int:
        return sum(1 for r in self.results if r.status is status)

    @property
    def all_ok(self) -> bool:
        return all(r.status is Status.OK for r in self.results)

    @property
    def failed(self) -> list[CheckResult]:
        return [r for r in self.results if r.status is Status.FAILED]


def _challenge() -> str:
    verifier = secrets.token_urlsafe(48)
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def free_loopback_redirect() -> str:
    """``http://127.0.0.1:<free port>/callback``: the shape of the sign-in's redirect_uri.

    Nothing listens there: the probe never follows ID-porten's answer."""
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}{CALLBACK_PATH}"


@dataclass(frozen=True)
class AuthorizeAnswer:
    """How ID-porten's authorize endpoint answered a probe."""

    kind: str
    """``accepted`` (login page, or a code in Øving), ``refused`` (error page, no redirect
    back), ``error`` (redirected back with ``error``), ``server`` (5xx)."""
    status: int
    error: str | None = None
    went_to: str = ""
    """Where a redirect led (scheme, host and path only: the query may hold a code)."""

    @property
    def observed(self) -> str:
        """What ID-porten did, in bokmål, for the result text."""
        if self.went_to:
            return f"HTTP {self.status}, videre til {self.went_to}"
        return f"HTTP {self.status}"


def read_authorize_answer(response: httpx.Response, redirect_uri: str) -> AuthorizeAnswer:
    """Interpret the authorize endpoint's answer (see the module text, check 2) [I]."""
    status = response.status_code
    if 300 <= status < 400:
        location = response.headers.get("Location", "")
        target = urlsplit(location)
        mine = urlsplit(redirect_uri)
        if (target.scheme, target.netloc, target.path) == (mine.scheme, mine.netloc, mine.path):
            query = {k: v[-1] for k, v in parse_qs(target.query).items()}
            if "error" in query:
                return AuthorizeAnswer("error", status, query["error"])
            return AuthorizeAnswer("accepted", status, None, "tilbakeadressen med en kode")
        return AuthorizeAnswer(
            "accepted", status, None, f"{target.scheme}://{target.netloc}{target.path}"
        )
    if status >= 500:
        return AuthorizeAnswer("server", status)
    if status >= 400:
        return AuthorizeAnswer("refused", status)
    return AuthorizeAnswer("accepted", status)


class _Run:
    """The state of one run: results so far, what later checks may rely on."""

    def __init__(self, clock: Callable[[], datetime]) -> None:
        self.clock = clock
        self.results: list[CheckResult] = []

    def ok(self, key: str, title: str, message: str) -> None:
        self.results.append(CheckResult(key, title, Status.OK, message, None, self.clock()))

    def failed(self, key: str, title: str, message: str, ask: Contact) -> None:
        self.results.append(CheckResult(key, title, Status.FAILED, message, ask, self.clock()))

    def skipped(self, key: str, title: str, why: str) -> None:
        self.results.append(CheckResult(key, title, Status.NOT_CHECKED, why))


TITLES = {
    "idporten_discovery": "ID-porten svarer",
    "idporten_client": "Kommunens ID-porten-klient (klient-ID og tilbakeadresse på denne maskinen)",
    "altinn_exchange": "Innloggingen gir tilgang til Altinn",
    "altinn_party": "Du kan representere kommunen i Altinn",
    "maskinportensuppliers": "Altinn-tjenesten for leverandører i Maskinporten "
    "(maskinportensuppliers) er slått på",
    "altinn_profile": "Altinn Profil (varslingsadresser) svarer",
    "maskinporten": "Maskinporten godtar kommunens nøkkel",
    "svarut": "SvarUt godtar kontoen og integrasjonen",
}


def scope_title(scope: str) -> str:
    return f"ID-porten-klienten har scopet «{scope}»"


class SetupCheckService:
    """Runs the checks for the environment in ``urls()``. No Qt; call :meth:`run` off the
    GUI thread. ``session`` is the sign-in service; when it is signed in to the same
    environment, the checks that need a person (Altinn) run too."""

    def __init__(
        self,
        settings: Settings,
        secrets: SecretStore,
        urls: Callable[[], ServiceUrls],
        session: Session | None,
        *,
        audit: AuditLog | None = None,
        practice: Practice | None = None,
        http_factory: Callable[[], httpx.Client] = make_client,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.practice = practice  # Øving's practice accounts, handed in at the edge
        self.settings = settings
        self.secrets = secrets
        self._urls = urls
        self.session = session
        self.audit = audit
        self._http_factory = http_factory
        self._clock = clock

    # -- the run -------------------------------------------------------------------------
    def run(
        self,
        state: TaskState | None = None,
        *,
        orgnr: str | None = None,
        workspace: Workspace | None = None,
        sign_in: Callable[[TaskState], object] | None = None,
    ) -> SetupReport:
        """Every check, in order. ``sign_in`` (optional) signs in when nobody is signed in
        and the ID-porten checks passed (the command line's ``--logg-inn``).

        Cancelling stops the check under way at its next request: what is left says
        «ikke sjekket»."""
        state = state or TaskState()
        urls = self._urls()
        orgnr = orgnr or (workspace.orgnr if workspace is not None else None)
        started = self._clock()
        run = _Run(self._clock)
        cancelled = False
        scopes = self._scopes(urls.environment)
        with self._http_factory() as http:
            ctx = _Context(self, state, urls, http, run, scopes, orgnr, sign_in)
            steps = [
                ctx.discovery,
                ctx.client,
                ctx.scopes_before_sign_in,
                ctx.signed_in,
                ctx.party,
                ctx.suppliers,
                ctx.profile,
                ctx.maskinporten,
                ctx.svarut,
            ]
            for n, step in enumerate(steps):
                try:
                    state.check()
                    step()
                except Cancelled:
                    cancelled = True
                    break
                state.progress(n + 1, len(steps), "")
        if cancelled:
            self._fill_cancelled(run, scopes)
        report = SetupReport(
            urls.environment, orgnr, tuple(run.results), started, self._clock(), cancelled
        )
        self._record(report, workspace)
        return report

    def _scopes(self, env: Environment) -> list[str]:
        if self.session is not None:
            return self.session.scopes(env).split()
        from desktop_app.integrations.idporten import DEFAULT_SCOPES

        return list(DEFAULT_SCOPES)

    @staticmethod
    def _fill_cancelled(run: _Run, scopes: Sequence[str]) -> None:
        keys = [
            "idporten_discovery",
            "idporten_client",
            *[f"scope:{s}" for s in scopes],
            "altinn_exchange",
            "altinn_party",
            "maskinportensuppliers",
            "altinn_profile",
            "maskinporten",
            "svarut",
        ]
        done = {r.key for r in run.results}
        for key in keys:
            if key not in done:
                title = scope_title(key[6:]) if key.startswith("scope:") else TITLES[key]
                run.skipped(key, title, "Ikke sjekket: du avbrøt sjekken før den kom hit.")
        order = {k: i for i, k in enumerate(keys)}
        run.results.sort(key=lambda r: order.get(r.key, len(keys)))

    def _record(self, report: SetupReport, workspace: Workspace | None) -> None:
        if self.audit is None:
            return
        self.audit.append(
            "setup_check.run",
            {
                "miljø": report.environment.value,
                "org.nr": report.orgnr or "",
                "ok": report.count(Status.OK),
                "feil": report.count(Status.FAILED),
                "ikke sjekket": report.count(Status.NOT_CHECKED),
                "feilet": [r.key for r in report.failed],
                "avbrutt": report.cancelled,
            },
            workspace,
        )


@dataclass
class _Context:
    service: SetupCheckService
    state: TaskState
    urls: ServiceUrls
    http: httpx.Client
    run: _Run
    scopes: list[str]
    orgnr: str | None
    sign_in: Callable[[TaskState], object] | None
    config: OidcConfig | None = None
    client_id: str | None = None
    refused_scopes: set[str] = field(default_factory=set)
    scopes_checked: bool = False
    sign_in_problem: ServiceError | None = None
    altinn_ok: bool = False
    party_uuid: str | None = None
    token_ok: bool = False

    def _cancel(self) -> bool:
        return self.state.cancelled

    def _progress(self, text: str) -> None:
        self.state.progress(0, 0, text)

    # -- 1. discovery --------------------------------------------------------------------
    def discovery(self) -> None:
        key, title = "idporten_discovery", TITLES["idporten_discovery"]
        self._progress("Spør ID-porten om oppsettet …")
        try:
            response = request_with_retries(
                self.http,
                "GET",
                self.urls.idporten_discovery,
                idempotent=True,
                service="ID-porten",
                cancel=self._cancel,
                sleep=self.state.wait,
            )
            self.config = OidcConfig.from_json(response.json())
        except (ServiceError, ValueError) as exc:
            message = exc.message_nb if isinstance(exc, ServiceError) else ""
            self.run.failed(
                key,
                title,
                "Postvakt fikk ikke lest oppsettet til ID-porten ("
                f"{self.urls.idporten_discovery}). {message} Sjekk at maskinen "
                "kommer ut på nettet; gjør den det, kan ID-porten ha driftsproblemer: "
                "prøv igjen om litt.".replace("  ", " "),
                Contact.IT,
            )
            return
        self.run.ok(key, title, f"Oppsettet ble lest fra {self.urls.idporten_discovery}.")

    # -- 2. the client -------------------------------------------------------------------
    def _client_id(self) -> tuple[str | None, str | None]:
        """The client id, or None and why (None: not entered; a text: the keyring failed)."""
        session = self.service.session
        if session is None:
            return None, None
        try:
            return session.client_id(self.urls.environment), None
        except SignInError:
            try:
                self.service.secrets.get(SecretName.IDPORTEN_CLIENT_ID)
            except SecretStoreError as exc:
                return None, exc.message_nb
            return None, None

    def _probe(self, client_id: str, scopes: Sequence[str]) -> AuthorizeAnswer:
        assert self.config is not None
        redirect_uri = free_loopback_redirect()
        params = {
            "response_type": "code",
            "client_id": client_id,
            "redirect_uri": redirect_uri,
            "scope": " ".join(scopes),
            "state": secrets.token_urlsafe(16),
            "nonce": secrets.token_urlsafe(16),
            "code_challenge": _challenge(),
            "code_challenge_method": "S256",
            "acr_values": "idporten-loa-substantial",
            "ui_locales": "nb",
        }
        endpoint = self.config.authorization_endpoint
        url = endpoint + ("&" if "?" in endpoint else "?") + urlencode(params)
        response = request_with_retries(
            self.http,
            "GET",
            url,
            idempotent=True,
            service="ID-porten",
            cancel=self._cancel,
            sleep=self.state.wait,
            accept_statuses=range(400, 600),
            max_attempts=2,
            headers={"Accept": "text/html"},
        )
        return read_authorize_answer(response, redirect_uri)

    def client(self) -> None:
        key, title = "idporten_client", TITLES["idporten_client"]
        if self.config is None:
            self.run.skipped(key, title, "Ikke sjekket: ID-porten svarte ikke (se over).")
            return
        client_id, problem = self._client_id()
        if client_id is None:
            if problem is not None:  # the keyring could not be read
                self.run.failed(key, title, problem, Contact.YOU)
                return
            self.run.failed(
                key,
                title,
                "Kommunens ID-porten klient-ID er ikke lagt inn i "
                "Postvakt. Legg den inn under Innstillinger → Innlogging og "
                "nøkler («ID-porten klient-ID»). Har kommunen ingen klient, lag en "
                "i Samarbeidsportalen: integrasjon i ID-porten, klienttype "
                "«native» (offentlig klient uten hemmelighet) med tilbakeadressen "
                f"{REGISTERED_REDIRECT}.",
                Contact.DIGDIR,
            )
            return
        self._progress("Spør ID-porten om klienten …")
        try:
            answer = self._probe(client_id, self.scopes)
        except ServiceError as exc:
            self.run.failed(
                key,
                title,
                f"ID-porten svarte ikke på innloggingsadressen. {exc.message_nb}",
                Contact.IT,
            )
            return
        self.client_id = client_id
        if answer.kind == "refused":
            self.client_id = None
            self.run.failed(
                key,
                title,
                f"ID-porten godtok ikke innloggingen for klient-ID «{client_id}» med "
                "tilbakeadresse på denne maskinen (http://127.0.0.1:<port>/callback), og "
                "sendte ikke svaret tilbake til Postvakt. Enten finnes ikke klienten i dette "
                "miljøet (sjekk at klient-ID-en er riktig og hører til "
                f"{self.urls.environment.label}), eller den har ikke {REGISTERED_REDIRECT} "
                "som tilbakeadresse (redirect URI, med :0 som portnummer). Sjekk klienten i "
                f"Samarbeidsportalen: klienttype «native», tilbakeadresse {REGISTERED_REDIRECT}."
                " ID-porten sier ikke hvilken av de to det er.",
                Contact.DIGDIR,
            )
            return
        if answer.kind == "server":
            self.client_id = None
            self.run.failed(
                key,
                title,
                f"ID-porten svarte med en feil (HTTP {answer.status}) "
                "og kunne ikke sjekke klienten. Prøv igjen om litt.",
                Contact.IT,
            )
            return
        if answer.kind == "error" and answer.error != "invalid_scope":
            self.client_id = None
            self.run.failed(
                key,
                title,
                f"ID-porten sendte feilen «{answer.error}» tilbake for "
                f"klient-ID «{client_id}». Sjekk klienten i Samarbeidsportalen "
                f"(klienttype «native», tilbakeadresse {REGISTERED_REDIRECT}, "
                "autorisasjonskode med PKCE).",
                Contact.DIGDIR,
            )
            return
        self.run.ok(
            key,
            title,
            f"ID-porten godtok innloggingsforespørselen for klient-ID "
            f"«{client_id}» med tilbakeadresse på denne maskinen (http://127.0.0.1) "
            f"uten å vise en feil ({answer.observed}). Det bekreftes helt når "
            "innloggingen lykkes.",
        )
        if answer.kind == "error":  # invalid_scope: find out which ones
            self._find_refused_scopes(client_id)

    def _find_refused_scopes(self, client_id: str) -> None:
        for scope in self.scopes:
            if scope == "openid":
                continue
            self.state.check()
            self._progress(f"Spør ID-porten om scopet {scope} …")
            try:
                answer = self._probe(client_id, ["openid", scope])
            except ServiceError:
                continue  # not known: the scope's own check says so
            if answer.kind == "error" and answer.error == "invalid_scope":
                self.refused_scopes.add(scope)
        self.scopes_checked = True

    # -- 3. scopes, 4. sign-in and the Altinn exchange -----------------------------------
    def scopes_before_sign_in(self) -> None:
        """Sign in if asked to and useful; the scope results come after (from the token)."""
        session = self.service.session
        if (
            self.sign_in is None
            or session is None
            or self.client_id is None
            or self.refused_scopes
            or self._signed_in()
        ):
            return
        try:
            self.sign_in(self.state)
        except Cancelled:
            raise
        except ServiceError as exc:
            self.sign_in_problem = exc  # reported by signed_in()

    def _signed_in(self) -> bool:
        session = self.service.session
        info = session.info if session is not None else None
        return info is not None and info.environment == self.urls.environment

    def signed_in(self) -> None:
        session = self.service.session
        granted = session.granted_scopes() if (session and self._signed_in()) else None
        for scope in self.scopes:
            title = scope_title(scope)
            key = f"scope:{scope}"
            if scope in self.refused_scopes:
                self.run.failed(
                    key,
                    title,
                    f"ID-porten sa nei til scopet «{scope}» for "
                    "kommunens klient (invalid_scope). Be om tilgang til scopet og "
                    "legg det til på klienten i Samarbeidsportalen, eller fjern det "
                    "fra scopelisten under Innstillinger → Pålogging.",
                    _scope_owner(scope),
                )
            elif granted is not None and scope in granted:
                self.run.ok(key, title, "Scopet står i tokenet ID-porten ga ved innloggingen.")
            elif granted is not None:
                self.run.failed(
                    key,
                    title,
                    f"Tokenet ID-porten ga ved innloggingen har ikke "
                    f"scopet «{scope}». Logg inn på nytt (scopelisten kan være "
                    "endret etter innloggingen); mangler det fortsatt, må det "
                    "legges til på klienten i Samarbeidsportalen.",
                    _scope_owner(scope),
                )
            elif self.client_id is None:
                self.run.skipped(
                    key, title, "Ikke sjekket: ID-porten-klienten ble ikke godtatt (se over)."
                )
            elif self.scopes_checked:
                self.run.skipped(
                    key,
                    title,
                    "Ikke sjekket ferdig: ID-porten sa ikke nei til "
                    "scopet, men om klienten har fått det, vises først i tokenet "
                    "etter innlogging. Logg inn og kjør sjekken igjen.",
                )
            else:
                self.run.skipped(
                    key,
                    title,
                    "Ikke sjekket: ID-porten sa ikke nei til scopene "
                    "i forespørselen, men om klienten har fått dem, vises først i "
                    "tokenet etter innlogging. Logg inn og kjør sjekken igjen.",
                )
        self._exchange()

    def _not_signed_in_reason(self) -> str:
        if self.sign_in_problem is not None:
            return (
                f"Ikke sjekket: innloggingen ble ikke fullført: {self.sign_in_problem.message_nb}"
            )
        if self.client_id is None:
            return "Ikke sjekket: ID-porten-klienten ble ikke godtatt (se over)."
        if self.refused_scopes:
            return (
                "Ikke sjekket: innloggingen kan ikke lykkes før klienten har alle scopene "
                "(se over)."
            )
        return (
            "Ikke sjekket: du er ikke logget inn. Logg inn under Innstillinger → Pålogging "
            "(eller bruk --logg-inn på kommandolinjen) og kjør sjekken igjen."
        )

    def _exchange(self) -> None:
        key, title = "altinn_exchange", TITLES["altinn_exchange"]
        session = self.service.session
        exchange_error = self.sign_in_problem
        if exchange_error is not None and not isinstance(exchange_error, SignInError):
            # The sign-in got its ID-porten token; Altinn refused to exchange it.
            self.run.failed(key, title, _exchange_text(exchange_error), Contact.ALTINN)
            return
        if session is None or not self._signed_in():
            self.run.skipped(key, title, self._not_signed_in_reason())
            return
        self._progress("Henter tilgang til Altinn …")
        try:
            session.altinn_token()
        except ServiceError as exc:
            self.run.failed(key, title, _exchange_text(exc), Contact.ALTINN)
            return
        self.altinn_ok = True
        self.run.ok(key, title, "Altinn godtok innloggingen fra ID-porten.")

    # -- 5. the municipality among the parties -------------------------------------------
    def party(self) -> None:
        key, title = "altinn_party", TITLES["altinn_party"]
        session = self.service.session
        if not self.altinn_ok or session is None:
            self.run.skipped(key, title, "Ikke sjekket: uten tilgang til Altinn (se over).")
            return
        if not self.orgnr:
            self.run.skipped(
                key,
                title,
                "Ikke sjekket: ingen arbeidsflate er valgt, så "
                "Postvakt vet ikke hvilken kommune det gjelder.",
            )
            return
        self._progress("Henter virksomhetene du kan representere …")
        try:
            info = session.refresh_parties(self.state)
        except ServiceError as exc:
            self.run.failed(
                key,
                title,
                "Altinn ga ikke listen over virksomhetene du kan "
                f"representere (authorizedparties). {exc.message_nb}",
                Contact.ALTINN,
            )
            return
        shown = format_orgnr(self.orgnr)
        for p in info.organisations:
            if p.organization_number == self.orgnr and p.party_uuid and not p.only_hierarchy:
                self.party_uuid = p.party_uuid
                self.run.ok(key, title, f"{info.name} kan representere {p.name} ({shown}).")
                return
        self.run.failed(
            key,
            title,
            f"{info.name} kan ikke representere {shown} i Altinn. Be "
            "kommunens hovedadministrator i Altinn (ofte daglig leder eller "
            "rådmannens kontor) om å gi deg tilgang, logg inn på nytt og kjør "
            "sjekken igjen.",
            Contact.ALTINN,
        )

    def _altinn_skip(self, key: str, title: str) -> bool:
        if not self.altinn_ok:
            self.run.skipped(key, title, "Ikke sjekket: uten tilgang til Altinn (se over).")
            return True
        if not self.orgnr:
            self.run.skipped(
                key,
                title,
                "Ikke sjekket: ingen arbeidsflate er valgt, så "
                "Postvakt vet ikke hvilken kommune det gjelder.",
            )
            return True
        if self.party_uuid is None:
            self.run.skipped(
                key,
                title,
                "Ikke sjekket: Postvakt vet ikke at du kan representere kommunen (se over).",
            )
            return True
        return False

    # -- 6. maskinportensuppliers --------------------------------------------------------
    def suppliers(self) -> None:
        key, title = "maskinportensuppliers", TITLES["maskinportensuppliers"]
        if self._altinn_skip(key, title):
            return
        session = self.service.session
        assert session is not None and self.party_uuid is not None
        granted = session.granted_scopes() or ()
        if SUPPLIERS_READ not in granted:
            self.run.skipped(
                key,
                title,
                f"Ikke sjekket: scopet «{SUPPLIERS_READ}» er ikke med "
                "i innloggingen, så Postvakt kan ikke spørre. Steget «Deleger til "
                "KS» i DPI-veiviseren viser da veien i Altinn-portalen i stedet.",
            )
            return
        self._progress("Spør Altinn om maskinportensuppliers …")
        client = AccessManagementClient(
            self.urls, session.altinn_token, self.http, cancel=self._cancel, sleep=self.state.wait
        )
        try:
            client.maskinporten_suppliers(self.party_uuid)
        except FeatureUnavailable as exc:
            if exc.reason == "not_enabled":
                self.run.failed(
                    key,
                    title,
                    "Altinn svarer at tjenesten maskinportensuppliers "
                    "ikke finnes her (404): den er ikke slått på i dette miljøet. "
                    "Steget «Deleger til KS» må gjøres i Altinn-portalen til den "
                    "er på; spør Altinn når den kommer.",
                    Contact.ALTINN,
                )
            else:
                self.run.failed(
                    key,
                    title,
                    f"Altinn sa nei (HTTP {exc.status}). {exc.message_nb}",
                    Contact.ALTINN,
                )
            return
        except ServiceError as exc:
            self.run.failed(
                key, title, f"Altinn svarte ikke som ventet. {exc.message_nb}", Contact.ALTINN
            )
            return
        self.run.ok(key, title, "Altinn svarte på maskinportensuppliers for kommunen.")

    # -- 7. Profile ----------------------------------------------------------------------
    def profile(self) -> None:
        key, title = "altinn_profile", TITLES["altinn_profile"]
        if self._altinn_skip(key, title):
            return
        session = self.service.session
        assert session is not None and self.orgnr is not None
        self._progress("Spør Altinn Profil …")
        client = ProfileClient(
            self.urls, session.altinn_token, self.http, cancel=self._cancel, sleep=self.state.wait
        )
        try:
            client.notification_addresses(self.orgnr)
        except ServiceError as exc:
            ask = Contact.IT if exc.status is None else Contact.ALTINN
            self.run.failed(
                key,
                title,
                "Altinn Profil svarte ikke på spørsmålet om kommunens "
                f"varslingsadresser. {exc.message_nb}",
                ask,
            )
            return
        self.run.ok(key, title, "Altinn Profil svarte om kommunens varslingsadresser.")

    # -- 8. Maskinporten, 9. SvarUt ------------------------------------------------------
    def maskinporten(self) -> None:
        key, title = "maskinporten", TITLES["maskinporten"]
        self._progress("Ber Maskinporten om et tilgangsbevis …")
        settings, secrets_ = self.service.settings, self.service.secrets
        try:
            credentials = maskinporten_credentials(
                settings, secrets_, self.urls, self.service.practice
            )
        except MissingSetup as exc:
            self.run.failed(
                key,
                title,
                "Dette mangler under Innstillinger: "
                + ", ".join(exc.missing)
                + ". Klient-ID og nøkkel-ID (kid) står "
                "på kommunens Maskinporten-klient i Samarbeidsportalen.",
                Contact.DIGDIR,
            )
            return
        except SecretStoreError as exc:
            self.run.failed(
                key, title, f"Postvakt fikk ikke lest nøkkelringen. {exc.message_nb}", Contact.YOU
            )
            return
        client = MaskinportenClient(self.http, self.urls, credentials, max_attempts=2)
        client.invalidate()  # a fresh grant: a cached token says nothing about the key now
        try:
            client.token(cancel=self._cancel, sleep=self.state.wait)
        except ServiceError as exc:
            ask = Contact.IT if exc.status is None or exc.retryable else Contact.DIGDIR
            self.run.failed(key, title, exc.message_nb, ask)
            return
        self.token_ok = True
        self.run.ok(
            key,
            title,
            "Maskinporten ga et tilgangsbevis for kommunens klient: "
            "nøkkelen og nøkkel-ID-en er godtatt.",
        )

    def svarut(self) -> None:
        key, title = "svarut", TITLES["svarut"]
        if not self.token_ok:
            self.run.skipped(
                key, title, "Ikke sjekket: uten tilgangsbevis fra Maskinporten (se over)."
            )
            return
        try:
            setup = load_setup(
                self.service.settings, self.service.secrets, self.urls, self.service.practice
            )
        except MissingSetup as exc:
            self.run.failed(
                key,
                title,
                "Dette mangler under Innstillinger: "
                + ", ".join(exc.missing)
                + ". Konto-ID, IntegrasjonId og passord "
                "får kommunens administrator i Fiks forvaltning.",
                Contact.KS,
            )
            return
        except SecretStoreError as exc:
            self.run.failed(
                key, title, f"Postvakt fikk ikke lest nøkkelringen. {exc.message_nb}", Contact.YOU
            )
            return
        self._progress("Spør SvarUt med kontoen og integrasjonen …")
        tokens = MaskinportenClient(self.http, self.urls, setup.maskinporten)
        try:
            client = SvarUtClient(
                self.http,
                self.urls,
                setup.svarut,
                tokens,
                api_version=setup.api_version,
                max_attempts=2,
            )
            client.statuses([str(uuid.uuid4())], cancel=self._cancel, sleep=self.state.wait)
        except ServiceError as exc:
            ask = Contact.IT if exc.status is None or exc.status >= 500 else Contact.KS
            self.run.failed(
                key,
                title,
                f"{exc.message_nb} Konto-ID, IntegrasjonId og "
                "passord står hos kommunens administrator i Fiks forvaltning.",
                ask,
            )
            return
        self.run.ok(
            key, title, "SvarUt godtok kontoen og integrasjonen (et statusoppslag ble besvart)."
        )


def _scope_owner(scope: str) -> Contact:
    """Altinn's scopes are granted by Altinn to the organisation; the client in Samarbeids-
    portalen then gets them (auth.md §2.1) [I]: for ``altinn:`` scopes ask Altinn too."""
    return Contact.ALTINN if scope.startswith("altinn:") else Contact.DIGDIR


def _exchange_text(exc: ServiceError) -> str:
    if exc.status == 403:
        return (
            "Altinn godtok ikke innloggingen (HTTP 403): tokenet fra ID-porten har ingen "
            "scope som begynner med «altinn:». Legg Altinn-scopene til på klienten i "
            "Samarbeidsportalen og i scopelisten under Innstillinger → Pålogging."
        )
    if exc.status == 401:
        return (
            "Altinn godtok ikke innloggingen (HTTP 401): tokenet var ugyldig eller "
            "personen finnes ikke i Altinn. Logg inn på nytt; skjer det igjen, kontakt "
            f"Altinn brukerservice. {exc.message_nb}"
        )
    return f"Altinn svarte ikke på vekslingen av innloggingen. {exc.message_nb}"
