"""Sandbox «Last ned til fil»: the Altinn portal's download of who holds what, from Øving's
own state, so a user can try reading it into Postvakt.

Built independently of Postvakt's reader, from the portal's source [V: Altinn/
altinn-access-management-frontend 04376dc1, backend ``DelegationExportController.cs``,
``DelegationExportService.cs``, ``DelegationExportCsvBuilder.cs``,
``DelegationExportColumnNames.cs``]: ``GET /accessmanagement/api/v1/delegationexport?
partyUuid=…&includeSubunits=true|false`` answers a zip named ``<orgnr>_<yyyy-mm-dd>.zip``
with ``roller.csv``, ``tilgangspakker.csv``, ``enkelttjenester.csv`` and
``enkelttjenester-instans.csv``: ``;``-separated, UTF-8 with BOM, a header row, an
apostrophe before a value that starts with ``= + - @``. A person is written by date of
birth (dd.mm.yyyy), never the fødselsnummer; only grants given directly are listed.

Øving's own: ``orgnr=`` may stand for ``partyUuid`` (the page links to the file by org
number). Sub-units are the units registered directly under the party as BEDR or AAFY (the
real list is Altinn's ``subunits`` of the party, which is taken to follow the same rule [I]). No sign-in is asked for: the
sandbox only listens on this machine. Roles are written with their code as Øving keeps it
(the real code of an older role in Altinn 3 is not in the source read [I]).
"""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import UTC, datetime

from desktop_app.sandbox import _fiction
from desktop_app.sandbox._altinn import org_by_number, organisations, people
from desktop_app.sandbox.altinn_access import PACKAGES, ROLES, access_state
from desktop_app.sandbox.server import HttpProblem, Request, Response, Sandbox

PATH = "/accessmanagement/api/v1/delegationexport"

# The portal's literal column names and file names (bokmål) [V] DelegationExportColumnNames.cs.
_ROLE_COLUMNS = (
    "Organisasjonsnummer",
    "Organisasjonsnavn",
    "Rollenavn",
    "Mottakernavn",
    "Fødselsdato/Organisasjonsnummer",
    "Mottakertype",
    "Rollekode",
)
_PACKAGE_COLUMNS = (
    "Organisasjonsnummer",
    "Organisasjonsnavn",
    "Tilgangspakkenavn",
    "Mottakernavn",
    "Fødselsdato/Organisasjonsnummer",
    "Mottakertype",
    "Tilgangspakkekode",
)
_SINGLE_COLUMNS = (
    "Organisasjonsnummer",
    "Organisasjonsnavn",
    "Tjenestenavn",
    "Mottakernavn",
    "Fødselsdato/Organisasjonsnummer",
    "Mottakertype",
    "Ressurs-ID",
)
_INSTANCE_COLUMNS = (*_SINGLE_COLUMNS, "Instans-ID")

_PACKAGE_NAMES = {  # Øving's names for the packages it knows
    "urn:altinn:accesspackage:post-til-virksomheten-med-taushetsbelagt-innhold": (
        "Post til virksomheten med taushetsbelagt innhold"
    ),
    "urn:altinn:accesspackage:ordinaer-post-til-virksomheten": "Ordinær post til virksomheten",
    "urn:altinn:accesspackage:tilgangsstyrer": "Tilgangsstyrer",
    "urn:altinn:accesspackage:hovedadministrator": "Hovedadministrator",
}
_ROLE_NAMES = {
    "A0286": "Taushetsbelagt post (helse, sosial og omsorg)",
    "A0287": "Taushetsbelagt post – oppvekst og utdanning",
    "A0288": "Taushetsbelagt post – administrasjon",
    "DAGL": "Daglig leder",
}
_ROLE_CODES = {"DAGL": "daglig-leder"}  # as Altinn 3 writes the ER role [V] mock data
_LEFT_OUT_ROLES = {"rettighetshaver", "supplier"}  # not roles the portal lists [I]


def _escaped(value: str) -> str:
    """CsvHelper's InjectionOptions.Escape: an apostrophe before = + - @ TAB CR."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def _born(pid: str | None) -> str:
    """dd.mm.yyyy from a (made-up) fødselsnummer; the century from the individual number."""
    if not pid or len(pid) != 11 or not pid.isdigit():
        return ""
    day, month, year, individual = int(pid[:2]), pid[2:4], int(pid[4:6]), int(pid[6:9])
    century = 2000 if individual >= 500 and year < 40 else 1900
    return f"{day % 40:02d}.{month}.{century + year}"


def _csv(columns: tuple[str, ...], rows: list[tuple[str, ...]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_escaped(v or "") for v in row])
    return out.getvalue().encode("utf-8-sig")


def _under(orgnr: str) -> list[str]:
    """The sub-units of ``orgnr``: the units registered directly under it as BEDR or AAFY,
    the ER roles Altinn makes a party's parent from [V: RoleSyncService, altinn-portal.md
    §D]; an organisasjonsledd is its own party with its own sub-units [I]."""
    return [
        o.orgnr
        for o in _fiction.organisations()
        if o.parent == orgnr and o.form in ("BEDR", "AAFY") and not o.deleted
    ]


def export_zip(sandbox: Sandbox, orgnr: str, include_subunits: bool) -> tuple[str, bytes]:
    """(file name, zip) for ``orgnr`` from what the sandbox's Altinn holds now."""
    state = access_state(sandbox)
    orgs = organisations()
    persons = people()
    givers = [orgnr, *(_under(orgnr) if include_subunits else [])]
    by_uuid = {p.orgnr: u for u, p in orgs.items() if p.orgnr}
    role_rows: list[tuple[str, ...]] = []
    package_rows: list[tuple[str, ...]] = []
    for giver in givers:
        giver_party = orgs.get(by_uuid.get(giver, ""))
        if giver_party is None:
            continue
        for (frm, to), link in sorted(state.links.items(), key=lambda kv: kv[0][1]):
            if frm != giver_party.uuid:
                continue
            recipient = persons.get(to) or orgs.get(to)
            if recipient is None:
                continue
            ident = _born(recipient.pid) if recipient.pid else (recipient.orgnr or "")
            kind = recipient.type  # "Person" or "Organisasjon"
            head = (giver, giver_party.name)
            for urn in sorted(link.packages):
                if urn not in PACKAGES:
                    continue
                name = _PACKAGE_NAMES.get(urn, urn.rsplit(":", 1)[-1])
                package_rows.append((*head, name, recipient.name, ident, kind, urn))
            for urn in sorted(link.roles):
                code = ROLES.get(urn, (urn.rsplit(":", 1)[-1], ""))[0]
                if code in _LEFT_OUT_ROLES:
                    continue
                role_name = _ROLE_NAMES.get(code, code)
                role_code = _ROLE_CODES.get(code, code)
                role_rows.append((*head, role_name, recipient.name, ident, kind, role_code))
    files = {
        "roller.csv": _csv(_ROLE_COLUMNS, role_rows),
        "tilgangspakker.csv": _csv(_PACKAGE_COLUMNS, package_rows),
        "enkelttjenester.csv": _csv(_SINGLE_COLUMNS, []),
        "enkelttjenester-instans.csv": _csv(_INSTANCE_COLUMNS, []),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    day = datetime.now(UTC).strftime("%Y-%m-%d")
    return f"{orgnr}_{day}.zip", buffer.getvalue()


def register(sandbox: Sandbox) -> None:
    @sandbox.route("GET", PATH)
    def delegation_export(request: Request) -> Response:
        party = orgs_party(request)
        include = request.query.get("includeSubunits", "false").strip().lower() == "true"
        name, content = export_zip(sandbox, party, include)
        return Response(
            200,
            content,
            {"Content-Disposition": f'attachment; filename="{name}"'},
            "application/zip",
        )

    def orgs_party(request: Request) -> str:
        uuid = request.query.get("partyUuid", "")
        orgnr = request.query.get("orgnr", "")
        party = organisations().get(uuid) if uuid else org_by_number(orgnr)
        if party is None or not party.orgnr or party.orgnr == _fiction.KS_ORGNR:
            # [V] DelegationExportController: a party not among the user's is 403
            raise HttpProblem(403, detail="The party was not found in your list of reportees.")
        return party.orgnr
