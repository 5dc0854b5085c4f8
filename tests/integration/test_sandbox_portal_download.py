"""Øving's «Last ned til fil»: the sandbox's own file, fetched over HTTP as a browser would,
has the portal's format (tests/contracts/portal-delegation-export) and reads into Postvakt."""

from __future__ import annotations

import csv
import io
import re
import zipfile

import httpx
from support.altinn import sandbox  # noqa: F401  (fixture)
from support.portal_files import CONTRACT

from desktop_app.importers.portal_export import read_portal_export

MUNI, OPPVEKST, CHILD, SCHOOL = "310000000", "310200018", "310300004", "310500003"


def fetch(sb, **query) -> httpx.Response:
    return httpx.get(f"{sb.base_url}/accessmanagement/api/v1/delegationexport", params=query)


def test_the_sandbox_file_has_the_portals_format(sandbox):  # noqa: F811
    answer = fetch(sandbox, orgnr=MUNI, includeSubunits="true")

    assert answer.status_code == 200 and answer.headers["content-type"] == "application/zip"
    name = re.search(r'filename="([^"]+)"', answer.headers["content-disposition"]).group(1)
    assert re.fullmatch(r"310000000_\d{4}-\d{2}-\d{2}\.zip", name)
    archive = zipfile.ZipFile(io.BytesIO(answer.content))
    assert set(archive.namelist()) == set(CONTRACT["archive"]["entries"]["nb"].values())
    packages = archive.read("tilgangspakker.csv")
    assert packages.startswith(b"\xef\xbb\xbf")
    header = next(csv.reader(io.StringIO(packages.decode("utf-8-sig")), delimiter=";"))
    names = CONTRACT["column_names"]["nb"]
    assert header == [names[k] for k in CONTRACT["columns"]["accesspackages"]]
    assert "12037140099" not in packages.decode("utf-8-sig")  # never a fødselsnummer


def test_postvakts_reader_reads_who_holds_confidential_post_from_it(sandbox):  # noqa: F811
    muni = fetch(sandbox, orgnr=MUNI, includeSubunits="true")
    name = re.search(r'filename="([^"]+)"', muni.headers["content-disposition"]).group(1)
    oppvekst = fetch(sandbox, orgnr=OPPVEKST, includeSubunits="true")

    holders = read_portal_export(muni.content, name).holders()
    under_oppvekst = read_portal_export(oppvekst.content, "310200018_2026-12-06.zip")

    assert sorted(n for n, _ in holders[MUNI].values()) == ["Jonas Bakken", "Per Lunde"]
    assert [c for _, c in under_oppvekst.holders()[CHILD].values()] == [{"A0287"}]
    assert under_oppvekst.errors == []


def test_without_sub_units_only_the_unit_itself_and_an_unknown_party_is_refused(sandbox):  # noqa: F811
    result = read_portal_export(fetch(sandbox, orgnr=MUNI).content, "310000000_2026-12-06.zip")
    assert set(result.units) == {MUNI}
    assert fetch(sandbox, orgnr="971032146").status_code == 403
