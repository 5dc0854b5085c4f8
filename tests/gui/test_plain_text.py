"""Names from files, Altinn and Enhetsregisteret are shown exactly as written: markup in a
name is never rendered (no loaded images, no links, no bold text the name did not have)."""

from __future__ import annotations

import re
import shutil

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMessageBox,
    QPushButton,
    QToolTip,
    QTreeWidget,
    QTreeWidgetItem,
)

from desktop_app.domain.access import ApprovedReader, Reason
from desktop_app.resources import demo_dir
from desktop_app.views.main_window import MainWindow
from desktop_app.wizards.confidential_access import GrantDialog

from .conftest import settle

NAME = "Kari <b>Nordmann</b> <img src='file:///etc/passwd'>"
MARKUP = re.compile(r"<(b|br|p|span|i|ul|ol|li|a|h[1-6]|table|img)[\s>/]", re.IGNORECASE)


def rendered_as_rich_text(label: QLabel) -> bool:
    """What Qt does with the label's text when it paints it."""
    fmt = label.textFormat()
    if fmt == Qt.TextFormat.AutoText:
        return GuiQt.mightBeRichText(label.text())
    return fmt in (Qt.TextFormat.RichText, Qt.TextFormat.MarkdownText)


def test_the_grant_dialog_shows_a_name_as_written(qtbot, ctx):
    reader = ApprovedReader(None, "310000000", NAME, "kari@example.no", Reason.ANNET)
    dialog = GrantDialog(reader, "<a href='https://evil.example'>Fjordvik</a>")
    qtbot.addWidget(dialog)
    dialog.show()
    text = next(label for label in dialog.findChildren(QLabel) if NAME in label.text())
    assert not rendered_as_rich_text(text)


def test_a_confirmation_with_a_name_is_plain_text(qtbot, ctx):
    from desktop_app.views.settings_view import SettingsView

    workspace = ctx.workspaces.create_workspace(NAME, "987654325")
    view = SettingsView(ctx)
    qtbot.addWidget(view)
    view.show()
    settle(qtbot)
    row = next(
        i
        for i in range(view.workspace_list.count())
        if view.workspace_list.item(i).data(Qt.ItemDataRole.UserRole) is not None
        and view.workspace_list.item(i).data(Qt.ItemDataRole.UserRole).id == workspace.id
    )
    view.workspace_list.setCurrentRow(row)
    view.ask_delete_workspace()
    box = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    )
    assert NAME in box.text()
    assert box.textFormat() == Qt.TextFormat.PlainText
    box.reject()


def test_an_imported_file_name_is_shown_as_written(qtbot, ctx, tmp_path):
    from desktop_app.wizards.notice_plan import NoticePlannerPage

    source = tmp_path / "<img src=x>brev.csv"
    shutil.copy(demo_dir() / "varslingsplan-eksempel.csv", source)
    page = NoticePlannerPage(ctx)
    qtbot.addWidget(page)
    page.show()
    settle(qtbot)
    page.import_file(source)
    settle(qtbot)
    assert "<img src=x>brev.csv" in page.import_status.text()
    assert not rendered_as_rich_text(page.import_status)


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen tooltips
def test_tooltips_with_a_name_are_shown_as_written(qtbot, ctx):
    button = QPushButton("Kopier")
    button.setToolTip(NAME)
    qtbot.addWidget(button)
    button.show()
    QApplication.sendEvent(
        button, QHelpEvent(QEvent.Type.ToolTip, QPoint(2, 2), button.mapToGlobal(QPoint(2, 2)))
    )
    assert "&lt;b&gt;Nordmann" in QToolTip.text() and "<b>" not in QToolTip.text()
    QToolTip.hideText()

    tree = QTreeWidget()
    item = QTreeWidgetItem(["Fjordvik AS"])
    item.setToolTip(0, NAME)  # e.g. a party name from Altinn
    tree.addTopLevelItem(item)
    qtbot.addWidget(tree)
    tree.show()
    centre = tree.visualItemRect(item).center()
    QApplication.sendEvent(
        tree.viewport(),
        QHelpEvent(QEvent.Type.ToolTip, centre, tree.viewport().mapToGlobal(centre)),
    )
    assert "&lt;img" in QToolTip.text() and "<img" not in QToolTip.text()
    QToolTip.hideText()


def test_no_page_shows_its_own_markup_as_text(qtbot, ctx):
    """Labels meant as rich text say so; none shows raw tags to the user."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.attach(ctx)
    settle(qtbot)
    for key in window.page_keys():
        window.show_page(key)
        settle(qtbot)
        for label in window.findChildren(QLabel):
            if label.isVisible() and not rendered_as_rich_text(label):
                assert not MARKUP.search(label.text()), (key, label.text()[:80])
