"""Taushetsbelagt post and Varsling, driven by clicking as a user would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from support.altinn_fakes import FakeAccessApi

from desktop_app.domain.access import Reason
from desktop_app.tasks import running_tasks
from desktop_app.views.dashboard import DashboardView
from desktop_app.wizards.confidential_access import ConfidentialAccessPage, GrantDialog
from desktop_app.wizards.notification_contacts import NotificationContactsPage

from .conftest import PATIENT_MS, settle

HELSE = "310100005"


def open_demo(qtbot, ctx):
    ws = ctx.workspaces.ensure_demo_workspace()
    ctx.set_workspace(ws)
    settle(qtbot)
    return ws


def make_page(qtbot, ctx, cls=ConfidentialAccessPage):
    open_demo(qtbot, ctx)
    page = cls(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    settle(qtbot)
    return page


def live_units(ctx) -> int:
    """Org numbers of the demo municipality that can receive post (deleted ones are left out)."""
    return sum(1 for u in ctx.workspaces.list_org_units(ctx.workspace.id) if not u.deleted)


def status_of(page: ConfidentialAccessPage, orgnr: str) -> tuple[str, str]:
    for row in range(page.matrix.rowCount()):
        if page.matrix.item(row, 0).data(Qt.ItemDataRole.UserRole) == orgnr:
            item = page.matrix.item(row, 6)
            return item.text(), item.background().color().name()
    raise AssertionError(orgnr)


def choose_unit(qtbot, page, orgnr: str) -> None:
    page.unit_combo.setCurrentIndex(page.unit_combo.findData(orgnr))
    settle(qtbot)


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle(qtbot)


def answer_box(qtbot, parent, button: QMessageBox.StandardButton) -> str:
    qtbot.waitUntil(lambda: any(b.isVisible() for b in parent.findChildren(QMessageBox)))
    box = next(b for b in parent.findChildren(QMessageBox) if b.isVisible())
    text = box.text()
    qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)
    settle(qtbot)
    return text


def test_add_reader_import_grant_and_revoke_change_the_matrix(qtbot, ctx, tmp_path):
    page = make_page(qtbot, ctx)
    n = live_units(ctx)
    # Nothing read from Altinn and nothing recorded: unknown, never a red «nobody».
    assert page.summary.text().startswith("Ukjent:")
    assert f"de {n} organisasjonsnumrene" in page.summary.text()
    text, colour = status_of(page, HELSE)
    assert "Ukjent" in text and colour == "#eef1f4"

    # A bad e-mail is refused with a reason; a good reader is added.
    choose_unit(qtbot, page, HELSE)
    page.tabs.setCurrentIndex(1)
    qtbot.keyClicks(page.reader_name, "Per Lunde")
    qtbot.keyClicks(page.reader_email, "per.lunde@fjordvik")
    click(qtbot, page.add_reader_button)
    assert "e-postadresse" in page.reader_error.text()
    page.reader_email.clear()
    qtbot.keyClicks(page.reader_email, "per.lunde@fjordvik.example")
    page.reader_reason.setCurrentIndex(page.reader_reason.findText("Helse og omsorg"))
    click(qtbot, page.add_reader_button)
    assert page.reader_error.text() == ""
    assert page.approved_table.item(0, 0).text() == "Per Lunde"
    assert page.approved_table.item(0, 3).text() == "Nei, ikke ennå"

    # Import holders: one bad line is reported with its number, the rest loads.
    source = tmp_path / "tilganger.csv"
    source.write_text(
        "Organisasjonsnummer;Navn;Tilgang\n310000000;Jonas Bakken;A0288\n310 000 00X;Feil;A0286\n",
        encoding="utf-8",
    )
    page.tabs.setCurrentIndex(2)
    page.import_file(source)
    settle(qtbot)
    assert "1 tilgang lest inn" in page.import_status.text()
    assert "1 linje ble hoppet over:" in page.import_status.text()
    assert "Linje 3" in page.import_status.text()
    text, colour = status_of(page, "310000000")
    assert "Bør sjekkes" in text and colour == "#fff4d6"

    # Grant through a (fake) Altinn: the grant dialog, then the matrix turns.
    api = FakeAccessApi()
    page.set_access_api(api)
    page.tabs.setCurrentIndex(1)
    page.approved_table.selectRow(0)
    click(qtbot, page.grant_button)
    dialog = page.grant_dialog
    assert isinstance(dialog, GrantDialog) and dialog.last_name.text() == "Lunde"
    qtbot.keyClicks(dialog.identifier, "14117843018")
    dialog.accept()
    settle(qtbot)
    text, _ = status_of(page, HELSE)
    assert "Ingen kan lese" not in text
    assert page.approved_table.item(0, 3).text() == "Ja"
    assert ("grant", HELSE, "14117843018", "Lunde") in api.calls

    # Revoke asks first; "No" keeps the access, "Yes" removes it.
    page.tabs.setCurrentIndex(2)
    page.holders_table.selectRow(0)
    click(qtbot, page.revoke_button)
    assert "Per Lunde" in answer_box(qtbot, page, QMessageBox.StandardButton.No)
    assert page.holders_table.rowCount() == 1
    page.holders_table.selectRow(0)
    click(qtbot, page.revoke_button)
    answer_box(qtbot, page, QMessageBox.StandardButton.Yes)
    assert page.holders_table.rowCount() == 0
    assert ("revoke", HELSE, "Per Lunde") in api.calls
    text, colour = status_of(page, HELSE)
    assert "Ingen kan lese" in text and colour == "#fbe9e7"

    actions = [e.action for e in ctx.audit.entries()]
    for action in (
        "access.approved_added",
        "access.holders_imported",
        "access.granted",
        "access.revoked",
    ):
        assert action in actions


def test_routine_pdf_and_review_reminder(qtbot, ctx, tmp_path):
    page = make_page(qtbot, ctx)
    page.tabs.setCurrentIndex(3)
    click(qtbot, page.save_routine_button)
    assert "godkjenner" in page.routine_error.text()
    qtbot.keyClicks(page.approver_title, "kommunedirektør")
    page.review_months.setValue(3)
    target = tmp_path / "rutine.pdf"
    page.export_to(target)
    settle(qtbot)
    assert target.read_bytes().startswith(b"%PDF")
    assert "Neste gjennomgang" in page.routine_status.text()
    odt = tmp_path / "rutine.odt"
    page.export_to(odt)
    settle(qtbot)
    assert odt.read_bytes().startswith(b"PK")
    assert "access.routine_exported" in [e.action for e in ctx.audit.entries()]

    # The saved routine is there in a fresh page (same store).
    again = ConfidentialAccessPage(ctx)
    qtbot.addWidget(again)
    settle(qtbot)
    assert again.approver_title.text() == "kommunedirektør"
    assert again.review_months.value() == 3


def test_dashboard_shows_org_numbers_nobody_can_read(qtbot, ctx):
    ws = open_demo(qtbot, ctx)
    view = DashboardView(ctx)
    qtbot.addWidget(view)
    settle(qtbot)
    n = live_units(ctx)
    # Before anything is read from Altinn, the card says «ukjent», not a red «nobody».
    assert view.access_card.value.text() == "Ukjent"
    assert "ikke lest fra Altinn" in view.access_card.detail.text()
    # Read from Altinn, where nobody holds the package: now it is a fact.
    ctx.services.access.refresh_holders(FakeAccessApi(), ws.id)
    view.refresh()
    settle(qtbot)
    assert view.access_card.value.text() == f"{n} av {n} uten leser"
    assert view.routine_card.value.text() == "Ikke laget"


def test_notification_addresses_last_one_stays_and_flags(qtbot, ctx, tmp_path):
    page = make_page(qtbot, ctx, NotificationContactsPage)
    n = live_units(ctx)
    # Not read from Altinn yet: unknown, never a red «none».
    assert page.summary.text().startswith("Ukjent:")
    assert "ingen adresse" not in page.unit_combo.itemText(0)
    assert not [f for f in page.flags if f.kind.value == "ingen_adresse"]
    from support.altinn_fakes import FakeNotificationApi

    ctx.services.notifications.refresh(FakeNotificationApi(), ctx.workspace.id)
    page.reload()
    settle(qtbot)
    assert f"{n} av {n} organisasjonsnumre har ingen varslingsadresse" in page.summary.text()

    qtbot.keyClicks(page.address_edit, "22 33 44 55")
    click(qtbot, page.add_button)
    assert "mobilnummer" in page.error.text()
    page.address_edit.clear()
    qtbot.keyClicks(page.address_edit, "postmottak@fjordvik.example")
    click(qtbot, page.add_button)
    assert page.table.rowCount() == 1
    assert "tilhører ingen godkjent" in page.table.item(0, 2).text()

    page.table.selectRow(0)
    click(qtbot, page.remove_button)
    assert "siste" in page.error.text()
    assert page.table.rowCount() == 1
    assert not [b for b in page.findChildren(QMessageBox) if b.isVisible()]

    page.address_edit.clear()
    qtbot.keyClicks(page.address_edit, "+47 912 34 501")
    click(qtbot, page.add_button)
    assert page.table.rowCount() == 2
    page.table.selectRow(0)
    click(qtbot, page.remove_button)
    answer_box(qtbot, page, QMessageBox.StandardButton.Yes)
    assert page.table.rowCount() == 1
    assert f"{n - 1} av {n}" in page.summary.text()
    flags = [page.flag_list.item(i).text() for i in range(page.flag_list.count())]
    assert any("Ingen varslingsadresse" in f for f in flags)

    # An instruction per approved reader, copyable and exportable.
    from desktop_app.domain.access import Reason
    from desktop_app.services.confidential_access import ConfidentialAccessService

    ConfidentialAccessService(ctx.db).add_approved(
        ctx.workspace.id, "310000000", "Sara Holm", "sara.holm@fjordvik.example", Reason.BARNEVERN
    )
    page.reload()
    settle(qtbot)
    assert "Sara Holm" in page.instruction_text.toPlainText()
    click(qtbot, page.copy_button)
    assert "6 siffer" in QApplication.clipboard().text()
    out = tmp_path / "beskjeder.txt"
    page.export_to(out)
    settle(qtbot)
    assert "Sara Holm" in out.read_text(encoding="utf-8")


def test_matrix_filter_shows_only_units_that_need_work(qtbot, ctx):
    page = make_page(qtbot, ctx)
    from desktop_app.services.confidential_access import ConfidentialAccessService

    ConfidentialAccessService(ctx.db).add_holder(
        ctx.workspace.id, HELSE, "Per Lunde", "", ["A0286"]
    )
    api = FakeAccessApi()  # Altinn: nobody holds the package anywhere else
    page.set_access_api(api)
    page.refresh_from_altinn()
    settle(qtbot)
    page.reload()
    settle(qtbot)
    n = live_units(ctx)
    assert page.matrix.rowCount() == n
    page.matrix_filter.setCurrentIndex(page.matrix_filter.findData("bad"))
    assert page.matrix.rowCount() == n - 1
    assert HELSE not in [
        page.matrix.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(n - 1)
    ]
    page.matrix_filter.setCurrentIndex(page.matrix_filter.findData("problems"))
    assert page.matrix.rowCount() == n  # Per Lunde is not on the approved list: amber


def test_extra_holder_can_be_approved_and_a_refused_grant_is_explained(qtbot, ctx):
    page = make_page(qtbot, ctx)
    choose_unit(qtbot, page, HELSE)
    page.tabs.setCurrentIndex(2)
    qtbot.keyClicks(page.holder_name, "Ola Strand")
    qtbot.keyClicks(page.holder_email, "ola.strand@fjordvik.example")
    click(qtbot, page.add_holder_button)
    page.holders_table.selectRow(0)
    assert page.holders_table.item(0, 4).text().startswith("Nei")
    click(qtbot, page.approve_button)
    assert page.tabs.currentIndex() == 1
    assert page.reader_name.text() == "Ola Strand"
    click(qtbot, page.add_reader_button)
    page.tabs.setCurrentIndex(2)
    assert page.holders_table.item(0, 4).text() == "Ja"
    assert "Ingen kan lese" not in status_of(page, HELSE)[0]

    api = FakeAccessApi()
    api.fail_with = "AM-43"
    page.set_access_api(api)
    page.tabs.setCurrentIndex(1)
    page.approved_table.selectRow(0)
    click(qtbot, page.grant_button)
    qtbot.keyClicks(page.grant_dialog.identifier, "05068341010")
    page.grant_dialog.accept()
    settle(qtbot)
    text = answer_box(qtbot, page, QMessageBox.StandardButton.Ok)
    assert "fant ikke fødselsnummeret" in text


def test_matrix_exported_for_excel(qtbot, ctx, tmp_path):
    from openpyxl import load_workbook

    page = make_page(qtbot, ctx)
    target = tmp_path / "oversikt.xlsx"
    page.export_matrix_to(target)
    settle(qtbot)
    sheet = load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Organisasjonsnummer", "Virksomhet", "Status")
    assert len(rows) == live_units(ctx) + 1
    assert ("310 100 005", "Ukjent") in [(r[0], r[2]) for r in rows]  # not read yet
    assert "lagret i" in page.summary.text()


def test_dashboard_says_when_the_review_is_overdue(qtbot, ctx):
    from datetime import date

    from desktop_app.domain.access import RoutineSettings
    from desktop_app.services.confidential_access import ConfidentialAccessService

    ws = open_demo(qtbot, ctx)
    service = ConfidentialAccessService(ctx.db)
    service.save_routine(ws.id, RoutineSettings("kommunedirektør", review_months=6))
    view = DashboardView(ctx)
    qtbot.addWidget(view)
    settle(qtbot)
    assert "forfalt" not in view.routine_card.detail.text()
    service.record_review(ws.id, "Ingrid", day=date(2020, 1, 1))
    view.refresh()
    settle(qtbot)
    assert "01.07.2020: den er forfalt" in view.routine_card.detail.text()
    assert view.routine_card.value.text() == "Gjennomgang forfalt"


def test_an_approved_reader_can_be_corrected_in_place(qtbot, ctx):
    page = make_page(qtbot, ctx)
    choose_unit(qtbot, page, HELSE)
    page.tabs.setCurrentIndex(1)
    qtbot.keyClicks(page.reader_name, "Per Lunde")
    qtbot.keyClicks(page.reader_email, "per.lunde@fjordvik.example")
    click(qtbot, page.add_reader_button)

    page.approved_table.selectRow(0)
    click(qtbot, page.edit_reader_button)
    assert page.reader_name.text() == "Per Lunde"
    assert page.add_reader_button.text() == "Lagre endringen"
    page.reader_email.clear()
    qtbot.keyClicks(page.reader_email, "feil@")
    click(qtbot, page.add_reader_button)
    assert "e-postadresse" in page.reader_error.text()  # checked as when adding
    page.reader_email.clear()
    qtbot.keyClicks(page.reader_email, "per.lunde@helse.fjordvik.example")
    page.reader_reason.setCurrentIndex(page.reader_reason.findText("Helse og omsorg"))
    click(qtbot, page.add_reader_button)

    assert page.approved_table.rowCount() == 1  # changed, not added
    assert page.approved_table.item(0, 1).text() == "per.lunde@helse.fjordvik.example"
    assert page.add_reader_button.text() == "Legg til på godkjent-listen"
    entry = [e for e in ctx.audit.entries() if e.action == "access.approved_changed"][-1]
    assert entry.details["navn"] == "Per Lunde"


def test_the_page_reads_again_when_shown_after_a_change_and_not_on_every_show(qtbot, ctx):
    """Showing Taushetsbelagt post again reads nothing when nothing it shows has changed; a
    reader approved elsewhere (another page, the command line) is there when it is next
    shown."""
    page = make_page(qtbot, ctx)
    reads: list[int] = []
    real_overview = page.service.overview

    def counted(workspace_id):
        reads.append(workspace_id)
        return real_overview(workspace_id)

    page.service.overview = counted  # the page calls it through its service
    try:
        page.hide()
        page.show()
        settle(qtbot)
        assert reads == []  # nothing changed: nothing read

        page.hide()
        orgnr = page.current_orgnr()
        ctx.services.access.add_approved(
            ctx.workspace.id, orgnr, "Kari Utenfra", "kari@kommune.no", Reason.HELSE
        )
        settle(qtbot)
        assert reads == []  # hidden: read when shown
        page.show()
        settle(qtbot)
        assert reads == [ctx.workspace.id]
        names = [
            page.approved_table.item(row, 0).text() for row in range(page.approved_table.rowCount())
        ]
        assert "Kari Utenfra" in names
    finally:
        del page.service.overview


def test_a_change_by_a_scheduled_routine_or_the_command_line_is_read_when_shown(qtbot, ctx):
    """Another process writes to the same store (postvakt-cli, a scheduled routine): the
    window hears of it at its next look and shows it when the page is shown."""
    from desktop_app.services.composition import Services

    page = make_page(qtbot, ctx)
    ctx.check_outside_changes()  # where the log stands (the window does this when it opens)
    settle(qtbot)
    page.hide()
    other_process = Services(ctx.db)  # its own log writer: the window is not told directly
    other_process.access.add_approved(
        ctx.workspace.id, page.current_orgnr(), "Ola Kommandolinje", "ola@kommune.no", Reason.SKOLE
    )
    ctx.check_outside_changes()  # the window's look (on a timer, and when it is activated)
    settle(qtbot)
    page.show()
    settle(qtbot)
    assert "Ola Kommandolinje" in _approved_names(page)


def _approved_names(page) -> list[str]:
    table = page.approved_table
    return [table.item(row, 0).text() for row in range(table.rowCount())]


def test_enter_on_a_matrix_row_opens_the_tab_that_fixes_it(qtbot, ctx):
    """The keyboard way to what a double click does: a unit nobody can read for opens
    «2. Hvem skal lese»."""
    page = make_page(qtbot, ctx)
    qtbot.waitUntil(lambda: page.matrix.rowCount() > 0, timeout=PATIENT_MS)
    page.tabs.setCurrentIndex(0)
    page.matrix.setFocus()
    page.matrix.setCurrentCell(0, 0)
    qtbot.keyClick(page.matrix, Qt.Key.Key_Return)
    assert page.tabs.currentIndex() == 1


def test_a_late_answer_for_the_workspace_left_never_shows(qtbot, ctx):
    """The demo's access is still being read when the user picks another workspace: the
    page shows the other workspace's units, also after the demo's answer arrives."""
    import threading

    page = make_page(qtbot, ctx)
    qtbot.waitUntil(lambda: page.matrix.rowCount() > 1, timeout=PATIENT_MS)
    demo = ctx.workspace
    other = ctx.workspaces.create_workspace("Testvik kommune", "987654325")
    release = threading.Event()
    real = page.service.overview

    def overview(workspace_id):
        if workspace_id == demo.id:
            release.wait(PATIENT_MS / 1000)  # the demo's answer is slow
        return real(workspace_id)

    page.service.overview = overview
    try:
        page.reload()  # the demo, slow
        ctx.set_workspace(other)
        page.reload()
        qtbot.waitUntil(lambda: page.matrix.rowCount() == 1, timeout=PATIENT_MS)
    finally:
        release.set()
    qtbot.waitUntil(lambda: not running_tasks(), timeout=PATIENT_MS)
    settle(qtbot)
    assert page.matrix.rowCount() == 1  # Testvik's one unit, not the demo's 33


def test_varsling_never_says_nothing_to_fix_about_what_it_has_not_read(qtbot, ctx):
    """Before anything is read from Altinn, «Dette bør rettes» says it is unknown, not «✔
    Ingenting å rette: alle har adresse»."""
    page = make_page(qtbot, ctx, NotificationContactsPage)
    texts = [page.flag_list.item(i).text() for i in range(page.flag_list.count())]
    assert texts and texts[0].startswith("? Ukjent")
    assert not any("alle har adresse" in t for t in texts)
