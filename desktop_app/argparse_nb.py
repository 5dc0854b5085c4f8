"""argparse with its fixed English phrases said in bokmål (``postvakt`` and ``postvakt-cli``)."""

from __future__ import annotations

import argparse
import sys


class BokmalParser(argparse.ArgumentParser):
    """An ArgumentParser whose help, usage and error messages are in bokmål."""

    def format_help(self) -> str:
        text = super().format_help()
        return (
            text.replace("usage:", "bruk:")
            .replace("positional arguments:", "argumenter:")
            .replace("options:", "valg:")
            .replace("show this help message and exit", "vis denne hjelpen og avslutt")
            .replace("show program's version number and exit", "vis versjonen og avslutt")
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
        self.exit(
            2,
            f"{self.prog}: feil: {message}\nSkriv «{self.prog} --help» for å se hva som går an.\n",
        )
