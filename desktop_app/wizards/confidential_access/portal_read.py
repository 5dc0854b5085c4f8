"""«Les inn fra Altinn-nedlasting …» on Taushetsbelagt post: who holds access, read from the
Altinn portal's own download («Last ned til fil») where Postvakt cannot read through the API.

The dialog says where in the portal the file is (read from the portal's source, see
:mod:`desktop_app.importers.portal_export`), lets the user choose it, and reads it in the
background through :class:`desktop_app.services.portal_reads.PortalReadService`. In Øving it
links to the practice sandbox's own download for the demo municipality.

The page calls :func:`portal_read_row` (the button, on its own row) and :func:`portal_note` (the note
under a unit's holders: «Lest fra portalens nedlasting …»).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from urllib.parse import urlencode

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.access import CoverageRow
from desktop_app.domain.dates import local_date
from desktop_app.domain.environments import Environment
from desktop_app.services.portal_reads import PortalReadResult
from desktop_app.views import dialogs
from desktop_app.views.context import AppContext
from desktop_app.views.domain_text import dtr

# Øving's copy of the portal's path (the sandbox answers it; tests hold the two together).
PRACTICE_DOWNLOAD_PATH = "/accessmanagement/api/v1/delegationexport"


def tr(text: str) -> str:
    return QCoreApplication.translate("portal_read", text)


def _count(n: int, one: str, many: str) -> str:
    return (one if n == 1 else many).format(n=n)


def portal_note(row: CoverageRow) -> str:
    """«\\nLest fra portalens nedlasting 01.12.2026 (fil …)» when the unit's holders came
    last from the portal's download; else nothing."""
    read = row.portal_read
    if read is None or not row.holders_from_portal:
        return ""
    when = local_date(read.downloaded_on) if read.downloaded_on else ""
    if not when:
        try:
            when = datetime.fromisoformat(read.read_at).astimezone().strftime("%d.%m.%Y %H:%M")
        except ValueError:
            when = ""
    return "\n" + tr("Lest fra portalens nedlasting {time} (fil {name})").format(
        time=when, name=read.file_name
    )


def summary_text(result: PortalReadResult) -> str:
    """What was read, in plain words, with singular and plural right."""
    head = (
        tr("Lest fra portalens nedlasting {time} (fil {name}):")
        if result.downloaded_on
        else tr("Lest fra portalens nedlasting (fil {name}):")
    ).format(time=local_date(result.downloaded_on or ""), name=result.file_name)
    parts = [
        head
        + " "
        + _count(
            len(result.read),
            tr("{n} organisasjonsnummer."),
            tr("{n} organisasjonsnumre."),
        )
    ]
    if result.older:
        parts.append(
            _count(
                len(result.older),
                tr("{n} organisasjonsnummer er ikke endret: Postvakt har nyere opplysninger."),
                tr("{n} organisasjonsnumre er ikke endret: Postvakt har nyere opplysninger."),
            )
        )
    if result.outside:
        parts.append(
            _count(
                len(result.outside),
                tr("{n} organisasjonsnummer i filen er ikke i arbeidsflaten og er hoppet over."),
                tr("{n} organisasjonsnumre i filen er ikke i arbeidsflaten og er hoppet over."),
            )
        )
    skipped = [e for e in result.errors if e.skipped]
    if skipped:
        parts.append(
            _count(len(skipped), tr("{n} rad ble hoppet over:"), tr("{n} rader ble hoppet over:"))
            + "\n"
            + "\n".join(dtr(e.reason) for e in skipped[:20])
        )
    parts += [dtr(e.reason) for e in result.errors if not e.skipped]
    return "\n".join(parts)


class PortalReadDialog(QDialog):
    """Where to find the file in the portal, and reading it in."""

    def __init__(
        self, ctx: AppContext, after: Callable[[PortalReadResult], None], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.after = after
        self.setWindowTitle(tr("Les inn fra Altinn-nedlasting"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "Når Postvakt ikke kan lese tilgangene gjennom Altinn, kan du laste ned Altinns "
                "egen oversikt over hvem som har fått hva, og lese den inn her."
            )
        )
        steps = QLabel(
            "<ol>"
            + "".join(
                f"<li>{s}</li>"
                for s in (
                    tr(
                        "Logg inn på altinn.no, trykk «Bytt» og velg kommunen under «Virksomheter»."
                    ),
                    tr(
                        "Åpne «Tilgangsstyring» og velg «Brukere» (eller «Fullmakter») i menyen "
                        "til venstre."
                    ),
                    tr(
                        "Trykk «Last ned til fil». Slå på «Inkluder fullmakter i … sine "
                        "underenheter» (Altinn tilbyr det for inntil 500 underenheter), og trykk "
                        "«Start nedlasting»."
                    ),
                    tr(
                        "Velg zip-filen her, slik den ble lastet ned (for eksempel "
                        "123456789_2026-12-06.zip)."
                    ),
                )
            )
            + "</ol>"
        )
        note = QLabel(
            tr(
                "Knappen «Last ned til fil» vises for den som administrerer tilganger for "
                "kommunen. Et organisasjonsledd er en egen aktør i Altinn: last ned for det "
                "også, for å få med underenhetene under det."
            )
        )
        for label in (intro, steps, note):
            label.setWordWrap(True)
            layout.addWidget(label)
        self.subunits = QCheckBox(
            tr("Underenhetene var med (jeg slo på «Inkluder fullmakter i … sine underenheter»)")
        )
        self.subunits.setChecked(True)
        self.subunits.setToolTip(
            tr(
                "En underenhet der ingen har fått noe, står ikke i filen. Er bryteren slått på, "
                "vet Postvakt at ingen har tilgang der; ellers står den som ukjent."
            )
        )
        layout.addWidget(self.subunits)
        self.practice_button: QPushButton | None = None
        if ctx.environment == Environment.OVING and ctx.sandbox_url and ctx.workspace:
            row = QHBoxLayout()
            self.practice_button = QPushButton(tr("Last ned en øvingsfil"))
            self.practice_button.setToolTip(
                tr("Øvingssandkassens nedlasting for øvingskommunen, åpnes i nettleseren.")
            )
            self.practice_button.clicked.connect(self.open_practice_download)
            row.addWidget(self.practice_button)
            row.addStretch(1)
            layout.addLayout(row)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.choose_button = buttons.addButton(
            tr("Velg filen …"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.choose_button.clicked.connect(self.ask_file)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def practice_url(self) -> str:
        ws = self.ctx.workspace
        query = urlencode({"orgnr": ws.orgnr if ws else "", "includeSubunits": "true"})
        return f"{self.ctx.sandbox_url}{PRACTICE_DOWNLOAD_PATH}?{query}"

    def open_practice_download(self) -> None:
        QDesktopServices.openUrl(QUrl(self.practice_url()))

    def ask_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            tr("Velg nedlastingen fra Altinn"),
            str(Path.home() / "Downloads"),
            tr("Nedlasting fra Altinn (*.zip *.csv);;Alle filer (*)"),
        )
        if path:
            self.read_file(Path(path))

    def read_file(self, path: Path) -> None:
        ws = self.ctx.workspace
        if ws is None:
            return
        self.status.setText(tr("Leser «{name}» …").format(name=path.name))
        self.choose_button.setEnabled(False)
        with_subunits = self.subunits.isChecked()

        def done(result: PortalReadResult) -> None:
            self.choose_button.setEnabled(True)
            self.status.setText(summary_text(result))
            self.after(result)

        def failed(exc: BaseException) -> None:
            self.choose_button.setEnabled(True)
            self.status.setText(tr("Filen ble ikke lest inn.") + " " + dialogs.user_message(exc))

        self.ctx.run(
            lambda state: self.ctx.services.portal_reads.read(
                ws.id, path, path.name, state, with_subunits
            ),
            on_result=done,
            on_error=failed,
            owner=self,
        )


def portal_read_row(page: QWidget, ctx: AppContext, after: Callable[..., None]) -> QHBoxLayout:
    """A row with the button that opens the dialog (``page.portal_button``); ``after`` runs
    when something was read in."""
    button = QPushButton(tr("Les inn fra Altinn-nedlasting …"))
    button.setToolTip(
        tr("Altinn-portalens egen nedlasting av hvem som har tilgang («Last ned til fil»).")
    )

    def open_dialog() -> None:
        dialog = PortalReadDialog(ctx, after, page)
        page._portal_dialog = dialog  # type: ignore[attr-defined]  # kept for tests
        dialog.open()

    button.clicked.connect(open_dialog)
    page.portal_button = button  # type: ignore[attr-defined]
    row = QHBoxLayout()
    row.addWidget(button)
    row.addStretch(1)
    return row
