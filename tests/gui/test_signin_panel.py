"""Pålogging in Innstillinger: a daglig leder signs in (Øving), sees the organisations,
signs out; cancelling in the browser or while waiting leaves them signed out with a plain
message."""

from __future__ import annotations

import threading

import pytest

from desktop_app.integrations.idporten import follow_practice_redirect
from desktop_app.sandbox import _fiction
from desktop_app.sandbox.idporten import state_for
from desktop_app.services.session import Session
from desktop_app.storage.secrets import SecretName
from desktop_app.views import signin_panel
from desktop_app.views.settings_view import SettingsView

from .conftest import PATIENT_MS, settle


@pytest.fixture
def view(qtbot, ctx):
    ctx.sync_sandbox()
    qtbot.waitUntil(lambda: ctx.sandbox is not None, timeout=PATIENT_MS)
    settle(qtbot)
    widget = SettingsView(ctx)
    qtbot.addWidget(widget)
    widget.show()
    settle(qtbot)
    yield widget
    widget.signin.cancel()
    settle(qtbot)


def top_level_names(panel) -> list[str]:
    tree = panel.parties
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def test_sign_in_in_practice_shows_name_and_organisations(qtbot, ctx, view, memory_keyring):
    panel = view.signin
    assert "ikke logget inn" in panel.status.text()
    assert "uten nettleser" in panel.how.text()  # Øving says how it signs in
    qtbot.mouseClick(panel.sign_in_button, signin_panel.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ctx.session.signed_in, timeout=PATIENT_MS)
    settle(qtbot)
    assert _fiction.DAGLIG_LEDER.name in panel.status.text()
    assert "fornyes" in panel.status.text()
    # No refresh token for a public client: the panel says how renewal works instead.
    assert "via ID-porten i nettleseren" in panel.status.text()
    assert "nøkkelring" not in panel.status.text()
    assert top_level_names(panel) == ["Fjordvik kommune"]
    municipality = panel.parties.topLevelItem(0)
    assert municipality.text(1) == "310 000 000"
    assert municipality.text(2) == "daglig leder"
    below = [o for o in _fiction.organisations() if o.parent == _fiction.MUNICIPALITY_ORGNR]
    assert municipality.childCount() == len(below)  # the units right below it
    assert panel.sign_out_button.isVisible() and not panel.sign_in_button.isVisible()
    assert ("Postvakt", SecretName.IDPORTEN_REFRESH_TOKEN.value) not in memory_keyring.store
    assert any(e.action == "session.signed_in" for e in ctx.audit.entries())
    idporten = state_for(ctx.sandbox)
    sso_sessions = len(idporten.sso_sessions)

    qtbot.mouseClick(panel.sign_out_button, signin_panel.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not ctx.session.signed_in, timeout=PATIENT_MS)
    settle(qtbot)
    assert "ikke logget inn" in panel.status.text()
    assert panel.parties.isHidden()
    assert len(idporten.sso_sessions) == sso_sessions - 1  # logged out of ID-porten too
    assert any(e.action == "session.signed_out" for e in ctx.audit.entries())


def test_a_renewal_is_announced_in_one_plain_line(qtbot, ctx, view, monkeypatch):
    idporten = state_for(ctx.sandbox)
    monkeypatch.setattr(idporten, "access_token_lifetime", 5)  # ends before it is used
    qtbot.mouseClick(view.signin.sign_in_button, signin_panel.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ctx.session.signed_in, timeout=PATIENT_MS)
    settle(qtbot)
    silent = idporten.silent_logins
    tokens: list[str] = []
    with qtbot.waitSignal(ctx.session_notice, timeout=PATIENT_MS) as notice:
        ctx.run(ctx.session.altinn_token, pass_state=False, on_result=tokens.append)
    qtbot.waitUntil(lambda: bool(tokens), timeout=PATIENT_MS)
    assert "fornyer" in notice.args[0] and "tatt vare på" in notice.args[0]
    assert "\n" not in notice.args[0]
    assert idporten.silent_logins == silent + 1 and ctx.session.signed_in


def test_a_renewal_outside_oving_opens_the_system_browser(qtbot, ctx, real_browser_path):
    ctx._request_browser("https://login.idporten.no/authorize?x=1")
    qtbot.waitUntil(lambda: bool(real_browser_path), timeout=PATIENT_MS)
    assert real_browser_path == ["https://login.idporten.no/authorize?x=1"]


def test_cancel_in_the_browser_is_explained(qtbot, ctx, view):
    state_for(ctx.sandbox).deny_next = True
    qtbot.mouseClick(view.signin.sign_in_button, signin_panel.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "avbrutt" in view.signin.error.text(), timeout=PATIENT_MS)
    settle(qtbot)
    assert not ctx.session.signed_in
    assert view.signin.sign_in_button.isVisible()


@pytest.fixture
def real_browser_path(monkeypatch):
    """Make Øving take the Test/Produksjon path: the panel opens the system browser."""
    opened: list[str] = []
    original = Session.prepare_sign_in

    def prepare(self):
        pending = original(self)
        pending.practice = False
        return pending

    monkeypatch.setattr(Session, "prepare_sign_in", prepare)
    monkeypatch.setattr(signin_panel, "open_in_browser", lambda url: opened.append(url) or True)
    return opened


def test_waiting_for_the_browser_can_be_cancelled(qtbot, ctx, view, real_browser_path):
    panel = view.signin
    qtbot.mouseClick(panel.sign_in_button, signin_panel.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.cancel_button.isVisible(), timeout=PATIENT_MS)
    assert len(real_browser_path) == 1
    assert "Nettleseren er åpnet" in panel.progress.text()
    qtbot.mouseClick(panel.cancel_button, signin_panel.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "avbrutt" in panel.progress.text(), timeout=PATIENT_MS)
    settle(qtbot)
    assert not ctx.session.signed_in
    assert not panel.cancel_button.isVisible()


def test_signing_in_through_the_browser(qtbot, ctx, view, real_browser_path):
    panel = view.signin
    qtbot.mouseClick(panel.sign_in_button, signin_panel.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(real_browser_path), timeout=PATIENT_MS)
    browser = threading.Thread(target=follow_practice_redirect, args=(real_browser_path[0],))
    browser.start()
    qtbot.waitUntil(lambda: ctx.session.signed_in, timeout=PATIENT_MS)
    browser.join(5)
    settle(qtbot)
    assert top_level_names(panel) == ["Fjordvik kommune"]


def test_scopes_are_saved_as_a_setting(qtbot, ctx, view):
    panel = view.signin
    panel.scopes.setText("  openid   altinn:accessmanagement/authorizedparties ")
    panel._save_scopes()
    settle(qtbot)
    assert ctx.settings.get("idporten_scopes") == "openid altinn:accessmanagement/authorizedparties"
    assert ctx.session.scopes() == "openid altinn:accessmanagement/authorizedparties"


def notification_page_signed_in(qtbot, ctx, monkeypatch):
    """The main window, signed in, on Varslingsadresser for the municipality; every Altinn
    call finds its token run out (Øving's tokens live 5 s here)."""
    from PySide6.QtCore import Qt

    from desktop_app.views.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    win.attach(ctx)
    qtbot.waitUntil(
        lambda: ctx.sandbox is not None and ctx.workspace is not None, timeout=PATIENT_MS
    )
    settle(qtbot)
    idporten = state_for(ctx.sandbox)
    monkeypatch.setattr(idporten, "access_token_lifetime", 5)  # runs out before each use
    panel = win.pages["innstillinger"].signin
    qtbot.mouseClick(panel.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.altinn.adapters is not None, timeout=PATIENT_MS)
    # The read of every unit that starts by itself would renew the token for each call:
    # stopped here, as the user can with «Stopp».
    qtbot.mouseClick(win.altinn.status_line.stop_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    win.show_page("varsling")
    page = win.pages["varsling"]
    page.unit_combo.setCurrentIndex(page.unit_combo.findData(_fiction.MUNICIPALITY_ORGNR))
    settle(qtbot)
    return win, page, idporten


def shown(page) -> list[str]:
    return [page.table.item(r, 0).text() for r in range(page.table.rowCount())]


def test_a_page_goes_on_after_the_token_ran_out_and_the_status_bar_says_why(
    qtbot, ctx, monkeypatch
):
    from PySide6.QtCore import Qt

    win, page, idporten = notification_page_signed_in(qtbot, ctx, monkeypatch)
    silent = idporten.silent_logins
    qtbot.keyClicks(page.address_edit, "fornyet@fjordvik.example")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "fornyet@fjordvik.example" in shown(page), timeout=PATIENT_MS)
    settle(qtbot)
    assert page.error.text() == ""
    assert idporten.silent_logins > silent  # renewed through ID-porten's session
    assert "fornyer den via ID-porten" in win.statusBar().currentMessage()


def test_a_renewal_that_fails_keeps_what_was_typed_for_another_try(qtbot, ctx, monkeypatch):
    from PySide6.QtCore import Qt

    _win, page, idporten = notification_page_signed_in(qtbot, ctx, monkeypatch)
    qtbot.keyClicks(page.address_edit, "igjen@fjordvik.example")
    idporten.deny_next = True  # Avbryt in ID-porten
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "tatt vare på" in page.error.text(), timeout=PATIENT_MS)
    settle(qtbot)
    assert page.address_edit.text() == "igjen@fjordvik.example"
    assert ctx.session.signed_in
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "igjen@fjordvik.example" in shown(page), timeout=PATIENT_MS)
