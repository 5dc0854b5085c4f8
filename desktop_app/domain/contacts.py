"""Notification addresses (e-post and mobil) and the rules Altinn applies to them.

Altinn's Profile API accepts, for an organisation's notification address, either one e-mail
address or one phone number with a country code. Postvakt refuses exactly what Altinn
refuses, before anything is saved or sent, and shows Altinn's own text behind its bokmål
message. [V] Altinn/altinn-profile @ 92998aa (2026-08-06):
``src/Altinn.Profile/Models/OrganizationNotificationAddresses/NotificationAddressRequest.cs``
(``Validate``, ``IsValidPhoneNumber``), ``Validators/PhoneNumberValidator.cs`` and
``Validators/CustomRegexForNotificationAddressesAttribute.cs``:

* ``phone`` only digits; ``countryCode`` ``+`` and 1-3 digits (both regexes must match the
  whole value, as ASP.NET's ``RegularExpressionAttribute`` does);
* libphonenumber ``IsValidNumber(Parse(countryCode + phone, "NO"))`` (any valid number of
  any country, so +47 42…, 43…, 44… and 49… are refused: no such Norwegian numbers exist);
* for ``+47`` also exactly 8 digits starting with 4 or 9 (a Norwegian mobile number);
* e-mail: the KoFuVi pattern (no quoted local part, no IP literal, a top-level domain of
  2-14 letters). email-validator normalises first.

Altinn uses libphonenumber-csharp 9.0.35; Postvakt the Python port (same metadata for
Norway at 9.0.x [I]). A few rules on top come from Altinn too: an organisation number must
keep at least one address (the API refuses to delete the last one, 409).

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
    value: str | None  # e-mail in its normal form, or a phone number as "+<country><digits>"
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.value is not None

    @property
    def country_code(self) -> str | None:
        """``+47`` and the like: what Altinn stores in ``countryCode``."""
        if self.kind is not AddressKind.SMS or self.value is None:
            return None
        return split_phone(self.value)[0]

    @property
    def phone(self) -> str | None:
        """The national part of a phone number (what Altinn stores in ``phone``)."""
        if self.kind is not AddressKind.SMS or self.value is None:
            return None
        return split_phone(self.value)[1]


# Altinn's own texts, shown behind Postvakt's message ([V] NotificationAddressRequest.cs;
# the e-mail text is ASP.NET's default for a RegularExpressionAttribute without a message).
ALTINN_PHONE_INVALID = "Phone number is not valid."
ALTINN_EMAIL_INVALID = "The field Email must match the regular expression '…'."

# Altinn's KoFuVi pattern (CustomRegexForNotificationAddressesAttribute, OrganizationEmail).
_ALTINN_EMAIL = re.compile(
    r"^(([a-zA-Z0-9!#$%&'*+\-=?^_`{}~])+(\.([a-zA-Z0-9!#$%&'*+\-=?^_`{}~])+)*)@"
    r"(((([a-zA-Z0-9æøåÆØÅ]([a-zA-Z0-9\-æøåÆØÅ]{0,61})[a-zA-Z0-9æøåÆØÅ]\.)"
    r"|[a-zA-Z0-9æøåÆØÅ]\.){1,9})([a-zA-Z]{2,14}))$"
)
_ALTINN_PHONE = re.compile(r"[0-9]+")
_ALTINN_COUNTRY = re.compile(r"\+[0-9]{1,3}")


def _altinn_says(text: str) -> str:
    return f"(Altinn svarer: «{text}»)"


def altinn_refuses_phone(country_code: str, phone: str) -> bool:
    """True when Altinn's Profile API would refuse ``countryCode``/``phone`` as sent."""
    if not _ALTINN_PHONE.fullmatch(phone) or not _ALTINN_COUNTRY.fullmatch(country_code):
        return True
    try:
        valid = phonenumbers.is_valid_number(phonenumbers.parse(country_code + phone, "NO"))
    except phonenumbers.NumberParseException:
        valid = False
    if country_code == "+47" and (len(phone) != 8 or phone[0] not in "49"):
        valid = False
    return not valid


def split_phone(value: str) -> tuple[str, str]:
    """``+4791234567`` → ``("+47", "91234567")``: Altinn's ``countryCode`` and ``phone``."""
    try:
        number = phonenumbers.parse(value, "NO")
    except phonenumbers.NumberParseException:
        digits = re.sub(r"\D", "", value)
        return "+47", digits[2:] if digits.startswith("47") and len(digits) == 10 else digits
    return f"+{number.country_code}", phonenumbers.national_significant_number(number)


def check_email(text: str) -> AddressCheck:
    """An e-mail address, refused exactly when Altinn's KoFuVi pattern refuses it."""
    raw = (text or "").strip()
    if not raw:
        return AddressCheck(None, None, "Skriv inn en e-postadresse.")
    if not _ALTINN_EMAIL.fullmatch(raw):
        return AddressCheck(
            AddressKind.EMAIL,
            None,
            f"«{raw}» er ikke en e-postadresse Altinn godtar. Bruk bare bokstaver (a-z), siffer, "
            "punktum og bindestrek, og skriv den slik: navn@kommune.no. "
            + _altinn_says(ALTINN_EMAIL_INVALID),
        )
    try:  # only to write it the usual way (lower-case domain); Altinn's rule decides
        normal = validate_email(
            raw, check_deliverability=False, globally_deliverable=False
        ).normalized
    except EmailNotValidError:
        normal = raw
    return AddressCheck(AddressKind.EMAIL, normal if _ALTINN_EMAIL.fullmatch(normal) else raw)


def check_mobile(text: str) -> AddressCheck:
    """A phone number for SMS notices, refused exactly when Altinn would refuse it."""
    raw = (text or "").strip()
    if not raw:
        return AddressCheck(None, None, "Skriv inn et mobilnummer.")
    hint = (
        "Et norsk mobilnummer har 8 siffer og begynner på 4 eller 9, for eksempel "
        "+47 912 34 567. Et utenlandsk nummer skrives med landskode, for eksempel "
        "+46 70 123 45 67."
    )
    try:
        number = phonenumbers.parse(raw, "NO")
    except phonenumbers.NumberParseException:
        return AddressCheck(AddressKind.SMS, None, f"«{raw}» er ikke et telefonnummer. {hint}")
    country = f"+{number.country_code}"
    national = phonenumbers.national_significant_number(number)
    if altinn_refuses_phone(country, national):
        what = (
            "et gyldig norsk mobilnummer"
            if country == "+47"
            else (f"et gyldig telefonnummer med landskoden {country}")
        )
        return AddressCheck(
            AddressKind.SMS,
            None,
            f"«{raw}» er ikke {what}. Sjekk nummeret. {hint} " + _altinn_says(ALTINN_PHONE_INVALID),
        )
    return AddressCheck(AddressKind.SMS, country + national)


def check_address(text: str) -> AddressCheck:
    """An e-mail address when the text has an @, else a mobile number."""
    raw = (text or "").strip()
    if not raw:
        return AddressCheck(None, None, "Skriv inn en e-postadresse eller et mobilnummer.")
    return check_email(raw) if "@" in raw else check_mobile(raw)


def format_address(kind: AddressKind, value: str) -> str:
    """``+4791234567`` → ``+47 912 34 567``; other countries as libphonenumber writes them;
    e-mail as it is."""
    if kind is AddressKind.SMS and value.startswith("+47") and len(value) == 11:
        n = value[3:]
        return f"+47 {n[:3]} {n[3:5]} {n[5:]}"
    if kind is AddressKind.SMS and value.startswith("+"):
        try:
            return phonenumbers.format_number(
                phonenumbers.parse(value), phonenumbers.PhoneNumberFormat.INTERNATIONAL
            )
        except phonenumbers.NumberParseException:
            return value
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


def duplicate_of(
    addresses: list[NotificationAddress], orgnr: str, value: str, ignore_id: int | None = None
) -> NotificationAddress | None:
    key = address_key(value)
    return next(
        (
            a
            for a in addresses
            if a.orgnr == orgnr and a.id != ignore_id and address_key(a.value) == key
        ),
        None,
    )
