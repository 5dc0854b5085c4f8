"""The topic of a change: the stored audit prefix read as the flow's name."""

from __future__ import annotations

from desktop_app.services.changes import topic_of


def test_stored_audit_prefixes_read_as_the_flows_names():
    assert topic_of("step.confirmed") == "dpi_onboarding"
    assert topic_of("dpi.summary_saved") == "dpi_onboarding"
    assert topic_of("access.granted") == "confidential_access"
    assert topic_of("notification.address_added") == "notification_contacts"
    assert topic_of("check.done") == "unopened"
    assert topic_of("svarut.status_refreshed") == "unopened"
    assert topic_of("org_units.refreshed") == "organizations"
    assert topic_of("workspace.renamed") == "workspaces"


def test_an_unknown_prefix_is_its_own_topic():
    assert topic_of("nytt.noe") == "nytt"
    assert topic_of("uten_punktum") == "uten_punktum"


def test_changes_written_by_another_process_are_read_once():
    """A scheduled routine writes to the same store as the open window: its entries are told
    once; the window's own entries (told as they are written) are not told again."""
    from desktop_app.domain.organizations import Workspace
    from desktop_app.services.changes import OutsideChanges
    from desktop_app.storage.audit import AuditLog
    from desktop_app.storage.database import Database
    from desktop_app.storage.paths import app_paths

    db = Database.open(app_paths().database)
    try:
        mine, routine = AuditLog(db), AuditLog(db)  # two writers, as two processes would be
        outside = OutsideChanges(mine)
        mine.append("workspace.created", {})
        assert outside.read() == []  # the first read notes where the log stands
        mine.append("access.granted", {})
        assert outside.read() == []  # this process's own change: told when it was written
        ws = Workspace(4, "Fjordvik kommune", "987654325", False, "2026-12-06T08:00:00+00:00")
        routine.append("check.done", {}, ws)
        routine.append("org_units.refreshed", {})
        assert outside.read() == [("unopened", 4), ("organizations", None)]
        assert outside.read() == []
    finally:
        db.close()
