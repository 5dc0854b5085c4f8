"""Sandbox Dialogporten end-user API: ``GET …/dialogporten/api/v1/enduser/dialogs[/{id}]``.

Holds Altinn's reminder dialogs for unopened confidential post [V] altinn.md §6.2 (resource
``digdir-reminder-unopened-confidential-correspondences``, sender Digdir, status
``RequiresAttention``, title "Din virksomhet har uåpnet taushetsbelagt post") for the
municipality (310000000) and the child-welfare unit (310300004), plus one ordinary dialog.
Filters ``party`` and ``serviceResource`` (repeatable, OR-ed), ``status``; pages of ``limit``
(default :attr:`DialogState.page_size`) with ``continuationToken`` [I]. A token whose
``scope`` claim lacks ``digdir:dialogporten`` gets 403 [V].
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from desktop_app.sandbox._altinn import Deny, caller, state_of
from desktop_app.sandbox.server import HttpProblem, Request, Response, Sandbox

# Øving's own literal path; the client side names the same one in
# desktop_app/integrations/environments.py (tests/unit/test_sandbox_independent.py).
PREFIX = "/altinn/dialogporten/api/v1/enduser"
REMINDER = "urn:altinn:resource:digdir-reminder-unopened-confidential-correspondences"
SCOPE = "digdir:dialogporten"


def _text(value: str) -> dict[str, Any]:
    return {"value": [{"value": value, "languageCode": "nb"}], "mediaType": "text/plain"}


def _dialog(n: int, orgnr: str, resource: str, title: str, status: str, days_ago: int) -> dict:
    when = (datetime.now(UTC) - timedelta(days=days_ago)).replace(microsecond=0).isoformat()
    return {
        "id": f"0194f1c2-5a6b-7c8d-9e0f-{n:012d}",
        "org": "digdir",
        "serviceResource": resource,
        "serviceResourceType": "GenericAccessResource",
        "party": f"urn:altinn:organization:identifier-no:{orgnr}",
        "status": status,
        "createdAt": when,
        "updatedAt": when,
        "seenSinceLastUpdate": [],
        "content": {
            "title": _text(title),
            "summary": _text(
                "Noen i virksomheten må gi seg selv eller andre tilgang for å lese den."
            ),
            "senderName": _text("Digitaliseringsdirektoratet"),
        },
    }


REMINDER_TITLE = "Din virksomhet har uåpnet taushetsbelagt post"


@dataclass
class DialogState:
    dialogs: list[dict[str, Any]] = field(
        default_factory=lambda: [
            _dialog(1, "310000000", REMINDER, REMINDER_TITLE, "RequiresAttention", 9),
            _dialog(2, "310300004", REMINDER, REMINDER_TITLE, "RequiresAttention", 15),
            _dialog(
                3,
                "310000000",
                "urn:altinn:resource:sandkasse-melding",
                "Melding om tilsyn (sandkasse)",
                "NotApplicable",
                2,
            ),
        ]
    )
    page_size: int = 100


def dialog_state(sandbox: Sandbox) -> DialogState:
    return sandbox.service_state("dialogporten", DialogState)


def register(sandbox: Sandbox) -> None:
    shared = state_of(sandbox)
    state = dialog_state(sandbox)

    @sandbox.route("GET", PREFIX + "/dialogs")
    def search(request: Request) -> Response:
        caller(request, SCOPE)
        parties = set(request.query_all.get("party", []))
        resources = set(request.query_all.get("serviceResource", []))
        statuses = set(request.query_all.get("status", []))
        try:
            limit = int(request.query.get("limit") or state.page_size)
            start = int(request.query.get("continuationToken") or 0)
        except ValueError:
            raise HttpProblem(400, detail="Invalid limit or continuationToken.") from None
        with shared.lock:
            hits = [
                d
                for d in state.dialogs
                if (not parties or d["party"] in parties)
                and (not resources or d["serviceResource"] in resources)
                and (not statuses or d["status"] in statuses)
            ]
        page = hits[start : start + limit]
        more = start + limit < len(hits)
        return Response.json(
            {
                "items": page,
                "hasNextPage": more,
                "continuationToken": str(start + limit) if more else None,
                "orderBy": "updatedAt_desc,id_desc",
            }
        )

    @sandbox.route("GET", PREFIX + "/dialogs/{dialog_id}")
    def one(request: Request) -> Response:
        caller(request, SCOPE)
        for d in state.dialogs:
            if d["id"] == request.params["dialog_id"]:
                return Response.json(d)
        raise Deny(404)
