"""The hash chain on its own: each kind of tampering is found, and named by entry number."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop_app.domain.audit import (
    ACTION_LABELS,
    GENESIS_HASH,
    AuditEntry,
    entry_hash,
    expected_hash,
    verify_chain,
)


def make_chain(n: int) -> list[AuditEntry]:
    entries: list[AuditEntry] = []
    prev = GENESIS_HASH
    for seq in range(1, n + 1):
        at = f"2026-03-0{1 + seq % 9}T10:00:00.000000+00:00"
        details = {"sjekk": f"nr {seq}", "antall": seq, "øvingsdata": seq % 2 == 0}
        digest = entry_hash(prev, seq, at, "kari", 7, "Fjordvik", "check.done", details)
        entries.append(
            AuditEntry(seq, at, "kari", 7, "Fjordvik", "check.done", details, prev, digest)
        )
        prev = digest
    return entries


def head_of(entries: list[AuditEntry]) -> tuple[int, str]:
    return entries[-1].seq, entries[-1].hash


def test_untouched_chain_is_whole():
    chain = make_chain(6)
    assert verify_chain(chain, head_of(chain)) == []
    assert verify_chain([], None) == []
    assert verify_chain([], (0, GENESIS_HASH)) == []


def test_hash_depends_on_every_field_and_is_stable_for_key_order():
    a = entry_hash(GENESIS_HASH, 1, "t", "kari", 1, "F", "x", {"a": 1, "b": "æ"})
    b = entry_hash(GENESIS_HASH, 1, "t", "kari", 1, "F", "x", {"b": "æ", "a": 1})
    assert a == b and len(a) == 64
    variants = [
        entry_hash("1" * 64, 1, "t", "kari", 1, "F", "x", {"a": 1, "b": "æ"}),
        entry_hash(GENESIS_HASH, 2, "t", "kari", 1, "F", "x", {"a": 1, "b": "æ"}),
        entry_hash(GENESIS_HASH, 1, "u", "kari", 1, "F", "x", {"a": 1, "b": "æ"}),
        entry_hash(GENESIS_HASH, 1, "t", "ola", 1, "F", "x", {"a": 1, "b": "æ"}),
        entry_hash(GENESIS_HASH, 1, "t", "kari", None, "F", "x", {"a": 1, "b": "æ"}),
        entry_hash(GENESIS_HASH, 1, "t", "kari", 1, "G", "x", {"a": 1, "b": "æ"}),
        entry_hash(GENESIS_HASH, 1, "t", "kari", 1, "F", "y", {"a": 1, "b": "æ"}),
        entry_hash(GENESIS_HASH, 1, "t", "kari", 1, "F", "x", {"a": 2, "b": "æ"}),
    ]
    assert len({a, *variants}) == len(variants) + 1


@pytest.mark.parametrize(
    "field,value",
    [
        ("details", {"sjekk": "forfalsket"}),
        ("user", "mallory"),
        ("at", "2025-01-01T00:00:00.000000+00:00"),
        ("action", "workspace.deleted"),
        ("workspace_name", "Annen kommune"),
    ],
)
def test_edited_entry_is_found_by_number(field, value):
    chain = make_chain(5)
    chain[2] = replace(chain[2], **{field: value})
    problems = verify_chain(chain, head_of(chain))
    assert [(p.seq, p.kind) for p in problems] == [(3, "endret")]
    assert problems[0].message == "Oppføring 3 er endret etter at den ble skrevet."


def test_edited_entry_given_a_fresh_hash_is_still_found():
    chain = make_chain(5)
    forged = replace(chain[1], details={"sjekk": "forfalsket"})
    chain[1] = replace(forged, hash=expected_hash(forged))
    problems = verify_chain(chain, head_of(chain))
    assert [(p.seq, p.kind) for p in problems] == [(2, "endret")]
    assert "Oppføring 3 peker ikke lenger på den" in problems[0].message


def test_deleted_middle_entry_is_found():
    chain = make_chain(6)
    del chain[3]  # entry 4
    problems = verify_chain(chain, head_of(chain))
    assert [(p.seq, p.kind) for p in problems] == [(4, "slettet")]
    assert "Oppføring 4" in problems[0].message and "slettet" in problems[0].message


def test_several_deleted_entries_are_reported_as_one_range():
    chain = make_chain(8)
    del chain[2:5]  # entries 3, 4, 5
    problems = verify_chain(chain, head_of(chain))
    assert [(p.seq, p.kind) for p in problems] == [(3, "slettet")]
    assert "3–5" in problems[0].message


def test_deleted_first_entry_is_found():
    chain = make_chain(4)
    problems = verify_chain(chain[1:], head_of(chain))
    assert [(p.seq, p.kind) for p in problems] == [(1, "slettet")]


def test_deleted_newest_entries_are_found_through_the_head():
    chain = make_chain(6)
    head = head_of(chain)
    shortened = chain[:4]
    # The chain alone looks whole; only the head knows there were six.
    assert verify_chain(shortened, None) == []
    problems = verify_chain(shortened, head)
    assert [(p.seq, p.kind) for p in problems] == [(5, "mangler_på_slutten")]
    assert "5–6" in problems[0].message


def test_every_entry_deleted_is_found_through_the_head():
    chain = make_chain(3)
    problems = verify_chain([], head_of(chain))
    assert [(p.seq, p.kind) for p in problems] == [(1, "mangler_på_slutten")]


def test_newest_entry_replaced_is_found_through_the_head():
    chain = make_chain(4)
    head = head_of(chain)
    forged = replace(chain[-1], details={"sjekk": "forfalsket"})
    chain[-1] = replace(forged, hash=expected_hash(forged))
    problems = verify_chain(chain, head)
    assert [(p.seq, p.kind) for p in problems] == [(4, "endret")]


def test_entry_added_behind_the_head_is_found():
    chain = make_chain(4)
    head = head_of(chain[:3])
    problems = verify_chain(chain, head)
    assert [(p.seq, p.kind) for p in problems] == [(4, "endret")]
    assert "utenom Postvakt" in problems[0].message


def test_reordered_entries_are_found():
    chain = make_chain(5)
    shuffled = [chain[0], chain[1], chain[3], chain[2], chain[4]]
    problems = verify_chain(shuffled, head_of(chain))
    assert [(p.seq, p.kind) for p in problems] == [(3, "rekkefølge")]
    assert "feil rekkefølge" in problems[0].message


def test_swapped_numbers_are_found_as_edits():
    chain = make_chain(4)
    a, b = chain[1], chain[2]
    chain[1], chain[2] = replace(b, seq=2), replace(a, seq=3)
    problems = verify_chain(chain, head_of(chain))
    kinds = {(p.seq, p.kind) for p in problems}
    assert (2, "endret") in kinds and (3, "endret") in kinds


def test_duplicate_entry_is_found():
    chain = make_chain(3)
    problems = verify_chain([*chain, chain[1]], head_of(chain))
    assert [(p.seq, p.kind) for p in problems] == [(2, "rekkefølge")]


def test_action_labels_are_bokmal_for_the_actions_postvakt_writes():
    for action in (
        "workspace.created",
        "workspace.deleted",
        "audit.exported",
        "environment.changed",
        "secret.stored",
    ):
        assert ACTION_LABELS[action]
    assert ACTION_LABELS["workspace.created"] == "Arbeidsflate opprettet"
