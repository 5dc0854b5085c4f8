"""The letters of Varslingsplan (one typed in, or a list imported from CSV/Excel) and the export of
the plan. A part of :class:`NoticePlannerPage`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog

from desktop_app.domain.notices import Letter
from desktop_app.domain.numbers import group_digits as _num
from desktop_app.services.notice_plan import ImportedLetters, import_letters
from desktop_app.views import dialogs
from desktop_app.views.domain_text import dtr
from desktop_app.views.style import STATUS_COLOURS


def tr(text: str) -> str:
    return QCoreApplication.translate("notice_planner", text)


@dataclass
class Letters:
    letters: list[Letter]
    lines: list[int | None]
    source: str  # "single" or "list"


class LetterActions:
    """Import, clear and export; the contactability dialog."""

    def open_contactability(self) -> None:
        from desktop_app.wizards.notice_plan.contactability import ContactabilityDialog

        dialog = ContactabilityDialog(self.ctx, self, krr_token=self.ctx.krr_token_provider())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.contact_dialog = dialog
        dialog.show()

    def ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            tr("Importer liste over brev"),
            str(Path.home()),
            tr("Lister (*.csv *.txt *.xlsx *.xls *.ods);;Alle filer (*)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        if self._importing:
            return
        self._importing = True
        self.import_button.setEnabled(False)
        self.import_status.setText(tr("Leser «{name}» …").format(name=path.name))

        def finished() -> None:
            self._importing = False
            self.import_button.setEnabled(True)

        def failed(exc: BaseException) -> None:
            self.import_status.setText(tr("Listen ble ikke lest inn."))
            dialogs.show_error(self, exc, tr("Listen ble ikke lest inn"))

        self.ctx.run(
            import_letters,
            path,
            pass_state=False,
            owner=self,
            on_result=self._imported,
            on_error=failed,
            on_finished=finished,
        )

    def _imported(self, result: ImportedLetters) -> None:
        self.imported = result
        n = len(result.letters)
        text = tr("{n} brev fra «{name}».").format(n=_num(n), name=result.file_name)
        if result.notes:
            text += " " + " ".join(dtr(note) for note in result.notes)
        self.import_status.setText(text)
        self.import_status.setStyleSheet("")
        self._show_import_errors(result)
        self.list_radio.setEnabled(bool(result.letters))
        self.clear_button.setVisible(True)
        if result.letters:
            if self.list_radio.isChecked():
                self._request_plan()
            else:
                self.list_radio.setChecked(True)

    def _show_import_errors(self, result: ImportedLetters | None) -> None:
        self.errors_list.clear()
        errors = result.errors if result is not None else []
        if not errors:
            self.errors_label.setVisible(False)
            self.errors_list.setVisible(False)
            return
        skipped = sum(1 for e in errors if e.skipped)
        if skipped == 1:
            title = tr("1 rad ble ikke lest inn. De andre radene er med i planen:")
        else:
            title = tr("{n} rader ble ikke lest inn. De andre radene er med i planen:").format(
                n=_num(skipped)
            )
        self.errors_label.setText(title)
        shown = errors[:500]
        self.errors_list.addItems([dtr(e.reason) for e in shown])
        if len(errors) > len(shown):
            self.errors_list.addItem(tr("… og {n} til.").format(n=_num(len(errors) - len(shown))))
        self.errors_label.setVisible(True)
        self.errors_list.setVisible(True)

    def clear_list(self) -> None:
        self.imported = None
        self.single_radio.setChecked(True)
        self.list_radio.setEnabled(False)
        self.clear_button.setVisible(False)
        self.import_status.setText(
            tr("CSV eller Excel med kolonnene Referanse, Sendt, Tilgjengelig og Lest.")
        )
        self.import_status.setStyleSheet(f"color: {STATUS_COLOURS['muted']};")
        self._show_import_errors(None)
        self._request_plan()

    # -- export ------------------------------------------------------------------------
    def ask_export(self) -> None:
        if self.plan is None:
            return
        default = str(Path.home() / f"varslingsplan-{date.today():%Y-%m-%d}.csv")
        csv_filter = tr("CSV for Excel (*.csv)")
        xlsx_filter = tr("Excel-arbeidsbok (*.xlsx)")
        path, chosen = QFileDialog.getSaveFileName(
            self, tr("Eksporter planen"), default, f"{csv_filter};;{xlsx_filter}"
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".csv", ".xlsx"):
            target = target.with_name(target.name + (".xlsx" if chosen == xlsx_filter else ".csv"))
        self.export_to(target)

    def export_to(self, path: Path) -> None:
        plan = self.plan
        if plan is None or self._exporting:
            return
        self._exporting = True
        self.export_button.setEnabled(False)

        def done(rows: int) -> None:
            dialogs.inform(
                self,
                tr("Planen er eksportert"),
                tr("{n} rader er lagret i {path}.").format(n=_num(rows), path=path),
            )

        def finished() -> None:
            self._exporting = False
            self.export_button.setEnabled(self.plan is not None and bool(self.plan.rows))

        ws = self.ctx.workspace
        self.ctx.run(
            self.ctx.services.notice_plan.export,
            plan,
            path,
            ws.id if ws is not None else None,
            pass_state=False,
            owner=self,
            on_result=done,
            on_error=lambda exc: dialogs.show_error(self, exc, tr("Planen ble ikke lagret")),
            on_finished=finished,
        )
