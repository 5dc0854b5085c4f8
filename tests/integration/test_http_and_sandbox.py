"""The shared HTTP layer against the Øving sandbox, over real HTTP on 127.0.0.1.

What a user notices: slow or failing services are retried when that is safe, a busy
service is waited for, errors are plain bokmål without secrets in them, cancel stops, and
practice mode talks only to this machine.
"""

from __future__ import annotations

import datetime as dt
import http.server
import ipaddress
import ssl
import threading
import time

import httpx
import pytest

from desktop_app.domain.environments import Environment
from desktop_app.integrations.environments import SANDBOX_PREFIXES, UNVERIFIED, urls_for
from desktop_app.integrations.http import (
    Cancelled,
    HostGate,
    ServiceError,
    make_client,
    redact_headers,
    request_with_retries,
    retry_after_seconds,
)
from desktop_app.sandbox.__main__ import main as sandbox_main
from desktop_app.sandbox.server import Faults, Response, Sandbox, problem

PASSWORD = "hemmelig-passord-7391"
TOKEN = "eyJ-token-som-ikke-skal-vises"


@pytest.fixture
def sandbox():
    sb = Sandbox()

    @sb.route("POST", "/test/echo")
    def echo(request):
        return Response.json({"got": request.json})

    @sb.route("GET", "/test/altinn-problem")
    def altinn_problem(request):
        return problem(400, detail="Operation can not be completed.", code="AM-00022")

    @sb.route("GET", "/test/status/{code}")
    def status(request):
        # A careless server that echoes the request's secret header back in its body.
        echoed = request.header("IntegrasjonPassord", "")
        return problem(int(request.params["code"]), detail=f"echo {echoed}")

    with sb:
        yield sb


@pytest.fixture
def client(sandbox):
    with make_client(sandbox.base_url, min_interval=0, timeout=5) as c:
        yield c


class Sleeps:
    """A fake sleep that records the delays instead of waiting."""

    def __init__(self):
        self.delays: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)


def test_health_answers_and_identifies_postvakt(sandbox, client):
    response = request_with_retries(client, "GET", "/_sandbox/health", idempotent=True)
    assert response.json()["status"] == "ok"
    assert sandbox.base_url.startswith("http://127.0.0.1:")


def test_unknown_path_is_a_404_problem_and_a_bokmaal_error(client):
    raw = client.get("/finnes/ikke")
    assert raw.status_code == 404
    assert raw.headers["content-type"] == "application/problem+json"
    assert raw.json()["status"] == 404

    with pytest.raises(ServiceError) as info:
        request_with_retries(client, "GET", "/finnes/ikke", idempotent=True, service="SvarUt")
    err = info.value
    assert err.status == 404 and not err.retryable
    assert str(err).startswith("SvarUt fant ikke det du ba om.")


def test_wrong_method_is_405_with_allow(client):
    response = client.delete("/test/echo")
    assert response.status_code == 405
    assert response.headers["allow"] == "POST"


def test_injected_latency_is_observed(sandbox, client):
    client.post("/_sandbox/faults", json={"latency_ms": 300}).raise_for_status()
    start = time.monotonic()
    response = client.get("/_sandbox/health")  # admin paths are never delayed
    assert response.status_code == 200 and time.monotonic() - start < 0.25
    start = time.monotonic()
    response = client.post("/test/echo", json={"a": 1})
    assert response.json() == {"got": {"a": 1}}
    assert time.monotonic() - start >= 0.3


def test_429_waits_for_retry_after_then_succeeds(sandbox, client):
    sandbox.set_faults(force_429=2, retry_after="7")
    sleeps = Sleeps()
    # Not idempotent, and still retried: a 429 means the call was not carried out.
    response = request_with_retries(
        client, "POST", "/test/echo", idempotent=False, json={"x": 1}, sleep=sleeps
    )
    assert response.json() == {"got": {"x": 1}}
    assert sleeps.delays == [7.0, 7.0]
    assert len(sandbox.requests) == 3


def test_429_retry_after_is_capped_and_reported_when_it_persists(sandbox, client):
    sandbox.set_faults(force_429=5, retry_after="3600")
    sleeps = Sleeps()
    with pytest.raises(ServiceError) as info:
        request_with_retries(
            client,
            "GET",
            "/test/status/200",
            idempotent=True,
            sleep=sleeps,
            max_attempts=3,
            service="Altinn",
        )
    assert sleeps.delays == [60.0, 60.0]
    assert info.value.status == 429 and info.value.retryable
    assert "for mange forespørsler" in str(info.value)


def test_retry_after_as_http_date():
    now = dt.datetime(2026, 11, 23, 12, 0, 0, tzinfo=dt.UTC)
    assert retry_after_seconds("Mon, 23 Nov 2026 12:00:30 GMT", now=now) == 30.0
    assert retry_after_seconds("Mon, 23 Nov 2026 11:00:00 GMT", now=now) == 0.0
    assert retry_after_seconds("Tue, 24 Nov 2026 12:00:00 GMT", now=now) == 60.0
    assert retry_after_seconds("snart", now=now) is None


def test_503_is_retried_for_get_but_not_for_post(sandbox, client):
    sandbox.set_faults(force_503=2)
    sleeps = Sleeps()
    response = request_with_retries(
        client, "GET", "/_sandbox/health", idempotent=True, sleep=sleeps, jitter=lambda: 1.0
    )
    assert response.status_code == 200
    # Admin paths are never faulted, so the two 503s are still waiting for a real path.
    response = request_with_retries(
        client,
        "POST",
        "/test/echo",
        idempotent=True,
        json={},
        sleep=sleeps,
        jitter=lambda: 1.0,
        backoff=0.5,
    )
    assert response.status_code == 200
    assert sleeps.delays == [0.5, 1.0]  # exponential back-off
    assert len(sandbox.requests) == 3

    sandbox.requests.clear()
    sandbox.set_faults(force_503=1)
    sleeps = Sleeps()
    with pytest.raises(ServiceError) as info:
        request_with_retries(client, "POST", "/test/echo", idempotent=False, json={}, sleep=sleeps)
    assert info.value.status == 503 and info.value.retryable
    assert "Prøv igjen om litt" in str(info.value)
    assert sleeps.delays == [] and len(sandbox.requests) == 1


def test_timeout_is_a_retryable_bokmaal_error(sandbox):
    sandbox.set_faults(hang_count=1, hang_seconds=3)
    slow = make_client(sandbox.base_url, min_interval=0, timeout=0.3)
    with slow, pytest.raises(ServiceError) as info:
        request_with_retries(slow, "GET", "/test/status/200", idempotent=True, max_attempts=1)
    err = info.value
    assert str(err) == "Tjenesten svarte ikke i tide. Prøv igjen om litt."
    assert err.retryable and err.status is None
    assert err.__cause__ is None and err.__suppress_context__  # no raw traceback chain


def test_timeout_is_retried_for_idempotent_calls(sandbox):
    sandbox.set_faults(hang_count=1, hang_seconds=3)
    sleeps = Sleeps()
    with make_client(sandbox.base_url, min_interval=0, timeout=0.3) as slow:
        response = request_with_retries(
            slow, "POST", "/test/echo", idempotent=True, json={"n": 2}, sleep=sleeps
        )
    assert response.json() == {"got": {"n": 2}}
    assert len(sleeps.delays) == 1


def test_cancel_between_attempts_raises_cancelled(sandbox, client):
    sandbox.set_faults(force_503=5)
    asked = []

    def cancel():
        asked.append(True)
        return len(asked) > 1  # the user presses Avbryt during the first attempt

    with pytest.raises(Cancelled):
        request_with_retries(
            client, "GET", "/test/status/200", idempotent=True, cancel=cancel, sleep=Sleeps()
        )
    assert len(sandbox.requests) == 1


def test_cancel_before_start_sends_nothing(sandbox, client):
    with pytest.raises(Cancelled):
        request_with_retries(
            client, "GET", "/test/status/200", idempotent=True, cancel=lambda: True
        )
    assert len(sandbox.requests) == 0


@pytest.mark.parametrize("code", [400, 401, 403, 404, 500, 503])
def test_errors_never_contain_secret_headers(client, code):
    headers = {"IntegrasjonPassord": PASSWORD, "Authorization": f"Bearer {TOKEN}"}
    with pytest.raises(ServiceError) as info:
        request_with_retries(
            client, "GET", f"/test/status/{code}", idempotent=False, headers=headers
        )
    err = info.value
    for text in (str(err), repr(err), " ".join(map(str, err.args)), err.message_nb):
        assert PASSWORD not in text and TOKEN not in text
    assert err.status == code
    assert "HTTP" in err.message_nb or err.message_nb.endswith(".")


def test_status_messages_say_what_to_do(client):
    expected = {
        401: "Logg inn på nytt",
        403: "Du mangler tilgang",
        404: "Sjekk at nummeret eller adressen er riktig",
        500: "Prøv igjen om litt",
    }
    for code, phrase in expected.items():
        with pytest.raises(ServiceError) as info:
            request_with_retries(client, "GET", f"/test/status/{code}", idempotent=False)
        assert phrase in str(info.value)


def test_connection_refused_after_stop_is_a_bokmaal_error_without_secrets():
    sb = Sandbox()
    base = sb.start()
    sb.stop()
    sleeps = Sleeps()
    with make_client(base, min_interval=0, timeout=2) as c, pytest.raises(ServiceError) as info:
        request_with_retries(
            c,
            "GET",
            "/_sandbox/health",
            idempotent=True,
            headers={"IntegrasjonPassord": PASSWORD},
            sleep=sleeps,
            service="SvarUt",
        )
    err = info.value
    assert str(err).startswith("Fikk ikke kontakt med SvarUt. Sjekk nettverket")
    assert err.retryable and err.status is None
    assert len(sleeps.delays) == 3  # four attempts in all
    assert PASSWORD not in repr(err)


def test_problem_json_code_is_extracted(client):
    with pytest.raises(ServiceError) as info:
        request_with_retries(client, "GET", "/test/altinn-problem", idempotent=True)
    assert info.value.problem_code == "AM-00022"
    assert info.value.status == 400 and not info.value.retryable
    assert "Sjekk opplysningene" in str(info.value)


def test_accepted_status_is_returned_not_raised(client):
    response = request_with_retries(
        client, "GET", "/test/status/404", idempotent=True, accept_statuses={404, 410}
    )
    assert response.status_code == 404


def test_redact_headers_hides_credentials():
    shown = redact_headers(
        {
            "Authorization": f"Bearer {TOKEN}",
            "IntegrasjonId": "abc-uuid",
            "integrasjonpassord": PASSWORD,
            "Cookie": "s=1",
            "Accept": "application/json",
        }
    )
    assert shown == {
        "Authorization": "[skjult]",
        "IntegrasjonId": "[skjult]",
        "integrasjonpassord": "[skjult]",
        "Cookie": "[skjult]",
        "Accept": "application/json",
    }
    assert redact_headers(httpx.Headers({"authorization": "x"})) == {"authorization": "[skjult]"}


def test_requests_identify_postvakt(sandbox, client):
    client.post("/test/echo", json={})
    assert sandbox.requests[-1].header("user-agent").startswith("Postvakt/")


def test_host_gate_spaces_requests_to_the_same_host():
    now = [100.0]
    waited: list[float] = []

    def fake_sleep(seconds):
        waited.append(seconds)

    gate = HostGate(0.5, clock=lambda: now[0], sleep=fake_sleep)
    assert gate.wait("svarut.ks.no") == 0
    assert gate.wait("svarut.ks.no") == 0.5
    assert gate.wait("data.brreg.no") == 0  # other hosts are not held up
    now[0] += 2
    assert gate.wait("svarut.ks.no") == 0
    assert waited == [0.5]


def test_polite_client_spaces_real_requests(sandbox):
    with make_client(sandbox.base_url, min_interval=0.15) as polite:
        start = time.monotonic()
        for _ in range(3):
            polite.get("/_sandbox/health")
    assert time.monotonic() - start >= 0.3


def test_seeded_fault_rate_is_repeatable(sandbox, client):
    def run():
        sandbox.set_faults(Faults(rate_503=0.5, seed=42))
        return [client.get("/test/status/200").status_code for _ in range(12)]

    first, second = run(), run()
    assert first == second
    assert 503 in first and 200 in first


def test_fault_admin_rejects_unknown_keys_and_can_reset(sandbox, client):
    bad = client.post("/_sandbox/faults", json={"latency": 5})
    assert bad.status_code == 400 and "latency" in bad.json()["detail"]
    client.post("/_sandbox/faults", json={"force_503": 3}).raise_for_status()
    assert client.get("/_sandbox/faults").json()["force_503"] == 3
    assert client.post("/_sandbox/faults", json={"reset": True}).json()["force_503"] == 0
    assert client.get("/test/status/200").status_code == 200


def test_stop_is_quick_with_a_hanging_request_and_open_connections():
    sb = Sandbox()
    base = sb.start()
    sb.set_faults(hang_count=1, hang_seconds=20)
    outcome = {}

    def hang():
        with make_client(base, min_interval=0, timeout=10) as c:
            try:
                outcome["status"] = c.get("/x").status_code
            except httpx.HTTPError as exc:
                outcome["error"] = type(exc).__name__

    idle = make_client(base, min_interval=0)
    idle.get("/_sandbox/health")  # leaves a keep-alive connection open
    worker = threading.Thread(target=hang)
    worker.start()
    time.sleep(0.2)
    start = time.monotonic()
    sb.stop()
    assert time.monotonic() - start < 2
    worker.join(5)
    idle.close()
    assert not worker.is_alive()
    assert outcome  # the hanging request ended (503 or a closed connection)
    assert not [t for t in threading.enumerate() if t.name == "postvakt-sandbox"]
    assert not sb.running


def test_sandbox_refuses_other_addresses():
    with pytest.raises(ValueError, match=r"127\.0\.0\.1"):
        Sandbox(host="0.0.0.0")
    assert sandbox_main(["--host", "0.0.0.0", "--port", "0"]) == 2


def test_sandbox_refuses_foreign_host_header(sandbox, client):
    response = client.get("/_sandbox/health", headers={"Host": "evil.example"})
    assert response.status_code == 421


def test_oving_urls_point_at_the_sandbox_and_clients_work_unchanged(sandbox):
    urls = urls_for(Environment.OVING, sandbox.base_url)
    base = sandbox.base_url
    assert urls.svarut_api == f"{base}/svarut/api"
    assert urls.accessmanagement_enduser == f"{base}/altinn/accessmanagement/api/v1/enduser"
    assert urls.enhetsregisteret_api == f"{base}/brreg/enhetsregisteret/api"
    assert urls.krr_api == f"{base}/krr/rest/v2"
    assert urls.maskinporten_token == f"{base}/maskinporten/token"
    assert urls.idporten_discovery == f"{base}/idporten/.well-known/openid-configuration"
    for value in (
        urls.svarut_api,
        urls.altinn_platform,
        urls.altinn_portal,
        urls.profile,
        urls.dialogporten_enduser,
        urls.resourceregistry,
        urls.maskinporten,
        urls.krr_api,
        urls.enhetsregisteret_api,
        urls.idporten_discovery,
    ):
        assert httpx.URL(value).host == "127.0.0.1"

    @sandbox.route("GET", SANDBOX_PREFIXES["enhetsregisteret"] + "/enheter/{orgnr}")
    def enhet(request):
        return Response.json({"organisasjonsnummer": request.params["orgnr"]})

    with make_client(urls.enhetsregisteret_api, min_interval=0) as brreg:
        response = request_with_retries(brreg, "GET", "/enheter/974760673", idempotent=True)
    assert response.json() == {"organisasjonsnummer": "974760673"}


def test_oving_needs_a_loopback_sandbox():
    with pytest.raises(ValueError):
        urls_for(Environment.OVING)
    with pytest.raises(ValueError):
        urls_for(Environment.OVING, "https://svarut.ks.no")


def test_production_and_test_urls_match_the_reference():
    prod = urls_for(Environment.PRODUKSJON)
    assert prod.svarut_api == "https://svarut.ks.no/api"
    assert prod.accessmanagement_enduser == (
        "https://platform.altinn.no/accessmanagement/api/v1/enduser"
    )
    assert prod.altinn_token_exchange == (
        "https://platform.altinn.no/authentication/api/v1/exchange/id-porten"
    )
    assert prod.idporten_discovery == "https://idporten.no/.well-known/openid-configuration"
    assert prod.maskinporten_token == "https://maskinporten.no/token"
    assert prod.maskinporten_audience == "https://maskinporten.no/"
    assert prod.krr_api == "https://kontaktregisteret.no/rest/v2"
    assert prod.enhetsregisteret_api == "https://data.brreg.no/enhetsregisteret/api"
    assert prod.altinn_portal == "https://www.altinn.no"
    assert prod.unverified() == {}

    test = urls_for(Environment.TEST, "http://127.0.0.1:1")  # sandbox base is ignored
    assert test.svarut_api == "https://test.svarut.ks.no/api"
    assert test.dialogporten_enduser == (
        "https://platform.tt02.altinn.no/dialogporten/api/v1/enduser"
    )
    assert test.maskinporten_token == "https://test.maskinporten.no/token"
    assert test.idporten_discovery == ("https://test.idporten.no/.well-known/openid-configuration")
    assert test.altinn_portal == "https://tt02.altinn.no"
    assert set(test.unverified()) == {"resourceregistry", "enhetsregisteret_api"}
    assert all(note.startswith(("[I]", "[G]")) for note in UNVERIFIED.values())


# ---------------------------------------------------------------------------- TLS
def _self_signed(tmp_path):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=1))
        .not_valid_after(now + dt.timedelta(hours=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


class _QuietTLSServer(http.server.ThreadingHTTPServer):
    daemon_threads = False
    block_on_close = True

    def handle_error(self, request, client_address):
        pass  # the client rejecting our certificate is the point of the test


def test_tls_is_always_verified_and_a_bad_certificate_is_explained(tmp_path):
    cert_path, key_path = _self_signed(tmp_path)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert_path, key_path)
    server = _QuietTLSServer(("127.0.0.1", 0), http.server.BaseHTTPRequestHandler)
    server.socket = ctx.wrap_socket(server.socket, server_side=True, do_handshake_on_connect=False)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        url = f"https://127.0.0.1:{server.server_address[1]}"
        c = make_client(url, min_interval=0, timeout=3)
        with c, pytest.raises(ServiceError) as info:
            request_with_retries(c, "GET", "/", idempotent=True, sleep=Sleeps(), service="SvarUt")
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
    err = info.value
    assert "sertifikat" in str(err) and "SvarUt" in str(err)
    assert not err.retryable


def test_a_web_page_cannot_change_the_sandbox(sandbox):
    """A page in the user's browser can send a simple cross-origin POST to a loopback port;
    the sandbox's admin endpoints refuse it, and nothing changes."""
    with httpx.Client(base_url=sandbox.base_url) as client:
        body = '{"force_503": 100}'
        simple = client.post(
            "/_sandbox/faults",
            content=body,
            headers={"Content-Type": "text/plain", "Origin": "https://evil.example"},
        )
        assert simple.status_code == 403
        no_origin = client.post(
            "/_sandbox/faults", content=body, headers={"Content-Type": "text/plain"}
        )
        assert no_origin.status_code == 415
        cross = client.post("/_sandbox/faults", json={"force_503": 100}, headers={"Origin": "null"})
        assert cross.status_code == 403
        fetch = client.delete("/_sandbox/faults", headers={"Sec-Fetch-Site": "cross-site"})
        assert fetch.status_code == 403
        assert client.get("/_sandbox/faults").json()["force_503"] == 0
        assert sandbox.faults.force_503 == 0
        own = client.post("/_sandbox/faults", json={"force_503": 1})  # tests and tools
        assert own.status_code == 200
        client.delete("/_sandbox/faults").raise_for_status()


@pytest.mark.parametrize("pattern", ["(a+)+$", "^(a|aa)+$", ".*", "x" * 201])
def test_fault_paths_cannot_be_a_regex_that_hangs_the_sandbox(sandbox, pattern):
    with httpx.Client(base_url=sandbox.base_url) as client:
        for key in ("path_regex", "path_contains"):
            answer = client.post("/_sandbox/faults", json={key: pattern, "force_503": 1})
            if key == "path_contains" and len(pattern) <= 200:
                assert answer.status_code == 200  # taken literally: matches no real path
                assert client.get("/_sandbox/health").status_code == 200
                client.delete("/_sandbox/faults").raise_for_status()
            else:
                assert answer.status_code == 400
        assert sandbox.faults.path_contains is None
    with pytest.raises(ValueError):
        sandbox.set_faults(path_regex="(a+)+$")


def test_a_plain_fragment_still_limits_faults_under_either_name(sandbox):
    sandbox.set_faults(force_503=1, path_contains="/nowhere/")
    assert sandbox.faults.path_contains == "/nowhere/"
    with httpx.Client(base_url=sandbox.base_url) as client:
        assert client.get("/svarut/api/v2/none").status_code != 503
    sandbox.clear_faults()


def test_no_request_leaves_the_machine_in_clear_text():
    sent = []
    transport = httpx.MockTransport(lambda r: sent.append(r) or httpx.Response(200))
    with make_client(transport=transport, min_interval=0) as http:
        with pytest.raises(ServiceError, match="https"):
            http.post(
                "http://test.kontaktregisteret.no/rest/v2/personer",
                headers={"Authorization": "Bearer produksjonstoken"},
            )
        assert http.get("http://127.0.0.1:8123/krr/rest/v2").status_code == 200
        assert http.get("https://kontaktregisteret.no/rest/v2").status_code == 200
    assert [str(r.url.host) for r in sent] == ["127.0.0.1", "kontaktregisteret.no"]
