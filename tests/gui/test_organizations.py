"""The Virksomheter page as a user meets it: build the inventory in Øving, see deleted units
in red and what changed, keep working with the saved copy when the register is gone, add a
unit by hand (check digit as you type) and import a list with a bad line."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from desktop_app.domain.environments import Environment
from desktop_app.services.organizations import OrganizationService
from desktop_app.storage.database import Database
from desktop_app.views.style import STATUS_COLOURS
from desktop_app.wizards.organizations import COLUMNS, OrganizationsView, PasteDialog

from .conftest import PATIENT_MS, settle

FJORDVIK = "310000000"


def fresh_fjordvik(qtbot, ctx):
    """A new user in Øving: the demo deleted, a workspace for Fjordvik with only itself."""
    for ws in ctx.workspaces.list_workspaces():
        ctx.workspaces.delete_workspace(ws.id)
    workspace = ctx.workspaces.create_workspace("Fjordvik kommune", FJORDVIK)
    ctx.set_environment(Environment.OVING)
    ctx.sync_sandbox()
    qtbot.waitUntil(lambda: ctx.sandbox is not None, timeout=PATIENT_MS)
    ctx.set_workspace(workspace)
    return workspace


def make_view(qtbot, ctx) -> OrganizationsView:
    view = OrganizationsView(ctx)
    # Same client, no politeness delay and fewer retries: keeps the test fast.
    view.service = OrganizationService(ctx.db, min_interval=0, max_attempts=2)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    settle(qtbot)
    return view


def rows(view: OrganizationsView) -> dict[str, dict[str, object]]:
    """orgnr → {column: text, "colour": foreground, "tip": tooltip} for every row in the tree."""
    model = view.model
    found: dict[str, dict[str, object]] = {}

    def walk(parent):
        for r in range(model.rowCount(parent)):
            index = model.index(r, 0, parent)
            item = model.itemFromIndex(index)
            nr = item.data(Qt.ItemDataRole.UserRole + 1)
            found[nr] = {c: model.index(r, i, parent).data() for i, c in enumerate(COLUMNS)}
            found[nr]["colour"] = item.foreground().color().name()
            found[nr]["tip"] = item.toolTip()
            found[nr]["depth"] = 0 if not parent.isValid() else 1
            walk(index)

    walk(model.index(-1, -1))
    return found


def refresh(qtbot, view: OrganizationsView, expect: str) -> None:
    qtbot.mouseClick(view.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: expect in view.message.text(), timeout=PATIENT_MS)
    settle(qtbot)


def test_build_the_inventory_in_oving_then_work_from_the_saved_copy_offline(
    qtbot, ctx, monkeypatch
):
    fresh_fjordvik(qtbot, ctx)
    view = make_view(qtbot, ctx)
    assert list(rows(view)) == [FJORDVIK]
    assert "Ikke hentet" in view.fetched_label.text()

    refresh(qtbot, view, "Ferdig")
    table = rows(view)
    assert len(table) >= 31
    top = view.tree.model().index(0, 0)
    assert top.data() == "Fjordvik kommune"
    assert table[FJORDVIK]["leader"] == "Ingrid Fjell Berg"
    assert table["312100002"]["address"] == "Skulevegen 12, 5999 FJORDVIK"
    assert table["310100005"]["form"] == "Organisasjonsledd"
    # The deleted unit: red, with its date and a plain explanation.
    gamle = table["313300005"]
    assert gamle["status"] == "Slettet 30.06.2025"
    assert gamle["colour"] == QColor(STATUS_COLOURS["bad"]).name()
    assert "kan ikke motta post" in gamle["tip"]
    assert table["310900001"]["colour"] != gamle["colour"]
    assert view.red_note.isVisible() and "(1 i listen)" in view.red_note.text()
    # Everything but the municipality itself is new since last time.
    assert view.changes.count() == len(table) - 1
    assert all(view.changes.item(i).text().startswith("Ny:") for i in range(view.changes.count()))
    assert "Sist hentet" in view.fetched_label.text()
    assert len(ctx.audit.entries(action="org_units.refreshed")) == 1

    # The register goes away (no network): the page still shows the saved copy, and a
    # refresh fails plainly, keeps the copy and says it can be tried again.
    urls = ctx.service_urls()
    ctx.sandbox.stop()
    monkeypatch.setattr(ctx, "service_urls", lambda: urls)  # the same address, nobody there
    view.close()
    offline = make_view(qtbot, ctx)
    assert rows(offline).keys() == table.keys()
    assert rows(offline)[FJORDVIK]["leader"] == "Ingrid Fjell Berg"
    refresh(qtbot, offline, "uendret")
    assert "Fikk ikke kontakt" in offline.message.text()
    assert "prøve igjen" in offline.message.text()
    assert rows(offline).keys() == table.keys()
    assert offline.refresh_button.isEnabled() and not offline.progress.isVisible()

    # The same workspace opens from the file as it was saved.
    again = Database.open(ctx.db.path)
    try:
        assert len(OrganizationService(again).overview(ctx.workspace.id).units) == len(table)
    finally:
        again.close()


def test_changes_since_last_time_are_listed_and_cancel_keeps_the_copy(qtbot, ctx):
    fresh_fjordvik(qtbot, ctx)
    view = make_view(qtbot, ctx)
    refresh(qtbot, view, "Ferdig")
    register = ctx.sandbox.enhetsregisteret
    register.rename("312000008", "Sørbø oppvekstsenter")
    register.delete("311200003")
    register.remove("313200000")
    refresh(qtbot, view, "Ferdig")
    texts = [view.changes.item(i).text() for i in range(view.changes.count())]
    assert texts[0] == "Slettet: HJEMMETJENESTEN SØR (311 200 003) er slettet i Enhetsregisteret"
    assert any(t.startswith("Borte: FJORDVIK BIBLIOTEK") for t in texts)
    assert any("heter nå «SØRBØ OPPVEKSTSENTER»" in t for t in texts)
    assert len(texts) == 3 and "3 endringer" in view.changes_label.text()
    assert rows(view)["311200003"]["status"].startswith("Slettet")

    saved = rows(view)
    ctx.sandbox.set_faults(latency_ms=150)
    qtbot.mouseClick(view.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.cancel_button.isVisible())
    assert not view.refresh_button.isEnabled()
    qtbot.mouseClick(view.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "avbrutt" in view.message.text(), timeout=PATIENT_MS)
    settle(qtbot)
    ctx.sandbox.clear_faults()
    assert rows(view) == saved and view.changes.count() == 3


def test_add_by_hand_checks_the_digit_as_you_type(qtbot, ctx):
    fresh_fjordvik(qtbot, ctx)
    view = make_view(qtbot, ctx)
    qtbot.keyClicks(view.orgnr_edit, "31050000")
    assert view.orgnr_feedback.text() == "8 av 9 siffer" and not view.add_button.isEnabled()
    qtbot.keyClicks(view.orgnr_edit, "4")
    assert "Kontrollsifferet stemmer ikke" in view.orgnr_feedback.text()
    assert not view.add_button.isEnabled()
    view.orgnr_edit.clear()
    qtbot.keyClicks(view.orgnr_edit, "310 500 003")
    assert "Gyldig" in view.orgnr_feedback.text() and view.add_button.isEnabled()
    qtbot.keyClicks(view.name_edit, "Fjordvik skole")
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "310500003" in rows(view))
    assert rows(view)["310500003"]["name"] == "Fjordvik skole"
    assert rows(view)["310500003"]["status"] == "Ikke sjekket ennå"
    assert view.orgnr_edit.text() == "" and "lagt til" in view.orgnr_feedback.text()
    entry = ctx.audit.entries(action="org_unit.added")[-1]
    assert entry.details["orgnr"] == "310500003"
    # The same number again is refused with a plain reason.
    qtbot.keyClicks(view.orgnr_edit, "310500003")
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "allerede" in view.orgnr_feedback.text())

    # The municipality itself cannot be removed; the unit added by hand can, after a yes.
    view.tree.setCurrentIndex(view.tree.model().index(0, 0))
    assert not view.remove_button.isEnabled()
    added = view.proxy.match(
        view.proxy.index(0, 1),
        Qt.ItemDataRole.DisplayRole,
        "310 500 003",
        1,
        Qt.MatchFlag.MatchRecursive,
    )[0]
    view.tree.setCurrentIndex(added)
    assert view.remove_button.isEnabled()
    qtbot.mouseClick(view.remove_button, Qt.MouseButton.LeftButton)
    box = next(b for b in view.findChildren(QMessageBox, "postvaktMessageBox") if b.isVisible())
    assert "Fjordvik skole (310 500 003)" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "310500003" not in rows(view))
    assert ctx.audit.entries(action="org_unit.removed")[-1].details["orgnr"] == "310500003"


def test_import_a_list_with_a_bad_line(qtbot, ctx, tmp_path):
    fresh_fjordvik(qtbot, ctx)
    view = make_view(qtbot, ctx)
    path = tmp_path / "enheter.csv"
    path.write_text(
        "Organisasjonsnummer;Navn\n310500003;Fjordvik skole\n310400008;Feil\n"
        "310400009;Legekontoret\n",
        encoding="cp1252",
    )
    view.choose_file = lambda: str(path)
    qtbot.mouseClick(view.import_file_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "lagt til" in view.import_result.text())
    settle(qtbot)
    result = view.import_result.text()
    assert result.startswith("2 lagt til.") and "1 linje hoppet over" in result
    assert "Linje 3" in result and "310400008" in result
    assert {"310500003", "310400009"} <= rows(view).keys()
    assert "310400008" not in rows(view)
    details = ctx.audit.entries(action="org_units.imported")[-1].details
    assert details["fil"] == "enheter.csv" and details["linjer_hoppet_over"] == [3]

    # Pasting works the same way.
    qtbot.mouseClick(view.paste_button, Qt.MouseButton.LeftButton)
    dialog = view.findChild(PasteDialog)
    qtbot.waitUntil(dialog.isVisible)
    dialog.text.setPlainText("312100002 Fjordvik ungdomsskole\n")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "312100002" in rows(view))
    assert rows(view)["312100002"]["name"] == "Fjordvik ungdomsskole"


def test_the_demo_is_refreshed_only_in_oving(qtbot, ctx):
    ctx.set_environment(Environment.PRODUKSJON)
    ctx.set_workspace(next(w for w in ctx.workspaces.list_workspaces() if w.is_demo))
    view = make_view(qtbot, ctx)
    assert len(rows(view)) >= 31
    qtbot.mouseClick(view.refresh_button, Qt.MouseButton.LeftButton)
    assert "finnes bare i Øving" in view.message.text()
    assert not view.progress.isVisible() and view.refresh_button.isEnabled()


def test_in_test_the_list_comes_from_altinn_and_the_page_says_so(qtbot, ctx, monkeypatch):
    from types import SimpleNamespace

    from desktop_app.integrations.altinn_parties import AuthorizedParty
    from desktop_app.services.session import Session

    for ws in ctx.workspaces.list_workspaces():
        ctx.workspaces.delete_workspace(ws.id)
    workspace = ctx.workspaces.create_workspace("Testkommune", FJORDVIK)
    ctx.set_workspace(workspace)
    view = make_view(qtbot, ctx)
    ctx.set_environment(Environment.OVING)
    assert not view.test_note.isVisible()

    ctx.set_environment(Environment.TEST)
    settle(qtbot)
    assert view.test_note.isVisible()
    assert "Altinn sier at du kan representere" in view.test_note.text()
    assert view.refresh_button.text() == "Oppdater fra Altinn"

    refresh(qtbot, view, "Logg inn i Altinn først")  # not signed in: nothing fetched
    assert list(rows(view)) == [FJORDVIK]

    school = AuthorizedParty("u2", "SYNTETISK SKOLE", "Organization", "311000004", unit_type="BEDR")
    town = AuthorizedParty(
        "u1", "SYNTETISK KOMMUNE", "Organization", FJORDVIK, unit_type="KOMM", subunits=(school,)
    )
    monkeypatch.setattr(Session, "signed_in", property(lambda _s: True))
    monkeypatch.setattr(
        ctx.session, "refresh_parties", lambda state=None: SimpleNamespace(parties=(town,))
    )
    refresh(qtbot, view, "Ferdig: 2 enheter hentet fra Altinn")
    table = rows(view)
    assert set(table) == {FJORDVIK, "311000004"}
    assert table["311000004"]["depth"] == 1  # under the municipality
