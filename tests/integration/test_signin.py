"""Sign-in against the Øving sandbox over real HTTP: ID-porten (PKCE, loopback redirect,
id_token checks), the Altinn token exchange, authorizedparties, refresh and sign-out.

What a user notices: signing in shows their name and the organisations they can act for;
the session survives a restart and ends cleanly on sign-out; every failure (cancel in the
browser, a tampered answer, an expired login, wrong settings) is a plain bokmål message;
and no token or secret ends up in the log, the workspace database or the console.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import threading
import time
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx
import jwt
import keyring
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from support.keyrings import MemoryKeyring

from desktop_app.domain.cancellation import Cancelled, TaskState
from desktop_app.domain.environments import Environment
from desktop_app.integrations.altinn_auth import AltinnExchangeError, AltinnTokenExchange
from desktop_app.integrations.altinn_parties import AuthorizedPartiesClient
from desktop_app.integrations.environments import urls_for
from desktop_app.integrations.http import ServiceError, make_client
from desktop_app.integrations.idporten import (
    Callback,
    IdPortenClient,
    LoopbackReceiver,
    SignInError,
    code_challenge,
    follow_practice_redirect,
)
from desktop_app.sandbox import _fiction
from desktop_app.sandbox.idporten import state_for
from desktop_app.sandbox.server import build_sandbox
from desktop_app.services.session import NotSignedIn, Session
from desktop_app.settings import Settings
from desktop_app.storage.secrets import SecretName, SecretStore

FAKE_CLIENT_ID = "KLIENT-ID-SOM-IKKE-SKAL-LEKKE-4711"


@pytest.fixture(scope="module")
def sandbox():
    sb = build_sandbox()
    with sb:
        yield sb


@pytest.fixture(autouse=True)
def fresh_idporten(sandbox):
    state = state_for(sandbox)
    saved = (state.access_token_lifetime, state.id_token_lifetime, state.refresh_token_lifetime)
    yield state
    state.access_token_lifetime, state.id_token_lifetime, state.refresh_token_lifetime = saved
    state.deny_next = False
    state.nonce_override = None
    sandbox.clear_faults()


@pytest.fixture
def ring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def urls(sandbox):
    return urls_for(Environment.OVING, sandbox.base_url)


@pytest.fixture
def settings(tmp_path):
    return Settings(tmp_path / "innstillinger.json")


@pytest.fixture
def session(ring, urls, settings):
    s = Session(SecretStore(), settings, lambda: urls,
                http_factory=lambda: make_client(min_interval=0, timeout=5))
    yield s
    s.close()


@pytest.fixture
def http():
    with make_client(min_interval=0, timeout=5) as client:
        yield client


@pytest.fixture
def idporten(http, urls):
    return IdPortenClient(http, urls.idporten_discovery, "postvakt-test")


def sign_in(session: Session):
    return session.complete_sign_in(TaskState(), session.prepare_sign_in())


def stored_refresh(ring: MemoryKeyring) -> str | None:
    value = ring.store.get(("Postvakt", SecretName.IDPORTEN_REFRESH_TOKEN.value))
    return None if value is None else json.loads(value)["refresh_token"]


def code_for(request) -> Callback:
    """Play the browser without following the redirect: read code and state from it."""
    with httpx.Client(follow_redirects=False, timeout=5) as client:
        answer = client.get(request.url)
    assert answer.status_code == 302
    query = {k: v[-1] for k, v in parse_qs(urlsplit(answer.headers["location"]).query).items()}
    return Callback(code=query.get("code"), state=query.get("state"), error=query.get("error"))


# ---------------------------------------------------------------------------- PKCE
def test_code_challenge_matches_rfc7636_example():
    # RFC 7636 Appendix B
    assert (code_challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")
            == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM")


def test_authorization_url_carries_pkce_state_nonce_and_loopback_redirect(idporten):
    with LoopbackReceiver() as receiver:
        request = idporten.authorization_request(receiver.redirect_uri)
        q = {k: v[-1] for k, v in parse_qs(urlsplit(request.url).query).items()}
    assert q["code_challenge_method"] == "S256"
    assert q["code_challenge"] == code_challenge(request.code_verifier)
    assert 43 <= len(request.code_verifier) <= 128
    assert q["state"] == request.state and q["nonce"] == request.nonce
    assert q["redirect_uri"].startswith("http://127.0.0.1:")
    assert q["redirect_uri"].endswith("/callback")
    assert q["response_type"] == "code" and q["ui_locales"] == "nb"
    assert "openid" in q["scope"].split()
    assert request.state not in repr(request) and request.code_verifier not in repr(request)


# ---------------------------------------------------------------------------- full flow
def test_full_sign_in_shows_name_and_organisations(session, ring):
    info = sign_in(session)
    assert info.name == _fiction.DAGLIG_LEDER.name
    names = {o.name for o in info.organisations}
    assert "Fjordvik kommune" in names
    assert {o.orgnr for o in _fiction.organisations()} == {
        o.organization_number for o in info.organisations}
    municipality = info.top_organisations[0]
    assert municipality.organization_number == _fiction.MUNICIPALITY_ORGNR
    assert "DAGL" in municipality.roles
    assert municipality.subunits, "the units come as subunits of the municipality"
    assert info.remembered and stored_refresh(ring)
    assert info.session_ends_at is not None and info.access_expires_at > info.signed_in_at


def test_altinn_token_is_the_provider_for_altinn_clients(session, http, urls):
    sign_in(session)
    parties = AuthorizedPartiesClient(http, urls.accessmanagement_enduser,
                                      session.altinn_token).list()
    assert any(p.organization_number == _fiction.MUNICIPALITY_ORGNR for p in parties)
    claims = jwt.decode(session.altinn_token(), options={"verify_signature": False})
    assert claims["urn:altinn:userid"] and claims["pid"] == _fiction.DAGLIG_LEDER.pid


def test_expiring_token_is_refreshed_and_the_new_refresh_token_stored(
        session, ring, fresh_idporten, sandbox, http, urls):
    fresh_idporten.access_token_lifetime = 30  # under the 60 s margin: renew on each use
    sign_in(session)
    first_refresh = stored_refresh(ring)
    first_token = session.altinn_token()
    assert stored_refresh(ring) != first_refresh  # rotated and stored
    assert session.altinn_token() != first_token
    # the old refresh token is spent at ID-porten
    with pytest.raises(SignInError) as err:
        IdPortenClient(http, urls.idporten_discovery, "postvakt-oving").refresh(first_refresh)
    assert err.value.reason == "invalid_grant"


def test_session_resumes_from_the_keyring_after_a_restart(session, ring, settings, urls):
    sign_in(session)
    again = Session(SecretStore(), settings, lambda: urls,
                    http_factory=lambda: make_client(min_interval=0, timeout=5))
    try:
        info = again.resume()
        assert info is not None and info.name == _fiction.DAGLIG_LEDER.name
        assert again.altinn_token()
    finally:
        again.close()


def test_a_stored_session_from_another_environment_is_not_used(session, ring, settings,
                                                                sandbox):
    sign_in(session)
    test_env = urls_for(Environment.TEST)
    other = Session(SecretStore(), settings, lambda: test_env)
    assert other.resume() is None  # nothing was sent to the real test ID-porten
    assert stored_refresh(ring)  # and the Øving session is kept for later


def test_sign_out_clears_memory_and_keyring(session, ring):
    sign_in(session)
    session.sign_out()
    assert stored_refresh(ring) is None
    assert session.info is None
    with pytest.raises(NotSignedIn) as err:
        session.altinn_token()
    assert "Logg inn" in err.value.message_nb


def test_refresh_token_that_expired_ends_the_session(session, ring, fresh_idporten):
    fresh_idporten.access_token_lifetime = 30
    fresh_idporten.refresh_token_lifetime = -1
    sign_in(session)
    with pytest.raises(NotSignedIn):
        session.altinn_token()
    assert session.info is None and stored_refresh(ring) is None


def test_on_change_tells_the_gui_about_sign_in_and_out(ring, urls, settings):
    seen = []
    s = Session(SecretStore(), settings, lambda: urls, on_change=seen.append,
                http_factory=lambda: make_client(min_interval=0, timeout=5))
    try:
        sign_in(s)
        s.sign_out()
    finally:
        s.close()
    assert seen[0] is not None and seen[-1] is None


# ---------------------------------------------------------------------------- negative
def test_wrong_state_is_refused(idporten):
    with LoopbackReceiver() as receiver:
        request = idporten.authorization_request(receiver.redirect_uri)
    callback = code_for(request)
    with pytest.raises(SignInError) as err:
        idporten.redeem(request, dataclasses.replace(callback, state="annen-state"))
    assert err.value.reason == "state_mismatch"
    assert "state" in err.value.message_nb


def test_code_can_be_used_once(idporten):
    with LoopbackReceiver() as receiver:
        request = idporten.authorization_request(receiver.redirect_uri)
    callback = code_for(request)
    assert idporten.redeem(request, callback).access_token
    with pytest.raises(SignInError) as err:
        idporten.redeem(request, callback)
    assert err.value.reason == "invalid_grant"
    assert callback.code not in err.value.message_nb


def test_wrong_pkce_verifier_is_refused(idporten):
    with LoopbackReceiver() as receiver:
        request = idporten.authorization_request(receiver.redirect_uri)
    callback = code_for(request)
    forged = dataclasses.replace(request, code_verifier="x" * 64)
    with pytest.raises(SignInError) as err:
        idporten.redeem(forged, callback)
    assert err.value.reason == "invalid_grant"


def test_expired_id_token_is_refused(idporten, fresh_idporten):
    fresh_idporten.id_token_lifetime = -120
    with LoopbackReceiver() as receiver:
        request = idporten.authorization_request(receiver.redirect_uri)
    with pytest.raises(SignInError) as err:
        idporten.redeem(request, code_for(request))
    assert err.value.reason == "id_token_expired"
    assert "klokka" in err.value.message_nb


def test_wrong_nonce_is_refused(idporten, fresh_idporten):
    fresh_idporten.nonce_override = "en-annen-nonce"
    with LoopbackReceiver() as receiver:
        request = idporten.authorization_request(receiver.redirect_uri)
    with pytest.raises(SignInError) as err:
        idporten.redeem(request, code_for(request))
    assert err.value.reason == "nonce_mismatch"


def test_id_token_signed_by_someone_else_is_refused(idporten, urls):
    config = idporten.discover()
    other_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    now = int(time.time())
    forged = jwt.encode({"iss": config.issuer, "aud": "postvakt-test", "sub": "x",
                         "iat": now, "exp": now + 60, "acr": "idporten-loa-high"},
                        other_key, algorithm="RS256",
                        headers={"kid": idporten._keys().keys[0].key_id})
    with pytest.raises(SignInError) as err:
        idporten.validate_id_token(forged, nonce=None)
    assert err.value.reason == "id_token_invalid"


def test_cancel_in_the_browser_says_so(session, fresh_idporten, ring):
    fresh_idporten.deny_next = True
    with pytest.raises(SignInError) as err:
        sign_in(session)
    assert err.value.reason == "cancelled"
    assert "avbrutt" in err.value.message_nb
    assert session.info is None and stored_refresh(ring) is None


def test_waiting_for_the_browser_times_out(session, urls):
    pending = session.prepare_sign_in()
    pending.practice = False  # nobody opens the browser
    port = pending.receiver.port
    with pytest.raises(SignInError) as err:
        session.complete_sign_in(TaskState(), pending, timeout=0.3)
    assert err.value.reason == "timeout"
    assert_port_free(port)


def test_user_can_cancel_the_wait(session):
    pending = session.prepare_sign_in()
    pending.practice = False
    state = TaskState()
    threading.Timer(0.2, state.cancel).start()
    started = time.monotonic()
    with pytest.raises(Cancelled):
        session.complete_sign_in(state, pending, timeout=30)
    assert time.monotonic() - started < 5
    assert_port_free(pending.receiver.port)


def assert_port_free(port: int) -> None:
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"http://127.0.0.1:{port}/callback", timeout=1)


def test_loopback_page_is_bokmal_and_other_paths_are_ignored():
    with LoopbackReceiver() as receiver:
        base = f"http://127.0.0.1:{receiver.port}"
        assert httpx.get(base + "/favicon.ico", timeout=2).status_code == 404
        page = httpx.get(receiver.redirect_uri + "?code=abc123code&state=s1", timeout=2)
        result = receiver.wait(2)
    assert page.status_code == 200 and "Ferdig i nettleseren" in page.text
    assert 'lang="nb"' in page.text
    assert result.code == "abc123code" and result.state == "s1"


# ---------------------------------------------------------------------------- Altinn
def test_exchange_without_altinn_scope_is_refused_with_advice(session, settings, ring):
    settings.set("idporten_scopes", "openid digdir:dialogporten")
    with pytest.raises(AltinnExchangeError) as err:
        sign_in(session)
    assert err.value.status == 403
    assert "altinn:" in err.value.message_nb and "Innstillinger" in err.value.message_nb
    assert session.info is None and stored_refresh(ring) is None


@pytest.mark.parametrize("token", ["", "ikke-en-jwt",
                                   "eyJhbGciOiJub25lIn0.eyJwaWQiOiIxMjAzNzE0MDA5OSJ9."])
def test_exchange_refuses_missing_or_forged_tokens(http, urls, token):
    with pytest.raises(AltinnExchangeError) as err:
        AltinnTokenExchange(http, urls.authentication).exchange(token)
    assert err.value.status == 401
    assert "Logg inn" in err.value.message_nb


def test_exchange_answers_a_json_string_to_a_json_only_client(session, sandbox, urls):
    sign_in(session)
    token = session._tokens.access_token
    answer = httpx.get(urls.altinn_token_exchange, timeout=5,
                       headers={"Authorization": f"Bearer {token}", "Accept": "application/json"})
    assert answer.status_code == 200 and answer.text.startswith('"eyJ')


def test_authorizedparties_refuses_tokens_that_are_not_altinn_tokens(session, http, urls):
    sign_in(session)
    idporten_token = session._tokens.access_token  # right person, wrong issuer
    with pytest.raises(ServiceError) as err:
        AuthorizedPartiesClient(http, urls.accessmanagement_enduser,
                                lambda: idporten_token).list()
    assert err.value.status == 401


def test_authorizedparties_needs_its_scope(session, settings, http, urls):
    settings.set("idporten_scopes", "openid altinn:accessmanagement/enduser:connections:"
                                    "toothers.read")
    info = sign_in(session)
    assert info.parties_problem and "tilgang" in info.parties_problem
    assert info.organisations == []
    with pytest.raises(ServiceError) as err:
        AuthorizedPartiesClient(http, urls.accessmanagement_enduser,
                                session.altinn_token).list()
    assert err.value.status == 403


def test_parties_for_another_person(http, urls):
    client = IdPortenClient(http, urls.idporten_discovery, "postvakt-test")
    with LoopbackReceiver() as receiver:
        request = client.authorization_request(receiver.redirect_uri)
    hinted = dataclasses.replace(request, url=request.url + "&login_hint=" +
                                 _fiction.PEOPLE[3].pid)
    tokens = client.redeem(hinted, code_for(hinted))
    altinn = AltinnTokenExchange(http, urls.authentication).exchange(tokens.access_token)
    parties = AuthorizedPartiesClient(http, urls.accessmanagement_enduser,
                                      lambda: altinn.token).list()
    assert [p.type for p in parties] == ["Person"]  # only themselves


def test_a_busy_exchange_is_retried(session, sandbox):
    sandbox.set_faults(force_503=1, path_regex="/exchange/")
    assert sign_in(session).name == _fiction.DAGLIG_LEDER.name


# ---------------------------------------------------------------------------- no leaks
def test_no_token_or_secret_reaches_log_database_or_console(tmp_path, ring, sandbox, urls,
                                                            settings, capfd):
    from desktop_app.logs import setup_logging
    from desktop_app.storage.audit import AuditLog
    from desktop_app.storage.database import Database
    from desktop_app.storage.paths import app_paths

    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    paths = app_paths().ensure()
    setup_logging(paths.log_dir, level=logging.DEBUG)
    db = Database.open(paths.database)
    try:
        secrets = SecretStore()
        secrets.set(SecretName.IDPORTEN_CLIENT_ID, FAKE_CLIENT_ID)
        s = Session(secrets, settings, lambda: urls)
        info = sign_in(s)
        altinn = s.altinn_token()
        tokens = s._tokens
        pending = s.prepare_sign_in()  # a second attempt that fails half-way
        follow_practice_redirect(pending.url)
        wrong = dataclasses.replace(pending.receiver.wait(5), state="feil")
        with pytest.raises(SignInError) as err:
            s._idporten(urls).redeem(pending.request, wrong)
        logging.getLogger("test").error("feil: %r %s", err.value, err.value)
        AuditLog(db).append("innlogging", {"miljø": "oving", "navn": info.name}, None)
        s.sign_out()
        s.close()
    finally:
        db.close()
        for handler in list(root.handlers):
            if handler not in before:
                handler.flush()
                root.removeHandler(handler)
                handler.close()
        root.setLevel(level)
    secrets_seen = [FAKE_CLIENT_ID, tokens.access_token, tokens.id_token, tokens.refresh_token,
                    altinn, pending.request.state, pending.request.code_verifier,
                    pending.request.nonce, wrong.code]
    out = capfd.readouterr()
    places = {
        "logg": "".join(p.read_text(encoding="utf-8", errors="replace")
                        for p in paths.log_dir.glob("*")),
        "database": "".join(p.read_bytes().decode("latin-1")
                            for p in Path(paths.database).parent.glob("postvakt.sqlite3*")),
        "konsoll": out.out + out.err,
    }
    assert "Pålogget" in places["logg"]  # the log was written to
    for where, text in places.items():
        for value in secrets_seen:
            assert value and value not in text, f"hemmelighet funnet i {where}"


def test_parallel_workers_share_one_renewal(session, fresh_idporten):
    # Refresh tokens rotate: two workers renewing with the same one would end the session.
    fresh_idporten.access_token_lifetime = 30
    sign_in(session)
    results, errors = [], []

    def worker():
        try:
            results.append(session.altinn_token())
        except Exception as exc:
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert errors == [] and len(results) == 4
    assert session.signed_in


def test_reading_the_session_never_waits_for_the_network(session, fresh_idporten, sandbox):
    fresh_idporten.access_token_lifetime = 30
    sign_in(session)
    sandbox.set_faults(latency_ms=600, path_regex="/idporten/token")
    renewing = threading.Thread(target=session.altinn_token)
    renewing.start()
    time.sleep(0.1)
    started = time.monotonic()
    assert session.info is not None
    assert time.monotonic() - started < 0.1
    renewing.join(10)


# ---------------------------------------------------------------------------- sandbox contract
def test_sandbox_authorize_never_redirects_to_a_foreign_address(urls):
    config = httpx.get(urls.idporten_discovery, timeout=5).json()
    answer = httpx.get(config["authorization_endpoint"], timeout=5, params={
        "response_type": "code", "client_id": "x", "redirect_uri": "https://example.org/cb",
        "code_challenge": "abc", "code_challenge_method": "S256", "scope": "openid",
        "state": "s"})
    assert answer.status_code == 400 and "location" not in answer.headers


def test_sandbox_authorize_requires_s256(urls, idporten):
    with LoopbackReceiver() as receiver:
        request = idporten.authorization_request(receiver.redirect_uri)
    plain = dataclasses.replace(request, url=request.url.replace("S256", "plain"))
    callback = code_for(plain)
    assert callback.error == "invalid_request" and callback.code is None


@pytest.mark.parametrize(("form", "status", "error"), [
    ({"grant_type": "password"}, 400, "unsupported_grant_type"),
    ({"grant_type": "refresh_token", "refresh_token": "ukjent", "client_id": "x"}, 400,
     "invalid_grant"),
])
def test_sandbox_token_errors_are_oauth_json(urls, form, status, error):
    config = httpx.get(urls.idporten_discovery, timeout=5).json()
    answer = httpx.post(config["token_endpoint"], data=form, timeout=5)
    assert answer.status_code == status and answer.json()["error"] == error


def test_a_code_is_bound_to_its_client(idporten, http, urls):
    with LoopbackReceiver() as receiver:
        request = idporten.authorization_request(receiver.redirect_uri)
    callback = code_for(request)
    other = IdPortenClient(http, urls.idporten_discovery, "en-annen-klient")
    with pytest.raises(SignInError) as err:
        other.redeem(dataclasses.replace(request, client_id="en-annen-klient"), callback)
    assert err.value.reason == "unauthorized_client"


def test_a_scope_the_client_may_not_have_is_explained(session, settings, ring):
    settings.set("idporten_scopes", "openid ukjent:scope")
    with pytest.raises(SignInError) as err:
        sign_in(session)
    assert err.value.reason == "invalid_scope"
    assert "Samarbeidsportalen" in err.value.message_nb
    assert session.info is None and stored_refresh(ring) is None
