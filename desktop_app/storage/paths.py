"""Where Postvakt keeps its files: the platform's user folders (platformdirs).

``POSTVAKT_HOME`` moves everything below one folder: tests use it so no test touches a
real profile, and an IT department can use it for a portable install.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "Postvakt"
APP_AUTHOR = "Postvakt"
HOME_ENV = "POSTVAKT_HOME"


class DataFolderError(OSError):
    """A folder Postvakt must write in cannot be made or written; ``message`` (bokmål)
    names the folder and says what to do. An ``OSError``, so old handlers still hold."""

    def __init__(self, folder: Path, cause: OSError) -> None:
        super().__init__(cause.errno, cause.strerror, str(folder))
        self.folder = folder
        self.message = _folder_message(folder, cause)

    def __str__(self) -> str:
        return self.message


def _folder_message(folder: Path, cause: OSError) -> str:
    if isinstance(cause, NotADirectoryError | FileExistsError):
        why = "en del av stien er en fil, ikke en mappe"
    elif isinstance(cause, PermissionError):
        why = "du har ikke lov til å skrive der"
    elif cause.errno == errno.EROFS:
        why = "disken er skrivebeskyttet"
    elif cause.errno == errno.ENOSPC:
        why = "disken er full"
    else:
        why = "mappen kan ikke lages eller skrives i"
    text = f"Postvakt får ikke lagret noe i mappen {folder} ({why}). "
    home = os.environ.get(HOME_ENV)
    if home:
        return text + (
            f"Mappen kommer fra {HOME_ENV}={home}. Sett {HOME_ENV} til en mappe "
            f"du kan skrive i, eller fjern {HOME_ENV} for å bruke standardmappen."
        )
    return text + (
        "Sjekk at du har skrivetilgang til mappen (og plass på disken), eller be "
        "IT-avdelingen om hjelp."
    )


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

    def ensure(self, *, writable: bool = False) -> AppPaths:
        """Make the folders; one made here is owner-only (0700). With ``writable``, also
        write (and remove) a scratch file in each. Raises :class:`DataFolderError`."""
        for folder in (self.data_dir, self.config_dir, self.log_dir):
            try:
                if not folder.exists():
                    folder.mkdir(parents=True, exist_ok=True)
                    with contextlib.suppress(OSError):
                        os.chmod(folder, 0o700)
                if writable:
                    with tempfile.TemporaryFile(dir=folder, prefix=".skrivetest-"):
                        pass
            except OSError as exc:
                raise DataFolderError(folder, exc) from None
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
