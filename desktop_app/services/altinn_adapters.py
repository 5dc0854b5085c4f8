"""The Altinn clients behind the wizards' protocols, for the person who is signed in.

:class:`AltinnAdapters` is made at sign-in and dropped at sign-out (the GUI wiring does both)
and gives three views of the same connection:

* :attr:`AltinnAdapters.delegation` → :class:`~desktop_app.services.dpi_onboarding.DelegationApi`
  (KS as Maskinporten supplier, delegation check, delegate, read back; the DPI resource is
  looked up in the resource registry by its scope, never written into Postvakt);
* :attr:`AltinnAdapters.access` → :class:`~desktop_app.services.confidential_access.AccessApi`;
* :attr:`AltinnAdapters.notifications` →
  :class:`~desktop_app.services.notification_contacts.NotificationApi`.

Every call finds the organisation's ``partyUuid`` in the session's authorized parties (a
plain Norwegian error when the signed-in person cannot act for that org.nr) and takes its
token from ``session.altinn_token`` at the moment of the call. One ``httpx.Client`` is shared
(it is thread-safe); the adapters keep no other mutable state than the DPI resource, looked
up once under a lock. Errors are :class:`~desktop_app.integrations.http.ServiceError` with a
bokmål message; :class:`~desktop_app.integrations.altinn_problems.FeatureUnavailable` passes
through unchanged (after ``on_unavailable`` is told), so a wizard can fall back to the guided
portal steps and log which path it took.

No Qt.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import httpx

from desktop_app.domain.access import PACKAGE_CODE, Holder, HolderSource, grant_code
from desktop_app.domain.contacts import AddressKind, NotificationAddress, split_phone
from desktop_app.domain.environments import Environment
from desktop_app.domain.identifiers import format_orgnr
from desktop_app.integrations.altinn import AltinnClients, open_altinn
from desktop_app.integrations.altinn_problems import FeatureUnavailable
from desktop_app.integrations.altinn_profile import NotificationAddress as ProfileAddress
from desktop_app.integrations.altinn_resources import Resource
from desktop_app.integrations.environments import ServiceUrls
from desktop_app.integrations.http import ServiceError, make_client
from desktop_app.services.confidential_access import GrantPerson
from desktop_app.services.session import NotSignedIn, Session
from desktop_app.storage.audit import AuditLog

__all__ = ["AltinnAdapters", "NotForThisOrganisation"]

UnavailableHandler = Callable[[FeatureUnavailable, str], None]
"""Told ``(error, area)`` when an Altinn API is out of reach; ``area`` is ``"dpi"``,
``"taushetsbelagt"`` or ``"varsling"``. Called from the worker thread."""


class NotForThisOrganisation(ServiceError):
    """The signed-in person cannot act for the org.nr in Altinn."""


class AltinnAdapters:
    """All three protocols on one shared connection. Thread-safe."""

    def __init__(
        self,
        session: Session,
        urls: ServiceUrls,
        *,
        http: httpx.Client | None = None,
        on_unavailable: UnavailableHandler | None = None,
        audit: AuditLog | None = None,
    ) -> None:
        self.session = session
        self.urls = urls
        self._own_http = http is None
        # The loopback sandbox needs no pause between calls; real Altinn gets the usual one.
        polite = {"min_interval": 0.0} if urls.environment is Environment.OVING else {}
        self._http = http if http is not None else make_client(**polite)
        self._clients: AltinnClients = open_altinn(urls, session.altinn_token, self._http)
        self._on_unavailable = on_unavailable
        self._audit = audit  # records, once per API and wizard, that Altinn said no
        self._recorded: set[tuple[object, ...]] = set()
        self._lock = threading.Lock()
        self._dpi: Resource | None = None
        self.delegation = _Delegation(self)
        self.access = _Access(self)
        self.notifications = _Notifications(self)

    def close(self) -> None:
        if self._own_http:
            self._http.close()

    # -- shared --------------------------------------------------------------------------
    @property
    def clients(self) -> AltinnClients:
        return self._clients

    def party(self, orgnr: str) -> str:
        """The partyUuid of ``orgnr`` among the organisations the person can act for."""
        info = self.session.info
        if info is None:
            raise NotSignedIn
        for party in info.organisations:
            # A main unit listed only to hold the subunits the person has access to
            # (onlyHierarchyElementWithNoAccess) is not one they can act for.
            if party.organization_number == orgnr and party.party_uuid and not party.only_hierarchy:
                return party.party_uuid
        who = info.name or "Du"
        if info.parties_problem:
            raise NotForThisOrganisation(
                "Postvakt fikk ikke listen over virksomhetene du kan representere i Altinn, "
                f"så den vet ikke om du kan handle for {format_orgnr(orgnr)}. Logg inn på nytt "
                "under Innstillinger → Pålogging og prøv igjen.",
                status=403,
            )
        raise NotForThisOrganisation(
            f"{who} kan ikke representere {format_orgnr(orgnr)} i Altinn, så Postvakt kan ikke "
            "gjøre dette for deg. Be daglig leder eller hovedadministrator om å gi deg tilgang "
            "i Altinn (og logg inn på nytt), eller gjør det selv i Altinn-portalen med stegene "
            "i veiviseren.",
            status=403,
        )

    def call(self, area: str, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """``fn(*args)``; an unavailable API is reported to ``on_unavailable`` and re-raised."""
        try:
            return fn(*args, **kwargs)
        except FeatureUnavailable as exc:
            self._record_unavailable(exc, area)
            if self._on_unavailable is not None:
                self._on_unavailable(exc, area)
            raise

    def _record_unavailable(self, exc: FeatureUnavailable, area: str) -> None:
        key = (exc.feature, exc.reason, area)
        with self._lock:
            if self._audit is None or key in self._recorded:
                return
            self._recorded.add(key)
        self._audit.append("altinn.api_unavailable", {**exc.audit_details(), "veiviser": area})

    def dpi_resource(self) -> Resource:
        """The DPI resource from the resource registry (looked up once per sign-in)."""
        with self._lock:
            if self._dpi is not None:
                return self._dpi
        found = self.call("dpi", self._clients.resources.dpi_resource)
        with self._lock:
            self._dpi = found
        return found


# ---------------------------------------------------------------------------- DPI
class _Delegation:
    """:class:`~desktop_app.services.dpi_onboarding.DelegationApi` (altinn.md §3.2)."""

    AREA = "dpi"

    def __init__(self, owner: AltinnAdapters) -> None:
        self._o = owner
        self._access = owner.clients.access

    def add_supplier(self, orgnr: str, supplier_orgnr: str) -> None:
        party = self._o.party(orgnr)
        if not self._o.call(self.AREA, self._access.maskinporten_suppliers, party, supplier_orgnr):
            self._o.call(self.AREA, self._access.add_maskinporten_supplier, party, supplier_orgnr)

    def check(self, orgnr: str) -> bool:
        party = self._o.party(orgnr)
        resource = self._o.dpi_resource()
        result = self._o.call(
            self.AREA, self._access.check_supplier_resource, party, resource.identifier
        )
        return bool(result.delegable)

    def delegate(self, orgnr: str, supplier_orgnr: str) -> None:
        party = self._o.party(orgnr)
        resource = self._o.dpi_resource().identifier
        if not self._o.call(
            self.AREA, self._access.supplier_has_resource, party, resource, supplier_orgnr
        ):
            self._o.call(
                self.AREA,
                self._access.delegate_resource_to_supplier,
                party,
                resource,
                supplier_orgnr,
            )

    def read_back(self, orgnr: str, supplier_orgnr: str) -> bool:
        party = self._o.party(orgnr)
        resource = self._o.dpi_resource().identifier
        return bool(
            self._o.call(
                self.AREA, self._access.supplier_has_resource, party, resource, supplier_orgnr
            )
        )


# ---------------------------------------------------------------------------- access
class _Access:
    """:class:`~desktop_app.services.confidential_access.AccessApi` (altinn.md §2)."""

    AREA = "taushetsbelagt"

    def __init__(self, owner: AltinnAdapters) -> None:
        self._o = owner
        self._access = owner.clients.access

    def holders(self, orgnr: str) -> list[Holder]:
        party = self._o.party(orgnr)
        found = self._o.call(self.AREA, self._access.confidential_post_holders, party)
        merged: dict[str, Holder] = {}
        for item in found:
            code = PACKAGE_CODE if item.via == "package" else grant_code(item.urn)
            if code is None:
                continue
            key = item.party.id or item.party.name
            before = merged.get(key)
            grants = (*before.grants, code) if before else (code,)
            merged[key] = Holder(
                None,
                orgnr,
                _name(item.party.name),
                "",
                tuple(dict.fromkeys(grants)),
                HolderSource.API,
                item.party.id,
            )
        return list(merged.values())

    def check_delegation(self, orgnr: str) -> bool:
        party = self._o.party(orgnr)
        return bool(self._o.call(self.AREA, self._access.check_package_delegation, party).result)

    def grant(self, orgnr: str, person: GrantPerson) -> None:
        party = self._o.party(orgnr)
        self._o.call(
            self.AREA, self._access.grant_package, party, person.identifier, person.last_name
        )

    def revoke(self, orgnr: str, holder: Holder) -> None:
        party = self._o.party(orgnr)
        if not holder.party_uuid:
            raise ServiceError(
                f"Postvakt vet ikke hvem {holder.name} er i Altinn. Trykk «Les fra Altinn» "
                "først, og fjern tilgangen etterpå."
            )
        for code in holder.grants:
            if code == PACKAGE_CODE:
                self._o.call(self.AREA, self._access.revoke_package, party, holder.party_uuid)
            else:
                self._o.call(self.AREA, self._access.remove_role, party, holder.party_uuid, code)


def _name(name: str) -> str:
    """Altinn writes names in capitals; show them as people write them."""
    return name.title() if name.isupper() else name


# ---------------------------------------------------------------------------- notifications
class _Notifications:
    """:class:`~desktop_app.services.notification_contacts.NotificationApi` (altinn.md §5.1).

    The Profile API takes the org.nr in the path, but the person must still be able to act
    for it: the party check comes first so the answer is the same plain message as elsewhere.
    """

    AREA = "varsling"

    def __init__(self, owner: AltinnAdapters) -> None:
        self._o = owner
        self._profile = owner.clients.profile

    def list_addresses(self, orgnr: str) -> list[NotificationAddress]:
        self._o.party(orgnr)
        return [
            _address(orgnr, a)
            for a in self._o.call(self.AREA, self._profile.notification_addresses, orgnr)
        ]

    def add_address(self, orgnr: str, kind: AddressKind, value: str) -> NotificationAddress:
        self._o.party(orgnr)
        if kind is AddressKind.EMAIL:
            added, _created = self._o.call(self.AREA, self._profile.add_email, orgnr, value)
        else:
            country, phone = split_phone(value)
            added, _created = self._o.call(
                self.AREA, self._profile.add_phone, orgnr, phone, country
            )
        return _address(orgnr, added)

    def change_address(
        self, orgnr: str, remote_id: str, kind: AddressKind, value: str
    ) -> NotificationAddress:
        self._o.party(orgnr)
        if kind is AddressKind.EMAIL:
            changed = self._o.call(
                self.AREA, self._profile.change_address, orgnr, _remote(remote_id), email=value
            )
        else:
            country, phone = split_phone(value)
            changed = self._o.call(
                self.AREA,
                self._profile.change_address,
                orgnr,
                _remote(remote_id),
                phone=phone,
                country_code=country,
            )
        return _address(orgnr, changed)

    def remove_address(self, orgnr: str, remote_id: str) -> None:
        self._o.party(orgnr)
        self._o.call(self.AREA, self._profile.remove_address, orgnr, _remote(remote_id))


def _remote(remote_id: str) -> int:
    try:
        return int(remote_id)
    except (TypeError, ValueError):
        raise ServiceError(
            "Postvakt kjenner ikke igjen adressen i Altinn. Les adressene fra "
            "Altinn på nytt og prøv igjen."
        ) from None


def _address(orgnr: str, a: ProfileAddress) -> NotificationAddress:
    if a.email:
        return NotificationAddress(
            None, orgnr, AddressKind.EMAIL, a.email.strip(), str(a.id), "api"
        )
    value = f"{a.country_code or '+47'}{a.phone or ''}"
    return NotificationAddress(None, orgnr, AddressKind.SMS, value, str(a.id), "api")
