"""The three environments Postvakt can talk to: production, test (TT02) and practice.

Pure rules: which environment is real, what to call it, how to explain it. The base URLs
for each environment live in :mod:`desktop_app.integrations.environments`.
"""

from __future__ import annotations

from enum import StrEnum


class Environment(StrEnum):
    """Where Postvakt's API calls go. The value is what settings store."""

    PRODUKSJON = "produksjon"
    TEST = "test"
    OVING = "oving"

    @property
    def label(self) -> str:
        """Short bokmål name for menus, banners and window titles."""
        return _LABELS[self]

    @property
    def explanation(self) -> str:
        """One bokmål sentence on what choosing this environment means."""
        return _EXPLANATIONS[self]

    @property
    def is_production(self) -> bool:
        """True only where changes reach real organisations and people."""
        return self is Environment.PRODUKSJON

    @property
    def is_sandbox(self) -> bool:
        """True when every call goes to the local practice sandbox (no network)."""
        return self is Environment.OVING


_LABELS: dict[Environment, str] = {
    Environment.PRODUKSJON: "Produksjon",
    Environment.TEST: "Test (TT02)",
    Environment.OVING: "Øving (lokal sandkasse)",
}

_EXPLANATIONS: dict[Environment, str] = {
    Environment.PRODUKSJON: "ekte tjenester: endringer gjelder ekte virksomheter og personer.",
    Environment.TEST: (
        "testmiljøene til Altinn (TT02), ID-porten, Maskinporten og SvarUt, med "
        "syntetiske testdata fra Tenor og innlogging med TestID."
    ),
    Environment.OVING: (
        "alt skjer i en sandkasse på denne maskinen, med oppdiktede virksomheter og "
        "personer; ingenting sendes ut på nettet."
    ),
}
