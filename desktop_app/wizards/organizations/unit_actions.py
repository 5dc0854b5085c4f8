"""What the user does to the list of Virksomheter: add a unit by hand (check digit as they type),
remove one added by hand, import a list from a file or pasted text. A part of
:class:`OrganizationsView`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog

from desktop_app.domain.identifiers import check_orgnr, format_orgnr
from desktop_app.domain.organizations import SOURCE_MANUAL, OrgUnit
from desktop_app.services.organizations import ImportOutcome
from desktop_app.views import dialogs
from desktop_app.views.style import STATUS_COLOURS
from desktop_app.wizards.organizations.paste_dialog import PasteDialog
from desktop_app.wizards.organizations.texts import ORGNR_ROLE, unit_detail_text


def tr(text: str) -> str:
    return QCoreApplication.translate("organizations", text)


class UnitActions:
    """Add, remove and import units."""

    # -- by hand ---------------------------------------------------------------------------------
    def _orgnr_typed(self, text: str) -> None:
        digits = sum(ch.isdigit() for ch in text)
        result = check_orgnr(text)
        if not text.strip():
            self.orgnr_feedback.setText("")
        elif result.ok:
            self.orgnr_feedback.setStyleSheet(f"color: {STATUS_COLOURS['ok']};")
            self.orgnr_feedback.setText(tr("✓ Gyldig organisasjonsnummer"))
        elif digits < 9 and not any(ch.isalpha() for ch in text):
            self.orgnr_feedback.setStyleSheet(f"color: {STATUS_COLOURS['muted']};")
            self.orgnr_feedback.setText(tr("{n} av 9 siffer").format(n=digits))
        else:
            self.orgnr_feedback.setStyleSheet(f"color: {STATUS_COLOURS['bad']};")
            self.orgnr_feedback.setText(result.error or "")
        self.add_button.setEnabled(result.ok and self.orgnr_edit.isEnabled())

    def add_by_hand(self) -> None:
        workspace = self.ctx.workspace
        if workspace is None or not check_orgnr(self.orgnr_edit.text()).ok:
            return
        self.add_button.setEnabled(False)
        self.ctx.run(
            self.service.add_unit,
            workspace.id,
            self.orgnr_edit.text(),
            self.name_edit.text(),
            pass_state=False,
            on_result=self._added,
            on_error=self._add_failed,
        )

    def _added(self, unit: OrgUnit) -> None:
        self.orgnr_edit.clear()
        self.name_edit.clear()
        self.orgnr_feedback.setStyleSheet(f"color: {STATUS_COLOURS['ok']};")
        self.orgnr_feedback.setText(
            tr("{orgnr} er lagt til. Navn og status hentes ved neste oppdatering.").format(
                orgnr=format_orgnr(unit.orgnr)
            )
        )
        self._changed()

    def _add_failed(self, exc: BaseException) -> None:
        self.orgnr_feedback.setStyleSheet(f"color: {STATUS_COLOURS['bad']};")
        self.orgnr_feedback.setText(dialogs.user_message(exc))
        self.add_button.setEnabled(check_orgnr(self.orgnr_edit.text()).ok)

    # -- removing a unit added by hand ----------------------------------------------------------
    def selected_unit(self) -> OrgUnit | None:
        orgnr = self.tree.currentIndex().data(ORGNR_ROLE)
        return next((u for u in self.units if u.orgnr == orgnr), None) if orgnr else None

    def _removable(self, unit: OrgUnit | None) -> bool:
        workspace = self.ctx.workspace
        return (
            unit is not None
            and workspace is not None
            and unit.orgnr != workspace.orgnr
            and unit.source == SOURCE_MANUAL
        )

    def _selection_changed(self, *_args: object) -> None:
        unit = self.selected_unit()
        self.remove_button.setEnabled(self._removable(unit))
        self.unit_detail.setText(
            unit_detail_text(unit)
            if unit is not None
            else tr("Velg en enhet i listen for å se hva statusen betyr.")
        )

    def remove_selected(self) -> None:
        unit = self.selected_unit()
        workspace = self.ctx.workspace
        if workspace is None or unit is None or not self._removable(unit):
            return
        label = (
            f"{unit.name} ({format_orgnr(unit.orgnr)})" if unit.name else format_orgnr(unit.orgnr)
        )
        dialogs.confirm(
            self,
            tr("Fjerne enheten?"),
            tr(
                "Vil du fjerne {unit} fra listen over virksomheter? Det blir skrevet i loggen."
            ).format(unit=label),
            lambda: self.ctx.run(
                self.service.remove_unit,
                workspace.id,
                unit.orgnr,
                pass_state=False,
                on_result=self._changed,
                error_title=tr("Enheten ble ikke fjernet"),
            ),
            danger=True,
        )

    def _changed(self, _result: object = None) -> None:
        self.ctx.audit_changed.emit()
        self.reload()

    # -- import -------------------------------------------------------------------------------
    def choose_file(self) -> str:
        """The file to import ("" if none). A seam: tests replace it."""
        path, _ = QFileDialog.getOpenFileName(
            self,
            tr("Velg en liste med organisasjonsnumre"),
            "",
            tr("Tabeller (*.csv *.txt *.xlsx *.xls *.ods);;Alle filer (*)"),
        )
        return path

    def _choose_and_import(self) -> None:
        path = self.choose_file()
        if path:
            self.import_file(path)

    def _paste_and_import(self) -> None:
        dialog = PasteDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.accepted.connect(lambda: self.import_text(dialog.text.toPlainText()))
        dialog.open()

    def import_file(self, path: str) -> None:
        workspace = self.ctx.workspace
        if workspace is None:
            return
        self.import_result.setText(tr("Leser {name} …").format(name=Path(path).name))
        self.ctx.run(
            self.service.import_list,
            workspace.id,
            path,
            source_name=Path(path).name,
            pass_state=False,
            on_result=self._imported,
            on_error=self._import_failed,
        )

    def import_text(self, text: str) -> None:
        workspace = self.ctx.workspace
        if workspace is None:
            return
        self.ctx.run(
            self.service.import_list,
            workspace.id,
            text=text,
            pass_state=False,
            on_result=self._imported,
            on_error=self._import_failed,
        )

    def _imported(self, outcome: ImportOutcome) -> None:
        lines = [tr("{n} lagt til.").format(n=len(outcome.added))]
        if outcome.already:
            lines.append(tr("{n} fantes fra før.").format(n=len(outcome.already)))
        skipped = [e for e in outcome.errors if e.skipped]
        if len(skipped) == 1:
            lines.append(tr("1 linje hoppet over:"))
        elif skipped:
            lines.append(tr("{n} linjer hoppet over:").format(n=len(skipped)))
        lines += [e.reason for e in outcome.errors[:20]]
        if len(outcome.errors) > 20:
            lines.append(tr("… og {n} til.").format(n=len(outcome.errors) - 20))
        self.import_result.setStyleSheet(f"color: {STATUS_COLOURS['bad']};" if skipped else "")
        self.import_result.setText("\n".join(lines))
        self._changed()

    def _import_failed(self, exc: BaseException) -> None:
        self.import_result.setStyleSheet(f"color: {STATUS_COLOURS['bad']};")
        self.import_result.setText(dialogs.user_message(exc))
