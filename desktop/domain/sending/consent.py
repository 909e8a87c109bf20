"""Consent per channel and purpose (M4): an append-only event log where the latest wins.

A record whose channel is ``ALL_CHANNELS`` applies to every channel, so one "unsubscribe
from everything" event needs no row per channel. An unsubscribe is a consent event too:
a marketing refusal whose source is ``UNSUBSCRIBE_SOURCE``. It blocks every message on
that channel, transactional ones included — the member asked for nothing more.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from desktop.domain.enums import ConsentPurpose

ALL_CHANNELS = "*"
UNSUBSCRIBE_SOURCE = "unsubscribe"


@dataclass(frozen=True)
class ConsentEvent:
    channel: str
    purpose: ConsentPurpose
    granted: bool
    recorded_at: datetime
    source: str = ""
    seq: int = 0  # the row id: breaks ties between events recorded in the same instant


class ConsentVerdict(StrEnum):
    ALLOWED = "allowed"
    NO_CONSENT = "no_consent"  # marketing needs an explicit yes, and there is none
    WITHDRAWN = "consent_withdrawn"  # the latest answer for this channel+purpose is no
    UNSUBSCRIBED = "unsubscribed"


def _latest(
    events: Iterable[ConsentEvent], channel: str, purpose: ConsentPurpose
) -> ConsentEvent | None:
    best: ConsentEvent | None = None
    for e in events:
        if e.purpose != purpose or e.channel not in (channel, ALL_CHANNELS):
            continue
        if best is None or (e.recorded_at, e.seq) > (best.recorded_at, best.seq):
            best = e
    return best


def is_unsubscribed(events: Iterable[ConsentEvent], channel: str) -> bool:
    latest = _latest(events, channel, ConsentPurpose.MARKETING)
    return latest is not None and not latest.granted and latest.source == UNSUBSCRIBE_SOURCE


def check_consent(
    events: Iterable[ConsentEvent], channel: str, purpose: ConsentPurpose
) -> ConsentVerdict:
    """May a message of ``purpose`` go to this member on ``channel``?

    Marketing is opt-in (an explicit grant is needed). Service messages are allowed unless
    refused. Transactional messages (verification codes the member asked for) need no
    consent record — but an unsubscribe still stops them.
    """
    events = list(events)
    if is_unsubscribed(events, channel):
        return ConsentVerdict.UNSUBSCRIBED
    if purpose == ConsentPurpose.TRANSACTIONAL:
        return ConsentVerdict.ALLOWED
    latest = _latest(events, channel, purpose)
    if latest is None:
        if purpose == ConsentPurpose.MARKETING:
            return ConsentVerdict.NO_CONSENT
        return ConsentVerdict.ALLOWED
    return ConsentVerdict.ALLOWED if latest.granted else ConsentVerdict.WITHDRAWN
