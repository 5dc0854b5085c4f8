"""What Regionoversikt writes and reads: the overview as Excel or PDF, status files from other
machines (import, export, remove), and the routine that writes this machine's. A part of
:class:`RegionPage`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog

from desktop_app.services.region import SOURCE_FILE, RegionRow
from desktop_app.views import dialogs
from desktop_app.views.printing import Printable


def tr(text: str) -> str:
    return QCoreApplication.translate("region", text)


class FileActions:
    """Save the overview; status files; the routine."""

    # -- saving the overview ---------------------------------------------------------------
    def visible_rows(self) -> list[RegionRow]:
        return [
            self.model.rows[self.proxy.mapToSource(self.proxy.index(i, 0)).row()]
            for i in range(self.proxy.rowCount())
        ]

    def printable(self) -> Printable | None:
        """The overview as its PDF has it (the rows shown), to print (Ctrl+P)."""
        rows = self.visible_rows()
        if not rows:
            return None
        region, today = self.ctx.services.region, self.model.today
        return Printable(tr("Regionoversikt"), lambda: region.overview_html(rows, today))

    def ask_save(self, suffix: str) -> None:
        filters = {".xlsx": tr("Excel-arbeidsbok (*.xlsx)"), ".pdf": tr("PDF (*.pdf)")}
        path, _ = QFileDialog.getSaveFileName(
            self,
            tr("Lagre regionoversikten"),
            str(Path.home() / f"regionoversikt-{date.today().isoformat()}{suffix}"),
            filters[suffix],
        )
        if path:
            chosen = Path(path)
            if chosen.suffix.casefold() != suffix:
                chosen = chosen.with_name(chosen.name + suffix)
            self.save_to(chosen)

    def save_to(self, path: Path) -> None:
        rows = self.visible_rows()
        region = self.ctx.services.region

        def done(written: Path) -> None:
            dialogs.inform(
                self, tr("Lagret"), tr("Regionoversikten er lagret i {path}.").format(path=written)
            )

        def failed(exc: BaseException) -> None:
            dialogs.show_error(self, exc, tr("Regionoversikten ble ikke lagret"))

        if path.suffix.casefold() == ".pdf":
            from desktop_app.views.pdf import write_pdf

            html = region.overview_html(rows, self.model.today)
            self.ctx.run(
                write_pdf, html, path, pass_state=False, owner=self, on_result=done, on_error=failed
            )
        else:
            self.ctx.run(
                region.export_xlsx,
                rows,
                path,
                self.model.today,
                pass_state=False,
                owner=self,
                on_result=done,
                on_error=failed,
            )

    # -- status files -----------------------------------------------------------------------
    def ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            tr("Hent inn statusfil"),
            str(Path.home()),
            tr("Statusfil fra Postvakt (*.json);;Alle filer (*)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path, trust: str | None = None) -> None:
        from desktop_app.services.status_file import WHAT_IT_PROVES, KeyNotTrusted

        def failed(exc: BaseException) -> None:
            if isinstance(exc, KeyNotTrusted):
                dialogs.confirm(
                    self,
                    tr("Stemmer fingeravtrykket?"),
                    exc.message
                    + "\n\n"
                    + WHAT_IT_PROVES
                    + "\n\n"
                    + tr("Godta nøkkelen og hent inn filen?"),
                    lambda: self.import_file(path, exc.status.fingerprint),
                    danger=True,
                )
                return
            dialogs.show_error(self, exc, tr("Statusfilen ble ikke hentet inn"))

        def done(outcome) -> None:
            self.refresh()
            dialogs.inform(self, tr("Statusfil"), outcome.message)

        self.ctx.run(
            self.ctx.services.status_files.import_file,
            path,
            trust,
            pass_state=False,
            owner=self,
            on_result=done,
            on_error=failed,
        )

    def ask_export_status(self) -> None:
        workspace = self.ctx.workspace
        if workspace is None:
            return
        safe = "".join(c if c.isalnum() else "-" for c in workspace.name).strip("-").lower()
        path, _ = QFileDialog.getSaveFileName(
            self,
            tr("Lag statusfil"),
            str(Path.home() / f"statusfil-{safe}.json"),
            tr("Statusfil fra Postvakt (*.json)"),
        )
        if path:
            self.export_status(Path(path))

    def export_status(self, path: Path) -> None:
        workspace = self.ctx.workspace
        if workspace is None:
            return
        from desktop_app.services.status_file import WHAT_IT_PROVES

        def done(status) -> None:
            self.ctx.audit_changed.emit()
            dialogs.inform(
                self,
                tr("Statusfilen er laget"),
                tr(
                    "Statusfilen er lagret i {path}. Send den til koordinatoren.\n\n"
                    "Første gang: les dette fingeravtrykket opp for koordinatoren på telefon (ikke "
                    "i samme e-post som filen):\n\n{fp}\n\n"
                ).format(path=path, fp=status.fingerprint)
                + WHAT_IT_PROVES,
            )

        self.ctx.run(
            self.ctx.services.status_files.export,
            workspace.id,
            path,
            pass_state=False,
            owner=self,
            on_result=done,
            error_title=tr("Statusfilen ble ikke laget"),
        )

    def ask_remove(self) -> None:
        row = self.selected_row()
        if row is None or row.source != SOURCE_FILE:
            return
        dialogs.confirm(
            self,
            tr("Fjern statusfilen"),
            tr(
                "Ta {name} ut av regionoversikten? Nøkkelen kommunen signerer med, huskes, så neste "
                "fil derfra hentes inn uten ny kontroll."
            ).format(name=row.name),
            lambda: self.ctx.run(
                self.ctx.services.status_files.remove,
                row.orgnr,
                pass_state=False,
                owner=self,
                on_result=lambda _r: self.refresh(),
            ),
        )

    # -- routines ---------------------------------------------------------------------------
    def open_routine(self) -> None:
        row = self.selected_row()
        if row is None or row.workspace_id is None:
            return
        from desktop_app.views.routine_dialog import RoutineDialog

        dialog = RoutineDialog(self.ctx, row.workspace_id, row.name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.changed.connect(self.refresh)
        dialog.open()
        self.routine_dialog = dialog
