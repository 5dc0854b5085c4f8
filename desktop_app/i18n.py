"""Languages: Postvakt's translators for its own strings and for Qt's.

Source strings are bokmål, so bokmål needs no translation of Postvakt's own strings, only of
Qt's (QWizard buttons, standard buttons, context menus, the file dialog): Qt ships nynorsk but
no bokmål, so Postvakt ships ``qt_nb.qm``. English needs only ``postvakt_en.qm``; Qt's own
strings are English already. Nynorsk needs ``postvakt_nn.qm`` and, for Qt's strings,
Postvakt's ``qt_nn.qm`` (the same messages as ``qt_nb.qm``, in the e-infinitive and words of
Postvakt's own texts) above Qt's own ``qtbase_nn.qm`` (everything else Qt may show).

A language change takes effect at the next start; call :func:`install_translators` once,
before the first window is made.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop_app.language import set_current as set_document_language
from desktop_app.resources import resources_dir

log = logging.getLogger(__name__)

LANGUAGES: dict[str, str] = {
    "nb": "Norsk (bokmål)",
    "nn": "Norsk (nynorsk)",
    "en": "English",
}
DEFAULT_LANGUAGE = "nb"

# Per language, the .qm files under resources/translations/, highest priority first.
_CATALOGUES: dict[str, tuple[str, ...]] = {
    "nb": ("qt_nb.qm",),
    "nn": ("qt_nn.qm", "postvakt_nn.qm"),
    "en": ("postvakt_en.qm",),
}
# Per language, Qt's own catalogues from Qt's translations folder, below Postvakt's.
_QT_CATALOGUES: dict[str, tuple[str, ...]] = {"nn": ("qtbase_nn",)}
_LOCALES: dict[str, str] = {"nb": "nb_NO", "nn": "nn_NO", "en": "en_GB"}

# The translators Postvakt installed. Qt does not own them, so they are kept alive here.
_installed: list[QTranslator] = []


def translations_dir() -> Path:
    return resources_dir() / "translations"


def locale_for(language: str) -> QLocale:
    """The locale for dates and numbers in ``language`` (nb_NO, nn_NO or en_GB)."""
    return QLocale(_LOCALES[language])


def remove_translators(app: QCoreApplication) -> None:
    """Remove every translator an earlier :func:`install_translators` installed."""
    while _installed:
        app.removeTranslator(_installed.pop())


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators for ``language`` ("nb", "nn" or "en") and set the default locale.

    Earlier Postvakt translators are removed first. An unknown language falls back to bokmål;
    a missing catalogue is logged and skipped (the program still works, in the source
    strings). Returns the installed translators, highest priority first.
    """
    remove_translators(app)
    if language not in LANGUAGES:
        log.warning("Unknown language %r; using %r", language, DEFAULT_LANGUAGE)
        language = DEFAULT_LANGUAGE
    QLocale.setDefault(locale_for(language))
    set_document_language(language)  # content files and documents follow the same language

    folder = translations_dir()
    loaded: list[QTranslator] = []
    for name in _CATALOGUES[language]:
        translator = QTranslator()
        if translator.load(str(folder / name)):
            loaded.append(translator)
        else:
            log.warning("Could not load translation %s", folder / name)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in _QT_CATALOGUES.get(language, ()):
        translator = QTranslator()
        if translator.load(name, qt_folder):
            loaded.append(translator)
        else:  # Postvakt's own qt_<lang>.qm still covers the buttons and menus it uses
            log.warning("Could not load Qt's translation %s from %s", name, qt_folder)
    # Qt asks the most recently installed translator first: install lowest priority first.
    for translator in reversed(loaded):
        app.installTranslator(translator)
        _installed.append(translator)
    return loaded
