"""The routine as an OpenDocument text file (LibreOffice, Word)."""

from __future__ import annotations

from pathlib import Path

from desktop_app.services.confidential_access import AccessError


def save_odt(html: str, path: Path | str, title: str) -> Path:
    """The routine as an OpenDocument text file (LibreOffice, Word): Qt writes ODT itself."""
    import os
    import tempfile

    from PySide6.QtGui import QTextDocument, QTextDocumentWriter

    from desktop_app.views.pdf import PDF_STYLE

    target = Path(path)
    doc = QTextDocument()
    doc.setDefaultStyleSheet(PDF_STYLE)
    doc.setHtml(html)
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    fd, tmp = tempfile.mkstemp(prefix=".postvakt-", suffix=".odt", dir=target.parent)
    os.close(fd)
    writer = QTextDocumentWriter(tmp, b"odf")
    ok = writer.write(doc)
    del writer
    if not ok:
        Path(tmp).unlink(missing_ok=True)
        raise AccessError(
            f"Postvakt fikk ikke skrevet «{target.name}». Sjekk at mappen finnes "
            "og at du har skrivetilgang."
        )
    os.replace(tmp, target)
    return target
