"""Sandbox Altinn: the ID-porten token exchange and ``authorizedparties``.

Exchange (auth.md §3; altinn-authentication ``AuthenticationController.cs``):
``GET {altinn}/authentication/api/v1/exchange/id-porten``. No or unreadable bearer → 401
with an empty body; a token ID-porten did not sign, or expired → 401; no scope starting
with ``altinn:`` → 403 (``Forbid()``: empty body); a person who is not in the cast → 401;
otherwise 200 with the Altinn JWT as ``text/plain`` (a JSON string when the client accepts
only JSON), expiring with the ID-porten token ([V] ``AuthenticateIdPortenToken`` calls
``GenerateToken(principal, token.ValidTo)``). Tokens are checked against Øving's clock
(:meth:`desktop_app.sandbox.idporten.IdPortenState.now`).

Authorized parties (altinn.md §2.1; ``AuthorizedPartiesController.cs``):
``GET {altinn}/accessmanagement/api/v1/enduser/authorizedparties`` with the Altinn token;
401 without a valid token, 403 without scope ``altinn:accessmanagement/authorizedparties``
(or ``altinn:portal/enduser``); 200 ``{"links": {"next": null}, "data": [...]}``. The
daglig leder of Fjordvik gets the person's own party and the municipality with its units;
the IT coordinator gets the municipality through a delegated package; others only
themselves.

Other sandbox modules check an Altinn token with :func:`altinn_claims`.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

import jwt
from cryptography.hazmat.primitives.asymmetric import rsa

from desktop_app.sandbox import _altinn, _fiction
from desktop_app.sandbox.idporten import _lazy_key, bearer, state_for, verify_access_token
from desktop_app.sandbox.idporten import issuer as idporten_issuer
from desktop_app.sandbox.server import HttpProblem, Request, Response, Sandbox

# Øving's own literal path; the client side names the same one in
# desktop_app/integrations/environments.py (tests/unit/test_sandbox_independent.py).
PREFIX = "/altinn"
AUTH = PREFIX + "/authentication/api/v1"
ENDUSER = PREFIX + "/accessmanagement/api/v1/enduser"
PARTIES_SCOPES = frozenset({"altinn:accessmanagement/authorizedparties", "altinn:portal/enduser"})

# Package URNs as Altinn spells them [V] (PackageConstants.cs, altinn-authorization-tmp).
DAGL_PACKAGES = (
    "urn:altinn:accesspackage:hovedadministrator",
    "urn:altinn:accesspackage:tilgangsstyrer",
    "urn:altinn:accesspackage:maskinporten-administrator",
    "urn:altinn:accesspackage:maskinporten-scopes",
)
IT_PACKAGES = (
    "urn:altinn:accesspackage:tilgangsstyrer",
    "urn:altinn:accesspackage:ordinaer-post-til-virksomheten",
)


@dataclass
class AltinnAuthState:
    kid: str = field(default_factory=lambda: "altinn-sandkasse-" + uuid.uuid4().hex[:8])
    _key: rsa.RSAPrivateKey | None = field(default=None, repr=False)

    @property
    def key(self) -> rsa.RSAPrivateKey:
        return _lazy_key(self)


def _state(sandbox: Sandbox) -> AltinnAuthState:
    return sandbox.service_state("altinn_authentication", AltinnAuthState)


def _altinn_issuer(request: Request) -> str:
    return f"http://{request.header('Host')}{AUTH}/openid/"


def _ids(pid: str) -> tuple[int, int, str]:
    """Stable made-up Altinn user id, party id and party UUID for a person in the cast."""
    index = next(i for i, p in enumerate(_fiction.PEOPLE) if p.pid == pid)
    return 20_000_000 + index, 50_000_000 + index, _altinn.person_uuid(pid)


def org_party_uuid(orgnr: str) -> str:
    """The sandbox partyUuid of an organisation: the one every Altinn sandbox module uses."""
    return _altinn.party_uuid(orgnr)


def altinn_claims(
    sandbox: Sandbox, request: Request, required_scopes: frozenset[str] | None = None
) -> dict[str, Any]:
    """The claims of the valid sandbox Altinn token in ``request``.

    Raises :class:`HttpProblem` 401 (missing, forged or expired) or 403 (none of
    ``required_scopes`` in the token's ``scope``).
    """
    token = bearer(request)
    if token is None:
        raise HttpProblem(401, detail="Missing bearer token.")
    try:
        claims = jwt.decode(
            token,
            _state(sandbox).key.public_key(),
            algorithms=["RS256"],
            issuer=_altinn_issuer(request),
            options={
                "verify_aud": False,
                "verify_exp": False,
                "verify_nbf": False,
                "verify_iat": False,
                "require": ["exp"],
            },
        )
    except jwt.PyJWTError:
        raise HttpProblem(401, detail="Invalid or expired token.") from None
    if int(claims["exp"]) <= state_for(sandbox).now():  # Øving's clock (tests move it)
        raise HttpProblem(401, detail="Invalid or expired token.")
    if required_scopes is not None and not required_scopes & set(
        str(claims.get("scope", "")).split()
    ):
        raise HttpProblem(403, detail="Missing scope.")
    return claims


def _party(
    org: _fiction.Organisation,
    roles: tuple[str, ...],
    packages: tuple[str, ...],
    children: dict[str | None, list[_fiction.Organisation]],
) -> dict[str, Any]:
    index = [o.orgnr for o in _fiction.organisations()].index(org.orgnr)
    return {
        "partyUuid": org_party_uuid(org.orgnr),
        "name": org.name,
        "organizationNumber": org.orgnr,
        "personId": None,
        "dateOfBirth": None,
        "partyId": 51_000_000 + index,
        "type": "Organization",
        "unitType": org.form,
        "isDeleted": False,
        "onlyHierarchyElementWithNoAccess": False,
        "authorizedAccessPackages": list(packages),
        "authorizedResources": [],
        "authorizedRoles": list(roles),
        "authorizedInstances": [],
        "subunits": [_party(c, roles, packages, children) for c in children.get(org.orgnr, [])],
    }


def parties_for(pid: str) -> list[dict[str, Any]]:
    person = _fiction.person(pid)
    if person is None:
        return []
    _user, party_id, party_uuid = _ids(pid)
    own = {
        "partyUuid": party_uuid,
        "name": person.name.upper(),
        "organizationNumber": None,
        "personId": person.pid,
        "dateOfBirth": None,
        "partyId": party_id,
        "type": "Person",
        "unitType": None,
        "isDeleted": False,
        "onlyHierarchyElementWithNoAccess": False,
        "authorizedAccessPackages": [],
        "authorizedResources": [],
        "authorizedRoles": ["PRIV"],
        "authorizedInstances": [],
        "subunits": [],
    }
    children: dict[str | None, list[_fiction.Organisation]] = {}
    for org in _fiction.organisations():
        children.setdefault(org.parent, []).append(org)
    municipality = _fiction.organisation(_fiction.MUNICIPALITY_ORGNR)
    result = [own]
    if municipality is None:
        return result
    if person == _fiction.DAGLIG_LEDER:
        result.append(_party(municipality, ("DAGL",), DAGL_PACKAGES, children))
    elif person == _fiction.PEOPLE[1]:  # the IT coordinator: a delegated package
        result.append(_party(municipality, (), IT_PACKAGES, children))
    return result


def register(sandbox: Sandbox) -> None:
    state = _state(sandbox)

    @sandbox.route("GET", AUTH + "/exchange/id-porten")
    def exchange(request: Request) -> Response:
        idporten = state_for(sandbox)
        claims = verify_access_token(idporten, request, idporten_issuer(request))
        if claims is None:
            return Response(401)
        scopes = str(claims.get("scope", "")).split()
        if not any(s.startswith("altinn:") for s in scopes):
            return Response(403)
        pid = str(claims["pid"])
        if _fiction.person(pid) is None:
            return Response(401)  # not in Register
        user_id, party_id, party_uuid = _ids(pid)
        now = int(idporten.now())
        level = "4" if claims.get("acr") == "idporten-loa-high" else "3"
        token = jwt.encode(
            {
                "nameid": str(user_id),
                "urn:altinn:userid": str(user_id),
                "urn:altinn:partyid": str(party_id),
                "urn:altinn:party:uuid": party_uuid,
                "urn:altinn:authenticatemethod": "TestID",
                "urn:altinn:authlevel": level,
                "pid": pid,
                "acr": claims.get("acr"),
                "client_id": claims.get("client_id"),
                "scope": " ".join(scopes),
                "iss": _altinn_issuer(request),
                "iat": now,
                "nbf": now,
                "exp": int(claims["exp"]),  # the same expiry as the ID-porten token
                "jti": uuid.uuid4().hex,
            },
            state.key,
            algorithm="RS256",
            headers={"kid": state.kid},
        )
        accept = request.header("Accept") or "*/*"
        if "text/plain" not in accept and "*/*" not in accept and "json" in accept:
            return Response.text(f'"{token}"', content_type="application/json; charset=utf-8")
        return Response.text(token)

    @sandbox.route("GET", ENDUSER + "/authorizedparties")
    def authorizedparties(request: Request) -> Response:
        claims = altinn_claims(sandbox, request, PARTIES_SCOPES)
        parties = parties_for(str(claims.get("pid", "")))
        if request.query.get("includeAccessPackages", "false").lower() != "true":
            parties = [_strip(p, "authorizedAccessPackages") for p in parties]
        if request.query.get("includeRoles", "false").lower() != "true":
            parties = [_strip(p, "authorizedRoles") for p in parties]
        return Response.json({"links": {"next": None}, "data": parties})


def _strip(party: dict[str, Any], key: str) -> dict[str, Any]:
    return {**party, key: [], "subunits": [_strip(s, key) for s in party["subunits"]]}
