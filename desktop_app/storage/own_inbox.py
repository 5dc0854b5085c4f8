"""The municipality's own incoming post: per own org.nr, whether Altinn shows unopened
confidential post there (migration 3).

Answered by hand for now (the user looks in Altinn); the API check comes with the Altinn
sign-in. One row per workspace and org.nr, replaced when the user answers again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum

from desktop_app.storage.database import Database


class InboxAnswer(StrEnum):
    NOT_CHECKED = "ikke_sjekket"
    YES = "ja"  # Altinn shows unopened confidential post
    NO = "nei"

    @property
    def label_nb(self) -> str:
        return {
            InboxAnswer.NOT_CHECKED: "Ikke sjekket",
            InboxAnswer.YES: "Ja, det ligger uåpnet post",
            InboxAnswer.NO: "Nei, ingen uåpnet post",
        }[self]


@dataclass(frozen=True)
class OwnInboxCheck:
    workspace_id: int
    orgnr: str
    answer: InboxAnswer
    checked_on: date | None
    note: str
    updated_at: str


def check_answer(answer: InboxAnswer | str) -> InboxAnswer:
    try:
        return InboxAnswer(answer)
    except ValueError:
        choices = ", ".join(f"«{a.value}»" for a in InboxAnswer)
        raise ValueError(f"Ukjent svar «{answer}». Velg en av {choices}.") from None


class OwnInboxRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def set_check(
        self,
        workspace_id: int,
        orgnr: str,
        answer: InboxAnswer | str,
        checked_on: date | None = None,
        note: str = "",
    ) -> OwnInboxCheck:
        """Record the answer for one own org.nr (replaces the earlier one). Joins an open
        transaction. Raises ``ValueError`` (bokmål) for a bad answer or org.nr."""
        chosen = check_answer(answer)
        if not (len(orgnr) == 9 and orgnr.isdigit() and orgnr.isascii()):
            raise ValueError(f"«{orgnr}» er ikke et organisasjonsnummer (9 siffer).")
        updated = datetime.now(UTC).isoformat(timespec="microseconds")
        clean = (note or "").strip()
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT INTO own_inbox_checks "
                "(workspace_id, orgnr, answer, checked_on, note, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?) "
                "ON CONFLICT(workspace_id, orgnr) DO UPDATE SET answer = excluded.answer, "
                "checked_on = excluded.checked_on, note = excluded.note, "
                "updated_at = excluded.updated_at",
                (
                    workspace_id,
                    orgnr,
                    chosen.value,
                    checked_on.isoformat() if checked_on else None,
                    clean,
                    updated,
                ),
            )
        return OwnInboxCheck(workspace_id, orgnr, chosen, checked_on, clean, updated)

    def checks(self, workspace_id: int) -> dict[str, OwnInboxCheck]:
        """Every answer recorded in the workspace, by org.nr."""
        with self.db.read() as conn:
            rows = conn.execute(
                "SELECT workspace_id, orgnr, answer, checked_on, note, updated_at "
                "FROM own_inbox_checks WHERE workspace_id = ? ORDER BY orgnr",
                (workspace_id,),
            ).fetchall()
        result = {}
        for workspace, orgnr, answer, checked_on, note, updated in rows:
            try:
                day = date.fromisoformat(checked_on) if checked_on else None
            except ValueError:
                day = None
            result[str(orgnr)] = OwnInboxCheck(
                int(workspace), str(orgnr), InboxAnswer(answer), day, str(note), str(updated)
            )
        return result
