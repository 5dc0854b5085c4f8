"""The environment choice: what it is called, what it means, which one is real."""

from __future__ import annotations

import pytest

from desktop_app.domain.environments import Environment


def test_values_are_what_settings_store():
    assert [e.value for e in Environment] == ["produksjon", "test", "oving"]
    assert Environment("oving") is Environment.OVING
    with pytest.raises(ValueError):
        Environment("prod")


def test_only_production_is_real():
    assert Environment.PRODUKSJON.is_production
    assert not Environment.TEST.is_production
    assert not Environment.OVING.is_production
    assert Environment.OVING.is_sandbox
    assert not Environment.TEST.is_sandbox


def test_labels_and_explanations_are_bokmaal():
    assert Environment.PRODUKSJON.label == "Produksjon"
    assert Environment.TEST.label == "Test (TT02)"
    assert Environment.OVING.label == "Øving (lokal sandkasse)"
    for env in Environment:
        assert env.explanation and env.explanation.endswith(".")
    assert "ekte" in Environment.PRODUKSJON.explanation
    assert "TT02" in Environment.TEST.explanation
    assert "denne maskinen" in Environment.OVING.explanation
