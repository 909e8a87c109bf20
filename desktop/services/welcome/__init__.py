"""Welcome journeys (W1–W10): templates, enrolment, the runner sending each step, codes."""

from desktop.services.welcome.funnel import FunnelLine, FunnelService
from desktop.services.welcome.journeys import JourneyEditor, VariantRejected, VariantRow
from desktop.services.welcome.progress import VerificationState, WelcomeProgress
from desktop.services.welcome.replies import ReplyRejected, ReplyTexts
from desktop.services.welcome.service import CodeOutcome, WelcomeService
from desktop.services.welcome.templates import (
    JourneyRow,
    StepDraft,
    TemplateRejected,
    TemplateService,
)

__all__ = [
    "CodeOutcome",
    "FunnelLine",
    "FunnelService",
    "JourneyEditor",
    "JourneyRow",
    "ReplyRejected",
    "ReplyTexts",
    "StepDraft",
    "TemplateRejected",
    "TemplateService",
    "VariantRejected",
    "VariantRow",
    "VerificationState",
    "WelcomeProgress",
    "WelcomeService",
]
