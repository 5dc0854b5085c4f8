"""Notification addresses (e-post and mobil) and the rules Altinn applies to them.

Altinn's Profile API accepts, for an organisation's notification address, either one e-mail
address or one mobile number with a country code; for ``+47`` only 8 digits starting with 4
or 9 (a Norwegian mobile number), checked with libphonenumber (altinn.md §5.1). Postvakt
checks the same before anything is saved or sent: e-mail syntax with email-validator, phone
numbers with phonenumbers. A few rules on top come from Altinn too: an organisation number
must keep at least one address (the API refuses to delete the last one, 409).

Plain Python; messages are bokmål for the user.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

import phonenumbers
from email_validator import EmailNotValidError, validate_email


class AddressKind(StrEnum):
    EMAIL = "epost"
    SMS = "sms"


KIND_LABELS = {AddressKind.EMAIL: "E-post", AddressKind.SMS: "Mobil (SMS)"}


@dataclass(frozen=True)
class AddressCheck:
    """A checked address: ``kind`` and ``value`` (normalised) when ok, else ``error``."""

    kind: AddressKind | None
    value: str | None  # e-mail in its normal form, or a mobile number as "+47 8 digits"
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.value is not None

    @property
    def country_code(self) -> str | None:
        return "+47" if self.kind is AddressKind.SMS else None

    @property
    def phone(self) -> str | None:
        """The national part of a mobile number (what Altinn stores in ``phone``)."""
        if self.kind is not AddressKind.SMS or self.value is None:
            return None
        return self.value.removeprefix("+47")


# Altinn's KoFuVi pattern (altinn.md §5.1): no quoted local parts, no IP literals, a top-level
# domain of 2-14 letters. email-validator alone would accept a few forms Altinn refuses.
_ALTINN_EMAIL = re.compile(
    r"^(([a-zA-Z0-9!#$%&'*+\-=?^_`{}~])+(\.([a-zA-Z0-9!#$%&'*+\-=?^_`{}~])+)*)@"
    r"(((([a-zA-Z0-9æøåÆØÅ]([a-zA-Z0-9\-æøåÆØÅ]{0,61})[a-zA-Z0-9æøåÆØÅ]\.)"
    r"|[a-zA-Z0-9æøåÆØÅ]\.){1,9})([a-zA-Z]{2,14}))$"
)


def check_email(text: str) -> AddressCheck:
    raw = (text or "").strip()
    if not raw:
        return AddressCheck(None, None, "Skriv inn en e-postadresse.")
    try:
        normal = validate_email(raw, check_deliverability=False).normalized
    except EmailNotValidError:
        return AddressCheck(
            AddressKind.EMAIL, None,
            f"«{raw}» er ikke en gyldig e-postadresse. Den skal se slik ut: navn@kommune.no.",
        )
    if not _ALTINN_EMAIL.match(normal):
        return AddressCheck(
            AddressKind.EMAIL, None,
            f"Altinn godtar ikke «{raw}». Bruk bare bokstaver, siffer, punktum og bindestrek, "
            "for eksempel navn@kommune.no.",
        )
    return AddressCheck(AddressKind.EMAIL, normal)


def check_mobile(text: str) -> AddressCheck:
    raw = (text or "").strip()
    if not raw:
        return AddressCheck(None, None, "Skriv inn et mobilnummer.")
    hint = "Skriv et norsk mobilnummer med 8 siffer som begynner på 4 eller 9, for eksempel " \
           "+47 912 34 567."
    try:
        number = phonenumbers.parse(raw, "NO")
    except phonenumbers.NumberParseException:
        return AddressCheck(AddressKind.SMS, None, f"«{raw}» er ikke et telefonnummer. {hint}")
    national = str(number.national_number)
    if number.country_code != 47:
        return AddressCheck(
            AddressKind.SMS, None,
            f"«{raw}» er ikke et norsk nummer. Altinn sender SMS-varsler for virksomheter til "
            f"norske mobilnumre (+47). {hint}",
        )
    if len(national) != 8 or national[0] not in "49" or not phonenumbers.is_valid_number(number):
        return AddressCheck(AddressKind.SMS, None,
                            f"«{raw}» er ikke et norsk mobilnummer. {hint}")
    return AddressCheck(AddressKind.SMS, "+47" + national)


def check_address(text: str) -> AddressCheck:
    """An e-mail address when the text has an @, else a mobile number."""
    raw = (text or "").strip()
    if not raw:
        return AddressCheck(None, None,
                            "Skriv inn en e-postadresse eller et mobilnummer.")
    return check_email(raw) if "@" in raw else check_mobile(raw)


def format_address(kind: AddressKind, value: str) -> str:
    """``+4791234567`` → ``+47 912 34 567``; e-mail as it is."""
    if kind is AddressKind.SMS and value.startswith("+47") and len(value) == 11:
        n = value[3:]
        return f"+47 {n[:3]} {n[3:5]} {n[5:]}"
    return value


def address_key(value: str) -> str:
    """What two addresses are compared by: e-mail case-insensitively, numbers by digits."""
    text = (value or "").strip()
    if "@" in text or any(ch.isalpha() for ch in text):  # e-mail, or a username
        return text.casefold()
    digits = re.sub(r"\D", "", text)
    if len(digits) == 8:
        digits = "47" + digits
    return "+" + digits if digits else ""


@dataclass(frozen=True)
class NotificationAddress:
    """One notification address of an organisation number (Altinn: KoFuVi)."""

    id: int | None
    orgnr: str
    kind: AddressKind
    value: str  # normalised: e-mail, or "+47" and 8 digits
    remote_id: str | None = None  # notificationAddressId in Altinn, when read from the API
    source: str = "manuell"  # "api" or "manuell"

    @property
    def shown(self) -> str:
        return format_address(self.kind, self.value)


def can_remove(addresses: list[NotificationAddress], address: NotificationAddress) -> str | None:
    """None when ``address`` may be removed; else why not (bokmål). Altinn refuses to remove
    the last address of an organisation number, and so does Postvakt."""
    same_unit = [a for a in addresses if a.orgnr == address.orgnr]
    if len(same_unit) <= 1:
        return (
            "Dette er den siste varslingsadressen for organisasjonsnummeret. Altinn krever "
            "minst én. Legg til den nye adressen først, og fjern denne etterpå."
        )
    return None


def duplicate_of(addresses: list[NotificationAddress], orgnr: str, value: str,
                 ignore_id: int | None = None) -> NotificationAddress | None:
    key = address_key(value)
    return next((a for a in addresses if a.orgnr == orgnr and a.id != ignore_id
                 and address_key(a.value) == key), None)
