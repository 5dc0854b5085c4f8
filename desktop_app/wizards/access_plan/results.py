"""Step 3 of the access plan: carry it out with progress and a stop button, show the result per
item, and retry what is left. A part of :class:`PlanDialog`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from desktop_app.domain.access_plan import ItemResult, Outcome, failed_keys, results_summary
from desktop_app.domain.identifiers import format_orgnr
from desktop_app.services.handover import granted_lines
from desktop_app.views import dialogs
from desktop_app.views.domain_text import dtr
from desktop_app.wizards.access_plan.common import TILGANG, VARSLING, fill_table, readonly_table


def tr(text: str) -> str:
    return QCoreApplication.translate("access_plan", text)


class ResultsStep:
    """Builds step 3 and carries out the plan."""

    # -- step 3: applying and the results -------------------------------------------------
    def _build_results(self) -> QWidget:
        w = QWidget()
        layout = QVBoxLayout(w)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(tr("Fremdrift"))
        layout.addWidget(self.progress)
        self.progress_text = QLabel()
        self.progress_text.setWordWrap(True)
        self.progress_text.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.progress_text)
        self.result_table = readonly_table(
            [
                tr("Resultat"),
                tr("Endring"),
                tr("Hvem"),
                tr("Virksomhet"),
                tr("Org.nr"),
                tr("Melding"),
            ],
            tr("Resultat per endring"),
        )
        layout.addWidget(self.result_table, 1)
        row = QHBoxLayout()
        self.stop_button = QPushButton(tr("&Stopp"))
        self.stop_button.setAutoDefault(False)
        self.stop_button.clicked.connect(self.stop)
        row.addWidget(self.stop_button)
        row.addStretch(1)
        self.retry_button = QPushButton(tr("&Prøv de som gjenstår på nytt"))
        self.retry_button.setAutoDefault(False)
        self.retry_button.clicked.connect(self.retry)
        row.addWidget(self.retry_button)
        self.close_button = QPushButton(tr("&Lukk"))
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        return w

    def apply(self, only: set[str] | None = None) -> None:
        ws, plan = self.ctx.workspace, self.plan
        if ws is None or plan is None or self.api is None or self._task is not None:
            return
        self.stack.setCurrentIndex(2)
        self.progress.setRange(0, len(plan.items) if only is None else len(only))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.stop_button.setVisible(True)
        self.retry_button.setVisible(False)
        self.close_button.setEnabled(False)
        self.progress_text.setText(tr("Gjør endringene i Altinn …"))
        access_api = self.api if self.kind == TILGANG else None
        notification_api = self.api if self.kind == VARSLING else None
        self._task = self.ctx.run(
            self.service.apply,
            ws.id,
            plan,
            access_api=access_api,
            notification_api=notification_api,
            only=only,
            owner=self,
            on_progress=self._progressed,
            on_result=self._applied,
            on_error=lambda exc: self.progress_text.setText(dialogs.user_message(exc)),
            on_finished=self._finished,
        )
        self.stop_button.setFocus()

    def _progressed(self, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress_text.setText(dtr(text))

    def _applied(self, results: list[ItemResult]) -> None:
        before = {r.item.key: r for r in self.results}
        before.update({r.item.key: r for r in results})
        self.results = list(before.values())
        marks = {
            Outcome.DONE: "✓ " + tr("Utført"),
            Outcome.FAILED: "✗ " + tr("Feilet"),
            Outcome.SKIPPED: "– " + tr("Ikke utført"),
        }
        fill_table(
            self.result_table,
            [
                [
                    marks[r.outcome],
                    dtr(r.item.label),
                    r.item.who,
                    r.item.unit_name,
                    format_orgnr(r.item.orgnr),
                    dtr(r.message),
                ]
                for r in self.results
            ],
        )
        self.progress_text.setText(dtr(results_summary(self.results)))
        if self.task_banner is not None:
            self.task_banner.set_done(granted_lines(self.results))
            self.next_person.setVisible(
                self.task_person.currentIndex() < self.task_person.count() - 1
            )
        self.retry_button.setVisible(bool(failed_keys(self.results)))

    def _finished(self) -> None:
        self._task = None
        self.progress.setVisible(False)
        self.stop_button.setVisible(False)
        self.close_button.setEnabled(True)
        (self.retry_button if self.retry_button.isVisible() else self.close_button).setFocus()

    def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.progress_text.setText(tr("Stopper etter endringen som pågår …"))

    def retry(self) -> None:
        keys = failed_keys(self.results)
        if keys:
            self.apply(only=keys)

    def reject(self) -> None:
        if self._task is not None:  # never close over work in progress: stop it first
            self.stop()
            return
        super().reject()
