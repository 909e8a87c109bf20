"""Sending one claimed batch: rules → render → pace → send → outcome, item by item.

Outcomes are buffered and written in groups by the caller's ``flush`` (one transaction
per group), which keeps the SMTP connection busy instead of waiting on a commit per
message. Email rows are spread over ``lanes`` concurrent connections of their account
(all rows of one member in the same lane, in order, so the send-time rules see each
earlier send); other channels keep one lane, in batch order. A crash loses at most the
outcomes of rows still claimed — those are resent
after their lease expires, with the same idempotency key (the same Message-ID).
"""

from __future__ import annotations

import asyncio
import logging
import zlib
from collections import defaultdict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Protocol

from desktop.channels.base import (
    AuthError,
    Awaiting,
    BatchChannel,
    Channel,
    HandOff,
    OutgoingMessage,
    PermanentError,
    SendResult,
    Sent,
    TemporaryError,
)
from desktop.channels.pacing import TokenBucket
from desktop.domain.enums import ChannelKind, DeliveryKind
from desktop.domain.sending.accounts import AccountStatus
from desktop.domain.sending.backoff import RetryPolicy, gives_up, retry_delay
from desktop.domain.sending.rules import PastSend
from desktop.services.sending import outcomes
from desktop.services.sending.batch_types import Batch, ClaimedItem, Outcome
from desktop.services.sending.render import (
    RenderProblem,
    UnsubscribeTargets,
    member_links_for,
    render_message,
)

log = logging.getLogger(__name__)

NO_ACCOUNT_RETRY = timedelta(minutes=10)
# A server's "come back in N seconds" longer than this releases the rest of the batch
# instead of holding the lease while sleeping.
MAX_INLINE_WAIT = 5.0
# Channels whose accounts each get their own lane in a batch, sending concurrently with the
# other lanes: a robot paced at 20 a minute must not hold up the robot next to it.
ACCOUNT_LANE_CHANNELS: frozenset[ChannelKind] = frozenset({ChannelKind.WEBHOOK})
INLINE_RATE_RETRIES = 5


class SendJournal(Protocol):
    """At-most-once bookkeeping for channels without idempotency (``sending/inflight.py``)."""

    channels: frozenset[ChannelKind]
    uncertain: set[int]  # rows found marked as being sent when claimed

    async def start(self, item: ClaimedItem) -> None: ...

    async def finish(self, outcome: Outcome) -> None: ...


# Channels whose server takes several connections of one account at once; a chat room's
# posts stay in one lane, in order.
LANE_CHANNELS = frozenset({ChannelKind.EMAIL})


def lane_of(item: ClaimedItem, lanes: int) -> int:
    if lanes <= 1 or item.channel not in LANE_CHANNELS:
        return 0
    if item.member_id is not None:
        return item.member_id % lanes
    return zlib.crc32(item.recipient.encode("utf-8")) % lanes


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
        route_for: Callable[[ClaimedItem, Batch, int], Awaitable[Route | Hold | str]],
        emit: Callable[[Outcome], Awaitable[None]],
        should_stop: Callable[[], bool],
        still_ours: Callable[[ClaimedItem], Awaitable[bool]],
        journal: SendJournal | None = None,
        lanes: int = 1,
    ) -> None:
        self.batch = batch
        self._now = now
        self._rand = rand
        self._retry = retry
        self._route_for = route_for
        self._emit = emit
        self._should_stop = should_stop
        self._still_ours = still_ours
        self._journal = journal
        self._holds: dict[int | None, Hold] = {}
        self._lanes = max(1, lanes)
        self.report = BatchReport()

    async def run(self) -> BatchReport:
        # A lane is (account, connection): each robot account sends on its own so one paced
        # robot does not hold up the next; email rows spread over ``lanes`` connections.
        by_lane: dict[tuple[int | None, int], list[ClaimedItem]] = defaultdict(list)
        for item in self.batch.items:
            if item.channel in ACCOUNT_LANE_CHANNELS and item.account_id is not None:
                by_lane[(item.account_id, 0)].append(item)
            else:
                by_lane[(None, lane_of(item, self._lanes))].append(item)
        # Messages for a BatchChannel are collected by every lane and sent together at the end.
        together: dict[int, tuple[Route, list[tuple[ClaimedItem, OutgoingMessage]]]] = {}
        busy = list(by_lane.items())
        if len(busy) == 1:
            (_, lane), items = busy[0]
            await self._run_lane(lane, items, together)
        elif busy:
            # A lane that fails cancels the others: their rows stay claimed and come back
            # after the lease, with the same idempotency keys.
            async with asyncio.TaskGroup() as group:
                for (_, lane), items in busy:
                    group.create_task(self._run_lane(lane, items, together))
        for route, pairs in together.values():
            assert isinstance(route.channel, BatchChannel)
            results = await route.channel.send_many([m for _, m in pairs])
            for (item, _), result in zip(pairs, results, strict=True):
                await self._finish(item, self._outcome(item, result, route))
        return self.report

    async def _run_lane(
        self,
        lane: int,
        items: list[ClaimedItem],
        together: dict[int, tuple[Route, list[tuple[ClaimedItem, OutgoingMessage]]]],
    ) -> None:
        for item in items:
            if self._should_stop():
                # Hand the rest back now rather than leave it to wait out the lease.
                await self._emit(outcomes.released(item, self._now(), None, item.last_error))
                continue
            if not await self._still_ours(item):
                continue
            done = await self._one(item, lane)
            if isinstance(done, Outcome):
                await self._finish(item, done)
            else:
                route, message = done
                together.setdefault(id(route), (route, []))[1].append((item, message))

    async def _finish(self, item: ClaimedItem, outcome: Outcome) -> None:
        if self._journaled(item):
            assert self._journal is not None
            await self._journal.finish(outcome)  # written now, with the mark cleared
        else:
            await self._emit(outcome)

    def _journaled(self, item: ClaimedItem) -> bool:
        return self._journal is not None and item.channel in self._journal.channels

    def _fail(self, item: ClaimedItem, reason: str, attempts: int | None = None) -> Outcome:
        self.report.failed += 1
        self.report.last_error = reason
        return outcomes.failed(item, reason, attempts)

    async def _one(
        self, item: ClaimedItem, lane: int = 0
    ) -> Outcome | tuple[Route, OutgoingMessage]:
        now = self._now()
        account_key = item.account_id
        if self._journal is not None and item.id in self._journal.uncertain:
            return outcomes.uncertain(item)
        hold = self._holds.get(account_key)
        if hold is not None:
            return outcomes.released(item, hold.until, hold.reason, hold.last_error)

        member = self.batch.members.get(item.member_id) if item.member_id is not None else None
        if member is not None and item.kind != DeliveryKind.POST:
            held_back = outcomes.by_rules(item, member, self.batch.workspace, now)
            if held_back is not None:
                return held_back

        if not item.recipient:
            return self._fail(item, f"no {item.channel} address for this delivery", item.attempts)

        route = await self._route_for(item, self.batch, lane)
        if isinstance(route, str):  # no account for the channel
            return outcomes.released(item, now + NO_ACCOUNT_RETRY, route, item.last_error)
        if isinstance(route, Hold):
            self._holds[account_key] = route
            return outcomes.released(item, route.until, route.reason, route.last_error)

        try:
            links = member_links_for(item, self.batch)
            message = render_message(item, member, self.batch.workspace, route.unsubscribe, links)
        except RenderProblem as exc:
            return self._fail(item, str(exc), item.attempts)

        if isinstance(route.channel, BatchChannel):
            return route, message  # the channel paces its own calls

        wait = route.pacer.blocked_for()
        if wait > MAX_INLINE_WAIT:
            until = now + timedelta(seconds=wait)
            self._holds[account_key] = Hold(until, item.last_error, "paced: server asked to wait")
            return outcomes.released(item, until, "paced: server asked to wait", item.last_error)
        await route.pacer.take()

        if self._journaled(item):
            assert self._journal is not None
            await self._journal.start(item)
        result = await route.channel.send(message)
        tries = 0
        while (
            isinstance(result, TemporaryError)
            and result.rate_limited
            and result.retry_after is not None
            and result.retry_after.total_seconds() <= MAX_INLINE_WAIT
            and tries < INLINE_RATE_RETRIES
            and not self._should_stop()
        ):
            # "Too fast, come back in a moment": wait here and send again, keeping the order.
            route.pacer.defer(result.retry_after.total_seconds())
            await route.pacer.take()
            result = await route.channel.send(message)
            tries += 1
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
            return outcomes.sent(item, result, now)
        if isinstance(result, Awaiting):
            return outcomes.awaiting(item, result)
        if isinstance(result, HandOff):
            return outcomes.handed_off(item, result)
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
            return outcomes.released(item, now, reason, result.reason)
        assert isinstance(result, TemporaryError)
        self.report.last_error = result.reason
        if result.rate_limited:
            # Throttling is not a failed attempt: wait as told, then the row goes again.
            wait = result.retry_after or timedelta(seconds=1)
            route.pacer.defer(wait.total_seconds())
            reason = "paced: the platform asked to wait"
            self._holds[item.account_id] = Hold(now + wait, result.reason, reason)
            return outcomes.throttled(item, now + wait, result.reason, reason)
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
        return outcomes.retried(item, until, result.reason)
