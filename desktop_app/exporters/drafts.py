"""Follow-up drafts to files: one message as ``.eml``, all of them as a CSV for mail merge.

``.eml``: a plain-text message (UTF-8) with a subject and no sender or recipient, marked
``X-Unsent: 1`` so Outlook opens it as a draft ready to send; the user fills in the address
(the SvarUt export has no e-mail address for the business). Written atomically, like every
export. The mail-merge file is an Excel-friendly CSV (:func:`~.tables.write_csv`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path
from typing import IO, Any

from desktop_app.domain.followup_drafts import FollowupDraft
from desktop_app.domain.identifiers import format_orgnr
from desktop_app.exporters.tables import _write_atomically, write_csv
from desktop_app.language import t

__all__ = [
    "MAIL_MERGE_HEADERS",
    "draft_message",
    "unsent_message",
    "write_eml",
    "write_mail_merge",
    "write_message",
]

MAIL_MERGE_HEADERS = [
    "Org.nr",
    "Mottaker",
    "E-post",  # empty: the user fills it in before the merge
    "Emne",
    "Tekst",
    "Antall brev",
    "Første sendt",
    "Siste sendt",
    "Oppfølging",
]


def unsent_message(
    subject: str,
    body: str,
    moment: datetime | None = None,
    attachments: Sequence[tuple[Path, str, str]] = (),
) -> EmailMessage:
    """A plain-text draft with no recipient, marked unsent; ``attachments`` are (path,
    maintype, subtype) read from disk."""
    message = EmailMessage(policy=SMTP)
    message["Subject"] = subject
    message["To"] = ""
    message["Date"] = format_datetime(moment or datetime.now().astimezone())
    message["X-Unsent"] = "1"
    message.set_content(body, charset="utf-8")
    for path, maintype, subtype in attachments:
        message.add_attachment(
            Path(path).read_bytes(), maintype=maintype, subtype=subtype, filename=Path(path).name
        )
    return message


def write_message(path: Path | str, message: EmailMessage) -> Path:
    """Write a message as an ``.eml`` file, atomically. Raises :class:`~.tables.ExportError`."""
    data = message.as_bytes()

    def fill(handle: IO[bytes]) -> None:
        handle.write(data)

    target = Path(path)
    _write_atomically(target, fill)
    return target


def draft_message(draft: FollowupDraft, moment: datetime | None = None) -> EmailMessage:
    return unsent_message(draft.subject, draft.body, moment)


def write_eml(path: Path | str, draft: FollowupDraft, moment: datetime | None = None) -> Path:
    """Write one draft as an e-mail file. Raises :class:`~.tables.ExportError`."""
    return write_message(path, draft_message(draft, moment))


def write_mail_merge(
    path: Path | str, drafts: Sequence[FollowupDraft], followup_labels: dict[str, str]
) -> int:
    """Every draft as one row, for mail merge in Word or Outlook, with the headers in the
    user's language. ``followup_labels``: the follow-up state by org.nr, in words. Returns the
    rows written."""
    rows: Iterable[list[Any]] = (
        [
            format_orgnr(d.orgnr),
            d.recipient_name,
            "",
            d.subject,
            d.body,
            d.letters,
            d.first_sent,
            d.last_sent,
            followup_labels.get(d.orgnr, ""),
        ]
        for d in drafts
    )
    return write_csv(path, [t(h) for h in MAIL_MERGE_HEADERS], rows)
