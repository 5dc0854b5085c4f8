"""«Les inn fra Altinn-nedlasting …» on Taushetsbelagt post, clicked as a user would."""

from __future__ import annotations

import httpx
from PySide6.QtCore import Qt
from support.portal_files import MUNI, PACKAGE, download, grant

from desktop_app.domain.environments import Environment
from desktop_app.wizards.confidential_access import portal_read

from .conftest import PATIENT_MS, settle
from .test_confidential_access import make_page, status_of


def matrix_holders_note(page, orgnr: str) -> str:
    for row in range(page.matrix.rowCount()):
        if page.matrix.item(row, 0).data(Qt.ItemDataRole.UserRole) == orgnr:
            return page.matrix.item(row, 3).toolTip()
    raise AssertionError(orgnr)


def open_dialog(qtbot, page):
    qtbot.mouseClick(page.portal_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page._portal_dialog.isVisible(), timeout=PATIENT_MS)
    return page._portal_dialog


def test_the_dialog_says_where_the_file_is_and_reads_it_into_the_matrix(qtbot, ctx, tmp_path):
    page = make_page(qtbot, ctx)
    dialog = open_dialog(qtbot, page)
    texts = " ".join(label.text() for label in dialog.findChildren(portal_read.QLabel))
    assert "«Last ned til fil»" in texts and "«Brukere»" in texts and "500" in texts

    path = tmp_path / "310000000_2026-12-01.zip"
    path.write_bytes(
        download(packages=[grant(MUNI, "Jonas Bakken", "01.02.1985", PACKAGE)], roles=[])
    )
    dialog.read_file(path)
    settle(qtbot)

    assert dialog.status.text().startswith(
        "Lest fra portalens nedlasting 01.12.2026 (fil 310000000_2026-12-01.zip):"
    )
    note = matrix_holders_note(page, MUNI)
    assert "Jonas Bakken" in note
    assert "Lest fra portalens nedlasting 01.12.2026 (fil 310000000_2026-12-01.zip)" in note
    assert "Ukjent" not in status_of(page, MUNI)[0]


def test_a_file_that_is_not_the_download_is_refused_in_the_dialog(qtbot, ctx, tmp_path):
    page = make_page(qtbot, ctx)
    dialog = open_dialog(qtbot, page)
    path = tmp_path / "liste.csv"
    path.write_text("Navn;Epost\nKari;k@x.no\n", encoding="utf-8")

    dialog.read_file(path)
    settle(qtbot)

    assert dialog.status.text().startswith("Filen ble ikke lest inn.")
    assert "ser ikke ut som nedlastingen" in dialog.status.text()


def test_in_oving_the_practice_file_comes_from_the_sandbox(qtbot, ctx):
    assert ctx.environment == Environment.OVING
    ctx.sync_sandbox()
    qtbot.waitUntil(lambda: ctx.sandbox is not None, timeout=PATIENT_MS)
    page = make_page(qtbot, ctx)
    dialog = open_dialog(qtbot, page)
    assert dialog.practice_button is not None

    answer = httpx.get(dialog.practice_url())

    assert answer.status_code == 200
    assert f'filename="{MUNI}_' in answer.headers["content-disposition"]


def test_the_summary_says_one_and_many_right():
    from desktop_app.importers.tabular import RowError
    from desktop_app.services.portal_reads import PortalReadResult

    one = PortalReadResult(
        "tilgangspakker.csv",
        None,
        read=[MUNI],
        outside=["987654325"],
        errors=[RowError(3, "tilgangspakker.csv linje 3: feil")],
    )
    text = portal_read.summary_text(one)

    assert text.startswith(
        "Lest fra portalens nedlasting (fil tilgangspakker.csv): 1 organisasjonsnummer."
    )
    assert "1 organisasjonsnummer i filen er ikke i arbeidsflaten" in text
    assert "1 rad ble hoppet over:\ntilgangspakker.csv linje 3: feil" in text
