"""Start-up benchmark: time to the first painted main window, Postvakt vs a bare window.

Both are started the same way (a fresh ``python`` process, offscreen unless a display is
given) and stop at their first paint event. Reports the medians and their ratio; the goal
is Postvakt ≤ 1.5× the bare PySide6 QMainWindow.

    python bench/startup.py [--runs 9]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

BARE = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Watch(QObject):
    seen = False
    def eventFilter(self, obj, event):
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            print(f"first-paint-epoch {time.time():.6f}", flush=True)
            QTimer.singleShot(0, app.quit)
        return False

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1180, 760)
watch = Watch()
window.installEventFilter(watch)
window.show()
app.exec()
"""

POSTVAKT = r"""
import sys
from desktop_app.app import main
sys.argv = ["postvakt", "--quit-after-first-paint"]
raise SystemExit(main())
"""


def one_run(code: str, env: dict[str, str]) -> float:
    """Milliseconds from launching the process to the window's first paint event.

    The child prints the wall-clock time of its first paint; the parent notes the time just
    before it launches the child, so interpreter start-up and imports count for both sides.
    """
    launched = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    for line in out.stdout.splitlines():
        if line.startswith("first-paint-epoch"):
            return (float(line.split()[1]) - launched) * 1000
    raise RuntimeError(f"no first paint reported:\n{out.stdout}\n{out.stderr}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as home:
        env["POSTVAKT_HOME"] = home
        # Warm the file cache and create the demo workspace once, as a returning user has it.
        one_run(POSTVAKT, env)
        one_run(BARE, env)
        bare, postvakt = [], []
        for _ in range(args.runs):
            bare.append(one_run(BARE, env))
            postvakt.append(one_run(POSTVAKT, env))
    b, p = statistics.median(bare), statistics.median(postvakt)
    for label, runs, median in (("bare QMainWindow", bare, b), ("Postvakt", postvakt, p)):
        print(f"{label:<18} median {median:7.1f} ms  (min {min(runs):.1f}, max {max(runs):.1f})")
    print(f"ratio              {p / b:.2f}×  (goal ≤ 1.5×)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
