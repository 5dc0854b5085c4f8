"""Refreshing Virksomheter from Enhetsregisteret (from Altinn in the test environment), in the
background with progress and cancel. A part of :class:`OrganizationsView`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.environments import Environment
from desktop_app.views import dialogs
from desktop_app.views.style import STATUS_COLOURS


def tr(text: str) -> str:
    return QCoreApplication.translate("organizations", text)


class RegisterRefresh:
    """«Oppdater fra Enhetsregisteret» and what it says."""

    # -- refresh from Enhetsregisteret (Altinn in Test) ------------------------------------------
    def _from_altinn(self) -> bool:
        return self.ctx.environment is Environment.TEST

    def _refresh_label(self) -> str:
        return (
            tr("Oppdater fra Altinn")
            if self._from_altinn()
            else tr("Oppdater fra Enhetsregisteret")
        )

    def _environment_changed(self, _env: object = None) -> None:
        self.test_note.setVisible(self._from_altinn())
        if self._refresh_task is None:
            self.refresh_button.setText(self._refresh_label())
        self.refresh_button.setToolTip(
            tr("Henter virksomhetene du kan representere fra Altinn (krever innlogging).")
            if self._from_altinn()
            else tr(
                "Henter kommunen, organisasjonsleddene og underenhetene fra Enhetsregisteret "
                "(åpne data, ingen innlogging)."
            )
        )

    def _fetch_from_altinn(self, state, workspace_id: int):
        """Worker: what Altinn says the signed-in person can act for, saved as the list."""
        info = self.ctx.session.refresh_parties(state)
        return self.service.refresh_from_parties(
            state, workspace_id, info.parties, Environment.TEST
        )

    def start_refresh(self) -> None:
        workspace = self.ctx.workspace
        if workspace is None or self._refresh_task is not None:
            return
        if self._from_altinn() and not self.ctx.session.signed_in:
            self._say(
                tr(
                    "Logg inn i Altinn først. I Test lages listen av virksomhetene Altinn "
                    "sier at du kan representere."
                ),
                bad=True,
            )
            return
        if workspace.is_demo and self.ctx.environment != Environment.OVING:
            self._say(
                tr(
                    "Øvingskommunen Fjordvik finnes bare i Øving. Bytt til Øving i "
                    "Innstillinger for å hente den, eller lag en arbeidsflate for din egen "
                    "kommune."
                ),
                bad=True,
            )
            return
        try:
            urls = self.ctx.service_urls()
        except (ValueError, RuntimeError):
            self._say(
                tr("Øvingssandkassen er ikke startet ennå. Vent et øyeblikk og prøv igjen."),
                bad=True,
            )
            return
        self._say("")
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.cancel_button.setEnabled(True)
        self._set_enabled(False)
        self.refresh_button.setText(tr("Oppdaterer …"))
        if self._from_altinn():
            work, args = self._fetch_from_altinn, (workspace.id,)
        else:
            work, args = self.service.refresh, (workspace.id, urls)
        self._refresh_task = self.ctx.run(
            work,
            *args,
            on_progress=self._progress,
            on_result=self._refreshed,
            on_error=self._refresh_failed,
            on_cancelled=self._refresh_cancelled,
            on_finished=self._refresh_finished,
            environment_bound=True,
        )

    def cancel_refresh(self) -> None:
        if self._refresh_task is not None:
            self._refresh_task.cancel()
            self.cancel_button.setEnabled(False)
            self._say(tr("Avbryter …"))

    def _progress(self, done: int, total: int, text: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        else:
            self.progress.setRange(0, 0)
        if text:
            self._say(text)

    def _refreshed(self, result) -> None:
        changes = len(result.changes)
        text = (
            tr("Ferdig: {count} enheter hentet fra Altinn, {changes} endringer.")
            if self._from_altinn()
            else tr("Ferdig: {count} enheter hentet fra Enhetsregisteret, {changes} endringer.")
        )
        self._say(text.format(count=len(result.units), changes=changes), ok=True)
        self.ctx.audit_changed.emit()

    def _refresh_failed(self, exc: BaseException) -> None:
        self._say(
            tr(
                "Oppdateringen gikk ikke: {reason}\nDen lagrede listen er uendret. Du kan "
                "prøve igjen med «{button}»."
            ).format(reason=dialogs.user_message(exc), button=self._refresh_label()),
            bad=True,
        )

    def _refresh_cancelled(self) -> None:
        self._say(tr("Oppdateringen ble avbrutt. Den lagrede listen er uendret."))

    def _refresh_finished(self) -> None:
        self._refresh_task = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self.refresh_button.setText(self._refresh_label())
        self.reload()

    def _say(self, text: str, *, ok: bool = False, bad: bool = False) -> None:
        colour = STATUS_COLOURS["bad"] if bad else STATUS_COLOURS["ok"] if ok else ""
        self.message.setStyleSheet(f"color: {colour};" if colour else "")
        self.message.setText(text)
        self.message.setVisible(bool(text))
