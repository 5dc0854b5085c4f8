"""Innstillinger: secrets go to the keyring only; with no keyring nothing is stored."""

from __future__ import annotations

import os

from desktop_app.storage.secrets import SecretName
from desktop_app.views.settings_view import SettingsView

from .conftest import settle

SECRET = "Hemmelig-Passord-123!"


def make_view(qtbot, ctx) -> SettingsView:
    view = SettingsView(ctx)
    qtbot.addWidget(view)
    view.show()
    settle(qtbot)
    return view


def all_file_bytes(folder) -> bytes:
    out = b""
    for root, _dirs, files in os.walk(folder):
        for name in files:
            with open(os.path.join(root, name), "rb") as fh:
                out += fh.read()
    return out


def secrets_in(keyring) -> dict:
    """What the keyring holds of the secrets the user typed (the audit log's sealing key,
    made by the store itself, is left out)."""
    return {k: v for k, v in keyring.store.items() if not k[1].startswith("loggnokkel.")}


def test_store_and_remove_secret(qtbot, ctx, memory_keyring, postvakt_home):
    view = make_view(qtbot, ctx)
    name = SecretName.SVARUT_INTEGRASJON_PASSORD
    assert view.secret_state[name].text() == "Ikke lagret"
    view.store_secret(name, SECRET)
    settle(qtbot)
    assert view.secret_state[name].text() == "Lagret"
    assert SECRET in memory_keyring.store.values()
    assert SECRET.encode() not in all_file_bytes(postvakt_home)
    stored = [e for e in ctx.audit.entries() if e.action == "secret.stored"]
    assert stored and SECRET not in str(stored[-1].details)
    view.remove_secret(name)
    settle(qtbot)
    assert view.secret_state[name].text() == "Ikke lagret"
    assert SECRET not in memory_keyring.store.values()


def test_without_keyring_says_so_and_stores_nothing(qtbot, ctx, no_keyring, postvakt_home):
    view = make_view(qtbot, ctx)
    assert "nøkkelring" in view.keyring_label.text().lower()
    for name in SecretName:
        assert not view.secret_store[name].isEnabled()
        assert view.secret_state[name].text() == "Kan ikke lagres"
    view.store_secret(SecretName.SVARUT_INTEGRASJON_PASSORD, SECRET)
    settle(qtbot)
    assert SECRET.encode() not in all_file_bytes(postvakt_home)


def test_language_choice_is_saved_for_next_start(qtbot, ctx):
    from desktop_app.settings import Settings
    from desktop_app.storage.paths import app_paths

    view = make_view(qtbot, ctx)
    view.language.setCurrentIndex(view.language.findData("en"))
    settle(qtbot)
    assert "next time" in view.language_note.text()
    assert Settings.load(app_paths().settings_file).language == "en"


def test_delete_workspace_asks_first_and_keeps_the_log(qtbot, ctx):
    from PySide6.QtWidgets import QMessageBox

    created = ctx.workspaces.create_workspace("Testvik kommune", "987654325")
    ctx.set_workspace(created)
    view = make_view(qtbot, ctx)
    names = [view.workspace_list.item(i).text() for i in range(view.workspace_list.count())]
    assert any("Testvik" in n for n in names) and any("øvingsdata" in n for n in names)
    assert not view.delete_workspace_button.isEnabled()
    row = next(i for i, n in enumerate(names) if "Testvik" in n)
    view.workspace_list.setCurrentRow(row)
    assert view.delete_workspace_button.isEnabled()
    view.delete_workspace_button.click()
    box = next(b for b in view.findChildren(QMessageBox) if b.isVisible())
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.No).click()
    settle(qtbot)
    assert any(w.id == created.id for w in ctx.workspaces.list_workspaces())
    view.workspace_list.setCurrentRow(row)
    view.delete_workspace_button.click()
    box = next(b for b in view.findChildren(QMessageBox) if b.isVisible())
    box.button(QMessageBox.StandardButton.Yes).click()
    settle(qtbot)
    assert all(w.id != created.id for w in ctx.workspaces.list_workspaces())
    assert ctx.workspace is None
    assert view.workspace_list.count() == 1
    actions = [(e.action, e.workspace_name) for e in ctx.audit.entries()]
    assert ("workspace.created", "Testvik kommune") in actions
    assert ("workspace.deleted", "Testvik kommune") in actions


def test_secrets_are_shown_and_stored_for_the_environment_in_use(qtbot, ctx, memory_keyring):
    from desktop_app.domain.environments import Environment

    ctx.set_environment(Environment.TEST)
    view = make_view(qtbot, ctx)
    name = SecretName.SVARUT_INTEGRASJON_PASSORD
    view.store_secret(name, SECRET)
    settle(qtbot)
    assert view.secret_state[name].text() == "Lagret"
    assert "Test" in view.secrets_env_label.text()
    ctx.set_environment(Environment.PRODUKSJON)
    settle(qtbot)
    assert view.secret_state[name].text() == "Ikke lagret"
    assert secrets_in(memory_keyring) == {("Postvakt", "svarut_integrasjon_passord@test"): SECRET}


def test_old_shared_secrets_are_offered_once_for_the_environment_the_user_names(
    qtbot, ctx, memory_keyring
):
    from desktop_app.domain.environments import Environment

    memory_keyring.set_password("Postvakt", "svarut_integrasjon_passord", SECRET)
    ctx.set_environment(Environment.TEST)
    view = make_view(qtbot, ctx)
    name = SecretName.SVARUT_INTEGRASJON_PASSORD
    assert view.legacy_box.isVisibleTo(view)
    assert name.label in view.legacy_label.text()
    assert view.secret_state[name].text() == "Ikke lagret"  # not used until assigned
    view.adopt_legacy(Environment.PRODUKSJON)
    settle(qtbot)
    assert not view.legacy_box.isVisibleTo(view)
    assert view.secret_state[name].text() == "Ikke lagret"  # Test still has none
    assert secrets_in(memory_keyring) == {
        ("Postvakt", "svarut_integrasjon_passord@produksjon"): SECRET
    }
    assert [e for e in ctx.audit.entries() if e.action == "secret.assigned"]
