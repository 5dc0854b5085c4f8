"""A guided portal step (a content file under ``resources/content/``) shown as a panel: what to
do, the links, the values to copy, warnings, and where the facts come from."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.domain.guides import GuideStep


def tr(text: str) -> str:
    return QCoreApplication.translate("guide_view", text)


class GuidePanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setOpenExternalLinks(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self._layout.addWidget(self.body)
        self.copy_row = QHBoxLayout()
        self._layout.addLayout(self.copy_row)
        self.step: GuideStep | None = None

    def show_step(self, step: GuideStep | None) -> None:
        self.step = step
        while self.copy_row.count():
            item = self.copy_row.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        if step is None:
            self.body.setText(tr("Veiledningen mangler. Installer Postvakt på nytt."))
            return
        e = html.escape
        parts = [f"<b>{e(step.title)}</b>"]
        if step.lead:
            parts.append(f"<p>{e(step.lead)}</p>")
        for path in step.paths[:1]:
            parts.append("<ol>" + "".join(f"<li>{e(s)}</li>" for s in path.steps) + "</ol>")
        for warning in step.warnings:
            parts.append(f"<p><b>{tr('Merk:')}</b> {e(warning)}</p>")
        if step.links:
            parts.append(" · ".join(f'<a href="{e(link.url)}">{e(link.label)}</a>'
                                    for link in step.links))
        checked = (step.last_checked.strftime("%d.%m.%Y") if step.last_checked
                   else tr("ikke kontrollert mot portalen ennå"))
        parts.append(f"<p style='color:#5f6368'>{tr('Sist kontrollert:')} {e(checked)}</p>")
        self.body.setText("".join(parts))
        for value in step.copy_values:
            button = QPushButton(tr("Kopier «{label}»").format(label=value.label))
            button.setToolTip(value.value)
            button.clicked.connect(
                lambda _=False, v=value.value: QGuiApplication.clipboard().setText(v))
            self.copy_row.addWidget(button)
        self.copy_row.addStretch(1)
