"""The Altinn adapters the wizards get at sign-in, against the sandbox over real HTTP, for
people other than the daglig leder and for an Altinn that says no.

What a user notices: an IT coordinator who may manage access but neither give the
confidential-post package (he does not hold it) nor delegate Maskinporten scopes is told so
before anything is changed; an org.nr the person cannot act for is a
plain message naming them; an API that is switched off is reported (so the wizard can log
the guided path) and explained; several workers can use one sign-in at the same time.
"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import keyring
import pytest
from support.keyrings import MemoryKeyring

from desktop_app.domain.cancellation import TaskState
from desktop_app.domain.environments import Environment
from desktop_app.integrations.altinn_problems import FeatureUnavailable
from desktop_app.integrations.environments import urls_for
from desktop_app.integrations.idporten import follow_practice_redirect
from desktop_app.sandbox import _fiction
from desktop_app.sandbox._altinn import state_of
from desktop_app.services.altinn_adapters import AltinnAdapters, NotForThisOrganisation
from desktop_app.services.confidential_access import explain_access_error
from desktop_app.services.session import Session
from desktop_app.settings import Settings
from desktop_app.storage.secrets import SecretStore

MUNICIPALITY = _fiction.MUNICIPALITY_ORGNR
HELSE = "310100005"
IT_COORDINATOR = _fiction.PEOPLE[1]


@pytest.fixture
def ring():
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield
    keyring.set_keyring(previous)


def signed_in(sandbox, tmp_path, person=None) -> Session:
    """A session for ``person`` (the practice ID-porten's ``login_hint``)."""
    urls = urls_for(Environment.OVING, sandbox.base_url)
    session = Session(SecretStore(), Settings(tmp_path / "innstillinger.json"), lambda: urls)
    pending = session.prepare_sign_in()
    if person is not None:  # play the browser ourselves, with the hint
        pending.practice = False
        browser = threading.Thread(
            target=follow_practice_redirect, args=(f"{pending.url}&login_hint={person.pid}",)
        )
        browser.start()
        session.complete_sign_in(TaskState(), pending)
        browser.join(5)
    else:
        session.complete_sign_in(TaskState(), pending)
    return session


def adapters_for(session: Session, sandbox, seen=None) -> AltinnAdapters:
    urls = urls_for(Environment.OVING, sandbox.base_url)
    return AltinnAdapters(
        session,
        urls,
        on_unavailable=(
            (lambda exc, area: seen.append((exc.feature, exc.reason, area)))
            if seen is not None
            else None
        ),
    )


def test_it_coordinator_may_manage_access_but_not_delegate_dpi(sandbox, tmp_path, ring):
    session = signed_in(sandbox, tmp_path, IT_COORDINATOR)
    assert session.info.name == IT_COORDINATOR.name
    adapters = adapters_for(session, sandbox)
    try:
        # He is Tilgangsstyrer without the confidential-post package: he may not pass it on.
        assert adapters.access.check_delegation(MUNICIPALITY) is False
        assert adapters.delegation.check(MUNICIPALITY) is False  # AM-00028 in the wizard
        with pytest.raises(NotForThisOrganisation) as err:
            adapters.access.holders("974760673")  # not among his organisations
        assert IT_COORDINATOR.name in err.value.message_nb
        assert "974 760 673" in err.value.message_nb
    finally:
        adapters.close()
        session.close()


def test_a_switched_off_api_is_reported_explained_and_raised(sandbox, tmp_path, ring):
    session = signed_in(sandbox, tmp_path)
    seen: list[tuple] = []
    adapters = adapters_for(session, sandbox, seen)
    state_of(sandbox).features["connections"] = False
    try:
        with pytest.raises(FeatureUnavailable) as err:
            adapters.access.holders(MUNICIPALITY)
        assert seen == [("connections", "not_enabled", "taushetsbelagt")]
        assert "Altinn-portalen" in explain_access_error(err.value)
    finally:
        adapters.close()
        session.close()


def test_one_sign_in_serves_several_workers_at_once(sandbox, tmp_path, ring):
    session = signed_in(sandbox, tmp_path)
    adapters = adapters_for(session, sandbox)
    units = [o.organization_number for o in session.info.organisations][:8]
    try:
        with ThreadPoolExecutor(4) as pool:
            answers = list(pool.map(adapters.notifications.list_addresses, units))
        assert len(answers) == len(units)
        assert any(a.value == "postmottak@fjordvik.example" for a in answers[0])
        assert adapters.dpi_resource().identifier == "sandkasse-dpi-send"
    finally:
        adapters.close()
        session.close()


def test_only_practice_asks_for_the_supplier_scopes_by_default(tmp_path, ring):
    session = Session(SecretStore(), Settings(tmp_path / "s.json"), lambda: None)
    supplier = "altinn:accessmanagement/enduser:maskinportensuppliers.write"
    assert supplier in session.scopes(Environment.OVING).split()
    assert supplier not in session.scopes(Environment.TEST).split()
    assert supplier not in session.scopes(Environment.PRODUKSJON).split()


def test_a_foreign_mobile_number_reaches_altinn_with_its_own_country_code(sandbox, tmp_path, ring):
    # Altinn accepts any valid number with its country code; Postvakt sends +46 as +46.
    from desktop_app.domain.contacts import AddressKind, check_mobile

    session = signed_in(sandbox, tmp_path)
    adapters = adapters_for(session, sandbox)
    try:
        value = check_mobile("+46 70 123 45 67").value
        added = adapters.notifications.add_address(MUNICIPALITY, AddressKind.SMS, value)
        assert added.value == "+46701234567"
        assert sandbox.requests[-1].json == {"countryCode": "+46", "phone": "701234567"}
        changed = adapters.notifications.change_address(
            MUNICIPALITY, added.remote_id, AddressKind.SMS, "+4741234599"
        )
        assert changed.value == "+4741234599"
        assert sandbox.requests[-1].json == {"countryCode": "+47", "phone": "41234599"}
    finally:
        adapters.close()
        session.close()
