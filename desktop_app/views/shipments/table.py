"""The letters of a check as a table that stays smooth at 100,000 rows: sort, filter as you
type, hide columns, and a detail pane for the selected letter.

* :class:`ShipmentTableModel` holds the letters (:class:`ReviewLetters`, with the verdicts
  of the check's classification) and makes a cell's text only when the view asks for it:
  opening a check formats no date and no org.nr in advance.
* :class:`ShipmentFilterProxy` is a flat proxy that keeps the visible rows as a list of
  source rows. Filtering tests the search columns (:class:`SearchColumns`: one lower-case
  list per column; texts that repeat are tested once per distinct text), so "varslet 320"
  finds what the user sees; sorting uses a key list per column, made on first use, and
  keeps each ascending order it has made. Neither calls Python once per row from C++,
  which is what makes QSortFilterProxyModel slow at this size.
* :class:`ShipmentTable` is the widget (filter field, table, detail pane, "Vis hendelser"),
  used by the Rapporter page and the wizard. Hidden columns are remembered per table in the
  settings (``hidden_columns``).

What a table needs before it is shown (the search columns and the first order) is made in
:func:`prepare_letters`, which touches no widget and runs on the pool for a big check.
"""

from __future__ import annotations

import html
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import compress, repeat
from operator import and_, attrgetter, contains, is_, not_, or_
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractProxyModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.bulk import no_cyclic_gc
from desktop_app.domain.numbers import group_digits as count_text
from desktop_app.domain.svarut import OSLO, ShipmentStatus
from desktop_app.domain.unopened import RiskLevel, Urgency
from desktop_app.services.unopened_check import ReviewLetter, ReviewLetters
from desktop_app.views.domain_text import dtr
from desktop_app.views.style import STATUS_COLOURS

if TYPE_CHECKING:
    from desktop_app.views.context import AppContext


def tr(text: str) -> str:
    return QCoreApplication.translate("shipment_table", text)


S = ShipmentStatus
Role = Qt.ItemDataRole
LetterRole = Qt.ItemDataRole.UserRole + 1  # the ReviewLetter of a row

# Column keys in their order; titles in column_titles().
COLUMNS: tuple[str, ...] = (
    "risk", "urgency", "status", "sent", "age", "recipient", "orgnr", "title", "ref",
    "confidential", "digital_only", "id", "line",
)  # fmt: skip
DEFAULT_HIDDEN: frozenset[str] = frozenset({"digital_only", "line"})
# Columns that sort on one text attribute of the shipment (org.nr: its digits sort the same
# as the spaced form shown).
_PLAIN_TEXT = {"recipient": "recipient_name", "title": "title", "ref": "external_ref",
               "id": "id", "orgnr": "recipient_id"}  # fmt: skip
_NUMERIC = frozenset({"age", "line"})


def column_titles() -> dict[str, str]:
    return {
        "risk": tr("Vurdering"),
        "urgency": tr("Hastegrad"),
        "status": tr("Status"),
        "sent": tr("Sendt"),
        "age": tr("Alder (dager)"),
        "recipient": tr("Mottaker"),
        "orgnr": tr("Org.nr"),
        "title": tr("Tittel"),
        "ref": tr("Ekstern referanse"),
        "confidential": tr("Taushetsbelagt"),
        "digital_only": tr("Kun digital"),
        "id": tr("Forsendelse-ID"),
        "line": tr("Linje i filen"),
    }


def level_labels() -> dict[RiskLevel, str]:
    return {
        RiskLevel.AT_RISK: tr("I faresonen"),
        RiskLevel.UNKNOWN: tr("Kan ikke vurderes"),
        RiskLevel.NOT_AT_RISK: tr("Ikke i faresonen"),
    }


def status_explanations() -> dict[ShipmentStatus | None, str]:
    """What each SvarUt status means, in plain words (the detail pane)."""
    return {
        S.MOTTATT: tr("SvarUt har tatt imot forsendelsen, men den er ikke sendt videre ennå."),
        S.AKSEPTERT: tr("SvarUt har godtatt forsendelsen og holder på å sende den."),
        S.AVVIST: tr("SvarUt avviste forsendelsen. Den er aldri sendt til mottakeren."),
        S.FEILET_UNDER_MOTTAK: tr(
            "Noe gikk galt da SvarUt tok imot forsendelsen. Den er aldri sendt til mottakeren."
        ),
        S.KLAR_FOR_MOTTAK: tr("Forsendelsen venter på at mottakerens fagsystem henter den."),
        S.VARSLET: tr(
            "Brevet ligger i mottakerens innboks i Altinn, og mottakeren er varslet. "
            "Ingen har åpnet det ennå."
        ),
        S.LEST: tr("Noen hos mottakeren har åpnet brevet."),
        S.SENDT_DIGITALT: tr(
            "Brevet ble levert digitalt, men ingen åpnet det før lesefristen "
            "gikk ut, og det blir ikke sendt på papir."
        ),
        S.SENDT_PRINT: tr("Brevet er sendt til utskrift og kommer i vanlig post."),
        S.PRINTET: tr("Brevet er skrevet ut og sendt i vanlig post."),
        S.SENDT_SDP: tr("Brevet er sendt til en digital postkasse for innbyggere."),
        S.LEVERT_SDP: tr("Brevet er levert i mottakerens digitale postkasse."),
        S.IKKE_LEVERT: tr("Brevet kunne ikke leveres digitalt og blir ikke sendt på papir."),
        S.MANUELT_HANDTERT: tr("Noen i kommunen har avsluttet forsendelsen for hånd i SvarUt."),
        S.SLETTET: tr("Forsendelsen er slettet i SvarUt."),
        S.SENDT_NHN_MOTTAKER: tr("Brevet er sendt gjennom Norsk helsenett."),
        S.LEVERT_NHN_MOTTAKER: tr("Brevet er levert gjennom Norsk helsenett."),
        None: tr("Postvakt kjenner ikke statusen i filen, så den kan ikke forklares."),
    }


@dataclass
class Labels:
    """The texts the table shows, made on the GUI thread (translated) once per table."""

    columns: dict[str, str]
    levels: dict[RiskLevel, str]
    person: str
    yes: str
    no: str
    unknown: str
    no_status: str

    @classmethod
    def current(cls) -> Labels:
        return cls(column_titles(), level_labels(), tr("Person"), tr("Ja"), tr("Nei"),
                   tr("Ukjent"), tr("(mangler)"))  # fmt: skip


def _orgnr_text(rid: str) -> str:
    if len(rid) == 9 and rid.isdigit():
        return f"{rid[:3]} {rid[3:6]} {rid[6:]}"
    return rid


def _sent_text(sent: datetime | None) -> str:
    if sent is None:
        return ""
    d = sent.astimezone(OSLO)  # no strftime: it imports, and PySide's import hook is slow
    return f"{d.day:02d}.{d.month:02d}.{d.year} {d.hour:02d}.{d.minute:02d}"


_SENT_AT = attrgetter("sent_at")
_STATUS = attrgetter("status")
_CONFIDENTIAL = attrgetter("confidential")
_LAST_DATE = datetime.max.replace(tzinfo=UTC)  # the sort key of a letter without a date
_FIRST_DATE = datetime.min.replace(tzinfo=UTC)
_RISK_ORDER = {RiskLevel.AT_RISK: 0, RiskLevel.UNKNOWN: 1, RiskLevel.NOT_AT_RISK: 2}
_PERSON_ORDER = 3  # letters to persons after every verdict


@dataclass
class SearchColumns:
    """What a search looks in, one lower-case list per column, aligned with the letters.

    * ``repeated``: the columns whose texts repeat (verdict, urgency, status, recipient,
      org.nr, confidential), each as ``(text per letter, every text it can hold)``. A
      search tests those few texts, then picks the rows whose text is one that matched.
    * ``unique``: title, reference and forsendelse-ID, tested letter by letter.

    The date is not here (formatting 100,000 dates costs more than all the rest): it is made
    on the first search with a digit in it (:meth:`ShipmentTableModel.sent_texts`)."""

    repeated: list[tuple[list[str], frozenset[str]]]
    unique: list[list[str]]


@dataclass
class PreparedLetters:
    """Letters plus what searching and the first order need, made off the GUI thread: the
    search columns, and the rows with letters at risk first, the file's order within (the
    table's first order, so showing a check sorts nothing on the GUI thread). No cell text
    is made here: the model makes a cell's text when the view shows it."""

    letters: ReviewLetters
    search: SearchColumns
    labels: Labels
    risk_keys: list[int]
    risk_order: list[int]


def prepare_letters(letters: Sequence[ReviewLetter], labels: Labels) -> PreparedLetters:
    """The search columns and the first order. No widgets: safe on a pool thread. Every
    step is a pass in C (map, zip) over one column of the letters, and a text that repeats
    (a verdict, a status, a name) is made and lower-cased once per distinct value."""
    with no_cyclic_gc():  # many new objects, no cycles (see desktop_app.domain.bulk)
        return _prepare_letters(letters, labels)


def _prepare_letters(letters: Sequence[ReviewLetter], labels: Labels) -> PreparedLetters:
    review = letters if isinstance(letters, ReviewLetters) else ReviewLetters.of(letters)
    shipments, levels, persons = review.shipments, review.levels, review.persons
    n = len(shipments)
    person_rows = list(compress(range(n), persons))
    lower = str.lower  # (casefold is several times slower; in bokmål they agree)
    # Enum members hash in Python: they are looked up by id() instead, in C.
    level_ids = list(map(id, levels))
    level_texts = {id(level): lower(text) for level, text in labels.levels.items()}
    levels_shown = list(map(level_texts.__getitem__, level_ids))

    urgency_label = {id(u): lower(dtr(u.label_nb)) for u in Urgency}
    urgency_label[id(None)] = ""
    urgency_texts = [""] * n
    urgencies = review.urgencies()
    for i in compress(range(n), map(is_, levels, repeat(RiskLevel.AT_RISK))):
        urgency_texts[i] = urgency_label[id(urgencies[i])]

    status_label = {id(st): lower(_status_text(st, "", "")) for st in ShipmentStatus}
    status_texts = list(map(status_label.get, map(id, map(_STATUS, shipments)), repeat(None)))
    unknown: dict[str, str] = {}
    if None in status_texts:  # a status Postvakt does not know: the file's own text
        for i in compress(range(n), map(is_, status_texts, repeat(None))):
            text = shipments[i].status_text
            status_texts[i] = unknown.get(text) or unknown.setdefault(text, lower(text))

    rids = list(map(_RECIPIENT_ID, shipments))
    orgnr_memo = {rid: f"{rid} {_orgnr_text(rid)}" if rid else "" for rid in set(rids)}
    who = list(map(orgnr_memo.__getitem__, rids))
    names = list(map(_RECIPIENT_NAME, shipments))
    name_memo = {name: lower(name) for name in set(names)}
    names = list(map(name_memo.__getitem__, names))
    titles = list(map(lower, map(_TITLE, shipments)))
    refs = _lower_case(list(map(_REF, shipments)))
    yes_no = {True: lower(labels.yes), False: lower(labels.no), None: lower(labels.unknown)}
    confidential = list(map(yes_no.__getitem__, map(_CONFIDENTIAL, shipments)))
    person = lower(labels.person)
    for i in person_rows:  # never a fødselsnummer, name or title in a search
        who[i], names[i], titles[i], refs[i] = person, "", "", ""
    # Each column with the texts it can hold (from the memos: no pass over the rows; a text
    # that no row holds does no harm).
    extra = {""} if person_rows else set()
    repeated = [
        (levels_shown, frozenset(level_texts.values())),
        (urgency_texts, frozenset(urgency_label.values())),
        (status_texts, frozenset(status_label.values()) | frozenset(unknown.values())),
        (names, frozenset(name_memo.values()) | extra),
        (who, frozenset(orgnr_memo.values()) | ({person} if person_rows else set())),
        (confidential, frozenset(yes_no.values())),
    ]
    # (A forsendelse-ID is in lower case already: the importer writes it so.)
    search = SearchColumns(repeated, [titles, refs, list(map(_ID, shipments))])

    risk_keys = sort_keys(review, "risk", labels)
    risk_order = sorted(range(n), key=risk_keys.__getitem__)
    return PreparedLetters(review, search, labels, risk_keys, risk_order)


def _lower_case(texts: list[str]) -> list[str]:
    """The texts in lower case; the same list when they are already (as references and
    numbers mostly are), found with one look at all of them joined."""
    joined = "\n".join(texts)
    if joined.isascii() and joined == joined.lower():
        return texts
    return list(map(str.lower, texts))


_RECIPIENT_ID = attrgetter("recipient_id")
_RECIPIENT_NAME = attrgetter("recipient_name")
_TITLE = attrgetter("title")
_REF = attrgetter("external_ref")
_ID = attrgetter("id")


def _status_text(status: ShipmentStatus | None, status_text: str, missing: str) -> str:
    if status is not None:
        return dtr(status.label_nb)
    return status_text or missing


# --- The model ------------------------------------------------------------------------------------


class ShipmentTableModel(QAbstractTableModel):
    """All letters of one check or report; the text of a cell is made when it is shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels = Labels.current()
        self.letters: ReviewLetters = ReviewLetters.of([])
        self.search = SearchColumns([], [])
        self._keys: dict[int, list[Any]] = {}
        self._orders: dict[int, list[int]] = {}  # ascending row order per column, once made
        self._sent_texts: list[str] | None = None

    def set_letters(self, letters: Sequence[ReviewLetter] | PreparedLetters) -> None:
        prepared = (letters if isinstance(letters, PreparedLetters)
                    else prepare_letters(letters, self.labels))  # fmt: skip
        self.beginResetModel()
        self.letters = prepared.letters
        self.search = prepared.search
        risk = COLUMNS.index("risk")
        self._keys = {risk: prepared.risk_keys}
        self._orders = {risk: prepared.risk_order}
        self._sent_texts = None
        self.endResetModel()

    def sent_texts(self) -> list[str]:
        """The date column as shown, one text per letter, for searching by date; made on the
        first search that may hold a date (a term with a digit), then kept."""
        if self._sent_texts is None:
            memo: dict[Any, str] = {}
            texts = []
            append = texts.append
            for sent in map(_SENT_AT, self.letters.shipments):
                text = memo.get(sent)
                if text is None:
                    text = memo[sent] = _sent_text(sent)
                append(text)
            self._sent_texts = texts
        return self._sent_texts

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.letters)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Role.DisplayRole:
            return self.labels.columns[COLUMNS[section]]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Role.DisplayRole):
        if not index.isValid():
            return None
        return self.cell(index.row(), index.column(), role)

    def cell(self, row: int, column: int, role: int = Role.DisplayRole):
        letter = self.letters[row]
        key = COLUMNS[column]
        if role == Role.DisplayRole:
            return self.text(letter, key)
        if role == LetterRole:
            return letter
        if role == Role.ToolTipRole and key in ("risk", "status"):
            return dtr(letter.reason)
        if role == Role.ForegroundRole and key == "risk":
            if letter.level is RiskLevel.AT_RISK:
                return QBrush(QColor(STATUS_COLOURS["bad"]))
            if letter.level is RiskLevel.UNKNOWN:
                return QBrush(QColor(STATUS_COLOURS["warn"]))
            return QBrush(QColor(STATUS_COLOURS["muted"]))
        if role == Role.TextAlignmentRole and key in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def text(self, letter: ReviewLetter, key: str) -> str:
        s = letter.shipment
        labels = self.labels
        if key == "risk":
            return labels.levels[letter.level]
        if key == "urgency":
            return dtr(letter.urgency.label_nb) if letter.urgency is not None else ""
        if key == "status":
            return _status_text(s.status, s.status_text, labels.no_status)
        if key == "sent":
            return _sent_text(s.sent_at)
        if key == "age":
            return "" if letter.age_days is None else str(letter.age_days)
        if key == "recipient":
            return s.recipient_name
        if key == "orgnr":
            return labels.person if letter.person else _orgnr_text(s.recipient_id)
        if key == "title":
            return s.title
        if key == "ref":
            return s.external_ref
        if key in ("confidential", "digital_only"):
            value = s.confidential if key == "confidential" else s.digital_only
            return labels.unknown if value is None else labels.yes if value else labels.no
        if key == "id":
            return s.id
        if key == "line":
            return "" if s.source_line is None else str(s.source_line)
        return ""

    def sorted_rows(self, column: int, order: Qt.SortOrder) -> list[int]:
        """Every row in the order of ``column``: ascending, or descending (rows that compare
        equal keep the file's order both ways). Letters without a date come last when sorted
        by date ascending, as if they were sent at the end of time."""
        descending = order == Qt.SortOrder.DescendingOrder
        if not descending and column in self._orders:
            return list(self._orders[column])
        rows = _sorted_rows(self.sort_keys(column), COLUMNS[column], descending)
        if not descending:
            self._orders[column] = rows
            return list(rows)
        return rows

    def sort_keys(self, column: int) -> list[Any]:
        """One comparable key per letter for ``column``; made on first use, then kept."""
        keys = self._keys.get(column)
        if keys is None:
            keys = self._keys[column] = sort_keys(self.letters, COLUMNS[column], self.labels)
        return keys


def _sorted_rows(keys: list[Any], key: str, descending: bool) -> list[int]:
    backwards = descending != (key == "age")  # the oldest has the most days
    return sorted(range(len(keys)), key=keys.__getitem__, reverse=backwards)


def sort_keys(review: ReviewLetters, key: str, labels: Labels) -> list[Any]:
    """One comparable key per letter for column ``key``, in C passes where it can. Texts
    that repeat (a name, a status) become their rank among the distinct texts, so the sort
    compares small numbers, not strings; texts compare in lower case (as the search does).
    No widgets: safe on the pool."""
    shipments = review.shipments
    n = len(shipments)
    person_rows = list(compress(range(n), review.persons))
    if key == "risk":  # at risk first, then unknown, not at risk, and letters to persons
        order = {id(level): rank for level, rank in _RISK_ORDER.items()}
        keys = list(map(order.__getitem__, map(id, review.levels)))
        for i in person_rows:
            keys[i] = _PERSON_ORDER
    elif key == "urgency":  # the most urgent first
        keys = [-u if u is not None else 0 for u in review.urgencies()]
    elif key in ("sent", "age"):
        # Age is the time since sending, so it sorts by date the other way round (see
        # _sorted_rows). A letter without a date comes last in both, ascending.
        never = _LAST_DATE if key == "sent" else _FIRST_DATE
        keys = list(map(_SENT_AT, shipments))
        for i in compress(range(n), map(is_, keys, repeat(None))):
            keys[i] = never
    elif key == "line":
        big = float("inf")
        keys = [line if line is not None else big
                for line in map(attrgetter("source_line"), shipments)]  # fmt: skip
    else:
        if key in _PLAIN_TEXT:
            values: list[Any] = list(map(attrgetter(_PLAIN_TEXT[key]), shipments))
            for i in person_rows:  # as the table shows a letter to a person
                values[i] = ""
            distinct = set(values)
            if len(distinct) * 4 > n:  # mostly different texts: ranking them gains nothing
                return _lower_case(values)
            texts = {v: v.lower() for v in distinct}
        elif key == "status":
            shown = {id(st): _status_text(st, "", "") for st in ShipmentStatus}
            values = list(map(shown.get, map(id, map(_STATUS, shipments)), repeat(None)))
            for i in compress(range(n), map(is_, values, repeat(None))):
                values[i] = _status_text(None, shipments[i].status_text,
                                         labels.no_status)  # fmt: skip
            texts = {v: v.lower() for v in set(values)}
        else:  # yes, no or unknown
            getter = _CONFIDENTIAL if key == "confidential" else attrgetter("digital_only")
            yes_no = {id(True): labels.yes, id(False): labels.no,
                      id(None): labels.unknown}  # fmt: skip
            values = list(map(yes_no.__getitem__, map(id, map(getter, shipments))))
            texts = {v: v.lower() for v in set(values)}
        ranked_texts = sorted(set(texts.values()))
        rank_of = {t: i for i, t in enumerate(ranked_texts)}
        ranks = {v: rank_of[t] for v, t in texts.items()}
        keys = list(map(ranks.__getitem__, values))
    return keys


def filter_terms(text: str) -> list[str]:
    """The words to look for, in lower case. Digit groups typed one after another stay
    together, so "320 135 710" finds the org.nr and not every row with a 320 in it."""
    terms: list[str] = []
    for word in text.lower().split():
        if terms and word.isdigit() and terms[-1].replace(" ", "").isdigit():
            terms[-1] += " " + word
        else:
            terms.append(word)
    return terms


# --- The proxy ------------------------------------------------------------------------------------


class ShipmentFilterProxy(QAbstractProxyModel):
    """Filter (text and verdict) and sort over a :class:`ShipmentTableModel`, flat."""

    filtered = Signal()  # the visible rows changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[int] = []  # visible source rows, in display order
        self._sorted: list[int] = []  # every source row, in display order
        self._inverse: dict[int, int] | None = None
        self._terms: list[str] = []
        self._level: RiskLevel | None = None
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    # -- wiring ----------------------------------------------------------------------
    def setSourceModel(self, model: ShipmentTableModel) -> None:  # type: ignore[override]
        self.beginResetModel()
        super().setSourceModel(model)
        model.modelAboutToBeReset.connect(self.beginResetModel)
        model.modelReset.connect(self._source_reset)
        model.dataChanged.connect(self._source_data_changed)
        self._rebuild()
        self.endResetModel()

    def source(self) -> ShipmentTableModel:
        return self.sourceModel()  # type: ignore[return-value]

    def _source_reset(self) -> None:
        self._rebuild()
        self.endResetModel()
        self.filtered.emit()

    def _source_data_changed(self, top: QModelIndex, bottom: QModelIndex, roles=()) -> None:
        inverse = self._inverse_map()
        for row in range(top.row(), bottom.row() + 1):
            mine = inverse.get(row)
            if mine is not None:
                self.dataChanged.emit(self.index(mine, top.column()),
                                      self.index(mine, bottom.column()), roles)  # fmt: skip

    def _rebuild(self) -> None:
        n = self.source().rowCount()
        if 0 <= self._sort_column < len(COLUMNS):
            self._sorted = self.source().sorted_rows(self._sort_column, self._sort_order)
        else:
            self._sorted = list(range(n))
        self._rows = self._matching(self._sorted)
        self._inverse = None

    # -- filter and sort ---------------------------------------------------------------
    def set_filter(self, text: str) -> None:
        """Show the letters whose text (any column) has every word of ``text``."""
        terms = filter_terms(text)
        if terms == self._terms:
            return
        narrower = bool(self._terms) and all(
            any(before in now for now in terms) for before in self._terms
        )  # every row with the new words also has the earlier ones
        old, self._terms = self._terms, terms
        self.beginResetModel()
        if narrower:  # the rows shown already hold the earlier words: test only new ones
            self._rows = self._matching(self._rows, [t for t in terms if t not in old])
        else:
            self._rows = self._matching(self._sorted)
        self._inverse = None
        self.endResetModel()
        self.filtered.emit()

    def set_level(self, level: RiskLevel | None) -> None:
        """Show only letters with this verdict (``None``: all)."""
        if level is self._level:
            return
        self._level = level
        self.beginResetModel()
        self._rows = self._matching(self._sorted)
        self._inverse = None
        self.endResetModel()
        self.filtered.emit()

    def _matching(self, rows: list[int], terms: list[str] | None = None) -> list[int]:
        """The rows that pass the verdict choice and contain every term. The test runs in C
        (map/compress), not once per row in Python. A term with a digit may be a date: the
        date column (not in the search texts) is searched for it as well."""
        source = self.source()
        if self._level is not None:
            level = self._level
            review = source.letters
            keep = list(map(and_, map(is_, map(review.levels.__getitem__, rows), repeat(level)),
                            map(not_, map(review.persons.__getitem__, rows))))  # fmt: skip
            rows = list(compress(rows, keep))
        for term in self._terms if terms is None else terms:
            rows = self._with_term(rows, term)
        if rows is self._sorted:
            return list(rows)
        return rows

    def _with_term(self, rows: list[int], term: str) -> list[int]:
        """The rows with ``term`` in any column: one pass in C per column that can hold it."""
        source = self.source()
        search = source.search
        tests: list[Iterator[bool]] = []
        for per_row, distinct in search.repeated:
            hits = frozenset(t for t in distinct if term in t)
            if hits == distinct:
                return rows  # every row has it
            if hits:
                tests.append(map(hits.__contains__, map(per_row.__getitem__, rows)))
        columns = list(search.unique)
        if any(c.isdigit() for c in term):
            columns.append(source.sent_texts())
        tests += [map(contains, map(col.__getitem__, rows), repeat(term)) for col in columns]
        if not tests:
            return []
        found = tests[0]
        for test in tests[1:]:
            found = map(or_, found, test)
        return list(compress(rows, found))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column < 0 or column >= len(COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        sources = [self._rows[p.row()] if 0 <= p.row() < len(self._rows) else -1
                   for p in persistent]  # fmt: skip
        self._sort_column, self._sort_order = column, order
        self._sorted = self.source().sorted_rows(column, order)
        if self._terms or self._level is not None:
            self._rows = self._matching(self._sorted)
        else:  # nothing filtered: every row, in the new order
            self._rows = list(self._sorted)
        self._inverse = None
        if persistent:
            inverse = self._inverse_map()
            moved = []
            for p, src in zip(persistent, sources, strict=True):
                row = inverse.get(src, -1)
                moved.append(self.index(row, p.column()) if row >= 0 else QModelIndex())
            self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    # -- QAbstractProxyModel ------------------------------------------------------------
    def _inverse_map(self) -> dict[int, int]:
        if self._inverse is None:
            self._inverse = {src: i for i, src in enumerate(self._rows)}
        return self._inverse

    def index(
        self,
        row: int,
        column: int,
        parent: QModelIndex | QPersistentModelIndex = QModelIndex(),  # noqa: B008
    ) -> QModelIndex:
        if parent.isValid() or not (0 <= row < len(self._rows) and 0 <= column < len(COLUMNS)):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, _index: QModelIndex | QPersistentModelIndex | None = None) -> QModelIndex:  # type: ignore[override]
        return QModelIndex()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def hasChildren(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid()

    def mapToSource(self, proxy: QModelIndex | QPersistentModelIndex) -> QModelIndex:
        if not proxy.isValid() or proxy.row() >= len(self._rows):
            return QModelIndex()
        return self.source().index(self._rows[proxy.row()], proxy.column())

    def mapFromSource(self, source: QModelIndex | QPersistentModelIndex) -> QModelIndex:
        if not source.isValid():
            return QModelIndex()
        row = self._inverse_map().get(source.row())
        return QModelIndex() if row is None else self.index(row, source.column())

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Role.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        return self.source().cell(self._rows[index.row()], index.column(), role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            return self.source().headerData(section, orientation, role)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # -- for the widget -----------------------------------------------------------------
    def letter_at(self, row: int) -> ReviewLetter | None:
        if 0 <= row < len(self._rows):
            return self.source().letters[self._rows[row]]
        return None

    def source_row(self, row: int) -> int | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of_source(self, source_row: int) -> int | None:
        """The visible row of a letter (by its source row), or None when it is filtered out."""
        try:
            return self._rows.index(source_row)  # a C loop over ints
        except ValueError:
            return None

    def visible_letters(self) -> list[ReviewLetter]:
        letters = self.source().letters
        return [letters[i] for i in self._rows]


# --- The widget -----------------------------------------------------------------------------------


class ShipmentTable(QWidget):
    """Filter field, verdict choice, table and detail pane. ``table_name`` names the table in
    the settings, so each place remembers its own hidden columns."""

    FILTER_DELAY_MS = 150
    letter_selected = Signal(object)  # ReviewLetter | None

    def __init__(
        self, ctx: AppContext | None, table_name: str = "rapporter", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.table_name = table_name
        self.model = ShipmentTableModel(self)
        self.proxy = ShipmentFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.current: ReviewLetter | None = None
        self._current_source: int | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        filter_label = QLabel(tr("&Søk:"))
        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(
            tr("Skriv for å søke i alle kolonner, for eksempel «varslet» eller et org.nr")
        )
        self.filter_edit.setAccessibleName(tr("Søk i brevene"))
        filter_label.setBuddy(self.filter_edit)
        self.level_combo = QComboBox()
        self.level_combo.setAccessibleName(tr("Vis brev"))
        self.level_combo.addItem(tr("Alle brev"), None)
        for level, label in level_labels().items():
            self.level_combo.addItem(tr("Bare: {verdict}").format(verdict=label), level)
        self.columns_button = QPushButton(tr("&Kolonner …"))
        self.columns_button.setToolTip(
            tr("Velg hvilke kolonner som vises. Du kan også høyreklikke på overskriftene.")
        )
        self.count_label = QLabel()
        self.count_label.setObjectName("letterCount")
        bar.addWidget(filter_label)
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.level_combo)
        bar.addWidget(self.columns_button)
        bar.addWidget(self.count_label)
        layout.addLayout(bar)

        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(tr("Brevene"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setSortingEnabled(True)
        # Letters at risk first; within each verdict, the order of the file.
        self.view.sortByColumn(COLUMNS.index("risk"), Qt.SortOrder.AscendingOrder)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        widths = {"risk": 120, "urgency": 130, "status": 120, "sent": 120, "age": 90,
                  "recipient": 220, "orgnr": 100, "title": 260, "ref": 120,
                  "confidential": 110, "digital_only": 90, "id": 280, "line": 90}  # fmt: skip
        for i, key in enumerate(COLUMNS):
            header.resizeSection(i, widths[key])

        self.detail = QTextBrowser()
        self.detail.setObjectName("letterDetail")
        self.detail.setAccessibleName(tr("Om brevet"))
        self.detail.setOpenLinks(False)
        self.events_button = QPushButton(tr("Vis &hendelser"))
        self.events_button.setToolTip(tr("Hent hendelsesloggen for forsendelsen fra SvarUt."))
        self.copy_button = QPushButton(tr("Kopier forsendelse-ID"))
        detail_panel = QWidget()
        detail_layout = QVBoxLayout(detail_panel)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.events_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        detail_layout.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.view)
        splitter.addWidget(detail_panel)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([760, 340])
        layout.addWidget(splitter, 1)

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(self.FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.filter_edit.textChanged.connect(lambda _t: self._filter_timer.start())
        self.filter_edit.returnPressed.connect(self.apply_filter)
        self.level_combo.currentIndexChanged.connect(self._level_changed)
        self.columns_button.clicked.connect(
            lambda: self._header_menu(QPoint(0, 0), self.columns_button)
        )
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.proxy.filtered.connect(self._after_filter)
        self.events_button.clicked.connect(self.show_events)
        self.view.activated.connect(  # Enter on a row does what «Vis hendelser» does
            lambda _index: self.show_events() if self.events_button.isEnabled() else None
        )
        self.copy_button.clicked.connect(self._copy_id)

        self.apply_hidden(self.hidden_columns())
        self._show_detail(None)
        self._update_count()

    # -- letters -----------------------------------------------------------------------
    def set_letters(self, letters: Sequence[ReviewLetter] | PreparedLetters) -> None:
        """Show these letters (the filter and sort stay as the user left them)."""
        self.current = self._current_source = None
        self.model.set_letters(letters)
        self._show_detail(None)

    def letter_count(self) -> int:
        return len(self.model.letters)

    # -- filter ------------------------------------------------------------------------
    def apply_filter(self) -> None:
        self._filter_timer.stop()
        self.proxy.set_filter(self.filter_edit.text())

    def _level_changed(self, _index: int) -> None:
        self.proxy.set_level(self.level_combo.currentData())

    def _after_filter(self) -> None:
        self._update_count()
        if self.current is not None and self._current_source is not None:
            row = self.proxy.row_of_source(self._current_source)
            if row is not None:
                self.view.selectRow(row)
                self.view.scrollTo(self.proxy.index(row, 0))
                return
        self.current = self._current_source = None
        self._show_detail(None)
        self.letter_selected.emit(None)

    def _update_count(self) -> None:
        total = len(self.model.letters)
        shown = self.proxy.rowCount()
        if not total:
            self.count_label.setText(tr("Ingen brev"))
        elif shown == total:
            self.count_label.setText(tr("{n} brev").format(n=count_text(total)))
        else:
            self.count_label.setText(
                tr("Viser {shown} av {total} brev").format(
                    shown=count_text(shown), total=count_text(total)
                )
            )

    # -- columns -----------------------------------------------------------------------
    def hidden_columns(self) -> set[str]:
        if self.ctx is None:
            return set(DEFAULT_HIDDEN)
        saved = self.ctx.settings.get("hidden_columns").get(self.table_name)
        if saved is None:
            return set(DEFAULT_HIDDEN)
        return {key for key in saved if key in COLUMNS}

    def apply_hidden(self, hidden: set[str]) -> None:
        for i, key in enumerate(COLUMNS):
            self.view.setColumnHidden(i, key in hidden)

    def set_column_hidden(self, key: str, hidden: bool) -> None:
        current = self.hidden_columns()
        if hidden:
            if len(current | {key}) >= len(COLUMNS):
                return  # at least one column stays
            current.add(key)
        else:
            current.discard(key)
        self.apply_hidden(current)
        if self.ctx is not None:
            everything = dict(self.ctx.settings.get("hidden_columns"))
            everything[self.table_name] = sorted(current)
            self.ctx.settings.set("hidden_columns", everything)
            self.ctx.save_settings()

    def column_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.setTitle(tr("Kolonner"))
        hidden = self.hidden_columns()
        for key, title in column_titles().items():
            action = QAction(title, menu)
            action.setCheckable(True)
            action.setChecked(key not in hidden)
            action.setData(key)
            action.toggled.connect(lambda on, k=key: self.set_column_hidden(k, not on))
            menu.addAction(action)
        return menu

    def _header_menu(self, pos: QPoint, anchor: QWidget | None = None) -> None:
        menu = self.column_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        widget = anchor or self.view.horizontalHeader()
        where = pos if anchor is None else QPoint(0, widget.height())
        menu.popup(widget.mapToGlobal(where))

    # -- detail ------------------------------------------------------------------------
    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return  # a reset: _after_filter selects the letter again if it is still shown
        letter = self.proxy.letter_at(current.row())
        self.current = letter
        self._current_source = self.proxy.source_row(current.row())
        self._show_detail(letter)
        self.letter_selected.emit(letter)

    def select_row(self, row: int) -> None:
        self.view.selectRow(row)

    def _show_detail(self, letter: ReviewLetter | None) -> None:
        self.events_button.setEnabled(letter is not None)
        self.copy_button.setEnabled(letter is not None)
        if letter is None:
            self.detail.setHtml(
                "<p>" + html.escape(tr("Velg et brev i tabellen for å se alt om det.")) + "</p>"
            )
            return
        self.detail.setHtml(letter_detail_html(letter, self.model))

    def detail_text(self) -> str:
        return self.detail.toPlainText()

    def _copy_id(self) -> None:
        if self.current is not None:
            QGuiApplication.clipboard().setText(self.current.shipment.id)

    def show_events(self) -> None:
        """Open the shipment's event log from SvarUt (fetched in the background)."""
        letter = self.current
        if letter is None or self.ctx is None:
            return
        from desktop_app.views.shipments.events import open_shipment_events

        self.events_dialog = open_shipment_events(self.ctx, letter.shipment.id, self)


def letter_detail_html(letter: ReviewLetter, model: ShipmentTableModel) -> str:
    """All fields of one letter, the verdict first, then the status in plain words."""
    e = html.escape
    s = letter.shipment
    titles = column_titles()
    colour = {RiskLevel.AT_RISK: STATUS_COLOURS["bad"], RiskLevel.UNKNOWN: STATUS_COLOURS["warn"],
              RiskLevel.NOT_AT_RISK: STATUS_COLOURS["ok"]}[letter.level]  # fmt: skip
    verdict = model.text(letter, "risk")
    if letter.urgency is not None:
        verdict += " – " + model.text(letter, "urgency")
    parts = [
        f"<h3 style='color:{colour}'>{e(verdict)}</h3>",
        f"<p>{e(dtr(letter.reason))}</p>",
        f"<p><b>{e(tr('Hva statusen betyr:'))}</b> "
        f"{e(status_explanations().get(s.status, ''))}</p>",
        "<table cellspacing='0' cellpadding='2'>",
    ]
    rows: Sequence[str] = ("status", "sent", "age", "recipient", "orgnr", "title", "ref",
                           "confidential", "digital_only", "id", "line")  # fmt: skip
    for key in rows:
        value = model.text(letter, key)
        if (
            key == "status"
            and s.status is not None
            and s.status_text.strip() not in (s.status.value, s.status.label_nb)
        ):
            value += f" ({s.status_text.strip()})"
        if key == "orgnr" and letter.person:
            value = tr("Person (fødselsnummeret vises ikke)")
        parts.append(
            f"<tr><td style='color:{STATUS_COLOURS['muted']}'>{e(titles[key])}</td>"
            f"<td>{e(value) or '–'}</td></tr>"
        )
    parts.append("</table>")
    return "".join(parts)
