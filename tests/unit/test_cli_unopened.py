"""postvakt-cli unopened: the check without a window, its summary and its exit codes."""

from __future__ import annotations

import openpyxl
import pytest

from desktop_app.cli import main
from desktop_app.resources import demo_dir

DEMO_CSV = demo_dir() / "svarut-eksport-demo.csv"
VALID = "971032146"
OTHER = "974760673"


@pytest.fixture
def workspace(capsys):
    assert main(["workspaces", "create", "--navn", "Testvik kommune", "--orgnr", VALID]) == 0
    capsys.readouterr()


def _only_read(tmp_path):
    path = tmp_path / "lest.csv"
    path.write_text(
        "Forsendelse-ID;Sendt;Status;Mottaker;Orgnr;Taushetsbelagt\n"
        "11111111-1111-4111-8111-111111111111;01.10.2026 10:00;LEST;Lia AS;320067855;Ja\n"
        "22222222-2222-4222-8222-222222222222;02.10.2026 10:00;Lest;Fjordvik AS;320000009;Ja\n",
        encoding="utf-8",
    )
    return path


def test_help_documents_the_exit_codes(capsys):
    with pytest.raises(SystemExit) as info:
        main(["unopened", "--help"])
    assert info.value.code == 0
    out = " ".join(capsys.readouterr().out.split())
    for text in (
        "0 = ingen i faresonen",
        "1 = feil ved lesing/lagring",
        "2 = feil i kommandoen",
        "3 = brev i faresonen",
        "--svar",
        "bruk:",
    ):
        assert text in out


def test_demo_file_exits_3_and_writes_both_sheets(workspace, tmp_path, capsys):
    out_file = tmp_path / "uåpnet.xlsx"
    code = main(["unopened", "--import", str(DEMO_CSV), "--svar", "1a", "--out", str(out_file)])
    assert code == 3
    out = capsys.readouterr().out
    assert "Lest: 40 rader" in out
    assert "Brev i faresonen:" in out and "mottakere" in out
    assert "Rader med feil: ingen." in out
    book = openpyxl.load_workbook(out_file)
    assert book.sheetnames == ["Mottakere", "Brev"]
    assert book["Mottakere"].max_row > 1 and book["Brev"].max_row > 1


def test_only_read_letters_exit_0(workspace, tmp_path, capsys):
    out_file = tmp_path / "liste.csv"
    code = main(["unopened", "--import", str(_only_read(tmp_path)), "--out", str(out_file)])
    assert code == 0
    assert "Brev i faresonen: ingen" in capsys.readouterr().out
    assert out_file.exists() and (tmp_path / "liste-brev.csv").exists()


def test_a_guessed_encoding_is_told_even_without_rows_with_errors(workspace, tmp_path, capsys):
    path = _only_read(tmp_path)
    path.write_bytes(path.read_text(encoding="utf-8").replace("Lia", "Bjørkås").encode("cp1252"))
    assert main(["unopened", "--import", str(path), "--out", str(tmp_path / "x.xlsx")]) == 0
    out = capsys.readouterr().out
    assert "Rader med feil: ingen." in out
    assert "Merk: Filen er ikke lagret som UTF-8" in out and "Windows-1252" in out


def test_missing_file_exits_1(workspace, tmp_path, capsys):
    code = main(["unopened", "--import", str(tmp_path / "borte.csv"),
                 "--out", str(tmp_path / "x.xlsx")])  # fmt: skip
    assert code == 1
    assert "Finner ikke filen «borte.csv»" in capsys.readouterr().err
    assert not (tmp_path / "x.xlsx").exists()


def test_rows_with_errors_are_listed_with_line_numbers(workspace, tmp_path, capsys):
    path = tmp_path / "feil.csv"
    lines = ["Forsendelse-ID;Status;Orgnr"] + [f"ikke-id-{n};LEST;320067855" for n in range(25)]
    lines.append("11111111-1111-4111-8111-111111111111;VARSLET;320067855")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code = main(["unopened", "--import", str(path), "--out", str(tmp_path / "x.xlsx")])
    assert code == 3
    out = capsys.readouterr().out
    assert "Rader med feil: 25." in out
    assert "linje 2:" in out and "linje 21:" in out and "linje 22:" not in out
    assert "… og 5 rader til." in out


def test_workspace_must_be_chosen_when_there_are_several(workspace, tmp_path, capsys):
    assert main(["workspaces", "create", "--navn", "Annen kommune", "--orgnr", OTHER]) == 0
    capsys.readouterr()
    args = ["unopened", "--import", str(DEMO_CSV), "--out", str(tmp_path / "x.xlsx")]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "--workspace" in err and "Testvik kommune" in err and "Annen kommune" in err
    assert main([*args, "--workspace", "2"]) == 3
    assert "Annen kommune" in capsys.readouterr().out
    assert main([*args, "--workspace", "99"]) == 2


def test_no_workspace_and_bad_suffix_exit_2(tmp_path, capsys):
    args = ["unopened", "--import", str(DEMO_CSV)]
    assert main([*args, "--out", str(tmp_path / "x.xlsx")]) == 2
    assert "workspaces create" in capsys.readouterr().err
    assert main([*args, "--out", str(tmp_path / "x.pdf")]) == 2
    with pytest.raises(SystemExit) as info:
        main([*args, "--svar", "2c", "--out", str(tmp_path / "x.xlsx")])
    assert info.value.code == 2


def test_unwritable_output_exits_1_but_keeps_the_run(workspace, tmp_path, capsys):
    blocker = tmp_path / "fil.txt"
    blocker.write_text("x")
    code = main(["unopened", "--import", str(DEMO_CSV), "--out", str(blocker / "x.xlsx")])
    assert code == 1
    assert "Kontrollen er lagret, men listen ble ikke lagret" in capsys.readouterr().err
