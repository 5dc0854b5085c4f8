"""«Sjekk oppsettet»: the set-up check for the chosen environment, in a small window.

The checks run in the background (:class:`~desktop_app.services.setup_check.SetupCheckService`
through ``ctx.run``) with progress and a cancel button; the table shows each check's result,
what to do and whom to ask. The window never signs in by itself: with nobody signed in, the
Altinn checks say «ikke sjekket» and how to run them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.identifiers import format_orgnr
from desktop_app.services.setup_check import SetupReport, Status
from desktop_app.tasks import Task
from desktop_app.views import dialogs
from desktop_app.views.context import AppContext
from desktop_app.views.domain_text import dtr
from desktop_app.views.style import STATUS_COLOURS


def tr(text: str) -> str:
    return QCoreApplication.translate("setup_check", text)


def _status_text(status: Status) -> str:
    return {Status.OK: tr("OK"), Status.FAILED: tr("Feil"), Status.NOT_CHECKED: tr("Ikke sjekket")}[
        status
    ]


_COLOURS = {Status.OK: "ok", Status.FAILED: "bad", Status.NOT_CHECKED: "muted"}


class SetupCheckDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._task: Task | None = None
        self.report: SetupReport | None = None
        self.setWindowTitle(tr("Sjekk oppsettet"))
        self.setMinimumSize(760, 460)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [tr("Status"), tr("Sjekk"), tr("Hva Postvakt fant"), tr("Hvem du spør")]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        layout.addWidget(self.table, 1)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        buttons = QDialogButtonBox()
        self.run_button = QPushButton(tr("Kjør sjekken"))
        self.cancel_button = QPushButton(tr("Avbryt sjekken"))
        self.cancel_button.setEnabled(False)
        buttons.addButton(self.run_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.close)
        self.run_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        layout.addWidget(buttons)
        self._describe()

    def _orgnr(self) -> tuple[str | None, object]:
        workspace = self.ctx.workspace
        if workspace is None or workspace.is_demo != self.ctx.environment.is_sandbox:
            return None, None
        return workspace.orgnr, workspace

    def _describe(self) -> None:
        env = dtr(self.ctx.environment.label)
        orgnr, workspace = self._orgnr()
        if orgnr:
            text = tr("Sjekker det Postvakt trenger i {env} for {name} (org.nr {orgnr}).").format(
                env=env, name=workspace.name, orgnr=format_orgnr(orgnr)
            )  # type: ignore[attr-defined]
        else:
            text = tr(
                "Sjekker det Postvakt trenger i {env}. Velg kommunens arbeidsflate først "
                "for å sjekke at du kan representere den i Altinn."
            ).format(env=env)
        if not self.ctx.session.signed_in:
            text += " " + tr(
                "Du er ikke logget inn, så Altinn blir ikke sjekket: logg inn "
                "under Pålogging først for å sjekke alt."
            )
        self.heading.setText(text)

    # -- the run ---------------------------------------------------------------------
    def start(self) -> None:
        if self._task is not None:
            return
        self._describe()
        orgnr, workspace = self._orgnr()
        service = self.ctx.services.setup_check(
            self.ctx.settings,
            self.ctx.secrets,
            self.ctx.service_urls,
            self.ctx.session,
            self.ctx.practice,
        )
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.summary.setText(tr("Sjekker …"))
        self._task = self.ctx.run(
            service.run,
            orgnr=orgnr,
            workspace=workspace,
            on_result=self._show,
            on_error=self._failed,
            on_progress=self._progress,
            on_finished=self._finished,
            owner=self,
        )

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.cancel_button.setEnabled(False)
            self.summary.setText(tr("Avbryter etter sjekken som pågår …"))

    def _progress(self, done: int, total: int, text: str) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        if text:
            self.summary.setText(text)

    def _finished(self) -> None:
        self._task = None
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.progress.setVisible(False)

    def _failed(self, exc: BaseException) -> None:
        self.summary.setText(tr("Sjekken stoppet: {why}").format(why=dialogs.user_message(exc)))

    def _show(self, report: SetupReport) -> None:
        self.report = report
        self.table.setRowCount(len(report.results))
        for row, result in enumerate(report.results):
            status = QTableWidgetItem(_status_text(result.status))
            status.setForeground(QColor(STATUS_COLOURS[_COLOURS[result.status]]))
            if result.checked_at is not None:
                status.setToolTip(
                    tr("Sjekket {when}").format(
                        when=result.checked_at.astimezone().strftime("%d.%m.%Y %H:%M:%S")
                    )
                )
            self.table.setItem(row, 0, status)
            self.table.setItem(row, 1, QTableWidgetItem(result.title))
            message = QTableWidgetItem(result.message)
            message.setToolTip(result.message)
            self.table.setItem(row, 2, message)
            self.table.setItem(row, 3, QTableWidgetItem(result.ask.label if result.ask else ""))
        self.table.resizeRowsToContents()
        text = tr("{ok} ok, {failed} feil, {skipped} ikke sjekket.").format(
            ok=report.count(Status.OK),
            failed=report.count(Status.FAILED),
            skipped=report.count(Status.NOT_CHECKED),
        )
        if report.cancelled:
            text += " " + tr("Du avbrøt sjekken.")
        elif report.all_ok:
            text += " " + tr("Alt er klart.")
        self.summary.setText(text + " " + tr("Sjekken er skrevet i loggen."))
        self.ctx.audit_changed.emit()

    def closeEvent(self, event) -> None:
        if self._task is not None:
            self._task.cancel()
        super().closeEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self._task is not None:
            self.cancel()
            return
        super().keyPressEvent(event)
