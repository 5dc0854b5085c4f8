"""«Til daglig leder»: the task file goes out and comes back as written, a changed or foreign
file is refused with a message, and the receipt lands in the coordinator's audit log."""

from __future__ import annotations

import email
import html
import json
from email.policy import default
from pathlib import Path

import pytest

from desktop_app.resources import load_guides
from desktop_app.services.composition import Services
from desktop_app.services.handover import (
    API_SEARCH_WORD,
    KIND_ACCESS,
    KIND_DPI,
    TASK_SUFFIX,
    HandoverError,
    TaskPerson,
    read_any,
)
from desktop_app.storage.database import Database

ORGNR = "987654325"
UNIT = "912345688"  # a valid org.nr for a unit under the municipality
FNR = "14117843018"


@pytest.fixture
def coordinator(tmp_path):
    db = Database.open(tmp_path / "koordinator.sqlite3")
    yield Services(db, actor=lambda: "Kari Koordinator")
    db.close()


@pytest.fixture
def leader(tmp_path):
    db = Database.open(tmp_path / "leder.sqlite3")
    yield Services(db, actor=lambda: "Dag Leder")
    db.close()


def fake_pdf(html: str, path: Path) -> Path:
    path.write_text(html, encoding="utf-8")  # stands in for the Qt PDF writer
    return path


def _write_dpi(services, folder):
    ws = services.workspaces.create_workspace("Testvik kommune", ORGNR)
    task = services.handover.dpi_task(ws, "test")
    return ws, services.handover.write(ws, task, folder, fake_pdf)


def _write_access(services, folder):
    ws = services.workspaces.create_workspace("Testvik kommune", ORGNR)
    people = [
        TaskPerson("Per Lunde", "per@testvik.example", "barnevern", (ORGNR,)),
        TaskPerson("Per Lunde", "per@testvik.example", "barnevern", (UNIT,)),
        TaskPerson("Åse Berg", "", "helse", (UNIT,)),
    ]
    task = services.handover.access_task(
        ws, "test", people, {ORGNR: "Testvik kommune", UNIT: "Testvik barnevern"}
    )
    return ws, services.handover.write(ws, task, folder, fake_pdf)


def test_dpi_task_round_trip_keeps_every_field(coordinator, tmp_path):
    _ws, written = _write_dpi(coordinator, tmp_path)
    assert written.task_file.name.endswith(TASK_SUFFIX)
    task = coordinator.handover.read_task(written.task_file, "test")
    assert (task.id, task.kind, task.orgnr, task.municipality, task.made_by) == (
        written.task.id,
        KIND_DPI,
        ORGNR,
        "Testvik kommune",
        "Kari Koordinator",
    )
    data = json.loads(written.task_file.read_text(encoding="utf-8"))
    assert data["verdier"] == {"ks_orgnr": "971032146", "api_sokeord": API_SEARCH_WORD}


def test_access_task_round_trip_merges_a_person_and_holds_no_fodselsnummer(coordinator, tmp_path):
    _ws, written = _write_access(coordinator, tmp_path)
    task = read_any(written.task_file)
    assert task.kind == KIND_ACCESS
    assert [(p.name, p.email, p.reason, p.orgnrs) for p in task.persons] == [
        ("Per Lunde", "per@testvik.example", "barnevern", (ORGNR, UNIT)),
        ("Åse Berg", "", "helse", (UNIT,)),
    ]
    assert task.units == {ORGNR: "Testvik kommune", UNIT: "Testvik barnevern"}
    for path in (written.task_file, written.pdf, written.eml):
        assert FNR not in path.read_text(encoding="utf-8", errors="replace")


def test_pdf_and_email_carry_the_guide_steps_the_values_and_the_why(coordinator, tmp_path):
    _ws, written = _write_dpi(coordinator, tmp_path)
    guide = load_guides("dpi_onboarding")["deleger-ks"]
    page = written.pdf.read_text(encoding="utf-8")
    message = email.message_from_bytes(written.eml.read_bytes(), policy=default)
    body = message.get_body(("plain",)).get_content()
    assert message["X-Unsent"] == "1" and "Til daglig leder" in message["Subject"]
    for text in (page, body):
        assert "971 032 146" in text and API_SEARCH_WORD in text and "Hvorfor" in text
    # The steps are the guide file's own, in order: change the file, the letter follows.
    for n, step in enumerate(guide.paths[0].steps, start=1):
        assert f"  {n}. {step}" in body
    assert all(step in html.unescape(page) for step in guide.paths[0].steps)
    names = sorted(part.get_filename() for part in message.iter_attachments())
    assert names == sorted([written.pdf.name, written.task_file.name])


def test_a_changed_task_file_is_refused_with_a_message(coordinator, tmp_path):
    _ws, written = _write_access(coordinator, tmp_path)
    data = json.loads(written.task_file.read_text(encoding="utf-8"))
    data["personer"][0]["navn"] = "Mallory"
    written.task_file.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(HandoverError, match="endret etter at den ble laget"):
        coordinator.handover.read_task(written.task_file)


@pytest.mark.parametrize(
    "content, words",
    [
        ('{"format": "noe-annet"}', "ikke en oppgave fra Postvakt"),
        ("ikke json", "ikke en oppgave fra Postvakt"),
        (b"\xff\xfe\x00", "ikke en oppgave fra Postvakt"),
    ],
)
def test_a_foreign_file_is_refused_with_a_message(coordinator, tmp_path, content, words):
    path = tmp_path / ("fremmed" + TASK_SUFFIX)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(HandoverError, match=words):
        coordinator.handover.read_task(path)


def test_a_task_for_another_environment_is_refused(coordinator, tmp_path):
    _ws, written = _write_dpi(coordinator, tmp_path)
    with pytest.raises(HandoverError, match="Bytt miljø"):
        coordinator.handover.read_task(written.task_file, "produksjon")


def test_receipt_goes_into_the_coordinators_audit_log_once(coordinator, leader, tmp_path):
    ws, written = _write_dpi(coordinator, tmp_path / "ut")
    task = leader.handover.read_task(written.task_file, "test")
    leader_ws = leader.workspaces.create_workspace("Testvik kommune", ORGNR)
    target = tmp_path / "kvittering"
    receipt = leader.handover.write_receipt(
        leader_ws, task, ["KS har fullmakten (lest tilbake fra Altinn)"], target
    )
    path = target.with_name(target.name + ".postvakt-kvittering")
    assert path.is_file() and receipt.done_by == "Dag Leder"

    recorded = coordinator.handover.record_receipt(path)
    assert recorded.task_id == task.id
    entries = [e for e in coordinator.audit.entries() if e.action == "handover.receipt_recorded"]
    assert len(entries) == 1
    details = entries[0].details
    assert details["utført_av"] == "Dag Leder" and details["lest_tilbake"] is True
    assert details["gjort"] == ["KS har fullmakten (lest tilbake fra Altinn)"]
    assert entries[0].workspace_id == ws.id
    assert entries[0].label == "Kvittering for en oppgave ført i loggen"
    with pytest.raises(HandoverError, match="allerede ført"):
        coordinator.handover.record_receipt(path)


def test_a_changed_or_foreign_receipt_is_not_recorded(coordinator, leader, tmp_path):
    _ws, written = _write_dpi(coordinator, tmp_path / "ut")
    task = leader.handover.read_task(written.task_file)
    leader_ws = leader.workspaces.create_workspace("Testvik kommune", ORGNR)
    path = tmp_path / "k.postvakt-kvittering"
    leader.handover.write_receipt(leader_ws, task, ["KS har fullmakten"], path)
    data = json.loads(path.read_text(encoding="utf-8"))

    changed = dict(data, utfort_av="Noen andre")
    path.write_text(json.dumps(changed), encoding="utf-8")
    with pytest.raises(HandoverError, match="endret etter at den ble laget"):
        coordinator.handover.record_receipt(path)
    # A receipt for a task another Postvakt wrote (here: the leader's own store).
    with pytest.raises(HandoverError, match="hører ikke til en oppgave"):
        leader.handover.record_receipt(_rewrite(path, data))
    assert not [e for e in coordinator.audit.entries() if e.action == "handover.receipt_recorded"]


def _rewrite(path: Path, data: dict) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_no_receipt_without_a_read_back(leader, tmp_path):
    ws = leader.workspaces.create_workspace("Testvik kommune", ORGNR)
    task = leader.handover.dpi_task(ws, "test")
    with pytest.raises(HandoverError, match="ikke lest noe"):
        leader.handover.write_receipt(ws, task, [], tmp_path / "k")
