"""Øving keeps its own copy of the URL layout and the contract values: here they are held
against the clients', so a change on one side that the other misses is seen at once."""

from __future__ import annotations

import importlib

import pytest

from desktop_app.integrations import krr, maskinporten, svarut
from desktop_app.integrations.environments import SANDBOX_PREFIXES, sandbox_urls

BASE = "http://127.0.0.1:1"
URLS = sandbox_urls(BASE)


@pytest.mark.parametrize(
    ("module", "client_side"),
    [
        ("idporten", SANDBOX_PREFIXES["idporten"]),
        ("maskinporten", SANDBOX_PREFIXES["maskinporten"]),
        ("svarut", SANDBOX_PREFIXES["svarut"]),
        ("krr", SANDBOX_PREFIXES["krr"]),
        ("enhetsregisteret", SANDBOX_PREFIXES["enhetsregisteret"]),
        ("altinn_authentication", SANDBOX_PREFIXES["altinn_platform"]),
        ("altinn_profile", URLS.profile.removeprefix(BASE)),
        ("dialogporten", URLS.dialogporten_enduser.removeprefix(BASE)),
        ("altinn_access", URLS.accessmanagement_enduser.removeprefix(BASE)),
    ],
)
def test_each_sandbox_service_answers_where_the_client_asks(module, client_side):
    sandbox_module = importlib.import_module(f"desktop_app.sandbox.{module}")
    assert client_side == sandbox_module.PREFIX


def test_contract_values_agree_with_the_clients():
    from desktop_app.sandbox import maskinporten as sandbox_mp
    from desktop_app.sandbox import svarut as sandbox_svarut

    assert sandbox_mp.GRANT_TYPE == maskinporten.GRANT_TYPE
    assert sandbox_mp.MAX_GRANT_LIFETIME == maskinporten.MAX_GRANT_LIFETIME
    assert sandbox_mp.SVARUT_SCOPE == maskinporten.SVARUT_SCOPE == sandbox_svarut.SVARUT_SCOPE
    assert set(sandbox_mp.KRR_SCOPES) == set(krr.SCOPES)
    assert sandbox_svarut.MAX_IDS_PER_CALL == svarut.MAX_IDS_PER_CALL  # both [G]
    some = "D6B23522-DDF3-462A-8140-16E59E1F476D"
    assert sandbox_svarut.canonical_id(some) == svarut.canonical_id(some)
