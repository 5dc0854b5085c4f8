"""Varslingsplan: what a user sees when planning notices for one letter or a list."""

from __future__ import annotations

import csv
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QLabel, QMessageBox
from stdnum.no import fodselsnummer

from desktop_app.tasks import running_tasks
from desktop_app.wizards.notice_plan import NoticePlannerPage

from .conftest import PATIENT_MS, settle


def make_page(qtbot, ctx) -> NoticePlannerPage:
    page = NoticePlannerPage(ctx)
    qtbot.addWidget(page)
    page.resize(1180, 760)
    page.show()
    wait_for_plan(qtbot, page)
    return page


def wait_for_plan(qtbot, page: NoticePlannerPage) -> None:
    qtbot.waitUntil(
        lambda: not running_tasks() and not page._replan_timer.isActive(),
        timeout=PATIENT_MS,
    )
    settle(qtbot)


def column(page: NoticePlannerPage, name: str) -> list[str]:
    model = page.model
    index = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == name
    )
    return [model.index(r, index).data() for r in range(model.rowCount())]


def shown_findings(page: NoticePlannerPage) -> list[tuple[str, str]]:
    labels = [
        w
        for w in page.findChildren(QLabel)
        if w.objectName().startswith("finding_") and w.isVisible()
    ]
    return [(w.objectName().removeprefix("finding_"), w.text()) for w in labels]


def close_boxes(page) -> None:
    for box in page.findChildren(QMessageBox):
        box.close()


def valid_fodselsnummer() -> str:
    for day in range(1, 29):
        birth = f"{day:02d}0385"
        for individual in range(100, 500):
            candidate = f"{birth}{individual:03d}"
            for check in range(100):
                number = f"{candidate}{check:02d}"
                if fodselsnummer.is_valid(number):
                    return number
    raise AssertionError("no valid fødselsnummer found")


def test_worked_example_from_digdir(qtbot, ctx):
    """Available 24.06.2017 23:30, days 0 and 7: notices 25.06 and 01.07, receipts 26.06 and
    02.07 (the example in Digdir's guidance)."""
    page = make_page(qtbot, ctx)
    page.days_edit.clear()
    qtbot.keyClicks(page.days_edit, "0, 7")
    page.available_edit.setFocus()
    page.available_edit.setDateTime(QDateTime(QDate(2017, 6, 24), QTime(23, 30)))
    wait_for_plan(qtbot, page)

    assert page.model.rowCount() == 2
    starts = column(page, "Kan sendes fra")
    assert starts[0].startswith("25.06.2017")
    assert starts[1].startswith("01.07.2017")
    assert column(page, "Feilkvittering senest") == ["26.06.2017", "02.07.2017"]
    assert column(page, "Varsel") == ["Dag 0, flyttet", "Dag 7"]
    why = column(page, "Hvorfor")
    assert "flyttet til 25.06.2017" in why[0]
    assert "Bare dag 0 flyttes" in why[0]
    # The selected row's full reason is shown under the table.
    assert "VarslingFeiletKvittering senest 26.06.2017" in page.detail.text()
    assert "25.06.2017" in page.summary.text() and "01.07.2017" in page.summary.text()
    assert page.timeline.per_day == {
        date(2017, 6, 25): {page.model.rows[0].channel: 1},
        date(2017, 7, 1): {page.model.rows[1].channel: 1},
    }


def test_sms_too_long_is_an_error_and_counter_shows_it(qtbot, ctx):
    page = make_page(qtbot, ctx)
    page.sms_check.setChecked(True)
    page.sms_text.setPlainText("a" * 161)
    findings = shown_findings(page)
    assert any(kind == "feil" and "for lang" in text and "161" in text for kind, text in findings)
    assert page.sms_counter.text() == "161 av 160 tegn (2 SMS)"
    page.sms_text.setPlainText("a" * 160)
    assert page.sms_counter.text() == "160 av 160 tegn (1 SMS)"
    assert not any(kind == "feil" for kind, _ in shown_findings(page))
    wait_for_plan(qtbot, page)


def test_fodselsnummer_in_text_is_a_warning(qtbot, ctx):
    page = make_page(qtbot, ctx)
    assert [k for k, _ in shown_findings(page)] == ["ok"]
    number = valid_fodselsnummer()
    page.email_text.setPlainText(f"Du har fått et brev. Gjelder {number}.")
    findings = shown_findings(page)
    assert any(kind == "advarsel" and "fødselsnummer" in text for kind, text in findings)
    assert all(number not in text for _, text in findings)  # never repeats it
    wait_for_plan(qtbot, page)


def test_bad_days_are_an_error_and_no_plan(qtbot, ctx):
    page = make_page(qtbot, ctx)
    assert page.model.rowCount() == 2
    page.days_edit.clear()
    qtbot.keyClicks(page.days_edit, "0, 0, 30")
    wait_for_plan(qtbot, page)
    findings = shown_findings(page)
    errors = [text for kind, text in findings if kind == "feil"]
    assert any("flere ganger: 0" in t for t in errors)
    assert any("utenfor: 30" in t for t in errors)
    assert page.model.rowCount() == 0
    assert "Rett feilene" in page.summary.text()
    assert not page.export_button.isEnabled()
    assert "border" in page.days_edit.styleSheet()


def test_section8_recommendation(qtbot, ctx):
    page = make_page(qtbot, ctx)
    page.email_check.setChecked(False)
    page.sms_check.setChecked(True)
    page.days_edit.setText("3")
    kinds = [k for k, _ in shown_findings(page)]
    assert kinds.count("anbefaling") == 2
    page.section8_check.setChecked(False)
    assert "anbefaling" not in [k for k, _ in shown_findings(page)]
    wait_for_plan(qtbot, page)


def write_letters(path, n: int, broken_line: int | None = None) -> None:
    start = QDateTime(QDate(2026, 3, 2), QTime(8, 0)).toPython()
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write("Referanse;Sendt;Tilgjengelig;Lest\n")
        for i in range(n):
            sent = start + timedelta(minutes=37 * i)
            available = sent + timedelta(minutes=10)
            handle.write(f"BREV-{i + 1:05d};{sent:%d.%m.%Y %H:%M};{available:%d.%m.%Y %H:%M};\n")
            if broken_line is not None and i + 3 == broken_line:
                handle.write("BREV-X;32.13.2026 25:00;;\n")


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_import_1000_letters_and_export(qtbot, ctx, tmp_path, suffix):
    source = tmp_path / "brev.csv"
    write_letters(source, 1000, broken_line=500)
    page = make_page(qtbot, ctx)
    page.import_file(source)
    wait_for_plan(qtbot, page)

    assert page.list_radio.isChecked()
    assert page.model.rowCount() == 2000  # days 0 and 7, e-mail
    assert "1\u00a0000 brev" in page.import_status.text()
    assert "2\u00a0000 varsler for 1\u00a0000 brev" in page.summary.text()
    assert sum(sum(c.values()) for c in page.timeline.per_day.values()) == 2000
    # The broken row is reported with its line; the rest is kept.
    assert page.errors_list.isVisible()
    assert page.errors_list.count() == 1
    assert page.errors_list.item(0).text().startswith("Linje 500 (BREV-X)")
    assert "1 rad ble ikke lest inn" in page.errors_label.text()

    target = tmp_path / f"plan{suffix}"
    page.export_to(target)
    qtbot.waitUntil(lambda: bool(page.findChildren(QMessageBox)), timeout=PATIENT_MS)
    settle(qtbot)
    assert "2\u00a0000 rader" in page.findChildren(QMessageBox)[0].text()
    close_boxes(page)
    if suffix == ".csv":
        raw = target.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")
        rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
        assert len(rows) == 2001
        assert rows[0][0] == "Brev"
        assert rows[1][0] == "BREV-00001"
    else:
        import openpyxl

        book = openpyxl.load_workbook(target, read_only=True)
        try:
            assert sum(1 for _ in book.worksheets[0].iter_rows()) == 2001
        finally:
            book.close()  # read-only keeps the file open until closed
    assert not list(tmp_path.glob(".plan*.tmp"))


def test_import_of_a_file_without_dates_says_why(qtbot, ctx, tmp_path):
    source = tmp_path / "feil.csv"
    source.write_text("Navn;Adresse\nA;B\n", encoding="utf-8")
    page = make_page(qtbot, ctx)
    page.import_file(source)
    qtbot.waitUntil(lambda: bool(page.findChildren(QMessageBox)), timeout=PATIENT_MS)
    settle(qtbot)
    box = page.findChildren(QMessageBox)[0]
    assert "Sendt" in box.text() and "Tilgjengelig" in box.text()
    close_boxes(page)
    assert page.single_radio.isChecked()
    assert page.model.rowCount() == 2


def test_read_letter_cancels_the_notice(qtbot, ctx):
    page = make_page(qtbot, ctx)
    page.available_edit.setDateTime(QDateTime(QDate(2026, 3, 2), QTime(10, 0)))
    page.read_check.setChecked(True)
    page.read_edit.setDateTime(QDateTime(QDate(2026, 3, 4), QTime(9, 0)))
    wait_for_plan(qtbot, page)
    starts = column(page, "Kan sendes fra")
    assert starts[0].startswith("02.03.2026")
    assert starts[1] == "Sendes ikke: brevet er lest"
    assert "sendes ikke fordi brevet alt er lest" in page.summary.text()


def test_demo_list_loads(qtbot, ctx):
    from desktop_app.resources import demo_dir

    page = make_page(qtbot, ctx)
    page.import_file(demo_dir() / "varslingsplan-eksempel.csv")
    wait_for_plan(qtbot, page)
    assert "20 brev" in page.import_status.text()
    assert not page.errors_list.isVisible()
    assert page.model.rowCount() == 40


def test_a_plan_that_finishes_after_the_page_closed_is_dropped(qtbot, ctx):
    """Closing Varslingsplan while a plan is being made: nothing reaches the closed page."""
    import threading

    import desktop_app.wizards.notice_plan.page as planner

    release = threading.Event()
    real_build = planner.build_plan

    def slow_build(*args, **kwargs):
        release.wait(5)
        return real_build(*args, **kwargs)

    planner.build_plan = slow_build
    try:
        page = NoticePlannerPage(ctx)
        page._start_plan()
        page.deleteLater()
        qtbot.wait(20)  # the page is gone
        release.set()
        settle(qtbot)  # the late result is dropped instead of touching a deleted model
    finally:
        planner.build_plan = real_build


def test_a_plan_for_older_settings_never_replaces_the_newer_one(qtbot, ctx):
    """The settings change while a plan is being made: the newer plan is shown, and the
    older one, finishing last, is dropped (newest wins)."""
    import threading

    import desktop_app.wizards.notice_plan.page as planner

    page = make_page(qtbot, ctx)
    release = threading.Event()
    real_build = planner.build_plan
    made = []

    def build(*args, **kwargs):
        plan = real_build(*args, **kwargs)
        made.append(plan)
        if len(made) == 1:
            release.wait(PATIENT_MS / 1000)  # the first plan is slow
        return plan

    planner.build_plan = build
    try:
        page._start_plan()
        qtbot.waitUntil(lambda: len(made) == 1, timeout=PATIENT_MS)
        page._request_plan()  # the user changed a setting
        qtbot.waitUntil(lambda: len(made) == 2 and page.plan is made[1], timeout=PATIENT_MS)
        release.set()
        wait_for_plan(qtbot, page)
        assert page.plan is made[1]
    finally:
        release.set()
        planner.build_plan = real_build
