"""The sealed log: keyed with HMAC-SHA256 under a key in the keyring, so an entry rewritten
and re-hashed by someone without the key is found; an older log keeps verifying up to the
point where it was sealed; and an anchor carried by an exported file finds a rewrite, entries
cut off the end and an older copy put back, which the chain alone cannot."""

from __future__ import annotations

import json
import shutil
import sqlite3
import zlib

import keyring
import keyring.backends.fail
import pytest
from support.keyrings import MemoryKeyring

from desktop_app import cli
from desktop_app.domain.audit import GENESIS_HASH, entry_hash
from desktop_app.storage.audit import (
    KEY_MISSING,
    NOT_SEALED,
    SEALED,
    AuditLog,
    audit_anchor,
    format_anchor,
    read_anchor,
)
from desktop_app.storage.database import Database
from desktop_app.storage.paths import app_paths


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring():
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(previous)


def write_entries(n: int, start: int = 1) -> None:
    with Database.open(app_paths().database) as db:
        log = AuditLog(db)
        for i in range(start, start + n):
            log.append("check.done", {"sjekk": f"nr {i}"}, user="kari")


def verify(against: tuple[int, str] | None = None):
    with Database.open(app_paths().database) as db:
        log = AuditLog(db)
        problems = log.verify() if against is None else log.verify_against(*against)
        return [(p.seq, p.kind) for p in problems], log.seal()


def anchor() -> tuple[int, str]:
    with Database.open(app_paths().database) as db:
        head, count = audit_anchor(db)
    return int(count), head


def rewrite_without_the_key(edit_seq: int, keep: int | None = None) -> None:
    """What someone with the file but not the key can do: drop the guards, change an entry,
    optionally cut the log after ``keep`` entries, re-hash every entry from the edit on with
    plain SHA-256 (the only hash they can compute) and move the head."""
    con = sqlite3.connect(app_paths().database)
    for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type='trigger'"):
        con.execute(f'DROP TRIGGER "{name}"')
    if keep is not None:
        con.execute("DELETE FROM audit_log WHERE seq > ?", (keep,))
    rows = con.execute(
        "SELECT seq, at, user, workspace_id, workspace_name, action, details, "
        "prev_hash, hash FROM audit_log ORDER BY seq"
    ).fetchall()
    prev = GENESIS_HASH
    for seq, at, user, ws_id, ws_name, action, details, prev_hash, digest in rows:
        parsed = json.loads(details)
        if seq == edit_seq:
            parsed = {"sjekk": "forfalsket"}
        if seq >= edit_seq:
            digest = entry_hash(prev, seq, at, user, ws_id, ws_name, action, parsed)
            con.execute(
                "UPDATE audit_log SET details = ?, prev_hash = ?, hash = ? WHERE seq = ?",
                (json.dumps(parsed, ensure_ascii=False), prev, digest, seq),
            )
        prev = digest
    con.execute("UPDATE meta SET value = ? WHERE key = 'audit_head_hash'", (prev,))
    con.execute("UPDATE meta SET value = ? WHERE key = 'audit_head_seq'", (str(rows[-1][0]),))
    con.commit()
    con.close()


# -- sealed with a key ----------------------------------------------------------------------


def test_an_entry_rewritten_and_rehashed_without_the_key_is_found(memory_keyring):
    write_entries(5)
    assert verify() == ([], verify()[1])
    rewrite_without_the_key(3)
    problems, seal = verify()
    assert problems == [(3, "uforseglet")]  # entries 3–5, named from the first
    assert seal.state == SEALED
    with Database.open(app_paths().database) as db:
        (problem,) = AuditLog(db).verify()
    assert "3–5" in problem.message and "skrevet dem om" in problem.message


def test_the_key_is_in_the_keyring_and_nowhere_in_the_files(memory_keyring):
    write_entries(2)
    (((service, entry), key),) = memory_keyring.store.items()
    assert service == "Postvakt" and entry.startswith("loggnokkel.")
    assert len(bytes.fromhex(key)) == 32
    folder = app_paths().database.parent
    for path in folder.rglob("*"):
        if path.is_file():
            assert key.encode() not in path.read_bytes()
    with Database.open(app_paths().database) as db:
        hashes = [e.hash for e in AuditLog(db).entries()]
    assert all(h.startswith("hmac:") for h in hashes)


def test_a_second_store_gets_its_own_key(memory_keyring, tmp_path):
    write_entries(1)
    with Database.open(tmp_path / "annen.sqlite3") as other:
        AuditLog(other).append("check.done", {"sjekk": "annen"})
    assert len(memory_keyring.store) == 2


def test_an_older_log_verifies_up_to_the_sealing_point_and_says_so(no_keyring):
    write_entries(3)  # written where there was no keyring: plain SHA-256
    problems, seal = verify()
    assert problems == [] and seal.state == NOT_SEALED
    assert "ikke forseglet" in seal.message and "--mot" in seal.message

    keyring.set_keyring(MemoryKeyring())  # a keyring appears
    write_entries(2, start=4)
    problems, seal = verify()
    assert problems == []
    assert seal.state == SEALED and seal.keyed_from == 4
    assert "Oppføring 1–3 ble skrevet før loggen ble forseglet" in seal.message
    with Database.open(app_paths().database) as db:
        hashes = [e.hash for e in AuditLog(db).entries()]
    assert [h.startswith("hmac:") for h in hashes] == [False] * 3 + [True] * 2


def test_moving_the_sealing_point_is_found(memory_keyring, no_keyring):
    keyring.set_keyring(memory_keyring)
    write_entries(4)
    con = sqlite3.connect(app_paths().database)
    con.execute("UPDATE meta SET value = '3' WHERE key = 'audit_keyed_from'")
    con.commit()
    con.close()
    problems, _seal = verify()
    assert (3, "endret") in problems


def test_removing_the_seal_and_rehashing_everything_is_found(memory_keyring):
    write_entries(4)
    con = sqlite3.connect(app_paths().database)
    con.execute("DELETE FROM meta WHERE key IN ('audit_keyed_from', 'audit_keyed_tag')")
    con.commit()
    con.close()
    rewrite_without_the_key(1)
    problems, _seal = verify()
    assert problems and all(kind == "endret" for _seq, kind in problems)


def test_without_the_key_the_log_still_works_and_says_what_it_cannot_prove(memory_keyring):
    write_entries(2)
    keyring.set_keyring(MemoryKeyring())  # another machine: the key is not here
    problems, seal = verify()
    assert problems == []  # links and head still check out
    assert seal.state == KEY_MISSING and "kan ikke utelukkes" in seal.message
    write_entries(1, start=3)  # the log goes on, unsealed
    problems, seal = verify()
    assert problems == []  # written without the key, after the last sealed entry: no fault
    assert "Oppføring 3 er ikke forseglet (skrevet uten nøkkelring" in seal.message
    assert "kan ikke utelukkes" in seal.message


# -- written without the keyring (a scheduled run under cron has no D-Bus) ---------------------


def notes() -> list[str]:
    with Database.open(app_paths().database) as db:
        return AuditLog(db).notes()


def test_entries_written_without_the_keyring_are_not_tampering_and_are_sealed_later(
    memory_keyring, capsys
):
    write_entries(2)  # the window, with the keyring
    keyring.set_keyring(keyring.backends.fail.Keyring())  # cron: no keyring
    write_entries(2, start=3)
    keyring.set_keyring(memory_keyring)  # the window again

    assert verify()[0] == []
    (note,) = notes()
    assert note.startswith("Oppføringene 3–4 er ikke forseglet (skrevet uten nøkkelring")
    assert cli.main(["audit", "verify"]) == 0
    assert "Oppføringene 3–4 er ikke forseglet" in " ".join(capsys.readouterr().out.split())

    write_entries(1, start=5)  # the next entry written with the key seals them first
    with Database.open(app_paths().database) as db:
        entries = AuditLog(db).entries()
    sealing = entries[4]
    assert sealing.action == "audit.sealed_later" and sealing.hash.startswith("hmac:")
    assert sealing.details == {"fra": 3, "til": 4, "antall": 2, "sist_forseglet_før": 2}
    assert sealing.label == "Oppføringer skrevet uten nøkkelring forseglet i ettertid"
    assert [e.details for e in entries[5:]] == [{"sjekk": "nr 5"}]
    assert verify()[0] == []
    (note,) = notes()
    assert "Oppføringene 3–4 ble skrevet uten nøkkelring" in note
    assert "forseglet i ettertid av oppføring 5" in note

    write_entries(1, start=6)  # nothing left to seal: no second sealing entry
    with Database.open(app_paths().database) as db:
        assert [e.action for e in AuditLog(db).entries()].count("audit.sealed_later") == 1


def test_an_entry_written_without_the_keyring_and_changed_after_it_was_sealed_is_found(
    memory_keyring,
):
    write_entries(2)
    keyring.set_keyring(keyring.backends.fail.Keyring())
    write_entries(2, start=3)
    keyring.set_keyring(memory_keyring)
    write_entries(1, start=5)  # seals 3–4
    rewrite_only(3)
    problems, _seal = verify()
    assert problems and all(kind == "endret" for _seq, kind in problems)  # no longer a note


def test_sealed_entries_rewritten_without_the_key_stay_found_after_a_later_sealing(
    memory_keyring,
):
    """The rewrite looks like entries written without the keyring; the record of the last
    sealed entry (5) says otherwise, before and after the next entry seals them."""
    write_entries(5)
    rewrite_without_the_key(3)
    assert verify()[0] == [(3, "uforseglet")]
    write_entries(1, start=6)
    problems, _seal = verify()
    assert problems == [(3, "endret")]
    with Database.open(app_paths().database) as db:
        (problem,) = AuditLog(db).verify()
    assert "3–5 var forseglet, men er skrevet om uten loggens nøkkel" in problem.message


def rewrite_only(seq: int) -> None:
    """Change one plain entry and re-hash it and the plain ones after it up to the next
    sealed entry (which cannot be re-hashed without the key)."""
    con = sqlite3.connect(app_paths().database)
    for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type='trigger'"):
        con.execute(f'DROP TRIGGER "{name}"')
    rows = con.execute(
        "SELECT seq, at, user, workspace_id, workspace_name, action, details, prev_hash, hash "
        "FROM audit_log WHERE seq >= ? ORDER BY seq",
        (seq,),
    ).fetchall()
    prev = rows[0][7]
    for number, at, user, ws_id, ws_name, action, details, _prev, digest in rows:
        if digest.startswith("hmac:"):
            break
        parsed = json.loads(details)
        if number == seq:
            parsed = {"sjekk": "forfalsket"}
        prev_new = entry_hash(prev, number, at, user, ws_id, ws_name, action, parsed)
        con.execute(
            "UPDATE audit_log SET details = ?, prev_hash = ?, hash = ? WHERE seq = ?",
            (json.dumps(parsed, ensure_ascii=False), prev, prev_new, number),
        )
        prev = prev_new
    con.commit()
    con.close()


# -- anchors ----------------------------------------------------------------------------------


def test_cutting_the_newest_entries_and_moving_the_head_is_found_by_the_anchor(memory_keyring):
    write_entries(6)
    taken = anchor()
    assert taken[0] == 6 and taken[1].startswith("hmac:")
    con = sqlite3.connect(app_paths().database)
    for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type='trigger'"):
        con.execute(f'DROP TRIGGER "{name}"')
    (h4,) = con.execute("SELECT hash FROM audit_log WHERE seq = 4").fetchone()
    con.execute("DELETE FROM audit_log WHERE seq > 4")
    con.execute("UPDATE meta SET value = '4' WHERE key = 'audit_head_seq'")
    con.execute("UPDATE meta SET value = ? WHERE key = 'audit_head_hash'", (h4,))
    con.commit()
    # The record of the last sealed entry (under the key) still says 6.
    assert verify()[0] == [(5, "mangler_på_slutten")]
    con.execute("DELETE FROM meta WHERE key LIKE 'audit_sealed_head%'")
    con.commit()
    con.close()
    assert verify()[0] == []  # without that record the chain alone cannot tell
    problems, _seal = verify(against=taken)
    assert problems == [(5, "mangler_på_slutten")]


def test_an_older_copy_put_back_is_found_by_the_anchor(memory_keyring):
    path = app_paths().database
    write_entries(3)
    old_copy = path.with_name("gammel.sqlite3")
    shutil.copyfile(path, old_copy)
    write_entries(2, start=4)
    taken = anchor()
    path.unlink()
    shutil.copyfile(old_copy, path)
    assert verify()[0] == []
    assert verify(against=taken)[0] == [(4, "mangler_på_slutten")]


def test_a_rewrite_of_an_unsealed_log_is_found_by_the_anchor(no_keyring):
    write_entries(5)
    taken = anchor()
    rewrite_without_the_key(2)
    assert verify()[0] == []  # plain SHA-256: a full re-hash passes on its own
    assert verify(against=taken)[0] == [(5, "endret")]


def test_entries_written_after_the_anchor_are_fine(memory_keyring):
    write_entries(3)
    taken = anchor()
    write_entries(2, start=4)
    assert verify(against=taken)[0] == []


def test_the_anchor_is_found_in_a_status_file_and_in_a_compressed_pdf_stream(
    tmp_path, memory_keyring
):
    write_entries(2)
    count, head = anchor()
    text = f"Status for Fjordvik kommune\nLoggens kontrollpunkt: {format_anchor(head, count)}\n"
    status = tmp_path / "status.txt"
    status.write_text(text, encoding="utf-8")
    assert read_anchor(status) == (count, head)
    pdf = tmp_path / "rapport.pdf"
    pdf.write_bytes(
        b"%PDF-1.4\n1 0 obj <</Filter /FlateDecode>>\nstream\n"
        + zlib.compress(text.encode())
        + b"\nendstream\n%%EOF\n"
    )
    assert read_anchor(pdf) == (count, head)
    nothing = tmp_path / "tom.txt"
    nothing.write_text("ingen kontrollpunkt her", encoding="utf-8")
    assert read_anchor(nothing) is None


# -- the command line -------------------------------------------------------------------------


def test_audit_verify_against_a_file_or_a_head(memory_keyring, tmp_path, capsys):
    write_entries(4)
    count, head = anchor()
    status = tmp_path / "status.txt"
    status.write_text(f"Kontrollpunkt: {format_anchor(head, count)}", encoding="utf-8")
    assert cli.main(["audit", "verify", "--mot", str(status)]) == 0
    out = capsys.readouterr().out
    assert "Kontrollpunktet stemmer" in out and "forseglet" in out
    assert cli.main(["audit", "verify", "--mot", format_anchor(head, count)]) == 0
    capsys.readouterr()

    rewrite_without_the_key(2, keep=3)
    assert cli.main(["audit", "verify", "--mot", str(status)]) == 1
    err = capsys.readouterr().err
    assert "Loggen er ikke hel" in err and "eldre kopi" in err


def test_audit_verify_with_a_file_without_an_anchor_is_wrong_input(tmp_path, capsys):
    empty = tmp_path / "x.txt"
    empty.write_text("ingenting", encoding="utf-8")
    assert cli.main(["audit", "verify", "--mot", str(empty)]) == 2
    assert "Fant ikke noe kontrollpunkt" in capsys.readouterr().err
    assert cli.main(["audit", "verify", "--mot", str(tmp_path / "finnes-ikke.pdf")]) == 2
    assert "Kunne ikke lese" in capsys.readouterr().err
