"""Sandbox Altinn Profile API: organisation notification addresses (``…/mandatory``).

Contract [V] altinn.md §5.1: GET list (404 when the organisation has none [V]), GET one,
POST (201 new with Location, 200 when the address already existed), PUT (409 same address
exists), DELETE (200 with the deleted address, 409 for the last one). Unknown org numbers:
400 "not valid in enhetsregisteret". Errors are ASP.NET ProblemDetails without a code.

Validation re-implemented from Altinn's source, with Altinn's own texts [V]
Altinn/altinn-profile @ 92998aa (2026-08-06), ``Models/OrganizationNotificationAddresses/
NotificationAddressRequest.cs``, ``NotificationAddressModel.cs``, ``Validators/
PhoneNumberValidator.cs``, ``Validators/CustomRegexForNotificationAddressesAttribute.cs``:
first the property regexes (ASP.NET's ``RegularExpressionAttribute``: the whole value must
match; its default text), then ``Validate``: exactly one of e-mail or phone (blank counts as
missing), ``countryCode`` with phone and not with e-mail, libphonenumber ``IsValidNumber(
Parse(countryCode + phone, "NO"))`` (the Python port here), and for ``+47`` 8 digits starting
with 4 or 9.

``POST /_sandbox/altinn/features {"profile_enforce_scope": true}`` turns on the scope check
(``altinn:portal/enduser``) that is off in Altinn's code as of 2026-08 [V]: then a token that
shows other scopes gets 403.

The ``profile_down`` switch (:mod:`desktop_app.sandbox.server`) makes every call answer 503.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import phonenumbers

from desktop_app.sandbox import _fiction
from desktop_app.sandbox._altinn import Deny, caller, state_of, validation_problem
from desktop_app.sandbox.server import HttpProblem, Request, Response, Sandbox, problem

# Øving's own literal path; the client side names the same one in
# desktop_app/integrations/environments.py (tests/unit/test_sandbox_independent.py).
PREFIX = "/altinn/profile/api/v1"

# CustomRegexForNotificationAddressesAttribute: OrganizationEmail, -Phone, -CountryCode.
EMAIL = re.compile(
    r"^((([a-zA-Z0-9!#$%&'*+\-=?\^_`{}~])+(\.([a-zA-Z0-9!#$%&'*+\-=?\^_`{}~])+)*)@"
    r"(((([a-zA-Z0-9æøåÆØÅ]([a-zA-Z0-9\-æøåÆØÅ]{0,61})[a-zA-Z0-9æøåÆØÅ]\.)|"
    r"[a-zA-Z0-9æøåÆØÅ]\.){1,9})([a-zA-Z]{2,14})))$"
)
PHONE = re.compile(r"(^[0-9]+$)")
COUNTRY = re.compile(r"(^\+([0-9]{1,3}))")


def _regex_text(field_name: str, pattern: re.Pattern[str]) -> str:
    """ASP.NET's default RegularExpressionAttribute message."""
    return f"The field {field_name} must match the regular expression '{pattern.pattern}'."


def _whole(pattern: re.Pattern[str], value: str) -> bool:
    match = pattern.match(value)
    return match is not None and match.end() == len(value)


def _valid_number(country: str, phone: str) -> bool:
    """PhoneNumberValidator.IsValidPhoneNumber plus the +47 rule of IsValidPhoneNumber()."""
    try:
        valid = phonenumbers.is_valid_number(phonenumbers.parse(country + phone, "NO"))
    except phonenumbers.NumberParseException:
        valid = False
    if country == "+47" and (len(phone) != 8 or not phone.startswith(("9", "4"))):
        valid = False
    return valid


@dataclass
class ProfileState:
    addresses: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    next_id: int = 1

    def add(self, orgnr: str, email: str | None, country: str | None, phone: str | None) -> dict:
        item = {
            "notificationAddressId": self.next_id,
            "email": email,
            "countryCode": country,
            "phone": phone,
        }
        self.next_id += 1
        self.addresses.setdefault(orgnr, []).append(item)
        return item


def _initial() -> ProfileState:
    state = ProfileState()
    state.add("310000000", "postmottak@fjordvik.example", None, None)
    state.add("310000000", None, "+47", "41234500")
    state.add("310100005", "helse.post@fjordvik.example", None, None)
    return state


def _validated(body: Any) -> tuple[str | None, str | None, str | None]:
    if not isinstance(body, dict):
        raise validation_problem({"request": ["A non-empty request body is required."]})
    values = {}
    for key in ("email", "countryCode", "phone"):
        value = body.get(key)
        if value is not None and not isinstance(value, str):  # System.Text.Json's text [G]
            raise validation_problem(
                {
                    f"$.{key}": [
                        f"The JSON value could not be converted to System.String. Path: $.{key}"
                    ]
                }
            )
        values[key] = value
    email, country, phone = values["email"], values["countryCode"], values["phone"]
    errors: dict[str, list[str]] = {}
    for name, value, pattern in (
        ("CountryCode", country, COUNTRY),
        ("Email", email, EMAIL),
        ("Phone", phone, PHONE),
    ):
        if value and not _whole(pattern, value):  # the attribute lets null and "" pass
            errors[name] = [_regex_text(name, pattern)]
    if errors:
        raise validation_problem(errors)
    has_email, has_phone = bool((email or "").strip()), bool((phone or "").strip())
    has_country = bool((country or "").strip())
    both = ["Phone", "Email"]
    if not has_email and not has_phone:
        raise validation_problem({k: ["Either Phone or Email must be specified."] for k in both})
    if has_email and has_phone:
        raise validation_problem(
            {
                k: ["Cannot provide both Phone and Email for the same notification address."]
                for k in both
            }
        )
    if has_phone:
        if not has_country:
            raise validation_problem({"CountryCode": ["CountryCode is required with Phone."]})
        if not _valid_number(str(country), str(phone)):
            raise validation_problem({"Phone": ["Phone number is not valid."]})
        return None, country, phone
    if has_country:
        raise validation_problem({"CountryCode": ["CountryCode cannot be provided with Email."]})
    return email, None, None


def _same(item: dict, email: str | None, country: str | None, phone: str | None) -> bool:
    if email:
        return (item["email"] or "").lower() == email.lower()
    return item["countryCode"] == country and item["phone"] == phone


def register(sandbox: Sandbox) -> None:
    shared = state_of(sandbox)
    state = sandbox.service_state("altinn_profile", _initial)
    lock = shared.lock
    known = {o.orgnr for o in _fiction.organisations()}

    sandbox.declare_switch("profile_down", "Altinn Profil svarer ikke (503).")

    def guard(request: Request) -> str:
        if sandbox.switch("profile_down"):
            raise HttpProblem(503, detail="Service Unavailable")
        scopes = ("altinn:portal/enduser",) if shared.features.get("profile_enforce_scope") else ()
        caller(request, *scopes)
        orgnr = request.params["orgnr"]
        if not (orgnr.isdigit() and len(orgnr) == 9):
            raise HttpProblem(400, detail="Invalid Organization Number")
        if orgnr not in known:
            raise HttpProblem(
                400, detail="The provided organization number is not valid in enhetsregisteret."
            )
        return orgnr

    def find(orgnr: str, address_id: str) -> dict:
        for item in state.addresses.get(orgnr, []):
            if str(item["notificationAddressId"]) == address_id:
                return item
        raise Deny(404)

    base = PREFIX + "/organizations/{orgnr}/notificationaddresses/mandatory"

    @sandbox.route("GET", base)
    def list_addresses(request: Request) -> Response:
        orgnr = guard(request)
        with lock:
            items = [dict(i) for i in state.addresses.get(orgnr, [])]
        if not items:
            return problem(404, detail="No notification addresses found for the organization.")
        return Response.json({"organizationNumber": orgnr, "notificationAddresses": items})

    @sandbox.route("GET", base + "/{address_id}")
    def one(request: Request) -> Response:
        orgnr = guard(request)
        with lock:
            return Response.json(dict(find(orgnr, request.params["address_id"])))

    @sandbox.route("POST", base)
    def add(request: Request) -> Response:
        orgnr = guard(request)
        email, country, phone = _validated(request.json)
        with lock:
            for item in state.addresses.get(orgnr, []):
                if _same(item, email, country, phone):
                    return Response.json(dict(item), 200)
            item = state.add(orgnr, email, country, phone)
        location = f"{request.path}/{item['notificationAddressId']}"
        return Response.json(dict(item), 201, headers={"Location": location})

    @sandbox.route("PUT", base + "/{address_id}")
    def change(request: Request) -> Response:
        orgnr = guard(request)
        email, country, phone = _validated(request.json)
        with lock:
            item = find(orgnr, request.params["address_id"])
            for other in state.addresses.get(orgnr, []):
                if other is not item and _same(other, email, country, phone):
                    return problem(
                        409, detail="A notification address with the same address already exists."
                    )
            item.update({"email": email, "countryCode": country, "phone": phone})
            return Response.json(dict(item))

    @sandbox.route("DELETE", base + "/{address_id}")
    def remove(request: Request) -> Response:
        orgnr = guard(request)
        with lock:
            item = find(orgnr, request.params["address_id"])
            items = state.addresses[orgnr]
            if len(items) == 1:
                return problem(409, detail="Cannot delete the last notification address")
            items.remove(item)
            return Response.json(dict(item))
