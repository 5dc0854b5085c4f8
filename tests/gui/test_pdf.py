"""PDF for the archive: A4 file written whole or not at all."""

from __future__ import annotations

import pytest

from desktop_app.views.pdf import write_pdf


def test_pdf_is_written_with_its_title(qapp, tmp_path):
    path = write_pdf("<h1>Uåpnet post</h1><p>Æ Ø Å</p>", tmp_path / "rapport.pdf",
                     title="Uåpnet post – Fjordvik")
    data = path.read_bytes()
    assert data.startswith(b"%PDF-")
    assert len(data) > 1000
    assert [p.name for p in tmp_path.iterdir()] == ["rapport.pdf"]


def test_a_failed_write_leaves_no_half_file(qapp, tmp_path):
    with pytest.raises(FileNotFoundError):
        write_pdf("<p>x</p>", tmp_path / "mangler" / "rapport.pdf")
    assert list(tmp_path.iterdir()) == []
