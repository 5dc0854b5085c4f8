"""Postvakt's log: a rotating UTF-8 file plus warnings on stderr, with secrets blanked out.

Every handler carries a :class:`RedactingFilter` that replaces with ``[skjult]``:

* every secret value Postvakt has stored or read (see
  :func:`desktop_app.storage.secrets.register_for_redaction`);
* ``Authorization: Bearer …`` / ``Basic …`` header values;
* values of ``IntegrasjonPassord``, ``password``, ``passord``, ``refresh_token``,
  ``access_token``, ``client_assertion``, ``code_verifier`` (and a few more) in
  ``key=value``, ``key: value`` and JSON ``"key": "value"`` form;
* anything shaped like a JWT, and PEM blocks;
* 11-digit numbers (fødselsnumre are personal data).

The filter works on the finished text, so it also covers formatted arguments, exception
tracebacks and stack traces.

httpx and httpcore log every request's full URL at INFO (and headers at DEBUG); a URL may hold
an organisation number, a forsendelse-ID or a query with personal data. Their loggers are kept
at WARNING (:data:`QUIET_LOGGERS`), whatever level Postvakt itself logs at. The GUI and the
command line both call :func:`setup_logging`.
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
import re
import sys
import threading
from pathlib import Path
from types import TracebackType

from desktop_app.domain.identifiers import PERSON_NUMBER
from desktop_app.redaction import redaction_values
from desktop_app.storage.paths import app_paths

REDACTED = "[skjult]"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
QUIET_LOGGERS = ("httpx", "httpcore")
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s"

_FIELD_NAMES = (
    r"integrasjonpassord|password|passwd|passord|passfrase|passphrase|refresh_token|"
    r"access_token|id_token|client_assertion|client_secret|code_verifier"
)
# an identifier ending in one of the keys: "password", "new_password", "IntegrasjonPassord"
_KEY = rf"(?<![\w-])[\w-]*?(?:{_FIELD_NAMES})(?![\w-])"

_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    # PEM blocks, also when the END line is cut off
    (re.compile(r"-----BEGIN ([A-Z0-9 ]+)-----.*?(?:-----END \1-----|\Z)", re.DOTALL), REDACTED),
    # Authorization header in any quoting: keep the scheme, hide the credentials
    (
        re.compile(r"(?i)(authorization[\"']?\s*[:=]\s*[\"']?)(bearer|basic)\s+[^\s\"',;]+"),
        rf"\1\2 {REDACTED}",
    ),
    (re.compile(r"(?<![\w-])(Bearer)\s+[A-Za-z0-9._~+/=-]{8,}"), rf"\1 {REDACTED}"),
    # "key": "value" and 'key': 'value' (JSON, dict reprs), also key="value"
    (
        re.compile(rf"(?i)([\"']?{_KEY}[\"']?\s*[:=]\s*)([\"'])(?:\\.|(?!\2).)*\2"),
        rf"\1\2{REDACTED}\2",
    ),
    # key=value and key: value without quotes
    (
        re.compile(rf"(?i)([\"']?{_KEY}[\"']?\s*[:=]\s*)(?![\"']|\[skjult\])[^\s&\"']+"),
        rf"\1{REDACTED}",
    ),
    # JWT / JWS / JWE: a JSON header in base64url ("eyJ"), or three long base64url parts
    (re.compile(r"(?<![\w-])eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]*){1,3}"), REDACTED),
    (re.compile(r"(?<![\w.-])[A-Za-z0-9_-]{16,}(?:\.[A-Za-z0-9_-]{16,}){2,4}(?![\w-])"), REDACTED),
    # fødselsnummer / D-nummer: 11 digits, also written "DDMMÅÅ NNNNN" (personal data)
    (PERSON_NUMBER, "[fødselsnummer]"),
)

_cache_lock = threading.Lock()
_cache: tuple[int, re.Pattern[str] | None] = (-1, None)


def _registered_pattern() -> re.Pattern[str] | None:
    """One regex for every registered secret, longest first; rebuilt when they change."""
    global _cache
    version, values = redaction_values()
    with _cache_lock:
        if _cache[0] != version:
            ordered = sorted(values, key=len, reverse=True)
            pattern = re.compile("|".join(map(re.escape, ordered))) if ordered else None
            _cache = (version, pattern)
        return _cache[1]


def redact(text: str) -> str:
    """``text`` with every secret, token, password value and key replaced by ``[skjult]``."""
    if not text:
        return text
    pem, pem_replacement = _PATTERNS[0]
    text = pem.sub(pem_replacement, text)  # whole blocks first, before lines of them go
    registered = _registered_pattern()
    if registered is not None:
        text = registered.sub(REDACTED, text)
    for pattern, replacement in _PATTERNS[1:]:
        text = pattern.sub(replacement, text)
    return text


class RedactingFilter(logging.Filter):
    """Rewrites each record so no handler can write a secret: message, traceback, stack."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # bad format arguments: keep what we can, redacted
            message = f"{record.msg!s} {record.args!r}"
        record.msg = redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


class _RedactingFormatter(logging.Formatter):
    """Second line of defence: redact the finished line too (filters can be removed)."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Log files readable by their owner only (0600): they name people and workspaces."""

    def _open(self):  # type: ignore[override]
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with contextlib.suppress(OSError):
            os.chmod(self.baseFilename, 0o600)  # a file left by an older version
        return open(fd, self.mode, encoding=self.encoding, errors=self.errors)


def _is_ours(handler: logging.Handler) -> bool:
    return bool(getattr(handler, "_postvakt", False))


def setup_logging(log_dir: Path | None = None, level: int = logging.INFO) -> Path:
    """Log to a rotating file (1 MB × 5, UTF-8) and warnings to stderr; returns the file.

    Calling it again replaces Postvakt's handlers instead of adding more.
    """
    log_file = (Path(log_dir) / app_paths().log_file.name) if log_dir else app_paths().log_file
    if not log_file.parent.exists():
        log_file.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(OSError):
            os.chmod(log_file.parent, 0o700)
    root = logging.getLogger()
    for handler in [h for h in root.handlers if _is_ours(h)]:
        root.removeHandler(handler)
        handler.close()

    formatter = _RedactingFormatter(FORMAT)
    file_handler = _PrivateRotatingFileHandler(
        log_file, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
    )
    file_handler.setLevel(level)
    stderr_handler = logging.StreamHandler(sys.stderr)
    stderr_handler.setLevel(logging.WARNING)
    for handler in (file_handler, stderr_handler):
        handler.setFormatter(formatter)
        handler.addFilter(RedactingFilter())
        handler._postvakt = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
    return log_file


def log_exception(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    """Log an unhandled exception at CRITICAL, traceback included (redacted by the filter)."""
    logging.getLogger("desktop_app").critical(
        "Uventet feil: %s", exc_type.__name__, exc_info=(exc_type, exc, tb)
    )
