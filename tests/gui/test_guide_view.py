"""Guided steps on a page: a broken content file is logged and the page still opens."""

from __future__ import annotations

import logging

from desktop_app import resources
from desktop_app.views.guide_view import GuidePanel, page_guides


def test_a_broken_content_file_is_logged_and_the_panel_says_the_guide_is_missing(
    qtbot, tmp_path, monkeypatch, caplog
):
    flow = tmp_path / "content" / "confidential_access"
    flow.mkdir(parents=True)
    (flow / "01.toml").write_text("key = ", encoding="utf-8")
    monkeypatch.setattr(resources, "resources_dir", lambda: tmp_path)
    with caplog.at_level(logging.WARNING):
        guides = page_guides("confidential_access")
    assert guides == {}
    assert "01.toml" in caplog.text
    panel = GuidePanel()
    qtbot.addWidget(panel)
    panel.show_step(guides.get("gi-tilgang"))
    assert "mangler" in panel.body.text()


def test_the_own_inbox_step_opens_with_a_broken_content_file(
    qtbot, ctx, tmp_path, monkeypatch, caplog
):
    from desktop_app.wizards.unopened.own_inbox import OwnInboxPage

    flow = tmp_path / "content" / "unopened"
    flow.mkdir(parents=True)
    (flow / "01.toml").write_text("key = ", encoding="utf-8")
    monkeypatch.setattr(resources, "resources_dir", lambda: tmp_path)
    with caplog.at_level(logging.WARNING):
        page = OwnInboxPage(ctx)
    qtbot.addWidget(page)
    assert "01.toml" in caplog.text  # logged, with the file to fix
    assert "Veiledningen mangler" in page.guide.body.text()
    assert "01.toml" not in page.guide.body.text()  # the user is not shown a parser error
    assert page.table.columnCount() == 6  # the step itself works
