"""Welcome journeys: the runner woken by every change, codes checked with one key cache."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.services.container import Services
    from desktop.services.welcome.codes import CodeKeys
    from desktop.services.welcome.funnel import FunnelService
    from desktop.services.welcome.journeys import JourneyEditor
    from desktop.services.welcome.runner import WelcomeRunner
    from desktop.services.welcome.service import WelcomeService
    from desktop.services.welcome.templates import TemplateService


def code_keys(s: Services) -> CodeKeys:
    """One keyring-backed key cache for hashing and checking codes."""
    from desktop.services.welcome.codes import CodeKeys

    return CodeKeys(s.secrets)


def runner(s: Services) -> WelcomeRunner:
    """Advances welcome journeys through the outbox."""
    from desktop.services.welcome.runner import WelcomeRunner

    return WelcomeRunner(s.db, s.outbox, code_keys=s.code_keys)


def service(s: Services) -> WelcomeService:
    from desktop.services.welcome.service import WelcomeService

    return WelcomeService(
        s.db,
        s.outbox,
        on_change=s._if_built("welcome_runner", "wake"),
        code_keys=s.code_keys,
    )


def templates(s: Services) -> TemplateService:
    from desktop.services.welcome.templates import TemplateService

    return TemplateService(s.db)


def journeys(s: Services) -> JourneyEditor:
    from desktop.services.welcome.journeys import JourneyEditor

    return JourneyEditor(s.db)


def funnel(s: Services) -> FunnelService:
    from desktop.services.welcome.funnel import FunnelService

    return FunnelService(s.db)
