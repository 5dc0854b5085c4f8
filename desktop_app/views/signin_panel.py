"""Pålogging: sign in with ID-porten, see who is signed in and for which organisations.

A section of Innstillinger. Every network step runs in the background through
``ctx.run``; waiting for the browser can be cancelled. In Øving the sandbox's ID-porten is
used without a browser (the panel says so); in Test and Produksjon the system browser opens.
"""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.environments import Environment
from desktop_app.domain.identifiers import format_orgnr
from desktop_app.services.session import (
    SCOPES_SETTING,
    AuthorizedParty,
    PendingSignIn,
    SessionInfo,
)
from desktop_app.tasks import Task
from desktop_app.views import dialogs
from desktop_app.views.context import AppContext
from desktop_app.views.plain_text import plain_tooltip
from desktop_app.views.style import STATUS_COLOURS


def tr(text: str) -> str:
    return QCoreApplication.translate("signin", text)


def open_in_browser(url: str) -> bool:
    """The system browser (RFC 8252: never an embedded web view). Tests replace this."""
    return QDesktopServices.openUrl(QUrl(url))


def role_name(code: str) -> str:
    """An Enhetsregisteret/Altinn role code in words (the code itself when unknown)."""
    names = {
        "DAGL": tr("daglig leder"),
        "LEDE": tr("styreleder"),
        "HADM": tr("hovedadministrator"),
        "PRIV": tr("privatperson"),
    }
    return names.get(code, code)


def when(moment: datetime, now: datetime | None = None) -> str:
    """«i dag kl. 14:05» or «24.11.2026 kl. 09:00», in local time."""
    local = moment.astimezone()
    today = (now or datetime.now().astimezone()).date()
    clock = local.strftime("%H:%M")
    if local.date() == today:
        return tr("i dag kl. {time}").format(time=clock)
    return tr("{date} kl. {time}").format(date=local.strftime("%d.%m.%Y"), time=clock)


class _Note(QLabel):
    """A label that takes no room while it says nothing."""

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setVisible(bool(text))


class SignInPanel(QGroupBox):
    """The "Pålogging" box: status, sign in/out, organisations, scopes."""

    # Whatever the panel shows changed (busy, waiting for the browser, a message): for the
    # «Logg inn i Altinn» buttons on other pages (:class:`SignInHere`).
    state_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(tr("Pålogging med ID-porten"), parent)
        self.ctx = ctx
        self.setObjectName("signinPanel")
        self._task: Task | None = None
        self._pending: PendingSignIn | None = None
        self._resume_tried: set[Environment] = set()
        self._stop = False

        layout = QVBoxLayout(self)
        self.status = QLabel()
        self.status.setObjectName("signinStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.status)
        self.how = QLabel()
        self.how.setWordWrap(True)
        self.how.setStyleSheet(f"color: {STATUS_COLOURS['muted']};")
        layout.addWidget(self.how)

        row = QHBoxLayout()
        self.sign_in_button = QPushButton(tr("Logg inn med ID-porten"))
        self.sign_in_button.setObjectName("signIn")
        self.sign_in_button.clicked.connect(self.sign_in)
        self.cancel_button = QPushButton(tr("Avbryt innloggingen"))
        self.cancel_button.setObjectName("cancelSignIn")
        self.cancel_button.clicked.connect(self.cancel)
        self.copy_button = QPushButton(tr("Kopier innloggingsadressen"))
        self.copy_button.setToolTip(
            tr("Hvis nettleseren ikke åpnet seg: lim adressen inn i nettleseren selv.")
        )
        self.copy_button.clicked.connect(self._copy_url)
        self.refresh_button = QPushButton(tr("Hent virksomhetene på nytt"))
        self.refresh_button.clicked.connect(self.refresh_parties)
        self.sign_out_button = QPushButton(tr("Logg ut"))
        self.sign_out_button.setObjectName("signOut")
        self.sign_out_button.clicked.connect(self.sign_out)
        for button in (
            self.sign_in_button,
            self.cancel_button,
            self.copy_button,
            self.refresh_button,
            self.sign_out_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)

        self.progress = _Note()
        self.progress.setObjectName("signinProgress")
        self.progress.setWordWrap(True)
        layout.addWidget(self.progress)
        self.error = _Note()
        self.error.setObjectName("signinError")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.setStyleSheet(f"color: {STATUS_COLOURS['bad']};")
        layout.addWidget(self.error)
        self.progress.setText("")
        self.error.setText("")

        self.parties_label = QLabel(tr("Virksomheter du kan handle på vegne av (fra Altinn):"))
        layout.addWidget(self.parties_label)
        self.parties = QTreeWidget()
        self.parties.setObjectName("signinParties")
        self.parties.setAccessibleName(tr("Virksomheter du kan handle på vegne av"))
        self.parties.setHeaderLabels([tr("Virksomhet"), tr("Org.nr."), tr("Din rolle")])
        self.parties.setRootIsDecorated(True)
        self.parties.setMinimumHeight(170)
        header = self.parties.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        layout.addWidget(self.parties)

        layout.addSpacing(6)
        scopes_row = QHBoxLayout()
        scopes_label = QLabel(tr("Tilganger (scopes) Postvakt ber om:"))
        self.scopes = QLineEdit()
        self.scopes.setObjectName("signinScopes")
        self.scopes.setAccessibleName(tr("Tilganger (scopes) Postvakt ber om"))
        self.scopes.setPlaceholderText(tr("Standardlisten (anbefalt)"))
        self.scopes.setText(str(ctx.settings.get(SCOPES_SETTING) or ""))
        scopes_label.setBuddy(self.scopes)
        save_scopes = QPushButton(tr("Lagre"))
        save_scopes.clicked.connect(self._save_scopes)
        scopes_row.addWidget(scopes_label)
        scopes_row.addWidget(self.scopes, 1)
        scopes_row.addWidget(save_scopes)
        layout.addLayout(scopes_row)
        self.scopes_note = QLabel(
            tr(
                "Kommunens ID-porten-klient må ha fått tildelt hver tilgang i Samarbeidsportalen. "
                "Klient-ID-en legges inn under «Innlogging og nøkler» nedenfor. La feltet stå tomt "
                "for å bruke Postvakts standardliste."
            )
        )
        self.scopes_note.setWordWrap(True)
        self.scopes_note.setStyleSheet(f"color: {STATUS_COLOURS['muted']};")
        layout.addWidget(self.scopes_note)

        ctx.session_changed.connect(self._show)
        ctx.environment_changed.connect(self._environment_changed)
        ctx.sandbox_changed.connect(self._sandbox_changed)
        self._show(ctx.session.info)
        self._try_resume()

    # -- state -----------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._task is not None

    @property
    def waiting(self) -> bool:
        """Waiting for the person to sign in (in the browser): it can be cancelled."""
        return self._task is not None and self._pending is not None

    def _environment_changed(self, _env: Environment) -> None:
        self.cancel()
        self._show(self.ctx.session.info)
        self._try_resume()

    def _sandbox_changed(self, _url: str | None) -> None:
        self._try_resume()

    def _try_resume(self) -> None:
        """Pick up a stored session once per environment (quietly: no stored one is fine)."""
        env = self.ctx.environment
        if self.busy or self.ctx.session.signed_in or env in self._resume_tried:
            return
        if env == Environment.OVING and self.ctx.sandbox_url is None:
            return  # wait for sandbox_changed
        self._resume_tried.add(env)
        self.progress.setText(tr("Ser etter en lagret innlogging …"))
        self._task = self.ctx.run(
            self.ctx.session.resume,
            on_result=self._resumed,
            on_error=self._resume_failed,
            on_finished=self._done,
        )
        self._show(self.ctx.session.info)

    def _resumed(self, info: SessionInfo | None) -> None:
        self.progress.setText("")

    def _resume_failed(self, exc: BaseException) -> None:
        self.progress.setText("")
        self.error.setText(
            tr("Den lagrede innloggingen kunne ikke brukes: {why}").format(
                why=dialogs.user_message(exc)
            )
        )

    def _done(self) -> None:
        self._task = None
        self._pending = None
        self._show(self.ctx.session.info)

    def _show(self, info: SessionInfo | None) -> None:
        self._show_state(info)
        self.state_changed.emit()

    def _show_state(self, info: SessionInfo | None) -> None:
        env = self.ctx.environment
        busy = self.busy
        waiting = self._pending is not None
        self.sign_in_button.setVisible(info is None)
        self.sign_in_button.setEnabled(not busy)
        self.cancel_button.setVisible(busy and waiting)
        self.copy_button.setVisible(busy and waiting and not self._pending.practice)
        self.sign_out_button.setVisible(info is not None)
        self.sign_out_button.setEnabled(not busy)
        self.refresh_button.setVisible(info is not None)
        self.refresh_button.setEnabled(not busy)
        self.how.setVisible(info is None)
        if env == Environment.OVING:
            self.how.setText(
                tr(
                    "Øving: innloggingen skjer i øvings-ID-porten på denne maskinen, uten nettleser. "
                    "Du logges inn som den oppdiktede daglige lederen i Fjordvik kommune."
                )
            )
        elif env == Environment.TEST:
            self.how.setText(
                tr(
                    "Test: nettleseren åpnes mot test-ID-porten. Logg inn med TestID og en "
                    "syntetisk testperson fra Tenor. Kom tilbake hit når nettleseren sier "
                    "«Ferdig i nettleseren»."
                )
            )
        else:
            self.how.setText(
                tr(
                    "Nettleseren åpnes, og du logger inn med MinID, BankID, Buypass eller "
                    "Commfides. Kom tilbake hit når nettleseren sier «Ferdig i nettleseren»."
                )
            )
        if info is None:
            self.status.setText(
                tr(
                    "<b>Du er ikke logget inn.</b> Logg inn for å se hvilke "
                    "virksomheter du kan handle på vegne av i Altinn."
                )
            )
            self.parties.clear()
            self.parties_label.setVisible(False)
            self.parties.setVisible(False)
            return
        self.error.setText("")
        lines = [
            tr("<b>Logget inn som {name}</b> ({env}).").format(
                name=html.escape(info.name), env=_env_label(info.environment)
            )
        ]
        if info.session_ends_at is not None:
            lines.append(
                tr("Tilgangen fornyes av seg selv til {end}; da må du logge inn på nytt.").format(
                    end=when(info.session_ends_at)
                )
            )
        else:
            lines.append(
                tr(
                    "Tilgangen gjelder til {end} og fornyes av seg selv så lenge "
                    "ID-porten tillater det."
                ).format(end=when(info.access_expires_at))
            )
        if info.renews_in_browser:
            lines.append(
                tr(
                    "Når tilgangen går ut, fornyer Postvakt den via ID-porten i "
                    "nettleseren. Det du har fylt inn, beholdes."
                )
            )
        elif not info.remembered:
            lines.append(
                tr(
                    "Innloggingen huskes ikke til neste gang du starter Postvakt "
                    "(ingen sikker nøkkelring på maskinen)."
                )
            )
        self.status.setText("<br>".join(lines))
        self.parties_label.setVisible(True)
        self.parties.setVisible(True)
        self._fill_parties(info)

    def _fill_parties(self, info: SessionInfo) -> None:
        self.parties.clear()
        if info.parties_problem:
            self.error.setText(
                tr("Virksomhetene kunne ikke hentes: {why}").format(why=info.parties_problem)
            )
        tops = info.top_organisations
        if not tops and not info.parties_problem:
            item = QTreeWidgetItem(
                [tr("Ingen virksomheter: du kan bare handle for deg selv."), "", ""]
            )
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.parties.addTopLevelItem(item)
        for party in tops:
            self.parties.addTopLevelItem(_party_item(party))
        self.parties.expandAll()

    # -- actions ---------------------------------------------------------------------
    def sign_in(self) -> None:
        if self.busy:
            return
        self.error.setText("")
        self._stop = False
        self.progress.setText(tr("Gjør klar innloggingen …"))
        self._task = self.ctx.run(
            self.ctx.session.prepare_sign_in,
            pass_state=False,
            on_result=self._prepared,
            on_error=self._failed,
            on_finished=self._prepare_finished,
        )
        self._show(None)

    def _prepare_finished(self) -> None:
        if self._pending is None:
            self._done()

    def _prepared(self, pending: PendingSignIn) -> None:
        if self._stop:  # cancelled (or the environment changed) while it was prepared
            pending.cancel()
            self._done()
            return
        self._pending = pending
        if not pending.practice:
            if open_in_browser(pending.url):
                self.progress.setText(
                    tr(
                        "Nettleseren er åpnet. Logg inn der, og kom tilbake "
                        "hit. Postvakt venter i inntil fem minutter."
                    )
                )
            else:
                self.progress.setText(
                    tr(
                        "Fikk ikke åpnet nettleseren. Trykk «Kopier "
                        "innloggingsadressen» og lim den inn i nettleseren."
                    )
                )
        else:
            self.progress.setText(tr("Logger inn i øvings-ID-porten …"))
        self._task = self.ctx.run(
            self.ctx.session.complete_sign_in,
            pending,
            on_result=self._signed_in,
            on_error=self._failed,
            on_cancelled=self._cancelled,
            on_progress=self._progress,
            on_finished=self._done,
        )
        self._show(None)

    def _progress(self, done: int, _total: int, text: str) -> None:
        if done == 1 and self._pending is not None and not self._pending.practice:
            return  # keep the panel's own word on the browser (opened, or not)
        if text:
            self.progress.setText(text)

    def _signed_in(self, info: SessionInfo) -> None:
        self.progress.setText("")  # the session service recorded the sign-in

    def _failed(self, exc: BaseException) -> None:
        self.progress.setText("")
        self.error.setText(dialogs.user_message(exc))
        self.state_changed.emit()

    def _cancelled(self) -> None:
        self.progress.setText(tr("Innloggingen ble avbrutt. Du er ikke logget inn."))
        self.state_changed.emit()

    def cancel(self) -> None:
        self._stop = True
        if self._task is not None:
            self._task.cancel()
        if self._pending is not None:
            self._pending.cancel()

    def _copy_url(self) -> None:
        if self._pending is not None:
            QGuiApplication.clipboard().setText(self._pending.url)
            self.progress.setText(tr("Adressen er kopiert. Lim den inn i nettleseren."))

    def sign_out(self) -> None:
        self._task = self.ctx.run(
            self.ctx.session.sign_out,
            pass_state=False,
            on_result=self._signed_out,
            on_error=self._failed,
            on_finished=self._done,
        )
        self._show(self.ctx.session.info)

    def _signed_out(self, _result: object) -> None:
        self.progress.setText(tr("Du er logget ut."))  # recorded by the session service

    def refresh_parties(self) -> None:
        if self.busy:
            return
        self.progress.setText(tr("Henter virksomhetene …"))
        self._task = self.ctx.run(
            self.ctx.session.refresh_parties,
            on_result=self._parties_refreshed,
            on_error=self._failed,
            on_finished=self._done,
        )
        self._show(self.ctx.session.info)

    def _parties_refreshed(self, _info: SessionInfo) -> None:
        self.progress.setText("")

    def _save_scopes(self) -> None:
        value = " ".join(self.scopes.text().split())
        self.scopes.setText(value)
        self.ctx.change_setting(SCOPES_SETTING, value, shown=value or "standard")
        self.progress.setText(tr("Tilgangene er lagret. De brukes neste gang du logger inn."))


class SignInHere(QWidget):
    """«Logg inn i Altinn» where a page needs the sign-in, shown only while signed out.

    It starts the very sign-in of Innstillinger → Pålogging (that panel's :meth:`SignInPanel.
    sign_in`: the same browser, the same waiting, the same messages) and shows the panel's
    word on it (waiting for the browser, an error) next to the button, with «Avbryt»."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("signInHere")
        self._panel: SignInPanel | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.button = QPushButton(tr("Logg inn i Altinn"))
        self.button.setObjectName("signInHereButton")
        self.button.setAutoDefault(False)
        self.button.setToolTip(
            tr(
                "Samme innlogging som under Innstillinger → Pålogging. "
                "Da kan Postvakt gjøre dette i Altinn for deg."
            )
        )
        self.button.clicked.connect(self.sign_in)
        self.cancel_button = QPushButton(tr("Avbryt innloggingen"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.note = QLabel()
        self.note.setObjectName("signInHereNote")
        self.note.setWordWrap(True)
        layout.addWidget(self.button)
        layout.addWidget(self.cancel_button)
        layout.addWidget(self.note, 1)
        ctx.session_changed.connect(lambda _info: self._update())
        self._update()

    def panel(self) -> SignInPanel | None:
        """The window's Pålogging panel (there is one, under Innstillinger)."""
        if self._panel is None:
            found = self.window().findChild(SignInPanel)
            if found is not None:
                self._panel = found
                found.state_changed.connect(self._update)
        return self._panel

    def sign_in(self) -> None:
        panel = self.panel()
        if panel is None:
            self.note.setText(tr("Logg inn under Innstillinger → Pålogging."))
            return
        panel.sign_in()
        self._update()

    def cancel(self) -> None:
        panel = self.panel()
        if panel is not None:
            panel.cancel()

    def _update(self) -> None:
        signed_in = self.ctx.session.info is not None
        if signed_in:
            self.setVisible(False)
        elif self.parentWidget() is not None:  # (never a window of its own)
            self.setVisible(True)
        panel = self._panel
        busy = panel is not None and panel.busy
        self.button.setEnabled(not busy)
        self.cancel_button.setVisible(panel is not None and panel.waiting)
        if panel is None or signed_in:
            return
        self.note.setText(panel.error.text() or (panel.progress.text() if busy else ""))
        colour = STATUS_COLOURS["bad"] if panel.error.text() else STATUS_COLOURS["muted"]
        self.note.setStyleSheet(f"color: {colour};")


def _env_label(env: Environment) -> str:
    return {
        Environment.OVING: tr("Øving"),
        Environment.TEST: tr("Test"),
        Environment.PRODUKSJON: tr("Produksjon"),
    }[env]


def _party_item(party: AuthorizedParty) -> QTreeWidgetItem:
    roles = ", ".join(role_name(r) for r in party.roles)
    if not roles and party.access_packages:
        roles = tr("tilgangspakker")
    name = party.name if not party.only_hierarchy else party.name + tr(" (bare underenheter)")
    item = QTreeWidgetItem([name, format_orgnr(party.organization_number or ""), roles])
    item.setToolTip(0, plain_tooltip(party.name))
    for sub in party.subunits:
        if sub.is_organisation and not sub.is_deleted:
            item.addChild(_party_item(sub))
    return item
