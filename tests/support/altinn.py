"""Fixtures and helpers shared by the Altinn client tests (over real HTTP on 127.0.0.1)."""

from __future__ import annotations

import base64
import json

import pytest

from desktop_app.integrations.environments import sandbox_urls
from desktop_app.integrations.http import make_client
from desktop_app.sandbox import _fiction
from desktop_app.sandbox._altinn import party_uuid
from desktop_app.sandbox.server import build_sandbox

MUNICIPALITY = party_uuid(_fiction.MUNICIPALITY_ORGNR)
SCHOOL = party_uuid("310500003")
DAGL, OLA, SARA, PER, HANNE, JONAS = _fiction.PEOPLE[:6]


def jwt(**claims) -> str:
    """An unsigned JWT-shaped token (the sandbox reads ``pid`` and ``scope``)."""

    def part(data: dict) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()

    return f"{part({'alg': 'none'})}.{part(claims)}.c2lnbmF0dXI"


class Sleeps:
    """A fake sleep that records the delays instead of waiting."""

    def __init__(self):
        self.delays: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)


@pytest.fixture
def sandbox():
    sb = build_sandbox()
    with sb:
        yield sb


@pytest.fixture
def urls(sandbox):
    return sandbox_urls(sandbox.base_url)


@pytest.fixture
def http():
    with make_client(min_interval=0, timeout=2) as client:
        yield client


@pytest.fixture
def sleeps():
    return Sleeps()


def last_last_name(person) -> str:
    return person.name.split()[-1]
