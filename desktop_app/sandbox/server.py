"""The Øving sandbox: a loopback-only HTTP server that plays the services Postvakt calls.

It serves practice mode (``Environment.OVING``) and the integration tests. It binds to
127.0.0.1 only and refuses any other address.

Adding a service
----------------
Write ``desktop_app/sandbox/<service>.py`` with a ``register(sandbox)`` function that adds
the endpoints the real client calls, under that service's own literal prefix (the same one
:data:`desktop_app.integrations.environments.SANDBOX_PREFIXES` names for the clients; a test
checks they agree), following the documented contract in ``shared/reference/`` (paths,
status codes, error bodies). Øving is a second implementation of the real rules: it never
imports the clients (``desktop_app.integrations``; an import-linter contract says so)::

    from desktop_app.sandbox.server import Request, Response, Sandbox

    PREFIX = "/brreg/enhetsregisteret/api"

    def register(sandbox: Sandbox) -> None:
        @sandbox.route("GET", PREFIX + "/enheter/{orgnr}")
        def enhet(request: Request) -> Response:
            ...
            return Response.json({...})

:func:`build_sandbox` finds every module in this package that has ``register`` and calls
it, so nothing else needs editing. Fictitious data only: no real people or organisations.

Fault injection
---------------
:class:`Faults` (``sandbox.set_faults(...)``, or ``POST /_sandbox/faults`` with the same
keys as JSON) adds latency, forced 429 (with ``Retry-After``), forced 503 and hanging
requests (timeouts). Counters ("the next N requests") and a seeded rate make tests
deterministic. ``GET /_sandbox/health`` says the sandbox is up. Admin paths under
``/_sandbox/`` are never faulted.

Admin paths are for tests and the developer's own tools, never for a web page: any web page
the user opens can send a "simple" cross-origin POST (``text/plain``, no preflight) to a
loopback port. So every admin request that carries an ``Origin`` (or ``Sec-Fetch-Site``) of
another site is refused (403), and an admin request with a body must say
``Content-Type: application/json``, which a browser only sends cross-origin after a CORS
preflight that the sandbox never grants (415 otherwise). Faults are limited to paths by a
plain substring (``path_contains``), never a regular expression, so no input can make the
sandbox's matching hang.

Failure switches
----------------
A service module may declare named switches (``sandbox.declare_switch(name, text)``) that
make it fail the way the real service fails when a municipality's set-up is wrong (an
unknown ID-porten client, a refused Maskinporten key, …); it asks ``sandbox.switch(name)``
on each request. Tests call ``sandbox.set_switches(name=True)``; ``GET /_sandbox/switches``
lists them with their texts, ``POST /_sandbox/switches`` with ``{"name": true}`` turns them
on or off, ``DELETE /_sandbox/switches`` turns all off. Unlike faults, a switch is a state
of the pretend world, not of the network: it stays until it is turned off.
"""

from __future__ import annotations

import contextlib
import dataclasses
import importlib
import json
import logging
import pkgutil
import random
import re
import socket
import threading
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, TypeVar
from urllib.parse import parse_qs, urlsplit

from desktop_app import __version__

log = logging.getLogger(__name__)

LOOPBACK = "127.0.0.1"
ADMIN_PREFIX = "/_sandbox/"
MAX_HANG_SECONDS = 30.0
"""Upper bound for an injected hang, so a forgotten fault never blocks for long."""

MAX_BODY_BYTES = 10 * 1024 * 1024
MAX_PATH_FRAGMENT = 200
"""Longest ``path_contains`` accepted (a path fragment, not a program)."""
_REGEX_SYNTAX = frozenset(".^$*+?{}[]\\|()")


# ---------------------------------------------------------------------------- messages
@dataclass(frozen=True)
class Request:
    """What a route handler gets."""

    method: str
    path: str
    query: dict[str, str]
    """Last value of each query parameter; see ``query_all`` for repeated ones."""
    query_all: dict[str, list[str]]
    headers: Mapping[str, str]
    """Case-insensitive (``email.message.Message``)."""
    body: bytes
    params: dict[str, str] = field(default_factory=dict)
    """Named groups from the route pattern."""

    def header(self, name: str, default: str | None = None) -> str | None:
        return self.headers.get(name, default)

    @property
    def json(self) -> Any:
        """The body parsed as JSON; None when empty. Invalid JSON answers 400 for you."""
        if not self.body:
            return None
        try:
            return json.loads(self.body)
        except ValueError:
            raise HttpProblem(400, "Bad Request", "Body is not valid JSON.") from None


@dataclass
class Response:
    """What a route handler returns. ``body``: dict/list → JSON, str → text, bytes as is."""

    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str | None = None

    @classmethod
    def json(
        cls,
        data: Any,
        status: int = 200,
        headers: dict[str, str] | None = None,
        content_type: str = "application/json",
    ) -> Response:
        return cls(status, data, dict(headers or {}), content_type)

    @classmethod
    def text(
        cls,
        text: str,
        status: int = 200,
        headers: dict[str, str] | None = None,
        content_type: str = "text/plain; charset=utf-8",
    ) -> Response:
        return cls(status, text, dict(headers or {}), content_type)

    def encode(self) -> tuple[bytes, str]:
        if self.body is None:
            return b"", self.content_type or "text/plain; charset=utf-8"
        if isinstance(self.body, bytes):
            return self.body, self.content_type or "application/octet-stream"
        if isinstance(self.body, str):
            return self.body.encode("utf-8"), self.content_type or "text/plain; charset=utf-8"
        data = json.dumps(self.body, ensure_ascii=False).encode("utf-8")
        return data, self.content_type or "application/json"


def problem(
    status: int,
    title: str | None = None,
    detail: str | None = None,
    *,
    code: str | None = None,
    headers: dict[str, str] | None = None,
    **extra: Any,
) -> Response:
    """An RFC 7807 problem+json response (Altinn style: an extra ``code`` member)."""
    body: dict[str, Any] = {
        "type": "about:blank",
        "title": title or HTTPStatus(status).phrase,
        "status": status,
    }
    if detail is not None:
        body["detail"] = detail
    if code is not None:
        body["code"] = code
    body.update(extra)
    return Response.json(body, status, headers, content_type="application/problem+json")


class HttpProblem(Exception):
    """Raise inside a handler to answer with a problem+json response."""

    def __init__(
        self,
        status: int,
        title: str | None = None,
        detail: str | None = None,
        *,
        code: str | None = None,
    ) -> None:
        super().__init__(detail or title or str(status))
        self.response = problem(status, title, detail, code=code)


Handler = Callable[[Request], Response]
State = TypeVar("State")


@dataclass(frozen=True)
class Route:
    method: str
    pattern: re.Pattern[str]
    handler: Handler


_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def _compile_path(path_pattern: str) -> re.Pattern[str]:
    """``/enheter/{orgnr}`` → regex with a named group per ``{name}`` (one path segment)."""
    parts = _PLACEHOLDER.split(path_pattern)
    regex = "".join(
        f"(?P<{part}>[^/]+)" if i % 2 else re.escape(part) for i, part in enumerate(parts)
    )
    return re.compile(regex)


# ---------------------------------------------------------------------------- faults
@dataclass
class Faults:
    """Injected trouble. Counters apply to the next N (non-admin) requests.

    ``latency_ms`` delays every matching request. ``hang_count`` requests wait
    ``hang_seconds`` (bounded by :data:`MAX_HANG_SECONDS`) before answering 503, so a
    client with a shorter timeout times out. ``path_contains`` limits faults to paths that
    contain it (plain text, no regular expression; the old name ``path_regex`` is accepted
    for a plain fragment and refused for anything with regex syntax). Rates (0..1) use a
    ``random.Random(seed)``.
    """

    latency_ms: int = 0
    force_429: int = 0
    rate_429: float = 0.0
    retry_after: str = "1"
    force_503: int = 0
    rate_503: float = 0.0
    hang_count: int = 0
    hang_seconds: float = 5.0
    path_contains: str | None = None
    seed: int | None = None

    def validated(self) -> Faults:
        if self.latency_ms < 0 or self.force_429 < 0 or self.force_503 < 0 or self.hang_count < 0:
            raise ValueError("Counters and latency must be >= 0.")
        if not (0 <= self.rate_429 <= 1 and 0 <= self.rate_503 <= 1):
            raise ValueError("Rates must be between 0 and 1.")
        if not 0 <= self.hang_seconds <= MAX_HANG_SECONDS:
            raise ValueError(f"hang_seconds must be between 0 and {MAX_HANG_SECONDS:g}.")
        if self.path_contains is not None:
            if not isinstance(self.path_contains, str):
                raise ValueError("path_contains must be text.")
            if len(self.path_contains) > MAX_PATH_FRAGMENT:
                raise ValueError(f"path_contains may be at most {MAX_PATH_FRAGMENT} characters.")
        self.retry_after = str(self.retry_after)
        return self


_FAULT_FIELDS = {f.name: f for f in dataclasses.fields(Faults)}


def _plain_fragment(changes: dict[str, Any]) -> dict[str, Any]:
    """``path_regex`` (the old name) as ``path_contains``, if it is a plain path fragment.

    A real regular expression is refused: matching one against every request could hang
    the sandbox (catastrophic backtracking), and every use so far was a plain fragment."""
    if "path_regex" not in changes:
        return changes
    changes = dict(changes)
    value = changes.pop("path_regex")
    if value is not None:
        if not isinstance(value, str) or any(c in _REGEX_SYNTAX for c in value):
            raise ValueError(
                "path_regex takes a plain path fragment only (no regular "
                "expression); use path_contains."
            )
        if "path_contains" in changes and changes["path_contains"] != value:
            raise ValueError("Give path_contains or path_regex, not both.")
    changes["path_contains"] = value
    return changes


def _faults_from_json(data: Any, current: Faults) -> Faults:
    if not isinstance(data, dict):
        raise ValueError("Expected a JSON object.")
    unknown = set(data) - set(_FAULT_FIELDS) - {"reset", "path_regex"}
    if unknown:
        raise ValueError(f"Unknown fault keys: {', '.join(sorted(unknown))}.")
    base = Faults() if data.get("reset") else current
    changes = _plain_fragment({k: v for k, v in data.items() if k != "reset"})
    try:
        return dataclasses.replace(base, **changes).validated()
    except TypeError as exc:
        raise ValueError(str(exc)) from None


@dataclass(frozen=True)
class _Decision:
    latency: float = 0.0
    hang: float = 0.0
    response: Response | None = None


# ---------------------------------------------------------------------------- server
class _Server(ThreadingHTTPServer):
    daemon_threads = False  # server_close() joins handler threads: a clean stop
    block_on_close = True
    allow_reuse_address = False

    sandbox: Sandbox

    def process_request(self, request: Any, client_address: Any) -> None:
        # Tracked before the handler thread starts, so stop() can always end it.
        self.sandbox._track(request, add=True)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        self.sandbox._track(request, add=False)
        super().shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that timed out and left is normal here (hang faults); no tracebacks.
        log.debug("Sandkassen: forbindelse fra %s avbrutt", client_address, exc_info=True)


class _RequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = f"PostvaktSandbox/{__version__}"
    timeout = 30  # an idle keep-alive connection is dropped after this
    disable_nagle_algorithm = True  # headers and body go out without a delayed-ACK stall
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("Sandkassen: " + format, *args)

    def _dispatch(self) -> None:
        sandbox = self.server.sandbox
        try:
            response = sandbox._handle(self)
        except Exception:
            log.exception("Sandkassen: feil i endepunkt for %s %s", self.command, self.path)
            response = problem(500, detail="The sandbox handler failed.")
        self._send(response)

    def _send(self, response: Response) -> None:
        data, content_type = response.encode()
        no_body = response.status in (204, 304) or response.status < 200
        data_to_write = b"" if self.command == "HEAD" or no_body else data
        try:
            self.send_response(response.status)
            if not no_body:
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(data)))
            for name, value in response.headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data_to_write)
            self.wfile.flush()
        except OSError:
            # The client gave up (timeout) before the answer came; nothing to do.
            self.close_connection = True

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = do_OPTIONS = _dispatch


class Sandbox:
    """A loopback HTTP server with a route registry and fault injection.

    ``with Sandbox() as sb: sb.base_url`` or ``base = sb.start(); …; sb.stop()``.
    """

    def __init__(
        self,
        host: str = LOOPBACK,
        port: int = 0,
        *,
        faults: Faults | None = None,
        record_limit: int = 1000,
    ) -> None:
        if host != LOOPBACK:
            raise ValueError(
                f"Sandkassen kan bare lytte på {LOOPBACK} (denne maskinen), ikke på {host!r}."
            )
        if not 0 <= port <= 65535:
            raise ValueError("Portnummeret må være mellom 0 og 65535.")
        self.host = host
        self.port = port
        self._routes: list[Route] = []
        self._lock = threading.Lock()
        self._faults = (faults or Faults()).validated()
        self._rng = random.Random(self._faults.seed)  # noqa: S311 (test faults, not security)
        self._stopping = threading.Event()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._connections: set[socket.socket] = set()
        self.requests: deque[Request] = deque(maxlen=record_limit)
        """Every non-admin request received, oldest first (for tests)."""
        self._states: dict[str, Any] = {}
        self._states_lock = threading.RLock()
        self._switches: dict[str, bool] = {}
        self._switch_texts: dict[str, str] = {}
        self._register_admin()

    def service_state(self, name: str, factory: Callable[[], State]) -> State:
        """The in-memory state of one sandbox service (``name``), made by ``factory`` on
        first use; the same object for every request and test that asks afterwards."""
        with self._states_lock:
            if name not in self._states:
                self._states[name] = factory()
            return self._states[name]

    # -- lifecycle ---------------------------------------------------------------------
    @property
    def base_url(self) -> str:
        if self._server is None:
            raise RuntimeError("The sandbox is not running.")
        return f"http://{self.host}:{self._server.server_address[1]}"

    @property
    def running(self) -> bool:
        return self._server is not None

    def start(self) -> str:
        """Bind and serve in a background thread; returns the base URL."""
        if self._server is not None:
            return self.base_url
        self._stopping.clear()
        server = _Server((self.host, self.port), _RequestHandler)
        server.sandbox = self
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="postvakt-sandbox",
            daemon=True,
        )
        self._thread.start()
        log.info("Sandkassen kjører på %s", self.base_url)
        return self.base_url

    def stop(self) -> None:
        """Stop serving, end open connections and hanging requests, free the port."""
        server, thread = self._server, self._thread
        if server is None:
            return
        self._stopping.set()
        server.shutdown()
        with self._lock:
            connections = list(self._connections)
        for conn in connections:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        server.server_close()  # joins the handler threads
        if thread is not None:
            thread.join(timeout=5)
        self._server = None
        self._thread = None
        log.info("Sandkassen er stoppet")

    def __enter__(self) -> Sandbox:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _track(self, conn: socket.socket, *, add: bool) -> None:
        with self._lock:
            if add:
                self._connections.add(conn)
            else:
                self._connections.discard(conn)

    # -- routes ------------------------------------------------------------------------
    def add_route(self, method: str, regex: str | re.Pattern[str], handler: Handler) -> None:
        """Answer ``method`` on paths that fully match ``regex`` (named groups → params)."""
        pattern = re.compile(regex) if isinstance(regex, str) else regex
        with self._lock:
            self._routes.append(Route(method.upper(), pattern, handler))

    def route(self, method: str, path_pattern: str) -> Callable[[Handler], Handler]:
        """Decorator: ``@sandbox.route("GET", "/brreg/enhetsregisteret/api/enheter/{orgnr}")``."""

        def decorate(handler: Handler) -> Handler:
            self.add_route(method, _compile_path(path_pattern), handler)
            return handler

        return decorate

    # -- failure switches --------------------------------------------------------------
    def declare_switch(self, name: str, text: str) -> None:
        """Make ``name`` a known switch (off), described by ``text`` (one bokmål line)."""
        with self._lock:
            self._switches.setdefault(name, False)
            self._switch_texts[name] = text

    def switch(self, name: str) -> bool:
        """Is the declared switch ``name`` on? An undeclared name is a programming error."""
        with self._lock:
            if name not in self._switches:
                raise KeyError(f"Unknown sandbox switch: {name}")
            return self._switches[name]

    def switch_texts(self) -> dict[str, str]:
        """Every declared switch and what it does, sorted by name."""
        with self._lock:
            return dict(sorted(self._switch_texts.items()))

    def set_switches(self, **values: bool) -> dict[str, bool]:
        """Turn switches on or off: ``set_switches(idporten_unknown_client=True)``."""
        with self._lock:
            unknown = sorted(set(values) - set(self._switches))
            if unknown:
                raise ValueError(
                    f"Unknown switches: {', '.join(unknown)}. Known: "
                    f"{', '.join(sorted(self._switches))}."
                )
            if not all(isinstance(v, bool) for v in values.values()):
                raise ValueError("A switch is true or false.")
            self._switches.update(values)
            return dict(self._switches)

    def clear_switches(self) -> None:
        with self._lock:
            self._switches = dict.fromkeys(self._switches, False)

    # -- faults ------------------------------------------------------------------------
    @property
    def faults(self) -> Faults:
        with self._lock:
            return dataclasses.replace(self._faults)

    def set_faults(self, faults: Faults | None = None, /, **changes: Any) -> Faults:
        """Replace the faults, or change some fields: ``set_faults(force_429=2)``."""
        changes = _plain_fragment(changes)
        with self._lock:
            base = faults if faults is not None else self._faults
            new = dataclasses.replace(base, **changes).validated()
            # Re-seeded on every change, so a configured seed always gives the same run.
            self._rng = random.Random(new.seed)  # noqa: S311
            self._faults = new
            return dataclasses.replace(new)

    def clear_faults(self) -> None:
        self.set_faults(Faults())

    def _decide(self, path: str) -> _Decision:
        """Consume counters atomically; the order is hang, 429, 503."""
        with self._lock:
            f = self._faults
            if f.path_contains is not None and f.path_contains not in path:
                return _Decision()
            latency = f.latency_ms / 1000
            if f.hang_count > 0:
                f.hang_count -= 1
                return _Decision(
                    latency,
                    min(f.hang_seconds, MAX_HANG_SECONDS),
                    problem(503, detail="Injected timeout (sandbox fault)."),
                )
            if f.force_429 > 0 or (f.rate_429 and self._rng.random() < f.rate_429):
                if f.force_429 > 0:
                    f.force_429 -= 1
                return _Decision(
                    latency,
                    0.0,
                    problem(
                        429,
                        detail="Injected rate limit (sandbox fault).",
                        headers={"Retry-After": f.retry_after},
                    ),
                )
            if f.force_503 > 0 or (f.rate_503 and self._rng.random() < f.rate_503):
                if f.force_503 > 0:
                    f.force_503 -= 1
                return _Decision(
                    latency, 0.0, problem(503, detail="Injected outage (sandbox fault).")
                )
            return _Decision(latency)

    # -- dispatch ----------------------------------------------------------------------
    def _handle(self, h: _RequestHandler) -> Response:
        parts = urlsplit(h.path)
        path = parts.path or "/"
        expected_hosts = {
            f"{self.host}:{h.server.server_address[1]}",
            f"localhost:{h.server.server_address[1]}",
        }
        if h.headers.get("Host") not in expected_hosts:
            # Refuse other Host names (DNS rebinding from a web page).
            _drain(h)
            return problem(421, detail="This sandbox only answers requests for itself.")
        length = int(h.headers.get("Content-Length") or 0)
        if length > MAX_BODY_BYTES:
            h.close_connection = True
            return problem(413, detail="Body too large for the sandbox.")
        body = h.rfile.read(length) if length > 0 else b""
        if path.startswith(ADMIN_PREFIX):
            refused = self._admin_refusal(h, body)
            if refused is not None:
                return refused
        query_all = parse_qs(parts.query, keep_blank_values=True)
        request = Request(
            method=h.command,
            path=path,
            query={k: v[-1] for k, v in query_all.items()},
            query_all=query_all,
            headers=h.headers,
            body=body,
        )
        if not path.startswith(ADMIN_PREFIX):
            with self._lock:
                self.requests.append(request)
            decision = self._decide(path)
            wait = decision.latency + decision.hang
            if wait > 0 and self._stopping.wait(wait):
                return problem(503, detail="The sandbox is stopping.")
            if decision.response is not None:
                return decision.response
        return self._route(request)

    def _admin_refusal(self, h: _RequestHandler, body: bytes) -> Response | None:
        """Why an admin request must be refused (it may come from a web page), or None."""
        own = {
            f"http://{host}"
            for host in (
                f"{self.host}:{h.server.server_address[1]}",
                f"localhost:{h.server.server_address[1]}",
            )
        }
        origin = h.headers.get("Origin")
        site = (h.headers.get("Sec-Fetch-Site") or "").lower()
        if (origin is not None and origin not in own) or site in ("cross-site", "same-site"):
            return problem(403, detail="Sandbox admin endpoints do not answer web pages.")
        if h.command in ("POST", "PUT", "PATCH") or body:
            media = (h.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            if media != "application/json":
                return problem(415, detail="Sandbox admin endpoints take application/json.")
        return None

    def _route(self, request: Request) -> Response:
        with self._lock:
            routes = list(self._routes)
        allowed: set[str] = set()
        for route in routes:
            match = route.pattern.fullmatch(request.path)
            if match is None:
                continue
            if route.method != request.method and not (
                route.method == "GET" and request.method == "HEAD"
            ):
                allowed.add(route.method)
                continue
            try:
                return route.handler(dataclasses.replace(request, params=match.groupdict()))
            except HttpProblem as exc:
                return exc.response
        if allowed:
            return problem(
                405,
                detail=f"{request.method} is not allowed on {request.path}.",
                headers={"Allow": ", ".join(sorted(allowed))},
            )
        return problem(404, detail=f"No sandbox endpoint for {request.method} {request.path}.")

    # -- admin endpoints ---------------------------------------------------------------
    def _register_admin(self) -> None:
        @self.route("GET", ADMIN_PREFIX + "health")
        def health(request: Request) -> Response:
            return Response.json(
                {"status": "ok", "name": "postvakt-sandbox", "version": __version__}
            )

        @self.route("GET", ADMIN_PREFIX + "faults")
        def get_faults(request: Request) -> Response:
            return Response.json(dataclasses.asdict(self.faults))

        @self.route("POST", ADMIN_PREFIX + "faults")
        def post_faults(request: Request) -> Response:
            try:
                new = _faults_from_json(request.json, self.faults)
            except ValueError as exc:
                raise HttpProblem(400, detail=str(exc)) from None
            return Response.json(dataclasses.asdict(self.set_faults(new)))

        @self.route("DELETE", ADMIN_PREFIX + "faults")
        def delete_faults(request: Request) -> Response:
            self.clear_faults()
            return Response(204)

        def switches_dto() -> dict[str, Any]:
            with self._lock:
                return {
                    name: {"on": on, "text": self._switch_texts.get(name, "")}
                    for name, on in sorted(self._switches.items())
                }

        @self.route("GET", ADMIN_PREFIX + "switches")
        def get_switches(request: Request) -> Response:
            return Response.json(switches_dto())

        @self.route("POST", ADMIN_PREFIX + "switches")
        def post_switches(request: Request) -> Response:
            data = request.json
            if not isinstance(data, dict):
                raise HttpProblem(400, detail="Expected a JSON object of switch: true/false.")
            try:
                self.set_switches(**data)
            except ValueError as exc:
                raise HttpProblem(400, detail=str(exc)) from None
            return Response.json(switches_dto())

        @self.route("DELETE", ADMIN_PREFIX + "switches")
        def delete_switches(request: Request) -> Response:
            self.clear_switches()
            return Response(204)


def _drain(h: _RequestHandler) -> None:
    length = int(h.headers.get("Content-Length") or 0)
    if 0 < length <= MAX_BODY_BYTES:
        h.rfile.read(length)
    elif length:
        h.close_connection = True


def build_sandbox(port: int = 0) -> Sandbox:
    """A sandbox with every service module's endpoints registered (see module docstring)."""
    sandbox = Sandbox(port=port)
    package = importlib.import_module(__name__.rpartition(".")[0])
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
        if info.name.startswith("_") or info.name == "server":
            continue
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        register = getattr(module, "register", None)
        if callable(register):
            register(sandbox)
    return sandbox
