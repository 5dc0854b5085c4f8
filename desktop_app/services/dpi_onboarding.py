"""DPI-oppsett as a flow: load and save the steps, confirm them with evidence, delegate the
DPI right to KS through Altinn when an API is at hand, and build the summary for the archive.

Shared by the wizard and (later) the command line; no Qt. Rules live in
:mod:`desktop_app.domain.dpi_onboarding` and :mod:`desktop_app.domain.checklist`.

Two seams for the other parts of Postvakt (the lead wires them in):

* :class:`DelegationApi`: the four Altinn calls of the API path (altinn.md §3.2). Without one
  (nobody signed in), the wizard shows the guided portal steps and says why.
* :data:`DagligLederLookup`: org.nr → name of daglig leder from Enhetsregisteret, or None.
"""

from __future__ import annotations

import hashlib
import html
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Protocol

from desktop_app.domain.cancellation import TaskState
from desktop_app.domain.checklist import (
    ChecklistState,
    Evidence,
    Progress,
    StepRecord,
    Verification,
)
from desktop_app.domain.dpi_onboarding import (
    CONTENT,
    DELEGATION_DONE,
    DELEGATION_FAILED,
    DELEGATION_NOT_SEEN,
    FLOW,
    KS_NAME,
    KS_ORGNR,
    STAGE_CHECK,
    STAGE_DELEGATE,
    STAGE_READ_BACK,
    STAGE_SUPPLIER,
    STEP_ORDER,
    DelegationOutcome,
    Step,
    altinn_problem_nb,
    field_label_nb,
    field_text_nb,
    missing_for_confirmation,
    shown_fields,
)
from desktop_app.domain.guides import GuideStep
from desktop_app.domain.identifiers import format_orgnr
from desktop_app.domain.organizations import Workspace
from desktop_app.language import t
from desktop_app.resources import load_guides
from desktop_app.services.recording import Recorder
from desktop_app.storage.attachments import (
    attachments_folder,
    keep_private_copy,
    stored_name,
)
from desktop_app.storage.audit import AuditLog
from desktop_app.storage.checklists import ChecklistRepository
from desktop_app.storage.database import Database

log = logging.getLogger(__name__)

MAX_EVIDENCE_BYTES = 50 * 1024 * 1024


class DelegationApi(Protocol):
    """The Altinn calls of the API path, for one signed-in person (altinn.md §3.2).

    ``orgnr`` is the municipality's organisation number (the adapter finds its partyUuid
    through AuthorizedParties); ``supplier_orgnr`` is KS, 971032146. The adapter also finds
    the DPI resource (resource registry, scope ``digitalpostinnbygger:send``, §3.4).
    A failure raises an exception with ``problem_code`` (e.g. "AM-00028") and/or
    ``message_nb`` (like :class:`desktop_app.integrations.http.ServiceError`).
    """

    def add_supplier(self, orgnr: str, supplier_orgnr: str) -> None:
        """POST …/maskinportensuppliers?party=&supplier=; succeeds if KS is already there."""

    def check(self, orgnr: str) -> bool:
        """GET …/maskinportensuppliers/resources/delegationcheck?party=&resource=: True when
        the signed-in person may delegate the DPI resource for the municipality."""

    def delegate(self, orgnr: str, supplier_orgnr: str) -> None:
        """POST …/maskinportensuppliers/resources?party=&supplier=&resource=."""

    def read_back(self, orgnr: str, supplier_orgnr: str) -> bool:
        """GET …/maskinportensuppliers/resources?party=&supplier=: True when the DPI resource
        is among KS's permissions for the municipality."""


DagligLederLookup = Callable[[str], str | None]
"""org.nr → the name of daglig leder in Enhetsregisteret (role DAGL), None if none is
registered. May raise (no network); the wizard then asks without a name."""


class OnboardingInputError(ValueError):
    """A step cannot be confirmed yet; ``message`` lists what is missing, in bokmål."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        self.message = " ".join(problems)
        super().__init__(self.message)


@dataclass(frozen=True)
class DpiStatus:
    """For the dashboard."""

    progress: Progress
    confirmed: int
    total: int
    oldest_open_title: str | None


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def sha256_of(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 16), b""):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def _api_message(exc: BaseException) -> str:
    plain = altinn_problem_nb(getattr(exc, "problem_code", None))
    if plain:
        return plain
    message = getattr(exc, "message_nb", None)
    if isinstance(message, str) and message:
        return message
    return DELEGATION_FAILED


class DpiOnboardingService:
    def __init__(
        self, db: Database, attachments_dir: Path | None = None, audit: AuditLog | None = None
    ) -> None:
        self.db = db
        self.repo = ChecklistRepository(db)
        self.recorder = Recorder(db, audit)
        self.attachments_dir = attachments_dir or attachments_folder(db)

    # -- content -------------------------------------------------------------------------
    @staticmethod
    def guides() -> dict[str, GuideStep]:
        """The step texts and links (``resources/content/dpi_onboarding``), in step order."""
        found = load_guides(CONTENT)
        missing = [k for k in STEP_ORDER if k not in found]
        if missing:
            raise FileNotFoundError(
                "Veiledningen for DPI-oppsett mangler steg: "
                + ", ".join(missing)
                + ". Installer Postvakt på nytt."
            )
        return {k: found[k] for k in STEP_ORDER}

    # -- state ---------------------------------------------------------------------------
    def load(self, workspace_id: int) -> ChecklistState:
        return self.repo.load(workspace_id, FLOW, STEP_ORDER)

    def save_fields(self, workspace_id: int, step: str, fields: Mapping[str, Any]) -> None:
        self.repo.save_fields(workspace_id, FLOW, step, fields)

    def set_current(self, workspace_id: int, step: str | None) -> None:
        self.repo.set_current(workspace_id, FLOW, step)

    def status(self, workspace_id: int) -> DpiStatus:
        state = self.load(workspace_id)
        oldest = state.oldest_open_step()
        title = None
        if oldest is not None:
            try:
                title = self.guides()[oldest].title
            except (OSError, ValueError):
                title = oldest
        return DpiStatus(state.progress, state.confirmed_count, len(state.order), title)

    # -- confirming ----------------------------------------------------------------------
    def confirm(
        self,
        workspace_id: int,
        step: str,
        fields: Mapping[str, Any],
        *,
        evidence_file: Path | None = None,
        checklist: tuple[str, ...] = (),
        today: date | None = None,
        user: str | None = None,
    ) -> StepRecord:
        """Confirm a step by hand. Raises :class:`OnboardingInputError` when something is
        missing; copies ``evidence_file`` into the attachments folder and keeps its SHA-256
        (without one, a file attached at an earlier confirmation stays)."""
        problems = missing_for_confirmation(step, fields, today or date.today(), checklist)
        if problems:
            raise OnboardingInputError(problems)
        evidence: Evidence | None
        if evidence_file is not None:
            evidence = self._keep_evidence(workspace_id, step, evidence_file)
        else:  # confirming again keeps the file attached before
            evidence = self.load(workspace_id).record(step).evidence
        how = Verification.MANUAL_WITH_FILE if evidence else Verification.MANUAL
        clean = {k: v for k, v in fields.items() if k != "lest_tilbake"}
        record = StepRecord(step, clean, _now(), user or self.recorder.acting(), how, evidence)
        with self.recorder.change():
            saved = self.repo.confirm(workspace_id, FLOW, record)
            self.recorder.write(
                workspace_id, "step.confirmed", self.audit_details(saved, self._title(step))
            )
        return saved

    def _title(self, step: str) -> str:
        try:
            guide = self.guides().get(step)
        except (OSError, ValueError):  # a damaged guide file must not stop the evidence
            guide = None
        return guide.title if guide is not None else step

    def _keep_evidence(self, workspace_id: int, step: str, source: Path) -> Evidence:
        source = Path(source)
        if not source.is_file():
            raise OnboardingInputError([f"Finner ikke filen «{source.name}». Velg den på nytt."])
        if source.stat().st_size > MAX_EVIDENCE_BYTES:
            raise OnboardingInputError(
                [
                    f"Filen «{source.name}» er større enn 50 MB. Velg et skjermbilde eller en "
                    "kvittering som er mindre."
                ]
            )
        digest, size = sha256_of(source)
        stored = stored_name(FLOW, workspace_id, step, digest, source.suffix)
        target = self.attachments_dir / stored
        if not target.exists():
            tmp = keep_private_copy(source, self.attachments_dir, stored)  # 0600 in 0700
            try:
                if sha256_of(tmp)[0] != digest:
                    raise OnboardingInputError(
                        [f"Filen «{source.name}» endret seg mens den ble kopiert. Prøv igjen."]
                    )
                tmp.replace(target)
            finally:
                tmp.unlink(missing_ok=True)  # gone once moved; removed if anything failed
        return Evidence(source.name, stored, digest, size)

    def evidence_path(self, evidence: Evidence) -> Path:
        return self.attachments_dir / evidence.stored_name

    # -- the API path --------------------------------------------------------------------
    def delegate_via_api(
        self,
        state: TaskState | None,
        workspace: Workspace,
        api: DelegationApi,
        performed_by: str,
        fields: Mapping[str, Any] | None = None,
    ) -> tuple[DelegationOutcome, StepRecord | None]:
        """Add KS as supplier, check, delegate, read back (altinn.md §3.2). The step is
        confirmed (verified by API) only when the read-back shows the right; ``fields`` (what
        the page shows, e.g. who answered what) are kept with it."""
        orgnr = workspace.orgnr
        done: list[str] = []
        stages: list[tuple[str, Callable[[], Any]]] = [
            (STAGE_SUPPLIER, lambda: api.add_supplier(orgnr, KS_ORGNR)),
            (STAGE_CHECK, lambda: api.check(orgnr)),
            (STAGE_DELEGATE, lambda: api.delegate(orgnr, KS_ORGNR)),
            (STAGE_READ_BACK, lambda: api.read_back(orgnr, KS_ORGNR)),
        ]
        for number, (text, call) in enumerate(stages, start=1):
            if state is not None:
                state.check()
                state.progress(number - 1, len(stages), text)
            try:
                answer = call()
            except Exception as exc:  # any failure of the adapter: say it plainly
                log.warning(
                    "DPI-delegering via API stoppet i steg %d: %s", number, type(exc).__name__
                )
                return DelegationOutcome(False, _api_message(exc), tuple(done)), None
            if number == 2 and answer is False:
                return DelegationOutcome(False, altinn_problem_nb("28") or "", tuple(done)), None
            if number == 4 and answer is not True:
                return DelegationOutcome(False, DELEGATION_NOT_SEEN, tuple(done)), None
            done.append(text)
        known = (
            dict(fields)
            if fields is not None
            else dict(self.load(workspace.id).record(Step.DELEGER_KS).fields)
        )
        known.update({"utfort_av": performed_by, "lest_tilbake": True, "lest_tilbake_tid": _now()})
        with self.recorder.change():
            record = self.repo.confirm(
                workspace.id,
                FLOW,
                StepRecord(
                    Step.DELEGER_KS, known, _now(), self.recorder.acting(), Verification.API, None
                ),
            )
            details = self.audit_details(record, self._title(Step.DELEGER_KS))
            details.update(
                {
                    "leverandør": KS_ORGNR,
                    "org_nr": orgnr,
                    "utført_av": performed_by or record.confirmed_by,
                    "lest_tilbake": True,
                }
            )
            self.recorder.write(workspace.id, "step.confirmed", details)
        return DelegationOutcome(True, DELEGATION_DONE, tuple(done)), record

    def summary_document(
        self, workspace: Workspace, state: ChecklistState, guides: Mapping[str, GuideStep]
    ) -> str:
        """The summary as it is saved and printed: its HTML with the audit log's anchor."""
        return self.summary_html(workspace, state, guides) + self.recorder.anchor_html()

    def record_printed(self, workspace: Workspace, pages: int) -> None:
        """The summary went to a printer: as its PDF, it is recorded."""
        self.recorder.write(workspace.id, "dpi.summary_printed", {"sider": pages})

    def export_summary(
        self,
        workspace: Workspace,
        state: ChecklistState,
        guides: Mapping[str, GuideStep],
        path: Path,
        writer: Callable[[str, Path], Path],
    ) -> Path:
        """Write the summary with ``writer(html, path)`` (the caller's PDF maker) and record
        the export."""
        written = writer(self.summary_document(workspace, state, guides), Path(path))
        self.recorder.write(workspace.id, "dpi.summary_saved", {"fil": written.name})
        return written

    # -- audit ---------------------------------------------------------------------------
    @staticmethod
    def audit_details(record: StepRecord, title: str) -> dict[str, Any]:
        """What the log keeps for a confirmed step (no free text that may hold personal data
        beyond names the user typed for the record)."""
        details: dict[str, Any] = {
            "veiviser": "DPI-oppsett",
            "steg": title,
            "verifisert": record.verification.label_nb if record.verification else "",
        }
        if record.evidence is not None:
            details["vedlegg"] = record.evidence.original_name
            details["sha256"] = record.evidence.sha256
        return details

    # -- summary -------------------------------------------------------------------------
    def summary_html(
        self,
        workspace: Workspace,
        state: ChecklistState,
        guides: Mapping[str, GuideStep],
        today: date | None = None,
    ) -> str:
        return summary_html(workspace, state, guides, today or date.today())


def _local(iso: str | None) -> str:
    if not iso:
        return ""
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%d.%m.%Y kl. %H.%M")
    except ValueError:
        return iso


def summary_html(
    workspace: Workspace, state: ChecklistState, guides: Mapping[str, GuideStep], today: date
) -> str:
    """The whole onboarding on A4: status, dates, who did what and how it was verified; in the
    user's language (:func:`desktop_app.language.t`; ``guides`` are read in it already)."""
    e = html.escape
    progress = state.progress
    status_line = t("Status: {progress}", progress=t(progress.label_nb)) + t(
        " – {done} av {total} steg er bekreftet.",
        done=state.confirmed_count,
        total=len(state.order),
    )
    parts = [
        f"<h1>{e(t('DPI-oppsett – {name}', name=workspace.name))}</h1>",
        "<p class='meta'>"
        + e(
            t(
                "Organisasjonsnummer {orgnr} · Utskrift {day} · Laget med Postvakt",
                orgnr=format_orgnr(workspace.orgnr),
                day=f"{today:%d.%m.%Y}",
            )
        )
        + "</p>",
        f"<p><b>{e(status_line)}</b></p>",
        "<p>"
        + e(
            t(
                "Digital postkasse til innbyggere (DPI) gjennom KS SvarUt. Delegeringen går til "
                "{ks}, org.nr {orgnr}.",
                ks=KS_NAME,
                orgnr=format_orgnr(KS_ORGNR),
            )
        )
        + "</p>",
        "<table width='100%'><tr>"
        + "".join(
            f"<th>{e(h)}</th>"
            for h in (t("Steg"), t("Status"), t("Bekreftet"), t("Hvordan det er kontrollert"))
        )
        + "</tr>",
    ]
    for number, key in enumerate(state.order, start=1):
        record = state.record(key)
        title = guides[key].title if key in guides else key
        if record.confirmed:
            status = e(t("Bekreftet"))
            by = e(t("av {who}", who=record.confirmed_by))
            when = f"{_local(record.confirmed_at)}<br>{by}"
            how = e(t(record.verification.label_nb)) if record.verification else ""
        else:
            status, when, how = e(t("Ikke bekreftet")), "", ""
        parts.append(
            f"<tr><td>{number}. {e(title)}</td><td>{status}</td><td>{when}</td><td>{how}</td></tr>"
        )
    parts.append("</table>")
    for number, key in enumerate(state.order, start=1):
        record = state.record(key)
        guide = guides.get(key)
        parts.append(f"<h2>{number}. {e(guide.title if guide else key)}</h2>")
        rows = []
        for name in shown_fields(record.fields):
            value = field_text_nb(name, record.fields[name])
            if name == "hvem_delegerer" or isinstance(record.fields[name], bool):
                value = t(value)
            rows.append((t(field_label_nb(key, name)), value))
        if record.fields.get("lest_tilbake_tid"):
            rows.append((t("Lest tilbake"), _local(str(record.fields["lest_tilbake_tid"]))))
        if record.evidence is not None:
            size = f"{record.evidence.size:,}".replace(",", "\u00a0")
            rows.append((t("Vedlegg"), f"{record.evidence.original_name} ({size} byte)"))
            rows.append((t("SHA-256 for vedlegget"), record.evidence.sha256))
        if not record.confirmed:
            rows.insert(0, (t("Status"), t("Ikke bekreftet ennå")))
        if rows:
            parts.append(
                "<table width='100%'>"
                + "".join(
                    f"<tr><td width='35%'>{e(label)}</td><td>{e(value)}</td></tr>"
                    for label, value in rows
                )
                + "</table>"
            )
        if guide is not None and guide.last_checked is not None:
            checked = t(
                "Veiledningen for steget ble sist kontrollert {day}.",
                day=f"{guide.last_checked:%d.%m.%Y}",
            )
            parts.append(f"<p class='meta'>{e(checked)}</p>")
    parts.append(
        "<p class='meta'>"
        + e(
            t(
                "Hver bekreftelse er også skrevet i Postvakts logg, som ikke kan endres uten at "
                "det synes."
            )
        )
        + "</p>"
    )
    return "\n".join(parts)
