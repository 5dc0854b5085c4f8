"""DPI onboarding without a window: what a step needs, costs, Altinn's codes in plain words,
evidence kept by fingerprint, the API path with fakes, and the summary."""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal

import pytest

from desktop_app.domain.checklist import ChecklistState, Progress, StepRecord, Verification
from desktop_app.domain.dpi_onboarding import (
    KS_ORGNR,
    STEP_ORDER,
    Step,
    altinn_problem_nb,
    format_kr,
    missing_for_confirmation,
    parse_price,
    portal_link,
    yearly_cost,
)
from desktop_app.domain.environments import Environment
from desktop_app.services.dpi_onboarding import DpiOnboardingService, OnboardingInputError
from desktop_app.services.workspaces import WorkspaceService
from desktop_app.storage.database import Database

TODAY = date(2026, 11, 23)


@pytest.fixture
def db(tmp_path):
    database = Database.open(tmp_path / "data" / "postvakt.sqlite3")
    yield database
    database.close()


@pytest.fixture
def workspace(db):
    return WorkspaceService(db).create_workspace("Fjordvik kommune", "310000000")


def test_a_step_says_what_is_missing_before_it_can_be_confirmed():
    assert missing_for_confirmation(Step.BRUKSVILKAR, {}, TODAY) == [
        "Skriv inn datoen bruksvilkårene ble signert.",
        "Skriv hvem som signerte bruksvilkårene.",
    ]
    ok = {"dato": "2026-11-20", "hvem": "Kari Nordmann"}
    assert missing_for_confirmation(Step.BRUKSVILKAR, ok, TODAY) == []
    future = {**ok, "dato": "2026-12-01"}
    assert any("fram i tid" in p for p in missing_for_confirmation(Step.BRUKSVILKAR, future, TODAY))


def test_new_senders_must_also_send_the_dpi_form():
    fields = {"dato_sendt": "2026-11-20", "svar": "Opprettet", "ny_avsender": True}
    assert any(
        "skjemaet" in p for p in missing_for_confirmation(Step.KONTAKT_DIGDIR, fields, TODAY)
    )
    fields["skjema_sendt"] = True
    assert missing_for_confirmation(Step.KONTAKT_DIGDIR, fields, TODAY) == []


def test_delegation_by_hand_needs_the_tick_and_the_checklist_needs_every_item():
    assert any(
        "sett i Altinn" in p
        for p in missing_for_confirmation(Step.DELEGER_KS, {"utfort_av": "Kari"}, TODAY)
    )
    items = ("a", "b")
    assert missing_for_confirmation(Step.INNBYGGERE, {"sjekkliste": ["a"]}, TODAY, items) == [
        "Kryss av alle punktene i sjekklisten (1 gjenstår)."
    ]
    assert missing_for_confirmation(Step.INNBYGGERE, {"sjekkliste": ["b", "a"]}, TODAY, items) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("0,80", Decimal("0.80")),
        ("kr 1.20", Decimal("1.20")),
        ("2", Decimal("2.0")),
        ("1 200,5", Decimal("1200.5")),
        ("åtti øre", None),
        ("", None),
        ("-1", None),
    ],
)
def test_prices_read_as_people_write_them(text, value):
    assert parse_price(text) == value


def test_the_yearly_estimate_is_letters_times_price_in_kroner():
    assert yearly_cost(12_000, Decimal("0.80")) == Decimal("9600.00")
    assert format_kr(Decimal("12345.6")) == "kr\u00a012\u00a0345,60"
    with pytest.raises(ValueError):
        yearly_cost(-1, Decimal(1))


def test_altinn_problem_codes_read_plainly_whatever_their_spelling():
    assert "ikke lov til å delegere" in altinn_problem_nb("AM-00028")
    assert altinn_problem_nb("AM-28") == altinn_problem_nb("AM-00028")
    assert "koblingen" in altinn_problem_nb("AM-22")
    assert altinn_problem_nb("AM-99") is None
    assert altinn_problem_nb(None) is None


def test_portal_links_follow_the_test_environment():
    url = "https://www.altinn.no/"
    assert portal_link(url, Environment.TEST) == "https://tt02.altinn.no/"
    assert portal_link(url, Environment.PRODUKSJON) == url
    other = "https://forvaltning.fiks.ks.no/fiks-konfigurasjon/tjenester/svarut"
    assert portal_link(other, Environment.TEST) == other


def test_progress_and_the_oldest_open_step():
    state = ChecklistState(STEP_ORDER)
    assert state.progress is Progress.NOT_STARTED
    assert state.resume_step() == Step.KONTAKT_DIGDIR
    typed = ChecklistState(
        STEP_ORDER, {Step.BRUKSVILKAR: StepRecord(Step.BRUKSVILKAR, {"hvem": "Kari"})}
    )
    assert typed.progress is Progress.IN_PROGRESS
    done = {k: StepRecord(k, {}, "2026-11-23T10:00:00+00:00") for k in STEP_ORDER}
    del done[Step.ROS]
    state = ChecklistState(STEP_ORDER, done, Step.KOSTNADER)
    assert state.oldest_open_step() == Step.ROS
    assert state.resume_step() == Step.KOSTNADER
    done[Step.ROS] = StepRecord(Step.ROS, {}, "2026-11-23T10:00:00+00:00")
    assert ChecklistState(STEP_ORDER, done).progress is Progress.DONE


def test_the_content_files_cover_every_step_with_a_checked_date():
    guides = DpiOnboardingService.guides()
    assert list(guides) == list(STEP_ORDER)
    for guide in guides.values():
        assert guide.last_checked is not None and guide.source
        assert all(link.url.startswith("https://") for link in guide.links)
    delegation = guides[Step.DELEGER_KS]
    assert KS_ORGNR in [v.value for v in delegation.copy_values]
    assert any("avsenderindikator" in w for w in guides[Step.AKTIVER_SVARUT].warnings)


def test_confirming_keeps_a_copy_of_the_evidence_and_its_sha256(db, workspace, tmp_path):
    service = DpiOnboardingService(db)
    shot = tmp_path / "Skjermbilde.PNG"
    shot.write_bytes(b"fake png" * 100)
    record = service.confirm(
        workspace.id,
        Step.DELEGER_KS,
        {"utfort_av": "Kari", "sjekket_i_altinn": True, "lest_tilbake": True},
        evidence_file=shot,
        today=TODAY,
        user="kari",
    )
    assert record.verification is Verification.MANUAL_WITH_FILE
    assert "lest_tilbake" not in record.fields  # only the API path may say it read back
    kept = service.evidence_path(record.evidence)
    assert kept.parent == db.path.parent / "vedlegg"
    assert record.evidence.sha256 == hashlib.sha256(shot.read_bytes()).hexdigest()
    assert hashlib.sha256(kept.read_bytes()).hexdigest() == record.evidence.sha256
    again = service.load(workspace.id).record(Step.DELEGER_KS)
    assert again.evidence == record.evidence and again.confirmed_by == "kari"


def test_confirming_with_something_missing_saves_nothing(db, workspace):
    service = DpiOnboardingService(db)
    with pytest.raises(OnboardingInputError, match="hvem som signerte"):
        service.confirm(workspace.id, Step.BRUKSVILKAR, {"dato": "2026-11-20"}, today=TODAY)
    assert not service.load(workspace.id).record(Step.BRUKSVILKAR).confirmed


def test_drafts_and_the_current_step_survive_reopening(db, workspace, tmp_path):
    service = DpiOnboardingService(db)
    service.save_fields(workspace.id, Step.ROS, {"arkivert": "Sak 2026/1"})
    service.set_current(workspace.id, Step.ROS)
    db.close()
    reopened = Database.open(tmp_path / "data" / "postvakt.sqlite3")
    try:
        state = DpiOnboardingService(reopened).load(workspace.id)
        assert state.record(Step.ROS).fields == {"arkivert": "Sak 2026/1"}
        assert state.resume_step() == Step.ROS
        assert state.progress is Progress.IN_PROGRESS
    finally:
        reopened.close()


class Altinn:
    def __init__(self, reads_back=True, allowed=True, fail=None):
        self.calls = []
        self.reads_back, self.allowed, self.fail = reads_back, allowed, fail

    def add_supplier(self, orgnr, supplier):
        self.calls.append("add_supplier")
        if self.fail:
            raise self.fail

    def check(self, orgnr):
        self.calls.append("check")
        return self.allowed

    def delegate(self, orgnr, supplier):
        self.calls.append("delegate")

    def read_back(self, orgnr, supplier):
        self.calls.append("read_back")
        return self.reads_back


def test_the_api_path_confirms_only_after_reading_back(db, workspace):
    service = DpiOnboardingService(db)
    outcome, record = service.delegate_via_api(None, workspace, Altinn(), "Kari Nordmann")
    assert outcome.read_back and record.verification is Verification.API
    assert len(outcome.done) == 4

    outcome, record = service.delegate_via_api(None, workspace, Altinn(reads_back=False), "K")
    assert not outcome.read_back and record is None and "ikke" in outcome.message_nb

    api = Altinn(allowed=False)
    outcome, record = service.delegate_via_api(None, workspace, api, "K")
    assert api.calls == ["add_supplier", "check"]  # never delegates when told it may not
    assert "ikke lov" in outcome.message_nb


def test_an_unexpected_api_failure_points_to_the_guided_path(db, workspace):
    class Boom(Exception):
        message_nb = "Altinn svarer ikke akkurat nå."

    service = DpiOnboardingService(db)
    outcome, _ = service.delegate_via_api(None, workspace, Altinn(fail=Boom()), "K")
    assert outcome.message_nb == "Altinn svarer ikke akkurat nå."
    outcome, _ = service.delegate_via_api(None, workspace, Altinn(fail=RuntimeError("x")), "K")
    assert "selv i Altinn" in outcome.message_nb and "x" not in outcome.message_nb.split()


def test_the_summary_says_who_did_what_and_how_it_was_verified(db, workspace, tmp_path):
    service = DpiOnboardingService(db)
    service.confirm(
        workspace.id,
        Step.BRUKSVILKAR,
        {"dato": "2026-11-20", "hvem": "Kari <N>"},
        today=TODAY,
        user="kari",
    )
    shot = tmp_path / "a.png"
    shot.write_bytes(b"x")
    record = service.confirm(
        workspace.id,
        Step.DELEGER_KS,
        {"utfort_av": "Kari", "sjekket_i_altinn": True},
        evidence_file=shot,
        today=TODAY,
    )
    state = service.load(workspace.id)
    html = service.summary_html(workspace, state, service.guides(), TODAY)
    assert "DPI-oppsett – Fjordvik kommune" in html
    assert "Kari &lt;N&gt;" in html  # escaped
    assert "20.11.2026" in html
    assert Verification.MANUAL_WITH_FILE.label_nb in html
    assert record.evidence.sha256 in html
    assert "Ikke bekreftet" in html  # the open steps say so
    assert "06.12.2026" in html  # when the guidance was last checked


def test_placeholders_give_digits_to_paste_and_spaced_digits_to_read():
    from desktop_app.domain.dpi_onboarding import fill_placeholders

    text = "{kommune}: {orgnr} / {orgnr_lesbar}"
    assert fill_placeholders(text, "Fjordvik kommune", "310000000") == (
        "Fjordvik kommune: 310000000 / 310 000 000"
    )


def test_confirming_again_without_a_file_keeps_the_earlier_one(db, workspace, tmp_path):
    service = DpiOnboardingService(db)
    shot = tmp_path / "a.png"
    shot.write_bytes(b"shot")
    fields = {"utfort_av": "Kari", "sjekket_i_altinn": True}
    first = service.confirm(workspace.id, Step.DELEGER_KS, fields, evidence_file=shot, today=TODAY)
    again = service.confirm(workspace.id, Step.DELEGER_KS, fields, today=TODAY)
    assert again.evidence == first.evidence


def test_deleting_a_workspace_deletes_its_evidence_files_and_no_others(db, workspace, tmp_path):
    service = DpiOnboardingService(db)
    other = WorkspaceService(db).create_workspace("Testvik kommune", "987654325")
    fields = {"utfort_av": "Kari", "sjekket_i_altinn": True}
    files = []
    for n, owner in enumerate([workspace, workspace, other]):
        shot = tmp_path / f"skjermbilde-{n}.png"
        shot.write_bytes(b"png %d" % n)
        record = service.confirm(owner.id, Step.DELEGER_KS, fields, evidence_file=shot, today=TODAY)
        files.append(service.evidence_path(record.evidence))
    # The second file replaced the first in the step; both belong to the workspace.
    assert all(f.is_file() for f in files)

    WorkspaceService(db).delete_workspace(workspace.id)

    assert [f.is_file() for f in files] == [False, False, True]
    assert service.load(other.id).record(Step.DELEGER_KS).evidence is not None


@pytest.mark.parametrize(
    ("name", "owner"),
    [
        ("dpi-1-deleger-ks-0123456789abcdef.png", 1),
        ("dpi-11-deleger-ks-0123456789abcdef.png", 11),  # not workspace 1's
        (".dpi-1-ros-0123456789abcdef.pdf.tmp", 1),  # a copy cut short
        ("dpi-x-ros.pdf", None),
        ("notater.txt", None),
    ],
)
def test_an_evidence_file_is_known_by_its_workspace(name, owner):
    from desktop_app.storage.attachments import workspace_of

    assert workspace_of(name) == owner


def test_the_ks_delegation_guide_describes_todays_only_portal_path():
    # Altinn/altinn-access-management-frontend no_nb.json; «Deleger nytt API» was removed
    # 2026-06-24 and Altinn 2 closed 19.06.2026, so there is one path left.
    guide = DpiOnboardingService.guides()[Step.DELEGER_KS]
    [path] = guide.paths
    text = " ".join(path.steps)
    order = [
        "«Tilgangsstyring»",
        "«Maskinporten\u00adadministrasjon»",
        "«Leverandører»",
        "«Legg til leverandør»",
        "971032146",
        "«Legg til virksomhet»",
        "«Gi fullmakt»",
        "«Søk etter API»",
        "digitalpostinnbygger:send",
    ]
    positions = [text.index(label) for label in order]
    assert positions == sorted(positions)
    assert "Deleger nytt API" not in text and "«Profil»" not in text
    assert "digitalpostinnbygger:send" in [v.value for v in guide.copy_values]
    said = " ".join([guide.lead, text, *guide.warnings])
    assert "«Maskinporten administrator»" in said and "«Integrasjoner»" in said
    assert any("stengt" in w and "fjernet" in w for w in guide.warnings)
    for jargon in ("scope", "kid", "PEM", "token", "ks-k"):
        assert jargon not in said.replace("digitalpostinnbygger:send", "")
    assert guide.last_checked == date(2026, 12, 6)
    assert "altinn-access-management-frontend" in guide.source and "2026-08-21" in guide.source


def test_the_summary_never_says_nei_beside_a_read_back_from_altinn(db, workspace):
    service = DpiOnboardingService(db)
    service.delegate_via_api(
        None,
        workspace,
        Altinn(),
        "Kari Nordmann",
        {"sjekket_i_altinn": False, "utfort_av": "Kari Nordmann"},
    )
    state = service.load(workspace.id)
    html = service.summary_html(workspace, state, service.guides(), TODAY)
    assert "Lest tilbake fra Altinn" in html
    assert "Kontrollert i Altinn at KS har retten" not in html  # was «Nei» beside «Ja»
