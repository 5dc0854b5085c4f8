"""Where Postvakt keeps its files: the platform's user folders (platformdirs).

``POSTVAKT_HOME`` moves everything below one folder: tests use it so no test touches a
real profile, and an IT department can use it for a portable install.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "Postvakt"
APP_AUTHOR = "Postvakt"
HOME_ENV = "POSTVAKT_HOME"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    config_dir: Path
    log_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / "postvakt.sqlite3"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "innstillinger.json"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "postvakt.log"

    @property
    def secrets_dir(self) -> Path:
        """Encrypted key files whose keys live in the OS keyring (never plaintext)."""
        return self.data_dir / "nokler"

    def ensure(self) -> AppPaths:
        """Make the folders; one made here is owner-only (0700)."""
        for folder in (self.data_dir, self.config_dir, self.log_dir):
            if not folder.exists():
                folder.mkdir(parents=True, exist_ok=True)
                with contextlib.suppress(OSError):
                    os.chmod(folder, 0o700)
        return self


def app_paths() -> AppPaths:
    """The folders in force now (read each call, so tests can move them)."""
    override = os.environ.get(HOME_ENV)
    if override:
        base = Path(override)
        return AppPaths(base / "data", base / "config", base / "logs")
    return AppPaths(
        Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)),
        Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)),
        Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)),
    )
