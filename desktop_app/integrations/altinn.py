"""All Altinn clients on one shared HTTP client, for a wizard's service to open in one go.

::

    with open_altinn(ctx.service_urls(), session.altinn_token) as altinn:
        holders = altinn.access.confidential_post_holders(party_uuid)
        dpi = altinn.resources.dpi_resource()
        addresses = altinn.profile.notification_addresses(orgnr)
        unopened = altinn.dialogs.has_unopened_confidential(orgnr)

``dialogs_token`` may be a different provider (an ID-porten access token with
``digdir:dialogporten``) if the exchanged Altinn token is refused there [G] altinn.md §6.3.
``cancel``/``sleep`` come from the task (``state.cancelled``, ``state.wait``) so a wait for
``Retry-After`` ends when the user cancels.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import httpx

from desktop_app.integrations.altinn_access import AccessManagementClient
from desktop_app.integrations.altinn_base import TokenProvider
from desktop_app.integrations.altinn_profile import ProfileClient
from desktop_app.integrations.altinn_resources import ResourceRegistryClient
from desktop_app.integrations.dialogporten import DialogportenClient
from desktop_app.integrations.environments import ServiceUrls
from desktop_app.integrations.http import make_client

__all__ = ["AltinnClients", "open_altinn"]


@dataclass
class AltinnClients:
    access: AccessManagementClient
    resources: ResourceRegistryClient
    profile: ProfileClient
    dialogs: DialogportenClient
    http: httpx.Client
    owns_http: bool = True

    def close(self) -> None:
        if self.owns_http:
            self.http.close()

    def __enter__(self) -> AltinnClients:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_altinn(
    urls: ServiceUrls,
    token: TokenProvider,
    client: httpx.Client | None = None,
    *,
    dialogs_token: TokenProvider | None = None,
    cancel: Callable[[], bool] | None = None,
    sleep: Callable[[float], None] | None = None,
) -> AltinnClients:
    http = client if client is not None else make_client()
    return AltinnClients(
        access=AccessManagementClient(urls, token, http, cancel=cancel, sleep=sleep),
        resources=ResourceRegistryClient(urls, token, http, cancel=cancel, sleep=sleep),
        profile=ProfileClient(urls, token, http, cancel=cancel, sleep=sleep),
        dialogs=DialogportenClient(urls, dialogs_token or token, http, cancel=cancel, sleep=sleep),
        http=http,
        owns_http=client is None,
    )
