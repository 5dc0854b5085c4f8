"""postvakt-cli: Postvakt without a window, for scheduled routines and quick checks.

Exit codes: 0 done, 1 the check found problems (or the store could not be opened),
2 wrong input; ``unopened`` adds 3 (letters at risk) and 4 (unopened letters that cannot be
tied to a recipient, which goes before 3: the check could not show that all is well). Any
command ends with 141 (128 + SIGPIPE) when its reader stops early (``… | head``), as Unix
tools do; a script with ``set -o pipefail`` sees that code.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop_app import __version__
from desktop_app.argparse_nb import BokmalParser
from desktop_app.cli_plan import add_commands as add_plan_commands
from desktop_app.cli_plan import run as run_plan_command
from desktop_app.cli_region import add_commands as add_region_commands
from desktop_app.cli_region import run as run_region_command
from desktop_app.cli_setup_check import add_command as add_setup_check_command
from desktop_app.cli_setup_check import run as run_setup_check
from desktop_app.domain.identifiers import format_orgnr
from desktop_app.storage.database import Database, StorageError
from desktop_app.storage.paths import DataFolderError, app_paths

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_INPUT = 2


_Parser = BokmalParser  # exit code 2 (EXIT_INPUT) on wrong input


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="postvakt-cli",
        description="Postvakt uten vindu: arbeidsflater, logg og kontroll av uåpnet post, "
        "for faste rutiner og "
        "raske kontroller.",
        epilog="Avslutningskoder: 0 = ferdig, 1 = kontrollen fant feil eller dataene kunne "
        "ikke åpnes, 2 = feil i det du skrev, 3 = brev i faresonen (unopened), 4 = uåpnede "
        "brev som ikke kan knyttes til en mottaker (unopened), "
        "141 = den som leste utdataene, sluttet før slutten (for eksempel «| head»), som for "
        "andre kommandoer; med «set -o pipefail» er det koden skriptet ser. "
        "Data ligger samme sted som for Postvakt-vinduet (POSTVAKT_HOME flytter dem).",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"Postvakt {__version__}",
        help="vis versjonen og avslutt",
    )
    commands = parser.add_subparsers(dest="command", metavar="KOMMANDO", parser_class=_Parser)

    workspaces = commands.add_parser(
        "workspaces",
        help="arbeidsflater (én per kommune)",
        description="Vis eller lag arbeidsflater.",
    )
    ws_commands = workspaces.add_subparsers(
        dest="ws_command", metavar="HANDLING", parser_class=_Parser
    )
    ws_list = ws_commands.add_parser(
        "list", help="vis alle arbeidsflater", description="Vis alle arbeidsflater."
    )
    ws_list.add_argument("--json", action="store_true", help="skriv ut som JSON")
    ws_create = ws_commands.add_parser(
        "create",
        help="lag en ny arbeidsflate",
        description="Lag en arbeidsflate for en kommune. Dette skrives i loggen.",
    )
    ws_create.add_argument("--navn", required=True, help="navn, for eksempel «Fjordvik kommune»")
    ws_create.add_argument(
        "--orgnr", required=True, help="kommunens organisasjonsnummer (9 siffer)"
    )

    audit = commands.add_parser(
        "audit",
        help="loggen over alt som er gjort",
        description="Kontroller eller eksporter loggen.",
    )
    audit_commands = audit.add_subparsers(
        dest="audit_command", metavar="HANDLING", parser_class=_Parser
    )
    verify = audit_commands.add_parser(
        "verify",
        help="kontroller at ingen oppføringer er endret eller slettet",
        description="Kontroller at ingen oppføringer i loggen er endret eller slettet. "
        "Avslutter med kode 1 hvis noe er galt.",
    )
    verify.add_argument(
        "--mot",
        metavar="FIL|HODE",
        help="kontroller også mot et kontrollpunkt tatt tidligere: en eksportert fil som "
        "har det (PDF, statusfil, CSV), eller kontrollpunktet selv (ANTALL:HODE, for eksempel "
        "57:hmac:3fa0…). Finner omskriving, oppføringer fjernet fra slutten og en eldre kopi "
        "av databasen som er lagt tilbake",
    )
    export = audit_commands.add_parser(
        "export",
        help="lagre loggen som CSV-fil for Excel",
        description="Lagre hele loggen som en CSV-fil som kan åpnes i Excel.",
    )
    export.add_argument("fil", metavar="FIL", type=Path, help="filen som skal lages")

    unopened = commands.add_parser(
        "unopened",
        help="finn taushetsbelagt post til virksomheter som ikke er åpnet",
        description="Les en eksport av forsendelser fra SvarUt og finn taushetsbelagte brev til "
        "virksomheter som ingen har åpnet. Filen er nok: uten --lagre blir ingenting lagret "
        "eller skrevet i loggen, og det trengs ingen arbeidsflate. Med --out lagres en liste "
        "over hvem som må kontaktes (Excel med arkene «Mottakere» og «Brev», eller én "
        "CSV-fil). Med --lagre lagres kontrollen i arbeidsflaten og skrives i loggen (bare "
        "antall, ingen mottakere).",
        epilog="Avslutningskoder: 0 = ingen i faresonen, 1 = feil ved lesing/lagring, "
        "2 = feil i kommandoen (eller --refresh uten oppsett for SvarUt), 3 = brev i faresonen, "
        "4 = uåpnede brev som ikke kan knyttes til en mottaker fordi filen mangler "
        "organisasjonsnummeret (da kan ikke kontrollen si at alt er i orden; 4 går foran 3), "
        "141 = den som leste utdataene, sluttet før slutten (for eksempel «| head»). "
        "Nettverksfeil under --refresh endrer ikke koden: statusene fra filen brukes, og det "
        "skrives en merknad. Feltnavn for --kolonne: " + _field_names() + ".",
    )
    unopened.add_argument(
        "--import",
        dest="import_file",
        metavar="FIL",
        type=Path,
        required=True,
        help="eksporten fra SvarUt (CSV eller XLSX)",
    )
    unopened.add_argument(
        "--out",
        metavar="FIL",
        type=Path,
        help="lagre listen i FIL.xlsx (Excel) eller FIL.csv (én fil)",
    )
    tie = unopened.add_mutually_exclusive_group()
    tie.add_argument(
        "--workspace",
        metavar="ID",
        type=int,
        help="knytt kontrollen til arbeidsflaten med denne ID-en (se "
        "«postvakt-cli workspaces list»)",
    )
    tie.add_argument(
        "--orgnr",
        metavar="ORGNR",
        help="knytt kontrollen til kommunen med dette organisasjonsnummeret "
        "(arbeidsflaten med det nummeret, hvis den finnes)",
    )
    unopened.add_argument(
        "--lagre",
        action="store_true",
        help="lagre kontrollen i arbeidsflaten og skriv den i loggen; uten "
        "--workspace/--orgnr brukes arbeidsflaten når det bare finnes én. "
        "Kolonner valgt med --kolonne huskes da for filer med samme "
        "overskrifter",
    )
    unopened.add_argument(
        "--kolonne",
        metavar="FELT=OVERSKRIFT",
        action="append",
        default=[],
        help="si hvilken kolonne som er hva, for eksempel "
        "«--kolonne orgnr=Kundenr» (kan gjentas). Uten den brukes det du "
        "har valgt for filer med samme overskrifter, så kjente navn, så "
        "innholdet i kolonnene",
    )
    unopened.add_argument(
        "--svar",
        choices=("1a", "1b", "ukjent"),
        default="ukjent",
        help="kommunens innstilling i SvarUt: 1a = virksomheter får bare "
        "digital post, 1b = brevet skrives ut hvis det ikke åpnes, "
        "ukjent = vet ikke (standard)",
    )
    unopened.add_argument(
        "--refresh",
        action="store_true",
        help="hent ny status fra SvarUt før kontrollen (krever oppsett under "
        "Innstillinger; i Øving brukes sandkassen). Forsendelser SvarUt ikke "
        "svarer for, beholder statusen fra filen, og det sies fra",
    )
    add_plan_commands(commands, _Parser)
    add_setup_check_command(commands, _Parser)
    add_region_commands(commands, _Parser)
    return parser


def _open(*, writes: bool = False) -> Database:
    """The store. A command that writes keeps a backup of it first; a read-only one never
    waits for the write lock (see :mod:`desktop_app.storage.database`)."""
    return Database.open(app_paths().database, backup=writes)


def _workspaces_list(as_json: bool) -> int:
    from desktop_app.services.workspaces import WorkspaceService

    with _open() as db:
        workspaces = WorkspaceService(db).list_workspaces()
    if as_json:
        print(
            json.dumps(
                [
                    {
                        "id": w.id,
                        "name": w.name,
                        "orgnr": w.orgnr,
                        "is_demo": w.is_demo,
                        "created_at": w.created_at,
                    }
                    for w in workspaces
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return EXIT_OK
    if not workspaces:
        print(
            "Ingen arbeidsflater ennå. Lag en med: "
            "postvakt-cli workspaces create --navn NAVN --orgnr ORGNR"
        )
        return EXIT_OK
    rows = [("ID", "Navn", "Org.nr", "Type")] + [
        (str(w.id), w.name, format_orgnr(w.orgnr), "øving" if w.is_demo else "ekte")
        for w in workspaces
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    for n, row in enumerate(rows):
        print("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths))
    return EXIT_OK


def _workspaces_create(name: str, orgnr: str) -> int:
    from desktop_app.services.workspaces import WorkspaceInputError, WorkspaceService

    with _open(writes=True) as db:
        try:
            workspace = WorkspaceService(db).create_workspace(name, orgnr)
        except WorkspaceInputError as exc:
            print(exc.message, file=sys.stderr)
            return EXIT_INPUT
    print(
        f"Arbeidsflaten «{workspace.name}» (org.nr {format_orgnr(workspace.orgnr)}) er "
        f"opprettet og skrevet i loggen. ID: {workspace.id}."
    )
    return EXIT_OK


def _audit_anchor(given: str) -> tuple[int, str] | None:
    """The anchor from ``--mot``: the anchor itself, or a file that holds one."""
    from desktop_app.storage.audit import parse_anchor, read_anchor

    direct = parse_anchor(given.strip())
    if direct is not None and given.strip() == f"{direct[0]}:{direct[1]}":
        return direct
    path = Path(given)
    try:
        anchor = read_anchor(path)
    except OSError as exc:
        print(
            f"Kunne ikke lese {path}: {exc.strerror or exc}. Oppgi en fil med et "
            "kontrollpunkt for loggen, eller kontrollpunktet selv (ANTALL:HODE).",
            file=sys.stderr,
        )
        return None
    if anchor is None:
        print(
            f"Fant ikke noe kontrollpunkt for loggen i {path}. Det ser slik ut: "
            "ANTALL:HODE, for eksempel 57:hmac:3fa0… (64 tegn etter «hmac:»).",
            file=sys.stderr,
        )
    return anchor


def _audit_verify(against: str | None = None) -> int:
    from desktop_app.storage.audit import AuditLog

    anchor = None
    if against is not None:
        anchor = _audit_anchor(against)
        if anchor is None:
            return EXIT_INPUT
    with _open() as db:
        log = AuditLog(db)
        count = len(log.entries())
        problems = log.verify() if anchor is None else log.verify_against(*anchor)
        seal = log.seal()  # with what was written without the keyring (log.notes())
    if not problems:
        if count == 0:
            print("Loggen er tom; det er ingenting å kontrollere ennå.")
        elif count == 1:
            print("Loggen er hel: den ene oppføringen er kontrollert og uendret.")
        else:
            print(f"Loggen er hel: alle {count} oppføringene er kontrollert og uendret.")
        if anchor is not None and anchor[0] > 0:
            later = count - anchor[0]
            print(
                f"Kontrollpunktet stemmer: de {anchor[0]} første oppføringene er de samme som "
                "da det ble tatt" + (f", og {later} er skrevet etter det." if later else ".")
            )
        print(seal.message)
        return EXIT_OK
    print(f"Loggen er ikke hel: {len(problems)} avvik.", file=sys.stderr)
    for problem in problems:
        print(f"  - {problem.message}", file=sys.stderr)
    print(seal.message, file=sys.stderr)
    print(
        "Ta vare på en kopi av databasefilen og si fra til IT-avdelingen:\n"
        f"  {app_paths().database}",
        file=sys.stderr,
    )
    return EXIT_PROBLEMS


def _audit_export(path: Path) -> int:
    from desktop_app.storage.audit import AuditLog

    with _open(writes=True) as db:
        log = AuditLog(db)
        entries = log.entries()
        try:
            count = log.export_recorded(path, entries)
        except OSError as exc:
            print(
                f"Kunne ikke lagre {path}: {exc.strerror or exc}. Sjekk at mappen finnes og "
                "at filen ikke er åpen i Excel.",
                file=sys.stderr,
            )
            return EXIT_INPUT
        problems = log.verify()
    print(f"{count} {'oppføring' if count == 1 else 'oppføringer'} er lagret i {path}.")
    if problems:
        print(
            f"Merk: loggen har {len(problems)} avvik; se kolonnen «Kontrollert» i filen.",
            file=sys.stderr,
        )
        return EXIT_PROBLEMS
    return EXIT_OK


EXIT_AT_RISK = 3
EXIT_UNTIED = 4
MAX_LINES_SHOWN = 20


# The fields the check reads, as --kolonne names them, with a word where the name is short.
_COLUMN_HELP = (
    ("id", "forsendelse-ID"), ("status", ""), ("sendt", "dato"),
    ("orgnr", "mottakers org.nr eller fødselsnummer"), ("mottaker", "navn"), ("tittel", ""),
    ("taushetsbelagt", "ja/nei"), ("kun-digital", "ja/nei"), ("referanse", "ekstern referanse"),
)  # fmt: skip


def _field_names() -> str:
    return ", ".join(f"{name} ({what})" if what else name for name, what in _COLUMN_HELP)


class _InputProblem(Exception):
    """Something the user wrote cannot be used; ``str()`` says what (bokmål)."""


def _parse_columns(pairs: Sequence[str]) -> dict[str, str]:
    """``["orgnr=Kundenr"]`` → ``{"recipient_id": "Kundenr"}``."""
    from desktop_app.importers.svarut_export import field_by_name

    chosen: dict[str, str] = {}
    for pair in pairs:
        name, sep, header = pair.partition("=")
        field = field_by_name(name) if sep else None
        if field is None or not header.strip():
            raise _InputProblem(
                f"«--kolonne {pair}» kan ikke brukes. Skriv FELT=OVERSKRIFT, for eksempel "
                f"«--kolonne orgnr=Kundenr». Feltene er: {_field_names()}."
            )
        if field.value in chosen:
            raise _InputProblem(
                f"Feltet «{name}» er valgt to ganger med --kolonne. Velg én kolonne for hvert felt."
            )
        chosen[field.value] = header.strip()
    return chosen


def _column_choice(forced: dict[str, str], remembered):
    """The mapping the import asks for once it has the headers: the columns named with
    --kolonne first, then what was remembered for these headers."""
    from desktop_app.importers.svarut_export import normalise_header

    def choose(headers: list[str]) -> dict[str, str | None] | None:
        by_key = {normalise_header(h): h for h in headers if h}
        mapping: dict[str, str | None] = {}
        for field, wanted in forced.items():
            header = wanted if wanted in headers else by_key.get(normalise_header(wanted))
            if header is None:
                names = ", ".join(f"«{h}»" for h in headers if h)
                raise _InputProblem(
                    f"Filen har ingen kolonne «{wanted}» (--kolonne). "
                    f"Overskriftene i filen er: {names}."
                )
            mapping[header] = field
        saved = remembered(headers) if remembered is not None else None
        for header, field in (saved or {}).items():
            if header not in mapping and field not in forced:
                mapping[header] = field
        return mapping or None

    return choose


def _choose_workspace(db: Database, workspace_id: int | None, orgnr: str | None, required: bool):
    """The workspace to tie the check to: ``(workspace, ok)``. ``workspace`` is None when there
    is none to tie to (fine unless ``required``); ``ok`` False after saying what to choose."""
    from desktop_app.cli_workspace import SEVERAL, WorkspaceChoice, choose_workspace

    choice = WorkspaceChoice(
        none="Det finnes ingen arbeidsflate å lagre kontrollen i. Lag en med: "
        "postvakt-cli workspaces create --navn NAVN --orgnr ORGNR, eller kjør uten --lagre.",
        several=SEVERAL,
        no_orgnr="Det finnes ingen arbeidsflate for org.nr {shown}, så kontrollen kan ikke "
        "lagres. Lag en med: postvakt-cli workspaces create --navn NAVN --orgnr {orgnr}, "
        "eller kjør uten --lagre.",
    )
    if not required:
        choice = WorkspaceChoice(none=None, several=None)
    return choose_workspace(db, workspace_id, choice, orgnr)


def _unopened(args: argparse.Namespace) -> int:
    from desktop_app.domain.identifiers import check_orgnr

    out: Path | None = args.out
    if out is not None and out.suffix.casefold() not in (".xlsx", ".csv"):
        print(f"«{out.name}» må slutte på .xlsx (Excel) eller .csv.", file=sys.stderr)
        return EXIT_INPUT
    orgnr = None
    if args.orgnr is not None:
        checked = check_orgnr(args.orgnr)
        if not checked.ok:
            print(f"--orgnr {args.orgnr}: {checked.error}", file=sys.stderr)
            return EXIT_INPUT
        orgnr = checked.value
    try:
        forced = _parse_columns(args.kolonne)
    except _InputProblem as exc:
        print(exc, file=sys.stderr)
        return EXIT_INPUT
    with contextlib.ExitStack() as stack:
        refresher = None
        if args.refresh:
            refresher = _refresher(stack)
            if refresher is None:
                return EXIT_INPUT
        db = None
        needs_store = args.lagre or args.workspace is not None
        if needs_store or app_paths().database.exists():
            # A store that is there is read (remembered columns, the workspace); without
            # --lagre nothing is written to it.
            try:
                db = stack.enter_context(_open(writes=args.lagre))
            except StorageError:
                if needs_store:
                    raise
        return _unopened_run(args, db, orgnr, forced, refresher)


def _refresher(stack: contextlib.ExitStack):
    """The SvarUt refresh for the check, or None after saying what is missing."""
    from desktop_app.domain.environments import Environment
    from desktop_app.integrations.environments import urls_for
    from desktop_app.services.status_refresh import MissingSetup, load_setup, refresher
    from desktop_app.settings import Settings
    from desktop_app.storage.secrets import SecretStore, SecretStoreError

    settings = Settings.load(app_paths().settings_file)
    sandbox_base = None
    if settings.environment is Environment.OVING:
        from desktop_app.sandbox.server import build_sandbox

        sandbox = stack.enter_context(build_sandbox())
        sandbox_base = sandbox.base_url
        print("Øving: statusene hentes fra øvingssandkassen på denne maskinen.", file=sys.stderr)
    try:
        setup = load_setup(
            settings, SecretStore(), urls_for(settings.environment, sandbox_base), practice()
        )
    except (MissingSetup, SecretStoreError) as exc:
        print(
            f"{exc.message_nb} Legg dem inn i Postvakt under Innstillinger, eller kjør uten "
            "--refresh for å bruke statusene i filen.",
            file=sys.stderr,
        )
        return None
    return refresher(setup)


def practice():
    """Øving for this program: the loopback sandbox and its fictional accounts, as a
    :class:`~desktop_app.services.practice.Practice`. With desktop_app.app (which asks here),
    the only place that chooses the sandbox; it is imported only when Øving needs it."""
    from desktop_app.services.practice import Practice

    def start():
        from desktop_app.sandbox.server import build_sandbox

        sandbox = build_sandbox()
        sandbox.start()
        return sandbox

    def maskinporten():
        from desktop_app.integrations.maskinporten import MaskinportenCredentials
        from desktop_app.sandbox.maskinporten import practice_credentials

        client = practice_credentials()
        return MaskinportenCredentials(client.client_id, "", client.private_key_pem, kid=client.kid)

    def svarut():
        from desktop_app.integrations.svarut import SvarUtCredentials
        from desktop_app.sandbox.svarut import practice_credentials

        account = practice_credentials()
        return SvarUtCredentials(
            account.konto_id, account.integrasjon_id, account.integrasjon_passord
        )

    return Practice(start=start, maskinporten=maskinporten, svarut=svarut)


def _unopened_run(
    args: argparse.Namespace,
    db: Database | None,
    orgnr: str | None,
    forced: dict[str, str],
    refresh,
) -> int:
    from desktop_app.domain.cancellation import TaskState
    from desktop_app.services.unopened_check import (
        CheckError,
        CheckNotSaved,
        ExportError,
        review_source,
        unsaved_workspace,
        write_list,
    )
    from desktop_app.services.unopened_followup import UnopenedFollowupService

    import_file: Path = args.import_file
    workspace, service = None, None
    if db is not None:
        workspace, ok = _choose_workspace(db, args.workspace, orgnr, args.lagre)
        if not ok:
            return EXIT_INPUT
        service = UnopenedFollowupService(db)
    if workspace is None:
        workspace = unsaved_workspace(orgnr or "")
    mapping = _column_choice(forced, service.saved_mapping if service is not None else None)
    try:
        if args.lagre:
            assert service is not None and workspace.id
            try:
                outcome = service.run_check(
                    TaskState(), workspace, import_file, args.svar, mapping=mapping, refresh=refresh
                )
            except CheckNotSaved as exc:  # busy or full: the result is kept; try once more
                outcome = service.check.save_check(exc.outcome)
            if forced and outcome.import_result is not None:
                headers = outcome.import_result.headers
                service.remember_mapping(workspace, headers, mapping(headers) or {})
        elif service is not None and workspace.id:
            outcome = service.check.review_file(
                TaskState(), workspace, import_file, args.svar, mapping=mapping, refresh=refresh
            )
        else:
            outcome = review_source(
                TaskState(), workspace, import_file, args.svar, mapping=mapping, refresh=refresh
            )
    except _InputProblem as exc:
        print(exc, file=sys.stderr)
        return EXIT_INPUT
    except CheckNotSaved as exc:
        print(
            f"Kontrollen av «{import_file.name}» er ikke lagret, og ingen liste er "
            f"laget. {exc.reason} Kjør kommandoen på nytt.",
            file=sys.stderr,
        )
        return EXIT_PROBLEMS
    except CheckError as exc:
        print(f"Kunne ikke kontrollere «{import_file.name}»: {exc.message}", file=sys.stderr)
        if exc.import_result is not None and exc.import_result.headers:
            print(
                "Si hvilken kolonne som er hva med --kolonne FELT=OVERSKRIFT, for eksempel "
                "«--kolonne id=Nøkkel». Se «postvakt-cli unopened --help».",
                file=sys.stderr,
            )
        return EXIT_PROBLEMS
    _print_summary(outcome, import_file, saved=args.lagre)
    if args.out is not None:
        try:
            if args.lagre:
                assert service is not None
                written = service.check.export(outcome, args.out)
            else:
                written = write_list(outcome, args.out)
        except ExportError as exc:
            done = "Kontrollen er lagret, men listen" if args.lagre else "Listen"
            print(f"{done} ble ikke lagret: {exc.message}", file=sys.stderr)
            return EXIT_PROBLEMS
        print("Listen er lagret i " + " og ".join(str(p) for p in written) + ".")
    if outcome.result.untied:
        return EXIT_UNTIED
    if outcome.at_risk_count:
        print(
            "Neste steg: kontakt mottakerne i listen, mest hastende først, og be dem åpne "
            "brevene i Altinn. Noen hos mottakeren må ha tilgang til taushetsbelagt post."
        )
        return EXIT_AT_RISK
    return EXIT_OK


def _print_summary(outcome, import_file: Path, saved: bool) -> None:
    from desktop_app.services.unopened_check import REVIEW_NOTE, untied_finding

    def plural(n: int, one: str, many: str) -> str:
        return f"{n} {one if n == 1 else many}"

    untied = outcome.result.untied
    if untied:  # the first thing said: this check cannot give the all-clear
        print(f"OBS: {untied_finding(len(untied))}")
    workspace = outcome.workspace
    if workspace.id:
        print(f"Arbeidsflate: {workspace.name} (org.nr {format_orgnr(workspace.orgnr)})")
    elif workspace.orgnr:
        print(f"Kommune: org.nr {format_orgnr(workspace.orgnr)} (ingen arbeidsflate)")
    print(
        f"Lest: {plural(outcome.rows_read, 'rad', 'rader')} fra {import_file.name}."
        + ("" if saved else " Kontrollen er ikke lagret (bruk --lagre for å lagre den).")
    )
    if outcome.rows_with_errors:
        print(f"Rader med feil: {outcome.rows_with_errors}.")
        shown: set[int] = set()
        for error in outcome.errors:
            if error.line is None:
                print(f"  {error.reason}")
                continue
            if error.line in shown:
                continue
            if len(shown) == MAX_LINES_SHOWN:
                rest = outcome.rows_with_errors - MAX_LINES_SHOWN
                print(f"  … og {plural(rest, 'rad', 'rader')} til.")
                break
            shown.add(error.line)
            print(f"  linje {error.line}: {error.reason}")
    else:
        print("Rader med feil: ingen.")
        for error in outcome.errors:  # about the whole file, e.g. a guessed encoding
            print(f"Merk: {error.reason}")
    for note in outcome.notes:
        if note != REVIEW_NOTE:  # the line «Lest: …» says it the command line's way
            print(f"Merk: {note}")
    if outcome.at_risk_count:
        print(
            f"Brev i faresonen: {outcome.at_risk_count}, til "
            f"{plural(outcome.recipients_at_risk, 'mottaker', 'mottakere')}."
        )
    elif untied:
        print(
            "Brev i faresonen: ingen blant brevene med organisasjonsnummer. Brevene uten "
            "mottaker er ikke vurdert (se over)."
        )
    else:
        print("Brev i faresonen: ingen. Fant ingen uåpnet taushetsbelagt post til virksomheter.")
    if outcome.unknown_count:
        print(f"Kan ikke vurderes ut fra filen: {outcome.unknown_count} brev. Sjekk dem i SvarUt:")
        for shipment, risk in outcome.result.unknown[:MAX_LINES_SHOWN]:
            where = f"linje {shipment.source_line}" if shipment.source_line else shipment.id
            print(f"  {where}: {risk.reason}")
        if outcome.unknown_count > MAX_LINES_SHOWN:
            print(f"  … og {outcome.unknown_count - MAX_LINES_SHOWN} brev til.")


def _setup_logging() -> None:
    """The GUI's log set-up: the same file, the same redaction, httpx kept quiet."""
    import logging

    from desktop_app.logs import (
        QUIET_LOGGERS,
        RedactingFilter,
        _is_ours,
        _StderrHandler,
        setup_logging,
    )

    try:
        setup_logging(app_paths().ensure().log_dir)
    except (OSError, DataFolderError) as exc:  # no log folder: the command runs, redacted
        print(
            f"Loggfilen kunne ikke åpnes ({type(exc).__name__}); fortsetter uten.", file=sys.stderr
        )
        root = logging.getLogger()
        for old in [h for h in root.handlers if _is_ours(h)]:  # never twice in one process
            root.removeHandler(old)
            old.close()
        handler = _StderrHandler(sys.stderr)
        handler.setLevel(logging.WARNING)
        handler.addFilter(RedactingFilter())
        root.addHandler(handler)
        for name in QUIET_LOGGERS:
            logging.getLogger(name).setLevel(logging.WARNING)


EXIT_BROKEN_PIPE = 128 + 13
"""What a shell expects from a program whose reader went away (``… | head``): 128 + SIGPIPE."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command. A reader that stops early (``postvakt-cli … | head``) ends it
    quietly, as any Unix tool does: no traceback, exit code 141."""
    try:
        code = _main(argv)
        sys.stdout.flush()  # buffered output meets a closed pipe here, not at exit
    except BrokenPipeError:
        # Python would try to flush stdout again at exit and print a warning: point it
        # at the null device instead (as the Python docs advise for SIGPIPE).
        with contextlib.suppress(OSError, ValueError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            os.close(devnull)
        return EXIT_BROKEN_PIPE
    return code


def _writes(args: argparse.Namespace) -> bool:
    """Does the command write to the data folder? Those that only read (a list, a check of
    the log, a review of a file that is not saved, a plan) also run from a folder that cannot
    be written to, e.g. a reviewer's locked-down machine."""
    if args.command == "workspaces":
        return bool(args.ws_command != "list")
    if args.command == "audit":
        return bool(args.audit_command != "verify")
    if args.command == "unopened":
        return bool(args.lagre)
    if args.command in ("tilgang", "varsling"):
        return args.plan_command == "utfor" or bool(getattr(args, "les", False))
    if args.command == "oversikt":
        return bool(getattr(args, "importer", None))
    return True


def _use_language() -> None:
    """Documents and exports follow the language chosen in Postvakt's settings."""
    from desktop_app.language import set_current
    from desktop_app.settings import Settings

    set_current(Settings.load(app_paths().settings_file).language)


def _main(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    if args.command:  # help alone needs neither the data folder nor a log
        writes = _writes(args)
        try:
            app_paths().ensure(writable=writes)
        except DataFolderError as exc:
            if writes:  # a command that only reads goes on, and says so if it must
                print(exc.message, file=sys.stderr)
                return EXIT_PROBLEMS
        _setup_logging()
        _use_language()
    try:
        if args.command == "workspaces" and args.ws_command == "list":
            return _workspaces_list(args.json)
        if args.command == "workspaces" and args.ws_command == "create":
            return _workspaces_create(args.navn, args.orgnr)
        if args.command == "audit" and args.audit_command == "verify":
            return _audit_verify(args.mot)
        if args.command == "audit" and args.audit_command == "export":
            return _audit_export(args.fil)
        if args.command == "unopened":
            return _unopened(args)
        planned = run_plan_command(args)
        if planned is not None:
            return planned
        checked = run_setup_check(args)
        if checked is not None:
            return checked
        regional = run_region_command(args, _open, _choose_workspace)
        if regional is not None:
            return regional
    except StorageError as exc:
        print(exc.message, file=sys.stderr)
        return EXIT_PROBLEMS
    # A command group without an action, or nothing at all: show what is possible.
    sub = {
        "workspaces": "workspaces",
        "audit": "audit",
        "status": "status",
        "rutine": "rutine",
    }.get(args.command or "")
    if sub:
        print(
            f"Velg en handling. Skriv «postvakt-cli {sub} --help» for å se hvilke.", file=sys.stderr
        )
    else:
        parser.print_help(sys.stderr)
    return EXIT_INPUT


if __name__ == "__main__":
    raise SystemExit(main())
