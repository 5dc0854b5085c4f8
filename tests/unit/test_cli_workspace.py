"""One chooser of the workspace for every postvakt-cli command, with each command's words."""

from __future__ import annotations

import pytest

from desktop_app.cli import _choose_workspace
from desktop_app.cli_plan import _workspace
from desktop_app.cli_workspace import WorkspaceChoice, choose_workspace
from desktop_app.services.workspaces import WorkspaceService
from desktop_app.storage.database import Database
from desktop_app.storage.paths import app_paths


@pytest.fixture
def db():
    database = Database.open(app_paths().database)
    yield database
    database.close()


def test_the_only_workspace_is_chosen_and_an_unknown_id_is_named(db, capsys):
    demo = WorkspaceService(db).ensure_demo_workspace()

    assert _workspace(db, None).id == demo.id
    assert _workspace(db, 999) is None
    assert "Fant ingen arbeidsflate med ID 999" in capsys.readouterr().err


def test_with_several_each_command_says_its_own_words_and_lists_them(db, capsys):
    service = WorkspaceService(db)
    demo = service.ensure_demo_workspace()
    other = service.create_workspace("Nordby kommune", "987654325")

    assert _workspace(db, None) is None
    err = capsys.readouterr().err
    assert "Velg en med --workspace ID" in err
    assert f"  {demo.id}  {demo.name} (øving)" in err and f"  {other.id}  Nordby kommune" in err

    found, ok = choose_workspace(
        db, None, WorkspaceChoice(none=None, several="Velg kommunen med --workspace ID:")
    )
    assert (found, ok) == (None, False)
    assert "Velg kommunen med --workspace ID:" in capsys.readouterr().err

    assert _choose_workspace(db, None, None, required=False) == (None, True)
    assert capsys.readouterr().err == ""


def test_an_org_number_without_a_workspace_is_refused_only_when_one_is_needed(db, capsys):
    assert _choose_workspace(db, None, "987654325", required=False) == (None, True)
    assert _choose_workspace(db, None, "987654325", required=True) == (None, False)
    assert "ingen arbeidsflate for org.nr 987 654 325" in capsys.readouterr().err


def test_no_workspace_at_all_says_how_to_make_one(db, capsys):
    assert _workspace(db, None) is None
    assert "Det finnes ingen arbeidsflate ennå" in capsys.readouterr().err
