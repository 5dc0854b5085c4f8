"""Taushetsbelagt post: for every org number, who should read it, who can, and what to fix.

Four steps as tabs: 1 the coverage matrix (red/amber/green with words), 2 the approved list,
3 who actually has access (typed in, imported, or read from Altinn; grant and revoke), 4 the
routine document and its review reminder. Rules are in :mod:`desktop_app.domain.access`;
storage, import, Altinn calls and the routine text in
:mod:`desktop_app.services.confidential_access`, run through ``ctx.run``.

Altinn is reached only when an :class:`AccessApi` is set (:meth:`set_access_api`, after
sign-in); without one, the guided portal steps are shown and the user records what they did.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.access import (
    SOURCE_LABELS,
    ApprovedReader,
    CoverageRow,
    Holder,
    Level,
    UnitRef,
    coverage_counts,
    same_person,
)
from desktop_app.domain.identifiers import format_orgnr
from desktop_app.services.confidential_access import AccessApi, RoutineState
from desktop_app.services.handover import HandoverTask
from desktop_app.views import dialogs
from desktop_app.views.context import AppContext
from desktop_app.views.domain_text import dtr
from desktop_app.views.freshness import ACCESS_TOPICS, Freshness
from desktop_app.views.guide_view import page_guides
from desktop_app.views.signin_panel import SignInHere
from desktop_app.views.widgets import page_header
from desktop_app.wizards.access_plan import TILGANG, PlanDialog
from desktop_app.wizards.confidential_access.holder_actions import HolderActions
from desktop_app.wizards.confidential_access.portal_read import portal_note
from desktop_app.wizards.confidential_access.routine import RoutineActions
from desktop_app.wizards.confidential_access.sections import AccessSections
from desktop_app.wizards.confidential_access.texts import (
    LEVEL_STYLE,
    coverage_summary,
    grant_text,
    level_symbol,
    level_text,
    read_note,
    reason_text,
    table_item,
)


def tr(text: str) -> str:
    return QCoreApplication.translate("confidential_access", text)


class ConfidentialAccessPage(AccessSections, HolderActions, RoutineActions, QWidget):
    changed = Signal()  # the store changed and the page shows the new state

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = ctx.services.access
        self.api: AccessApi | None = None
        self.units: list[UnitRef] = []
        self.rows: list[CoverageRow] = []
        self.shown_rows: list[CoverageRow] = []
        self.approved: list[ApprovedReader] = []
        self.holders: list[Holder] = []
        self.routine_state: RoutineState | None = None
        self.guides = page_guides("confidential_access")

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 12)
        page_header(
            outer,
            tr("Taushetsbelagt post"),
            tr(
                "Hvert organisasjonsnummer trenger minst én navngitt person som kan lese "
                "taushetsbelagt post i Altinn, og bare de med tjenstlig behov skal ha "
                "tilgangen. Ingen har den fra før, heller ikke daglig leder."
            ),
        )
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("accessSummary")
        outer.addWidget(self.summary)

        unit_row = QHBoxLayout()
        unit_row.addWidget(QLabel(tr("Virksomhet:")))
        self.unit_combo = QComboBox()
        self.unit_combo.setMinimumWidth(360)
        self.unit_combo.setAccessibleName(tr("Virksomhet"))
        self.unit_combo.currentIndexChanged.connect(self._unit_changed)
        unit_row.addWidget(self.unit_combo)
        self.api_status = QLabel()
        self.api_status.setWordWrap(True)
        self.many_button = QPushButton(tr("Gi tilgang til &mange …"))
        self.many_button.setToolTip(
            tr("Én person, eller en liste, for alle eller flere organisasjonsnumre på en gang")
        )
        self.many_button.clicked.connect(self.open_plan)
        unit_row.addWidget(self.many_button)
        unit_row.addStretch(1)
        outer.addLayout(unit_row)
        outer.addWidget(self.api_status)  # its own line: it wraps at large text sizes
        self.sign_in_here = SignInHere(ctx)  # «Logg inn i Altinn», only while signed out
        outer.addWidget(self.sign_in_here)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_matrix(), tr("1. Oversikt"))
        self.tabs.addTab(self._build_approved(), tr("2. Hvem skal lese"))
        self.tabs.addTab(self._build_holders(), tr("3. Hvem har tilgang"))
        self.tabs.addTab(self._build_routine(), tr("4. Rutine"))
        outer.addWidget(self.tabs, 1)

        # Units, readers or addresses may change on another page: read again when shown after
        # such a change (not on every show).
        self.freshness = Freshness(self, ctx, ACCESS_TOPICS, self.reload)
        ctx.workspace_changed.connect(self.reload)
        self._show_api_status()
        self.reload()

    # -- Altinn ---------------------------------------------------------------------------
    def set_access_api(self, api: AccessApi | None) -> None:
        """Use Altinn through ``api`` (after sign-in), or the portal steps (``None``)."""
        self.api = api
        self._show_api_status()
        self._update_buttons()

    def show_api_unavailable(self, exc: BaseException) -> None:
        """Signed in, but Altinn's API for this is off or the sign-in lacks the scope."""
        self.api_status.setText(
            tr(
                "Logget inn, men Altinn lar ikke Postvakt gjøre dette direkte: {why} Bruk stegene "
                "for portalen."
            ).format(why=dialogs.user_message(exc))
        )

    def _show_api_status(self) -> None:
        self.api_status.setText(
            tr("Koblet til Altinn: tilganger leses og endres direkte.")
            if self.api
            else tr(
                "Ikke logget inn i Altinn: skriv inn eller importer tilgangene, og følg "
                "stegene for portalen."
            )
        )
        self.api_status.setWordWrap(True)

    # -- loading --------------------------------------------------------------------------
    def reload(self, *_args: object) -> None:
        self.freshness.read()
        ws = self.ctx.workspace
        if ws is None:
            self.ctx.drop_latest("overview", self)  # an answer for the workspace left
            self._show(None)
            return
        wanted = ws.id
        self.ctx.run(
            self.service.overview,
            wanted,
            pass_state=False,
            owner=self,
            latest="overview",  # another workspace chosen meanwhile: its answer wins
            on_result=self._show,
            error_title=tr("Tilgangene ble ikke lest inn"),
        )

    def _show(self, data: dict | None) -> None:
        data = data or {"units": [], "rows": [], "approved": [], "holders": [], "routine": None}
        current = self.current_orgnr()
        self.units, self.rows = data["units"], data["rows"]
        self.approved, self.holders = data["approved"], data["holders"]
        self.routine_state = data["routine"]
        self.unit_combo.blockSignals(True)
        self.unit_combo.clear()
        for u in self.units:
            self.unit_combo.addItem(f"{u.name} ({format_orgnr(u.orgnr)})", u.orgnr)
        index = self.unit_combo.findData(current) if current else 0
        self.unit_combo.setCurrentIndex(max(index, 0))
        self.unit_combo.blockSignals(False)
        self._fill_matrix()
        self._fill_unit()
        self._fill_routine()
        self.changed.emit()

    def current_orgnr(self) -> str | None:
        return self.unit_combo.currentData()

    def _unit_name(self, orgnr: str | None) -> str:
        return next((u.name for u in self.units if u.orgnr == orgnr), orgnr or "")

    def _fill_matrix(self) -> None:
        self.summary.setText(coverage_summary(coverage_counts(self.rows)))
        wanted = self.matrix_filter.currentData()
        self.shown_rows = [
            r
            for r in self.rows
            if wanted == "all"
            or r.level is Level.BAD
            or (wanted == "problems" and r.level in (Level.WARN, Level.UNKNOWN))
        ]
        self.matrix.setRowCount(len(self.shown_rows))
        yes, no = tr("Ja"), tr("Nei")
        for i, r in enumerate(self.shown_rows):
            approved = ", ".join(a.name for a in r.approved)
            holders = ", ".join(
                h.name + (tr(" (via hovedenheten)") if h in r.inherited else "") for h in r.holders
            )
            extras = ", ".join(h.name for h in r.extras)
            cells = [
                table_item(r.name),
                table_item(format_orgnr(r.orgnr)),
                table_item(f"{yes} ({len(r.approved)})" if r.approved else no, approved),
                table_item(
                    f"{yes} ({len(r.holders)})"
                    if r.holders
                    else (no if r.holders_known else tr("Ukjent")),
                    holders + (portal_note(r) or read_note(r.holders_read_at)),
                ),
                table_item(
                    tr("{n} til").format(n=len(r.extras)) if r.extras else tr("Ingen"), extras
                ),
                table_item(
                    f"{yes} ({len(r.addresses)})"
                    if r.addresses
                    else (no if r.addresses_known else tr("Ukjent")),
                    read_note(r.addresses_read_at).strip(),
                ),
                table_item(
                    f"{level_symbol(r.level)} {level_text(r.level)}",
                    "\n".join(dtr(p) for p in r.problems) or dtr(r.summary),
                ),
                table_item(" ".join(dtr(p) for p in r.problems) or dtr(r.summary)),
            ]
            fg, bg = LEVEL_STYLE[r.level]
            for c, item in enumerate(cells):
                if r.level is Level.UNKNOWN and c in (3, 6):
                    fg, bg = LEVEL_STYLE[Level.UNKNOWN]
                    item.setForeground(QBrush(QColor(fg)))
                    item.setBackground(QBrush(QColor(bg)))
                elif (
                    c == 6
                    or (c == 3 and not r.holders)
                    or (c == 4 and r.extras)
                    or (c == 5 and not r.addresses)
                    or (c == 2 and not r.approved)
                ):
                    level = r.level if c == 6 else (Level.BAD if c == 3 else Level.WARN)
                    if c == 5 and not r.addresses_known:
                        level = Level.UNKNOWN
                    fg, bg = LEVEL_STYLE[level]
                    item.setForeground(QBrush(QColor(fg)))
                    item.setBackground(QBrush(QColor(bg)))
                self.matrix.setItem(i, c, item)
            self.matrix.item(i, 0).setData(Qt.ItemDataRole.UserRole, r.orgnr)
        self._row_fit.start()

    def _fill_unit(self) -> None:
        orgnr = self.current_orgnr()
        approved = [a for a in self.approved if a.orgnr == orgnr]
        holders = [h for h in self.holders if h.orgnr == orgnr]
        self.approved_table.setRowCount(len(approved))
        for i, a in enumerate(approved):
            has = any(same_person(a, h) for h in holders)
            has_item = table_item(tr("Ja") if has else tr("Nei, ikke ennå"))
            if not has:
                has_item.setForeground(QBrush(QColor(LEVEL_STYLE[Level.WARN][0])))
            self.approved_table.setItem(i, 0, table_item(a.name))
            self.approved_table.setItem(i, 1, table_item(a.email))
            self.approved_table.setItem(i, 2, table_item(reason_text(a.reason)))
            self.approved_table.setItem(i, 3, has_item)
            when = a.approved_on.strftime("%d.%m.%Y") if a.approved_on else ""
            self.approved_table.setItem(
                i, 4, table_item(" ".join(x for x in (when, a.approved_by) if x))
            )
        self._approved_shown = approved
        self.holders_table.setRowCount(len(holders))
        for i, h in enumerate(holders):
            on_list = any(same_person(h, a) for a in approved)
            listed = table_item(tr("Ja") if on_list else tr("Nei: fjern eller godkjenn"))
            if not on_list:
                listed.setForeground(QBrush(QColor(LEVEL_STYLE[Level.BAD][0])))
            self.holders_table.setItem(i, 0, table_item(h.name))
            self.holders_table.setItem(i, 1, table_item(h.email))
            self.holders_table.setItem(i, 2, table_item(", ".join(grant_text(g) for g in h.grants)))
            self.holders_table.setItem(i, 3, table_item(dtr(SOURCE_LABELS[h.source])))
            self.holders_table.setItem(i, 4, listed)
        self._holders_shown = holders
        self._update_buttons()

    def _fill_routine(self) -> None:
        st = self.routine_state
        if st is None:
            self.routine_status.setText("")
            return
        s = st.settings
        self.approver_title.setText(s.approver_title)
        self.approver_name.setText(s.approver_name)
        self.administrator.setText(s.administrator)
        self.review_months.setValue(s.review_months)
        self.reviewer.setText(s.reviewer)
        self.notes.setPlainText(s.notes)
        if not st.saved:
            text = tr("Rutinen er ikke lagret ennå. Fyll inn og trykk «Lagre rutinen».")
        else:
            parts = []
            if st.last_review:
                parts.append(
                    tr("Siste gjennomgang: {d}.").format(d=st.last_review.strftime("%d.%m.%Y"))
                )
            if st.next_due:
                parts.append(
                    tr("Neste gjennomgang: {d}.").format(d=st.next_due.strftime("%d.%m.%Y"))
                )
            if st.due:
                parts.append(tr("Gjennomgangen er forfalt: gå gjennom tilgangene nå."))
            text = " ".join(parts)
        self.routine_status.setText(text)
        self.routine_status.setStyleSheet("color: #8c1d18; font-weight: 600;" if st.due else "")

    def _unit_changed(self, _index: int) -> None:
        if self.editing is not None and self.editing.orgnr != self.current_orgnr():
            self.cancel_edit()  # the form belongs to a reader of another unit
        self._fill_unit()

    def _update_buttons(self) -> None:
        has_unit = self.current_orgnr() is not None
        self.add_reader_button.setEnabled(has_unit)
        self.add_holder_button.setEnabled(has_unit)
        self.import_button.setEnabled(self.ctx.workspace is not None)
        self.refresh_button.setEnabled(self.api is not None and bool(self.units))
        self.remove_reader_button.setEnabled(bool(self.approved_table.selectedItems()))
        self.edit_reader_button.setEnabled(bool(self.approved_table.selectedItems()))
        self.grant_button.setEnabled(bool(self.approved_table.selectedItems()))
        self.revoke_button.setEnabled(bool(self.holders_table.selectedItems()))
        holder = self._selected(self.holders_table, getattr(self, "_holders_shown", []))
        self.approve_button.setEnabled(
            isinstance(holder, Holder)
            and not any(same_person(holder, a) for a in self.approved if a.orgnr == holder.orgnr)
        )

    def _matrix_selected(self) -> None:
        rows = self.matrix.selectionModel().selectedRows()
        if rows:
            orgnr = self.matrix.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
            self.unit_combo.setCurrentIndex(self.unit_combo.findData(orgnr))

    def _matrix_open(self, row: int, _column: int) -> None:
        r = self.shown_rows[row]
        self.tabs.setCurrentIndex(2 if r.extras or r.has_reader else 1)

    # -- actions --------------------------------------------------------------------------
    def open_plan(self) -> None:
        """Many org numbers at once: typed once (or a list), planned, then applied."""
        if self.ctx.workspace is None:
            return
        dialog = PlanDialog(self.ctx, TILGANG, self.api, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.finished.connect(lambda _r: self.reload())
        self.plan_dialog = dialog
        dialog.open()

    def open_task(self, task: HandoverTask) -> None:
        """A task file was opened: «Gi tilgang til mange …» with the task filled in."""
        self.open_plan()
        dialog = getattr(self, "plan_dialog", None)
        if isinstance(dialog, PlanDialog):
            dialog.use_task(task)

    def _after(self, *_result: object) -> None:
        self.reload()  # the service recorded the change
