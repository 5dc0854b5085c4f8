"""Maskinporten JWT grant against the sandbox token endpoint, over real HTTP on 127.0.0.1.

What a user notices: a correctly set-up client gets a token (once, then from memory), and
every mistake in the set-up gives a Norwegian sentence that says what to fix.
"""

from __future__ import annotations

import datetime as dt
import time

import httpx
import jwt
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.serialization import Encoding
from cryptography.x509.oid import NameOID
from support.svarut_values import CLIENT_ID, KID, private_pem

from desktop_app.integrations.maskinporten import (
    GRANT_TYPE,
    MaskinportenClient,
    MaskinportenCredentials,
    MaskinportenError,
    grant_claims_unverified,
    make_grant,
)
from desktop_app.sandbox import maskinporten as sandbox_mp


def _post(http, urls, assertion):
    return http.post(
        urls.maskinporten_token, data={"grant_type": GRANT_TYPE, "assertion": assertion}
    )


def test_grant_has_the_documented_header_and_claims(urls, mp_credentials, rsa_key):
    now = time.time()
    grant = make_grant(mp_credentials, urls.maskinporten_audience, now=now)
    header = jwt.get_unverified_header(grant)
    assert header["alg"] == "RS256" and header["kid"] == KID and "x5c" not in header
    claims = jwt.decode(
        grant, rsa_key.public_key(), algorithms=["RS256"], audience=urls.maskinporten_audience
    )
    assert claims["iss"] == CLIENT_ID and claims["scope"] == "ks:fiks"
    assert claims["aud"].endswith("/maskinporten/")
    assert 0 < claims["exp"] - claims["iat"] <= 120
    again = grant_claims_unverified(make_grant(mp_credentials, urls.maskinporten_audience))
    assert again["jti"] != claims["jti"]


def test_token_is_fetched_once_and_kept_in_memory(sandbox, tokens):
    first = tokens.token()
    second = tokens.token()
    assert first == second
    calls = [r for r in sandbox.requests if r.path.endswith("/token")]
    assert len(calls) == 1


def test_token_is_renewed_shortly_before_it_expires(sandbox, http, urls, mp_credentials):
    now = [1_000.0]
    client = MaskinportenClient(http, urls, mp_credentials, clock=lambda: now[0])
    sandbox_mp.state(sandbox).token_lifetime = 60
    first = client.token()
    now[0] += 35  # 25 s left: still good
    assert client.token() == first
    now[0] += 10  # 15 s left: inside the 20 s margin, so a new one
    assert client.token() != first


@pytest.mark.parametrize(
    ("how", "expect"),
    [
        ("expired", "klokken"),
        ("too_long", "klokken"),
        ("wrong_key", "nøkkelen"),
        ("unknown_kid", "nøkkel-ID"),
        ("wrong_aud", "miljø"),
        ("wrong_scope", "scope «ks:fiks»"),
        ("unknown_client", "klient-ID"),
    ],
)
def test_sandbox_refuses_bad_grants_with_a_clear_message(
    sandbox, http, urls, mp_credentials, other_key, how, expect
):
    creds, audience, kwargs = mp_credentials, urls.maskinporten_audience, {}
    if how == "expired":
        kwargs = {"now": time.time() - 600}
    elif how == "too_long":
        kwargs = {"lifetime": 300}
    elif how == "wrong_key":
        creds = MaskinportenCredentials(CLIENT_ID, "ks:fiks", private_pem(other_key), kid=KID)
    elif how == "unknown_kid":
        creds = MaskinportenCredentials(CLIENT_ID, "ks:fiks", creds.private_key_pem, kid="x")
    elif how == "wrong_aud":
        audience = "https://maskinporten.no/"
    elif how == "wrong_scope":
        creds = MaskinportenCredentials(
            CLIENT_ID, "ks:fiks krr:global/kontaktinformasjon.read", creds.private_key_pem, kid=KID
        )
    elif how == "unknown_client":
        creds = MaskinportenCredentials("ukjent", "ks:fiks", creds.private_key_pem, kid=KID)
    response = _post(http, urls, make_grant(creds, audience, **kwargs))
    assert response.status_code == 400
    assert response.json()["error"] in ("invalid_grant", "invalid_scope", "invalid_client")
    # The same mistake through the client: a Norwegian sentence that says what to fix.
    from desktop_app.integrations.maskinporten import token_error

    error = token_error(response, creds.scope.split()[0])
    assert isinstance(error, MaskinportenError)
    assert expect in error.message_nb
    assert "Invalid" not in error.message_nb  # Maskinporten's English stays in the log


def test_unknown_kid_and_wrong_key_say_which(sandbox, http, urls, mp_credentials):
    response = _post(
        http,
        urls,
        make_grant(
            MaskinportenCredentials(CLIENT_ID, "ks:fiks", mp_credentials.private_key_pem, kid="x"),
            urls.maskinporten_audience,
        ),
    )
    assert "Unknown kid" in response.json()["error_description"]


def test_a_jti_can_be_used_once(sandbox, http, urls, mp_credentials):
    grant = make_grant(mp_credentials, urls.maskinporten_audience)
    assert _post(http, urls, grant).status_code == 200
    again = _post(http, urls, grant)
    assert again.status_code == 400
    assert "jti" in again.json()["error_description"]


def test_wrong_grant_type_and_form(sandbox, http, urls, mp_credentials):
    grant = make_grant(mp_credentials, urls.maskinporten_audience)
    bad_type = http.post(
        urls.maskinporten_token, data={"grant_type": "client_credentials", "assertion": grant}
    )
    assert bad_type.json()["error"] == "unsupported_grant_type"
    as_json = http.post(
        urls.maskinporten_token, json={"grant_type": GRANT_TYPE, "assertion": grant}
    )
    assert as_json.json()["error"] == "invalid_request"


def test_business_certificate_as_x5c(sandbox, http, urls, rsa_key):
    name = x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Testvik kommune")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(rsa_key.public_key())
        .serial_number(1)
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .sign(rsa_key, hashes.SHA256())
    )
    cert_pem = cert.public_bytes(Encoding.PEM).decode()
    sandbox_mp.register_client(sandbox, "sertifikat-klient", certificate_pem=cert_pem)
    creds = MaskinportenCredentials(
        "sertifikat-klient", "ks:fiks", private_pem(rsa_key), certificate_pem=cert_pem
    )
    grant = make_grant(creds, urls.maskinporten_audience)
    header = jwt.get_unverified_header(grant)
    assert "kid" not in header and len(header["x5c"]) == 1
    assert _post(http, urls, grant).status_code == 200
    # A certificate Maskinporten does not know for the client (MP-120).
    sandbox_mp.register_client(sandbox, "sertifikat-klient")  # no certificate any more
    response = _post(http, urls, make_grant(creds, urls.maskinporten_audience))
    assert "MP-120" in response.json()["error_description"]


def test_client_explains_a_refusal_and_a_missing_kid(sandbox, http, urls, other_key):
    wrong = MaskinportenCredentials(CLIENT_ID, "ks:fiks", private_pem(other_key), kid=KID)
    with pytest.raises(MaskinportenError, match="nøkkelen") as info:
        MaskinportenClient(http, urls, wrong).token()
    assert info.value.status == 400 and not info.value.retryable
    no_kid = MaskinportenCredentials(CLIENT_ID, "ks:fiks", private_pem(other_key))
    with pytest.raises(MaskinportenError, match="kid"):
        MaskinportenClient(http, urls, no_kid).token()


def test_outage_is_retried_with_a_fresh_grant(sandbox, tokens):
    sandbox.set_faults(force_503=1, path_contains="/token")
    assert tokens.token()
    grants = [r.body for r in sandbox.requests if r.path.endswith("/token")]
    assert len(grants) == 2 and grants[0] != grants[1]


def test_no_answer_is_a_norwegian_error(urls, mp_credentials):
    with httpx.Client(timeout=1) as http:
        dead = urls.__class__(
            **{**urls.__dict__, "maskinporten": "http://127.0.0.1:9/maskinporten/"}
        )
        with pytest.raises(Exception) as info:
            MaskinportenClient(http, dead, mp_credentials, max_attempts=1).token()
    assert "Fikk ikke kontakt" in str(info.value)


def test_busy_maskinporten_is_waited_for(sandbox, tokens):
    sandbox.set_faults(force_429=1, retry_after="3", path_contains="/token")
    waits = []
    assert tokens.token(sleep=waits.append)
    assert waits == [3.0]


def test_token_is_shared_in_the_process_until_the_key_changes(
    sandbox, http, urls, mp_credentials, rsa_key
):
    first = MaskinportenClient(http, urls, mp_credentials).token()
    assert MaskinportenClient(http, urls, mp_credentials).token() == first  # the next refresh
    other = MaskinportenCredentials(
        CLIENT_ID, "ks:fiks", private_pem(rsa_key), kid=KID, certificate_pem=""
    )
    assert other == mp_credentials  # the same set-up: the same cached token
    from desktop_app.integrations.maskinporten import forget_tokens

    forget_tokens()
    assert MaskinportenClient(http, urls, mp_credentials).token() != first
    assert len([r for r in sandbox.requests if r.path.endswith("/token")]) == 2
