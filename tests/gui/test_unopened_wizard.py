"""The «Uåpnet post» wizard, driven as a user would: answer, import, Next, follow up."""

from __future__ import annotations

import email
from email import policy
from pathlib import Path

from PySide6.QtWidgets import QWizard

from desktop_app.domain.unopened import DigitalOnlySetting
from desktop_app.resources import resources_dir
from desktop_app.storage.own_inbox import InboxAnswer
from desktop_app.storage.runs import FollowupStatus
from desktop_app.wizards.unopened import UnopenedCheckPage
from desktop_app.wizards.unopened.check_steps import (
    PAGE_FOLLOWUP,
    PAGE_IMPORT,
    PAGE_OWN_INBOX,
    PAGE_RESULT,
    PAGE_RISK,
)

from .conftest import settle

DEMO = resources_dir() / "demo" / "svarut-eksport-demo.csv"

# Norwegian headers, cp1252 (æøå as Excel on Norwegian Windows writes them), display-text statuses.
CP1252_ROWS = (
    "Forsendelses-ID;Dato sendt;Forsendelsesstatus;Tittel;Mottakers navn;Organisasjonsnummer;"
    "Taushetsbelagt\r\n"
    "11111111-2222-4333-8444-555555555501;02.03.2026 10:15;Varslet;Søknad om støtte;"
    "Bærum Rørlegger AS;320135710;Ja\r\n"
    "11111111-2222-4333-8444-555555555502;03.03.2026 11:00;Sendt digitalt;Vedtak om tilskudd;"
    "Bærum Rørlegger AS;320135710;Ja\r\n"
    "11111111-2222-4333-8444-555555555503;04.03.2026 09:00;Lest;Kvittering;"
    "Åsen Sag AS;320162858;Ja\r\n"
)


def start(qtbot, ctx) -> UnopenedCheckPage:
    page = UnopenedCheckPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    ctx.set_workspace(ctx.workspaces.list_workspaces()[0])
    settle(qtbot)
    return page


def next_button(page: UnopenedCheckPage):
    return page.wizard.button(QWizard.WizardButton.NextButton)


def click_next(qtbot, page: UnopenedCheckPage) -> None:
    assert next_button(page).isEnabled()
    next_button(page).click()
    settle(qtbot)


def answer_and_import(qtbot, page, path: Path, setting=DigitalOnlySetting.DIGITAL_ONLY):
    wizard = page.wizard
    assert wizard.currentId() == PAGE_RISK
    wizard.page(PAGE_RISK).choose(setting)
    click_next(qtbot, page)
    assert wizard.currentId() == PAGE_IMPORT
    assert not next_button(page).isEnabled()  # nothing imported yet
    wizard.page(PAGE_IMPORT).import_file(path)
    settle(qtbot)
    return wizard.page(PAGE_IMPORT)


def test_demo_export_through_every_step(qtbot, ctx, tmp_path):
    page = start(qtbot, ctx)
    assert not next_button(page).isEnabled()  # nothing chosen yet
    importer = answer_and_import(qtbot, page, DEMO)
    assert "Lest inn 40 forsendelser" in importer.status.text()
    outcome = page.wizard.outcome
    assert outcome.run.id is not None and outcome.run.risk_answer == "1a"

    click_next(qtbot, page)  # no refresh page yet: straight to the result
    assert page.wizard.currentId() == PAGE_RESULT
    result = page.wizard.page(PAGE_RESULT)
    groups = outcome.result.groups
    assert groups and result.table.rowCount() == len(groups)
    assert f"{outcome.result.at_risk_count} brev til {len(groups)} virksomheter" in (
        result.headline.text()
    )
    assert "1a" in result.urgency.text()
    assert result.table.item(0, 5).text() == "Haster"  # 1a: nothing will ever be printed

    click_next(qtbot, page)
    assert page.wizard.currentId() == PAGE_FOLLOWUP
    follow = page.wizard.page(PAGE_FOLLOWUP)
    assert follow.recipients.count() == len(groups)
    draft = follow.current_draft()
    assert "Post til virksomheten med taushetsbelagt innhold" in follow.body.toPlainText()
    for shipment in groups[0].shipments:
        assert shipment.title not in follow.body.toPlainText()

    # .eml: parseable, names the business, holds no letter title.
    eml = tmp_path / "utkast.eml"
    follow.save_eml(eml)
    settle(qtbot)
    message = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    body = message.get_body(("plain",)).get_content()
    assert draft.recipient_name and draft.recipient_name in body
    assert "Uåpnet taushetsbelagt post" in message["Subject"]
    assert not any(s.title and s.title in body for s in outcome.result.at_risk)

    # Mail merge: one row per business, Excel-friendly.
    merge = tmp_path / "fletting.csv"
    follow.export_drafts(merge)
    settle(qtbot)
    text = merge.read_bytes()
    assert text.startswith(b"\xef\xbb\xbf")
    assert text.decode("utf-8-sig").count("Post til virksomheten med taushetsbelagt") == len(groups)

    click_next(qtbot, page)
    assert page.wizard.currentId() == PAGE_OWN_INBOX
    own = page.wizard.page(PAGE_OWN_INBOX)
    qtbot.waitUntil(lambda: own.table.rowCount() > 0)
    own_text = own.findChild(type(own.progress_label), "apiLater").text()
    assert "logg inn på altinn.no" in own_text  # what to do, not that Postvakt cannot
    assert "kan logge inn" not in own_text and "ennå" not in own_text
    own.set_answer(0, InboxAnswer.YES, "Tre brev fra Helsedirektoratet")
    own.save_row(0)
    settle(qtbot)
    assert "1 av" in own.progress_label.text()
    checks = page.wizard.service.own_inbox_checks(ctx.workspace.id)
    assert checks[own.units[0].orgnr].answer is InboxAnswer.YES
    actions = [e.action for e in ctx.audit.entries()]
    for action in ("check.done", "check.draft_saved", "check.drafts_exported", "check.own_inbox"):
        assert action in actions


def test_cp1252_file_with_norwegian_headers(qtbot, ctx, tmp_path):
    path = tmp_path / "eksport.csv"
    path.write_bytes(CP1252_ROWS.encode("cp1252"))
    page = start(qtbot, ctx)
    importer = answer_and_import(qtbot, page, path, DigitalOnlySetting.PRINT_WHEN_UNREAD)
    assert "Lest inn 3 forsendelser" in importer.status.text()
    click_next(qtbot, page)
    result = page.wizard.page(PAGE_RESULT)
    assert result.table.rowCount() == 1
    assert result.table.item(0, 1).text() == "Bærum Rørlegger AS"
    assert result.table.item(0, 2).data(0) == 2
    assert "1b" in result.urgency.text()


def test_broken_rows_are_listed_and_the_rest_loads(qtbot, ctx, tmp_path):
    lines = DEMO.read_text(encoding="utf-8-sig").splitlines()
    lines[3] = "ikke-en-id;" + lines[3].split(";", 1)[1]
    lines[6] = lines[6] + ";ekstra;felt"
    path = tmp_path / "odelagt.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    page = start(qtbot, ctx)
    importer = answer_and_import(qtbot, page, path)
    shown = [importer.errors.item(i).text() for i in range(importer.errors.count())]
    assert any(t.startswith("Linje 4:") for t in shown)
    assert any(t.startswith("Linje 7:") for t in shown)
    assert "Lest inn 38 forsendelser" in importer.status.text()
    assert next_button(page).isEnabled()


def test_unknown_headers_go_through_the_mapping_dialog_once(qtbot, ctx, tmp_path):
    path = tmp_path / "ukjent.csv"
    path.write_text(  # two columns of UUIDs: only the user can say which is the ID
        "Nøkkel;Sak;Tilstand;Når;Firma;Foretaksnr\n"
        "11111111-2222-4333-8444-555555555501;21111111-2222-4333-8444-555555555501;VARSLET;"
        "02.03.2026 10:15;Fjordvik IL;320135710\n"
        "11111111-2222-4333-8444-555555555502;21111111-2222-4333-8444-555555555502;LEST;"
        "03.03.2026 11:00;Fjordvik IL;320135710\n",
        encoding="utf-8",
    )
    page = start(qtbot, ctx)
    importer = answer_and_import(qtbot, page, path)
    dialog = importer.mapping_dialog
    assert dialog is not None and dialog.isVisible()
    ok = dialog.buttons.buttons()[0]
    assert not ok.isEnabled()  # the required fields are not chosen yet
    from desktop_app.importers.svarut_export import ExportField as F

    dialog.choose(F.ID, "Nøkkel")
    dialog.choose(F.STATUS, "Tilstand")
    dialog.choose(F.SENT_AT, "Når")
    dialog.choose(F.RECIPIENT_ID, "Foretaksnr")
    dialog.choose(F.RECIPIENT_NAME, "Firma")
    assert ok.isEnabled()
    dialog.accept()
    settle(qtbot)
    assert "Lest inn 2 forsendelser" in importer.status.text()
    assert page.wizard.outcome.result.at_risk_count == 1

    # Next time (a new wizard, same database): read at once, no dialog; last answer chosen.
    again = start(qtbot, ctx)
    assert again.wizard.page(PAGE_RISK).selected() is DigitalOnlySetting.DIGITAL_ONLY
    assert "forrige kontroll" in again.wizard.page(PAGE_RISK).previous.text()
    importer2 = answer_and_import(qtbot, again, path)
    assert importer2.mapping_dialog is None
    assert "Lest inn 2 forsendelser" in importer2.status.text()
    assert "check.mapping_saved" in [e.action for e in ctx.audit.entries()]


def test_letters_without_a_recipient_lead_the_result(qtbot, ctx, tmp_path):
    path = tmp_path / "uten-orgnr.csv"
    path.write_text(
        "Forsendelse-ID;Sendt;Status;Mottaker;Taushetsbelagt\n"
        "11111111-2222-4333-8444-555555555501;02.03.2026 10:15;VARSLET;Fjordvik IL;Ja\n"
        "11111111-2222-4333-8444-555555555502;02.03.2026 10:15;LEST;Fjordvik IL;Ja\n",
        encoding="utf-8",
    )
    page = start(qtbot, ctx)
    answer_and_import(qtbot, page, path)
    click_next(qtbot, page)
    result = page.wizard.page(PAGE_RESULT)
    headline = result.headline.text()
    assert headline.startswith("Ett uåpnet brev kan ikke knyttes til en mottaker")
    assert "Ingen brev er funnet i faresonen" not in headline


def test_pasted_ids(qtbot, ctx):
    page = start(qtbot, ctx)
    page.wizard.page(PAGE_RISK).choose(DigitalOnlySetting.UNKNOWN)
    click_next(qtbot, page)
    importer = page.wizard.page(PAGE_IMPORT)
    importer.paste.setPlainText(
        "d6b23522-ddf3-462a-8140-16e59e1f476d\nikke-en-id\n{7F9AC098-8DF0-4F25-95F1-9A51E41686CD}\n"
    )
    importer.paste_button.click()
    settle(qtbot)
    assert "Lest inn 2 forsendelser" in importer.status.text()
    assert importer.errors.count() == 1
    click_next(qtbot, page)
    result = page.wizard.page(PAGE_RESULT)
    assert "2 brev kan ikke vurderes" in result.unknown_title.text()


def test_a_bad_file_says_what_to_do_and_nothing_moves_on(qtbot, ctx, tmp_path):
    path = tmp_path / "tom.csv"
    path.write_text("", encoding="utf-8")
    page = start(qtbot, ctx)
    importer = answer_and_import(qtbot, page, path)
    assert "tom" in importer.status.text().lower()
    assert not next_button(page).isEnabled()


def test_followup_survives_a_restart(qtbot, ctx, tmp_path):
    page = start(qtbot, ctx)
    answer_and_import(qtbot, page, DEMO)
    click_next(qtbot, page)
    click_next(qtbot, page)
    follow = page.wizard.page(PAGE_FOLLOWUP)
    follow.recipients.setCurrentRow(1)
    orgnr = follow.current_draft().orgnr
    follow.state_combo.setCurrentIndex(follow.state_combo.findData(FollowupStatus.CONTACTED.value))
    follow.state_note.setText("Ringte sentralbordet")
    follow.save_followup()
    settle(qtbot)
    assert "Kontaktet" in follow.recipients.item(1).text()

    # A new AppContext on the same database file, as after a restart; and a fresh import.
    from desktop_app.app import open_context
    from desktop_app.views.context import AppContext

    db, secrets = open_context(ctx.settings)
    other = AppContext(db, ctx.settings, secrets, practice=ctx.practice)
    try:
        page2 = start(qtbot, other)
        answer_and_import(qtbot, page2, DEMO)
        click_next(qtbot, page2)
        result = page2.wizard.page(PAGE_RESULT)
        rows = {
            result.table.item(r, 0).text().replace(" ", ""): r
            for r in range(result.table.rowCount())
        }
        assert result.table.item(rows[orgnr], 6).text().startswith("Kontaktet")
        click_next(qtbot, page2)
        follow2 = page2.wizard.page(PAGE_FOLLOWUP)
        row = next(i for i, d in enumerate(follow2.drafts) if d.orgnr == orgnr)
        follow2.recipients.setCurrentRow(row)
        assert follow2.state_combo.currentData() == FollowupStatus.CONTACTED.value
        assert follow2.state_note.text() == "Ringte sentralbordet"
    finally:
        settle(qtbot)
        other.close()
        db.close()


def test_changing_the_answer_runs_the_check_again(qtbot, ctx):
    page = start(qtbot, ctx)
    answer_and_import(qtbot, page, DEMO)
    page.wizard.back()
    settle(qtbot)
    page.wizard.page(PAGE_RISK).choose(DigitalOnlySetting.PRINT_WHEN_UNREAD)
    click_next(qtbot, page)
    qtbot.waitUntil(lambda: page.wizard.outcome is not None)
    assert page.wizard.outcome.run.risk_answer == "1b"
    assert len(page.wizard.service.check.list_runs(ctx.workspace.id)) == 2


def test_cancel_keeps_nothing_and_the_file_can_be_imported_again(qtbot, ctx, tmp_path):
    header, *rows = DEMO.read_text(encoding="utf-8-sig").splitlines()
    body = [
        f"{i:08x}-0000-4000-8000-000000000000;" + rows[i % len(rows)].split(";", 1)[1]
        for i in range(10_000)
    ]
    path = tmp_path / "stor.csv"
    path.write_text("\n".join([header, *body]) + "\n", encoding="utf-8")
    page = start(qtbot, ctx)
    page.wizard.page(PAGE_RISK).choose(DigitalOnlySetting.DIGITAL_ONLY)
    click_next(qtbot, page)
    importer = page.wizard.page(PAGE_IMPORT)
    service = page.wizard.service
    original = service.run_check

    def held(state, *args, **kwargs):
        # A fast machine could finish before the click: the import waits (wakes at once on
        # cancel), so the test does not depend on how fast the import is.
        state.wait(60)
        return original(state, *args, **kwargs)

    service.run_check = held
    try:
        importer.import_file(path)
        assert importer.cancel_button.isVisible()
        importer.cancel_button.click()
        settle(qtbot)
    finally:
        service.run_check = original
    assert "avbrutt" in importer.status.text()
    assert not next_button(page).isEnabled()
    assert page.wizard.service.check.list_runs(ctx.workspace.id) == []
    importer.import_file(path)
    settle(qtbot)
    assert "Lest inn 10\u00a0000 forsendelser" in importer.status.text()


def test_xlsx_export_imports_like_the_csv(qtbot, ctx, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    for line in DEMO.read_text(encoding="utf-8-sig").splitlines():
        sheet.append(line.split(";"))
    path = tmp_path / "eksport.xlsx"
    book.save(path)
    page = start(qtbot, ctx)
    importer = answer_and_import(qtbot, page, path)
    assert "Lest inn 40 forsendelser fra eksport.xlsx" in importer.status.text()
    assert page.wizard.outcome.result.at_risk_count == 13


def test_a_full_disk_keeps_the_check_and_save_again_saves_it(qtbot, ctx):
    from desktop_app.storage.runs import RunRepository

    with ctx.db.read() as conn:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")  # the disk is full
    page = start(qtbot, ctx)
    importer = answer_and_import(qtbot, page, DEMO)
    assert "Disken er full" in importer.status.text()
    assert "ikke lagret" in importer.status.text()
    assert importer.save_again_button.isVisible()
    assert not next_button(page).isEnabled()
    workspace = ctx.workspace
    assert RunRepository(ctx.db).list_runs(workspace.id) == []

    with ctx.db.read() as conn:
        conn.execute("PRAGMA max_page_count = 1073741823")  # room again
    importer.save_again_button.click()
    settle(qtbot)
    assert not importer.save_again_button.isVisible()
    (run,) = RunRepository(ctx.db).list_runs(workspace.id)
    assert page.wizard.outcome.run.id == run.id
    assert next_button(page).isEnabled()


def test_in_practice_the_example_file_runs_the_whole_check(qtbot, ctx):
    from desktop_app.domain.environments import Environment

    ctx.set_environment(Environment.OVING)
    page = start(qtbot, ctx)
    wizard = page.wizard
    wizard.page(PAGE_RISK).choose(DigitalOnlySetting.DIGITAL_ONLY)
    click_next(qtbot, page)
    importer = wizard.page(PAGE_IMPORT)
    # The help text has the steps in SvarUt from DigiVestland's letter.
    assert any(
        "Velg «avsender for meldinger»" in label.text()
        for label in importer.findChildren(type(importer.status))
    )
    assert importer.example_button.isVisible()
    importer.example_button.click()
    settle(qtbot)
    assert "Lest inn 40 forsendelser" in importer.status.text()
    assert wizard.outcome.run.source_name == "svarut-eksport-demo.csv"
    assert wizard.outcome.at_risk_count > 0 and next_button(page).isEnabled()


def test_outside_practice_there_is_no_example_file(qtbot, ctx):
    from desktop_app.domain.environments import Environment

    ctx.set_environment(Environment.TEST)
    page = start(qtbot, ctx)
    importer = page.wizard.page(PAGE_IMPORT)
    assert not importer.example_button.isVisibleTo(page)
    importer.import_example()  # nothing made up reaches a real municipality's history
    settle(qtbot)
    assert page.wizard.outcome is None
    ctx.set_environment(Environment.OVING)
    assert importer.example_button.isVisibleTo(importer)
