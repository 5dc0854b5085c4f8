"""Ny arbeidsflate: a workspace for one municipality in a few clicks.

The org.nr is checked with its check digit as the user types; the workspace is created
(in the background) only when the user presses Fullfør.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop_app.domain.identifiers import check_orgnr, format_orgnr
from desktop_app.domain.organizations import workspace_orgnr_problem
from desktop_app.services.organizations import RegistryAnswer, check_municipality
from desktop_app.views import dialogs
from desktop_app.views.accessibility import MessageLabel
from desktop_app.views.context import AppContext
from desktop_app.views.domain_text import dtr
from desktop_app.views.style import STATUS_COLOURS


def tr(text: str) -> str:
    return QCoreApplication.translate("new_workspace", text)


def not_a_municipality(name: str, org_form: str) -> str:
    """:data:`desktop_app.domain.organizations.NOT_A_MUNICIPALITY` in the user's language (the
    catalogue takes texts with fields from the views only)."""
    return tr(
        "Enhetsregisteret sier at dette er «{name}» ({form}), ikke en kommune eller "
        "fylkeskommune. Sjekk organisasjonsnummeret. Du kan likevel opprette arbeidsflaten."
    ).format(name=name, form=org_form.upper())


class IntroPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr("Ny arbeidsflate"))
        self.setSubTitle(tr("En arbeidsflate samler alt Postvakt vet om én kommune."))
        text = QLabel(
            tr(
                "Du trenger bare kommunens navn og organisasjonsnummer. Organisasjonsnummeret "
                "finner du i Enhetsregisteret (brreg.no) eller på kommunens nettsider.\n\n"
                "Du kan ha flere arbeidsflater, for eksempel hvis du hjelper flere kommuner."
            )
        )
        text.setWordWrap(True)
        QVBoxLayout(self).addWidget(text)


class DetailsPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr("Kommunen"))
        self.setSubTitle(tr("Skriv inn navn og organisasjonsnummer."))
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.name.setPlaceholderText(tr("For eksempel Fjordvik kommune"))
        self.name.setAccessibleName(tr("Kommunens navn"))
        self.orgnr = QLineEdit()
        self.orgnr.setPlaceholderText(tr("9 siffer"))
        self.orgnr.setAccessibleName(tr("Organisasjonsnummer"))
        self.orgnr.setMaxLength(15)
        self.orgnr_message = MessageLabel(self.orgnr)  # tied to the field, and said
        self.orgnr_message.setWordWrap(True)
        self.orgnr_message.setObjectName("orgnrMessage")
        form.addRow(tr("&Navn:"), self.name)
        form.addRow(tr("&Organisasjonsnummer:"), self.orgnr)
        form.addRow(self.orgnr_message)  # the whole width: a long message wraps less
        self.registerField("name*", self.name)
        self.registerField("orgnr*", self.orgnr)
        self.orgnr.textChanged.connect(self._check)
        self.name.textChanged.connect(self.completeChanged)

    def _check(self) -> None:
        text = self.orgnr.text()
        result = check_orgnr(text)
        digits = sum(ch.isdigit() for ch in text)
        problem = workspace_orgnr_problem(result.value) if result.ok and result.value else None
        if problem:
            self.orgnr_message.setText(dtr(problem))
            self.orgnr_message.setStyleSheet(f"color: {STATUS_COLOURS['bad']};")
        elif result.ok:
            self.orgnr_message.setText("✓ " + tr("Gyldig organisasjonsnummer."))
            self.orgnr_message.setStyleSheet(f"color: {STATUS_COLOURS['ok']};")
        elif digits < 9 and not any(ch.isalpha() for ch in text):
            # Still typing: no red text before the number is complete.
            self.orgnr_message.setText("")
        else:
            self.orgnr_message.setText(result.error or "")
            self.orgnr_message.setStyleSheet(f"color: {STATUS_COLOURS['bad']};")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        result = check_orgnr(self.orgnr.text())
        return (
            bool(self.name.text().strip())
            and result.ok
            and result.value is not None
            and workspace_orgnr_problem(result.value) is None
        )


class ConfirmPage(QWizardPage):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setTitle(tr("Klar til å opprette"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.registry = QLabel()
        self.registry.setWordWrap(True)
        self.registry.setTextFormat(Qt.TextFormat.PlainText)
        self.registry.setObjectName("registryCheck")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.registry)
        self.setCommitPage(False)

    def initializePage(self) -> None:
        orgnr = check_orgnr(self.field("orgnr")).value or ""
        self.summary.setText(
            tr(
                "Postvakt oppretter arbeidsflaten «{name}» med organisasjonsnummer {orgnr}.\n\n"
                "Dette skrives i loggen. Trykk Fullfør for å opprette den."
            ).format(
                name=self.field("name").strip(), orgnr=format_orgnr(orgnr).replace(" ", "\u00a0")
            )
        )
        self.check_registry(orgnr)

    def check_registry(self, orgnr: str) -> None:
        """Ask Enhetsregisteret whether the number is a municipality or county (in the
        background; the answer, or «ikke sjekket», is shown; it never stops the user). The
        user may go back and change the number: only the answer for the newest is shown."""
        self.ctx.drop_latest("registry", self)
        self.registry.setStyleSheet("")
        self.registry.setText(tr("Sjekker organisasjonsnummeret i Enhetsregisteret …"))
        try:
            urls = self.ctx.service_urls()
        except ValueError:  # Øving's sandbox is not up yet
            self.registry.setText(
                tr("Ikke sjekket i Enhetsregisteret (øvingssandkassen starter ennå).")
            )
            return

        def answered(answer: RegistryAnswer) -> None:
            if answer.warning:
                warning = (
                    not_a_municipality(answer.name, answer.org_form)
                    if answer.found
                    else dtr(answer.warning)
                )
                self.registry.setText("! " + warning)
                self.registry.setStyleSheet(f"color: {STATUS_COLOURS['warn']};")
            else:
                self.registry.setText(
                    "✓ "
                    + tr("Enhetsregisteret: {name} ({form}).").format(
                        name=answer.name, form=answer.org_form
                    )
                )
                self.registry.setStyleSheet(f"color: {STATUS_COLOURS['ok']};")

        def failed(exc: BaseException) -> None:
            self.registry.setText(
                tr(
                    "Ikke sjekket i Enhetsregisteret: {why} Det er ukjent om "
                    "nummeret er en kommune."
                ).format(why=dialogs.user_message(exc))
            )

        self.ctx.run(
            check_municipality,
            orgnr,
            urls,
            pass_state=False,
            owner=self,
            latest="registry",
            on_result=answered,
            on_error=failed,
        )


class NewWorkspaceWizard(QWizard):
    created = Signal(object)  # Workspace

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("Ny arbeidsflate"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.details = DetailsPage()
        self.addPage(IntroPage())
        self.addPage(self.details)
        self.confirm = ConfirmPage(ctx)
        self.addPage(self.confirm)
        metrics = self.fontMetrics()  # room for the messages at large text sizes too
        self.setMinimumSize(
            max(560, 64 * metrics.averageCharWidth()), max(420, 22 * metrics.height())
        )
        self._creating = False

    def accept(self) -> None:
        """Fullfør: create the workspace in the background; close only when it is saved."""
        if self._creating:
            return
        self._set_creating(True)
        name = self.field("name")
        orgnr = self.field("orgnr")
        self.ctx.run(
            self.ctx.workspaces.create_workspace,
            name,
            orgnr,
            pass_state=False,
            on_result=self._created,
            on_error=self._failed,
        )

    def _set_creating(self, creating: bool) -> None:
        """While the workspace is being saved, the wizard can neither go back nor close."""
        self._creating = creating
        for which in (
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.CancelButton,
        ):
            self.button(which).setEnabled(not creating)

    def reject(self) -> None:
        if self._creating:
            return  # the workspace is being saved; closing now would hide the result
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._creating:
            event.ignore()
            return
        super().closeEvent(event)

    def _created(self, workspace: object) -> None:
        self._set_creating(False)
        self.ctx.audit_changed.emit()
        self.ctx.workspaces_changed.emit()
        self.created.emit(workspace)
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_creating(False)
        # A duplicate org.nr or a bad name: go back to the page where it can be fixed.
        if getattr(exc, "field", None) in ("name", "orgnr"):
            while self.currentPage() is not self.details and self.currentId() > 0:
                self.back()
        dialogs.show_error(self, exc, tr("Arbeidsflaten ble ikke opprettet"))
