"""A guided portal step (a content file under ``resources/content/``, parsed into a
:class:`~desktop_app.domain.guides.GuideStep`) shown as a panel: what to do on each path, the
links, each value to copy with one click, warnings, and when the steps were last checked
against the portal. One widget for every flow.

A guide also prints as a checklist (:func:`checklist_html`, «Skriv ut sjekkliste …» below it
and Ctrl+P): each thing to do on a line with a box to tick, the values to fill in, the warnings
and the links written out, since paper cannot be clicked."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.domain.guides import GuideError, GuideStep
from desktop_app.resources import load_guides
from desktop_app.views.plain_text import plain_tooltip, rich
from desktop_app.views.printing import Printable, print_button

log = logging.getLogger(__name__)

STALE_AFTER_DAYS = 90  # older than this: say the menus may have changed


def tr(text: str) -> str:
    return QCoreApplication.translate("guide_view", text)


def page_guides(flow: str) -> dict[str, GuideStep]:
    """A flow's guides for a page. A broken or missing content file must not stop the page:
    it is logged (with the file and what to fix), and each panel says the guide is missing."""
    try:
        return load_guides(flow)
    except (GuideError, OSError) as exc:
        log.warning("Veiledningen for %s kunne ikke leses: %s", flow, exc)
        return {}


def guide_html(step: GuideStep, today: date | None = None, *, all_paths: bool = True) -> str:
    parts = [f"<b>{escape(step.title)}</b>"]
    if step.lead:
        parts.append(f"<p>{escape(step.lead)}</p>")
    paths = step.paths if all_paths else step.paths[:1]
    for path in paths:
        if len(paths) > 1:
            parts.append(f"<p><i>{escape(path.title)}</i></p>")
        parts.append("<ol>" + "".join(f"<li>{escape(s)}</li>" for s in path.steps) + "</ol>")
    for warning in step.warnings:
        parts.append(f"<p><b>{escape(tr('Merk:'))}</b> {escape(warning)}</p>")
    if step.links:
        parts.append(
            "<p>"
            + " · ".join(
                f'<a href="{escape(link.url)}">{escape(link.label)}</a>' for link in step.links
            )
            + "</p>"
        )
    note = _checked_note(step, today or date.today())
    parts.append(f"<p style='color:#5f6368'>{escape(note)}</p>")
    return "".join(parts)


BOX = "\u2610"  # ☐, a box to tick by hand


def _checked_note(step: GuideStep, today: date) -> str:
    if step.last_checked is None:
        return tr("Stegene er ikke kontrollert mot portalen ennå. Menyene kan hete noe annet.")
    note = tr("Stegene ble sist kontrollert mot portalen {date}.").format(
        date=step.last_checked.strftime("%d.%m.%Y")
    )
    age = step.age_days(today)
    if age is not None and age > STALE_AFTER_DAYS:
        note += tr(" Menyene kan ha endret seg siden.")
    return note


def checklist_html(steps: Iterable[GuideStep], title: str, today: date | None = None) -> str:
    """``steps`` as a checklist to print: per step, every thing to do on its own line with a
    box (☐) to tick and room for who did it and when."""
    today = today or date.today()
    e = escape
    parts = [
        f"<h1>{e(title)}</h1>",
        "<p class='meta'>"
        + e(
            tr("Skrevet ut fra Postvakt {date}. Kryss av etter hvert som du gjør stegene.").format(
                date=today.strftime("%d.%m.%Y")
            )
        )
        + "</p>",
    ]
    head = "<tr><th>{}</th><th>{}</th><th width='16%'>{}</th><th width='12%'>{}</th></tr>".format(
        e(tr("Gjort")), e(tr("Steg")), e(tr("Av")), e(tr("Dato"))
    )
    steps = list(steps)
    for step in steps:
        if len(steps) > 1 or step.title not in title:  # the title says it already
            parts.append(f"<h2>{e(step.title)}</h2>")
        if step.lead:
            parts.append(f"<p>{e(step.lead)}</p>")
        for path in step.paths:
            if len(step.paths) > 1:
                parts.append(f"<p><i>{e(path.title)}</i></p>")
            rows = "".join(
                f"<tr><td style='font-size:14pt'>{BOX}</td><td>{n}. {e(text)}</td>"
                "<td>&nbsp;</td><td>&nbsp;</td></tr>"
                for n, text in enumerate(path.steps, start=1)
            )
            parts.append(f"<table width='100%'>{head}{rows}</table>")
        if step.copy_values:
            parts.append(f"<p><b>{e(tr('Verdier du trenger:'))}</b></p><ul>")
            parts += [f"<li>{e(v.label)}: <b>{e(v.value)}</b></li>" for v in step.copy_values]
            parts.append("</ul>")
        for warning in step.warnings:
            parts.append(f"<p><b>{e(tr('Merk:'))}</b> {e(warning)}</p>")
        if step.links:
            parts.append("<ul>")
            parts += [f"<li>{e(link.label)}: {e(link.url)}</li>" for link in step.links]
            parts.append("</ul>")
        parts.append(f"<p class='meta'>{e(_checked_note(step, today))}</p>")
    return "".join(parts)


class GuidePanel(QWidget):
    """Shows one step; :meth:`show_step` replaces it (``None``: the content file is missing)."""

    def __init__(self, parent: QWidget | None = None, *, all_paths: bool = True) -> None:
        super().__init__(parent)
        self.all_paths = all_paths
        self.step: GuideStep | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setOpenExternalLinks(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        layout.addWidget(self.body)
        self.text = self.body  # older name
        self.copies = QVBoxLayout()
        layout.addLayout(self.copies)
        row = QHBoxLayout()
        self.print_button = print_button(self.printable, self, text=tr("Skriv ut sjekkliste …"))
        self.print_button.setVisible(False)
        row.addWidget(self.print_button)
        row.addStretch(1)
        layout.addLayout(row)

    def printable(self) -> Printable | None:
        """The shown step as a checklist to print (None: no step)."""
        step = self.step
        if step is None:
            return None
        title = tr("Sjekkliste: {title}").format(title=step.title)
        return Printable(title, lambda: checklist_html([step], title))

    def show_step(self, step: GuideStep | None, today: date | None = None) -> None:
        self.step = step
        while self.copies.count():
            row = self.copies.takeAt(0).layout()
            while row is not None and row.count():
                widget = row.takeAt(0).widget()
                if widget is not None:
                    widget.deleteLater()
        self.print_button.setVisible(step is not None)
        if step is None:
            self.body.setText(tr("Veiledningen mangler. Installer Postvakt på nytt."))
            return
        self.print_button.setAccessibleName(
            tr("Skriv ut sjekklisten for {title}").format(title=step.title)
        )
        self.body.setText(guide_html(step, today, all_paths=self.all_paths))
        for value in step.copy_values:
            row = QHBoxLayout()
            label = rich(QLabel(f"{escape(value.label)}: <b>{escape(value.value)}</b>"))
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            button = QPushButton(tr("Kopier"))
            button.setAccessibleName(tr("Kopier {label}").format(label=value.label))
            button.setToolTip(plain_tooltip(value.value))
            button.clicked.connect(
                lambda _checked=False, v=value.value: QGuiApplication.clipboard().setText(v)
            )
            row.addWidget(label, 1)
            row.addWidget(button)
            self.copies.addLayout(row)


class GuideView(GuidePanel):
    """A panel made for one step."""

    def __init__(
        self, step: GuideStep, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.show_step(step, today)
