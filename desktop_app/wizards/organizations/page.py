"""Virksomheter: every org number of the municipality, from Enhetsregisteret or by hand.

Left: the units as a tree (the municipality, its organisasjonsledd, their underenheter) with
form, address, status and daglig leder; deleted units in red with a plain explanation.
Right: what changed at the last refresh, add a unit by hand (check digit as you type), and
import a list. The page reads the saved copy, so it works offline; "Oppdater fra
Enhetsregisteret" runs in the background with progress and cancel. The work is in
:mod:`desktop_app.services.organizations`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.identifiers import check_orgnr, format_orgnr
from desktop_app.domain.inventory import ChangeKind, build_tree
from desktop_app.domain.organizations import OrgUnit, Workspace, org_form_label
from desktop_app.services.organizations import Overview
from desktop_app.views.accessibility import MessageLabel
from desktop_app.views.columns import fit_columns
from desktop_app.views.context import AppContext
from desktop_app.views.domain_text import dtr
from desktop_app.views.plain_text import plain_tooltip
from desktop_app.views.style import STATUS_COLOURS
from desktop_app.views.widgets import page_header
from desktop_app.wizards.organizations.register_refresh import RegisterRefresh
from desktop_app.wizards.organizations.texts import (
    COLUMNS,
    ORGNR_ROLE,
    change_text,
    moment_text,
    status_explanation,
    status_text,
)
from desktop_app.wizards.organizations.unit_actions import UnitActions


def tr(text: str) -> str:
    return QCoreApplication.translate("organizations", text)


class OrganizationsView(RegisterRefresh, UnitActions, QWidget):
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
        # the org.nr whole (never «310 000 …»); Navn, Org.nr and Status in view on a small screen
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        fit_columns(self.tree, (0, 1, 3))
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
                ).format(when=moment_text(record.fetched_at), count=len(overview.units))
            )
        else:
            self.fetched_label.setText(
                tr(
                    "Sist hentet fra Enhetsregisteret {when}. {count} enheter; listen er lagret "
                    "og kan brukes uten nett."
                ).format(when=moment_text(record.fetched_at), count=len(overview.units))
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
                    when=moment_text(record.fetched_at)
                )
            )
            return
        self.changes_label.setText(
            (
                tr("1 endring ved oppdateringen {when}:")
                if len(record.changes) == 1
                else tr("{n} endringer ved oppdateringen {when}:")
            ).format(n=len(record.changes), when=moment_text(record.fetched_at))
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
