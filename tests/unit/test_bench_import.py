"""The import benchmark's command still runs: its own processes and the median it judges on.

No timing is asserted here (speed goals belong in ``bench/``); this only catches a benchmark
that broke, e.g. when the import's signature changes.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_csv_benchmark_reports_each_process_and_judges_the_median():
    command = [sys.executable, str(ROOT / "bench" / "bench_import.py"), "--rows", "300",
               "--runs", "1", "--processes", "3", "--no-xlsx"]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=120)

    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    per_process = [line for line in lines if re.match(r"CSV +process \d+:", line)]
    assert len(per_process) == 3
    ratios = [float(line.rsplit("ratio ", 1)[1]) for line in per_process]
    verdict = next(line for line in lines if "ratio, median of 3" in line)
    median = float(re.search(r"\) +(\d+\.\d+)", verdict).group(1))
    assert median == sorted(ratios)[1]
    assert verdict.split()[-3] in ("OK", "OVER")
