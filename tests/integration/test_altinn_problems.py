"""Every Altinn problem code in the reference reaches the user as its own bokmål message.

Served over real HTTP by a sandbox route that answers exactly as Altinn's ProblemDetails
library does (``code`` + ``type: urn:altinn:error:<code>``), in both spellings seen in the
documentation ("AM-22" and the wire format "AM-00022").
"""

from __future__ import annotations

import pytest
from support.altinn import http, sleeps  # noqa: F401 (fixtures)

from desktop_app.integrations.altinn_base import AltinnClientBase
from desktop_app.integrations.altinn_problems import PROBLEMS, normalize_code, token_scopes
from desktop_app.integrations.environments import sandbox_urls
from desktop_app.integrations.http import ServiceError
from desktop_app.sandbox.server import Response, Sandbox, problem

REFERENCE_CODES = [
    "AM-22",
    "AM-23",
    "AM-24",
    "AM-26",
    "AM-27",
    "AM-28",
    "AM-29",
    "AM-35",
    "AM-41",
    "AM-42",
    "AM-43",
]  # altinn.md §2.3


@pytest.fixture(scope="module")
def problem_sandbox():
    """One small sandbox for the whole module: its route answers with what a test sets."""
    sb = Sandbox()
    box: dict = {}

    @sb.route("GET", "/altinn/test/problem")
    def route(request):
        return box["response"]

    sb.answer = box
    with sb:
        yield sb


@pytest.fixture
def urls(problem_sandbox):
    return sandbox_urls(problem_sandbox.base_url)


@pytest.fixture
def answer(problem_sandbox):
    """Make the test route answer the next calls with a given status and body."""

    def set_answer(response: Response) -> None:
        problem_sandbox.answer["response"] = response

    return set_answer


def call(urls, http, sleeps):  # noqa: F811
    client = AltinnClientBase(urls, lambda: "t", http, sleep=sleeps)
    return client._call("GET", f"{urls.altinn_platform}/test/problem", idempotent=True)


@pytest.mark.parametrize("short", REFERENCE_CODES)
@pytest.mark.parametrize("wire", [False, True])
def test_each_reference_code_has_its_message(answer, urls, http, sleeps, short, wire):  # noqa: F811
    canonical = normalize_code(short)
    entry = PROBLEMS[canonical]
    code = canonical if wire else short
    answer(problem(entry.status, "Some English title", code=code, type=f"urn:altinn:error:{code}"))
    with pytest.raises(ServiceError) as info:
        call(urls, http, sleeps)
    err = info.value
    assert err.problem_code == canonical
    assert str(err) == entry.message_nb
    assert "HTTP" not in str(err) and "AM-" not in str(err)


def test_code_only_in_type_is_read(answer, urls, http, sleeps):  # noqa: F811
    answer(problem(400, "x", type="urn:altinn:error:AM-00042"))
    with pytest.raises(ServiceError) as info:
        call(urls, http, sleeps)
    assert info.value.problem_code == "AM-00042"


def test_validation_code_is_not_mistaken_for_the_am_code(answer, urls, http, sleeps):  # noqa: F811
    answer(
        problem(
            400,
            "One or more validation errors occurred.",
            code="STD-00000",
            validationErrors=[{"code": "AM.VLD-00022", "detail": "x", "paths": ["/to"]}],
        )
    )
    with pytest.raises(ServiceError) as info:
        call(urls, http, sleeps)
    assert info.value.problem_code == "STD-00000"
    assert str(info.value) == PROBLEMS["STD-00000"].message_nb
    assert normalize_code("AM.VLD-22") == "AM.VLD-00022" != normalize_code("AM-22")


def test_write_failure_500_is_retried_then_explained(answer, urls, http, sleeps):  # noqa: F811
    answer(problem(500, "The delegation failed", code="AM-00029"))
    with pytest.raises(ServiceError) as info:
        call(urls, http, sleeps)
    assert info.value.retryable and len(sleeps.delays) == 3
    assert "delvis lagret" in str(info.value)


def test_unknown_code_keeps_the_general_message(answer, urls, http, sleeps):  # noqa: F811
    answer(problem(400, "x", code="AM-00099"))
    with pytest.raises(ServiceError) as info:
        call(urls, http, sleeps)
    assert info.value.problem_code == "AM-00099"
    assert str(info.value).startswith("Altinn avviste forespørselen")


def test_token_scopes_reads_only_jwts():
    from support.altinn import jwt

    assert token_scopes(jwt(scope="a b")) == {"a", "b"}
    assert token_scopes("not-a-jwt") is None
    assert token_scopes(jwt(pid="1")) is None
