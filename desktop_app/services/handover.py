"""«Til daglig leder»: the IT coordinator prepares a step that only someone else may do in
Altinn, and hands it over as three files; the one who did it sends a receipt back.

Two steps need another person:

* **DPI: give KS the right** (``resources/content/dpi_onboarding/03-deleger-ks.toml``): daglig leder, or
  someone with «Maskinporten administrator» and a package under «Integrasjoner».
* **Taushetsbelagt post for many** (``resources/content/confidential_access/10-gi-tilgang.toml``): a
  hovedadministrator, or someone who holds the package and may pass it on.

The coordinator writes, from one :class:`HandoverTask`:

1. a one-page PDF in plain bokmål: why, the values to copy, and the guide's own steps (read
   through :func:`desktop_app.resources.load_guides`, never written twice);
2. an e-mail draft (``.eml``, unsent) with the same text and the other two files attached;
3. a task file (``*.postvakt-oppgave``, JSON) that the other person opens in Postvakt
   (``postvakt FIL`` or «Åpne oppgave …»): it lands on the right step with everything filled in.

The task file holds no secret and no fødselsnummer (the one who gives the access types it,
or gives it in Altinn). When that person has done the step and Postvakt read it back from
Altinn, Postvakt writes a receipt (``*.postvakt-kvittering``), which the coordinator opens:
the confirmation goes into the coordinator's audit log (:meth:`HandoverService.record_receipt`).

**What the files prove.** Each carries a SHA-256 checksum over its content, so a file changed
by hand or damaged on the way is refused with a message. A receipt is accepted only for a task
this Postvakt wrote (its random id is kept here when the task is written), for the same
org.nr, and only once. The checksum is not a signature: someone who has the task file and
means to deceive can make a receipt that passes. The receipt says what the other Postvakt read
back from Altinn; the coordinator can read Altinn again to see it for themselves.

No Qt: the PDF is made by the writer callable the caller passes in (the Qt PDF writer).
"""

from __future__ import annotations

import hashlib
import html
import json
import os
import secrets
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path
from typing import IO, Any

from desktop_app import __version__
from desktop_app.domain.access import PACKAGE_NAME, REASON_LABELS, Reason
from desktop_app.domain.access_plan import Change, ItemResult, Outcome, Plan
from desktop_app.domain.dpi_onboarding import KS_NAME, KS_ORGNR, Step
from desktop_app.domain.guides import GuideStep
from desktop_app.domain.identifiers import check_orgnr, format_orgnr
from desktop_app.domain.organizations import Workspace
from desktop_app.exporters.drafts import unsent_message, write_message
from desktop_app.exporters.tables import ExportError, _write_atomically
from desktop_app.language import t
from desktop_app.resources import load_guides
from desktop_app.services.recording import Recorder
from desktop_app.storage.audit import AuditLog
from desktop_app.storage.database import Database
from desktop_app.storage.workspaces import WorkspaceRepository

TASK_FORMAT = "postvakt-oppgave"
RECEIPT_FORMAT = "postvakt-kvittering"
VERSION = 1
TASK_SUFFIX = ".postvakt-oppgave"
RECEIPT_SUFFIX = ".postvakt-kvittering"
MAX_FILE = 256 * 1024  # a task or receipt is a few kilobytes

KIND_DPI = "dpi-deleger-ks"
KIND_ACCESS = "taushetsbelagt-tilgang"
KINDS = (KIND_DPI, KIND_ACCESS)
# Where each kind's guide lives: (flow folder under resources/content, guide key).
GUIDES = {
    KIND_DPI: ("dpi_onboarding", Step.DELEGER_KS.value),
    KIND_ACCESS: ("confidential_access", "gi-tilgang"),
}
API_SEARCH_WORD = "digitalpostinnbygger:send"
ISSUED_KEY = "handover_task."  # meta: + task id → {"orgnr", "kind", "made_at"}
RECEIVED_KEY = "handover_receipt."  # meta: + task id → when the receipt was recorded

TITLES = {
    KIND_DPI: "Gi KS rett til å sende digital post for kommunen",
    KIND_ACCESS: "Gi tilgang til taushetsbelagt post",
}
WHY = {
    KIND_DPI: (
        "Kommunen sender digital post til innbyggerne (e-Boks og Digipost) gjennom KS SvarUt. "
        "Det virker først når kommunen har gitt {ks} fullmakt i Altinn til å sende slik "
        "post for kommunen. Bare daglig leder, eller den som har tilgangspakkene «Maskinporten "
        "administrator» og en pakke under «Integrasjoner», kan gi fullmakten. IT-koordinatoren "
        "har derfor gjort alt klart, men kan ikke gjøre dette steget selv."
    ),
    KIND_ACCESS: (
        "Brev med taushetsbelagt innhold (for eksempel fra barnevern og helse) kommer til "
        "kommunens innboks i Altinn. Ingen kan lese dem før de har fått tilgangspakken "
        "«{package}», heller ikke daglig leder. Bare hovedadministrator, eller den som "
        "har pakken selv og kan gi den videre, kan gi den. IT-koordinatoren har derfor gjort "
        "alt klart, men kan ikke gjøre dette steget selv."
    ),
}
# The texts in documents are bokmål here; t() gives them in the user's language when used.
READ_BACK_DONE = (
    f"{KS_NAME} (org.nr {format_orgnr(KS_ORGNR)}) har fullmakt til å sende digital "
    "post til innbyggere for kommunen (lest tilbake fra Altinn)"
)
NO_ID_NUMBER = (
    "Fødselsnummer står ikke her, av hensyn til personvernet. Spør personen selv "
    "eller IT-koordinatoren, og skriv det inn i Altinn eller i Postvakt."
)


class HandoverError(Exception):
    """A task or receipt that cannot be used; ``message`` (bokmål) says why and what to do."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    @property
    def message_nb(self) -> str:
        return self.message


@dataclass(frozen=True)
class TaskPerson:
    """One person who should get the package, for these org numbers (no fødselsnummer)."""

    name: str
    email: str = ""
    reason: str = Reason.ANNET.value
    orgnrs: tuple[str, ...] = ()

    def as_json(self) -> dict[str, Any]:
        return {
            "navn": self.name,
            "epost": self.email,
            "grunn": self.reason,
            "orgnr": list(self.orgnrs),
        }


@dataclass(frozen=True)
class HandoverTask:
    id: str
    kind: str
    orgnr: str  # the municipality (the workspace's org.nr)
    municipality: str
    environment: str  # Environment value: a task made in Øving is not opened in production
    made_at: str
    made_by: str
    persons: tuple[TaskPerson, ...] = ()
    units: Mapping[str, str] = field(default_factory=dict)  # org.nr → name, for the persons

    @property
    def title(self) -> str:
        """The task's title in the user's language (the audit log keeps :data:`TITLES`)."""
        return t(TITLES[self.kind])

    def as_json(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "format": TASK_FORMAT,
            "versjon": VERSION,
            "program": f"Postvakt {__version__}",
            "id": self.id,
            "type": self.kind,
            "orgnr": self.orgnr,
            "kommune": self.municipality,
            "miljo": self.environment,
            "laget": self.made_at,
            "laget_av": self.made_by,
        }
        if self.kind == KIND_DPI:
            body["verdier"] = {"ks_orgnr": KS_ORGNR, "api_sokeord": API_SEARCH_WORD}
        else:
            body["personer"] = [p.as_json() for p in self.persons]
            body["enheter"] = dict(sorted(self.units.items()))
        return body


@dataclass(frozen=True)
class Receipt:
    task_id: str
    kind: str
    orgnr: str
    municipality: str
    done_at: str
    done_by: str
    read_back: bool
    done: tuple[str, ...] = ()  # what was read back, in words («Per Lunde: 921 234 567»)

    def as_json(self) -> dict[str, Any]:
        return {
            "format": RECEIPT_FORMAT,
            "versjon": VERSION,
            "program": f"Postvakt {__version__}",
            "oppgave": self.task_id,
            "type": self.kind,
            "orgnr": self.orgnr,
            "kommune": self.municipality,
            "utfort": self.done_at,
            "utfort_av": self.done_by,
            "lest_tilbake": self.read_back,
            "gjort": list(self.done),
        }


@dataclass(frozen=True)
class Handover:
    """The three files written for one task."""

    task: HandoverTask
    task_file: Path
    pdf: Path
    eml: Path


# --- checksums and files --------------------------------------------------------------------


def _checksum(body: Mapping[str, Any]) -> str:
    data = json.dumps(
        {k: v for k, v in body.items() if k != "kontrollsum"},
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def _sealed_text(body: dict[str, Any]) -> str:
    sealed = dict(body)
    sealed["kontrollsum"] = _checksum(body)
    return json.dumps(sealed, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _write_bytes(path: Path, data: bytes) -> Path:
    def fill(handle: IO[bytes]) -> None:
        handle.write(data)

    try:
        _write_atomically(path, fill)
    except ExportError as exc:
        raise HandoverError(str(exc)) from None
    return path


def _read_json(path: str | os.PathLike[str], what: str) -> dict[str, Any]:
    target = Path(path)
    try:
        with target.open("rb") as handle:
            raw = handle.read(MAX_FILE + 1)
    except OSError as exc:
        raise HandoverError(f"Kunne ikke lese {target.name}: {exc.strerror or exc}.") from None
    if len(raw) > MAX_FILE:
        raise HandoverError(f"{target.name} er for stor til å være {what} fra Postvakt.")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise HandoverError(
            f"{target.name} er ikke {what} fra Postvakt, eller filen er ødelagt."
        ) from None
    if not isinstance(data, dict):
        raise HandoverError(f"{target.name} er ikke {what} fra Postvakt.")
    return data


def _check_seal(data: Mapping[str, Any], name: str, what: str, again: str) -> None:
    if data.get("versjon") != VERSION:
        raise HandoverError(
            f"{name} er laget av en nyere Postvakt enn denne. Oppdater Postvakt og prøv igjen."
        )
    if data.get("kontrollsum") != _checksum(data):
        raise HandoverError(
            f"{name} er endret etter at den ble laget (kontrollsummen stemmer "
            f"ikke), så Postvakt bruker den ikke. {again}"
        )


def _text(data: Mapping[str, Any], key: str, limit: int = 200) -> str:
    value = data.get(key, "")
    if not isinstance(value, str) or len(value) > limit:
        raise TypeError(key)
    return value


def _orgnr(value: Any) -> str:
    checked = check_orgnr(str(value))
    if not checked.ok or checked.value is None:
        raise ValueError("orgnr")
    return checked.value


def parse_task(data: Mapping[str, Any], name: str = "Oppgavefilen") -> HandoverTask:
    """A task from its JSON; raises :class:`HandoverError` with a plain message."""
    if data.get("format") != TASK_FORMAT:
        if data.get("format") == RECEIPT_FORMAT:
            raise HandoverError(f"{name} er en kvittering, ikke en oppgave.")
        raise HandoverError(f"{name} er ikke en oppgave fra Postvakt.")
    again = "Be den som sendte den, lage oppgaven på nytt i Postvakt («Til daglig leder …»)."
    _check_seal(data, name, "en oppgave", again)
    broken = f"{name} mangler noe eller har feil innhold. {again}"
    try:
        kind = _text(data, "type")
        if kind not in KINDS:
            raise HandoverError(
                f"{name} er en oppgave som denne Postvakt ikke kjenner. "
                "Oppdater Postvakt og prøv igjen."
            )
        orgnr = _orgnr(data["orgnr"])
        persons: list[TaskPerson] = []
        units: dict[str, str] = {}
        if kind == KIND_ACCESS:
            raw_units = data.get("enheter", {})
            if not isinstance(raw_units, dict):
                raise TypeError("enheter")
            units = {_orgnr(k): str(v)[:200] for k, v in raw_units.items()}
            for p in data.get("personer", []):
                if not isinstance(p, dict) or not isinstance(p.get("orgnr"), list):
                    raise TypeError("personer")
                reason = _text(p, "grunn", 40)
                if reason not in {r.value for r in Reason}:
                    reason = Reason.ANNET.value
                persons.append(
                    TaskPerson(
                        _text(p, "navn"),
                        _text(p, "epost"),
                        reason,
                        tuple(_orgnr(o) for o in p["orgnr"]),
                    )
                )
            if not persons:
                raise ValueError("personer")
        task = HandoverTask(
            _text(data, "id", 64),
            kind,
            orgnr,
            _text(data, "kommune"),
            _text(data, "miljo", 20),
            _text(data, "laget", 40),
            _text(data, "laget_av"),
            tuple(persons),
            units,
        )
        datetime.fromisoformat(task.made_at)
    except (KeyError, TypeError, ValueError):
        raise HandoverError(broken) from None
    if orgnr == KS_ORGNR:
        raise HandoverError(
            f"{name} gjelder ikke en kommune (org.nr {format_orgnr(orgnr)} er {KS_NAME}). {again}"
        )
    if not task.id or not task.municipality:
        raise HandoverError(broken)
    return task


def parse_receipt(data: Mapping[str, Any], name: str = "Kvitteringen") -> Receipt:
    if data.get("format") != RECEIPT_FORMAT:
        if data.get("format") == TASK_FORMAT:
            raise HandoverError(
                f"{name} er en oppgave, ikke en kvittering. Åpne den på maskinen "
                "til den som skal gjøre oppgaven."
            )
        raise HandoverError(f"{name} er ikke en kvittering fra Postvakt.")
    again = "Be den som gjorde oppgaven, lagre kvitteringen på nytt og sende den."
    _check_seal(data, name, "en kvittering", again)
    try:
        done = data.get("gjort", [])
        if not isinstance(done, list) or not all(isinstance(d, str) for d in done):
            raise TypeError("gjort")
        read_back = data.get("lest_tilbake")
        if not isinstance(read_back, bool):
            raise TypeError("lest_tilbake")
        receipt = Receipt(
            _text(data, "oppgave", 64),
            _text(data, "type"),
            _orgnr(data["orgnr"]),
            _text(data, "kommune"),
            _text(data, "utfort", 40),
            _text(data, "utfort_av"),
            read_back,
            tuple(d[:200] for d in done[:500]),
        )
        datetime.fromisoformat(receipt.done_at)
    except (KeyError, TypeError, ValueError):
        raise HandoverError(f"{name} mangler noe eller har feil innhold. {again}") from None
    if receipt.kind not in KINDS:
        raise HandoverError(f"{name} gjelder en oppgave som denne Postvakt ikke kjenner.")
    return receipt


def read_task_file(path: str | os.PathLike[str]) -> HandoverTask:
    return parse_task(_read_json(path, "en oppgave"), Path(path).name)


def read_any(path: str | os.PathLike[str]) -> HandoverTask | Receipt:
    """A task or a receipt, whichever the file is (for «Åpne oppgave …»)."""
    data = _read_json(path, "en oppgave eller kvittering")
    name = Path(path).name
    if data.get("format") == RECEIPT_FORMAT:
        return parse_receipt(data, name)
    return parse_task(data, name)


# --- the texts ------------------------------------------------------------------------------


def guide_for(kind: str) -> GuideStep:
    flow, key = GUIDES[kind]
    guides = load_guides(flow)
    if key not in guides:
        raise HandoverError(f"Veiledningen «{key}» mangler. Installer Postvakt på nytt.")
    return guides[key]


def _shown(iso: str) -> str:
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%d.%m.%Y kl. %H.%M")
    except ValueError:
        return iso


def values_to_copy(task: HandoverTask) -> list[tuple[str, str]]:
    """(label, value) to type or paste in Altinn."""
    if task.kind == KIND_DPI:
        return [
            (t("Organisasjonsnummeret til {ks}", ks=KS_NAME), format_orgnr(KS_ORGNR)),
            (t("Søkeord for API-et"), API_SEARCH_WORD),
            (t("Kommunens organisasjonsnummer (velg dette i Altinn)"), format_orgnr(task.orgnr)),
        ]
    return [(t("Tilgangspakken heter"), t(PACKAGE_NAME))]


def person_lines(task: HandoverTask) -> list[str]:
    """«Per Lunde (per@…), barnevern: Fjordvik kommune 921 234 567, …» per person."""
    lines = []
    for p in task.persons:
        where = ", ".join(f"{task.units.get(o, '')} {format_orgnr(o)}".strip() for o in p.orgnrs)
        who = p.name + (f" ({p.email})" if p.email else "")
        known = {r.value: r for r in Reason}
        reason = t(REASON_LABELS[known[p.reason]]) if p.reason in known else ""
        lines.append(f"{who}{', ' + reason.lower() if reason else ''}: {where}")
    return lines


def task_persons(plan: Plan) -> list[TaskPerson]:
    """The plan's grants as the task's persons (a grant on a main unit also covers the
    wanted units under it, so only its org.nr is named). Revocations stay with the
    coordinator."""
    people = []
    for item in plan.items:
        if item.change is Change.GRANT and item.reader is not None:
            r = item.reader
            people.append(TaskPerson(r.name, r.email, Reason(r.reason).value, (item.orgnr,)))
    return people


def granted_lines(results: Iterable[ItemResult]) -> list[str]:
    """What was given and read back, for the receipt («Per Lunde: Testvik kommune 987 654 325»)."""
    return [
        f"{r.item.who}: {r.item.unit_name} {format_orgnr(r.item.orgnr)}".replace("  ", " ")
        for r in results
        if r.outcome is Outcome.DONE and r.item.change is Change.GRANT
    ]


def why(kind: str) -> str:
    """Why the step needs the reader, in the user's language."""
    return t(WHY[kind], ks=KS_NAME, package=t(PACKAGE_NAME))


def _open_text(task: HandoverTask) -> str:
    return t(
        "Har du Postvakt? Åpne oppgavefilen («{file}») med «Fil → Åpne oppgave eller "
        "kvittering …». Postvakt går rett til steget med alt fylt inn, og kan gjøre det i "
        "Altinn for deg når du logger inn. Etterpå lagrer du kvitteringen og sender den tilbake.",
        file=file_stem(task) + TASK_SUFFIX,
    )


def document_html(task: HandoverTask, guide: GuideStep) -> str:
    """The one-page letter: what, why, values to copy, the steps, what to do afterwards; in
    the user's language (the guide too: :func:`guide_for` reads its nynorsk twin)."""
    e = html.escape
    meta = t(
        "{municipality}, org.nr {orgnr} · Klargjort av {who} {when} · Laget med Postvakt",
        municipality=task.municipality,
        orgnr=format_orgnr(task.orgnr),
        who=task.made_by,
        when=_shown(task.made_at),
    )
    parts = [
        f"<h1>{e(t('Til daglig leder: {title}', title=task.title))}</h1>",
        f"<p class='meta'>{e(meta)}</p>",
        f"<h2>{e(t('Hvorfor'))}</h2><p>{e(why(task.kind))}</p>",
        f"<h2>{e(t('Dette skal du kopiere'))}</h2><table width='100%'>",
    ]
    parts += [
        f"<tr><td width='45%'>{e(label)}</td><td><b>{e(value)}</b></td></tr>"
        for label, value in values_to_copy(task)
    ]
    parts.append("</table>")
    if task.kind == KIND_ACCESS:
        parts.append(f"<h2>{e(t('Hvem skal få tilgang, og hvor'))}</h2><ul>")
        parts += [f"<li>{e(line)}</li>" for line in person_lines(task)]
        parts.append(f"</ul><p class='meta'>{e(t(NO_ID_NUMBER))}</p>")
    path = guide.paths[0] if guide.paths else None
    how = t("Slik gjør du det ({what})", what=path.title if path else guide.title)
    parts.append(f"<h2>{e(how)}</h2>")
    if path is not None:
        parts.append("<ol>" + "".join(f"<li>{e(s)}</li>" for s in path.steps) + "</ol>")
    if guide.warnings:
        parts.append(f"<p><i>{e(guide.warnings[0])}</i></p>")
    done = t("Har du ikke Postvakt: si fra til {who} at det er gjort.", who=task.made_by)
    parts.append(f"<h2>{e(t('Når du er ferdig'))}</h2><p>{e(_open_text(task))} {e(done)}</p>")
    if guide.last_checked is not None:
        checked = t(
            "Stegene ble sist kontrollert mot Altinn {day}.",
            day=f"{guide.last_checked:%d.%m.%Y}",
        )
        parts.append(f"<p class='meta'>{e(checked)}</p>")
    return "\n".join(parts)


def email_text(task: HandoverTask, guide: GuideStep) -> tuple[str, str]:
    """(subject, body) of the e-mail draft: the same text as the PDF."""
    lines = [
        t("Hei,"),
        "",
        t(
            "{title} – dette må du gjøre i Altinn for {municipality} (org.nr {orgnr}).",
            title=task.title,
            municipality=task.municipality,
            orgnr=format_orgnr(task.orgnr),
        ),
        "",
        t("Hvorfor:"),
        why(task.kind),
        "",
        t("Dette skal du kopiere:"),
    ]
    lines += [f"  {label}: {value}" for label, value in values_to_copy(task)]
    if task.kind == KIND_ACCESS:
        lines += ["", t("Hvem skal få tilgang, og hvor:")]
        lines += [f"  - {line}" for line in person_lines(task)]
        lines += [t(NO_ID_NUMBER)]
    path = guide.paths[0] if guide.paths else None
    lines += ["", t("Slik gjør du det ({what}):", what=path.title if path else guide.title)]
    if path is not None:
        lines += [f"  {n}. {s}" for n, s in enumerate(path.steps, start=1)]
    if guide.warnings:
        lines += ["", guide.warnings[0]]
    lines += ["", t("Når du er ferdig:"), _open_text(task), "", t("Hilsen"), task.made_by]
    subject = t(
        "Til daglig leder: {title} ({municipality})",
        title=task.title,
        municipality=task.municipality,
    )
    return subject, "\n".join(lines) + "\n"


def email_message(
    task: HandoverTask,
    guide: GuideStep,
    attachments: Sequence[tuple[Path, str, str]] = (),
    moment: datetime | None = None,
) -> EmailMessage:
    """An unsent draft like the follow-up drafts (no recipient, ``X-Unsent: 1``) with
    ``attachments`` (path, maintype, subtype): the PDF and the task file."""
    subject, body = email_text(task, guide)
    return unsent_message(subject, body, moment, attachments)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def file_stem(task: HandoverTask) -> str:
    short = "DPI KS" if task.kind == KIND_DPI else t("Taushetsbelagt post")
    name = "".join(c for c in task.municipality if c.isalnum() or c in " -_").strip()
    return t("Til daglig leder – {short} – {name}", short=short, name=name or task.orgnr)


# --- the service ----------------------------------------------------------------------------


class HandoverService:
    def __init__(self, db: Database, audit: AuditLog | None = None) -> None:
        self.db = db
        self.recorder = Recorder(db, audit)

    # -- the coordinator: making a task ---------------------------------------------------
    def dpi_task(self, workspace: Workspace, environment: str) -> HandoverTask:
        return HandoverTask(
            secrets.token_hex(16),
            KIND_DPI,
            workspace.orgnr,
            workspace.name,
            str(environment),
            _now(),
            self.recorder.acting(),
        )

    def access_task(
        self,
        workspace: Workspace,
        environment: str,
        persons: Iterable[TaskPerson],
        units: Mapping[str, str],
    ) -> HandoverTask:
        """The persons to give the package (no fødselsnummer), with the names of their
        units. Raises :class:`HandoverError` when there is nobody to give it to."""
        merged: dict[str, TaskPerson] = {}
        for p in persons:
            key = (p.name.casefold(), p.email.casefold())
            before = merged.get(f"{key}")
            orgnrs = tuple(dict.fromkeys((before.orgnrs if before else ()) + p.orgnrs))
            merged[f"{key}"] = TaskPerson(p.name, p.email, p.reason, orgnrs)
        people = tuple(p for p in merged.values() if p.orgnrs)
        if not people:
            raise HandoverError(
                "Planen gir ingen tilgang som daglig leder må gi. Det er ingen oppgave å sende."
            )
        wanted = {o for p in people for o in p.orgnrs}
        return HandoverTask(
            secrets.token_hex(16),
            KIND_ACCESS,
            workspace.orgnr,
            workspace.name,
            str(environment),
            _now(),
            self.recorder.acting(),
            people,
            {o: units.get(o, "") for o in sorted(wanted)},
        )

    @staticmethod
    def document(task: HandoverTask) -> str:
        """The task's document for daglig leder, as it is saved (PDF) and printed."""
        return document_html(task, guide_for(task.kind))

    def write(
        self,
        workspace: Workspace,
        task: HandoverTask,
        folder: str | os.PathLike[str],
        pdf_writer: Callable[[str, Path], Path],
    ) -> Handover:
        """Write the task file, the PDF (through ``pdf_writer(html, path)``) and the e-mail
        draft with both attached into ``folder``; remember the task's id so its receipt is
        accepted later; record it in the log."""
        guide = guide_for(task.kind)
        target = Path(folder)
        stem = file_stem(task)
        task_file = _write_bytes(
            target / (stem + TASK_SUFFIX), _sealed_text(task.as_json()).encode("utf-8")
        )
        try:
            pdf = pdf_writer(self.document(task), target / (stem + ".pdf"))
        except OSError as exc:
            raise HandoverError(f"PDF-en ble ikke lagret: {exc.strerror or exc}.") from None
        message = email_message(
            task, guide, [(pdf, "application", "pdf"), (task_file, "application", "json")]
        )
        try:
            eml = write_message(target / (stem + ".eml"), message)
        except ExportError as exc:
            raise HandoverError(str(exc)) from None
        with self.recorder.change():
            self.db.set_meta(
                ISSUED_KEY + task.id,
                json.dumps({"orgnr": task.orgnr, "type": task.kind, "laget": task.made_at}),
            )
            self.recorder.write(
                workspace.id,
                "handover.task_written",
                {
                    "oppgave": task.id,
                    "type": task.kind,
                    "tittel": task.title,
                    "personer": len(task.persons),
                    "orgnr": sorted(task.units) or [task.orgnr],
                    "filer": [task_file.name, pdf.name, eml.name],
                },
            )
        return Handover(task, task_file, pdf, eml)

    # -- the one who does it: reading the task, writing the receipt ------------------------
    @staticmethod
    def read_task(path: str | os.PathLike[str], environment: str | None = None) -> HandoverTask:
        """Read a task file; refused with a message when it was changed, is not a task, or
        was made for another environment than ``environment``."""
        task = read_task_file(path)
        if environment is not None and task.environment != str(environment):
            raise HandoverError(
                f"Oppgaven er laget i miljøet «{task.environment}», men Postvakt bruker nå "
                f"«{environment}». Bytt miljø under Innstillinger, og åpne oppgaven på nytt."
            )
        return task

    def write_receipt(
        self,
        workspace: Workspace,
        task: HandoverTask,
        done: Sequence[str],
        path: str | os.PathLike[str],
        done_by: str | None = None,
    ) -> Receipt:
        """Write the receipt for a task that Postvakt did and read back from Altinn."""
        if not done:
            raise HandoverError(
                "Postvakt har ikke lest noe av oppgaven tilbake fra Altinn "
                "ennå, så det er ingen kvittering å lage."
            )
        if workspace.orgnr != task.orgnr:
            raise HandoverError(
                "Oppgaven gjelder en annen kommune enn arbeidsflaten som er "
                "valgt. Velg kommunens arbeidsflate, og prøv igjen."
            )
        receipt = Receipt(
            task.id,
            task.kind,
            task.orgnr,
            task.municipality,
            _now(),
            done_by or self.recorder.acting(),
            True,
            tuple(done),
        )
        target = Path(path)
        if target.suffix != RECEIPT_SUFFIX:
            target = target.with_name(target.name + RECEIPT_SUFFIX)
        _write_bytes(target, _sealed_text(receipt.as_json()).encode("utf-8"))
        self.recorder.write(
            workspace.id,
            "handover.receipt_written",
            {"oppgave": task.id, "type": task.kind, "fil": target.name, "gjort": len(done)},
        )
        return receipt

    # -- the coordinator: the receipt comes back -------------------------------------------
    def record_receipt(self, path: str | os.PathLike[str]) -> Receipt:
        """Check a receipt against the task this Postvakt wrote and record the confirmation
        in the log (once). Raises :class:`HandoverError` with a plain message otherwise."""
        data = _read_json(path, "en kvittering")
        receipt = parse_receipt(data, Path(path).name)
        issued_raw = self.db.get_meta(ISSUED_KEY + receipt.task_id)
        try:
            issued = json.loads(issued_raw) if issued_raw else None
        except ValueError:
            issued = None
        if (
            not isinstance(issued, dict)
            or issued.get("orgnr") != receipt.orgnr
            or issued.get("type") != receipt.kind
        ):
            raise HandoverError(
                "Kvitteringen hører ikke til en oppgave som er laget i denne Postvakt (eller "
                "den gjelder en annen kommune). Den er ikke ført i loggen. Åpne den i Postvakt "
                "hos den som laget oppgaven."
            )
        with self.recorder.change():
            if self.db.get_meta(RECEIVED_KEY + receipt.task_id):
                raise HandoverError("Denne kvitteringen er allerede ført i loggen.")
            self.db.set_meta(RECEIVED_KEY + receipt.task_id, _now())
            workspace = self._workspace_for(receipt.orgnr)
            self.recorder.write(
                workspace,
                "handover.receipt_recorded",
                {
                    "oppgave": receipt.task_id,
                    "type": receipt.kind,
                    "tittel": TITLES[receipt.kind],
                    "orgnr": receipt.orgnr,
                    "utført_av": receipt.done_by,
                    "utført": receipt.done_at,
                    "lest_tilbake": receipt.read_back,
                    "gjort": list(receipt.done),
                },
            )
        return receipt

    def _workspace_for(self, orgnr: str) -> int | None:
        found = WorkspaceRepository(self.db).find_by_orgnr(orgnr)
        return found.id if found is not None else None
