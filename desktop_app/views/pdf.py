"""PDF for the archive: an HTML document (built by a service, no Qt there) printed to A4.

Safe to call from a pool thread (``ctx.run(write_pdf, html, path)``): QTextDocument and
QPdfWriter paint without widgets. The file is written through QSaveFile semantics: a
temporary file renamed into place, so a failure never leaves half a PDF.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from desktop_app.domain.cancellation import TaskState

# A plain, readable page: system sans-serif, black on white, tables with thin rules.
PDF_STYLE = """
body { font-family: sans-serif; font-size: 10pt; color: #111; }
h1 { font-size: 16pt; margin-bottom: 4pt; }
h2 { font-size: 12pt; margin-top: 12pt; }
table { border-collapse: collapse; }
th { background: #e8e8e8; text-align: left; }
th, td { border: 1px solid #999; padding: 3px 5px; vertical-align: top; }
.meta { color: #444; }
"""


def write_pdf(html: str, path: Path | str, *, title: str = "Postvakt",
              state: TaskState | None = None) -> Path:
    """Print ``html`` (a whole document or a body fragment) to an A4 PDF at ``path``."""
    target = Path(path)
    if state is not None:
        state.check()
    doc = QTextDocument()
    doc.setDefaultStyleSheet(PDF_STYLE)
    doc.setHtml(html)
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    fd, tmp = tempfile.mkstemp(prefix=".postvakt-", suffix=".pdf", dir=target.parent)
    os.close(fd)
    try:
        writer = QPdfWriter(tmp)
        writer.setTitle(title)
        writer.setCreator("Postvakt")
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                         QPageLayout.Orientation.Portrait,
                                         QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter))
        writer.setResolution(300)
        doc.print_(writer)
        del writer  # closes the file
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target
