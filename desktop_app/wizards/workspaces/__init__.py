"""Arbeidsområder: a new workspace for a municipality (its org number, name and units)."""

from desktop_app.wizards.workspaces.new_workspace import NewWorkspaceWizard

__all__ = ["NewWorkspaceWizard"]
