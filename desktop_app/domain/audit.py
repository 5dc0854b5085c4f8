"""The audit log's rules: how an entry is hashed and how a chain of entries is checked.

Every entry carries the hash of the entry before it (``prev_hash``) and its own hash over
its content and that link. Editing an entry changes its hash; deleting one breaks the link
or leaves a gap in the numbering; deleting the newest ones is caught by the *head* (last
number and hash) that the store keeps apart from the entries.

**Two schemes.** Entries written before the log was sealed carry a plain SHA-256 (64 hex
characters): anyone with write access to the file can recompute every hash and the head, so
these only show careless edits. Entries from the sealing point on carry an HMAC-SHA256 under a
key kept in the OS keyring (``hmac:`` + 64 hex, :func:`entry_mac`): without the key, a changed
entry cannot be given a hash that checks out. Each entry says its scheme, so an old log keeps
verifying under the old scheme up to the point where it was sealed.

**Written without the keyring.** A scheduled run (cron, Oppgaveplanlegging) may have no
keyring: its entries carry a plain hash even after the sealing point. They are "ikke
forseglet (skrevet uten nøkkelring)", not tampering, when the log can tell them from a rewrite
(:func:`classify_unsealed`): the store keeps, under the key, which entry was sealed last (the
*sealed head*); plain entries after it are unsealed entries written later. The next process
with the key seals them: it writes an entry :data:`SEALED_LATER` naming them (first, last,
how many, and the sealed head it found), sealed, and so bound to them by the chain. From then
on a change to them is found; what the log cannot prove is who wrote them or that they were
not changed between being written and being sealed. Plain entries where a sealed one was
(before the sealed head), or that an entry sealed them although the sealed head said they had
been sealed already, are a rewrite.

What neither does: prove that nothing was cut off the end, or that an older copy of the whole
file was not put back; both leave a valid chain. An *anchor* (the head hash and the number of
entries, carried by an exported file) does: :func:`verify_against_anchor`.

Pure Python: no storage, no I/O.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

GENESIS_HASH = "0" * 64  # prev_hash of entry number 1
KEYED_PREFIX = "hmac:"  # the hash of a sealed entry: "hmac:" + 64 hex

# Kinds of problem, in the words the log view uses.
EDITED = "endret"
DELETED = "slettet"
MISSING_AT_END = "mangler_på_slutten"
ORDER = "rekkefølge"
UNSEALED = "uforseglet"
PROBLEM_KINDS = (EDITED, DELETED, MISSING_AT_END, ORDER, UNSEALED)
SEALED_LATER = "audit.sealed_later"  # the entry that seals entries written without the key

# Human-readable names for the actions Postvakt writes. An action not listed here is shown
# by its code.
ACTION_LABELS: dict[str, str] = {
    "workspace.created": "Arbeidsflate opprettet",
    "workspace.demo_created": "Øvingskommune opprettet",
    "workspace.renamed": "Arbeidsflate fikk nytt navn",
    "workspace.deleted": "Arbeidsflate slettet",
    "org_unit.added": "Virksomhet lagt til",
    "org_unit.removed": "Virksomhet fjernet",
    "org_units.refreshed": "Virksomheter oppdatert fra Enhetsregisteret",
    "org_units.imported": "Liste med virksomheter importert",
    "environment.changed": "Miljø byttet",
    "settings.changed": "Innstillinger endret",
    "secret.stored": "Passord eller nøkkel lagret",
    "secret.removed": "Passord eller nøkkel fjernet",
    "audit.exported": "Logg eksportert",
    "audit.verified": "Logg kontrollert",
    SEALED_LATER: "Oppføringer skrevet uten nøkkelring forseglet i ettertid",
    "import.done": "Fil importert",
    "check.done": "Kontroll utført",
    "check.refreshed": "Kontroll oppdatert med status fra SvarUt",
    "check.exported": "Kontrolliste lagret",
    "check.printed": "Sammendrag av kontroll skrevet ut",
    "check.followup": "Oppfølging registrert",
    "check.mapping_saved": "Kolonnekobling lagret",
    "check.draft_saved": "Oppfølgingsbrev lagret",
    "check.drafts_exported": "Oppfølgingsbrev eksportert",
    "check.own_inbox": "Egen innboks sjekket",
    "svarut.status_refreshed": "Status hentet fra SvarUt",
    "notice_plan.exported": "Varslingsplan eksportert",
    "step.confirmed": "Steg bekreftet",
    "access.approved_added": "Godkjent leser lagt til (taushetsbelagt post)",
    "access.approved_removed": "Godkjent leser fjernet (taushetsbelagt post)",
    "access.approved_changed": "Godkjent leser endret (taushetsbelagt post)",
    "access.holder_recorded": "Tilgang ført opp for hånd (taushetsbelagt post)",
    "access.holders_imported": "Tilganger importert (taushetsbelagt post)",
    "access.holders_read": "Tilganger lest fra Altinn (taushetsbelagt post)",
    "access.holders_read_portal": (
        "Tilganger lest fra Altinn-portalens nedlasting (taushetsbelagt post)"
    ),
    "access.granted": "Tilgang gitt (taushetsbelagt post)",
    "access.revoked": "Tilgang fjernet (taushetsbelagt post)",
    "access.matrix_exported": "Oversikt over tilganger eksportert",
    "access.routine_saved": "Rutine for tilganger lagret",
    "access.routine_exported": "Rutine for tilganger eksportert",
    "access.routine_printed": "Rutine for tilganger skrevet ut",
    "access.reviewed": "Gjennomgang av tilganger registrert",
    "notification.address_added": "Varslingsadresse lagt til",
    "notification.address_changed": "Varslingsadresse endret",
    "notification.address_removed": "Varslingsadresse fjernet",
    "notification.addresses_read": "Varslingsadresser lest fra Altinn",
    "session.signed_in": "Logget inn med ID-porten",
    "session.signed_out": "Logget ut",
    "altinn.api_unavailable": "Altinn-API ikke tilgjengelig: veiledning i portalen brukt",
    "dpi.summary_saved": "DPI-oppsummering lagret",
    "dpi.summary_printed": "DPI-oppsummering skrevet ut",
    "handover.task_written": "Oppgave til daglig leder laget",
    "handover.receipt_written": "Kvittering for en oppgave lagret",
    "handover.receipt_recorded": "Kvittering for en oppgave ført i loggen",
}


def action_label(action: str) -> str:
    return ACTION_LABELS.get(action, action)


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str  # ISO-8601, UTC
    user: str
    workspace_id: int | None
    workspace_name: str | None
    action: str
    details: dict[str, Any] = field(hash=False)
    prev_hash: str
    hash: str

    @property
    def label(self) -> str:
        return action_label(self.action)


@dataclass(frozen=True)
class AuditProblem:
    seq: int  # the entry concerned (for a deletion: the first missing number)
    kind: str  # one of PROBLEM_KINDS
    message: str  # plain bokmål


def canonical_json(value: Any) -> str:
    """The one JSON spelling used for hashing: sorted keys, no spaces, real æøå."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def entry_hash(
    prev_hash: str,
    seq: int,
    at: str,
    user: str,
    workspace_id: int | None,
    workspace_name: str | None,
    action: str,
    details: Mapping[str, Any] | None,
) -> str:
    """SHA-256 (hex) over the canonical JSON of the entry's content and its link."""
    payload = _payload(prev_hash, seq, at, user, workspace_id, workspace_name, action, details)
    return hashlib.sha256(payload).hexdigest()


def entry_mac(
    key: bytes,
    prev_hash: str,
    seq: int,
    at: str,
    user: str,
    workspace_id: int | None,
    workspace_name: str | None,
    action: str,
    details: Mapping[str, Any] | None,
) -> str:
    """``hmac:`` + HMAC-SHA256 (hex) under ``key`` over the same content as :func:`entry_hash`."""
    payload = _payload(prev_hash, seq, at, user, workspace_id, workspace_name, action, details)
    return KEYED_PREFIX + hmac.new(key, payload, hashlib.sha256).hexdigest()


def seal_tag(key: bytes, store_id: str, keyed_from: int) -> str:
    """The MAC that ties the sealing point to the store and the key (kept beside it)."""
    text = f"postvakt-logg-forseglet-fra:{store_id}:{keyed_from}".encode()
    return hmac.new(key, text, hashlib.sha256).hexdigest()


def sealed_head_tag(key: bytes, store_id: str, seq: int, digest: str) -> str:
    """The MAC that ties the record of the last sealed entry to the store and the key."""
    text = f"postvakt-logg-sist-forseglet:{store_id}:{seq}:{digest}".encode()
    return hmac.new(key, text, hashlib.sha256).hexdigest()


def is_keyed(digest: str) -> bool:
    return digest.startswith(KEYED_PREFIX)


def _payload(
    prev_hash: str,
    seq: int,
    at: str,
    user: str,
    workspace_id: int | None,
    workspace_name: str | None,
    action: str,
    details: Mapping[str, Any] | None,
) -> bytes:
    payload = canonical_json(
        {
            "prev_hash": prev_hash,
            "seq": seq,
            "at": at,
            "user": user,
            "workspace_id": workspace_id,
            "workspace_name": workspace_name,
            "action": action,
            "details": dict(details or {}),
        }
    )
    return payload.encode("utf-8")


def expected_hash(entry: AuditEntry, key: bytes | None = None) -> str:
    """What the entry's hash should be: under ``key`` for a sealed entry (``hmac:``),
    plain SHA-256 for any other."""
    if is_keyed(entry.hash) and key is not None:
        return entry_mac(
            key,
            entry.prev_hash,
            entry.seq,
            entry.at,
            entry.user,
            entry.workspace_id,
            entry.workspace_name,
            entry.action,
            entry.details,
        )
    return entry_hash(
        entry.prev_hash,
        entry.seq,
        entry.at,
        entry.user,
        entry.workspace_id,
        entry.workspace_name,
        entry.action,
        entry.details,
    )


def _numbers(first: int, last: int) -> str:
    return f"Oppføring {first}" if first == last else f"Oppføringene {first}–{last}"


def _deleted(first: int, last: int) -> AuditProblem:
    return AuditProblem(first, DELETED, f"{_numbers(first, last)} er slettet fra loggen.")


def _edited(seq: int, extra: str = "") -> AuditProblem:
    return AuditProblem(seq, EDITED, f"Oppføring {seq} er endret etter at den ble skrevet.{extra}")


def verify_chain(
    entries: Iterable[AuditEntry],
    head: tuple[int, str] | None,
    key: bytes | None = None,
    keyed_from: int | None = None,
) -> list[AuditProblem]:
    """Check a log from its first entry. ``head`` is the (number, hash) of the newest entry
    as recorded when it was written; ``None`` when unknown (then the end is not checked).

    ``key``: the log's sealing key; without it a sealed entry's content cannot be checked
    (only its links). ``keyed_from``: the first entry that must be sealed; a plain entry from
    there on is reported as :data:`UNSEALED`.

    Returns the problems found, in log order; an empty list means the log is whole.
    """
    given = list(entries)
    problems: list[AuditProblem] = []

    # Entries out of order (a list handed in, an export put back together) are reported,
    # then checked in number order.
    highest = 0
    seen: set[int] = set()
    for entry in given:
        if entry.seq in seen:
            problems.append(
                AuditProblem(entry.seq, ORDER, f"Oppføring {entry.seq} finnes mer enn én gang.")
            )
        elif entry.seq < highest:
            problems.append(
                AuditProblem(
                    entry.seq,
                    ORDER,
                    f"Oppføring {entry.seq} står i feil rekkefølge (etter oppføring {highest}).",
                )
            )
        seen.add(entry.seq)
        highest = max(highest, entry.seq)
    ordered: list[AuditEntry] = []
    for entry in sorted(given, key=lambda e: e.seq):
        if not ordered or ordered[-1].seq != entry.seq:
            ordered.append(entry)

    previous: AuditEntry | None = None
    unsealed: list[int] = []
    for entry in ordered:
        keyed = is_keyed(entry.hash)
        if keyed and key is None:
            pass  # the content cannot be checked without the key; the links still are
        elif not hmac.compare_digest(entry.hash, expected_hash(entry, key)):
            problems.append(_edited(entry.seq))
        elif not keyed and keyed_from is not None and entry.seq >= keyed_from:
            unsealed.append(entry.seq)
        expected_seq = 1 if previous is None else previous.seq + 1
        if entry.seq > expected_seq:
            problems.append(_deleted(expected_seq, entry.seq - 1))
        elif previous is None and entry.prev_hash != GENESIS_HASH:
            problems.append(_edited(entry.seq))
        elif previous is not None and entry.prev_hash != previous.hash:
            # The entry before was changed and given a fresh hash: its own hash checks out,
            # but the next entry still points at the original.
            problems.append(
                _edited(
                    previous.seq,
                    f" Oppføring {entry.seq} peker ikke lenger på den.",
                )
            )
        previous = entry

    if head is not None:
        head_seq, head_hash = head
        last_seq = previous.seq if previous else 0
        if last_seq < head_seq:
            first = last_seq + 1
            problems.append(
                AuditProblem(
                    first,
                    MISSING_AT_END,
                    f"{_numbers(first, head_seq)} er slettet fra slutten av loggen "
                    f"(loggen skal ha {head_seq} oppføringer, men har bare {last_seq}).",
                )
            )
        elif previous is not None and last_seq == head_seq and previous.hash != head_hash:
            problems.append(_edited(last_seq))
        elif last_seq > head_seq:
            for entry in ordered:
                if entry.seq > head_seq:
                    problems.append(
                        AuditProblem(
                            entry.seq,
                            EDITED,
                            f"Oppføring {entry.seq} er lagt til utenom Postvakt.",
                        )
                    )

    edited = {p.seq for p in problems if p.kind == EDITED}
    for first, last in _runs([n for n in unsealed if n not in edited]):
        problems.append(
            AuditProblem(
                first,
                UNSEALED,
                f"{_numbers(first, last)} er ikke forseglet med loggens nøkkel, selv om loggen "
                f"er forseglet fra oppføring {keyed_from}. Det skjer når nøkkelringen ikke var "
                "tilgjengelig da de ble skrevet, men det kan også bety at noen har skrevet dem "
                "om. Sammenlign med et kontrollpunkt fra en eksportert fil.",
            )
        )

    # One message per entry and kind, in log order.
    unique: dict[tuple[int, str], AuditProblem] = {}
    for problem in problems:
        unique.setdefault((problem.seq, problem.kind), problem)
    return sorted(unique.values(), key=lambda p: (p.seq, PROBLEM_KINDS.index(p.kind)))


def _runs(numbers: list[int]) -> list[tuple[int, int]]:
    """``[3, 4, 5, 8]`` → ``[(3, 5), (8, 8)]``."""
    runs: list[tuple[int, int]] = []
    for n in numbers:
        if runs and runs[-1][1] == n - 1:
            runs[-1] = (runs[-1][0], n)
        else:
            runs.append((n, n))
    return runs


def verify_against_anchor(
    entries: Iterable[AuditEntry], anchor_count: int, anchor_head: str
) -> list[AuditProblem]:
    """Check a log against an anchor taken earlier: the number of entries then and the hash
    of the newest one. Finds a rewrite (entry ``anchor_count`` has another hash, which every
    change before it causes), entries cut off the end and an older copy put back (fewer
    entries than the anchor). Entries written after the anchor are fine."""
    by_seq = {e.seq: e for e in entries}
    if anchor_count <= 0:
        return []
    last = max(by_seq, default=0)
    if last < anchor_count:
        first = last + 1
        return [
            AuditProblem(
                first,
                MISSING_AT_END,
                f"Loggen har bare {last} oppføringer, men kontrollpunktet viser "
                f"{anchor_count}. {_numbers(first, anchor_count)} er fjernet fra slutten, "
                "eller en eldre kopi av databasen er lagt tilbake.",
            )
        ]
    entry = by_seq.get(anchor_count)
    if entry is None:
        return [_deleted(anchor_count, anchor_count)]
    if not hmac.compare_digest(entry.hash, anchor_head):
        return [
            AuditProblem(
                anchor_count,
                EDITED,
                f"Oppføring {anchor_count} stemmer ikke med kontrollpunktet: loggen er skrevet "
                "om fram til denne oppføringen, eller kontrollpunktet er fra en annen database.",
            )
        ]
    return []


def bad_seqs(problems: Iterable[AuditProblem]) -> set[int]:
    """The entry numbers a view should mark."""
    return {p.seq for p in problems}


def classify_unsealed(
    entries: Iterable[AuditEntry], keyed_from: int, sealed_head: tuple[int, str] | None
) -> tuple[list[AuditProblem], list[str], set[int]]:
    """Plain entries at or after the sealing point ``keyed_from``, in runs: which were written
    without the keyring (notes for the reader, in bokmål) and which are a rewrite (problems).
    Returns (problems, notes, the entries explained as written without the keyring).

    ``sealed_head``: the (number, hash) of the last entry sealed, as recorded under the key
    (its MAC checked by the caller); ``None`` when there is no such record (a log written by
    an older Postvakt, or a record removed): then nothing is explained, as before. Call it
    with the key at hand only: without the key no seal can be checked."""
    ordered = sorted({e.seq: e for e in entries}.values(), key=lambda e: e.seq)
    by_seq = {e.seq: e for e in ordered}
    plain = [e.seq for e in ordered if e.seq >= keyed_from and not is_keyed(e.hash)]
    problems: list[AuditProblem] = []
    notes: list[str] = []
    explained: set[int] = set()
    for first, last in _runs(plain):
        after = by_seq.get(last + 1)
        named = _numbers(first, last)
        if after is not None and after.action == SEALED_LATER and is_keyed(after.hash):
            d = after.details
            if d.get("fra") != first or d.get("til") != last:
                continue  # not the run it names: left to the general check
            before = d.get("sist_forseglet_før")
            if isinstance(before, int) and before >= first:
                problems.append(
                    AuditProblem(
                        first,
                        EDITED,
                        f"{named} var forseglet, men er skrevet om uten loggens nøkkel før "
                        f"oppføring {after.seq} forseglet dem på nytt.",
                    )
                )
            elif before is None and "sist_forseglet_før" in d:
                continue  # sealed where the last sealed entry was not known: not explained
            else:
                notes.append(
                    f"{named} ble skrevet uten nøkkelring (for eksempel av en planlagt kjøring) "
                    f"og forseglet i ettertid av oppføring {after.seq}. Loggen viser om de er "
                    "endret etter det, men kan ikke bevise hvem som skrev dem, eller at de ikke "
                    "ble endret før de ble forseglet."
                )
            explained.update(range(first, last + 1))
        elif after is None and sealed_head is not None:
            head_seq, head_hash = sealed_head
            head = by_seq.get(head_seq)
            if head_seq < first and head is not None and hmac.compare_digest(head.hash, head_hash):
                notes.append(
                    f"{named} er ikke forseglet (skrevet uten nøkkelring, for eksempel av en "
                    "planlagt kjøring). De forsegles neste gang Postvakt skriver i loggen med "
                    "nøkkelen. Til da kan ikke loggen bevise at de ikke er endret."
                )
                explained.update(range(first, last + 1))
    return problems, notes, explained
