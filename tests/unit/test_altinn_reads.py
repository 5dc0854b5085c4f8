"""Reading a whole workspace from Altinn after sign-in: what the user typed in by hand before
is kept until Altinn confirms it, and the read can be stopped halfway without losing what
was read."""

from __future__ import annotations

import pytest
from support.altinn_fakes import FakeAccessApi, FakeNotificationApi

from desktop_app.domain.access import PACKAGE_CODE, SOURCE_LABELS, Holder, HolderSource
from desktop_app.domain.cancellation import Cancelled, TaskState
from desktop_app.domain.contacts import AddressKind, NotificationAddress
from desktop_app.services.altinn_reads import read_workspace
from desktop_app.services.composition import Services
from desktop_app.services.confidential_access import READ_ADDRESSES, READ_HOLDERS
from desktop_app.storage.database import Database
from desktop_app.storage.paths import app_paths

KOMMUNE, HELSE = "310000000", "310100005"


@pytest.fixture
def services():
    db = Database.open(app_paths().database)
    yield Services(db)
    db.close()


@pytest.fixture
def ws(services):
    return services.workspaces.ensure_demo_workspace()


def _api_address(orgnr: str, value: str, remote: str) -> NotificationAddress:
    return NotificationAddress(None, orgnr, AddressKind.EMAIL, value, remote, "api")


def test_an_address_typed_before_sign_in_survives_the_read(services, ws):
    contacts = services.notifications
    contacts.add(None, ws.id, KOMMUNE, "post@fjordvik.no")  # Altinn has it too
    contacts.add(None, ws.id, KOMMUNE, "leder@fjordvik.no")  # Altinn does not
    api = FakeNotificationApi()
    api.addresses[KOMMUNE] = [
        _api_address(KOMMUNE, "Post@Fjordvik.no", "7"),
        _api_address(KOMMUNE, "arkiv@fjordvik.no", "8"),
    ]
    assert contacts.refresh(api, ws.id) == []
    got = {a.value: a for a in contacts.addresses(ws.id) if a.orgnr == KOMMUNE}
    # Altinn's spelling of the same address confirms it (e-mail compared without case).
    assert set(got) == {"Post@Fjordvik.no", "leder@fjordvik.no", "arkiv@fjordvik.no"}
    assert got["Post@Fjordvik.no"].source == "api" and got["Post@Fjordvik.no"].remote_id == "7"
    assert got["leder@fjordvik.no"].source == "manuell"  # kept, shown as typed in by hand
    # Reading again changes nothing: no duplicates, the hand-typed one still there.
    contacts.refresh(api, ws.id)
    assert sorted(a.value for a in contacts.addresses(ws.id) if a.orgnr == KOMMUNE) == sorted(got)


def test_a_holder_typed_in_is_replaced_when_altinn_confirms_it_and_kept_when_not(services, ws):
    access = services.access
    access.add_holder(ws.id, HELSE, "Per Lunde", "per@k.no", [PACKAGE_CODE])
    access.add_holder(ws.id, HELSE, "Kari Nord", "kari@k.no", [PACKAGE_CODE])
    api = FakeAccessApi()
    api.granted[HELSE] = [
        Holder(None, HELSE, "Per Lunde", "PER@k.no", (PACKAGE_CODE,), HolderSource.API, "uuid-per")
    ]
    access.refresh_holders(api, ws.id)
    got = [(h.name, h.source) for h in access.holders(ws.id) if h.orgnr == HELSE]
    assert sorted(got) == [("Kari Nord", HolderSource.MANUAL), ("Per Lunde", HolderSource.API)]
    assert SOURCE_LABELS[HolderSource.MANUAL] == "Ført inn for hånd"


def test_reading_the_workspace_reads_both_and_notes_when(services, ws):
    access_api, notification_api = FakeAccessApi(), FakeNotificationApi()
    seen: list[tuple[int, int]] = []
    state = TaskState(on_progress=lambda done, total, _text: seen.append((done, total)))
    result = read_workspace(
        state, services.access, services.notifications, access_api, notification_api, ws.id
    )
    units = [u.orgnr for u in services.access.units(ws.id)]
    assert result.units == len(units) and result.failed == 0
    assert set(services.access.repo.reads(ws.id, READ_HOLDERS)) == set(units)
    assert set(services.access.repo.reads(ws.id, READ_ADDRESSES)) == set(units)
    assert seen[-1] == (2 * len(units), 2 * len(units))
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)  # progress only goes forward


def test_stopping_the_read_keeps_what_was_read(services, ws):
    state = TaskState()

    class StopAfterTwo(FakeAccessApi):
        def holders(self, orgnr: str) -> list[Holder]:
            if len(self.calls) == 1:
                state.cancel()
            return super().holders(orgnr)

    api = StopAfterTwo()
    with pytest.raises(Cancelled):
        read_workspace(
            state, services.access, services.notifications, api, FakeNotificationApi(), ws.id
        )
    assert len(services.access.repo.reads(ws.id, READ_HOLDERS)) == 2
    assert services.access.repo.reads(ws.id, READ_ADDRESSES) == {}
