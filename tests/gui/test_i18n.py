"""Languages: Qt's own buttons and menus read in bokmål, English is English, and the shipped
.qm files match their .ts sources."""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTextEdit,
    QWizard,
    QWizardPage,
)

from desktop_app import i18n

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
WB = QWizard.WizardButton
SB = QMessageBox.StandardButton
DB = QDialogButtonBox.StandardButton


def _load_build_module():
    spec = importlib.util.spec_from_file_location(
        "postvakt_translations_build", TRANSLATIONS / "build.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build = _load_build_module()


def messages(ts_file: Path):
    """(context, source, translation element) for every current message in a .ts file."""
    root = ET.parse(ts_file).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            yield name, message.findtext("source"), translation


@pytest.fixture
def language(qapp):
    """Install a language for one test; remove its translators and restore the locale after."""
    before = QLocale()

    def install(code: str) -> list[QTranslator]:
        return i18n.install_translators(qapp, code)

    yield install
    i18n.remove_translators(qapp)
    QLocale.setDefault(before)


def make_wizard(qtbot, style=QWizard.WizardStyle.ModernStyle) -> QWizard:
    wizard = QWizard()
    wizard.setWizardStyle(style)
    wizard.addPage(QWizardPage())
    wizard.addPage(QWizardPage())
    qtbot.addWidget(wizard)
    return wizard


def button_texts(box: QMessageBox | QDialogButtonBox) -> dict:
    """Standard button -> its text without the mnemonic "&" (some platform themes add one)."""
    return {box.standardButton(b): b.text().replace("&", "") for b in box.buttons()}


def message_box(qtbot) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Question, "Spørsmål", "Vil du?", SB.Yes | SB.No | SB.Cancel)
    qtbot.addWidget(box)
    return box


def context_menu_texts(widget) -> list[str]:
    menu = widget.createStandardContextMenu()
    try:
        return [a.text().split("\t")[0] for a in menu.actions() if not a.isSeparator()]
    finally:
        menu.deleteLater()


# --- bokmål -----------------------------------------------------------------------------------


def test_wizard_buttons_read_in_bokmal(qtbot, language):
    language("nb")
    wizard = make_wizard(qtbot)
    assert wizard.button(WB.BackButton).text() == "< &Tilbake"
    assert wizard.button(WB.NextButton).text() == "&Neste >"
    assert wizard.button(WB.FinishButton).text() == "&Fullfør"
    assert wizard.button(WB.CancelButton).text() == "Avbryt"


def test_mac_style_wizard_buttons_read_in_bokmal(qtbot, language):
    language("nb")
    wizard = make_wizard(qtbot, QWizard.WizardStyle.MacStyle)
    assert wizard.button(WB.BackButton).text() == "Gå tilbake"
    assert wizard.button(WB.NextButton).text() == "Fortsett"
    assert wizard.button(WB.FinishButton).text() == "Ferdig"


def test_message_box_buttons_read_in_bokmal(qtbot, language):
    language("nb")
    assert button_texts(message_box(qtbot)) == {SB.Yes: "Ja", SB.No: "Nei", SB.Cancel: "Avbryt"}


def test_dialog_button_box_reads_in_bokmal(qtbot, language):
    language("nb")
    box = QDialogButtonBox(DB.Ok | DB.Cancel)
    qtbot.addWidget(box)
    assert button_texts(box) == {DB.Ok: "OK", DB.Cancel: "Avbryt"}


def test_all_standard_buttons_read_in_bokmal(qtbot, language):
    language("nb")
    box = QDialogButtonBox(
        DB.Save
        | DB.Discard
        | DB.Apply
        | DB.Reset
        | DB.RestoreDefaults
        | DB.Help
        | DB.Close
        | DB.Open
        | DB.SaveAll
        | DB.Retry
        | DB.Ignore
    )
    qtbot.addWidget(box)
    texts = set(button_texts(box).values())
    assert {
        "Lagre",
        "Forkast",
        "Bruk",
        "Tilbakestill",
        "Gjenopprett standardverdier",
        "Hjelp",
        "Lukk",
        "Åpne",
        "Lagre alle",
        "Prøv igjen",
        "Ignorer",
    } <= texts


def test_text_context_menus_read_in_bokmal(qtbot, language):
    language("nb")
    line, text = QLineEdit("x"), QTextEdit("x")
    qtbot.addWidget(line)
    qtbot.addWidget(text)
    expected = ["&Angre", "&Gjør om", "Klipp &ut", "&Kopier", "&Lim inn", "Slett", "Merk alt"]
    assert context_menu_texts(line) == expected
    assert context_menu_texts(text) == expected


def test_progress_dialog_cancel_reads_in_bokmal(qtbot, language):
    language("nb")
    dialog = QProgressDialog()
    qtbot.addWidget(dialog)
    assert dialog.findChild(QPushButton).text() == "Avbryt"
    dialog.cancel()


def test_bokmal_sets_norwegian_locale(language):
    language("nb")
    assert QLocale().name() == "nb_NO"


def test_unknown_language_falls_back_to_bokmal(qtbot, language):
    language("de")
    wizard = make_wizard(qtbot)
    assert wizard.button(WB.NextButton).text() == "&Neste >"


class _AskedFor(QTranslator):
    """Records what Qt asks to have translated, and translates nothing."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):
        self.asked.add((context, source))
        return None

    def isEmpty(self) -> bool:
        return False


def test_qt_nb_covers_every_string_qt_asks_for(qtbot, qapp):
    """Guards against a Qt upgrade changing its source strings: whatever these widgets ask for
    in the covered contexts must be in qt_nb.ts, spelled exactly."""
    spy = _AskedFor()
    qapp.installTranslator(spy)
    try:
        for style in (
            QWizard.WizardStyle.ClassicStyle,
            QWizard.WizardStyle.ModernStyle,
            QWizard.WizardStyle.MacStyle,
        ):
            make_wizard(qtbot, style)
        box = QDialogButtonBox()
        for name, which in DB.__members__.items():
            if name not in ("NoButton", "FirstButton", "LastButton"):
                box.addButton(which)
        qtbot.addWidget(box)
        message_box(qtbot)
        line, text = QLineEdit("x"), QTextEdit("x")
        qtbot.addWidget(line)
        qtbot.addWidget(text)
        context_menu_texts(line)
        context_menu_texts(text)
        dialog = QProgressDialog()
        qtbot.addWidget(dialog)
        dialog.cancel()
    finally:
        qapp.removeTranslator(spy)
    covered = {
        "QWizard",
        "QPlatformTheme",
        "QGnomeTheme",
        "QLineEdit",
        "QWidgetTextControl",
        "QProgressDialog",
        "QMessageBox",
    }
    asked = {(c, s) for c, s in spy.asked if c in covered}
    assert {("QWizard", "&Next >"), ("QPlatformTheme", "Cancel")} <= asked
    have = {(c, s) for c, s, _ in messages(TRANSLATIONS / "qt_nb.ts")}
    assert asked - have == set()


# --- English ----------------------------------------------------------------------------------


def test_english_leaves_qt_strings_english(qtbot, language):
    language("en")
    wizard = make_wizard(qtbot)
    assert wizard.button(WB.NextButton).text() == "&Next >"
    assert wizard.button(WB.BackButton).text() == "< &Back"
    assert wizard.button(WB.FinishButton).text() == "&Finish"
    assert wizard.button(WB.CancelButton).text() == "Cancel"
    assert button_texts(message_box(qtbot)) == {SB.Yes: "Yes", SB.No: "No", SB.Cancel: "Cancel"}
    box = QDialogButtonBox(DB.Ok | DB.Cancel)
    qtbot.addWidget(box)
    assert button_texts(box) == {DB.Ok: "OK", DB.Cancel: "Cancel"}
    assert QLocale().name() == "en_GB"


def test_english_translates_postvakt_strings(language):
    context, source, translation = next(messages(TRANSLATIONS / "postvakt_en.ts"))
    assert QCoreApplication.translate(context, source) == source
    language("en")
    assert QCoreApplication.translate(context, source) == translation.text


def test_switching_language_removes_the_earlier_translators(qtbot, language):
    context, source, _ = next(messages(TRANSLATIONS / "postvakt_en.ts"))
    language("en")
    language("nb")
    assert QCoreApplication.translate(context, source) == source
    assert make_wizard(qtbot).button(WB.NextButton).text() == "&Neste >"
    language("en")
    assert make_wizard(qtbot).button(WB.NextButton).text() == "&Next >"


# --- the files --------------------------------------------------------------------------------


def test_english_catalogue_is_complete():
    found = list(messages(TRANSLATIONS / "postvakt_en.ts"))
    assert found
    missing = [
        (context, source)
        for context, source, translation in found
        if translation.get("type") == "unfinished"
        or not (translation.text or "".join(t.text or "" for t in translation))
    ]
    assert missing == [], "untranslated; translate them and run resources/translations/build.py"


def test_bokmal_qt_catalogue_is_complete():
    for context, source, translation in messages(TRANSLATIONS / "qt_nb.ts"):
        assert translation.get("type") is None and translation.text, (context, source)


@pytest.mark.skipif(
    build.find_tool("pyside6-lrelease") is None, reason="pyside6-lrelease is not installed"
)
@pytest.mark.parametrize("ts_file", sorted(TRANSLATIONS.glob("*.ts")), ids=lambda p: p.name)
def test_committed_qm_matches_its_ts(ts_file, tmp_path):
    compiled = tmp_path / ts_file.with_suffix(".qm").name
    build.compile_ts(ts_file, compiled)
    committed = ts_file.with_suffix(".qm")
    assert committed.is_file(), f"{committed.name} is missing: run resources/translations/build.py"
    assert compiled.read_bytes() == committed.read_bytes(), (
        f"{committed.name} is stale: run resources/translations/build.py"
    )


def test_helper_calls_are_spelled_out_for_lupdate():
    source = (
        "from PySide6.QtCore import QCoreApplication\n\n\n"
        "def tr(text: str) -> str:\n"
        '    return QCoreApplication.translate("vindu", text)\n\n\n'
        'TITLE = tr("Åpne") + tr ("x")\n'
    )
    out = build.spell_out_helpers(source)
    assert (
        'TITLE = QCoreApplication.translate("vindu", "Åpne") '
        '+ QCoreApplication.translate ("vindu", "x")\n'
    ) in out
    assert out.count("\n") == source.count("\n")


@pytest.mark.skipif(
    build.find_tool("pyside6-lupdate") is None, reason="pyside6-lupdate is not installed"
)
def test_english_catalogue_knows_every_string_in_the_code(tmp_path):
    """A new tr("…") that nobody ran build.py for would show in bokmål to English users."""
    import shutil

    for ts in TRANSLATIONS.glob("postvakt_*.ts"):
        shutil.copyfile(ts, tmp_path / ts.name)
    build.update_app_ts(tmp_path)
    fresh = {(c, s) for c, s, _t in messages(tmp_path / "postvakt_en.ts")}
    committed = {(c, s) for c, s, _t in messages(TRANSLATIONS / "postvakt_en.ts")}
    assert sorted(fresh - committed) == [], "run resources/translations/build.py and translate"
