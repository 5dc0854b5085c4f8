"""Sandbox Enhetsregisteret: the open data API's shapes for the fictional Fjordvik kommune.

Serves what :mod:`desktop_app.integrations.enhetsregisteret` calls, as
``shared/reference/enhetsregisteret.md`` documents it: ``/enheter`` and ``/underenheter``
(search with ``overordnetEnhet``, ``organisasjonsnummer``, ``organisasjonsform``,
``kommunenummer``; paging with ``page``/``size``, at most 10 000 deep; no ``_embedded`` when
empty), ``/enheter/{orgnr}``, ``/underenheter/{orgnr}`` (404 unknown, 200 with
``slettedato`` when deleted) and ``/enheter/{orgnr}/roller``.

The data are :func:`desktop_app.sandbox._fiction.organisations`. Each sandbox has its own
copy in ``sandbox.enhetsregisteret`` (a :class:`Register`), so a test can rename, move,
delete or add a unit between two refreshes.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace
from functools import partial
from typing import Any
from urllib.parse import urlencode

from desktop_app.sandbox import _fiction
from desktop_app.sandbox._fiction import Organisation
from desktop_app.sandbox.server import Request, Response, Sandbox

# Øving's own literal path; the client side names the same one in
# desktop_app/integrations/environments.py (tests/unit/test_sandbox_independent.py).
PREFIX = "/brreg/enhetsregisteret/api"
JSON_ENHET = "application/vnd.brreg.enhetsregisteret.enhet.v2+json;charset=UTF-8"
JSON_UNDERENHET = "application/vnd.brreg.enhetsregisteret.underenhet.v2+json;charset=UTF-8"
JSON_ROLLER = "application/vnd.brreg.enhetsregisteret.rolle.v1+json;charset=UTF-8"
SUB_FORMS = frozenset({"BEDR", "AAFY"})

# Whether search results include deleted units is not documented [G] enhetsregisteret.md
# §8.2; the sandbox includes them (flagged with slettedato), the client copes either way.
SEARCH_INCLUDES_DELETED = True

FORM_TEXT = {  # [V] reference §7
    "KOMM": "Kommune",
    "ORGL": "Organisasjonsledd",
    "BEDR": "Underenhet til næringsdrivende og offentlig forvaltning",
    "AAFY": "Underenhet til ikke-næringsdrivende",
}


@dataclass
class Register:
    """The sandbox's units, changeable by tests (thread-safe)."""

    units: dict[str, Organisation]
    leaders: dict[str, str]  # orgnr → name of daglig leder
    lock: threading.Lock

    @classmethod
    def fictional(cls) -> Register:
        units = {o.orgnr: o for o in _fiction.organisations()}
        leaders = {nr: p.name for nr in units if (p := _fiction.daglig_leder_of(nr))}
        return cls(units, leaders, threading.Lock())

    def snapshot(self) -> list[Organisation]:
        with self.lock:
            return list(self.units.values())

    def get(self, orgnr: str) -> Organisation | None:
        with self.lock:
            return self.units.get(orgnr)

    # For tests and demos: change the register between two refreshes.
    def rename(self, orgnr: str, name: str) -> None:
        with self.lock:
            self.units[orgnr] = replace(self.units[orgnr], name=name)

    def move(self, orgnr: str, parent: str) -> None:
        with self.lock:
            self.units[orgnr] = replace(self.units[orgnr], parent=parent)

    def delete(self, orgnr: str, on: str = "2026-11-01") -> None:
        with self.lock:
            self.units[orgnr] = replace(self.units[orgnr], deleted_on=on)

    def remove(self, orgnr: str) -> None:
        with self.lock:
            self.units.pop(orgnr, None)

    def add(self, unit: Organisation) -> None:
        with self.lock:
            self.units[unit.orgnr] = unit


def _address(org: Organisation) -> dict[str, Any]:
    return {
        "adresse": [org.street] if org.street else [],
        "postnummer": _fiction.POSTNUMMER,
        "poststed": _fiction.POSTSTED,
        "kommunenummer": _fiction.KOMMUNENUMMER,
        "kommune": _fiction.POSTSTED,
        "landkode": "NO",
        "land": "Norge",
    }


def _unit_json(org: Organisation, base: str) -> dict[str, Any]:
    sub = org.form in SUB_FORMS
    kind = "underenheter" if sub else "enheter"
    data: dict[str, Any] = {
        "organisasjonsnummer": org.orgnr,
        "navn": org.name.upper(),  # the register writes names in capitals
        "organisasjonsform": {
            "kode": org.form,
            "beskrivelse": FORM_TEXT.get(org.form, org.form),
            "_links": {"self": {"href": f"{base}/organisasjonsformer/{org.form}"}},
        },
        "registreringsdatoEnhetsregisteret": "2020-01-01",
        "naeringskode1": {"kode": "84.110", "beskrivelse": "Generell offentlig administrasjon"},
        "_links": {"self": {"href": f"{base}/{kind}/{org.orgnr}"}},
    }
    if org.parent:
        data["overordnetEnhet"] = org.parent
        if sub:
            data["_links"]["overordnetEnhet"] = {"href": f"{base}/enheter/{org.parent}"}
    if sub:
        data["beliggenhetsadresse"] = _address(org)
        data["oppstartsdato"] = "2020-01-01"
    else:
        data["forretningsadresse"] = _address(org)
        data["institusjonellSektorkode"] = {"kode": "6500", "beskrivelse": "Kommuneforvaltningen"}
        data.update(
            konkurs=False, underAvvikling=False, underTvangsavviklingEllerTvangsopplosning=False
        )
    if org.deleted_on:
        data["slettedato"] = org.deleted_on
        if sub:
            data["nedleggelsesdato"] = org.deleted_on
    return data


def _page(kind: str, items: list[dict[str, Any]], request: Request, base: str) -> Response:
    try:
        page = int(request.query.get("page", "0"))
        size = int(request.query.get("size", "20"))
    except ValueError:
        return _bad_request(request, "page/size må være tall", ["page", "size"])
    if page < 0 or size < 1 or page * size > 10_000:
        return _bad_request(request, "Max dybde (page*size) er 10 000", ["page", "size"])
    total = len(items)
    pages = (total + size - 1) // size
    params = {k: v for k, v in request.query.items() if k not in ("page", "size")}

    def link(number: int | None = None) -> dict[str, str]:
        query = dict(params)
        if number is not None:
            query["page"] = str(number)
        query["size"] = str(size)
        return {"href": f"{base}/{kind}?{urlencode(query)}"}

    body: dict[str, Any] = {
        "_links": {"self": link()},
        "page": {"size": size, "totalElements": total, "totalPages": pages, "number": page},
    }
    chunk = items[page * size : (page + 1) * size]
    if chunk:
        body["_embedded"] = {kind: chunk}
    if pages:
        body["_links"]["first"] = link(0)
        body["_links"]["last"] = link(pages - 1)
        if page + 1 < pages:
            body["_links"]["next"] = link(page + 1)
        if page > 0:
            body["_links"]["prev"] = link(page - 1)
    content_type = JSON_ENHET if kind == "enheter" else JSON_UNDERENHET
    return Response.json(body, content_type=content_type)


def _bad_request(request: Request, message: str, parameters: list[str]) -> Response:
    """The error body as documented (reference §6)."""
    return Response.json(
        {
            "tidsstempel": 1776086343349,
            "status": 400,
            "feilmelding": "Ugyldig forespørsel",
            "valideringsfeil": [
                {
                    "feilmelding": message,
                    "parametere": parameters,
                    "feilaktigVerdi": str([request.query.get(p) for p in parameters]),
                }
            ],
            "sti": request.path,
            "antallFeil": 1,
        },
        400,
    )


def _not_found(request: Request, message: str) -> Response:
    return Response.json(
        {
            "tidsstempel": 1776086343349,
            "status": 404,
            "feilmelding": message,
            "sti": request.path,
            "antallFeil": 0,
        },
        404,
    )


def _matches(org: Organisation, query: dict[str, str]) -> bool:
    if not SEARCH_INCLUDES_DELETED and org.deleted:
        return False
    if "overordnetEnhet" in query and org.parent != query["overordnetEnhet"]:
        return False
    if "organisasjonsnummer" in query and org.orgnr not in query["organisasjonsnummer"].split(","):
        return False
    if "organisasjonsform" in query and org.form not in query["organisasjonsform"].split(","):
        return False
    return not ("kommunenummer" in query and query["kommunenummer"] != _fiction.KOMMUNENUMMER)


def register(sandbox: Sandbox) -> None:
    registry = Register.fictional()
    sandbox.enhetsregisteret = registry  # type: ignore[attr-defined]

    def base(request: Request) -> str:
        host = request.header("Host") or "127.0.0.1"
        return f"http://{host}{PREFIX}"

    def search(kind: str, request: Request) -> Response:
        want_sub = kind == "underenheter"
        found = sorted(
            (
                o
                for o in registry.snapshot()
                if (o.form in SUB_FORMS) == want_sub and _matches(o, request.query)
            ),
            key=lambda o: o.orgnr,
        )
        b = base(request)
        return _page(kind, [_unit_json(o, b) for o in found], request, b)

    def one(kind: str, request: Request) -> Response:
        org = registry.get(request.params["orgnr"])
        want_sub = kind == "underenheter"
        if org is None or (org.form in SUB_FORMS) != want_sub:
            text = "Underenhet finnes ikke" if want_sub else "Enheten finnes ikke"
            return _not_found(request, text)
        content_type = JSON_UNDERENHET if want_sub else JSON_ENHET
        return Response.json(_unit_json(org, base(request)), content_type=content_type)

    for kind in ("enheter", "underenheter"):
        sandbox.route("GET", f"{PREFIX}/{kind}")(partial(search, kind))
        sandbox.route("GET", f"{PREFIX}/{kind}/{{orgnr}}")(partial(one, kind))

    @sandbox.route("GET", PREFIX + "/enheter/{orgnr}/roller")
    def roller(request: Request) -> Response:
        orgnr = request.params["orgnr"]
        org = registry.get(orgnr)
        if org is None or org.form in SUB_FORMS:
            return _not_found(request, "Enheten finnes ikke")
        b = base(request)
        groups: list[dict[str, Any]] = []
        leader = registry.leaders.get(orgnr)
        if leader:
            first, _, last = leader.rpartition(" ")
            roles = [_person_role("DAGL", "Daglig leder", first, last, "1975-03-12", 0)]
            if orgnr == _fiction.MUNICIPALITY_ORGNR:
                # The one before her stepped down: listed, but no longer daglig leder.
                old = _person_role("DAGL", "Daglig leder", "Kari", "Nordby", "1958-09-01", 1)
                old["fratraadt"] = True
                roles.insert(0, old)
            groups.append(
                {
                    "type": {
                        "kode": "DAGL",
                        "beskrivelse": "Daglig leder/ adm.direktør",
                        "_links": {"self": {"href": f"{b}/roller/rollegruppetyper/DAGL"}},
                    },
                    "sistEndret": "2024-01-15",
                    "roller": roles,
                }
            )
        return Response.json(
            {
                "rollegrupper": groups,
                "_links": {
                    "self": {"href": f"{b}/enheter/{orgnr}/roller"},
                    "enhet": {"href": f"{b}/enheter/{orgnr}"},
                },
            },
            content_type=JSON_ROLLER,
        )


def _person_role(
    code: str, text: str, first: str, last: str, born: str, order: int
) -> dict[str, Any]:
    given, _, middle = first.partition(" ")
    navn = {"fornavn": given, "etternavn": last}
    if middle:
        navn["mellomnavn"] = middle
    return {
        "type": {"kode": code, "beskrivelse": text},
        "person": {"fodselsdato": born, "navn": navn, "erDoed": False},
        "avregistrert": False,
        "fratraadt": False,
        "rekkefolge": order,
    }
