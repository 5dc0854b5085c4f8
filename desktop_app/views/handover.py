"""«Til daglig leder»: the dialog that writes the three files, the strip a page shows when it
was opened from a task file (with sign-in and the receipt), and opening a task or a receipt
(«Åpne oppgave …», ``postvakt FIL``).

What is written and checked is :class:`~desktop_app.services.handover.HandoverService`'s;
this module only asks where, runs it in the background and shows the result.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.identifiers import format_orgnr
from desktop_app.domain.organizations import Workspace
from desktop_app.services.handover import (
    KIND_DPI,
    RECEIPT_SUFFIX,
    TASK_SUFFIX,
    Handover,
    HandoverError,
    HandoverTask,
    Receipt,
    person_lines,
    read_any,
    values_to_copy,
)
from desktop_app.views import dialogs
from desktop_app.views.context import AppContext
from desktop_app.views.pdf import write_pdf
from desktop_app.views.printing import Printable, print_button
from desktop_app.views.style import STATUS_COLOURS


def tr(text: str) -> str:
    return QCoreApplication.translate("handover", text)


# --- seams for tests (file dialogs, the desktop) ----------------------------------------------


def choose_folder(parent: QWidget, start: str) -> Path | None:
    path = QFileDialog.getExistingDirectory(parent, tr("Velg mappen filene skal lagres i"), start)
    return Path(path) if path else None


def choose_receipt_path(parent: QWidget, suggested: Path) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(
        parent,
        tr("Lagre kvitteringen"),
        str(suggested),
        tr("Kvittering fra Postvakt (*{suffix})").format(suffix=RECEIPT_SUFFIX),
    )
    return Path(path) if path else None


def choose_open_path(parent: QWidget) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        tr("Åpne oppgave eller kvittering"),
        str(Path.home()),
        tr("Oppgaver og kvitteringer (*{task} *{receipt});;Alle filer (*)").format(
            task=TASK_SUFFIX, receipt=RECEIPT_SUFFIX
        ),
    )
    return Path(path) if path else None


def open_local(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def _label(text: str = "", *, muted: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if muted:
        label.setStyleSheet(f"color: {STATUS_COLOURS['muted']};")
    return label


# --- writing the files ------------------------------------------------------------------------


class HandoverDialog(QDialog):
    """Shows what the daglig leder gets, asks for a folder and writes the three files."""

    def __init__(
        self,
        ctx: AppContext,
        workspace: Workspace,
        task: HandoverTask,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.workspace, self.task = ctx, workspace, task
        self.written: Handover | None = None
        self.setWindowTitle(tr("Til daglig leder"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        heading = _label(task.title)
        heading.setStyleSheet("font-weight: 600; font-size: 13pt;")
        layout.addWidget(heading)
        layout.addWidget(
            _label(
                tr(
                    "Postvakt lager tre filer som du sender til daglig leder (eller den som har retten i "
                    "Altinn): et brev på én side (PDF) med stegene, et e-postutkast med det samme og "
                    "filene vedlagt, og en oppgavefil. Har daglig leder Postvakt, åpner oppgavefilen "
                    "steget med alt fylt inn. Når det er gjort, får du en kvittering tilbake."
                )
            )
        )
        what = [f"{label}: {value}" for label, value in values_to_copy(task)]
        what += person_lines(task)
        summary = _label("\n".join("• " + line for line in what))
        summary.setObjectName("handoverValues")
        layout.addWidget(summary)
        if task.kind != KIND_DPI:
            layout.addWidget(
                _label(
                    tr("Fødselsnummer skrives ikke i filene. Daglig leder skriver det inn selv."),
                    muted=True,
                )
            )
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Lagres i:")))
        self.folder = QLineEdit(str(Path.home()))
        self.folder.setAccessibleName(tr("Mappen filene lagres i"))
        row.addWidget(self.folder, 1)
        browse = QPushButton(tr("Velg &mappe …"))
        browse.setAutoDefault(False)
        browse.clicked.connect(self.ask_folder)
        row.addWidget(browse)
        layout.addLayout(row)
        self.result = _label()
        self.result.setObjectName("handoverResult")
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.result)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        self.open_mail = QPushButton(tr("Åpne &e-postutkastet"))
        self.open_mail.setAutoDefault(False)
        self.open_mail.setVisible(False)
        self.open_mail.clicked.connect(lambda: self.written and open_local(self.written.eml))
        buttons.addWidget(self.open_mail)
        # the same one-page letter as the PDF, for a daglig leder who wants it on paper
        self.print_button = print_button(self.printable, self, ctx, tr("Skriv ut &brevet …"))
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        self.close_button = QPushButton(tr("&Lukk"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.accept)
        buttons.addWidget(self.close_button)
        self.write_button = QPushButton(tr("&Lag filene"))
        self.write_button.setObjectName("writeHandover")
        self.write_button.setDefault(True)
        self.write_button.clicked.connect(self.write)
        buttons.addWidget(self.write_button)
        layout.addLayout(buttons)

    def printable(self) -> Printable:
        task, handover = self.task, self.ctx.services.handover
        return Printable(task.title, lambda: handover.document(task))

    def ask_folder(self) -> None:
        chosen = choose_folder(self, self.folder.text())
        if chosen is not None:
            self.folder.setText(str(chosen))

    def write(self) -> None:
        folder = Path(self.folder.text().strip() or str(Path.home()))
        self.write_button.setEnabled(False)
        self.result.setStyleSheet("")
        self.result.setText(tr("Lager filene …"))
        title = self.task.title

        def work(state: Any) -> Handover:
            return self.ctx.services.handover.write(
                self.workspace,
                self.task,
                folder,
                lambda html, target: write_pdf(html, target, title=title, state=state),
            )

        def done(written: Handover) -> None:
            self.written = written
            self.result.setStyleSheet(f"color: {STATUS_COLOURS['ok']};")
            self.result.setText(
                tr(
                    "Lagret i {folder}:\n• {pdf}\n• {eml}\n• {task}\nSend e-postutkastet til daglig "
                    "leder. Kvitteringen du får tilbake, åpner du med «Fil → Åpne oppgave eller "
                    "kvittering …»."
                ).format(
                    folder=written.pdf.parent,
                    pdf=written.pdf.name,
                    eml=written.eml.name,
                    task=written.task_file.name,
                )
            )
            self.open_mail.setVisible(True)
            self.write_button.setVisible(False)
            self.close_button.setDefault(True)
            self.close_button.setFocus()

        def failed(exc: BaseException) -> None:
            self.result.setStyleSheet(f"color: {STATUS_COLOURS['bad']};")
            self.result.setText(dialogs.user_message(exc))
            self.write_button.setEnabled(True)

        self.ctx.run(work, owner=self, on_result=done, on_error=failed)


def start_handover(
    parent: QWidget, ctx: AppContext, make_task: Callable[[Workspace], HandoverTask]
) -> HandoverDialog | None:
    """Open the dialog for the current workspace (``make_task`` builds the task; a
    :class:`HandoverError` from it is shown instead)."""
    ws = ctx.workspace
    if ws is None:
        return None
    try:
        task = make_task(ws)
    except HandoverError as exc:
        dialogs.show_error(parent, exc, tr("Ingen oppgave å sende"))
        return None
    dialog = HandoverDialog(ctx, ws, task, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.open()
    return dialog


# --- on the daglig leder's side: the task strip -----------------------------------------------


class SignInDialog(QDialog):
    """Sign-in right where the task is (the same panel as under Innstillinger)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from desktop_app.views.signin_panel import SignInPanel

        self.setWindowTitle(tr("Logg inn i Altinn"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.panel = SignInPanel(ctx)
        layout.addWidget(self.panel)
        close = QPushButton(tr("&Lukk"))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        ctx.session_changed.connect(lambda info: info is not None and self.accept())


class TaskBanner(QFrame):
    """«Oppgave fra …»: on the step the task file opened, with sign-in and, once Postvakt read
    the result back from Altinn, «Lagre kvittering …»."""

    receipt_saved = Signal(object)  # Receipt

    def __init__(self, ctx: AppContext, task: HandoverTask, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.task = ctx, task
        self.done: list[str] = []
        self.setObjectName("taskBanner")
        self.setStyleSheet(
            "QFrame#taskBanner { background: #e8f0fe; border: 1px solid #aecbfa;"
            " border-radius: 6px; }"
        )
        layout = QVBoxLayout(self)
        self.text = _label(
            tr(
                "Oppgave fra {who}: {title} for {name} (org.nr {orgnr}). Alt er fylt inn; gjør "
                "steget under."
            ).format(
                who=task.made_by,
                title=task.title,
                name=task.municipality,
                orgnr=format_orgnr(task.orgnr),
            )
        )
        self.text.setObjectName("taskText")
        layout.addWidget(self.text)
        self.state = _label()
        self.state.setObjectName("taskState")
        layout.addWidget(self.state)
        row = QHBoxLayout()
        self.sign_in_button = QPushButton(tr("&Logg inn i Altinn …"))
        self.sign_in_button.setObjectName("taskSignIn")
        self.sign_in_button.setAutoDefault(False)
        self.sign_in_button.clicked.connect(self.sign_in)
        row.addWidget(self.sign_in_button)
        self.receipt_button = QPushButton(
            tr("Lagre &kvittering til {who} …").format(who=task.made_by)
        )
        self.receipt_button.setObjectName("taskReceipt")
        self.receipt_button.setAutoDefault(False)
        self.receipt_button.setVisible(False)
        self.receipt_button.clicked.connect(self.ask_receipt)
        row.addWidget(self.receipt_button)
        row.addStretch(1)
        layout.addLayout(row)
        ctx.session_changed.connect(self._session)
        self._session(ctx.session.info)

    def _session(self, info: object) -> None:
        signed_in = info is not None
        self.sign_in_button.setVisible(not signed_in and not self.done)
        if not self.done:
            self.state.setText(
                tr("Du er logget inn: Postvakt kan gjøre det i Altinn for deg og lese det tilbake.")
                if signed_in
                else tr(
                    "Logg inn i Altinn, så kan Postvakt gjøre det for deg og lese det tilbake. "
                    "Eller gjør det selv i Altinn med stegene under."
                )
            )

    def sign_in(self) -> None:
        dialog = SignInDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.open()

    def set_done(self, done: list[str]) -> None:
        """What Postvakt read back from Altinn: the receipt can be saved now."""
        if not done:
            return
        self.done = list(done)
        self.state.setStyleSheet(f"color: {STATUS_COLOURS['ok']}; font-weight: 600;")
        self.state.setText(
            tr(
                "Gjort og lest tilbake fra Altinn. Lagre kvitteringen og send den til {who}."
            ).format(who=self.task.made_by)
        )
        self.sign_in_button.setVisible(False)
        self.receipt_button.setVisible(True)
        self.receipt_button.setFocus()

    def ask_receipt(self) -> None:
        ws = self.ctx.workspace
        if ws is None:
            return
        suggested = Path.home() / f"Kvittering {self.task.municipality}{RECEIPT_SUFFIX}"
        path = choose_receipt_path(self, suggested)
        if path is not None:
            self.write_receipt(ws, path)

    def write_receipt(self, ws: Workspace, path: Path) -> None:
        def done(receipt: Receipt) -> None:
            self.state.setText(
                tr("Kvitteringen er lagret: {path}. Send den til {who}.").format(
                    path=path if path.suffix == RECEIPT_SUFFIX else f"{path}{RECEIPT_SUFFIX}",
                    who=self.task.made_by,
                )
            )
            self.receipt_saved.emit(receipt)

        self.ctx.run(
            self.ctx.services.handover.write_receipt,
            ws,
            self.task,
            self.done,
            path,
            pass_state=False,
            owner=self,
            on_result=done,
            on_error=lambda exc: dialogs.show_error(self, exc, tr("Kvitteringen ble ikke lagret")),
        )


# --- opening a task or a receipt --------------------------------------------------------------


def _open_work(
    ctx: AppContext, path: Path, environment: str
) -> tuple[HandoverTask, Workspace] | Receipt:
    """In the background: a receipt is recorded; a task is checked and its workspace found
    (or made, for a Postvakt that has none for the municipality yet)."""
    found = read_any(path)
    service = ctx.services.handover
    if isinstance(found, Receipt):
        return service.record_receipt(path)
    task = service.read_task(path, environment)
    same = [ws for ws in ctx.services.workspaces.list_workspaces() if ws.orgnr == task.orgnr]
    if same:  # the municipality's own workspace before Øving's
        return task, sorted(same, key=lambda ws: (ws.is_demo, ws.id))[0]
    return task, ctx.services.workspaces.create_workspace(task.municipality, task.orgnr)


def open_handover_file(
    parent: QWidget, ctx: AppContext, path: Path, show: Callable[[HandoverTask], None]
) -> None:
    """Open ``path``: a task lands on its step (``show(task)`` once its workspace is chosen);
    a receipt is recorded in the log and said so. Bad files give a message, nothing else."""

    def opened(result: tuple[HandoverTask, Workspace] | Receipt) -> None:
        if isinstance(result, Receipt):
            lines = "\n".join("• " + d for d in result.done)
            dialogs.inform(
                parent,
                tr("Kvittering"),
                tr(
                    "{who} har gjort oppgaven for {name} ({when}), og Postvakt leste det tilbake fra "
                    "Altinn:\n{lines}\n\nKvitteringen er ført i loggen."
                ).format(
                    who=result.done_by,
                    name=result.municipality,
                    when=_when(result.done_at),
                    lines=lines,
                ),
            )
            return
        task, ws = result
        if ctx.workspace is None or ctx.workspace.id != ws.id:
            ctx.workspaces_changed.emit()
            ctx.set_workspace(ws)
        show(task)

    ctx.run(
        _open_work,
        ctx,
        path,
        str(ctx.environment.value),
        pass_state=False,
        on_result=opened,
        on_error=lambda exc: dialogs.show_error(parent, exc, tr("Filen ble ikke åpnet")),
    )


def _when(iso: str) -> str:
    from datetime import datetime

    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%d.%m.%Y kl. %H.%M")
    except ValueError:
        return iso
