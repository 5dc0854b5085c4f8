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
