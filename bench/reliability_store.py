"""The store under ``kill -9``, two writers, a lock held too long, a full disk, a read-only folder.

Part of ``bench/reliability.py`` (``--only kill,store``). Every store lives in the run's
temporary folder (``POSTVAKT_HOME``); the disk-full and read-only checks mount a small tmpfs
there (root only; without root they are reported as not run).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from reliability import ROOT, Report, cli_command, cli_env

ORGNR = "310000000"  # made up (starts with 3), valid check digit
SAVED_MARK = "Lest: "  # the CLI prints its summary only after the check is saved
CLI_EXIT = {0, 1, 2, 3, 4}


# --- Looking at a store ---------------------------------------------------------------------------


def inspect_store(path: Path, letters_per_run: int | None) -> dict:
    """What is in the store, read with plain SQLite (as a repair tool would), then opened the
    app's way. ``problems`` lists what is wrong."""
    problems: list[str] = []
    info: dict = {"problems": problems, "runs": {}}
    if not path.exists():
        problems.append("the store is gone")
        return info
    conn = sqlite3.connect(str(path))
    try:
        check = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        if check != ["ok"]:
            problems.append(f"integrity_check: {check[:3]}")
        runs = dict(conn.execute("SELECT id, rows_read FROM check_runs"))
        counts = dict(
            conn.execute("SELECT run_id, count(*) FROM check_run_letters GROUP BY run_id")
        )
        # Since migration 11 a run's letters are one record (with their number), not rows.
        with contextlib.suppress(sqlite3.OperationalError):  # a store from before it
            for run_id, letters in conn.execute(
                "SELECT run_id, letters FROM check_run_letter_sets"
            ):
                counts[run_id] = counts.get(run_id, 0) + int(letters)
        logged = set()
        for (details,) in conn.execute("SELECT details FROM audit_log WHERE action = 'check.done'"):
            with contextlib.suppress(ValueError, TypeError):
                logged.add(json.loads(details).get("kjøring"))
        for run_id, rows_read in runs.items():
            have = counts.get(run_id, 0)
            want = letters_per_run if letters_per_run is not None else rows_read
            if have != want:
                problems.append(f"run {run_id} has {have} of {want} letters (half saved)")
            if run_id not in logged:
                problems.append(f"run {run_id} has no log entry")
        orphans = set(counts) - set(runs)
        if orphans:
            problems.append(f"letters without a run: {sorted(orphans)[:3]}")
        info["runs"] = runs
        info["steps"] = list(
            conn.execute("SELECT fields, evidence FROM checklist_steps WHERE step = 'deleger-ks'")
        )
        info["step_log"] = conn.execute(
            "SELECT count(*) FROM audit_log WHERE action = 'step.confirmed'"
        ).fetchone()[0]
    except sqlite3.DatabaseError as exc:
        problems.append(f"SQLite: {exc}")
    finally:
        conn.close()
    opened = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from desktop_app.storage.database import Database;"
            "Database.open(sys.argv[1]).close()",
            str(path),
        ],
        capture_output=True,
        cwd=ROOT,
        timeout=120,
    )
    if opened.returncode != 0:
        problems.append(
            "Postvakt cannot open it: " + opened.stderr.decode(errors="replace").strip()[-150:]
        )
    return info


def prune_runs(path: Path, keep: int) -> list[int]:
    """Delete all but the newest ``keep`` runs (after they were checked), so the store and its
    backups stay small over 50 kills. Returns the IDs deleted."""
    conn = sqlite3.connect(str(path))
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        ids = [r[0] for r in conn.execute("SELECT id FROM check_runs ORDER BY id")]
        gone = ids[:-keep] if keep else ids
        with conn:
            for run_id in gone:
                conn.execute("DELETE FROM check_run_letters WHERE run_id = ?", (run_id,))
                conn.execute("DELETE FROM check_runs WHERE id = ?", (run_id,))
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return gone
    finally:
        conn.close()


def big_export(folder: Path, rows: int) -> Path:
    sys.path.insert(0, str(ROOT / "bench"))
    from bench_import import generate_rows, write_csv

    path = folder / f"eksport-{rows}.csv"
    if not path.exists():
        write_csv(path, generate_rows(rows))
    return path


def new_home(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        cli_command("workspaces", "create", "--navn", "Fjordvik kommune", "--orgnr", ORGNR),
        env=cli_env(folder),
        capture_output=True,
        timeout=120,
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr.decode(errors="replace"))
    return folder / "data" / "postvakt.sqlite3"


def _stderr_ok(stderr: str) -> str | None:
    """None when stderr has no traceback; else its last line."""
    if "Traceback" in stderr or "Fatal Python error" in stderr:
        lines = [x for x in stderr.strip().splitlines() if x.strip()]
        return lines[-1][:120] if lines else "traceback"
    return None


# --- kill -9 --------------------------------------------------------------------------------------

WIZARD_CHILD = textwrap.dedent("""
    import sys
    from pathlib import Path
    from desktop_app.services.composition import Services
    from desktop_app.services.dpi_onboarding import Step
    from desktop_app.storage.database import Database

    db = Database.open(Path(sys.argv[1]))
    services = Services(db, actor=lambda: "kari")
    workspace = services.workspaces.list_workspaces()[0]
    evidence = Path(sys.argv[2])
    start = int(sys.argv[3])
    for n in range(start, start + 10_000):
        evidence.write_bytes(b"kvittering %d " % n * 2000)
        services.dpi.confirm(workspace.id, Step.DELEGER_KS,
                             {"utfort_av": f"Kari {n}", "sjekket_i_altinn": True},
                             evidence_file=evidence, user="kari")
        print(n, flush=True)
""")


def part_kill(args, report: Report, work: Path) -> None:
    rng = random.Random(args.seed + 99)
    folder = work / "kill"
    folder.mkdir(parents=True, exist_ok=True)
    export = big_export(folder, args.big_rows)
    home = folder / "home"
    store = new_home(home)
    env = cli_env(home)
    command = cli_command("unopened", "--import", str(export), "--lagre", "--svar", "1a")
    print(
        f"kill: {args.kills_cli} kills while a {args.big_rows}-row check is saved, "
        f"{args.kills_wizard} while a DPI step is confirmed …",
        flush=True,
    )

    # One undisturbed run: how long a save takes, and a first committed check.
    t0 = time.monotonic()
    first = subprocess.run(command, env=env, capture_output=True, timeout=300)
    full = time.monotonic() - t0
    if first.returncode not in CLI_EXIT or SAVED_MARK not in first.stdout.decode():
        raise RuntimeError("the undisturbed run failed: " + first.stderr.decode()[-300:])
    committed: set[int] = set(inspect_store(store, args.big_rows)["runs"])
    pruned: set[int] = set()
    failed = kills = killed_after_commit = 0
    left: dict[str, int] = {}  # temporary backup copies a kill left: name → bytes
    copies = store.parent / "sikkerhetskopier"
    for n in range(args.kills_cli):
        # Half of the kills anywhere, half in the last 40 % (the save and its commit).
        low = 0.05 if n % 2 else full * 0.6
        delay = rng.uniform(low, full * 1.05)
        proc = subprocess.Popen(
            command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True
        )
        time.sleep(delay)
        was_running = proc.poll() is None
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        out, _err = proc.communicate(timeout=60)
        kills += 1
        printed = SAVED_MARK in out.decode(errors="replace")
        info = inspect_store(store, args.big_rows)
        runs = set(info["runs"])
        problems = list(info["problems"])
        lost = committed - runs - pruned
        if lost:
            problems.append(f"committed checks lost: {sorted(lost)}")
        new = runs - committed
        if printed and not new:
            problems.append("the command said the check was saved, but it is not there")
        if len(new) > 1:
            problems.append(f"{len(new)} new runs from one command")
        if new and was_running:
            killed_after_commit += 1
        committed |= runs
        if problems:
            failed += 1
            for problem in problems:
                report.failure(
                    "kill",
                    f"after kill -9 (cli save): {problem.split(':')[0]}",
                    f"kill {n} after {delay:.2f} s: {problem}",
                )
        pruned |= set(prune_runs(store, keep=2))
        # A kill during the backup that each saving command makes first leaves its
        # temporary copy behind; the next start must remove it. Seen here, left in place for
        # the next run (only a pile-up, which the next starts would have removed, is cleared
        # so as not to fill the disk).
        found = sorted(copies.glob(".kopi-*"), key=lambda p: p.stat().st_mtime)
        for tmp in found:
            left.setdefault(tmp.name, tmp.stat().st_size)
        for tmp in found[:-8]:
            tmp.unlink()
    # One more save, undisturbed: a start after the kills, which must remove what they left.
    subprocess.run(command, env=env, capture_output=True, timeout=300)
    remaining = [tmp for tmp in copies.glob(".kopi-*") if tmp.name in left]
    leftovers, leftover_bytes = len(remaining), sum(left[tmp.name] for tmp in remaining)
    for tmp in remaining:
        tmp.unlink()
    # The log chain after all of it.
    verify = subprocess.run(
        cli_command("audit", "verify"), env=env, capture_output=True, timeout=300
    )
    if verify.returncode != 0:
        failed += 1
        report.failure(
            "kill",
            "audit verify fails after the kills",
            verify.stdout.decode(errors="replace")[-200:],
        )
    if leftovers:
        report.failure(
            "kill",
            "temporary backup copies left behind by a kill (not removed at the next start)",
            f"{leftovers} files, {leftover_bytes / 1e6:.0f} MB in all, in "
            "sikkerhetskopier/.kopi-*.tmp (not counted as a failed kill)",
            count=leftovers,
        )
    report.add(
        "kill",
        f"kill -9 while saving a {args.big_rows}-row check",
        kills,
        args.kills_cli if args.quick else 40,
        failed,
        f"(a save takes {full:.1f} s; {killed_after_commit} killed after the commit; "
        f"{len(left)} backup temp files left by kills, {leftovers} still there after the "
        "next start)",
    )

    # Wizard-like saves: a DPI step confirmed again and again, killed at random.
    failed = 0
    evidence = folder / "kvittering.png"
    last_seen = 0
    for n in range(args.kills_wizard):
        proc = subprocess.Popen(
            [sys.executable, "-c", WIZARD_CHILD, str(store), str(evidence), str(last_seen + 1)],
            env=env,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
        time.sleep(rng.uniform(0.6, 2.5))
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate(timeout=60)
        confirmed = [int(x) for x in out.decode().split()]
        info = inspect_store(store, None)
        problems = list(info["problems"])
        steps = info.get("steps") or []
        if confirmed:
            if not steps:
                problems.append("confirmed step missing")
            else:
                fields, evidence_json = steps[0]
                who = json.loads(fields).get("utfort_av", "")
                number = (
                    int(who.split()[-1]) if who.split()[-1:] and who.split()[-1].isdigit() else -1
                )
                if number < confirmed[-1]:
                    problems.append(
                        f"confirmed step lost: stored {who!r}, confirmed Kari {confirmed[-1]}"
                    )
                if evidence_json:
                    ev = json.loads(evidence_json)
                    kept = store.parent / "vedlegg" / ev.get("stored_name", "?")
                    if not kept.exists():
                        problems.append("the evidence the step points to is missing")
                    elif hashlib.sha256(kept.read_bytes()).hexdigest() != ev.get("sha256"):
                        problems.append("the evidence file does not match its SHA-256")
            last_seen = max(last_seen, confirmed[-1])
        if int(info.get("step_log") or 0) < last_seen:
            problems.append("a confirmation without its log entry")
        if not confirmed and proc.returncode != -signal.SIGKILL:
            problems.append("child ended by itself: " + err.decode(errors="replace")[-200:])
        if problems:
            failed += 1
            for problem in problems:
                report.failure(
                    "kill",
                    f"after kill -9 (DPI step): {problem.split(':')[0]}",
                    f"kill {n}: {problem}",
                )
    report.add(
        "kill",
        "kill -9 while confirming a DPI step",
        args.kills_wizard,
        args.kills_wizard if args.quick else 10,
        failed,
        f"({last_seen} confirmations)",
    )
    report.add("kill", "kill -9 in all (target 50)", kills + args.kills_wizard, args.kill_target, 0)


# --- Two writers, a held lock, a full disk, a read-only folder ------------------------------------

HOLD_LOCK = textwrap.dedent("""
    import sqlite3, sys, time
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    print("locked", flush=True)
    time.sleep(float(sys.argv[2]))
    conn.execute("ROLLBACK")
""")


def _cli(env, *args, timeout=300):
    done = subprocess.run(cli_command(*args), env=env, capture_output=True, timeout=timeout)
    return (
        done.returncode,
        done.stdout.decode(errors="replace"),
        done.stderr.decode(errors="replace"),
    )


def part_store(args, report: Report, work: Path) -> None:
    folder = work / "store"
    folder.mkdir(parents=True, exist_ok=True)
    export = big_export(folder, args.big_rows)
    small = big_export(folder, 2_000)
    print("store: two writers, a held lock, a full disk, a read-only folder …", flush=True)

    # Two processes saving into one store at once (a few rounds).
    home = folder / "two"
    store = new_home(home)
    env = cli_env(home)
    failed = done = 0
    saved_total = 0
    rounds = 2 if args.quick else 5
    for n in range(rounds):
        command = cli_command("unopened", "--import", str(export), "--lagre")
        procs = [
            subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            for _ in range(2)
        ]
        outs = [p.communicate(timeout=600) for p in procs]
        before = saved_total
        for p, (out, err) in zip(procs, outs, strict=True):
            done += 1
            text_err = err.decode(errors="replace")
            problem = _stderr_ok(text_err)
            if p.returncode not in CLI_EXIT:
                problem = f"exit {p.returncode}"
            elif SAVED_MARK in out.decode(errors="replace"):
                saved_total += 1
            elif p.returncode == 1 and "opptatt" not in text_err:
                problem = f"not saved, unclear why: {text_err.strip()[-120:]}"
            if problem:
                failed += 1
                report.failure("store", f"two writers: {problem[:60]}", f"round {n}: {problem}")
        info = inspect_store(store, args.big_rows)
        if info["problems"] or len(info["runs"]) != saved_total:
            failed += 1
            report.failure(
                "store",
                "two writers: store wrong afterwards",
                f"round {n}: {info['problems']} runs {len(info['runs'])} "
                f"saved {saved_total} (before {before})",
            )
    report.add(
        "store",
        "two processes saving into one store at once",
        done,
        2 * rounds,
        failed,
        f"({saved_total} of {done} saved"
        + ("; the rest were told the store was busy)" if saved_total < done else ")"),
    )

    if not args.quick:
        _held_lock(report, folder, store, env, small)
    _disk_full(args, report, folder, export, small)
    _read_only(args, report, folder, small)


def _held_lock(report: Report, folder: Path, store: Path, env, small: Path) -> None:
    """A lock held longer than Postvakt waits (10 s, twice): a clear message, nothing lost,
    and the same command works afterwards."""
    failed = 0
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(store), "25"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    holder.stdout.readline()
    code, _out, err = _cli(
        env, "unopened", "--import", str(small), "--lagre", "--out", str(folder / "liste.xlsx")
    )
    holder.wait(timeout=60)
    runs_before = len(inspect_store(store, None)["runs"])
    problem = _stderr_ok(err)
    if problem or code != 1 or "opptatt" not in err:
        failed += 1
        report.failure(
            "store",
            "lock held too long: unclear or wrong",
            f"exit {code}: {(problem or err.strip())[-160:]}",
        )
    code2, _out2, err2 = _cli(env, "unopened", "--import", str(small), "--lagre")
    info = inspect_store(store, None)
    if code2 not in (0, 3, 4) or len(info["runs"]) != runs_before + 1 or info["problems"]:
        failed += 1
        report.failure(
            "store",
            "lock held too long: the retry did not save",
            f"exit {code2}: {err2.strip()[-160:]} {info['problems']}",
        )
    report.add(
        "store",
        "store locked by another program for 25 s",
        2,
        2,
        failed,
        f"(message: {err.strip().splitlines()[-1][:70] if err.strip() else '-'})",
    )


@contextlib.contextmanager
def tmpfs(path: Path, size: str):
    path.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)], capture_output=True
    )
    if done.returncode != 0:
        yield None
        return
    try:
        yield path
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(path)], capture_output=True)
        subprocess.run(["umount", "-l", str(path)], capture_output=True)


def _disk_full(args, report: Report, folder: Path, export: Path, small: Path) -> None:
    failed = 0
    tries = 0
    message = "-"
    with tmpfs(folder / "full", "3m") as mount:
        if mount is None:
            report.add("store", "disk full", 0, 0, 0, "(not run: mounting a tmpfs needs root)")
            return
        home = mount / "home"
        store = new_home(home)
        env = cli_env(home)
        _code, _out, _err = _cli(env, "unopened", "--import", str(small), "--lagre")
        before = inspect_store(store, None)
        # 1. The letters do not fit.
        for name, filler in (("the check does not fit", 0), ("even the backup does not fit", None)):
            tries += 1
            if filler is None:  # leave only a few KB
                stat = os.statvfs(mount)
                free = stat.f_bavail * stat.f_frsize
                with contextlib.suppress(OSError):
                    (mount / "fyll").write_bytes(b"\0" * max(0, free - 16_384))
            code, _out, err = _cli(env, "unopened", "--import", str(export), "--lagre")
            problem = _stderr_ok(err)
            if problem is None and code != 1:
                problem = f"exit {code}"
            if problem is None and "full" not in err.lower():
                problem = f"no word about a full disk: {err.strip()[-120:]}"
            message = err.strip().splitlines()[-1][:90] if err.strip() else "-"
            print(f"    disk full, {name}: exit {code}: {message}", flush=True)
            (mount / "fyll").unlink(missing_ok=True)
            info = inspect_store(store, None)
            if info["problems"] or set(info["runs"]) != set(before["runs"]):
                problem = (problem or "") + f" store afterwards: {info['problems']}"
            if problem:
                failed += 1
                report.failure("store", f"disk full ({name}): {problem[:50]}", problem)
        # 2. Space again: the same command works.
        for leftover in (store.parent / "sikkerhetskopier").glob("*"):
            leftover.unlink()
        tries += 1
        code, _out, err = _cli(env, "unopened", "--import", str(small), "--lagre")
        if code not in (0, 3, 4):
            failed += 1
            report.failure("store", "disk full: no save after space was freed", err[-160:])
    report.add("store", "disk full (3 MB tmpfs)", tries, 3, failed, f"(message: {message})")


def _read_only(args, report: Report, folder: Path, small: Path) -> None:
    failed = 0
    runs = 0
    messages = []
    with tmpfs(folder / "ro", "64m") as mount:
        if mount is None:
            report.add("store", "read-only data folder", 0, 0, 0, "(not run: needs root)")
            return
        home = mount / "home"
        store = new_home(home)
        env = cli_env(home)
        _cli(env, "unopened", "--import", str(small), "--lagre")
        before = inspect_store(store, None)
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
        for command in (
            ("unopened", "--import", str(small), "--lagre"),
            ("unopened", "--import", str(small)),
            ("workspaces", "list"),
            ("workspaces", "create", "--navn", "Ny", "--orgnr", "310000017"),
        ):
            runs += 1
            code, _out, err = _cli(env, *command)
            problem = _stderr_ok(err)
            if code not in CLI_EXIT:
                problem = f"exit {code}"
            elif code in (1, 2) and not err.strip():
                problem = "failed without a message"
            if err.strip():
                messages.append(err.strip().splitlines()[-1][:90])
            print(
                f"    read-only, {' '.join(command[:2])}: exit {code}: {err.strip()[-90:]}",
                flush=True,
            )
            if problem:
                failed += 1
                report.failure(
                    "store",
                    f"read-only folder: {problem[:60]}",
                    f"{' '.join(command[:2])}: exit {code}: {problem}",
                )
        subprocess.run(["mount", "-o", "remount,rw", str(mount)], check=True)
        info = inspect_store(store, None)
        if info["problems"] or set(info["runs"]) != set(before["runs"]):
            failed += 1
            report.failure(
                "store", "read-only folder: store changed or damaged", str(info["problems"])
            )
    report.add(
        "store",
        "read-only data folder (tmpfs remounted ro)",
        runs,
        4,
        failed,
        f"(message: {messages[0] if messages else '-'})",
    )
