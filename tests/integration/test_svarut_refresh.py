"""SvarUt status and hendelser, and the status refresh, against the sandbox over real HTTP.

What a user notices: fresh statuses for the IDs SvarUt knows, a plain answer for those it
does not, the documented errors explained in Norwegian, a busy or flaky SvarUt waited for,
and a cancel or failure that keeps what was already fetched so only the rest is retried.
"""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest
from support.svarut_values import INTEGRASJON_ID, KONTO, OTHER_KONTO, PASSORD

from desktop_app.domain.cancellation import Cancelled, TaskState
from desktop_app.domain.svarut import Shipment, ShipmentStatus
from desktop_app.integrations.http import ServiceError, make_client
from desktop_app.integrations.maskinporten import MaskinportenClient
from desktop_app.integrations.svarut import MAX_IDS_PER_CALL, SvarUtClient, SvarUtCredentials
from desktop_app.sandbox import svarut as sandbox_svarut
from desktop_app.services.status_refresh import (
    CANCELLED_NB,
    NOT_FOUND_NB,
    RefreshSetup,
    refresh_statuses,
    refresh_with_setup,
)

OPENAPI = Path(__file__).resolve().parents[1] / "contracts" / "svarut"  # KS' own specs
UNKNOWN = "00000000-0000-4000-8000-000000000000"


def _shipments(ids):
    return [Shipment(i, None, None, "") for i in ids]


def _status_calls(sandbox):
    return [r for r in sandbox.requests if "status" in r.path]


# -- the contract ---------------------------------------------------------------------------
@pytest.mark.parametrize("version", [2, 3])
def test_bulk_status_v2_and_v3(sandbox, http, urls, svarut_credentials, tokens, version):
    client = SvarUtClient(http, urls, svarut_credentials, tokens, api_version=version)
    ids = sandbox.test_ids[:5]
    records = client.statuses([*ids, UNKNOWN])
    assert [r.id for r in records] == ids  # the unknown ID is simply not in the answer
    st = sandbox_svarut.state(sandbox)
    assert all(r.status is st.shipments[r.id].status for r in records)
    assert all(r.changed_at is not None and r.changed_at.tzinfo for r in records)
    request = _status_calls(sandbox)[-1]
    body = json.loads(request.body)
    if version == 2:
        assert request.path.endswith(f"/v2/kontoer/{KONTO}/forsendelser/status-sok")
        assert body == {"forsendelseIds": [*ids, UNKNOWN]}
    else:
        assert request.path.endswith(f"/v3/kontoer/{KONTO}/forsendelser/status/sok")
        assert body == {"id": [*ids, UNKNOWN]}
    assert request.header("Authorization").startswith("Bearer ")
    assert request.header("IntegrasjonId") == INTEGRASJON_ID
    assert request.header("IntegrasjonPassord") == PASSORD


def test_sandbox_answers_match_the_ks_openapi_schemas(sandbox, http, svarut):
    """Field names and required members as KS publishes them (status v2/v3, hendelser v2)."""
    for name, schema, request in (
        (
            "svarut-forsendelse-status-api-v2.json",
            "ForsendelseStatuser",
            lambda: svarut.statuses(sandbox.test_ids[:3]),
        ),
        (
            "svarut-forsendelse-hendelser-api-v2.json",
            "Hendelser",
            lambda: svarut.events(sandbox.test_ids[0]),
        ),
    ):
        request()
        spec = json.loads((OPENAPI / name).read_text(encoding="utf-8"))["components"]["schemas"]
        last = sandbox.requests[-1]
        response = http.request(
            last.method,
            f"{sandbox.base_url}{last.path}",
            content=last.body,
            headers=dict(last.headers.items()),
        )
        body = response.json()
        top = spec[schema]
        assert set(top["required"]) <= set(body)
        item_schema = spec[
            top["properties"][next(iter(top["required"]))]["items"]["$ref"].rsplit("/", 1)[1]
        ]
        for item in body[next(iter(top["required"]))]:
            assert set(item_schema["required"]) <= set(item) <= set(item_schema["properties"])
            if "enum" in item_schema["properties"].get("status", {}):
                assert item["status"] in item_schema["properties"]["status"]["enum"]
    v3 = json.loads((OPENAPI / "svarut-forsendelse-status-api-v3.json").read_text())
    v3_enum = v3["components"]["schemas"]["ForsendelseStatus"]["properties"]["status"]["enum"]
    assert {s.value for s in ShipmentStatus} == set(v3_enum)


def test_error_body_has_the_documented_fields(sandbox, http, urls, tokens):
    client = SvarUtClient(
        http, urls, SvarUtCredentials(OTHER_KONTO, INTEGRASJON_ID, PASSORD), tokens
    )
    with pytest.raises(ServiceError):
        client.statuses(sandbox.other_ids)
    last = sandbox.requests[-1]
    response = http.request(
        "POST",
        f"{sandbox.base_url}{last.path}",
        content=last.body,
        headers=dict(last.headers.items()),
    )
    body = response.json()
    assert set(body) == {
        "timestamp",
        "status",
        "error",
        "errorId",
        "path",
        "originalPath",
        "message",
        "errorCode",
        "errorJson",
    }
    assert isinstance(body["timestamp"], int) and body["status"] == 403
    assert isinstance(body["errorJson"], str)  # type string, not nullable, in KS' specs


def test_a_refusal_carries_svarut_s_error_with_error_json_as_text(sandbox, http, urls, tokens):
    client = SvarUtClient(
        http, urls, SvarUtCredentials(OTHER_KONTO, INTEGRASJON_ID, PASSORD), tokens
    )
    with pytest.raises(ServiceError) as info:
        client.statuses(sandbox.test_ids[:1])
    error = info.value.svarut_error
    assert error.status == 403 and error.error_json == ""
    assert f"Oppgi referansen {error.error_id} hvis du kontakter KS." in str(info.value)
    assert str(info.value).startswith("Integrasjonen har ikke tilgang til denne SvarUt-kontoen")


def test_error_json_is_read_as_the_string_svarut_sends():
    from desktop_app.integrations.svarut import parse_error_message

    body = {
        "timestamp": 1,
        "status": 400,
        "error": "Bad Request",
        "errorId": "3f0c7b1e-2a4d-4c55-9d7e-1f2a3b4c5d6e",
        "path": "/x",
        "originalPath": "/x",
        "message": "Ugyldig",
        "errorCode": "UGYLDIG",
        "errorJson": '{"felt": "forsendelseIds"}',
    }
    parsed = parse_error_message(body)
    assert parsed.error_json == '{"felt": "forsendelseIds"}'  # kept as text, not parsed
    assert parse_error_message({**body, "errorJson": None}).error_json == ""
    assert parse_error_message([]) is None


def test_client_refuses_more_than_the_batch_limit(svarut):
    with pytest.raises(ValueError):
        svarut.statuses([UNKNOWN] * (MAX_IDS_PER_CALL + 1))


def test_hendelser_oldest_first(sandbox, svarut):
    demo = sandbox_svarut.demo_shipments()[0]  # not on the test konto: use a test shipment
    assert demo.konto_id != KONTO
    events = svarut.events(sandbox.test_ids[0])
    assert events[0].text == "Mottatt, og tildelt forsendelse-id"
    assert [e.at for e in events] == sorted(e.at for e in events)


# -- each documented error, in Norwegian ------------------------------------------------------
def test_wrong_integration_password_is_401_and_explained(sandbox, http, urls, tokens):
    client = SvarUtClient(http, urls, SvarUtCredentials(KONTO, INTEGRASJON_ID, "feil"), tokens)
    with pytest.raises(ServiceError) as info:
        client.statuses(sandbox.test_ids[:1])
    assert info.value.status == 401
    assert "IntegrasjonPassord" in info.value.message_nb
    assert "feil" not in info.value.message_nb


def test_expired_token_is_renewed_once(sandbox, svarut, tokens):
    svarut.statuses(sandbox.test_ids[:1])
    from desktop_app.sandbox import maskinporten as sandbox_mp

    sandbox_mp.state(sandbox).tokens.clear()  # the token expired on the server's side
    assert svarut.statuses(sandbox.test_ids[:1])
    assert len([r for r in sandbox.requests if r.path.endswith("/token")]) == 2


def test_konto_without_access_is_403(sandbox, http, urls, tokens):
    client = SvarUtClient(
        http, urls, SvarUtCredentials(OTHER_KONTO, INTEGRASJON_ID, PASSORD), tokens
    )
    with pytest.raises(ServiceError) as info:
        client.statuses(sandbox.other_ids)
    assert info.value.status == 403 and "Fiks forvaltning" in info.value.message_nb
    with pytest.raises(ServiceError) as info:
        SvarUtClient(http, urls, SvarUtCredentials(KONTO, INTEGRASJON_ID, PASSORD), tokens).events(
            sandbox.other_ids[0]
        )
    assert info.value.status == 403


def test_unknown_konto_and_shipment_are_404(sandbox, http, urls, tokens, svarut):
    client = SvarUtClient(
        http,
        urls,
        SvarUtCredentials("12345678-1234-4234-8234-123456789012", INTEGRASJON_ID, PASSORD),
        tokens,
    )
    with pytest.raises(ServiceError) as info:
        client.statuses(sandbox.test_ids[:1])
    assert info.value.status == 404 and "konto-ID" in info.value.message_nb
    with pytest.raises(ServiceError) as info:
        svarut.events(UNKNOWN)
    assert info.value.status == 404


def test_bad_request_is_400(sandbox, http, urls, svarut, tokens):
    token = tokens.token()
    response = http.post(
        f"{urls.svarut_api}/v2/kontoer/{KONTO}/forsendelser/status-sok",
        json={"forsendelseIds": ["ikke-en-id"]},
        headers={
            "Authorization": f"Bearer {token}",
            "IntegrasjonId": INTEGRASJON_ID,
            "IntegrasjonPassord": PASSORD,
        },
    )
    assert response.status_code == 400
    too_many = http.post(
        f"{urls.svarut_api}/v2/kontoer/{KONTO}/forsendelser/status-sok",
        json={"forsendelseIds": [UNKNOWN] * (MAX_IDS_PER_CALL + 1)},
        headers={
            "Authorization": f"Bearer {token}",
            "IntegrasjonId": INTEGRASJON_ID,
            "IntegrasjonPassord": PASSORD,
        },
    )
    assert too_many.json()["errorCode"] == "FOR_MANGE_IDER"
    with pytest.raises(ServiceError, match="gyldig forsendelse-ID"):
        svarut.events("ikke-en-id")


def test_missing_token_is_401(sandbox, http, urls):
    response = http.post(
        f"{urls.svarut_api}/v2/kontoer/{KONTO}/forsendelser/status-sok",
        json={"forsendelseIds": []},
        headers={"IntegrasjonId": INTEGRASJON_ID, "IntegrasjonPassord": PASSORD},
    )
    assert response.status_code == 401


# -- faults: 429, 5xx, timeout ----------------------------------------------------------------
def test_429_waits_for_retry_after(sandbox, svarut):
    svarut.statuses(sandbox.test_ids[:1])  # token first
    sandbox.set_faults(force_429=1, retry_after="7", path_contains="status-sok")
    waits = []
    assert len(svarut.statuses(sandbox.test_ids[:2], sleep=waits.append)) == 2
    assert waits == [7.0]  # exactly what SvarUt asked for, not the back-off guess
    assert len(_status_calls(sandbox)) == 3


def test_5xx_is_retried(sandbox, svarut):
    sandbox.set_faults(force_503=2, path_contains="status-sok")
    assert len(svarut.statuses(sandbox.test_ids[:3])) == 3
    assert len(_status_calls(sandbox)) == 3


def test_5xx_that_lasts_is_a_retryable_failure(sandbox, svarut):
    sandbox.set_faults(force_503=10, path_contains="status-sok")
    with pytest.raises(ServiceError) as info:
        svarut.statuses(sandbox.test_ids[:3])
    assert info.value.retryable and "Prøv igjen" in info.value.message_nb


def test_timeout_is_retried_then_explained(sandbox, urls, svarut_credentials, mp_credentials):
    with make_client(timeout=0.3, min_interval=0) as http:
        tokens = MaskinportenClient(http, urls, mp_credentials)
        client = SvarUtClient(http, urls, svarut_credentials, tokens, backoff=0.01, max_attempts=2)
        tokens.token()
        sandbox.set_faults(hang_count=1, hang_seconds=1, path_contains="status-sok")
        assert len(client.statuses(sandbox.test_ids[:2])) == 2  # second attempt answers
        sandbox.set_faults(hang_count=2, hang_seconds=1, path_contains="status-sok")
        with pytest.raises(ServiceError, match="svarte ikke i tide"):
            client.statuses(sandbox.test_ids[:2])


# -- the refresh service --------------------------------------------------------------------
def test_refresh_in_batches_keeps_order_and_reports_unknown(sandbox, svarut):
    ids = sandbox.test_ids
    shipments = _shipments([*ids, UNKNOWN])
    seen = []
    state = TaskState(on_progress=lambda done, total, _t: seen.append((done, total)))
    result = refresh_statuses(state, svarut, shipments, workers=3)
    assert [s.id for s in result.shipments] == [*ids, UNKNOWN]
    assert result.updated == len(ids) and result.asked == len(ids) + 1
    assert result.failed == {UNKNOWN: NOT_FOUND_NB} and not result.retryable
    # 251 IDs in batches of 100: three different batches (a busy machine may see one resent)
    assert len({r.body for r in _status_calls(sandbox)}) == 3
    assert seen[-1] == (251, 251)
    st = sandbox_svarut.state(sandbox)
    assert all(s.status is st.shipments[s.id].status for s in result.shipments[:-1])


def test_a_failing_batch_keeps_the_others_and_only_it_is_retried(sandbox, svarut):
    ids = sandbox.test_ids[:200]
    shipments = [Shipment(i, None, ShipmentStatus.VARSLET, "VARSLET") for i in ids]
    svarut.statuses(ids[:1])  # token first
    sandbox.set_faults(force_503=4, path_contains="status-sok")  # one batch fails all 4 tries
    result = refresh_statuses(TaskState(), svarut, shipments, workers=1)
    assert result.updated == 100 and len(result.failed) == 100
    assert set(result.failed) == set(result.retryable)
    failed = set(result.failed)
    kept = [s for s in result.shipments if s.id in failed]
    assert all(s.status is ShipmentStatus.VARSLET for s in kept)  # the file's status stays
    again = refresh_statuses(TaskState(), svarut, result.shipments, only_ids=sorted(failed))
    assert again.asked == 100 and again.updated == 100 and not again.failed


def test_cancel_keeps_what_was_fetched(sandbox, svarut):
    ids = sandbox.test_ids
    svarut.statuses(ids[:1])
    sandbox.set_faults(latency_ms=150, path_contains="status-sok")
    state = TaskState()

    def progress(done, total, _text):
        if done >= 100:
            state.cancel()

    state._on_progress = progress
    result = refresh_statuses(state, svarut, _shipments(ids), workers=1)
    assert result.cancelled
    assert 100 <= result.updated < len(ids)
    assert all(result.failed[i] == CANCELLED_NB for i in result.failed)
    assert result.updated + len(result.failed) == len(ids)


def test_cancel_during_retry_after_wait(sandbox, svarut):
    svarut.statuses(sandbox.test_ids[:1])
    sandbox.set_faults(force_429=5, retry_after="30", path_contains="status-sok")
    state = TaskState()
    threading.Timer(0.3, state.cancel).start()
    started = time.monotonic()
    result = refresh_statuses(state, svarut, _shipments(sandbox.test_ids[:10]))
    assert time.monotonic() - started < 5
    assert result.cancelled and len(result.failed) == 10
    with pytest.raises(Cancelled):
        state.check()


def test_token_failure_keeps_every_status(
    sandbox, urls, mp_credentials, svarut_credentials, other_key
):
    from support.svarut_values import private_pem

    from desktop_app.integrations.maskinporten import MaskinportenCredentials

    wrong = MaskinportenCredentials(
        mp_credentials.client_id, "ks:fiks", private_pem(other_key), kid=mp_credentials.kid
    )
    setup = RefreshSetup(urls, wrong, svarut_credentials)
    shipments = [Shipment(i, None, ShipmentStatus.LEST, "LEST") for i in sandbox.test_ids[:5]]
    result = refresh_with_setup(TaskState(), setup, shipments)
    assert result.updated == 0 and len(result.failed) == 5
    assert "nøkkelen" in next(iter(result.failed.values()))
    assert all(s.status is ShipmentStatus.LEST for s in result.shipments)


def test_a_refresh_result_can_be_applied_to_a_new_import(sandbox, svarut):
    from desktop_app.services.status_refresh import reuse

    ids = sandbox.test_ids[:3]
    result = refresh_statuses(TaskState(), svarut, _shipments([*ids, UNKNOWN]))
    imported = [
        Shipment(i, None, ShipmentStatus.VARSLET, "VARSLET", title=f"brev {n}")
        for n, i in enumerate([*ids, UNKNOWN])
    ]
    applied, notes = reuse(result)(TaskState(), imported)
    st = sandbox_svarut.state(sandbox)
    assert [s.status for s in applied[:3]] == [st.shipments[i].status for i in ids]
    assert applied[3].status is ShipmentStatus.VARSLET and applied[0].title == "brev 0"
    assert "3 av 4" in notes[0] and "1 forsendelse fikk ikke ny status" in notes[1]


# -- a SvarUt that does not answer ------------------------------------------------------------
def test_a_hung_svarut_is_given_up_after_a_few_silent_attempts(
    sandbox, urls, svarut_credentials, mp_credentials
):
    """Every status call hangs: Postvakt stops after MAX_NO_ANSWER silent attempts instead
    of trying every batch four times, keeps the file's statuses and says so plainly."""
    from desktop_app.services.status_refresh import MAX_NO_ANSWER, NO_ANSWER_NB, refresh_notes

    # The client gives up long before the sandbox's hang ends: a timeout, never an answer.
    with make_client(timeout=0.2, min_interval=0) as quick:
        tokens = MaskinportenClient(quick, urls, mp_credentials)
        client = SvarUtClient(quick, urls, svarut_credentials, tokens, backoff=0.01)
        tokens.token()
        sandbox.set_faults(hang_count=1000, hang_seconds=10, path_contains="status-sok")
        shipments = [
            Shipment(i, None, ShipmentStatus.VARSLET, "VARSLET") for i in sandbox.test_ids
        ]  # 251: three batches
        result = refresh_statuses(TaskState(), client, shipments, workers=1)
        sandbox.clear_faults()
    assert len(_status_calls(sandbox)) == MAX_NO_ANSWER  # not 3 batches × 4 attempts
    assert result.updated == 0 and not result.cancelled
    assert set(result.failed) == set(result.retryable) == set(sandbox.test_ids)
    assert all(s.status is ShipmentStatus.VARSLET for s in result.shipments)
    assert result.stopped_nb == NO_ANSWER_NB
    assert "SvarUt svarte ikke" in NO_ANSWER_NB and "Prøv igjen senere" in NO_ANSWER_NB
    assert NO_ANSWER_NB in refresh_notes(result)


def test_an_answer_in_between_resets_the_count_of_silent_attempts(sandbox, svarut):
    """Two silent attempts, then answers: the refresh goes on to the end."""
    svarut.statuses(sandbox.test_ids[:1])
    calls = []
    real = svarut.statuses

    def flaky(batch, *, answered=None, **kw):
        for _ in range(2):
            answered(False)
        calls.append(len(batch))
        return real(batch, answered=answered, **kw)

    svarut.statuses = flaky
    result = refresh_statuses(TaskState(), svarut, _shipments(sandbox.test_ids), workers=1)
    assert result.complete and result.stopped_nb is None and len(calls) == 3


def test_the_refresh_stops_asking_when_its_time_is_up(sandbox, svarut):
    """A slow SvarUt: after the deadline no new batch is asked; what came is kept."""
    from desktop_app.services.status_refresh import refresh_notes

    now = [0.0]
    state = TaskState(on_progress=lambda done, total, _t: now.__setitem__(0, done * 10.0))
    shipments = [
        Shipment(i, None, ShipmentStatus.VARSLET, "VARSLET") for i in sandbox.test_ids
    ]  # 251: three batches
    result = refresh_statuses(
        state, svarut, shipments, workers=1, deadline_seconds=1500, clock=lambda: now[0]
    )
    assert result.updated == 200 and len(_status_calls(sandbox)) == 2
    assert set(result.failed) == set(result.retryable) == set(sandbox.test_ids[200:])
    assert result.stopped_nb is not None and "Prøv igjen senere" in result.stopped_nb
    assert "25 minutter" in result.stopped_nb
    assert result.stopped_nb in refresh_notes(result)
    assert all(s.status is ShipmentStatus.VARSLET for s in result.shipments[200:])


def test_a_retry_after_beyond_the_deadline_stops_at_once_and_names_the_time(sandbox, svarut):
    """«Retry-After: 3600» with half an hour left: no waiting (the refresh stayed busy until
    the user pressed Stopp), what came is kept, the message names the clock time, and «Prøv
    igjen» gets the rest once SvarUt answers again."""
    from desktop_app.services.status_refresh import refresh_notes

    real = svarut.statuses
    calls = []

    def statuses(batch, **kw):
        calls.append(len(batch))
        if len(calls) == 2:  # SvarUt gets busy after the first batch
            sandbox.set_faults(force_429=10_000, retry_after="3600", path_contains="status-sok")
        return real(batch, **kw)

    svarut.statuses = statuses
    waits: list[float] = []
    state = TaskState()
    state.wait = waits.append  # a wait would be recorded here, not slept
    shipments = [Shipment(i, None, ShipmentStatus.VARSLET, "VARSLET") for i in sandbox.test_ids]
    result = refresh_statuses(state, svarut, shipments, workers=1)

    assert waits == [] and len(calls) == 2  # the third batch was never asked
    assert result.updated == 100 and not result.cancelled
    assert set(result.failed) == set(result.retryable) == set(sandbox.test_ids[100:])
    assert "Prøv igjen etter kl. " in result.stopped_nb
    assert result.stopped_nb in refresh_notes(result)
    assert all(s.status is ShipmentStatus.VARSLET for s in result.shipments[100:])

    sandbox.clear_faults()
    again = refresh_statuses(TaskState(), svarut, result.shipments, only_ids=sorted(result.failed))
    assert again.complete and again.updated == len(sandbox.test_ids) - 100


def test_a_retry_after_within_the_deadline_is_still_waited_for(sandbox, svarut):
    sandbox.set_faults(force_429=1, retry_after="7", path_contains="status-sok")
    waits: list[float] = []
    state = TaskState()
    state.wait = waits.append
    result = refresh_statuses(state, svarut, _shipments(sandbox.test_ids[:5]), workers=1)
    assert waits == [7.0] and result.complete
