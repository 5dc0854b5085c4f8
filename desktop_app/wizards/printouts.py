"""What the DPI set-up and the access routine print, in one place, so each wizard needs only
a one-line hook (a «Skriv ut …» button beside its PDF button, and its page's ``printable()``
for Ctrl+P). The documents are the services' own, the same as in the PDFs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget

from desktop_app.views.printing import Printable, print_button


def tr(text: str) -> str:
    return QCoreApplication.translate("printouts", text)


def dpi_summary(owner: Any) -> Printable | None:
    """The DPI set-up summary of ``owner`` (a DpiOnboardingPage): the PDF's document."""
    ws, state, guides = owner.workspace, owner.state, owner.guides
    if ws is None or state is None:
        return None
    service = owner.service
    title = QCoreApplication.translate("dpi_onboarding", "DPI-oppsett – {name}").format(
        name=ws.name
    )
    return Printable(
        title,
        lambda: service.summary_document(ws, state, guides),
        printed=lambda pages: service.record_printed(ws, pages),
    )


def dpi_summary_button(summary_page: QWidget) -> QPushButton:
    """«Skriv ut …» for the DPI summary step (beside «Lagre oppsummering som PDF …»)."""
    owner: Any = summary_page.owner  # type: ignore[attr-defined]
    button = print_button(lambda: dpi_summary(owner), summary_page, lambda: owner.ctx)
    button.setAccessibleName(tr("Skriv ut oppsummeringen"))
    return button


def dpi_checklist(owner: Any) -> Printable | None:
    """The seven DPI steps, as a checklist with a box for each thing to do."""
    from desktop_app.views.guide_view import checklist_html

    guides, state = owner.guides, owner.state
    if not guides:
        return None
    order = state.order if state is not None else list(guides)
    steps = [guides[key] for key in order if key in guides]
    title = tr("DPI-oppsett: sjekkliste")
    return Printable(title, lambda: checklist_html(steps, title))


def dpi_checklist_button(overview_page: QWidget) -> QWidget:
    """«Skriv ut sjekkliste …» for the DPI overview: every step's guide on paper."""
    from desktop_app.views.widgets import button_row

    owner: Any = overview_page.owner  # type: ignore[attr-defined]
    button = print_button(
        lambda: dpi_checklist(owner), overview_page, lambda: owner.ctx, tr("Skriv ut sjekkliste …")
    )
    button.setAccessibleName(tr("Skriv ut sjekklisten for DPI-oppsett"))
    return button_row(button)


def access_routine(page: Any) -> Printable | None:
    """The access routine of ``page`` (the confidential-access page), saved first as it stands
    in the form, as its PDF export does."""
    ws = page.ctx.workspace
    if ws is None:
        return None
    service = page.service
    title = QCoreApplication.translate("confidential_access", "Rutine for taushetsbelagt post")
    return Printable(
        title,
        lambda: service.routine_document(ws.id),
        before=lambda go: page.save_routine(then=go),
        printed=lambda pages: service.record_routine_printed(ws.id, pages),
    )


def access_routine_button(page: QWidget) -> QPushButton:
    """«Skriv ut …» for the access routine (beside «Eksporter som PDF …»)."""
    target: Any = page
    button = print_button(lambda: access_routine(target), page, lambda: target.ctx)
    button.setAccessibleName(tr("Skriv ut rutinen"))
    return button
