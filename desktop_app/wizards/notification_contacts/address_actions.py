"""What the user does to the notification addresses: add, change, remove (never the last one),
read them from Altinn, copy the instruction, export. A part of :class:`NotificationContactsPage`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog

from desktop_app.domain.contacts import NotificationAddress, can_remove
from desktop_app.services.confidential_access import save_text
from desktop_app.views import dialogs
from desktop_app.views.domain_text import dtr, failures_text


def tr(text: str) -> str:
    return QCoreApplication.translate("notification_contacts", text)


class AddressActions:
    """The buttons of the addresses and of the instruction."""

    def add_address(self) -> None:
        ws, orgnr = self.ctx.workspace, self.unit_combo.currentData()
        if ws is None or orgnr is None:
            return
        text = self.address_edit.text()

        def done(a: NotificationAddress) -> None:
            self.address_edit.clear()
            self._done(a)

        self.ctx.run(
            self.service.add,
            self.api,
            ws.id,
            orgnr,
            text,
            pass_state=False,
            on_result=done,
            on_error=self._failed,
        )

    def change_address(self) -> None:
        ws, a = self.ctx.workspace, self.selected_address()
        if ws is None or a is None:
            return
        self.ctx.run(
            self.service.change,
            self.api,
            ws.id,
            a,
            self.address_edit.text(),
            pass_state=False,
            on_error=self._failed,
            on_result=self._done,
        )

    def remove_address(self) -> None:
        ws, a = self.ctx.workspace, self.selected_address()
        if ws is None or a is None:
            return
        why = can_remove(self.addresses, a)
        if why:
            self.error.setText(dtr(why))
            return

        def go() -> None:
            self.ctx.run(
                self.service.remove,
                self.api,
                ws.id,
                a,
                pass_state=False,
                on_error=self._failed,
                on_result=self._done,
            )

        dialogs.confirm(
            self,
            tr("Fjern varslingsadresse"),
            tr(
                "Fjerne {address} som varslingsadresse? Den får ikke lenger beskjed "
                "om ny post til virksomheten."
            ).format(address=a.shown),
            go,
            danger=True,
        )

    def refresh_from_altinn(self) -> None:
        ws, api = self.ctx.workspace, self.api
        if ws is None or api is None:
            return

        def done(failed: list[tuple[str, str]]) -> None:
            self.error.setText(failures_text(failed))
            self.reload()

        self.ctx.run(
            self.service.refresh,
            api,
            ws.id,
            pass_state=False,
            on_result=done,
            error_title=tr("Adressene ble ikke lest fra Altinn"),
        )

    def copy_instruction(self) -> None:
        QGuiApplication.clipboard().setText(self.instruction_text.toPlainText())

    def ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            tr("Lagre beskjedene"),
            str(Path.home() / "varsling-beskjeder.txt"),
            tr("Tekstfil (*.txt)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        text = ("\n\n" + "-" * 60 + "\n\n").join(p.text for p in self.instructions)
        self.ctx.run(
            save_text,
            path,
            text + "\n",
            pass_state=False,
            on_result=lambda p: self.error.setText(
                tr("Beskjedene er lagret i {path}.").format(path=p)
            ),
            on_error=lambda exc: dialogs.show_error(self, exc, tr("Beskjedene ble ikke lagret")),
        )
