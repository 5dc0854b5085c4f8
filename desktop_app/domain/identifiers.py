"""Norwegian identifiers: organisasjonsnummer (9 digits, mod-11 check digit) and
fødselsnummer / D-nummer (11 digits, two mod-11 check digits).

Validation is python-stdnum's; this module adds the plain-bokmål message a user sees, and how
the numbers look after a spreadsheet has handled them: a fødselsnummer whose birth day starts
with 0 loses that 0 when Excel takes it for a number (``1029400470``), and people write them
with a hyphen or a space between birth date and personal number (``010294-00470``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from stdnum.exceptions import InvalidChecksum, InvalidFormat, InvalidLength, ValidationError
from stdnum.no import fodselsnummer as _fnr
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


_SEPARATORS = str.maketrans("", "", " .-\u00a0\u2011")


def compact_number(text: str) -> str:
    """``" 971 032 146"`` / ``"010294-00470"`` → the digits, when only digits and separators
    (space, no-break space, dot, hyphen) are there; otherwise the text stripped."""
    stripped = text.strip()
    compact = stripped.translate(_SEPARATORS)
    return compact if compact.isdigit() and compact.isascii() else stripped


def person_number(text: str) -> str | None:
    """The 11-digit fødselsnummer (or D-nummer) ``text`` is, with its check digits right, or
    ``None``. Also accepted: a hyphen, space or dot between the parts, and 10 digits that make
    a valid number with the 0 Excel took away in front."""
    digits = compact_number(text)
    if not digits.isdigit():
        return None
    if len(digits) == 10:
        digits = "0" + digits
    if len(digits) != 11:
        return None
    return digits if _fnr.is_valid(digits) else None


def org_number(text: str) -> str | None:
    """The 9-digit organisasjonsnummer ``text`` is, with its check digit right, or ``None``."""
    digits = compact_number(text)
    return digits if len(digits) == 9 and _orgnr.is_valid(digits) else None


def recipient_number(text: str) -> str:
    """A recipient number as an export writes it → the form Postvakt keeps: digits only for an
    org.nr or a fødselsnummer (the lost leading 0 put back when the check digits say so);
    anything else stripped, as written."""
    digits = compact_number(text)
    if len(digits) == 10 and digits.isdigit():
        return person_number(digits) or digits
    return digits


# An 11-digit number on its own, also written «DDMMÅÅ NNNNN» or «DDMMÅÅ-NNNNN», is taken for a
# fødselsnummer (or D-nummer): personal data. The log blanks it; the screen keeps the birth date.
PERSON_NUMBER = re.compile(r"(?<!\d)(\d{6})[ -]?(\d{5})(?!\d)")


def mask_person_numbers(text: str) -> str:
    """``av 01029400470 hos`` → ``av 010294 ***** hos``: the birth date stays (to tell people
    apart), the personal number is hidden; org numbers (9 digits) stay. Every screen that
    shows a fødselsnummer masks it this way."""
    return PERSON_NUMBER.sub(r"\1 *****", text)
