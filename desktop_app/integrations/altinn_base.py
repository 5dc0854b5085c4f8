"""What every Altinn client shares: construction, the bearer token, calls and errors.

Each client takes ``(urls, token, client=None)``: ``urls`` the environment's
:class:`~desktop_app.integrations.environments.ServiceUrls`, ``token`` a callable that returns
a valid Altinn token (the sign-in session provides it; it is asked for on every call, so a
refreshed token is used at once and never stored here; when it has a ``rejected(token)``
method, a 401 from Altinn is told to it and the request is sent once more with a renewed
token), ``client`` an ``httpx.Client`` from
:func:`~desktop_app.integrations.http.make_client` to share (otherwise one is made and closed
with :meth:`close`). Errors are :class:`~desktop_app.integrations.http.ServiceError` with a
bokmål message (Altinn problem codes from :mod:`altinn_problems`), or
:class:`~desktop_app.integrations.altinn_problems.FeatureUnavailable`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import httpx

from desktop_app.integrations.altinn_problems import explainer
from desktop_app.integrations.environments import ServiceUrls
from desktop_app.integrations.http import ServiceError, make_client, request_with_retries

TokenProvider = Callable[[], str]
T = TypeVar("T")


def with_token(
    token: TokenProvider, send: Callable[[str], T], *, bearer: Callable[[], str] | None = None
) -> T:
    """``send(token())``; on a 401, tell the provider and send once more.

    Altinn answers 401 before it does anything, so sending the same request again is safe.
    A provider with a ``rejected(token)`` method (the sign-in session's) renews the sign-in
    before it hands out the next token; a plain callable gets no second try."""
    get = bearer or token
    first = get()
    try:
        return send(first)
    except ServiceError as exc:
        rejected = getattr(token, "rejected", None)
        if exc.status != 401 or rejected is None:
            raise
        rejected(first)
    return send(get())


class AltinnClientBase:
    SERVICE = "Altinn"

    def __init__(
        self,
        urls: ServiceUrls,
        token: TokenProvider,
        client: httpx.Client | None = None,
        *,
        cancel: Callable[[], bool] | None = None,
        sleep: Callable[[float], None] | None = None,
    ) -> None:
        self.urls = urls
        self._token = token
        self._own_client = client is None
        self._client = client if client is not None else make_client()
        self.cancel = cancel
        self._sleep = sleep

    def close(self) -> None:
        if self._own_client:
            self._client.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _bearer(self) -> str:
        token = self._token() if self._token is not None else ""
        if not token:
            raise ServiceError(
                "Du er ikke logget inn i Altinn. Logg inn og prøv igjen.", status=401
            )
        return token

    def _call(
        self,
        method: str,
        url: str,
        *,
        idempotent: bool,
        feature: str | None = None,
        not_enabled_on_404: bool = False,
        messages: dict[tuple[int, str], str] | None = None,
        accept_statuses: tuple[int, ...] = (),
        authenticated: bool = True,
        **kwargs: Any,
    ) -> httpx.Response:
        headers = dict(kwargs.pop("headers", None) or {})
        extra: dict[str, Any] = {}
        if self._sleep is not None:
            extra["sleep"] = self._sleep

        def send(token: str) -> httpx.Response:
            if authenticated:
                headers["Authorization"] = f"Bearer {token}"
            return request_with_retries(
                self._client,
                method,
                url,
                idempotent=idempotent,
                service=self.SERVICE,
                cancel=self.cancel,
                accept_statuses=accept_statuses,
                explain=explainer(
                    service=self.SERVICE,
                    token=token,
                    feature=feature,
                    not_enabled_on_404=not_enabled_on_404,
                    messages=messages,
                ),
                headers=headers,
                **extra,
                **kwargs,
            )

        if not authenticated:
            return send("")
        if 401 in accept_statuses:
            return send(self._bearer())
        return with_token(self._token, send, bearer=self._bearer)


def json_body(response: httpx.Response, service: str = "Altinn") -> Any:
    """The JSON body, or a ServiceError that says the answer could not be read."""
    try:
        return response.json()
    except ValueError:
        raise ServiceError(
            f"{service} svarte med noe Postvakt ikke kunne lese. Prøv igjen om litt.",
            status=response.status_code,
            retryable=True,
        ) from None


def data_list(body: Any) -> list:
    """Altinn's ``{"data": [...]}`` page, a bare list, or Dialogporten's ``{"items": [...]}``."""
    if isinstance(body, list):
        return body
    if isinstance(body, dict):
        for key in ("data", "items"):
            if isinstance(body.get(key), list):
                return body[key]
    return []
