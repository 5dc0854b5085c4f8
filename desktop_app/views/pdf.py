"""PDF for the archive: an HTML document (built by a service, no Qt there) printed to A4.

Safe to call from a pool thread (``ctx.run(write_pdf, html, path)``): QTextDocument and
QPdfWriter paint without widgets. The file is written through QSaveFile semantics: a
temporary file renamed into place, so a failure never leaves half a PDF.

Tables read well: lines wrap only at spaces, never inside a word or a number (Qt's default
would break «Virksomhet» as «Virksomhe|t» in a narrow column); numbers that must stay whole
carry no-break spaces (the services write them so). Qt's table layout narrows the columns to
the page; when a table still does not fit, the text gets a little smaller, and then the page
turns to landscape (:data:`ATTEMPTS`). Each page has «Side n av m» at the foot.

:func:`paint_pages` paints a laid-out document on any paged device, a QPdfWriter here and a
QPrinter in :mod:`desktop_app.views.printing`, so a printout has the same pages as the PDF.
"""

from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextOption,
)

from desktop_app.domain.cancellation import TaskState
from desktop_app.storage.audit import parse_anchor

# A plain, readable page: system sans-serif, black on white, tables with thin rules.
PDF_STYLE = """
body {{ font-family: sans-serif; font-size: {size}pt; color: #111; }}
h1 {{ font-size: 16pt; margin-bottom: 4pt; }}
h2 {{ font-size: 12pt; margin-top: 12pt; }}
table {{ border-collapse: collapse; }}
th {{ background: #e8e8e8; text-align: left; }}
th, td {{ border: 1px solid #999; padding: 3px 5px; vertical-align: top; }}
.meta {{ color: #444; }}
"""

Orientation = QPageLayout.Orientation
# What is tried, in order, until every table fits the width of the page.
ATTEMPTS: tuple[tuple[QPageLayout.Orientation, float], ...] = (
    (Orientation.Portrait, 10),
    (Orientation.Portrait, 9),
    (Orientation.Landscape, 10),
    (Orientation.Landscape, 9),
    (Orientation.Landscape, 8),
)
MARGIN_MM = 18
_LAYOUT_DPI = 96  # the document is laid out at this resolution and scaled to the writer's
_RESOLUTION = 300
_FOOTER = 22.0  # room at the foot of each page for «Side n av m», in layout units


@dataclass
class PdfLayout:
    """A document laid out for the page it will be printed on."""

    doc: QTextDocument
    page: QPageLayout
    font_pt: float
    fits: bool  # False: even the last attempt is wider than the page (it is printed anyway)

    @property
    def landscape(self) -> bool:
        return self.page.orientation() is Orientation.Landscape

    @property
    def page_count(self) -> int:
        return max(self.doc.pageCount(), 1)


def _page(orientation: QPageLayout.Orientation, size: QPageSize | None = None) -> QPageLayout:
    return QPageLayout(
        size if size is not None else QPageSize(QPageSize.PageSizeId.A4),
        orientation,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )


def _body_size(page: QPageLayout) -> QSizeF:
    """The printable area of a page, in layout units, less the footer."""
    rect = page.paintRect(QPageLayout.Unit.Point)
    scale = _LAYOUT_DPI / 72
    return QSizeF(rect.width() * scale, rect.height() * scale - _FOOTER)


_TAG = re.compile(r"(<[^>]*>)")
_SPACE_IN_NUMBER = re.compile(r"(?<=\d) (?=\d)")


def keep_numbers_whole(html: str) -> str:
    """A space between two digits in the text (not in tags) → a no-break space, so that
    «320 135 710» or «1 307» never ends up on two lines."""
    parts = _TAG.split(html)
    return "".join(p if p.startswith("<") else _SPACE_IN_NUMBER.sub("\u00a0", p) for p in parts)


def lay_out(html: str, title: str = "Postvakt", paper: QPageSize | None = None) -> PdfLayout:
    """Lay ``html`` out the way :func:`write_pdf` prints it: wrapped at spaces only, numbers
    whole, in the first of :data:`ATTEMPTS` where nothing is wider than the page (A4, or
    ``paper`` when a printer has another)."""
    html = keep_numbers_whole(html)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)  # at spaces only
    layout: PdfLayout | None = None
    for orientation, size in ATTEMPTS:
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultTextOption(option)
        font = QFont(doc.defaultFont())
        font.setPointSizeF(size)
        doc.setDefaultFont(font)
        doc.setDefaultStyleSheet(PDF_STYLE.format(size=size))
        doc.setHtml(html)
        doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
        page = _page(orientation, paper)
        body = _body_size(page)
        doc.setPageSize(body)
        fits = doc.size().width() <= body.width() + 0.5
        layout = PdfLayout(doc, page, size, fits)
        if fits:
            return layout
    # Nothing fits (a single word wider than a landscape page): rather break that word than
    # lose what is beyond the edge of the paper.
    assert layout is not None
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.doc.setDefaultTextOption(option)
    layout.doc.setHtml(html)
    return layout


def write_pdf(
    html: str, path: Path | str, *, title: str = "Postvakt", state: TaskState | None = None
) -> Path:
    """Print ``html`` (a whole document or a body fragment) to an A4 PDF at ``path``."""
    target = Path(path)
    if state is not None:
        state.check()
    layout = lay_out(html, title)
    fd, tmp = tempfile.mkstemp(prefix=".postvakt-", suffix=".pdf", dir=target.parent)
    os.close(fd)
    try:
        writer = QPdfWriter(tmp)
        writer.setTitle(title)
        # The audit log's anchor, when the document carries one, also goes into the PDF's
        # metadata (its page text is stored as glyphs): `audit verify --mot FIL` finds it.
        anchor = parse_anchor(html)
        writer.setCreator(
            "Postvakt" if anchor is None else f"Postvakt, kontrollpunkt {anchor[0]}:{anchor[1]}"
        )
        writer.setPageLayout(layout.page)
        writer.setResolution(_RESOLUTION)
        paint_pages(layout, writer)
        del writer  # closes the file
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def paint_pages(
    layout: PdfLayout,
    device: QPagedPaintDevice,
    first: int = 1,
    last: int | None = None,
    state: TaskState | None = None,
) -> int:
    """Pages ``first`` to ``last`` (1-based, inclusive; ``None``: to the end) of ``layout``
    on ``device`` (whose page layout is ``layout.page``), scaled from layout units to the
    device's resolution, each with «Side n av m». Returns the number of pages painted."""
    doc = layout.doc
    body = doc.pageSize()
    pages = layout.page_count
    first = max(first, 1)
    last = pages if last is None or last < 1 else min(last, pages)
    painter = QPainter(device)
    if not painter.isActive():
        raise OSError("Utskriften kunne ikke starte. Sjekk skriveren og prøv igjen.")
    painted = 0
    try:
        scale = device.logicalDpiX() / _LAYOUT_DPI
        painter.scale(scale, scale)
        footer_font = QFont(doc.defaultFont())
        footer_font.setPointSizeF(8)
        for number in range(first - 1, last):
            if state is not None:
                state.check()
            if painted:
                device.newPage()
            painter.save()
            painter.translate(QPointF(0, -number * body.height()))
            doc.drawContents(
                painter, QRectF(0, number * body.height(), body.width(), body.height())
            )
            painter.restore()
            painter.setFont(footer_font)
            painter.setPen(Qt.GlobalColor.darkGray)
            painter.drawText(
                QRectF(0, body.height(), body.width(), _FOOTER),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                f"Side {number + 1} av {pages}",
            )
            painted += 1
    finally:
        painter.end()
    return painted
