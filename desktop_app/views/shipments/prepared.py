"""What a table needs, made off the GUI thread: the first order (letters at risk first), before
it is shown; the sort keys of a column, on the first sort by it; and the search columns, on the
first keystroke in the search field (:class:`LazySearch`: opening a check does not wait for
them). No widgets: safe on the pool.

Every step is a pass in C (map, zip) over one column of the letters, and a text that repeats
(a verdict, a status, a name) is made and lower-cased once per distinct value.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import compress, repeat
from operator import attrgetter, is_
from typing import Any

from desktop_app.domain.bulk import no_cyclic_gc
from desktop_app.domain.svarut import ShipmentStatus
from desktop_app.domain.unopened import RiskLevel, Urgency
from desktop_app.services.unopened_check import ReviewLetter, ReviewLetters
from desktop_app.views.domain_text import dtr
from desktop_app.views.shipments.formatting import (
    PLAIN_TEXT_COLUMNS,
    Labels,
    orgnr_text,
    shown_status,
)

SENT_AT = attrgetter("sent_at")
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


class LazySearch:
    """The search columns of one set of letters, made once, by whoever asks first: the pool
    when the user starts typing (:meth:`ShipmentTableModel.prepare_search`), or the first
    filter itself if it comes before that is done (it then waits for it, not twice). Opening
    a check makes none of it: most checks are opened to be read and sorted, and the first
    keystroke's filter waits for the debounce delay anyway."""

    def __init__(self, make: Callable[[], SearchColumns]) -> None:
        self._make: Callable[[], SearchColumns] | None = make
        self._columns: SearchColumns | None = None
        self._lock = threading.Lock()

    @classmethod
    def of(cls, review: ReviewLetters, labels: Labels) -> LazySearch:
        return cls(lambda: search_columns(review, labels))

    @classmethod
    def made(cls, columns: SearchColumns) -> LazySearch:
        lazy = cls(lambda: columns)
        lazy.columns()
        return lazy

    @property
    def ready(self) -> bool:
        return self._columns is not None

    def columns(self) -> SearchColumns:
        """The columns; made now (on this thread) unless made or being made already, in
        which case this waits for them."""
        columns = self._columns
        if columns is not None:
            return columns
        with self._lock:
            if self._columns is None:
                assert self._make is not None
                self._columns = self._make()
                self._make = None  # (lets the letters go with the table, not with this)
            return self._columns


@dataclass
class PreparedLetters:
    """Letters plus the first order, made off the GUI thread: the rows with letters at risk
    first, the file's order within (the table's first order, so showing a check sorts nothing
    on the GUI thread). The search columns are made later (:class:`LazySearch`), and no cell
    text is made here: the model makes a cell's text when the view shows it."""

    letters: ReviewLetters
    labels: Labels
    risk_keys: list[int]
    risk_order: list[int]
    search: LazySearch = field(init=False)

    def __post_init__(self) -> None:
        self.search = LazySearch.of(self.letters, self.labels)


def prepare_letters(letters: Sequence[ReviewLetter], labels: Labels) -> PreparedLetters:
    """The first order. No widgets: safe on a pool thread."""
    with no_cyclic_gc():  # many new objects, no cycles (see desktop_app.domain.bulk)
        review = letters if isinstance(letters, ReviewLetters) else ReviewLetters.of(letters)
        risk_keys = sort_keys(review, "risk", labels)
        risk_order = sorted(range(len(risk_keys)), key=risk_keys.__getitem__)
        return PreparedLetters(review, labels, risk_keys, risk_order)


def search_columns(review: ReviewLetters, labels: Labels) -> SearchColumns:
    """What a search looks in (:class:`SearchColumns`). No widgets: safe on a pool thread.
    Every step is a pass in C (map, zip) over one column of the letters, and a text that
    repeats (a verdict, a status, a name) is made and lower-cased once per distinct value."""
    with no_cyclic_gc():  # many new objects, no cycles (see desktop_app.domain.bulk)
        return _search_columns(review, labels)


def _search_columns(review: ReviewLetters, labels: Labels) -> SearchColumns:
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

    status_label = {id(st): lower(shown_status(st, "", "")) for st in ShipmentStatus}
    status_texts = list(map(status_label.get, map(id, map(_STATUS, shipments)), repeat(None)))
    unknown: dict[str, str] = {}
    if None in status_texts:  # a status Postvakt does not know: the file's own text
        for i in compress(range(n), map(is_, status_texts, repeat(None))):
            text = shipments[i].status_text
            status_texts[i] = unknown.get(text) or unknown.setdefault(text, lower(text))

    rids = list(map(_RECIPIENT_ID, shipments))
    orgnr_memo = {rid: f"{rid} {orgnr_text(rid)}" if rid else "" for rid in set(rids)}
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
    return SearchColumns(repeated, [titles, refs, list(map(_ID, shipments))])


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


def rows_in_order(keys: list[Any], key: str, descending: bool) -> list[int]:
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
        # rows_in_order). A letter without a date comes last in both, ascending.
        never = _LAST_DATE if key == "sent" else _FIRST_DATE
        keys = list(map(SENT_AT, shipments))
        for i in compress(range(n), map(is_, keys, repeat(None))):
            keys[i] = never
    elif key == "line":
        big = float("inf")
        keys = [line if line is not None else big
                for line in map(attrgetter("source_line"), shipments)]  # fmt: skip
    else:
        if key in PLAIN_TEXT_COLUMNS:
            values: list[Any] = list(map(attrgetter(PLAIN_TEXT_COLUMNS[key]), shipments))
            for i in person_rows:  # as the table shows a letter to a person
                values[i] = ""
            distinct = set(values)
            if len(distinct) * 4 > n:  # mostly different texts: ranking them gains nothing
                return _lower_case(values)
            texts = {v: v.lower() for v in distinct}
        elif key == "status":
            shown = {id(st): shown_status(st, "", "") for st in ShipmentStatus}
            values = list(map(shown.get, map(id, map(_STATUS, shipments)), repeat(None)))
            for i in compress(range(n), map(is_, values, repeat(None))):
                values[i] = shown_status(None, shipments[i].status_text,
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
