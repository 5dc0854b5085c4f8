"""Regionoversikt: every municipality as one row, for a regional coordinator.

A row is built from a workspace on this machine, or from a status file a municipality that
runs its own Postvakt sent in (:mod:`desktop_app.services.status_file`). A row holds counts,
dates and step states only: never a person's name, address or number, so the overview and
its exports can be shared in the region without care.

What each column means, and where it comes from:

* DPI-oppsett: confirmed steps of the seven, and whether the delegation to KS was read back
  from Altinn by Postvakt (``Verification.API``) or only confirmed by hand.
* Uten leser / ukjent: org numbers known to have nobody who can read confidential post, and
  those never read from Altinn (``coverage_counts``: unknown is not a red fact).
* Uten varslingsadresse: org numbers read or recorded without any notification address;
  those whose addresses were never read are counted apart.
* Siste kontroll: the newest saved unopened-post check and its letters at risk.
* Gjennomgang: the access routine's next review, and whether it is overdue.
* Lest fra Altinn: the newest and the oldest read of who holds access.

No Qt here: the page and ``postvakt-cli oversikt`` share it.
"""

from __future__ import annotations

import html
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from desktop_app.domain.access import coverage_counts
from desktop_app.domain.checklist import Verification
from desktop_app.domain.dates import local_date
from desktop_app.domain.dpi_onboarding import Step
from desktop_app.domain.identifiers import format_orgnr
from desktop_app.domain.svarut import OSLO
from desktop_app.exporters.tables import ExportError, write_xlsx
from desktop_app.language import t
from desktop_app.services.confidential_access import ConfidentialAccessService
from desktop_app.services.dpi_onboarding import DpiOnboardingService
from desktop_app.storage.database import Database
from desktop_app.storage.runs import RunRepository
from desktop_app.storage.workspaces import WorkspaceRepository

SOURCE_LOCAL = "lokal"  # a workspace on this machine
SOURCE_FILE = "statusfil"  # imported from a municipality's status file

# The page a row opens, most urgent first (the keys of the main window's navigation).
PAGE_ACCESS, PAGE_NOTIFY, PAGE_UNOPENED, PAGE_DPI, PAGE_OVERVIEW = (
    "taushetsbelagt",
    "varsling",
    "uapnet",
    "dpi",
    "oversikt",
)
STALE_CHECK_DAYS = 35  # a check older than this is due again (a monthly routine and a week)


class RegionError(Exception):
    """``message`` (bokmål) says what to do."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class RegionRow:
    """One municipality in the regional overview. Counts and dates only."""

    name: str
    orgnr: str
    source: str  # SOURCE_LOCAL or SOURCE_FILE
    workspace_id: int | None = None  # set for SOURCE_LOCAL
    is_demo: bool = False
    dpi_done: int = 0
    dpi_total: int = 7
    ks_read_back: bool = False  # the delegation to KS was read back from Altinn
    units: int = 0  # org numbers that can receive post
    without_reader: int = 0  # known: nobody can read confidential post there
    reader_unknown: int = 0  # never read from Altinn nor recorded
    without_notification: int = 0  # known: no notification address
    notification_unknown: int = 0
    last_check_at: str | None = None  # ISO-8601 UTC of the newest saved unopened check
    last_check_at_risk: int | None = None
    review_saved: bool = False  # the access routine is set up
    review_next: str | None = None  # ISO date of the next review
    review_overdue: bool = False
    altinn_read_newest: str | None = None  # ISO-8601 UTC
    altinn_read_oldest: str | None = None
    made_at: str | None = None  # SOURCE_FILE: when the municipality made the file
    anchor: str = ""  # SOURCE_FILE: the municipality's audit anchor in the file
    fingerprint: str = ""  # SOURCE_FILE: the signing key's fingerprint
    imported_at: str | None = None  # SOURCE_FILE: when it was imported here
    routine: str = ""  # the scheduled check, as text ("" when none)

    @property
    def key(self) -> str:
        """One row per source and org number."""
        return f"{self.source}:{self.orgnr}:{self.workspace_id or ''}"

    def as_json(self) -> dict[str, Any]:
        """The row as the status file carries it (``workspace_id``, ``source`` and the
        import's own fields are left out: they belong to the machine that reads it)."""
        skip = {"workspace_id", "source", "anchor", "fingerprint", "imported_at", "made_at"}
        return {k: getattr(self, k) for k in self.__dataclass_fields__ if k not in skip}

    @classmethod
    def from_json(cls, data: dict[str, Any], **extra: object) -> RegionRow:
        known: dict[str, Any] = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        known.update(extra)
        return cls(**known)


def check_age_days(row: RegionRow, today: date) -> int | None:
    if not row.last_check_at:
        return None
    try:
        when = datetime.fromisoformat(row.last_check_at).astimezone(OSLO).date()
    except ValueError:
        return None
    return max(0, (today - when).days)  # a check dated after today: a clock that was ahead


def needs(row: RegionRow, today: date) -> list[tuple[str, str]]:
    """What needs work, most urgent first, as ``(page key, sentence)`` in the user's language
    (:func:`desktop_app.language.t`); empty when nothing does."""
    found: list[tuple[str, str]] = []
    if row.without_reader:
        found.append(
            (
                PAGE_ACCESS,
                t("{n} org.nr uten noen som kan lese taushetsbelagt post.", n=row.without_reader),
            )
        )
    if row.last_check_at_risk:
        found.append(
            (
                PAGE_UNOPENED,
                t("{n} brev i faresonen ved siste kontroll.", n=row.last_check_at_risk),
            )
        )
    if row.reader_unknown:
        found.append((PAGE_ACCESS, t("{n} org.nr er ikke lest fra Altinn.", n=row.reader_unknown)))
    if row.without_notification:
        found.append(
            (PAGE_NOTIFY, t("{n} org.nr uten varslingsadresse.", n=row.without_notification))
        )
    age = check_age_days(row, today)
    if age is None:
        found.append((PAGE_UNOPENED, t("Ingen kontroll av uåpnet post er lagret.")))
    elif age > STALE_CHECK_DAYS:
        found.append(
            (PAGE_UNOPENED, t("Siste kontroll av uåpnet post er {n} dager gammel.", n=age))
        )
    if row.review_overdue:
        found.append((PAGE_ACCESS, t("Gjennomgangen av tilgangene er forfalt.")))
    elif not row.review_saved:
        found.append((PAGE_ACCESS, t("Rutinen for tilganger er ikke laget.")))
    if row.dpi_done < row.dpi_total:
        found.append(
            (
                PAGE_DPI,
                t("DPI-oppsett: {done} av {total} steg.", done=row.dpi_done, total=row.dpi_total),
            )
        )
    elif not row.ks_read_back:
        found.append((PAGE_DPI, t("Delegeringen til KS er ikke lest tilbake fra Altinn.")))
    return found


def page_for(row: RegionRow, today: date) -> str:
    """The page that needs work first (Oversikt when nothing does)."""
    found = needs(row, today)
    return found[0][0] if found else PAGE_OVERVIEW


def severity(row: RegionRow, today: date) -> str:
    """``bad`` (someone cannot read, or letters at risk), ``warn`` (something to do),
    ``ok`` (nothing)."""
    if row.without_reader or row.last_check_at_risk:
        return "bad"
    return "warn" if needs(row, today) else "ok"


def dpi_text(row: RegionRow) -> str:
    text = f"{row.dpi_done}/{row.dpi_total}"
    return text + (t(", KS lest tilbake") if row.ks_read_back else t(", KS ikke lest tilbake"))


def check_text(row: RegionRow) -> str:
    if not row.last_check_at:
        return t("Ingen")
    risk = row.last_check_at_risk or 0
    return t("{day}, {n} i faresonen", day=local_date(row.last_check_at), n=risk)


def review_text(row: RegionRow) -> str:
    if not row.review_saved:
        return t("Ingen rutine")
    when = local_date(row.review_next) if row.review_next else t("ikke satt")
    return t("Forfalt {day}", day=when) if row.review_overdue else t("Neste {day}", day=when)


def source_text(row: RegionRow) -> str:
    if row.source == SOURCE_FILE:
        return t("Statusfil laget {when}", when=local_date(row.made_at, True))
    return t("Øvingsdata på denne maskinen") if row.is_demo else t("Denne maskinen")


COLUMNS = (
    "Kommune",
    "Org.nr",
    "DPI-oppsett",
    "Uten leser",
    "Ukjent (ikke lest)",
    "Uten varslingsadresse",
    "Siste kontroll",
    "Brev i faresonen",
    "Gjennomgang",
    "Sist lest fra Altinn",
    "Fast kontroll",
    "Kilde",
    "Hva må gjøres",
)


def table_row(row: RegionRow, today: date) -> list[object]:
    """The row as the exports show it (numbers stay numbers for Excel)."""
    return [
        row.name,
        format_orgnr(row.orgnr),
        dpi_text(row),
        row.without_reader,
        row.reader_unknown,
        row.without_notification,
        local_date(row.last_check_at) or t("Ingen"),
        row.last_check_at_risk if row.last_check_at else None,
        review_text(row),
        local_date(row.altinn_read_newest) or t("Aldri"),
        row.routine or t("Ingen"),
        source_text(row),
        " ".join(text for _page, text in needs(row, today)) or t("Ingenting"),
    ]


# The PDF's columns (fewer than the Excel file's, so they fit a landscape page) and widths.
PDF_COLUMNS = (
    ("Kommune", 17),
    ("DPI-oppsett", 10),
    ("Uten leser", 6),
    ("Ukjent", 6),
    ("Uten varsling", 7),
    ("Siste kontroll", 12),
    ("Gjennomgang", 10),
    ("Lest fra Altinn", 8),
    ("Hva må gjøres først", 24),
)


class RegionService:
    """Builds the rows, keeps the imported status files, exports the overview."""

    def __init__(
        self,
        db: Database,
        access: ConfidentialAccessService,
        dpi: DpiOnboardingService,
        routine_text: Callable[[int], str] | None = None,
    ) -> None:
        self.db = db
        self.access = access
        self.dpi = dpi
        self.workspaces = WorkspaceRepository(db)
        self.runs = RunRepository(db)
        self._routine_text = routine_text

    # -- rows -----------------------------------------------------------------------------
    def local_row(self, workspace_id: int, today: date | None = None) -> RegionRow:
        workspace = self.workspaces.get(workspace_id)
        if workspace is None:
            raise RegionError("Fant ikke arbeidsflaten. Den kan være slettet i et annet vindu.")
        today = today or date.today()
        state = self.dpi.load(workspace_id)
        ks = state.record(Step.DELEGER_KS.value)
        rows = self.access.matrix(workspace_id)
        counts = coverage_counts(rows)
        reads = [r.holders_read_at for r in rows if r.holders_read_at]
        routine = self.access.routine(workspace_id, today)
        runs = self.runs.list_runs(workspace_id, kind="unopened")
        last = runs[0] if runs else None
        return RegionRow(
            name=workspace.name,
            orgnr=workspace.orgnr,
            source=SOURCE_LOCAL,
            workspace_id=workspace.id,
            is_demo=workspace.is_demo,
            dpi_done=state.confirmed_count,
            dpi_total=len(state.order),
            ks_read_back=ks.confirmed and ks.verification is Verification.API,
            units=counts.total,
            without_reader=counts.bad,
            reader_unknown=counts.unknown,
            without_notification=sum(
                1 for r in rows if r.holders_known and r.addresses_known and not r.addresses
            ),
            notification_unknown=sum(1 for r in rows if not r.addresses_known),
            last_check_at=last.finished_at if last else None,
            last_check_at_risk=last.at_risk_count if last else None,
            review_saved=routine.saved,
            review_next=routine.next_due.isoformat() if routine.next_due else None,
            review_overdue=routine.due,
            altinn_read_newest=max(reads) if reads else None,
            altinn_read_oldest=min(reads) if reads else None,
            routine=self._routine_text(workspace_id) if self._routine_text else "",
        )

    def rows(
        self, today: date | None = None, *, imported: Iterable[RegionRow] = ()
    ) -> list[RegionRow]:
        """Every workspace on this machine (the demo last), then the imported rows."""
        local = []
        for workspace in self.workspaces.list():
            try:
                local.append(self.local_row(workspace.id, today))
            except RegionError:  # deleted in another window meanwhile
                continue
        return local + sorted(imported, key=lambda r: r.name.casefold())

    # -- exports ----------------------------------------------------------------------------
    def export_xlsx(
        self, rows: list[RegionRow], path: str | os.PathLike[str], today: date | None = None
    ) -> Path:
        today = today or date.today()
        target = Path(path)
        try:
            columns = [t(c) for c in COLUMNS]
            write_xlsx(
                target, {t("Regionoversikt"): (columns, [table_row(r, today) for r in rows])}
            )
        except ExportError as exc:
            raise RegionError(exc.message) from None
        return target

    @staticmethod
    def overview_html(rows: list[RegionRow], today: date | None = None, anchor: str = "") -> str:
        """The overview as a document (HTML) for the PDF: a landscape table."""
        today = today or date.today()
        e = html.escape
        made = datetime.now(UTC).astimezone(OSLO).strftime("%d.%m.%Y %H:%M")
        count = t("{n} kommune", n=len(rows)) if len(rows) == 1 else t("{n} kommuner", n=len(rows))
        meta = t(
            "Laget med Postvakt {when}. {count}. Bare antall, datoer og steg: ingen "
            "personopplysninger. «Ukjent» betyr at Postvakt ikke har lest det fra Altinn, ikke "
            "at noe er galt.",
            when=made,
            count=count,
        )
        parts = [
            f"<h1>{e(t('Regionoversikt – taushetsbelagt post og DPI'))}</h1>",
            f"<p class='meta'>{e(meta)}</p>",
            "<table width='100%'><tr>"
            + "".join(f"<th width='{w}%'>{e(t(c))}</th>" for c, w in PDF_COLUMNS)
            + "</tr>",
        ]
        for row in rows:
            found = needs(row, today)
            first = found[0][1] if found else t("Ingenting.")
            more = t(" (+{n} til)", n=len(found) - 1) if len(found) > 1 else ""
            check = e(check_text(row))
            ks = t("lest tilbake") if row.ks_read_back else t("ikke lest")
            cells = [
                f"{e(row.name)}<br><span class='meta'>{format_orgnr(row.orgnr)} · "
                f"{e(source_text(row))}</span>",
                e(f"{row.dpi_done}/{row.dpi_total}, KS: {ks}"),
                str(row.without_reader),
                str(row.reader_unknown),
                str(row.without_notification),
                f"<b>{check}</b>" if row.last_check_at_risk else check,
                e(review_text(row)),
                e(local_date(row.altinn_read_newest) or t("Aldri")),
                e(first) + e(more),
            ]
            parts.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
        parts.append("</table>")
        if anchor:
            parts.append(
                f"<p class='meta'>{e(t('Kontrollpunkt for loggen: {anchor}', anchor=anchor))}</p>"
            )
        return "\n".join(parts)


@dataclass
class Filter:
    """What the page and the command line filter on."""

    text: str = ""
    only_needing_work: bool = False
    sources: set[str] = field(default_factory=lambda: {SOURCE_LOCAL, SOURCE_FILE})

    def keep(self, row: RegionRow, today: date) -> bool:
        if row.source not in self.sources:
            return False
        if self.only_needing_work and not needs(row, today):
            return False
        wanted = self.text.strip().casefold()
        return (
            not wanted
            or wanted in row.name.casefold()
            or wanted in row.orgnr
            or wanted.replace(" ", "") in row.orgnr
        )
