"""Hent ny status fra SvarUt: an optional wizard step that refreshes the imported statuses.

``RefreshStatusesPage(ctx, shipments_provider)`` is a ``QWizardPage``. It asks the provider
for the shipments when it is shown, checks (in the background) that the SvarUt and
Maskinporten set-up is complete, and then lets the user fetch fresh statuses with progress,
cancel and "try the failed ones again". The step is optional: without a set-up it says what
to fill in under Innstillinger, and Neste goes on with the statuses from the file.

The refreshed list is available as :meth:`refreshed_shipments` and through the signal
:attr:`shipments_refreshed` (emitted after every run, also a partial one).
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from desktop_app.domain.environments import Environment
from desktop_app.domain.numbers import group_digits as _num
from desktop_app.domain.svarut import Shipment
from desktop_app.services.status_refresh import (
    RefreshResult,
    RefreshSetup,
    setup_or_missing,
)
from desktop_app.storage.secrets import SecretStoreError
from desktop_app.tasks import Task
from desktop_app.views import dialogs
from desktop_app.views.accessibility import MessageLabel
from desktop_app.views.context import AppContext
from desktop_app.views.domain_text import dtr
from desktop_app.views.style import STATUS_COLOURS


def tr(text: str) -> str:
    return QCoreApplication.translate("refresh_statuses", text)


def _shipments(n: int) -> str:
    return tr("1 forsendelse") if n == 1 else tr("{n} forsendelser").format(n=_num(n))


MAX_REASONS_SHOWN = 8


class RefreshStatusesPage(QWizardPage):
    shipments_refreshed = Signal(object)  # list[Shipment]

    def __init__(
        self, ctx: AppContext, shipments_provider: Callable[[], Sequence[Shipment]]
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self._provider = shipments_provider
        self._shipments: list[Shipment] = []
        self._setup: RefreshSetup | None = None
        self._task: Task | None = None
        self._last: RefreshResult | None = None
        self._retry_ids: list[str] = []
        self._previous: RefreshResult | None = None

        self.setTitle(tr("Hent ny status fra SvarUt"))
        self.setSubTitle(
            tr(
                "Valgfritt steg. Statusene i filen kan være gamle; Postvakt kan "
                "spørre SvarUt om hva som har skjedd med brevene siden."
            )
        )
        layout = QVBoxLayout(self)
        self.setup_label = QLabel(tr("Sjekker innstillingene for SvarUt …"))
        self.setup_label.setObjectName("refreshSetup")
        self.setup_label.setWordWrap(True)
        self.setup_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.setup_label)

        buttons = QHBoxLayout()
        self.start_button = QPushButton(tr("Hent status"))
        self.start_button.setEnabled(False)
        self.start_button.clicked.connect(lambda: self.start())
        self.cancel_button = QPushButton(tr("Avbryt henting"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.retry_button = QPushButton(tr("Prøv de som feilet, på nytt"))
        self.retry_button.setVisible(False)
        self.retry_button.clicked.connect(self.retry_failed)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.retry_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.progress = QProgressBar()
        self.progress.setAccessibleName(tr("Framdrift"))
        self.progress.setVisible(False)
        self.progress_label = QLabel("")
        self.progress_label.setVisible(False)
        layout.addWidget(self.progress)
        layout.addWidget(self.progress_label)

        self.summary = MessageLabel()  # the result, said when it lands
        self.summary.setObjectName("refreshSummary")
        self.summary.setWordWrap(True)
        self.summary.setVisible(False)
        layout.addWidget(self.summary)
        self.reasons = QListWidget()
        self.reasons.setAccessibleName(tr("Hvorfor noen ikke fikk ny status"))
        self.reasons.setVisible(False)
        self.reasons.setWordWrap(True)
        layout.addWidget(self.reasons)
        layout.addStretch(1)
        ctx.sandbox_changed.connect(self._sandbox_changed)
        ctx.environment_changed.connect(self._environment_changed)

    # -- the wizard's side -------------------------------------------------------------
    def initializePage(self) -> None:
        self._shipments = list(self._provider())
        self._last = None
        self._retry_ids = []
        self.summary.setVisible(False)
        self.reasons.setVisible(False)
        self.retry_button.setVisible(False)
        self.progress.setVisible(False)
        self.progress_label.setVisible(False)
        self.check_setup()

    def cleanupPage(self) -> None:  # Tilbake: stop, keep nothing half-done on screen
        self.cancel()

    def isComplete(self) -> bool:
        return self._task is None  # optional: Neste works unless a run is going on

    def refreshed_shipments(self) -> list[Shipment]:
        """The shipments with the freshest statuses known (the imported ones if none)."""
        return list(self._last.shipments) if self._last is not None else list(self._shipments)

    def last_result(self) -> RefreshResult | None:
        return self._last

    # -- set-up --------------------------------------------------------------------------
    def check_setup(self) -> None:
        self.start_button.setEnabled(False)
        self._setup = None
        if not self._shipments:
            self._say(tr("Det er ingen forsendelser å hente status for. Gå videre."), "muted")
            return
        if self.ctx.environment is Environment.OVING and self.ctx.sandbox is None:
            self._say(tr("Øvingssandkassen starter …"), "muted")
            return  # _sandbox_changed calls again
        try:
            urls = self.ctx.service_urls()
        except ValueError:
            self._say(
                tr(
                    "Øvingssandkassen kjører ikke. Bytt miljø under Innstillinger, "
                    "eller hopp over dette steget."
                ),
                "warn",
            )
            return
        self.ctx.run(
            setup_or_missing,
            self.ctx.settings,
            self.ctx.secrets,
            urls,
            self.ctx.practice,
            pass_state=False,
            on_result=self._setup_answered,
            on_error=self._setup_missing,
        )

    def _environment_changed(self, _env: object) -> None:
        # The set-up (URLs and keys) belonged to the old environment; a running refresh has
        # been stopped by the switch (AppContext.set_environment).
        self._setup = None
        self.start_button.setEnabled(False)
        if self.isVisible() and self._task is None:
            self.check_setup()

    def _sandbox_changed(self, _url: object) -> None:
        if self.isVisible() and self._task is None:
            self.check_setup()

    def _setup_answered(self, answer: object) -> None:
        if isinstance(answer, RefreshSetup):
            self._setup_ready(answer)
        else:
            self._setup_missing(answer)  # type: ignore[arg-type]

    def _setup_ready(self, setup: RefreshSetup) -> None:
        self._setup = setup
        self._show_buttons(True)
        count = len(self._shipments)
        if setup.practice:
            text = tr(
                "Øving: statusene hentes fra øvingssandkassen med øvingsnøkler, så ingen "
                "ekte tjenester blir spurt. Forsendelser som kan sjekkes: {n}."
            )
        else:
            text = tr(
                "SvarUt er satt opp. Forsendelser som kan sjekkes: {n}. Trykk «Hent "
                "status», eller Neste for å bruke statusene i filen."
            )
        self._say(text.format(n=_num(count)), "ok")
        self.start_button.setEnabled(True)

    def _setup_missing(self, exc: BaseException) -> None:
        self._show_buttons(False)
        missing = getattr(exc, "missing", None)
        if missing:
            items = "\n".join("  • " + dtr(m) for m in missing)
            text = tr(
                "For å hente status fra SvarUt må dette legges inn under Innstillinger, "
                "i «SvarUt og Maskinporten» og «Innlogging og nøkler» (spør "
                "IT-avdelingen om verdiene):\n{items}\n\nDu kan hoppe over steget: trykk "
                "Neste, så brukes statusene i filen."
            ).format(items=items)
        elif isinstance(exc, SecretStoreError):
            text = (
                dialogs.user_message(exc)
                + "\n\n"
                + tr("Du kan hoppe over steget: trykk Neste, så brukes statusene i filen.")
            )
        else:
            text = dialogs.user_message(exc)
        self._say(text, "warn")

    def _show_buttons(self, visible: bool) -> None:
        self.start_button.setVisible(visible)
        self.cancel_button.setVisible(visible)

    def _say(self, text: str, colour: str) -> None:
        self.setup_label.setText(text)
        self.setup_label.setStyleSheet(
            f"color: {STATUS_COLOURS[colour]};" if colour != "ok" else ""
        )

    # -- running ---------------------------------------------------------------------------
    def start(self, only_ids: Sequence[str] | None = None) -> None:
        if self._setup is None or self._task is not None:
            return
        ids = list(only_ids) if only_ids else None
        self._previous = self._last if ids is not None else None
        base = self.refreshed_shipments()
        total = len(ids) if ids is not None else len(base)
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.progress_label.setText(tr("Kobler til SvarUt …"))
        self.progress_label.setVisible(True)
        self.summary.setVisible(False)
        self.reasons.setVisible(False)
        self.retry_button.setVisible(False)
        self._set_running(True)
        ws = self.ctx.workspace
        self._task = self.ctx.run(
            self.ctx.services.unopened.refresh_statuses,
            self._setup,
            base,
            ids,
            ws,
            on_progress=self._on_progress,
            on_result=self._done,
            on_error=self._failed,
            on_cancelled=self._stopped,
            on_finished=self._finished,
            environment_bound=True,
        )

    def retry_failed(self) -> None:
        if self._retry_ids:
            self.start(self._retry_ids)

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.cancel_button.setEnabled(False)
            self.progress_label.setText(tr("Avbryter … det som alt er hentet, beholdes."))

    def _set_running(self, running: bool) -> None:
        self.start_button.setEnabled(not running and self._setup is not None)
        self.cancel_button.setEnabled(running)
        self.completeChanged.emit()

    def _on_progress(self, done: int, total: int, _text: str) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            self.progress_label.setText(
                tr("Hentet {done} av {total}").format(done=_num(done), total=_num(total))
            )

    def _done(self, result: RefreshResult) -> None:
        previous, self._previous = self._previous, None
        if previous is not None:  # a retry: the earlier failures not retried still count
            for sid, reason in previous.failed.items():
                if sid not in previous.retryable:
                    result.failed.setdefault(sid, reason)
        self._last = result
        self._retry_ids = sorted(result.retryable)
        self.progress.setValue(self.progress.maximum())
        self.progress_label.setVisible(False)
        self._show_summary(result)
        self.shipments_refreshed.emit(self.refreshed_shipments())

    def _show_summary(self, result: RefreshResult) -> None:
        warn = STATUS_COLOURS["warn"]
        lines = [
            html.escape(
                tr(
                    "Ny status for {n} av {total} forsendelser; {changed} har endret "
                    "status siden filen ble laget."
                ).format(
                    n=_num(result.updated), total=_num(result.asked), changed=_num(result.changed)
                )
            )
        ]
        warnings = []
        if result.stopped_nb:  # SvarUt stopped answering: say so first, in plain words
            warnings.append(dtr(result.stopped_nb))
        if result.cancelled:
            warnings.append(
                tr("Du avbrøt. Det som ble hentet, er beholdt; resten har statusen fra filen.")
            )
        if result.failed:
            warnings.append(
                tr(
                    "{n} fikk ikke ny status og beholder statusen fra filen. Se hvorfor nedenfor."
                ).format(n=_num(len(result.failed)))
            )
        if self._retry_ids:
            warnings.append(
                tr("Trykk «Prøv de som feilet, på nytt» for å spørre bare om dem ({n}).").format(
                    n=_num(len(self._retry_ids))
                )
            )
        lines += [f'<span style="color:{warn}">{html.escape(w)}</span>' for w in warnings]
        counts: dict[str, int] = {}
        for shipment in result.shipments:
            if shipment.status is not None:
                label = dtr(shipment.status.label_nb)
                counts[label] = counts.get(label, 0) + 1
        if counts:
            parts = [
                f"{label} {_num(n)}" for label, n in sorted(counts.items(), key=lambda kv: -kv[1])
            ]
            lines.append(
                html.escape(tr("Slik står det nå: {parts}.").format(parts=" · ".join(parts)))
            )
        lines.append(html.escape(tr("Trykk Neste for å gå videre.")))
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setText("<br>".join(lines))
        self.summary.setStyleSheet("")
        self.summary.setVisible(True)
        self.reasons.clear()
        for reason, count in list(result.reasons().items())[:MAX_REASONS_SHOWN]:
            self.reasons.addItem(
                tr("{what}: {reason}").format(what=_shipments(count), reason=dtr(reason))
            )
        rows = self.reasons.count()
        if rows:
            row_height = max(self.reasons.sizeHintForRow(0), 18)
            self.reasons.setFixedHeight(min(160, 8 + rows * row_height))
        self.reasons.setVisible(bool(result.failed))
        self.start_button.setText(tr("Hent status på nytt"))
        self.retry_button.setVisible(bool(self._retry_ids))

    def _failed(self, exc: BaseException) -> None:
        self.progress_label.setVisible(False)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setText(
            tr(
                "Statusene ble ikke hentet: {why}\n\nStatusene fra filen "
                "brukes. Du kan prøve igjen eller trykke Neste."
            ).format(why=dialogs.user_message(exc))
        )
        self.summary.setStyleSheet(f"color: {STATUS_COLOURS['bad']};")
        self.summary.setVisible(True)

    def _stopped(self) -> None:
        self.progress_label.setText(tr("Avbrutt."))

    def _finished(self) -> None:
        self._task = None
        self._set_running(False)
