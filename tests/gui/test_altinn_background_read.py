"""After sign-in Postvakt reads who holds access and the notification addresses of every
unit by itself: in the background, one read at a time, with «Stopp» in the status line, and
stopped by an environment switch. What was read before a stop is kept."""

from __future__ import annotations

import threading
from types import SimpleNamespace

from PySide6.QtCore import Qt
from support.altinn_fakes import FakeAccessApi, FakeNotificationApi

from desktop_app.domain.environments import Environment
from desktop_app.services.confidential_access import READ_ADDRESSES, READ_HOLDERS
from desktop_app.views.altinn_wiring import AltinnPages, AltinnWiring

from .conftest import PATIENT_MS, settle


class WaitingAccessApi(FakeAccessApi):
    """Altinn that answers the first unit only when the test lets it."""

    def __init__(self) -> None:
        super().__init__()
        self.asked = threading.Event()
        self.answer = threading.Event()

    def holders(self, orgnr: str):
        if not self.calls:
            self.asked.set()
            self.answer.wait(PATIENT_MS / 1000)
        return super().holders(orgnr)


def signed_in_wiring(qtbot, ctx, api):
    workspace = ctx.workspaces.ensure_demo_workspace()
    wiring = AltinnWiring(ctx, AltinnPages())
    ctx.set_workspace(workspace)
    wiring.adapters = SimpleNamespace(
        access=api, notifications=FakeNotificationApi(), close=lambda: None
    )
    wiring.status_line.show()
    qtbot.addWidget(wiring.status_line)
    return wiring, workspace


def test_stopp_stops_the_read_and_keeps_what_was_read(qtbot, ctx):
    api = WaitingAccessApi()
    wiring, ws = signed_in_wiring(qtbot, ctx, api)
    wiring.start_reading()
    qtbot.waitUntil(api.asked.is_set, timeout=PATIENT_MS)
    line = wiring.status_line
    assert line.isVisible() and line.stop_button.isVisible()
    assert "Altinn" in line.label.text()
    first = wiring.read_task
    wiring.start_reading()  # asked again while it runs: still the one read
    assert wiring.read_task is first
    qtbot.mouseClick(line.stop_button, Qt.MouseButton.LeftButton)
    api.answer.set()
    settle(qtbot)
    assert not wiring.reading
    assert "stoppet" in line.label.text() and not line.stop_button.isVisible()
    repo = ctx.services.access.repo
    assert len(repo.reads(ws.id, READ_HOLDERS)) == 1  # the unit it was reading is saved
    assert repo.reads(ws.id, READ_ADDRESSES) == {}
    assert len(api.calls) == 1


def test_switching_environment_stops_the_read(qtbot, ctx):
    api = WaitingAccessApi()
    wiring, ws = signed_in_wiring(qtbot, ctx, api)
    wiring.start_reading()
    qtbot.waitUntil(api.asked.is_set, timeout=PATIENT_MS)
    other = Environment.TEST if ctx.environment is not Environment.TEST else Environment.OVING
    ctx.set_environment(other)
    api.answer.set()
    settle(qtbot)
    assert not wiring.reading
    assert len(api.calls) == 1
    assert ctx.services.access.repo.reads(ws.id, READ_ADDRESSES) == {}


def test_a_whole_read_says_so_and_covers_every_unit(qtbot, ctx):
    api = WaitingAccessApi()
    api.answer.set()
    wiring, ws = signed_in_wiring(qtbot, ctx, api)
    wiring.start_reading()
    settle(qtbot)
    units = {u.orgnr for u in ctx.services.access.units(ws.id)}
    assert set(ctx.services.access.repo.reads(ws.id, READ_ADDRESSES)) == units
    assert f"alle {len(units)} virksomheter" in wiring.status_line.label.text()
    assert not wiring.status_line.stop_button.isVisible()
