"""The user's language for what Postvakt writes outside Qt's catalogue: content files and
documents.

Qt translates the windows (:mod:`desktop_app.i18n`). Guides, help pages, PDF summaries, e-mail
drafts and table exports are made by code without Qt (services, exporters, the command line),
so they ask this module which language the user chose:

* :func:`current` is ``"nb"`` (the default), ``"nn"`` or ``"en"``. The GUI sets it at start
  (:func:`desktop_app.i18n.install_translators`), ``postvakt-cli`` from the user's settings.
* :func:`content_language` is the language of the content files to read: nynorsk for ``"nn"``,
  bokmål otherwise (there are no English content files; English users get bokmål).
* :func:`t` turns a bokmål document text into the user's language. Its catalogue is
  ``resources/translations/documents_nn.toml`` (bokmål → nynorsk), read once, when the first
  nynorsk text is asked for. English documents stay in bokmål, as the content files do; a
  text missing from the catalogue stays bokmål too (tests/unit/test_language.py makes sure no
  text in the code is missing).

Plain Python with no Qt: services, exporters and domain rules may import it.
"""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)

LANGUAGES = ("nb", "nn", "en")
DEFAULT_LANGUAGE = "nb"
CATALOGUE = "documents_nn.toml"

_current = DEFAULT_LANGUAGE
_catalogue: dict[str, str] | None = None


def current() -> str:
    """The user's language: ``"nb"``, ``"nn"`` or ``"en"``."""
    return _current


def set_current(code: str) -> str:
    """Make ``code`` the language of every document and content file from now on. An unknown
    code is logged and becomes bokmål. Returns the language set."""
    global _current
    if code not in LANGUAGES:
        log.warning("Unknown language %r; using %r", code, DEFAULT_LANGUAGE)
        code = DEFAULT_LANGUAGE
    _current = code
    return code


def content_language() -> str:
    """The language of the content files to read: ``"nn"`` or ``"nb"`` (also for English)."""
    return "nn" if _current == "nn" else "nb"


def _load_catalogue() -> dict[str, str]:
    import tomllib

    from desktop_app.resources import resources_dir

    path = resources_dir() / "translations" / CATALOGUE
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        log.warning("The nynorsk document texts cannot be read (%s); using bokmål", exc)
        return {}
    entries = data.get("texts", [])
    return {
        e["nb"]: e["nn"]
        for e in entries if isinstance(e, dict)
        and isinstance(e.get("nb"), str) and isinstance(e.get("nn"), str)
    }  # fmt: skip


def catalogue() -> dict[str, str]:
    """The nynorsk document texts, by their bokmål source (read once)."""
    global _catalogue
    if _catalogue is None:
        _catalogue = _load_catalogue()
    return _catalogue


def t(text_nb: str, /, **values: Any) -> str:
    """``text_nb`` in the user's language; ``values`` fill its ``{name}`` fields afterwards
    (so the catalogue holds one entry per sentence, not one per filled-in value)."""
    text = text_nb
    if _current == "nn":
        text = catalogue().get(text_nb, text_nb)
    return text.format(**values) if values else text
