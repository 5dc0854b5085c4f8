"""Status files: a municipality that runs its own Postvakt sends its row of the regional
overview to the coordinator, who imports it.

The file (JSON, UTF-8) holds what :class:`~desktop_app.services.region.RegionRow` holds:
counts, dates and step states, never a person's name or number. It also carries the
municipality's audit anchor (``format_anchor``), so the municipality can later prove with
``postvakt-cli audit verify --mot FIL`` that its log was not rewritten after the file was
made.

**Signed, with the key pinned on first import.** A hash alone proves nothing against a
deliberate change (whoever edits the numbers can compute a new hash), and a shared HMAC secret
would have to be sent to every municipality. So each installation has its own Ed25519 key,
kept in the keyring (:func:`~desktop_app.storage.secrets.status_signing_key`); the file
carries the public key and a signature over everything else. The coordinator's Postvakt pins
the public key of each municipality (org.nr) the first time, after the coordinator compared
its fingerprint with the one the municipality reads out of its own Postvakt (by phone, not
from the same e-mail as the file). From then on a file that was changed, or signed with
another key, is refused. What it proves: the file comes from the same Postvakt installation
as the first one and is unchanged. What it does not prove: that the numbers are right (they
are what that Postvakt knew), or who sat at the keyboard.

A newer file replaces the older one for the same org.nr; "newer" means a longer log (the
anchor's entry count), then a later time of making.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from desktop_app import __version__
from desktop_app.domain.identifiers import check_orgnr, format_orgnr
from desktop_app.services.recording import Recorder
from desktop_app.services.region import SOURCE_FILE, RegionRow, RegionService
from desktop_app.storage.audit import AuditLog, audit_anchor, format_anchor, parse_anchor
from desktop_app.storage.database import Database
from desktop_app.storage.secrets import SecretStoreError, status_signing_key

FORMAT = "postvakt-statusfil"
VERSION = 1
MAX_FILE = 1024 * 1024  # a status file is a few kilobytes
PINS_KEY = "region_status_pins"  # meta: {orgnr: public key hex}
FILE_KEY = "region_status_file."  # meta: + orgnr → the file's text, as imported
IMPORTED_AT_KEY = "region_status_imported."  # meta: + orgnr → when

WHAT_IT_PROVES = (
    "Signaturen viser at filen kommer fra den samme Postvakt-installasjonen som koordinatoren "
    "godtok første gang, og at ingen har endret den etterpå. Den viser ikke at tallene stemmer "
    "med Altinn: de er det kommunens Postvakt visste da filen ble laget."
)


class StatusFileError(Exception):
    """The file cannot be used. ``message`` (bokmål) says why and what to do."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class StatusFile:
    """A status file that was read and whose signature holds (not yet trusted)."""

    row: RegionRow
    made_at: str
    anchor: str
    public_key: str  # hex
    text: str

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)

    @property
    def anchor_count(self) -> int:
        parsed = parse_anchor(self.anchor)
        return parsed[0] if parsed else 0


class KeyNotTrusted(StatusFileError):
    """The municipality's key is not pinned yet (``changed`` False) or differs from the one
    pinned (``changed`` True). Import again with ``trust=`` the fingerprint after checking it
    with the municipality."""

    def __init__(self, status: StatusFile, changed: bool) -> None:
        who = f"{status.row.name} (org.nr {format_orgnr(status.row.orgnr)})"
        if changed:
            text = (
                f"Filen fra {who} er signert med en annen nøkkel enn filene du har hentet "
                "inn før. Det skjer når kommunen har installert Postvakt på nytt, men kan "
                "også bety at filen ikke kommer fra kommunen. Ring kommunen og be dem lese "
                "opp fingeravtrykket under Regionoversikt. Det skal være "
                f"{status.fingerprint}."
            )
        else:
            text = (
                f"Dette er første statusfil fra {who}. Ring kommunen og be dem lese opp "
                "fingeravtrykket under Regionoversikt. Det skal være "
                f"{status.fingerprint}. Stemmer det, godtar du nøkkelen; da avvises "
                "senere filer som ikke er signert med den."
            )
        super().__init__(text)
        self.status = status
        self.changed = changed


@dataclass(frozen=True)
class ImportOutcome:
    status: StatusFile
    kind: str  # "ny", "erstattet" or "eldre" (not imported: the one kept is newer)
    message: str


def fingerprint(public_key_hex: str) -> str:
    """Groups of four hex digits of SHA-256 over the raw public key (the first 80 bits),
    short enough to read out on the phone."""
    digest = hashlib.sha256(bytes.fromhex(public_key_hex)).hexdigest()[:20].upper()
    return " ".join(digest[i : i + 4] for i in range(0, 20, 4))


def _canonical(data: dict[str, Any]) -> bytes:
    body = {k: v for k, v in data.items() if k != "signatur"}
    return json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode(
        "utf-8"
    )


def _private_key(create: bool) -> Ed25519PrivateKey | None:
    try:
        seed = status_signing_key(create=create)
    except SecretStoreError as exc:
        raise StatusFileError(
            f"{exc.message_nb} Statusfiler signeres med en nøkkel i maskinens nøkkelring, så "
            "de kan ikke lages uten den."
        ) from None
    return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(seed)) if seed else None


def _public_hex(key: Ed25519PrivateKey) -> str:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()


def own_fingerprint(create: bool = False) -> str | None:
    """This installation's fingerprint, to read out to the coordinator (None when no status
    file was ever made here and ``create`` is False)."""
    key = _private_key(create)
    return fingerprint(_public_hex(key)) if key is not None else None


def read_status(text: str) -> StatusFile:
    """Parse a status file and check its signature against the key it carries."""
    broken = (
        "Filen er ikke en statusfil fra Postvakt, eller den er ødelagt. Be kommunen "
        "lage en ny under Regionoversikt → «Lag statusfil»."
    )
    try:
        data = json.loads(text)
    except ValueError:
        raise StatusFileError(broken) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise StatusFileError(broken)
    if data.get("versjon") != VERSION:
        raise StatusFileError(
            "Statusfilen er laget av en nyere Postvakt enn denne. Oppdater Postvakt og prøv igjen."
        )
    try:
        sig = data["signatur"]
        public = bytes.fromhex(sig["offentlig_nokkel"])
        value = bytes.fromhex(sig["verdi"])
        Ed25519PublicKey.from_public_bytes(public).verify(value, _canonical(data))
    except InvalidSignature:
        raise StatusFileError(
            "Statusfilen er endret etter at den ble laget (signaturen stemmer ikke), så den "
            "hentes ikke inn. Be kommunen lage og sende en ny."
        ) from None
    except (KeyError, TypeError, ValueError):
        raise StatusFileError(broken) from None
    try:
        status = data["status"]
        _check_fields(status)
        orgnr = check_orgnr(str(status["orgnr"])).value
        made_at = str(data["laget"])
        datetime.fromisoformat(made_at)
        anchor = str(data.get("kontrollpunkt", ""))
        row = RegionRow.from_json(
            status,
            source=SOURCE_FILE,
            workspace_id=None,
            made_at=made_at,
            anchor=anchor,
            fingerprint=fingerprint(public.hex()),
        )
    except (KeyError, TypeError, ValueError):
        raise StatusFileError(broken) from None
    if orgnr is None:
        raise StatusFileError(broken)
    return StatusFile(row, made_at, anchor, public.hex(), text)


_OPTIONAL_TEXT = ("last_check_at", "review_next", "altinn_read_newest", "altinn_read_oldest")


def _check_fields(status: Any) -> None:
    """Every field the row reads has the type it must have (a signed file from another
    Postvakt is still input: a wrong type must give a message, not a crash later)."""
    if not isinstance(status, dict):
        raise TypeError("status")
    for name, field in RegionRow.__dataclass_fields__.items():
        if name not in status:
            continue
        value = status[name]
        if name in _OPTIONAL_TEXT:
            ok = value is None or (isinstance(value, str) and len(value) <= 40)
            if ok and value:
                datetime.fromisoformat(value)  # ValueError when it is not a date
        elif name == "last_check_at_risk":
            ok = value is None or (
                isinstance(value, int) and not isinstance(value, bool) and value >= 0
            )
        elif isinstance(field.default, bool):
            ok = isinstance(value, bool)
        elif isinstance(field.default, int):
            ok = isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 10**6
        else:
            ok = isinstance(value, str) and len(value) <= 200
        if not ok:
            raise TypeError(name)
    if not status.get("name"):
        raise TypeError("name")


def read_status_file(path: str | os.PathLike[str]) -> StatusFile:
    target = Path(path)
    try:
        with target.open("rb") as handle:
            raw = handle.read(MAX_FILE + 1)
    except OSError as exc:
        raise StatusFileError(f"Kunne ikke lese {target.name}: {exc.strerror or exc}.") from None
    if len(raw) > MAX_FILE:
        raise StatusFileError(f"{target.name} er for stor til å være en statusfil fra Postvakt.")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise StatusFileError(f"{target.name} er ikke en statusfil fra Postvakt.") from None
    return read_status(text)


def _write_text(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(prefix=".postvakt-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class StatusFileService:
    def __init__(self, db: Database, region: RegionService, audit: AuditLog | None = None) -> None:
        self.db = db
        self.region = region
        self.recorder = Recorder(db, audit)

    # -- the municipality: making a file ---------------------------------------------------
    def export(self, workspace_id: int, path: str | os.PathLike[str]) -> StatusFile:
        """Write the workspace's status file, signed with this installation's key (made on
        first use), and record it in the log."""
        row = self.region.local_row(workspace_id)
        if row.is_demo:
            raise StatusFileError(
                "Øvingskommunen har oppdiktede data og kan ikke sendes som "
                "statusfil. Velg arbeidsflaten for din egen kommune."
            )
        key = _private_key(create=True)
        assert key is not None
        head, count = audit_anchor(self.db)
        data: dict[str, Any] = {
            "format": FORMAT,
            "versjon": VERSION,
            "program": f"Postvakt {__version__}",
            "laget": datetime.now(UTC).isoformat(timespec="seconds"),
            "kontrollpunkt": format_anchor(head, count),
            "status": row.as_json(),
        }
        data["signatur"] = {
            "algoritme": "Ed25519",
            "offentlig_nokkel": _public_hex(key),
            "verdi": key.sign(_canonical(data)).hex(),
        }
        text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
        target = Path(path)
        try:
            _write_text(target, text)
        except OSError as exc:
            raise StatusFileError(
                f"Kunne ikke lagre {target}: {exc.strerror or exc}. Sjekk at "
                "mappen finnes og at du kan skrive der."
            ) from None
        status = read_status(text)
        self.recorder.write(
            workspace_id,
            "region.status_exported",
            {
                "fil": target.name,
                "kontrollpunkt": status.anchor,
                "fingeravtrykk": status.fingerprint,
            },
        )
        return status

    # -- the coordinator: importing ------------------------------------------------------
    def _pins(self) -> dict[str, str]:
        raw = self.db.get_meta(PINS_KEY)
        try:
            pins = json.loads(raw) if raw else {}
        except ValueError:
            pins = {}
        return pins if isinstance(pins, dict) else {}

    def import_file(self, path: str | os.PathLike[str], trust: str | None = None) -> ImportOutcome:
        """Import a status file. Raises :class:`KeyNotTrusted` when the municipality's key is
        not pinned, or another is pinned, unless ``trust`` is the file's fingerprint (read out
        by the municipality); :class:`StatusFileError` when the file is broken or changed."""
        status = read_status_file(path)
        orgnr = status.row.orgnr
        with self.recorder.change():
            pins = self._pins()
            pinned = pins.get(orgnr)
            if pinned != status.public_key:
                wanted = "".join((trust or "").split()).upper()
                if wanted != "".join(status.fingerprint.split()):
                    raise KeyNotTrusted(status, changed=pinned is not None)
                pins[orgnr] = status.public_key
                self.db.set_meta(PINS_KEY, json.dumps(pins, sort_keys=True))
                self.recorder.write(
                    None,
                    "region.key_pinned",
                    {
                        "kommune": status.row.name,
                        "orgnr": orgnr,
                        "fingeravtrykk": status.fingerprint,
                        "byttet": pinned is not None,
                    },
                )
            kept = self._stored(orgnr)
            if (
                kept is not None
                and pinned == status.public_key
                and ((kept.anchor_count, kept.made_at) >= (status.anchor_count, status.made_at))
            ):
                return ImportOutcome(
                    status,
                    "eldre",
                    (
                        f"Du har allerede en like ny eller nyere statusfil fra {status.row.name} "
                        f"(laget {_shown(kept.made_at)}). Denne er ikke hentet inn."
                    ),
                )
            self.db.set_meta(FILE_KEY + orgnr, status.text)
            self.db.set_meta(IMPORTED_AT_KEY + orgnr, datetime.now(UTC).isoformat())
            self.recorder.write(
                None,
                "region.status_imported",
                {
                    "kommune": status.row.name,
                    "orgnr": orgnr,
                    "laget": status.made_at,
                    "kontrollpunkt": status.anchor,
                    "fingeravtrykk": status.fingerprint,
                },
            )
        kind = "ny" if kept is None else "erstattet"
        message = f"Statusen for {status.row.name} er hentet inn (laget {_shown(status.made_at)})."
        if kept is not None:
            message += f" Den erstatter filen laget {_shown(kept.made_at)}."
        return ImportOutcome(status, kind, message)

    def _stored(self, orgnr: str) -> StatusFile | None:
        text = self.db.get_meta(FILE_KEY + orgnr)
        if not text:
            return None
        try:
            return read_status(text)
        except StatusFileError:
            return None

    def imported_rows(self) -> list[RegionRow]:
        """The rows of the imported files, each checked again against its pinned key (a
        file changed in the store is left out)."""
        pins = self._pins()
        rows = []
        for orgnr, key in sorted(pins.items()):
            status = self._stored(orgnr)
            if status is None or status.public_key != key:
                continue
            imported = self.db.get_meta(IMPORTED_AT_KEY + orgnr)
            rows.append(
                RegionRow.from_json(
                    {**status.row.as_json()},
                    source=SOURCE_FILE,
                    made_at=status.made_at,
                    anchor=status.anchor,
                    fingerprint=status.fingerprint,
                    imported_at=imported,
                )
            )
        return rows

    def remove(self, orgnr: str, forget_key: bool = False) -> None:
        """Take a municipality's imported row out of the overview (and its pinned key)."""
        with self.recorder.change():
            with self.db.transaction() as conn:
                conn.execute(
                    "DELETE FROM meta WHERE key IN (?, ?)",
                    (FILE_KEY + orgnr, IMPORTED_AT_KEY + orgnr),
                )
            if forget_key:
                pins = self._pins()
                pins.pop(orgnr, None)
                self.db.set_meta(PINS_KEY, json.dumps(pins, sort_keys=True))
            self.recorder.write(
                None, "region.status_removed", {"orgnr": orgnr, "pinning_fjernet": forget_key}
            )


def _shown(iso: str) -> str:
    from desktop_app.domain.svarut import OSLO

    try:
        return datetime.fromisoformat(iso).astimezone(OSLO).strftime("%d.%m.%Y %H:%M")
    except ValueError:
        return iso
