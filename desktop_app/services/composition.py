"""The services, composed once per open store and handed to every page and command.

One :class:`~desktop_app.storage.audit.AuditLog` serves them all, so every entry names the
same acting person (``actor``: the signed-in person, or whoever the caller names) and every
listener (the Logg view) hears of every entry. Each service is built on first use, so the
first window paints without importing the flows it does not show yet.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING

from desktop_app.storage.audit import AuditLog
from desktop_app.storage.database import Database

if TYPE_CHECKING:
    from desktop_app.integrations.environments import ServiceUrls
    from desktop_app.services.access_plan import AccessPlanService
    from desktop_app.services.confidential_access import ConfidentialAccessService
    from desktop_app.services.dpi_onboarding import DpiOnboardingService
    from desktop_app.services.handover import HandoverService
    from desktop_app.services.notice_plan import NoticePlanService
    from desktop_app.services.notification_contacts import NotificationContactsService
    from desktop_app.services.organizations import OrganizationService
    from desktop_app.services.portal_reads import PortalReadService
    from desktop_app.services.practice import Practice
    from desktop_app.services.region import RegionService
    from desktop_app.services.routines import RoutineService
    from desktop_app.services.session import Session
    from desktop_app.services.setup_check import SetupCheckService
    from desktop_app.services.status_file import StatusFileService
    from desktop_app.services.unopened_check import UnopenedCheckService
    from desktop_app.services.unopened_followup import UnopenedFollowupService
    from desktop_app.services.workspaces import WorkspaceService
    from desktop_app.settings import Settings
    from desktop_app.storage.secrets import SecretStore


class Services:
    def __init__(self, db: Database, actor: Callable[[], str | None] | None = None) -> None:
        self.db = db
        self.audit = AuditLog(db, actor)

    @cached_property
    def workspaces(self) -> WorkspaceService:
        from desktop_app.services.workspaces import WorkspaceService

        return WorkspaceService(self.db, audit=self.audit)

    @cached_property
    def organizations(self) -> OrganizationService:
        from desktop_app.services.organizations import OrganizationService

        return OrganizationService(self.db, self.audit)

    @cached_property
    def access(self) -> ConfidentialAccessService:
        from desktop_app.services.confidential_access import ConfidentialAccessService

        return ConfidentialAccessService(self.db, self.audit)

    @cached_property
    def portal_reads(self) -> PortalReadService:
        from desktop_app.services.portal_reads import PortalReadService

        return PortalReadService(self.access)

    @cached_property
    def notifications(self) -> NotificationContactsService:
        from desktop_app.services.notification_contacts import NotificationContactsService

        return NotificationContactsService(self.db, self.audit, self.access)

    @cached_property
    def dpi(self) -> DpiOnboardingService:
        from desktop_app.services.dpi_onboarding import DpiOnboardingService

        return DpiOnboardingService(self.db, audit=self.audit)

    @cached_property
    def unopened(self) -> UnopenedCheckService:
        from desktop_app.services.unopened_check import UnopenedCheckService

        return UnopenedCheckService(self.db, self.audit)

    @cached_property
    def followup(self) -> UnopenedFollowupService:
        from desktop_app.services.unopened_followup import UnopenedFollowupService

        return UnopenedFollowupService(self.db, self.audit, self.unopened)

    @cached_property
    def notice_plan(self) -> NoticePlanService:
        from desktop_app.services.notice_plan import NoticePlanService

        return NoticePlanService(self.db, self.audit)

    @cached_property
    def access_plan(self) -> AccessPlanService:
        from desktop_app.services.access_plan import AccessPlanService
        from desktop_app.services.recording import Recorder

        return AccessPlanService(self.access, self.notifications, Recorder(self.db, self.audit))

    def setup_check(
        self,
        settings: Settings,
        secrets: SecretStore,
        urls: Callable[[], ServiceUrls],
        session: Session | None,
        practice: Practice | None = None,
    ) -> SetupCheckService:
        """«Sjekk oppsettet» for the environment in ``urls()``; not cached: the settings,
        keyring and sign-in it reads belong to the caller (the window, or one command)."""
        from desktop_app.services.setup_check import SetupCheckService

        return SetupCheckService(
            settings, secrets, urls, session, audit=self.audit, practice=practice
        )

    @cached_property
    def routines(self) -> RoutineService:
        from desktop_app.services.routines import RoutineService, system_scheduler

        return RoutineService(self.db, self.audit, system_scheduler)

    @cached_property
    def region(self) -> RegionService:
        from desktop_app.services.region import RegionService

        return RegionService(self.db, self.access, self.dpi, self.routines.text)

    @cached_property
    def status_files(self) -> StatusFileService:
        from desktop_app.services.status_file import StatusFileService

        return StatusFileService(self.db, self.region, self.audit)

    @cached_property
    def handover(self) -> HandoverService:
        from desktop_app.services.handover import HandoverService

        return HandoverService(self.db, self.audit)
