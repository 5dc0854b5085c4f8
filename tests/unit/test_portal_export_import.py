"""Reading the Altinn portal's «Last ned til fil»: files built from the portal's own source
(tests/contracts/portal-delegation-export), not from the reader's constants."""

from __future__ import annotations

import io
import zipfile
from datetime import date

import pytest
from support.portal_files import (
    CHILD,
    CONTRACT,
    MUNI,
    PACKAGE,
    SCHOOL,
    download,
    grant,
    portal_csv,
    role,
)

from desktop_app.importers.portal_export import PortalExportError, read_portal_export


def test_reads_who_holds_confidential_post_per_org_number_from_the_zip():
    result = read_portal_export(download(), "310000000_2026-12-01.zip")

    holders = result.holders()
    assert {name: codes for name, codes in holders[MUNI].values()} == {
        "Jonas Bakken": {"PAKKE"},
        "Per Lunde": {"A0286"},
    }
    assert [name for name, _ in holders[CHILD].values()] == ["Sara Holm"]
    assert result.reportee == MUNI and result.downloaded_on == date(2026, 12, 1)
    assert set(result.units) == {MUNI, CHILD}
    assert result.errors == []


def test_a_sub_unit_seen_only_in_another_list_is_known_to_have_nobody():
    names = CONTRACT["column_names"]["nb"]
    single = (
        ";".join(names[k] for k in ("giver_orgnr", "giver_navn", "mottaker_navn")) + "\r\n"
        f"{SCHOOL};FJORDVIK SKOLE;Hanne Vik\r\n"
    ).encode("utf-8-sig")
    data = download(extra={CONTRACT["archive"]["entries"]["nb"]["singlerights"]: single})

    result = read_portal_export(data, "310000000_2026-12-01.zip")

    assert result.holders()[SCHOOL] == {}


@pytest.mark.parametrize("lang", ["nn", "en"])
def test_nynorsk_and_english_downloads_are_read(lang):
    result = read_portal_export(download(lang), "310000000_2026-12-01.zip")

    assert [n for n, _ in result.holders()[CHILD].values()] == ["Sara Holm"]


def test_a_bad_row_is_named_by_file_and_line_and_the_rest_is_read():
    packages = [
        grant(MUNI, "Jonas Bakken", "01.02.1985", PACKAGE),
        grant("310000001", "Feil Nummer", "01.01.1980", PACKAGE),
        grant(CHILD, "", "01.01.1980", PACKAGE),
        grant(CHILD, "Sara Holm", "23.09.1990", PACKAGE),
    ]
    result = read_portal_export(download(packages=packages), "310000000_2026-12-01.zip")

    reasons = [e.reason for e in result.errors]
    assert reasons[0].startswith("tilgangspakker.csv linje 3: «310000001»")
    assert reasons[1].startswith("tilgangspakker.csv linje 4: navnet")
    assert [n for n, _ in result.holders()[CHILD].values()] == ["Sara Holm"]


def test_the_formula_escape_is_taken_off_and_quoted_names_survive():
    packages = [grant(MUNI, '\'=Bakken; Jonas "JB"', "01.02.1985", PACKAGE)]
    result = read_portal_export(download(packages=packages, roles=[]), "x.zip")

    assert [n for n, _ in result.holders()[MUNI].values()] == ['=Bakken; Jonas "JB"']


def test_the_csv_taken_out_and_saved_again_by_excel_in_windows_1252_is_read():
    text = portal_csv("accesspackages", [grant(MUNI, "Åse Ørnes", "01.02.1985", PACKAGE)])
    resaved = text.decode("utf-8-sig").encode("cp1252")

    result = read_portal_export(resaved, "tilgangspakker.csv")

    assert [n for n, _ in result.holders()[MUNI].values()] == ["Åse Ørnes"]
    assert result.downloaded_on is None and result.reportee is None
    assert any("roller" in e.reason and not e.skipped for e in result.errors)


def test_an_organisation_holding_the_package_is_marked_as_one():
    packages = [grant(MUNI, "KS", "971032146", PACKAGE, kind="Organisasjon")]
    result = read_portal_export(download(packages=packages, roles=[]), "x.zip")

    assert [g.organisation for g in result.grants] == [True]


@pytest.mark.parametrize(
    ("data", "name", "says"),
    [
        (b"", "tom.zip", "er tom"),
        (b"Navn;Adresse\r\nKari;Gata 1\r\n", "liste.csv", "ser ikke ut som nedlastingen"),
        (
            portal_csv("roles", [role(MUNI, "Per Lunde", "1", "A0286", "x")]),
            "roller.csv",
            "bare rollene",
        ),
        (b"PK\x03\x04 not really a zip", "skadet.zip", "skadet zip-fil"),
    ],
)
def test_a_file_that_is_not_the_download_is_refused_with_a_message(data, name, says):
    with pytest.raises(PortalExportError) as error:
        read_portal_export(data, name)

    assert says in str(error.value)


def test_a_zip_bomb_is_refused_before_it_is_unpacked():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("tilgangspakker.csv", b"0" * (80 << 20))

    with pytest.raises(PortalExportError) as error:
        read_portal_export(buffer.getvalue(), "bombe.zip")

    assert "kan ikke leses trygt" in str(error.value)


def test_a_path_that_is_a_folder_is_refused(tmp_path):
    with pytest.raises(PortalExportError) as error:
        read_portal_export(tmp_path)

    assert "mappe" in str(error.value)
