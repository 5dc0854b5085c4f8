"""What the user does to the approved list and to who has access: edit, add and remove readers,
approve and add holders, import a list, read from Altinn, grant and revoke. A part of
:class:`ConfidentialAccessPage`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QTableWidget

from desktop_app.domain.access import ApprovedReader, Holder
from desktop_app.services.confidential_access import GrantPerson, HolderImport
from desktop_app.views import dialogs
from desktop_app.views.domain_text import dtr, failures_text
from desktop_app.wizards.confidential_access.grant_dialog import GrantDialog


def tr(text: str) -> str:
    return QCoreApplication.translate("confidential_access", text)


class HolderActions:
    """The buttons of the approved list and of who has access."""

    def edit_selected_reader(self) -> None:
        reader = self._selected(self.approved_table, getattr(self, "_approved_shown", []))
        if not isinstance(reader, ApprovedReader) or reader.id is None:
            return
        self.editing = reader
        self.reader_name.setText(reader.name)
        self.reader_email.setText(reader.email)
        self.reader_mobile.setText(reader.mobile)
        self.reader_by.setText(reader.approved_by)
        self.reader_reason.setCurrentIndex(self.reader_reason.findData(reader.reason))
        self.reader_box.setTitle(tr("Endre godkjent leser: {name}").format(name=reader.name))
        self.add_reader_button.setText(tr("Lagre endringen"))
        self.cancel_edit_button.setVisible(True)
        self.reader_error.setText("")
        self.reader_name.setFocus()

    def cancel_edit(self) -> None:
        self.editing = None
        for field in (self.reader_name, self.reader_email, self.reader_mobile):
            field.clear()
        self.reader_box.setTitle(tr("Legg til godkjent leser"))
        self.add_reader_button.setText(tr("Legg til på godkjent-listen"))
        self.cancel_edit_button.setVisible(False)
        self.reader_error.setText("")

    def add_reader(self) -> None:
        ws, orgnr = self.ctx.workspace, self.current_orgnr()
        if ws is None or orgnr is None:
            return
        if self.editing is not None:
            self._save_edit(ws.id)
            return
        reason = self.reader_reason.currentData()
        args = (
            ws.id,
            orgnr,
            self.reader_name.text(),
            self.reader_email.text(),
            reason,
            self.reader_mobile.text(),
            self.reader_by.text(),
        )

        def done(reader: ApprovedReader) -> None:
            self.reader_error.setText("")
            for field in (self.reader_name, self.reader_email, self.reader_mobile):
                field.clear()
            self._after(reader)

        self.ctx.run(
            self.service.add_approved,
            *args,
            pass_state=False,
            on_result=done,
            on_error=lambda exc: self.reader_error.setText(dialogs.user_message(exc)),
        )

    def _save_edit(self, workspace_id: int) -> None:
        before = self.editing
        assert before is not None and before.id is not None

        def done(reader: ApprovedReader) -> None:
            self.cancel_edit()
            self._after(reader)

        self.ctx.run(
            self.service.update_approved,
            workspace_id,
            before.id,
            self.reader_name.text(),
            self.reader_email.text(),
            self.reader_reason.currentData(),
            self.reader_mobile.text(),
            self.reader_by.text(),
            pass_state=False,
            owner=self,
            on_result=done,
            on_error=lambda exc: self.reader_error.setText(dialogs.user_message(exc)),
        )

    def _selected(self, table: QTableWidget, shown: list) -> object | None:
        rows = table.selectionModel().selectedRows()
        return shown[rows[0].row()] if rows and rows[0].row() < len(shown) else None

    def remove_reader(self) -> None:
        ws = self.ctx.workspace
        reader = self._selected(self.approved_table, getattr(self, "_approved_shown", []))
        if ws is None or not isinstance(reader, ApprovedReader) or reader.id is None:
            return

        def go() -> None:
            self.ctx.run(
                self.service.remove_approved,
                ws.id,
                reader.id,
                pass_state=False,
                on_result=self._after,
            )

        dialogs.confirm(
            self,
            tr("Fjern fra godkjent-listen"),
            tr(
                "Fjerne {name} fra godkjent-listen for {unit}? Tilgangen i Altinn "
                "fjernes ikke av dette."
            ).format(name=reader.name, unit=self._unit_name(reader.orgnr)),
            go,
            danger=True,
        )

    def approve_selected_holder(self) -> None:
        """Fill in the approved-list form with the selected holder; the user picks why."""
        holder = self._selected(self.holders_table, getattr(self, "_holders_shown", []))
        if not isinstance(holder, Holder):
            return
        self.reader_name.setText(holder.name)
        self.reader_email.setText(holder.email)
        self.reader_error.setText(
            tr(
                "Velg hvorfor {name} skal ha tilgangen, og trykk «Legg til på godkjent-listen»."
            ).format(name=holder.name)
        )
        self.tabs.setCurrentIndex(1)
        self.reader_reason.setFocus()

    def add_holder(self) -> None:
        ws, orgnr = self.ctx.workspace, self.current_orgnr()
        if ws is None or orgnr is None:
            return

        def done(holder: Holder) -> None:
            self.holder_error.setText("")
            self.holder_name.clear()
            self.holder_email.clear()
            self._after(holder)

        self.ctx.run(
            self.service.add_holder,
            ws.id,
            orgnr,
            self.holder_name.text(),
            self.holder_email.text(),
            [self.holder_grant.currentData()],
            pass_state=False,
            on_result=done,
            on_error=lambda exc: self.holder_error.setText(dialogs.user_message(exc)),
        )

    def ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            tr("Importer liste over tilganger"),
            str(Path.home()),
            tr("Lister (*.csv *.txt *.xlsx *.xls *.ods);;Alle filer (*)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        ws = self.ctx.workspace
        if ws is None:
            return
        self.import_status.setText(tr("Leser «{name}» …").format(name=path.name))

        def done(result: HolderImport) -> None:
            text = (
                tr("1 tilgang lest inn fra «{name}».")
                if len(result.holders) == 1
                else tr("{n} tilganger lest inn fra «{name}».")
            ).format(n=len(result.holders), name=path.name)
            if result.errors:
                text += " " + (
                    tr("1 linje ble hoppet over:")
                    if len(result.errors) == 1
                    else tr("{n} linjer ble hoppet over:").format(n=len(result.errors))
                )
                text += "\n" + "\n".join(dtr(e.reason) for e in result.errors[:20])
            self.import_status.setText(text)
            self._after(result)

        def failed(exc: BaseException) -> None:
            self.import_status.setText(tr("Listen ble ikke lest inn."))
            dialogs.show_error(self, exc, tr("Listen ble ikke lest inn"))

        self.ctx.run(
            lambda state: self.service.import_holders(ws.id, path, state, path.name),
            on_result=done,
            on_error=failed,
        )

    def refresh_from_altinn(self) -> None:
        ws, api = self.ctx.workspace, self.api
        if ws is None or api is None:
            return
        self.import_status.setText(tr("Leser tilganger fra Altinn …"))

        def done(failed: list[tuple[str, str]]) -> None:
            if failed:
                self.import_status.setText(
                    tr("Tilgangene er lest for {ok} virksomheter. Ikke lest for:").format(
                        ok=len(self.units) - len(failed)
                    )
                    + "\n"
                    + failures_text(failed)
                )
            else:
                self.import_status.setText(tr("Tilgangene er lest fra Altinn."))
            self._after(failed)

        self.ctx.run(
            lambda state: self.service.refresh_holders(api, ws.id, state),
            on_result=done,
            error_title=tr("Tilgangene ble ikke lest fra Altinn"),
            environment_bound=True,
        )

    def grant_selected(self) -> None:
        reader = self._selected(self.approved_table, getattr(self, "_approved_shown", []))
        if not isinstance(reader, ApprovedReader):
            return
        if self.api is None:
            self.tabs.setCurrentIndex(2)
            dialogs.inform(
                self,
                tr("Gi tilgang i Altinn-portalen"),
                tr(
                    "Du er ikke logget inn i Altinn fra Postvakt. Følg stegene til "
                    "høyre for å gi {name} tilgangen, og før den opp her etterpå."
                ).format(name=reader.name),
            )
            return
        dialog = GrantDialog(reader, self._unit_name(reader.orgnr), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.accepted.connect(
            lambda: self.grant(reader, dialog.identifier.text(), dialog.last_name.text())
        )
        self.grant_dialog = dialog
        dialog.open()

    def grant(self, reader: ApprovedReader, identifier: str, last_name: str) -> None:
        ws, api = self.ctx.workspace, self.api
        if ws is None or api is None:
            return
        person = GrantPerson(identifier, last_name, reader.name, reader.email)

        self.ctx.run(
            self.service.grant,
            api,
            ws.id,
            reader.orgnr,
            person,
            pass_state=False,
            on_result=self._after,
            on_error=lambda exc: dialogs.show_error(self, exc, tr("Tilgangen ble ikke gitt")),
        )

    def revoke_selected(self) -> None:
        ws = self.ctx.workspace
        holder = self._selected(self.holders_table, getattr(self, "_holders_shown", []))
        if ws is None or not isinstance(holder, Holder):
            return
        api = self.api
        if api is not None:
            text = tr(
                "Fjerne tilgangen til taushetsbelagt post for {name} i {unit}? Altinn "
                "fjerner den med en gang, og {name} ser ikke lenger posten."
            )
        else:
            text = tr(
                "Har du fjernet tilgangen for {name} i {unit} i Altinn-portalen? Da "
                "fjernes {name} fra listen her. (Stegene står til høyre.)"
            )

        def go() -> None:
            self.ctx.run(
                self.service.revoke,
                api,
                ws.id,
                holder,
                pass_state=False,
                on_result=self._after,
                on_error=lambda exc: dialogs.show_error(
                    self, exc, tr("Tilgangen ble ikke fjernet")
                ),
            )

        dialogs.confirm(
            self,
            tr("Fjern tilgang"),
            text.format(name=holder.name, unit=self._unit_name(holder.orgnr)),
            go,
            danger=True,
        )
