"""A guided portal step (:class:`~desktop_app.domain.guides.GuideStep`) as a widget: the lead,
the steps of each path, links, values to copy and warnings, with when it was last checked."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.domain.guides import GuideStep


def tr(text: str) -> str:
    return QCoreApplication.translate("guide_view", text)


class GuideView(QWidget):
    def __init__(self, step: GuideStep, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.step = step
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        parts = [f"<b>{escape(step.title)}</b>"]
        if step.lead:
            parts.append(f"<p>{escape(step.lead)}</p>")
        for path in step.paths:
            if len(step.paths) > 1:
                parts.append(f"<p><i>{escape(path.title)}</i></p>")
            items = "".join(f"<li>{escape(s)}</li>" for s in path.steps)
            parts.append(f"<ol>{items}</ol>")
        for warning in step.warnings:
            parts.append(f"<p><b>{escape(tr('Obs:'))}</b> {escape(warning)}</p>")
        if step.links:
            links = " · ".join(f'<a href="{escape(link.url)}">{escape(link.label)}</a>'
                               for link in step.links)
            parts.append(f"<p>{links}</p>")
        age = step.age_days(today or date.today())
        if step.last_checked is None:
            parts.append("<p style='color:#5f6368'>" + escape(
                tr("Stegene er ikke sjekket mot Altinn ennå. Menyene kan hete noe annet.")) +
                "</p>")
        else:
            parts.append("<p style='color:#5f6368'>" + escape(
                tr("Stegene ble sist sjekket mot Altinn {date}.").format(
                    date=step.last_checked.strftime("%d.%m.%Y"))) + (
                escape(tr(" Menyene kan ha endret seg siden.")) if age and age > 90 else ""
            ) + "</p>")
        self.text = QLabel("".join(parts))
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setOpenExternalLinks(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        layout.addWidget(self.text)
        for value in step.copy_values:
            row = QHBoxLayout()
            label = QLabel(f"{escape(value.label)}: <b>{escape(value.value)}</b>")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            button = QPushButton(tr("Kopier"))
            button.setAccessibleName(tr("Kopier {label}").format(label=value.label))
            button.clicked.connect(
                lambda _checked=False, v=value.value: QGuiApplication.clipboard().setText(v))
            row.addWidget(label, 1)
            row.addWidget(button)
            layout.addLayout(row)
