"""Nynorsk content files: every bokmål guide and help page has a nynorsk twin with the same
shape and metadata, and the loaders show the twin to a user who chose nynorsk."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from desktop_app import language, resources
from desktop_app.domain.guides import parse_guide

CONTENT = Path(__file__).resolve().parents[2] / "resources" / "content"
BOKMAL = sorted(p for p in CONTENT.glob("*/*.toml"))
FIELD = re.compile(r"\{[a-z_]+\}")


def _read(path: Path) -> dict:
    return tomllib.loads(path.read_text(encoding="utf-8"))


def _fields(data: object) -> set[str]:
    """Every {placeholder} in a parsed file: the code fills them in, so the twin keeps them."""
    if isinstance(data, str):
        return set(FIELD.findall(data))
    if isinstance(data, dict):
        return set().union(*(_fields(v) for k, v in data.items() if k != "source"))
    if isinstance(data, list):
        return set().union(*(_fields(v) for v in data))
    return set()


def test_there_are_content_files_to_check():
    assert len(BOKMAL) >= 25


@pytest.mark.parametrize("path", BOKMAL, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_bokmal_file_has_a_nynorsk_twin_of_the_same_shape(path):
    twin = path.parent / "nn" / path.name
    assert twin.is_file(), f"{path.parent.name}/nn/{path.name} mangler"
    nb, nn = _read(path), _read(twin)
    assert set(nn) == set(nb), "the same keys"
    assert nn["key"] == nb["key"]
    assert nn.get("last_checked") == nb.get("last_checked")
    # The same sources, word for word; the twin may add where its nynorsk labels were read.
    if "source" in nb:
        assert nn["source"] == nb["source"] or nn["source"].startswith(nb["source"] + "\n")
    assert [len(p["steps"]) for p in nn.get("paths", [])] == [
        len(p["steps"]) for p in nb.get("paths", [])
    ]
    assert len(nn.get("steps", [])) == len(nb.get("steps", []))
    assert len(nn.get("warnings", [])) == len(nb.get("warnings", []))
    assert [link["url"] for link in nn.get("links", [])] == [
        link["url"] for link in nb.get("links", [])
    ]
    # Every value to copy is still there (a twin may add the portal's nynorsk label).
    assert len(nn.get("copy_values", [])) >= len(nb.get("copy_values", []))
    assert _fields(nn) == _fields(nb), "the same {placeholders}"
    if "title" in nb and "paths" in nb:
        parse_guide(nn, twin.name)  # a guide twin is a valid guide


@pytest.mark.parametrize(
    "flow", ["dpi_onboarding", "confidential_access", "notification_contacts", "unopened"]
)
def test_guides_follow_the_language_and_bokmal_stays_for_english(flow):
    bokmal = resources.load_guides(flow)
    language.set_current("nn")
    nynorsk = resources.load_guides(flow)
    language.set_current("en")
    english = resources.load_guides(flow)
    assert list(nynorsk) == list(bokmal)
    assert english == bokmal
    changed = [k for k in bokmal if nynorsk[k].lead != bokmal[k].lead]
    assert changed, "nynorsk shows the nynorsk texts"


def test_a_nynorsk_user_reads_the_delegation_step_with_altinns_nynorsk_labels():
    language.set_current("nn")
    step = resources.load_guides("dpi_onboarding")["deleger-ks"]
    text = " ".join(step.paths[0].steps)
    assert "«Leverandørar»" in text and "«Legg til verksemd»" in text
    assert "ikkje" in " ".join(step.warnings)


def test_a_missing_twin_falls_back_to_bokmal_per_file(tmp_path, monkeypatch):
    folder = tmp_path / "content" / "x"
    (folder / "nn").mkdir(parents=True)
    (folder / "a.toml").write_text('key = "a"\ntitle = "Bokmål A"\n', encoding="utf-8")
    (folder / "b.toml").write_text('key = "b"\ntitle = "Bokmål B"\n', encoding="utf-8")
    (folder / "nn" / "a.toml").write_text('key = "a"\ntitle = "Nynorsk A"\n', encoding="utf-8")
    (folder / "nn" / "b.toml").write_text("key = ", encoding="utf-8")  # broken: bokmål
    monkeypatch.setattr(resources, "resources_dir", lambda: tmp_path)
    language.set_current("nn")
    steps = resources.load_guides("x")
    assert [s.title for s in steps.values()] == ["Nynorsk A", "Bokmål B"]
