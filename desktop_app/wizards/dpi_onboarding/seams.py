"""Where DPI-oppsett meets the outside world (a browser, file dialogs): one module, so tests can
replace each seam in one place.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget


def tr(text: str) -> str:
    return QCoreApplication.translate("dpi_onboarding", text)


def open_url(url: str) -> None:
    QDesktopServices.openUrl(QUrl(url))


def choose_evidence_file(parent: QWidget) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        tr("Velg skjermbilde eller kvittering"),
        str(Path.home()),
        tr("Bilder og dokumenter (*.png *.jpg *.jpeg *.pdf *.gif *.bmp *.webp);;Alle filer (*)"),
    )
    return Path(path) if path else None


def choose_pdf_path(parent: QWidget, suggested: str) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(
        parent, tr("Lagre oppsummeringen"), str(Path.home() / suggested), tr("PDF (*.pdf)")
    )
    if not path:
        return None
    target = Path(path)
    return target if target.suffix.lower() == ".pdf" else target.with_name(target.name + ".pdf")
