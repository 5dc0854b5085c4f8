"""Printing: the summaries, overviews and checklists on paper, page for page as their PDF.

A page offers what it can print as a :class:`Printable` (a title and a function that makes the
HTML, run on the pool since it may read the store). :func:`start_print` makes the HTML and lays
it out off the GUI thread (:func:`desktop_app.views.pdf.lay_out`, the PDF's own layout: wrapped
at spaces, numbers whole, landscape when a table needs it), then opens the print dialog and
paints the pages with :func:`desktop_app.views.pdf.paint_pages`, «Side n av m» and all. A page
range chosen in the dialog is honoured; the orientation is the document's, as in the PDF.
Paper other than A4 (Letter) gets the same layout made for that paper.

The dialog is Qt's QPrintDialog (the system's own on Windows and macOS, Qt's on Linux; it is
used by keyboard like any dialog, and its words come from Qt's catalogue for the language).
:data:`dialog_factory` makes it; tests replace it with one that prints to a PDF file.

Pages take part with two small hooks: a ``printable()`` method (Ctrl+P, «Fil → Skriv ut …»,
in the main window) and a «Skriv ut …» button from :func:`print_button` beside their
«Lagre som PDF …».
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QMainWindow, QPushButton, QWidget

from desktop_app.domain.cancellation import TaskState
from desktop_app.views import accessibility, dialogs
from desktop_app.views.pdf import PdfLayout, lay_out, paint_pages


def tr(text: str) -> str:
    return QCoreApplication.translate("printing", text)


@dataclass(frozen=True)
class Printable:
    """What a page can print. ``html`` runs on the pool (it may read the store) and must not
    touch widgets; ``before``, when given, runs first on the GUI thread and calls its argument
    to go on (a form saved before its document is made); ``printed(pages)``, when given, runs
    on the pool once the pages went to the printer (the service records it, as it records the
    PDF export)."""

    title: str
    html: Callable[[], str]
    before: Callable[[Callable[[], None]], None] | None = None
    printed: Callable[[int], None] | None = None


@dataclass
class PrintJob:
    """A document laid out for paper, ready for the dialog."""

    title: str
    html: str
    layout: PdfLayout

    @property
    def pages(self) -> int:
        return self.layout.page_count


class PrintDialogLike(Protocol):
    def exec(self) -> int: ...


DialogFactory = Callable[[QPrinter, QWidget | None, int], PrintDialogLike]


def native_dialog(printer: QPrinter, parent: QWidget | None, pages: int) -> QPrintDialog:
    """Qt's print dialog for ``printer``, pages 1 to ``pages`` to choose from."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(tr("Skriv ut"))
    dialog.setMinMax(1, pages)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, True)
    return dialog


# Replaced in tests (a printer set to a PDF file, and no dialog to click).
dialog_factory: DialogFactory = native_dialog


def prepare(html: str, title: str, state: TaskState | None = None) -> PrintJob:
    """Lay ``html`` out for A4 (safe on a pool thread: the document is handed to the GUI
    thread, where it is painted)."""
    if state is not None:
        state.check()
    layout = lay_out(html, title)
    app = QCoreApplication.instance()
    if app is not None and layout.doc.thread() is not app.thread():
        layout.doc.moveToThread(app.thread())
    return PrintJob(title, html, layout)


def _make_and_prepare(state: TaskState, printable: Printable) -> PrintJob:
    html = printable.html()
    return prepare(html, printable.title, state)


def _same_paper(a: QPageSize, b: QPageSize) -> bool:
    size_a, size_b = a.size(QPageSize.Unit.Millimeter), b.size(QPageSize.Unit.Millimeter)
    return abs(size_a.width() - size_b.width()) < 1 and abs(size_a.height() - size_b.height()) < 1


def print_job(parent: QWidget | None, job: PrintJob, printer: QPrinter | None = None) -> int:
    """Open the print dialog for ``job`` and print it. Returns the pages printed (0: the user
    closed the dialog)."""
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(job.title)
    printer.setCreator("Postvakt")
    printer.setPageLayout(job.layout.page)
    printer.setFromTo(1, job.pages)
    printer.setPrintRange(QPrinter.PrintRange.AllPages)
    dialog = dialog_factory(printer, parent, job.pages)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return 0
    layout = job.layout
    paper = printer.pageLayout().pageSize()
    if not _same_paper(paper, layout.page.pageSize()):
        layout = lay_out(job.html, job.title, paper)  # another paper: the same rules for it
    printer.setPageLayout(layout.page)
    first, last = 1, None
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = printer.fromPage(), printer.toPage()
    painted = paint_pages(layout, printer, first, last)
    if printer.printerState() == QPrinter.PrinterState.Error:
        raise OSError("Skriveren meldte en feil. Sjekk skriveren og prøv igjen.")
    return painted


def _say(owner: QWidget, text: str) -> None:
    window = owner.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, 10000)  # said by the main window
    else:
        accessibility.announce(owner, text)


def start_print(owner: QWidget, printable: Printable, ctx: Any = None) -> None:
    """Make ``printable``'s document (on the pool when ``ctx`` is given), then open the print
    dialog. A failure (the document, the printer) is shown in words."""

    def ready(job: PrintJob) -> None:
        try:
            printed = print_job(owner, job)
        except OSError as exc:
            dialogs.show_error(owner, exc, tr("Utskriften ble ikke laget"))
            return
        if printed and printable.printed is not None and ctx is not None:
            ctx.run(
                printable.printed,
                printed,
                pass_state=False,
                error_title=tr("Utskriften ble ikke ført i loggen"),
            )
        if printed:
            _say(
                owner,
                tr("{title}: {n} sider sendt til skriveren.").format(title=job.title, n=printed)
                if printed != 1
                else tr("{title}: 1 side sendt til skriveren.").format(title=job.title),
            )

    def failed(exc: BaseException) -> None:
        dialogs.show_error(owner, exc, tr("Utskriften ble ikke laget"))

    def go() -> None:
        if ctx is None:
            try:
                job = prepare(printable.html(), printable.title)
            except Exception as exc:
                failed(exc)
                return
            ready(job)
            return
        _say(owner, tr("Gjør klar utskriften …"))
        ctx.run(
            _make_and_prepare,
            printable,
            owner=owner,
            on_result=ready,
            on_error=failed,
            error_title=tr("Utskriften ble ikke laget"),
        )

    if printable.before is not None:
        printable.before(go)
    else:
        go()


def print_button(
    source: Callable[[], Printable | None], owner: QWidget, ctx: Any = None, text: str = ""
) -> QPushButton:
    """A «Skriv ut …» button that prints what ``source()`` gives (nothing when it gives None)."""
    button = QPushButton(text or tr("Skriv ut …"))
    button.setObjectName("printButton")
    button.setAutoDefault(False)
    button.setToolTip(tr("Skriv ut det samme som PDF-en, side for side (Ctrl+P)"))

    def clicked() -> None:
        printable = source()
        if printable is None:
            _say(owner, tr("Det er ingenting å skrive ut her ennå."))
        else:
            start_print(owner, printable, ctx() if callable(ctx) else ctx)

    button.clicked.connect(clicked)
    button.print_source = source  # type: ignore[attr-defined]  # for Ctrl+P (page_printable)
    return button


def page_printable(page: QWidget | None) -> Printable | None:
    """What the shown page can print: what its first shown «Skriv ut …» button would print
    (a summary, a routine, a guide's checklist), else the page's own ``printable()``."""
    if page is None:
        return None
    for button in page.findChildren(QPushButton, "printButton"):
        source = getattr(button, "print_source", None)
        if button.isVisible() and button.isEnabled() and callable(source):
            found = source()
            if found is not None:
                return found
    own = getattr(page, "printable", None)
    return own() if callable(own) else None


def print_page(window: QWidget, page: QWidget | None, ctx: Any = None) -> bool:
    """Ctrl+P: print what ``page`` shows, or say there is nothing to print. True if started."""
    printable = page_printable(page)
    if printable is None:
        _say(
            window,
            tr(
                "Det er ingenting å skrive ut på denne siden. Åpne en rapport, en oppsummering "
                "eller en veiledning først."
            ),
        )
        return False
    start_print(page or window, printable, ctx)
    return True
