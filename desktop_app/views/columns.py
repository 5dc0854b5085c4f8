"""Tables on a small screen: their key columns stay in view (:func:`fit_columns`).

A table wider than its room (a 1024 px laptop, large text, a detail pane beside it) would
hide its right-hand columns behind a sideways scroll bar, and with them often what matters
most (the recipient, the status, what to do). Here the other columns give way first.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView


class _ColumnFitter(QObject):
    """See :func:`fit_columns`."""

    def __init__(self, view: QAbstractItemView, keys: set[int], stretch_min: int) -> None:
        super().__init__(view)
        self.view, self.keys, self.stretch_min = view, keys, stretch_min
        header = self.header()
        # A narrowed column's title wraps at its spaces (never cut at both ends): the
        # narrowest a column gets is its title's longest word (:meth:`floor`).
        wrap = Qt.AlignmentFlag(header.defaultAlignment().value | Qt.TextFlag.TextWordWrap.value)
        header.setDefaultAlignment(wrap)
        self.modes = {i: header.sectionResizeMode(i) for i in range(header.count())}
        self.natural = {i: header.sectionSize(i) for i in range(header.count())}
        self.fitted = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self.fit)
        view.viewport().installEventFilter(self)
        model = view.model()
        if model is not None:
            for signal in (model.modelReset, model.layoutChanged, model.rowsInserted):
                signal.connect(self.timer.start)

    def header(self) -> QHeaderView:
        getter = getattr(self.view, "horizontalHeader", None) or self.view.header
        return getter()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.timer.start()  # once the header has its new width
        return False

    def floor(self, section: int) -> int:
        """The narrowest a column gets: its header's longest word, and the sort arrow."""
        header = self.header()
        text = str(self.view.model().headerData(section, Qt.Orientation.Horizontal) or "")
        metrics = header.fontMetrics()
        word = max((metrics.horizontalAdvance(w) for w in text.split()), default=0)
        return max(word + metrics.averageCharWidth() + 12, header.minimumSectionSize())

    def _stretches(self, section: int, shown: list[int]) -> bool:
        header = self.header()
        last = max(shown, key=header.visualIndex)
        return self.modes.get(section) == QHeaderView.ResizeMode.Stretch or (
            header.stretchLastSection() and section == last
        )

    def _restore(self, shown: list[int]) -> None:
        """Room again: back to the widths and modes the page chose."""
        header = self.header()
        for i in shown:
            mode = self.modes.get(i, QHeaderView.ResizeMode.Interactive)
            header.setSectionResizeMode(i, mode)
            if mode == QHeaderView.ResizeMode.Interactive and i in self.natural:
                header.resizeSection(i, self.natural[i])
        self.fitted = False

    def fit(self) -> None:
        if not shiboken6.isValid(self.view) or self.view.model() is None:
            return
        header = self.header()
        available = self.view.viewport().width()
        shown = sorted(
            (i for i in range(header.count()) if not header.isSectionHidden(i)),
            key=header.visualIndex,
        )
        keys = [i for i in shown if i in self.keys]
        if available <= 0 or not keys:
            return
        if not self.fitted:  # the widths the page (or the user) chose, while they fit
            self.modes = {i: header.sectionResizeMode(i) for i in range(header.count())}
            self.natural = {i: header.sectionSize(i) for i in range(header.count())}
        # Only the columns up to the last key column need to fit; those after it may be
        # scrolled to.
        lead = shown[: shown.index(keys[-1]) + 1]
        metrics = header.fontMetrics()
        wants: dict[int, int] = {}
        floors: dict[int, int] = {}
        for i in lead:
            mode = self.modes.get(i, QHeaderView.ResizeMode.Interactive)
            stretches = self._stretches(i, shown)
            if stretches:  # a key column keeps room to read; another takes what is left
                wants[i] = max(self.floor(i), self.stretch_min if i in self.keys else 0)
            elif mode == QHeaderView.ResizeMode.ResizeToContents:
                wants[i] = max(header.sectionSizeHint(i), self.view.sizeHintForColumn(i))
            else:
                wants[i] = self.natural.get(i, header.sectionSize(i))
            if i not in self.keys:
                floors[i] = min(self.floor(i), wants[i])
            elif mode == QHeaderView.ResizeMode.ResizeToContents:
                floors[i] = wants[i]  # an org.nr would wrap
            elif stretches:  # what is left, but a dozen characters at least
                floors[i] = min(wants[i], max(self.floor(i), 12 * metrics.averageCharWidth()))
            else:  # a key column stays readable: some sixteen characters
                floors[i] = min(wants[i], max(self.floor(i), 16 * metrics.averageCharWidth()))
        excess = sum(wants.values()) - available
        if excess <= 0:
            if self.fitted:
                self._restore(shown)
                self.header().setMinimumHeight(0)
            return
        widths = dict(wants)
        for group in ([i for i in lead if i not in self.keys], [i for i in lead if i in self.keys]):
            room = sum(widths[i] - floors[i] for i in group)
            if room <= 0 or excess <= 0:
                continue
            take = min(excess, room)
            for i in group:
                widths[i] -= -(-take * (widths[i] - floors[i]) // room)  # rounded up
            excess -= take
        for i in lead:
            if self._stretches(i, shown):
                continue
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(i, max(widths[i], floors[i]))
        self.fitted = True
        self._fit_height(shown)

    def _fit_height(self, shown: list[int]) -> None:
        """The header as tall as its tallest wrapped title (a header keeps one line's height
        by itself, so a title that wraps would be cut off at the top and bottom)."""
        header = self.header()
        metrics = header.fontMetrics()
        lines = 1
        for i in shown:
            text = str(self.view.model().headerData(i, Qt.Orientation.Horizontal) or "")
            room = max(1, header.sectionSize(i) - metrics.averageCharWidth() - 12)
            box = metrics.boundingRect(0, 0, room, 10_000, Qt.TextFlag.TextWordWrap.value, text)
            lines = max(lines, round(box.height() / max(1, metrics.lineSpacing())))
        header.setMinimumHeight(0 if lines == 1 else lines * metrics.lineSpacing() + 8)


def fit_columns(
    view: QAbstractItemView, key_columns: list[int] | tuple[int, ...], stretch_min: int = 200
) -> None:
    """A table's key columns stay in view when the table is narrower than its columns (a small
    screen, large text): the other columns before the last key column narrow first, down to
    their header's longest word, then the key columns, down to some sixteen characters (a key
    column sized to its contents, an org.nr, keeps its width); text is elided or wraps, and
    the whole of it is in the row's detail and tooltip. Columns after the last key column keep
    their widths and may be scrolled to. A stretching key column gets ``stretch_min`` px when
    it can, a dozen characters at least.
    When there is room again, the columns get back the widths the page gave them. Call it
    after the columns are set up."""
    fitter = _ColumnFitter(view, set(key_columns), stretch_min)
    view.setProperty("a11yColumnFitter", True)
    fitter.timer.start()
