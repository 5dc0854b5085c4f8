"""Run the Øving sandbox on its own: ``python -m desktop_app.sandbox --port 8765``.

It serves until Ctrl+C. Useful for trying Postvakt's practice mode against a fixed port
or for poking at the endpoints with curl.

``POSTVAKT_OVING_REFRESH_TOKEN=ja`` makes the practice ID-porten issue refresh tokens to
public clients (by default it does not, as ID-porten documents; see
:mod:`desktop_app.sandbox.idporten`). It is read when Øving starts, in the app as here.
"""

from __future__ import annotations

import argparse
import sys
import threading

from desktop_app.sandbox.server import LOOPBACK, build_sandbox


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m desktop_app.sandbox",
        description="Postvakts øvingssandkasse: later som SvarUt, Altinn og de andre "
        "tjenestene, bare på denne maskinen.",
        epilog="Miljøvariabel: POSTVAKT_OVING_REFRESH_TOKEN=ja gir fornyingsnøkler "
        "(refresh token) til offentlige klienter i øvings-ID-porten, som ID-porten selv "
        "ikke gjør. Standard: ingen, og tilgangen lever i 120 sekunder.",
    )
    parser.add_argument(
        "--port",
        type=int,
        default=8765,
        help="porten å lytte på (0 = en ledig port); standard 8765",
    )
    parser.add_argument(
        "--host",
        default=LOOPBACK,
        help=f"må være {LOOPBACK}; sandkassen lytter aldri på nettverket",
    )
    args = parser.parse_args(argv)

    if args.host != LOOPBACK:
        print(
            f"Sandkassen kan bare lytte på {LOOPBACK} (denne maskinen), ikke på {args.host}.",
            file=sys.stderr,
        )
        return 2
    try:
        sandbox = build_sandbox(port=args.port)
        base_url = sandbox.start()
    except ValueError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    except OSError:
        print(
            f"Port {args.port} er opptatt eller ikke tilgjengelig. Velg en annen med "
            "--port, eller --port 0 for en ledig port.",
            file=sys.stderr,
        )
        return 1

    print(f"Øvingssandkassen kjører på {base_url}")
    print(f"Sjekk at den svarer: {base_url}/_sandbox/health")
    print("Trykk Ctrl+C for å stoppe.", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        sandbox.stop()
    print("\nSandkassen er stoppet.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
