"""postvakt-cli tilgang les --fra-portal FIL: the portal's download read from a script."""

from __future__ import annotations

import pytest
from support.portal_files import PACKAGE, download, grant

from desktop_app.cli import main
from desktop_app.services.composition import Services
from desktop_app.storage.audit import AuditLog
from desktop_app.storage.database import Database
from desktop_app.storage.paths import app_paths


@pytest.fixture
def demo():
    db = Database.open(app_paths().database)
    try:
        return Services(db).workspaces.ensure_demo_workspace()
    finally:
        db.close()


def test_the_download_is_read_and_each_org_number_shown(demo, tmp_path, capsys):
    path = tmp_path / "310000000_2026-12-01.zip"
    path.write_bytes(download())

    assert main(["tilgang", "les", "--fra-portal", str(path), "--av", "Ola Strand"]) == 0

    out = capsys.readouterr().out
    assert "Lest fra portalens nedlasting 01.12.2026 (fil 310000000_2026-12-01.zip)" in out
    assert "2 organisasjonsnumre." in out
    assert "310 300 004 Fjordvik kommune Barnevernstjenesten: Sara Holm (Tilgangspakke" in out
    db = Database.open(app_paths().database)
    try:
        entry = AuditLog(db).entries(action="access.holders_read_portal")[-1]
    finally:
        db.close()
    assert entry.user == "Ola Strand" and entry.details["kilde"] == "portal"


def test_one_org_number_is_singular_and_a_bad_row_exits_2(demo, tmp_path, capsys):
    path = tmp_path / "tilgangspakker.csv"
    from support.portal_files import portal_csv

    path.write_bytes(
        portal_csv(
            "accesspackages",
            [grant("310000000", "Jonas Bakken", "", PACKAGE), grant("1", "X", "", PACKAGE)],
        )
    )

    assert main(["tilgang", "les", "--fra-portal", str(path)]) == 2

    captured = capsys.readouterr()
    assert "(fil tilgangspakker.csv): 1 organisasjonsnummer." in captured.out
    assert "tilgangspakker.csv linje 3" in captured.err


def test_a_file_that_is_not_the_download_exits_2_and_says_why(demo, tmp_path, capsys):
    path = tmp_path / "noe.csv"
    path.write_text("a;b\n1;2\n", encoding="utf-8")

    assert main(["tilgang", "les", "--fra-portal", str(path)]) == 2
    assert "ser ikke ut som nedlastingen" in capsys.readouterr().err
