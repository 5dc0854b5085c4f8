"""In-memory stand-ins for the Altinn protocols of the access and notification services.

They keep state like Altinn does (a grant shows up in the next read; the last address cannot
be deleted) and can be told to fail with a ProblemDetails code."""

from __future__ import annotations

from desktop_app.domain.access import PACKAGE_CODE, Holder, HolderSource
from desktop_app.domain.contacts import AddressKind, NotificationAddress
from desktop_app.integrations.http import ServiceError
from desktop_app.services.confidential_access import GrantPerson


class FakeAccessApi:
    def __init__(self) -> None:
        self.granted: dict[str, list[Holder]] = {}
        self.fail_with: str | None = None  # problem code for the next grant
        self.may_delegate = True
        self.calls: list[tuple] = []

    def holders(self, orgnr: str) -> list[Holder]:
        self.calls.append(("holders", orgnr))
        return list(self.granted.get(orgnr, []))

    def check_delegation(self, orgnr: str) -> bool:
        self.calls.append(("check", orgnr))
        return self.may_delegate

    def grant(self, orgnr: str, person: GrantPerson) -> None:
        self.calls.append(("grant", orgnr, person.identifier, person.last_name))
        if self.fail_with:
            code, self.fail_with = self.fail_with, None
            raise ServiceError("Altinn sa nei.", 400, code)
        self.granted.setdefault(orgnr, []).append(
            Holder(
                None,
                orgnr,
                person.name,
                person.email,
                (PACKAGE_CODE,),
                HolderSource.API,
                f"uuid-{person.identifier}",
            )
        )

    def revoke(self, orgnr: str, holder: Holder) -> None:
        self.calls.append(("revoke", orgnr, holder.name))
        self.granted[orgnr] = [h for h in self.granted.get(orgnr, []) if h.name != holder.name]


class FakeNotificationApi:
    def __init__(self) -> None:
        self.addresses: dict[str, list[NotificationAddress]] = {}
        self.next_id = 1

    def list_addresses(self, orgnr: str) -> list[NotificationAddress]:
        return list(self.addresses.get(orgnr, []))

    def add_address(self, orgnr: str, kind: AddressKind, value: str) -> NotificationAddress:
        a = NotificationAddress(None, orgnr, kind, value, str(self.next_id), "api")
        self.next_id += 1
        self.addresses.setdefault(orgnr, []).append(a)
        return a

    def change_address(
        self, orgnr: str, remote_id: str, kind: AddressKind, value: str
    ) -> NotificationAddress:
        new = NotificationAddress(None, orgnr, kind, value, remote_id, "api")
        self.addresses[orgnr] = [
            new if a.remote_id == remote_id else a for a in self.addresses.get(orgnr, [])
        ]
        return new

    def remove_address(self, orgnr: str, remote_id: str) -> None:
        if len(self.addresses.get(orgnr, [])) <= 1:
            raise ServiceError("Cannot delete the last notification address", 409)
        self.addresses[orgnr] = [a for a in self.addresses[orgnr] if a.remote_id != remote_id]
