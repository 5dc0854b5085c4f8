"""PDF for the archive: A4 file written whole or not at all."""

from __future__ import annotations

import pytest

from desktop_app.views.pdf import write_pdf


def test_pdf_is_written_with_its_title(qapp, tmp_path):
    path = write_pdf(
        "<h1>Uåpnet post</h1><p>Æ Ø Å</p>", tmp_path / "rapport.pdf", title="Uåpnet post – Fjordvik"
    )
    data = path.read_bytes()
    assert data.startswith(b"%PDF-")
    assert len(data) > 1000
    assert [p.name for p in tmp_path.iterdir()] == ["rapport.pdf"]


def test_a_failed_write_leaves_no_half_file(qapp, tmp_path):
    with pytest.raises(FileNotFoundError):
        write_pdf("<p>x</p>", tmp_path / "mangler" / "rapport.pdf")
    assert list(tmp_path.iterdir()) == []


def _broken_words(doc) -> list[str]:
    """Every place a line ends inside a word or a number (not at a space or after a hyphen)."""
    found = []
    block = doc.begin()
    while block.isValid():
        text, layout = block.text(), block.layout()
        for i in range(layout.lineCount() - 1):
            line = layout.lineAt(i)
            end = line.textStart() + line.textLength()
            before, after = text[end - 1 : end], text[end : end + 1]
            if before not in (" ", "-") and after != " ":
                found.append(f"{text[:end]}|{text[end:]}")
        block = block.next()
    return found


def _table(name: str, rows: int = 3, note: bool = False) -> str:
    """The businesses table of the unopened-check summary (with a note column if asked)."""
    extra = "<th>Notat</th>" if note else ""
    head = (
        "<table><tr><th>Virksomhet</th><th>Org.nr</th><th>Brev</th><th>Eldste brev "
        f"(dager)</th><th>Hastegrad</th><th>Oppfølging</th>{extra}</tr>"
    )
    extra = "<td>Ringte sentralbordet, som lovet å sende det videre</td>" if note else ""
    row = (
        f"<tr><td>{name}</td><td>320 135 710</td><td>12</td><td>140</td>"
        f"<td>Bør sjekkes snart</td><td>Ikke kontaktet 12.10.2026</td>{extra}</tr>"
    )
    return "<h1>Uåpnet taushetsbelagt post</h1>" + head + row * rows + "</table>"


def test_tables_wrap_at_spaces_never_inside_a_word_or_number(qapp):
    from desktop_app.views.pdf import lay_out

    layout = lay_out(_table("Vestlandske Rørleggerforretningsselskapet Virksomhet AS"))
    assert layout.fits and not layout.landscape  # the columns narrow to fit the page
    assert _broken_words(layout.doc) == []
    assert "320\u00a0135\u00a0710" in layout.doc.toRawText()  # kept on one line
    wide = lay_out(_table("Vestlandske Rørleggerforretningsselskapet Virksomhet AS", note=True))
    assert wide.fits and _broken_words(wide.doc) == []


def test_a_table_that_cannot_fit_upright_turns_the_page(qapp, tmp_path):
    from desktop_app.views.pdf import lay_out

    name = "Kommunerevisjonsdistriktsforvaltningsselskapetsavdelingslederkontor"
    layout = lay_out(_table(name))
    assert layout.landscape and layout.fits
    assert _broken_words(layout.doc) == []
    written = write_pdf(_table(name, rows=80), tmp_path / "bred.pdf")
    assert written.read_bytes().startswith(b"%PDF-")


def test_an_exported_summary_carries_the_log_anchor_and_proves_the_log_later(
    qapp, tmp_path, memory_keyring
):
    """The DPI summary PDF holds the audit log's anchor (in its text and its metadata), so
    `postvakt-cli audit verify --mot FIL` can later show the log was not cut short."""
    from desktop_app.cli import main
    from desktop_app.services.composition import Services
    from desktop_app.storage.audit import audit_anchor, read_anchor
    from desktop_app.storage.database import Database
    from desktop_app.storage.paths import app_paths

    db = Database.open(app_paths().ensure().database)
    try:
        services = Services(db)
        ws = services.workspaces.ensure_demo_workspace()
        dpi = services.dpi
        before = audit_anchor(db)
        written = dpi.export_summary(
            ws,
            dpi.load(ws.id),
            dpi.guides(),
            tmp_path / "dpi.pdf",
            lambda html, target: write_pdf(html, target, title="DPI-oppsett"),
        )
    finally:
        db.close()
    count, head = read_anchor(written)
    assert (head, str(count)) == before
    assert main(["audit", "verify", "--mot", str(written)]) == 0
