"""Varsling: the notification addresses of each org number, checked as Altinn checks them,
the flags that show who is notified without being able to read, and an instruction per
person for the personal address only they can set.

No Qt. Altinn's Profile API is reached only through :class:`NotificationApi`; without it the
user keeps the list by hand and follows the guided portal steps.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from desktop_app.domain.access import (
    ApprovedReader,
    Flag,
    FlagKind,
    address_flags,
    addresses_known_units,
)
from desktop_app.domain.cancellation import TaskState
from desktop_app.domain.contacts import (
    AddressKind,
    NotificationAddress,
    address_key,
    can_remove,
    check_address,
    duplicate_of,
    format_address,
)
from desktop_app.domain.guides import GuideStep
from desktop_app.domain.identifiers import format_orgnr
from desktop_app.language import t
from desktop_app.services.confidential_access import (
    READ_ADDRESSES,
    AccessError,
    ConfidentialAccessService,
    api_is_off,
)
from desktop_app.services.recording import Recorder
from desktop_app.storage.access import AccessRepository
from desktop_app.storage.audit import AuditLog
from desktop_app.storage.database import Database, utc_now

__all__ = ["NotificationApi", "NotificationContactsService", "PersonalInstruction"]


class NotificationApi(Protocol):
    """Altinn Profile API, the organisation's notification addresses (altinn.md §5.1), for
    the signed-in person. Paths under ``/profile/api/v1/organizations/{orgnr}/
    notificationaddresses/mandatory``. Addresses come back as ``NotificationAddress`` with
    ``id=None``, ``remote_id=str(notificationAddressId)``, ``source="api"``; ``value`` is the
    e-mail, or ``countryCode + phone`` (``"+4791234567"``). Failures raise
    ``desktop_app.integrations.http.ServiceError`` (HTTP 409 on the last address or a
    duplicate)."""

    def list_addresses(self, orgnr: str) -> list[NotificationAddress]:
        """``GET …/mandatory``."""
        ...

    def add_address(self, orgnr: str, kind: AddressKind, value: str) -> NotificationAddress:
        """``POST …/mandatory`` with ``{"email"}`` or ``{"countryCode": "+47", "phone"}``."""
        ...

    def change_address(
        self, orgnr: str, remote_id: str, kind: AddressKind, value: str
    ) -> NotificationAddress:
        """``PUT …/mandatory/{remote_id}``."""
        ...

    def remove_address(self, orgnr: str, remote_id: str) -> None:
        """``DELETE …/mandatory/{remote_id}``."""
        ...


def _explain(exc: BaseException) -> str:
    message = getattr(exc, "message_nb", None)
    if getattr(exc, "feature", None) and message:
        return str(message)  # FeatureUnavailable: it says to use the portal steps
    status = getattr(exc, "status", None)
    if status == 409:
        return (
            "Altinn sa nei: enten er adressen allerede registrert, eller så er dette den "
            "siste adressen, som ikke kan fjernes."
        )
    if status == 403:
        return (
            "Du har ikke rett til å endre varslingsadressene for denne virksomheten. Det "
            "kan daglig leder, styreleder eller den som er hovedadministrator."
        )
    if status == 401:
        return "Innloggingen er utløpt. Logg inn på nytt og prøv igjen."
    return getattr(exc, "message_nb", None) or "Altinn svarte ikke som ventet. Prøv igjen."


@dataclass(frozen=True)
class PersonalInstruction:
    name: str
    units: tuple[str, ...]  # "Name (org.nr)" for each unit the person reads
    text: str


class NotificationContactsService:
    def __init__(
        self,
        db: Database,
        audit: AuditLog | None = None,
        access: ConfidentialAccessService | None = None,
    ) -> None:
        self.repo = AccessRepository(db)
        self.recorder = Recorder(db, audit)
        self.access = (
            access if access is not None else ConfidentialAccessService(db, self.recorder.audit)
        )

    def addresses(self, workspace_id: int) -> list[NotificationAddress]:
        return self.repo.addresses(workspace_id)

    def _checked(
        self, workspace_id: int, orgnr: str, text: str, ignore_id: int | None = None
    ) -> tuple[AddressKind, str]:
        checked = check_address(text)
        if not checked.ok or checked.kind is None or checked.value is None:
            raise AccessError(checked.error or "Ugyldig adresse.", "address")
        if duplicate_of(self.repo.addresses(workspace_id), orgnr, checked.value, ignore_id):
            raise AccessError(
                f"{format_address(checked.kind, checked.value)} er allerede "
                f"varslingsadresse for {format_orgnr(orgnr)}.",
                "address",
            )
        return checked.kind, checked.value

    def add(
        self, api: NotificationApi | None, workspace_id: int, orgnr: str, text: str
    ) -> NotificationAddress:
        orgnr = self.access._require_unit(workspace_id, orgnr)
        kind, value = self._checked(workspace_id, orgnr, text)
        address = NotificationAddress(None, orgnr, kind, value)
        if api is not None:
            try:
                address = api.add_address(orgnr, kind, value)
            except Exception as exc:
                raise AccessError(_explain(exc)) from exc
        with self.recorder.change():
            saved = self.repo.add_address(
                workspace_id,
                NotificationAddress(
                    None, orgnr, kind, value, address.remote_id, "api" if api else "manuell"
                ),
            )
            self.recorder.write(
                workspace_id,
                "notification.address_added",
                {"orgnr": orgnr, "adresse": value, "via": "altinn" if api else "manuell"},
            )
        return saved

    def change(
        self,
        api: NotificationApi | None,
        workspace_id: int,
        address: NotificationAddress,
        text: str,
    ) -> NotificationAddress:
        kind, value = self._checked(workspace_id, address.orgnr, text, address.id)
        remote_id = address.remote_id
        if api is not None and remote_id:
            try:
                remote_id = api.change_address(address.orgnr, remote_id, kind, value).remote_id
            except Exception as exc:
                raise AccessError(_explain(exc)) from exc
        new = NotificationAddress(address.id, address.orgnr, kind, value, remote_id, address.source)
        with self.recorder.change():
            self.repo.update_address(workspace_id, new)
            self.recorder.write(
                workspace_id,
                "notification.address_changed",
                {
                    "orgnr": address.orgnr,
                    "fra": address.value,
                    "til": value,
                    "via": "altinn" if api is not None and address.remote_id else "manuell",
                },
            )
        return new

    def remove(
        self, api: NotificationApi | None, workspace_id: int, address: NotificationAddress
    ) -> None:
        why_not = can_remove(self.repo.addresses(workspace_id), address)
        if why_not:
            raise AccessError(why_not)
        if api is not None and address.remote_id:
            try:
                api.remove_address(address.orgnr, address.remote_id)
            except Exception as exc:
                raise AccessError(_explain(exc)) from exc
        with self.recorder.change():
            if address.id is not None:
                self.repo.remove_address(workspace_id, address.id)
            self.recorder.write(
                workspace_id,
                "notification.address_removed",
                {
                    "orgnr": address.orgnr,
                    "adresse": address.value,
                    "via": "altinn" if api is not None and address.remote_id else "manuell",
                },
            )

    def refresh(
        self, api: NotificationApi, workspace_id: int, state: TaskState | None = None
    ) -> list[tuple[str, str]]:
        """Read every org number's addresses from Altinn; returns ``(orgnr, message)`` for
        each that failed (the rest is saved).

        What Altinn answers replaces what was read from it before. An address the user
        typed in by hand stays: if Altinn has it too, it becomes Altinn's (confirmed);
        if not, it stays «ført inn for hånd», so nothing typed in is lost by reading."""
        failed: list[tuple[str, str]] = []
        units = self.access.units(workspace_id)
        for i, unit in enumerate(units):
            if state is not None:
                state.check()
                state.progress(i, len(units), f"Leser varslingsadresser for {unit.name}")
            try:
                found = api.list_addresses(unit.orgnr)
            except Exception as exc:
                failed.append((unit.orgnr, _explain(exc)))
                if api_is_off(exc):  # the same answer for every org.nr: stop asking
                    failed += [(u.orgnr, failed[-1][1]) for u in units[i + 1 :]]
                    break
                continue
            read = [
                NotificationAddress(None, unit.orgnr, a.kind, a.value, a.remote_id, "api")
                for a in found
            ]
            confirmed = {address_key(a.value) for a in read}
            manual = [
                a
                for a in self.repo.addresses(workspace_id)
                if a.orgnr == unit.orgnr
                and a.source != "api"
                and address_key(a.value) not in confirmed
            ]
            with self.recorder.change():
                self.repo.replace_addresses(workspace_id, unit.orgnr, read + manual)
                self.repo.mark_read(workspace_id, unit.orgnr, READ_ADDRESSES, utc_now())
        self.recorder.write(
            workspace_id,
            "notification.addresses_read",
            {"lest": len(units) - len(failed), "feil": len(failed)},
        )
        return failed

    def flags(self, workspace_id: int) -> list[Flag]:
        """What should be fixed. «No address» only where that is known: the addresses were
        read from Altinn, or some were recorded by hand."""
        addresses = self.repo.addresses(workspace_id)
        known = self.known_units(workspace_id, addresses)
        return [
            f
            for f in address_flags(
                self.access.units(workspace_id),
                self.repo.approved(workspace_id),
                self.repo.holders(workspace_id),
                addresses,
            )
            if f.kind is not FlagKind.NO_ADDRESS or f.orgnr in known
        ]

    def known_units(
        self, workspace_id: int, addresses: list[NotificationAddress] | None = None
    ) -> set[str]:
        """The org numbers whose addresses are known: read from Altinn, or recorded by hand."""
        if addresses is None:
            addresses = self.repo.addresses(workspace_id)
        return addresses_known_units(self.repo.reads(workspace_id, READ_ADDRESSES), addresses)

    def instructions(self, workspace_id: int, guide: GuideStep) -> list[PersonalInstruction]:
        """One short instruction per approved reader, for the personal notification address
        only they can set (altinn.md §5.2). ``guide`` is the content file
        ``personlig-varsling``; its steps may use {navn}, {enheter}, {epost}, {mobil}."""
        units = {u.orgnr: u.name for u in self.access.units(workspace_id)}
        people: dict[str, list[ApprovedReader]] = {}
        for r in self.repo.approved(workspace_id):
            people.setdefault(r.key, []).append(r)
        result = []
        for readers in people.values():
            first = readers[0]
            unit_list = tuple(
                f"{units.get(r.orgnr, r.orgnr)} ({format_orgnr(r.orgnr)})" for r in readers
            )
            values = {
                "navn": first.name,
                "enheter": ", ".join(unit_list),
                "epost": next(
                    (r.email for r in readers if "@" in r.email), t("e-postadressen din")
                ),
                "mobil": next(
                    (format_address(AddressKind.SMS, r.mobile) for r in readers if r.mobile),
                    t("mobilnummeret ditt"),
                ),
            }
            lines = [
                t("Til {name}: varsel om taushetsbelagt post", name=first.name),
                "",
                guide.lead.format_map(values),
                "",
            ]
            steps = guide.paths[0].steps if guide.paths else ()
            lines += [f"{i}. {step.format_map(values)}" for i, step in enumerate(steps, 1)]
            if guide.links:
                lines += ["", *(f"{link.label}: {link.url}" for link in guide.links)]
            result.append(PersonalInstruction(first.name, unit_list, "\n".join(lines)))
        return sorted(result, key=lambda p: p.name.casefold())
