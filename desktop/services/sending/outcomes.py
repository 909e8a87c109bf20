"""The new state of a claimed row for each thing that can happen to it while sending.

Pure functions: the send-time rules' verdict and each kind of channel answer become an
``Outcome``; ``BatchRunner`` keeps the bookkeeping around them (holds, pacing, its report).
"""

from __future__ import annotations

from datetime import datetime

from desktop.channels.base import Awaiting, HandOff, Sent
from desktop.domain.enums import DeliveryStatus
from desktop.domain.sending.rules import Outgoing, Postpone, Send, Skip, decide
from desktop.services.sending.batch_types import (
    ClaimedItem,
    MemberContext,
    Outcome,
    WorkspaceInfo,
)

UNCERTAIN_REASON = (
    "the sender stopped while this was being posted: check the group and post it by hand "
    "if it is not there"
)


def released(
    item: ClaimedItem, until: datetime, reason: str | None, last_error: str | None
) -> Outcome:
    """Back to pending without using up an attempt."""
    return Outcome(
        id=item.id,
        status=DeliveryStatus.PENDING,
        attempts=item.attempts,
        next_attempt_at=until,
        last_error=last_error,
        status_reason=reason,
    )


def failed(item: ClaimedItem, reason: str, attempts: int | None = None) -> Outcome:
    return Outcome(
        id=item.id,
        status=DeliveryStatus.FAILED,
        attempts=item.attempts + 1 if attempts is None else attempts,
        next_attempt_at=None,
        last_error=reason,
        status_reason=None,
    )


def uncertain(item: ClaimedItem) -> Outcome:
    """A robot post found marked as being sent: only the operator can tell if it went."""
    return Outcome(
        id=item.id,
        status=DeliveryStatus.MANUAL_TODO,
        attempts=item.attempts,
        next_attempt_at=None,
        last_error=item.last_error,
        status_reason=UNCERTAIN_REASON,
    )


def by_rules(
    item: ClaimedItem, member: MemberContext, workspace: WorkspaceInfo, now: datetime
) -> Outcome | None:
    """The send-time rules' verdict on a member's message; None when it may go now."""
    decision = decide(
        now,
        Outgoing(str(item.channel), item.purpose, reply=item.reply, topic=item.topic),
        member.prefs,
        member.consents,
        member.history,
        workspace.policy,
    )
    if isinstance(decision, Skip):
        detail = f": {decision.detail}" if decision.detail else ""
        return Outcome(
            id=item.id,
            status=DeliveryStatus.CANCELLED,
            attempts=item.attempts,
            next_attempt_at=None,
            last_error=item.last_error,
            status_reason=f"skipped — {decision.reason}{detail}"[:300],
        )
    if isinstance(decision, Postpone):
        detail = f" ({decision.detail})" if decision.detail else ""
        return released(
            item,
            decision.until,
            f"postponed — {decision.reason}{detail} until {decision.until:%Y-%m-%d %H:%M}Z"[:300],
            item.last_error,
        )
    assert isinstance(decision, Send)
    return None


def sent(item: ClaimedItem, result: Sent, now: datetime) -> Outcome:
    return Outcome(
        id=item.id,
        status=DeliveryStatus.SENT,
        attempts=item.attempts + 1,
        next_attempt_at=None,
        last_error=None,
        status_reason=None,
        sent_at=now,
        external_id=result.external_id,
    )


def awaiting(item: ClaimedItem, result: Awaiting) -> Outcome:
    return Outcome(
        id=item.id,
        status=DeliveryStatus.AWAITING,
        attempts=item.attempts + 1,
        next_attempt_at=None,
        last_error=None,
        status_reason=result.reason or None,
        external_id=result.external_id,
    )


def handed_off(item: ClaimedItem, result: HandOff) -> Outcome:
    return Outcome(
        id=item.id,
        status=DeliveryStatus.MANUAL_TODO,
        attempts=item.attempts,
        next_attempt_at=None,
        last_error=None,
        status_reason=result.reason or None,
    )


def throttled(item: ClaimedItem, until: datetime, error: str, reason: str) -> Outcome:
    """Throttling is not a failed attempt: the row goes again when the platform said."""
    return Outcome(
        id=item.id,
        status=DeliveryStatus.PENDING,
        attempts=item.attempts,
        next_attempt_at=until,
        last_error=error,
        status_reason=reason,
    )


def retried(item: ClaimedItem, until: datetime, error: str) -> Outcome:
    """A temporary failure: one attempt used, tried again at ``until``."""
    return Outcome(
        id=item.id,
        status=DeliveryStatus.PENDING,
        attempts=item.attempts + 1,
        next_attempt_at=until,
        last_error=error,
        status_reason=None,
    )
