"""``postvakt-cli oversikt``, ``status`` and ``rutine``: the regional overview, status files
and the scheduled unopened-post check, without a window.

* ``oversikt [--out FIL.xlsx|FIL.pdf] [--importer FIL [--godta FINGERAVTRYKK]]
  [--bare-avvik] [--sok TEKST]`` prints one row per municipality (exit 0; 3 when some row
  needs work), saves it, or imports a status file first.
* ``status eksporter --out FIL [--workspace ID]`` writes the workspace's signed status file.
* ``rutine kjor --workspace ID`` is what the operating system's scheduler starts: the
  newest report in the routine's folder, checked and saved in the history.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from datetime import date
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_PROBLEMS, EXIT_INPUT, EXIT_NEEDS_WORK = 0, 1, 2, 3


def add_commands(commands: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    overview = commands.add_parser(
        "oversikt",
        help="regionoversikt: alle kommuner som én rad hver",
        description="Vis alle arbeidsflater og innhentede statusfiler som én rad hver: "
        "DPI-oppsett, org.nr uten leser eller ukjent, uten varslingsadresse, siste kontroll "
        "av uåpnet post, gjennomgang av tilganger og når det sist ble lest fra Altinn. Bare "
        "antall og datoer, ingen personopplysninger.",
        epilog="Avslutningskoder: 0 = ingen rader med noe å gjøre, 1 = feil ved lesing eller "
        "lagring, 2 = feil i kommandoen eller statusfilen ble avvist, 3 = noen rader har noe "
        "som må gjøres.",
    )
    overview.add_argument(
        "--out", metavar="FIL", type=Path, help="lagre oversikten i FIL.xlsx (Excel) eller FIL.pdf"
    )
    overview.add_argument(
        "--importer",
        metavar="FIL",
        type=Path,
        action="append",
        default=[],
        help="hent inn en statusfil fra en kommune først (kan gjentas)",
    )
    overview.add_argument(
        "--godta",
        metavar="FINGERAVTRYKK",
        help="første gang (eller når kommunen har ny nøkkel): "
        "fingeravtrykket kommunen har lest opp for deg",
    )
    overview.add_argument(
        "--bare-avvik", action="store_true", help="vis bare kommuner der noe må gjøres"
    )
    overview.add_argument(
        "--sok",
        metavar="TEKST",
        default="",
        help="vis bare kommuner med TEKST i navnet eller org.nr",
    )

    status = commands.add_parser(
        "status",
        help="statusfil til regionkoordinatoren",
        description="Lag en signert statusfil for koordinatoren.",
    )
    actions = status.add_subparsers(
        dest="status_command", metavar="HANDLING", parser_class=parser_class
    )
    export = actions.add_parser(
        "eksporter",
        help="lag statusfilen",
        description="Lag en statusfil for arbeidsflaten: antall, datoer og steg, ingen "
        "personopplysninger, signert med denne maskinens nøkkel. Send filen til "
        "koordinatoren, og les opp fingeravtrykket for dem på telefon første gang.",
    )
    export.add_argument(
        "--out",
        metavar="FIL",
        type=Path,
        required=True,
        help="filen som skal lages (for eksempel status.json)",
    )
    export.add_argument(
        "--workspace", metavar="ID", type=int, help="arbeidsflaten (trengs når det finnes flere)"
    )

    routine = commands.add_parser(
        "rutine",
        help="fast kontroll av uåpnet post",
        description="Det maskinens planlegger starter.",
    )
    r_actions = routine.add_subparsers(
        dest="routine_command", metavar="HANDLING", parser_class=parser_class
    )
    run = r_actions.add_parser(
        "kjor",
        help="kjør den faste kontrollen nå",
        description="Kontroller den nyeste rapporten i mappen den faste kontrollen bruker, "
        "og lagre kontrollen i historikken.",
        epilog="Avslutningskoder: 0 = ingen i faresonen (eller ikke tid ennå for en kontroll "
        "annenhver uke), 1 = fant ingen rapport eller kunne ikke lese den, 2 = ingen fast "
        "kontroll for arbeidsflaten, 3 = brev i faresonen.",
    )
    run.add_argument("--workspace", metavar="ID", type=int, required=True)


def run(args: argparse.Namespace, open_store, choose_workspace) -> int | None:
    if args.command == "oversikt":
        return _overview(args, open_store)
    if args.command == "status" and getattr(args, "status_command", None) == "eksporter":
        return _status_export(args, open_store, choose_workspace)
    if args.command == "rutine" and getattr(args, "routine_command", None) == "kjor":
        return _routine_run(args, open_store)
    return None


def _overview(args: argparse.Namespace, open_store) -> int:
    from desktop_app.services.composition import Services
    from desktop_app.services.region import COLUMNS, Filter, needs, table_row
    from desktop_app.services.status_file import KeyNotTrusted, StatusFileError

    out: Path | None = args.out
    if out is not None and out.suffix.casefold() not in (".xlsx", ".pdf"):
        print(f"«{out.name}» må slutte på .xlsx (Excel) eller .pdf.", file=sys.stderr)
        return EXIT_INPUT
    today = date.today()
    with open_store(writes=bool(args.importer)) as db:
        services = Services(db)
        for path in args.importer:
            try:
                outcome = services.status_files.import_file(path, trust=args.godta)
            except KeyNotTrusted as exc:
                print(exc.message, file=sys.stderr)
                print("Kjør på nytt med --godta «FINGERAVTRYKK» når det stemmer.", file=sys.stderr)
                return EXIT_INPUT
            except StatusFileError as exc:
                print(f"{path.name}: {exc.message}", file=sys.stderr)
                return EXIT_INPUT
            print(outcome.message)
        rows = services.region.rows(today, imported=services.status_files.imported_rows())
        wanted = Filter(text=args.sok, only_needing_work=args.bare_avvik)
        rows = [r for r in rows if wanted.keep(r, today)]
        if out is not None:
            from desktop_app.services.region import RegionError

            try:
                if out.suffix.casefold() == ".xlsx":
                    services.region.export_xlsx(rows, out, today)
                else:
                    _write_pdf(services.region.overview_html(rows, today), out)
            except RegionError as exc:
                print(f"Oversikten ble ikke lagret: {exc.message}", file=sys.stderr)
                return EXIT_PROBLEMS
            except OSError as exc:
                print(f"Oversikten ble ikke lagret: {exc.strerror or exc}.", file=sys.stderr)
                return EXIT_PROBLEMS
            many = "kommune" if len(rows) == 1 else "kommuner"
            print(f"Oversikten ({len(rows)} {many}) er lagret i {out}.")
    if not rows:
        print(
            "Ingen kommuner å vise. Lag en arbeidsflate, eller hent inn en statusfil med "
            "--importer FIL."
        )
        return EXIT_OK
    for row in rows:
        cells = table_row(row, today)
        print(f"{cells[0]} (org.nr {cells[1]})")
        for i in range(2, len(COLUMNS)):
            value = cells[i]
            print(f"  {COLUMNS[i]}: {'–' if value is None else value}")
    return EXIT_NEEDS_WORK if any(needs(r, today) for r in rows) else EXIT_OK


def _write_pdf(html: str, path: Path) -> None:
    """PDF without a window: Qt's offscreen platform when there is no display."""
    if (
        not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
        and sys.platform.startswith("linux")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from desktop_app.views.pdf import write_pdf

    app = QGuiApplication.instance() or QGuiApplication(["postvakt-cli"])
    write_pdf(html, path, title="Regionoversikt")
    del app


def _status_export(args: argparse.Namespace, open_store, choose_workspace) -> int:
    from desktop_app.services.composition import Services
    from desktop_app.services.status_file import WHAT_IT_PROVES, StatusFileError

    with open_store(writes=True) as db:
        workspace, ok = choose_workspace(db, args.workspace, None, True)
        if not ok:
            return EXIT_INPUT
        try:
            status = Services(db).status_files.export(workspace.id, args.out)
        except StatusFileError as exc:
            print(exc.message, file=sys.stderr)
            return EXIT_PROBLEMS
    print(f"Statusfilen for {workspace.name} er lagret i {args.out}.")
    print(f"Fingeravtrykk: {status.fingerprint}")
    print(
        "Første gang: les fingeravtrykket opp for koordinatoren på telefon (ikke i samme "
        "e-post som filen). " + WHAT_IT_PROVES
    )
    return EXIT_OK


def _routine_run(args: argparse.Namespace, open_store) -> int:
    from desktop_app.domain.cancellation import TaskState
    from desktop_app.domain.routines import RoutineError
    from desktop_app.services.composition import Services
    from desktop_app.services.unopened_check import CheckError, CheckNotSaved

    with open_store(writes=True) as db:
        services = Services(db)
        routine = services.routines.get(args.workspace)
        workspace = services.workspaces.get_workspace(args.workspace)
        if routine is None or workspace is None:
            print(
                f"Arbeidsflate {args.workspace} har ingen fast kontroll. Sett den opp under "
                "Regionoversikt i Postvakt.",
                file=sys.stderr,
            )
            return EXIT_INPUT
        if not services.routines.due(routine):
            print(
                "Kontrollen går annenhver uke, og forrige kjøring var for under to uker "
                "siden. Ingenting gjort."
            )
            return EXIT_OK
        try:
            report = services.routines.report_to_check(routine)
        except RoutineError as exc:
            print(exc.message, file=sys.stderr)
            return EXIT_PROBLEMS
        with contextlib.ExitStack() as stack:
            refresh = None
            if routine.refresh:
                from desktop_app.cli import _refresher

                refresh = _refresher(stack)
                if refresh is None:
                    services.routines.warn(
                        workspace.id, "SvarUt-oppsettet mangler, så statusene fra filen ble brukt."
                    )
            try:
                try:
                    outcome = services.followup.run_check(
                        TaskState(), workspace, report, routine.answer, refresh=refresh
                    )
                except CheckNotSaved as exc:  # the store was busy: try once more
                    outcome = services.followup.check.save_check(exc.outcome)
            except CheckError as exc:
                services.routines.failed(workspace.id, f"{report.name}: {exc.message}")
                print(f"Kunne ikke kontrollere «{report.name}»: {exc.message}", file=sys.stderr)
                return EXIT_PROBLEMS
        found = _finding(services, workspace, outcome.at_risk_count)
        services.routines.ran(workspace.id, report, outcome.at_risk_count, finding=found)
    print(
        f"Fast kontroll for {workspace.name}: {report.name} er kontrollert og lagret. "
        f"Brev i faresonen: {outcome.at_risk_count}."
    )
    if found is not None:
        from desktop_app.services import routines

        print(f"Varsel: {found.text_nb}")
        print(routines.start_notifier())
    return EXIT_NEEDS_WORK if outcome.at_risk_count else EXIT_OK


def _finding(services, workspace, at_risk: int):
    """Letters at risk, or a review of the access past its date: the user must hear of it."""
    from datetime import UTC, datetime

    from desktop_app.domain.routines import finding

    review = services.access.routine(workspace.id)
    late = review.saved and review.due and review.next_due is not None
    return finding(
        workspace.id,
        workspace.name,
        datetime.now(UTC).isoformat(timespec="seconds"),
        at_risk,
        review.next_due.isoformat() if late else "",
    )
