""":class:`PasteDialog`: org numbers pasted as text, one or more per line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


def tr(text: str) -> str:
    return QCoreApplication.translate("organizations", text)


class PasteDialog(QDialog):
    """A box to paste a list of org numbers into (one a line, optional name after)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Lim inn organisasjonsnumre"))
        layout = QVBoxLayout(self)
        hint = QLabel(
            tr(
                "Ett organisasjonsnummer på hver linje, gjerne med navnet etter, for "
                "eksempel:\n974 760 673  Fjordvik skole"
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(tr("Liste med organisasjonsnumre"))
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Importer"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(460, 320)
