"""Fast kontroll for one workspace: when the operating system's scheduler runs the
unopened-post check, shown as the scheduler has it; change, repair or remove it. The
scheduler work is in :mod:`desktop_app.services.routines`; this dialog only asks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.routines import WEEKDAYS_NB, Frequency, Schedule
from desktop_app.services.routines import RoutineStatus
from desktop_app.views import dialogs
from desktop_app.views.context import AppContext
from desktop_app.views.style import STATUS_COLOURS


def tr(text: str) -> str:
    return QCoreApplication.translate("routine_dialog", text)


def answers() -> tuple[tuple[str, str], ...]:
    return (
        ("unknown", tr("Vet ikke")),
        ("1a", tr("Virksomheter får bare digital post (1a)")),
        ("1b", tr("Brevet skrives ut hvis det ikke åpnes (1b)")),
    )


class RoutineDialog(QDialog):
    changed = Signal()
    loaded = Signal()

    def __init__(
        self, ctx: AppContext, workspace_id: int, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.workspace_id = workspace_id
        self.setWindowTitle(tr("Fast kontroll – {name}").format(name=name))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "Maskinens planlegger kjører kontrollen av uåpnet post av seg selv, også når "
                "Postvakt er lukket. Den leser den nyeste rapporten fra SvarUt i mappen du velger, "
                "og lagrer kontrollen i historikken og loggen som andre kontroller. Lagre "
                "rapporten fra SvarUt i mappen før hver kontroll. Maskinen må være på, og du må "
                "være logget inn på den, når kontrollen skal gå."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        self.frequency = QComboBox()
        for value in Frequency:
            self.frequency.addItem(value.label_nb, value.value)
        self.frequency.currentIndexChanged.connect(self._frequency_changed)
        form.addRow(tr("&Hvor ofte:"), self.frequency)
        self.weekday = QComboBox()
        for day in WEEKDAYS_NB:
            self.weekday.addItem(day.capitalize())
        form.addRow(tr("&Ukedag:"), self.weekday)
        self.day = QSpinBox()
        self.day.setRange(1, 28)
        form.addRow(tr("&Dag i måneden:"), self.day)
        self.time = QTimeEdit(QTime(7, 30))
        self.time.setDisplayFormat("HH:mm")
        form.addRow(tr("&Klokkeslett:"), self.time)
        folder_row = QHBoxLayout()
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(tr("Mappen der rapportene fra SvarUt lagres"))
        browse = QPushButton(tr("&Velg …"))
        browse.clicked.connect(self._browse)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        folder_label = QLabel(tr("&Mappe:"))
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, folder_row)
        self.answer = QComboBox()
        for value, label in answers():
            self.answer.addItem(label, value)
        form.addRow(tr("Innstilling i &SvarUt:"), self.answer)
        self.refresh_box = QCheckBox(
            tr("Hent ny status fra SvarUt først (krever oppsett under Innstillinger)")
        )
        form.addRow("", self.refresh_box)
        layout.addLayout(form)

        self.state = QLabel(tr("Leser hva planleggeren har …"))
        self.state.setWordWrap(True)
        layout.addWidget(self.state)

        buttons = QHBoxLayout()
        self.save_button = QPushButton(tr("&Lagre"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.repair_button = QPushButton(tr("&Reparer"))
        self.repair_button.setToolTip(
            tr("Legg kontrollen inn på nytt med Postvakt slik den er installert nå.")
        )
        self.repair_button.clicked.connect(self.repair)
        self.remove_button = QPushButton(tr("&Fjern"))
        self.remove_button.clicked.connect(self.ask_remove)
        close = QPushButton(tr("Lukk"))
        close.clicked.connect(self.reject)
        for button in (self.save_button, self.repair_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self._frequency_changed()
        self.scheduler_label: str | None = ""
        self._show(None)
        self.load()

    def _frequency_changed(self, *_args: object) -> None:
        monthly = self.frequency.currentData() == Frequency.MONTHLY.value
        self.weekday.setEnabled(not monthly)
        self.day.setEnabled(monthly)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, tr("Mappen for rapporter fra SvarUt"), self.folder.text() or str(Path.home())
        )
        if folder:
            self.folder.setText(folder)

    def schedule(self) -> Schedule:
        time = self.time.time()
        return Schedule(
            Frequency(self.frequency.currentData()),
            self.weekday.currentIndex(),
            self.day.value(),
            time.hour(),
            time.minute(),
        )

    # -- reading and showing -------------------------------------------------------------
    def load(self) -> None:
        routines = self.ctx.services.routines

        def read() -> tuple[RoutineStatus | None, str | None]:  # in the background
            scheduler = routines.scheduler  # asks the system once
            return routines.status(self.workspace_id), scheduler.label if scheduler else None

        self.ctx.run(
            read,
            pass_state=False,
            owner=self,
            on_result=self._loaded,
            on_error=lambda exc: self.state.setText(dialogs.user_message(exc)),
        )

    def _loaded(self, result: tuple[RoutineStatus | None, str | None]) -> None:
        status, self.scheduler_label = result
        if status is not None:
            routine = status.routine
            s = routine.schedule
            self.frequency.setCurrentIndex(self.frequency.findData(s.frequency.value))
            self.weekday.setCurrentIndex(s.weekday)
            self.day.setValue(s.day)
            self.time.setTime(QTime(s.hour, s.minute))
            self.folder.setText(routine.folder)
            self.answer.setCurrentIndex(max(self.answer.findData(routine.answer), 0))
            self.refresh_box.setChecked(routine.refresh)
        self._show(status)
        self.loaded.emit()

    def _show(self, status: RoutineStatus | None) -> None:
        self.repair_button.setVisible(bool(status and status.problem))
        self.remove_button.setEnabled(status is not None)
        self.save_button.setEnabled(self.scheduler_label is not None)
        if status is None and self.scheduler_label is None:
            self.state.setText(
                tr(
                    "Fant ingen planlegger på denne maskinen (systemd for brukeren eller cron), så "
                    "Postvakt kan ikke legge inn en fast kontroll her. Be IT-avdelingen kjøre "
                    "«postvakt-cli rutine kjor --workspace {id}» fast."
                ).format(id=self.workspace_id)
            )
            self.state.setStyleSheet(f"color: {STATUS_COLOURS['warn']};")
            return
        if status is None:
            self.state.setText(tr("Ingen fast kontroll ennå for denne kommunen."))
            self.state.setStyleSheet(f"color: {STATUS_COLOURS['muted']};")
            return
        where = self.scheduler_label or tr("ingen planlegger")
        if status.problem:
            text, colour = status.problem, STATUS_COLOURS["bad"]
        else:
            text = tr("Lagt inn i {where}: {when}.").format(
                where=where, when=status.routine.schedule.text
            )
            colour = STATUS_COLOURS["ok"]
        if status.last_run:
            from desktop_app.domain.dates import local_date

            text += " " + tr("Sist kjørt {d}.").format(d=local_date(status.last_run, True))
        else:
            text += " " + tr("Ikke kjørt ennå.")
        self.state.setText(text)
        self.state.setStyleSheet(f"color: {colour};")

    # -- changing ------------------------------------------------------------------------
    def _busy(self, busy: bool) -> None:
        for button in (self.save_button, self.repair_button, self.remove_button):
            button.setEnabled(not busy)
        if not busy:
            self.save_button.setEnabled(self.scheduler_label is not None)

    def _after(self, title: str):
        def failed(exc: BaseException) -> None:
            dialogs.show_error(self, exc, title)

        def done(_result: object) -> None:
            self.changed.emit()
            self.load()

        return {"on_result": done, "on_error": failed, "on_finished": lambda: self._busy(False)}

    def save(self) -> None:
        self._busy(True)
        self.ctx.run(
            self.ctx.services.routines.save,
            self.workspace_id,
            self.schedule(),
            self.folder.text().strip(),
            self.answer.currentData(),
            self.refresh_box.isChecked(),
            pass_state=False,
            owner=self,
            **self._after(tr("Den faste kontrollen ble ikke lagret")),
        )

    def repair(self) -> None:
        self._busy(True)
        self.ctx.run(
            self.ctx.services.routines.repair,
            self.workspace_id,
            pass_state=False,
            owner=self,
            **self._after(tr("Den faste kontrollen ble ikke reparert")),
        )

    def ask_remove(self) -> None:
        dialogs.confirm(
            self,
            tr("Fjern fast kontroll"),
            tr(
                "Fjerne den faste kontrollen fra maskinens planlegger? Kontrollene som alt er "
                "lagret, blir liggende i historikken."
            ),
            self.remove,
            danger=True,
        )

    def remove(self) -> None:
        self._busy(True)
        self.ctx.run(
            self.ctx.services.routines.remove,
            self.workspace_id,
            pass_state=False,
            owner=self,
            **self._after(tr("Den faste kontrollen ble ikke fjernet")),
        )
