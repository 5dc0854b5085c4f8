"""Virksomheter: every org number of the municipality, from Enhetsregisteret or by hand.

Left: the units as a tree (the municipality, its organisasjonsledd, their underenheter) with
form, address, status and daglig leder; deleted units in red with a plain explanation.
Right: what changed at the last refresh, add a unit by hand (check digit as you type), and
import a list. The page reads the saved copy, so it works offline; "Oppdater fra
Enhetsregisteret" runs in the background with progress and cancel. The work is in
:mod:`desktop_app.services.organizations`.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.environments import Environment
from desktop_app.domain.identifiers import check_orgnr, format_orgnr
from desktop_app.domain.inventory import Change, ChangeKind, build_tree
from desktop_app.domain.organizations import (
    SOURCE_MANUAL,
    OrgUnit,
    UnitStatus,
    Workspace,
    org_form_label,
)
from desktop_app.services.organizations import ImportOutcome, Overview
from desktop_app.views import dialogs
from desktop_app.views.accessibility import MessageLabel
from desktop_app.views.context import AppContext
from desktop_app.views.domain_text import dtr
from desktop_app.views.plain_text import plain_tooltip
from desktop_app.views.style import STATUS_COLOURS
from desktop_app.views.widgets import page_header


def tr(text: str) -> str:
    return QCoreApplication.translate("organizations", text)


COLUMNS = ("name", "orgnr", "form", "status", "leader", "address")
ORGNR_ROLE = Qt.ItemDataRole.UserRole + 1


def _date(iso: str | None) -> str:
    if not iso:
        return ""
    try:
        return date.fromisoformat(iso[:10]).strftime("%d.%m.%Y")
    except ValueError:
        return iso


def _moment(iso: str) -> str:
    try:
        local = datetime.fromisoformat(iso).astimezone()
    except ValueError:
        return iso
    return tr("{date} kl. {time}").format(
        date=local.strftime("%d.%m.%Y"), time=local.strftime("%H.%M")
    )


def status_text(unit: OrgUnit) -> str:
    status = unit.unit_status
    when = _date(unit.status_date)
    if status is UnitStatus.ACTIVE:
        return tr("Aktiv")
    if status is UnitStatus.DELETED:
        return tr("Slettet {date}").format(date=when).strip()
    if status is UnitStatus.CLOSED:
        return tr("Nedlagt {date}").format(date=when).strip()
    if status is UnitStatus.BANKRUPT:
        return tr("Konkurs")
    if status is UnitStatus.WINDING_UP:
        return tr("Under avvikling")
    if status is UnitStatus.FORCED_WINDING_UP:
        return tr("Under tvangsavvikling")
    if status is UnitStatus.NOT_FOUND:
        return tr("Finnes ikke i Enhetsregisteret")
    return tr("Ikke sjekket ennå")


def unit_detail_text(unit: OrgUnit) -> str:
    """The line under the list for the chosen unit: its status and what to do, in words."""
    head = (
        f"{unit.name or format_orgnr(unit.orgnr)} ({format_orgnr(unit.orgnr)}): "
        f"{status_text(unit)}."
    )
    explanation = status_explanation(unit)
    if not explanation and not unit.daglig_leder and unit.org_form in ("BEDR", "AAFY"):
        explanation = tr(
            "Underenheter har ingen egen daglig leder i Enhetsregisteret; se enheten de hører til."
        )
    return f"{head} {explanation}" if explanation else head


def status_explanation(unit: OrgUnit) -> str:
    """Plain words for a unit in red: what it means and what to do."""
    status = unit.unit_status
    if status is UnitStatus.DELETED:
        return tr(
            "Enheten er slettet i Enhetsregisteret. Den finnes ikke lenger og kan ikke "
            "motta post i Altinn. Finn ut hvilken enhet som har tatt over oppgavene, og "
            "ta den slettede ut av rutinene for tilgang og varsling."
        )
    if status is UnitStatus.CLOSED:
        return tr(
            "Enheten er lagt ned ifølge Enhetsregisteret. Post bør gå til enheten som "
            "har tatt over."
        )
    if status in (UnitStatus.BANKRUPT, UnitStatus.WINDING_UP, UnitStatus.FORCED_WINDING_UP):
        return tr("Enheten er under avvikling ifølge Enhetsregisteret og kan snart bli slettet.")
    if status is UnitStatus.NOT_FOUND:
        return tr(
            "Enhetsregisteret kjenner ikke dette nummeret. Sjekk at det er skrevet "
            "riktig; er det feil, fjern det og legg inn det riktige."
        )
    if status is UnitStatus.UNCHECKED:
        return tr("Ikke sjekket mot Enhetsregisteret ennå. Trykk «Oppdater fra Enhetsregisteret».")
    return ""


def change_text(change: Change, names: dict[str, str]) -> str:
    nr = format_orgnr(change.orgnr)
    name = change.name or nr
    if change.kind is ChangeKind.NEW:
        return tr("Ny: {name} ({orgnr})").format(name=name, orgnr=nr)
    if change.kind is ChangeKind.GONE:
        return tr(
            "Borte: {name} ({orgnr}) hører ikke lenger til kommunen i Enhetsregisteret"
        ).format(name=name, orgnr=nr)
    if change.kind is ChangeKind.RENAMED:
        return tr("Nytt navn: «{old}» heter nå «{name}» ({orgnr})").format(
            old=change.old_name or "", name=name, orgnr=nr
        )
    if change.kind is ChangeKind.MOVED:
        parent = change.new_parent
        where = names.get(parent, format_orgnr(parent)) if parent else tr("ingen overordnet")
        return tr("Flyttet: {name} ({orgnr}) hører nå til {parent}").format(
            name=name, orgnr=nr, parent=where
        )
    return tr("Slettet: {name} ({orgnr}) er slettet i Enhetsregisteret").format(name=name, orgnr=nr)


class PasteDialog(QDialog):
    """A box to paste a list of org numbers into (one a line, optional name after)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Lim inn organisasjonsnumre"))
        layout = QVBoxLayout(self)
        hint = QLabel(
            tr(
                "Ett organisasjonsnummer på hver linje, gjerne med navnet etter, for "
                "eksempel:\n974 760 673  Fjordvik skole"
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(tr("Liste med organisasjonsnumre"))
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Importer"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(460, 320)


class OrganizationsView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = ctx.services.organizations
        self.units: list[OrgUnit] = []
        self._refresh_task = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        page_header(
            layout,
            tr("Virksomheter"),
            tr(
                "Alle organisasjonsnumrene i kommunen: kommunen selv, organisasjonsleddene og "
                "underenhetene. Hvert av dem trenger en som kan lese taushetsbelagt post."
            ),
        )

        # -- refresh row
        row = QHBoxLayout()
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.start_refresh)
        self.cancel_button = QPushButton(tr("Avbryt"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel_refresh)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.progress.setMaximumWidth(220)
        self.progress.setAccessibleName(tr("Fremdrift"))
        row.addWidget(self.refresh_button)
        row.addWidget(self.cancel_button)
        row.addWidget(self.progress)
        self.fetched_label = MessageLabel()  # said when a refresh lands
        self.fetched_label.setWordWrap(True)
        row.addWidget(self.fetched_label, 1)
        layout.addLayout(row)
        # Test (TT02): Enhetsregisteret's data are production data, TT02's are synthetic.
        self.test_note = QLabel(
            tr(
                "I Test (TT02) lages listen av virksomhetene Altinn sier at du kan representere, "
                "fordi Enhetsregisterets data ikke passer med testmiljøets oppdiktede virksomheter."
            )
        )
        self.test_note.setWordWrap(True)
        self.test_note.setObjectName("testSourceNote")
        layout.addWidget(self.test_note)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)

        # -- left: filter, tree, red explanation
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(tr("Filtrer på navn, org.nr, adresse eller daglig leder …"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(tr("Filtrer virksomheter"))
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.filter, 1)
        self.remove_button = QPushButton(tr("Fjern fra listen …"))
        self.remove_button.setToolTip(
            tr(
                "Fjerner en enhet du har lagt til for hånd. Enheter "
                "fra Enhetsregisteret følger registeret."
            )
        )
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self.remove_selected)
        filter_row.addWidget(self.remove_button)
        left_layout.addLayout(filter_row)
        self.model = QStandardItemModel(0, len(COLUMNS), self)
        self.model.setHorizontalHeaderLabels(
            [
                tr("Navn"),
                tr("Org.nr"),
                tr("Type"),
                tr("Status"),
                tr("Daglig leder"),
                tr("Adresse"),
            ]
        )
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.filter.textChanged.connect(self._filter_changed)
        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionBehavior(QTreeView.SelectionBehavior.SelectRows)
        self.tree.header().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.tree.setSortingEnabled(True)
        self.tree.setAccessibleName(tr("Virksomheter i arbeidsflaten"))
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.tree.selectionModel().currentChanged.connect(self._selection_changed)
        left_layout.addWidget(self.tree, 1)
        # What the chosen unit's status means and what to do, in words (not only a tooltip).
        self.unit_detail = QLabel(tr("Velg en enhet i listen for å se hva statusen betyr."))
        self.unit_detail.setObjectName("unitDetail")
        self.unit_detail.setWordWrap(True)
        self.unit_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        left_layout.addWidget(self.unit_detail)
        self.red_note = QLabel()
        self.red_note.setWordWrap(True)
        self.red_note.setVisible(False)
        self.red_note.setStyleSheet(
            f"color: {STATUS_COLOURS['bad']}; background: #fbe9e7; border: 1px solid "
            f"{STATUS_COLOURS['bad']}; border-radius: 4px; padding: 6px;"
        )
        left_layout.addWidget(self.red_note)

        # -- right: changes, add by hand, import
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        changes_box = QGroupBox(tr("Endringer siden sist"))
        changes_layout = QVBoxLayout(changes_box)
        self.changes_label = QLabel()
        self.changes_label.setWordWrap(True)
        self.changes_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        changes_layout.addWidget(self.changes_label)
        self.changes = QListWidget()
        self.changes.setWordWrap(True)
        self.changes.setAccessibleName(tr("Endringer siden forrige oppdatering"))
        changes_layout.addWidget(self.changes)
        right_layout.addWidget(changes_box, 1)

        add_box = QGroupBox(tr("Legg til for hånd"))
        form = QFormLayout(add_box)
        self.orgnr_edit = QLineEdit()
        self.orgnr_edit.setPlaceholderText(tr("9 siffer"))
        self.orgnr_edit.setAccessibleName(tr("Organisasjonsnummer"))
        self.orgnr_edit.textChanged.connect(self._orgnr_typed)
        self.orgnr_edit.returnPressed.connect(self.add_by_hand)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(tr("Valgfritt: hentes ved neste oppdatering"))
        self.name_edit.setAccessibleName(tr("Navn"))
        self.name_edit.returnPressed.connect(self.add_by_hand)
        self.orgnr_feedback = MessageLabel(self.orgnr_edit)
        self.orgnr_feedback.setWordWrap(True)
        self.add_button = QPushButton(tr("Legg til"))
        self.add_button.setEnabled(False)
        self.add_button.clicked.connect(self.add_by_hand)
        form.addRow(tr("Org.nr"), self.orgnr_edit)
        form.addRow("", self.orgnr_feedback)
        form.addRow(tr("Navn"), self.name_edit)
        form.addRow("", self.add_button)
        right_layout.addWidget(add_box)

        import_box = QGroupBox(tr("Importer en liste"))
        import_layout = QVBoxLayout(import_box)
        hint = QLabel(
            tr(
                "CSV eller Excel med organisasjonsnummer og eventuelt navn, eller "
                "lim inn numrene. Linjer med feil blir hoppet over og vist her."
            )
        )
        hint.setWordWrap(True)
        import_layout.addWidget(hint)
        buttons = QHBoxLayout()
        self.import_file_button = QPushButton(tr("Fra fil …"))
        self.import_file_button.clicked.connect(self._choose_and_import)
        self.paste_button = QPushButton(tr("Lim inn …"))
        self.paste_button.clicked.connect(self._paste_and_import)
        buttons.addWidget(self.import_file_button)
        buttons.addWidget(self.paste_button)
        buttons.addStretch(1)
        import_layout.addLayout(buttons)
        self.import_result = MessageLabel()  # said when an import lands
        self.import_result.setWordWrap(True)
        self.import_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        import_layout.addWidget(self.import_result)
        right_layout.addWidget(import_box)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([880, 300])
        layout.addWidget(splitter, 1)

        ctx.workspace_changed.connect(self.reload)
        ctx.environment_changed.connect(self._environment_changed)
        self._environment_changed(ctx.environment)
        self.reload(ctx.workspace)

    # -- reading the saved copy -------------------------------------------------------------
    def reload(self, workspace: Workspace | None = None) -> None:
        workspace = workspace if workspace is not None else self.ctx.workspace
        self._set_enabled(workspace is not None and self._refresh_task is None)
        if workspace is None:
            self._show(Overview(0, [], None))
            return
        self.ctx.run(
            self.service.overview,
            workspace.id,
            pass_state=False,
            on_result=self._show,
            error_title=tr("Listen over virksomheter kunne ikke leses"),
        )

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (
            self.refresh_button,
            self.import_file_button,
            self.paste_button,
            self.orgnr_edit,
            self.name_edit,
        ):
            widget.setEnabled(enabled)
        self.add_button.setEnabled(enabled and check_orgnr(self.orgnr_edit.text()).ok)

    def _show(self, overview: Overview) -> None:
        current = self.ctx.workspace
        if overview.workspace_id and (current is None or current.id != overview.workspace_id):
            return  # the user has moved on to another workspace meanwhile
        self.units = overview.units
        self._fill_tree(overview.units)
        self._fill_changes(overview)
        record = overview.last_refresh
        if record is None:
            self.fetched_label.setText(
                tr(
                    "Ikke hentet fra Enhetsregisteret ennå. Listen viser "
                    "det som er lagret i arbeidsflaten."
                )
            )
        elif self._from_altinn():
            self.fetched_label.setText(
                tr(
                    "Sist oppdatert {when}. {count} enheter; listen er lagret og kan brukes "
                    "uten nett."
                ).format(when=_moment(record.fetched_at), count=len(overview.units))
            )
        else:
            self.fetched_label.setText(
                tr(
                    "Sist hentet fra Enhetsregisteret {when}. {count} enheter; listen er lagret "
                    "og kan brukes uten nett."
                ).format(when=_moment(record.fetched_at), count=len(overview.units))
            )

    def _fill_tree(self, units: list[OrgUnit]) -> None:
        self.model.removeRows(0, self.model.rowCount())
        red = QBrush(QColor(STATUS_COLOURS["bad"]))
        problems = 0

        def add(parent: QStandardItem, node) -> None:
            nonlocal problems
            unit = node.unit
            status = unit.unit_status
            cells = {
                "name": unit.name or tr("(navn hentes ved neste oppdatering)"),
                "orgnr": format_orgnr(unit.orgnr),
                "form": dtr(org_form_label(unit.org_form)) if unit.org_form else tr("Ukjent"),
                "address": unit.address,
                "status": status_text(unit),
                "leader": unit.daglig_leder or "",
            }
            explanation = status_explanation(unit)
            items = []
            for column in COLUMNS:
                item = QStandardItem(cells[column])
                item.setData(unit.orgnr, ORGNR_ROLE)
                if status.is_problem:
                    item.setForeground(red)
                    item.setToolTip(plain_tooltip(explanation))
                elif column == "status" and explanation:
                    item.setToolTip(plain_tooltip(explanation))
                elif (
                    column == "leader"
                    and not unit.daglig_leder
                    and unit.org_form in ("BEDR", "AAFY")
                ):
                    item.setToolTip(
                        tr(
                            "Underenheter har ingen egen daglig leder i "
                            "Enhetsregisteret; se enheten de hører til."
                        )
                    )
                items.append(item)
            if status.is_problem:
                problems += 1
                font = QFont()
                font.setStrikeOut(unit.deleted)
                items[0].setFont(font)
            parent.appendRow(items)
            for child in node.children:
                add(items[0], child)

        root = self.model.invisibleRootItem()
        for node in build_tree(units):
            add(root, node)
        self.tree.expandAll()
        for column in range(len(COLUMNS)):
            self.tree.resizeColumnToContents(column)
        for column, widest in ((0, 320), (2, 150), (3, 190), (4, 180), (5, 240)):
            self.tree.setColumnWidth(column, min(self.tree.columnWidth(column), widest))
        self._selection_changed()
        self.red_note.setVisible(problems > 0)
        if problems:
            self.red_note.setText(
                tr(
                    "Rødt betyr at Enhetsregisteret sier at enheten er slettet, nedlagt eller under "
                    "avvikling, eller ikke kjenner nummeret ({n} i listen). Slike enheter kan ikke "
                    "motta post. Hold musen over raden for å se hva du bør gjøre."
                ).format(n=problems)
            )

    def _fill_changes(self, overview: Overview) -> None:
        self.changes.clear()
        record = overview.last_refresh
        self.changes.setVisible(bool(record and record.changes))
        if record is None:
            self.changes_label.setText(
                tr(
                    "Når du har hentet listen fra Enhetsregisteret, ser "
                    "du her hva som er nytt, borte, har fått nytt navn, "
                    "er flyttet eller slettet siden gangen før."
                )
            )
            return
        if not record.changes:
            self.changes_label.setText(
                tr("Ingen endringer ved oppdateringen {when}.").format(
                    when=_moment(record.fetched_at)
                )
            )
            return
        self.changes_label.setText(
            tr("{n} endringer ved oppdateringen {when}:").format(
                n=len(record.changes), when=_moment(record.fetched_at)
            )
        )
        names = {u.orgnr: u.name for u in record.previous}
        names.update({u.orgnr: u.name for u in overview.units})
        for change in record.changes:
            item = QListWidgetItem(change_text(change, names))
            if change.kind in (ChangeKind.DELETED, ChangeKind.GONE):
                item.setForeground(QBrush(QColor(STATUS_COLOURS["bad"])))
            self.changes.addItem(item)

    def _filter_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self.tree.expandAll()

    # -- refresh from Enhetsregisteret (Altinn in Test) ------------------------------------------
    def _from_altinn(self) -> bool:
        return self.ctx.environment is Environment.TEST

    def _refresh_label(self) -> str:
        return (
            tr("Oppdater fra Altinn")
            if self._from_altinn()
            else tr("Oppdater fra Enhetsregisteret")
        )

    def _environment_changed(self, _env: object = None) -> None:
        self.test_note.setVisible(self._from_altinn())
        if self._refresh_task is None:
            self.refresh_button.setText(self._refresh_label())
        self.refresh_button.setToolTip(
            tr("Henter virksomhetene du kan representere fra Altinn (krever innlogging).")
            if self._from_altinn()
            else tr(
                "Henter kommunen, organisasjonsleddene og underenhetene fra Enhetsregisteret "
                "(åpne data, ingen innlogging)."
            )
        )

    def _fetch_from_altinn(self, state, workspace_id: int):
        """Worker: what Altinn says the signed-in person can act for, saved as the list."""
        info = self.ctx.session.refresh_parties(state)
        return self.service.refresh_from_parties(
            state, workspace_id, info.parties, Environment.TEST
        )

    def start_refresh(self) -> None:
        workspace = self.ctx.workspace
        if workspace is None or self._refresh_task is not None:
            return
        if self._from_altinn() and not self.ctx.session.signed_in:
            self._say(
                tr(
                    "Logg inn i Altinn først. I Test lages listen av virksomhetene Altinn "
                    "sier at du kan representere."
                ),
                bad=True,
            )
            return
        if workspace.is_demo and self.ctx.environment != Environment.OVING:
            self._say(
                tr(
                    "Øvingskommunen Fjordvik finnes bare i Øving. Bytt til Øving i "
                    "Innstillinger for å hente den, eller lag en arbeidsflate for din egen "
                    "kommune."
                ),
                bad=True,
            )
            return
        try:
            urls = self.ctx.service_urls()
        except (ValueError, RuntimeError):
            self._say(
                tr("Øvingssandkassen er ikke startet ennå. Vent et øyeblikk og prøv igjen."),
                bad=True,
            )
            return
        self._say("")
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.cancel_button.setEnabled(True)
        self._set_enabled(False)
        self.refresh_button.setText(tr("Oppdaterer …"))
        if self._from_altinn():
            work, args = self._fetch_from_altinn, (workspace.id,)
        else:
            work, args = self.service.refresh, (workspace.id, urls)
        self._refresh_task = self.ctx.run(
            work,
            *args,
            on_progress=self._progress,
            on_result=self._refreshed,
            on_error=self._refresh_failed,
            on_cancelled=self._refresh_cancelled,
            on_finished=self._refresh_finished,
            environment_bound=True,
        )

    def cancel_refresh(self) -> None:
        if self._refresh_task is not None:
            self._refresh_task.cancel()
            self.cancel_button.setEnabled(False)
            self._say(tr("Avbryter …"))

    def _progress(self, done: int, total: int, text: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        else:
            self.progress.setRange(0, 0)
        if text:
            self._say(text)

    def _refreshed(self, result) -> None:
        changes = len(result.changes)
        text = (
            tr("Ferdig: {count} enheter hentet fra Altinn, {changes} endringer.")
            if self._from_altinn()
            else tr("Ferdig: {count} enheter hentet fra Enhetsregisteret, {changes} endringer.")
        )
        self._say(text.format(count=len(result.units), changes=changes), ok=True)
        self.ctx.audit_changed.emit()

    def _refresh_failed(self, exc: BaseException) -> None:
        self._say(
            tr(
                "Oppdateringen gikk ikke: {reason}\nDen lagrede listen er uendret. Du kan "
                "prøve igjen med «{button}»."
            ).format(reason=dialogs.user_message(exc), button=self._refresh_label()),
            bad=True,
        )

    def _refresh_cancelled(self) -> None:
        self._say(tr("Oppdateringen ble avbrutt. Den lagrede listen er uendret."))

    def _refresh_finished(self) -> None:
        self._refresh_task = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self.refresh_button.setText(self._refresh_label())
        self.reload()

    def _say(self, text: str, *, ok: bool = False, bad: bool = False) -> None:
        colour = STATUS_COLOURS["bad"] if bad else STATUS_COLOURS["ok"] if ok else ""
        self.message.setStyleSheet(f"color: {colour};" if colour else "")
        self.message.setText(text)
        self.message.setVisible(bool(text))

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
