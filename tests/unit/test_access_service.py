"""The access and notification services against a real workspace store: import with bad lines,
grants through a fake Altinn with plain messages for its problem codes, and data that is
still there after the store is opened again."""

from __future__ import annotations

from datetime import date

import pytest
from support.altinn_fakes import FakeAccessApi, FakeNotificationApi

from desktop_app.domain.access import PACKAGE_CODE, HolderSource, Level, Reason, RoutineSettings
from desktop_app.resources import load_guides
from desktop_app.services.confidential_access import (
    AccessError,
    ConfidentialAccessService,
    GrantPerson,
)
from desktop_app.services.notification_contacts import NotificationContactsService
from desktop_app.services.workspaces import WorkspaceService
from desktop_app.storage.database import Database
from desktop_app.storage.paths import app_paths

KOMMUNE, HELSE = "310000000", "310100005"


@pytest.fixture
def db():
    database = Database.open(app_paths().database)
    yield database
    database.close()


@pytest.fixture
def ws(db):
    return WorkspaceService(db).ensure_demo_workspace()


def test_import_holders_reports_bad_lines_and_loads_the_rest(db, ws, tmp_path):
    source = tmp_path / "tilganger.csv"
    source.write_text(
        "Organisasjonsnummer;Navn;E-post;Tilgang\n"
        "310 000 000;Jonas Bakken;jonas@k.no;Post til virksomheten med taushetsbelagt innhold\n"
        "310000001;Feil Nummer;x@k.no;A0286\n"
        "310100005;Per Lunde;per@k.no;A0286, A0288\n"
        "310100005;Ola Strand;ola@k.no;Post/arkiv\n"
        "971032146;Utenfor;u@k.no;A0286\n",
        encoding="utf-8",
    )
    service = ConfidentialAccessService(db)
    result = service.import_holders(ws.id, source)
    assert [h.name for h in result.holders] == ["Jonas Bakken", "Per Lunde"]
    assert [e.line for e in result.errors] == [3, 5, 6]
    assert "Kontrollsifferet" in result.errors[0].reason
    assert "gir ikke tilgang" in result.errors[1].reason
    assert "ikke en virksomhet i arbeidsflaten" in result.errors[2].reason
    saved = service.holders(ws.id)
    assert {h.name: h.grants for h in saved}["Per Lunde"] == ("A0286", "A0288")
    assert all(h.source is HolderSource.IMPORT for h in saved)


def test_import_without_needed_columns_says_which(db, ws):
    with pytest.raises(AccessError, match="«Tilgang»"):
        ConfidentialAccessService(db).import_holders(ws.id, b"Organisasjonsnummer;Navn\n1;2\n")


@pytest.mark.parametrize(
    ("code", "says"),
    [
        ("AM-24", "etternavn"),
        ("AM-00043", "fant ikke fødselsnummeret"),
        ("AM-26", "Vent en stund"),
        ("AM-28", "hovedadministratoren"),
        ("AM-00041", "hovedadministratoren"),
    ],
)
def test_grant_problems_in_plain_words(db, ws, code, says):
    api = FakeAccessApi()
    api.fail_with = code
    service = ConfidentialAccessService(db)
    with pytest.raises(AccessError) as caught:
        service.grant(api, ws.id, HELSE, GrantPerson("14117843018", "Lunde", "Per Lunde"))
    assert says.lower() in caught.value.message_nb.lower()
    assert "AM-" not in caught.value.message_nb


def test_grant_checks_delegation_then_reads_holders_and_revoke_removes(db, ws):
    api = FakeAccessApi()
    service = ConfidentialAccessService(db)
    service.add_approved(ws.id, HELSE, "Per Lunde", "per@k.no", Reason.HELSE)
    # Nothing read from Altinn yet: unknown, not «nobody can read».
    assert {r.orgnr: r.level for r in service.matrix(ws.id)}[HELSE] is Level.UNKNOWN
    holders = service.grant(
        api, ws.id, HELSE, GrantPerson("141178 43018", "Lunde", "Per Lunde", "per@k.no")
    )
    assert [c[0] for c in api.calls] == ["check", "grant", "holders"]
    assert api.calls[1][2] == "14117843018"  # spaces taken out
    assert holders[0].grants == (PACKAGE_CODE,)
    assert {r.orgnr: r.has_reader for r in service.matrix(ws.id)}[HELSE]
    service.revoke(api, ws.id, service.holders(ws.id)[0])
    assert service.holders(ws.id) == []
    assert api.granted[HELSE] == []
    # Read back from Altinn after the removal: now it is known that nobody can read.
    row = {r.orgnr: r for r in service.matrix(ws.id)}[HELSE]
    assert row.level is Level.BAD and row.holders_read_at


def test_grant_refused_when_the_signed_in_person_may_not_delegate(db, ws):
    api = FakeAccessApi()
    api.may_delegate = False
    with pytest.raises(AccessError) as caught:
        ConfidentialAccessService(db).grant(api, ws.id, HELSE, GrantPerson("14117843018", "Lunde"))
    message = caught.value.message_nb
    assert "hovedadministratoren" in message and "daglig leder" in message
    assert "Postvakt kan forberede" in message
    assert "Tilgangsstyring" not in message  # no package has that name
    assert [c[0] for c in api.calls] == ["check"]  # nothing was changed


def test_notification_addresses_through_the_api_and_last_one_kept(db, ws):
    api = FakeNotificationApi()
    service = NotificationContactsService(db)
    first = service.add(api, ws.id, KOMMUNE, "Post@Fjordvik.no")
    second = service.add(api, ws.id, KOMMUNE, "+47 912 34 567")
    assert second.value == "+4791234567" and second.remote_id == "2"
    with pytest.raises(AccessError, match="allerede"):
        service.add(api, ws.id, KOMMUNE, "91234567")
    with pytest.raises(AccessError, match="mobilnummer"):
        service.add(api, ws.id, KOMMUNE, "22 33 44 55")
    service.remove(api, ws.id, first)
    with pytest.raises(AccessError, match="siste"):
        service.remove(api, ws.id, service.addresses(ws.id)[0])
    assert [a.value for a in api.addresses[KOMMUNE]] == ["+4791234567"]
    changed = service.change(api, ws.id, service.addresses(ws.id)[0], "41234567")
    assert api.addresses[KOMMUNE][0].value == changed.value == "+4741234567"


def test_everything_survives_reopening_the_store(ws):
    path = app_paths().database
    first = Database.open(path)
    access = ConfidentialAccessService(first)
    access.add_approved(ws.id, KOMMUNE, "Jonas Bakken", "jonas@k.no", Reason.ADMINISTRASJON)
    access.add_holder(ws.id, KOMMUNE, "Jonas Bakken", "jonas@k.no", ["A0288"])
    NotificationContactsService(first).add(None, ws.id, KOMMUNE, "jonas@k.no")
    access.save_routine(ws.id, RoutineSettings("kommunedirektør", review_months=3))
    access.record_review(ws.id, "Ingrid", day=date(2026, 1, 10))
    first.close()

    again = Database.open(path)
    access = ConfidentialAccessService(again)
    row = {r.orgnr: r for r in access.matrix(ws.id)}[KOMMUNE]
    assert row.level is Level.OK
    state = access.routine(ws.id, today=date(2026, 4, 10))
    assert state.settings.approver_title == "kommunedirektør"
    assert state.last_review == date(2026, 1, 10) and state.due
    html = access.routine_html(ws.id, today=date(2026, 4, 10))
    assert "kommunedirektør" in html and "3. måned" in html and "Jonas Bakken" in html
    again.close()


def test_personal_instruction_per_reader(db, ws):
    access = ConfidentialAccessService(db)
    access.add_approved(ws.id, KOMMUNE, "Sara Holm", "sara@k.no", Reason.BARNEVERN, "41234503")
    access.add_approved(ws.id, HELSE, "Sara Holm", "sara@k.no", Reason.BARNEVERN)
    guide = load_guides("notification_contacts")["personlig-varsling"]
    [one] = NotificationContactsService(db).instructions(ws.id, guide)
    assert one.name == "Sara Holm" and len(one.units) == 2
    assert "6 siffer" in one.text and "sara@k.no" in one.text and "+47 412 34 503" in one.text
    assert "310 100 005" in one.text
