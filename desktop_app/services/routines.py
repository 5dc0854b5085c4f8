"""Faste kontroller: the unopened-post check, run on a schedule by the operating system, so
it runs with Postvakt closed (DigiVestland: «Sett opp en fast rutine som jevnlig søker opp
rapporter i SvarUt som viser taushetsbelagt post som ikke er åpnet eller lest»).

A routine belongs to one workspace: how often (weekly, every other week, monthly), when, and
the folder the SvarUt reports are saved in. At the time, the scheduler starts
``postvakt-cli rutine kjor --workspace ID``; that reads the newest report in the folder,
saves the check in the history like any other check (with its audit entry), and writes
«routine.ran» or «routine.failed» in the log, so a routine that cannot run is seen.

The operating system's part sits behind one small interface, :class:`Scheduler`:

* Linux: a systemd user timer (``~/.config/systemd/user``, ``Persistent=true`` so a
  check missed while the machine was off runs at the next start); cron where there is no
  systemd user manager.
* Windows: Task Scheduler through ``schtasks /Create … /SC WEEKLY /MO 2 /D MON /ST 07:00 /F``
  [V: learn.microsoft.com, «schtasks create»: /MO 1–52 for WEEKLY, /D MON–SUN, /D 1–31 for
  MONTHLY, /TR at most 262 characters].
* macOS: a launchd agent in ``~/Library/LaunchAgents``, loaded with
  ``launchctl bootstrap gui/UID PLIST`` and removed with ``launchctl bootout gui/UID/LABEL``;
  ``StartCalendarInterval`` with ``Weekday`` 0 = Sunday, 1 = Monday [I: launchd.plist(5) as
  quoted by several secondary pages; not run on a Mac here].

systemd, cron and launchd have no "every other week": those run weekly, and the command
skips a run that comes less than :data:`FORTNIGHT_MIN_DAYS` days after the last one. Task
Scheduler can do it itself (``/MO 2``); the skip is then never needed.

What is installed is read back from the scheduler (the unit file, the crontab line, the
task's XML, the plist), so the page shows the real state, and a schedule whose program is no
longer where it points (Postvakt moved or reinstalled) is found and can be repaired.
"""

from __future__ import annotations

import contextlib
import json
import os
import plistlib
import re
import shlex
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

from desktop_app.domain.routines import (
    FORTNIGHT_MIN_DAYS,
    Finding,
    Frequency,
    RoutineError,
    RoutineTiming,
    Schedule,
    routine_timing,
)
from desktop_app.language import t
from desktop_app.services.recording import Recorder
from desktop_app.storage.audit import AuditLog
from desktop_app.storage.database import Database

ROUTINE_KEY = "routine."  # meta: + workspace id → the routine (JSON)
LAST_RUN_KEY = "routine_last_run."  # meta: + workspace id → ISO-8601 UTC
LAST_RESULT_KEY = "routine_last_result."  # meta: + workspace id → the last attempt (JSON)
NOTICE_KEY = "routine_notice."  # meta: + workspace id → a Finding not yet seen (JSON)
REPORT_SUFFIXES = (".csv", ".xlsx")

Runner = Callable[[Sequence[str]], "subprocess.CompletedProcess[str]"]


@dataclass(frozen=True)
class Routine:
    workspace_id: int
    schedule: Schedule
    folder: str  # where the SvarUt reports are saved
    answer: str = "unknown"  # the municipality's SvarUt setting: 1a, 1b, unknown
    refresh: bool = False  # ask SvarUt for new statuses first (needs the SvarUt setup)
    program: tuple[str, ...] = ()  # the command that starts postvakt-cli
    home: str = ""  # POSTVAKT_HOME at the time, so the job uses the same store
    saved_at: str = ""  # ISO-8601 UTC, when it was put in the scheduler ("" when not known)

    @property
    def name(self) -> str:
        return job_name(self.workspace_id)

    def argv(self) -> list[str]:
        return [*self.program, "rutine", "kjor", "--workspace", str(self.workspace_id)]

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["program"] = list(self.program)
        data["schedule"]["frequency"] = self.schedule.frequency.value
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Routine:
        s = dict(data["schedule"])
        s["frequency"] = Frequency(s["frequency"])
        return cls(
            int(data["workspace_id"]),
            Schedule(**s),
            str(data["folder"]),
            str(data.get("answer", "unknown")),
            bool(data.get("refresh", False)),
            tuple(str(p) for p in data.get("program", ())),
            str(data.get("home", "")),
            str(data.get("saved_at", "")),
        )


def job_name(workspace_id: int) -> str:
    return f"postvakt-kontroll-{workspace_id}"


def cli_program() -> tuple[str, ...]:
    """How to start postvakt-cli from a scheduler: the console program beside a frozen
    bundle, else this Python with ``-m desktop_app.cli`` (works for pip and editable
    installs, needs no PATH)."""
    if getattr(sys, "frozen", False):
        folder = Path(sys.executable).resolve().parent
        name = "postvakt-cli.exe" if os.name == "nt" else "postvakt-cli"
        return (str(folder / name),)
    return (str(Path(sys.executable).absolute()), "-m", "desktop_app.cli")


def gui_program() -> list[str]:
    """How to start Postvakt's window program in its notifier mode (``postvakt --varsle``): the
    program beside a frozen bundle, else this Python (``pythonw`` on Windows: no console)."""
    if getattr(sys, "frozen", False):
        folder = Path(sys.executable).resolve().parent
        return [str(folder / ("postvakt.exe" if os.name == "nt" else "postvakt")), "--varsle"]
    python = Path(sys.executable).absolute()
    if os.name == "nt" and (python.parent / "pythonw.exe").exists():
        python = python.parent / "pythonw.exe"
    return [str(python), "-m", "desktop_app", "--varsle"]


def _has_display() -> bool:
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


NOTICE_LATER = "Varselet vises på Oversikt neste gang Postvakt åpnes."


def start_notifier() -> str:
    """After a run that found something: start ``postvakt --varsle``, which shows the finding
    in the system tray (or hands it to a Postvakt that is open), and do not wait for it.
    Returns what the run's output says about it. The finding is in the store already, so
    Oversikt shows it whatever happens here."""
    if not _has_display():
        return f"Fant ingen skjerm å vise varselet på (DISPLAY er ikke satt). {NOTICE_LATER}"
    argv = gui_program()
    detach: dict[str, Any] = (
        {"creationflags": getattr(subprocess, "DETACHED_PROCESS", 0)}
        if os.name == "nt"
        else {"start_new_session": True}
    )
    try:
        subprocess.Popen(
            argv,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            close_fds=True,
            **detach,
        )
    except OSError as exc:
        return f"Kunne ikke starte varselet ({exc.strerror or exc}). {NOTICE_LATER}"
    return (
        "Postvakt viser varselet i systemstatusfeltet, eller i vinduet hvis Postvakt er åpen. "
        f"Har skrivebordet ikke systemstatusfelt: {NOTICE_LATER[0].lower()}{NOTICE_LATER[1:]}"
    )


def program_missing(argv: Sequence[str]) -> bool:
    """True when the program a schedule starts is not there any more."""
    return not argv or not Path(argv[0]).exists()


@dataclass(frozen=True)
class Installed:
    """What the scheduler has for a job, read back from it."""

    argv: tuple[str, ...]
    where: str  # the unit file, the crontab, the task name, the plist: for the page


class Scheduler(Protocol):
    label: str  # what the user calls it, e.g. «systemd-tidsur (Linux)»

    def install(self, routine: Routine) -> None: ...

    def remove(self, name: str) -> None: ...

    def installed(self, name: str) -> Installed | None: ...


def _run_default(argv: Sequence[str], stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        list(argv), input=stdin, capture_output=True, text=True, timeout=60, check=False
    )


def _checked(result: subprocess.CompletedProcess[str], what: str) -> None:
    if result.returncode != 0:
        detail = (result.stderr or result.stdout or "").strip().splitlines()
        raise RoutineError(
            f"{what} svarte med feil: {detail[-1] if detail else result.returncode}"
            ". Prøv igjen, eller sett opp kontrollen for hånd (se README)."
        )


# --- Linux: systemd user timer -------------------------------------------------------------


def systemd_calendar(schedule: Schedule) -> str:
    at = f"{schedule.hour:02d}:{schedule.minute:02d}:00"
    if schedule.frequency is Frequency.MONTHLY:
        return f"*-*-{schedule.day:02d} {at}"
    return f"{('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')[schedule.weekday]} *-*-* {at}"


def _systemd_quote(arg: str) -> str:
    """One argument for ExecStart= (double quotes, backslash and quote escaped, % doubled)."""
    text = arg.replace("\\", "\\\\").replace('"', '\\"').replace("%", "%%")
    return f'"{text}"'


def systemd_units(routine: Routine) -> dict[str, str]:
    """The two unit files, by file name."""
    name = routine.name
    env = f"Environment={_systemd_quote('POSTVAKT_HOME=' + routine.home)}\n" if routine.home else ""
    service = (
        "[Unit]\n"
        f"Description=Postvakt: fast kontroll av uåpnet taushetsbelagt post "
        f"(arbeidsflate {routine.workspace_id})\n\n"
        "[Service]\nType=oneshot\n"
        + env
        + "ExecStart="
        + " ".join(_systemd_quote(a) for a in routine.argv())
        + "\n"
    )
    timer = (
        "[Unit]\n"
        f"Description=Postvakt: {routine.schedule.text_nb}\n\n"
        "[Timer]\n"
        f"OnCalendar={systemd_calendar(routine.schedule)}\n"
        "Persistent=true\n\n"
        "[Install]\nWantedBy=timers.target\n"
    )
    return {f"{name}.service": service, f"{name}.timer": timer}


def _unquote_exec(line: str) -> tuple[str, ...]:
    return tuple(a.replace("%%", "%") for a in shlex.split(line))


class SystemdScheduler:
    label = "systemd-tidsur (Linux)"

    def __init__(self, unit_dir: Path | None = None, run: Runner | None = None) -> None:
        self.unit_dir = unit_dir or Path.home() / ".config" / "systemd" / "user"
        self.run = run or _run_default

    def _ctl(self, *args: str) -> None:
        _checked(self.run(["systemctl", "--user", *args]), "systemctl")

    def install(self, routine: Routine) -> None:
        self.unit_dir.mkdir(parents=True, exist_ok=True)
        for file_name, text in systemd_units(routine).items():
            (self.unit_dir / file_name).write_text(text, encoding="utf-8")
        self._ctl("daemon-reload")
        self._ctl("enable", "--now", f"{routine.name}.timer")

    def remove(self, name: str) -> None:
        if (self.unit_dir / f"{name}.timer").exists():
            self.run(["systemctl", "--user", "disable", "--now", f"{name}.timer"])
        for suffix in (".timer", ".service"):
            (self.unit_dir / f"{name}{suffix}").unlink(missing_ok=True)
        self.run(["systemctl", "--user", "daemon-reload"])

    def installed(self, name: str) -> Installed | None:
        path = self.unit_dir / f"{name}.service"
        if not (self.unit_dir / f"{name}.timer").exists() or not path.exists():
            return None
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("ExecStart="):
                return Installed(_unquote_exec(line[len("ExecStart=") :]), str(path))
        return Installed((), str(path))


# --- Linux without systemd: cron -------------------------------------------------------------


def cron_line(routine: Routine) -> str:
    s = routine.schedule
    when = (
        f"{s.minute} {s.hour} {s.day} * *"
        if s.frequency is Frequency.MONTHLY
        else f"{s.minute} {s.hour} * * {(s.weekday + 1) % 7}"
    )
    env = f"POSTVAKT_HOME={shlex.quote(routine.home)} " if routine.home else ""
    command = " ".join(shlex.quote(a) for a in routine.argv()).replace("%", "\\%")
    return f"{when} {env}{command} # {routine.name}"


class CronScheduler:
    label = "cron (Linux)"

    def __init__(self, run: Callable[..., subprocess.CompletedProcess[str]] | None = None) -> None:
        self.run = run or _run_default

    def _lines(self) -> list[str]:
        """The user's crontab as it is. «no crontab for …» is an empty one; any other error
        stops the change, since writing after a failed read would replace the user's own
        lines with Postvakt's alone."""
        result = self.run(["crontab", "-l"])
        if result.returncode == 0:
            return result.stdout.splitlines()
        if "no crontab" in (result.stderr or "").casefold():
            return []
        _checked(result, "crontab -l")
        return []

    def _write(self, lines: list[str]) -> None:
        _checked(self.run(["crontab", "-"], "\n".join(lines) + "\n"), "crontab")

    def install(self, routine: Routine) -> None:
        keep = [ln for ln in self._lines() if not ln.endswith(f"# {routine.name}")]
        self._write([*keep, cron_line(routine)])

    def remove(self, name: str) -> None:
        lines = self._lines()
        keep = [ln for ln in lines if not ln.endswith(f"# {name}")]
        if keep != lines:
            self._write(keep)

    def installed(self, name: str) -> Installed | None:
        for line in self._lines():
            if line.endswith(f"# {name}"):
                words = shlex.split(line.rsplit("#", 1)[0].replace("\\%", "%"))[5:]
                words = [w for w in words if not w.startswith("POSTVAKT_HOME=")]
                return Installed(tuple(words), "crontab")
        return None


# --- Windows: Task Scheduler ---------------------------------------------------------------


def schtasks_create(routine: Routine) -> list[str]:
    """The ``schtasks /Create`` command line (an argument list)."""
    s = routine.schedule
    day = ("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN")[s.weekday]
    if s.frequency is Frequency.MONTHLY:
        when = ["/SC", "MONTHLY", "/D", str(s.day)]
    else:
        when = [
            "/SC",
            "WEEKLY",
            "/MO",
            "2" if s.frequency is Frequency.FORTNIGHTLY else "1",
            "/D",
            day,
        ]
    task = subprocess.list2cmdline(routine.argv())
    if len(task) > 262:
        raise RoutineError(
            "Stien til Postvakt er for lang for Oppgaveplanlegging (høyst 262 "
            "tegn). Installer Postvakt i en mappe med kortere sti."
        )
    return [
        "schtasks",
        "/Create",
        "/TN",
        f"Postvakt\\{routine.name}",
        "/TR",
        task,
        *when,
        "/ST",
        f"{s.hour:02d}:{s.minute:02d}",
        "/F",
    ]


class SchtasksScheduler:
    label = "Oppgaveplanlegging (Windows)"

    def __init__(self, run: Runner | None = None) -> None:
        self.run = run or _run_default

    def install(self, routine: Routine) -> None:
        _checked(self.run(schtasks_create(routine)), "Oppgaveplanlegging")

    def remove(self, name: str) -> None:
        self.run(["schtasks", "/Delete", "/TN", f"Postvakt\\{name}", "/F"])

    def installed(self, name: str) -> Installed | None:
        result = self.run(["schtasks", "/Query", "/TN", f"Postvakt\\{name}", "/XML"])
        if result.returncode != 0 or not result.stdout.strip():
            return None
        text = re.sub(r"^\s*<\?xml[^>]*\?>", "", result.stdout.strip())
        try:
            root = ET.fromstring(text)  # noqa: S314
        except ET.ParseError:
            return Installed((), f"Postvakt\\{name}")
        command = next((el.text or "" for el in root.iter() if el.tag.endswith("Command")), "")
        arguments = next((el.text or "" for el in root.iter() if el.tag.endswith("Arguments")), "")
        return Installed((command.strip('"'), *_split_windows(arguments)), f"Postvakt\\{name}")


def _split_windows(text: str) -> list[str]:
    return [a.strip('"') for a in re.findall(r'"[^"]*"|\S+', text)]


# --- macOS: launchd agent --------------------------------------------------------------------


def launchd_label(name: str) -> str:
    return f"no.postvakt.{name}"


def launchd_plist(routine: Routine) -> bytes:
    s = routine.schedule
    when: dict[str, int] = {"Hour": s.hour, "Minute": s.minute}
    if s.frequency is Frequency.MONTHLY:
        when["Day"] = s.day
    else:
        when["Weekday"] = (s.weekday + 1) % 7  # launchd: 0 = Sunday, 1 = Monday
    data: dict[str, object] = {
        "Label": launchd_label(routine.name),
        "ProgramArguments": routine.argv(),
        "StartCalendarInterval": when,
    }
    if routine.home:
        data["EnvironmentVariables"] = {"POSTVAKT_HOME": routine.home}
    return plistlib.dumps(data, sort_keys=True)


class LaunchdScheduler:
    label = "launchd (macOS)"

    def __init__(
        self, agents_dir: Path | None = None, run: Runner | None = None, uid: int | None = None
    ) -> None:
        self.agents_dir = agents_dir or Path.home() / "Library" / "LaunchAgents"
        self.run = run or _run_default
        self.uid = uid if uid is not None else getattr(os, "getuid", lambda: 0)()

    def _path(self, name: str) -> Path:
        return self.agents_dir / f"{launchd_label(name)}.plist"

    def install(self, routine: Routine) -> None:
        self.agents_dir.mkdir(parents=True, exist_ok=True)
        path = self._path(routine.name)
        if path.exists():  # loaded already: take the old one out first
            self.run(["launchctl", "bootout", f"gui/{self.uid}/{launchd_label(routine.name)}"])
        path.write_bytes(launchd_plist(routine))
        _checked(self.run(["launchctl", "bootstrap", f"gui/{self.uid}", str(path)]), "launchctl")

    def remove(self, name: str) -> None:
        path = self._path(name)
        if path.exists():
            self.run(["launchctl", "bootout", f"gui/{self.uid}/{launchd_label(name)}"])
            path.unlink(missing_ok=True)

    def installed(self, name: str) -> Installed | None:
        path = self._path(name)
        if not path.exists():
            return None
        try:
            data = plistlib.loads(path.read_bytes())
        except (plistlib.InvalidFileException, ValueError):
            return Installed((), str(path))
        return Installed(tuple(str(a) for a in data.get("ProgramArguments", [])), str(path))


def system_scheduler() -> Scheduler | None:
    """The scheduler of this machine, or None when there is none Postvakt can use."""
    if sys.platform == "win32":
        return SchtasksScheduler()
    if sys.platform == "darwin":
        return LaunchdScheduler()
    if (
        shutil.which("systemctl")
        and _run_default(["systemctl", "--user", "show-environment"]).returncode == 0
    ):
        return SystemdScheduler()
    if shutil.which("crontab"):
        return CronScheduler()
    return None


# --- The service ---------------------------------------------------------------------------


@dataclass(frozen=True)
class RoutineStatus:
    routine: Routine
    installed: Installed | None
    last_run: str | None

    @property
    def problem(self) -> str:
        """What is wrong, in bokmål ("" when nothing is)."""
        if self.installed is None:
            return (
                "Kontrollen er ikke lagt inn i maskinens planlegger (den kan være fjernet "
                "der). Velg «Reparer» for å legge den inn igjen."
            )
        if program_missing(self.installed.argv):
            return (
                "Programmet kontrollen starter, finnes ikke lenger (Postvakt er flyttet "
                "eller installert på nytt). Velg «Reparer»."
            )
        return ""


@dataclass(frozen=True)
class RoutineOverview:
    """What Oversikt shows for the routine: when it last ran and is next due, what is late."""

    routine: Routine
    timing: RoutineTiming  # in the machine's local time
    problem: str  # from :attr:`RoutineStatus.problem` ("" when none)
    at_risk: int | None  # letters at risk at the last run (None when it never ran)
    failed_at: datetime | None  # the last attempt failed (after the last run), local time
    failure: str  # why ("" when the last attempt did not fail)


def _local(iso: str | None) -> datetime | None:
    """A stored time (ISO-8601, UTC) as the machine's local wall-clock time."""
    if not iso:
        return None
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().replace(tzinfo=None)


def newest_report(folder: Path) -> Path | None:
    try:
        files = [
            p
            for p in folder.iterdir()
            if p.is_file()
            and p.suffix.casefold() in REPORT_SUFFIXES
            and not p.name.startswith((".", "~$"))
        ]
    except OSError:
        return None
    return max(files, key=lambda p: p.stat().st_mtime, default=None)


class RoutineService:
    def __init__(
        self,
        db: Database,
        audit: AuditLog | None = None,
        scheduler: Scheduler | Callable[[], Scheduler | None] | None = None,
        program: Callable[[], tuple[str, ...]] = cli_program,
    ) -> None:
        self.db = db
        self.recorder = Recorder(db, audit)
        self._scheduler = scheduler
        self._program = program

    @property
    def scheduler(self) -> Scheduler | None:
        if callable(self._scheduler) and not hasattr(self._scheduler, "install"):
            self._scheduler = self._scheduler()
        return self._scheduler  # type: ignore[return-value]

    def _require_scheduler(self) -> Scheduler:
        scheduler = self.scheduler
        if scheduler is None:
            raise RoutineError(
                "Fant ingen planlegger på denne maskinen (systemd for brukeren eller cron). "
                "Be IT-avdelingen kjøre «postvakt-cli rutine kjor --workspace ID» fast, eller "
                "slå på systemd for brukeren."
            )
        return scheduler

    # -- reading -------------------------------------------------------------------------
    def get(self, workspace_id: int) -> Routine | None:
        raw = self.db.get_meta(ROUTINE_KEY + str(workspace_id))
        if not raw:
            return None
        try:
            return Routine.from_json(json.loads(raw))
        except (ValueError, KeyError, TypeError):
            return None

    def status(self, workspace_id: int) -> RoutineStatus | None:
        routine = self.get(workspace_id)
        if routine is None:
            return None
        scheduler = self.scheduler
        installed = scheduler.installed(routine.name) if scheduler is not None else None
        return RoutineStatus(routine, installed, self.db.get_meta(LAST_RUN_KEY + str(workspace_id)))

    def overview(self, workspace_id: int, now: datetime | None = None) -> RoutineOverview | None:
        """Runs in the background (asks the scheduler): last run, next run, what is late."""
        status = self.status(workspace_id)
        if status is None:
            return None
        moment = now or datetime.now(UTC)
        result: dict[str, Any] = {}
        with contextlib.suppress(ValueError, TypeError):
            result = json.loads(self.db.get_meta(LAST_RESULT_KEY + str(workspace_id)) or "{}")
        failed = bool(result.get("reason"))
        return RoutineOverview(
            status.routine,
            routine_timing(
                status.routine.schedule,
                _local(status.last_run),
                _local(status.routine.saved_at),
                _local(moment.isoformat()) or datetime.now(),
            ),
            status.problem,
            int(result["at_risk"]) if "at_risk" in result else None,
            _local(result.get("at")) if failed else None,
            str(result.get("reason", "")),
        )

    # -- what a run found, for the user ----------------------------------------------------
    def pending_notices(self) -> list[Finding]:
        """Findings of scheduled runs that the user has not opened or put aside, newest first."""
        with self.db.read() as conn:
            rows = conn.execute(
                "SELECT value FROM meta WHERE key LIKE ?", (NOTICE_KEY + "%",)
            ).fetchall()
        found = []
        for (raw,) in rows:
            with contextlib.suppress(ValueError, KeyError, TypeError):
                found.append(Finding.from_json(json.loads(raw)))
        return sorted(found, key=lambda f: f.found_at, reverse=True)

    def dismiss_notice(self, finding: Finding) -> None:
        """The user has opened it or put it aside. A newer finding for the workspace stays."""
        with self.db.transaction() as conn:
            conn.execute(
                "DELETE FROM meta WHERE key = ? AND json_extract(value, '$.found_at') = ?",
                (NOTICE_KEY + str(finding.workspace_id), finding.found_at),
            )

    def text(self, workspace_id: int) -> str:
        """One line for the regional overview ("" when there is no routine)."""
        routine = self.get(workspace_id)
        if routine is None:
            return ""
        moved = t(" (må repareres)") if program_missing(routine.program) else ""
        return routine.schedule.text + moved

    # -- changing ------------------------------------------------------------------------
    def save(
        self,
        workspace_id: int,
        schedule: Schedule,
        folder: str | Path,
        answer: str = "unknown",
        refresh: bool = False,
    ) -> Routine:
        """Put the routine in the scheduler (replacing one there) and record it."""
        schedule.check()
        place = Path(folder).expanduser()
        if not str(folder).strip() or not place.is_dir():
            raise RoutineError("Velg mappen der rapportene fra SvarUt lagres. Mappen må finnes.")
        if answer not in ("1a", "1b", "unknown"):
            raise RoutineError("Velg kommunens innstilling i SvarUt (1a, 1b eller ukjent).")
        routine = Routine(
            workspace_id,
            schedule,
            str(place.absolute()),
            answer,
            refresh,
            self._program(),
            os.environ.get("POSTVAKT_HOME", ""),
            datetime.now(UTC).isoformat(timespec="seconds"),
        )
        scheduler = self._require_scheduler()
        try:
            scheduler.install(routine)
        except OSError as exc:
            raise RoutineError(f"Kunne ikke legge inn kontrollen: {exc.strerror or exc}.") from None
        with self.recorder.change():
            self.db.set_meta(ROUTINE_KEY + str(workspace_id), json.dumps(routine.as_json()))
            self.recorder.write(
                workspace_id,
                "routine.scheduled",
                {"når": schedule.text_nb, "planlegger": scheduler.label, "mappe": routine.folder},
            )
        return routine

    def repair(self, workspace_id: int) -> Routine:
        """Install the routine again with the program as it is now."""
        routine = self.get(workspace_id)
        if routine is None:
            raise RoutineError("Denne arbeidsflaten har ingen fast kontroll å reparere.")
        return self.save(
            workspace_id, routine.schedule, routine.folder, routine.answer, routine.refresh
        )

    def remove(self, workspace_id: int) -> None:
        routine = self.get(workspace_id)
        scheduler = self.scheduler
        if scheduler is not None:
            scheduler.remove(job_name(workspace_id))
        with self.recorder.change():
            with self.db.transaction() as conn:
                conn.execute("DELETE FROM meta WHERE key = ?", (ROUTINE_KEY + str(workspace_id),))
            self.recorder.write(
                workspace_id,
                "routine.removed",
                {"når": routine.schedule.text_nb if routine else ""},
            )

    # -- running (called by the scheduler, through postvakt-cli) ------------------------------
    def due(self, routine: Routine, now: datetime | None = None) -> bool:
        """False for an every-other-week routine whose last run is less than
        :data:`FORTNIGHT_MIN_DAYS` days ago (the weekly timer's off week). A last run dated
        in the future (a clock that was wrong) never holds the routine back."""
        if routine.schedule.frequency is not Frequency.FORTNIGHTLY:
            return True
        last = self.db.get_meta(LAST_RUN_KEY + str(routine.workspace_id))
        if not last:
            return True
        try:
            then = datetime.fromisoformat(last)
        except ValueError:
            return True
        now = now or datetime.now(UTC)
        if then.tzinfo is None:
            then = then.replace(tzinfo=UTC)
        if then > now:
            # The last run is dated after now: the clock was ahead then, or is behind now.
            # Running once too often beats skipping every check until the clock catches up.
            return True
        return now - then >= timedelta(days=FORTNIGHT_MIN_DAYS)

    def report_to_check(self, routine: Routine) -> Path:
        """The newest report in the folder; records «routine.failed» and raises when none."""
        report = newest_report(Path(routine.folder))
        if report is None:
            reason = (
                f"Fant ingen rapport (CSV eller Excel) i {routine.folder}. Lagre "
                "rapporten fra SvarUt der før neste kontroll."
            )
            self.failed(routine.workspace_id, reason)
            raise RoutineError(reason)
        return report

    def failed(self, workspace_id: int, reason: str, now: datetime | None = None) -> None:
        when = (now or datetime.now(UTC)).isoformat()
        with self.recorder.change():
            self.db.set_meta(
                LAST_RESULT_KEY + str(workspace_id), json.dumps({"at": when, "reason": reason})
            )
            self.recorder.write(workspace_id, "routine.failed", {"grunn": reason})

    def warn(self, workspace_id: int, note: str) -> None:
        self.recorder.write(workspace_id, "routine.warning", {"merknad": note})

    def ran(
        self,
        workspace_id: int,
        report: Path,
        at_risk: int,
        now: datetime | None = None,
        finding: Finding | None = None,
    ) -> None:
        """The run is saved; ``finding`` (letters at risk, a review past its date) waits for
        the user, on Oversikt and in the tray, until they open it or put it aside."""
        when = (now or datetime.now(UTC)).isoformat()
        with self.recorder.change():
            self.db.set_meta(LAST_RUN_KEY + str(workspace_id), when)
            self.db.set_meta(
                LAST_RESULT_KEY + str(workspace_id), json.dumps({"at": when, "at_risk": at_risk})
            )
            if finding is not None:
                self.db.set_meta(NOTICE_KEY + str(workspace_id), json.dumps(finding.as_json()))
            self.recorder.write(
                workspace_id, "routine.ran", {"fil": report.name, "i_faresonen": at_risk}
            )


def read_pending_notices(database: Path) -> list[Finding]:
    """For ``postvakt --varsle``: the findings waiting in the store at ``database``, read
    without creating a store where there is none."""
    if not database.exists():
        return []
    with Database.open(database) as db:
        return RoutineService(db).pending_notices()
