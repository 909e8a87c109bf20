"""Sending one claimed batch: rules → render → pace → send → outcome, item by item.

Outcomes are buffered and written in groups by the caller's ``flush`` (one transaction
per group), which keeps the SMTP connection busy instead of waiting on a commit per
message. A crash loses at most the outcomes of rows still claimed — those are resent
after their lease expires, with the same idempotency key (the same Message-ID).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from desktop.channels.base import (
    AuthError,
    Channel,
    HandOff,
    PermanentError,
    SendResult,
    Sent,
    TemporaryError,
)
from desktop.channels.pacing import TokenBucket
from desktop.domain.enums import DeliveryKind, DeliveryStatus
from desktop.domain.sending.accounts import AccountStatus
from desktop.domain.sending.backoff import RetryPolicy, gives_up, retry_delay
from desktop.domain.sending.rules import Outgoing, PastSend, Postpone, Send, Skip, decide
from desktop.services.sending.batch_types import Batch, ClaimedItem, Outcome
from desktop.services.sending.render import RenderProblem, UnsubscribeTargets, render_message

log = logging.getLogger(__name__)

NO_ACCOUNT_RETRY = timedelta(minutes=10)
# A server's "come back in N seconds" longer than this releases the rest of the batch
# instead of holding the lease while sleeping.
MAX_INLINE_WAIT = 5.0


@dataclass
class Route:
    """An account's live sending state for the duration of the dispatcher."""

    account_id: int | None
    channel: Channel
    pacer: TokenBucket
    unsubscribe: UnsubscribeTargets


@dataclass
class Hold:
    """Why the rest of an account's rows in this batch wait, and until when."""

    until: datetime
    last_error: str | None
    reason: str


@dataclass
class BatchReport:
    sent: int = 0
    failed: int = 0
    last_error: str | None = None
    account_errors: dict[int, tuple[AccountStatus, str | None]] = field(default_factory=dict)


class BatchRunner:
    def __init__(
        self,
        batch: Batch,
        *,
        now: Callable[[], datetime],
        rand: Callable[[], float],
        retry: RetryPolicy,
        route_for: Callable[[ClaimedItem, Batch], Awaitable[Route | Hold | str]],
        emit: Callable[[Outcome], Awaitable[None]],
        should_stop: Callable[[], bool],
        still_ours: Callable[[ClaimedItem], Awaitable[bool]],
    ) -> None:
        self.batch = batch
        self._now = now
        self._rand = rand
        self._retry = retry
        self._route_for = route_for
        self._emit = emit
        self._should_stop = should_stop
        self._still_ours = still_ours
        self._holds: dict[int | None, Hold] = {}
        self.report = BatchReport()

    async def run(self) -> BatchReport:
        for item in self.batch.items:
            if self._should_stop():
                # Hand the rest back now rather than leave it to wait out the lease.
                await self._emit(self._release(item, self._now(), None, item.last_error))
                continue
            if not await self._still_ours(item):
                continue
            await self._emit(await self._one(item))
        return self.report

    def _release(
        self, item: ClaimedItem, until: datetime, reason: str | None, last_error: str | None
    ) -> Outcome:
        return Outcome(
            id=item.id,
            status=DeliveryStatus.PENDING,
            attempts=item.attempts,
            next_attempt_at=until,
            last_error=last_error,
            status_reason=reason,
        )

    def _fail(self, item: ClaimedItem, reason: str, attempts: int | None = None) -> Outcome:
        self.report.failed += 1
        self.report.last_error = reason
        return Outcome(
            id=item.id,
            status=DeliveryStatus.FAILED,
            attempts=item.attempts + 1 if attempts is None else attempts,
            next_attempt_at=None,
            last_error=reason,
            status_reason=None,
        )

    async def _one(self, item: ClaimedItem) -> Outcome:
        now = self._now()
        account_key = item.account_id
        hold = self._holds.get(account_key)
        if hold is not None:
            return self._release(item, hold.until, hold.reason, hold.last_error)

        member = self.batch.members.get(item.member_id) if item.member_id is not None else None
        if member is not None and item.kind != DeliveryKind.POST:
            decision = decide(
                now,
                Outgoing(str(item.channel), item.purpose, reply=item.reply),
                member.prefs,
                member.consents,
                member.history,
                self.batch.workspace.policy,
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
                return self._release(
                    item,
                    decision.until,
                    f"postponed — {decision.reason}{detail} until {decision.until:%Y-%m-%d %H:%M}Z"[
                        :300
                    ],
                    item.last_error,
                )
            assert isinstance(decision, Send)

        if not item.recipient:
            return self._fail(item, f"no {item.channel} address for this delivery", item.attempts)

        route = await self._route_for(item, self.batch)
        if isinstance(route, str):  # no account for the channel
            return self._release(item, now + NO_ACCOUNT_RETRY, route, item.last_error)
        if isinstance(route, Hold):
            self._holds[account_key] = route
            return self._release(item, route.until, route.reason, route.last_error)

        try:
            message = render_message(item, member, self.batch.workspace, route.unsubscribe)
        except RenderProblem as exc:
            return self._fail(item, str(exc), item.attempts)

        wait = route.pacer.blocked_for()
        if wait > MAX_INLINE_WAIT:
            until = now + timedelta(seconds=wait)
            self._holds[account_key] = Hold(until, item.last_error, "paced: server asked to wait")
            return self._release(item, until, "paced: server asked to wait", item.last_error)
        await route.pacer.take()

        result = await route.channel.send(message)
        outcome = self._outcome(item, result, route)
        if isinstance(result, Sent) and member is not None and item.kind != DeliveryKind.POST:
            # Later rows of this batch for the same member must see this send.
            member.history.append(PastSend(self._now(), item.purpose))
        return outcome

    def _outcome(self, item: ClaimedItem, result: SendResult, route: Route) -> Outcome:
        now = self._now()
        attempts = item.attempts + 1
        if isinstance(result, Sent):
            self.report.sent += 1
            if route.account_id is not None:
                self.report.account_errors.setdefault(route.account_id, (AccountStatus.OK, None))
            return Outcome(
                id=item.id,
                status=DeliveryStatus.SENT,
                attempts=attempts,
                next_attempt_at=None,
                last_error=None,
                status_reason=None,
                sent_at=now,
                external_id=result.external_id,
            )
        if isinstance(result, HandOff):
            return Outcome(
                id=item.id,
                status=DeliveryStatus.MANUAL_TODO,
                attempts=item.attempts,
                next_attempt_at=None,
                last_error=None,
                status_reason=result.reason or None,
            )
        if isinstance(result, PermanentError):
            return self._fail(item, result.reason)
        if isinstance(result, AuthError):
            if route.account_id is not None:
                self.report.account_errors[route.account_id] = (
                    AccountStatus.AUTH_ERROR,
                    result.reason,
                )
            self.report.last_error = result.reason
            reason = "waiting: the account's sign-in was refused"
            self._holds[item.account_id] = Hold(now, result.reason, reason)
            return self._release(item, now, reason, result.reason)
        assert isinstance(result, TemporaryError)
        self.report.last_error = result.reason
        if gives_up(attempts, self._retry):
            return self._fail(item, f"gave up after {attempts} attempts: {result.reason}")
        delay = retry_delay(attempts, self._retry, self._rand, result.retry_after)
        until = now + delay
        if result.retry_after is not None:
            route.pacer.defer(result.retry_after.total_seconds())
        if result.account_wide:
            # The server is unreachable: the rest of this account's rows wait as long,
            # without each using up an attempt on the same outage.
            route.pacer.defer(delay.total_seconds())
            self._holds[item.account_id] = Hold(until, result.reason, "waiting: server unreachable")
        return Outcome(
            id=item.id,
            status=DeliveryStatus.PENDING,
            attempts=attempts,
            next_attempt_at=until,
            last_error=result.reason,
            status_reason=None,
        )
