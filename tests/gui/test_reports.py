"""Rapporter: saved runs listed and opened with their letters after a restart, a 100,000-row
table that filters and sorts, columns that stay hidden, a detail pane in plain words, and
exports to Excel, CSV and PDF."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.domain.cancellation import TaskState
from desktop_app.domain.svarut import OSLO, Shipment, ShipmentStatus
from desktop_app.domain.unopened import DigitalOnlySetting, RiskLevel
from desktop_app.resources import demo_dir
from desktop_app.services.unopened_check import UnopenedCheckService, review_letters
from desktop_app.views.shipments import COLUMNS, ShipmentTable

from .conftest import PATIENT_MS, settle

DEMO_CSV = demo_dir() / "svarut-eksport-demo.csv"
NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def _page(qtbot, ctx):
    from desktop_app.wizards.unopened.reports import ReportsPage

    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 760)
    settle(qtbot)
    return page


def _workspace(ctx):
    workspace = ctx.workspaces.list_workspaces()[0]
    ctx.set_workspace(workspace)
    return workspace


def _open_first_run(qtbot, page):
    page.runs_table.selectRow(0)
    with qtbot.waitSignal(page.report_shown, timeout=PATIENT_MS):
        page.open_selected()
    settle(qtbot)


def _close_boxes(page):
    for box in page.findChildren(QMessageBox):
        box.close()


# --- 100,000 letters --------------------------------------------------------------------------

STATUSES = [ShipmentStatus.VARSLET, ShipmentStatus.LEST, ShipmentStatus.SENDT_DIGITALT,
            ShipmentStatus.PRINTET, None]  # fmt: skip


def _many_letters(n: int = 100_000):
    start = datetime(2026, 1, 1, 8, 0, tzinfo=OSLO)
    shipments = [
        Shipment(
            f"{i:08x}-0000-4000-8000-000000000000",
            start + timedelta(minutes=(i * 7919) % 400_000),
            STATUSES[i % 5],
            "Avsluttet" if STATUSES[i % 5] is None else STATUSES[i % 5].value,
            f"Sak {i}",
            f"Virksomhet {i % 997} AS",
            f"3{i % 997:08d}",
            i % 3 != 0,
            None,
            f"26/{i:05d}",
            i + 2,
        )
        for i in range(n)
    ]
    return review_letters(shipments, [False] * n, DigitalOnlySetting.DIGITAL_ONLY, NOW)


def test_a_100k_table_filters_as_you_type_and_sorts(qtbot):
    letters = _many_letters()
    table = ShipmentTable(None)
    qtbot.addWidget(table)
    table.set_letters(letters)
    proxy = table.proxy
    assert proxy.rowCount() == 100_000
    assert "100" in table.count_label.text()

    # Default order: letters at risk first, the file's order within.
    first = [proxy.letter_at(i) for i in range(3)]
    assert all(lt.level is RiskLevel.AT_RISK for lt in first)
    assert [lt.shipment.source_line for lt in first] == sorted(
        lt.shipment.source_line for lt in first
    )

    # Typing narrows the rows; every word must match somewhere in what the row shows.
    def shown(letter) -> str:
        keys = (
            "risk",
            "urgency",
            "status",
            "sent",
            "recipient",
            "orgnr",
            "title",
            "ref",
            "id",
            "confidential",
        )
        return " ".join(table.model.text(letter, k) for k in keys).lower()

    qtbot.keyClicks(table.filter_edit, "virksomhet 99")
    qtbot.waitUntil(lambda: proxy.rowCount() < 100_000, timeout=PATIENT_MS)
    table.apply_filter()
    expected = [lt for lt in letters if all(w in shown(lt) for w in ("virksomhet", "99"))]
    assert proxy.rowCount() == len(expected)
    table.filter_edit.setText("varslet virksomhet 99 ")
    table.apply_filter()
    both = [lt for lt in expected if "varslet" in shown(lt)]
    assert proxy.rowCount() == len(both) > 0
    assert {proxy.letter_at(i).shipment.id for i in range(proxy.rowCount())} == {
        lt.shipment.id for lt in both
    }
    # Org.nr with or without spaces; a letter's own ID.
    table.filter_edit.setText("300 000 017")
    table.apply_filter()
    assert proxy.rowCount() == sum(1 for lt in letters if lt.shipment.recipient_id == "300000017")
    table.filter_edit.setText(letters[12345].shipment.id.upper())
    table.apply_filter()
    assert proxy.rowCount() == 1 and proxy.letter_at(0) is letters[12345]
    table.filter_edit.clear()
    table.apply_filter()
    assert proxy.rowCount() == 100_000

    # Sorting by age: oldest first when descending; a filter keeps the sort.
    age = COLUMNS.index("age")
    table.view.sortByColumn(age, Qt.SortOrder.DescendingOrder)
    ages = [proxy.letter_at(i).age_days for i in range(100)]
    assert ages == sorted(ages, reverse=True)
    assert ages[0] == max(lt.age_days for lt in letters)
    table.level_combo.setCurrentIndex(table.level_combo.findData(RiskLevel.AT_RISK))
    assert proxy.rowCount() == sum(1 for lt in letters if lt.level is RiskLevel.AT_RISK)
    shown = [proxy.letter_at(i).age_days for i in range(proxy.rowCount())]
    assert shown == sorted(shown, reverse=True)
    # The selection follows its letter through a new sort.
    table.view.selectRow(5)
    chosen = table.current
    table.view.sortByColumn(COLUMNS.index("recipient"), Qt.SortOrder.AscendingOrder)
    assert proxy.letter_at(table.view.currentIndex().row()) is chosen


# --- Columns and detail -------------------------------------------------------------------------


def test_hidden_columns_stay_hidden_in_a_new_page(qtbot, ctx):
    from desktop_app.settings import Settings

    page = _page(qtbot, ctx)
    title = COLUMNS.index("title")
    assert not page.table.view.isColumnHidden(title)
    menu = page.table.column_menu()
    action = next(a for a in menu.actions() if a.data() == "title")
    action.trigger()  # unticks «Tittel»
    assert page.table.view.isColumnHidden(title)
    settle(qtbot)

    again = _page(qtbot, ctx)
    assert again.table.view.isColumnHidden(title)
    assert Settings.load(ctx.settings.path).get("hidden_columns")["rapporter"] == [
        "digital_only",
        "line",
        "title",
    ]
    # The wizard's table remembers its own choice.
    assert not ShipmentTable(ctx, "uapnet").view.isColumnHidden(title)
    # Ticking it again shows it again.
    next(a for a in again.table.column_menu().actions() if a.data() == "title").trigger()
    assert not again.table.view.isColumnHidden(title)


def test_detail_pane_explains_the_letter_and_shows_its_events_from_svarut(qtbot, ctx):
    workspace = _workspace(ctx)
    UnopenedCheckService(ctx.db).run_check(TaskState(), workspace, DEMO_CSV, "1a", now=NOW)
    page = _page(qtbot, ctx)
    _open_first_run(qtbot, page)
    page.table.filter_edit.setText("Varslet")
    page.table.apply_filter()
    page.table.view.selectRow(0)
    text = page.table.detail_text()
    assert "I faresonen" in text
    assert "Ingen har åpnet det ennå" in text  # VARSLET in plain words
    assert "Kontakt mottakeren" in text  # why it is at risk and what to do
    assert page.table.events_button.isEnabled()

    ctx.sync_sandbox()  # Øving: the events come from the sandbox SvarUt
    qtbot.waitUntil(lambda: ctx.sandbox_url is not None, timeout=PATIENT_MS)
    page.table.events_button.click()
    dialog = page.table.events_dialog
    qtbot.waitUntil(lambda: bool(dialog.events()), timeout=PATIENT_MS)
    assert dialog.isVisible()
    when, what = dialog.events()[0]
    assert when and what  # a time and an event text from SvarUt's event log
    dialog.close()


# --- Saved runs ---------------------------------------------------------------------------------


def test_a_run_saved_in_one_session_is_listed_and_opens_in_the_next(qtbot, ctx):
    from desktop_app.app import open_context
    from desktop_app.views.context import AppContext

    workspace = _workspace(ctx)
    first = UnopenedCheckService(ctx.db).run_check(TaskState(), workspace, DEMO_CSV, "1b",
                                                   now=NOW)  # fmt: skip
    ctx.db.close()

    db, secrets = open_context(ctx.settings)  # a fresh start on the same database
    fresh = AppContext(db, ctx.settings, secrets, practice=ctx.practice)
    try:
        fresh.set_workspace(workspace)
        page = _page(qtbot, fresh)
        assert page.runs_table.rowCount() == 1
        assert page.runs_table.item(0, 1).text() == "svarut-eksport-demo.csv"
        assert page.runs_table.item(0, 2).text() == "1b"
        assert page.runs_table.item(0, 3).text() == str(first.at_risk_count)
        assert page.chart.runs[0].id == first.run.id
        page.chart.resize(400, 200)
        assert not page.chart.grab().isNull()  # paints without error
        assert page.chart._run_at(page.chart.width() / 2) is page.chart.runs[0]
        assert page.chart.accessibleDescription().startswith("1 kontroll: ")
        _open_first_run(qtbot, page)
        assert page.table.letter_count() == 40
        assert page.outcome is not None and page.outcome.run.id == first.run.id
        assert f"{first.at_risk_count} brev i faresonen" in page.summary.text()
        at_risk = page.table.proxy.letter_at(0)
        assert at_risk.level is RiskLevel.AT_RISK
        # A report opened from a file takes the answer of the latest saved check.
        with qtbot.waitSignal(page.report_shown, timeout=PATIENT_MS):
            page.open_file(DEMO_CSV)
        assert page.outcome.run.id is None and page.outcome.run.risk_answer == "1b"
    finally:
        settle(qtbot)
        fresh.close()
        db.close()


def test_a_report_file_opens_for_review_without_saving_a_run(qtbot, ctx):
    workspace = _workspace(ctx)
    page = _page(qtbot, ctx)
    with qtbot.waitSignal(page.report_shown, timeout=PATIENT_MS):
        page.open_file(DEMO_CSV)
    settle(qtbot)
    assert page.table.letter_count() == 40
    assert "ikke lagret" in page.summary.text()
    assert page.outcome.run.risk_answer == "unknown"  # no saved check to take it from
    assert UnopenedCheckService(ctx.db).list_runs(workspace.id) == []
    assert page.runs_table.rowCount() == 0
    # Choosing another municipality leaves nothing of this one on screen.
    other = ctx.workspaces.create_workspace("Testvik kommune", "987654325")
    ctx.set_workspace(other)
    settle(qtbot)
    assert page.table.letter_count() == 0 and page.outcome is None
    assert not page.pdf_button.isEnabled()


def test_a_bad_file_says_what_to_do_and_keeps_what_was_open(qtbot, ctx, tmp_path):
    _workspace(ctx)
    page = _page(qtbot, ctx)
    with qtbot.waitSignal(page.report_shown, timeout=PATIENT_MS):
        page.open_file(DEMO_CSV)
    settle(qtbot)
    bad = tmp_path / "feil.pdf"
    bad.write_bytes(b"%PDF-1.7\n")
    with qtbot.waitSignal(page.report_shown, timeout=PATIENT_MS):
        page.open_file(bad)
    settle(qtbot)
    box = page.findChild(QMessageBox, "postvaktMessageBox")
    assert box is not None and "PDF-fil" in box.text() and "Eksporter" in box.text()
    assert page.table.letter_count() == 40
    _close_boxes(page)


# Two columns of UUIDs («Nøkkel», «Sak»): the values cannot say which is the forsendelse-ID.
UNKNOWN_HEADERS = (
    "Nøkkel;Sak;Tilstand;Når;Firma;Foretaksnr;Hemmelig\n"
    "11111111-2222-4333-8444-555555555501;21111111-2222-4333-8444-555555555501;VARSLET;"
    "02.03.2026 10:15;Fjordvik IL;320135710;Ja\n"
    "11111111-2222-4333-8444-555555555502;21111111-2222-4333-8444-555555555502;LEST;"
    "03.03.2026 11:00;Fjordvik IL;320135710;Ja\n"
    "11111111-2222-4333-8444-555555555503;21111111-2222-4333-8444-555555555503;VARSLET;"
    "04.03.2026 09:00;Bakeriet AS;320135729;Nei\n"
)


def test_a_report_with_unknown_columns_asks_which_is_what_and_remembers(qtbot, ctx, tmp_path):
    from desktop_app.importers.svarut_export import ExportField as F

    workspace = _workspace(ctx)
    path = tmp_path / "fra-arkivet.csv"
    path.write_text(UNKNOWN_HEADERS, encoding="utf-8")
    page = _page(qtbot, ctx)
    with qtbot.waitSignal(page.report_shown, timeout=PATIENT_MS):
        page.open_file(DEMO_CSV)
    settle(qtbot)
    with qtbot.waitSignal(page.report_shown, timeout=PATIENT_MS):
        page.open_file(path)
    settle(qtbot)
    dialog = page.mapping_dialog
    assert dialog is not None and dialog.isVisible()
    assert "fant ikke alle kolonnene" in page.progress_label.text()
    assert page.table.letter_count() == 40  # the report that was open stays until then

    # Cancelled: nothing is lost, and the button brings the dialog back.
    dialog.reject()
    settle(qtbot)
    assert page.mapping_dialog is None and not page.mapping_button.isHidden()
    page.mapping_button.click()
    dialog = page.mapping_dialog
    assert dialog is not None and "Nøkkel" in dialog.headers
    dialog.choose(F.ID, "Nøkkel")
    dialog.choose(F.STATUS, "Tilstand")
    dialog.choose(F.SENT_AT, "Når")
    dialog.choose(F.RECIPIENT_ID, "Foretaksnr")
    dialog.choose(F.RECIPIENT_NAME, "Firma")
    dialog.choose(F.CONFIDENTIAL, "Hemmelig")
    with qtbot.waitSignal(page.report_shown, timeout=PATIENT_MS):
        dialog.accept()
    settle(qtbot)
    assert page.table.letter_count() == 3
    assert "1 brev i faresonen" in page.summary.text()  # the VARSLET letter marked Ja
    assert page.mapping_button.isHidden()  # every column is known now
    assert UnopenedCheckService(ctx.db).list_runs(workspace.id) == []  # still review only
    assert "check.mapping_saved" in [e.action for e in ctx.audit.entries()]

    # A new session on the same database: read at once, no dialog.
    later = _page(qtbot, ctx)
    with qtbot.waitSignal(later.report_shown, timeout=PATIENT_MS):
        later.open_file(path)
    settle(qtbot)
    assert later.mapping_dialog is None
    assert later.table.letter_count() == 3


def test_opening_can_be_cancelled_and_keeps_what_was_open(qtbot, ctx, monkeypatch):
    workspace = _workspace(ctx)
    UnopenedCheckService(ctx.db).run_check(TaskState(), workspace, DEMO_CSV, "1a", now=NOW)
    page = _page(qtbot, ctx)
    _open_first_run(qtbot, page)
    shown = page.outcome

    def slow_load(run_id, state):
        state.progress(1, 3, "Henter kontrollen …")
        state.wait(PATIENT_MS / 1000)  # a big run, until the cancel wakes it (raises)
        raise AssertionError("not cancelled")

    monkeypatch.setattr(page.service, "load_run", slow_load)
    page.open_selected()
    assert not page.cancel_button.isHidden() and not page.file_button.isEnabled()
    qtbot.waitUntil(lambda: "Henter" in page.progress_label.text(), timeout=PATIENT_MS)
    page.cancel_button.click()
    settle(qtbot)
    assert "Avbrutt" in page.progress_label.text()
    assert page.cancel_button.isHidden() and page.file_button.isEnabled()
    assert page.outcome is shown and page.table.letter_count() == 40


def test_an_older_list_of_checks_that_fails_late_says_nothing(
    qtbot, ctx, monkeypatch, two_pool_threads
):
    """The list of checks asked for twice (a quick workspace switch): the older question
    fails after the newer one is answered. No error box for a question nobody asks now."""
    import threading

    workspace = _workspace(ctx)
    UnopenedCheckService(ctx.db).run_check(TaskState(), workspace, DEMO_CSV, "1a", now=NOW)
    page = _page(qtbot, ctx)
    assert page.runs_table.rowCount() == 1
    errors: list[str] = []
    ctx.error.connect(lambda title, _exc: errors.append(title))
    release = threading.Event()
    real_list = page.service.list_runs

    def stuck_then_fails(_workspace_id):
        release.wait(PATIENT_MS / 1000)
        raise OSError("disken svarte ikke")

    monkeypatch.setattr(page.service, "list_runs", stuck_then_fails)
    page.refresh_runs()  # the older question, stuck on the pool
    monkeypatch.setattr(page.service, "list_runs", real_list)
    page.refresh_runs()
    qtbot.waitUntil(lambda: page.runs_table.rowCount() == 1, timeout=PATIENT_MS)
    release.set()
    settle(qtbot)
    assert errors == []
    assert page.runs_table.rowCount() == 1


def test_the_list_of_checks_reads_again_after_a_check_and_not_after_other_changes(qtbot, ctx):
    """A reader approved on another page leaves Rapporter alone (shown again, it reads
    nothing); a check saved elsewhere shows up in the list at once."""
    from desktop_app.domain.access import Reason

    workspace = _workspace(ctx)
    page = _page(qtbot, ctx)
    page.show()
    settle(qtbot)
    assert page.runs_table.rowCount() == 0
    reads: list[int] = []
    real_list = page.service.list_runs

    def counted(workspace_id):
        reads.append(workspace_id)
        return real_list(workspace_id)

    page.service.list_runs = counted
    try:
        ctx.services.access.add_approved(
            workspace.id, workspace.orgnr, "Kari Utenfra", "kari@kommune.no", Reason.HELSE
        )
        settle(qtbot)
        page.hide()
        page.show()
        settle(qtbot)
        assert reads == []

        ctx.services.unopened.run_check(TaskState(), workspace, DEMO_CSV, "1a", now=NOW)
        qtbot.waitUntil(lambda: page.runs_table.rowCount() == 1, timeout=PATIENT_MS)
        assert reads == [workspace.id]
    finally:
        del page.service.list_runs


# --- Export -------------------------------------------------------------------------------------


def test_exports_to_excel_csv_and_pdf(qtbot, ctx, tmp_path):
    workspace = _workspace(ctx)
    outcome = UnopenedCheckService(ctx.db).run_check(TaskState(), workspace, DEMO_CSV, "1a",
                                                     now=NOW)  # fmt: skip
    page = _page(qtbot, ctx)
    _open_first_run(qtbot, page)

    xlsx = tmp_path / "uapnet.xlsx"
    page.export_to(xlsx)
    qtbot.waitUntil(xlsx.exists, timeout=PATIENT_MS)
    settle(qtbot)
    book = openpyxl.load_workbook(xlsx)
    assert book.sheetnames == ["Mottakere", "Brev"]
    assert len(list(book["Brev"].values)) - 1 == outcome.at_risk_count

    csv_path = tmp_path / "uapnet.csv"
    page.export_to(csv_path)
    qtbot.waitUntil(csv_path.exists, timeout=PATIENT_MS)
    settle(qtbot)
    data = csv_path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.decode("utf-8-sig").splitlines()[0].startswith('"Org.nr";"Mottaker";')
    assert sorted(p.name for p in tmp_path.glob("*.csv")) == ["uapnet.csv"]  # one file

    pdf = tmp_path / "uapnet.pdf"
    page.export_to(pdf)
    qtbot.waitUntil(pdf.exists, timeout=PATIENT_MS)
    settle(qtbot)
    assert pdf.read_bytes().startswith(b"%PDF")
    actions = [e.action for e in ctx.audit.entries(action="check.exported")]
    assert len(actions) == 3
    _close_boxes(page)


@pytest.fixture(autouse=True)
def _no_real_file_dialogs(monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    def refuse(*_args, **_kwargs):
        raise AssertionError("a test opened a real file dialog")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", refuse)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", refuse)


def test_letters_to_persons_show_no_one_in_the_table(qtbot, ctx):
    fnr = "01019012345"
    data = (
        "\ufeffForsendelse-ID;Sendt;Status;Tittel;Mottaker;Orgnr\r\n"
        f"11111111-1111-4111-8111-111111111111;01.10.2026 10:00;VARSLET;Barnevernsak;"
        f"Ola Hansen;{fnr}\r\n"
    ).encode()
    outcome = UnopenedCheckService(ctx.db).review_file(TaskState(), _workspace(ctx), data)
    table = ShipmentTable(ctx)
    qtbot.addWidget(table)
    table.set_letters(outcome.letters)
    table.view.selectRow(0)
    text = table.detail_text()
    assert "fødselsnummeret vises ikke" in text and "Ikke i faresonen" in text
    for secret in (fnr, "Ola Hansen", "Barnevernsak"):
        assert secret not in text
        table.filter_edit.setText(secret)
        table.apply_filter()
        assert table.proxy.rowCount() == 0


def test_letters_without_a_recipient_lead_the_summary(qtbot, ctx, tmp_path):
    _workspace(ctx)
    path = tmp_path / "uten-orgnr.csv"
    path.write_text(
        "Forsendelse-ID;Sendt;Status;Mottaker;Taushetsbelagt\n"
        "11111111-2222-4333-8444-555555555501;02.03.2026 10:15;VARSLET;Fjordvik IL;Ja\n",
        encoding="utf-8",
    )
    page = _page(qtbot, ctx)
    with qtbot.waitSignal(page.report_shown, timeout=PATIENT_MS):
        page.open_file(path)
    settle(qtbot)
    finding = page.summary.text().split("<br>", 1)[1]
    assert finding.startswith("<span")
    assert "Ett uåpnet brev kan ikke knyttes til en mottaker" in finding
    assert "Ingen brev i faresonen" not in finding


# --- Cells made when shown ----------------------------------------------------------------------


def test_a_big_table_formats_only_the_cells_it_shows(qtbot, monkeypatch):
    """Opening 100,000 letters formats no date or org.nr in advance: the view asks for the
    rows on screen, and only those are made (a search by date makes the date column once)."""
    from desktop_app.views.shipments import formatting, model, prepared

    calls = {"sent": 0, "orgnr": 0}
    real_sent, real_orgnr = formatting.sent_text, formatting.orgnr_text

    def sent_text(sent):
        calls["sent"] += 1
        return real_sent(sent)

    def orgnr_text(rid):
        calls["orgnr"] += 1
        return real_orgnr(rid)

    monkeypatch.setattr(model, "sent_text", sent_text)
    monkeypatch.setattr(model, "orgnr_text", orgnr_text)
    monkeypatch.setattr(prepared, "orgnr_text", orgnr_text)
    letters = _many_letters()
    table = ShipmentTable(None)
    qtbot.addWidget(table)
    table.resize(1000, 500)
    table.show()
    table.set_letters(letters)
    qtbot.waitExposed(table)
    assert not table.view.grab().isNull()  # paints the rows on screen
    assert table.proxy.rowCount() == 100_000
    # A screenful of rows, not the table: each distinct org.nr once for search, a few dates.
    assert 0 < calls["sent"] < 200
    assert calls["orgnr"] <= 997 + 200
    shown = table.model.text(table.proxy.letter_at(0), "sent")
    # Searching by a date makes the date column, once; it finds what the table shows.
    table.filter_edit.setText(shown)
    table.apply_filter()
    assert 0 < table.proxy.rowCount() < 100_000
    assert all(
        table.model.text(table.proxy.letter_at(i), "sent") == shown
        for i in range(table.proxy.rowCount())
    )
    before = calls["sent"]
    table.filter_edit.setText(shown[:5])
    table.apply_filter()
    assert calls["sent"] - before < 200  # the column is kept


def test_a_big_table_makes_its_search_columns_when_the_user_starts_typing(qtbot, monkeypatch):
    """Opening 100,000 letters makes no search column (no org.nr is written out for the
    search): the first keystroke starts making them in the background, so the filter after
    the debounce delay finds them made, and they are made once."""
    from desktop_app.views.shipments import formatting, prepared

    calls = {"orgnr": 0, "columns": 0}
    real_orgnr, real_columns = formatting.orgnr_text, prepared.search_columns

    def orgnr_text(rid):
        calls["orgnr"] += 1
        return real_orgnr(rid)

    def search_columns(review, labels):
        calls["columns"] += 1
        return real_columns(review, labels)

    monkeypatch.setattr(prepared, "orgnr_text", orgnr_text)
    monkeypatch.setattr(prepared, "search_columns", search_columns)
    letters = _many_letters()  # 997 different org.nr
    table = ShipmentTable(None)
    qtbot.addWidget(table)
    table.resize(1000, 500)
    table.show()
    table.set_letters(letters)
    qtbot.waitExposed(table)
    assert not table.view.grab().isNull()
    table.view.sortByColumn(COLUMNS.index("recipient"), Qt.SortOrder.AscendingOrder)
    assert calls["orgnr"] < 997  # (the view's own cells only)
    assert not table.model.search_ready()

    table._filter_timer.setInterval(24 * 3600 * 1000)  # the filter itself does not run here
    qtbot.keyClicks(table.filter_edit, "v")
    qtbot.waitUntil(table.model.search_ready, timeout=PATIENT_MS)
    assert table.proxy.rowCount() == 100_000  # made in the background, nothing filtered yet
    assert calls["orgnr"] >= 997
    qtbot.keyClicks(table.filter_edit, "irksomhet 99")
    table.apply_filter()
    keys = ("risk", "urgency", "status", "sent", "recipient", "orgnr", "title", "ref", "id",
            "confidential")  # fmt: skip

    def shown(letter) -> str:
        return " ".join(table.model.text(letter, k) for k in keys).lower()

    expected = [lt for lt in letters if "virksomhet" in shown(lt) and "99" in shown(lt)]
    assert 0 < table.proxy.rowCount() == len(expected) < 100_000
    assert calls["columns"] == 1


def test_the_search_field_taking_focus_makes_the_search_columns_in_the_background(qtbot):
    """Going to the search field (Alt+S, Tab or a click) says a search is coming: the
    columns are made meanwhile, before the first keystroke."""
    table = ShipmentTable(None)
    qtbot.addWidget(table)
    table.show()
    qtbot.waitExposed(table)
    table.set_letters(_many_letters(2_000))
    assert not table.model.search_ready()
    table.activateWindow()
    qtbot.waitActive(table, timeout=PATIENT_MS)
    table.view.setFocus()
    qtbot.waitUntil(table.view.hasFocus, timeout=PATIENT_MS)
    assert not table.model.search_ready()  # (the window taking focus is not a search)
    table.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)  # as Alt+S does
    qtbot.waitUntil(table.model.search_ready, timeout=PATIENT_MS)
    assert table.filter_edit.text() == "" and table.proxy.rowCount() == 2_000


def test_search_columns_asked_for_twice_at_once_are_made_once():
    """The pool and the first filter may ask for the search columns at the same time: the
    second waits for the first, and both get the same columns."""
    import threading

    from desktop_app.views.shipments.prepared import LazySearch, SearchColumns

    started, release = threading.Event(), threading.Event()
    made = []

    def make():
        made.append(1)
        started.set()
        release.wait()
        return SearchColumns([], [["x"]])

    lazy = LazySearch(make)
    got = []
    first = threading.Thread(target=lambda: got.append(lazy.columns()))
    first.start()
    started.wait()
    second = threading.Thread(target=lambda: got.append(lazy.columns()))
    second.start()
    assert not lazy.ready
    release.set()
    first.join()
    second.join()
    assert len(made) == 1 and len(got) == 2 and got[0] is got[1] and lazy.ready


def test_a_check_judges_each_letter_once(ctx, monkeypatch):
    """The table's verdicts come from the classification: opening a check does not judge
    every letter again (only a letter that is shown gets its reason looked up)."""
    import desktop_app.services.unopened_check as check

    judged = []
    real = check.risk_of
    monkeypatch.setattr(check, "risk_of", lambda s: judged.append(s) or real(s))
    outcome = UnopenedCheckService(ctx.db).review_file(TaskState(), _workspace(ctx), DEMO_CSV,
                                                       "1a", now=NOW)  # fmt: skip
    assert len(outcome.letters) == 40 and judged == []
    levels = [lt.level for lt in outcome.letters]  # each made when asked for
    assert len(judged) == 40 and levels.count(RiskLevel.AT_RISK) == outcome.at_risk_count
    assert outcome.letters[3] is outcome.letters[3]  # made once, then kept
    assert len(judged) == 40


def test_each_column_sorts_as_the_table_shows_it(qtbot):
    """Sorting by precomputed keys gives the order of the texts and numbers the user sees;
    a letter without a date sorts last, and a letter to a person sorts by what it shows."""
    base = datetime(2026, 10, 1, 9, 0, tzinfo=OSLO)
    rows = [  # status, days before NOW it was sent (None: no date), recipient
        (ShipmentStatus.VARSLET, 3, "Berg AS", "320135710"),
        (ShipmentStatus.LEST, 30, "Aas AS", "320162858"),
        (ShipmentStatus.SENDT_DIGITALT, None, "Ås Sag AS", "320135710"),
        (None, 10, "Cirkus AS", "320162858"),
        (ShipmentStatus.VARSLET, 40, "Ola Hansen", "01019012345"),
    ]
    shipments = [
        Shipment(f"{i:08x}-0000-4000-8000-000000000000",
                 None if days is None else base - timedelta(days=days), status,
                 status.value if status else "Avsluttet", f"Sak {i}", name, rid, True, None,
                 f"26/{i}", i + 2)
        for i, (status, days, name, rid) in enumerate(rows)
    ]  # fmt: skip
    persons = [s.recipient_id == "01019012345" for s in shipments]
    letters = review_letters(shipments, persons, DigitalOnlySetting.PRINT_WHEN_UNREAD, NOW)
    table = ShipmentTable(None)
    qtbot.addWidget(table)
    table.set_letters(letters)
    proxy, model = table.proxy, table.model

    def column(key, order=Qt.SortOrder.AscendingOrder):
        table.view.sortByColumn(COLUMNS.index(key), order)
        return [model.text(proxy.letter_at(i), key) for i in range(proxy.rowCount())]

    statuses = column("status")
    assert statuses == sorted(statuses, key=str.casefold)
    assert column("recipient") == ["", "Aas AS", "Berg AS", "Cirkus AS", "Ås Sag AS"]
    urgencies = column("urgency")
    assert urgencies[:2] == ["Haster", "Bør sjekkes snart"] and set(urgencies[2:]) == {""}
    assert column("sent")[-1] == "" and column("sent", Qt.SortOrder.DescendingOrder)[0] == ""
    ages = column("age", Qt.SortOrder.DescendingOrder)
    assert ages[0] == "" and [int(a) for a in ages[1:]] == sorted(
        (int(a) for a in ages[1:]), reverse=True
    )
    ages = column("age")
    assert [int(a) for a in ages[:-1]] == sorted(int(a) for a in ages[:-1]) and ages[-1] == ""
    assert column("orgnr")[0] == "Person"
