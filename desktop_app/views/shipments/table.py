""":class:`ShipmentTable`, the widget (filter field, verdict choice, table, detail pane, "Vis
hendelser"), used by the Rapporter page and the Uåpnet post wizard. Hidden columns are
remembered per table in the settings (``hidden_columns``).
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.numbers import group_digits as count_text
from desktop_app.domain.unopened import RiskLevel
from desktop_app.services.unopened_check import ReviewLetter
from desktop_app.views.columns import fit_columns
from desktop_app.views.domain_text import dtr
from desktop_app.views.shipments.formatting import (
    COLUMNS,
    DEFAULT_HIDDEN,
    column_titles,
    level_labels,
    status_explanations,
)
from desktop_app.views.shipments.model import ShipmentTableModel
from desktop_app.views.shipments.prepared import PreparedLetters
from desktop_app.views.shipments.proxy import ShipmentFilterProxy
from desktop_app.views.style import STATUS_COLOURS

if TYPE_CHECKING:
    from desktop_app.views.context import AppContext


def tr(text: str) -> str:
    return QCoreApplication.translate("shipment_table", text)


class ShipmentTable(QWidget):
    """Filter field, verdict choice, table and detail pane. ``table_name`` names the table in
    the settings, so each place remembers its own hidden columns."""

    FILTER_DELAY_MS = 150
    letter_selected = Signal(object)  # ReviewLetter | None

    def __init__(
        self, ctx: AppContext | None, table_name: str = "rapporter", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.table_name = table_name
        self.model = ShipmentTableModel(self)
        self.proxy = ShipmentFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.current: ReviewLetter | None = None
        self._current_source: int | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        filter_label = QLabel(tr("&Søk:"))
        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(
            tr("Skriv for å søke i alle kolonner, for eksempel «varslet» eller et org.nr")
        )
        self.filter_edit.setAccessibleName(tr("Søk i brevene"))
        filter_label.setBuddy(self.filter_edit)
        self.level_combo = QComboBox()
        self.level_combo.setAccessibleName(tr("Vis brev"))
        self.level_combo.addItem(tr("Alle brev"), None)
        for level, label in level_labels().items():
            self.level_combo.addItem(tr("Bare: {verdict}").format(verdict=label), level)
        self.columns_button = QPushButton(tr("&Kolonner …"))
        self.columns_button.setToolTip(
            tr("Velg hvilke kolonner som vises. Du kan også høyreklikke på overskriftene.")
        )
        self.count_label = QLabel()
        self.count_label.setObjectName("letterCount")
        bar.addWidget(filter_label)
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.level_combo)
        bar.addWidget(self.columns_button)
        bar.addWidget(self.count_label)
        layout.addLayout(bar)

        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(tr("Brevene"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setSortingEnabled(True)
        # Letters at risk first; within each verdict, the order of the file.
        self.view.sortByColumn(COLUMNS.index("risk"), Qt.SortOrder.AscendingOrder)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        widths = {"risk": 120, "urgency": 130, "status": 120, "sent": 120, "age": 90,
                  "recipient": 220, "orgnr": 100, "title": 260, "ref": 120,
                  "confidential": 110, "digital_only": 90, "id": 280, "line": 90}  # fmt: skip
        for i, key in enumerate(COLUMNS):
            header.resizeSection(i, widths[key])
        fit_columns(self.view, [COLUMNS.index(k) for k in ("risk", "status", "recipient")])
        self.view.setMinimumWidth(500)  # narrower: the letter's details go below (fit_splitters)

        self.detail = QTextBrowser()
        self.detail.setObjectName("letterDetail")
        self.detail.setAccessibleName(tr("Om brevet"))
        self.detail.setOpenLinks(False)
        self.events_button = QPushButton(tr("Vis &hendelser"))
        self.events_button.setToolTip(tr("Hent hendelsesloggen for forsendelsen fra SvarUt."))
        self.copy_button = QPushButton(tr("Kopier forsendelse-ID"))
        detail_panel = QWidget()
        detail_layout = QVBoxLayout(detail_panel)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.events_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        detail_layout.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.view)
        splitter.addWidget(detail_panel)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([760, 340])
        layout.addWidget(splitter, 1)

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(self.FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.filter_edit.textChanged.connect(self._typed)
        self.filter_edit.installEventFilter(self)  # focus in: a search is coming
        self.filter_edit.returnPressed.connect(self.apply_filter)
        self.level_combo.currentIndexChanged.connect(self._level_changed)
        self.columns_button.clicked.connect(
            lambda: self._header_menu(QPoint(0, 0), self.columns_button)
        )
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.proxy.filtered.connect(self._after_filter)
        self.events_button.clicked.connect(self.show_events)
        self.view.activated.connect(  # Enter on a row does what «Vis hendelser» does
            lambda _index: self.show_events() if self.events_button.isEnabled() else None
        )
        self.copy_button.clicked.connect(self._copy_id)

        self.apply_hidden(self.hidden_columns())
        self._show_detail(None)
        self._update_count()

    # -- letters -----------------------------------------------------------------------
    def set_letters(self, letters: Sequence[ReviewLetter] | PreparedLetters) -> None:
        """Show these letters (the filter and sort stay as the user left them)."""
        self.current = self._current_source = None
        self.model.set_letters(letters)
        self._show_detail(None)

    def letter_count(self) -> int:
        return len(self.model.letters)

    # -- filter ------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and watched is self.filter_edit:
            # The user went to the field (a click, Tab, a shortcut), not the window coming
            # back from a dialog: a search is coming; the columns are made on the pool meanwhile.
            reason = event.reason()  # type: ignore[attr-defined]  (a QFocusEvent)
            why = Qt.FocusReason
            if reason in (why.MouseFocusReason, why.TabFocusReason, why.BacktabFocusReason,
                          why.ShortcutFocusReason):  # fmt: skip
                self.model.prepare_search()
        return super().eventFilter(watched, event)

    def _typed(self, _text: str) -> None:
        # The search columns are made on the pool while the debounce delay runs.
        self.model.prepare_search()
        self._filter_timer.start()

    def apply_filter(self) -> None:
        self._filter_timer.stop()
        self.proxy.set_filter(self.filter_edit.text())

    def _level_changed(self, _index: int) -> None:
        self.proxy.set_level(self.level_combo.currentData())

    def _after_filter(self) -> None:
        self._update_count()
        if self.current is not None and self._current_source is not None:
            row = self.proxy.row_of_source(self._current_source)
            if row is not None:
                self.view.selectRow(row)
                self.view.scrollTo(self.proxy.index(row, 0))
                return
        self.current = self._current_source = None
        self._show_detail(None)
        self.letter_selected.emit(None)

    def _update_count(self) -> None:
        total = len(self.model.letters)
        shown = self.proxy.rowCount()
        if not total:
            self.count_label.setText(tr("Ingen brev"))
        elif shown == total:
            self.count_label.setText(tr("{n} brev").format(n=count_text(total)))
        else:
            self.count_label.setText(
                tr("Viser {shown} av {total} brev").format(
                    shown=count_text(shown), total=count_text(total)
                )
            )

    # -- columns -----------------------------------------------------------------------
    def hidden_columns(self) -> set[str]:
        if self.ctx is None:
            return set(DEFAULT_HIDDEN)
        saved = self.ctx.settings.get("hidden_columns").get(self.table_name)
        if saved is None:
            return set(DEFAULT_HIDDEN)
        return {key for key in saved if key in COLUMNS}

    def apply_hidden(self, hidden: set[str]) -> None:
        for i, key in enumerate(COLUMNS):
            self.view.setColumnHidden(i, key in hidden)

    def set_column_hidden(self, key: str, hidden: bool) -> None:
        current = self.hidden_columns()
        if hidden:
            if len(current | {key}) >= len(COLUMNS):
                return  # at least one column stays
            current.add(key)
        else:
            current.discard(key)
        self.apply_hidden(current)
        if self.ctx is not None:
            everything = dict(self.ctx.settings.get("hidden_columns"))
            everything[self.table_name] = sorted(current)
            self.ctx.settings.set("hidden_columns", everything)
            self.ctx.save_settings()

    def column_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.setTitle(tr("Kolonner"))
        hidden = self.hidden_columns()
        for key, title in column_titles().items():
            action = QAction(title, menu)
            action.setCheckable(True)
            action.setChecked(key not in hidden)
            action.setData(key)
            action.toggled.connect(lambda on, k=key: self.set_column_hidden(k, not on))
            menu.addAction(action)
        return menu

    def _header_menu(self, pos: QPoint, anchor: QWidget | None = None) -> None:
        menu = self.column_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        widget = anchor or self.view.horizontalHeader()
        where = pos if anchor is None else QPoint(0, widget.height())
        menu.popup(widget.mapToGlobal(where))

    # -- detail ------------------------------------------------------------------------
    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return  # a reset: _after_filter selects the letter again if it is still shown
        letter = self.proxy.letter_at(current.row())
        self.current = letter
        self._current_source = self.proxy.source_row(current.row())
        self._show_detail(letter)
        self.letter_selected.emit(letter)

    def select_row(self, row: int) -> None:
        self.view.selectRow(row)

    def _show_detail(self, letter: ReviewLetter | None) -> None:
        self.events_button.setEnabled(letter is not None)
        self.copy_button.setEnabled(letter is not None)
        if letter is None:
            self.detail.setHtml(
                "<p>" + html.escape(tr("Velg et brev i tabellen for å se alt om det.")) + "</p>"
            )
            return
        self.detail.setHtml(letter_detail_html(letter, self.model))

    def detail_text(self) -> str:
        return self.detail.toPlainText()

    def _copy_id(self) -> None:
        if self.current is not None:
            QGuiApplication.clipboard().setText(self.current.shipment.id)

    def show_events(self) -> None:
        """Open the shipment's event log from SvarUt (fetched in the background)."""
        letter = self.current
        if letter is None or self.ctx is None:
            return
        from desktop_app.views.shipments.events import open_shipment_events

        self.events_dialog = open_shipment_events(self.ctx, letter.shipment.id, self)


def letter_detail_html(letter: ReviewLetter, model: ShipmentTableModel) -> str:
    """All fields of one letter, the verdict first, then the status in plain words."""
    e = html.escape
    s = letter.shipment
    titles = column_titles()
    colour = {RiskLevel.AT_RISK: STATUS_COLOURS["bad"], RiskLevel.UNKNOWN: STATUS_COLOURS["warn"],
              RiskLevel.NOT_AT_RISK: STATUS_COLOURS["ok"]}[letter.level]  # fmt: skip
    verdict = model.text(letter, "risk")
    if letter.urgency is not None:
        verdict += " – " + model.text(letter, "urgency")
    parts = [
        f"<h3 style='color:{colour}'>{e(verdict)}</h3>",
        f"<p>{e(dtr(letter.reason))}</p>",
        f"<p><b>{e(tr('Hva statusen betyr:'))}</b> "
        f"{e(status_explanations().get(s.status, ''))}</p>",
        "<table cellspacing='0' cellpadding='2'>",
    ]
    rows: Sequence[str] = ("status", "sent", "age", "recipient", "orgnr", "title", "ref",
                           "confidential", "digital_only", "id", "line")  # fmt: skip
    for key in rows:
        value = model.text(letter, key)
        if (
            key == "status"
            and s.status is not None
            and s.status_text.strip() not in (s.status.value, s.status.label_nb)
        ):
            value += f" ({s.status_text.strip()})"
        if key == "orgnr" and letter.person:
            value = tr("Person (fødselsnummeret vises ikke)")
        parts.append(
            f"<tr><td style='color:{STATUS_COLOURS['muted']}'>{e(titles[key])}</td>"
            f"<td>{e(value) or '–'}</td></tr>"
        )
    parts.append("</table>")
    return "".join(parts)
