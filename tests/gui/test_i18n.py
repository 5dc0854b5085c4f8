"""Languages: Qt's own buttons and menus read in bokmål (and nynorsk), English is English,
nynorsk can be chosen and reads in nynorsk after the next start, and the shipped .qm files
match their .ts sources."""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTranslator
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
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


def test_qt_nb_and_qt_nn_cover_every_string_qt_asks_for(qtbot, qapp):
    """Guards against a Qt upgrade changing its source strings: whatever these widgets ask for
    in the covered contexts must be in qt_nb.ts and qt_nn.ts, spelled exactly."""
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
    for name in ("qt_nb.ts", "qt_nn.ts"):
        have = {(c, s) for c, s, _ in messages(TRANSLATIONS / name)}
        assert asked - have == set(), name


def test_qt_nn_covers_what_qt_nb_covers():
    """Whatever Qt text Postvakt gives in bokmål, it gives in nynorsk too."""
    nb = {(c, s) for c, s, _ in messages(TRANSLATIONS / "qt_nb.ts")}
    nn = {(c, s) for c, s, _ in messages(TRANSLATIONS / "qt_nn.ts")}
    assert nb == nn


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


# --- nynorsk ---------------------------------------------------------------------------------


def test_wizard_buttons_read_in_nynorsk(qtbot, language):
    language("nn")
    wizard = make_wizard(qtbot)
    assert wizard.button(WB.BackButton).text() == "< &Tilbake"
    assert wizard.button(WB.NextButton).text() == "&Neste >"
    assert wizard.button(WB.FinishButton).text() == "&Fullfør"
    assert wizard.button(WB.CancelButton).text() == "Avbryt"


def test_standard_buttons_read_in_nynorsk_like_postvakts_own_texts(qtbot, language):
    """Qt's own nynorsk says «Lagra», «Opna»; Postvakt's texts say «Lagre», «Opne»."""
    language("nn")
    assert button_texts(message_box(qtbot)) == {SB.Yes: "Ja", SB.No: "Nei", SB.Cancel: "Avbryt"}
    box = QDialogButtonBox(DB.Save | DB.Open | DB.Retry | DB.Close | DB.RestoreDefaults)
    qtbot.addWidget(box)
    assert set(button_texts(box).values()) == {
        "Lagre",
        "Opne",
        "Prøv igjen",
        "Lukk",
        "Gjenopprett standardverdiar",
    }


def test_text_context_menus_read_in_nynorsk(qtbot, language):
    language("nn")
    line = QLineEdit("x")
    qtbot.addWidget(line)
    assert context_menu_texts(line) == [
        "&Angre",
        "&Gjer om",
        "Klipp &ut",
        "&Kopier",
        "&Lim inn",
        "Slett",
        "Merk alt",
    ]


def test_nynorsk_falls_back_to_qts_own_catalogue(language):
    """What Postvakt's qt_nn.ts does not cover (here the colour dialog) comes from Qt's."""
    language("nn")
    assert QCoreApplication.translate("QColorDialog", "&Red:") == "&Raud:"


def test_nynorsk_sets_nynorsk_locale(language):
    language("nn")
    assert QLocale().name() == "nn_NO"
    assert QLocale().toString(QDate(2026, 12, 5), "dddd d. MMMM yyyy") == "laurdag 5. desember 2026"


def test_nynorsk_translates_postvakt_strings(language):
    language("nn")
    assert QCoreApplication.translate("main_window", "Innstillinger") == "Innstillingar"
    assert QCoreApplication.translate("domain", "Kommunalt foretak") == "Kommunalt føretak"


def test_switching_from_nynorsk_removes_qts_nynorsk_too(qtbot, language):
    language("nn")
    language("nb")
    assert QCoreApplication.translate("QColorDialog", "&Red:") == "&Red:"
    assert QCoreApplication.translate("main_window", "Innstillinger") == "Innstillinger"
    assert button_texts(message_box(qtbot))[SB.Cancel] == "Avbryt"


# offscreen, the calendar popup cannot be raised or grab the keyboard
@pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing"
)
def test_nynorsk_chosen_in_innstillinger_reads_in_nynorsk_after_restart(qtbot, ctx, language):
    from PySide6.QtWidgets import QTableView

    from desktop_app.settings import Settings
    from desktop_app.storage.paths import app_paths
    from desktop_app.views.date_field import DateField
    from desktop_app.views.main_window import MainWindow
    from desktop_app.views.settings_view import SettingsView
    from desktop_app.wizards.workspaces.new_workspace import NewWorkspaceWizard

    from .conftest import settle

    view = SettingsView(ctx)
    qtbot.addWidget(view)
    view.show()
    settle(qtbot)
    assert "Norsk (nynorsk)" in [view.language.itemText(i) for i in range(view.language.count())]
    view.language.setCurrentIndex(view.language.findData("nn"))
    settle(qtbot)
    assert "neste gang du starter" in view.language_note.text()

    # The next start: app.main installs the saved language before the first window.
    language(Settings.load(app_paths().settings_file).language)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.attach(ctx)
    settle(qtbot)
    entries = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert {"Verksemder", "Teiepliktbelagd post", "Uopna post", "Innstillingar"} <= set(entries)

    wizard = NewWorkspaceWizard(ctx, window)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.button(WB.NextButton).text() == "&Neste >"
    assert wizard.button(WB.CancelButton).text() == "Avbryt"
    assert wizard.currentPage().title() == "Ny arbeidsflate"
    assert "Einingsregisteret" in wizard.currentPage().findChild(QLabel).text()
    wizard.reject()

    field = DateField("Dato")
    qtbot.addWidget(field)
    field.show()
    field.edit.setDate(QDate(2026, 12, 5))
    field.open_calendar()
    calendar = field.popup.calendar
    days = calendar.findChild(QTableView, "qt_calendar_calendarview").model()
    header = [days.data(days.index(0, col)) for col in range(days.columnCount())]
    assert "la." in header and "lø." not in header  # laurdag, not lørdag
    field.popup.close()


# --- the files --------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "nn"])
def test_app_catalogue_is_complete(lang):
    found = list(messages(TRANSLATIONS / f"postvakt_{lang}.ts"))
    assert found
    missing = [
        (context, source)
        for context, source, translation in found
        if translation.get("type") == "unfinished"
        or not (translation.text or "".join(t.text or "" for t in translation))
    ]
    assert missing == [], "untranslated; translate them and run resources/translations/build.py"


@pytest.mark.parametrize("name", ["qt_nb.ts", "qt_nn.ts"])
def test_qt_catalogue_is_complete(name):
    for context, source, translation in messages(TRANSLATIONS / name):
        assert translation.get("type") is None and translation.text, (context, source)


def test_nynorsk_catalogue_has_every_message_of_the_english_one():
    """Both are refreshed from the same code; a message in one only means a missed update."""
    en = {(c, s) for c, s, _t in messages(TRANSLATIONS / "postvakt_en.ts")}
    nn = {(c, s) for c, s, _t in messages(TRANSLATIONS / "postvakt_nn.ts")}
    assert en == nn


def test_nynorsk_keeps_placeholders_markup_and_accelerators():
    """A lost {name}, tag or «» breaks the text at run time; a lost & the keyboard access."""
    import re

    def shape(text: str):
        return (
            sorted(re.findall(r"\{\w*\}", text)),
            sorted(re.findall(r"%\w", text)),
            len(re.findall(r"&(?=\S)", text)),
            sorted(re.findall(r"</?\w+[^>]*>", text)),
            text.count("«"),
            text.count("»"),
            text.count("\n"),
        )

    wrong = [
        (source, translation.text)
        for _context, source, translation in messages(TRANSLATIONS / "postvakt_nn.ts")
        if shape(source) != shape(translation.text or "")
    ]
    assert wrong == []


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
def test_catalogues_know_every_string_in_the_code(tmp_path):
    """A new tr("…") that nobody ran build.py for would show in bokmål to English and
    nynorsk users."""
    import shutil

    for ts in TRANSLATIONS.glob("postvakt_*.ts"):
        shutil.copyfile(ts, tmp_path / ts.name)
    build.update_app_ts(tmp_path)
    for lang in ("en", "nn"):
        fresh = {(c, s) for c, s, _t in messages(tmp_path / f"postvakt_{lang}.ts")}
        committed = {(c, s) for c, s, _t in messages(TRANSLATIONS / f"postvakt_{lang}.ts")}
        assert sorted(fresh - committed) == [], (
            f"run resources/translations/build.py --lang {lang} --unfinished and translate"
        )


@pytest.mark.parametrize(("code", "copies"), [("nb", "Eksemplarer:"), ("nn", "Eksemplar:")])
def test_print_dialog_reads_in_the_users_language(qtbot, qapp, language, code, copies):
    """Linux has no system print dialog: Qt's own is shown, and Postvakt's catalogues cover
    every string it asks for, so «Skriv ut …» does not open an English dialog."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QLabel, QPushButton

    language(code)
    spy = _AskedFor()
    qapp.installTranslator(spy)
    try:
        printer = QPrinter()
        dialog = QPrintDialog(printer)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
    finally:
        qapp.removeTranslator(spy)
    texts = {w.text() for w in dialog.findChildren(QLabel)} | {
        b.text() for b in dialog.findChildren(QPushButton)
    }
    assert copies in texts
    assert "&Skriv ut" in texts
    printing = {
        "QPrintDialog", "QPageSetupWidget", "QPrintSettingsOutput", "QPrintWidget",
        "QPrintPropertiesDialog", "QPrintPropertiesWidget", "QCupsJobWidget",
    }  # fmt: skip
    asked = {(c, s) for c, s in spy.asked if c in printing}
    assert asked
    have = {(c, s) for c, s, _ in messages(TRANSLATIONS / f"qt_{code}.ts")}
    assert asked - have == set()
