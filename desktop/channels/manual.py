"""The manual channel: platforms with no API (WeChat groups). A person posts the text.

At its due time a delivery on this channel becomes a to-do (``manual_todo``); the outbox
service's ``mark_posted`` records who posted it and when.
"""

from __future__ import annotations

from desktop.channels.base import Capability, HandOff, OutgoingMessage, SendResult
from desktop.domain.enums import ChannelKind


class ManualChannel:
    kind = ChannelKind.MANUAL
    capabilities = Capability.POST_TO_GROUP | Capability.DM_PERSON

    async def send(self, message: OutgoingMessage) -> SendResult:
        return HandOff("post by hand")

    async def close(self) -> None:
        return None
