"""Sandbox Altinn Resource Registry: ``GET …/resourceregistry/api/v1/resource/Search``.

Filters as the real service [V] altinn.md §3.4: ``Reference`` is a case-insensitive *contains*
on ``resourceReferences[].reference`` (so ``digitalpostinnbygger:send`` also finds the
``…:send-test`` resource below, and the client must keep only the exact scope); ``ResourceType``
equal; ``Title``, ``Id`` contains. No token needed. Response: a JSON list of
``ServiceResource`` with the members Altinn's published document requires (``identifier``,
``title``, ``description``, ``contactPoints``, ``hasCompetentAuthority``) [V]; enums as their
names, as the service writes them (``JsonStringEnumConverter``) [V]; contact points empty [G].
The resource ids are the sandbox's own; Postvakt finds them by scope, as in production.
"""

from __future__ import annotations

from typing import Any

from desktop_app.sandbox.server import Request, Response, Sandbox

# The sandbox keeps its own literal path (Øving never imports the clients' constants); the
# client side names the same prefix in desktop_app/integrations/environments.py.
PREFIX = "/altinn/resourceregistry/api/v1"

_DIGDIR = {
    "organization": "991825827",
    "orgcode": "digdir",
    "name": {"nb": "Digitaliseringsdirektoratet", "en": "Norwegian Digitalisation Agency"},
}


def _maskinporten(identifier: str, title: str, scope: str, delegable: bool = True) -> dict:
    return {
        "identifier": identifier,
        "title": {"nb": title, "nn": title, "en": title},
        "description": {"nb": f"Gir Maskinporten-scopet {scope}."},
        "contactPoints": [],
        "resourceType": "MaskinportenSchema",
        "status": "Completed",
        "delegable": delegable,
        "visible": True,
        "hasCompetentAuthority": _DIGDIR,
        "resourceReferences": [
            {"referenceSource": "Default", "reference": scope, "referenceType": "MaskinportenScope"}
        ],
    }


RESOURCES: tuple[dict[str, Any], ...] = (
    _maskinporten(
        "sandkasse-dpi-send",
        "Deleger rettighet til å sende DPI-meldinger på vegne av virksomheten",
        "digitalpostinnbygger:send",
    ),
    _maskinporten(
        "sandkasse-dpi-send-test",
        "DPI testtilgang (sandkasse)",
        "digitalpostinnbygger:send-test",
    ),
    _maskinporten(
        "sandkasse-ikke-delegerbar",
        "Ikke-delegerbart API (sandkasse)",
        "sandkasse:ikke-delegerbar",
        delegable=False,
    ),
    {
        "identifier": "digdir-reminder-unopened-confidential-correspondences",
        "title": {"nb": "Påminnelse om uåpnet taushetsbelagt post"},
        "description": {"nb": "Påminnelser fra Digdir om uåpnet taushetsbelagt post."},
        "contactPoints": [],
        "resourceType": "GenericAccessResource",
        "status": "Completed",
        "delegable": False,
        "visible": False,
        "hasCompetentAuthority": _DIGDIR,
        "resourceReferences": [],
    },
)


def resource(identifier: str) -> dict[str, Any] | None:
    return next((r for r in RESOURCES if r["identifier"] == identifier), None)


def _title_text(res: dict[str, Any]) -> str:
    return " ".join(str(v) for v in (res.get("title") or {}).values())


def register(sandbox: Sandbox) -> None:
    @sandbox.route("GET", PREFIX + "/resource/Search")
    def search(request: Request) -> Response:
        q = {k.lower(): v.strip().lower() for k, v in request.query.items() if v.strip()}
        hits = []
        for res in RESOURCES:
            refs = [str(r.get("reference", "")).lower() for r in res["resourceReferences"]]
            if "reference" in q and not any(q["reference"] in r for r in refs):
                continue
            if "resourcetype" in q and res["resourceType"].lower() != q["resourcetype"]:
                continue
            if "title" in q and q["title"] not in _title_text(res).lower():
                continue
            if "id" in q and q["id"] not in res["identifier"].lower():
                continue
            hits.append(res)
        return Response.json(hits)

    @sandbox.route("GET", PREFIX + "/resource/{identifier}")
    def one(request: Request) -> Response:
        res = resource(request.params["identifier"])
        if res is None:
            return Response(404)
        return Response.json(res)
