"""Enhetsregisteret (Brønnøysundregistrene's open data API): a municipality's org numbers.

Public API, no sign-in (``shared/reference/enhetsregisteret.md``). Calls used:

* ``GET /enheter/{orgnr}`` and ``GET /underenheter/{orgnr}``: one unit; 404/410 → None,
  a deleted unit is 200 with ``slettedato`` (§6).
* ``GET /enheter?overordnetEnhet=…`` and ``GET /underenheter?overordnetEnhet=…``: the units
  below a parent, paged (``page`` from 0, ``size``; ``page*size`` at most 10 000; an empty
  page has no ``_embedded``) (§4).
* ``GET /enheter/{orgnr}/roller``: the roles, for daglig leder (§5.3).

:func:`fetch_inventory` walks down from the municipality (§8.2) and returns every unit as
an :class:`~desktop_app.domain.organizations.OrgUnit`; :func:`daglig_leder` gives the name
of a unit's daglig leder (the DPI wizard uses it).

Why not the ``brreg`` package from PyPI (python-brreg, well kept): its base URL is fixed
inside ``Client.open()`` (it cannot be pointed at the Øving sandbox or at TT02-style
URLs), it has no timeouts, retries, 429 handling or cancel, version 1.5 brings a second
HTTP stack (``httpx2``) and pydantic into the installer, and its org.nr check has no
mod-11. Four GET calls and paging on :mod:`desktop_app.integrations.http` are smaller.
Its models and fixtures were the reference for the field names and edge cases here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import httpx

from desktop_app.domain.cancellation import Cancelled
from desktop_app.domain.organizations import SOURCE_REGISTRY, OrgUnit, UnitStatus
from desktop_app.integrations.environments import ServiceUrls
from desktop_app.integrations.http import ServiceError, make_client, request_with_retries

SERVICE = "Enhetsregisteret"

# Media types pinned per resource [V] enhetsregisteret.md §3; plain JSON answers are read too.
ACCEPT_ENHET = "application/vnd.brreg.enhetsregisteret.enhet.v2+json;charset=UTF-8"
ACCEPT_UNDERENHET = "application/vnd.brreg.enhetsregisteret.underenhet.v2+json;charset=UTF-8"
ACCEPT_ROLLER = "application/vnd.brreg.enhetsregisteret.rolle.v1+json;charset=UTF-8"

# Rows per page. The largest allowed ``size`` is not documented [G] enhetsregisteret.md §4.3;
# 100 is modest. The documented limit is page*size <= 10 000 [V].
PAGE_SIZE = 100
MAX_DEPTH = 10_000

# Role code of daglig leder [V] §5.3. A role counts only when neither ``avregistrert`` nor
# ``fratraadt`` is true (``fratraadt`` [G], seen in public fixtures).
DAGLIG_LEDER_ROLE = "DAGL"

# How deep the walk follows organisasjonsledd under organisasjonsledd (a guard, [I] §8.2).
MAX_LEVELS = 8

ProgressFn = Callable[[int, int, str], None]


class UnitNotFound(ServiceError):
    """The organisation number is not in Enhetsregisteret (404/410)."""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


# -- reading the JSON ------------------------------------------------------------------------


def _date(value: Any) -> str | None:
    """ISO date or None; the API writes missing dates as ``""`` too [V] §5.1."""
    return value if isinstance(value, str) and value.strip() else None


def format_address(address: Any) -> str:
    """``{"adresse": ["Tyvholmen 1", null], "postnummer": "0122", "poststed": "OSLO"}`` →
    ``"Tyvholmen 1, 0122 OSLO"``. Foreign addresses get the country at the end."""
    if not isinstance(address, dict):
        return ""
    lines = [str(line).strip() for line in address.get("adresse") or [] if line]
    place = " ".join(
        str(address[key]).strip() for key in ("postnummer", "poststed") if address.get(key)
    )
    parts = [line for line in lines if line] + ([place] if place else [])
    if address.get("landkode") not in (None, "", "NO") and address.get("land"):
        parts.append(str(address["land"]))
    return ", ".join(parts)


def unit_from_json(data: dict[str, Any], fetched_at: str | None = None) -> OrgUnit:
    """One enhet or underenhet as an :class:`OrgUnit` (without daglig leder)."""
    form = data.get("organisasjonsform") or {}
    address = (
        data.get("beliggenhetsadresse") or data.get("forretningsadresse") or data.get("postadresse")
    )
    deleted_on = _date(data.get("slettedato"))
    status, status_date = UnitStatus.ACTIVE, None
    if deleted_on:
        status, status_date = UnitStatus.DELETED, deleted_on
    elif data.get("konkurs"):
        status, status_date = UnitStatus.BANKRUPT, _date(data.get("konkursdato"))
    elif data.get("underTvangsavviklingEllerTvangsopplosning"):
        status = UnitStatus.FORCED_WINDING_UP
    elif data.get("underAvvikling"):
        status = UnitStatus.WINDING_UP
    elif _date(data.get("nedleggelsesdato")):
        status, status_date = UnitStatus.CLOSED, _date(data.get("nedleggelsesdato"))
    return OrgUnit(
        orgnr=str(data["organisasjonsnummer"]),
        name=str(data.get("navn") or ""),
        org_form=str(form.get("kode") or "") if isinstance(form, dict) else str(form),
        parent_orgnr=_date(data.get("overordnetEnhet")),
        source=SOURCE_REGISTRY,
        deleted=bool(deleted_on),
        address=format_address(address),
        status=status.value,
        status_date=status_date,
        fetched_at=fetched_at,
    )


def _person_name(person: dict[str, Any]) -> str:
    navn = person.get("navn") or {}
    if isinstance(navn, str):
        return navn
    return " ".join(
        str(navn[key]).strip() for key in ("fornavn", "mellomnavn", "etternavn") if navn.get(key)
    )


def daglig_leder_from_roles(body: dict[str, Any]) -> str | None:
    """The name of the active daglig leder in a ``/roller`` answer, or None."""
    for group in body.get("rollegrupper") or []:
        for role in group.get("roller") or []:
            kind = (role.get("type") or {}).get("kode")
            if kind != DAGLIG_LEDER_ROLE or role.get("avregistrert") or role.get("fratraadt"):
                continue
            if isinstance(role.get("person"), dict):
                name = _person_name(role["person"])
            elif isinstance(role.get("enhet"), dict):  # a company as daglig leder
                raw = role["enhet"].get("navn")
                name = " ".join(raw) if isinstance(raw, list) else str(raw or "")
            else:
                name = ""
            if name.strip():
                return " ".join(name.split())
    return None


# -- the client ------------------------------------------------------------------------------


class EnhetsregisteretClient:
    """A small client for the open API. ``with EnhetsregisteretClient(urls) as er: …``

    ``cancel`` (returns True to stop) and ``sleep`` (a wait that wakes on cancel, e.g.
    ``TaskState.wait``) are passed to every request; 5xx, timeouts and 429 are retried.
    """

    def __init__(
        self,
        base: ServiceUrls | str,
        *,
        client: httpx.Client | None = None,
        cancel: Callable[[], bool] | None = None,
        sleep: Callable[[float], None] | None = None,
        page_size: int = PAGE_SIZE,
        max_attempts: int = 4,
        min_interval: float | None = None,
    ) -> None:
        base_url = base.enhetsregisteret_api if isinstance(base, ServiceUrls) else base
        self._own = client is None
        polite = {} if min_interval is None else {"min_interval": min_interval}
        self._client = client or make_client(base_url.rstrip("/"), **polite)
        self._cancel = cancel
        self._sleep = sleep
        self.page_size = max(1, min(page_size, MAX_DEPTH))
        self._max_attempts = max_attempts

    def __enter__(self) -> EnhetsregisteretClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._own:
            self._client.close()

    def _get(self, path: str, accept: str, params: dict[str, Any] | None = None) -> httpx.Response:
        extra: dict[str, Any] = {"sleep": self._sleep} if self._sleep is not None else {}
        return request_with_retries(
            self._client,
            "GET",
            path,
            idempotent=True,
            service=SERVICE,
            cancel=self._cancel,
            accept_statuses=(404, 410),
            params=params,
            headers={"Accept": f"{accept}, application/json;q=0.5"},
            max_attempts=self._max_attempts,
            **extra,
        )

    @staticmethod
    def _json(response: httpx.Response) -> dict[str, Any]:
        try:
            body = response.json()
        except ValueError:
            body = None
        if not isinstance(body, dict):
            raise ServiceError(
                "Enhetsregisteret svarte med noe Postvakt ikke forstår. Prøv igjen om litt.",
                status=response.status_code,
                retryable=True,
            )
        return body

    # -- single units -------------------------------------------------------------------
    def get_enhet(self, orgnr: str) -> dict[str, Any] | None:
        """The hovedenhet (KOMM, ORGL …) as JSON, or None when unknown/removed."""
        response = self._get(f"/enheter/{orgnr}", ACCEPT_ENHET)
        return None if response.status_code in (404, 410) else self._json(response)

    def get_underenhet(self, orgnr: str) -> dict[str, Any] | None:
        response = self._get(f"/underenheter/{orgnr}", ACCEPT_UNDERENHET)
        return None if response.status_code in (404, 410) else self._json(response)

    def lookup(self, orgnr: str, fetched_at: str | None = None) -> OrgUnit | None:
        """Any unit by number: first as hovedenhet, then as underenhet. None if neither."""
        data = self.get_enhet(orgnr)
        if data is not None:
            unit = unit_from_json(data, fetched_at)
            return _with_leader(unit, self.daglig_leder(orgnr))
        data = self.get_underenhet(orgnr)
        return None if data is None else unit_from_json(data, fetched_at)

    # -- roles --------------------------------------------------------------------------
    def roller(self, orgnr: str) -> dict[str, Any]:
        """The roles of a hovedenhet (``{"rollegrupper": []}`` when it has none/is unknown)."""
        response = self._get(f"/enheter/{orgnr}/roller", ACCEPT_ROLLER)
        if response.status_code in (404, 410):
            return {"rollegrupper": []}
        return self._json(response)

    def daglig_leder(self, orgnr: str) -> str | None:
        """The name of the unit's daglig leder, or None (none registered, or underenhet)."""
        return daglig_leder_from_roles(self.roller(orgnr))

    # -- searches -----------------------------------------------------------------------
    def search(self, kind: str, **params: Any) -> Iterator[dict[str, Any]]:
        """Every hit of ``/enheter`` or ``/underenheter`` (``kind``), page by page."""
        if kind not in ("enheter", "underenheter"):
            raise ValueError(kind)
        accept = ACCEPT_ENHET if kind == "enheter" else ACCEPT_UNDERENHET
        page = 0
        while page * self.page_size < MAX_DEPTH:
            if self._cancel is not None and self._cancel():
                raise Cancelled
            query = {**params, "page": page, "size": self.page_size}
            response = self._get(f"/{kind}", accept, query)
            if response.status_code in (404, 410):
                return
            body = self._json(response)
            yield from (body.get("_embedded") or {}).get(kind) or []
            total_pages = int((body.get("page") or {}).get("totalPages") or 0)
            page += 1
            if page >= total_pages or "next" not in (body.get("_links") or {}):
                return

    def children(self, parent: str, fetched_at: str | None = None) -> list[OrgUnit]:
        """Organisasjonsledd (and other enheter) and underenheter directly below ``parent``."""
        found = [
            unit_from_json(d, fetched_at) for d in self.search("enheter", overordnetEnhet=parent)
        ]
        found += [
            unit_from_json(d, fetched_at)
            for d in self.search("underenheter", overordnetEnhet=parent)
        ]
        return found


def _with_leader(unit: OrgUnit, name: str | None) -> OrgUnit:
    return replace(unit, daglig_leder=name)


def fetch_inventory(
    er: EnhetsregisteretClient,
    municipality_orgnr: str,
    *,
    progress: ProgressFn | None = None,
    check: Callable[[], None] | None = None,
    fetched_at: str | None = None,
) -> list[OrgUnit]:
    """The municipality and everything below it, breadth first (reference §8.2).

    Hovedenheter (the municipality, its organisasjonsledd) get their daglig leder from the
    roles. Deleted units are kept and flagged (``deleted``); their children are still
    fetched. Raises :class:`UnitNotFound` when the municipality's number is unknown.
    """
    when = fetched_at or _now()
    report = progress or (lambda _d, _t, _s: None)
    stop = check or (lambda: None)
    top = er.get_enhet(municipality_orgnr)
    if top is None:
        raise UnitNotFound(
            f"Enhetsregisteret kjenner ikke organisasjonsnummeret {municipality_orgnr}. "
            "Sjekk nummeret til arbeidsflaten (kommunens eget organisasjonsnummer).",
            status=404,
        )
    root = unit_from_json(top, when)
    units: dict[str, OrgUnit] = {root.orgnr: root}
    queue: list[tuple[str, int]] = [(root.orgnr, 0)]
    done = 0
    while queue:
        stop()
        parent, level = queue.pop(0)
        report(
            done,
            done + len(queue) + 1,
            f"Henter enhetene under {units[parent].name} ({len(units)} funnet så langt)",
        )
        for child in er.children(parent, when):
            if child.orgnr in units:
                continue  # a loop in the register; seen already
            units[child.orgnr] = child
            if child.org_form not in ("BEDR", "AAFY") and level + 1 < MAX_LEVELS:
                queue.append((child.orgnr, level + 1))
        done += 1
    main_units = [u for u in units.values() if u.org_form not in ("BEDR", "AAFY")]
    for i, unit in enumerate(main_units):
        stop()
        report(i, len(main_units), f"Henter daglig leder for {unit.name}")
        units[unit.orgnr] = _with_leader(unit, er.daglig_leder(unit.orgnr))
    report(len(main_units), len(main_units), f"Fant {len(units)} enheter")
    return list(units.values())


def find_municipality(er: EnhetsregisteretClient, kommunenummer: str) -> list[OrgUnit]:
    """The KOMM units registered at a 4-digit kommunenummer (forretningsadresse), deleted
    ones last (old municipalities after a merger keep theirs with slettedato) [I] §8.2."""
    found = [
        unit_from_json(d)
        for d in er.search("enheter", organisasjonsform="KOMM", kommunenummer=kommunenummer)
    ]
    return sorted(found, key=lambda u: (u.deleted, u.name))


def daglig_leder(
    orgnr: str, urls: ServiceUrls, *, cancel: Callable[[], bool] | None = None
) -> str | None:
    """The name of the daglig leder of ``orgnr`` from the roles (None when none is registered
    or the number is unknown). Raises :class:`ServiceError` when the register cannot be
    reached. For the DPI wizard: ``daglig_leder(ws.orgnr, ctx.service_urls())``."""
    with EnhetsregisteretClient(urls, cancel=cancel) as er:
        return er.daglig_leder(orgnr)
