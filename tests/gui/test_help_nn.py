"""The help pages follow the user's language (nynorsk twins), bokmål for the rest."""

from __future__ import annotations

from desktop_app import language
from desktop_app.views.help import load_help


def test_help_is_nynorsk_for_a_nynorsk_user_and_bokmal_otherwise():
    assert load_help()["dpi"].steps[0].startswith("Les steget, gjør")
    language.set_current("nn")
    topics = load_help()
    assert topics["dpi"].steps[0].startswith("Les steget, gjer")
    assert topics["virksomheter"].title == "Verksemder"
    language.set_current("en")
    assert load_help()["virksomheter"].title == "Virksomheter"


def test_the_language_chosen_at_start_also_chooses_the_documents_language(qapp):
    from PySide6.QtCore import QLocale

    from desktop_app import i18n

    before = QLocale()
    try:
        i18n.install_translators(qapp, "en")
        assert language.current() == "en"
        i18n.install_translators(qapp, "nb")
        assert language.current() == "nb"
    finally:
        i18n.remove_translators(qapp)
        QLocale.setDefault(before)
