"""Taushetsbelagt post: who should read it, who can, granting and revoking, the routine.

Shared by the wizard and the command line; no Qt. Altinn is reached only through the small
:class:`AccessApi` protocol, so the service works the same with the real client, the Øving
sandbox, a test fake, or none at all (not signed in: the user types or imports holders and
follows the guided portal steps).
"""

from __future__ import annotations

import html
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Protocol, TypedDict

from desktop_app.domain.access import (
    LEGACY_ROLES,
    LEVEL_LABELS,
    PACKAGE_CODE,
    PACKAGE_NAME,
    PACKAGE_URN,
    REASON_LABELS,
    ApprovedReader,
    CoverageCounts,
    CoverageRow,
    Holder,
    HolderSource,
    Level,
    Reason,
    RoutineSettings,
    UnitRef,
    check_person_identifier,
    coverage,
    coverage_counts,
    grant_code,
    inherits_from,
    next_review,
    nobody_can_read,
    review_due,
    same_person,
)
from desktop_app.domain.cancellation import TaskState
from desktop_app.domain.contacts import check_email, check_mobile
from desktop_app.domain.identifiers import check_orgnr, format_orgnr
from desktop_app.exporters.tables import ExportError, write_csv, write_text, write_xlsx
from desktop_app.importers.svarut_export import normalise_header
from desktop_app.importers.tabular import RowError, TableError, read_table
from desktop_app.language import t
from desktop_app.services.recording import Recorder
from desktop_app.storage.access import AccessRepository
from desktop_app.storage.audit import AuditLog
from desktop_app.storage.database import Database, utc_now
from desktop_app.storage.workspaces import WorkspaceRepository

__all__ = [
    "AccessApi",
    "AccessError",
    "ConfidentialAccessService",
    "GrantPerson",
    "HolderImport",
    "RoutineState",
    "explain_access_error",
]


class AccessError(Exception):
    """Something the user must fix or know; ``message_nb`` says what and what to do."""

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.message_nb = message
        self.field = field


# --- The Altinn side, as a protocol --------------------------------------------------------------


@dataclass(frozen=True)
class GrantPerson:
    """Who to give access to, as Altinn's PersonInput wants it (altinn.md §2.2): a fødselsnummer
    (11 digits) or an Altinn username, and the last name. Never stored by Postvakt."""

    identifier: str
    last_name: str
    name: str = ""  # full name, for the holder list and the log
    email: str = ""


class AccessApi(Protocol):
    """Access Management end-user API for one signed-in person (altinn.md §2).

    Every method raises ``desktop_app.integrations.http.ServiceError`` on failure, with the
    Altinn ProblemDetails code in ``problem_code`` (e.g. ``"AM-24"``) when there is one.
    ``orgnr`` is the organisation number; the adapter looks up its ``partyUuid``
    (AuthorizedParties) itself.
    """

    def holders(self, orgnr: str) -> list[Holder]:
        """Everyone who holds the confidential-post package or an older role (A0286, A0287,
        A0288, SENS01) for ``orgnr``: ``GET /connections?party=…&includeAccessPackages=true``
        plus ``GET /connections/roles``. Return ``Holder`` with ``source=HolderSource.API``,
        ``grants`` of ``PACKAGE_CODE`` and/or role codes, ``party_uuid`` of the person."""
        ...

    def check_delegation(self, orgnr: str) -> bool:
        """May the signed-in person delegate the package for ``orgnr``?
        ``GET /connections/accesspackages/delegationcheck?party=…&packages=<PACKAGE_URN>``."""
        ...

    def grant(self, orgnr: str, person: GrantPerson) -> None:
        """Add the person as rightholder (``POST /connections``) if needed, then delegate the
        package (``POST /connections/accesspackages?party=…&package=<PACKAGE_URN>``), both
        with body ``{personIdentifier, lastName}``."""
        ...

    def revoke(self, orgnr: str, holder: Holder) -> None:
        """Remove the package (``DELETE /connections/accesspackages?party&from&to&package``)
        and delete older roles (``DELETE /connections/roles?…&rolecode=``) of ``holder``."""
        ...


# Altinn problem codes (altinn.md §2.3) in plain words. Matched on the number, so "AM-24",
# "AM-00024" and "24" all work (the exact wire form is a guess [G]).
_PROBLEMS: dict[int, str] = {
    22: "Personen er ikke lagt til som rettighetshaver for virksomheten ennå. Prøv igjen; "
    "Postvakt legger personen til først.",
    23: "Altinn finner ikke virksomheten eller personen. Sjekk organisasjonsnummeret og "
    "fødselsnummeret.",
    24: "Altinn trenger både fødselsnummer (eller brukernavn) og etternavn for å gi en person "
    "tilgang. Fyll inn begge.",
    26: "Altinn har stoppet flere forsøk fordi navn og fødselsnummer ikke passet sammen for "
    "mange ganger. Vent en stund, sjekk etternavnet og fødselsnummeret, og prøv igjen.",
    27: "Altinn kjenner ikke tjenesten. Si fra til den som har ansvar for Postvakt.",
    28: "Du kan ikke gi denne tilgangen for virksomheten. Bare hovedadministratoren i Altinn "
    "(for eksempel daglig leder) eller noen som selv har tilgangspakken, kan gi den videre; "
    "en «Tilgangsstyrer» bare det hen har selv. Postvakt kan forberede tildelingen, så kan "
    "en av dem fullføre den.",
    29: "Altinn klarte ikke å lagre tilgangen. Vent litt og prøv igjen.",
    35: "Altinn kjenner ikke tilgangspakken. Si fra til den som har ansvar for Postvakt.",
    41: "Altinn lar deg ikke gi denne tilgangspakken for virksomheten. Bare "
    "hovedadministratoren i Altinn (for eksempel daglig leder) eller noen som selv har "
    "tilgangspakken, kan gi den videre. Postvakt kan forberede tildelingen, så kan en av "
    "dem fullføre den.",
    42: "Tilgangen kan ikke deles videre. Gi tilgangen i Altinn-portalen i stedet.",
    43: "Altinn fant ikke fødselsnummeret. Sjekk at det er skrevet riktig (11 siffer).",
}


def api_is_off(exc: BaseException) -> bool:
    """The API is switched off or out of reach for the sign-in (FeatureUnavailable), so every
    org.nr will get the same answer; a refusal for one org.nr ("forbidden") is not that."""
    return bool(getattr(exc, "feature", None)) and getattr(exc, "reason", None) in (
        "not_enabled",
        "missing_scope",
    )


def explain_access_error(exc: BaseException) -> str:
    """The bokmål message for a failed Altinn call (problem code first, then HTTP status)."""
    message = getattr(exc, "message_nb", None)
    if getattr(exc, "feature", None) and message:
        return str(message)  # FeatureUnavailable: it says to use the portal steps
    code = getattr(exc, "problem_code", None)
    if code:
        digits = re.sub(r"\D", "", str(code))
        if digits and int(digits) in _PROBLEMS:
            return _PROBLEMS[int(digits)]
    status = getattr(exc, "status", None)
    if status == 429:
        return _PROBLEMS[26]
    if status == 401:
        return "Innloggingen er utløpt. Logg inn på nytt og prøv igjen."
    if status == 403:
        return (
            "Du har ikke tilgang til å se eller endre tilganger for denne virksomheten i "
            "Altinn. Du må være hovedadministrator eller «Tilgangsstyrer» for virksomheten."
        )
    message = getattr(exc, "message_nb", None)
    return message or "Altinn svarte ikke som ventet. Prøv igjen om litt."


# --- Import of holders ---------------------------------------------------------------------------

# The coverage matrix export's columns (bokmål; t() gives them in the user's language).
MATRIX_HEADERS = (
    "Organisasjonsnummer",
    "Virksomhet",
    "Status",
    "Godkjente lesere",
    "Har tilgang",
    "Har tilgang uten godkjenning",
    "Varslingsadresser",
    "Hva må gjøres",
)
HOLDER_HEADERS: dict[str, tuple[str, ...]] = {
    "orgnr": ("Organisasjonsnummer", "Orgnr", "Org.nr", "Org nr", "Virksomhet orgnr"),
    "name": ("Navn", "Person", "Rettighetshaver", "Name"),
    "email": ("E-post", "Epost", "E-postadresse", "Brukernavn", "Email"),
    "grant": ("Tilgang", "Rolle", "Roller", "Tilgangspakke", "Rettighet", "Access"),
}
_HEADER_FIELD = {normalise_header(n): f for f, names in HOLDER_HEADERS.items() for n in names}


@dataclass
class HolderImport:
    holders: list[Holder]
    errors: list[RowError] = field(default_factory=list)


# --- Routine -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RoutineState:
    settings: RoutineSettings
    saved: bool
    started: date | None
    last_review: date | None
    next_due: date | None
    due: bool
    reviews: list[tuple[date, str, str]]


class AccessOverview(TypedDict):
    """Everything the access page shows (:meth:`ConfidentialAccessService.overview`)."""

    units: list[UnitRef]
    rows: list[CoverageRow]
    approved: list[ApprovedReader]
    holders: list[Holder]
    routine: RoutineState


# What altinn_reads calls the two things Postvakt reads per org number.
READ_HOLDERS, READ_ADDRESSES = "tilgang", "varsling"


# --- The service ---------------------------------------------------------------------------------


class ConfidentialAccessService:
    """Approved readers, who holds the package, grants and revocations, the routine. Each
    confirmed change is audited here, in the change's own transaction."""

    def __init__(self, db: Database, audit: AuditLog | None = None) -> None:
        self.repo = AccessRepository(db)
        self.workspaces = WorkspaceRepository(db)
        self.recorder = Recorder(db, audit)

    # -- org numbers ----------------------------------------------------------------------
    def units(self, workspace_id: int) -> list[UnitRef]:
        """The org numbers of the workspace that can receive post (deleted units left out)."""
        return [
            UnitRef(u.orgnr, u.name, u.deleted, inherits_from(u.org_form, u.parent_orgnr))
            for u in self.workspaces.list_org_units(workspace_id)
            if not u.deleted
        ]

    def _require_unit(self, workspace_id: int, orgnr: str) -> str:
        result = check_orgnr(orgnr)
        if not result.ok or result.value is None:
            raise AccessError(result.error or "Ugyldig organisasjonsnummer.", "orgnr")
        if result.value not in {u.orgnr for u in self.units(workspace_id)}:
            raise AccessError(
                f"{format_orgnr(result.value)} er ikke en virksomhet i arbeidsflaten. Legg den "
                "til under Virksomheter først.",
                "orgnr",
            )
        return result.value

    # -- approved readers -----------------------------------------------------------------
    def approved(self, workspace_id: int) -> list[ApprovedReader]:
        return self.repo.approved(workspace_id)

    def add_approved(
        self,
        workspace_id: int,
        orgnr: str,
        name: str,
        email: str,
        reason: Reason,
        mobile: str = "",
        approved_by: str = "",
        today: date | None = None,
    ) -> ApprovedReader:
        reader = self._checked_reader(
            workspace_id, orgnr, name, email, reason, mobile, approved_by, today
        )
        with self.recorder.change():
            saved = self.repo.add_approved(workspace_id, reader)
            self.recorder.write(
                workspace_id,
                "access.approved_added",
                {"orgnr": saved.orgnr, "navn": saved.name, "grunn": saved.reason.value},
            )
        return saved

    def update_approved(
        self,
        workspace_id: int,
        reader_id: int,
        name: str,
        email: str,
        reason: Reason,
        mobile: str = "",
        approved_by: str = "",
        today: date | None = None,
    ) -> ApprovedReader:
        """Change a reader on the approved list (same checks as adding); the approval date
        becomes ``today``, since what was approved has changed."""
        current = next((r for r in self.repo.approved(workspace_id) if r.id == reader_id), None)
        if current is None:
            raise AccessError(
                "Personen står ikke lenger på godkjent-listen. Last siden på nytt.", "name"
            )
        reader = self._checked_reader(
            workspace_id,
            current.orgnr,
            name,
            email,
            reason,
            mobile,
            approved_by,
            today,
            ignore_id=reader_id,
        )
        with self.recorder.change():
            saved = self.repo.update_approved(workspace_id, reader_id, reader)
            self.recorder.write(
                workspace_id,
                "access.approved_changed",
                {
                    "orgnr": saved.orgnr,
                    "navn": saved.name,
                    "var": current.name,
                    "grunn": saved.reason.value,
                },
            )
        return saved

    def _checked_reader(
        self,
        workspace_id: int,
        orgnr: str,
        name: str,
        email: str,
        reason: Reason,
        mobile: str,
        approved_by: str,
        today: date | None,
        ignore_id: int | None = None,
    ) -> ApprovedReader:
        orgnr = self._require_unit(workspace_id, orgnr)
        clean = " ".join((name or "").split())
        if not clean:
            raise AccessError("Skriv inn navnet på personen.", "name")
        contact = (email or "").strip()
        if "@" in contact:
            checked = check_email(contact)
            if not checked.ok:
                raise AccessError(checked.error or "", "email")
            contact = checked.value or contact
        phone = ""
        if (mobile or "").strip():
            m = check_mobile(mobile)
            if not m.ok:
                raise AccessError(m.error or "", "mobile")
            phone = m.value or ""
        try:
            reason = Reason(reason)
        except ValueError:
            raise AccessError("Velg hvorfor personen skal ha tilgang.", "reason") from None
        reader = ApprovedReader(
            None,
            orgnr,
            clean,
            contact,
            reason,
            phone,
            " ".join(approved_by.split()),
            today or date.today(),
        )
        if any(
            r.key == reader.key
            for r in self.repo.approved(workspace_id)
            if r.orgnr == orgnr and r.id != ignore_id
        ):
            raise AccessError(
                f"{clean} står allerede på godkjent-listen for {format_orgnr(orgnr)}.", "name"
            )
        return reader

    def remove_approved(self, workspace_id: int, reader_id: int) -> None:
        current = next((r for r in self.repo.approved(workspace_id) if r.id == reader_id), None)
        if current is None:
            return  # already gone (removed in another window): nothing changed
        with self.recorder.change():
            self.repo.remove_approved(workspace_id, reader_id)
            self.recorder.write(
                workspace_id,
                "access.approved_removed",
                {"orgnr": current.orgnr, "navn": current.name},
            )

    # -- holders --------------------------------------------------------------------------
    def holders(self, workspace_id: int) -> list[Holder]:
        return self.repo.holders(workspace_id)

    def add_holder(
        self, workspace_id: int, orgnr: str, name: str, email: str, grants: Sequence[str]
    ) -> Holder:
        """A holder the user saw in the Altinn portal and typed in."""
        orgnr = self._require_unit(workspace_id, orgnr)
        clean = " ".join((name or "").split())
        if not clean:
            raise AccessError("Skriv inn navnet på personen som har tilgangen.", "name")
        codes = tuple(dict.fromkeys(c for g in grants if (c := grant_code(g))))
        if not codes:
            raise AccessError(
                "Velg hvilken tilgang personen har (tilgangspakken eller en eldre rolle).", "grant"
            )
        holder = Holder(None, orgnr, clean, (email or "").strip(), codes, HolderSource.MANUAL)
        with self.recorder.change():
            self.repo.add_holders(workspace_id, [holder])
            self.recorder.write(
                workspace_id,
                "access.holder_recorded",
                {"orgnr": orgnr, "navn": clean, "tilgang": list(codes), "kilde": "manuell"},
            )
        return holder

    def import_holders(
        self,
        workspace_id: int,
        source: str | os.PathLike[str] | bytes,
        state: TaskState | None = None,
        source_name: str | None = None,
    ) -> HolderImport:
        """Read holders from CSV/XLSX (columns Organisasjonsnummer, Navn, E-post, Tilgang) and
        save the good rows. A bad row is reported with its line; the rest loads."""
        try:
            table = read_table(source)
        except TableError as exc:
            raise AccessError(str(exc)) from None
        columns: dict[str, int] = {}
        for i, header in enumerate(table.headers):
            f = _HEADER_FIELD.get(normalise_header(header)) if header else None
            if f and f not in columns:
                columns[f] = i
        missing = [HOLDER_HEADERS[f][0] for f in ("orgnr", "name", "grant") if f not in columns]
        if missing:
            raise AccessError(
                "Listen mangler kolonnene "
                + ", ".join(f"«{m}»" for m in missing)
                + ". Den må ha Organisasjonsnummer, Navn og Tilgang (og gjerne E-post)."
            )
        known = {u.orgnr for u in self.units(workspace_id)}
        result = HolderImport([])

        def cell(cells: list[object], name: str) -> str:
            i = columns.get(name)
            if i is None or i >= len(cells):
                return ""
            return str(cells[i] or "").strip()

        for count, (line, cells) in enumerate(table.rows):
            if state is not None and count % 500 == 0:
                state.check()
            if not any(str(c or "").strip() for c in cells):
                continue
            org = check_orgnr(cell(cells, "orgnr"))
            name = " ".join(cell(cells, "name").split())
            grants = tuple(
                dict.fromkeys(
                    c
                    for g in re.split(r"[;,/+]| og ", cell(cells, "grant"))
                    if (c := grant_code(g))
                )
            )
            problem = ""
            if not org.ok or org.value is None:
                problem = org.error or "Ugyldig organisasjonsnummer."
            elif org.value not in known:
                problem = (
                    f"{format_orgnr(org.value)} er ikke en virksomhet i arbeidsflaten. "
                    "Legg den til under Virksomheter, og importer på nytt."
                )
            elif not name:
                problem = "Navnet mangler."
            elif not grants:
                problem = (
                    f"«{cell(cells, 'grant') or 'tom'}» gir ikke tilgang til "
                    "taushetsbelagt post. Skriv tilgangspakken eller rollen "
                    "(A0286, A0287, A0288 eller SENS01)."
                )
            if problem or org.value is None:
                result.errors.append(RowError(line, f"Linje {line}: {problem}"))
                continue
            result.holders.append(
                Holder(None, org.value, name, cell(cells, "email"), grants, HolderSource.IMPORT)
            )
        result.errors.extend(table.problems)
        result.errors.sort(key=lambda e: e.line or 0)
        if source_name is None:
            source_name = Path(os.fsdecode(source)).name if not isinstance(source, bytes) else ""
        with self.recorder.change():
            if result.holders:
                self.repo.add_holders(workspace_id, result.holders)
            self.recorder.write(
                workspace_id,
                "access.holders_imported",
                {"fil": source_name, "antall": len(result.holders), "feil": len(result.errors)},
            )
        return result

    def refresh_holders(
        self, api: AccessApi, workspace_id: int, state: TaskState | None = None
    ) -> list[tuple[str, str]]:
        """Read holders from Altinn for every org number. What was read is saved unit by unit
        (a failure keeps the rest); returns ``(orgnr, message)`` for each that failed."""
        failed: list[tuple[str, str]] = []
        units = self.units(workspace_id)
        for i, unit in enumerate(units):
            if state is not None:
                state.check()
                state.progress(i, len(units), f"Leser tilganger for {unit.name}")
            try:
                found = api.holders(unit.orgnr)
            except Exception as exc:
                failed.append((unit.orgnr, explain_access_error(exc)))
                if api_is_off(exc):  # the same answer for every org.nr: stop asking
                    failed += [(u.orgnr, failed[-1][1]) for u in units[i + 1 :]]
                    break
                continue
            self._store_read(workspace_id, unit.orgnr, found)
        self.recorder.write(
            workspace_id,
            "access.holders_read",
            {"kilde": "altinn", "lest": len(units) - len(failed), "feil": len(failed)},
        )
        return failed

    def grant(
        self, api: AccessApi, workspace_id: int, orgnr: str, person: GrantPerson
    ) -> list[Holder]:
        """Check that the signed-in person may delegate, grant the package, and read the
        holders of ``orgnr`` again. Raises :class:`AccessError` with a plain message."""
        orgnr = self._require_unit(workspace_id, orgnr)
        if not (person.last_name or "").strip():
            raise AccessError(_PROBLEMS[24], "last_name")
        ident, error = check_person_identifier(person.identifier)
        if ident is None:
            raise AccessError(error or _PROBLEMS[24], "identifier")
        try:
            if not api.check_delegation(orgnr):
                raise AccessError(_PROBLEMS[28])
            api.grant(
                orgnr, GrantPerson(ident, person.last_name.strip(), person.name, person.email)
            )
            found = api.holders(orgnr)
        except AccessError:
            raise
        except Exception as exc:
            raise AccessError(explain_access_error(exc)) from exc
        with self.recorder.change():
            holders = self._store_read(workspace_id, orgnr, found)
            self.recorder.write(
                workspace_id,
                "access.granted",
                {
                    "orgnr": orgnr,
                    "navn": person.name,
                    "tilgang": PACKAGE_CODE,
                    "via": "altinn",
                    "lest_tilbake": any(
                        PACKAGE_CODE in h.grants and same_person(h, person) for h in holders
                    ),
                },
            )
        return holders

    def revoke(self, api: AccessApi | None, workspace_id: int, holder: Holder) -> None:
        """Remove ``holder``'s access: through Altinn when ``api`` is given, else only from
        Postvakt's list (the user removed it in the portal)."""
        found: list[Holder] | None = None
        if api is not None:
            try:
                api.revoke(holder.orgnr, holder)
                found = api.holders(holder.orgnr)  # read back what Altinn has now
            except Exception as exc:
                raise AccessError(explain_access_error(exc)) from exc
        details: dict[str, object] = {
            "orgnr": holder.orgnr,
            "navn": holder.name,
            "tilgang": list(holder.grants),
            "via": "altinn" if api is not None else "portal",
        }
        with self.recorder.change():
            if found is not None:
                self._store_read(workspace_id, holder.orgnr, found)
                details["lest_tilbake"] = not any(
                    same_person(h, holder) and set(h.grants) & set(holder.grants) for h in found
                )
            elif holder.id is not None:
                self.repo.remove_holder(workspace_id, holder.id)
            self.recorder.write(workspace_id, "access.revoked", details)

    def _store_read(self, workspace_id: int, orgnr: str, found: Sequence[Holder]) -> list[Holder]:
        """What Altinn answered for ``orgnr``: its holders, and when they were read."""
        holders = [
            Holder(None, orgnr, h.name, h.email, h.grants, HolderSource.API, h.party_uuid)
            for h in found
        ]
        # A holder typed in or imported before is confirmed when Altinn has the same person
        # with (at least) the same access: Altinn's record takes its place. One Altinn does
        # not have stays, «ført inn for hånd».
        confirmed = [
            h
            for h in self.repo.holders(workspace_id)
            if h.orgnr == orgnr
            and h.source not in (HolderSource.API, HolderSource.PORTAL)
            and h.id is not None
            and any(same_person(h, x) and set(h.grants) <= set(x.grants) for x in holders)
        ]
        with self.recorder.change():
            self.repo.replace_read_holders(workspace_id, orgnr, holders)
            for h in confirmed:
                if h.id is not None:  # (always: only stored holders were taken)
                    self.repo.remove_holder(workspace_id, h.id)
            self.repo.mark_read(workspace_id, orgnr, READ_HOLDERS, utc_now())
        return holders

    # -- the matrix -----------------------------------------------------------------------
    def matrix(self, workspace_id: int) -> list[CoverageRow]:
        return self._coverage(
            workspace_id,
            self.units(workspace_id),
            self.repo.approved(workspace_id),
            self.repo.holders(workspace_id),
        )

    def _coverage(
        self,
        workspace_id: int,
        units: list[UnitRef],
        approved: list[ApprovedReader],
        holders: list[Holder],
    ) -> list[CoverageRow]:
        return coverage(
            units,
            approved,
            holders,
            self.repo.addresses(workspace_id),
            self.repo.reads(workspace_id, READ_HOLDERS),
            self.repo.reads(workspace_id, READ_ADDRESSES),
            self.repo.portal_reads(workspace_id),
        )

    def counts(self, workspace_id: int) -> CoverageCounts:
        """The coverage in numbers, as every page shows it."""
        return coverage_counts(self.matrix(workspace_id))

    def overview(self, workspace_id: int) -> AccessOverview:
        """Everything the access page shows, each table read once: units, the coverage
        rows, approved readers, holders and the routine."""
        units = self.units(workspace_id)
        approved = self.repo.approved(workspace_id)
        holders = self.repo.holders(workspace_id)
        rows = self._coverage(workspace_id, units, approved, holders)
        return {
            "units": units,
            "rows": rows,
            "approved": approved,
            "holders": holders,
            "routine": self.routine(workspace_id),
        }

    def export_matrix(self, workspace_id: int, path: str | os.PathLike[str]) -> int:
        """The coverage matrix as XLSX (name ends in .xlsx) or CSV for Excel; returns rows."""
        labels = {level: t(label) for level, label in LEVEL_LABELS.items()}
        headers = [t(h) for h in MATRIX_HEADERS]
        rows = [
            (
                format_orgnr(r.orgnr),
                r.name,
                labels[r.level],
                ", ".join(a.name for a in r.approved),
                ", ".join(h.name for h in r.holders),
                ", ".join(h.name for h in r.extras),
                ", ".join(a.shown for a in r.addresses),
                " ".join(r.problems),
            )
            for r in self.matrix(workspace_id)
        ]
        target = Path(path)
        try:
            if target.suffix.lower() == ".xlsx":
                written = write_xlsx(target, {t("Taushetsbelagt post"): (headers, rows)})
            else:
                written = write_csv(target, headers, rows)
        except ExportError as exc:
            raise AccessError(exc.message) from None
        self.recorder.write(
            workspace_id, "access.matrix_exported", {"fil": target.name, "rader": written}
        )
        return written

    def nobody_can_read_count(self, workspace_id: int) -> int:
        return nobody_can_read(self.matrix(workspace_id))

    # -- routine --------------------------------------------------------------------------
    def routine(self, workspace_id: int, today: date | None = None) -> RoutineState:
        settings, started = self.repo.routine(workspace_id)
        reviews = self.repo.reviews(workspace_id)
        last = reviews[0][0] if reviews else None
        s = settings or RoutineSettings()
        today = today or date.today()
        return RoutineState(
            s,
            settings is not None,
            started,
            last,
            next_review(s, last, started) if settings else None,
            settings is not None and review_due(s, last, today, started),
            reviews,
        )

    def save_routine(self, workspace_id: int, settings: RoutineSettings) -> RoutineState:
        if not settings.approver_title.strip() and not settings.approver_name.strip():
            raise AccessError(
                "Skriv inn hvem som godkjenner tilganger (stilling eller navn).", "approver"
            )
        if settings.review_months < 1 or settings.review_months > 24:
            raise AccessError(
                "Velg hvor ofte tilgangene skal gås gjennom (1-24 måneder).", "interval"
            )
        with self.recorder.change():
            self.repo.save_routine(workspace_id, settings)
            self.recorder.write(
                workspace_id,
                "access.routine_saved",
                {
                    "godkjenner": settings.approver_title or settings.approver_name,
                    "gjennomgang_måneder": settings.review_months,
                },
            )
        return self.routine(workspace_id)

    def record_review(
        self, workspace_id: int, reviewer: str, note: str = "", day: date | None = None
    ) -> RoutineState:
        day = day or date.today()
        who = " ".join(reviewer.split())
        with self.recorder.change():
            self.repo.add_review(workspace_id, day, who, note.strip())
            self.recorder.write(
                workspace_id, "access.reviewed", {"av": who, "dato": day.isoformat()}
            )
        return self.routine(workspace_id)

    def export_routine(
        self, workspace_id: int, path: str | os.PathLike[str], writer: Callable[[str, Path], Path]
    ) -> Path:
        """Write the routine document with ``writer(html, path)`` (PDF or ODT, made by the
        caller's document toolkit) and record the export."""
        written = writer(self.routine_document(workspace_id), Path(path))
        self.recorder.write(workspace_id, "access.routine_exported", {"fil": written.name})
        return written

    def record_routine_printed(self, workspace_id: int, pages: int) -> None:
        """The routine went to a printer: as its export, it is recorded."""
        self.recorder.write(workspace_id, "access.routine_printed", {"sider": pages})

    def routine_document(self, workspace_id: int) -> str:
        """The routine as it is saved and printed: its HTML with the audit log's anchor."""
        return self.routine_html(workspace_id) + self.recorder.anchor_html()

    def routine_html(self, workspace_id: int, today: date | None = None) -> str:
        """The routine document (HTML) from the workspace's answers and its current state, in
        the user's language (:func:`desktop_app.language.t`)."""
        today = today or date.today()
        ws = self.workspaces.get(workspace_id)
        ws_name = ws.name if ws else t("Kommunen")
        st = self.routine(workspace_id, today)
        s = st.settings
        rows = self.matrix(workspace_id)
        e = html.escape
        approver = " – ".join(x for x in (s.approver_title, s.approver_name) if x) or t(
            "(ikke valgt)"
        )
        admin = s.administrator or t("hovedadministratoren i Altinn (for eksempel daglig leder)")
        reviewer = s.reviewer or approver
        roles = ", ".join(f"{code} ({name})" for code, name in LEGACY_ROLES.items())

        def p(text: str, **values: str) -> str:
            """A paragraph: the text escaped, the values escaped and in bold."""
            bold = {k: f"<b>{e(v)}</b>" for k, v in values.items()}
            return "<p>" + e(text).format(**bold) + "</p>"

        def h2(text: str) -> str:
            return f"<h2>{e(text)}</h2>"

        meta = t(
            "Laget med Postvakt {day}. Gjelder {count} organisasjonsnumre.",
            day=today.strftime("%d.%m.%Y"),
            count=len(rows),
        )
        package = t(PACKAGE_NAME)
        parts = [
            f"<h1>{e(t('Rutine for tilgang til taushetsbelagt post – {name}', name=ws_name))}</h1>",
            f"<p class='meta'>{e(meta)}</p>",
            h2(t("1. Formål")),
            p(
                t(
                    "Taushetsbelagt post i Altinn kan bare leses av personer som har fått tilgangen "
                    "særskilt. Ingen har den automatisk, heller ikke daglig leder eller "
                    "hovedadministrator. Hvert organisasjonsnummer skal ha minst én navngitt leser, "
                    "og bare ansatte med tjenstlig behov skal ha tilgangen."
                )
            ),
            h2(t("2. Hvem godkjenner")),
            p(
                t(
                    "Tilgang godkjennes av {approver}. Godkjenningen skal si hvem, for hvilket "
                    "organisasjonsnummer og hvorfor (barnevern, helse, skole, administrasjon eller "
                    "annet)."
                ),
                approver=approver,
            ),
            h2(t("3. Slik gis tilgang")),
            "<p>"
            + e(
                t(
                    "Tilgangen gis av {admin}, i Altinn, som tilgangspakken «{package}» ({urn}). "
                    "Eldre roller som fortsatt kan vises: {roles}. Hver tildeling og fjerning "
                    "føres i Postvakts logg."
                )
            ).format(
                admin=f"<b>{e(admin)}</b>", package=e(package), urn=e(PACKAGE_URN), roles=e(roles)
            )
            + "</p>",
            h2(t("4. Varsling")),
            p(
                t(
                    "Bare de som kan lese posten, skal stå som varslingsmottakere for "
                    "organisasjonsnummeret. Hver leser legger selv inn sin personlige "
                    "varslingsadresse i Altinn og bekrefter den med en sekssifret kode."
                )
            ),
            h2(t("5. Gjennomgang")),
            p(
                t(
                    "Tilgangene gås gjennom {every} av {reviewer}: sjekk at alle som har tilgang står "
                    "på godkjent-listen, fjern tilgang for dem som har sluttet eller byttet oppgaver, "
                    "og sjekk varslingsadressene."
                ),
                every=_every(s.review_months),
                reviewer=reviewer,
            ),
        ]
        if st.last_review:
            last = t("Siste gjennomgang: {day}.", day=st.last_review.strftime("%d.%m.%Y"))
            parts.append(f"<p>{e(last)}</p>")
        if st.next_due:
            due = t("Neste gjennomgang: {day}.", day=st.next_due.strftime("%d.%m.%Y"))
            parts.append(f"<p>{e(due)}</p>")
        if s.notes.strip():
            parts += [h2(t("6. Merknader")), f"<p>{e(s.notes).replace(chr(10), '<br>')}</p>"]
        parts.append(h2(t("Vedlegg: status per organisasjonsnummer")))
        heads = (t("Org.nr"), t("Virksomhet"), t("Godkjente lesere"), t("Har tilgang"), t("Status"))
        parts.append("<table><tr>" + "".join(f"<th>{e(h)}</th>" for h in heads) + "</tr>")
        labels = {level: t(label) for level, label in LEVEL_LABELS.items()}
        for r in rows:
            approved = (
                "<br>".join(f"{e(a.name)} ({e(t(REASON_LABELS[a.reason]))})" for a in r.approved)
                or "–"
            )
            holders = "<br>".join(e(h.name) for h in r.holders) or "–"
            # Red rows say "nobody can read" in the label already: list the rest.
            what = " ".join(r.problems[1:] if r.level is Level.BAD else r.problems)
            parts.append(
                f"<tr><td>{format_orgnr(r.orgnr)}</td><td>{e(r.name)}</td>"
                f"<td>{approved}</td><td>{holders}</td>"
                f"<td><b>{e(labels[r.level])}</b><br>{e(what)}</td></tr>"
            )
        parts.append("</table>")
        return "\n".join(parts)


def _every(months: int) -> str:
    return t("hver måned") if months == 1 else t("hver {months}. måned", months=months)


def default_export_name(workspace_name: str, suffix: str) -> str:
    safe = re.sub(r"[^\w\- ]+", "", workspace_name).strip().replace(" ", "-") or "kommune"
    return f"rutine-taushetsbelagt-post-{safe}{suffix}"


def save_text(path: str | os.PathLike[str], text: str) -> Path:
    """Write a UTF-8 text file atomically (temporary file, then rename); a failed or
    interrupted write leaves no temporary file. Raises :class:`ExportError`."""
    return write_text(Path(path), text)
