"""Varsling: who hears about new post to each org number.

Left: the org number's notification addresses (list, add, change, remove; never the last
one), checked as Altinn checks them. Right: what is wrong across the workspace (flags), and
an instruction for each approved reader to set their own personal address, which only they
can do. Rules in :mod:`desktop_app.domain.contacts` and :mod:`desktop_app.domain.access`;
storage and Altinn calls in :mod:`desktop_app.services.notification_contacts`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QSplitter, QTableWidgetItem, QVBoxLayout, QWidget

from desktop_app.domain.access import FLAG_LABELS, Flag, FlagKind, UnitRef
from desktop_app.domain.contacts import KIND_LABELS, NotificationAddress, can_remove
from desktop_app.domain.identifiers import format_orgnr
from desktop_app.services.notification_contacts import NotificationApi, PersonalInstruction
from desktop_app.views import dialogs
from desktop_app.views.context import AppContext
from desktop_app.views.domain_text import dtr
from desktop_app.views.freshness import ACCESS_TOPICS, Freshness
from desktop_app.views.guide_view import page_guides
from desktop_app.views.widgets import page_header
from desktop_app.wizards.access_plan import VARSLING, PlanDialog
from desktop_app.wizards.notification_contacts.address_actions import AddressActions
from desktop_app.wizards.notification_contacts.sections import ContactSections


def tr(text: str) -> str:
    return QCoreApplication.translate("notification_contacts", text)


FLAG_COLOURS = {
    FlagKind.NO_ADDRESS: "#8c1d18",
    FlagKind.CANNOT_READ: "#8c1d18",
    FlagKind.NOT_APPROVED: "#5c3d00",
}


class NotificationContactsPage(ContactSections, AddressActions, QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = ctx.services.notifications
        self.api: NotificationApi | None = None
        self.units: list[UnitRef] = []
        self.addresses: list[NotificationAddress] = []
        self.flags: list[Flag] = []
        self.instructions: list[PersonalInstruction] = []
        self.guides = page_guides("notification_contacts")

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 12)
        page_header(
            outer,
            tr("Varsling"),
            tr(
                "Varslingsadressene får beskjed når det kommer post til "
                "organisasjonsnummeret. Bare de som kan lese den taushetsbelagte posten, "
                "bør få varslene, og hvert organisasjonsnummer må ha minst én adresse."
            ),
        )
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        outer.addWidget(self.summary)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_addresses())
        splitter.addWidget(self._build_right())
        splitter.setSizes([560, 560])
        outer.addWidget(splitter, 1)

        # Units, readers or addresses may change on another page: read again when shown after
        # such a change (not on every show).
        self.freshness = Freshness(self, ctx, ACCESS_TOPICS, self.reload)
        ctx.workspace_changed.connect(self.reload)
        self.reload()

    def set_notification_api(self, api: NotificationApi | None) -> None:
        """Use Altinn's Profile API through ``api`` (after sign-in), or keep the list by hand."""
        self.api = api
        self.refresh_button.setEnabled(api is not None)
        self.api_status.setText(self._api_text())

    def show_api_unavailable(self, exc: BaseException) -> None:
        """Signed in, but Altinn's API for this is off or the sign-in lacks the scope."""
        self.api_status.setText(
            tr(
                "Logget inn, men Altinn lar ikke Postvakt gjøre dette direkte: {why} Bruk stegene "
                "for portalen."
            ).format(why=dialogs.user_message(exc))
        )

    def _api_text(self) -> str:
        if self.api is not None:
            return tr("Koblet til Altinn: endringer lagres i Altinn med en gang.")
        return tr(
            "Ikke logget inn i Altinn: før opp adressene slik de står i Altinn, og endre "
            "dem i portalen (stegene under)."
        )

    # -- loading --------------------------------------------------------------------------
    def reload(self, *_args: object) -> None:
        self.freshness.read()
        ws = self.ctx.workspace
        if ws is None:
            self.ctx.drop_latest("overview", self)  # an answer for the workspace left
            self._show(None)
            return
        wanted = ws.id
        guide = self.guides.get("personlig-varsling")

        def load() -> dict:
            return {
                "units": self.service.access.units(wanted),
                "addresses": self.service.addresses(wanted),
                "flags": self.service.flags(wanted),
                "known": self.service.known_units(wanted),
                "instructions": self.service.instructions(wanted, guide) if guide else [],
            }

        self.ctx.run(
            load,
            pass_state=False,
            owner=self,
            latest="overview",  # another workspace chosen meanwhile: its answer wins
            on_result=self._show,
            error_title=tr("Varslingsadressene ble ikke lest inn"),
        )

    def _show(self, data: dict | None) -> None:
        data = data or {"units": [], "addresses": [], "flags": [], "instructions": []}
        known = data.get("known", set())
        current = self.unit_combo.currentData()
        self.units, self.addresses = data["units"], data["addresses"]
        self.flags, self.instructions = data["flags"], data["instructions"]
        self.unit_combo.blockSignals(True)
        self.unit_combo.clear()
        for u in self.units:
            n = sum(1 for a in self.addresses if a.orgnr == u.orgnr)
            if n:
                mark = ""
            elif u.orgnr in known:
                mark = "  ✖ " + tr("ingen adresse")
            else:
                mark = "  ? " + tr("ukjent")
            self.unit_combo.addItem(f"{u.name} ({format_orgnr(u.orgnr)}){mark}", u.orgnr)
        i = self.unit_combo.findData(current) if current else 0
        self.unit_combo.setCurrentIndex(max(i, 0))
        self.unit_combo.blockSignals(False)
        n = len(self.units)
        unknown = sum(1 for u in self.units if u.orgnr not in known)
        without = sum(
            1
            for u in self.units
            if u.orgnr in known and not any(a.orgnr == u.orgnr for a in self.addresses)
        )
        if n and unknown == n:
            text = tr(
                "Ukjent: Postvakt har ikke lest varslingsadressene fra Altinn for de {n} "
                "organisasjonsnumrene. Logg inn og les dem, eller før dem inn."
            ).format(n=n)
        elif without:
            text = tr("{without} av {n} organisasjonsnumre har ingen varslingsadresse.").format(
                without=without, n=n
            )
        else:
            text = tr(
                "Alle {n} organisasjonsnumre Postvakt kjenner, har minst én varslingsadresse."
            ).format(n=n - unknown)
        if unknown and unknown < n:
            text += " " + tr("{u} er ukjent: ikke lest fra Altinn ennå.").format(u=unknown)
        flags = len(self.flags)
        if flags == 1:
            text += " " + tr("Ett forhold bør rettes (se listen under).")
        elif flags:
            text += " " + tr("{flags} forhold bør rettes (se listen under).").format(flags=flags)
        self.summary.setText(text)
        self.flag_list.clear()
        names = {u.orgnr: u.name for u in self.units}
        for f in self.flags:
            self.flag_list.addItem(
                f"{dtr(FLAG_LABELS[f.kind])} – {names.get(f.orgnr, f.orgnr)}: {dtr(f.text)}"
            )
            item = self.flag_list.item(self.flag_list.count() - 1)
            item.setForeground(QBrush(QColor(FLAG_COLOURS[f.kind])))
            item.setData(Qt.ItemDataRole.UserRole, f.orgnr)
        if not self.flags and self.units:  # «nothing to fix» only about what is known
            if unknown == n:
                nothing = tr(
                    "? Ukjent: ingenting er lest fra Altinn ennå, så Postvakt kan ikke si om "
                    "noe bør rettes."
                )
            elif unknown:
                nothing = tr(
                    "✔ Ingenting å rette for de {k} Postvakt kjenner; {u} er ukjent."
                ).format(k=n - unknown, u=unknown)
            else:
                nothing = tr(
                    "✔ Ingenting å rette: alle har adresse, og alle som varsles, kan lese posten."
                )
            self.flag_list.addItem(nothing)
        self.person_combo.blockSignals(True)
        self.person_combo.clear()
        for p in self.instructions:
            self.person_combo.addItem(p.name)
        self.person_combo.blockSignals(False)
        self._show_instruction()
        self._fill_addresses()
        self.changed.emit()

    def unit_addresses(self) -> list[NotificationAddress]:
        orgnr = self.unit_combo.currentData()
        return [a for a in self.addresses if a.orgnr == orgnr]

    def _fill_addresses(self) -> None:
        shown = self.unit_addresses()
        owners = {}
        for p in self.instructions:
            owners[p.name] = p
        self.table.setRowCount(len(shown))
        flagged = {(f.orgnr, f.address): f for f in self.flags if f.address}
        for i, a in enumerate(shown):
            flag = flagged.get((a.orgnr, a.value))
            who = tr("Godkjent leser") if flag is None else dtr(FLAG_LABELS[flag.kind])
            # Typed in by hand and not (yet) confirmed by a read from Altinn: said so.
            source = tr("Altinn") if a.source == "api" else tr("Ført inn for hånd")
            items = [
                QTableWidgetItem(a.shown),
                QTableWidgetItem(dtr(KIND_LABELS[a.kind])),
                QTableWidgetItem(who),
                QTableWidgetItem(source),
            ]
            for c, item in enumerate(items):
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if flag is not None and c == 2:
                    item.setForeground(QBrush(QColor(FLAG_COLOURS[flag.kind])))
                    item.setToolTip(dtr(flag.text))
                self.table.setItem(i, c, item)
        self._selection_changed()

    def selected_address(self) -> NotificationAddress | None:
        rows = self.table.selectionModel().selectedRows()
        shown = self.unit_addresses()
        return shown[rows[0].row()] if rows and rows[0].row() < len(shown) else None

    def _selection_changed(self) -> None:
        a = self.selected_address()
        self.change_button.setEnabled(a is not None)
        self.remove_button.setEnabled(a is not None)
        if a is not None:
            why = can_remove(self.addresses, a)
            self.remove_button.setToolTip(dtr(why) if why else "")
            self.address_edit.setText(a.shown)
        self.add_button.setEnabled(self.unit_combo.currentData() is not None)

    def _show_instruction(self, *_args: object) -> None:
        i = self.person_combo.currentIndex()
        if 0 <= i < len(self.instructions):
            self.instruction_text.setPlainText(self.instructions[i].text)
        else:
            self.instruction_text.setPlainText(
                tr(
                    "Ingen på godkjent-listen ennå. Før opp lesere under Taushetsbelagt post, så "
                    "lages en beskjed til hver av dem her."
                )
            )
        self.copy_button.setEnabled(bool(self.instructions))
        self.export_button.setEnabled(bool(self.instructions))

    # -- actions --------------------------------------------------------------------------
    def open_plan(self) -> None:
        """One address (or a list) for many org numbers at once: planned, then applied."""
        if self.ctx.workspace is None:
            return
        dialog = PlanDialog(self.ctx, VARSLING, self.api, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.finished.connect(lambda _r: self.reload())
        self.plan_dialog = dialog
        dialog.open()

    def _done(self, *_result: object) -> None:
        self.error.setText("")
        self.reload()  # the service recorded the change

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(dialogs.user_message(exc))
