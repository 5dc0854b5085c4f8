"""Evidence is made where the change is made: each service writes its audit entry in the
change's own transaction and names the person acting, so the window and the command line
leave the same trail and a failed entry takes the change back with it."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from support.altinn_fakes import FakeAccessApi, FakeNotificationApi

from desktop_app.domain.access import Reason, RoutineSettings
from desktop_app.domain.dpi_onboarding import KS_ORGNR, Step
from desktop_app.services.composition import Services
from desktop_app.services.confidential_access import GrantPerson
from desktop_app.storage.audit import AuditLog
from desktop_app.storage.database import Database
from desktop_app.storage.paths import app_paths

KOMMUNE, HELSE = "310000000", "310100005"
TODAY = date(2026, 11, 20)
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def db():
    database = Database.open(app_paths().database)
    yield database
    database.close()


@pytest.fixture
def services(db):
    return Services(db, actor=lambda: "Kari Nordmann")


@pytest.fixture
def ws(services):
    return services.workspaces.ensure_demo_workspace()


def newest(services: Services):
    return services.audit.entries()[-1]


def test_the_access_service_records_every_change_naming_the_signed_in_person(services, ws):
    access = services.access
    reader = access.add_approved(
        ws.id, HELSE, "Jonas Bakken", "jonas@k.no", Reason.HELSE, today=TODAY
    )
    entry = newest(services)
    assert (entry.action, entry.user) == ("access.approved_added", "Kari Nordmann")
    assert entry.details == {"orgnr": HELSE, "navn": "Jonas Bakken", "grunn": "helse"}
    assert entry.workspace_id == ws.id

    access.update_approved(ws.id, reader.id, "Jonas Berg", "jonas@k.no", Reason.HELSE)
    assert newest(services).details["var"] == "Jonas Bakken"
    access.remove_approved(ws.id, reader.id)
    assert newest(services).action == "access.approved_removed"
    access.add_holder(ws.id, KOMMUNE, "Per Lunde", "per@k.no", ["A0286"])
    assert newest(services).details["kilde"] == "manuell"
    access.save_routine(ws.id, RoutineSettings("Rådmann", "", "", 6, "", ""))
    assert newest(services).action == "access.routine_saved"
    access.record_review(ws.id, "Rådmann", day=TODAY)
    assert newest(services).details == {"av": "Rådmann", "dato": "2026-11-20"}


def test_a_grant_is_recorded_with_what_was_read_back_from_altinn(services, ws):
    api = FakeAccessApi()
    services.access.grant(
        api, ws.id, HELSE, GrantPerson("14117843018", "Lunde", "Per Lunde", "per@k.no")
    )
    entry = newest(services)
    assert entry.action == "access.granted" and entry.user == "Kari Nordmann"
    assert entry.details["lest_tilbake"] is True and entry.details["orgnr"] == HELSE


def test_a_change_whose_entry_cannot_be_written_is_not_saved(services, ws, monkeypatch):
    def broken(*_args, **_kwargs):
        raise OSError("disken er full")

    monkeypatch.setattr(AuditLog, "append", broken)
    with pytest.raises(OSError):
        services.access.add_approved(ws.id, HELSE, "Jonas Bakken", "jonas@k.no", Reason.HELSE)
    assert services.access.approved(ws.id) == []  # the change went with its entry


def test_notification_addresses_are_recorded_by_their_service(services, ws):
    notifications = services.notifications
    added = notifications.add(None, ws.id, HELSE, "post@helse.no")
    assert newest(services).details == {
        "orgnr": HELSE,
        "adresse": "post@helse.no",
        "via": "manuell",
    }
    notifications.change(None, ws.id, added, "ny@helse.no")
    assert newest(services).details["til"] == "ny@helse.no"
    api = FakeNotificationApi()
    notifications.refresh(api, ws.id)
    assert newest(services).action == "notification.addresses_read"


def test_a_confirmed_dpi_step_is_recorded_and_names_the_person_acting(services, ws):
    record = services.dpi.confirm(
        ws.id, Step.BRUKSVILKAR, {"dato": "2026-11-20", "hvem": "Kari Nordmann"}, today=TODAY
    )
    assert record.confirmed_by == "Kari Nordmann"  # not the computer's account
    entry = newest(services)
    assert entry.action == "step.confirmed" and entry.user == "Kari Nordmann"
    assert entry.details["veiviser"] == "DPI-oppsett"


class ReadsBack:
    def add_supplier(self, orgnr, supplier):
        pass

    def check(self, orgnr):
        return True

    def delegate(self, orgnr, supplier):
        pass

    def read_back(self, orgnr, supplier):
        return True


def test_the_ks_delegation_entry_holds_ks_and_the_read_back(services, ws):
    services.dpi.delegate_via_api(None, ws, ReadsBack(), "Ola Dagligleder")
    entry = newest(services)
    assert entry.details["leverandør"] == KS_ORGNR == "971032146"
    assert entry.details["lest_tilbake"] is True
    assert entry.details["utført_av"] == "Ola Dagligleder"
    assert entry.user == "Kari Nordmann"


def test_without_a_signed_in_person_entries_name_the_computer_user(db):
    services = Services(db, actor=lambda: None)
    ws = services.workspaces.ensure_demo_workspace()
    services.access.add_holder(ws.id, KOMMUNE, "Per Lunde", "", ["A0286"])
    assert newest(services).user  # never empty; the computer's user name


def test_no_page_writes_to_the_audit_log():
    """Pages show what their service did; every entry is written by a service (or, for the
    log's own export, by the log), so the window and the command line leave the same trail."""
    pattern = re.compile(r"ctx\.record\(|\.audit\.append\(|service\.audit\b")
    offenders = [
        f"{p.relative_to(REPO)}:{n}"
        for folder in ("views", "wizards")
        for p in sorted((REPO / "desktop_app" / folder).rglob("*.py"))
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line)
    ]
    assert offenders == []
