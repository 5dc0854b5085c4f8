"""Texts that come from the Qt-free layers (labels, fixed messages), translated for display.

The domain and storage layers keep their bokmål texts as plain strings. The views show them
through :func:`dtr`, and ``resources/translations/build.py`` collects them from
:func:`domain_strings` so they reach the English catalogue like any other string.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = "domain"


def dtr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def domain_strings() -> list[str]:
    """Every fixed text of the lower layers that a view may show."""
    from desktop_app.domain.audit import ACTION_LABELS
    from desktop_app.domain.environments import Environment
    from desktop_app.domain.organizations import ORG_FORM_LABELS
    from desktop_app.storage import secrets

    texts: list[str] = []
    for env in Environment:
        texts += [env.label, env.explanation]
    texts += [name.label for name in secrets.SecretName]
    texts += list(ACTION_LABELS.values())
    texts += list(ORG_FORM_LABELS.values())
    from desktop_app.domain import notices

    for notes in notices.PROVIDER_NOTES_NB.values():
        texts += list(notes)
    texts.append(notices.SECTION8_LABEL_NB)
    from desktop_app.domain.contactability import Reason

    texts += [reason.label_nb for reason in Reason]
    from desktop_app.domain import access, contacts

    texts += [access.PACKAGE_NAME, *access.REASON_LABELS.values(),
              *access.SOURCE_LABELS.values(), *access.FLAG_LABELS.values(),
              *access.LEVEL_LABELS.values(), *contacts.KIND_LABELS.values()]
    from desktop_app.domain import dpi_onboarding

    texts += dpi_onboarding.texts_for_translation()
    texts += [
        secrets.NO_KEYRING_MESSAGE,
        secrets.LOCKED_MESSAGE,
        secrets.UNAVAILABLE_MESSAGE,
    ]
    return list(dict.fromkeys(t for t in texts if t and "{" not in t))
