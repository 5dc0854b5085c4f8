"""Sandbox SvarUt: bulk status (v2 ``status-sok``, v3 ``status/sok``) and ``hendelser``.

Shapes follow KS's OpenAPI files (shared/reference/openapi/); errors use SvarUt's
``ErrorMessage`` body (``timestamp`` as epoch milliseconds, as the spec types it).

Auth as the real service wants it ([V] auth.md §5): a Bearer token issued by the sandbox
Maskinporten with scope ``ks:fiks`` (401 otherwise), ``IntegrasjonId`` and
``IntegrasjonPassord`` of a known integration (401), and access for that integration to
the konto (403); an unknown konto is 404. The ``svarut_credentials_refused`` switch
(:mod:`desktop_app.sandbox.server`) refuses every integration with 401.

The shipments are those of ``resources/demo/svarut-eksport-demo.csv``, all on the practice
konto. Time has moved on since that export: every third shipment that was «varslet» in the
file has been read since, so a refresh visibly changes something. IDs the konto does not
have are left out of the answer ([G]: SvarUt's behaviour is not documented). Tests and the
benchmark add their own integrations, kontoer and shipments with :func:`state`.
"""

from __future__ import annotations

import csv
import random
import threading
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cache
from http import HTTPStatus

from desktop_app.domain.svarut import OSLO, ShipmentStatus, parse_status
from desktop_app.resources import demo_dir
from desktop_app.sandbox import maskinporten
from desktop_app.sandbox._fiction import PEOPLE
from desktop_app.sandbox.server import ADMIN_PREFIX, HttpProblem, Request, Response, Sandbox

SVARUT_SCOPE = "ks:fiks"  # [V] auth.md §5 (Øving's own value, not the client's)
MAX_IDS_PER_CALL = 100
"""[G] svarut.md §2.4: SvarUt's limit is not documented; Øving refuses more than this."""


@dataclass(frozen=True)
class PracticeIntegration:
    """The practice konto and integration every Øving SvarUt knows (fictional)."""

    konto_id: str
    integrasjon_id: str = field(repr=False)
    integrasjon_passord: str = field(repr=False)


def canonical_id(value: str) -> str | None:
    """A forsendelse-ID as a lower-case UUID, or None."""
    try:
        return str(uuid.UUID(value.strip()))
    except (ValueError, AttributeError):
        return None


# Øving's own literal path; the client side names the same one in
# desktop_app/integrations/environments.py (tests/unit/test_sandbox_independent.py).
PREFIX = "/svarut/api"

# The practice konto and integration used in Øving (fictional; not secrets of anyone).
PRACTICE_KONTO_ID = "5f0c3a52-6d0e-4c57-9a43-0d1f7e0b6a01"
PRACTICE_INTEGRASJON_ID = "9b3e6c1d-2f4a-4e8b-8c7d-5a6b7c8d9e02"
PRACTICE_INTEGRASJON_PASSORD = "ovingspassord-fjordvik"


@dataclass
class SandboxShipment:
    id: str
    konto_id: str
    status: ShipmentStatus
    sent_at: datetime
    changed_at: datetime
    digital_only: bool = False

    @property
    def changed_text(self) -> str:
        return self.changed_at.isoformat(timespec="milliseconds")


class SvarUtState:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.kontoer: set[str] = set()
        self.integrations: dict[str, tuple[str, set[str]]] = {}  # id → (passord, kontoer)
        self.shipments: dict[str, SandboxShipment] = {}

    def add_integration(self, integrasjon_id: str, passord: str, kontoer: set[str]) -> None:
        with self.lock:
            self.kontoer.update(kontoer)
            self.integrations[integrasjon_id] = (passord, set(kontoer))

    def add_konto(self, konto_id: str) -> None:
        with self.lock:
            self.kontoer.add(konto_id)

    def add(self, shipment: SandboxShipment) -> None:
        with self.lock:
            self.kontoer.add(shipment.konto_id)
            self.shipments[shipment.id] = shipment

    def generate(self, count: int, konto_id: str = PRACTICE_KONTO_ID, seed: int = 1) -> list[str]:
        """``count`` made-up shipments on ``konto_id`` (for the benchmark); their IDs."""
        rng = random.Random(seed)  # noqa: S311 - test data
        # Statuses every API version knows, so v2 answers stay inside v2's enum.
        statuses = [s for s in ShipmentStatus if 2 in s.api_versions]
        start = datetime(2026, 1, 5, 8, 0, tzinfo=OSLO)
        ids = []
        for _ in range(count):
            sid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
            sent = start + timedelta(minutes=rng.randrange(60 * 24 * 90))
            self.add(
                SandboxShipment(
                    sid,
                    konto_id,
                    rng.choice(statuses),
                    sent,
                    sent + timedelta(hours=rng.randrange(1, 200)),
                )
            )
            ids.append(sid)
        return ids


def state(sandbox: Sandbox) -> SvarUtState:
    return sandbox.service_state("svarut", SvarUtState)


def practice_credentials() -> PracticeIntegration:
    return PracticeIntegration(
        PRACTICE_KONTO_ID, PRACTICE_INTEGRASJON_ID, PRACTICE_INTEGRASJON_PASSORD
    )


def _parse_local(text: str) -> datetime:
    for fmt in ("%d.%m.%Y %H:%M:%S", "%d.%m.%Y %H:%M"):
        try:
            return datetime.strptime(text.strip(), fmt).replace(tzinfo=OSLO)
        except ValueError:
            continue
    return datetime(2026, 1, 1, 9, 0, tzinfo=OSLO)


@cache
def demo_shipments() -> tuple[SandboxShipment, ...]:
    """The demo export's shipments, as SvarUt has them now (see the module docstring)."""
    path = demo_dir() / "svarut-eksport-demo.csv"
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter=";"))
    out = []
    varslet_seen = 0
    for row in rows:
        status = parse_status(row["Status"]) or ShipmentStatus.MOTTATT
        sent = _parse_local(row["Sendt"])
        changed = _parse_local(row["Siste statusendring"])
        if status is ShipmentStatus.VARSLET:
            varslet_seen += 1
            if varslet_seen % 3 == 1:
                status, changed = ShipmentStatus.LEST, changed + timedelta(days=3, hours=2)
        out.append(
            SandboxShipment(
                row["Forsendelse-ID"].strip().lower(),
                PRACTICE_KONTO_ID,
                status,
                sent,
                changed,
                row.get("Kun digital", "").strip().casefold() == "ja",
            )
        )
    return tuple(out)


# ---------------------------------------------------------------------------- events
_RECEIVED = (
    (0, "Mottatt, og tildelt forsendelse-id"),
    (1, "Metadata er validert OK"),
    (3, "Orginaldokumenter er lagret (1 dokument)"),
    (5, "Forsendelsesfil generert"),
    (6, "Akseptert for ekspedering"),
)
_NOTIFIED = (
    "Varsling sent til Altinn. Forsendelsen vil ettersendes som brevpost dersom den "
    "ikke blir lest innen utløp av lesefristen. Lesefristen utløper etter 40 timer."
)
_NOTIFIED_DIGITAL = "Varsling sent til Altinn. Forsendelsen skal kun leveres digitalt."


def events_for(shipment: SandboxShipment) -> list[tuple[datetime, str]]:
    """A plausible event log; strings from svarut.md §2.5 where one is known, else [G]."""
    s, sent, last = shipment.status, shipment.sent_at, shipment.changed_at
    events = [(sent + timedelta(seconds=sec), text) for sec, text in _RECEIVED]
    if s in (ShipmentStatus.AVVIST, ShipmentStatus.FEILET_UNDER_MOTTAK):
        return [events[0], (last, "Forsendelsen ble avvist: metadata mangler eller er ugyldige.")]
    if s in (ShipmentStatus.MOTTATT,):
        return events[:1]
    if s is ShipmentStatus.AKSEPTERT:
        return events
    notified = sent + timedelta(minutes=4)
    note = _NOTIFIED_DIGITAL if shipment.digital_only else _NOTIFIED
    if s is ShipmentStatus.IKKE_LEVERT:
        return [*events, (last, "Forsendelsen kunne ikke leveres digitalt.")]
    events.append((notified, note))
    if s is ShipmentStatus.VARSLET:
        return events
    if s is ShipmentStatus.LEST:
        reader = PEOPLE[int(shipment.id[:2], 16) % len(PEOPLE)]
        if int(shipment.id[2], 16) % 2:
            when = last.strftime("%d.%m.%Y %H:%M:%S")
            return [
                *events,
                (
                    last,
                    f"Lest eksternt {when} av {reader.pid} hos avsender "
                    "fjordvik_kommune i systemet 'arkiv'",
                ),
            ]
        return [*events, (last, "Forsendelsen er lastet ned av mottaker.")]
    events.append((max(notified, last - timedelta(hours=1)), "Lesefrist utløpt."))
    if s is ShipmentStatus.SENDT_DIGITALT:
        return [*events, (last, "Forsendelsen er kun digital og sendes ikke til print.")]
    if s in (ShipmentStatus.SENDT_PRINT, ShipmentStatus.PRINTET):
        events.append((last - timedelta(minutes=30), "Sendt til manuell print"))
        if s is ShipmentStatus.PRINTET:
            events.append((last, "Printet"))
        return events
    if s is ShipmentStatus.MANUELT_HANDTERT:
        return [*events, (last, "Satt til manuelt håndtert av Jonas Bakken.")]
    return [*events, (last, f"Status endret til {s.value}.")]


# ---------------------------------------------------------------------------- errors
def svarut_error(request: Request, status: int, message: str, code: str) -> Response:
    """SvarUt's ErrorMessage body (field names [V]; code values [G])."""
    return Response.json(
        {
            "timestamp": int(time.time() * 1000),
            "status": status,
            "error": HTTPStatus(status).phrase,
            "errorId": str(uuid.uuid4()),
            "path": request.path,
            "originalPath": request.path,
            "message": message,
            "errorCode": code,
            "errorJson": "",  # type string, never null [V] in KS' specs; its content [G]
        },
        status,
    )


class _Denied(Exception):
    def __init__(self, response: Response) -> None:
        super().__init__(response.status)
        self.response = response


def _authorise(sandbox: Sandbox, request: Request) -> set[str]:
    """The kontoer the calling integration may read; raises _Denied."""
    auth = request.header("Authorization") or ""
    scheme, _, token = auth.partition(" ")
    info = maskinporten.state(sandbox).token_info(token.strip()) if scheme == "Bearer" else None
    if info is None or SVARUT_SCOPE not in info.scopes:
        raise _Denied(
            svarut_error(request, 401, "Ugyldig eller utløpt Maskinporten-token.", "UGYLDIG_TOKEN")
        )
    st = state(sandbox)
    with st.lock:
        found = st.integrations.get(request.header("IntegrasjonId") or "")
    if (
        found is None
        or found[0] != (request.header("IntegrasjonPassord") or "")
        or sandbox.switch("svarut_credentials_refused")
    ):
        raise _Denied(
            svarut_error(
                request, 401, "Ukjent integrasjon eller feil passord.", "UGYLDIG_INTEGRASJON"
            )
        )
    return found[1]


def _konto(sandbox: Sandbox, request: Request, allowed: set[str]) -> str:
    konto = request.params["kontoId"].lower()
    st = state(sandbox)
    with st.lock:
        known = konto in st.kontoer
    if not known:
        raise _Denied(svarut_error(request, 404, "Fant ikke kontoen.", "KONTO_IKKE_FUNNET"))
    if konto not in allowed:
        raise _Denied(
            svarut_error(
                request, 403, "Integrasjonen har ikke tilgang til kontoen.", "MANGLER_TILGANG"
            )
        )
    return konto


def _status_search(sandbox: Sandbox, request: Request, key: str) -> Response:
    try:
        allowed = _authorise(sandbox, request)
        konto = _konto(sandbox, request, allowed)
    except _Denied as denied:
        return denied.response
    body = request.json
    ids = body.get(key) if isinstance(body, dict) else None
    if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
        return svarut_error(
            request, 400, f"Feltet {key} mangler eller er ikke en liste.", "UGYLDIG_FORESPORSEL"
        )
    if len(ids) > MAX_IDS_PER_CALL:
        return svarut_error(
            request, 400, f"For mange id-er (høyst {MAX_IDS_PER_CALL}).", "FOR_MANGE_IDER"
        )
    wanted = [canonical_id(i) for i in ids]
    if None in wanted:
        return svarut_error(request, 400, "Ugyldig forsendelse-id.", "UGYLDIG_FORESPORSEL")
    st = state(sandbox)
    with st.lock:
        found = [st.shipments.get(i) for i in wanted]
    statuser = [
        {"id": s.id, "sisteStatusEndring": s.changed_text, "status": s.status.value}
        for s in found
        if s is not None and s.konto_id == konto
    ]
    return Response.json({"statuser": statuser})


def register(sandbox: Sandbox) -> None:
    st = state(sandbox)
    sandbox.declare_switch(
        "svarut_credentials_refused",
        "SvarUt godtar ikke integrasjonen (feil IntegrasjonId eller passord).",
    )
    st.add_integration(PRACTICE_INTEGRASJON_ID, PRACTICE_INTEGRASJON_PASSORD, {PRACTICE_KONTO_ID})
    for shipment in demo_shipments():
        st.add(SandboxShipment(**vars(shipment)))

    @sandbox.route("POST", ADMIN_PREFIX + "svarut/shipments")
    def generate(request: Request) -> Response:
        """``{"count": n, "seed": s}`` → ``{"ids": [...]}``: made-up shipments (benchmark)."""
        data = request.json
        count = data.get("count") if isinstance(data, dict) else None
        if not isinstance(count, int) or not 0 < count <= 1_000_000:
            raise HttpProblem(400, detail="count must be an integer from 1 to 1000000.")
        return Response.json({"ids": st.generate(count, seed=int(data.get("seed", 1)))}, 201)

    @sandbox.route("POST", PREFIX + "/v2/kontoer/{kontoId}/forsendelser/status-sok")
    def status_v2(request: Request) -> Response:
        return _status_search(sandbox, request, "forsendelseIds")

    @sandbox.route("POST", PREFIX + "/v3/kontoer/{kontoId}/forsendelser/status/sok")
    def status_v3(request: Request) -> Response:
        return _status_search(sandbox, request, "id")

    @sandbox.route("GET", PREFIX + "/v2/forsendelser/{forsendelseId}/hendelser")
    def hendelser(request: Request) -> Response:
        try:
            allowed = _authorise(sandbox, request)
        except _Denied as denied:
            return denied.response
        try:
            sid = str(uuid.UUID(request.params["forsendelseId"]))
        except ValueError:
            return svarut_error(request, 400, "Ugyldig forsendelse-id.", "UGYLDIG_FORESPORSEL")
        with st.lock:
            shipment = st.shipments.get(sid)
        if shipment is None:
            return svarut_error(request, 404, "Fant ikke forsendelsen.", "FORSENDELSE_IKKE_FUNNET")
        if shipment.konto_id not in allowed:
            return svarut_error(
                request,
                403,
                "Integrasjonen har ikke tilgang til kontoen forsendelsen ble sendt fra.",
                "MANGLER_TILGANG",
            )
        return Response.json(
            {
                "hendelser": [
                    {"tidspunkt": at.isoformat(timespec="milliseconds"), "hendelse": text}
                    for at, text in events_for(shipment)
                ]
            }
        )
