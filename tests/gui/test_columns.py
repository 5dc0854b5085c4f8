"""A table on a small screen keeps its key columns in view, and gets its widths back when
there is room again."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from desktop_app.views.columns import fit_columns

from .conftest import settle

TITLES = ["Virksomhet", "Org.nr", "Godkjent leser", "Kan lese", "Andre med tilgang", "Status"]


def table(qtbot) -> QTableWidget:
    view = QTableWidget(3, len(TITLES))
    qtbot.addWidget(view)
    view.setHorizontalHeaderLabels(TITLES)
    for row in range(3):
        for column, text in enumerate(
            ["Fjordvik kommune Helse og omsorg", "310 100 005", "Nei", "Ukjent", "Ingen", "OK"]
        ):
            view.setItem(row, column, QTableWidgetItem(text))
    header = view.horizontalHeader()
    for column in range(1, len(TITLES)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.resizeSection(0, 260)
    return view


def right_edge(view: QTableWidget, column: int) -> int:
    header = view.horizontalHeader()
    return header.sectionPosition(column) + header.sectionSize(column)


def test_the_key_columns_stay_in_view_and_the_widths_come_back(qtbot):
    view = table(qtbot)
    fit_columns(view, (0, 1, 5))
    view.resize(1200, 300)
    view.show()
    settle(qtbot)
    roomy = [view.horizontalHeader().sectionSize(i) for i in range(len(TITLES))]
    assert roomy[0] == 260  # room: the page's own widths
    view.resize(460, 300)
    settle(qtbot)
    assert right_edge(view, 5) <= view.viewport().width()  # «Status» in view
    org = view.horizontalHeader().sectionSize(1)
    assert org == roomy[1]  # the org.nr keeps its width (it would wrap)
    view.resize(1200, 300)
    settle(qtbot)
    assert [view.horizontalHeader().sectionSize(i) for i in range(len(TITLES))] == roomy


def test_a_narrowed_title_wraps_whole_words_and_the_header_grows(qtbot):
    """«Andre med tilgang» in a narrow column reads on three lines, not «e med tilg»."""
    view = table(qtbot)
    fit_columns(view, (0, 1, 5))
    view.resize(1200, 300)
    view.show()
    settle(qtbot)
    header = view.horizontalHeader()
    one_line = header.height()
    view.resize(460, 300)
    settle(qtbot)
    metrics = header.fontMetrics()
    for column, title in enumerate(TITLES):
        for word in title.split():  # every word fits its column
            assert metrics.horizontalAdvance(word) < header.sectionSize(column), word
    assert header.height() >= one_line + metrics.lineSpacing()  # room for the wrapped lines
    view.resize(1200, 300)
    settle(qtbot)
    assert header.height() == one_line
