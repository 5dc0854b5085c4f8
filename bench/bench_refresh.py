"""Status refresh benchmark: 10,000 forsendelse-IDs against the sandbox with 50 ms latency.

Goal (from the issue): the achieved throughput is at least 80 % of the concurrency/latency
limit. With ``W`` workers, ``B`` IDs per call and ``L`` seconds of latency per call, no
client can do better than ``W · B / L`` IDs a second; the benchmark reports the measured
rate as a percentage of that.

    python bench/bench_refresh.py [--ids 10000] [--latency-ms 50] [--workers 4] [--runs 3]
                                  [--in-process]

The sandbox runs in its own process (as a real service would: its CPU time is not the
client's), on 127.0.0.1; the client is the real one (Maskinporten token, SvarUt v2
``status-sok``). ``--in-process`` runs the sandbox in this process instead, where it
competes with the client for the interpreter. Prints each run and the best.
"""

from __future__ import annotations

import argparse
import contextlib
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop_app.cli import practice
from desktop_app.domain.cancellation import TaskState
from desktop_app.domain.svarut import Shipment
from desktop_app.integrations.environments import sandbox_urls
from desktop_app.integrations.maskinporten import SVARUT_SCOPE, MaskinportenCredentials
from desktop_app.integrations.svarut import MAX_IDS_PER_CALL
from desktop_app.sandbox.server import build_sandbox
from desktop_app.services.status_refresh import (
    DEFAULT_WORKERS,
    RefreshSetup,
    open_connection,
    refresh_statuses,
)

ROOT = Path(__file__).resolve().parents[1]
BENCH_CLIENT = "postvakt-bench"
BENCH_KID = "bench-1"


@contextlib.contextmanager
def sandbox_process() -> Iterator[str]:
    """``python -m desktop_app.sandbox --port 0`` in a child process; yields its base URL."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop_app.sandbox", "--port", "0"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            match = re.search(r"http://127\.0\.0\.1:\d+", line)
            if match:
                yield match.group(0)
                break
        else:
            raise RuntimeError("The sandbox did not start")
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@contextlib.contextmanager
def sandbox_here() -> Iterator[str]:
    with build_sandbox() as sandbox:
        yield sandbox.base_url


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ids", type=int, default=10_000)
    parser.add_argument("--latency-ms", type=int, default=50)
    parser.add_argument("--workers", type=int, default=DEFAULT_WORKERS)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--in-process", action="store_true")
    args = parser.parse_args(argv)

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption()).decode()
    public = key.public_key().public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo)

    with sandbox_here() if args.in_process else sandbox_process() as base:
        admin = httpx.Client(base_url=base, timeout=30)
        admin.post(
            "/_sandbox/maskinporten/clients",
            json={
                "client_id": BENCH_CLIENT,
                "kid": BENCH_KID,
                "public_key_pem": public.decode(),
            },
        ).raise_for_status()
        ids = admin.post("/_sandbox/svarut/shipments", json={"count": args.ids, "seed": 1}).json()[
            "ids"
        ]
        shipments = [Shipment(i, None, None, "") for i in ids]
        setup = RefreshSetup(
            sandbox_urls(base),
            MaskinportenCredentials(BENCH_CLIENT, SVARUT_SCOPE, pem, kid=BENCH_KID),
            practice().svarut(),
        )
        latency = args.latency_ms / 1000
        limit = args.workers * MAX_IDS_PER_CALL / latency
        best = 0.0
        with open_connection(setup, workers=args.workers) as conn:
            conn.maskinporten.token()  # the token is not part of the measurement
            admin.post(
                "/_sandbox/faults",
                json={
                    "reset": True,
                    "latency_ms": args.latency_ms,
                    "path_contains": "status-sok",
                },
            ).raise_for_status()
            for run in range(1, args.runs + 1):
                result = refresh_statuses(TaskState(), conn.svarut, shipments, workers=args.workers)
                if result.failed:
                    print(f"run {run}: {len(result.failed)} IDs failed", file=sys.stderr)
                    return 1
                rate = result.asked / result.seconds
                print(
                    f"run {run}: {result.seconds:.3f} s, {rate:,.0f} IDs/s "
                    f"({100 * rate / limit:.1f} % of the limit)"
                )
                best = max(best, rate)
        admin.close()
    calls = -(-args.ids // MAX_IDS_PER_CALL)
    where = "in this process" if args.in_process else "in its own process"
    print(
        f"IDs: {args.ids:,} in {calls} calls of {MAX_IDS_PER_CALL}; workers: {args.workers}; "
        f"latency: {args.latency_ms} ms; sandbox {where}"
    )
    print(f"limit (workers × IDs per call / latency): {limit:,.0f} IDs/s")
    print(f"best: {best:,.0f} IDs/s = {100 * best / limit:.1f} % of the limit (goal ≥ 80 %)")
    return 0 if best >= 0.8 * limit else 1


if __name__ == "__main__":
    sys.exit(main())
