"""Texts that come from the Qt-free layers (labels, fixed messages), translated for display.

The domain and storage layers keep their bokmål texts as plain strings. The views show them
through :func:`dtr`, and ``resources/translations/build.py`` collects them from
:func:`domain_strings` so they reach the English catalogue like any other string.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

CONTEXT = "domain"


def dtr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def failures_text(failed: Sequence[tuple[str, str]], limit: int = 6) -> str:
    """``(orgnr, message)`` pairs as lines: each reason once, with the numbers it applies to
    (an API that is off gives the same answer for every org.nr: one line, not thirty)."""
    # Here, not at the top: the main window imports this module before its first paint, and
    # identifiers brings python-stdnum (with pydoc and ssl), which start-up does not need.
    from desktop_app.domain.identifiers import format_orgnr

    by_reason: dict[str, list[str]] = {}
    for orgnr, message in failed:
        by_reason.setdefault(message, []).append(orgnr)
    lines = []
    for message, numbers in by_reason.items():
        shown = ", ".join(format_orgnr(n) for n in numbers[:limit])
        if len(numbers) > limit:
            shown += " " + QCoreApplication.translate("domain_text", "og {n} til").format(
                n=len(numbers) - limit
            )
        lines.append(f"{shown}: {dtr(message)}")
    return "\n".join(lines)


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
    from desktop_app.domain import organizations

    texts += [
        organizations.KS_IS_NOT_A_MUNICIPALITY,
        organizations.UNKNOWN_TO_THE_REGISTER,
    ]
    from desktop_app.domain import notices

    for notes in notices.PROVIDER_NOTES_NB.values():
        texts += list(notes)
    texts.append(notices.SECTION8_LABEL_NB)
    from desktop_app.domain.contactability import Reason

    texts += [reason.label_nb for reason in Reason]
    from desktop_app.domain import access, contacts

    texts += [
        access.PACKAGE_NAME,
        *access.REASON_LABELS.values(),
        *access.SOURCE_LABELS.values(),
        *access.FLAG_LABELS.values(),
        *access.LEVEL_LABELS.values(),
        *contacts.KIND_LABELS.values(),
        access.UNKNOWN_HOLDERS,
        access.UNKNOWN_ADDRESSES,
    ]
    from desktop_app.domain import access_plan

    texts += list(access_plan.CHANGE_LABELS.values())
    from desktop_app.domain import dpi_onboarding

    texts += dpi_onboarding.texts_for_translation()
    texts += [
        secrets.NO_KEYRING_MESSAGE,
        secrets.LOCKED_MESSAGE,
        secrets.UNAVAILABLE_MESSAGE,
    ]
    return list(dict.fromkeys(t for t in texts if t and "{" not in t))
