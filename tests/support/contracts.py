"""The services' own published OpenAPI documents (tests/contracts/<service>/, see each
README), checked with openapi-core: an independent validator, so Postvakt's clients and
Øving cannot agree with each other by sharing a mistake.

* :func:`contract` loads a vendored document as published, with ``servers`` pointed at the
  sandbox (the paths in the document are relative to the service's base URL).
* :class:`Recorder` is an httpx response hook: every exchange a client makes is kept, so a
  test can validate both what Postvakt sent and what Øving answered.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
from openapi_core import Config, OpenAPI
from openapi_core.datatypes import RequestParameters
from werkzeug.datastructures import Headers, ImmutableMultiDict

CONTRACTS = Path(__file__).resolve().parents[1] / "contracts"


def document(service: str, name: str) -> dict[str, Any]:
    """The vendored document, parsed (Dialogporten's starts with a UTF-8 BOM)."""
    return json.loads((CONTRACTS / service / name).read_text(encoding="utf-8-sig"))


def contract(
    service: str, name: str, base_url: str, patch: dict[str, Any] | None = None
) -> OpenAPI:
    """An openapi-core validator for one document, served at ``base_url``. ``patch``
    replaces named component schemas in memory only (for a published document that is
    known to differ from the service's code; each use says why).

    KS' specs declare request bodies as ``*/*``; openapi-core then has no way to read them,
    so a ``*/*`` body is read as JSON (what SvarUt's API takes) and checked against its
    schema."""
    spec = copy.deepcopy(document(service, name))
    spec["servers"] = [{"url": base_url.rstrip("/")}]
    for schema_name, schema in (patch or {}).items():
        spec["components"]["schemas"][schema_name] = schema
    config = Config(extra_media_type_deserializers={"*/*": _json})
    return OpenAPI.from_dict(spec, config=config)


def _json(body: bytes | str, **_kw: Any) -> Any:
    return json.loads(body)


class _Request:
    """openapi-core's Request protocol over an ``httpx.Request``."""

    def __init__(self, request: httpx.Request) -> None:
        url = urlsplit(str(request.url))
        self.host_url = f"{url.scheme}://{url.netloc}"
        self.path = url.path
        self.method = request.method.lower()
        self.body = request.content or None
        self.content_type = request.headers.get("content-type", "").lower()
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(list(request.url.params.multi_items())),
            header=Headers(list(request.headers.items())),
            cookie=ImmutableMultiDict(),
        )


class _Response:
    """openapi-core's Response protocol over an ``httpx.Response``."""

    def __init__(self, response: httpx.Response) -> None:
        self.status_code = response.status_code
        self.content_type = response.headers.get("content-type", "").lower()
        # ASP.NET sends ProblemDetails as application/problem+json (RFC 9457, a JSON type);
        # Swashbuckle documents those responses as application/json [I]. Validate the body
        # against the documented schema all the same.
        self.content_type = self.content_type.replace(
            "application/problem+json", "application/json"
        )
        self.headers = Headers(list(response.headers.items()))
        self.data = response.content or None


@dataclass
class Exchange:
    request: httpx.Request
    response: httpx.Response

    @property
    def what(self) -> str:
        return f"{self.request.method} {self.request.url.path} → {self.response.status_code}"


@dataclass
class Recorder:
    exchanges: list[Exchange] = field(default_factory=list)

    def __call__(self, response: httpx.Response) -> None:
        response.read()
        self.exchanges.append(Exchange(response.request, response))

    def to(self, base_url: str) -> list[Exchange]:
        """The exchanges with one service (by base URL)."""
        base = base_url.rstrip("/")
        return [e for e in self.exchanges if str(e.request.url).startswith(base)]


def check_request(api: OpenAPI, exchange: Exchange) -> None:
    api.validate_request(_Request(exchange.request))


def check_response(api: OpenAPI, exchange: Exchange) -> None:
    api.validate_response(_Request(exchange.request), _Response(exchange.response))
