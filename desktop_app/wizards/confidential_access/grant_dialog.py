""":class:`GrantDialog`: what Altinn needs to give one person access."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.access import PACKAGE_NAME, ApprovedReader
from desktop_app.views.domain_text import dtr
from desktop_app.views.plain_text import plain


def tr(text: str) -> str:
    return QCoreApplication.translate("confidential_access", text)


class GrantDialog(QDialog):
    """What Altinn needs to give one person access: fødselsnummer (or username) and last name.
    Nothing typed here is saved."""

    def __init__(self, reader: ApprovedReader, unit_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Gi tilgang i Altinn"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        text = QLabel(
            tr(
                "Gi {name} tilgangspakken «{package}» for {unit}. Altinn trenger "
                "fødselsnummer og etternavn. Postvakt lagrer ikke fødselsnummeret."
            ).format(name=reader.name, package=dtr(PACKAGE_NAME), unit=unit_name)
        )
        plain(text)  # the names come from files and Altinn
        text.setWordWrap(True)
        layout.addWidget(text)
        self.text = text
        form = QFormLayout()
        self.identifier = QLineEdit()
        self.identifier.setPlaceholderText(tr("11 siffer, eller brukernavn i Altinn"))
        self.last_name = QLineEdit(reader.name.split()[-1] if reader.name.split() else "")
        form.addRow(tr("Fødselsnummer:"), self.identifier)
        form.addRow(tr("Etternavn:"), self.last_name)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Gi tilgang"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reader = reader
