"""Altinn token exchange: an ID-porten access token becomes an Altinn token.

Facts [V] auth.md §3 (Altinn/altinn-authentication ``AuthenticationController.cs``):
``GET {platform}/authentication/api/v1/exchange/id-porten`` with
``Authorization: Bearer <ID-porten access token>`` (never the id_token). 200 answers the
Altinn JWT as a plain string; its expiry equals the ID-porten token's. 401: token missing,
unreadable, invalid, or the person is unknown to Altinn; 403: no scope starts with
``altinn:``; 400: unknown provider; 429: a locked self-identified account.

The controller returns ``Ok(string)``: ASP.NET writes that as ``text/plain`` when the
client accepts it, but as a JSON string (in quotes) for ``Accept: application/json`` [I].
Postvakt asks for ``text/plain`` and accepts either.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import jwt

from desktop_app.integrations.http import ServiceError, request_with_retries
from desktop_app.redaction import register_for_redaction

SERVICE = "Altinn"
EXCHANGE_PATH = "/exchange/id-porten"

# Problems a user can act on, per status (auth.md §3).
_MESSAGES = {
    400: "Altinn avviste innvekslingen av innloggingen. Logg ut og inn igjen; skjer det "
    "igjen, kontakt brukerstøtte.",
    401: "Altinn godtok ikke innloggingen fra ID-porten (den er utløpt, eller personen finnes "
    "ikke i Altinn). Logg inn på nytt.",
    403: "Innloggingen gir ikke tilgang til Altinn: ingen av tilgangene (scopene) begynner med "
    "«altinn:». Legg til Altinn-scopene under Innstillinger → Pålogging og logg inn på "
    "nytt.",
    410: "Altinn sier at denne innloggingsmåten er fjernet. Logg inn med ID-porten.",
    429: "Altinn har sperret kontoen etter for mange forsøk. Vent en stund, eller kontakt "
    "Altinn brukerservice.",
}


class AltinnExchangeError(ServiceError):
    pass


@dataclass(frozen=True)
class AltinnToken:
    token: str = field(repr=False)
    expires_at: datetime
    claims: dict[str, Any] = field(default_factory=dict, repr=False)

    @property
    def user_id(self) -> str | None:
        value = self.claims.get("urn:altinn:userid")
        return None if value is None else str(value)

    @property
    def party_id(self) -> str | None:
        value = self.claims.get("urn:altinn:partyid")
        return None if value is None else str(value)


def read_claims(token: str) -> dict[str, Any]:
    """The claims of a JWT we hold but are not the audience of (no signature check).

    Used for the expiry and ids only; Altinn checks the signature on every call.
    """
    try:
        claims = jwt.decode(token, options={"verify_signature": False})
    except jwt.PyJWTError:
        return {}
    return claims if isinstance(claims, dict) else {}


def _body_token(response: httpx.Response) -> str:
    text = response.text.strip()
    if text.startswith('"'):
        try:
            text = json.loads(text)
        except ValueError:
            text = ""
    if not isinstance(text, str) or text.count(".") != 2:
        raise AltinnExchangeError(
            "Altinn svarte med noe Postvakt ikke forstår da innloggingen skulle veksles inn. "
            "Prøv igjen om litt."
        )
    return text


class AltinnTokenExchange:
    """``authentication_base`` is ``ServiceUrls.authentication`` (…/authentication/api/v1)."""

    def __init__(
        self,
        http: httpx.Client,
        authentication_base: str,
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.http = http
        self.base = authentication_base.rstrip("/")
        self._clock = clock

    def exchange(
        self, idporten_access_token: str, idporten_expires_at: datetime | None = None
    ) -> AltinnToken:
        now = self._clock()
        if not idporten_access_token.strip():
            raise AltinnExchangeError(_MESSAGES[401], status=401)
        try:
            response = request_with_retries(
                self.http,
                "GET",
                self.base + EXCHANGE_PATH,
                idempotent=True,
                service=SERVICE,
                headers={
                    "Authorization": f"Bearer {idporten_access_token}",
                    "Accept": "text/plain, application/json",
                },
            )
        except ServiceError as exc:
            message = _MESSAGES.get(exc.status or 0, exc.message_nb)
            raise AltinnExchangeError(
                message, status=exc.status, problem_code=exc.problem_code, retryable=exc.retryable
            ) from None
        token = _body_token(response)
        register_for_redaction(token)
        claims = read_claims(token)
        exp = claims.get("exp")
        if isinstance(exp, int | float):
            expires_at = datetime.fromtimestamp(exp, UTC)
        else:
            expires_at = idporten_expires_at or now + timedelta(minutes=5)
        return AltinnToken(token, expires_at, claims)
