"""The Altinn portal's own download of who holds what: «Last ned til fil» in Tilgangsstyring.

Where the API cannot be used, an administrator can download, on the page «Brukere» or
«Fullmakter» while acting for the municipality, a zip named ``<orgnr>_<yyyy-mm-dd>.zip``
(the date in UTC) with one CSV per kind of grant [V: Altinn/altinn-access-management-frontend
04376dc1, ``DelegationExportService.cs``, ``DelegationExportCsvBuilder.cs``,
``DelegationExportColumnNames.cs``; tests/contracts/portal-delegation-export]:

* ``tilgangspakker.csv`` (nn ``tilgangspakkar.csv``, en ``access_packages.csv``) and
  ``roller.csv`` (en ``roles.csv``), among others; ``;``-separated, UTF-8 with BOM, a header
  row, RFC 4180 quotes, and an apostrophe before a value that starts with ``= + - @``;
* columns Organisasjonsnummer (who gives), Organisasjonsnavn, Tilgangspakkenavn or
  Rollenavn, Mottakernavn, Fødselsdato/Organisasjonsnummer (a person's date of birth as
  dd.mm.yyyy, never the fødselsnummer), Mottakertype, Tilgangspakkekode (the package URN)
  or Rollekode;
* only grants given directly; with «Inkluder fullmakter i … sine underenheter» (offered
  for up to 500 sub-units) each sub-unit's rows too.

The portal warns that the file is not meant to be read by machines and that its format may
change. So columns are found by their names (bokmål, nynorsk or English), in any order, and
a file without them is refused with a message rather than guessed at. A single CSV taken
out of the zip, or saved again from Excel (CSV or XLSX), is read too.

Only grants of confidential post count (:func:`desktop_app.domain.access.grant_code`); the
file has no notification addresses. A bad row is reported by file and line; the rest is read.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import zipfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from desktop_app.domain.access import PACKAGE_CODE, PACKAGE_NAME, grant_code
from desktop_app.domain.identifiers import check_orgnr
from desktop_app.importers.tabular import (
    RowError,
    Table,
    TableError,
    _read_bytes,  # the one careful reader of a path
    read_table,
)

__all__ = ["PortalExport", "PortalExportError", "PortalGrant", "read_portal_export"]

MAX_ARCHIVE_BYTES = 64 << 20  # the zip as downloaded; 500 sub-units of grants is a few MB
MAX_ENTRIES = 50  # the portal writes four
MAX_ENTRY_BYTES = 64 << 20  # one CSV unpacked
MAX_RATIO = 200  # CSV packs 5-20 times; a zip bomb about 1,000 times
MAX_ROWS = 500_000  # rows read in all

# Column names as the portal writes them (nb, nn, en), by what they hold.
_COLUMNS: dict[str, tuple[str, ...]] = {
    "giver_orgnr": ("Organisasjonsnummer", "Organization number"),
    "giver_navn": ("Organisasjonsnavn", "Organization name"),
    "mottaker_id": ("Fødselsdato/Organisasjonsnummer", "Birth date/Organization number"),
    "mottaker_navn": ("Mottakernavn", "Recipient name"),
    "mottaker_type": ("Mottakertype", "Recipient type"),
    "pakke_navn": ("Tilgangspakkenavn", "Access package name"),
    "pakke_kode": ("Tilgangspakkekode", "Access package code"),
    "rolle_navn": ("Rollenavn", "Role name"),
    "rolle_kode": ("Rollekode", "Role code"),
}


def _norm(text: object) -> str:
    return " ".join(str(text or "").replace("\ufeff", "").casefold().split())


_BY_NAME = {_norm(name): key for key, names in _COLUMNS.items() for name in names}
_ZIP_NAME = re.compile(r"(?<!\d)(\d{9})_(\d{4}-\d{2}-\d{2})(?!\d)")
_ESCAPED = re.compile(r"^'(?=[=+\-@\t\r])")  # CsvHelper's InjectionOptions.Escape
_ORGANISATION = {"organisasjon", "organization", "organisation", "virksomhet"}

PORTAL_STEPS_NB = (
    "Logg inn på altinn.no, velg «Bytt» og velg kommunen under «Virksomheter». Åpne "
    "«Tilgangsstyring», velg «Brukere» (eller «Fullmakter») i menyen til venstre og trykk "
    "«Last ned til fil». Slå på «Inkluder fullmakter i … sine underenheter» for å få med "
    "underenhetene (Altinn tilbyr det for inntil 500), og trykk «Start nedlasting». Du får "
    "en zip-fil med navn som 123456789_2026-12-06.zip; bruk den som den er, uten å pakke "
    "den ut. Knappen vises for den som administrerer tilganger for kommunen."
)


class PortalExportError(Exception):
    """The file is not the portal's download; ``str(error)`` says so in bokmål."""


@dataclass(frozen=True)
class PortalGrant:
    """One row that gives access to confidential post: ``code`` is ``PAKKE`` or a role code."""

    file: str  # the CSV inside the download, e.g. tilgangspakker.csv
    line: int
    orgnr: str  # the unit the grant is given from
    unit_name: str
    holder: str  # the recipient's name as the portal writes it
    holder_id: str  # a person's date of birth (dd.mm.yyyy) or an organisation's org.nr
    organisation: bool  # the recipient is an organisation, not a person
    code: str


@dataclass
class PortalExport:
    file_name: str
    reportee: str | None = None  # the org.nr the file was downloaded for (from its name)
    downloaded_on: date | None = None  # from the name (UTC date), else the zip's own date
    units: dict[str, str] = field(default_factory=dict)  # org.nr → name: units it speaks for
    grants: list[PortalGrant] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)  # the CSVs read
    packages_read: bool = False  # a package list was in the file
    roles_read: bool = False  # a role list was in the file

    def holders(self) -> dict[str, dict[tuple[str, str], tuple[str, set[str]]]]:
        """org.nr → (name, id) → (name, codes): who holds confidential post where."""
        out: dict[str, dict[tuple[str, str], tuple[str, set[str]]]] = {
            orgnr: {} for orgnr in self.units
        }
        for g in self.grants:
            key = (" ".join(g.holder.casefold().split()), g.holder_id)
            _, codes = out.setdefault(g.orgnr, {}).setdefault(key, (g.holder, set()))
            codes.add(g.code)
        return out


def read_portal_export(
    source: str | os.PathLike[str] | bytes, file_name: str | None = None
) -> PortalExport:
    """Read the download (a path or its bytes). Raises :class:`PortalExportError`."""
    if isinstance(source, bytes | bytearray):
        data = bytes(source)
        name = file_name or "nedlastingen"
    else:
        name = file_name or Path(source).name
        data = _read_file(source)
    if len(data) > MAX_ARCHIVE_BYTES:
        raise PortalExportError(
            f"«{name}» er på {len(data) >> 20} MB, mer enn Postvakt leser fra portalen "
            f"({MAX_ARCHIVE_BYTES >> 20} MB). Last ned for færre underenheter om gangen."
        )
    if not data.strip():
        raise PortalExportError(f"«{name}» er tom. Last ned filen fra Altinn på nytt.")
    result = PortalExport(name)
    found = _ZIP_NAME.search(name)
    if found and check_orgnr(found.group(1)).ok:
        result.reportee = found.group(1)
        try:
            result.downloaded_on = date.fromisoformat(found.group(2))
        except ValueError:
            result.downloaded_on = None
    parts: list[tuple[str, bytes]]
    if data[:4] == b"PK\x03\x04" and _is_download_zip(data):
        parts, zip_day = _zip_parts(data, name)
        result.downloaded_on = result.downloaded_on or zip_day
    else:
        parts = [(name, data)]  # one CSV (or a workbook) taken out of the zip
    rows = 0
    for part, content in parts:
        rows = _read_part(result, part, content, rows)
    if not result.packages_read:
        if result.roles_read:
            raise PortalExportError(
                f"«{name}» har bare rollene, ikke tilgangspakkene, så den sier ikke hvem som har "
                f"tilgangspakken «{PACKAGE_NAME}». Velg zip-filen fra «Last ned til fil» slik "
                "den ble lastet ned (eller tilgangspakker.csv fra den)."
            )
        raise PortalExportError(
            f"«{name}» ser ikke ut som nedlastingen fra Altinn-portalen: Postvakt fant ingen "
            "liste over tilgangspakker eller roller med kolonnene Organisasjonsnummer, "
            "Mottakernavn og Tilgangspakkekode (eller Rollekode). Velg zip-filen fra «Last ned "
            "til fil» i Altinn, slik den ble lastet ned. Altinn sier at formatet kan endre seg; "
            "si fra til den som har ansvar for Postvakt hvis filen er riktig."
        )
    if not result.roles_read:
        result.errors.append(
            RowError(
                None,
                "Filen har ikke listen over roller (roller.csv), så eldre roller som A0286 er "
                "ikke med. Velg hele zip-filen for å få dem med.",
                skipped=False,
            )
        )
    if result.reportee and result.reportee not in result.units:
        result.units[result.reportee] = ""
    return result


def _read_file(path: str | os.PathLike[str]) -> bytes:
    """The file's bytes: a regular file only, within the reader's limit."""
    try:
        return _read_bytes(path)
    except TableError as exc:
        raise PortalExportError(str(exc)) from None


def _is_download_zip(data: bytes) -> bool:
    """A zip of CSVs (the portal's), not an Excel workbook (also a zip)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
    except (zipfile.BadZipFile, ValueError, OSError):
        return True  # a broken zip: _zip_parts says so
    return "xl/workbook.xml" not in names and "content.xml" not in names


def _zip_parts(data: bytes, name: str) -> tuple[list[tuple[str, bytes]], date | None]:
    broken = PortalExportError(
        f"«{name}» er en skadet zip-fil. Last ned filen fra Altinn på nytt og velg den uten å "
        "pakke den ut."
    )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        raise broken from None
    if len(entries) > MAX_ENTRIES:
        raise PortalExportError(
            f"«{name}» har {len(entries)} filer; nedlastingen fra Altinn har fire. Velg zip-filen "
            "fra «Last ned til fil»."
        )
    parts: list[tuple[str, bytes]] = []
    days: list[date] = []
    for entry in entries:
        base = entry.filename.rsplit("/", 1)[-1]
        if entry.is_dir() or not base.casefold().endswith(".csv"):
            continue
        too_big = entry.file_size > MAX_ENTRY_BYTES
        packed_tight = entry.file_size > (1 << 20) and entry.file_size > MAX_RATIO * max(
            entry.compress_size, 1
        )
        unusual = entry.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
        if too_big or packed_tight or unusual:
            raise PortalExportError(
                f"«{base}» i «{name}» kan ikke leses trygt (for stor eller pakket på en uvanlig "
                "måte). Last ned filen fra Altinn på nytt."
            )
        try:
            with archive.open(entry) as part:
                content = part.read(MAX_ENTRY_BYTES + 1)
        except (zipfile.BadZipFile, ValueError, OSError, EOFError):
            raise broken from None
        except RuntimeError:  # encrypted
            raise broken from None
        if len(content) > MAX_ENTRY_BYTES:
            raise broken
        parts.append((base, content))
        with contextlib.suppress(ValueError):
            days.append(date(*entry.date_time[:3]))
    if not parts:
        raise PortalExportError(
            f"«{name}» inneholder ingen CSV-filer. Velg zip-filen fra «Last ned til fil» i "
            "Altinn-portalen."
        )
    return parts, max(days) if days else None


def _clean(value: object) -> str:
    text = str(value or "").strip()
    return _ESCAPED.sub("", text)


def _read_part(result: PortalExport, part: str, content: bytes, rows: int) -> int:
    if not content.strip(b"\xef\xbb\xbf \r\n\t"):
        return rows
    try:
        table = read_table(content)
    except TableError:
        result.errors.append(
            RowError(None, f"{part}: kunne ikke leses som en tabell og er hoppet over.")
        )
        return rows
    columns: dict[str, int] = {}
    for i, header in enumerate(table.headers):
        key = _BY_NAME.get(_norm(header))
        if key and key not in columns:
            columns[key] = i
    if "giver_orgnr" not in columns:
        return rows  # not one of the portal's lists
    packages = "mottaker_navn" in columns and ("pakke_kode" in columns or "pakke_navn" in columns)
    roles = "mottaker_navn" in columns and ("rolle_kode" in columns or "rolle_navn" in columns)
    result.parts.append(part)
    result.packages_read |= packages
    result.roles_read |= roles and not packages

    errors: list[RowError] = []
    try:
        rows = _PartRows(result, part, columns, packages, roles, errors).read(table, rows)
    finally:
        errors.sort(key=lambda e: e.line or 0)
        result.errors.extend(errors)
    return rows


@dataclass
class _PartRows:
    result: PortalExport
    part: str
    columns: dict[str, int]
    packages: bool
    roles: bool
    errors: list[RowError]

    def cell(self, cells: list[object], key: str) -> str:
        i = self.columns.get(key)
        return _clean(cells[i]) if i is not None and i < len(cells) else ""

    def read(self, table: Table, rows: int) -> int:
        result, part, errors, cell = self.result, self.part, self.errors, self.cell
        packages, roles = self.packages, self.roles
        for line, cells in table.rows:
            rows += 1
            if rows > MAX_ROWS:
                errors.append(
                    RowError(
                        line,
                        f"{part} linje {line}: filen har mer enn {MAX_ROWS:,} rader".replace(
                            ",", " "
                        )
                        + "; resten er ikke lest. Last ned for færre underenheter om gangen.",
                    )
                )
                return rows
            if not any(str(c or "").strip() for c in cells):
                continue
            raw_org = cell(cells, "giver_orgnr")
            org = check_orgnr(raw_org)
            if not org.ok or org.value is None:
                errors.append(
                    RowError(
                        line,
                        f"{part} linje {line}: «{raw_org or 'tomt'}» er ikke et gyldig "
                        "organisasjonsnummer. Raden er hoppet over.",
                    )
                )
                continue
            orgnr = org.value
            unit_name = cell(cells, "giver_navn")
            if orgnr not in result.units or (unit_name and not result.units[orgnr]):
                result.units[orgnr] = unit_name
            if not (packages or roles):
                continue  # another list (single services): it tells which units are covered
            if packages:
                code = grant_code(cell(cells, "pakke_kode")) or grant_code(
                    cell(cells, "pakke_navn")
                )
                code = code if code == PACKAGE_CODE else None
            else:
                code = grant_code(cell(cells, "rolle_kode")) or grant_code(
                    cell(cells, "rolle_navn")
                )
                code = code if code != PACKAGE_CODE else None
            if code is None:
                continue  # a grant that does not open confidential post
            holder = " ".join(cell(cells, "mottaker_navn").split())
            if not holder:
                errors.append(
                    RowError(
                        line,
                        f"{part} linje {line}: navnet på den som har tilgangen mangler. Raden er "
                        "hoppet over.",
                    )
                )
                continue
            holder_id = cell(cells, "mottaker_id")
            kind = _norm(cell(cells, "mottaker_type"))
            organisation = kind in _ORGANISATION or (
                not kind and holder_id.isdigit() and len(holder_id) == 9
            )
            result.grants.append(
                PortalGrant(part, line, orgnr, unit_name, holder, holder_id, organisation, code)
            )
        errors.extend(
            RowError(
                p.line, f"{part} linje {p.line}: {p.reason}" if p.line else f"{part}: {p.reason}"
            )
            for p in table.problems
        )
        return rows
