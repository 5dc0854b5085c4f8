"""Every page and dialog of the main window, checked as WCAG 2.1 AA asks (as Digdir and
Uutilsynet apply it): no keyboard trap, every control named, enough contrast, a visible focus,
room for 200 % text on a 1280×800 screen, and every control within reach on a 1024×640
laptop."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget, QWizard
from support.accessibility_checks import (
    accessible_name,
    clipped,
    columns_cut_off,
    keyboard_traps,
    low_contrast,
    out_of_reach,
    reachable,
    shown_widgets,
    small_text,
    unnamed_widgets,
)

from desktop_app.views.main_window import MainWindow

from .conftest import PATIENT_MS, settle

SCREEN = (1280, 800)
LAPTOP = (1024, 640)  # a small laptop screen, at 100 % text
# The columns of each table that must be in view without scrolling sideways (by the table's
# accessible name); the rest may narrow or be scrolled to.
KEY_COLUMNS = {
    "Oversikt over tilgang per organisasjonsnummer": (
        "Virksomhet", "Org.nr", "Status", "Hva må gjøres"),
    "Brevene": ("Vurdering", "Status", "Mottaker"),
    "Planlagte varsler": ("Brev", "Varsel", "Kanal", "Kan sendes fra", "Hvorfor"),
    "Kommunene i regionen": ("Kommune", "Hva må gjøres først"),
    "Virksomheter i arbeidsflaten": ("Navn", "Org.nr", "Status"),
    "Virksomheter med uåpnede brev": ("Mottaker", "Brev", "Hastegrad", "Oppfølging"),
}  # fmt: skip
# Views that may still need sideways scrolling at 200 % text (none now: every view reflows).
STILL_TOO_WIDE: set[str] = set()
# offscreen, a popup (a menu, the calendar) cannot be raised or grab the keyboard
OFFSCREEN_POPUPS = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing"
)


def make_window(qtbot, ctx, size: tuple[int, int] = SCREEN) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    window.attach(ctx)
    settle(qtbot)
    with qtbot.waitActive(window):
        window.activateWindow()
    return window


def views_of(window: MainWindow, qtbot) -> Iterator[str]:
    """Show each page, and inside it each wizard step and tab, in turn; yields a label."""
    for key in window.page_keys():
        window.show_page(key)
        settle(qtbot)
        page = window.pages[key]
        yield key
        for wizard in page.findChildren(QWizard):
            if not wizard.isVisible():
                continue
            wizard.restart()
            settle(qtbot)
            seen = {wizard.currentId()}
            while True:
                wizard.next()
                settle(qtbot)
                if wizard.currentId() in seen:
                    break
                seen.add(wizard.currentId())
                yield f"{key}: {wizard.currentPage().title() or wizard.currentId()}"
            wizard.restart()
        for tabs in page.findChildren(QTabWidget):
            if not tabs.isVisible():
                continue
            for index in range(1, tabs.count()):
                tabs.setCurrentIndex(index)
                settle(qtbot)
                yield f"{key}: {tabs.tabText(index)}"
            tabs.setCurrentIndex(0)


@pytest.fixture
def large_text():
    """The platform font at 200 % (as a user who doubles the text size has it)."""
    app = QApplication.instance()
    before = app.font()
    font = QFont(before)
    font.setPointSizeF(before.pointSizeF() * 2)
    app.setFont(font)
    yield font.pointSizeF()
    app.setFont(before)


def test_every_view_is_named_trap_free_and_readable(qtbot, ctx):
    window = make_window(qtbot, ctx)
    problems: list[str] = []
    for label in views_of(window, qtbot):
        page = window.stack.currentWidget()
        found = unnamed_widgets(page) + low_contrast(window)
        start = next((w for w in shown_widgets(page) if reachable(w)), window.nav)
        found += keyboard_traps(window, start)
        problems += [f"{label}: {p}" for p in found]
    problems = list(dict.fromkeys(problems))
    assert not problems, "\n".join(problems)


def test_every_view_fits_200_percent_text_on_1280x800(qtbot, ctx, large_text):
    window = make_window(qtbot, ctx)
    problems: list[str] = []
    for label in views_of(window, qtbot):
        window.resize(*SCREEN)
        settle(qtbot)
        size = window.size()
        if (size.width(), size.height()) != SCREEN:
            problems.append(f"{label}: vinduet blir {size.width()}×{size.height()}")
        problems += [f"{label}: {p}" for p in clipped(window) + small_text(window, large_text)]
        sideways = window.page_scroll.horizontalScrollBar().maximum()
        if sideways and label not in STILL_TOO_WIDE:
            problems.append(f"{label}: siden må rulles {sideways} px sidelengs (reflow)")
    problems = list(dict.fromkeys(problems))
    assert not problems, "\n".join(problems)


def test_every_view_fits_a_1024x640_laptop(qtbot, ctx):
    """At 100 % text on 1024×640: the window is no wider than the screen, every control is on
    screen or in a scroll area that brings it there, nothing scrolls sideways, and the tables
    show every column (at 1280 px too)."""
    window = make_window(qtbot, ctx, LAPTOP)
    problems: list[str] = []
    if window.minimumSizeHint().width() > LAPTOP[0] or window.minimumWidth() > LAPTOP[0]:
        problems.append(f"vinduet er minst {window.minimumSizeHint().width()} px bredt")
    for label in views_of(window, qtbot):
        for size in (LAPTOP, (1280, 800)):
            window.resize(*size)
            settle(qtbot)
            got = (window.size().width(), window.size().height())
            where = f"{label} ({size[0]}×{size[1]})"
            if got != size:
                problems.append(f"{where}: vinduet blir {got[0]}×{got[1]}")
            found = out_of_reach(window) + clipped(window)
            found += columns_cut_off(window, KEY_COLUMNS)
            problems += [f"{where}: {p}" for p in found]
            sideways = window.page_scroll.horizontalScrollBar().maximum()
            if sideways:
                problems.append(f"{where}: siden må rulles {sideways} px sidelengs")
        window.resize(*LAPTOP)
    problems = list(dict.fromkeys(problems))
    assert not problems, "\n".join(problems)


def test_the_dialogs_of_the_main_window_at_200_percent(qtbot, ctx, large_text):
    window = make_window(qtbot, ctx)
    problems: list[str] = []

    def check(dialog: QWidget, label: str) -> None:
        settle(qtbot)
        start = next((w for w in shown_widgets(dialog) if reachable(w)), dialog)
        found = (
            unnamed_widgets(dialog)
            + low_contrast(dialog)
            + clipped(dialog)
            + small_text(dialog, large_text)
            + keyboard_traps(dialog, start)
        )
        problems.extend(f"{label}: {p}" for p in found)

    window.open_new_workspace()
    wizard = window.new_workspace_wizard
    with qtbot.waitExposed(wizard):
        pass
    check(wizard, "Ny arbeidsflate 1")
    wizard.button(QWizard.WizardButton.NextButton).click()
    wizard.details.name.setText("Fjordvik kommune")
    wizard.details.orgnr.setText("971 032 147")  # a wrong check digit: the long message
    check(wizard, "Ny arbeidsflate 2")
    message = wizard.details.orgnr_message
    assert message.height() >= message.heightForWidth(message.width()), "meldingen er kuttet"
    wizard.details.orgnr.setText("971 032 146")
    wizard.button(QWizard.WizardButton.NextButton).click()
    check(wizard, "Ny arbeidsflate 3")
    wizard.reject()
    window.open_help("dpi")
    check(window.help_dialog, "Hjelp")
    window.help_dialog.close()
    window.open_about()
    check(window.help_dialog, "Om Postvakt")
    window.help_dialog.close()
    assert not problems, "\n".join(problems)


# --- keyboard and focus ---------------------------------------------------------------------


def focus(widget: QWidget) -> QWidget | None:
    return QApplication.focusWidget()


def test_next_and_an_answer_keep_the_focus_where_the_user_is(qtbot, ctx):
    window = make_window(qtbot, ctx)
    window.show_page("dpi")
    settle(qtbot)
    wizard = window.pages["dpi"].wizard
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    next_button.setFocus()
    qtbot.keyClick(next_button, Qt.Key.Key_Space)
    settle(qtbot)
    now = QApplication.focusWidget()
    assert wizard.currentId() == 1
    assert now is not None and wizard.currentPage().isAncestorOf(now), now
    assert now is not window.banner.session_button

    window.show_page("uapnet")
    settle(qtbot)
    risk = window.pages["uapnet"].wizard.currentPage()
    answer = next(iter(risk.buttons.values()))
    answer.setFocus()
    qtbot.keyClick(answer, Qt.Key.Key_Space)
    settle(qtbot)
    assert answer.isChecked()
    assert QApplication.focusWidget() is answer


def test_a_uapnet_check_by_keyboard_alone(qtbot, ctx):
    """Ctrl+6, an answer, «Neste», the file, «Neste» to the result: Tab from a step goes to
    the wizard's buttons, not round the window, and the result is announced."""
    from pathlib import Path

    from desktop_app.resources import demo_dir
    from desktop_app.views.accessibility import recent_announcements

    window = make_window(qtbot, ctx)
    presses = 0

    def press(key, modifier=Qt.KeyboardModifier.NoModifier):
        nonlocal presses
        presses += 1
        qtbot.keyClick(QApplication.focusWidget(), key, modifier)
        settle(qtbot)

    window.nav.setFocus()
    press(Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    wizard = window.pages["uapnet"].wizard
    risk = wizard.currentPage()
    assert QApplication.focusWidget() in risk.buttons.values()  # the first field of the page
    press(Qt.Key.Key_Space)
    press(Qt.Key.Key_Tab)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert QApplication.focusWidget() is next_button
    press(Qt.Key.Key_Space)
    page = wizard.currentPage()
    assert QApplication.focusWidget() is page.file_button
    page.import_file(Path(demo_dir() / "svarut-eksport-demo.csv"))  # what the file dialog does
    settle(qtbot)
    page.file_button.setFocus()
    while QApplication.focusWidget() is not next_button and presses < 30:
        press(Qt.Key.Key_Tab)
        assert wizard.isAncestorOf(QApplication.focusWidget()), QApplication.focusWidget()
    while not hasattr(wizard.currentPage(), "headline") and presses < 30:
        assert QApplication.focusWidget() is next_button
        press(Qt.Key.Key_Space)
    headline = wizard.currentPage().headline.text()
    assert "faresonen" in headline and headline in recent_announcements()
    assert presses <= 12


def test_a_button_that_waits_gets_the_focus_back(qtbot, ctx):
    window = make_window(qtbot, ctx)
    window.show_page("dpi")
    settle(qtbot)
    page = window.pages["dpi"]
    page.go_to("deleger-ks")
    settle(qtbot)
    step = page.step_pages["deleger-ks"]
    step.performer.setText("Kari Nordmann")
    step.checked_box.setChecked(True)
    step.confirm_button.setFocus()
    qtbot.keyClick(step.confirm_button, Qt.Key.Key_Space)
    settle(qtbot)
    assert step.record.confirmed
    assert QApplication.focusWidget() is step.confirm_button


def test_the_status_line_is_announced(qtbot, ctx):
    from desktop_app.views.accessibility import recent_announcements

    window = make_window(qtbot, ctx)
    window.statusBar().showMessage("Noe skjedde")
    assert recent_announcements()[-1] == "Noe skjedde"


@OFFSCREEN_POPUPS
def test_the_menu_key_sorts_a_table_and_tab_leaves_it(qtbot, ctx):
    ws = ctx.workspaces.list_workspaces()[0]
    for word in ("b", "a", "c"):
        ctx.audit.append("check.done", {"sjekk": word}, ws)
    window = make_window(qtbot, ctx)
    window.show_page("logg")
    settle(qtbot)
    table = window.pages["logg"].table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Menu)
    from PySide6.QtWidgets import QMenu

    menu = table.findChild(QMenu, "sortMenu")
    assert menu.isVisible()
    wanted = menu.actions()[1]  # the first column (the entry number), downwards
    assert "synkende" in wanted.text()
    wanted.trigger()
    menu.close()
    model = table.model()
    first, second = (int(model.index(r, 0).data()) for r in (0, 1))
    assert first > second
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not table


def test_the_focus_ring_shows_on_read_only_text_and_empty_tables(qtbot, ctx):
    from desktop_app.views.accessibility import FOCUS_INNER, FOCUS_OUTER, FocusRing, contrast_ratio

    window = make_window(qtbot, ctx)
    window.show_page("rapporter")
    settle(qtbot)
    page = window.pages["rapporter"]
    from PySide6.QtWidgets import QAbstractItemView, QTextEdit

    targets = [w for w in page.findChildren(QTextEdit) if w.isVisible()][:1] + [
        w for w in page.findChildren(QAbstractItemView) if w.isVisible()
    ][:1]
    assert targets
    for target in targets:
        target.setFocus()
        settle(qtbot)
        ring = window.findChild(FocusRing, "focusRing")
        assert ring is not None and ring.isVisible()
        inside = ring.geometry().adjusted(
            FocusRing.WIDTH, FocusRing.WIDTH, -FocusRing.WIDTH, -FocusRing.WIDTH
        )
        shown = target.visibleRegion().boundingRect()
        assert inside.contains(
            shown.translated(target.mapTo(window, shown.topLeft()) - shown.topLeft()).adjusted(
                1, 1, -1, -1
            )
        )
    # one of the ring's two colours stands out 3:1 against any background we paint
    from desktop_app.views.style import ENV_COLOURS, NAV_BACKGROUND, NAV_SELECTED_BACKGROUND

    for background in [
        "#ffffff",
        "#efefef",
        NAV_BACKGROUND,
        NAV_SELECTED_BACKGROUND,
        *(c[0] for c in ENV_COLOURS.values()),
    ]:
        assert (
            max(contrast_ratio(FOCUS_OUTER, background), contrast_ratio(FOCUS_INNER, background))
            >= 3.0
        ), background


# --- colours --------------------------------------------------------------------------------


def test_the_colours_we_chose_meet_wcag_aa():
    from desktop_app.views.accessibility import PLACEHOLDER_TEXT, SELECTION_BACKGROUND
    from desktop_app.views.accessibility import contrast_ratio as ratio
    from desktop_app.views.style import (
        CHART_AXIS,
        NAV_BACKGROUND,
        NAV_HEADING_TEXT,
        NAV_SELECTED_BACKGROUND,
        NAV_SELECTED_TEXT,
        NAV_TEXT,
        STATUS_COLOURS,
        TAMPERED_BACKGROUND,
        TAMPERED_TEXT,
    )

    window, base = "#efefef", "#ffffff"
    for name, colour in STATUS_COLOURS.items():
        assert ratio(colour, window) >= 4.5, name
    assert ratio(NAV_HEADING_TEXT, NAV_BACKGROUND) >= 4.5
    assert ratio(NAV_TEXT, NAV_BACKGROUND) >= 4.5
    assert ratio(NAV_SELECTED_TEXT, NAV_SELECTED_BACKGROUND) >= 4.5
    assert ratio(NAV_SELECTED_BACKGROUND, NAV_BACKGROUND) >= 3.0  # chosen vs not chosen
    assert ratio(TAMPERED_TEXT, TAMPERED_BACKGROUND) >= 4.5
    assert ratio(PLACEHOLDER_TEXT, base) >= 4.5
    assert ratio("#ffffff", SELECTION_BACKGROUND) >= 4.5
    from desktop_app.wizards.unopened.history_chart import HistoryChart

    assert ratio(HistoryChart.BAR_COLOUR, base) >= 3.0
    assert ratio(CHART_AXIS, base) >= 3.0


def test_a_changed_log_entry_says_so_in_words(qtbot, ctx):
    import sqlite3

    from desktop_app.storage.paths import app_paths

    ws = ctx.workspaces.list_workspaces()[0]
    entry = ctx.audit.append("check.done", {"sjekk": "original"}, ws)
    ctx.audit.append("check.done", {"sjekk": "senere"}, ws)
    con = sqlite3.connect(app_paths().database)
    for (name,) in con.execute(
        "SELECT name FROM sqlite_master WHERE type='trigger' AND tbl_name='audit_log'"
    ).fetchall():
        con.execute(f'DROP TRIGGER "{name}"')
    con.execute("UPDATE audit_log SET details=? WHERE seq=?", ('{"sjekk": "x"}', entry.seq))
    con.commit()
    con.close()
    window = make_window(qtbot, ctx)
    window.show_page("logg")
    settle(qtbot)
    model = window.pages["logg"].model
    texts = [
        model.index(r, 5).data()
        for r in range(model.rowCount())
        if int(model.index(r, 0).data()) == entry.seq
    ]
    assert texts and texts[0].startswith("⚠ ENDRET ETTERPÅ")
    assert window.pages["logg"].scope.accessibleName()


# --- words, not only tooltips ----------------------------------------------------------------


def test_virksomheter_says_what_to_do_below_the_list(qtbot, ctx):
    window = make_window(qtbot, ctx)
    window.show_page("virksomheter")
    settle(qtbot)
    view = window.pages["virksomheter"]
    view.tree.setFocus()
    qtbot.keyClick(view.tree, Qt.Key.Key_Down)
    qtbot.keyClick(view.tree, Qt.Key.Key_Down)
    unit = view.selected_unit()
    assert unit is not None
    assert unit.name in view.unit_detail.text() or unit.orgnr[:3] in view.unit_detail.text()
    # every unit in red has its explanation in the line, not only in a tooltip
    from desktop_app.wizards.organizations import status_explanation

    red = [u for u in view.units if u.unit_status.is_problem]
    assert red
    model = view.tree.model()
    for row in range(model.rowCount()):
        stack = [model.index(row, 0)]
        while stack:
            index = stack.pop()
            view.tree.setCurrentIndex(index)
            unit = view.selected_unit()
            if unit is not None and unit.unit_status.is_problem:
                assert status_explanation(unit) in view.unit_detail.text()
            stack += [model.index(r, 0, index) for r in range(model.rowCount(index))]


def test_an_error_belongs_to_its_field_and_is_said(qtbot, ctx):
    from desktop_app.views.accessibility import recent_announcements

    window = make_window(qtbot, ctx)
    window.show_page("virksomheter")
    settle(qtbot)
    view = window.pages["virksomheter"]
    view.orgnr_edit.setFocus()
    qtbot.keyClicks(view.orgnr_edit, "971032147")  # a wrong check digit
    message = view.orgnr_feedback.text()
    assert message and message in view.orgnr_edit.accessibleDescription()
    qtbot.waitUntil(lambda: recent_announcements()[-1:] == [message], timeout=PATIENT_MS)
    assert sum(1 for a in recent_announcements() if "av 9 siffer" in a) == 0  # once, at the end


def test_a_rich_message_is_said_in_words():
    from desktop_app.views.accessibility import MessageLabel, recent_announcements

    label = MessageLabel()
    label.setText("<b>3 statuser</b> hentet.<br>2 &amp; 1 uendret")
    label._announce()  # what the timer does once the message has settled
    assert recent_announcements()[-1] == "3 statuser hentet.. 2 & 1 uendret"
    label.deleteLater()


# --- dates ----------------------------------------------------------------------------------


@OFFSCREEN_POPUPS
def test_a_date_is_typed_cleared_and_picked_by_keyboard(qtbot):
    from PySide6.QtCore import QDate

    from desktop_app.views.accessibility import install, recent_announcements
    from desktop_app.views.date_field import DateField

    install()
    field = DateField("Datoen e-posten ble sendt")
    qtbot.addWidget(field)
    field.show()
    with qtbot.waitActive(field):
        field.activateWindow()
    changes = []
    field.changed.connect(lambda: changes.append(field.value()))
    field.edit.setFocus()
    qtbot.keyClicks(field.edit, "4062026")
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
    assert field.edit.text() == "4062026"  # kept, with a message beside it
    assert field.error.isVisible() and "dd.mm.åååå" in field.error.text()
    assert "dd.mm.åååå" in field.edit.accessibleDescription()
    assert any("dd.mm.åååå" in a for a in recent_announcements())
    assert QApplication.focusWidget() is not field.edit  # Tab went on
    field.edit.setFocus()
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, "04.06.2026")
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
    assert field.value() == "2026-06-04" and not field.error.isVisible()
    assert changes[-1] == "2026-06-04"
    field.clear_button.click()
    assert field.value() == "" and changes[-1] == ""
    field.edit.setFocus()
    qtbot.keyClick(field.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = field.popup
    assert popup is not None and popup.isVisible()
    popup.calendar.setSelectedDate(QDate(2026, 5, 17))
    qtbot.keyClick(popup.calendar, Qt.Key.Key_Return)
    assert field.value() == "2026-05-17" and not popup.isVisible()


# --- help -----------------------------------------------------------------------------------


def test_f1_opens_the_help_for_the_page_and_about_lists_licences(qtbot, ctx):
    window = make_window(qtbot, ctx)
    for key in window.page_keys():
        window.show_page(key)
        window.nav.setFocus()
        qtbot.keyClick(window.nav, Qt.Key.Key_F1)
        dialog = window.help_dialog
        text = dialog.text.toPlainText()
        assert "Hva siden er til" in text and "Hvor opplysningene kommer fra" in text, key
        dialog.close()
    titles = [a.text() for a in window.help_menu.actions()]
    assert "Start her: daglig leder" in titles and "Start her: IT-koordinator" in titles
    window.open_about()
    about = window.help_dialog.text.toPlainText()
    assert "Postvakt" in about and "PySide6" in about and "Lisens" in about
    window.help_dialog.close()


def test_the_dialogs_fit_a_1024x640_laptop(qtbot, ctx):
    """Every dialog opens within a 1024×640 screen (less its title bar and the task bar) with
    each of its controls in reach."""
    from desktop_app.domain.access import ApprovedReader, Reason
    from desktop_app.views.column_mapping import ColumnMappingDialog
    from desktop_app.views.handover import HandoverDialog
    from desktop_app.views.routine_dialog import RoutineDialog
    from desktop_app.views.setup_check_dialog import SetupCheckDialog
    from desktop_app.wizards.access_plan import TILGANG, PlanDialog
    from desktop_app.wizards.confidential_access import GrantDialog
    from desktop_app.wizards.organizations.paste_dialog import PasteDialog

    room = (LAPTOP[0], LAPTOP[1] - 60)  # the title bar and a task bar take some of the 640
    window = make_window(qtbot, ctx, LAPTOP)
    ws = ctx.workspace
    problems: list[str] = []

    def check(dialog: QWidget, label: str) -> None:
        dialog.show()
        settle(qtbot)
        least = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
        if least.width() > room[0] or least.height() > room[1]:
            problems.append(f"{label}: minst {least.width()}×{least.height()}")
        hint = dialog.sizeHint()
        dialog.resize(min(hint.width(), room[0]), min(hint.height(), room[1]))
        settle(qtbot)
        found = out_of_reach(dialog) + clipped(dialog)
        problems.extend(f"{label}: {p}" for p in found)
        dialog.close()

    window.open_new_workspace()
    check(window.new_workspace_wizard, "Ny arbeidsflate")
    window.open_help("dpi")
    check(window.help_dialog, "Hjelp")
    window.open_about()
    check(window.help_dialog, "Om Postvakt")
    check(PasteDialog(window), "Lim inn")
    check(RoutineDialog(ctx, ws.id, ws.name, window), "Fast kontroll")
    check(SetupCheckDialog(ctx, window), "Sjekk oppsettet")
    check(
        ColumnMappingDialog(["Mottaker", "Status", "Sendt", "Noe annet"], None, window), "Kolonner"
    )
    check(PlanDialog(ctx, TILGANG, None, window), "Plan for tilganger")
    reader = ApprovedReader(None, "310000000", "Kari Nordmann", "kari@fjordvik.no", Reason.HELSE)
    check(GrantDialog(reader, "Fjordvik kommune", window), "Gi tilgang")
    task = ctx.services.handover.dpi_task(ws, str(ctx.environment))
    check(HandoverDialog(ctx, ws, task, window), "Til daglig leder")
    assert not problems, "\n".join(problems)


def test_a_page_opened_by_keyboard_says_its_name(qtbot, ctx):
    """Ctrl+2 puts the focus on the page's first field; a screen reader says the names of the
    containers it enters first, so the page must carry its name (Orca said «layered pane»)."""
    from desktop_app.views.main_window import navigation_entries

    window = make_window(qtbot, ctx)
    titles = {e.key: e.title for e in navigation_entries()}
    for key in window.page_keys():
        window.show_page(key)
        settle(qtbot)
        assert accessible_name(window.stack.currentWidget()) == titles[key], key
        assert accessible_name(window.stack) == titles[key], key
