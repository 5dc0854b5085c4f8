"""Follow-up drafts: what a business is told, and what it is never told."""

from __future__ import annotations

from datetime import datetime
from urllib.parse import parse_qs, urlsplit

from desktop_app.domain.followup_drafts import (
    ACCESS_PACKAGE_NAME,
    draft_for,
    drafts_for,
    mailto_url,
)
from desktop_app.domain.svarut import OSLO, Shipment, ShipmentStatus
from desktop_app.domain.unopened import DigitalOnlySetting, classify

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=OSLO)


def _letter(
    n: int,
    day: int,
    month: int,
    org: str = "320135710",
    name: str = "Fjordvik IL",
    title: str = "Vedtak om barnevern for Kari Nordmann",
) -> Shipment:
    sent = datetime(2026, month, day, 9, 0, tzinfo=OSLO)
    return Shipment(
        f"00000000-0000-4000-8000-{n:012d}",
        sent,
        ShipmentStatus.VARSLET,
        "VARSLET",
        title=title,
        recipient_name=name,
        recipient_id=org,
        confidential=True,
        external_ref="26/00847-1",
    )


def _group(*letters: Shipment):
    return classify(letters, NOW, DigitalOnlySetting.DIGITAL_ONLY).groups[0]


def test_counts_dates_sender_and_the_access_package():
    draft = draft_for(
        _group(_letter(1, 6, 1), _letter(2, 14, 3), _letter(3, 2, 2)), "Fjordvik kommune"
    )
    assert draft.letters == 3
    assert "Fjordvik kommune har sendt 3 brev" in draft.body
    assert "mellom 06.01.2026 og 14.03.2026" in draft.body
    assert "Fjordvik IL (org.nr 320 135 710)" in draft.body
    assert f"«{ACCESS_PACKAGE_NAME}»" in draft.body
    assert draft.subject == "Uåpnet taushetsbelagt post fra Fjordvik kommune i Altinn"
    assert draft.body.rstrip().endswith("Fjordvik kommune")


def test_nothing_from_the_letters_themselves():
    draft = draft_for(_group(_letter(1, 6, 1)), "Fjordvik kommune")
    for secret in ("Kari", "Nordmann", "barnevern", "26/00847", "00000000-0000"):
        assert secret not in draft.body and secret not in draft.subject


def test_one_letter_and_no_name():
    draft = draft_for(_group(_letter(1, 6, 1, name="")), "Fjordvik kommune")
    assert "sendt ett brev" in draft.body and "den 06.01.2026" in draft.body
    assert "er brevet ikke åpnet" in draft.body
    assert "virksomheten med org.nr 320 135 710" in draft.body
    assert draft.recipient_label == "org.nr 320 135 710"


def test_one_draft_per_business_most_urgent_first():
    result = classify(
        [_letter(1, 6, 1), _letter(2, 1, 5, org="320162858", name="Furulund AS")],
        NOW,
        DigitalOnlySetting.DIGITAL_ONLY,
    )
    drafts = drafts_for(result.groups, "Fjordvik kommune")
    assert [d.orgnr for d in drafts] == ["320135710", "320162858"]  # oldest first


def test_mailto_opens_the_same_text_without_a_recipient():
    draft = draft_for(_group(_letter(1, 6, 1)), "Fjordvik kommune")
    url = urlsplit(mailto_url(draft))
    assert url.scheme == "mailto" and url.path == ""
    query = parse_qs(url.query)
    assert query["subject"] == [draft.subject]
    assert query["body"][0].replace("\r\n", "\n") == draft.body
