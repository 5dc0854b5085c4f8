"""``postvakt-cli tilgang les --fra-portal FIL``: who holds confidential post, read from the
Altinn portal's own download («Last ned til fil»), recorded per org number.

Exit 0: read; 2: the file is not the download, or some rows were skipped (the rest is
recorded). The log entry names who read it in (``--av``, else the user on this machine).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_INPUT = 0, 2


def add_command(actions: Any) -> None:
    """Add ``les`` to ``postvakt-cli tilgang``."""
    from desktop_app.importers.portal_export import PORTAL_STEPS_NB

    read = actions.add_parser(
        "les",
        help="les hvem som har tilgang fra Altinn-portalens nedlasting (uten innlogging)",
        description="Les filen fra «Last ned til fil» i Altinn-portalen, og før inn hvem som "
        "har tilgang til taushetsbelagt post for hvert organisasjonsnummer filen gjelder. "
        + PORTAL_STEPS_NB,
        epilog="Avslutningskoder: 0 = lest, 2 = filen kunne ikke leses, eller noen rader ble "
        "hoppet over (resten er ført inn).",
    )
    read.add_argument(
        "--fra-portal",
        metavar="FIL",
        type=Path,
        required=True,
        help="zip-filen fra «Last ned til fil» (eller tilgangspakker.csv fra den)",
    )
    read.add_argument(
        "--workspace",
        metavar="ID",
        type=int,
        help="arbeidsflaten; kan sløyfes når det bare finnes én",
    )
    read.add_argument(
        "--med-underenheter",
        action="store_true",
        help="filen ble lastet ned med «Inkluder fullmakter i … sine underenheter» slått på: "
        "underenheter uten rader i filen har ingen med tilgang",
    )
    read.add_argument("--av", metavar="NAVN", help="hvem som leser inn filen (står i loggen)")


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def run(args: argparse.Namespace) -> int:
    from desktop_app.cli import _open
    from desktop_app.cli_plan import _workspace
    from desktop_app.domain.access import grant_label
    from desktop_app.domain.identifiers import format_orgnr
    from desktop_app.services.composition import Services
    from desktop_app.services.confidential_access import AccessError

    source: Path = args.fra_portal
    if not source.is_file():
        print(f"Fant ikke filen «{source}». Sjekk navnet og mappen.", file=sys.stderr)
        return EXIT_INPUT
    with _open(writes=True) as db:
        workspace = _workspace(db, args.workspace)
        if workspace is None:
            return EXIT_INPUT
        services = Services(db, actor=lambda: args.av)
        try:
            result = services.portal_reads.read(
                workspace.id, source, with_subunits=args.med_underenheter
            )
        except AccessError as exc:
            print(exc.message_nb, file=sys.stderr)
            return EXIT_INPUT
        for error in result.errors:
            print(error.reason, file=sys.stderr)
        rows = {r.orgnr: r for r in services.access.matrix(workspace.id)}
    day = ".".join(reversed(result.downloaded_on.split("-"))) + " " if result.downloaded_on else ""
    print(
        f"Lest fra portalens nedlasting {day}(fil {result.file_name}): "
        f"{_count(len(result.read), 'organisasjonsnummer', 'organisasjonsnumre')}."
    )
    for orgnr in result.read:
        row = rows.get(orgnr)
        if row is None:
            continue
        own = [h for h in row.holders if h.orgnr == orgnr]
        who = (
            "; ".join(f"{h.name} ({', '.join(grant_label(g) for g in h.grants)})" for h in own)
            or "ingen kan lese taushetsbelagt post"
        )
        print(f"  {format_orgnr(orgnr)} {row.name}: {who}")
    if result.older:
        print(
            f"Ikke endret for {_count(len(result.older), 'organisasjonsnummer', 'organisasjonsnumre')}"
            ": Postvakt har lest nyere opplysninger for dem (fra Altinn eller en nyere fil)."
        )
    if result.outside:
        print(
            f"{_count(len(result.outside), 'organisasjonsnummer', 'organisasjonsnumre')} i "
            "filen er ikke i arbeidsflaten og er hoppet over."
        )
    return EXIT_INPUT if any(e.skipped for e in result.errors) else EXIT_OK
