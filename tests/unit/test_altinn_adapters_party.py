"""Which org.nr the signed-in person can act for, as the adapters see it (no network)."""

from __future__ import annotations

from datetime import UTC, datetime
from types import SimpleNamespace

import pytest

from desktop_app.domain.environments import Environment
from desktop_app.integrations.altinn_parties import AuthorizedParty
from desktop_app.integrations.environments import sandbox_urls
from desktop_app.services.altinn_adapters import AltinnAdapters, NotForThisOrganisation
from desktop_app.services.session import NotSignedIn, SessionInfo

NOW = datetime(2026, 11, 23, tzinfo=UTC)


def adapters(parties, problem=None, signed_in=True):
    info = (
        SessionInfo(Environment.OVING, "Ola Strand", tuple(parties), NOW, NOW, None, False, problem)
        if signed_in
        else None
    )
    session = SimpleNamespace(info=info, altinn_token=lambda: "t")
    return AltinnAdapters(session, sandbox_urls("http://127.0.0.1:1"))  # type: ignore[arg-type]


def org(orgnr, uuid, *, only_hierarchy=False, subunits=()):
    return AuthorizedParty(
        uuid,
        f"Enhet {orgnr}",
        "Organization",
        orgnr,
        only_hierarchy=only_hierarchy,
        subunits=tuple(subunits),
    )


def test_party_uuid_comes_from_the_authorized_parties_including_subunits():
    a = adapters([org("310000000", "muni", subunits=[org("310100005", "helse")])])
    assert a.party("310000000") == "muni"
    assert a.party("310100005") == "helse"
    a.close()


def test_a_main_unit_listed_only_for_its_subunits_cannot_be_acted_for():
    a = adapters(
        [org("310000000", "muni", only_hierarchy=True, subunits=[org("310100005", "helse")])]
    )
    assert a.party("310100005") == "helse"
    with pytest.raises(
        NotForThisOrganisation, match="Ola Strand kan ikke representere 310 000 000"
    ):
        a.party("310000000")
    a.close()


def test_no_list_of_parties_or_no_session_is_said_plainly():
    with pytest.raises(NotForThisOrganisation, match="Logg inn på nytt"):
        adapters([], problem="Altinn svarte ikke").party("310000000")
    with pytest.raises(NotSignedIn):
        adapters([], signed_in=False).party("310000000")
