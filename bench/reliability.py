"""Reliability suite: hostile files, the command line, kill -9, a shared or full store, network.

    python bench/reliability.py            # the full run (about 16 minutes on 2 busy cores:
                                           # network 8, import 3-4, kill 2, cli 1, store 1)
    python bench/reliability.py --quick    # a smoke run (about 80 s)
    python bench/reliability.py --only import,network --keep /tmp/eksempler
    python bench/reliability.py --case 1234 [--seed 1]   # one import case, in this process

Not part of ``./scripts/test``: it needs minutes, root for the disk-full part (a small
tmpfs), and it writes only in a temporary folder that is removed afterwards (``--keep DIR``
keeps one example file of every failure class there). Every network call goes to the
Øving sandbox on 127.0.0.1, bounded in count and time. It prints a table at the end and exits
1 when a target is missed.

Parts (each a row, or a few, of the table):

* ``import`` — generated files (bench/reliability_files.py) through ``tabular.read_table``
  and ``svarut_export.import_export`` in two worker processes with a memory limit, each case
  watched: an exception other than ``TableError`` or a worker that dies (an abort) is a crash,
  more than 30 s a hang; every good row must be loaded at its line with its text, every bad
  row reported with its line.
* ``cli`` — ``postvakt-cli unopened --import FIL`` on such files: exit codes only 0–4 (see
  README), never a traceback; one run in 20 closes its end of the pipe at once (like
  ``… | head``), where the documented 141 is right too.
* ``kill`` — ``kill -9`` at random moments while ``postvakt-cli unopened --import … --lagre``
  saves a 100,000-row check, and while a DPI step is confirmed through the service: the store
  passes ``PRAGMA integrity_check`` and opens, no committed check is lost, every saved check
  has all its letters and its log entry.
* ``store`` — two processes saving into one store at once; a store held locked for longer
  than Postvakt waits; a full disk (tmpfs); a read-only data folder (tmpfs remounted read-only).
* ``network`` — every fault the sandbox can inject (and a few it cannot: 500, bad JSON, a TLS
  error, a refused connection) during a status refresh: a plain message, nothing lost, a retry
  that works.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import queue
import random
import selectors
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import reliability_files as rf  # noqa: E402

HANG_SECONDS = 30.0
WORKER_MEMORY = 3 * 1024**3  # bytes of address space a worker may use (a bomb hits it)


# --- The table ------------------------------------------------------------------------------------


@dataclass
class Figure:
    part: str
    what: str
    done: int
    target: int
    failed: int
    note: str = ""

    @property
    def ok(self) -> bool:
        return self.failed == 0 and self.done >= self.target


@dataclass
class Report:
    figures: list[Figure] = field(default_factory=list)
    classes: dict[str, dict[str, object]] = field(default_factory=dict)  # failure class → info

    def add(self, *args, **kwargs) -> Figure:
        figure = Figure(*args, **kwargs)
        self.figures.append(figure)
        print(
            f"  [{'ok' if figure.ok else 'FAIL'}] {figure.part}: {figure.what}: "
            f"{figure.failed} of {figure.done} failed {figure.note}",
            flush=True,
        )
        return figure

    def failure(self, part: str, name: str, example: str, count: int = 1) -> None:
        key = f"{part}: {name}"
        info = self.classes.setdefault(key, {"count": 0, "example": example})
        info["count"] = int(info["count"]) + count

    def print(self) -> None:
        width = max(len(f"{f.part}: {f.what}") for f in self.figures) if self.figures else 10
        print()
        print(f"{'check':<{width}}  {'done':>7}  {'target':>7}  {'failed':>7}  result")
        print("-" * (width + 40))
        for f in self.figures:
            name = f"{f.part}: {f.what}"
            print(
                f"{name:<{width}}  {f.done:>7}  {f.target:>7}  {f.failed:>7}  "
                f"{'ok' if f.ok else 'FAIL'}{'  ' + f.note if f.note else ''}"
            )
        if self.classes:
            print()
            print("Failure classes (count, one example):")
            for key, info in sorted(self.classes.items(), key=lambda kv: -int(kv[1]["count"])):
                print(f"  {info['count']:>6}  {key}")
                print(f"          e.g. {info['example']}")


# --- Import: one case, in a worker ----------------------------------------------------------------

_STRONG = (
    "utf-16le-nobom",
    "utf-16be-nobom",
    "+nul",
    "+unclosed",
    "+giant",
    "+truncated",
    "dimension:huge",
)  # file-level trouble that explains what happens to other rows
_TEXT = ("+stray-bytes", "mac-roman", "cp1252", "utf-16")  # explains changed text


def case_tag(case: rf.Case, row: rf.Row, *, text: bool = False) -> str:
    """What most likely explains a failure of ``row``: the file's trouble, else the row's."""
    if case.family in ("bomb", "broken"):
        return case.label
    for tag in (_TEXT + _STRONG) if text else _STRONG:
        if tag in case.label:
            return f"{case.family} {tag.lstrip('+')}"
    if row.kind != "good":
        return f"{case.family} {row.kind}"
    for tag in _TEXT:
        if tag in case.label:
            return f"{case.family} {tag.lstrip('+')}"
    return f"{case.family} plain"


def check_case(case: rf.Case, path: Path, phase=lambda name: None) -> list[tuple[str, str]]:
    """Run the importers on ``path``; the failures as (class, detail). ``phase`` is told
    before each importer call (the watchdog times each call on its own)."""
    from desktop_app.importers.svarut_export import import_export
    from desktop_app.importers.tabular import TableError, read_table

    failures: list[tuple[str, str]] = []
    phase("read_table")
    try:
        table = read_table(path)
        for _ in table.rows:
            pass
    except TableError:
        pass
    except Exception as exc:  # anything else reaches the user as a crash
        failures.append((f"crash in read_table: {type(exc).__name__}", _last_frame(exc)))
    phase("import_export")
    try:
        result = import_export(path)
    except Exception as exc:
        failures.append((f"crash in import_export: {type(exc).__name__}", _last_frame(exc)))
        return failures
    refused = not result.shipments and any(e.line is None for e in result.errors)
    if case.outcome == rf.REFUSED:
        if result.shipments:
            failures.append(("not a table, but rows were loaded", case.label))
        elif not refused:
            failures.append(("not a table, but no message for the file", case.label))
        return failures
    if refused and case.outcome == rf.ROWS_OR_REFUSED:
        return failures
    if refused:  # one failure for the file, not one for each of its rows
        good = [row for row in case.rows if row.fate in (rf.KEEP, rf.FLAG)]
        if good:
            message = next(e.reason for e in result.errors if e.line is None)
            failures.append(
                (
                    f"file refused, good rows lost [{case_tag(case, good[0])}]",
                    f"{len(good)} good rows; message: {message[:100]}",
                )
            )
        return failures
    by_line = {s.source_line: s for s in result.shipments}
    reported: dict[int, str] = {}
    for error in result.errors:
        if error.line is not None:
            reported.setdefault(error.line, error.reason)
    for row in case.rows:
        where = case_tag(case, row)
        sid = row.cells[rf.I_ID]
        got = by_line.get(row.line)
        if row.fate == rf.KEEP:
            if got is None or got.id != sid:
                what = "file refused, good rows lost" if refused else "good row lost"
                reason = f" (reported: {reported[row.line][:90]})" if row.line in reported else ""
                failures.append((f"{what} [{where}]", f"line {row.line}{reason}"))
                continue
            if row.line in reported:
                failures.append(
                    (
                        f"good row reported as bad [{where}]",
                        f"line {row.line}: {reported[row.line][:120]}",
                    )
                )
            if row.exact_text:
                title, name = row.cells[rf.I_TITLE], row.cells[rf.I_NAME].strip()
                if got.title != title or got.recipient_name != name:
                    was, now = (
                        (title, got.title) if got.title != title else (name, got.recipient_name)
                    )
                    failures.append(
                        (
                            f"text changed [{case_tag(case, row, text=True)}]",
                            f"line {row.line}: {_diff(was, now)}",
                        )
                    )
        elif row.fate == rf.SKIP:
            if row.line not in reported:
                failures.append((f"bad row not reported [{where}]", f"line {row.line}"))
            if got is not None and got.id.lower() == sid.lower() and row.kind != "dup_id":
                failures.append((f"bad row loaded [{where}]", f"line {row.line}"))
        elif row.fate == rf.FLAG:
            if row.line not in reported:
                failures.append((f"bad row not reported [{where}]", f"line {row.line}"))
            if got is None:
                failures.append((f"row with a bad value lost [{where}]", f"line {row.line}"))
        elif row.fate == rf.REPORT:
            if row.line not in reported:
                failures.append((f"bad row not reported [{where}]", f"line {row.line}"))
        elif row.fate == rf.EITHER and got is None and row.line not in reported:
            failures.append((f"row lost without a word [{where}]", f"line {row.line}"))
    return _grouped(failures)


def _diff(was: str, now: str) -> str:
    """Where two texts part, shown around that place."""
    pairs = enumerate(zip(was, now, strict=False))
    at = next((i for i, (a, b) in pairs if a != b), min(len(was), len(now)))
    start = max(0, at - 15)
    return f"{was[start : at + 15]!r} → {now[start : at + 15]!r} (at character {at})"


def _grouped(failures: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """One entry a class: its first detail and how many rows it covers."""
    first: dict[str, str] = {}
    count: Counter[str] = Counter()
    for name, detail in failures:
        first.setdefault(name, detail)
        count[name] += 1
    return [
        (name, first[name] + (f" (and {count[name] - 1} more)" if count[name] > 1 else ""))
        for name in first
    ]


def _last_frame(exc: BaseException) -> str:
    frames = traceback.extract_tb(exc.__traceback__)
    where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"
    return f"{type(exc).__name__}: {str(exc)[:120]} at {where}"


def run_worker(args: argparse.Namespace) -> int:
    """Read case numbers on stdin, answer one JSON line each on stdout."""
    import resource

    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (WORKER_MEMORY, WORKER_MEMORY))
    folder = Path(args.workdir) / f"w{os.getpid()}"
    folder.mkdir(parents=True, exist_ok=True)
    out = sys.stdout
    for text in sys.stdin:
        index = int(text)
        try:
            case = make_case(args, index)
        except Exception as exc:  # a mistake in the generator, not in Postvakt
            out.write(
                json.dumps(
                    {
                        "i": index,
                        "label": "?",
                        "family": "generator",
                        "seconds": 0.0,
                        "failures": [("generator error (the suite's own)", _last_frame(exc))],
                    }
                )
                + "\n"
            )
            out.flush()
            continue
        path = folder / case.filename
        path.write_bytes(case.data)
        started = time.perf_counter()

        def phase(name: str, index=index) -> None:
            out.write(json.dumps({"i": index, "phase": name}) + "\n")
            out.flush()

        try:
            failures = check_case(case, path, phase)
        except MemoryError:
            failures = [("crash: MemoryError", case.label)]
        seconds = time.perf_counter() - started
        path.unlink(missing_ok=True)
        out.write(
            json.dumps(
                {
                    "i": index,
                    "label": case.label,
                    "family": case.family,
                    "seconds": seconds,
                    "failures": failures,
                }
            )
            + "\n"
        )
        out.flush()
    return 0


def make_case(args: argparse.Namespace, index: int) -> rf.Case:
    return rf.make_case(args.seed, index, bombs=args.bombs, giant=args.giant, scale=args.scale)


# --- Import: the watched workers ------------------------------------------------------------------


class Worker:
    def __init__(self, args: argparse.Namespace, workdir: Path) -> None:
        self.args, self.workdir = args, workdir
        self.proc: subprocess.Popen | None = None
        self.buffer = b""

    def start(self) -> None:
        command = [
            sys.executable,
            str(Path(__file__).resolve()),
            "--worker",
            "--seed",
            str(self.args.seed),
            "--bombs",
            str(self.args.bombs),
            "--giant",
            str(self.args.giant),
            "--scale",
            str(self.args.scale),
            "--workdir",
            str(self.workdir),
        ]
        self.proc = subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            cwd=ROOT,
        )
        self.buffer = b""

    def stop(self) -> None:
        if self.proc is not None:
            with contextlib.suppress(OSError):
                self.proc.kill()
            self.proc.wait()
            self.proc = None

    def run(self, index: int, limit: float) -> dict:
        """One case: its answer, or {"dead": returncode} / {"hang": seconds}. Each importer
        call has ``limit`` seconds; making the case (a bomb takes a while) has 300."""
        if self.proc is None or self.proc.poll() is not None:
            self.start()
        proc = self.proc
        assert proc is not None and proc.stdin is not None and proc.stdout is not None
        started = time.monotonic()
        try:
            proc.stdin.write(f"{index}\n".encode())
            proc.stdin.flush()
        except BrokenPipeError:
            pass
        fd = proc.stdout.fileno()
        allowed = 300.0  # until the worker has made the case and starts the first call
        with selectors.DefaultSelector() as sel:
            sel.register(fd, selectors.EVENT_READ)
            while True:
                while b"\n" not in self.buffer:
                    left = allowed - (time.monotonic() - started)
                    if left <= 0:
                        self.stop()
                        return {"hang": time.monotonic() - started}
                    if not sel.select(timeout=min(left, 1.0)):
                        continue
                    chunk = os.read(fd, 65536)
                    if not chunk:
                        code = proc.wait()
                        self.proc = None
                        return {"dead": code, "seconds": time.monotonic() - started}
                    self.buffer += chunk
                line, _, self.buffer = self.buffer.partition(b"\n")
                answer = json.loads(line)
                if "phase" not in answer:
                    return answer
                started, allowed = time.monotonic(), limit  # the next call's own clock


def part_import(args: argparse.Namespace, report: Report, work: Path) -> None:
    total = args.files
    print(
        f"import: {total} files ({args.bombs} spreadsheet bombs), 2 watched workers …", flush=True
    )
    todo: queue.Queue[int] = queue.Queue()
    # The bombs first, spread over both workers, so the slow ones do not come last.
    for index in range(total):
        todo.put(index)
    results: list[dict] = []
    lock = threading.Lock()
    started = time.monotonic()

    def drive() -> None:
        worker = Worker(args, work / "import")
        try:
            while True:
                try:
                    index = todo.get_nowait()
                except queue.Empty:
                    return
                answer = worker.run(index, HANG_SECONDS)
                answer.setdefault("i", index)
                with lock:
                    results.append(answer)
                    if len(results) % 1000 == 0:
                        print(
                            f"  … {len(results)} files, {time.monotonic() - started:.0f} s",
                            flush=True,
                        )
        finally:
            worker.stop()

    threads = [threading.Thread(target=drive) for _ in range(args.workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    crashes = hangs = wrong = 0
    by_family: Counter[str] = Counter()
    failed_family: Counter[str] = Counter()
    slowest = (0.0, "")
    examples: dict[str, int] = {}
    for answer in sorted(results, key=lambda a: a["i"]):
        index = answer["i"]
        try:
            case_label = answer.get("label") or make_case(args, index).label
            family = answer.get("family") or make_case(args, index).family
        except Exception:
            case_label, family = "?", "generator"
        by_family[family] += 1
        failures = [tuple(f) for f in answer.get("failures", [])]
        if "dead" in answer:
            code = answer["dead"]
            why = f"signal {-code}" if code < 0 else f"exit code {code}"
            failures = [(f"process died ({why})", case_label)]
            crashes += 1
        elif "hang" in answer:
            failures = [(f"hang over {HANG_SECONDS:.0f} s", case_label)]
            hangs += 1
        else:
            if any(name.startswith("crash") for name, _ in failures):
                crashes += 1
            elif failures:
                wrong += 1
            if answer["seconds"] > slowest[0]:
                slowest = (answer["seconds"], f"case {index}: {case_label}")
        if failures:
            failed_family[family] += 1
        for name, detail in {name: detail for name, detail in failures}.items():
            key = f"import: {name}"
            if key not in report.classes:
                examples[key] = index
            report.failure("import", name, f"case {index} ({case_label}): {detail}")
    for key, index in examples.items():
        report.classes[key]["example"] = str(report.classes[key]["example"]) + (
            f" → {_keep_case(args, index)}" if args.keep else ""
        )
    seconds = time.monotonic() - started
    report.add(
        "import",
        "files through the importers",
        len(results),
        args.files_target,
        crashes + hangs + wrong,
        f"({seconds:.0f} s; slowest {slowest[0]:.1f} s: {slowest[1][:60]})",
    )
    report.add("import", "crashes (exception or abort)", len(results), args.files_target, crashes)
    report.add("import", f"hangs over {HANG_SECONDS:.0f} s", len(results), args.files_target, hangs)
    report.add(
        "import",
        "files with a lost, unreported or changed row",
        len(results),
        args.files_target,
        wrong,
    )
    for family in sorted(by_family):
        report.add("import", f"  of which {family}", by_family[family], 0, failed_family[family])


def _keep_case(args: argparse.Namespace, index: int) -> str:
    case = make_case(args, index)
    folder = Path(args.keep)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"case-{index:05d}-{case.filename}"
    path.write_bytes(case.data)
    return str(path)


# --- The command line -----------------------------------------------------------------------------

EXIT_CODES = {0, 1, 2, 3, 4}  # README «Kommandolinje» and desktop_app/cli.py
# 128 + SIGPIPE: documented (``postvakt-cli --help``) for a reader that stops early, as any
# Unix tool gives it; accepted only for the runs whose pipe is closed early.
EXIT_BROKEN_PIPE = 141


def cli_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("POSTVAKT_")}
    env.update(
        POSTVAKT_HOME=str(home),
        PYTHONUNBUFFERED="1",
        PYTHONFAULTHANDLER="1",
        QT_QPA_PLATFORM="offscreen",
    )
    return env


def cli_command(*args: str) -> list[str]:
    """``postvakt-cli ARGS`` from the environment this runs in."""
    script = Path(sys.executable).with_name("postvakt-cli")
    if script.exists():
        return [str(script), *args]
    return [sys.executable, "-m", "desktop_app.cli", *args]


def _limited() -> None:  # in the child, before exec: the same memory limit as the workers
    import resource

    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (WORKER_MEMORY, WORKER_MEMORY))


def part_cli(args: argparse.Namespace, report: Report, work: Path) -> None:
    count = args.cli
    print(f"cli: {count} runs of postvakt-cli unopened --import FIL …", flush=True)
    folder = work / "cli"
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(args.seed + 17)
    # A few bombs, the rest drawn from the same stream of files as the import part.
    indices = [i % max(args.bombs, 1) for i in range(min(args.bombs, max(2, count // 20)))]
    indices += rng.sample(range(args.bombs, args.bombs + 50_000), count - len(indices))
    codes: Counter[int] = Counter()
    failed = 0
    lock = threading.Lock()

    def one(n: int, index: int) -> None:
        nonlocal failed
        case = make_case(args, index)
        home = folder / f"home{n}"
        home.mkdir(exist_ok=True)
        path = folder / f"{n}-{case.filename}"
        path.write_bytes(case.data)
        extra = rng.choice(
            [
                [],
                [],
                ["--svar", "1a"],
                ["--out", str(folder / f"{n}.xlsx")],
                ["--kolonne", "orgnr=Orgnr"],
                ["--out", str(folder / f"{n}.csv")],
            ]
        )
        problem = None
        piped = n % 20 == 19  # like «postvakt-cli … | head»: the reader is gone before the end
        if piped:
            extra = ["--svar", "1a"]
        try:
            proc = subprocess.Popen(
                cli_command("unopened", "--import", str(path), *extra),
                env=cli_env(home),
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                preexec_fn=_limited,
                cwd=folder,
            )
            if piped:
                proc.stdout.close()
                stderr_bytes = proc.stderr.read()
                proc.wait(timeout=60)
            else:
                _out, stderr_bytes = proc.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            problem, code = "hang over 60 s", None
        else:
            code = proc.returncode
            stderr = stderr_bytes.decode("utf-8", "replace")
            if code not in EXIT_CODES and not (piped and code == EXIT_BROKEN_PIPE):
                why = f"signal {-code}" if code < 0 else f"exit code {code}"
                problem = f"undocumented exit ({why})"
            elif "Traceback" in stderr:
                last = [x for x in stderr.strip().splitlines() if x.strip()][-1:]
                problem = f"traceback on stderr ({last[0][:80] if last else ''})"
            if problem and piped:
                problem += ", output to a pipe closed early"
            elif piped and (code != 0 and "BrokenPipe" in stderr):
                problem = "broken pipe reported, output to a pipe closed early"
        with lock:
            codes[code if code is not None else -999] += 1
            if problem:
                failed += 1
                report.failure("cli", problem, f"case {index} ({case.label}) {' '.join(extra)}")
        path.unlink(missing_ok=True)
        shutil.rmtree(home, ignore_errors=True)

    started = time.monotonic()
    jobs: queue.Queue[tuple[int, int]] = queue.Queue()
    for n, index in enumerate(indices):
        jobs.put((n, index))

    def drive() -> None:
        while True:
            try:
                n, index = jobs.get_nowait()
            except queue.Empty:
                return
            one(n, index)

    threads = [threading.Thread(target=drive) for _ in range(args.workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    shown = ", ".join(f"{c}: {n}" for c, n in sorted(codes.items()))
    report.add(
        "cli",
        "unopened --import runs (exit 0-4, 141 if piped; no traceback)",
        len(indices),
        args.cli_target,
        failed,
        f"(exit codes {shown}; {time.monotonic() - started:.0f} s)",
    )


# --- Main -----------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a smoke run, under 2 minutes")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--only", default="import,cli,kill,store,network", help="the parts to run, comma-separated"
    )
    parser.add_argument("--keep", metavar="DIR", help="keep an example file of every failure")
    parser.add_argument("--case", type=int, help="run one import case here and show it")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--workdir", help=argparse.SUPPRESS)
    parser.add_argument("--bombs", type=int, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--giant", type=int, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--scale", type=float, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    # Sizes: the targets of the full run, a fraction of them for --quick.
    args.files_target, args.cli_target, args.kill_target = 10_000, 200, 50
    if args.quick:
        args.files, args.cli, args.kills_cli, args.kills_wizard = 1_000, 30, 4, 4
        args.bombs = 10 if args.bombs is None else args.bombs
        args.scale = 0.25 if args.scale is None else args.scale
        args.giant = 300_000 if args.giant is None else args.giant
        args.big_rows, args.network_rounds = 20_000, 1
        args.files_target, args.cli_target, args.kill_target = 1_000, 30, 8
    else:
        args.files, args.cli, args.kills_cli, args.kills_wizard = 10_000, 200, 40, 20
        args.bombs = 40 if args.bombs is None else args.bombs
        args.scale = 1.0 if args.scale is None else args.scale
        args.giant = 3_000_000 if args.giant is None else args.giant
        args.big_rows, args.network_rounds = 100_000, 3
    if args.worker:
        return run_worker(args)
    if args.case is not None:
        case = make_case(args, args.case)
        with tempfile.TemporaryDirectory(prefix="postvakt-rel-") as tmp:
            path = Path(tmp) / case.filename
            path.write_bytes(case.data)
            print(f"case {args.case}: {case.label} ({len(case.data)} bytes, {case.filename})")
            for row in case.rows:
                print(f"  line {row.line}: {row.fate} {row.kind}")
            for name, detail in check_case(case, path):
                print(f"FAIL {name}: {detail}")
            if args.keep:
                print(_keep_case(args, args.case))
        return 0

    parts = [p.strip() for p in args.only.split(",") if p.strip()]
    report = Report()
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="postvakt-reliability-") as tmp:
        work = Path(tmp)
        for name in parts:
            runner = _part(name)
            t0 = time.monotonic()
            try:
                runner(args, report, work)
            except Exception as exc:  # a broken part must not hide the others' figures
                traceback.print_exc()
                report.add(name, "the part itself stopped", 0, 1, 1, _last_frame(exc))
            print(f"{name}: {time.monotonic() - t0:.0f} s", flush=True)
    report.print()
    print(
        f"\nseed {args.seed}, {'quick' if args.quick else 'full'} run, "
        f"{time.monotonic() - started:.0f} s"
    )
    return 0 if all(f.ok for f in report.figures if f.target) else 1


def _part(name: str):
    if name in ("kill", "store"):
        import reliability_store

        return getattr(reliability_store, f"part_{name}")
    if name == "network":
        from reliability_network import part_network

        return part_network
    return {"import": part_import, "cli": part_cli}[name]


if __name__ == "__main__":
    raise SystemExit(main())
