"""Oversikt: one card per flow, each saying what the page of that flow says and opening it
from the keyboard; the sign-in card says what the banner says."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from support.altinn_fakes import FakeAccessApi, FakeNotificationApi

from desktop_app.views.dashboard import CardGrid

from .conftest import PATIENT_MS, settle
from .test_confidential_access import live_units
from .test_main_window import make_window


def test_every_flow_card_opens_its_page_from_the_keyboard(qtbot, ctx):
    window = make_window(qtbot, ctx)
    view = window.pages["oversikt"]
    for button, page in (
        (view.dpi_button, "dpi"),
        (view.access_button, "taushetsbelagt"),
        (view.notification_button, "varsling"),
        (view.unopened_button, "uapnet"),
        (view.routine_button, "taushetsbelagt"),
    ):
        window.show_page("oversikt")
        button.setFocus()
        assert button.hasFocus() and button.focusPolicy() & Qt.FocusPolicy.TabFocus
        qtbot.keyClick(button, Qt.Key.Key_Space)
        assert window.current_page_key() == page


def test_flow_cards_count_as_the_pages_do(qtbot, ctx):
    window = make_window(qtbot, ctx)
    view, ws = window.pages["oversikt"], ctx.workspace
    n = live_units(ctx)
    # Nothing read from Altinn, nothing checked: said as unknown, not as a verdict.
    assert view.notification_card.value.text() == "Ukjent"
    assert view.access_card.value.text() == "Ukjent"
    assert view.unopened_card.value.text() == "Ikke sjekket"
    assert view.routine_card.value.text() == "Ikke laget"
    # Altinn read: nobody has an address anywhere but the municipality, typed in by hand.
    ctx.services.notifications.add(None, ws.id, ws.orgnr, "post@fjordvik.no")
    ctx.services.notifications.refresh(FakeNotificationApi(), ws.id)
    ctx.services.access.refresh_holders(FakeAccessApi(), ws.id)
    view.refresh()
    settle(qtbot)
    counts = ctx.services.access.counts(ws.id)  # what Varsling and Taushetsbelagt post use
    assert counts.no_address == n - 1
    assert view.notification_card.value.text() == f"{n - 1} av {n} uten adresse"
    assert view.access_card.value.text() == f"{n} av {n} uten leser"


def test_the_sign_in_card_is_about_the_sign_in_not_the_keyring(qtbot, ctx, no_keyring):
    window = make_window(qtbot, ctx)
    view = window.pages["oversikt"]
    assert view.signin_card.value.text() == "Ikke logget inn"
    assert window.banner.session_button.text() == "Ikke logget inn"
    assert "Nøkkelringen er ikke tilgjengelig" in view.signin_card.detail.text()
    assert view.sign_in_here.isVisible()


def test_cards_take_fewer_columns_when_the_page_is_narrow(qtbot, ctx):
    """Large text on a laptop: the cards reflow into fewer columns instead of being cut off at
    the right (the page scrolls down instead); a wide window has room for three."""
    app = QApplication.instance()
    before = app.font()
    font = QFont(before)
    font.setPointSizeF(before.pointSizeF() * 2)
    app.setFont(font)
    try:
        window = make_window(qtbot, ctx)
        window.show_page("oversikt")
        grid = window.pages["oversikt"].findChild(CardGrid)
        window.resize(2560, 1440)
        qtbot.waitUntil(lambda: grid.columns == 3, timeout=PATIENT_MS)
        window.resize(1280, 800)
        qtbot.waitUntil(lambda: grid.columns < 3, timeout=PATIENT_MS)
        settle(qtbot)
        for card in grid.cards:
            assert card.geometry().right() <= grid.width(), card.title.text()
    finally:
        app.setFont(before)
