"""Øving: what the services need from the practice sandbox, handed in from the edge.

The sandbox (desktop_app.sandbox) is chosen where the program is put together, in
desktop_app.app and desktop_app.cli (:func:`desktop_app.cli.practice`); services and views
get a :class:`Practice` and never import the sandbox themselves. With none (``None``), Øving
has nothing to talk to, and what needs it says so.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from desktop_app.integrations.maskinporten import MaskinportenCredentials
from desktop_app.integrations.svarut import SvarUtCredentials

NOT_AVAILABLE_NB = (
    "Øving er ikke tilgjengelig i denne utgaven av Postvakt (sandkassen mangler). "
    "Bytt til Test eller Produksjon under Innstillinger."
)


class RunningSandbox(Protocol):
    """A sandbox serving the practice services on loopback."""

    @property
    def base_url(self) -> str: ...

    def stop(self) -> None: ...


@dataclass(frozen=True)
class Practice:
    """The practice sandbox and its fictional accounts. No real secret is ever sent to it."""

    start: Callable[[], RunningSandbox]
    """Start a sandbox on 127.0.0.1 (blocking; call it off the GUI thread)."""
    maskinporten: Callable[[], MaskinportenCredentials]
    """The practice Maskinporten client, known to every sandbox of this process."""
    svarut: Callable[[], SvarUtCredentials]
    """The practice SvarUt konto and integration."""


class PracticeUnavailable(Exception):
    """Øving was asked for, but this program was put together without the sandbox."""

    def __init__(self) -> None:
        self.message_nb = NOT_AVAILABLE_NB
        super().__init__(NOT_AVAILABLE_NB)


def require(practice: Practice | None) -> Practice:
    if practice is None:
        raise PracticeUnavailable
    return practice
