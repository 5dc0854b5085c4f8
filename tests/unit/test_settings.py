"""Settings: declared defaults, validation, a damaged file never stops the program."""

from __future__ import annotations

import json

import pytest

from desktop_app.domain.environments import Environment
from desktop_app.settings import Settings


def test_defaults_when_nothing_is_saved(tmp_path):
    settings = Settings.load(tmp_path / "innstillinger.json")
    assert settings.language == "nb"
    assert settings.environment == Environment.OVING
    assert settings.get("last_workspace_id") is None


def test_saved_values_come_back(tmp_path):
    path = tmp_path / "sub" / "innstillinger.json"
    settings = Settings.load(path)
    settings.set("language", "en")
    settings.set("environment", Environment.PRODUKSJON.value)
    settings.set("last_workspace_id", 7)
    settings.save()
    again = Settings.load(path)
    assert again.language == "en"
    assert again.environment.is_production
    assert again.get("last_workspace_id") == 7
    # No temporary files are left beside it.
    assert [p.name for p in path.parent.iterdir()] == ["innstillinger.json"]


def test_nynorsk_is_a_language_that_comes_back(tmp_path):
    path = tmp_path / "innstillinger.json"
    settings = Settings.load(path)
    settings.set("language", "nn")
    settings.save()
    assert Settings.load(path).language == "nn"


def test_invalid_values_are_refused(tmp_path):
    settings = Settings.load(tmp_path / "x.json")
    with pytest.raises(ValueError, match="Språk"):
        settings.set("language", "tysk")
    with pytest.raises(KeyError):
        settings.set("no_such_option", 1)


def test_damaged_or_foreign_file_falls_back_to_defaults(tmp_path):
    path = tmp_path / "innstillinger.json"
    path.write_text("{ this is not json", encoding="utf-8")
    assert Settings.load(path).language == "nb"
    path.write_text(
        json.dumps(
            {
                "version": 1,
                "values": {"language": "klingon", "environment": "produksjon", "unknown": 1},
            }
        ),
        encoding="utf-8",
    )
    settings = Settings.load(path)
    assert settings.language == "nb"  # invalid value ignored
    assert settings.environment == Environment.PRODUKSJON  # valid value kept


def test_no_secret_can_become_a_setting():
    from desktop_app.settings import OPTIONS

    for key in OPTIONS:
        assert not any(word in key for word in ("passord", "password", "secret", "token", "key"))
