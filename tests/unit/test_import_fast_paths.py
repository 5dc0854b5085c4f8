"""The import takes shortcuts for speed: a line without a quote is split at the delimiter
instead of going through the csv module, dates and yes/no values are looked up in memos, and
the IDs are checked all together. These tests hold it to the plain rules, row by row: whatever
a file holds (quotes, quoted newlines, blank lines, rows too long or too short, bad values, any
line ending, UTF-8 or cp1252), the import gives the same shipments and the same messages, on
the same lines, in the same order, as the rules applied one row at a time with nothing done
for speed."""

from __future__ import annotations

import csv
import dataclasses
import io
import re
import uuid
from datetime import datetime, timedelta, timezone

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from desktop_app.domain.svarut import OSLO, Shipment, parse_status
from desktop_app.importers import svarut_export, tabular
from desktop_app.importers.svarut_export import (
    F,
    import_export,
    parse_bool,
    parse_datetime,
    suggest_mapping,
)
from desktop_app.importers.tabular import read_table

IDS = [
    "d563d56d-c887-417c-8b89-0fec6872d96b",
    "7f9ac098-8df0-4f25-95f1-9a51e41686cd",
    "375850f0-4d7a-4404-9e35-055f10481dfa",
    "6bc5b3b3-c6cf-481a-bd43-281c608f02b1",
    "0f0e8d2a-5b9c-4c56-9e0b-6a1d2f3e4c5b",
]
HEADERS = ["Forsendelse-ID", "Sendt", "Status", "Tittel", "Mottaker", "Orgnr",
           "Taushetsbelagt", "Kun digital", "Ekstern referanse", "Kanal"]  # fmt: skip

ids = st.one_of(
    st.sampled_from(IDS),
    st.sampled_from(IDS).map(str.upper),
    st.sampled_from(IDS).map(lambda s: "{" + s + "}"),
    st.sampled_from(["", "not-an-id", IDS[0][:-1]]),
)
statuses = st.sampled_from(
    ["VARSLET", "Varslet", "lest", "LEST", "Sendt digitalt", "IKKE_LEVERT", "PRINTET",
     "Forsvunnet", "", " VARSLET "]
)  # fmt: skip
dates = st.one_of(
    st.builds(
        "{:02d}.{:02d}.{} {:02d}:{:02d}".format,
        st.integers(1, 28), st.integers(1, 12), st.sampled_from([2025, 2026]),
        st.integers(0, 23), st.integers(0, 59),
    ),
    st.sampled_from(["06.01.2026 09:56:13", "2026-01-06T09:56:00+01:00", "2026-01-06",
                     "6.1.2026 9:56", "32.13.2026 25:00", "i går", "", "06.01.2026"]),
)  # fmt: skip
bools = st.sampled_from(["Ja", "Nei", "ja", "x", "", "1", "kanskje", " Ja "])
rids = st.sampled_from(["320135710", "971 032 146", "971.032.146", "", "12037100000", "ukjent"])
texts = st.one_of(
    st.sampled_from(["Vedtak i sak", "Brev", "", "  Bjørkås AS  ", "Søknad æøå"]),
    st.sampled_from(["Tittel; med semikolon", "To\r\nlinjer", 'Sitat "inni"', "Tab\tinne"]),
)
rows = st.fixed_dictionaries(
    {"Forsendelse-ID": ids, "Sendt": dates, "Status": statuses, "Tittel": texts,
     "Mottaker": texts, "Orgnr": rids, "Taushetsbelagt": bools, "Kun digital": bools,
     "Ekstern referanse": texts, "Kanal": st.just("Altinn")}
)  # fmt: skip


@st.composite
def exports(draw) -> bytes:
    """A messy export: some columns, rows with too few or too many cells, blank lines, quotes
    where a writer would put them (or not), mixed line endings, UTF-8 or cp1252."""
    headers = draw(st.lists(st.sampled_from(HEADERS[1:]), unique=True, max_size=len(HEADERS) - 1))
    headers = ["Forsendelse-ID", "Status", *[h for h in headers if h != "Status"]]
    delimiter = draw(st.sampled_from([";", ",", "\t"]))
    quoting = draw(st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL]))
    lines = []
    for record in draw(st.lists(rows, max_size=30)):
        cells = [record[h] for h in headers]
        shape = draw(st.sampled_from(["ok"] * 6 + ["short", "long", "trailing", "blank"]))
        if shape == "short":
            cells = cells[: draw(st.integers(1, len(cells)))]
        elif shape == "long":
            cells = [*cells, "overskudd"]
        elif shape == "trailing":
            cells = [*cells, ""]
        elif shape == "blank":
            lines.append("" if draw(st.booleans()) else delimiter * (len(cells) - 1))
            continue
        out = io.StringIO()
        csv.writer(out, delimiter=delimiter, quoting=quoting, lineterminator="").writerow(cells)
        lines.append(out.getvalue())
    header = delimiter.join(headers)
    ending = draw(st.sampled_from(["\r\n", "\n", "\r", "mixed"]))
    parts = [header]
    for line in lines:
        parts.append(draw(st.sampled_from(["\r\n", "\n", "\r"])) if ending == "mixed" else ending)
        parts.append(line)
    if draw(st.booleans()):
        parts.append("\r\n" if ending == "mixed" else ending)
    text = "".join(parts)
    return text.encode(draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252"])))


def reference_import(data: bytes):
    """The import's rules applied one row at a time, with nothing done for speed."""
    table = read_table(data)
    mapping = suggest_mapping(table.headers)
    width = len(table.headers)
    column = {f: table.headers.index(h) for h, f in mapping.columns.items()}
    shipments, errors = [], []
    for line, cells in list(table.rows):
        if len(cells) > width and any(c.strip() for c in cells[width:]):
            errors.append((line, True, "felt"))
            continue
        if len(cells) < width:  # read with the missing fields empty, and reported
            errors.append((line, False, "felt"))
        cells = [*cells[:width], *[""] * (width - len(cells))]

        def cell(f, cells=cells):
            return cells[column[f]] if f in column else ""

        status = parse_status(cell(F.STATUS))
        if status is None:
            errors.append((line, False, "status"))
        sent = parse_datetime(cell(F.SENT_AT)) if cell(F.SENT_AT) else None
        if F.SENT_AT in column and sent is None:
            errors.append((line, False, "dato"))
        flags = []
        for f in (F.CONFIDENTIAL, F.DIGITAL_ONLY):
            value = parse_bool(cell(f))
            if value not in (True, False, None):
                errors.append((line, False, "janei"))
                value = None
            flags.append(value)
        rid = cell(F.RECIPIENT_ID).strip()
        compact = rid.replace(" ", "").replace(".", "")
        shipments.append(
            [cell(F.ID), sent, status, cell(F.STATUS), cell(F.TITLE),
             cell(F.RECIPIENT_NAME).strip(), compact if compact.isdigit() else rid, *flags,
             cell(F.EXTERNAL_REF), line]
        )  # fmt: skip
    kept, first, skipped = [], {}, {}
    for values in shipments:
        raw, line = values[0], values[-1]
        sid = svarut_export._canonical_id(raw)
        if sid is None or first.setdefault(sid, line) != line:
            skipped[line] = (line, True, "id")
            continue
        kept.append([sid, *values[1:]])
    errors = [e for e in errors if e[0] not in skipped] + list(skipped.values())
    errors.sort(key=lambda e: e[0])
    return kept, errors, table.problems


KIND = {"Raden har": "felt", "Statusen": "status", "Status mangler": "status",
        "Datoen": "dato", "Kolonnen": "dato", "er verken ja": "janei",
        "står også": "id", "Forsendelse-ID mangler": "id", "er ikke en gyldig": "id"}  # fmt: skip


def kind_of(reason: str) -> str:
    return next(kind for start, kind in KIND.items() if start in reason)


def as_compared(result):
    shipments = [
        [s.id, s.sent_at, s.status, s.status_text, s.title, s.recipient_name, s.recipient_id,
         s.confidential, s.digital_only, s.external_ref, s.source_line]
        for s in result.shipments
    ]  # fmt: skip
    row_errors = [(e.line, e.skipped, kind_of(e.reason)) for e in result.errors if e.line]
    return shipments, row_errors


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(data=exports())
def test_import_matches_the_row_by_row_rules(data):
    try:
        expected_shipments, expected_errors, problems = reference_import(data)
    except tabular.TableError:
        assert import_export(data).file_error
        return
    result = import_export(data)
    shipments, errors = as_compared(result)
    assert shipments == expected_shipments
    unreadable = [(e.line, e.skipped) for e in problems]
    assert [e for e in errors if (e[0], e[1]) not in unreadable] == expected_errors


@settings(max_examples=60, deadline=None)
@given(data=exports())
def test_rows_are_the_csv_modules_records_with_their_lines(data):
    try:
        table = read_table(data)
    except tabular.TableError:
        return
    text = data.decode("utf-8-sig") if data.startswith(b"\xef\xbb\xbf") else None
    if text is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=table.delimiter)
    expected = []
    for row in reader:
        line = reader.line_num - row_newlines(row)
        if row:
            expected.append((line, row))
    header_at = next(i for i, (_, row) in enumerate(expected) if any(c.strip() for c in row))
    assert list(table.rows) == expected[header_at + 1 :]


def row_newlines(row: list[str]) -> int:
    """How many line breaks a record's quoted fields take (the csv module counts them)."""
    count = 0
    for cell in row:
        rest = cell.replace("\r\n", "")
        count += cell.count("\r\n") + rest.count("\r") + rest.count("\n")
    return count


STYLES = ["dd.mm.yyyy HH:MM", "yyyy-mm-ddTHH:MM", "yyyy-mm-dd HH:MM", "+01:00", "date"]


@settings(max_examples=60, deadline=None)
@given(
    moments=st.lists(
        st.tuples(
            # few days, so that most rows meet a day already read (the fast path); among
            # them 31.02 and the two days in 2026 when the clocks change
            st.integers(24, 31), st.sampled_from([2, 3, 10]), st.just(2026),
            st.integers(0, 24), st.integers(0, 60), st.one_of(st.none(), st.integers(0, 60)),
            st.sampled_from(STYLES),
        ),
        min_size=1,
        max_size=60,
    )
)  # fmt: skip
def test_every_written_date_and_time_is_read_as_the_calendar_says(moments):
    """Dates with and without seconds, Norwegian or ISO, impossible ones among them (31.02,
    24:00, :60), each read as datetime() reads it, or reported; in the row loop as in
    parse_datetime. Without an offset the time is Norwegian time."""
    written, expected = [], []
    for day, month, year, hour, minute, second, style in moments:
        if style == "date":
            hour = minute = second = 0
        zone = timezone(timedelta(hours=1)) if style == "+01:00" else OSLO
        try:
            moment = datetime(year, month, day, hour, minute, second or 0, tzinfo=zone)
        except ValueError:
            moment = None
        clock = f"{hour:02d}:{minute:02d}" + (f":{second:02d}" if second is not None else "")
        iso_day = f"{year}-{month:02d}-{day:02d}"
        text = {
            "dd.mm.yyyy HH:MM": f"{day:02d}.{month:02d}.{year} {clock}",
            "yyyy-mm-ddTHH:MM": f"{iso_day}T{clock}",
            "yyyy-mm-dd HH:MM": f"{iso_day} {clock}",
            "+01:00": f"{iso_day}T{clock}+01:00",
            "date": f"{day:02d}.{month:02d}.{year}" if day % 2 else iso_day,
        }[style]
        written.append(text)
        expected.append(moment)
    ids_ = [str(uuid.UUID(int=n + 1, version=4)) for n in range(len(written))]
    lines = ["Forsendelse-ID;Status;Sendt"] + [
        f"{sid};VARSLET;{text}" for sid, text in zip(ids_, written, strict=True)
    ]
    result = import_export("\r\n".join(lines).encode())
    assert [s.sent_at for s in result.shipments] == expected
    assert [parse_datetime(text) for text in written] == expected
    assert [s.sent_at.utcoffset() for s in result.shipments if s.sent_at] == [
        m.utcoffset() for m in expected if m
    ]
    assert [e.line for e in result.errors] == [
        line for line, m in enumerate(expected, start=2) if m is None
    ]


def large_export(ids: list[str]) -> bytes:
    lines = ["Forsendelse-ID;Status;Orgnr"] + [f"{sid};VARSLET;320135710" for sid in ids]
    return "\r\n".join(lines).encode()


def test_an_id_in_capitals_far_down_a_large_file_is_still_made_canonical():
    ids = [str(uuid.UUID(int=n, version=4)) for n in range(1, 3001)]
    written = ids.copy()
    written[2500] = ids[2500].upper()  # as another system may write it
    result = import_export(large_export(written))
    assert result.errors == []
    assert [s.id for s in result.shipments] == ids


def test_a_letter_twice_far_down_a_large_file_is_reported_with_its_first_line():
    ids = [str(uuid.UUID(int=n, version=4)) for n in range(1, 3001)]
    result = import_export(large_export([*ids, ids[10]]))
    assert [s.id for s in result.shipments] == ids
    assert [(e.line, e.skipped) for e in result.errors] == [(3002, True)]
    assert "står også på linje 12" in result.errors[0].reason


def test_letters_to_one_org_number_keep_the_name_each_row_gives():
    """Letters to the same business share its cleaned org.nr and name; a row that names the
    recipient differently under the same org.nr keeps the name it gives."""
    header = "Forsendelse-ID;Status;Mottaker;Orgnr\r\n"
    rows = [
        f"{IDS[0]};VARSLET; Bjørkås AS ;971 032 146",
        f"{IDS[1]};VARSLET;Bjørkås AS;971032146",
        f"{IDS[2]};LEST; Bjørkås AS ;971 032 146",
        f"{IDS[3]};LEST;Bjørkås Eiendom AS;971 032 146",
        f"{IDS[4]};LEST; Bjørkås AS ;971 032 146",
    ]
    result = import_export((header + "\r\n".join(rows)).encode("cp1252"))
    assert [(e.line, e.skipped) for e in result.errors] == [(None, False)]  # the encoding guess
    assert [(s.recipient_name, s.recipient_id) for s in result.shipments] == [
        ("Bjørkås AS", "971032146"),
        ("Bjørkås AS", "971032146"),
        ("Bjørkås AS", "971032146"),
        ("Bjørkås Eiendom AS", "971032146"),
        ("Bjørkås AS", "971032146"),
    ]


CANONICAL = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


@st.composite
def id_lists(draw) -> list[str]:
    """Canonical IDs, a few of them spoilt in one place: a character changed (to a hyphen, a
    capital, a newline, a letter past f, a non-ASCII letter), added, taken out, or swapped
    with the next (which moves a hyphen); or the last digit of one ID moved to the start of
    the next, which keeps every hyphen where it was in the joined text."""
    count = draw(st.sampled_from([1, 2, 1023, 1024, 1025, 2100]))
    ids = [str(uuid.UUID(int=draw(st.integers(0, 2**128 - 1)), version=4)) for _ in range(3)]
    ids = [ids[n % 3] for n in range(count)]
    for _ in range(draw(st.integers(0, 2))):
        n = draw(st.integers(0, count - 1))
        text = ids[n]  # (36 characters, or one more or less when spoilt before)
        at = draw(st.sampled_from([7, 8, 12, 13, 17, 18, 22, 23, 35]) | st.integers(0, 34))
        at = min(at, len(text) - 1)
        new = draw(st.sampled_from(["-", "A", "\n", "g", "é", "0"]))
        ids[n] = draw(
            st.sampled_from([
                text[:at] + new + text[at + 1 :],
                text[:at] + new + text[at:],
                text[:at] + text[at + 1 :],
                text[:at] + text[at + 1 : at + 2] + text[at] + text[at + 2 :],
            ])
        )  # fmt: skip
    if count > 1 and draw(st.booleans()):  # the last digit of one ID moved to the next ID
        n = draw(st.integers(0, count - 2))
        ids[n], ids[n + 1] = ids[n][:-1], ids[n][-1] + ids[n + 1]
    return ids


@settings(max_examples=200, deadline=None)
@given(ids=id_lists())
@example(ids=[*IDS[:2], IDS[2][:-1]])  # the last ID a digit short
@example(ids=[IDS[0], IDS[1].replace("0", "é", 1)])  # not ASCII
@example(ids=[IDS[0][:-1], IDS[0][-1] + IDS[1]])  # hyphens in place, the newline not
@example(ids=[IDS[0], IDS[1][:8] + IDS[1][9] + IDS[1][8] + IDS[1][10:]])  # a hyphen moved
@example(ids=[*IDS, IDS[0].upper()])
def test_the_ids_are_found_canonical_exactly_when_each_one_is(ids):
    assert svarut_export._all_canonical_ids(ids) == all(CANONICAL.fullmatch(i) for i in ids)


def test_the_import_sets_every_field_of_a_shipment():
    """The import builds shipments field by field (for speed): a field added to the class
    and not to the import would be missing on every imported letter."""
    header = "Forsendelse-ID;Status;Sendt;Tittel;Mottaker;Orgnr;Taushetsbelagt;Kun digital\r\n"
    row = f"{IDS[0]};VARSLET;06.01.2026 09:56;Vedtak;Bjørkås AS;971032146;Ja;Nei\r\n"
    result = import_export((header + row).encode())
    (shipment,) = result.shipments
    names = [f.name for f in dataclasses.fields(Shipment)]
    assert [n for n in names if not hasattr(shipment, n)] == []
