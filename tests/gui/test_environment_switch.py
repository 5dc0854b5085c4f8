"""Switching environment while background work talks to the old one's services.

A Kontaktregisteret lookup of more than 1,000 people asks for a Maskinporten token per batch.
If the user switches from Test to Produksjon between two batches, no production token may be
fetched for that lookup, and nothing more may be sent to Test's register: the lookup stops.
"""

from __future__ import annotations

import json
import threading

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from PySide6.QtCore import Qt
from support.svarut_values import private_pem

from desktop_app.domain.contactability import MAX_PER_LOOKUP
from desktop_app.domain.environments import Environment
from desktop_app.integrations import http as http_module
from desktop_app.storage.secrets import SecretName
from desktop_app.wizards.notice_plan import ContactabilityDialog

from .conftest import PATIENT_MS, settle


def _pids(count: int) -> list[str]:
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


class FakeServices:
    """Maskinporten and KRR in Test and Produksjon; the first KRR call waits for the test."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, str, str]] = []  # (host, path, authorization)
        self.first_krr_call = threading.Event()
        self.go_on = threading.Event()

    def handler(self, request: httpx.Request) -> httpx.Response:
        host, path = request.url.host, request.url.path
        self.requests.append((host, path, request.headers.get("authorization", "")))
        if path.endswith("/token"):
            return httpx.Response(
                200, json={"access_token": f"token-fra-{host}", "expires_in": 120}
            )
        if path.endswith("/personer"):
            if not self.first_krr_call.is_set():
                self.first_krr_call.set()
                self.go_on.wait(30)  # a safety net only: the test sets it at once
            asked = json.loads(request.content)["personidentifikatorer"]
            return httpx.Response(
                200,
                json={
                    "personer": [
                        {"personidentifikator": p, "status": "AKTIV", "reservasjon": "NEI"}
                        for p in asked
                    ]
                },
            )
        return httpx.Response(404)

    def make_client(self, base_url: str = "", **kwargs):
        return real_make_client(
            base_url, min_interval=0, transport=httpx.MockTransport(self.handler)
        )


real_make_client = http_module.make_client


@pytest.fixture
def services(monkeypatch):
    fake = FakeServices()
    monkeypatch.setattr("desktop_app.integrations.krr.make_client", fake.make_client)
    monkeypatch.setattr("desktop_app.services.status_refresh.make_client", fake.make_client)
    yield fake
    fake.go_on.set()


def _set_up_maskinporten(ctx) -> None:
    ctx.settings.set("maskinporten_client_id", "klient")
    ctx.settings.set("maskinporten_kid", "nokkel-1")
    for env in (Environment.TEST, Environment.PRODUKSJON):
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        ctx.secrets.for_environment(env).set(SecretName.MASKINPORTEN_NOKKEL, private_pem(key))


def test_switching_to_production_mid_lookup_sends_no_production_token_to_test(qtbot, ctx, services):
    ctx.set_environment(Environment.TEST)
    settle(qtbot)
    _set_up_maskinporten(ctx)
    dialog = ContactabilityDialog(ctx, krr_token=ctx.krr_token_provider())
    qtbot.addWidget(dialog)
    dialog.pid_edit.setPlainText("\n".join(_pids(MAX_PER_LOOKUP + 5)))
    qtbot.mouseClick(dialog.lookup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(services.first_krr_call.is_set, timeout=PATIENT_MS)

    ctx.set_environment(Environment.PRODUKSJON)  # while the first batch is under way
    services.go_on.set()
    settle(qtbot)

    hosts = {host for host, _path, _auth in services.requests}
    assert "maskinporten.no" not in hosts, "a production token was fetched for the lookup"
    krr_calls = [(h, a) for h, p, a in services.requests if p.endswith("/personer")]
    assert krr_calls and all(h == "test.kontaktregisteret.no" for h, _a in krr_calls)
    assert all(a == "Bearer token-fra-test.maskinporten.no" for _h, a in krr_calls)
    assert len(krr_calls) == 1, "the lookup went on in the old environment after the switch"
    assert "byttet miljø" in dialog.summary.text()
    assert dialog.model.rowCount() == 0


def test_a_token_source_stays_in_the_environment_it_was_made_for(qtbot, ctx, services):
    """Even outside the dialog: a source made in Test never asks Produksjon's Maskinporten."""
    ctx.set_environment(Environment.TEST)
    settle(qtbot)
    _set_up_maskinporten(ctx)
    source = ctx.krr_token_provider()
    assert source() == "token-fra-test.maskinporten.no"
    ctx.set_environment(Environment.PRODUKSJON)
    settle(qtbot)
    with pytest.raises(Exception, match="Miljøet ble byttet"):
        source()
    assert ctx.krr_token_provider()() == "token-fra-maskinporten.no"
    hosts = [host for host, path, _a in services.requests if path.endswith("/token")]
    assert hosts == ["test.maskinporten.no", "maskinporten.no"]


def test_switching_environment_cancels_work_bound_to_the_old_one(qtbot, ctx):
    started, release = threading.Event(), threading.Event()
    seen: list[bool] = []

    def work(state):
        started.set()
        release.wait(30)  # a safety net only: the test releases it at once
        seen.append(state.cancelled)

    ctx.set_environment(Environment.TEST)
    settle(qtbot)
    task = ctx.run(work, environment_bound=True)
    qtbot.waitUntil(started.is_set, timeout=PATIENT_MS)
    ctx.set_environment(Environment.OVING)
    assert task.state.cancelled
    release.set()
    settle(qtbot)
    assert seen == [True]
