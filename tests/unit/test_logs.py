"""The log file never shows a password, token or key, rotates, and is set up only once."""

from __future__ import annotations

import logging
import logging.handlers

import pytest

from desktop_app import logs
from desktop_app.logs import REDACTED, log_exception, redact, setup_logging
from desktop_app.storage.paths import app_paths
from desktop_app.storage.secrets import register_for_redaction

JWT = (
    "eyJhbGciOiJSUzI1NiIsImtpZCI6InRlc3QifQ"
    ".eyJzdWIiOiIxMjM0NTY3ODkwIiwic2NvcGUiOiJrczpmaWtzIn0"
    ".c2lnbmF0dXJlLWJ5dGVzLWhlcmUtYW5kLW1vcmU"
)
PEM = (
    "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n"
    "BKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj\n-----END PRIVATE KEY-----"
)


@pytest.fixture(autouse=True)
def clean_root_logger():
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    yield
    for handler in list(root.handlers):
        if handler not in before:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def read_all(log_dir) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return "".join(p.read_text(encoding="utf-8") for p in sorted(log_dir.glob("postvakt.log*")))


@pytest.mark.parametrize(
    ("text", "hidden"),
    [
        ("Authorization: Bearer abc.def-ghi_123456", "abc.def-ghi_123456"),
        ("headers={'Authorization': 'Basic dXNlcjpwYXNz'}", "dXNlcjpwYXNz"),
        ('{"Authorization": "Bearer tok3n-value-xyz"}', "tok3n-value-xyz"),
        ("IntegrasjonPassord: s3cr3t-fiks", "s3cr3t-fiks"),
        ("{'IntegrasjonPassord': 'en passord med mellomrom'}", "en passord med mellomrom"),
        ("grant_type=refresh_token&refresh_token=rt-98765&client_id=abc", "rt-98765"),
        ("password=hunter22", "hunter22"),
        ("passord: Sommer2026!", "Sommer2026!"),
        ('{"access_token": "at-value-1", "expires_in": 120}', "at-value-1"),
        ('{"refresh_token":"rt-value-2"}', "rt-value-2"),
        ("client_assertion=assert-value-3&grant_type=x", "assert-value-3"),
        ("code_verifier=verifier-value-4", "verifier-value-4"),
        ("svar fra tjenesten: " + JWT, JWT),
        ("nøkkel:\n" + PEM + "\nslutt", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC"),
    ],
)
def test_each_pattern_is_hidden(text, hidden):
    out = redact(text)
    assert hidden not in out
    assert REDACTED in out


def test_ordinary_text_is_left_alone():
    text = (
        "Hentet 12 forsendelser fra desktop_app.integrations.svarut på 1.2.3 sekunder; "
        "feil passord, prøv igjen"
    )
    assert redact(text) == text
    assert redact("Authorization: Bearer abc") != "Authorization: Bearer abc"
    assert redact('{"expires_in": 120, "token_type": "Bearer"}') == (
        '{"expires_in": 120, "token_type": "Bearer"}'
    )


def test_registered_secret_never_reaches_the_file(tmp_path):
    secret = "Xq7-registrert-hemmelighet"
    register_for_redaction(secret)
    log_file = setup_logging(tmp_path)
    log = logging.getLogger("desktop_app.test")
    log.info("verdien er %s", secret)
    log.warning(f"som f-streng: {secret}")
    log.info("som dict: %r", {"x": secret})
    try:
        raise ValueError(f"tjenesten avviste {secret}")
    except ValueError:
        log.exception("feilet")
    try:
        raise RuntimeError("ytre") from KeyError(secret)
    except RuntimeError as exc:
        log_exception(type(exc), exc, exc.__traceback__)
    text = read_all(log_file.parent)
    assert secret not in text
    assert text.count(REDACTED) >= 5
    assert "Traceback" in text and "ValueError" in text
    assert "CRITICAL" in text and "Uventet feil: RuntimeError" in text


def test_bad_format_arguments_are_still_redacted():
    secret = "Zz9-argument-hemmelighet"
    register_for_redaction(secret)
    record = logging.LogRecord(
        "desktop_app.test", logging.WARNING, __file__, 1, "%s %s", (secret,), None
    )
    assert logs.RedactingFilter().filter(record)
    assert secret not in record.getMessage()


def test_file_rotates(tmp_path, monkeypatch):
    monkeypatch.setattr(logs, "MAX_BYTES", 2000)
    log_file = setup_logging(tmp_path)
    log = logging.getLogger("desktop_app.test")
    for i in range(200):
        log.info("linje %03d æøå", i)
    files = sorted(tmp_path.glob("postvakt.log*"))
    assert log_file in files
    assert len(files) == 1 + logs.BACKUP_COUNT
    assert all(f.stat().st_size <= 2100 for f in files)  # the limit counts characters
    assert "linje 199 æøå" in log_file.read_text(encoding="utf-8")


def test_setup_twice_adds_no_duplicate_handlers(tmp_path):
    root = logging.getLogger()
    before = len(root.handlers)
    setup_logging(tmp_path)
    after_first = len(root.handlers)
    log_file = setup_logging(tmp_path)
    assert len(root.handlers) == after_first == before + 2
    logging.getLogger("desktop_app.test").warning("bare én gang")
    assert read_all(log_file.parent).count("bare én gang") == 1


def test_default_location_and_stderr_gets_warnings_only(capsys):
    from desktop_app.storage.paths import app_paths

    log_file = setup_logging()
    assert log_file == app_paths().log_file
    log = logging.getLogger("desktop_app.test")
    log.info("bare i filen")
    log.warning("også på skjermen password=skjermpassord")
    err = capsys.readouterr().err
    assert "bare i filen" not in err
    assert "også på skjermen" in err and "skjermpassord" not in err
    assert "bare i filen" in read_all(log_file.parent)


def test_registered_private_key_is_hidden_whole(tmp_path):
    register_for_redaction(PEM)
    log_file = setup_logging(tmp_path)
    logging.getLogger("desktop_app.test").error("lest fra fil: %r", PEM)
    logging.getLogger("desktop_app.test").error("bare én linje: %s", PEM.splitlines()[1])
    text = read_all(log_file.parent)
    for line in PEM.splitlines()[1:-1]:
        assert line not in text


@pytest.fixture
def restore_logging():
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    quiet = {name: logging.getLogger(name).level for name in ("httpx", "httpcore")}
    yield
    for handler in [h for h in root.handlers if h not in handlers]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)
    for name, lvl in quiet.items():
        logging.getLogger(name).setLevel(lvl)


def test_request_urls_from_httpx_stay_out_of_the_log(tmp_path, restore_logging):
    import httpx

    for name in ("httpx", "httpcore"):
        logging.getLogger(name).setLevel(logging.NOTSET)
    log_file = setup_logging(tmp_path, level=logging.DEBUG)
    url = "https://data.brreg.no/enhetsregisteret/api/enheter?organisasjonsnummer=987654321"
    with httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(200))) as client:
        client.get(url)
    logging.getLogger("desktop_app.test").info("ferdig")
    text = read_all(log_file.parent)
    assert "ferdig" in text
    assert "987654321" not in text and "HTTP Request" not in text


def test_the_command_line_redacts_its_log_like_the_gui(capsys, restore_logging):
    from desktop_app.cli import main

    secret = "Cli-Hemmelig-0815-abcdef"
    register_for_redaction(secret)
    assert main(["workspaces", "list"]) == 0
    logging.getLogger("desktop_app.test").warning("passordet var %s", secret)
    err = capsys.readouterr().err
    assert "passordet var" in err and secret not in err
    assert "Cli-Hemmelig" not in read_all(app_paths().log_dir)
