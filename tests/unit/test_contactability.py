"""Who can get a § 8 notice: the KRR rules, the saved-list import and the lookup."""

from __future__ import annotations

import json
import logging
from datetime import UTC, date, datetime

import pytest

from desktop_app.domain.cancellation import TaskState
from desktop_app.domain.contactability import (
    KrrPerson,
    Reason,
    add_months,
    assess,
    is_stale,
    mask_pid,
    person_from_krr,
)
from desktop_app.domain.notices import Channel
from desktop_app.services.contactability import (
    ContactListError,
    import_contact_list,
    read_pids,
)

PID = "12037140099"  # made up, valid check digits
TODAY = date(2026, 11, 23)


def fresh(**changes) -> KrrPerson:
    when = datetime(2026, 10, 1, tzinfo=UTC)
    base = dict(
        pid=PID,
        reservation="NEI",
        status="AKTIV",
        notification_status="KAN_VARSLES",
        email="a@example.no",
        email_changed=when,
        mobile="+4791234567",
        mobile_changed=when,
        digital_post=True,
    )
    return KrrPerson(**(base | changes))


def test_a_person_with_fresh_addresses_can_be_notified_on_both_channels():
    result = assess(fresh(), TODAY)
    assert result.can(Channel.EPOST) and result.can(Channel.SMS)
    assert result.reasons_nb() == []


def test_eighteen_months_is_checked_per_channel_and_to_the_day():
    stale = datetime(2025, 5, 22, 12, tzinfo=UTC)  # 18 months + 1 day before TODAY
    edge = datetime(2025, 5, 23, 12, tzinfo=UTC)  # exactly 18 months: still usable
    result = assess(fresh(email_changed=stale, mobile_changed=edge), TODAY)
    assert not result.can(Channel.EPOST)
    assert result.can(Channel.SMS)
    assert result.reasons_nb() == [
        "e-post: adressen er ikke oppdatert eller bekreftet på over 18 måneder"
    ]
    assert is_stale(None, TODAY)


def test_month_arithmetic_keeps_month_ends():
    assert add_months(date(2024, 8, 31), 18) == date(2026, 2, 28)
    assert add_months(date(2022, 8, 31), 18) == date(2024, 2, 29)
    assert add_months(date(2025, 12, 15), 1) == date(2026, 1, 15)


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"reservation": "JA"}, Reason.RESERVED),
        ({"status": "SLETTET"}, Reason.DELETED),
        ({"status": "IKKE_REGISTRERT"}, Reason.NOT_FOUND),
        ({"notification_status": "KAN_IKKE_VARSLES"}, Reason.CANNOT_NOTIFY),
        ({"digital_post": False}, Reason.NO_DIGITAL_POST),
        ({"pid": "12037140098"}, Reason.INVALID_PID),
    ],
)
def test_each_person_rule_closes_every_channel(changes, reason):
    result = assess(fresh(**changes), TODAY)
    assert not result.can_notify
    assert reason in result.person_reasons
    assert result.reasons_nb()[0] == reason.label_nb


def test_fodselsnummer_is_masked_unless_asked():
    assert mask_pid(PID) == "120371 *****"
    assert "40099" not in mask_pid(PID)
    assert mask_pid("123") == "***"


def test_krr_json_is_read_with_short_offsets_and_the_latest_timestamp():
    person = person_from_krr(
        {
            "personidentifikator": PID,
            "reservasjon": "NEI",
            "status": "AKTIV",
            "varslingsstatus": "KAN_VARSLES",
            "kontaktinformasjon": {
                "epostadresse": "x@example.no",
                "epostadresse_oppdatert": "2023-06-29T10:14:52+02",
                "epostadresse_sist_verifisert": "2026-01-02T08:00:00Z",
            },
        }
    )
    assert person.email_changed == datetime(2026, 1, 2, 8, tzinfo=UTC)
    assert person.digital_post is False  # asked for it, and KRR said nothing: no mailbox
    assert (
        person_from_krr(
            {"personidentifikator": PID, "status": "AKTIV"}, asked_digital_post=False
        ).digital_post
        is None
    )


def test_pasted_numbers_keep_the_good_and_report_the_bad_by_line():
    pids, errors = read_pids(f"{PID}\n120371 40099, 12345678901\n\n{PID};17089545021")
    assert pids == [PID, "17089545021"]
    assert [e.line for e in errors] == [2]  # "120371 40099" is PID written with a space
    pids, errors = read_pids("12345678901")
    assert pids == [] and errors[0].line == 1


def test_a_saved_list_loads_with_its_broken_rows_reported(tmp_path):
    path = tmp_path / "krr.csv"
    path.write_text(
        "Fødselsnummer;Reservert;E-post;E-post oppdatert;Mobil;Mobil oppdatert;Postkasse\n"
        f"{PID};NEI;a@example.no;01.10.2026 10:00;+4791234567;01.01.2020;digipost#1\n"
        "12345678901;NEI;b@example.no;01.10.2026;;;\n"
        "17089545021;JA;;;;;\n",
        encoding="cp1252",
    )
    check = import_contact_list(TaskState(), path, TODAY)
    assert [e.line for e in check.errors] == [3, None]  # None: the encoding was guessed
    assert "Windows-1252" in check.errors[1].reason
    assert [r.pid for r in check.results] == [PID, "17089545021"]
    first, reserved = check.results
    assert first.can(Channel.EPOST) and not first.can(Channel.SMS)  # mobile from 2020
    assert Reason.RESERVED in reserved.person_reasons
    assert check.summary.by_email == 1 and check.summary.nobody == 1


def test_a_saved_krr_answer_in_json_loads(tmp_path):
    path = tmp_path / "svar.json"
    path.write_text(
        json.dumps(
            {"personer": [{"personidentifikator": PID, "reservasjon": "JA", "status": "AKTIV"}, {}]}
        ),
        encoding="utf-8",
    )
    check = import_contact_list(TaskState(), path, TODAY)
    assert len(check.results) == 1 and not check.results[0].can_notify
    assert "nr. 2" in check.errors[0].reason


def test_a_list_without_a_fodselsnummer_column_says_what_to_name_it(tmp_path):
    path = tmp_path / "liste.csv"
    path.write_text("Navn;E-post\nOla;o@example.no\n", encoding="utf-8")
    with pytest.raises(ContactListError, match="Fødselsnummer"):
        import_contact_list(TaskState(), path, TODAY)


def test_the_log_never_shows_a_fodselsnummer(caplog):
    from desktop_app.logs import RedactingFilter

    logger = logging.getLogger("postvakt.test.fnr")
    handler_filter = RedactingFilter()
    record = logger.makeRecord(
        logger.name, logging.INFO, __file__, 1, "Slo opp %s og 120371 40099", (PID,), None
    )
    handler_filter.filter(record)
    assert PID not in record.getMessage() and "40099" not in record.getMessage()
