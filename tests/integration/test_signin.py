"""Sign-in against the Øving sandbox over real HTTP: ID-porten (PKCE, loopback redirect,
id_token checks), the Altinn token exchange, authorizedparties, renewal and sign-out.

What a user notices: signing in shows their name and the organisations they can act for;
when the 120-second token runs out, work goes on after a renewal through ID-porten's
session in the browser (or a refresh token, where ID-porten gives one); sign-out ends the
ID-porten session and the tokens; every failure (cancel in the browser, a tampered answer,
an expired login, wrong settings) is a plain bokmål message; and no token or secret ends up
in the log, the workspace database or the console. Time moves with Øving's clock
(``IdPortenState.advance``), shared with the session's clock: no test waits for a token.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import socket
import struct
import threading
import time
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx
import jwt
import keyring
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from support.keyrings import MemoryKeyring

from desktop_app.domain.cancellation import Cancelled, TaskState
from desktop_app.domain.contacts import AddressKind
from desktop_app.domain.environments import Environment
from desktop_app.integrations.altinn_auth import AltinnExchangeError, AltinnTokenExchange
from desktop_app.integrations.altinn_parties import AuthorizedPartiesClient
from desktop_app.integrations.altinn_profile import ProfileClient
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
from desktop_app.sandbox.idporten import REFRESH_SETTING, IdPortenState, state_for
from desktop_app.sandbox.server import build_sandbox
from desktop_app.services.altinn_adapters import AltinnAdapters
from desktop_app.services.session import NOTICE_RENEWING, NotSignedIn, RenewalFailed, Session
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
    saved = (
        state.access_token_lifetime,
        state.id_token_lifetime,
        state.refresh_token_lifetime,
        state.issue_refresh_tokens,
    )
    yield state
    (
        state.access_token_lifetime,
        state.id_token_lifetime,
        state.refresh_token_lifetime,
        state.issue_refresh_tokens,
    ) = saved
    state.deny_next = False
    state.nonce_override = None
    state.clock_offset = 0.0
    sandbox.clear_faults()


@pytest.fixture
def refresh_case(fresh_idporten):
    """Øving in the case ID-porten's token page rules out: refresh tokens for a public client."""
    fresh_idporten.issue_refresh_tokens = True
    return fresh_idporten


@pytest.fixture
def lag():
    """Seconds the session's clock runs behind Øving's (0: the same clock)."""
    return [0.0]


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
def notices():
    return []


@pytest.fixture
def session(ring, urls, settings, fresh_idporten, lag, notices):
    s = Session(
        SecretStore(),
        settings,
        lambda: urls,
        http_factory=lambda: make_client(min_interval=0, timeout=5),
        clock=lambda: datetime.now(UTC) + timedelta(seconds=fresh_idporten.clock_offset - lag[0]),
        on_notice=notices.append,
    )
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
    assert (
        code_challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")
        == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
    )


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
        o.organization_number for o in info.organisations
    }
    municipality = info.top_organisations[0]
    assert municipality.organization_number == _fiction.MUNICIPALITY_ORGNR
    assert "DAGL" in municipality.roles
    assert municipality.subunits, "the units come as subunits of the municipality"
    # A public client gets no refresh token: renewal goes through ID-porten's SSO session,
    # which lasts at most 120 minutes from the login.
    assert info.renews_in_browser and not info.remembered and stored_refresh(ring) is None
    assert info.access_expires_at > info.signed_in_at
    assert info.session_ends_at is not None
    assert (
        timedelta(minutes=119) < info.session_ends_at - info.signed_in_at <= timedelta(minutes=120)
    )


def test_a_public_client_gets_120_second_tokens_and_no_refresh_token(idporten, http, urls):
    with LoopbackReceiver() as receiver:
        request = idporten.authorization_request(receiver.redirect_uri)
    tokens = idporten.redeem(request, code_for(request))
    assert tokens.refresh_token is None
    left = (tokens.expires_at - datetime.now(UTC)).total_seconds()
    assert 100 < left <= 120
    config = httpx.get(urls.idporten_discovery, timeout=5).json()
    answer = httpx.post(
        config["token_endpoint"],
        timeout=5,
        data={"grant_type": "refresh_token", "refresh_token": "noe", "client_id": "postvakt-test"},
    )
    assert answer.status_code == 400 and answer.json()["error"] == "unauthorized_client"


def test_oving_can_issue_refresh_tokens_when_told_to(monkeypatch):
    monkeypatch.setenv(REFRESH_SETTING, "ja")
    assert IdPortenState().issue_refresh_tokens
    monkeypatch.delenv(REFRESH_SETTING)
    assert not IdPortenState().issue_refresh_tokens


def test_the_refresh_case_stores_the_refresh_token(session, ring, refresh_case):
    info = sign_in(session)
    assert info.remembered and stored_refresh(ring) and not info.renews_in_browser
    assert info.session_ends_at is not None
    assert info.session_ends_at - info.signed_in_at <= timedelta(seconds=600)


def test_an_expired_token_is_renewed_through_the_browser_without_a_login(
    session, fresh_idporten, notices, http, urls
):
    sign_in(session)
    first = session.altinn_token()
    logins, silent = fresh_idporten.logins, fresh_idporten.silent_logins
    fresh_idporten.advance(130)  # the 120-second token has run out
    parties = AuthorizedPartiesClient(
        http, urls.accessmanagement_enduser, session.altinn_token
    ).list()
    assert any(p.organization_number == _fiction.MUNICIPALITY_ORGNR for p in parties)
    assert session.altinn_token() != first
    assert (fresh_idporten.logins, fresh_idporten.silent_logins) == (logins, silent + 1)
    assert notices == [NOTICE_RENEWING]
    assert session.signed_in


def test_altinn_refusing_a_token_renews_and_the_call_goes_through(
    session, fresh_idporten, lag, notices, http, urls
):
    sign_in(session)
    session.altinn_token()
    silent = fresh_idporten.silent_logins
    lag[0] = 25  # Postvakt's clock is behind: it still thinks the token is good …
    fresh_idporten.advance(122)  # … but Altinn's says it ran out
    parties = AuthorizedPartiesClient(
        http, urls.accessmanagement_enduser, session.altinn_token
    ).list()
    assert any(p.organization_number == _fiction.MUNICIPALITY_ORGNR for p in parties)
    assert fresh_idporten.silent_logins == silent + 1 and notices == [NOTICE_RENEWING]


def test_a_half_done_change_is_saved_after_the_token_ran_out(session, fresh_idporten, http, urls):
    sign_in(session)
    adapters = AltinnAdapters(session, urls, http=http)  # what the wizards use
    fresh_idporten.advance(300)  # the person was typing for five minutes
    added = adapters.notifications.add_address(
        _fiction.MUNICIPALITY_ORGNR, AddressKind.EMAIL, "varsel@fjordvik.example"
    )
    assert added.value == "varsel@fjordvik.example"
    profile = ProfileClient(urls, session.altinn_token, http)
    assert any(
        a.email == "varsel@fjordvik.example"
        for a in profile.notification_addresses(_fiction.MUNICIPALITY_ORGNR)
    )


def test_a_renewal_that_fails_keeps_the_session_and_says_to_try_again(session, fresh_idporten):
    sign_in(session)
    fresh_idporten.advance(130)
    fresh_idporten.deny_next = True  # the person pressed Avbryt in ID-porten
    with pytest.raises(RenewalFailed) as err:
        session.altinn_token()
    assert "tatt vare på" in err.value.message_nb and "Prøv igjen" in err.value.message_nb
    assert session.signed_in
    assert session.altinn_token()  # trying again works


def test_after_the_sso_session_ends_renewal_needs_a_login(session, fresh_idporten):
    sign_in(session)
    logins = fresh_idporten.logins
    fresh_idporten.advance(31 * 60)  # 30 minutes without a new authorize request
    assert session.altinn_token()
    assert fresh_idporten.logins == logins + 1


def test_altinn_token_is_the_provider_for_altinn_clients(session, http, urls):
    sign_in(session)
    parties = AuthorizedPartiesClient(
        http, urls.accessmanagement_enduser, session.altinn_token
    ).list()
    assert any(p.organization_number == _fiction.MUNICIPALITY_ORGNR for p in parties)
    claims = jwt.decode(session.altinn_token(), options={"verify_signature": False})
    assert claims["urn:altinn:userid"] and claims["pid"] == _fiction.DAGLIG_LEDER.pid


def test_expiring_token_is_refreshed_and_the_new_refresh_token_stored(
    session, ring, refresh_case, sandbox, http, urls
):
    sign_in(session)
    first_refresh = stored_refresh(ring)
    first_token = session.altinn_token()
    silent = refresh_case.silent_logins
    refresh_case.advance(110)  # under the margin
    assert session.altinn_token() != first_token
    assert stored_refresh(ring) != first_refresh  # rotated and stored
    assert refresh_case.silent_logins == silent  # no browser needed
    # the old refresh token is spent at ID-porten
    with pytest.raises(SignInError) as err:
        IdPortenClient(http, urls.idporten_discovery, "postvakt-oving").refresh(first_refresh)
    assert err.value.reason == "invalid_grant"


def test_session_resumes_from_the_keyring_after_a_restart(
    session, ring, settings, urls, refresh_case
):
    sign_in(session)
    again = Session(
        SecretStore(),
        settings,
        lambda: urls,
        http_factory=lambda: make_client(min_interval=0, timeout=5),
    )
    try:
        info = again.resume()
        assert info is not None and info.name == _fiction.DAGLIG_LEDER.name
        assert again.altinn_token()
    finally:
        again.close()


def test_a_stored_session_from_another_environment_is_not_used(
    session, ring, settings, sandbox, refresh_case
):
    sign_in(session)
    test_env = urls_for(Environment.TEST)
    other = Session(SecretStore(), settings, lambda: test_env)
    assert other.resume() is None  # nothing was sent to the real test ID-porten
    assert stored_refresh(ring)  # and the Øving session is kept for later


def test_sign_out_clears_memory_and_keyring(session, ring, refresh_case, http, urls):
    sign_in(session)
    refresh = stored_refresh(ring)
    session.sign_out()
    assert stored_refresh(ring) is None
    assert session.info is None
    with pytest.raises(NotSignedIn) as err:
        session.altinn_token()
    assert "Logg inn" in err.value.message_nb
    with pytest.raises(SignInError) as spent:  # revoked at ID-porten
        IdPortenClient(http, urls.idporten_discovery, "postvakt-oving").refresh(refresh)
    assert spent.value.reason == "invalid_grant"


def test_sign_out_ends_the_id_porten_session_and_revokes_the_token(
    session, fresh_idporten, http, urls
):
    sign_in(session)
    access = session._tokens.access_token
    sessions = len(fresh_idporten.sso_sessions)
    session.sign_out()
    # The access token carries Altinn scopes, which ID-porten's logout leaves valid:
    # it was revoked, so Altinn no longer takes it.
    with pytest.raises(ServiceError) as err:
        AltinnTokenExchange(http, urls.authentication).exchange(access, None)
    assert err.value.status == 401
    assert len(fresh_idporten.sso_sessions) == sessions - 1  # the browser's SSO session ended
    logins = fresh_idporten.logins
    sign_in(session)  # the same browser: ID-porten asks for a login again
    assert fresh_idporten.logins == logins + 1


def test_a_refresh_token_that_ran_out_gives_way_to_the_browser(session, ring, refresh_case):
    refresh_case.refresh_token_lifetime = 1
    sign_in(session)
    silent = refresh_case.silent_logins
    refresh_case.advance(130)
    assert session.altinn_token()
    assert session.signed_in and refresh_case.silent_logins == silent + 1
    assert stored_refresh(ring)  # the new round gave a new one


def test_on_change_tells_the_gui_about_sign_in_and_out(ring, urls, settings):
    seen = []
    s = Session(
        SecretStore(),
        settings,
        lambda: urls,
        on_change=seen.append,
        http_factory=lambda: make_client(min_interval=0, timeout=5),
    )
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
    forged = jwt.encode(
        {
            "iss": config.issuer,
            "aud": "postvakt-test",
            "sub": "x",
            "iat": now,
            "exp": now + 60,
            "acr": "idporten-loa-high",
        },
        other_key,
        algorithm="RS256",
        headers={"kid": idporten._keys().keys[0].key_id},
    )
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
        receiver.expect("s1")
        base = f"http://127.0.0.1:{receiver.port}"
        assert httpx.get(base + "/favicon.ico", timeout=2).status_code == 404
        page = httpx.get(receiver.redirect_uri + "?code=abc123code&state=s1", timeout=2)
        kept = receiver.result  # kept before the browser got its page
        result = receiver.wait(2)
    assert page.status_code == 200 and "Ferdig i nettleseren" in page.text
    assert 'lang="nb"' in page.text
    assert kept == result
    assert result.code == "abc123code" and result.state == "s1"


def test_loopback_keeps_the_answer_before_it_replies(monkeypatch):
    kept_when_replying = []
    original = BaseHTTPRequestHandler.end_headers

    def end_headers(handler):
        kept_when_replying.append(receiver.result is not None)
        original(handler)

    monkeypatch.setattr(BaseHTTPRequestHandler, "end_headers", end_headers)
    with LoopbackReceiver() as receiver:
        receiver.expect("s1")
        httpx.get(receiver.redirect_uri + "?code=c1&state=s1", timeout=2)
        assert receiver.wait(2).code == "c1"
    assert kept_when_replying == [True]


def test_a_browser_that_leaves_early_does_not_lose_the_sign_in():
    with LoopbackReceiver() as receiver:
        receiver.expect("s1")
        browser = socket.create_connection(("127.0.0.1", receiver.port), timeout=2)
        browser.sendall(b"GET /callback?code=c1&state=s1 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        browser.recv(1)  # the answer has begun; the tab is closed at once
        browser.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        browser.close()
        assert receiver.wait(2).code == "c1"


def test_loopback_ignores_answers_for_another_sign_in():
    with LoopbackReceiver() as receiver:
        receiver.expect("riktig")
        uri = receiver.redirect_uri
        # Another program on the machine tries to end or spoil the sign-in.
        for query in (
            "?error=access_denied&state=feil",
            "?error=access_denied",
            "?code=falsk&state=feil",
        ):
            page = httpx.get(uri + query, timeout=2)
            assert page.status_code == 400 and "hører ikke til" in page.text
        assert receiver.result is None
        httpx.get(uri + "?code=ekte&state=riktig", timeout=2)
        result = receiver.wait(2)
    assert result.code == "ekte" and result.error is None


def test_a_foreign_callback_does_not_stop_the_sign_in(session):
    pending = session.prepare_sign_in()
    httpx.get(pending.receiver.redirect_uri + "?error=access_denied&state=gjettet", timeout=2)
    assert session.complete_sign_in(TaskState(), pending).name == _fiction.DAGLIG_LEDER.name


# ---------------------------------------------------------------------------- Altinn
def test_exchange_without_altinn_scope_is_refused_with_advice(session, settings, ring):
    settings.set("idporten_scopes", "openid digdir:dialogporten")
    with pytest.raises(AltinnExchangeError) as err:
        sign_in(session)
    assert err.value.status == 403
    assert "altinn:" in err.value.message_nb and "Innstillinger" in err.value.message_nb
    assert session.info is None and stored_refresh(ring) is None


@pytest.mark.parametrize(
    "token", ["", "ikke-en-jwt", "eyJhbGciOiJub25lIn0.eyJwaWQiOiIxMjAzNzE0MDA5OSJ9."]
)
def test_exchange_refuses_missing_or_forged_tokens(http, urls, token):
    with pytest.raises(AltinnExchangeError) as err:
        AltinnTokenExchange(http, urls.authentication).exchange(token)
    assert err.value.status == 401
    assert "Logg inn" in err.value.message_nb


def test_exchange_answers_a_json_string_to_a_json_only_client(session, sandbox, urls):
    sign_in(session)
    token = session._tokens.access_token
    answer = httpx.get(
        urls.altinn_token_exchange,
        timeout=5,
        headers={"Authorization": f"Bearer {token}", "Accept": "application/json"},
    )
    assert answer.status_code == 200 and answer.text.startswith('"eyJ')


def test_authorizedparties_refuses_tokens_that_are_not_altinn_tokens(session, http, urls):
    sign_in(session)
    idporten_token = session._tokens.access_token  # right person, wrong issuer
    with pytest.raises(ServiceError) as err:
        AuthorizedPartiesClient(http, urls.accessmanagement_enduser, lambda: idporten_token).list()
    assert err.value.status == 401


def test_authorizedparties_needs_its_scope(session, settings, http, urls):
    settings.set(
        "idporten_scopes", "openid altinn:accessmanagement/enduser:connections:toothers.read"
    )
    info = sign_in(session)
    assert info.parties_problem and "tilgang" in info.parties_problem
    assert info.organisations == []
    with pytest.raises(ServiceError) as err:
        AuthorizedPartiesClient(http, urls.accessmanagement_enduser, session.altinn_token).list()
    assert err.value.status == 403


def test_parties_for_another_person(http, urls):
    client = IdPortenClient(http, urls.idporten_discovery, "postvakt-test")
    with LoopbackReceiver() as receiver:
        request = client.authorization_request(receiver.redirect_uri)
    hinted = dataclasses.replace(request, url=request.url + "&login_hint=" + _fiction.PEOPLE[3].pid)
    tokens = client.redeem(hinted, code_for(hinted))
    altinn = AltinnTokenExchange(http, urls.authentication).exchange(tokens.access_token)
    parties = AuthorizedPartiesClient(
        http, urls.accessmanagement_enduser, lambda: altinn.token
    ).list()
    assert [p.type for p in parties] == ["Person"]  # only themselves


def test_a_busy_exchange_is_retried(session, sandbox):
    sandbox.set_faults(force_503=1, path_contains="/exchange/")
    assert sign_in(session).name == _fiction.DAGLIG_LEDER.name


# ---------------------------------------------------------------------------- no leaks
def test_no_token_or_secret_reaches_log_database_or_console(
    tmp_path, ring, sandbox, urls, settings, capfd, refresh_case
):
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
    secrets_seen = [
        FAKE_CLIENT_ID,
        tokens.access_token,
        tokens.id_token,
        tokens.refresh_token,
        altinn,
        pending.request.state,
        pending.request.code_verifier,
        pending.request.nonce,
        wrong.code,
    ]
    out = capfd.readouterr()
    places = {
        "logg": "".join(
            p.read_text(encoding="utf-8", errors="replace") for p in paths.log_dir.glob("*")
        ),
        "database": "".join(
            p.read_bytes().decode("latin-1")
            for p in Path(paths.database).parent.glob("postvakt.sqlite3*")
        ),
        "konsoll": out.out + out.err,
    }
    assert "Pålogget" in places["logg"]  # the log was written to
    for where, text in places.items():
        for value in secrets_seen:
            assert value and value not in text, f"hemmelighet funnet i {where}"


def test_parallel_workers_share_one_renewal(session, fresh_idporten, notices):
    # One round through the browser serves every worker that waited for it.
    sign_in(session)
    silent = fresh_idporten.silent_logins
    fresh_idporten.advance(130)
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
    assert errors == [] and len(results) == 4 and len(set(results)) == 1
    assert session.signed_in
    assert fresh_idporten.silent_logins == silent + 1 and len(notices) == 1


def test_reading_the_session_never_waits_for_the_network(session, fresh_idporten, sandbox):
    sign_in(session)
    fresh_idporten.advance(130)
    sandbox.set_faults(latency_ms=600, path_contains="/idporten/token")
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
    answer = httpx.get(
        config["authorization_endpoint"],
        timeout=5,
        params={
            "response_type": "code",
            "client_id": "x",
            "redirect_uri": "https://example.org/cb",
            "code_challenge": "abc",
            "code_challenge_method": "S256",
            "scope": "openid",
            "state": "s",
        },
    )
    assert answer.status_code == 400 and "location" not in answer.headers


def test_sandbox_authorize_requires_s256(urls, idporten):
    with LoopbackReceiver() as receiver:
        request = idporten.authorization_request(receiver.redirect_uri)
    plain = dataclasses.replace(request, url=request.url.replace("S256", "plain"))
    callback = code_for(plain)
    assert callback.error == "invalid_request" and callback.code is None


@pytest.mark.parametrize(
    ("form", "status", "error"),
    [
        ({"grant_type": "password"}, 400, "unsupported_grant_type"),
        (
            {"grant_type": "refresh_token", "refresh_token": "ukjent", "client_id": "x"},
            400,
            "invalid_grant",
        ),
    ],
)
def test_sandbox_token_errors_are_oauth_json(urls, form, status, error, refresh_case):
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


# ---------------------------------------------------------------------------- real browser path
@pytest.fixture
def browser_session(ring, urls, settings, fresh_idporten):
    """A session on the Test/Produksjon path (the system browser), pointed at Øving."""
    as_test = dataclasses.replace(urls, environment=Environment.TEST)
    opened: list[str] = []
    was_opened = threading.Event()

    def browser(url: str) -> bool:
        opened.append(url)
        was_opened.set()
        return True

    secrets = SecretStore()
    secrets.set(SecretName.IDPORTEN_CLIENT_ID, "postvakt-test")
    s = Session(
        secrets,
        settings,
        lambda: as_test,
        browser=browser,
        http_factory=lambda: make_client(min_interval=0, timeout=5),
        clock=lambda: datetime.now(UTC) + timedelta(seconds=fresh_idporten.clock_offset),
    )
    pending = s.prepare_sign_in()
    assert not pending.practice
    visit = threading.Thread(target=follow_practice_redirect, args=(pending.url,))
    visit.start()
    s.complete_sign_in(TaskState(), pending)
    visit.join(5)
    yield s, opened, was_opened
    s.close()


def test_renewal_opens_the_system_browser_and_goes_on_when_it_comes_back(
    browser_session, fresh_idporten
):
    session, opened, was_opened = browser_session
    fresh_idporten.advance(130)
    results: list[str] = []
    worker = threading.Thread(target=lambda: results.append(session.altinn_token()))
    worker.start()
    assert was_opened.wait(10)
    assert "/authorize?" in opened[0] and "code_challenge=" in opened[0]
    follow_practice_redirect(opened[0])  # the browser comes back to the loopback receiver
    worker.join(10)
    assert results and session.signed_in


def test_sign_out_stops_a_waiting_renewal_and_opens_id_portens_logout(
    browser_session, fresh_idporten
):
    session, opened, was_opened = browser_session
    fresh_idporten.advance(130)
    errors: list[BaseException] = []

    def work() -> None:
        try:
            session.altinn_token()
        except Exception as exc:
            errors.append(exc)

    worker = threading.Thread(target=work)
    worker.start()
    assert was_opened.wait(10)  # waiting for the browser (up to two minutes) …
    session.sign_out()  # … when the person signs out
    worker.join(10)
    assert not worker.is_alive()
    assert isinstance(errors[0], NotSignedIn)
    assert opened[-1].split("?")[0].endswith("/logout")
    assert "client_id=postvakt-test" in opened[-1] and "id_token_hint" not in opened[-1]
