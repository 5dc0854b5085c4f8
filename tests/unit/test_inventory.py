"""The inventory rules: the tree, what changed since last time, merging a refresh, and
reading a list of org numbers with bad lines."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop_app.domain.inventory import (
    ChangeKind,
    build_tree,
    diff_units,
    manual_unit,
    merge_refresh,
)
from desktop_app.domain.organizations import OrgUnit, UnitStatus
from desktop_app.importers.org_list import parse_org_list, read_org_list
from desktop_app.importers.tabular import TableError

KOMM = OrgUnit("310000000", "Fjordvik kommune", "KOMM", None, "enhetsregisteret")
HELSE = OrgUnit("310100005", "Helse og omsorg", "ORGL", "310000000", "enhetsregisteret")
OPPV = OrgUnit("310200018", "Oppvekst", "ORGL", "310000000", "enhetsregisteret")
SKOLE = OrgUnit("310500003", "Fjordvik skole", "BEDR", "310200018", "enhetsregisteret")
LEGE = OrgUnit("310400009", "Fjordvik legekontor", "BEDR", "310100005", "enhetsregisteret")
BEFORE = [KOMM, HELSE, OPPV, SKOLE, LEGE]


def kinds(changes):
    return [(c.kind, c.orgnr) for c in changes]


# -- what changed -----------------------------------------------------------------------


def test_nothing_changed_gives_no_changes():
    assert diff_units(BEFORE, list(reversed(BEFORE))) == []


def test_new_gone_renamed_moved_and_newly_deleted_are_each_reported():
    after = [
        KOMM,
        replace(HELSE, name="Helse, omsorg og velferd"),  # renamed
        OPPV,
        replace(SKOLE, parent_orgnr="310000000"),  # moved
        replace(LEGE, deleted=True, status="slettet"),  # newly deleted
        OrgUnit("312100002", "Fjordvik ungdomsskole", "BEDR", "310200018"),  # new
    ]
    changes = diff_units([*BEFORE, OrgUnit("313200000", "Bibliotek", "BEDR", "310000000")], after)
    assert kinds(changes) == [
        (ChangeKind.DELETED, "310400009"),  # needs action: first
        (ChangeKind.GONE, "313200000"),
        (ChangeKind.NEW, "312100002"),
        (ChangeKind.RENAMED, "310100005"),
        (ChangeKind.MOVED, "310500003"),
    ]
    renamed = changes[3]
    assert renamed.old_name == "Helse og omsorg" and renamed.name == "Helse, omsorg og velferd"
    moved = changes[4]
    assert (moved.old_parent, moved.new_parent) == ("310200018", "310000000")


def test_capitals_and_spacing_are_not_a_new_name_and_a_blank_name_is_filled_quietly():
    after = [replace(KOMM, name="FJORDVIK  KOMMUNE"), replace(HELSE, name="")]
    before = [KOMM, replace(HELSE, name="")]
    assert diff_units(before, after) == []
    assert diff_units([replace(HELSE, name="")], [HELSE]) == []


def test_a_unit_still_deleted_is_not_reported_again():
    deleted = replace(LEGE, deleted=True)
    assert diff_units([deleted], [deleted]) == []


def test_change_survives_json():
    from desktop_app.domain.inventory import Change

    change = diff_units([SKOLE], [replace(SKOLE, parent_orgnr="310000000")])[0]
    assert Change.from_json(change.as_json()) == change


# -- the tree ----------------------------------------------------------------------------


def test_tree_puts_the_municipality_on_top_and_units_under_their_parent():
    roots = build_tree([SKOLE, LEGE, OPPV, HELSE, KOMM])
    assert [r.unit.orgnr for r in roots] == ["310000000"]
    walked = [(depth, u.orgnr) for depth, u in roots[0].walk()]
    assert walked == [
        (0, "310000000"),
        (1, "310100005"),
        (2, "310400009"),
        (1, "310200018"),
        (2, "310500003"),
    ]


def test_unit_without_a_known_parent_is_a_root_and_a_loop_cannot_hang():
    hand = manual_unit("974760673", "Lagt til for hånd")
    a = OrgUnit("310700002", "A", "ORGL", "310800007")
    b = OrgUnit("310800007", "B", "ORGL", "310700002")
    roots = build_tree([KOMM, hand, a, b])
    assert sum(1 for r in roots for _ in r.walk()) == 4
    assert roots[0].unit == KOMM and hand in [r.unit for r in roots]


# -- merging a refresh -------------------------------------------------------------------


def test_merge_keeps_manual_and_deleted_units_and_drops_units_that_left():
    hand = manual_unit("974760673", "Fjordvik havn")
    lost = manual_unit("399000009", "Feilskrevet")
    saved = [KOMM, HELSE, LEGE, hand, lost]
    fetched = [
        replace(KOMM, name="FJORDVIK KOMMUNE", address="Rådhusplassen 1"),
        replace(HELSE, name="HELSE OG VELFERD"),
    ]
    looked_up = {
        "310400009": replace(LEGE, deleted=True, status="slettet", status_date="2026-01-01"),
        "974760673": OrgUnit(
            "974760673", "FJORDVIK HAVN KF", "KF", "999999999", "enhetsregisteret", status="aktiv"
        ),
        "399000009": None,
    }
    merged = {u.orgnr: u for u in merge_refresh(saved, fetched, looked_up, "2026-11-23T10:00")}
    assert set(merged) == {"310000000", "310100005", "310400009", "974760673", "399000009"}
    # The saved spelling stays when only the capitals differ; a real new name is taken.
    assert merged["310000000"].name == "Fjordvik kommune"
    assert merged["310000000"].address == "Rådhusplassen 1"
    assert merged["310100005"].name == "HELSE OG VELFERD"
    assert merged["310400009"].deleted
    assert merged["974760673"].source == "manuell" and merged["974760673"].org_form == "KF"
    assert merged["974760673"].parent_orgnr is None  # its parent is outside the list
    assert merged["399000009"].unit_status is UnitStatus.NOT_FOUND

    gone = merge_refresh([KOMM, SKOLE], [KOMM], {"310500003": None})
    assert [u.orgnr for u in gone] == ["310000000"]
    moved_out = merge_refresh(
        [KOMM, SKOLE], [KOMM], {"310500003": replace(SKOLE, parent_orgnr="999999999")}
    )
    assert [u.orgnr for u in moved_out] == ["310000000"]


def test_problem_statuses_are_the_ones_shown_in_red():
    assert not UnitStatus.ACTIVE.is_problem and not UnitStatus.UNCHECKED.is_problem
    assert all(
        s.is_problem
        for s in (UnitStatus.DELETED, UnitStatus.CLOSED, UnitStatus.BANKRUPT, UnitStatus.NOT_FOUND)
    )
    assert replace(LEGE, deleted=True).unit_status is UnitStatus.DELETED
    assert replace(LEGE, status="noe nytt").unit_status is UnitStatus.UNCHECKED


# -- lists of org numbers ----------------------------------------------------------------


def test_csv_with_header_reads_numbers_and_names_and_reports_bad_lines_by_number():
    data = (
        b"Navn;Organisasjonsnummer\n"
        b"Fjordvik skole;310 500 003\n"
        b"Feil;310500004\n"
        b"\n"
        b"Legekontoret;310.400.009\n"
        b"Igjen;310500003\n"
    )
    result = read_org_list(data)
    assert [(u.line, u.orgnr, u.name) for u in result.units] == [
        (2, "310500003", "Fjordvik skole"),
        (5, "310400009", "Legekontoret"),
    ]
    assert [e.line for e in result.errors] == [3, 6]
    assert "Linje 3" in result.errors[0].reason and "Kontrollsifferet" in result.errors[0].reason
    assert "linje 2" in result.errors[1].reason


def test_list_without_header_and_pasted_lines_with_spaces():
    result = parse_org_list("310500003\t Fjordvik skole\n971 032 146 KS\n12345\n\n310400009\n")
    assert [(u.line, u.orgnr, u.name) for u in result.units] == [
        (1, "310500003", "Fjordvik skole"),
        (2, "971032146", "KS"),
        (5, "310400009", ""),
    ]
    assert [e.line for e in result.errors] == [3]
    assert "9 siffer" in result.errors[0].reason
    assert parse_org_list("   ").units == []


def test_spreadsheet_list_reads_like_a_csv(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Org.nr", "Navn"])
    sheet.append([310500003, "Fjordvik skole"])
    sheet.append(["abc", "Tull"])
    path = tmp_path / "liste.xlsx"
    book.save(path)
    result = read_org_list(path)
    assert [u.orgnr for u in result.units] == ["310500003"]
    assert [e.line for e in result.errors] == [3]


def test_a_file_that_is_no_table_says_so_without_talking_about_svarut(tmp_path):
    path = tmp_path / "tom.csv"
    path.write_bytes(b"")
    with pytest.raises(TableError) as caught:
        read_org_list(path)
    assert "SvarUt" not in str(caught.value) and "CSV" in str(caught.value)
