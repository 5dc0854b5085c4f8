"""Every message box Postvakt shows goes through here: one seam for tests.

Boxes are shown non-blocking (``open()`` plus a callback, as qutebrowser does), so no test
can hang in ``exec()`` and the GUI keeps painting while a question is open.

``QMessageBox`` is imported in each function, not at the top: the main window imports this
module before its first paint, and making the QMessageBox class (with its enums) costs
start-up time that the first paint does not need.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt

from desktop_app.storage.paths import app_paths

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("dialogs", text)


def user_message(exc: BaseException) -> str:
    """The bokmål sentence to show for an error; never a traceback, never a secret.

    Postvakt's own errors carry their message (``message_nb`` or ``user_message``, or they
    are built with one). Anything else is unexpected: say where the details are.
    """
    for attr in ("message_nb", "user_message", "message"):
        value = getattr(exc, attr, None)
        if isinstance(value, str) and value:
            return value
    if getattr(exc, "__module__", "").startswith("desktop_app") and str(exc):
        return str(exc)
    return tr(
        "Noe uventet gikk galt. Arbeidet som alt er gjort, er lagret. "
        "Prøv igjen; skjer det igjen, send loggfilen til IT-avdelingen: {path}"
    ).format(path=app_paths().log_file)


def _box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton,
    default: QMessageBox.StandardButton,
    on_done: Callable[[QMessageBox.StandardButton], None] | None,
) -> QMessageBox:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(icon, title, text, buttons, parent)
    # Names in the text come from files and services: never let Qt take them for HTML.
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(default)
    box.setObjectName("postvaktMessageBox")
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)

    def finished(_code: int) -> None:
        if on_done is not None:
            on_done(
                box.standardButton(box.clickedButton())
                if box.clickedButton()
                else QMessageBox.StandardButton.Cancel
            )

    box.finished.connect(finished)
    box.open()
    return box


def inform(
    parent: QWidget | None, title: str, text: str, on_done: Callable[[], None] | None = None
) -> QMessageBox:
    from PySide6.QtWidgets import QMessageBox

    return _box(
        parent,
        QMessageBox.Icon.Information,
        title,
        text,
        QMessageBox.StandardButton.Ok,
        QMessageBox.StandardButton.Ok,
        (lambda _b: on_done()) if on_done else None,
    )


def warn(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    from PySide6.QtWidgets import QMessageBox

    return _box(
        parent,
        QMessageBox.Icon.Warning,
        title,
        text,
        QMessageBox.StandardButton.Ok,
        QMessageBox.StandardButton.Ok,
        None,
    )


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> QMessageBox:
    from PySide6.QtWidgets import QMessageBox

    return _box(
        parent,
        QMessageBox.Icon.Warning,
        title or tr("Det gikk ikke"),
        user_message(exc),
        QMessageBox.StandardButton.Ok,
        QMessageBox.StandardButton.Ok,
        None,
    )


def confirm(
    parent: QWidget | None,
    title: str,
    text: str,
    on_yes: Callable[[], None],
    *,
    danger: bool = False,
) -> QMessageBox:
    """Ask yes/no; ``on_yes`` runs only on yes. Dangerous questions default to no."""
    from PySide6.QtWidgets import QMessageBox

    default = QMessageBox.StandardButton.No if danger else QMessageBox.StandardButton.Yes

    def done(button: QMessageBox.StandardButton) -> None:
        if button == QMessageBox.StandardButton.Yes:
            on_yes()

    return _box(
        parent,
        QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        default,
        done,
    )


def unhandled_error(parent: QWidget | None) -> QMessageBox:
    from PySide6.QtWidgets import QMessageBox

    return _box(
        parent,
        QMessageBox.Icon.Critical,
        tr("Noe gikk galt"),
        tr(
            "Noe uventet gikk galt. Alt du har bekreftet, er lagret, og du kan arbeide videre. "
            "Skjer det igjen, start Postvakt på nytt og send loggfilen til IT-avdelingen:\n{path}"
        ).format(path=app_paths().log_file),
        QMessageBox.StandardButton.Ok,
        QMessageBox.StandardButton.Ok,
        None,
    )
