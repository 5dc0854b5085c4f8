"""The unopened check: which confidential letters to businesses may lie unopened, and who
to call first."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.domain.svarut import OSLO, Shipment, ShipmentStatus, parse_status
from desktop_app.domain.unopened import (
    DigitalOnlySetting,
    RiskLevel,
    Urgency,
    classify,
    risk_of,
    urgency_of,
)

S = ShipmentStatus
AT, NOT, UNKNOWN = RiskLevel.AT_RISK, RiskLevel.NOT_AT_RISK, RiskLevel.UNKNOWN
NOW = datetime(2026, 6, 1, 12, 0, tzinfo=OSLO)
ORG_A, ORG_B, ORG_C = "320135710", "320162858", "320149282"

# Every status of v1–v3 with its outcome for a confidential letter to an org.nr.
EXPECTED = {
    S.VARSLET: AT,
    S.SENDT_DIGITALT: AT,
    S.IKKE_LEVERT: AT,
    S.LEST: NOT,
    S.PRINTET: NOT,
    S.SENDT_PRINT: NOT,
    S.MANUELT_HANDTERT: NOT,
    S.LEVERT_SDP: NOT,
    S.LEVERT_NHN_MOTTAKER: NOT,
    S.MOTTATT: UNKNOWN,
    S.AKSEPTERT: UNKNOWN,
    S.AVVIST: UNKNOWN,
    S.FEILET_UNDER_MOTTAK: UNKNOWN,
    S.KLAR_FOR_MOTTAK: UNKNOWN,
    S.SENDT_SDP: UNKNOWN,
    S.SLETTET: UNKNOWN,
    S.SENDT_NHN_MOTTAKER: UNKNOWN,
}


def letter(
    status=S.VARSLET,
    recipient=ORG_A,
    *,
    days_ago=10,
    confidential=True,
    digital_only=None,
    name="Fjordvik Idrettslag",
    id_="d6b23522-ddf3-462a-8140-16e59e1f476d",
    text=None,
):
    if isinstance(status, str):
        text, status = status, parse_status(status)
    return Shipment(
        id_,
        NOW - timedelta(days=days_ago) if days_ago is not None else None,
        status,
        text if text is not None else (status.value if status else ""),
        "Vedtak",
        name,
        recipient,
        confidential,
        digital_only,
        "26/00001-1",
        2,
    )


def test_every_status_of_v1_to_v3_has_an_outcome():
    assert set(EXPECTED) == set(ShipmentStatus)


@pytest.mark.parametrize("status", list(S), ids=lambda s: s.value)
def test_outcome_of_each_status_for_confidential_letter_to_business(status):
    risk = risk_of(letter(status))
    assert risk.level is EXPECTED[status]
    assert risk.reason.strip()  # always says why, in bokmål


@pytest.mark.parametrize("status", list(S), ids=lambda s: s.value)
def test_status_is_compared_case_insensitively(status):
    for text in (status.value.lower(), status.label_nb.upper()):
        assert risk_of(letter(text)).level is EXPECTED[status]


def test_unopened_letter_reason_tells_what_to_do():
    assert "Kontakt mottakeren" in risk_of(letter(S.VARSLET)).reason
    assert "papir" in risk_of(letter(S.SENDT_DIGITALT)).reason


def test_letter_to_a_person_is_not_part_of_the_check():
    risk = risk_of(letter(S.VARSLET, "01029400470"))
    assert risk.level is NOT
    assert "person" in risk.reason


def test_letter_that_is_not_confidential_is_not_at_risk():
    risk = risk_of(letter(S.SENDT_DIGITALT, confidential=False))
    assert risk.level is NOT
    assert "ikke taushetsbelagt" in risk.reason


def test_file_without_confidential_flag_counts_the_letter_as_confidential():
    risk = risk_of(letter(S.VARSLET, confidential=None))
    assert risk.level is AT
    assert "regner det som taushetsbelagt" in risk.reason


def test_unknown_status_is_unknown_and_quotes_the_text():
    risk = risk_of(letter("Venter på noe", text="Venter på noe"))
    assert risk.level is UNKNOWN
    assert "«Venter på noe»" in risk.reason
    assert risk_of(letter("", text="")).level is UNKNOWN


def test_unopened_letter_without_usable_orgnr_is_unknown():
    assert risk_of(letter(S.VARSLET, "")).level is UNKNOWN
    ten_digits = risk_of(letter(S.VARSLET, "1029400470"))
    assert ten_digits.level is UNKNOWN
    assert "Excel" in ten_digits.reason


def test_urgency_follows_the_municipality_setting():
    notified = letter(S.VARSLET, days_ago=2)
    assert urgency_of(notified, DigitalOnlySetting.DIGITAL_ONLY, NOW) is Urgency.HIGH
    assert urgency_of(notified, DigitalOnlySetting.PRINT_WHEN_UNREAD, NOW) is Urgency.LOW
    assert urgency_of(notified, DigitalOnlySetting.UNKNOWN, NOW) is Urgency.MEDIUM
    # The letter itself says "kun digital": no paper whatever the setting.
    digital = letter(S.VARSLET, days_ago=2, digital_only=True)
    assert urgency_of(digital, DigitalOnlySetting.PRINT_WHEN_UNREAD, NOW) is Urgency.HIGH
    # Still only notified long after the lesefrist: the paper fallback did not happen.
    stale = letter(S.VARSLET, days_ago=30)
    assert urgency_of(stale, DigitalOnlySetting.PRINT_WHEN_UNREAD, NOW) is Urgency.MEDIUM
    for status in (S.SENDT_DIGITALT, S.IKKE_LEVERT):
        for setting in DigitalOnlySetting:
            assert urgency_of(letter(status), setting, NOW) is Urgency.HIGH


def _ids():
    n = 0
    while True:
        n += 1
        yield f"00000000-0000-4000-8000-{n:012d}"


def test_classify_groups_by_recipient_most_urgent_first():
    ids = _ids()
    shipments = [
        letter(S.VARSLET, ORG_A, days_ago=3, id_=next(ids)),
        letter(S.VARSLET, ORG_A, days_ago=40, id_=next(ids)),
        letter(S.LEST, ORG_A, days_ago=50, id_=next(ids)),
        letter(S.SENDT_DIGITALT, ORG_B, days_ago=5, name="Furulund Barnehage", id_=next(ids)),
        letter(S.VARSLET, ORG_C, days_ago=100, name="Elvebakken", id_=next(ids)),
        letter(S.VARSLET, "01029400470", id_=next(ids)),
        letter(S.MOTTATT, ORG_C, id_=next(ids)),
    ]
    result = classify(shipments, NOW, DigitalOnlySetting.PRINT_WHEN_UNREAD)
    assert result.at_risk_count == 4
    assert result.not_at_risk_count == 2
    assert [s.status for s, _ in result.unknown] == [S.MOTTATT]
    assert result.total == len(shipments)

    # SENDT_DIGITALT never goes to paper: B first although A and C are older.
    assert [g.orgnr for g in result.groups] == [ORG_B, ORG_C, ORG_A]
    b, c, a = result.groups
    assert (b.urgency, b.count, b.age_days, b.name) == (Urgency.HIGH, 1, 5, "Furulund Barnehage")
    assert (a.count, a.age_days) == (2, 40)
    assert a.oldest_sent == NOW - timedelta(days=40)
    assert [s.sent_at for s in a.shipments] == sorted(s.sent_at for s in a.shipments)
    assert c.urgency is Urgency.MEDIUM  # 100 days notified under 1b: print did not happen


def test_digital_only_municipality_makes_every_unopened_letter_urgent():
    ids = _ids()
    shipments = [
        letter(S.VARSLET, ORG_A, days_ago=3, id_=next(ids)),
        letter(S.VARSLET, ORG_B, days_ago=30, id_=next(ids)),
        letter(S.VARSLET, ORG_B, days_ago=1, id_=next(ids)),
    ]
    result = classify(shipments, NOW, DigitalOnlySetting.DIGITAL_ONLY)
    assert [g.urgency for g in result.groups] == [Urgency.HIGH, Urgency.HIGH]
    assert [g.orgnr for g in result.groups] == [ORG_B, ORG_A]  # the oldest letter first


def test_recipient_is_as_urgent_as_its_most_urgent_letter_not_its_oldest():
    ids = _ids()
    result = classify(
        [
            letter(S.VARSLET, ORG_A, days_ago=30, id_=next(ids)),  # may still go to print
            letter(S.SENDT_DIGITALT, ORG_A, days_ago=2, id_=next(ids)),  # never printed
            letter(S.VARSLET, ORG_A, days_ago=20, id_=next(ids)),
        ],
        NOW,
        DigitalOnlySetting.PRINT_WHEN_UNREAD,
    )
    (group,) = result.groups
    assert group.urgency is Urgency.HIGH
    assert [s.status for s in group.shipments] == [S.VARSLET, S.VARSLET, S.SENDT_DIGITALT]


def test_group_without_any_date_sorts_after_dated_ones():
    ids = _ids()
    result = classify(
        [
            letter(S.SENDT_DIGITALT, ORG_A, days_ago=None, id_=next(ids)),
            letter(S.SENDT_DIGITALT, ORG_B, days_ago=1, id_=next(ids)),
        ],
        NOW,
    )
    assert [(g.orgnr, g.age_days) for g in result.groups] == [(ORG_B, 1), (ORG_A, None)]


def test_empty_input():
    result = classify([], NOW)
    assert (result.groups, result.at_risk_count, result.total) == ([], 0, 0)


letters = st.builds(
    letter,
    st.one_of(
        st.sampled_from([S.VARSLET, S.SENDT_DIGITALT, S.IKKE_LEVERT]),  # often at risk
        st.sampled_from(list(S)),
        st.sampled_from(["Forsvunnet", ""]),
    ),
    st.sampled_from([ORG_A, ORG_B, ORG_C, "01029400470", "", "12345", "ukjent"]),
    days_ago=st.one_of(st.none(), st.integers(0, 400)),
    confidential=st.sampled_from([True, False, None]),
    digital_only=st.sampled_from([True, False, None]),
)


@settings(max_examples=150, deadline=None)
@given(
    shipments=st.lists(letters, max_size=40),
    setting=st.sampled_from(list(DigitalOnlySetting)),
    as_generator=st.booleans(),
)
def test_classify_judges_every_letter_as_risk_of_does(shipments, setting, as_generator):
    """classify takes a shortcut past the letters marked as not confidential; whatever the
    letters, it must sort them exactly as judging each with risk_of would."""
    result = classify(iter(shipments) if as_generator else shipments, NOW, setting)
    risks = [risk_of(s) for s in shipments]
    assert result.at_risk == [s for s, r in zip(shipments, risks) if r.level is AT]
    assert result.unknown == [(s, r) for s, r in zip(shipments, risks) if r.level is UNKNOWN]
    assert result.not_at_risk_count == sum(r.level is NOT for r in risks)
    for group in result.groups:
        members = [s for s in result.at_risk if s.recipient_id == group.orgnr]
        assert sorted(group.shipments, key=id) == sorted(members, key=id)
        dated = [s.sent_at for s in group.shipments if s.sent_at is not None]
        assert [s.sent_at for s in group.shipments] == sorted(dated) + [None] * (
            group.count - len(dated)
        )
        assert group.oldest_sent == (min(dated) if dated else None)
        assert group.urgency == max(urgency_of(s, setting, NOW) for s in members)
    assert sum(g.count for g in result.groups) == result.at_risk_count
