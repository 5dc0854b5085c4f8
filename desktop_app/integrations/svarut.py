"""SvarUt REST v2/v3: bulk status by forsendelse-ID, and the event log of one shipment.

Contract ([V] svarut.md §2 and the KS OpenAPI files in shared/reference/openapi/)::

    POST {svarut_api}/v2/kontoer/{kontoId}/forsendelser/status-sok  {"forsendelseIds": [...]}
    POST {svarut_api}/v3/kontoer/{kontoId}/forsendelser/status/sok  {"id": [...]}
      → 200 {"statuser": [{"id", "sisteStatusEndring", "status"}]}
    GET  {svarut_api}/v2/forsendelser/{forsendelseId}/hendelser
      → 200 {"hendelser": [{"tidspunkt", "hendelse"}]}
    errors: ErrorMessage {"timestamp" (int64), "status" (int32), "error", "errorId" (uuid),
             "path", "originalPath", "message", "errorCode", "errorJson"}: every text field a
             string, ``errorJson`` too (type string, not nullable, in all six KS specs) [V].
             Read by :func:`parse_error_message`; the error's ``svarut_error`` holds it, and
             the message names SvarUt's errorId for KS' support.

Every call carries ``Authorization: Bearer <Maskinporten token, scope ks:fiks>`` plus
``IntegrasjonId`` and ``IntegrasjonPassord`` ([V] auth.md §5). A status lookup only reads,
so it is retried on connection errors and 5xx like a GET. A 401 may mean the token expired
early: the client fetches a new token and tries once more.

Guesses ([G]) live in the constants below: the largest number of IDs per call is not
documented, and what SvarUt answers for an ID it does not know (or that belongs to a konto
the integration cannot see) is not documented either; IDs missing from the answer are
reported as "not found".
"""

from __future__ import annotations

import logging
import re
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

import httpx

from desktop_app.domain.svarut import ShipmentStatus, integration_header_problem, parse_status
from desktop_app.integrations.environments import ServiceUrls
from desktop_app.integrations.http import (
    ServiceError,
    error_from_response,
    request_with_retries,
)
from desktop_app.integrations.maskinporten import MaskinportenClient

log = logging.getLogger(__name__)

SERVICE = "SvarUt"
MAX_IDS_PER_CALL = 100
"""[G] svarut.md §2.4: "not documented; start with ≤ 100 per call". One place to change."""
SVARUT_MIN_INTERVAL = 0.0
"""Seconds between two requests to SvarUt. The bounded worker count is the main brake."""


@dataclass(frozen=True)
class SvarUtCredentials:
    """The Fiks integration (keyring) and the konto it reads (a setting, not secret)."""

    konto_id: str
    integrasjon_id: str = field(repr=False)
    integrasjon_passord: str = field(repr=False)


@dataclass(frozen=True)
class StatusRecord:
    id: str
    status: ShipmentStatus | None
    status_text: str
    changed_at: datetime | None


@dataclass(frozen=True)
class Event:
    at: datetime | None
    at_text: str
    text: str


def _parse_time(value: object) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


_CANONICAL = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def canonical_id(value: str) -> str | None:
    """A forsendelse-ID as lower-case UUID, or None when it is not one."""
    if isinstance(value, str) and _CANONICAL.fullmatch(value):
        return value  # already canonical: the common case, and 5× cheaper than parsing
    try:
        return str(uuid.UUID(value.strip()))
    except (ValueError, AttributeError):
        return None


# SvarUt-specific explanations per HTTP status; the shared layer's text for the rest.
_STATUS_MESSAGES = {
    400: "SvarUt avviste statusspørringen. Sjekk at forsendelse-ID-ene og konto-ID-en under "
    "Innstillinger er riktige.",
    401: "SvarUt godtok ikke innloggingen. Sjekk IntegrasjonId og IntegrasjonPassord under "
    "Innstillinger, og at Maskinporten-klienten har scope ks:fiks.",
    403: "Integrasjonen har ikke tilgang til denne SvarUt-kontoen. Be en administrator i Fiks "
    "forvaltning gi integrasjonen tilgang til kontoen.",
    404: "SvarUt fant ikke kontoen eller forsendelsen. Sjekk konto-ID under Innstillinger og at "
    "riktig miljø (produksjon eller test) er valgt.",
}


_EVENTS_NOT_FOUND = (
    "SvarUt fant ikke denne forsendelsen. Sjekk forsendelse-ID-en; forsendelsen "
    "kan også være slettet, eller sendt i et annet miljø (produksjon eller test)."
)


@dataclass(frozen=True)
class ErrorMessage:
    """SvarUt's error body (``components.schemas.ErrorMessage`` in KS' specs). Text fields
    are strings, never None: ``errorJson`` is ``type: string`` (not nullable) [V]; a field
    that is missing or not a string reads as ""."""

    status: int | None
    error: str
    error_id: str
    message: str
    error_code: str
    error_json: str


def parse_error_message(body: object) -> ErrorMessage | None:
    """The ErrorMessage in a parsed JSON body, or None when the body is not one."""
    if not isinstance(body, dict):
        return None

    def text(key: str) -> str:
        value = body.get(key)
        return value if isinstance(value, str) else ""

    status = body.get("status")
    return ErrorMessage(
        status=status if isinstance(status, int) and not isinstance(status, bool) else None,
        error=text("error"),
        error_id=text("errorId"),
        message=text("message"),
        error_code=text("errorCode"),
        error_json=text("errorJson"),
    )


def _error_body(response: httpx.Response) -> ErrorMessage | None:
    if "json" not in response.headers.get("content-type", "") or len(response.content) > 256_000:
        return None
    try:
        return parse_error_message(response.json())
    except ValueError:
        return None


def _from_response(response: httpx.Response) -> ServiceError:
    """The shared layer's error for the status, carrying SvarUt's ErrorMessage."""
    error = error_from_response(response, service=SERVICE)
    error.svarut_error = _error_body(response)  # type: ignore[attr-defined]
    return error


_ERROR_ID = re.compile(r"[0-9A-Za-z-]{1,64}")


def _explain(error: ServiceError, overrides: dict[int, str] | None = None) -> ServiceError:
    if error.retry_at is not None:  # its message names the time to try again
        return error
    body: ErrorMessage | None = getattr(error, "svarut_error", None)
    message = (overrides or {}).get(error.status or 0) or _STATUS_MESSAGES.get(error.status or 0)
    if message is None and body is None:
        return error
    message = message or error.message_nb
    if body is not None and _ERROR_ID.fullmatch(body.error_id):
        message += f" Oppgi referansen {body.error_id} hvis du kontakter KS."
    explained = ServiceError(
        message,
        status=error.status,
        problem_code=error.problem_code,
        retryable=error.retryable,
        cause=error.cause,
    )
    explained.svarut_error = body  # type: ignore[attr-defined]
    return explained


class SvarUtClient:
    """One konto's view of SvarUt. Thread-safe when the ``httpx.Client`` is shared."""

    def __init__(
        self,
        http: httpx.Client,
        urls: ServiceUrls,
        credentials: SvarUtCredentials,
        tokens: MaskinportenClient,
        *,
        api_version: int = 2,
        max_attempts: int = 4,
        backoff: float = 0.5,
    ) -> None:
        if api_version not in (2, 3):
            raise ValueError("api_version must be 2 or 3")
        konto = canonical_id(credentials.konto_id)
        if konto is None:
            raise ServiceError(
                "Konto-ID for SvarUt er ikke en gyldig ID (den ser slik ut: "
                "d6b23522-ddf3-462a-8140-16e59e1f476d). Rett den under Innstillinger."
            )
        for value, label in (
            (credentials.integrasjon_id, "IntegrasjonId"),
            (credentials.integrasjon_passord, "IntegrasjonPassord"),
        ):
            problem = integration_header_problem(value, label)
            if problem is not None:  # httpx would raise UnicodeEncodeError mid-request
                raise ServiceError(problem)
        self._http = http
        self._base = urls.svarut_api.rstrip("/")
        self._credentials = credentials
        self._konto = konto
        self._tokens = tokens
        self.api_version = api_version
        self._max_attempts = max_attempts
        self._backoff = backoff

    # -- calls -----------------------------------------------------------------------
    def statuses(
        self,
        ids: Sequence[str],
        *,
        cancel: Callable[[], bool] | None = None,
        sleep: Callable[[float], None] | None = None,
        answered: Callable[[bool], None] | None = None,
        wait_limit: Callable[[], float] | None = None,
    ) -> list[StatusRecord]:
        """Statuses of up to :data:`MAX_IDS_PER_CALL` shipments, in one call.

        ``answered`` is told after each attempt whether SvarUt answered at all, and
        ``wait_limit`` says how long a ``Retry-After`` may make it wait
        (:func:`~desktop_app.integrations.http.request_with_retries`)."""
        if len(ids) > MAX_IDS_PER_CALL:
            raise ValueError(f"At most {MAX_IDS_PER_CALL} IDs per call")
        if not ids:
            return []
        if self.api_version == 2:
            path = f"{self._base}/v2/kontoer/{self._konto}/forsendelser/status-sok"
            body = {"forsendelseIds": list(ids)}
        else:
            path = f"{self._base}/v3/kontoer/{self._konto}/forsendelser/status/sok"
            body = {"id": list(ids)}
        response = self._call(
            "POST",
            path,
            cancel=cancel,
            sleep=sleep,
            json=body,
            answered=answered,
            wait_limit=wait_limit,
        )
        try:
            items = response.json()["statuser"]
            records = [
                StatusRecord(
                    id=canonical_id(str(item["id"])) or str(item["id"]),
                    status=parse_status(str(item["status"])),
                    status_text=str(item["status"]),
                    changed_at=_parse_time(item.get("sisteStatusEndring")),
                )
                for item in items
            ]
        except (ValueError, KeyError, TypeError):
            raise ServiceError(
                "SvarUt svarte, men svaret kunne ikke leses. Prøv igjen om litt.",
                status=response.status_code,
                retryable=True,
            ) from None
        return records

    def events(
        self,
        forsendelse_id: str,
        *,
        cancel: Callable[[], bool] | None = None,
        sleep: Callable[[float], None] | None = None,
    ) -> list[Event]:
        """The event log (``hendelser``) of one shipment, oldest first."""
        canonical = canonical_id(forsendelse_id)
        if canonical is None:
            raise ServiceError(
                "Dette er ikke en gyldig forsendelse-ID (den ser slik ut: "
                "d6b23522-ddf3-462a-8140-16e59e1f476d)."
            )
        path = f"{self._base}/v2/forsendelser/{canonical}/hendelser"
        response = self._call(
            "GET", path, cancel=cancel, sleep=sleep, messages={404: _EVENTS_NOT_FOUND}
        )
        try:
            items = response.json()["hendelser"]
            events = [
                Event(
                    _parse_time(item.get("tidspunkt")),
                    str(item.get("tidspunkt") or ""),
                    str(item["hendelse"]),
                )
                for item in items
            ]
        except (ValueError, KeyError, TypeError):
            raise ServiceError(
                "SvarUt svarte, men hendelsesloggen kunne ikke leses. Prøv igjen om litt.",
                status=response.status_code,
                retryable=True,
            ) from None
        # hendelse is free text ([G] svarut.md §2.5): shown as is, never interpreted.
        return sorted(events, key=lambda e: (e.at is None, e.at or datetime.min))

    # -- plumbing --------------------------------------------------------------------
    def _call(
        self,
        method: str,
        url: str,
        *,
        cancel: Callable[[], bool] | None,
        sleep: Callable[[float], None] | None,
        messages: dict[int, str] | None = None,
        **kwargs: object,
    ) -> httpx.Response:
        extra: dict[str, object] = {} if sleep is None else {"sleep": sleep}
        for attempt in (1, 2):
            token = self._tokens.token(cancel=cancel, **extra)  # type: ignore[arg-type]
            headers = {
                "Authorization": f"Bearer {token}",
                "IntegrasjonId": self._credentials.integrasjon_id,
                "IntegrasjonPassord": self._credentials.integrasjon_passord,
            }
            try:
                return request_with_retries(
                    self._http,
                    method,
                    url,
                    idempotent=True,
                    cancel=cancel,
                    max_attempts=self._max_attempts,
                    backoff=self._backoff,
                    service=SERVICE,
                    explain=_from_response,
                    headers=headers,
                    **extra,  # type: ignore[arg-type]  # only "sleep", typed above
                    **kwargs,  # type: ignore[arg-type]  # httpx's request options
                )
            except ServiceError as exc:
                if exc.status == 401 and attempt == 1:
                    # The token may have expired in flight: one more try with a new one.
                    self._tokens.invalidate(token)
                    continue
                raise _explain(exc, messages) from None
        raise AssertionError("unreachable")  # pragma: no cover
