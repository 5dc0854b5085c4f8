"""SvarUt statuses: every status of API v1–v3 is known, and read the way exports write it."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

import pytest

from desktop_app.domain.svarut import (
    OSLO,
    RecipientKind,
    Shipment,
    ShipmentStatus,
    _CentralEuropeanTime,
    parse_status,
    recipient_kind,
)

S = ShipmentStatus

# svarut.md §3: the statuses of v1/v2 and v3.
V1_V2 = {
    "MOTTATT", "AKSEPTERT", "AVVIST", "KLAR_FOR_MOTTAK", "VARSLET", "LEST", "SENDT_DIGITALT",
    "SENDT_PRINT", "PRINTET", "SENDT_SDP", "LEVERT_SDP", "IKKE_LEVERT", "MANUELT_HANDTERT",
}  # fmt: skip
V3 = V1_V2 | {"FEILET_UNDER_MOTTAK", "SLETTET", "SENDT_NHN_MOTTAKER", "LEVERT_NHN_MOTTAKER"}


def test_every_status_of_v1_to_v3_is_known_with_its_versions():
    assert {s.value for s in S} == V3
    for status in S:
        expected = {3} if status.value not in V1_V2 else {1, 2, 3}
        assert status.api_versions == expected, status


@pytest.mark.parametrize("status", list(S), ids=lambda s: s.value)
def test_token_and_display_text_are_read_in_any_case(status):
    for text in (status.value, status.value.lower(), status.value.title(), f"  {status.value} "):
        assert parse_status(text) is status
    label = status.label_nb
    for text in (label, label.upper(), label.lower()):
        assert parse_status(text) is status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Varslet", S.VARSLET),
        ("Sendt digitalt", S.SENDT_DIGITALT),
        ("sendt  digitalt", S.SENDT_DIGITALT),
        ("Lest", S.LEST),
        ("Sendt print", S.SENDT_PRINT),
        ("Sendt til print", S.SENDT_PRINT),
        ("Printet", S.PRINTET),
        ("Manuelt håndtert", S.MANUELT_HANDTERT),
        ("MANUELT HÅNDTERT", S.MANUELT_HANDTERT),
        ("manuelt_handtert", S.MANUELT_HANDTERT),
        ("Ikke levert", S.IKKE_LEVERT),
        ("Ikke-levert", S.IKKE_LEVERT),
        ("Sendt til SDP", S.SENDT_SDP),
        ("Levert til SDP", S.LEVERT_SDP),
        ("Klar for mottak", S.KLAR_FOR_MOTTAK),
        ("Notified", S.VARSLET),
        ("Read", S.LEST),
        ("Not delivered", S.IKKE_LEVERT),
    ],
)
def test_display_texts_from_the_web_ui_and_exports(text, status):
    assert parse_status(text) is status


@pytest.mark.parametrize("text", ["", "   ", "Ukjent", "VENTER_PA_ANNEN_FORSENDELSE", None])
def test_unknown_text_is_none_not_a_guess(text):
    assert parse_status(text) is None


def test_recipient_kind_by_number_of_digits():
    assert recipient_kind("971032146") is RecipientKind.ORGANIZATION
    assert recipient_kind("01029400470") is RecipientKind.PERSON
    assert recipient_kind("") is RecipientKind.UNKNOWN
    assert recipient_kind("1029400470") is RecipientKind.UNKNOWN  # Excel ate the leading zero
    assert recipient_kind("97103214x") is RecipientKind.UNKNOWN


def test_a_fodselsnummer_never_appears_in_repr():
    shipment = Shipment(
        "d6b23522-ddf3-462a-8140-16e59e1f476d", None, S.VARSLET, "VARSLET",
        recipient_id="01029400470",
    )  # fmt: skip
    assert "01029400470" not in repr(shipment)
    assert shipment.recipient_kind is RecipientKind.PERSON


def test_oslo_time_has_winter_and_summer_offsets():
    assert datetime(2026, 1, 15, 12, tzinfo=OSLO).utcoffset() == timedelta(hours=1)
    assert datetime(2026, 7, 15, 12, tzinfo=OSLO).utcoffset() == timedelta(hours=2)


def test_fallback_zone_without_tz_database_agrees_with_zoneinfo():
    fallback = _CentralEuropeanTime()
    start = datetime(2025, 1, 1, tzinfo=UTC)
    for hours in range(0, 2 * 365 * 24, 7):
        utc = start + timedelta(hours=hours)
        wall = utc.astimezone(OSLO).replace(tzinfo=None)
        if wall.month in (3, 10) and wall.day >= 25 and wall.hour in (1, 2, 3):
            continue  # the switch hours themselves are ambiguous in wall time
        assert wall.replace(tzinfo=fallback).utcoffset() == wall.replace(tzinfo=OSLO).utcoffset()


def test_the_bulk_constructor_makes_the_same_shipment_as_the_class():
    names = [f.name for f in dataclasses.fields(Shipment)]
    values = [f"verdi {i}" for i in range(len(names))]
    fast, normal = Shipment.fast(*values), Shipment(*values)
    assert type(fast) is Shipment
    assert [getattr(fast, n) for n in names] == [getattr(normal, n) for n in names] == values
    assert dataclasses.replace(fast, title="ny").title == "ny"
