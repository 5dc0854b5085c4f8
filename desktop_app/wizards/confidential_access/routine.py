"""The matrix export and the routine of Taushetsbelagt post: save its settings, record a review,
export it as PDF or ODT. A part of :class:`ConfidentialAccessPage`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from desktop_app.domain.access import RoutineSettings
from desktop_app.services.confidential_access import RoutineState, default_export_name
from desktop_app.views import dialogs
from desktop_app.views.pdf import write_pdf
from desktop_app.wizards.confidential_access.routine_file import save_odt


def tr(text: str) -> str:
    return QCoreApplication.translate("confidential_access", text)


class RoutineActions:
    """The export of the matrix and the routine tab's buttons."""

    def ask_export_matrix(self) -> None:
        ws = self.ctx.workspace
        if ws is None:
            return
        xlsx, csv = tr("Excel-arbeidsbok (*.xlsx)"), tr("CSV for Excel (*.csv)")
        path, chosen = QFileDialog.getSaveFileName(
            self,
            tr("Eksporter oversikten"),
            str(Path.home() / "taushetsbelagt-post-oversikt.xlsx"),
            f"{xlsx};;{csv}",
        )
        if path:
            target = Path(path)
            if target.suffix.lower() not in (".xlsx", ".csv"):
                target = target.with_suffix(".csv" if chosen == csv else ".xlsx")
            self.export_matrix_to(target)

    def export_matrix_to(self, path: Path) -> None:
        ws = self.ctx.workspace
        if ws is None:
            return
        self.ctx.run(
            self.service.export_matrix,
            ws.id,
            path,
            pass_state=False,
            on_result=lambda n: self.summary.setText(
                self.summary.text().split("\n")[0]
                + "\n"
                + tr("Oversikten ({n} organisasjonsnumre) er lagret i {path}.").format(
                    n=n, path=path
                )
            ),
            on_error=lambda exc: dialogs.show_error(
                self, exc, tr("Oversikten ble ikke eksportert")
            ),
        )

    # -- routine --------------------------------------------------------------------------
    def routine_settings(self) -> RoutineSettings:
        return RoutineSettings(
            self.approver_title.text().strip(),
            self.approver_name.text().strip(),
            self.administrator.text().strip(),
            self.review_months.value(),
            self.reviewer.text().strip(),
            self.notes.toPlainText().strip(),
        )

    def save_routine(self, then=None) -> None:
        ws = self.ctx.workspace
        if ws is None:
            return
        settings = self.routine_settings()

        def done(state: RoutineState) -> None:
            self.routine_error.setText("")
            self.routine_state = state
            self._fill_routine()
            if then is not None:
                then()

        self.ctx.run(
            self.service.save_routine,
            ws.id,
            settings,
            pass_state=False,
            on_result=done,
            on_error=lambda exc: self.routine_error.setText(dialogs.user_message(exc)),
        )

    def record_review(self) -> None:
        ws = self.ctx.workspace
        if ws is None or self.routine_state is None or not self.routine_state.saved:
            self.routine_error.setText(tr("Lagre rutinen først."))
            return
        reviewer = self.reviewer.text().strip() or self.approver_name.text().strip()

        def done(state: RoutineState) -> None:
            self.routine_state = state
            self._fill_routine()

        self.ctx.run(self.service.record_review, ws.id, reviewer, pass_state=False, on_result=done)

    def ask_export(self, suffix: str) -> None:
        ws = self.ctx.workspace
        if ws is None:
            return
        name = default_export_name(ws.name, suffix)
        filt = tr("PDF (*.pdf)") if suffix == ".pdf" else tr("OpenDocument-tekst (*.odt)")
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Eksporter rutinen"), str(Path.home() / name), filt
        )
        if path:
            target = Path(path)
            if target.suffix.lower() != suffix:
                target = target.with_suffix(suffix)
            self.export_to(target)

    def export_to(self, path: Path) -> None:
        """Save the routine as it stands in the form, then write it to ``path``."""
        ws = self.ctx.workspace
        if ws is None:
            return
        title = tr("Rutine for taushetsbelagt post")

        def writer(html: str, target: Path) -> Path:
            if target.suffix.lower() == ".odt":
                return save_odt(html, target, title)
            return write_pdf(html, target, title=title)

        def write() -> None:
            self.ctx.run(
                self.service.export_routine,
                ws.id,
                path,
                writer,
                pass_state=False,
                on_result=lambda p: self.export_status.setText(
                    tr("Rutinen er lagret i {path}.").format(path=p)
                ),
                on_error=lambda exc: dialogs.show_error(
                    self, exc, tr("Rutinen ble ikke eksportert")
                ),
            )

        self.save_routine(then=write)
