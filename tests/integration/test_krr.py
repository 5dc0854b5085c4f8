"""Kontaktregisteret lookups against the sandbox over real HTTP on 127.0.0.1."""

from __future__ import annotations

import logging
from datetime import date

import pytest

from desktop_app.domain.cancellation import Cancelled, TaskState
from desktop_app.domain.notices import Channel
from desktop_app.integrations.environments import sandbox_urls
from desktop_app.integrations.http import ServiceError, make_client
from desktop_app.integrations.krr import KrrClient
from desktop_app.sandbox import _fiction
from desktop_app.sandbox.server import build_sandbox
from desktop_app.services.contactability import lookup

TOKEN = "eyJ-krr-token-som-ikke-skal-vises"


@pytest.fixture(scope="module")
def sandbox():
    with build_sandbox() as sb:
        yield sb


@pytest.fixture
def krr(sandbox):
    sandbox.clear_faults()
    with (
        make_client(min_interval=0, timeout=3) as http,
        KrrClient(sandbox_urls(sandbox.base_url), lambda: TOKEN, http) as client,
    ):
        yield client


def practice_pids(count: int) -> list[str]:
    from stdnum.no import fodselsnummer

    pids: list[str] = []
    number = 1_000
    while len(pids) < count:
        number += 1
        base = f"0101{80 + number // 1000 % 20:02d}{number % 1000:03d}"
        for k1 in range(10):
            for k2 in range(10):
                if fodselsnummer.is_valid(f"{base}{k1}{k2}"):
                    pids.append(f"{base}{k1}{k2}")
    return pids[:count]


def test_the_cast_gets_the_answers_the_rules_need(krr):
    check = lookup(TaskState(), [p.pid for p in _fiction.PEOPLE], krr, date.today())
    by_name = {p.name: r for p, r in zip(_fiction.PEOPLE, check.results, strict=True)}
    assert by_name["Ingrid Fjell Berg"].can(Channel.EPOST)
    assert not by_name["Ola Strand"].can_notify  # reserved
    stale = by_name["Sara Holm"]
    assert not stale.can(Channel.EPOST) and stale.can(Channel.SMS)
    assert not by_name["Per Lunde"].can_notify  # no digital mailbox: letter is printed
    assert check.summary.people == 6


def test_more_than_a_thousand_people_go_in_batches_with_progress(krr):
    pids = practice_pids(1_500)
    seen = []
    state = TaskState(on_progress=lambda done, total, _text: seen.append((done, total)))
    check = lookup(state, pids, krr, date.today())
    assert len(check.results) == 1_500
    assert seen == [(1000, 1500), (1500, 1500)]
    assert 0 < check.summary.by_any < 1_500


def test_a_busy_register_is_waited_for(sandbox, krr):
    sandbox.set_faults(force_429=1, retry_after="0")
    assert len(krr.lookup([_fiction.PEOPLE[0].pid])) == 1


def test_cancel_stops_between_batches(krr):
    state = TaskState()
    state.progress = lambda *_a: state.cancel()  # cancel after the first batch
    with pytest.raises(Cancelled):
        lookup(state, practice_pids(1_200), krr)


def test_without_maskinporten_access_it_says_what_to_set_up(sandbox, caplog):
    caplog.set_level(logging.DEBUG)
    pid = _fiction.PEOPLE[0].pid
    with (
        make_client(min_interval=0, timeout=3) as http,
        KrrClient(sandbox_urls(sandbox.base_url), lambda: "", http) as client,
        pytest.raises(ServiceError, match="Maskinporten") as err,
    ):
        client.lookup([pid])
    assert pid not in str(err.value) and pid not in caplog.text


def test_the_register_refuses_a_call_without_a_token_or_too_many_people(sandbox):
    url = sandbox_urls(sandbox.base_url).krr_api + "/personer"
    with make_client(min_interval=0, timeout=3) as http:
        assert http.post(url, json={"personidentifikatorer": ["1"]}).status_code == 401
        too_many = {"personidentifikatorer": practice_pids(1_001)}
        answer = http.post(url, json=too_many, headers={"Authorization": f"Bearer {TOKEN}"})
        assert answer.status_code == 400


def test_a_token_source_from_another_environment_is_refused():
    from desktop_app.domain.environments import Environment
    from desktop_app.integrations.environments import TEST

    class ProductionTokens:
        environment = Environment.PRODUKSJON

        def __call__(self) -> str:
            raise AssertionError("no token may be asked for")

    with pytest.raises(ServiceError, match="annet miljø"):
        KrrClient(TEST, ProductionTokens())
