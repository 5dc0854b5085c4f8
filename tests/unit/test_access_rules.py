"""Taushetsbelagt post and varsling: the rules a user sees as matrix colours, flags and
validation messages."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.domain.access import (
    PACKAGE_CODE,
    ApprovedReader,
    FlagKind,
    Holder,
    HolderSource,
    Level,
    Reason,
    RoutineSettings,
    UnitRef,
    add_months,
    address_flags,
    coverage,
    grant_code,
    next_review,
    nobody_can_read,
    review_due,
)
from desktop_app.domain.contacts import (
    AddressKind,
    NotificationAddress,
    can_remove,
    check_address,
    check_email,
    check_mobile,
)

A, B, C = "310000000", "310100005", "310200018"
UNITS = [UnitRef(A, "Kommunen"), UnitRef(B, "Helse"), UnitRef(C, "Skole")]


def reader(orgnr, name, email, mobile=""):
    return ApprovedReader(None, orgnr, name, email, Reason.HELSE, mobile)


def holder(orgnr, name, email, grants=(PACKAGE_CODE,)):
    return Holder(None, orgnr, name, email, tuple(grants), HolderSource.MANUAL)


def address(orgnr, value):
    kind = AddressKind.EMAIL if "@" in value else AddressKind.SMS
    return NotificationAddress(None, orgnr, kind, value)


# --- matrix --------------------------------------------------------------------------------------


def test_matrix_red_amber_green():
    approved = [reader(A, "Sara Holm", "sara@k.no"), reader(B, "Per Lunde", "per@k.no")]
    holders = [
        holder(A, "Sara Holm", "SARA@k.no"),
        holder(B, "Per Lunde", "per@k.no"),
        holder(B, "Ola Strand", "ola@k.no", ("A0288",)),
    ]
    addresses = [address(A, "sara@k.no"), address(B, "per@k.no")]
    rows = {r.orgnr: r for r in coverage(UNITS, approved, holders, addresses)}

    assert rows[A].level is Level.OK  # e-mail matched case-insensitively
    assert rows[B].level is Level.WARN
    assert [h.name for h in rows[B].extras] == ["Ola Strand"]
    assert "Ola Strand" in rows[B].problems[0]
    assert rows[C].level is Level.BAD
    assert not rows[C].has_reader and not rows[C].has_notification
    assert nobody_can_read(rows.values()) == 1


def test_reader_without_approved_list_or_address_is_amber_not_green():
    rows = coverage([UnitRef(A, "K")], [], [holder(A, "Ola", "ola@k.no")], [])
    assert rows[0].level is Level.WARN
    assert any("godkjent-listen" in p for p in rows[0].problems)
    assert any("varslingsadresse" in p.lower() for p in rows[0].problems)


def test_approved_but_not_yet_granted_is_red_with_what_to_do():
    rows = coverage(
        [UnitRef(A, "K")], [reader(A, "Sara", "sara@k.no")], [], [address(A, "sara@k.no")]
    )
    assert rows[0].level is Level.BAD
    assert rows[0].missing[0].name == "Sara"
    assert "Gi tilgang" in rows[0].problems[0]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("urn:altinn:accesspackage:post-til-virksomheten-med-taushetsbelagt-innhold", PACKAGE_CODE),
        ("urn:altinn:accesspackage:posttilvirksomhetenmedtaushetsbelagtinnhold", PACKAGE_CODE),
        ("Post til virksomheten med taushetsbelagt innhold", PACKAGE_CODE),
        ("urn:altinn:rolecode:a0286", "A0286"),
        ("a0287", "A0287"),
        ("SENS01", "SENS01"),
        ("5504/3", "A0288"),
        ("Post/arkiv", None),
        ("", None),
    ],
)
def test_grant_codes(text, code):
    assert grant_code(text) == code


# --- flags ---------------------------------------------------------------------------------------


def test_flags_unapproved_address_no_address_and_notified_without_access():
    approved = [
        reader(A, "Sara Holm", "sara@k.no", "+4741234503"),
        reader(B, "Sara Holm", "sara@k.no", "+4741234503"),
    ]
    holders = [holder(A, "Sara Holm", "sara@k.no")]  # she can read A, not B
    addresses = [address(A, "sara@k.no"), address(A, "postmottak@k.no"), address(B, "+4741234503")]
    flags = address_flags(UNITS, approved, holders, addresses)
    kinds = {(f.kind, f.orgnr) for f in flags}
    assert kinds == {
        (FlagKind.NOT_APPROVED, A),  # postmottak belongs to nobody on the list
        (FlagKind.CANNOT_READ, B),  # Sara notified for B, cannot read there
        (FlagKind.NO_ADDRESS, C),
    }
    cannot = next(f for f in flags if f.kind is FlagKind.CANNOT_READ)
    assert "Sara Holm" in cannot.text and "Helse" in cannot.text


# --- validation ----------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["+47 912 34 567", "91234567", "412 34 567", "0047 91234567"])
def test_norwegian_mobile_numbers_accepted(text):
    result = check_mobile(text)
    assert result.ok, result.error
    assert result.value.startswith("+47") and len(result.value) == 11
    assert result.country_code == "+47" and len(result.phone) == 8


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("22 33 44 55", "mobilnummer"),  # landline
        ("+46 70 12", "landskoden +46"),  # too short for Sweden
        ("9123456", "mobilnummer"),  # 7 digits
        ("tlf", "telefonnummer"),
    ],
)
def test_bad_mobile_numbers_refused_with_reason(text, says):
    result = check_mobile(text)
    assert not result.ok
    assert says in result.error


@pytest.mark.parametrize(
    "text", ["+47 42 12 34 56", "43123456", "+4744123456", "49 12 34 56", "+47 45 36 12 34"]
)
def test_norwegian_numbers_libphonenumber_calls_invalid_are_refused_as_altinn_does(text):
    # Altinn Profile: IsValidNumber(countryCode + phone, "NO"); 8 digits starting with 4 or 9
    # is not enough (NotificationAddressRequest.cs).
    result = check_mobile(text)
    assert not result.ok
    assert "gyldig norsk mobilnummer" in result.error
    assert result.error.endswith("(Altinn svarer: «Phone number is not valid.»)")


@pytest.mark.parametrize(
    ("text", "country", "phone"),
    [
        ("+46 70 123 45 67", "+46", "701234567"),  # Altinn accepts any valid number abroad
        ("0045 20 12 34 56", "+45", "20123456"),
    ],
)
def test_valid_foreign_numbers_are_accepted_as_altinn_does(text, country, phone):
    result = check_mobile(text)
    assert result.ok, result.error
    assert (result.country_code, result.phone) == (country, phone)


def test_an_email_altinns_pattern_accepts_is_accepted():
    # email-validator alone refuses special-use domains such as .test; Altinn does not.
    assert check_email("post@kommune.test").value == "post@kommune.test"
    refused = check_email("sara@k.n0")
    assert "Altinn svarer: «The field Email must match the regular expression" in refused.error


@pytest.mark.parametrize(
    "text", ["a@b", "sara holm@k.no", "sara@[10.0.0.1]", '"s"@k.no', "sara@k.n0"]
)
def test_emails_altinn_refuses(text):
    assert not check_email(text).ok


def test_address_decides_kind():
    assert check_address(" Post@Kommune.no ").kind is AddressKind.EMAIL
    assert check_address("+4791234567").kind is AddressKind.SMS
    assert not check_address("").ok


def test_last_address_cannot_be_removed():
    one = NotificationAddress(1, A, AddressKind.EMAIL, "a@k.no")
    two = NotificationAddress(2, A, AddressKind.EMAIL, "b@k.no")
    other = NotificationAddress(3, B, AddressKind.EMAIL, "c@k.no")
    assert can_remove([one, other], one) is not None
    assert "siste" in can_remove([one, other], one)
    assert can_remove([one, two, other], one) is None


# --- routine -------------------------------------------------------------------------------------


def test_review_due_on_the_chosen_interval():
    s = RoutineSettings(approver_title="kommunedirektør", review_months=3)
    assert next_review(s, None, date(2026, 1, 31)) == date(2026, 4, 30)
    assert not review_due(s, None, date(2026, 4, 29), started=date(2026, 1, 31))
    assert review_due(s, None, date(2026, 4, 30), started=date(2026, 1, 31))
    assert next_review(s, date(2026, 5, 1), date(2026, 1, 1)) == date(2026, 8, 1)
    assert add_months(date(2026, 11, 15), 3) == date(2027, 2, 15)


@pytest.mark.parametrize(
    ("text", "ok", "says"),
    [
        ("141178 43018", True, ""),
        ("14117843019", False, "Kontrollsifrene"),
        ("1411784301", False, "11 siffer"),
        ("ola.strand", True, ""),
        ("", False, "Skriv inn"),
    ],
)
def test_person_identifier_checked_before_altinn_counts_a_failure(text, ok, says):
    from desktop_app.domain.access import check_person_identifier

    value, error = check_person_identifier(text)
    assert (value is not None) is ok
    assert says in (error or "")


def test_people_known_by_username_are_told_apart():
    from desktop_app.domain.access import same_person

    assert not same_person(reader(A, "Ola", "ola.strand"), holder(A, "Per", "per.lunde"))
    assert same_person(reader(A, "Ola", "Ola.Strand"), holder(A, "Ola S.", "ola.strand"))
    assert same_person(reader(A, "Ola Strand", ""), holder(A, "ola  strand", ""))


def test_what_was_never_read_is_unknown_not_a_red_fact():
    from desktop_app.domain.access import (
        Holder,
        HolderSource,
        Level,
        UnitRef,
        coverage,
        coverage_counts,
    )

    units = [
        UnitRef("310000000", "Kommunen"),
        UnitRef("310100005", "Helse"),
        UnitRef("310200018", "Oppvekst"),
    ]
    typed = Holder(None, "310200018", "Kari Dahl", "", ("A0286",), HolderSource.MANUAL)
    rows = coverage(
        units,
        [],
        [typed],
        [],
        holders_read={"310000000": "2026-12-06T10:00:00+00:00"},
        addresses_read={},
    )
    level = {r.orgnr: r.level for r in rows}
    assert level["310000000"] is Level.BAD  # read from Altinn: nobody there, a fact
    assert level["310100005"] is Level.UNKNOWN  # never read, nothing recorded
    assert level["310200018"] is Level.WARN  # recorded by hand: known
    unknown = next(r for r in rows if r.orgnr == "310100005")
    assert "Ukjent" in unknown.problems[0] and not unknown.holders_known
    counts = coverage_counts(rows)
    assert (counts.bad, counts.warn, counts.unknown, counts.known) == (1, 1, 1, 2)
    assert counts.oldest_read == "2026-12-06T10:00:00+00:00"


def test_addresses_are_known_where_read_from_altinn_or_where_some_are_recorded():
    from desktop_app.domain.access import addresses_known_units
    from desktop_app.domain.contacts import AddressKind, NotificationAddress

    typed = NotificationAddress(None, "310100005", AddressKind.EMAIL, "a@b.no", None, "manuell")

    known = addresses_known_units({"310000000": "2026-12-06T10:00:00+00:00"}, [typed])

    assert known == {"310000000", "310100005"}
