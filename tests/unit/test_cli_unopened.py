"""postvakt-cli unopened: the check without a window, its summary and its exit codes."""

from __future__ import annotations

import openpyxl
import pytest

from desktop_app.cli import main
from desktop_app.resources import demo_dir

DEMO_CSV = demo_dir() / "svarut-eksport-demo.csv"
VALID = "987654325"
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
    assert [p.name for p in tmp_path.glob("liste*.csv")] == ["liste.csv"]  # one file


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


def test_workspace_must_be_chosen_when_there_are_several_to_save(workspace, tmp_path, capsys):
    assert main(["workspaces", "create", "--navn", "Annen kommune", "--orgnr", OTHER]) == 0
    capsys.readouterr()
    args = ["unopened", "--import", str(DEMO_CSV), "--out", str(tmp_path / "x.xlsx")]
    assert main([*args, "--lagre"]) == 2
    err = capsys.readouterr().err
    assert "--workspace" in err and "Testvik kommune" in err and "Annen kommune" in err
    assert main([*args, "--lagre", "--workspace", "2"]) == 3
    assert "Annen kommune" in capsys.readouterr().out
    assert main([*args, "--workspace", "99"]) == 2
    assert main([*args, "--orgnr", OTHER]) == 3  # tied to it, read only
    assert "Arbeidsflate: Annen kommune" in capsys.readouterr().out
    assert main(args) == 3  # a file is enough: no workspace needed to read it


def test_bad_suffix_and_bad_input_exit_2(tmp_path, capsys):
    args = ["unopened", "--import", str(DEMO_CSV)]
    assert main([*args, "--out", str(tmp_path / "x.pdf")]) == 2
    assert main([*args, "--orgnr", "123"]) == 2
    assert "9 siffer" in capsys.readouterr().err
    assert main([*args, "--lagre"]) == 2
    assert "workspaces create" in capsys.readouterr().err
    with pytest.raises(SystemExit) as info:
        main([*args, "--svar", "2c", "--out", str(tmp_path / "x.xlsx")])
    assert info.value.code == 2


def test_unwritable_output_exits_1_but_keeps_the_run(workspace, tmp_path, capsys):
    blocker = tmp_path / "fil.txt"
    blocker.write_text("x")
    code = main(
        ["unopened", "--import", str(DEMO_CSV), "--out", str(blocker / "x.xlsx"), "--lagre"]
    )
    assert code == 1
    assert "Kontrollen er lagret, men listen ble ikke lagret" in capsys.readouterr().err


UNFAMILIAR = (
    "Forsendelse-ID;Sendt;Status;Mottaker;Kundenr;Taushetsbelagt\n"
    "11111111-1111-4111-8111-111111111111;01.10.2026 10:00;VARSLET;Lia AS;320067855;Ja\n"
    "22222222-2222-4222-8222-222222222222;02.10.2026 10:00;Varslet;Fjordvik AS;320000009;Ja\n"
)


def test_an_orgnr_column_with_an_unfamiliar_header_is_still_checked(tmp_path, capsys):
    path = tmp_path / "eksport.csv"
    path.write_text(UNFAMILIAR, encoding="utf-8")
    assert main(["unopened", "--import", str(path)]) == 3
    out = capsys.readouterr().out
    assert "Brev i faresonen: 2, til 2 mottakere." in out
    assert "«Kundenr» som «Mottakers organisasjonsnummer eller fødselsnummer»" in out


def test_letters_that_cannot_be_tied_to_a_recipient_are_never_an_all_clear(tmp_path, capsys):
    path = tmp_path / "eksport.csv"
    path.write_text(
        UNFAMILIAR.replace("320067855", "ukjent").replace("320000009", "–"), encoding="utf-8"
    )
    assert main(["unopened", "--import", str(path)]) == 4
    out = capsys.readouterr().out
    assert out.startswith("OBS: 2 uåpnede brev kan ikke knyttes til en mottaker")
    assert "Brev i faresonen: ingen. Fant ingen" not in out
    with pytest.raises(SystemExit):
        main(["unopened", "--help"])
    assert "4 = uåpnede brev som ikke kan knyttes til en mottaker" in " ".join(
        capsys.readouterr().out.split()
    )


def test_a_file_alone_is_enough_and_nothing_is_written(tmp_path, capsys):
    from desktop_app.storage.paths import app_paths

    out_file = tmp_path / "liste.xlsx"
    code = main(["unopened", "--import", str(DEMO_CSV), "--orgnr", VALID, "--out", str(out_file)])
    assert code == 3
    out = capsys.readouterr().out
    assert "Kommune: org.nr 987 654 325 (ingen arbeidsflate)" in out
    assert "Kontrollen er ikke lagret" in out
    assert out_file.exists()
    assert not app_paths().database.exists()  # no store was made


def test_saved_only_when_asked(workspace, tmp_path, capsys):
    from desktop_app.storage.audit import AuditLog
    from desktop_app.storage.database import Database
    from desktop_app.storage.paths import app_paths

    def actions() -> list[str]:
        with Database.open(app_paths().database) as db:
            return [e.action for e in AuditLog(db).entries()]

    before = actions()
    assert main(["unopened", "--import", str(DEMO_CSV)]) == 3
    assert actions() == before
    assert main(["unopened", "--import", str(DEMO_CSV), "--lagre"]) == 3
    assert actions() == [*before, "check.done"]


TWO_IDS = (
    "Nøkkel;Sak;Tilstand;Foretak\n"
    "11111111-1111-4111-8111-111111111111;11111111-1111-4111-8111-111111111199;VARSLET;320067855\n"
)


def test_kolonne_says_which_column_is_which_and_is_remembered(workspace, tmp_path, capsys):
    path = tmp_path / "to-id.csv"
    path.write_text(TWO_IDS, encoding="utf-8")
    assert main(["unopened", "--import", str(path)]) == 1
    err = capsys.readouterr().err
    assert "Kolonnene «Nøkkel» og «Sak» kan begge være «Forsendelse-ID»" in err
    assert "--kolonne" in err
    assert main(["unopened", "--import", str(path), "--kolonne", "id=nøkkel"]) == 3
    capsys.readouterr()
    assert main(["unopened", "--import", str(path), "--kolonne", "orgnr=Borte"]) == 2
    assert "«Nøkkel», «Sak», «Tilstand», «Foretak»" in capsys.readouterr().err
    assert main(["unopened", "--import", str(path), "--kolonne", "farge=Sak"]) == 2
    assert "Feltene er:" in capsys.readouterr().err
    # Remembered when the check is saved; the next run needs no --kolonne.
    assert main(["unopened", "--import", str(path), "--kolonne", "id=Nøkkel", "--lagre"]) == 3
    capsys.readouterr()
    assert main(["unopened", "--import", str(path)]) == 3


def test_every_field_name_in_the_help_is_accepted():
    from desktop_app.cli import _COLUMN_HELP
    from desktop_app.importers.svarut_export import field_by_name

    assert all(field_by_name(name) is not None for name, _what in _COLUMN_HELP)
