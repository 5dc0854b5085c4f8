"""«Sjekk oppsettet» against Øving shaped as the Test environment, set up to fail each way.

The sandbox plays ID-porten, Altinn, Maskinporten and SvarUt; its failure switches play a
municipality whose set-up is wrong in one place. The service reads it as it would read the
real Test (TT02): the client id, keys and SvarUt credentials come from the settings and the
keyring, never from Øving's practice values. What a user notices: each check says ok, what
is wrong and whom to ask, or «ikke sjekket» and why.
"""

from __future__ import annotations

import contextlib
import dataclasses

import keyring
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from support.keyrings import MemoryKeyring
from support.svarut_values import (
    CLIENT_ID,
    INTEGRASJON_ID,
    KID,
    KONTO,
    PASSORD,
    private_pem,
    public_pem,
)

from desktop_app.domain.cancellation import TaskState
from desktop_app.domain.environments import Environment
from desktop_app.integrations.environments import sandbox_urls
from desktop_app.integrations.http import make_client
from desktop_app.integrations.idporten import DEFAULT_SCOPES, follow_practice_redirect
from desktop_app.integrations.maskinporten import forget_tokens
from desktop_app.sandbox import maskinporten as sandbox_mp
from desktop_app.sandbox import svarut as sandbox_svarut
from desktop_app.sandbox.idporten import MISSING_SCOPE
from desktop_app.sandbox.server import build_sandbox
from desktop_app.services.session import Session
from desktop_app.services.setup_check import Contact, SetupCheckService, Status
from desktop_app.settings import Settings
from desktop_app.storage.audit import AuditLog
from desktop_app.storage.database import Database
from desktop_app.storage.secrets import SecretName, SecretStore

MUNICIPALITY = "310000000"  # Fjordvik kommune in the sandbox; its daglig leder signs in
SUPPLIERS = (
    "altinn:accessmanagement/enduser:maskinportensuppliers.read",
    "altinn:accessmanagement/enduser:maskinportensuppliers.write",
)


@pytest.fixture(scope="module")
def sandbox():
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    sb = build_sandbox()
    sandbox_mp.register_client(sb, CLIENT_ID, public_key_pem=public_pem(key), kid=KID)
    sandbox_svarut.state(sb).add_integration(INTEGRASJON_ID, PASSORD, {KONTO})
    sb.key_pem = private_pem(key)
    with sb:
        yield sb


@pytest.fixture(autouse=True)
def clean(sandbox):
    yield
    sandbox.clear_switches()
    sandbox.clear_faults()
    forget_tokens()


@pytest.fixture
def urls(sandbox):
    """The sandbox, shaped as Test: no practice shortcuts apply."""
    return dataclasses.replace(sandbox_urls(sandbox.base_url), environment=Environment.TEST)


@pytest.fixture
def ring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def settings(tmp_path, ring, sandbox):
    s = Settings(tmp_path / "innstillinger.json")
    s.set("environment", Environment.TEST.value)
    s.set("maskinporten_client_id", CLIENT_ID)
    s.set("maskinporten_kid", KID)
    s.set("svarut_konto_id", KONTO)
    s.set("idporten_scopes", " ".join((*DEFAULT_SCOPES, *SUPPLIERS)))
    store = SecretStore()
    store.set(SecretName.IDPORTEN_CLIENT_ID, "fjordvik-postvakt")
    test = store.for_environment(Environment.TEST)  # these are kept per environment
    test.set(SecretName.MASKINPORTEN_NOKKEL, sandbox.key_pem)
    test.set(SecretName.SVARUT_INTEGRASJON_ID, INTEGRASJON_ID)
    test.set(SecretName.SVARUT_INTEGRASJON_PASSORD, PASSORD)
    return s


@pytest.fixture
def session(settings, urls):
    s = Session(
        SecretStore(),
        settings,
        lambda: urls,
        http_factory=lambda: make_client(min_interval=0, timeout=5),
    )
    yield s
    s.close()


@pytest.fixture
def service(settings, urls, session):
    return SetupCheckService(
        settings,
        SecretStore(),
        lambda: urls,
        session,
        http_factory=lambda: make_client(min_interval=0, timeout=5),
    )


def browser_sign_in(session: Session):
    """The sign-in as the command line's --logg-inn does it, with the sandbox's authorize
    answer followed as a browser would (the receiver keeps it until Postvakt asks)."""

    def sign_in(state: TaskState) -> None:
        pending = session.prepare_sign_in()
        follow_practice_redirect(pending.url)
        session.complete_sign_in(state, pending, timeout=30)

    return sign_in


def by_key(report):
    return {r.key: r for r in report.results}


def test_everything_set_up_is_all_ok_and_written_in_the_log(service, session, tmp_path):
    with Database.open(tmp_path / "db.sqlite") as db:
        service.audit = AuditLog(db)
        report = service.run(orgnr=MUNICIPALITY, sign_in=browser_sign_in(session))
        entries = service.audit.entries()
    assert [r.status for r in report.results if r.status is not Status.OK] == []
    assert report.all_ok
    keys = [r.key for r in report.results]
    assert keys[:2] == ["idporten_discovery", "idporten_client"]
    assert {f"scope:{s}" for s in (*DEFAULT_SCOPES, *SUPPLIERS)} <= set(keys)
    assert keys[-5:] == [
        "altinn_party",
        "maskinportensuppliers",
        "altinn_profile",
        "maskinporten",
        "svarut",
    ]
    assert all(r.checked_at is not None for r in report.results)
    assert "Ingrid Fjell Berg" in by_key(report)["altinn_party"].message
    assert entries[-1].action == "setup_check.run"
    assert entries[-1].details["miljø"] == "test"
    assert entries[-1].details["feil"] == 0


def test_unknown_client_fails_the_client_check_and_says_why_the_rest_is_not_checked(
    sandbox, service, session
):
    sandbox.set_switches(idporten_unknown_client=True)
    report = service.run(orgnr=MUNICIPALITY, sign_in=browser_sign_in(session))
    results = by_key(report)
    client = results["idporten_client"]
    assert client.status is Status.FAILED
    assert client.ask is Contact.DIGDIR
    assert "fjordvik-postvakt" in client.message and "Samarbeidsportalen" in client.message
    assert results["idporten_discovery"].status is Status.OK
    for key in (
        f"scope:{DEFAULT_SCOPES[1]}",
        "altinn_exchange",
        "altinn_party",
        "maskinportensuppliers",
        "altinn_profile",
    ):
        assert results[key].status is Status.NOT_CHECKED, key
        assert results[key].checked_at is None
    assert "ikke godtatt" in results["altinn_exchange"].message
    # Maskinporten and SvarUt do not depend on ID-porten: still checked.
    assert results["maskinporten"].status is Status.OK
    assert results["svarut"].status is Status.OK
    assert session.info is None  # no sign-in was tried


def test_a_client_without_a_loopback_address_fails_the_same_check(sandbox, service, session):
    sandbox.set_switches(idporten_wrong_redirect=True)
    report = service.run(orgnr=MUNICIPALITY, sign_in=browser_sign_in(session))
    client = by_key(report)["idporten_client"]
    assert client.status is Status.FAILED
    assert "http://127.0.0.1:0/callback" in client.message  # what to register [V]
    assert "tilbakeadresse" in client.message


def test_a_missing_scope_is_named_and_the_sign_in_is_not_tried(sandbox, service, session):
    sandbox.set_switches(idporten_missing_scope=True)
    report = service.run(orgnr=MUNICIPALITY, sign_in=browser_sign_in(session))
    results = by_key(report)
    assert results["idporten_client"].status is Status.OK
    missing = results[f"scope:{MISSING_SCOPE}"]
    assert missing.status is Status.FAILED
    assert MISSING_SCOPE in missing.message and "invalid_scope" in missing.message
    assert missing.ask is Contact.ALTINN
    other = results["scope:altinn:accessmanagement/authorizedparties"]
    assert other.status is Status.NOT_CHECKED  # not refused, but not seen in a token either
    assert "etter innlogging" in other.message
    assert results["altinn_exchange"].status is Status.NOT_CHECKED
    assert "scopene" in results["altinn_exchange"].message
    assert report.failed == [missing]


def test_a_scope_missing_from_the_token_fails_after_sign_in(service, session, settings):
    settings.set("idporten_scopes", " ".join(DEFAULT_SCOPES))
    browser_sign_in(session)(TaskState())
    settings.set("idporten_scopes", " ".join((*DEFAULT_SCOPES, SUPPLIERS[0])))
    results = by_key(service.run(orgnr=MUNICIPALITY))
    assert results[f"scope:{DEFAULT_SCOPES[1]}"].status is Status.OK
    lacking = results[f"scope:{SUPPLIERS[0]}"]
    assert lacking.status is Status.FAILED
    assert "Tokenet" in lacking.message and "Logg inn på nytt" in lacking.message


def test_maskinportensuppliers_switched_off(sandbox, service, session):
    sandbox.set_switches(maskinportensuppliers_off=True)
    results = by_key(service.run(orgnr=MUNICIPALITY, sign_in=browser_sign_in(session)))
    check = results["maskinportensuppliers"]
    assert check.status is Status.FAILED
    assert "ikke slått på" in check.message and check.ask is Contact.ALTINN
    assert results["altinn_profile"].status is Status.OK


def test_profile_down(sandbox, service, session):
    sandbox.set_switches(profile_down=True)
    results = by_key(service.run(orgnr=MUNICIPALITY, sign_in=browser_sign_in(session)))
    check = results["altinn_profile"]
    assert check.status is Status.FAILED
    assert "Altinn Profil svarte ikke" in check.message
    assert results["maskinportensuppliers"].status is Status.OK


def test_maskinporten_refusing_the_key_leaves_svarut_unchecked(sandbox, service):
    sandbox.set_switches(maskinporten_key_refused=True)
    results = by_key(service.run(orgnr=MUNICIPALITY))
    check = results["maskinporten"]
    assert check.status is Status.FAILED
    assert check.ask is Contact.DIGDIR
    assert "nøkkelen" in check.message
    assert results["svarut"].status is Status.NOT_CHECKED
    assert "Maskinporten" in results["svarut"].message


def test_svarut_refusing_the_integration(sandbox, service):
    sandbox.set_switches(svarut_credentials_refused=True)
    results = by_key(service.run(orgnr=MUNICIPALITY))
    assert results["maskinporten"].status is Status.OK
    check = results["svarut"]
    assert check.status is Status.FAILED
    assert check.ask is Contact.KS and "Fiks forvaltning" in check.message


def test_id_porten_unreachable(service, urls):
    dead = dataclasses.replace(urls, idporten_discovery="http://127.0.0.1:9/.well-known/x")
    service._urls = lambda: dead
    results = by_key(service.run(orgnr=MUNICIPALITY))
    assert results["idporten_discovery"].status is Status.FAILED
    assert results["idporten_discovery"].ask is Contact.IT
    assert results["idporten_client"].status is Status.NOT_CHECKED
    assert "ID-porten svarte ikke" in results["idporten_client"].message


def test_without_sign_in_the_altinn_checks_say_how_to_run_them(service):
    results = by_key(service.run(orgnr=MUNICIPALITY))
    assert results["idporten_client"].status is Status.OK
    exchange = results["altinn_exchange"]
    assert exchange.status is Status.NOT_CHECKED
    assert "ikke logget inn" in exchange.message and "--logg-inn" in exchange.message
    assert results[f"scope:{DEFAULT_SCOPES[1]}"].status is Status.NOT_CHECKED


def test_nothing_set_up_in_test_names_what_is_missing(service):
    store = SecretStore()
    for each in (store, store.for_environment(Environment.TEST)):
        for name in SecretName:
            with contextlib.suppress(ValueError):  # kept per environment, or not
                each.delete(name)
    results = by_key(service.run(orgnr=MUNICIPALITY))
    client = results["idporten_client"]
    assert client.status is Status.FAILED and "klient-ID er ikke lagt inn" in client.message
    mp = results["maskinporten"]
    assert mp.status is Status.FAILED and mp.ask is Contact.DIGDIR
    assert SecretName.MASKINPORTEN_NOKKEL.label in mp.message
    assert results["svarut"].status is Status.NOT_CHECKED


def test_cancelled_run_says_so_for_each_check(service):
    state = TaskState()
    state.cancel()
    report = service.run(state, orgnr=MUNICIPALITY)
    assert report.cancelled
    assert {r.status for r in report.results} == {Status.NOT_CHECKED}
    assert all("avbrøt" in r.message for r in report.results)
    assert report.results[0].key == "idporten_discovery"


def test_switches_are_listed_and_set_over_http(sandbox):
    import httpx

    with httpx.Client(base_url=sandbox.base_url, timeout=5) as http:
        listed = http.get("/_sandbox/switches").json()
        assert set(listed) == {
            "idporten_unknown_client",
            "idporten_wrong_redirect",
            "idporten_missing_scope",
            "maskinportensuppliers_off",
            "profile_down",
            "maskinporten_key_refused",
            "svarut_credentials_refused",
        }
        assert all(not v["on"] and v["text"] for v in listed.values())
        assert http.post("/_sandbox/switches", json={"profile_down": True}).status_code == 200
        assert sandbox.switch("profile_down")
        refused = http.post("/_sandbox/switches", json={"no_such_switch": True})
        assert refused.status_code == 400 and "Known" in refused.json()["detail"]
        assert http.delete("/_sandbox/switches").status_code == 204
        assert not sandbox.switch("profile_down")


def test_a_keyring_that_cannot_be_read_is_said_as_such(service):
    from keyring.backends.fail import Keyring as NoKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    try:
        results = by_key(service.run(orgnr=MUNICIPALITY))
    finally:
        keyring.set_keyring(previous)
    client = results["idporten_client"]
    assert client.status is Status.FAILED and client.ask is Contact.YOU
    assert "nøkkelring" in client.message.lower()
    assert "ikke lagt inn" not in client.message


def test_without_a_municipality_the_altinn_checks_say_so(service, session):
    results = by_key(service.run(sign_in=browser_sign_in(session)))
    assert results["altinn_exchange"].status is Status.OK
    for key in ("altinn_party", "maskinportensuppliers", "altinn_profile"):
        assert results[key].status is Status.NOT_CHECKED
        assert "ingen arbeidsflate er valgt" in results[key].message
