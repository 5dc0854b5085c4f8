"""Printing: the same pages as the PDF, from every «Skriv ut …» and from Ctrl+P.

The print dialog is replaced by one that sends the printer to a PDF file (as «Skriv til fil»
in the real dialog does), so the pages that would go to paper can be counted and read."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QPushButton

from desktop_app.views import printing
from desktop_app.views.pdf import write_pdf

from .conftest import PATIENT_MS, settle
from .test_main_window import make_window


def page_count(path: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", path.read_bytes()))


def pdf_title(path: Path) -> str:
    found = re.search(rb"/Title \((.*?)\)\n", path.read_bytes(), re.S)
    assert found is not None
    raw = re.sub(rb"\\(.)", rb"\1", found.group(1))
    return raw.decode("utf-16")


class FilePrinter:
    """A print dialog the user accepts at once, printing to ``tmp_path/utskrift-N.pdf``."""

    def __init__(
        self, folder: Path, page_range: tuple[int, int] | None = None, accept=True, paper=None
    ):
        self.folder, self.page_range, self.accept, self.paper = folder, page_range, accept, paper
        self.offered: list[int] = []  # the pages the dialog offered, per print
        self.files: list[Path] = []

    def __call__(self, printer: QPrinter, parent, pages: int):
        self.offered.append(pages)
        target = self.folder / f"utskrift-{len(self.offered)}.pdf"
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        if self.paper is not None:
            printer.setPageSize(QPageSize(self.paper))
        if self.page_range is not None:
            printer.setPrintRange(QPrinter.PrintRange.PageRange)
            printer.setFromTo(*self.page_range)
        if self.accept:
            self.files.append(target)
        accepted = self.accept

        class Dialog:
            def exec(self) -> int:
                return (
                    QDialog.DialogCode.Accepted.value
                    if accepted
                    else QDialog.DialogCode.Rejected.value
                )

        return Dialog()


@pytest.fixture
def file_printer(monkeypatch, tmp_path):
    printer = FilePrinter(tmp_path)
    monkeypatch.setattr(printing, "dialog_factory", printer)
    return printer


def long_table(rows: int = 120) -> str:
    row = "<tr><td>Fjordvik Rørleggerservice AS</td><td>320 135 710</td><td>12</td></tr>"
    return (
        "<h1>Uåpnet post</h1><table><tr><th>Virksomhet</th><th>Org.nr</th><th>Brev</th></tr>"
        + (row * rows)
        + "</table>"
    )


def test_a_printout_has_the_pages_of_the_pdf(qapp, tmp_path, file_printer):
    html = long_table()
    pdf = write_pdf(html, tmp_path / "eksport.pdf", title="Uåpnet post")
    job = printing.prepare(html, "Uåpnet post")
    assert printing.print_job(None, job) == job.pages
    printed = file_printer.files[0]
    assert page_count(printed) == page_count(pdf) == job.pages > 1
    assert file_printer.offered == [job.pages]  # the dialog offers exactly those pages
    assert pdf_title(printed) == "Uåpnet post"
    assert "320\u00a0135\u00a0710" in job.layout.doc.toRawText()  # the PDF's own layout


def test_a_page_range_prints_only_those_pages_and_a_closed_dialog_nothing(
    qapp, tmp_path, monkeypatch
):
    job = printing.prepare(long_table(), "Uåpnet post")
    assert job.pages >= 3
    only_two = FilePrinter(tmp_path, page_range=(2, 3))
    monkeypatch.setattr(printing, "dialog_factory", only_two)
    assert printing.print_job(None, job) == 2
    assert page_count(only_two.files[0]) == 2
    closed = FilePrinter(tmp_path / "lukket", accept=False)
    monkeypatch.setattr(printing, "dialog_factory", closed)
    assert printing.print_job(None, job) == 0
    assert not (tmp_path / "lukket").exists()


def test_letter_paper_gets_the_same_layout_made_for_it(qapp, tmp_path, monkeypatch):
    job = printing.prepare(long_table(), "Uåpnet post")
    letter = FilePrinter(tmp_path, paper=QPageSize.PageSizeId.Letter)
    monkeypatch.setattr(printing, "dialog_factory", letter)
    pages = printing.print_job(None, job)
    data = letter.files[0].read_bytes()
    box = re.search(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", data)
    assert box is not None
    assert (round(float(box[1])), round(float(box[2]))) == (612, 792)  # Letter, not A4
    assert page_count(letter.files[0]) == pages >= job.pages  # Letter is shorter: not fewer


def test_a_guide_prints_as_a_checklist_with_boxes(qtbot, file_printer):
    from desktop_app.views.guide_view import BOX, GuidePanel, checklist_html, page_guides

    step = page_guides("confidential_access")["gi-tilgang"]
    panel = GuidePanel()
    qtbot.addWidget(panel)
    panel.show_step(step)
    panel.show()
    assert panel.print_button.isVisible()
    assert step.title in panel.print_button.accessibleName()
    text = printing.prepare(checklist_html([step], "Sjekkliste"), "x").layout.doc.toPlainText()
    for n, line in enumerate(step.paths[0].steps, start=1):
        assert (
            f"{BOX}\n{n}. {line}" in text
            or f"{BOX}\t{n}. {line}" in text
            or (BOX in text and f"{n}. {line}" in text)
        )
    panel.print_button.click()  # small: made on the GUI thread, printed at once
    printed = file_printer.files[0]
    assert page_count(printed) >= 1
    assert pdf_title(printed) == f"Sjekkliste: {step.title}"


def test_ctrl_p_prints_the_dpi_summary_and_says_so_where_nothing_prints(qtbot, ctx, file_printer):
    window = make_window(qtbot, ctx)
    assert window.print_action.shortcut().toString() == "Ctrl+P"
    assert window.print_action in window.menuBar().actions()[-1].menu().actions() or any(
        window.print_action in a.menu().actions() for a in window.menuBar().actions() if a.menu()
    )
    window.show_page("oversikt")
    settle(qtbot)
    QTest.keyClick(window.nav, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert "ingenting å skrive ut" in window.statusBar().currentMessage()
    assert file_printer.offered == []

    from desktop_app.domain.dpi_onboarding import Step

    window.show_page("dpi")
    settle(qtbot)
    window.pages["dpi"].go_to(Step.ROS)  # a step: Ctrl+P prints the summary
    settle(qtbot)
    window.print_action.trigger()
    qtbot.waitUntil(lambda: bool(file_printer.files), timeout=PATIENT_MS)
    qtbot.waitUntil(
        lambda: "sendt til skriveren" in window.statusBar().currentMessage(), timeout=PATIENT_MS
    )
    printed = file_printer.files[0]
    assert pdf_title(printed).startswith("DPI-oppsett – ")

    def recorded():
        return [e for e in ctx.audit.entries() if e.action == "dpi.summary_printed"]

    qtbot.waitUntil(lambda: bool(recorded()), timeout=PATIENT_MS)  # in the log, as the PDF is
    assert recorded()[-1].details["sider"] == page_count(printed)
    dpi = ctx.services.dpi
    ws = ctx.workspace
    exported = write_pdf(
        dpi.summary_document(ws, dpi.load(ws.id), dpi.guides()), printed.with_name("dpi.pdf")
    )
    assert page_count(printed) == page_count(exported)


def _row_of(widget):
    """The box layout that holds ``widget`` (its row of buttons)."""
    from PySide6.QtWidgets import QLayout

    def search(layout):
        for i in range(layout.count()):
            item = layout.itemAt(i)
            if item.widget() is widget:
                return layout
            if isinstance(item.layout(), QLayout):
                found = search(item.layout())
                if found is not None:
                    return found
        return None

    return search(widget.parentWidget().layout())


def test_every_pdf_button_has_a_print_button_beside_it(qtbot, ctx):
    """Rapporter, Regionoversikt, the DPI summary and the access routine: «Skriv ut …» in the
    same row as their PDF button."""
    from PySide6.QtWidgets import QPushButton

    window = make_window(qtbot, ctx)
    checked, missing = [], []
    for key in ("rapporter", "region", "dpi", "taushetsbelagt"):
        for pdf in window.pages[key].findChildren(QPushButton):
            if "PDF" not in pdf.text().replace("&", ""):
                continue
            row = _row_of(pdf)
            beside = [row.itemAt(i).widget() for i in range(row.count())]
            names = [w.objectName() for w in beside if w is not None]
            checked.append(key)
            if "printButton" not in names:
                missing.append(f"{key}: {pdf.text()}")
    assert set(checked) == {"rapporter", "region", "dpi", "taushetsbelagt"}
    assert not missing, missing


def test_the_letter_to_daglig_leder_prints_as_its_pdf(qtbot, ctx, file_printer):
    from desktop_app.domain.dpi_onboarding import Step
    from desktop_app.views.handover import HandoverDialog

    window = make_window(qtbot, ctx)
    window.show_page("dpi")
    dpi = window.pages["dpi"]
    settle(qtbot)
    dpi.go_to(Step.DELEGER_KS)
    step = dpi.step_pages[Step.DELEGER_KS]
    step.handover_button.click()
    dialog = next(d for d in step.findChildren(HandoverDialog) if d.isVisible())
    dialog.print_button.click()
    qtbot.waitUntil(lambda: bool(file_printer.files), timeout=PATIENT_MS)
    printed = file_printer.files[0]
    assert pdf_title(printed) == dialog.task.title
    letter = write_pdf(ctx.services.handover.document(dialog.task), printed.with_name("brev.pdf"))
    assert page_count(printed) == page_count(letter) >= 1
    dialog.reject()


def test_ctrl_p_on_a_page_with_a_guide_prints_its_checklist(qtbot, ctx, file_printer):
    window = make_window(qtbot, ctx)
    window.show_page("varsling")
    settle(qtbot)
    QTest.keyClick(window.nav, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(file_printer.files), timeout=PATIENT_MS)
    assert pdf_title(file_printer.files[0]).startswith("Sjekkliste: ")
    assert page_count(file_printer.files[0]) >= 1


def test_the_access_routine_is_saved_then_printed_and_recorded(qtbot, ctx, file_printer):
    """As its PDF export: the routine as it stands in the form is saved first, then printed,
    and the printout is in the log."""
    from .test_confidential_access import make_page

    page = make_page(qtbot, ctx)
    page.tabs.setCurrentIndex(3)
    qtbot.keyClicks(page.approver_title, "kommunedirektør")
    button = next(b for b in page.findChildren(QPushButton, "printButton") if b.isVisible())
    assert button.accessibleName() == "Skriv ut rutinen"
    button.click()
    qtbot.waitUntil(lambda: bool(file_printer.files), timeout=PATIENT_MS)
    assert pdf_title(file_printer.files[0]) == "Rutine for taushetsbelagt post"
    qtbot.waitUntil(
        lambda: "access.routine_printed" in [e.action for e in ctx.audit.entries()],
        timeout=PATIENT_MS,
    )
    assert ctx.services.access.routine(ctx.workspace.id).settings.approver_title == (
        "kommunedirektør"
    )


def test_the_print_dialog_offers_the_pages_of_the_document(qtbot):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = printing.native_dialog(printer, None, 3)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Skriv ut"
    assert (dialog.minPage(), dialog.maxPage()) == (1, 3)
    assert dialog.testOption(dialog.PrintDialogOption.PrintPageRange)


def test_the_dpi_overview_prints_every_step_as_a_checklist(qtbot, ctx, file_printer, monkeypatch):
    from desktop_app.domain.dpi_onboarding import STEP_ORDER

    made: list[printing.PrintJob] = []
    prepare = printing.prepare
    monkeypatch.setattr(
        printing, "prepare", lambda *a, **k: made.append(prepare(*a, **k)) or made[-1]
    )
    window = make_window(qtbot, ctx)
    window.show_page("dpi")
    settle(qtbot)
    QTest.keyClick(window.nav, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(file_printer.files), timeout=PATIENT_MS)
    assert pdf_title(file_printer.files[0]) == "DPI-oppsett: sjekkliste"
    text = made[0].layout.doc.toPlainText()
    guides = window.pages["dpi"].guides
    for key in STEP_ORDER:
        assert guides[key].title in text
    assert text.count("\u2610") >= len(STEP_ORDER)
