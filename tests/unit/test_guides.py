"""Guided steps as content files: good files load, bad ones say which file and what to fix."""

from __future__ import annotations

import tomllib
from datetime import date

import pytest

from desktop_app import resources
from desktop_app.domain.guides import GuideError, parse_guide

GOOD = """
key = "deleger-ks"
title = "Deleger DPI-retten til KS"
last_checked = 2026-11-01
[[links]]
label = "Åpne Altinn"
url = "https://info.altinn.no/"
[[copy_values]]
label = "Org.nr til KS"
value = "971032146"
[[paths]]
title = "Altinn 3"
steps = ["Logg inn", "Velg virksomheten"]
[[warnings]]
text = "Les dette først."
"""


def test_a_full_step_reads_with_its_links_values_and_paths():
    step = parse_guide(tomllib.loads(GOOD), "a.toml")
    assert step.key == "deleger-ks"
    assert step.links[0].url == "https://info.altinn.no/"
    assert step.copy_values[0].value == "971032146"
    assert step.paths[0].steps == ("Logg inn", "Velg virksomheten")
    assert step.warnings == ("Les dette først.",)
    assert step.age_days(date(2026, 11, 23)) == 22


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ('title = "x"', "«key» mangler"),
        ('key = "k"\ntitle = "x"\nlast_checked = "i går"', "må være en dato"),
        ('key = "k"\ntitle = "x"\n[[links]]\nlabel = "l"\nurl = "http://x.no"', "https"),
        ('key = "k"\ntitle = "x"\n[[paths]]\ntitle = "p"\nsteps = []', "minst ett steg"),
    ],
)
def test_a_bad_step_names_the_file_and_the_fix(text, says):
    with pytest.raises(GuideError, match=says) as err:
        parse_guide(tomllib.loads(text), "steg.toml")
    assert "steg.toml" in str(err.value)


def test_load_guides_reads_a_flow_folder_and_refuses_duplicate_keys(tmp_path, monkeypatch):
    flow = tmp_path / "content" / "prøve"
    flow.mkdir(parents=True)
    (flow / "01.toml").write_text(GOOD, encoding="utf-8")
    monkeypatch.setattr(resources, "resources_dir", lambda: tmp_path)
    assert list(resources.load_guides("prøve")) == ["deleger-ks"]
    (flow / "02.toml").write_text(GOOD, encoding="utf-8")
    with pytest.raises(GuideError, match=r"02\.toml"):
        resources.load_guides("prøve")
    (flow / "02.toml").write_text("key = ", encoding="utf-8")
    with pytest.raises(GuideError, match="kan ikke leses"):
        resources.load_guides("prøve")


def test_the_confidential_post_guides_follow_todays_portal():
    # Altinn/altinn-access-management-frontend no_nb.json (newest snapshot 2026-08-21).
    guides = resources.load_guides("confidential_access") | resources.load_guides(
        "notification_contacts"
    )
    steps = {key: " ".join(g.paths[0].steps) for key, g in guides.items()}
    assert "«Tilgangsstyring»" in steps["gi-tilgang"] and "«Brukere»" in steps["gi-tilgang"]
    assert "«Ny bruker»" in steps["gi-tilgang"] and "«Gi fullmakt»" in steps["gi-tilgang"]
    assert "«Slett fullmakt»" in steps["fjern-tilgang"]
    addresses = steps["varslingsadresser"]
    assert (
        addresses.index("«Tilgangsstyring»")
        < addresses.index("«Innstillinger»")
        < addresses.index("«Varslingsadresser for virksomheten»")
        < addresses.index("«Lagre endringer»")
    )
    assert "profil" not in addresses.lower()
    own = steps["personlig-varsling"]  # Altinn/dialogporten-frontend nb.json
    assert "«Aktører og favoritter»" in own and "«Varsle på e-post»" in own
    assert "«Din kontaktinformasjon for virksomheter»" not in own
    for key in ("gi-tilgang", "fjern-tilgang", "varslingsadresser", "personlig-varsling"):
        assert guides[key].last_checked == date(2026, 12, 6)
    for key in ("gi-tilgang", "fjern-tilgang", "varslingsadresser"):
        assert "altinn-access-management-frontend" in guides[key].source
    for guide in guides.values():
        assert guide.source
