"""Network faults during a status refresh, against the Øving sandbox on 127.0.0.1.

Part of ``bench/reliability.py`` (``--only network``). Each fault is injected, a refresh runs
through ``status_refresh.refresh_with_setup`` (what the wizard and the CLI call), and then:

* it returns (no exception) within its time bound, with every shipment it was given;
* what failed has a plain Norwegian reason (no traceback, no English, no exception name);
* with the fault gone, a retry of the failed IDs gets a status for every one of them.

The sandbox injects timeouts (hangs), 503 and 429 itself (``Sandbox.set_faults``); a 500, a
body that is not JSON, JSON of the wrong shape, a TLS error (https to the plain-HTTP port, and
a server with a certificate nobody trusts) and a refused connection are added here. The
client's timeout is set to 2 s for this part (``open_connection`` is wrapped), so a hang
costs seconds, not minutes. All traffic stays on 127.0.0.1; every loop is bounded.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime
import functools
import re
import socket
import ssl
import tempfile
import threading
import time
from pathlib import Path

from reliability import Report

IDS = 450  # five batches of 100 (and one of 50); --quick: 150
BOUND_SECONDS = 90.0  # a user waits this long, then presses «Avbryt»; --quick: 20
_NOT_PLAIN = re.compile(
    r"Traceback|Exception|Error\b|httpx|errno|\[SSL|Injected|sandbox fault|\bNone\b|"
    r"\b(the|and|not|failed|connection|timed out|refused)\b",
    re.IGNORECASE,
)


def _plain(text: str) -> bool:
    return not _NOT_PLAIN.search(text)


class _Override:
    """Answers SvarUt's status search with something broken, ``count`` times."""

    def __init__(self, sandbox, make) -> None:
        from desktop_app.sandbox.server import Route

        self.count = 0
        self.make = make
        self.lock = threading.Lock()
        pattern = re.compile(r".*/forsendelser/status(-sok|/sok)")

        def handler(request):
            with self.lock:
                if self.count <= 0:
                    return None
                self.count -= 1
            return self.make()

        # First in the list: the sandbox answers with the first route that matches.
        sandbox._routes.insert(0, Route("POST", pattern, self._wrap(sandbox, handler)))

    @staticmethod
    def _wrap(sandbox, handler):
        def answer(request):
            response = handler(request)
            if response is not None:
                return response
            # Not this time: the real route, found after this one.
            for route in sandbox._routes[1:]:
                match = route.pattern.fullmatch(request.path)
                if match and route.method == request.method:
                    return route.handler(dataclasses.replace(request, params=match.groupdict()))
            raise RuntimeError("no SvarUt route")

        return answer


@contextlib.contextmanager
def _untrusted_tls_server():
    """A TLS server on 127.0.0.1 with a self-signed certificate: the handshake must fail."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    import ipaddress

    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    with tempfile.TemporaryDirectory() as tmp:
        cert_path, key_path = Path(tmp) / "c.pem", Path(tmp) / "k.pem"
        cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
        key_path.write_bytes(
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert_path, key_path)
        listener = socket.create_server(("127.0.0.1", 0))
        listener.settimeout(0.2)
        stop = threading.Event()

        def serve() -> None:
            deadline = time.monotonic() + BOUND_SECONDS
            while not stop.is_set() and time.monotonic() < deadline:
                try:
                    conn, _ = listener.accept()
                except OSError:
                    continue
                with contextlib.suppress(OSError, ssl.SSLError):
                    conn.settimeout(2)
                    context.wrap_socket(conn, server_side=True).close()
                with contextlib.suppress(OSError):
                    conn.close()

        thread = threading.Thread(target=serve, daemon=True)
        thread.start()
        try:
            yield listener.getsockname()[1]
        finally:
            stop.set()
            thread.join(timeout=5)
            listener.close()


def part_network(args, report: Report, work: Path) -> None:
    from desktop_app.cli import practice
    from desktop_app.domain.cancellation import TaskState
    from desktop_app.domain.environments import Environment
    from desktop_app.domain.svarut import Shipment
    from desktop_app.integrations.environments import urls_for
    from desktop_app.integrations.maskinporten import forget_tokens
    from desktop_app.sandbox import svarut as sandbox_svarut
    from desktop_app.sandbox.server import Response, build_sandbox, problem
    from desktop_app.services import status_refresh
    from desktop_app.services.status_refresh import load_setup, refresh_with_setup

    count = 150 if args.quick else IDS
    bound = 20.0 if args.quick else BOUND_SECONDS
    print(
        f"network: every fault {args.network_rounds}× during a refresh of {count} IDs …", flush=True
    )
    original_open = status_refresh.open_connection
    status_refresh.open_connection = functools.partial(original_open, timeout=2.0)
    sandbox = build_sandbox()
    sandbox.start()
    try:
        ids = sandbox_svarut.state(sandbox).generate(count, seed=args.seed)
        urls = urls_for(Environment.OVING, sandbox.base_url)
        setup = load_setup(None, None, urls, practice())  # Øving: no settings, no keyring
        override = _Override(sandbox, lambda: None)

        def faults():
            # (name, how to inject it, how to take it away, setup to use)
            def sandbox_faults(**kw):
                return lambda: sandbox.set_faults(**kw), sandbox.clear_faults

            def overridden(make, count=10_000):
                def on():
                    override.make = make
                    override.count = count

                return on, lambda: setattr(override, "count", 0)

            yield (
                "timeout (a hang longer than the client waits)",
                *sandbox_faults(hang_count=60, hang_seconds=4, path_regex="status"),
                setup,
            )
            yield (
                "hang of the token call",
                *sandbox_faults(hang_count=8, hang_seconds=4, path_regex="token"),
                setup,
            )
            yield (
                "slow answers (latency 300 ms)",
                *sandbox_faults(latency_ms=300, path_regex="status"),
                setup,
            )
            yield (
                "503 once (retried by itself)",
                *sandbox_faults(force_503=1, path_regex="status"),
                setup,
            )
            yield "503 every time", *sandbox_faults(force_503=10_000, path_regex="status"), setup
            yield (
                "503 at random (rate 0.5)",
                *sandbox_faults(rate_503=0.5, seed=args.seed, path_regex="status"),
                setup,
            )
            yield (
                "429 once, Retry-After 1",
                *sandbox_faults(force_429=1, retry_after="1", path_regex="status"),
                setup,
            )
            yield (
                "429 every time, Retry-After 1",
                *sandbox_faults(force_429=10_000, retry_after="1", path_regex="status"),
                setup,
            )
            yield (
                "429 with Retry-After 3600",
                *sandbox_faults(force_429=10_000, retry_after="3600", path_regex="status"),
                setup,
            )
            yield (
                "503 on the token call",
                *sandbox_faults(force_503=10_000, path_regex="token"),
                setup,
            )
            yield "500 every time", *overridden(lambda: problem(500, detail="Intern feil")), setup
            yield (
                "bad JSON (200)",
                *overridden(
                    lambda: Response(200, b'{"forsendelser": [{"id": ', {}, "application/json")
                ),
                setup,
            )
            yield (
                "JSON of the wrong shape (200)",
                *overridden(lambda: Response(200, b'{"uventet": true}', {}, "application/json")),
                setup,
            )
            yield (
                "HTML error page (502)",
                *overridden(
                    lambda: Response(502, b"<html><body>Bad gateway</body></html>", {}, "text/html")
                ),
                setup,
            )
            plain_port = sandbox.base_url.rsplit(":", 1)[1]
            yield (
                "TLS error (https to a plain-HTTP port)",
                (lambda: None),
                (lambda: None),
                dataclasses.replace(
                    setup,
                    urls=dataclasses.replace(
                        urls,
                        svarut_api=urls.svarut_api.replace(
                            f"http://127.0.0.1:{plain_port}", f"https://127.0.0.1:{plain_port}"
                        ),
                    ),
                ),
            )
            with socket.socket() as s:
                s.bind(("127.0.0.1", 0))
                closed_port = s.getsockname()[1]
            yield (
                "connection refused",
                (lambda: None),
                (lambda: None),
                dataclasses.replace(
                    setup,
                    urls=dataclasses.replace(
                        urls,
                        svarut_api=urls.svarut_api.replace(
                            f"127.0.0.1:{plain_port}", f"127.0.0.1:{closed_port}"
                        ),
                    ),
                ),
            )
            with _untrusted_tls_server() as tls_port:
                yield (
                    "TLS error (certificate nobody trusts)",
                    (lambda: None),
                    (lambda: None),
                    dataclasses.replace(
                        setup,
                        urls=dataclasses.replace(
                            urls,
                            svarut_api=urls.svarut_api.replace(
                                f"http://127.0.0.1:{plain_port}", f"https://127.0.0.1:{tls_port}"
                            ),
                        ),
                    ),
                )

        done = failed = 0
        worst = 0.0
        messages: dict[str, str] = {}
        for _round in range(args.network_rounds):
            for name, inject, remove, fault_setup in faults():
                shipments = [Shipment(i, None, None, "") for i in ids]
                done += 1
                problems: list[str] = []
                forget_tokens()  # every refresh starts like a new session: token call too
                inject()
                started = time.monotonic()
                state = TaskState()
                # A user who has waited BOUND_SECONDS presses «Avbryt».
                watchdog = threading.Timer(bound, state.cancel)
                watchdog.start()
                try:
                    first = refresh_with_setup(state, fault_setup, shipments)
                except Exception as exc:  # the refresh must never raise on network trouble
                    remove()
                    failed += 1
                    report.failure(
                        "network", f"{name}: raised {type(exc).__name__}", str(exc)[:160]
                    )
                    continue
                finally:
                    watchdog.cancel()
                    seconds = time.monotonic() - started
                    worst = max(worst, seconds)
                remove()
                if state.cancelled:
                    problems.append(f"still busy after {bound:.0f} s (cancelled)")
                if [s.id for s in first.shipments] != ids:
                    problems.append("shipments lost or reordered")
                for reason in set(first.failed.values()):
                    messages.setdefault(name, reason)
                    if not _plain(reason):
                        problems.append(f"not a plain message: {reason[:120]}")
                for note in status_refresh.refresh_notes(first):
                    if not _plain(note.split("Årsak:")[0]):
                        problems.append(f"not a plain note: {note[:120]}")
                wrong_shape = name.startswith("JSON of the wrong")
                if first.failed and not first.retryable and not wrong_shape:
                    problems.append("failed, but nothing marked for a retry")
                # The retry, with the fault gone (and the real address back).
                retry_ids = sorted(first.retryable) if first.failed else []
                if first.failed:
                    again = refresh_with_setup(
                        TaskState(), setup, first.shipments, only_ids=retry_ids
                    )
                    fresh = set(ids) - set(first.failed) | (set(retry_ids) - set(again.failed))
                    if fresh != set(ids):
                        problems.append(
                            f"after the retry {len(set(ids) - fresh)} of "
                            f"{len(ids)} still without a status"
                        )
                    if [s.id for s in again.shipments] != ids:
                        problems.append("the retry lost shipments")
                if problems:
                    failed += 1
                    for problem_text in problems:
                        report.failure(
                            "network", f"{name}: {problem_text.split(':')[0]}", problem_text
                        )
                print(
                    f"    {name}: {seconds:.1f} s, {len(first.failed)} failed"
                    f"{'' if not problems else ' — ' + '; '.join(problems)[:100]}",
                    flush=True,
                )
        report.add(
            "network",
            "injected faults during a status refresh",
            done,
            17 * args.network_rounds,
            failed,
            f"(slowest {worst:.0f} s)",
        )
        for name, reason in messages.items():
            print(f"    message for «{name}»: {reason[:110]}")
    finally:
        status_refresh.open_connection = original_open
        sandbox.stop()
