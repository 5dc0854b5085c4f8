"""«Gi tilgang til mange …» and «For mange …», driven as a coordinator would: one person
typed once for every org number of the demo municipality, the plan read before anything
changes, applied, and what is counted is every click, field and key the person needs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from support.altinn_fakes import FakeAccessApi, FakeNotificationApi

from desktop_app.domain.access import PACKAGE_CODE
from desktop_app.wizards.access_plan import PlanDialog
from desktop_app.wizards.confidential_access import ConfidentialAccessPage
from desktop_app.wizards.notification_contacts import NotificationContactsPage

from .conftest import settle
from .test_confidential_access import live_units, make_page

FNR = "14117843018"


class Counter:
    """What a person does: each click, each field typed into (once, however long the text),
    each key such as Tab or Enter."""

    def __init__(self, qtbot):
        self.qtbot, self.actions, self.characters = qtbot, 0, 0

    def click(self, widget):
        assert widget.isEnabled() and widget.isVisible(), widget.text()
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        self.actions += 1
        settle(self.qtbot)

    def type(self, field, text):
        field.setFocus()
        self.qtbot.keyClicks(field, text)
        self.actions += 1
        self.characters += len(text)


def the_dialog(page) -> PlanDialog:
    return next(d for d in page.findChildren(PlanDialog) if d.isVisible())


def test_one_person_for_every_unit_in_a_handful_of_actions(qtbot, ctx, capsys):
    page = make_page(qtbot, ctx, ConfidentialAccessPage)
    api = FakeAccessApi()
    page.set_access_api(api)
    n = live_units(ctx)
    count = Counter(qtbot)

    count.click(page.many_button)
    dialog = the_dialog(page)
    assert f"({n})" in dialog.all_units.text() and dialog.all_units.isChecked()
    count.type(dialog.name, "Per Lunde")
    count.type(dialog.identifier, FNR)
    count.type(dialog.email, "per.lunde@fjordvik.example")
    count.click(dialog.plan_button)
    # The plan is shown before anything changes in Altinn.
    assert api.calls and all(c[0] == "holders" for c in api.calls)
    grants = dialog.plan.items
    assert dialog.plan_table.rowCount() == len(grants) < n
    assert "dekkes gjennom hovedenheten" in dialog.plan_summary.text()
    count.click(dialog.apply_button)
    assert "endringer er utført" in dialog.progress_text.text()
    assert not dialog.retry_button.isVisible()
    count.click(dialog.close_button)

    assert count.actions < 15
    with capsys.disabled():
        print(
            f"\nTilgang for alle {n} enheter: {count.actions} handlinger "
            f"({count.characters} tegn skrevet)"
        )
    granted = {
        orgnr
        for orgnr, holders in api.granted.items()
        if any(PACKAGE_CODE in h.grants for h in holders)
    }
    assert granted == {i.orgnr for i in grants}
    # The page shows every unit with an approved reader who can read.
    settle(qtbot)
    assert f"Alle {n} organisasjonsnumre har noen som kan lese" in page.summary.text()


def test_one_address_for_every_unit_and_a_failure_can_be_retried_alone(qtbot, ctx):
    page = make_page(qtbot, ctx, NotificationContactsPage)

    class FailsOnce(FakeNotificationApi):
        failed = False

        def add_address(self, orgnr, kind, value):
            if not self.failed:
                self.failed = True
                raise RuntimeError("tidsavbrudd")
            return super().add_address(orgnr, kind, value)

    api = FailsOnce()
    page.set_notification_api(api)
    count = Counter(qtbot)
    count.click(page.many_button)
    dialog = the_dialog(page)
    count.type(dialog.address, "post@fjordvik.kommune.no")
    count.click(dialog.plan_button)
    count.click(dialog.apply_button)
    assert "feilet" in dialog.progress_text.text()
    assert dialog.retry_button.isVisible()
    count.click(dialog.retry_button)
    assert (
        f"{live_units(ctx)} av {live_units(ctx)} endringer er utført" in dialog.progress_text.text()
    )
    count.click(dialog.close_button)
    assert count.actions < 15


def test_without_sign_in_the_plan_is_shown_but_nothing_can_be_applied(qtbot, ctx):
    page = make_page(qtbot, ctx, ConfidentialAccessPage)
    qtbot.mouseClick(page.many_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    dialog = the_dialog(page)
    qtbot.keyClicks(dialog.name, "Per Lunde")
    qtbot.keyClicks(dialog.identifier, "12345678901")
    qtbot.mouseClick(dialog.plan_button, Qt.MouseButton.LeftButton)
    assert "Kontrollsifrene" in dialog.wanted_error.text()
    assert dialog.focusWidget() is dialog.identifier or not dialog.isActiveWindow()
    dialog.identifier.clear()
    qtbot.keyClicks(dialog.identifier, FNR)
    qtbot.mouseClick(dialog.plan_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert dialog.stack.currentIndex() == 1
    assert "Logg inn" in dialog.plan_basis.text()
    assert not dialog.apply_button.isEnabled()
    dialog.reject()
