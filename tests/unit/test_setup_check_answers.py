"""How «Sjekk oppsettet» reads ID-porten's answer to an authorize request it never follows."""

from __future__ import annotations

import httpx
import pytest

from desktop_app.services.setup_check import read_authorize_answer

MINE = "http://127.0.0.1:53682/callback"


def answer(status: int, location: str | None = None) -> httpx.Response:
    headers = {"Location": location} if location else {}
    return httpx.Response(status, headers=headers)


@pytest.mark.parametrize(
    ("response", "kind", "error"),
    [
        (answer(302, "https://login.idporten.no/login?flow=1"), "accepted", None),
        (answer(200), "accepted", None),
        (answer(302, MINE + "?code=abc&state=x"), "accepted", None),
        (answer(302, MINE + "?error=invalid_scope&state=x"), "error", "invalid_scope"),
        (answer(303, MINE + "?error=access_denied"), "error", "access_denied"),
        (answer(400), "refused", None),
        (answer(404), "refused", None),
        (answer(503), "server", None),
        # An error sent to another address than ours is not an answer to us.
        (answer(302, "http://127.0.0.1:9/callback?error=invalid_scope"), "accepted", None),
    ],
)
def test_answer_kinds(response, kind, error):
    read = read_authorize_answer(response, MINE)
    assert (read.kind, read.error) == (kind, error)


def test_where_a_redirect_led_is_told_without_its_query():
    read = read_authorize_answer(answer(302, "https://login.idporten.no/login?code=s3cr3t"), MINE)
    assert read.observed == "HTTP 302, videre til https://login.idporten.no/login"
    assert "s3cr3t" not in read.observed
    mine = read_authorize_answer(answer(302, MINE + "?code=s3cr3t"), MINE)
    assert "s3cr3t" not in mine.observed
