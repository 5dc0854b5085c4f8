"""postvakt-cli: Postvakt without a window, for scheduled routines and quick checks.

Exit codes: 0 done, 1 the check found problems (or the store could not be opened),
2 wrong input.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop_app import __version__
from desktop_app.domain.identifiers import format_orgnr
from desktop_app.storage.database import Database, StorageError
from desktop_app.storage.paths import app_paths

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_INPUT = 2


class _Parser(argparse.ArgumentParser):
    """argparse with its fixed English phrases said in bokmål."""

    def format_help(self) -> str:
        text = super().format_help()
        return (
            text.replace("usage:", "bruk:")
            .replace("positional arguments:", "argumenter:")
            .replace("options:", "valg:")
            .replace("show this help message and exit", "vis denne hjelpen og avslutt")
        )

    def format_usage(self) -> str:
        return super().format_usage().replace("usage:", "bruk:")

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        message = (
            message.replace("the following arguments are required", "dette må være med")
            .replace("invalid choice", "ukjent valg")
            .replace("choose from", "velg blant")
            .replace("unrecognized arguments", "ukjente argumenter")
            .replace("expected one argument", "mangler en verdi")
        )
        self.exit(EXIT_INPUT, f"{self.prog}: feil: {message}\n"
                              f"Skriv «{self.prog} --help» for å se hva som går an.\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="postvakt-cli",
        description="Postvakt uten vindu: arbeidsflater, logg og kontroll av uåpnet post, "
        "for faste rutiner og "
        "raske kontroller.",
        epilog="Avslutningskoder: 0 = ferdig, 1 = kontrollen fant feil eller dataene kunne "
        "ikke åpnes, 2 = feil i det du skrev, 3 = brev i faresonen (unopened). "
        "Data ligger samme sted som for Postvakt-vinduet (POSTVAKT_HOME flytter dem).",
    )
    parser.add_argument("--version", action="version", version=f"Postvakt {__version__}",
                        help="vis versjonen og avslutt")
    commands = parser.add_subparsers(dest="command", metavar="KOMMANDO",
                                     parser_class=_Parser)

    workspaces = commands.add_parser("workspaces", help="arbeidsflater (én per kommune)",
                                     description="Vis eller lag arbeidsflater.")
    ws_commands = workspaces.add_subparsers(dest="ws_command", metavar="HANDLING",
                                            parser_class=_Parser)
    ws_list = ws_commands.add_parser("list", help="vis alle arbeidsflater",
                                     description="Vis alle arbeidsflater.")
    ws_list.add_argument("--json", action="store_true", help="skriv ut som JSON")
    ws_create = ws_commands.add_parser(
        "create", help="lag en ny arbeidsflate",
        description="Lag en arbeidsflate for en kommune. Dette skrives i loggen.",
    )
    ws_create.add_argument("--navn", required=True, help="navn, for eksempel «Fjordvik kommune»")
    ws_create.add_argument("--orgnr", required=True,
                           help="kommunens organisasjonsnummer (9 siffer)")

    audit = commands.add_parser("audit", help="loggen over alt som er gjort",
                                description="Kontroller eller eksporter loggen.")
    audit_commands = audit.add_subparsers(dest="audit_command", metavar="HANDLING",
                                          parser_class=_Parser)
    audit_commands.add_parser(
        "verify", help="kontroller at ingen oppføringer er endret eller slettet",
        description="Kontroller at ingen oppføringer i loggen er endret eller slettet. "
        "Avslutter med kode 1 hvis noe er galt.",
    )
    export = audit_commands.add_parser(
        "export", help="lagre loggen som CSV-fil for Excel",
        description="Lagre hele loggen som en CSV-fil som kan åpnes i Excel.",
    )
    export.add_argument("fil", metavar="FIL", type=Path, help="filen som skal lages")

    unopened = commands.add_parser(
        "unopened", help="finn taushetsbelagt post til virksomheter som ikke er åpnet",
        description="Les en eksport av forsendelser fra SvarUt, finn taushetsbelagte brev til "
        "virksomheter som ingen har åpnet, og lagre en liste over hvem som må kontaktes "
        "(Excel med arkene «Mottakere» og «Brev», eller to CSV-filer). Kontrollen lagres i "
        "arbeidsflaten og skrives i loggen (bare antall, ingen mottakere).",
        epilog="Avslutningskoder: 0 = ingen i faresonen, 1 = feil ved lesing/lagring, "
        "2 = feil i kommandoen (eller --refresh uten oppsett for SvarUt), 3 = brev i faresonen. "
        "Nettverksfeil under --refresh endrer ikke koden: statusene fra filen brukes, og det "
        "skrives en merknad. Med .csv lagres mottakerne i FIL og brevene i FIL-brev.csv.",
    )
    unopened.add_argument("--import", dest="import_file", metavar="FIL", type=Path,
                          required=True, help="eksporten fra SvarUt (CSV eller XLSX)")
    unopened.add_argument("--out", metavar="FIL", type=Path, required=True,
                          help="listen som skal lagres: FIL.xlsx (Excel) eller FIL.csv")
    unopened.add_argument("--workspace", metavar="ID", type=int,
                          help="arbeidsflaten (se «postvakt-cli workspaces list»); kan sløyfes "
                          "når det bare finnes én")
    unopened.add_argument("--svar", choices=("1a", "1b", "ukjent"), default="ukjent",
                          help="kommunens innstilling i SvarUt: 1a = virksomheter får bare "
                          "digital post, 1b = brevet skrives ut hvis det ikke åpnes, "
                          "ukjent = vet ikke (standard)")
    unopened.add_argument("--refresh", action="store_true",
                          help="hent ny status fra SvarUt før kontrollen (krever oppsett under "
                          "Innstillinger; i Øving brukes sandkassen). Forsendelser SvarUt ikke "
                          "svarer for, beholder statusen fra filen, og det sies fra")
    return parser


def _open() -> Database:
    return Database.open(app_paths().database)


def _workspaces_list(as_json: bool) -> int:
    from desktop_app.services.workspaces import WorkspaceService

    with _open() as db:
        workspaces = WorkspaceService(db).list_workspaces()
    if as_json:
        print(json.dumps(
            [
                {"id": w.id, "name": w.name, "orgnr": w.orgnr, "is_demo": w.is_demo,
                 "created_at": w.created_at}
                for w in workspaces
            ],
            ensure_ascii=False, indent=2,
        ))
        return EXIT_OK
    if not workspaces:
        print("Ingen arbeidsflater ennå. Lag en med: "
              "postvakt-cli workspaces create --navn NAVN --orgnr ORGNR")
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

    with _open() as db:
        try:
            workspace = WorkspaceService(db).create_workspace(name, orgnr)
        except WorkspaceInputError as exc:
            print(exc.message, file=sys.stderr)
            return EXIT_INPUT
    print(f"Arbeidsflaten «{workspace.name}» (org.nr {format_orgnr(workspace.orgnr)}) er "
          f"opprettet og skrevet i loggen. ID: {workspace.id}.")
    return EXIT_OK


def _audit_verify() -> int:
    from desktop_app.storage.audit import AuditLog

    with _open() as db:
        log = AuditLog(db)
        count = len(log.entries())
        problems = log.verify()
    if not problems:
        if count == 0:
            print("Loggen er tom; det er ingenting å kontrollere ennå.")
        elif count == 1:
            print("Loggen er hel: den ene oppføringen er kontrollert og uendret.")
        else:
            print(f"Loggen er hel: alle {count} oppføringene er kontrollert og uendret.")
        return EXIT_OK
    print(f"Loggen er ikke hel: {len(problems)} avvik.", file=sys.stderr)
    for problem in problems:
        print(f"  - {problem.message}", file=sys.stderr)
    print("Ta vare på en kopi av databasefilen og si fra til IT-avdelingen:\n"
          f"  {app_paths().database}", file=sys.stderr)
    return EXIT_PROBLEMS


def _audit_export(path: Path) -> int:
    from desktop_app.storage.audit import AuditLog

    with _open() as db:
        log = AuditLog(db)
        entries = log.entries()
        try:
            count = log.export_csv(path, entries)
        except OSError as exc:
            print(f"Kunne ikke lagre {path}: {exc.strerror or exc}. Sjekk at mappen finnes og "
                  "at filen ikke er åpen i Excel.", file=sys.stderr)
            return EXIT_INPUT
        log.append("audit.exported", {"fil": path.name, "oppføringer": count})
        problems = log.verify()
    print(f"{count} {'oppføring' if count == 1 else 'oppføringer'} er lagret i {path}.")
    if problems:
        print(f"Merk: loggen har {len(problems)} avvik; se kolonnen «Kontrollert» i filen.",
              file=sys.stderr)
        return EXIT_PROBLEMS
    return EXIT_OK


EXIT_AT_RISK = 3
MAX_LINES_SHOWN = 20


def _choose_workspace(db: Database, workspace_id: int | None):
    """The workspace to check, or ``None`` after saying what to choose."""
    from desktop_app.services.workspaces import WorkspaceService

    service = WorkspaceService(db)
    if workspace_id is not None:
        workspace = service.get_workspace(workspace_id)
        if workspace is None:
            print(f"Fant ingen arbeidsflate med ID {workspace_id}. Se hvilke som finnes med: "
                  "postvakt-cli workspaces list", file=sys.stderr)
        return workspace
    workspaces = service.list_workspaces()
    if len(workspaces) == 1:
        return workspaces[0]
    if not workspaces:
        print("Det finnes ingen arbeidsflate ennå. Lag en med: "
              "postvakt-cli workspaces create --navn NAVN --orgnr ORGNR", file=sys.stderr)
        return None
    print("Det finnes flere arbeidsflater. Velg en med --workspace ID:", file=sys.stderr)
    for w in workspaces:
        kind = " (øving)" if w.is_demo else ""
        print(f"  {w.id}  {w.name}{kind}, org.nr {format_orgnr(w.orgnr)}", file=sys.stderr)
    return None


def _unopened(import_file: Path, out: Path, workspace_id: int | None, answer: str,
              refresh: bool) -> int:
    if out.suffix.casefold() not in (".xlsx", ".csv"):
        print(f"«{out.name}» må slutte på .xlsx (Excel) eller .csv.", file=sys.stderr)
        return EXIT_INPUT
    with contextlib.ExitStack() as stack:
        refresher = None
        if refresh:
            refresher = _refresher(stack)
            if refresher is None:
                return EXIT_INPUT
        return _unopened_run(import_file, out, workspace_id, answer, refresher)


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
        print("Øving: statusene hentes fra øvingssandkassen på denne maskinen.",
              file=sys.stderr)
    try:
        setup = load_setup(settings, SecretStore(), urls_for(settings.environment, sandbox_base))
    except (MissingSetup, SecretStoreError) as exc:
        print(f"{exc.message_nb} Legg dem inn i Postvakt under Innstillinger, eller kjør uten "
              "--refresh for å bruke statusene i filen.", file=sys.stderr)
        return None
    return refresher(setup)


def _unopened_run(import_file: Path, out: Path, workspace_id: int | None, answer: str,
                  refresh) -> int:
    from desktop_app.domain.cancellation import TaskState
    from desktop_app.services.unopened_check import (
        CheckError,
        ExportError,
        UnopenedCheckService,
    )

    with _open() as db:
        workspace = _choose_workspace(db, workspace_id)
        if workspace is None:
            return EXIT_INPUT
        service = UnopenedCheckService(db)
        try:
            outcome = service.run_check(TaskState(), workspace, import_file, answer,
                                        refresh=refresh)
        except CheckError as exc:
            print(f"Kunne ikke kontrollere «{import_file.name}»: {exc.message}", file=sys.stderr)
            return EXIT_PROBLEMS
        _print_summary(outcome, import_file)
        try:
            written = service.export(outcome, out)
        except ExportError as exc:
            print(f"Kontrollen er lagret, men listen ble ikke lagret: {exc.message}",
                  file=sys.stderr)
            return EXIT_PROBLEMS
    if len(written) == 1:
        print(f"Listen er lagret i {written[0]}.")
    else:
        print("Listen er lagret i " + " og ".join(str(p) for p in written) + ".")
    if outcome.at_risk_count:
        print("Neste steg: kontakt mottakerne i listen, mest hastende først, og be dem åpne "
              "brevene i Altinn. Noen hos mottakeren må ha tilgang til taushetsbelagt post.")
        return EXIT_AT_RISK
    return EXIT_OK


def _print_summary(outcome, import_file: Path) -> None:
    def plural(n: int, one: str, many: str) -> str:
        return f"{n} {one if n == 1 else many}"

    workspace = outcome.workspace
    print(f"Arbeidsflate: {workspace.name} (org.nr {format_orgnr(workspace.orgnr)})")
    print(f"Lest: {plural(outcome.rows_read, 'rad', 'rader')} fra {import_file.name}.")
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
        print(f"Merk: {note}")
    if outcome.at_risk_count:
        print(f"Brev i faresonen: {outcome.at_risk_count}, til "
              f"{plural(outcome.recipients_at_risk, 'mottaker', 'mottakere')}.")
    else:
        print("Brev i faresonen: ingen. Fant ingen uåpnet taushetsbelagt post til virksomheter.")
    if outcome.unknown_count:
        print(f"Kan ikke vurderes ut fra filen: {outcome.unknown_count} brev. Sjekk dem i SvarUt:")
        for shipment, risk in outcome.result.unknown[:MAX_LINES_SHOWN]:
            where = f"linje {shipment.source_line}" if shipment.source_line else shipment.id
            print(f"  {where}: {risk.reason}")
        if outcome.unknown_count > MAX_LINES_SHOWN:
            print(f"  … og {outcome.unknown_count - MAX_LINES_SHOWN} brev til.")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    try:
        if args.command == "workspaces" and args.ws_command == "list":
            return _workspaces_list(args.json)
        if args.command == "workspaces" and args.ws_command == "create":
            return _workspaces_create(args.navn, args.orgnr)
        if args.command == "audit" and args.audit_command == "verify":
            return _audit_verify()
        if args.command == "audit" and args.audit_command == "export":
            return _audit_export(args.fil)
        if args.command == "unopened":
            return _unopened(args.import_file, args.out, args.workspace, args.svar, args.refresh)
    except StorageError as exc:
        print(exc.message, file=sys.stderr)
        return EXIT_PROBLEMS
    # A command group without an action, or nothing at all: show what is possible.
    sub = {"workspaces": "workspaces", "audit": "audit"}.get(args.command or "")
    if sub:
        print(f"Velg en handling. Skriv «postvakt-cli {sub} --help» for å se hvilke.",
              file=sys.stderr)
    else:
        parser.print_help(sys.stderr)
    return EXIT_INPUT


if __name__ == "__main__":
    raise SystemExit(main())
