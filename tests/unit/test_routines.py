"""Faste kontroller: the schedule as each operating system's scheduler gets it (checked as
text: this machine has no systemd user manager and no cron), read back, repaired when the
program moved, and the run the scheduler starts lands in the history."""

from __future__ import annotations

import plistlib
import shutil
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.resources import demo_dir
from desktop_app.services.composition import Services
from desktop_app.services.routines import (
    CronScheduler,
    Frequency,
    LaunchdScheduler,
    Routine,
    RoutineError,
    RoutineService,
    Schedule,
    SchtasksScheduler,
    SystemdScheduler,
    cron_line,
    launchd_plist,
    schtasks_create,
    systemd_units,
)
from desktop_app.storage.database import Database
from desktop_app.storage.paths import app_paths

PROGRAM = ("/opt/Postvakt/postvakt-cli",)
WEEKLY = Schedule(Frequency.WEEKLY, weekday=0, hour=7, minute=30)
FORTNIGHTLY = Schedule(Frequency.FORTNIGHTLY, weekday=2, hour=8, minute=5)
MONTHLY = Schedule(Frequency.MONTHLY, day=3, hour=6, minute=0)


def _routine(schedule=WEEKLY, program=PROGRAM, home=""):
    return Routine(7, schedule, "/data/svarut", "1a", False, program, home)


class FakeRunner:
    """Records the commands; answers like the real tools would when they succeed."""

    def __init__(self):
        self.calls: list[list[str]] = []
        self.crontab = ""
        self.task_xml = ""

    def __call__(self, argv, stdin=None):
        argv = list(argv)
        self.calls.append(argv)
        out = ""
        if argv[:2] == ["crontab", "-"]:
            self.crontab = stdin or ""
        elif argv[:2] == ["crontab", "-l"]:
            out = self.crontab
        elif argv[:2] == ["schtasks", "/Query"]:
            if not self.task_xml:
                return subprocess.CompletedProcess(argv, 1, "", "FEIL: finnes ikke")
            out = self.task_xml
        return subprocess.CompletedProcess(argv, 0, out, "")


# --- the text each scheduler gets ---------------------------------------------------------------


def test_systemd_units_weekly_persistent_with_the_home():
    units = systemd_units(_routine(home="/srv/postvakt data"))
    timer = units["postvakt-kontroll-7.timer"]
    assert "OnCalendar=Mon *-*-* 07:30:00" in timer and "Persistent=true" in timer
    assert "WantedBy=timers.target" in timer
    service = units["postvakt-kontroll-7.service"]
    assert 'ExecStart="/opt/Postvakt/postvakt-cli" "rutine" "kjor" "--workspace" "7"' in service
    assert 'Environment="POSTVAKT_HOME=/srv/postvakt data"' in service
    monthly = systemd_units(_routine(MONTHLY))["postvakt-kontroll-7.timer"]
    assert "OnCalendar=*-*-03 06:00:00" in monthly


def test_cron_line_weekly_and_monthly():
    assert cron_line(_routine()) == (
        "30 7 * * 1 /opt/Postvakt/postvakt-cli rutine kjor --workspace 7 # postvakt-kontroll-7"
    )
    assert cron_line(_routine(MONTHLY)).startswith("0 6 3 * * ")
    sunday = Schedule(Frequency.WEEKLY, weekday=6, hour=7, minute=0)
    assert cron_line(_routine(sunday)).startswith("0 7 * * 0 ")


def test_schtasks_command_lines_exactly():
    program = (r"C:\Program Files\Postvakt\postvakt-cli.exe",)
    assert schtasks_create(_routine(FORTNIGHTLY, program)) == [
        "schtasks",
        "/Create",
        "/TN",
        r"Postvakt\postvakt-kontroll-7",
        "/TR",
        r'"C:\Program Files\Postvakt\postvakt-cli.exe" rutine kjor --workspace 7',
        "/SC",
        "WEEKLY",
        "/MO",
        "2",
        "/D",
        "WED",
        "/ST",
        "08:05",
        "/F",
    ]
    assert schtasks_create(_routine(MONTHLY, program))[6:] == [
        "/SC",
        "MONTHLY",
        "/D",
        "3",
        "/ST",
        "06:00",
        "/F",
    ]
    with pytest.raises(RoutineError, match="262"):
        schtasks_create(_routine(WEEKLY, ("C:\\" + "x" * 300,)))


def test_launchd_plist_sunday_is_zero_and_monday_one():
    data = plistlib.loads(launchd_plist(_routine(home="/Users/kari/pv")))
    assert data["Label"] == "no.postvakt.postvakt-kontroll-7"
    assert data["ProgramArguments"] == [
        "/opt/Postvakt/postvakt-cli",
        "rutine",
        "kjor",
        "--workspace",
        "7",
    ]
    assert data["StartCalendarInterval"] == {"Weekday": 1, "Hour": 7, "Minute": 30}
    assert data["EnvironmentVariables"] == {"POSTVAKT_HOME": "/Users/kari/pv"}
    sunday = Schedule(Frequency.WEEKLY, weekday=6, hour=7, minute=0)
    assert plistlib.loads(launchd_plist(_routine(sunday)))["StartCalendarInterval"]["Weekday"] == 0
    assert plistlib.loads(launchd_plist(_routine(MONTHLY)))["StartCalendarInterval"] == {
        "Day": 3,
        "Hour": 6,
        "Minute": 0,
    }


# --- install, read back, remove ------------------------------------------------------------


def test_systemd_install_reads_back_and_removes(tmp_path):
    runner = FakeRunner()
    scheduler = SystemdScheduler(tmp_path / "units", runner)
    scheduler.install(_routine())
    assert ["systemctl", "--user", "enable", "--now", "postvakt-kontroll-7.timer"] in runner.calls
    assert scheduler.installed("postvakt-kontroll-7").argv == (
        "/opt/Postvakt/postvakt-cli",
        "rutine",
        "kjor",
        "--workspace",
        "7",
    )
    scheduler.remove("postvakt-kontroll-7")
    assert ["systemctl", "--user", "disable", "--now", "postvakt-kontroll-7.timer"] in runner.calls
    assert scheduler.installed("postvakt-kontroll-7") is None
    assert list((tmp_path / "units").iterdir()) == []


def test_cron_install_keeps_other_lines():
    runner = FakeRunner()
    runner.crontab = "0 1 * * * /usr/bin/backup\n"
    scheduler = CronScheduler(runner)
    scheduler.install(_routine(program=("/opt/Post vakt/cli",)))
    scheduler.install(_routine(program=("/opt/Post vakt/cli",)))  # replaced, not doubled
    assert runner.crontab.count("postvakt-kontroll-7") == 1
    assert "/usr/bin/backup" in runner.crontab
    assert scheduler.installed("postvakt-kontroll-7").argv[0] == "/opt/Post vakt/cli"
    scheduler.remove("postvakt-kontroll-7")
    assert runner.crontab == "0 1 * * * /usr/bin/backup\n"


def test_cron_never_replaces_a_crontab_it_could_not_read():
    runner = FakeRunner()
    runner.crontab = "0 1 * * * /usr/bin/backup\n"

    def unreadable(argv, stdin=None):
        if list(argv)[:2] == ["crontab", "-l"]:
            return subprocess.CompletedProcess(argv, 1, "", "crontab: Permission denied")
        return runner(argv, stdin)

    with pytest.raises(RoutineError, match="Permission denied"):
        CronScheduler(unreadable).install(_routine())
    assert runner.crontab == "0 1 * * * /usr/bin/backup\n"  # the user's line is still there

    def empty(argv, stdin=None):  # the answer for a user with no crontab yet
        if list(argv)[:2] == ["crontab", "-l"]:
            return subprocess.CompletedProcess(argv, 1, "", "no crontab for kari")
        return runner(argv, stdin)

    CronScheduler(empty).install(_routine())
    assert runner.crontab.splitlines()[0].endswith("# postvakt-kontroll-7")


def test_schtasks_reads_the_program_back_from_the_task_xml():
    runner = FakeRunner()
    scheduler = SchtasksScheduler(runner)
    assert scheduler.installed("postvakt-kontroll-7") is None
    runner.task_xml = (
        '<?xml version="1.0" encoding="UTF-16"?>\n<Task xmlns="http://schemas.microsoft.com/'
        'windows/2004/02/mit/task"><Actions Context="Author"><Exec>'
        '<Command>"C:\\Program Files\\Postvakt\\postvakt-cli.exe"</Command>'
        "<Arguments>rutine kjor --workspace 7</Arguments></Exec></Actions></Task>"
    )
    assert scheduler.installed("postvakt-kontroll-7").argv == (
        "C:\\Program Files\\Postvakt\\postvakt-cli.exe",
        "rutine",
        "kjor",
        "--workspace",
        "7",
    )
    scheduler.remove("postvakt-kontroll-7")
    assert runner.calls[-1] == ["schtasks", "/Delete", "/TN", r"Postvakt\postvakt-kontroll-7", "/F"]


def test_launchd_install_bootstraps_and_bootout(tmp_path):
    runner = FakeRunner()
    scheduler = LaunchdScheduler(tmp_path / "LaunchAgents", runner, uid=501)
    scheduler.install(_routine())
    plist = tmp_path / "LaunchAgents" / "no.postvakt.postvakt-kontroll-7.plist"
    assert runner.calls[-1] == ["launchctl", "bootstrap", "gui/501", str(plist)]
    assert scheduler.installed("postvakt-kontroll-7").argv[0] == PROGRAM[0]
    scheduler.remove("postvakt-kontroll-7")
    assert runner.calls[-1] == ["launchctl", "bootout", "gui/501/no.postvakt.postvakt-kontroll-7"]
    assert not plist.exists()


# --- the service: save, show, repair, remove -------------------------------------------------


@pytest.fixture
def services(tmp_path):
    db = Database.open(tmp_path / "kommune.sqlite3")
    yield Services(db, actor=lambda: "Kari")
    db.close()


def test_a_moved_program_is_found_and_repaired(services, tmp_path):
    ws = services.workspaces.create_workspace("Testvik kommune", "987654325")
    folder = tmp_path / "rapporter"
    folder.mkdir()
    old_program = tmp_path / "gammel" / "postvakt-cli"
    old_program.parent.mkdir()
    old_program.write_text("")
    program = [(str(old_program),)]
    scheduler = SystemdScheduler(tmp_path / "units", FakeRunner())
    routines = RoutineService(services.db, services.audit, scheduler, lambda: program[0])
    routines.save(ws.id, FORTNIGHTLY, folder, "1a")
    assert routines.status(ws.id).problem == ""
    assert routines.text(ws.id) == "Annenhver onsdag kl. 08:05"
    old_program.unlink()  # Postvakt moved
    new_program = tmp_path / "ny" / "postvakt-cli"
    new_program.parent.mkdir()
    new_program.write_text("")
    program[0] = (str(new_program),)
    assert "finnes ikke lenger" in routines.status(ws.id).problem
    assert routines.text(ws.id) == "Annenhver onsdag kl. 08:05 (må repareres)"
    routines.repair(ws.id)
    status = routines.status(ws.id)
    assert status.problem == "" and status.installed.argv[0] == str(new_program)
    routines.remove(ws.id)
    assert routines.status(ws.id) is None and scheduler.installed(status.routine.name) is None
    actions = [e.action for e in services.audit.entries()]
    assert actions.count("routine.scheduled") == 2 and "routine.removed" in actions


def test_bad_input_is_refused_with_a_message(services, tmp_path):
    ws = services.workspaces.create_workspace("Testvik kommune", "987654325")
    routines = RoutineService(
        services.db,
        services.audit,
        SystemdScheduler(tmp_path / "units", FakeRunner()),
        lambda: PROGRAM,
    )
    with pytest.raises(RoutineError, match="mappen"):
        routines.save(ws.id, WEEKLY, tmp_path / "finnes-ikke")
    with pytest.raises(RoutineError, match="1 til 28"):
        routines.save(ws.id, Schedule(Frequency.MONTHLY, day=31), tmp_path)
    none_here = RoutineService(services.db, services.audit, None, lambda: PROGRAM)
    with pytest.raises(RoutineError, match="Fant ingen planlegger"):
        none_here.save(ws.id, WEEKLY, tmp_path)


def test_fortnightly_skips_the_off_week(services, tmp_path):
    routines = RoutineService(services.db, services.audit, None, lambda: PROGRAM)
    routine = Routine(1, FORTNIGHTLY, str(tmp_path))
    assert routines.due(routine)
    now = datetime(2026, 12, 2, 8, 5, tzinfo=UTC)
    services.db.set_meta("routine_last_run.1", (now - timedelta(days=7)).isoformat())
    assert not routines.due(routine, now)
    assert routines.due(Routine(1, WEEKLY, str(tmp_path)), now)
    assert routines.due(routine, now + timedelta(days=7))


# --- the run the scheduler starts --------------------------------------------------------------


def _scheduled(tmp_path, folder):
    db = Database.open(app_paths().database)
    services = Services(db)
    ws = services.workspaces.create_workspace("Testvik kommune", "987654325")
    routines = RoutineService(
        db,
        services.audit,
        SystemdScheduler(tmp_path / "units", FakeRunner()),
        lambda: (sys.executable, "-m", "desktop_app.cli"),
    )
    routines.save(ws.id, WEEKLY, folder, "1a")
    db.close()
    return ws


def test_scheduled_run_checks_the_newest_report_and_lands_in_the_history(tmp_path, capsys):
    folder = tmp_path / "rapporter"
    folder.mkdir()
    (folder / "gammel.csv").write_text("ikke en rapport", encoding="utf-8")
    newest = folder / "svarut-eksport.csv"
    shutil.copy(demo_dir() / "svarut-eksport-demo.csv", newest)
    ws = _scheduled(tmp_path, folder)
    assert main(["rutine", "kjor", "--workspace", str(ws.id)]) == 3
    assert "svarut-eksport.csv er kontrollert og lagret" in capsys.readouterr().out
    with Database.open(app_paths().database) as db:
        services = Services(db)
        runs = services.unopened.history(ws.id)
        assert len(runs) == 1 and runs[0].source_name == newest.name
        assert [e.action for e in services.audit.entries()][-1] == "routine.ran"
        row = services.region.local_row(ws.id)
        assert row.last_check_at_risk == runs[0].at_risk_count and row.routine


def test_a_run_with_letters_at_risk_leaves_a_notice_and_starts_the_notifier(
    tmp_path, capsys, notifier_starts
):
    folder = tmp_path / "rapporter"
    folder.mkdir()
    shutil.copy(demo_dir() / "svarut-eksport-demo.csv", folder / "svarut-eksport.csv")
    ws = _scheduled(tmp_path, folder)
    assert main(["rutine", "kjor", "--workspace", str(ws.id)]) == 3
    out = capsys.readouterr().out
    assert "Varsel: Testvik kommune: " in out and "kan være i faresonen" in out
    assert "Varselet er startet (test)." in out
    assert notifier_starts == [True]
    with Database.open(app_paths().database) as db:
        routines = Services(db).routines
        [notice] = routines.pending_notices()
        assert notice.workspace_id == ws.id and notice.at_risk > 0 and notice.page == "uapnet"
        overview = routines.overview(ws.id)
        assert overview.at_risk == notice.at_risk and overview.timing.last_run is not None
        assert not overview.timing.overdue and overview.failure == ""
        routines.dismiss_notice(notice)
        assert routines.pending_notices() == []


def test_a_run_with_nothing_to_tell_starts_no_notifier(tmp_path, capsys, notifier_starts):
    folder = tmp_path / "rapporter"
    folder.mkdir()
    lines = (demo_dir() / "svarut-eksport-demo.csv").read_text(encoding="utf-8").splitlines()
    read = [line for line in lines[1:] if ";LEST;" in line]  # every letter opened
    (folder / "rapport.csv").write_text("\n".join([lines[0], *read]) + "\n", encoding="utf-8")
    ws = _scheduled(tmp_path, folder)
    assert main(["rutine", "kjor", "--workspace", str(ws.id)]) == 0
    assert "Varsel" not in capsys.readouterr().out
    assert notifier_starts == []


def test_oversikt_says_when_the_last_attempt_failed_and_when_a_run_is_late(tmp_path):
    folder = tmp_path / "tom"
    folder.mkdir()
    ws = _scheduled(tmp_path, folder)
    assert main(["rutine", "kjor", "--workspace", str(ws.id)]) == 1
    with Database.open(app_paths().database) as db:
        routines = Services(db).routines
        routines._scheduler = SystemdScheduler(tmp_path / "units", FakeRunner())
        now = datetime.now(UTC)
        overview = routines.overview(ws.id, now)
        assert "Fant ingen rapport" in overview.failure and overview.failed_at is not None
        assert overview.at_risk is None and overview.timing.last_run is None
        assert not overview.timing.overdue  # the first Monday has not come yet
        assert routines.overview(ws.id, now + timedelta(days=8)).timing.overdue


def test_scheduled_run_without_a_report_is_logged_as_failed(tmp_path, capsys):
    folder = tmp_path / "tom"
    folder.mkdir()
    ws = _scheduled(tmp_path, folder)
    assert main(["rutine", "kjor", "--workspace", str(ws.id)]) == 1
    assert "Fant ingen rapport" in capsys.readouterr().err
    with Database.open(app_paths().database) as db:
        entries = Services(db).audit.entries()
        assert entries[-1].action == "routine.failed"
    assert main(["rutine", "kjor", "--workspace", "99"]) == 2


def test_the_command_the_scheduler_starts_exists():
    argv = Routine(1, WEEKLY, "/x", program=(sys.executable, "-m", "desktop_app.cli")).argv()
    result = subprocess.run(
        [*argv[:3], "rutine", "kjor", "--help"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0 and "--workspace" in result.stdout
    assert Path(argv[0]).exists()


def test_a_frequency_given_as_text_is_understood_or_refused():
    assert Schedule("annenhver_uke").frequency is Frequency.FORTNIGHTLY
    with pytest.raises(RoutineError, match="hvor ofte"):
        Schedule("hver-dag")
