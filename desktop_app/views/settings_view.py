"""Innstillinger: language, environment, credentials (keyring only) and workspaces."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.environments import Environment
from desktop_app.domain.identifiers import format_orgnr
from desktop_app.i18n import LANGUAGES
from desktop_app.storage.secrets import SecretName, SecretStoreError, keyring_status
from desktop_app.views import dialogs
from desktop_app.views.context import AppContext
from desktop_app.views.domain_text import dtr
from desktop_app.views.signin_panel import SignInPanel
from desktop_app.views.style import STATUS_COLOURS
from desktop_app.views.widgets import page_header


def tr(text: str) -> str:
    return QCoreApplication.translate("settings", text)


def load_secret_state(
    ctx: AppContext, env: Environment
) -> tuple[object, dict[SecretName, bool | None], list[SecretName]]:
    """In the background: is the keyring usable, which secrets are stored for ``env``, and
    which old shared secrets (from before one set per environment) wait for an owner?

    ``None`` for a secret means unknown (a locked or vanished keyring)."""
    status = keyring_status()
    stored: dict[SecretName, bool | None] = {}
    legacy: list[SecretName] = []
    if status.usable:
        store = ctx.secrets.for_environment(env)
        for name in SecretName:
            try:
                stored[name] = store.has(name)
            except SecretStoreError:
                stored[name] = None
        try:
            legacy = store.legacy_names()
        except SecretStoreError:
            legacy = []
    return status, stored, legacy


class SettingsView(QWidget):
    new_workspace_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 20, 24, 20)
        page_header(layout, tr("Innstillinger"))

        self.signin = SignInPanel(ctx)
        layout.addWidget(self.signin)
        layout.addWidget(self._language_box())
        layout.addWidget(self._environment_box())
        layout.addWidget(self._secrets_box())
        layout.addWidget(self._svarut_box())
        layout.addWidget(self._workspaces_box())
        layout.addStretch(1)

        ctx.workspaces_changed.connect(self.reload_workspaces)
        ctx.environment_changed.connect(self._sync_environment)
        ctx.environment_changed.connect(lambda _env: self.reload_secrets())
        self.reload_secrets()
        self.reload_workspaces()

    # -- language --------------------------------------------------------------------
    def _language_box(self) -> QGroupBox:
        box = QGroupBox(tr("Språk"))
        form = QFormLayout(box)
        self.language = QComboBox()
        for code, label in LANGUAGES.items():
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(self.language.findData(self.ctx.settings.language), 0))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.language_note = QLabel("")
        self.language_note.setWordWrap(True)
        self.language_note.setVisible(False)
        form.addRow(tr("Språk i Postvakt:"), self.language)
        form.addRow(self.language_note)
        return box

    def _language_chosen(self) -> None:
        code = self.language.currentData()
        if code == self.ctx.settings.language:
            self.language_note.setText("")
            self.language_note.setVisible(False)
            return
        self.ctx.settings.set("language", code)
        self.ctx.save_settings()
        self.language_note.setText(
            tr(
                "Språket byttes neste gang du starter Postvakt. / "
                "The language changes the next time you start Postvakt."
            )
        )
        self.language_note.setVisible(True)

    # -- environment -----------------------------------------------------------------
    def _environment_box(self) -> QGroupBox:
        box = QGroupBox(tr("Miljø"))
        layout = QVBoxLayout(box)
        intro = QLabel(
            tr(
                "Velg hvilke tjenester Postvakt skal snakke med. I Øving skjer alt i "
                "en lokal sandkasse med oppdiktede personer og virksomheter."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.env_group = QButtonGroup(self)
        self.env_buttons: dict[Environment, QRadioButton] = {}
        for env in Environment:
            button = QRadioButton(f"{dtr(env.label)} – {dtr(env.explanation)}")
            button.setAccessibleName(dtr(env.label))
            self.env_group.addButton(button)
            self.env_buttons[env] = button
            layout.addWidget(button)
            button.clicked.connect(partial(self._environment_clicked, env))
        self.sandbox_label = QLabel("")
        self.sandbox_label.setWordWrap(True)
        self.sandbox_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sandbox_label.setStyleSheet(f"color: {STATUS_COLOURS['muted']};")
        layout.addWidget(self.sandbox_label)
        self.ctx.sandbox_changed.connect(self._show_sandbox)
        self._show_sandbox(self.ctx.sandbox_url)
        self._sync_environment(self.ctx.environment)
        self.setup_check_button = QPushButton(tr("Sjekk oppsettet …"))
        self.setup_check_button.setToolTip(
            tr(
                "Sjekk at kommunens oppsett hos ID-porten, "
                "Altinn, Maskinporten og SvarUt virker i dette "
                "miljøet."
            )
        )
        self.setup_check_button.clicked.connect(self.open_setup_check)
        layout.addWidget(self.setup_check_button, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def open_setup_check(self) -> None:
        from desktop_app.views.setup_check_dialog import SetupCheckDialog

        self.setup_check_dialog = SetupCheckDialog(self.ctx, self)
        self.setup_check_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setup_check_dialog.open()

    def _show_sandbox(self, url: str | None) -> None:
        self.sandbox_label.setVisible(bool(url))
        if url:
            self.sandbox_label.setText(
                tr("Sandkassen kjører på denne maskinen: {url}").format(url=url)
            )

    def _sync_environment(self, env: Environment) -> None:
        self.env_buttons[env].setChecked(True)

    def _environment_clicked(self, env: Environment) -> None:
        if env == self.ctx.environment:
            return
        if env.is_production:
            # Revert the radio button until the user has said yes.
            self._sync_environment(self.ctx.environment)
            dialogs.confirm(
                self,
                tr("Bytte til produksjon?"),
                tr(
                    "I produksjon gjør Postvakt endringer i ekte tjenester (Altinn, SvarUt) for "
                    "ekte virksomheter. Vil du bytte til produksjon?"
                ),
                lambda: self.ctx.set_environment(env),
                danger=True,
            )
        else:
            self.ctx.set_environment(env)

    # -- secrets ---------------------------------------------------------------------
    def _secrets_box(self) -> QGroupBox:
        box = QGroupBox(tr("Innlogging og nøkler"))
        layout = QVBoxLayout(box)
        self.keyring_label = QLabel(tr("Sjekker nøkkelringen …"))
        self.keyring_label.setWordWrap(True)
        self.keyring_label.setObjectName("keyringStatus")
        layout.addWidget(self.keyring_label)
        self.secrets_env_label = QLabel("")
        self.secrets_env_label.setWordWrap(True)
        layout.addWidget(self.secrets_env_label)
        layout.addWidget(self._legacy_box())
        grid = QGridLayout()
        self.secret_state: dict[SecretName, QLabel] = {}
        self.secret_store: dict[SecretName, QPushButton] = {}
        self.secret_remove: dict[SecretName, QPushButton] = {}
        for row, name in enumerate(SecretName):
            state = QLabel("…")
            state.setText(tr("Sjekker …"))
            store = QPushButton(tr("Lagre …"))
            store.setEnabled(False)  # until the keyring check has answered
            store.setAccessibleName(tr("Lagre {name}").format(name=dtr(name.label)))
            remove = QPushButton(tr("Fjern"))
            remove.setEnabled(False)
            remove.setAccessibleName(tr("Fjern {name}").format(name=dtr(name.label)))
            store.clicked.connect(partial(self.ask_secret, name))
            remove.clicked.connect(partial(self.ask_remove_secret, name))
            grid.addWidget(QLabel(dtr(name.label)), row, 0)
            grid.addWidget(state, row, 1)
            grid.addWidget(store, row, 2)
            grid.addWidget(remove, row, 3)
            self.secret_state[name] = state
            self.secret_store[name] = store
            self.secret_remove[name] = remove
        grid.setColumnStretch(0, 1)
        layout.addLayout(grid)
        note = QLabel(
            tr(
                "Passord og nøkler lagres bare i maskinens nøkkelring (Windows "
                "Legitimasjonsbehandling, macOS Nøkkelring eller Secret Service på "
                "Linux), aldri i filer eller logger."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet(f"color: {STATUS_COLOURS['muted']};")
        layout.addWidget(note)
        return box

    def _legacy_box(self) -> QWidget:
        """Secrets from before one set per environment: the user says where they belong."""
        self.legacy_box = QGroupBox(tr("Nøkler uten miljø"))
        layout = QVBoxLayout(self.legacy_box)
        self.legacy_label = QLabel("")
        self.legacy_label.setWordWrap(True)
        self.legacy_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.legacy_label)
        row = QHBoxLayout()
        self.legacy_buttons: dict[Environment, QPushButton] = {}
        for env in (Environment.PRODUKSJON, Environment.TEST):
            button = QPushButton(tr("De hører til {env}").format(env=dtr(env.label)))
            button.clicked.connect(partial(self.ask_adopt_legacy, env))
            row.addWidget(button)
            self.legacy_buttons[env] = button
        self.legacy_discard = QPushButton(tr("Fjern dem, jeg legger dem inn på nytt"))
        self.legacy_discard.clicked.connect(self.ask_discard_legacy)
        row.addWidget(self.legacy_discard)
        row.addStretch(1)
        layout.addLayout(row)
        self.legacy_box.setVisible(False)
        return self.legacy_box

    def _show_legacy(self, legacy: list[SecretName]) -> None:
        self.legacy_box.setVisible(bool(legacy))
        if not legacy:
            return
        names = "\n".join("  • " + dtr(n.label) for n in legacy)
        self.legacy_label.setText(
            tr(
                "Postvakt lagrer nå passord og nøkler for Test og Produksjon hver for seg, så et "
                "produksjonspassord aldri sendes til en testtjeneste. Disse ble lagret av en "
                "eldre versjon og er ikke knyttet til noe miljø, så Postvakt bruker dem ikke før "
                "du sier hvor de hører til:\n{names}\n\nEr du usikker, fjern dem og legg inn "
                "verdiene på nytt for hvert miljø."
            ).format(names=names)
        )

    def ask_adopt_legacy(self, env: Environment) -> None:
        dialogs.confirm(
            self,
            tr("Knytte nøklene til {env}?").format(env=dtr(env.label)),
            tr(
                "Postvakt bruker da de gamle nøklene bare i {env}. Er det nøkler fra "
                "{env}-integrasjonen og -klienten din?"
            ).format(env=dtr(env.label)),
            partial(self.adopt_legacy, env),
            danger=env.is_production,
        )

    def adopt_legacy(self, env: Environment) -> None:
        self.ctx.run(
            self.ctx.configuration.adopt_legacy,
            env,
            pass_state=False,
            on_result=lambda _names: self.reload_secrets(),
            on_error=lambda e: dialogs.show_error(self, e, tr("Ble ikke flyttet")),
        )

    def ask_discard_legacy(self) -> None:
        dialogs.confirm(
            self,
            tr("Fjerne de gamle nøklene?"),
            tr(
                "Vil du fjerne passord og nøkler som ikke er knyttet til noe miljø? Du legger "
                "dem inn på nytt for Test og Produksjon hver for seg."
            ),
            self.discard_legacy,
            danger=True,
        )

    def discard_legacy(self) -> None:
        self.ctx.run(
            self.ctx.configuration.discard_legacy,
            pass_state=False,
            on_result=lambda _r: self.reload_secrets(),
            on_error=lambda e: dialogs.show_error(self, e),
        )

    def reload_secrets(self) -> None:
        env = self.ctx.environment

        def show(result: tuple) -> None:
            if env == self.ctx.environment:  # else a newer reload is on its way
                self._show_secrets(result)

        self.ctx.run(load_secret_state, self.ctx, env, pass_state=False, on_result=show)

    def _show_secrets(
        self, result: tuple[object, dict[SecretName, bool], list[SecretName]]
    ) -> None:
        status, stored, legacy = result
        env = self.ctx.environment
        self.secrets_env_label.setText(
            tr(
                "Passord og nøkler for SvarUt og Maskinporten gjelder bare miljøet de er lagret "
                "i. Nå vises de for: {env}."
            ).format(env=dtr(env.label))
            + (
                ""
                if not env.is_sandbox
                else " " + tr("Øving bruker egne øvingsnøkler, så her trenger du ikke lagre noe.")
            )
        )
        self._show_legacy(legacy)
        usable = bool(getattr(status, "usable", False))
        if usable:
            self.keyring_label.setText(
                tr("Nøkkelringen er klar ({backend}).").format(backend=status.backend_name)
            )
            self.keyring_label.setStyleSheet(f"color: {STATUS_COLOURS['ok']};")
        else:
            self.keyring_label.setText(dtr(status.message))
            self.keyring_label.setStyleSheet(f"color: {STATUS_COLOURS['bad']};")
        for name in SecretName:
            has = stored.get(name, False)
            if not usable:
                text = tr("Kan ikke lagres")
            elif has is None:
                text = tr("Ukjent – lås opp nøkkelringen")
            else:
                text = tr("Lagret") if has else tr("Ikke lagret")
            self.secret_state[name].setText(text)
            self.secret_store[name].setEnabled(usable and has is not None)
            self.secret_remove[name].setEnabled(usable and bool(has))

    def ask_secret(self, name: SecretName) -> None:
        if name.large:
            path, _ = QFileDialog.getOpenFileName(
                self,
                tr("Velg den private nøkkelen (PEM)"),
                str(Path.home()),
                tr("Privat nøkkel (*.pem *.key);;Alle filer (*)"),
            )
            if path:
                self.store_key_file(name, Path(path))
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(tr("Lagre i nøkkelringen"))
        dialog.setLabelText(dtr(name.label) + ":")
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.textValueSelected.connect(partial(self.store_secret, name))
        dialog.open()

    def store_secret(self, name: SecretName, value: str) -> None:
        # The environment in use now (chosen when the user acts) owns the secret.
        self.ctx.run(
            self.ctx.configuration.store_secret,
            self.ctx.environment,
            name,
            value,
            pass_state=False,
            on_result=lambda _r: self.reload_secrets(),
            on_error=lambda e: dialogs.show_error(self, e, tr("Ble ikke lagret")),
        )

    def store_key_file(self, name: SecretName, path: Path, passphrase: str | None = None) -> None:
        self.ctx.run(
            self.ctx.configuration.store_key_file,
            self.ctx.environment,
            name,
            path,
            passphrase,
            pass_state=False,
            on_result=lambda _r: self.reload_secrets(),
            on_error=lambda e: dialogs.show_error(self, e, tr("Ble ikke lagret")),
        )

    def ask_remove_secret(self, name: SecretName) -> None:
        dialogs.confirm(
            self,
            tr("Fjerne fra nøkkelringen?"),
            tr(
                "Vil du fjerne «{name}» fra nøkkelringen? Du må legge det inn igjen for å "
                "bruke tjenesten."
            ).format(name=dtr(name.label)),
            partial(self.remove_secret, name),
            danger=True,
        )

    def remove_secret(self, name: SecretName) -> None:
        self.ctx.run(
            self.ctx.configuration.remove_secret,
            self.ctx.environment,
            name,
            pass_state=False,
            on_result=lambda _r: self.reload_secrets(),
            on_error=lambda e: dialogs.show_error(self, e),
        )

    # -- SvarUt and Maskinporten (not secret) -------------------------------------------
    def _svarut_box(self) -> QGroupBox:
        box = QGroupBox(tr("SvarUt og Maskinporten"))
        form = QFormLayout(box)
        intro = QLabel(
            tr(
                "Trengs for å hente ny status fra SvarUt. Verdiene er ikke hemmelige; "
                "nøkkelen og integrasjonspassordet lagres i nøkkelringen ovenfor."
            )
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        self.svarut_fields: dict[str, QLineEdit] = {}
        rows = (
            (
                "svarut_konto_id",
                tr("SvarUt konto-ID:"),
                tr("fra Fiks forvaltning, for eksempel d6b23522-ddf3-462a-8140-16e59e1f476d"),
            ),
            ("maskinporten_client_id", tr("Maskinporten klient-ID:"), tr("fra Samarbeidsportalen")),
            (
                "maskinporten_kid",
                tr("Nøkkel-ID (kid):"),
                tr("navnet på nøkkelen som er registrert på klienten"),
            ),
            ("maskinporten_scope", tr("Scope:"), "ks:fiks"),
            (
                "maskinporten_sertifikat",
                tr("Virksomhetssertifikat:"),
                tr("bare hvis dere bruker sertifikat i stedet for kid: sti til PEM-filen"),
            ),
        )
        for key, label, placeholder in rows:
            edit = QLineEdit(str(self.ctx.settings.get(key) or ""))
            edit.setPlaceholderText(placeholder)
            edit.setAccessibleName(label.rstrip(":"))
            edit.editingFinished.connect(partial(self._svarut_setting_changed, key))
            form.addRow(label, edit)
            self.svarut_fields[key] = edit
        return box

    def _svarut_setting_changed(self, key: str) -> None:
        value = self.svarut_fields[key].text().strip()
        if value == (self.ctx.settings.get(key) or ""):
            return
        self.ctx.change_setting(key, value)

    # -- workspaces ------------------------------------------------------------------
    def _workspaces_box(self) -> QGroupBox:
        box = QGroupBox(tr("Arbeidsflater"))
        layout = QVBoxLayout(box)
        intro = QLabel(tr("En arbeidsflate per kommune. Alt lagres fortløpende på denne maskinen."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.workspace_list = QListWidget()
        self.workspace_list.setAccessibleName(tr("Arbeidsflater"))
        self.workspace_list.setMaximumHeight(120)
        layout.addWidget(self.workspace_list)
        row = QHBoxLayout()
        new = QPushButton(tr("Ny arbeidsflate …"))
        new.clicked.connect(self.new_workspace_requested)
        self.delete_workspace_button = QPushButton(tr("Slett valgt arbeidsflate …"))
        self.delete_workspace_button.setEnabled(False)
        self.delete_workspace_button.clicked.connect(self.ask_delete_workspace)
        self.workspace_list.currentItemChanged.connect(
            lambda item, _prev: self.delete_workspace_button.setEnabled(item is not None)
        )
        row.addWidget(new)
        row.addWidget(self.delete_workspace_button)
        row.addStretch(1)
        layout.addLayout(row)
        return box

    def reload_workspaces(self) -> None:
        self.ctx.run(
            self.ctx.workspaces.list_workspaces, pass_state=False, on_result=self._show_workspaces
        )

    def _show_workspaces(self, workspaces: list) -> None:
        self.workspace_list.clear()
        for ws in workspaces:
            text = tr("{name} (org.nr {orgnr})").format(name=ws.name, orgnr=format_orgnr(ws.orgnr))
            if ws.is_demo:
                text += " – " + tr("øvingsdata")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, ws)
            self.workspace_list.addItem(item)
        if not workspaces:
            placeholder = QListWidgetItem(tr("Ingen arbeidsflater ennå."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.workspace_list.addItem(placeholder)
        self.delete_workspace_button.setEnabled(False)

    def ask_delete_workspace(self) -> None:
        item = self.workspace_list.currentItem()
        workspace = item.data(Qt.ItemDataRole.UserRole) if item else None
        if workspace is None:
            return
        if workspace.is_demo:
            text = tr(
                "Vil du slette øvingskommunen «{name}»? Den kommer ikke tilbake av seg selv."
            ).format(name=workspace.name)
        else:
            text = tr(
                "Vil du slette arbeidsflaten «{name}» med alt som er registrert i den? "
                "Loggen beholder oppføringene. Dette kan ikke angres."
            ).format(name=workspace.name)
        dialogs.confirm(
            self,
            tr("Slette arbeidsflaten?"),
            text,
            partial(self.delete_workspace, workspace),
            danger=True,
        )

    def delete_workspace(self, workspace) -> None:
        def deleted(_r: object) -> None:
            if self.ctx.workspace is not None and self.ctx.workspace.id == workspace.id:
                self.ctx.set_workspace(None)
            self.ctx.audit_changed.emit()
            self.ctx.workspaces_changed.emit()

        self.ctx.run(
            self.ctx.workspaces.delete_workspace,
            workspace.id,
            pass_state=False,
            on_result=deleted,
            on_error=lambda e: dialogs.show_error(self, e),
        )
