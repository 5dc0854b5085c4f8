"""``postvakt-cli tilgang|varsling plan|utfor``: a coordinator's list applied to many org
numbers from a script.

* ``plan --fra FIL`` prints the changes that would make Altinn match the list, from what
  Postvakt has read (``--les`` reads from Altinn first). Exit 0: nothing to do; 3: changes
  are waiting; 2: the list has errors (the plan for the good rows is still printed).
* ``utfor --fra FIL`` signs in, reads what Altinn has, plans, applies, reads back and prints
  what succeeded and what failed with why. Øving and Test go ahead at once; Produksjon only
  with ``--ja-produksjon``. Exit 0: all done; 1: something failed (run it again: what was
  done is not done twice).

Every change is recorded in the log by the service that made it, naming the signed-in
person.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import webbrowser
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_PROBLEMS, EXIT_INPUT, EXIT_PENDING = 0, 1, 2, 3

_WHAT = {
    "tilgang": "hvem som skal lese taushetsbelagt post",
    "varsling": "hvilke varslingsadresser hvert organisasjonsnummer skal ha",
}


def add_commands(commands: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    for name, help_text, columns in (
        (
            "tilgang",
            "gi og fjern tilgang til taushetsbelagt post for mange organisasjonsnumre",
            "Organisasjonsnummer, Navn, Fødselsnummer, E-post, Grunn",
        ),
        (
            "varsling",
            "legg til og fjern varslingsadresser for mange organisasjonsnumre",
            "Organisasjonsnummer, Varslingsadresse (e-post eller mobil)",
        ),
    ):
        group = commands.add_parser(
            name,
            help=help_text,
            description=f"Les en liste over {_WHAT[name]} (CSV eller Excel med kolonnene "
            f"{columns}), og se eller utfør endringene i Altinn. Skriv «alle» som "
            "organisasjonsnummer for alle enhetene i arbeidsflaten, eller et nummer med + "
            "etter for enheten og underenhetene. Organisasjonsnumre som står i listen, blir "
            "gjort nøyaktig slik listen sier; de andre røres ikke.",
        )
        actions = group.add_subparsers(
            dest="plan_command", metavar="HANDLING", parser_class=parser_class
        )
        plan = actions.add_parser(
            "plan",
            help="vis hva som må endres (endrer ingenting)",
            description="Vis endringene som trengs for at Altinn skal stemme med listen.",
            epilog="Avslutningskoder: 0 = ingenting å endre, 2 = feil i listen, "
            "3 = endringer venter.",
        )
        run = actions.add_parser(
            "utfor",
            help="logg inn i Altinn og gjør endringene",
            description="Logg inn, les hva Altinn har, og gjør endringene i listen. Hver "
            "endring leses tilbake fra Altinn og skrives i loggen.",
            epilog="Avslutningskoder: 0 = alt er gjort, 1 = noe feilet (kjør på nytt; det som "
            "er gjort, gjøres ikke om igjen), 2 = feil i listen eller kommandoen.",
        )
        if name == "tilgang":
            from desktop_app.cli_portal import add_command as add_portal_read

            add_portal_read(actions)
        for p in (plan, run):
            p.add_argument(
                "--fra", metavar="FIL", type=Path, required=True, help="listen (CSV eller XLSX)"
            )
            p.add_argument(
                "--workspace",
                metavar="ID",
                type=int,
                help="arbeidsflaten; kan sløyfes når det bare finnes én",
            )
        plan.add_argument(
            "--les", action="store_true", help="logg inn og les hva Altinn har før planen lages"
        )
        run.add_argument(
            "--ja-produksjon",
            action="store_true",
            help="gjør endringene også i Produksjon (kreves der)",
        )


def run(args: argparse.Namespace) -> int | None:
    """The command's exit code, or None when ``args`` is not one of these commands."""
    if args.command not in ("tilgang", "varsling"):
        return None
    if args.plan_command is None:
        print(
            f"Velg en handling. Skriv «postvakt-cli {args.command} --help» for å se hvilke.",
            file=sys.stderr,
        )
        return EXIT_INPUT
    if args.plan_command == "les":
        from desktop_app.cli_portal import run as run_portal_read

        return run_portal_read(args)
    return _run(
        args.command,
        args.plan_command,
        args.fra,
        args.workspace,
        read_first=getattr(args, "les", False) or args.plan_command == "utfor",
        production_ok=getattr(args, "ja_produksjon", False),
    )


def _run(
    kind: str,
    action: str,
    source: Path,
    workspace_id: int | None,
    *,
    read_first: bool,
    production_ok: bool,
) -> int:
    from desktop_app.cli import _open
    from desktop_app.domain.cancellation import TaskState
    from desktop_app.services.access_plan import PlanError
    from desktop_app.services.composition import Services
    from desktop_app.settings import Settings
    from desktop_app.storage.paths import app_paths

    if not source.is_file():
        print(f"Fant ikke filen «{source}». Sjekk navnet og mappen.", file=sys.stderr)
        return EXIT_INPUT
    settings = Settings.load(app_paths().settings_file)
    env = settings.environment
    if action == "utfor" and env.is_production and not production_ok:
        print(
            "Miljøet er Produksjon. Se planen først med «plan», og kjør på nytt med "
            "--ja-produksjon for å gjøre endringene i Altinn.",
            file=sys.stderr,
        )
        return EXIT_INPUT
    with _open(writes=read_first) as db, contextlib.ExitStack() as stack:
        workspace = _workspace(db, workspace_id)
        if workspace is None:
            return EXIT_INPUT
        adapters = None
        actor: list[str | None] = [None]
        services = Services(db, actor=lambda: actor[0])
        if read_first:
            adapters = _sign_in(stack, settings, actor, services)
            if adapters is None:
                return EXIT_PROBLEMS
        planner = services.access_plan
        try:
            wanted = planner.read_list(workspace.id, source)
        except PlanError as exc:
            print(exc.message, file=sys.stderr)
            return EXIT_INPUT
        for error in wanted.errors:
            print(error.reason, file=sys.stderr)
        if adapters is not None:
            _read_from_altinn(services, kind, adapters, workspace.id)
        else:
            print(
                "Planen bygger på det Postvakt sist leste fra Altinn eller fikk ført inn. "
                "Bruk --les for å lese fra Altinn først."
            )
        if kind == "tilgang":
            plan = planner.plan_access(workspace.id, wanted.readers)
        else:
            plan = planner.plan_addresses(workspace.id, wanted.addresses)
        _print_plan(plan)
        if action == "plan":
            if wanted.errors:
                return EXIT_INPUT
            return EXIT_OK if plan.empty else EXIT_PENDING
        if plan.empty:
            return EXIT_INPUT if wanted.errors else EXIT_OK
        print(f"Utfører i {env.label} …")
        results = planner.apply(
            TaskState(),
            workspace.id,
            plan,
            access_api=adapters.access if adapters else None,
            notification_api=adapters.notifications if adapters else None,
        )
        return _print_results(results, bool(wanted.errors))


def _workspace(db: Any, workspace_id: int | None) -> Any:
    """The workspace the list is for, or None after saying which to choose."""
    from desktop_app.cli_workspace import WorkspaceChoice, choose_workspace

    found, _ = choose_workspace(
        db,
        workspace_id,
        WorkspaceChoice(
            none="Det finnes ingen arbeidsflate ennå. Lag en med: postvakt-cli workspaces "
            "create --navn NAVN --orgnr ORGNR, og hent virksomhetene i Postvakt."
        ),
    )
    return found


def _sign_in(stack: contextlib.ExitStack, settings: Any, actor: list[str | None], services: Any):
    """Sign in to Altinn for this run (Øving: the sandbox on this machine, without a browser;
    Test and Produksjon: in the browser). Returns the Altinn adapters, or None after saying
    why not."""
    from desktop_app.cli import practice
    from desktop_app.domain.environments import Environment
    from desktop_app.integrations.environments import urls_for
    from desktop_app.services.altinn_adapters import AltinnAdapters
    from desktop_app.services.session import Session
    from desktop_app.storage.secrets import SecretStore

    base = None
    if settings.environment is Environment.OVING:
        sandbox = practice().start()
        stack.callback(sandbox.stop)
        base = sandbox.base_url
        print("Øving: logger inn i øvingssandkassen på denne maskinen.", file=sys.stderr)
    urls = urls_for(settings.environment, base)
    session = Session(SecretStore(), settings, lambda: urls, audit=services.audit)
    stack.callback(session.close)

    # The run's sign-in ends with the run: tokens revoked, the sign-out recorded.
    def sign_out() -> None:
        if session.signed_in:
            session.sign_out()

    stack.callback(sign_out)
    try:
        pending = session.prepare_sign_in()
        if not pending.practice:
            print(
                "Logg inn i nettleseren som åpnes nå (eller åpne denne adressen selv):\n"
                f"  {pending.url}",
                file=sys.stderr,
            )
            webbrowser.open(pending.url)
        info = session.complete_sign_in(None, pending)
    except Exception as exc:
        message = getattr(exc, "message_nb", None) or getattr(exc, "message", None)
        print(message or "Innloggingen lyktes ikke. Prøv igjen.", file=sys.stderr)
        return None
    actor[0] = info.name or None
    print(f"Logget inn som {info.name}.", file=sys.stderr)
    adapters = AltinnAdapters(session, urls)
    stack.callback(adapters.close)
    return adapters


def _read_from_altinn(services: Any, kind: str, adapters: Any, workspace_id: int) -> None:
    from desktop_app.domain.cancellation import TaskState

    if kind == "tilgang":
        failed = services.access.refresh_holders(adapters.access, workspace_id, TaskState())
    else:
        failed = services.notifications.refresh(adapters.notifications, workspace_id)
    if failed:
        print(
            f"Kunne ikke lese fra Altinn for {len(failed)} organisasjonsnumre; for dem "
            "bygger planen på det Postvakt hadde fra før:",
            file=sys.stderr,
        )
        for orgnr, message in failed[:10]:
            print(f"  {orgnr}: {message}", file=sys.stderr)


def _print_plan(plan: Any) -> None:
    from desktop_app.domain.identifiers import format_orgnr

    print(plan.summary())
    for item in plan.items:
        line = f"  {item.label}: {item.who} – {item.unit_name} ({format_orgnr(item.orgnr)})"
        print(line)
        print(f"      {item.why}")
        if item.missing:
            print(f"      Kan ikke gjøres ennå: {item.missing}")
    if plan.inherited:
        print(f"Dekkes gjennom hovedenheten ({len(plan.inherited)}):")
        for inherited in plan.inherited[:20]:
            print(
                f"  {inherited.who} – {format_orgnr(inherited.orgnr)} via "
                f"{format_orgnr(inherited.via_orgnr)}"
            )
    for orgnr in plan.unknown_units:
        print(f"  {format_orgnr(orgnr)} er ikke i arbeidsflaten og er hoppet over.")


def _print_results(results: list, list_had_errors: bool) -> int:
    from desktop_app.domain.access_plan import Outcome, results_summary
    from desktop_app.domain.identifiers import format_orgnr

    for r in results:
        mark = {"utført": "✓", "feilet": "✗", "ikke utført": "–"}[r.outcome.value]
        text = f"  {mark} {r.item.label}: {r.item.who} – {format_orgnr(r.item.orgnr)}"
        if r.message:
            text += f": {r.message}"
        print(text)
    print(results_summary(results))
    if any(r.outcome is not Outcome.DONE for r in results):
        return EXIT_PROBLEMS
    return EXIT_INPUT if list_had_errors else EXIT_OK
