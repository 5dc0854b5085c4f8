"""What the sandbox's Altinn services share: party ids, the caller, switches, Altinn errors.

* Party UUIDs are derived from the org number or fødselsnummer (:func:`party_uuid`,
  :func:`person_uuid`), so every sandbox module (and the sandbox ``authorizedparties``) gives
  the same organisation the same ``partyUuid`` without sharing state.
* The bearer token: a missing or empty one answers 401 with an empty body and
  ``WWW-Authenticate: Bearer``, as ASP.NET does. Any non-empty token is accepted. When it is
  a JWT (the sandbox ID-porten's), its ``pid`` claim says who calls (default: the daglig
  leder) and its ``scope`` claim is checked: a required scope missing answers 403 (empty
  body). Signatures are not checked here.
* :class:`AltinnSandboxState` (``state_of(sandbox)``): switches shared by the Altinn modules,
  changed by tests or by ``POST /_sandbox/altinn/features`` (e.g.
  ``{"maskinportensuppliers": false}`` for an Altinn where that API is not switched on).
"""

from __future__ import annotations

import base64
import json
import threading
import uuid
from dataclasses import dataclass, field
from typing import Any

from desktop_app.sandbox import _fiction
from desktop_app.sandbox.server import HttpProblem, Request, Response, Sandbox, problem

_NS = uuid.UUID("5b0c1d2e-7a41-4c55-9d8e-0a7f3c2b9e11")  # Postvakt sandbox namespace


def party_uuid(orgnr: str) -> str:
    """The sandbox partyUuid of an organisation (stable across runs and modules)."""
    return str(uuid.uuid5(_NS, f"urn:altinn:organization:identifier-no:{orgnr}"))


def person_uuid(pid: str) -> str:
    return str(uuid.uuid5(_NS, f"urn:altinn:person:identifier-no:{pid}"))


KS_NAME = "KS-KOMMUNESEKTORENS ORGANISASJON"


@dataclass(frozen=True)
class Party:
    uuid: str
    name: str
    type: str  # "Organisasjon" or "Person"
    orgnr: str | None = None
    pid: str | None = None
    variant: str | None = None  # organisasjonsform (KOMM, ORGL, BEDR) or "Person"

    def dto(self) -> dict[str, Any]:
        """``party`` in a ConnectionDto [V] altinn.md §3.2."""
        return {
            "id": self.uuid,
            "name": self.name,
            "type": self.type,
            "variant": "Person" if self.pid else self.variant,
            "organizationIdentifier": self.orgnr,
            "isDeleted": False,
            "parent": None,
            "children": None,
        }


def organisations() -> dict[str, Party]:
    """partyUuid → Party for Fjordvik's units and KS."""
    out = {
        party_uuid(o.orgnr): Party(
            party_uuid(o.orgnr), o.name, "Organisasjon", orgnr=o.orgnr, variant=o.form
        )
        for o in _fiction.organisations()
    }
    ks = Party(party_uuid(_fiction.KS_ORGNR), KS_NAME, "Organisasjon", orgnr=_fiction.KS_ORGNR)
    out[ks.uuid] = ks
    return out


def org_by_number(orgnr: str) -> Party | None:
    return next((p for p in organisations().values() if p.orgnr == orgnr), None)


def person_party(pid: str) -> Party | None:
    person = _fiction.person(pid)
    if person is None:
        return None
    return Party(person_uuid(pid), person.name, "Person", pid=pid)


def people() -> dict[str, Party]:
    return {
        person_uuid(p.pid): Party(person_uuid(p.pid), p.name, "Person", pid=p.pid)
        for p in _fiction.PEOPLE
    }


# ---------------------------------------------------------------------------- caller
class Deny(HttpProblem):
    """401/403 as ASP.NET sends them: no body."""

    def __init__(self, status: int) -> None:
        Exception.__init__(self, str(status))
        headers = {"WWW-Authenticate": "Bearer"} if status == 401 else {}
        self.response = Response(status, None, headers)


@dataclass(frozen=True)
class Caller:
    pid: str
    scopes: frozenset[str] | None  # None: the token says nothing about scopes


def _claims(token: str) -> dict[str, Any] | None:
    parts = token.split(".")
    if len(parts) != 3:
        return None
    try:
        data = json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
    except (ValueError, TypeError):
        return None
    return data if isinstance(data, dict) else None


def caller(request: Request, *any_scope: str) -> Caller:
    """The signed-in person; 401 without a token, 403 when the token lacks every scope."""
    header = request.header("Authorization") or ""
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Deny(401)
    claims = _claims(token.strip()) or {}
    scope = claims.get("scope")
    scopes = frozenset(scope.split()) if isinstance(scope, str) else None
    if any_scope and scopes is not None and not scopes.intersection(any_scope):
        raise Deny(403)
    pid = claims.get("pid") or claims.get("urn:altinn:ssn") or _fiction.DAGLIG_LEDER.pid
    return Caller(str(pid), scopes)


def altinn_problem(code: str, status: int, title: str, detail: str | None = None) -> HttpProblem:
    """An Altinn ProblemDetails error as the real service sends it [V]."""
    exc = HttpProblem(status)
    exc.response = problem(status, title, detail, code=code, type=f"urn:altinn:error:{code}")
    return exc


def validation_problem(errors: dict[str, list[str]]) -> HttpProblem:
    """ASP.NET ``ValidationProblemDetails`` (what the Profile API sends) [V] altinn.md §5.1."""
    exc = HttpProblem(400)
    exc.response = problem(
        400,
        "One or more validation errors occurred.",
        errors=errors,
        type="https://tools.ietf.org/html/rfc9110#section-15.5.1",
    )
    return exc


# ---------------------------------------------------------------------------- switches
@dataclass
class AltinnSandboxState:
    features: dict[str, bool] = field(
        default_factory=lambda: {
            "connections": True,  # FeatureGate EnduserControllerConnections
            "maskinportensuppliers": True,  # AccessManagement.Enduser.MaskinportenAdminApi
            "profile_enforce_scope": False,  # PortalAccessSettings.EnforceAccessCheck
        }
    )
    lock: threading.RLock = field(default_factory=threading.RLock)


def state_of(sandbox: Sandbox) -> AltinnSandboxState:
    def made() -> AltinnSandboxState:
        state = AltinnSandboxState()
        _register_admin(sandbox, state)  # once, with the state it switches
        return state

    return sandbox.service_state("altinn", made)


def _register_admin(sandbox: Sandbox, state: AltinnSandboxState) -> None:
    @sandbox.route("GET", "/_sandbox/altinn/features")
    def get_features(request: Request) -> Response:
        return Response.json(dict(state.features))

    @sandbox.route("POST", "/_sandbox/altinn/features")
    def set_features(request: Request) -> Response:
        data = request.json
        if not isinstance(data, dict) or not all(
            k in state.features and isinstance(v, bool) for k, v in data.items()
        ):
            raise HttpProblem(400, detail=f"Known switches: {', '.join(state.features)}.")
        with state.lock:
            state.features.update(data)
        return Response.json(dict(state.features))
