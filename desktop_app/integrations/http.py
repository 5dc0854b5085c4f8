"""The shared HTTP layer every Postvakt client uses.

* :func:`make_client` builds an ``httpx.Client`` that verifies TLS against the operating
  system's trust store (``truststore``), so a municipal network that inspects TLS with its
  own CA works without ever turning verification off. It identifies Postvakt in
  ``User-Agent`` and keeps a small delay between requests to the same host
  (:class:`HostGate`, as Picard does) so we slow down before a service has to say 429.
* :func:`request_with_retries` sends one request: it retries connection errors, timeouts
  and 5xx for idempotent calls only, honours 429 ``Retry-After`` for any call, stops when
  the user cancels, and turns every failure into a :class:`ServiceError` with a plain
  bokmål message. Messages never contain request headers or bodies, so no secret can leak
  into an exception text, a log line or a dialog.
* :func:`redact_headers` for anything that logs headers.

A client is thread-safe and may be shared by the task pool's worker threads. Close it
(``with make_client(...) as client:``) when done.
"""

from __future__ import annotations

import email.utils
import functools
import json
import logging
import random
import ssl
import threading
import time
from collections.abc import Callable, Container, Iterable, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import truststore

from desktop_app import __version__
from desktop_app.domain.cancellation import Cancelled

__all__ = [
    "DEFAULT_TIMEOUT",
    "Cancelled",
    "HostGate",
    "ServiceError",
    "make_client",
    "problem_code",
    "redact_headers",
    "request_with_retries",
    "retry_after_seconds",
]

log = logging.getLogger(__name__)

USER_AGENT = f"Postvakt/{__version__}"

# Connect fast, read patiently. SvarUt sends need a 16-minute read timeout (svarut.md §1);
# that client passes its own ``timeout=`` per request.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)

# Plain http is for the practice sandbox on this machine only.
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})

# Minimum seconds between two requests to the same host (politeness, STYLE.md "Networking").
DEFAULT_MIN_INTERVAL = 0.1

RETRY_AFTER_CAP = 60.0
"""Longest wait Postvakt accepts from a ``Retry-After`` header, in seconds."""

SECRET_HEADERS = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "integrasjonid",
        "integrasjonpassord",
        "cookie",
        "set-cookie",
        "apikey",
        "x-api-key",
    }
)
REDACTED = "[skjult]"


# ---------------------------------------------------------------------------- errors
class ServiceError(Exception):
    """A failed call, explained in plain bokmål for the user.

    ``status`` is the HTTP status (None when no answer came), ``problem_code`` the
    service's own error code from the body (Altinn ProblemDetails ``code``, SvarUt
    ``errorCode``), ``retryable`` whether trying again later may help. ``cause`` names
    the underlying exception type for the log, never its text. ``retry_at`` (UTC): the
    service asked, with ``Retry-After``, not to be asked again before then, later than the
    caller was willing to wait (``wait_limit`` of :func:`request_with_retries`).
    """

    def __init__(
        self,
        message_nb: str,
        status: int | None = None,
        problem_code: str | None = None,
        retryable: bool = False,
        *,
        cause: str | None = None,
        retry_at: datetime | None = None,
    ) -> None:
        super().__init__(message_nb)
        self.message_nb = message_nb
        self.status = status
        self.problem_code = problem_code
        self.retryable = retryable
        self.cause = cause
        self.retry_at = retry_at

    def __repr__(self) -> str:
        return (
            f"ServiceError({self.message_nb!r}, status={self.status!r}, "
            f"problem_code={self.problem_code!r}, retryable={self.retryable!r})"
        )


def _status_message(status: int, service: str | None) -> str:
    name = service or "Tjenesten"
    if status == 400:
        return (
            f"{name} avviste forespørselen fordi noe i den var feil. Sjekk opplysningene og "
            "prøv igjen."
        )
    if status == 401:
        return "Innloggingen er utløpt eller ikke godtatt. Logg inn på nytt og prøv igjen."
    if status == 403:
        return (
            "Du mangler tilgang til dette. Sjekk at du (eller integrasjonen) har fått de "
            "rettighetene som trengs, og prøv igjen."
        )
    if status == 404:
        return f"{name} fant ikke det du ba om. Sjekk at nummeret eller adressen er riktig."
    if status == 409:
        return "Dette er allerede endret av noen andre. Hent på nytt og prøv igjen."
    if status == 410:
        return f"{name} sier at dette er fjernet og ikke finnes lenger."
    if status == 429:
        return f"{name} får for mange forespørsler akkurat nå. Vent noen minutter og prøv igjen."
    if status >= 500:
        return f"{name} har en feil akkurat nå (HTTP {status}). Prøv igjen om litt."
    return f"{name} avviste forespørselen (HTTP {status}). Sjekk opplysningene og prøv igjen."


def problem_code(response: httpx.Response) -> str | None:
    """The service's error code from a JSON error body, or None.

    RFC 7807 problem+json ``code`` (Altinn: e.g. "AM-22"), else SvarUt's ``errorCode``
    (svarut.md §6). What the code means is for each service's client to say.
    """
    content_type = response.headers.get("content-type", "")
    if "json" not in content_type or len(response.content) > 256_000:
        return None
    try:
        body = json.loads(response.content)
    except ValueError:
        return None
    if not isinstance(body, dict):
        return None
    for key in ("code", "errorCode"):
        value = body.get(key)
        if isinstance(value, str | int) and not isinstance(value, bool) and str(value):
            return str(value)
    return None


def error_from_response(response: httpx.Response, *, service: str | None = None) -> ServiceError:
    status = response.status_code
    return ServiceError(
        _status_message(status, service),
        status=status,
        problem_code=problem_code(response),
        retryable=status == 429 or status >= 500,
    )


def _is_certificate_error(exc: BaseException) -> bool:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, ssl.SSLCertVerificationError):
            return True
        if "CERTIFICATE_VERIFY_FAILED" in str(current):
            return True
        current = current.__cause__ or current.__context__
    return False


def _transport_error(
    exc: httpx.HTTPError, request_url: httpx.URL, *, idempotent: bool, service: str | None
) -> ServiceError:
    name = service or request_url.host or "tjenesten"
    cause = type(exc).__name__
    if isinstance(exc, httpx.TimeoutException) and not isinstance(exc, httpx.ConnectTimeout):
        subject = service or "Tjenesten"
        message = f"{subject} svarte ikke i tide. Prøv igjen om litt."
        if not idempotent:
            message = (
                f"{subject} svarte ikke i tide. Sjekk om handlingen likevel ble utført "
                "før du prøver igjen."
            )
        return ServiceError(message, retryable=True, cause=cause)
    if _is_certificate_error(exc):
        return ServiceError(
            f"Den sikre forbindelsen til {name} kunne ikke bekreftes (sertifikatfeil). "
            "Bruker kommunen en proxy med eget sertifikat, må IT legge det inn i maskinens "
            "sertifikatlager.",
            retryable=False,
            cause=cause,
        )
    if isinstance(exc, httpx.TransportError):
        return ServiceError(
            f"Fikk ikke kontakt med {name}. Sjekk nettverket (og eventuell proxy eller "
            "brannmur), og prøv igjen.",
            retryable=True,
            cause=cause,
        )
    return ServiceError(
        f"Noe gikk galt i kontakten med {name}. Prøv igjen, og kontakt brukerstøtte om "
        "det gjentar seg.",
        retryable=False,
        cause=cause,
    )


# ---------------------------------------------------------------------------- redaction
def redact_headers(
    headers: Mapping[str, str] | Iterable[tuple[str, str]] | httpx.Headers,
) -> dict[str, str]:
    """A copy for logging, with credentials and cookies replaced by "[skjult]"."""
    items = (
        headers.multi_items()
        if isinstance(headers, httpx.Headers)
        else (headers.items() if isinstance(headers, Mapping) else headers)
    )
    out: dict[str, str] = {}
    for name, value in items:
        out[name] = REDACTED if name.lower() in SECRET_HEADERS else value
    return out


# ---------------------------------------------------------------------------- politeness
class HostGate:
    """Keeps at least ``min_interval`` seconds between requests to the same host.

    Thread-safe: each caller reserves the next free slot for its host, then sleeps until
    it (outside the lock), so parallel workers queue up instead of bursting.
    """

    def __init__(
        self,
        min_interval: float = DEFAULT_MIN_INTERVAL,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if min_interval < 0:
            raise ValueError("min_interval must be >= 0")
        self.min_interval = min_interval
        self._clock = clock
        self._sleep = sleep
        self._next: dict[str, float] = {}
        self._lock = threading.Lock()

    def wait(self, host: str) -> float:
        """Block until ``host`` may be called again; returns the seconds waited."""
        if self.min_interval <= 0:
            return 0.0
        with self._lock:
            now = self._clock()
            slot = max(now, self._next.get(host, now))
            self._next[host] = slot + self.min_interval
        delay = slot - now
        if delay > 0:
            self._sleep(delay)
        return delay


# ---------------------------------------------------------------------------- client
@functools.cache
def _trust_store_context() -> ssl.SSLContext:
    """One OS-trust-store context, shared by all clients (SSLContext is thread-safe)."""
    ctx = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    # PROTOCOL_TLS_CLIENT already sets CERT_REQUIRED and check_hostname; say it anyway.
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.check_hostname = True
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def make_client(
    base_url: str | httpx.URL = "",
    *,
    timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
    user_agent: str = USER_AGENT,
    headers: Mapping[str, str] | None = None,
    min_interval: float = DEFAULT_MIN_INTERVAL,
    gate: HostGate | None = None,
    transport: httpx.BaseTransport | None = None,
) -> httpx.Client:
    """An ``httpx.Client`` for one service: OS trust store, timeouts, polite per host.

    TLS is always verified (there is deliberately no way to turn it off). Plain
    ``http://`` is used only by the loopback sandbox, and refused for any other host
    (:class:`ServiceError` before anything is sent), so a token or password never travels
    in clear text over a network. Proxy settings come from the
    environment (``HTTPS_PROXY``, ``NO_PROXY``), as municipal networks often need.
    Redirects are not followed: a redirect from an API is an error worth seeing.
    """
    gate = gate if gate is not None else HostGate(min_interval)

    def _polite(request: httpx.Request) -> None:
        if request.url.scheme != "https" and request.url.host not in LOOPBACK_HOSTS:
            raise ServiceError(
                "Postvakt sender bare kryptert (https) til andre maskiner. Sjekk adressen "
                "til tjenesten; si fra til IT-avdelingen hvis dette skjer igjen."
            )
        gate.wait(request.url.host)

    all_headers = {"User-Agent": user_agent, "Accept": "application/json"}
    all_headers.update(headers or {})
    return httpx.Client(
        base_url=base_url,
        timeout=timeout,
        headers=all_headers,
        verify=_trust_store_context(),
        follow_redirects=False,
        event_hooks={"request": [_polite]},
        transport=transport,
    )


# ---------------------------------------------------------------------------- retries
def retry_after_seconds(
    value: str | None, *, now: datetime | None = None, cap: float = RETRY_AFTER_CAP
) -> float | None:
    """Seconds to wait from a ``Retry-After`` value (delta-seconds or HTTP date), capped.

    None when the header is missing or unreadable.
    """
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    if value.isdigit():
        seconds = float(value)
    else:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - (now or datetime.now(UTC))).total_seconds()
    return min(max(seconds, 0.0), cap)


def _backoff_delay(attempt: int, base: float, maximum: float, jitter: Callable[[], float]) -> float:
    """Exponential back-off with "equal jitter": half fixed, half random."""
    ceiling = min(maximum, base * (2 ** (attempt - 1)))
    return ceiling / 2 + jitter() * ceiling / 2


def _check_cancel(cancel: Callable[[], bool] | None) -> None:
    if cancel is not None and cancel():
        raise Cancelled


def request_with_retries(
    client: httpx.Client,
    method: str,
    url: str | httpx.URL,
    *,
    idempotent: bool,
    max_attempts: int = 4,
    backoff: float = 0.5,
    max_backoff: float = 8.0,
    retry_after_cap: float = RETRY_AFTER_CAP,
    cancel: Callable[[], bool] | None = None,
    sleep: Callable[[float], None] = time.sleep,
    jitter: Callable[[], float] = random.random,
    service: str | None = None,
    accept_statuses: Container[int] = (),
    explain: Callable[[httpx.Response], ServiceError | None] | None = None,
    answered: Callable[[bool], None] | None = None,
    wait_limit: Callable[[], float] | None = None,
    **kwargs: Any,
) -> httpx.Response:
    """Send a request; retry what is safe to retry; raise :class:`ServiceError` on failure.

    * ``idempotent``: the caller says whether repeating the call is harmless. Only then are
      connection errors, timeouts and 5xx retried. (GET lookups: yes; a POST that creates
      or delegates something: no.)
    * 429 is retried for any call after ``Retry-After`` (seconds or HTTP date, capped at
      ``retry_after_cap``), or after the back-off delay when the header is missing.
    * ``cancel`` is checked before every attempt; when it returns True, :class:`Cancelled`
      is raised. Pass ``sleep=state.wait`` (a :class:`TaskState`) for a wait that wakes
      on cancel.
    * ``service`` names the service in messages ("SvarUt", "Altinn"); otherwise the host.
    * Statuses in ``accept_statuses`` (e.g. 404 for "not found is an answer") are returned
      instead of raised. Other statuses >= 400 raise.
    * ``explain`` lets a service's client word the error for an answer >= 400 (Altinn
      problem codes: ``altinn_problems.explainer``). When it returns an error that is not
      ``retryable``, that error is raised at once, even for a 429 (Altinn's "too many
      failed look-ups" must not be repeated). None keeps the general message.
    * ``answered`` is told after every attempt whether the service answered at all (True
      for any HTTP status, False for a timeout or no contact), so a caller running many
      calls can stop asking a service that has stopped answering.
    * ``wait_limit`` returns the longest the caller will wait now, in seconds (e.g. what is
      left of an overall deadline). When a service asks with ``Retry-After`` to wait longer
      than that (uncapped: ``Retry-After: 3600`` is an hour), there is no point in waiting
      part of it and asking again: :class:`ServiceError` is raised at once, ``retryable``,
      with ``retry_at`` saying when the service may be asked again.
    * ``kwargs`` go to ``client.request`` (``params``, ``json``, ``headers``, ``timeout``…).
    """
    if max_attempts < 1:
        raise ValueError("max_attempts must be >= 1")
    method = method.upper()
    attempt = 0
    while True:
        attempt += 1
        _check_cancel(cancel)
        last_attempt = attempt >= max_attempts
        delay: float | None = None
        try:
            response = client.request(method, url, **kwargs)
        except httpx.HTTPError as exc:
            if answered is not None:
                answered(False)
            error = _transport_error(
                exc, _request_url(client, url), idempotent=idempotent, service=service
            )
            log.info(
                "%s %s: %s (forsøk %d av %d)",
                method,
                _log_url(client, url),
                type(exc).__name__,
                attempt,
                max_attempts,
            )
            if not (idempotent and error.retryable) or last_attempt:
                raise error from None
            delay = _backoff_delay(attempt, backoff, max_backoff, jitter)
        else:
            if answered is not None:
                answered(True)
            status = response.status_code
            if status < 400 or status in accept_statuses:
                return response
            log.info(
                "%s %s: HTTP %d (forsøk %d av %d)",
                method,
                _log_url(client, url),
                status,
                attempt,
                max_attempts,
            )
            explained = explain(response) if explain is not None else None
            retry = status == 429 or (status >= 500 and idempotent)
            if explained is not None and not explained.retryable:
                retry = False
            if not retry or last_attempt:
                error = explained or error_from_response(response, service=service)
                response.close()
                raise error from None
            asked = retry_after_seconds(response.headers.get("retry-after"), cap=float("inf"))
            if asked is not None and wait_limit is not None and asked > max(wait_limit(), 0.0):
                response.close()
                raise _wait_too_long(asked, status, service) from None
            delay = None if asked is None else min(asked, retry_after_cap)
            if delay is None:
                delay = _backoff_delay(attempt, backoff, max_backoff, jitter)
            response.close()
        _check_cancel(cancel)
        if delay > 0:
            sleep(delay)


def _wait_too_long(seconds: float, status: int, service: str | None) -> ServiceError:
    """A service asked to be left alone for ``seconds``, longer than the caller waits."""
    retry_at = datetime.now(UTC) + timedelta(seconds=seconds)
    return ServiceError(
        f"{service or 'Tjenesten'} ber om ikke å bli spurt igjen før {clock_time_nb(retry_at)}. "
        "Prøv igjen etter det.",
        status=status,
        retryable=True,
        retry_at=retry_at,
    )


def clock_time_nb(moment: datetime, now: datetime | None = None) -> str:
    """``"kl. 15:02"`` in local time; another day: ``"7.12. kl. 03:00"``."""
    local = moment.astimezone()
    today = (now or datetime.now(UTC)).astimezone().date()
    when = f"kl. {local:%H:%M}"
    return when if local.date() == today else f"{local.day}.{local.month}. {when}"


def _request_url(client: httpx.Client, url: str | httpx.URL) -> httpx.URL:
    """The URL the client will call (base URL merged the way httpx merges it)."""
    try:
        return client.build_request("GET", url).url
    except (httpx.HTTPError, httpx.InvalidURL, TypeError, ValueError):
        return httpx.URL("")


def _log_url(client: httpx.Client, url: str | httpx.URL) -> str:
    """Scheme, host and path only: query strings may hold personal data."""
    full = _request_url(client, url)
    return f"{full.scheme}://{full.host}{full.path}" if full.host else "?"
