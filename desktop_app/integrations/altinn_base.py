"""What every Altinn client shares: construction, the bearer token, calls and errors.

Each client takes ``(urls, token, client=None)``: ``urls`` the environment's
:class:`~desktop_app.integrations.environments.ServiceUrls`, ``token`` a callable that returns
a valid Altinn token (the sign-in session provides it; it is asked for on every call, so a
refreshed token is used at once and never stored here), ``client`` an ``httpx.Client`` from
:func:`~desktop_app.integrations.http.make_client` to share (otherwise one is made and closed
with :meth:`close`). Errors are :class:`~desktop_app.integrations.http.ServiceError` with a
bokmål message (Altinn problem codes from :mod:`altinn_problems`), or
:class:`~desktop_app.integrations.altinn_problems.FeatureUnavailable`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

from desktop_app.integrations.altinn_problems import explainer
from desktop_app.integrations.environments import ServiceUrls
from desktop_app.integrations.http import ServiceError, make_client, request_with_retries

TokenProvider = Callable[[], str]


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
        token = ""
        if authenticated:
            token = self._bearer()
            headers["Authorization"] = f"Bearer {token}"
        extra: dict[str, Any] = {}
        if self._sleep is not None:
            extra["sleep"] = self._sleep
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
