"""Opening benchmark: a 100,000-row SvarUt export (and a saved check of it) in Rapporter, from
the moment the user chose it to the table on screen, sortable and filterable.

Goals:
- a report file: ≤ 3.0× a plain ``csv.reader`` pass over the same file (the main ratio,
  printed last);
- a saved check of the same letters: ≤ 2.0× the same plain pass.

    python bench/bench_open_report.py [--rows 100000] [--runs 5] [--processes 5] [--parts]

What is timed is what the user waits for, through the real page (``ReportsPage``, offscreen):
``open_file`` (or ``open_run``) is called, the work runs on the pool with its progress as in
the app (reading, sorting the letters, the table's preparation), the result reaches the GUI
thread, the table takes the letters, and the event loop has painted the page. Then one more
step checks that the table is ready: a filter gives its rows at once (not timed here;
``bench/bench_table_filter.py`` times the keystrokes). ``--parts`` prints the first sort by
several columns, on the GUI thread as in the app (the goal: ≤ 100 ms). The plain reader keeps
nothing; it and the page take turns, run by run, and the best run of each counts (as in
``bench/bench_import.py``). What was open before is let go, and background work that showing
it started has ended, before each timer starts.

Every process has a speed of its own (where its memory lands), so the comparison runs in
``--processes`` fresh processes and the ratios' median is the result, as
``bench/bench_import.py`` explains. The export is generated as there (made-up org.nr starting
with 3), in a temporary folder that is removed afterwards; so is Postvakt's store
(``POSTVAKT_HOME`` points into it, so no real profile is touched).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_import import NOW, generate_rows, write_csv

FILE_GOAL = 3.0
RUN_GOAL = 2.0


def plain_pass(path: Path) -> None:
    with path.open(encoding="utf-8-sig", newline="") as f:
        for _row in csv.reader(f, delimiter=";"):
            pass


def worker(csv_path: Path, rows: int, runs: int, parts: bool) -> dict[str, float]:
    """In a fresh process: the best times of the plain pass, opening the file and opening
    the saved check, taking turns."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication([])  # kept alive while the page lives
    from desktop_app.app import open_context
    from desktop_app.domain.cancellation import TaskState
    from desktop_app.settings import Settings
    from desktop_app.storage.paths import app_paths
    from desktop_app.tasks import running_tasks
    from desktop_app.views.context import AppContext
    from desktop_app.views.shipments import COLUMNS
    from desktop_app.wizards.unopened.reports import ReportsPage

    settings = Settings.load(app_paths().ensure().settings_file)
    db, secrets = open_context(settings)
    ctx = AppContext(db, settings, secrets)
    workspace = ctx.workspaces.list_workspaces()[0]
    ctx.set_workspace(workspace)
    # The saved check: the same file, run once through the service as the wizard does.
    saved = ctx.services.unopened.run_check(TaskState(), workspace, csv_path, "1a", now=NOW)
    assert saved.run.id is not None and saved.rows_read == rows

    page = ReportsPage(ctx)
    page.resize(1200, 800)
    page.show()

    def settle() -> None:
        loop = QEventLoop()
        QTimer.singleShot(0, loop.quit)
        loop.exec()

    def until_shown() -> None:
        loop = QEventLoop()
        page.report_shown.connect(loop.quit)
        loop.exec()
        page.report_shown.disconnect(loop.quit)
        while page._task is not None:  # the task's last signals
            settle()
        settle()  # the page is painted with the table

    while page._task is not None or not page.runs:
        settle()

    def quiet() -> None:
        """Background work that showing a check started (the runs list after a change) ends
        before the next step: it is not part of what the user waits for."""
        while running_tasks():
            settle()

    def check_ready() -> None:
        assert page.table.letter_count() == rows, page.table.letter_count()
        page.table.proxy.set_filter("virksomhet 12")
        assert 0 < page.table.proxy.rowCount() < rows
        page.table.proxy.set_filter("")

    def open_file() -> None:
        page.open_file(csv_path)
        until_shown()

    def open_run() -> None:
        page.open_run(saved.run.id)
        until_shown()

    best = {"plain": float("inf"), "file": float("inf"), "run": float("inf")}
    steps = (("plain", lambda: plain_pass(csv_path)), ("file", open_file), ("run", open_run))
    for _ in range(runs):
        for name, step in steps:
            # What was open before is let go first: freeing 100,000 letters is not part of
            # opening the next (as bench_import.py frees its results outside the timer).
            page.table.set_letters([])
            page._show_outcome(None)
            page._file_read = None  # (the letters of the last file, kept for its columns)
            settle()
            t0 = time.perf_counter()
            step()
            best[name] = min(best[name], time.perf_counter() - t0)
            if name != "plain":
                check_ready()
                quiet()
    if parts:
        sorts = {}
        for key in ("sent", "recipient", "status", "urgency", "orgnr", "title"):
            page.open_file(csv_path)
            until_shown()
            quiet()
            t0 = time.perf_counter()
            page.table.view.sortByColumn(COLUMNS.index(key), Qt.SortOrder.AscendingOrder)
            settle()
            sorts[f"first sort by {key}"] = time.perf_counter() - t0
        best.update(sorts)
    page.close()
    ctx.close()
    db.close()
    return best


def in_new_process(csv_path: Path, rows: int, runs: int, parts: bool, home: Path) -> dict:
    command = [sys.executable, __file__, "--worker", str(csv_path), "--rows", str(rows),
               "--runs", str(runs)] + (["--parts"] if parts else [])  # fmt: skip
    env = dict(os.environ, POSTVAKT_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    output = subprocess.run(command, capture_output=True, text=True, check=False, env=env)
    if output.returncode != 0:
        raise SystemExit(f"a benchmark process failed:\n{output.stderr}")
    return json.loads(output.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5, help="timed runs in each process")
    parser.add_argument("--processes", type=int, default=5)
    parser.add_argument("--parts", action="store_true", help="also time the first sorts")
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.worker is not None:
        result = worker(args.worker, args.rows, args.runs, args.parts)
        print(json.dumps(result), flush=True)
        return 0

    with tempfile.TemporaryDirectory(prefix="postvakt-bench-") as tmp:
        csv_path = Path(tmp) / "eksport.csv"
        write_csv(csv_path, generate_rows(args.rows))
        print(f"rows: {args.rows}")
        results = []
        for number in range(1, args.processes + 1):
            home = Path(tmp) / f"home-{number}"  # a store of its own: no saved checks pile up
            r = in_new_process(csv_path, args.rows, args.runs, args.parts, home)
            results.append(r)
            line = (
                f"process {number}: plain csv.reader {r['plain'] * 1000:6.1f} ms, "
                f"report file {r['file'] * 1000:6.1f} ms ({r['file'] / r['plain']:.2f}), "
                f"saved check {r['run'] * 1000:6.1f} ms ({r['run'] / r['plain']:.2f})"
            )
            print(line, flush=True)
            for key, seconds in r.items():
                if key.startswith("first sort"):
                    print(f"    {key:<28} {seconds * 1000:6.1f} ms")
        file_ratios = [r["file"] / r["plain"] for r in results]
        run_ratios = [r["run"] / r["plain"] for r in results]
        run_ratio = statistics.median(run_ratios)
        file_ratio = statistics.median(file_ratios)
        print(
            f"saved check: ratio, median of {len(results)} (goal ≤ {RUN_GOAL}) "
            f"{run_ratio:.2f}  {'OK' if run_ratio <= RUN_GOAL else 'OVER'}"
            f"  (range {min(run_ratios):.2f}–{max(run_ratios):.2f})"
        )
        print(
            f"report file: ratio, median of {len(results)} (goal ≤ {FILE_GOAL}) "
            f"{file_ratio:.2f}  {'OK' if file_ratio <= FILE_GOAL else 'OVER'}"
            f"  (range {min(file_ratios):.2f}–{max(file_ratios):.2f})"
        )
        print(f"ratio {file_ratio:.2f}")
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    # PySide6 on Python 3.11 may abort while shutting down (see bench_table_filter.py).
    os._exit(code)
