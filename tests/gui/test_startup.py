"""The program as a new user starts it: a fresh profile, no network, no keyring entry."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage


def run_postvakt(args, home, timeout=120):
    env = dict(os.environ, POSTVAKT_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def test_first_start_renders_every_page_of_the_demo_workspace(tmp_path):
    home = tmp_path / "home"
    shots = tmp_path / "shots"
    result = run_postvakt(["--render-views", str(shots)], home)
    assert result.returncode == 0, result.stderr
    pictures = sorted(p.name for p in shots.glob("*.png"))
    assert {"01-oversikt.png", "10-region.png", "11-innstillinger.png"} <= set(pictures)
    assert any(name.startswith("12-ny-arbeidsflate") for name in pictures)
    image = QImage(str(shots / "01-oversikt.png"))
    assert image.width() > 800 and image.height() > 500
    # The demo workspace was created and is there for the command line too.
    listed = subprocess.run(
        [sys.executable, "-m", "desktop_app.cli", "workspaces", "list", "--json"],
        env=dict(os.environ, POSTVAKT_HOME=str(home)),
        capture_output=True,
        text=True,
        check=True,
    )
    workspaces = json.loads(listed.stdout)
    assert [w["is_demo"] for w in workspaces] == [True]
    # A log file was written in the profile's log folder.
    assert (home / "logs" / "postvakt.log").exists()


def test_the_pages_render_at_a_chosen_window_size(tmp_path):
    shots = tmp_path / "shots"
    result = run_postvakt(["--render-views", str(shots), "--window-size", "1024x640"], tmp_path)
    assert result.returncode == 0, result.stderr
    image = QImage(str(shots / "04-taushetsbelagt.png"))
    assert (image.width(), image.height()) == (1024, 640)
    wrong = run_postvakt(["--render-views", str(shots), "--window-size", "stor"], tmp_path)
    assert wrong.returncode == 2
    assert "1024x640" in wrong.stderr  # says how to write it


@pytest.mark.skipif(sys.platform != "linux", reason="DISPLAY only decides this on Linux")
def test_without_a_display_it_says_what_to_do(tmp_path):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env["POSTVAKT_HOME"] = str(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "skjerm" in result.stderr and "postvakt-cli" in result.stderr


@pytest.mark.skipif(sys.platform != "linux", reason="DISPLAY only decides this on Linux")
def test_without_a_display_the_suggested_commands_work_as_typed(tmp_path):
    """The scripts are not on PATH in a checkout (.venv/bin): the hint must say where."""
    import re
    import shlex

    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env["POSTVAKT_HOME"] = str(tmp_path)
    env["PATH"] = "/usr/bin:/bin"  # as in a new terminal: the venv is not activated
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    cli = re.search(r"kommandolinjen: (.+ --help)$", result.stderr, re.MULTILINE)
    render = re.search(r"uten skjerm: (.+) --render-views MAPPE$", result.stderr, re.MULTILINE)
    assert cli and render, result.stderr
    typed = subprocess.run(
        shlex.split(cli[1]), env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert typed.returncode == 0 and typed.stdout.startswith("bruk: postvakt-cli")
    shots = tmp_path / "shots"
    rendered = subprocess.run(
        [*shlex.split(render[1]), "--render-views", str(shots)],
        env={**env, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert rendered.returncode == 0, rendered.stderr
    assert (shots / "01-oversikt.png").is_file()


def test_help_is_in_bokmal():
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0
    assert result.stdout.startswith("bruk: postvakt")
    assert "vis denne hjelpen og avslutt" in result.stdout
    assert "vis versjonen og avslutt" in result.stdout
    for english in ("usage:", "options:", "show this help", "show program's version"):
        assert english not in result.stdout
    wrong = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--ukjent"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert wrong.returncode == 2 and "ukjente argumenter" in wrong.stderr


# What the window shows at its first paint (banner, navigation, "Åpner arbeidsflaten …")
# needs none of these; importing them first only makes the user wait for the window.
NOT_BEFORE_FIRST_PAINT = (
    "stdnum",  # org.nr checks (brings pydoc and ssl)
    "ssl",
    "pydoc",
    "tomllib",  # guide files
    "importlib.resources",  # (the resource folder is found without it)
    "desktop_app.domain.identifiers",
    "desktop_app.domain.guides",
    "desktop_app.storage.database",
    "desktop_app.services.composition",
    "desktop_app.views.dashboard",
    "desktop_app.wizards.organizations",
    # The keyboard and screen-reader filter sees every event once installed: it is installed
    # right after the first paint (and its module imports a good part of QtWidgets).
    "desktop_app.views.accessibility",
    "desktop_app.views.dialogs",
    "desktop_app.views.plain_text",
)

MODULES_AT_FIRST_PAINT = r"""
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from desktop_app.views import first_paint

def report(window):
    def at_paint():
        print("modules " + json.dumps(sorted(sys.modules)), flush=True)
        # PySide makes Python enums of all of the Qt namespace the first time it is used
        qt_namespace = "Qt" in vars(sys.modules["PySide6.QtCore"])
        print("qt-namespace " + json.dumps(qt_namespace), flush=True)
        app = QApplication.instance()
        print("a11y " + json.dumps(bool(app.property("postvaktAccessibility"))), flush=True)

        def after():  # once what the window does right after its first paint has run
            print("a11y-after " + json.dumps(bool(app.property("postvaktAccessibility"))))
            sys.stdout.flush()
            app.quit()

        QTimer.singleShot(0, lambda: QTimer.singleShot(0, after))
        print("icon " + json.dumps(not QApplication.windowIcon().isNull()), flush=True)
        if sys.platform == "linux":
            with open("/proc/self/maps", encoding="utf-8") as maps:
                print("svg " + json.dumps("Qt6Svg" in maps.read()), flush=True)
    watcher = first_paint._FirstPaint(at_paint, at_paint=True)
    window.installEventFilter(watcher)
    window._modules_watcher = watcher

first_paint.report_first_paint = report
from desktop_app.app import main
raise SystemExit(main(["--quit-after-first-paint"]))
"""


def test_the_window_paints_before_the_store_the_pages_and_the_svg_engine_load(tmp_path):
    env = dict(os.environ, POSTVAKT_HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", MODULES_AT_FIRST_PAINT],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    line = next(x for x in result.stdout.splitlines() if x.startswith("modules "))
    loaded = set(json.loads(line.removeprefix("modules ")))
    assert "desktop_app.views.main_window" in loaded
    early = sorted(m for m in NOT_BEFORE_FIRST_PAINT if m in loaded)
    assert early == []
    out = result.stdout.splitlines()
    # No value of PySide's Qt namespace before the first paint (making its enums takes a
    # good part of a bare window's start-up time); the accessibility filter comes right after.
    assert "qt-namespace false" in out
    assert "a11y false" in out and "a11y-after true" in out
    # The window has its icon at once; the SVG engine (Qt Svg, a plugin) loads after the paint.
    assert "icon true" in result.stdout.splitlines()
    if sys.platform == "linux":
        assert "svg false" in result.stdout.splitlines()
