"""Table benchmark: filtering the 100,000-row review table, one keystroke at a time.

Goal (from the issue): ≤ 100 ms a keystroke. Measured per keystroke: the proxy's filter and
the table view taking the new rows (one pass of the event loop, offscreen). The debounce
delay of the filter field is not counted: it is waiting, not work. Each keystroke is timed
three times and the best counts.

    python bench/bench_table_filter.py [--rows 100000]

The letters come from the generated export of bench_import.py (made up, org.nr starting
with 3), imported and classified as in the app. Also prints the time to sort by a column.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_import import generate_rows, write_csv

# What a user might type: a business name, a status, an org.nr with spaces, a case number;
# each followed by deleting it again (a wider filter is the slower case).
TYPED = ["virksomhet 12", "varslet", "3000 017", "24/0123"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--parts", action="store_true", help="time of filter and view apart")
    args = parser.parse_args(argv)

    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop_app.domain.svarut import OSLO
    from desktop_app.domain.unopened import DigitalOnlySetting
    from desktop_app.importers.svarut_export import import_export
    from desktop_app.services.unopened_check import review_letters
    from desktop_app.views.shipments import COLUMNS, Labels, ShipmentTable, prepare_letters

    app = QApplication.instance() or QApplication([])
    now = datetime(2026, 11, 1, 12, 0, tzinfo=OSLO)
    with tempfile.TemporaryDirectory(prefix="postvakt-bench-") as tmp:
        path = Path(tmp) / "eksport.csv"
        write_csv(path, generate_rows(args.rows))
        shipments = import_export(path).shipments
    persons = [s.recipient_kind.value == "person" for s in shipments]
    t0 = time.perf_counter()
    letters = review_letters(shipments, persons, DigitalOnlySetting.DIGITAL_ONLY, now)
    t1 = time.perf_counter()
    prepared = prepare_letters(letters, Labels.current())
    t2 = time.perf_counter()

    table = ShipmentTable(None)
    table.resize(1200, 700)
    table.show()
    table.set_letters(prepared)

    def settle() -> None:
        loop = QEventLoop()
        QTimer.singleShot(0, loop.quit)
        loop.exec()

    settle()
    sequence = []
    for word in TYPED:
        sequence += [word[:i] for i in range(1, len(word) + 1)]
        sequence += [word[:i] for i in range(len(word) - 1, -1, -1)]
    # The whole sequence three times; per keystroke the best time counts (as bench_import
    # takes the best run), so other work on the machine does not decide the result.
    best: list[float] = [float("inf")] * len(sequence)
    parts: list[tuple[str, float, float]] = [("", 0.0, 0.0)] * len(sequence)
    for _round in range(3):
        for n, typed in enumerate(sequence):
            start = time.perf_counter()
            table.filter_edit.blockSignals(True)  # the debounce timer is not part of the work
            table.filter_edit.setText(typed)
            table.filter_edit.blockSignals(False)
            table.apply_filter()
            middle = time.perf_counter()
            settle()
            took = time.perf_counter() - start
            if took < best[n]:
                best[n] = took
                parts[n] = (typed, middle - start, time.perf_counter() - middle)
    times = best

    sort_times = []
    for key in ("recipient", "sent", "status"):
        start = time.perf_counter()
        table.view.sortByColumn(COLUMNS.index(key), Qt.SortOrder.AscendingOrder)
        settle()
        sort_times.append((key, time.perf_counter() - start))

    worst = max(times)
    print(f"rows: {len(letters)}")
    print(f"verdicts for the review    {(t1 - t0) * 1000:8.1f} ms (on the pool)")
    print(f"filter texts (prepare)     {(t2 - t1) * 1000:8.1f} ms (on the pool)")
    print(f"keystrokes                 {len(times):8d}")
    print(f"filter median              {statistics.median(times) * 1000:8.1f} ms")
    print(f"filter worst (goal ≤ 100)  {worst * 1000:8.1f} ms  {'OK' if worst <= 0.1 else 'OVER'}")
    if "--parts" in sys.argv:
        for typed, filtering, view in parts:
            print(f"  {typed!r:18} filter {filtering * 1000:6.1f} ms, view {view * 1000:6.1f} ms")
    for key, seconds in sort_times:
        print(f"sort by {key:<18} {seconds * 1000:8.1f} ms (first sort makes the key list)")
    table.close()
    del app
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    # PySide6 6.12 on Python 3.11 drops references to None/True (see the branch notes), and
    # the interpreter then aborts while shutting down: leave without the shutdown.
    os._exit(code)
