"""Paired timing of import + classify in two checkouts of Postvakt: is a change faster?

    python bench/compare_import.py OLD_CHECKOUT NEW_CHECKOUT [--pairs 30] [--rows 100000]

For example, with the current commit against the one before it::

    git worktree add /tmp/postvakt-before HEAD~1
    python bench/compare_import.py /tmp/postvakt-before .

Why paired: on a shared or virtual machine the speed drifts by tens of percent within a
minute, so two best-of-N runs made one after the other can point either way. Here one
long-lived process per checkout imports the same generated export in turns (A B, B A, ...),
and what counts is the median of the differences within each pair: drift that slows both
alike cancels out. Page faults and instruction counts are no substitute: an import that
took 5,000 fewer pages of memory (a third fewer) for 1.5% more instructions was 4–17 ms
slower, not faster.

Each process has a speed of its own, too (where its memory landed): two processes running
the same code differed by up to 20 ms of 250 in 30 pairs. So each side runs in several
processes (``--processes``, 3 by default), and the pairs rotate through them. Run it twice,
the second time with the checkouts swapped; a difference that does not hold both ways, or is
smaller than about 10 ms, is noise.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_import import generate_rows, write_csv

# Runs in each checkout's own process: imports and classifies the file once per line read.
_WORKER = r"""
import sys, time
sys.path.insert(0, sys.argv[1])
from datetime import datetime
from desktop_app.domain.svarut import OSLO
from desktop_app.domain.unopened import DigitalOnlySetting, classify
from desktop_app.importers.svarut_export import import_export
now = datetime(2026, 11, 1, 12, 0, tzinfo=OSLO)
path = sys.argv[2]
import_export(path)  # warm up: imports, memos
import desktop_app
print("ready", desktop_app.__file__, flush=True)
for _ in sys.stdin:
    t0 = time.perf_counter()
    result = import_export(path)
    checked = classify(result.shipments, now, DigitalOnlySetting.UNKNOWN)
    elapsed = time.perf_counter() - t0
    print(elapsed, len(result.shipments), flush=True)
    del result, checked  # freed after the timer stopped, as in bench_import.py
"""


def _start(checkout: Path, csv_path: Path) -> subprocess.Popen:
    if not (checkout / "desktop_app" / "importers" / "svarut_export.py").is_file():
        raise SystemExit(f"{checkout} is not a checkout of Postvakt")
    worker = subprocess.Popen(
        [sys.executable, "-c", _WORKER, str(checkout), str(csv_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=checkout,
    )
    ready, _, module = worker.stdout.readline().strip().partition(" ")
    if ready != "ready":
        raise SystemExit(f"{checkout}: the import could not start (see the error above)")
    if not Path(module).resolve().is_relative_to(checkout):
        raise SystemExit(f"{checkout}: Postvakt was loaded from {module} instead")
    return worker


def _time(worker: subprocess.Popen, rows: int) -> float:
    worker.stdin.write("\n")
    worker.stdin.flush()
    elapsed, count = worker.stdout.readline().split()
    if int(count) != rows:
        raise SystemExit(f"imported {count} of {rows} rows")
    return float(elapsed)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path, help="checkout A (e.g. before the change)")
    parser.add_argument("new", type=Path, help="checkout B (e.g. with the change)")
    parser.add_argument("--pairs", type=int, default=30)
    parser.add_argument("--processes", type=int, default=3, help="worker processes per side")
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="postvakt-compare-") as tmp:
        csv_path = Path(tmp) / "eksport.csv"
        write_csv(csv_path, generate_rows(args.rows))
        count = max(1, args.processes)
        olds = [_start(args.old.resolve(), csv_path) for _ in range(count)]
        news = [_start(args.new.resolve(), csv_path) for _ in range(count)]
        times_old, times_new = [], []
        try:
            for pair in range(args.pairs):
                old, new = olds[pair % count], news[(pair // count + pair) % count]
                if pair % 2:
                    times_old.append(_time(old, args.rows))
                    times_new.append(_time(new, args.rows))
                else:
                    times_new.append(_time(new, args.rows))
                    times_old.append(_time(old, args.rows))
        finally:
            for worker in (*olds, *news):
                worker.stdin.close()
                worker.wait()

    diffs = [b - a for a, b in zip(times_old, times_new, strict=True)]
    faster = sum(d < 0 for d in diffs)
    for name, times in (("A", times_old), ("B", times_new)):
        best, median = min(times) * 1000, statistics.median(times) * 1000
        print(f"{name}  best {best:7.1f} ms   median {median:7.1f} ms")
    print(f"B − A, median of {len(diffs)} pairs: {statistics.median(diffs) * 1000:+.1f} ms "
          f"(B faster in {faster} of {len(diffs)})")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
