"""Files Postvakt writes go through a hidden temporary file beside the target. A write that
fails or is interrupted removes it, and one left by a program that was killed never stops
the next save."""

from __future__ import annotations

import hashlib
import os
import shutil
from datetime import date
from pathlib import Path

import pytest

from desktop_app.domain.dpi_onboarding import Step
from desktop_app.exporters.tables import ExportError
from desktop_app.services.confidential_access import save_text
from desktop_app.services.dpi_onboarding import DpiOnboardingService
from desktop_app.services.workspaces import WorkspaceService
from desktop_app.storage.attachments import keep_private_copy
from desktop_app.storage.database import Database


def _hidden(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_saved_messages_leave_no_temp_file_when_the_save_fails(tmp_path, monkeypatch):
    target = tmp_path / "beskjeder.txt"
    target.write_text("forrige versjon", encoding="utf-8")

    def refused(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refused)  # e.g. the file is open in another program
    with pytest.raises(ExportError) as info:
        save_text(target, "ny tekst")
    assert "«beskjeder.txt»" in info.value.message
    assert target.read_text(encoding="utf-8") == "forrige versjon"
    assert _hidden(tmp_path) == []


def test_saved_messages_leave_no_temp_file_when_interrupted(tmp_path, monkeypatch):
    target = tmp_path / "beskjeder.txt"

    def interrupted(*_args, **_kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        save_text(target, "ny tekst")
    assert not target.exists() and _hidden(tmp_path) == []


def test_a_temp_file_left_by_a_killed_save_does_not_stop_the_next(tmp_path):
    target = tmp_path / "beskjeder.txt"
    (tmp_path / ".beskjeder.txt.tmp").mkdir()  # the name a killed save used to leave
    (tmp_path / ".beskjeder.txt.tmp" / "rest").write_text("halvferdig", encoding="utf-8")
    assert save_text(target, "ny tekst") == target
    assert target.read_text(encoding="utf-8") == "ny tekst"


def test_an_evidence_copy_that_fails_leaves_no_half_copy(tmp_path, monkeypatch):
    source = tmp_path / "kvittering.png"
    source.write_bytes(b"png" * 1000)
    folder = tmp_path / "vedlegg"

    def full_disk(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(shutil, "copyfileobj", full_disk)
    with pytest.raises(OSError):
        keep_private_copy(source, folder, "deleger-1-x.png")
    assert list(folder.iterdir()) == []


def test_an_evidence_file_that_cannot_be_moved_into_place_leaves_nothing(tmp_path, monkeypatch):
    db = Database.open(tmp_path / "data" / "postvakt.sqlite3")
    try:
        workspace = WorkspaceService(db).create_workspace("Fjordvik kommune", "987654325")
        service = DpiOnboardingService(db)
        shot = tmp_path / "Skjermbilde.png"
        shot.write_bytes(b"fake png" * 100)
        fields = {"utfort_av": "Kari", "sjekket_i_altinn": True}

        def refused(self, target):
            raise PermissionError(13, "Permission denied")

        with monkeypatch.context() as patch:
            patch.setattr(Path, "replace", refused)
            with pytest.raises(OSError):
                service.confirm(
                    workspace.id,
                    Step.DELEGER_KS,
                    fields,
                    evidence_file=shot,
                    today=date(2026, 11, 23),
                )
        assert [p.name for p in service.attachments_dir.iterdir()] == []
        # A second try works and keeps the file.
        record = service.confirm(
            workspace.id, Step.DELEGER_KS, fields, evidence_file=shot, today=date(2026, 11, 23)
        )
        kept = service.evidence_path(record.evidence)
        assert hashlib.sha256(kept.read_bytes()).hexdigest() == record.evidence.sha256
        assert _hidden(service.attachments_dir) == []
    finally:
        db.close()
