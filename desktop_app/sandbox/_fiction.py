"""The fictional people and organisations every sandbox service shares (Øving and tests).

One cast, so a person who signs in through the sandbox ID-porten is the same person Altinn
lists as daglig leder, Enhetsregisteret names in the roles, and the access tests grant
packages to. Organisations are the demo municipality Fjordvik (org numbers starting with 3:
valid check digit, never real). Fødselsnumre have valid check digits; they are made up.
Extend by appending; do not renumber (tests refer to these values).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from desktop_app.resources import demo_dir


@dataclass(frozen=True)
class Person:
    pid: str  # fødselsnummer (made up, valid check digits)
    name: str
    email: str
    mobile: str  # +47 and 8 digits
    title: str


@dataclass(frozen=True)
class Organisation:
    orgnr: str
    name: str
    form: str  # organisasjonsform: KOMM, ORGL, BEDR …
    parent: str | None
    street: str = ""  # the address line; postnummer and poststed are POSTNUMMER, POSTSTED
    deleted_on: str | None = None  # slettedato (ISO date) for a unit deleted in the register

    @property
    def deleted(self) -> bool:
        return self.deleted_on is not None


PEOPLE: tuple[Person, ...] = (
    Person(
        "12037140099",
        "Ingrid Fjell Berg",
        "ingrid.berg@fjordvik.example",
        "+4791234501",
        "kommunedirektør (daglig leder)",
    ),
    Person(
        "05068341010", "Ola Strand", "ola.strand@fjordvik.example", "+4791234502", "IT-koordinator"
    ),
    Person(
        "23099042095",
        "Sara Holm",
        "sara.holm@fjordvik.example",
        "+4741234503",
        "leder i barnevernstjenesten",
    ),
    Person("14117843018", "Per Lunde", "per.lunde@fjordvik.example", "+4791234504", "kommunelege"),
    Person("02026544095", "Hanne Vik", "hanne.vik@fjordvik.example", "+4741234505", "rektor"),
    Person(
        "17089545021", "Jonas Bakken", "jonas.bakken@fjordvik.example", "+4791234506", "arkivleder"
    ),
)

# The person who signs in by default in the sandbox ID-porten, and who is daglig leder of
# the municipality in the sandbox Enhetsregisteret.
DAGLIG_LEDER = PEOPLE[0]
MUNICIPALITY_ORGNR = "310000000"
KS_ORGNR = "971032146"  # KS-Kommunesektorens organisasjon (real; the DPI delegation goes here)

# Fjordvik's place: a kommunenummer and postnummer no real municipality or place has.
KOMMUNENUMMER = "4699"
POSTNUMMER = "5999"
POSTSTED = "FJORDVIK"


@cache
def organisations() -> tuple[Organisation, ...]:
    """The demo municipality's units (resources/demo/demo-kommune.json)."""
    data = json.loads((demo_dir() / "demo-kommune.json").read_text(encoding="utf-8"))
    return tuple(
        Organisation(
            u["organisasjonsnummer"],
            u["navn"],
            u["organisasjonsform"],
            u["overordnet"],
            u.get("adresse", ""),
            u.get("slettedato"),
        )
        for u in data["enheter"]
    )


def daglig_leder_of(orgnr: str) -> Person | None:
    """Daglig leder in the sandbox Enhetsregisteret: the municipality's is DAGLIG_LEDER; the
    organisasjonsledd have their own (NAV Fjordvik has none registered)."""
    return {
        MUNICIPALITY_ORGNR: DAGLIG_LEDER,
        "310100005": PEOPLE[3],  # Helse og omsorg: Per Lunde
        "310200018": PEOPLE[4],  # Oppvekst: Hanne Vik
        "310700002": PEOPLE[5],  # Teknisk: Jonas Bakken
    }.get(orgnr)


def person(pid: str) -> Person | None:
    return next((p for p in PEOPLE if p.pid == pid), None)


def organisation(orgnr: str) -> Organisation | None:
    return next((o for o in organisations() if o.orgnr == orgnr), None)
