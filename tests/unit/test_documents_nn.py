"""A nynorsk user gets nynorsk documents: the PDF summaries (their HTML), the e-mail drafts
and the Excel/CSV exports. A bokmål or English user gets them in bokmål, as before."""

from __future__ import annotations

import csv
import email
import io
from datetime import UTC, datetime
from email.policy import default
from pathlib import Path

import openpyxl
import pytest

from desktop_app import language
from desktop_app.domain.cancellation import TaskState
from desktop_app.resources import demo_dir
from desktop_app.services.composition import Services
from desktop_app.services.unopened_check import UnopenedCheckService
from desktop_app.services.unopened_followup import UnopenedFollowupService
from desktop_app.services.workspaces import WorkspaceService
from desktop_app.storage.database import Database

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
DEMO_CSV = demo_dir() / "svarut-eksport-demo.csv"


@pytest.fixture
def db(tmp_path):
    with Database.open(tmp_path / "db.sqlite3") as database:
        yield database


@pytest.fixture
def checked(db):
    demo = WorkspaceService(db).ensure_demo_workspace()
    assert demo is not None
    service = UnopenedCheckService(db)
    return service, demo, service.run_check(TaskState(), demo, DEMO_CSV, "1a", now=NOW)


def test_the_unopened_summary_pdf_is_nynorsk_for_a_nynorsk_user(checked):
    service, _demo, outcome = checked
    assert "Uåpnet taushetsbelagt post" in service.summary_html(outcome)
    language.set_current("nn")
    page = service.summary_html(outcome)
    assert "Uopna teiepliktbelagd post" in page
    assert "Verksemder med uopna brev" in page
    assert "Innstillinga i SvarUt" in page
    assert "Virksomheter" not in page and "ikke" not in page


def test_the_xlsx_and_csv_headers_are_nynorsk_for_a_nynorsk_user(checked, tmp_path):
    service, _demo, outcome = checked
    language.set_current("nn")
    service.export(outcome, tmp_path / "liste.xlsx")
    book = openpyxl.load_workbook(tmp_path / "liste.xlsx")
    assert book.sheetnames == ["Mottakarar", "Brev"]
    header = [c.value for c in next(book["Mottakarar"].iter_rows(max_row=1))]
    assert header[:3] == ["Org.nr.", "Mottakar", "Brev i faresona"]
    first = next(book["Mottakarar"].iter_rows(min_row=2, max_row=2, values_only=True))
    assert "Ikkje kontakta" in first and "Hastar" in first
    letters = list(book["Brev"].iter_rows(min_row=1, max_row=2, values_only=True))
    assert letters[0][-1] == "Kvifor, og kva du gjer"
    assert "ikkje" in letters[1][-1]
    service.export(outcome, tmp_path / "liste.csv")
    text = (tmp_path / "liste.csv").read_text(encoding="utf-8-sig")
    assert next(csv.reader(io.StringIO(text), delimiter=";"))[:2] == ["Org.nr.", "Mottakar"]


def test_english_keeps_bokmal_documents(checked, tmp_path):
    service, _demo, outcome = checked
    language.set_current("en")
    service.export(outcome, tmp_path / "liste.xlsx")
    book = openpyxl.load_workbook(tmp_path / "liste.xlsx")
    assert book.sheetnames == ["Mottakere", "Brev"]
    assert "Virksomheter med uåpnede brev" in service.summary_html(outcome)


def test_the_followup_eml_draft_is_nynorsk_for_a_nynorsk_user(db, checked, tmp_path):
    _service, demo, outcome = checked
    language.set_current("nn")
    followup = UnopenedFollowupService(db)
    draft = followup.drafts(outcome.result, demo)[0]
    path = followup.save_eml(demo, draft, tmp_path / "utkast.eml")
    message = email.message_from_bytes(path.read_bytes(), policy=default)
    assert message["Subject"].startswith("Uopna teiepliktbelagd post frå ")
    body = message.get_content()
    assert body.startswith("Hei,")
    assert "ikkje opna enno" in body
    assert "«Post til verksemda med teiepliktbelagt innhald»" in body
    assert "Med venleg helsing" in body
    assert "ikke" not in body and "Hvor" not in body
    rows = followup.export_mail_merge(demo, [draft], tmp_path / "flett.csv")
    assert rows == 1
    text = (tmp_path / "flett.csv").read_text(encoding="utf-8-sig")
    assert "Ikkje kontakta" in text and '"Tal på brev"' in text


def test_the_handover_pdf_and_email_are_nynorsk_with_the_nynorsk_guide(tmp_path):
    language.set_current("nn")
    with Database.open(tmp_path / "db.sqlite3") as db:
        services = Services(db, actor=lambda: "Kari Koordinator")
        ws = services.workspaces.create_workspace("Testvik kommune", "987654325")
        task = services.handover.dpi_task(ws, "test")
        written = services.handover.write(ws, task, tmp_path, _fake_pdf)
    page = Path(written.pdf).read_text(encoding="utf-8")
    assert "Til dagleg leiar: Gi KS rett" in page
    assert "<h2>Kvifor</h2>" in page
    assert "«Legg til verksemd»" in page  # the guide's nynorsk twin, with Altinn's label
    message = email.message_from_bytes(Path(written.eml).read_bytes(), policy=default)
    assert message["Subject"].startswith("Til dagleg leiar: ")
    body = next(p for p in message.walk() if p.get_content_type() == "text/plain")
    assert "Slik gjer du det" in body.get_content()
    assert Path(written.eml).name.startswith("Til dagleg leiar – DPI KS")


def test_the_dpi_summary_and_the_region_export_are_nynorsk(tmp_path):
    language.set_current("nn")
    with Database.open(tmp_path / "db.sqlite3") as db:
        services = Services(db, actor=lambda: "Kari Koordinator")
        ws = services.workspaces.create_workspace("Testvik kommune", "987654325")
        dpi = services.dpi
        summary = dpi.summary_html(ws, dpi.load(ws.id), dpi.guides())
        assert "Ikkje stadfesta" in summary and "Korleis det er kontrollert" in summary
        assert "Gi KS rett til å sende digital post for kommunen" in summary  # the nn guide
        rows = services.region.rows()
        services.region.export_xlsx(rows, tmp_path / "region.xlsx")
        page = services.region.overview_html(rows)
    book = openpyxl.load_workbook(tmp_path / "region.xlsx")
    assert book.sheetnames == ["Regionoversikt"]
    header = [c.value for c in next(book["Regionoversikt"].iter_rows(max_row=1))]
    assert header[3] == "Utan lesar" and header[-1] == "Kva må gjerast"
    assert "teiepliktbelagd post og DPI" in page and "ikkje" in page


def _fake_pdf(html: str, path: Path) -> Path:
    path.write_text(html, encoding="utf-8")  # stands in for the Qt PDF writer
    return path


def test_the_audit_log_export_has_nynorsk_headers_and_action_names(db, checked, tmp_path):
    from desktop_app.storage.audit import AuditLog

    language.set_current("nn")
    AuditLog(db).export_csv(tmp_path / "logg.csv")
    rows = list(
        csv.reader(io.StringIO((tmp_path / "logg.csv").read_text("utf-8-sig")), delimiter=";")
    )
    assert rows[0][:4] == ["Nr.", "Tid", "Tid (UTC)", "Brukar"]
    assert "Kontroll utført" in {r[5] for r in rows[1:]}
    assert "Øvingskommune oppretta" in {r[5] for r in rows[1:]}


def test_the_notice_plan_export_explains_each_notice_in_nynorsk(tmp_path):
    from desktop_app.domain.notices import Letter, NoticeSettings, Provider
    from desktop_app.services.notice_plan import build_plan, export_plan

    language.set_current("nn")
    sent = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    plan = build_plan([Letter("A-1", sent)], NoticeSettings.recommended("Hei"), Provider.DIGIPOST)
    export_plan(plan, tmp_path / "plan.xlsx")
    rows = list(openpyxl.load_workbook(tmp_path / "plan.xlsx")["Varslingsplan"].values)
    assert rows[0][-2:] == ("Kvifor", "Merknad")
    why = " ".join(str(r[-2]) for r in rows[1:])
    assert "Dag 0: same dag som brevet kom fram" in why and "ikkje er lese" in why
    assert "Planlagd" in {r[-3] for r in rows[1:]}


def test_the_fixed_check_reads_in_nynorsk_while_the_log_keeps_bokmal():
    from desktop_app.services.routines import Frequency, Schedule

    language.set_current("nn")
    weekly = Schedule(Frequency.WEEKLY, weekday=0, hour=7, minute=0)
    assert weekly.text == "Kvar måndag kl. 07:00"  # the region overview and its export
    assert weekly.text_nb == "Hver mandag kl. 07:00"  # the audit log and the scheduler
    assert Schedule(Frequency.FORTNIGHTLY, weekday=5).text.startswith("Annakvar laurdag")


def test_postvakt_cli_writes_exports_in_the_language_of_the_settings(tmp_path, capsys):
    from desktop_app.cli import main
    from desktop_app.settings import Settings
    from desktop_app.storage.paths import app_paths

    settings = Settings.load(app_paths().settings_file)
    settings.set("language", "nn")
    settings.save()
    out_file = tmp_path / "uopna.xlsx"
    main(["unopened", "--import", str(DEMO_CSV), "--svar", "1a", "--out", str(out_file)])
    assert openpyxl.load_workbook(out_file).sheetnames == ["Mottakarar", "Brev"]
