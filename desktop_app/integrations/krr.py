"""Kontaktregisteret (KRR) lookup: who can get a § 8 notice, by which channel.

Contract (reference dpi-notifications.md §7, [V]): ``POST {krr_api}/personer`` with
``{"personidentifikatorer": [...]}`` (1–1000 per call), ``Authorization: Bearer`` a
Maskinporten token with the scope ``krr:global/kontaktinformasjon.read`` (plus
``krr:global/digitalpost.read`` to learn whether the person has a digital mailbox); the answer is
``{"personer": [...]}``. Production ``https://kontaktregisteret.no/rest/v2``, test
``https://test.kontaktregisteret.no/rest/v2`` (``ServiceUrls.krr_api``).

The URLs and the token source are fixed when the client is made; a token source that names
its environment must name the same one as ``urls``. The lookup is read-only, so it is
retried like a GET. Fødselsnumre travel only in the body:
never in a URL, and nothing here logs them (the log also blanks 11-digit numbers).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

import httpx

from desktop_app.domain.cancellation import TaskState
from desktop_app.domain.contactability import MAX_PER_LOOKUP, KrrPerson, batches, person_from_krr
from desktop_app.integrations.environments import ServiceUrls
from desktop_app.integrations.http import ServiceError, make_client, request_with_retries

SCOPES = ("krr:global/kontaktinformasjon.read", "krr:global/digitalpost.read")
SERVICE = "Kontaktregisteret"


class KrrClient:
    def __init__(
        self, urls: ServiceUrls, token: Callable[[], str], client: httpx.Client | None = None
    ) -> None:
        # A token source bound to an environment (status_refresh.MaskinportenTokenSource)
        # must be the lookup's: a production token never goes to the test register.
        bound = getattr(token, "environment", None)
        if bound is not None and bound != urls.environment:
            raise ServiceError(
                "Maskinporten-tilgangen hører til et annet miljø enn oppslaget. Start "
                "oppslaget på nytt i miljøet du har valgt."
            )
        self._token = token
        self._own_client = client is None
        self._client = client or make_client(urls.krr_api)
        self._base = urls.krr_api

    def close(self) -> None:
        if self._own_client:
            self._client.close()

    def __enter__(self) -> KrrClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def lookup(self, pids: Sequence[str], state: TaskState | None = None) -> list[KrrPerson]:
        """Every person in ``pids`` (batches of 1000); progress counts people."""
        return list(self.iter_lookup(pids, state))

    def iter_lookup(
        self, pids: Sequence[str], state: TaskState | None = None
    ) -> Iterator[KrrPerson]:
        done = 0
        for batch in batches(list(pids), MAX_PER_LOOKUP):
            for data in self._personer(batch, state):
                yield person_from_krr(data)
            done += len(batch)
            if state is not None:
                state.progress(done, len(pids), "Slår opp i Kontaktregisteret")

    def _personer(self, batch: list[str], state: TaskState | None) -> list[dict[str, Any]]:
        token = self._token()
        if not token:
            raise ServiceError(
                "Postvakt har ingen Maskinporten-tilgang til Kontaktregisteret. Legg inn "
                "Maskinporten-nøkkelen i Innstillinger, eller importer en liste i stedet."
            )
        response = request_with_retries(
            self._client,
            "POST",
            f"{self._base}/personer",
            idempotent=True,
            service=SERVICE,
            json={"personidentifikatorer": batch},
            headers={"Authorization": f"Bearer {token}"},
            **_cancellable(state),
        )
        try:
            people = response.json()["personer"]
        except (ValueError, KeyError, TypeError):
            raise ServiceError(
                "Kontaktregisteret svarte med noe Postvakt ikke kjenner igjen. Prøv igjen "
                "senere; hjelper ikke det, si fra til IT-avdelingen.",
                status=response.status_code,
            ) from None
        if not isinstance(people, list):
            raise ServiceError(
                "Kontaktregisteret svarte uten en liste over personer.", status=response.status_code
            )
        return [p for p in people if isinstance(p, dict)]


def _cancellable(state: TaskState | None) -> dict[str, Any]:
    if state is None:
        return {}
    return {"cancel": lambda: state.cancelled, "sleep": state.wait}
