"""«Til daglig leder» as the coordinator and the daglig leder meet it: the coordinator writes
the files from the step, the daglig leder opens the task file and lands on the right step with
everything filled in, does it, saves the receipt, and the coordinator opens the receipt."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QApplication, QMessageBox
from support.altinn_fakes import FakeAccessApi

from desktop_app.domain.dpi_onboarding import Step, WhoDelegates
from desktop_app.services.handover import TaskPerson
from desktop_app.views import handover as handover_view
from desktop_app.views.handover import HandoverDialog, TaskBanner
from desktop_app.wizards.access_plan import PlanDialog

from .conftest import PATIENT_MS, settle
from .test_dpi_onboarding import FakeAltinn
from .test_main_window import make_window

FNR = "14117843018"


def fake_pdf(_html, path):
    path.write_bytes(b"%PDF")
    return path


def message_box(qtbot) -> QMessageBox:
    def shown():
        return [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()
        ]

    qtbot.waitUntil(lambda: bool(shown()), timeout=PATIENT_MS)
    return shown()[-1]


def test_dpi_task_opens_at_the_delegation_step_and_the_receipt_comes_back(
    qtbot, ctx, tmp_path, monkeypatch
):
    window = make_window(qtbot, ctx)
    window.show_page("dpi")
    dpi = window.pages["dpi"]
    settle(qtbot)
    dpi.go_to(Step.DELEGER_KS)
    step = dpi.step_pages[Step.DELEGER_KS]

    # The coordinator: «Til daglig leder …» → three files.
    step.handover_button.click()
    dialog = next(d for d in step.findChildren(HandoverDialog) if d.isVisible())
    dialog.folder.setText(str(tmp_path))
    dialog.write_button.click()
    settle(qtbot)
    assert "Lagret i" in dialog.result.text()
    task_file = next(tmp_path.glob("*.postvakt-oppgave"))
    assert next(tmp_path.glob("*.pdf")).read_bytes().startswith(b"%PDF")
    assert next(tmp_path.glob("*.eml")).stat().st_size > 1000
    dialog.accept()
    dpi.go_to(Step.KONTAKT_DIGDIR)
    window.show_page("oversikt")

    # The daglig leder opens the task file: the delegation step, everything filled in.
    window.open_handover(task_file)
    settle(qtbot)
    assert window.current_page_key() == "dpi"
    assert dpi.current_step() == Step.DELEGER_KS
    banner = step.task_banner
    assert isinstance(banner, TaskBanner) and banner.isVisible()
    assert "Oppgave fra" in banner.text.text()
    assert banner.sign_in_button.isVisible()  # not signed in: sign-in is offered right there
    assert step.who_buttons[WhoDelegates.DAGLIG_LEDER].isChecked()
    copied = {row.value for row, _template in step.copy_rows}
    assert {"971032146", "digitalpostinnbygger:send"} <= copied
    assert not banner.receipt_button.isVisible()

    # Signed in (a fake Altinn): Postvakt does it and reads it back → the receipt.
    dpi.set_delegation_api(FakeAltinn())
    step.api_button.click()
    settle(qtbot)
    assert banner.receipt_button.isVisible()
    target = tmp_path / "kvittering"
    monkeypatch.setattr(handover_view, "choose_receipt_path", lambda *_a: target)
    banner.receipt_button.click()
    settle(qtbot)
    receipt = tmp_path / "kvittering.postvakt-kvittering"
    assert receipt.is_file()

    # The coordinator opens the receipt: recorded in the log, and said so.
    window.open_handover(receipt)
    settle(qtbot)
    box = message_box(qtbot)
    assert "ført i loggen" in box.text()
    box.close()
    recorded = ctx.services.audit.entries(action="handover.receipt_recorded")
    assert len(recorded) == 1 and recorded[0].details["lest_tilbake"] is True


def test_access_task_fills_the_person_and_units_and_asks_for_the_fodselsnummer(
    qtbot, ctx, tmp_path
):
    window = make_window(qtbot, ctx)
    ws = ctx.workspace
    units = [u for u in ctx.workspaces.list_org_units(ws.id) if not u.deleted][:3]
    wanted = (units[1].orgnr, units[2].orgnr)
    task = ctx.services.handover.access_task(
        ws,
        ctx.environment.value,
        [
            TaskPerson("Per Lunde", "per@fjordvik.example", "barnevern", wanted),
            TaskPerson("Åse Berg", "", "helse", (units[0].orgnr,)),
        ],
        {u.orgnr: u.name for u in units},
    )
    written = ctx.services.handover.write(ws, task, tmp_path, fake_pdf)
    page = window.pages["taushetsbelagt"]
    api = FakeAccessApi()
    page.set_access_api(api)

    window.open_handover(written.task_file)
    settle(qtbot)
    assert window.current_page_key() == "taushetsbelagt"
    dialog = next(d for d in page.findChildren(PlanDialog) if d.isVisible())
    assert dialog.stack.currentIndex() == 0
    assert dialog.name.text() == "Per Lunde"
    assert dialog.email.text() == "per@fjordvik.example"
    assert dialog.identifier.text() == "" and dialog.focusWidget() is dialog.identifier
    assert "fødselsnummeret" in dialog.wanted_error.text()
    assert sorted(dialog.chosen_orgnrs()) == sorted(wanted)

    # The daglig leder types the fødselsnummer and applies: the receipt is offered.
    qtbot.keyClicks(dialog.identifier, FNR)
    dialog.plan_button.click()
    settle(qtbot)
    dialog.apply_button.click()
    settle(qtbot)
    assert dialog.task_banner.receipt_button.isVisible()
    assert dialog.task_banner.done and all("Per Lunde" in d for d in dialog.task_banner.done)
    # The task has one more person: straight on to her, filled in the same way.
    assert dialog.next_person.isVisible()
    dialog.next_person.click()
    assert dialog.name.text() == "Åse Berg" and dialog.identifier.text() == ""
    assert dialog.chosen_orgnrs() == [units[0].orgnr]
    dialog.reject()


def test_a_changed_task_file_gives_a_message_and_nothing_else(qtbot, ctx, tmp_path):
    window = make_window(qtbot, ctx)
    ws = ctx.workspace
    task = ctx.services.handover.dpi_task(ws, ctx.environment.value)
    written = ctx.services.handover.write(ws, task, tmp_path, fake_pdf)
    data = json.loads(written.task_file.read_text(encoding="utf-8"))
    data["kommune"] = "Annen kommune"
    written.task_file.write_text(json.dumps(data), encoding="utf-8")
    before = window.current_page_key()

    window.open_handover(written.task_file)
    settle(qtbot)
    box = message_box(qtbot)
    assert "endret etter at den ble laget" in box.text()
    box.close()
    assert window.current_page_key() == before
    assert window.isVisible()


def test_the_file_menu_asks_for_a_task_or_receipt(qtbot, ctx, monkeypatch):
    window = make_window(qtbot, ctx)
    asked = []
    monkeypatch.setattr(handover_view, "choose_open_path", lambda parent: asked.append(1))
    assert window.open_task_action.text().replace("&", "") == "Åpne oppgave eller kvittering …"
    window.open_task_action.trigger()
    assert asked == [1]
