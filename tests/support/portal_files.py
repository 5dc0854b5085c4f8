"""The Altinn portal's «Last ned til fil» as its own source defines it
(tests/contracts/portal-delegation-export), built without Postvakt's reader."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

CONTRACT = json.loads(
    (
        Path(__file__).parents[1]
        / "contracts"
        / "portal-delegation-export"
        / "delegation-export.from-source.json"
    ).read_text(encoding="utf-8")
)
PACKAGE = "urn:altinn:accesspackage:post-til-virksomheten-med-taushetsbelagt-innhold"
ORDINARY = "urn:altinn:accesspackage:ordinaer-post-til-virksomheten"
MUNI, CHILD, SCHOOL = "310000000", "310300004", "310500003"


def portal_csv(kind: str, rows: list[dict[str, str]], lang: str = "nb") -> bytes:
    """One CSV as the portal writes it: its columns in its order, ';', UTF-8 with BOM."""
    keys = CONTRACT["columns"][kind]
    names = CONTRACT["column_names"][lang]
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([names[k] for k in keys])
    for row in rows:
        writer.writerow([row.get(k, "") for k in keys])
    return out.getvalue().encode("utf-8-sig")


def portal_zip(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def grant(org: str, who: str, born: str, code: str, kind: str = "Person", **more) -> dict:
    return {
        "giver_orgnr": org,
        "giver_navn": "FJORDVIK KOMMUNE",
        "mottaker_navn": who,
        "mottaker_id": born,
        "mottaker_type": kind,
        "tilgangspakke_code": code,
        "tilgangspakke_navn": "Post til virksomheten med taushetsbelagt innhold"
        if code == PACKAGE
        else "Ordinær post til virksomheten",
        **more,
    }


def role(org: str, who: str, born: str, code: str, name: str) -> dict:
    return {
        "giver_orgnr": org,
        "giver_navn": "FJORDVIK KOMMUNE",
        "mottaker_navn": who,
        "mottaker_id": born,
        "mottaker_type": "Person",
        "rolle_code": code,
        "rolle_navn": name,
    }


def download(lang: str = "nb", packages=None, roles=None, extra=None) -> bytes:
    entries = CONTRACT["archive"]["entries"][lang]
    parts = {
        entries["roles"]: portal_csv(
            "roles",
            roles
            if roles is not None
            else [
                role(MUNI, "Ingrid Fjell Berg", "12.03.1971", "daglig-leder", "Daglig leder"),
                role(MUNI, "Per Lunde", "14.11.1978", "A0286", "Taushetsbelagt post"),
            ],
            lang,
        ),
        entries["accesspackages"]: portal_csv(
            "accesspackages",
            packages
            if packages is not None
            else [
                grant(MUNI, "Jonas Bakken", "01.02.1985", PACKAGE),
                grant(MUNI, "Ola Strand", "05.06.1983", ORDINARY),
                grant(CHILD, "Sara Holm", "23.09.1990", PACKAGE),
            ],
            lang,
        ),
    }
    parts.update(extra or {})
    return portal_zip(parts)
