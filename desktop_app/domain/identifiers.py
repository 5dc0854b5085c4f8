"""Norwegian identifiers: organisasjonsnummer (9 digits, mod-11 check digit).

Validation is python-stdnum's; this module adds the plain-bokmål message a user sees.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from stdnum.exceptions import InvalidChecksum, InvalidFormat, InvalidLength, ValidationError
from stdnum.no import orgnr as _orgnr


@dataclass(frozen=True)
class OrgnrResult:
    value: str | None  # the compact 9-digit number when valid
    error: str | None  # a message in bokmål that says what to do, when invalid

    @property
    def ok(self) -> bool:
        return self.value is not None


def check_orgnr(text: str) -> OrgnrResult:
    """Check an organisation number as a user typed it (spaces and dots allowed)."""
    raw = (text or "").strip()
    if not raw:
        return OrgnrResult(None, "Skriv inn organisasjonsnummeret (9 siffer).")
    try:
        # People copy numbers as "971 032 146" or "971.032.146"; both are fine.
        return OrgnrResult(_orgnr.validate(raw.replace(".", "").replace("\u00a0", " ")), None)
    except InvalidLength:
        digits = sum(ch.isdigit() for ch in raw)
        return OrgnrResult(
            None,
            f"Et organisasjonsnummer har 9 siffer; her er det {digits}. "
            "Sjekk at du har fått med alle.",
        )
    except InvalidFormat:
        return OrgnrResult(
            None, "Organisasjonsnummeret kan bare inneholde siffer (mellomrom går fint)."
        )
    except InvalidChecksum:
        return OrgnrResult(
            None,
            "Kontrollsifferet stemmer ikke. Sjekk at organisasjonsnummeret er skrevet av riktig "
            "(du finner det i Enhetsregisteret).",
        )
    except ValidationError:
        return OrgnrResult(None, "Dette er ikke et gyldig organisasjonsnummer.")


def is_orgnr(text: str) -> bool:
    return check_orgnr(text).ok


def format_orgnr(number: str) -> str:
    """``123456785`` → ``123 456 785``, the way Brønnøysundregistrene prints it."""
    return _orgnr.format(number)


# An 11-digit number on its own, also written «DDMMÅÅ NNNNN», is taken for a fødselsnummer
# (or D-nummer): personal data. The log blanks it; the screen keeps the birth date.
PERSON_NUMBER = re.compile(r"(?<!\d)(\d{6}) ?(\d{5})(?!\d)")


def mask_person_numbers(text: str) -> str:
    """``av 01029400470 hos`` → ``av 010294 ***** hos``: the birth date stays (to tell people
    apart), the personal number is hidden; org numbers (9 digits) stay. Every screen that
    shows a fødselsnummer masks it this way."""
    return PERSON_NUMBER.sub(r"\1 *****", text)
