"""``postvakt-cli sjekk-oppsett``: is the municipality ready for Postvakt in Test or Produksjon?

Runs :class:`~desktop_app.services.setup_check.SetupCheckService` and prints one line per
check: OK, FEIL (what is wrong and whom to ask) or IKKE SJEKKET (why). The run is written
in the log. ``--logg-inn`` signs in (in the browser; in Øving without one) so the Altinn
checks run too; without it a session stored from an earlier sign-in is used when there is
one. In Øving, ``--ovingsfeil NAVN`` turns on one of the sandbox's failure switches, to see
what each failure looks like.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import webbrowser
from typing import Any

EXIT_OK, EXIT_PROBLEMS, EXIT_INPUT = 0, 1, 2

_LABELS = {"ok": "OK", "feil": "FEIL", "ikke sjekket": "IKKE SJEKKET"}


def add_command(commands: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    check = commands.add_parser(
        "sjekk-oppsett",
        help="sjekk at kommunen er klar for Postvakt i Test eller Produksjon",
        description="Sjekk hver ting Postvakt trenger hos ID-porten, Altinn, Maskinporten og "
        "SvarUt: at ID-porten svarer, at kommunens ID-porten-klient finnes og godtar "
        "tilbakeadressen på denne maskinen, at klienten har hvert scope, at innloggingen gir "
        "tilgang til Altinn og at du kan representere kommunen, at maskinportensuppliers er "
        "slått på, at Altinn Profil svarer, at Maskinporten godtar nøkkelen og at SvarUt "
        "godtar kontoen og integrasjonen. Det som feiler, sier hva som er galt og hvem du skal "
        "spørre. Det som ikke kan sjekkes fordi noe før feilet, står som «ikke sjekket» med "
        "grunnen. Sjekken skrives i loggen.",
        epilog="Avslutningskoder: 0 = alt er i orden, 1 = noe feilet eller kunne ikke sjekkes "
        "(se listen), 2 = feil i det du skrev.",
    )
    check.add_argument(
        "--miljo",
        choices=("test", "produksjon", "oving"),
        help="miljøet som skal sjekkes: test (TT02) eller produksjon; oving "
        "bruker øvingssandkassen på denne maskinen (standard: miljøet som er "
        "valgt i Postvakt)",
    )
    who = check.add_mutually_exclusive_group()
    who.add_argument(
        "--workspace",
        metavar="ID",
        type=int,
        help="arbeidsflaten med kommunen (kan sløyfes når det bare finnes én)",
    )
    who.add_argument("--orgnr", metavar="ORGNR", help="kommunens organisasjonsnummer")
    check.add_argument(
        "--logg-inn",
        action="store_true",
        help="logg inn med ID-porten i nettleseren, så Altinn også blir sjekket",
    )
    check.add_argument("--json", action="store_true", help="skriv resultatet som JSON")
    check.add_argument(
        "--ovingsfeil",
        metavar="NAVN",
        action="append",
        default=[],
        help="bare med --miljo oving: slå på en feil i sandkassen (for eksempel "
        "idporten_unknown_client); kan gjentas. Et ukjent navn viser listen",
    )


def run(args: argparse.Namespace) -> int | None:
    """The exit code, or None when ``args`` is not this command."""
    if args.command != "sjekk-oppsett":
        return None
    from desktop_app.domain.environments import Environment
    from desktop_app.domain.identifiers import check_orgnr
    from desktop_app.settings import Settings
    from desktop_app.storage.paths import app_paths

    settings = Settings.load(app_paths().settings_file)
    env = Environment(args.miljo) if args.miljo else settings.environment
    if args.ovingsfeil and env is not Environment.OVING:
        print("--ovingsfeil går bare sammen med --miljo oving.", file=sys.stderr)
        return EXIT_INPUT
    orgnr = None
    if args.orgnr is not None:
        checked = check_orgnr(args.orgnr)
        if not checked.ok:
            print(f"--orgnr: {checked.error}", file=sys.stderr)
            return EXIT_INPUT
        orgnr = checked.value
    with contextlib.ExitStack() as stack:
        urls = _urls(stack, env, args.ovingsfeil)
        if urls is None:
            return EXIT_INPUT
        return _run(stack, settings, urls, args.workspace, orgnr, args.logg_inn, args.json)
    raise AssertionError("unreachable")  # pragma: no cover


def _urls(stack: contextlib.ExitStack, env: Any, failures: list[str]):
    from desktop_app.domain.environments import Environment
    from desktop_app.integrations.environments import urls_for

    if env is not Environment.OVING:
        return urls_for(env)
    from desktop_app.sandbox.server import build_sandbox

    sandbox = stack.enter_context(build_sandbox())
    try:
        sandbox.set_switches(**dict.fromkeys(failures, True))
    except ValueError:
        print("Ukjent øvingsfeil. Disse finnes:", file=sys.stderr)
        for name, text in sandbox.switch_texts().items():
            print(f"  {name}: {text}", file=sys.stderr)
        return None
    print("Øving: sjekker mot øvingssandkassen på denne maskinen.", file=sys.stderr)
    return urls_for(env, sandbox.base_url)


def _run(
    stack: contextlib.ExitStack,
    settings: Any,
    urls: Any,
    workspace_id: int | None,
    orgnr: str | None,
    sign_in: bool,
    as_json: bool,
) -> int:
    from desktop_app.cli import _open, practice
    from desktop_app.cli_workspace import WorkspaceChoice, choose_workspace
    from desktop_app.domain.cancellation import TaskState
    from desktop_app.services.composition import Services
    from desktop_app.services.session import Session
    from desktop_app.storage.secrets import SecretStore

    secrets = SecretStore()
    session = Session(secrets, settings, lambda: urls)
    stack.callback(session.close)
    stack.callback(session.forget)
    db = stack.enter_context(_open())
    workspace = None
    if orgnr is None:
        workspace, ok = choose_workspace(
            db,
            workspace_id,
            WorkspaceChoice(
                none=None,
                several="Det finnes flere arbeidsflater. Velg kommunen med --workspace ID "
                "eller --orgnr ORGNR:",
            ),
        )
        if not ok:
            return EXIT_INPUT
    services = Services(db, actor=lambda: session.info.name if session.info else None)
    checker = services.setup_check(settings, secrets, lambda: urls, session, practice())

    def signing_in(state: TaskState) -> None:
        if session.resume(state) is not None or not sign_in:
            return
        pending = session.prepare_sign_in()
        if not pending.practice:  # Øving: complete_sign_in plays the browser itself
            print(
                "Logg inn i nettleseren som åpnes nå (eller åpne denne adressen selv):\n"
                f"  {pending.url}",
                file=sys.stderr,
            )
            webbrowser.open(pending.url)
        session.complete_sign_in(state, pending)

    report = checker.run(TaskState(), orgnr=orgnr, workspace=workspace, sign_in=signing_in)
    if as_json:
        _print_json(report)
    else:
        _print_report(report, workspace)
    return EXIT_OK if report.all_ok else EXIT_PROBLEMS


def _print_json(report: Any) -> None:
    print(
        json.dumps(
            {
                "miljø": report.environment.value,
                "orgnr": report.orgnr,
                "sjekker": [
                    {
                        "nøkkel": r.key,
                        "hva": r.title,
                        "status": r.status.value,
                        "melding": r.message,
                        "spør": r.ask.label if r.ask else None,
                        "sjekket": r.checked_at.isoformat() if r.checked_at else None,
                    }
                    for r in report.results
                ],
            },
            ensure_ascii=False,
            indent=2,
        )
    )


def _print_report(report: Any, workspace: Any) -> None:
    from desktop_app.domain.identifiers import format_orgnr

    where = report.environment.label
    if workspace is not None:
        where += f", {workspace.name} (org.nr {format_orgnr(workspace.orgnr)})"
    elif report.orgnr:
        where += f", org.nr {format_orgnr(report.orgnr)}"
    when = report.started_at.astimezone().strftime("%d.%m.%Y kl. %H:%M")
    print(f"Sjekk av oppsettet i {where}, {when}")
    width = max(len(v) for v in _LABELS.values())
    for r in report.results:
        print(f"  {_LABELS[r.status.value].ljust(width)}  {r.title}")
        indent = " " * (width + 4)
        print(f"{indent}{r.message}")
        if r.ask is not None:
            print(f"{indent}Spør: {r.ask.label}")
    from desktop_app.services.setup_check import Status

    summary = (
        f"{report.count(Status.OK)} ok, {report.count(Status.FAILED)} feil, "
        f"{report.count(Status.NOT_CHECKED)} ikke sjekket"
    )
    if report.cancelled:
        summary += " (avbrutt)"
    print(f"Resultat: {summary}. Sjekken er skrevet i loggen.")
