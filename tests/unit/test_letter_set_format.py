"""How a saved check's letters are kept (one record per run, migration 11): from format 2 the
fields whose values repeat (status, status text, recipient name and number) are kept as
their distinct values and a code per letter, so that opening a check makes each repeated
text once. Checks saved in format 1 (every field a plain list) open as before."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from desktop_app.domain.cancellation import TaskState
from desktop_app.resources import demo_dir
from desktop_app.services.unopened_check import CheckError, UnopenedCheckService
from desktop_app.services.workspaces import WorkspaceService
from desktop_app.storage import runs
from desktop_app.storage.database import Database

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
DEMO_CSV = demo_dir() / "svarut-eksport-demo.csv"


@pytest.fixture
def db(tmp_path):
    with Database.open(tmp_path / "db.sqlite3") as database:
        yield database


@pytest.fixture
def demo(db):
    return WorkspaceService(db).ensure_demo_workspace()


def _stored(db) -> bytes:
    with db.read() as conn:
        (data,) = conn.execute("SELECT data FROM check_run_letter_sets").fetchone()
    return data


def _as_format_1(data: bytes) -> bytes:
    """The record as Postvakt wrote it before format 2: every field a plain list."""
    doc = runs._set_document(data)
    doc["format"] = 1
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode()


def _shown(outcome) -> list[tuple]:
    return [(vars_of(lt.shipment), lt.level, lt.person) for lt in outcome.letters]


def test_letters_with_the_same_recipient_share_its_name_and_number(db, demo):
    service = UnopenedCheckService(db)
    saved = service.run_check(TaskState(), demo, DEMO_CSV, "1a", now=NOW)
    stored = json.loads(_stored(db))
    assert stored["format"] == 2
    assert isinstance(stored["recipient_id"], dict)  # values and codes, not a list
    letters = service.load_run(saved.run.id).shipments
    by_number: dict[str, list] = {}
    for s in letters:
        by_number.setdefault(s.recipient_id, []).append(s)
    repeated = [group for group in by_number.values() if len(group) > 1]
    assert repeated
    for group in repeated:
        assert all(s.recipient_id is group[0].recipient_id for s in group)
        assert all(s.status_text is t.status_text for s in group for t in letters
                   if t.status_text == s.status_text)  # fmt: skip


def test_a_check_saved_in_format_1_opens_with_the_same_letters(db, demo):
    service = UnopenedCheckService(db)
    saved = service.run_check(TaskState(), demo, DEMO_CSV, "1a", now=NOW)
    now_kept = service.load_run(saved.run.id)
    with db.transaction() as conn:
        conn.execute("UPDATE check_run_letter_sets SET data = ?", (_as_format_1(_stored(db)),))
    assert json.loads(_stored(db))["format"] == 1
    before = service.load_run(saved.run.id)
    assert _shown(before) == _shown(now_kept)
    assert before.result.at_risk_count == now_kept.result.at_risk_count > 0


def test_the_same_letters_in_both_formats():
    letters = runs._letters_from_set(runs._letter_set(_demo_letters())[1])
    again = runs._letters_from_set(_as_format_1(runs._letter_set(letters.shipments)[1]))
    assert [vars_of(s) for s in letters.shipments] == [vars_of(s) for s in again.shipments]
    assert letters.persons == again.persons


def _demo_letters():
    from desktop_app.importers.svarut_export import import_export

    return import_export(DEMO_CSV).shipments


def vars_of(shipment) -> tuple:
    return tuple(getattr(shipment, name) for name in shipment.__slots__)


def test_a_field_with_too_many_different_values_is_kept_as_a_list():
    many = [f"{n:09d}" for n in range(70_000)]
    assert runs._coded(many) is many
    few = ["a", "b", "a", "c"] * 100
    coded = runs._coded(few)
    assert coded["values"] == ["a", "b", "c"] and coded["width"] == 1
    assert runs._decoded(coded, len(few)) == few
    wide = [str(n % 300) for n in range(1000)]
    assert runs._coded(wide)["width"] == 2
    assert runs._decoded(runs._coded(wide), 1000) == wide


def test_damaged_codes_say_what_to_do(db, demo):
    service = UnopenedCheckService(db)
    saved = service.run_check(TaskState(), demo, DEMO_CSV, "1a", now=NOW)
    good = json.loads(_stored(db))
    for damage in (
        {"values": ["x"], "width": 1, "codes": "zz"},  # not hex
        {"values": ["x"], "width": 1, "codes": "00"},  # too few codes
        {"values": [], "width": 1, "codes": "00" * len(good["id"])},  # no such value
        {"values": ["x"], "width": 3, "codes": ""},  # unknown width
        {"codes": ""},
        "x",
    ):
        doc = dict(good, recipient_id=damage)
        with db.transaction() as conn:
            conn.execute("UPDATE check_run_letter_sets SET data = ?", (json.dumps(doc).encode(),))
        with pytest.raises(CheckError, match="kan ikke leses"):
            service.load_run(saved.run.id)
