"""Altinn Profile API: the organisation's notification addresses (varslingsadresser, KoFuVi).

Base URL ``ServiceUrls.profile`` (``…/profile/api/v1``) [V] altinn.md §5.1 (TT02 host [I]).
Needs a person's Altinn token (with a user id). Altinn syncs these addresses with
Brønnøysundregistrene, usually every ten minutes [V].

Use cases and the methods to call (confidential-post access wizard, notification step)
--------------------------------------------------------------------------------------
* List: :meth:`ProfileClient.notification_addresses` (``orgnr``) → list of
  :class:`NotificationAddress`. Altinn answers 404 when the organisation has none [V] (comment
  in Altinn's own portal backend: "403 if user does not have access to the organization or
  404 if no notification addresses are found"); that is an empty list here.
* Add: :meth:`~ProfileClient.add_email` / :meth:`~ProfileClient.add_phone` → ``(address,
  created)``; ``created`` is False when Altinn already had it (200 instead of 201).
* Change: :meth:`~ProfileClient.change_address` (``address_id`` and the new e-mail *or* phone).
* Remove: :meth:`~ProfileClient.remove_address`; Altinn refuses to remove the last one (409),
  which the error message explains (every unit must keep one, forskrift § 8a).

Validation is Altinn's (400 ``ValidationProblemDetails``): the message here says in bokmål
what to fix and ends with Altinn's own text, e.g. «Phone number is not valid.» [V]
altinn-profile ``NotificationAddressRequest.cs`` @ 92998aa. Postvakt checks the same rules
before calling (desktop_app.domain.contacts), so a 400 here means the rules have moved.
A 403 raises :class:`~desktop_app.integrations.altinn_problems.FeatureUnavailable` (feature
``"profile_org_addresses"``): the scope check ``altinn:portal/enduser`` is off in the code as
of 2026-08 but may be turned on [G].
"""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from desktop_app.integrations.altinn_base import AltinnClientBase, json_body
from desktop_app.integrations.altinn_problems import problem_body
from desktop_app.integrations.http import ServiceError

__all__ = ["NotificationAddress", "ProfileClient"]

FEATURE = "profile_org_addresses"

_SAME_ADDRESS = (
    "Denne adressen er allerede registrert som varslingsadresse for virksomheten. "
    "Du trenger ikke legge den inn på nytt."
)
_LAST_ADDRESS = (
    "Dette er virksomhetens siste varslingsadresse, og Altinn krever at det finnes minst én. "
    "Legg til den nye adressen først, og fjern denne etterpå."
)
_NOT_IN_ER = (
    "Organisasjonsnummeret finnes ikke i Enhetsregisteret, så Altinn kan ikke lagre "
    "varslingsadresser for det. Sjekk nummeret."
)
_BOTH = "Oppgi enten en e-postadresse eller et mobilnummer, ikke begge i samme adresse."
_INVALID = (
    "Altinn godtok ikke adressen. Sjekk at e-postadressen er skrevet riktig, eller at "
    "mobilnummeret er et gyldig nummer med landskode (norske mobilnumre har 8 siffer og "
    "begynner på 4 eller 9)."
)

# Profile answers ASP.NET ProblemDetails without a code; match the documented texts [V]
# altinn.md §5.1 (status, part of detail/title/errors) -> message.
_MESSAGES = {
    (409, "same address already exists"): _SAME_ADDRESS,
    (409, "last notification address"): _LAST_ADDRESS,
}
# 400s are read here (not in the shared explainer) so Altinn's own text can follow ours.
_BAD_REQUEST = (
    ("not valid in enhetsregisteret", _NOT_IN_ER),
    ("invalid organization number", _NOT_IN_ER),
    ("both phone and email", _BOTH),
    ("", _INVALID),  # any other 400: the address itself
)


def _altinn_text(response: httpx.Response) -> str:
    """Altinn's own words from a ProblemDetails body: the validation errors, else detail."""
    body = problem_body(response)
    texts: list[str] = []
    errors = body.get("errors")
    if isinstance(errors, dict):
        for value in errors.values():
            for text in value if isinstance(value, list) else [value]:
                if str(text) not in texts:
                    texts.append(str(text))
    if not texts:
        texts = [str(body[k]) for k in ("detail", "title") if body.get(k)][:1]
    return " ".join(texts)[:300]


def _bad_request(response: httpx.Response) -> ServiceError:
    altinn = _altinn_text(response)
    message = next(m for needle, m in _BAD_REQUEST if needle in altinn.lower())
    if altinn:
        message += f" (Altinn svarer: «{altinn}»)"
    return ServiceError(message, status=400)


@dataclass(frozen=True)
class NotificationAddress:
    id: int
    email: str | None
    country_code: str | None
    phone: str | None

    @property
    def display(self) -> str:
        if self.email:
            return self.email
        return f"{self.country_code or ''} {self.phone or ''}".strip()

    @property
    def kind(self) -> str:
        return "email" if self.email else "phone"


def _address(raw: dict) -> NotificationAddress:
    return NotificationAddress(
        id=int(raw.get("notificationAddressId") or 0),
        email=raw.get("email") or None,
        country_code=raw.get("countryCode") or None,
        phone=raw.get("phone") or None,
    )


class ProfileClient(AltinnClientBase):
    """``ProfileClient(urls, token, client=None)``; see the module docstring."""

    SERVICE = "Altinn"

    def _url(self, orgnr: str, address_id: int | None = None) -> str:
        base = f"{self.urls.profile}/organizations/{orgnr}/notificationaddresses/mandatory"
        return base if address_id is None else f"{base}/{address_id}"

    def notification_addresses(self, orgnr: str) -> list[NotificationAddress]:
        response = self._call(
            "GET", self._url(orgnr), idempotent=True, feature=FEATURE, accept_statuses=(404,)
        )
        if response.status_code == 404:
            return []  # no addresses registered yet (see the module docstring)
        body = json_body(response)
        items = body.get("notificationAddresses") if isinstance(body, dict) else None
        return [_address(a) for a in items or [] if isinstance(a, dict)]

    def _add(self, orgnr: str, payload: dict) -> tuple[NotificationAddress, bool]:
        response = self._call(
            "POST",
            self._url(orgnr),
            idempotent=False,
            feature=FEATURE,
            messages=_MESSAGES,
            accept_statuses=(400,),
            json=payload,
        )
        if response.status_code == 400:
            raise _bad_request(response)
        return _address(json_body(response)), response.status_code == 201

    def add_email(self, orgnr: str, email: str) -> tuple[NotificationAddress, bool]:
        return self._add(orgnr, {"email": email.strip()})

    def add_phone(
        self, orgnr: str, phone: str, country_code: str = "+47"
    ) -> tuple[NotificationAddress, bool]:
        return self._add(orgnr, _phone_payload(phone, country_code))

    def change_address(
        self,
        orgnr: str,
        address_id: int,
        *,
        email: str | None = None,
        phone: str | None = None,
        country_code: str = "+47",
    ) -> NotificationAddress:
        payload = {"email": email.strip()} if email else _phone_payload(phone or "", country_code)
        response = self._call(
            "PUT",
            self._url(orgnr, address_id),
            idempotent=True,
            feature=FEATURE,
            messages=_MESSAGES,
            accept_statuses=(400,),
            json=payload,
        )
        if response.status_code == 400:
            raise _bad_request(response)
        return _address(json_body(response))

    def remove_address(self, orgnr: str, address_id: int) -> NotificationAddress:
        response = self._call(
            "DELETE",
            self._url(orgnr, address_id),
            idempotent=True,
            feature=FEATURE,
            messages=_MESSAGES,
        )
        return _address(json_body(response))


def _phone_payload(phone: str, country_code: str) -> dict[str, str]:
    digits = "".join(ch for ch in phone if ch.isdigit() or ch == "+")
    code = country_code.strip()
    if digits.startswith(code):
        digits = digits[len(code) :]
    elif digits.startswith("00" + code.lstrip("+")):
        digits = digits[len(code) + 1 :]
    return {"countryCode": code, "phone": digits.lstrip("+")}
