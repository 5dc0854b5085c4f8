"""Help: F1 on any page, «Start her» for the daglig leder and the IT coordinator, «Om Postvakt».

The texts are data (``resources/content/hjelp/*.toml``): what the page is for, what to do, and
where its facts come from, in plain bokmål (and nynorsk in ``hjelp/nn/``), so a
non-programmer can change them.
"""

from __future__ import annotations

import html
import logging
import platform
import tomllib
from dataclasses import dataclass
from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop_app import __version__
from desktop_app.resources import resources_dir, translated

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("help", text)


@dataclass(frozen=True)
class HelpTopic:
    key: str
    title: str
    purpose: str
    steps: tuple[str, ...]
    sources: str


def load_help() -> dict[str, HelpTopic]:
    """Every help text by key. A broken file is logged and left out; help never stops the
    program."""
    topics: dict[str, HelpTopic] = {}
    try:
        folder = resources_dir() / "content" / "hjelp"
        paths = sorted(folder.glob("*.toml"))
    except FileNotFoundError:
        log.warning("Hjelpetekstene finnes ikke i installasjonen")
        return topics
    for path in paths:
        try:
            # The user's language where the page has a twin in it (nn/<same name>).
            data = tomllib.loads((translated(path) or path).read_text(encoding="utf-8"))
            topic = HelpTopic(
                str(data["key"]),
                str(data["title"]),
                str(data["purpose"]),
                tuple(str(s) for s in data.get("steps", ())),
                str(data.get("sources", "")),
            )
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, KeyError) as exc:
            log.warning("Hjelpeteksten %s kan ikke leses: %s", path.name, exc)
            continue
        topics[topic.key] = topic
    return topics


def topic_html(topic: HelpTopic | None) -> str:
    if topic is None:
        return (
            "<p>"
            + html.escape(
                tr(
                    "Det finnes ingen hjelpetekst for denne siden ennå. Se «Start her» i Hjelp-menyen."
                )
            )
            + "</p>"
        )
    steps = "".join(f"<li>{html.escape(s)}</li>" for s in topic.steps)
    parts = [
        f"<h2>{html.escape(topic.title)}</h2>",
        f"<h3>{html.escape(tr('Hva siden er til'))}</h3>",
        f"<p>{html.escape(topic.purpose)}</p>",
    ]
    if steps:
        parts += [f"<h3>{html.escape(tr('Hva du gjør'))}</h3>", f"<ol>{steps}</ol>"]
    if topic.sources:
        parts += [
            f"<h3>{html.escape(tr('Hvor opplysningene kommer fra'))}</h3>",
            f"<p>{html.escape(topic.sources)}</p>",
        ]
    return "".join(parts)


def licences() -> list[tuple[str, str, str]]:
    """(package, version, licence) for Postvakt's libraries, from their installed metadata."""
    names = [
        "PySide6-Essentials",
        "shiboken6",
        "httpx",
        "keyring",
        "platformdirs",
        "openpyxl",
        "python-calamine",
        "phonenumbers",
        "python-stdnum",
        "email-validator",
        "truststore",
        "pyjwt",
        "cryptography",
        "certifi",
    ]
    rows = []
    for name in names:
        try:
            meta = metadata.metadata(name)
        except metadata.PackageNotFoundError:
            continue
        licence = meta.get("License-Expression") or ""
        if not licence:
            classifiers = [
                c.split("::")[-1].strip()
                for c in meta.get_all("Classifier") or []
                if c.startswith("License ::")
            ]
            licence = ", ".join(classifiers) or (meta.get("License") or "").splitlines()[0:1]
            licence = licence if isinstance(licence, str) else "".join(licence)
        rows.append(
            (meta.get("Name") or name, meta.get("Version") or "", licence or tr("ikke oppgitt"))
        )
    return rows


def about_html() -> str:
    rows = "".join(
        f"<tr><td>{html.escape(n)}</td><td>{html.escape(v)}</td>"
        f"<td>{html.escape(lic[:80])}</td></tr>"
        for n, v, lic in licences()
    )
    return (
        f"<h2>Postvakt {html.escape(__version__)}</h2>"
        f"<p>{html.escape(tr('Veiviser for kommunal post gjennom SvarUt, Altinn og DPI.'))}</p>"
        f"<p>{html.escape(tr('Python {py}, Qt {qt}, PySide6 {ps}.').format(py=platform.python_version(), qt=qVersion(), ps=pyside_version))}</p>"
        f"<h3>{html.escape(tr('Biblioteker og lisenser'))}</h3>"
        f"<table cellpadding='3'><tr><th align='left'>{html.escape(tr('Bibliotek'))}</th>"
        f"<th align='left'>{html.escape(tr('Versjon'))}</th>"
        f"<th align='left'>{html.escape(tr('Lisens'))}</th></tr>{rows}</table>"
        f"<p>{html.escape(tr('Qt og PySide6 brukes under LGPL-3.0. Lisenstekstene følger med bibliotekene.'))}</p>"
    )


class HelpDialog(QDialog):
    """A help text in a window of its own (not modal: the page stays usable beside it)."""

    def __init__(self, title: str, body_html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        layout = QVBoxLayout(self)
        self.text = QTextBrowser()
        self.text.setObjectName("helpText")
        self.text.setOpenExternalLinks(True)
        self.text.setAccessibleName(title)
        self.text.setHtml(body_html)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Lukk"))
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        self.resize(min(60 * metrics.averageCharWidth(), 1100), min(28 * metrics.height(), 700))
        self.text.setFocus()


def open_help(parent: QWidget, key: str | None) -> HelpDialog:
    topic = load_help().get(key or "")
    dialog = HelpDialog(
        tr("Hjelp: {title}").format(title=topic.title) if topic else tr("Hjelp"),
        topic_html(topic),
        parent,
    )
    dialog.show()
    return dialog


def open_about(parent: QWidget) -> HelpDialog:
    dialog = HelpDialog(tr("Om Postvakt"), about_html(), parent)
    dialog.show()
    return dialog
