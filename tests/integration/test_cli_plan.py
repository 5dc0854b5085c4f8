"""``postvakt-cli tilgang|varsling``: a coordinator's list planned and applied from a script,
against the Øving sandbox over real HTTP: the exit codes a routine can act on, the plan
printed before anything changes, and every change recorded with the signed-in person."""

from __future__ import annotations

import keyring
import pytest
from support.keyrings import MemoryKeyring

from desktop_app.cli import main
from desktop_app.services.composition import Services
from desktop_app.storage.audit import AuditLog
from desktop_app.storage.database import Database
from desktop_app.storage.paths import app_paths

FNR = "14117843018"


@pytest.fixture(autouse=True)
def memory_keyring():
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def demo():
    db = Database.open(app_paths().database)
    try:
        return Services(db).workspaces.ensure_demo_workspace()
    finally:
        db.close()


def readers_list(tmp_path, rows):
    path = tmp_path / "lesere.csv"
    path.write_text(
        "Organisasjonsnummer;Navn;Fødselsnummer;E-post;Grunn\n"
        + "".join(f"{row}\n" for row in rows),
        encoding="utf-8",
    )
    return path


def test_plan_prints_the_changes_and_exits_3_without_changing_anything(demo, tmp_path, capsys):
    source = readers_list(tmp_path, [f"alle;Per Lunde;{FNR};per@k.no;helse"])
    assert main(["tilgang", "plan", "--fra", str(source)]) == 3
    out = capsys.readouterr().out
    assert "Gi tilgang: Per Lunde – Fjordvik kommune (310 000 000)" in out
    assert "dekkes gjennom hovedenheten" in out
    db = Database.open(app_paths().database)
    try:
        assert AuditLog(db).entries(action="access.granted") == []
    finally:
        db.close()


def test_a_list_with_a_bad_row_exits_2_and_names_the_line(demo, tmp_path, capsys):
    source = readers_list(
        tmp_path,
        [f"310100005;Per Lunde;{FNR};per@k.no;helse", "310100005;Ola Strand;12345678901;;"],
    )
    assert main(["tilgang", "plan", "--fra", str(source)]) == 2
    assert "Linje 3" in capsys.readouterr().err


def test_utfor_in_ovning_applies_reads_back_and_then_has_nothing_left(demo, tmp_path, capsys):
    source = readers_list(tmp_path, [f"310100005+;Per Lunde;{FNR};per@k.no;helse"])
    assert main(["tilgang", "utfor", "--fra", str(source)]) == 0
    out = capsys.readouterr().out
    assert "✓ Gi tilgang: Per Lunde – 310 100 005" in out
    assert "endringer er utført" in out
    # What was read back is kept: the same list now plans nothing. (Each run of the
    # command line starts its own Øving sandbox, so this plans from what was read back.)
    assert main(["tilgang", "plan", "--fra", str(source)]) == 0
    db = Database.open(app_paths().database)
    try:
        granted = AuditLog(db).entries(action="access.granted")
    finally:
        db.close()
    assert granted and granted[-1].user != "" and granted[-1].details["lest_tilbake"] is True


def test_varsling_utfor_adds_the_address_for_a_unit_and_its_sub_units(demo, tmp_path, capsys):
    source = tmp_path / "varsling.csv"
    source.write_text(
        "Orgnr;Varslingsadresse\n310100005+;post@fjordvik.kommune.no\n", encoding="utf-8"
    )
    assert main(["varsling", "plan", "--fra", str(source)]) == 3
    assert main(["varsling", "utfor", "--fra", str(source)]) == 0
    assert "Legg til varslingsadresse" in capsys.readouterr().out


def test_produksjon_needs_its_own_yes(demo, tmp_path, capsys):
    from desktop_app.settings import Settings

    settings = Settings.load(app_paths().settings_file)
    settings.set("environment", "produksjon")
    settings.save()
    source = readers_list(tmp_path, [f"310100005;Per Lunde;{FNR};per@k.no;helse"])
    assert main(["tilgang", "utfor", "--fra", str(source)]) == 2
    assert "--ja-produksjon" in capsys.readouterr().err


def test_the_sign_in_and_sign_out_of_a_run_are_in_the_log_with_the_person(demo, tmp_path):
    source = readers_list(tmp_path, [f"310100005;Per Lunde;{FNR};per@k.no;helse"])
    assert main(["tilgang", "utfor", "--fra", str(source)]) == 0
    db = Database.open(app_paths().database)
    try:
        log = AuditLog(db)
        signed_in = log.entries(action="session.signed_in")
        signed_out = log.entries(action="session.signed_out")
        granted = log.entries(action="access.granted")
    finally:
        db.close()
    assert signed_in and signed_out
    who = signed_in[-1].details["navn"]
    assert who and signed_in[-1].user == who == signed_out[-1].user == granted[-1].user
