"""The outbox's 微信客服 sender: one text per delivery through ``kf/send_msg``.

The ``msgid`` is derived from the delivery's idempotency key (domain.wechat_kf.msgid), so a
delivery resent after a crash (its lease ran out before the outcome was recorded) reaches
WeCom with the id it already has, and the user sees it once. The window's refusals (95001
a sixth message, 95002 after 48 hours, 95018 a session state that forbids API sends — see
W/94677 and the global codes W/90313) are permanent: retrying cannot succeed until the user
writes again, which is a new reply.
"""

from __future__ import annotations

from desktop.channels.base import (
    AuthError,
    Capability,
    OutgoingMessage,
    PermanentError,
    SendResult,
    Sent,
    TemporaryError,
)
from desktop.channels.wechat_kf.client import KfClient
from desktop.channels.wechat_kf.types import KfConfig
from desktop.channels.wecom.client import WeComClient
from desktop.channels.wecom.errors import WeComError
from desktop.channels.wecom.types import AppConfig
from desktop.domain.enums import ChannelKind
from desktop.domain.wechat_kf.msgid import msgid_for

WINDOW_CODES = {
    95001: "the 5 messages allowed after the user's last message are used up",
    95002: "more than 48 hours have passed since the user's last message",
    95018: "the session state does not allow sending through the API",
}


class KfChannel:
    kind = ChannelKind.WECHAT_KF
    capabilities = Capability.DM_PERSON | Capability.RECEIVE

    def __init__(self, config: KfConfig, secret: str | None) -> None:
        self.config = config
        self._wecom = WeComClient(AppConfig(config.corp_id, secret or ""), base_url=config.base_url)
        self.client = KfClient(self._wecom)

    async def send(self, message: OutgoingMessage) -> SendResult:
        if not message.recipient:
            return PermanentError("no WeChat user to send to")
        try:
            msgid = await self.client.send_text(
                message.recipient,
                self.config.open_kfid,
                msgid_for(message.idempotency_key),
                message.text,
            )
        except WeComError as e:
            if e.errcode in WINDOW_CODES:
                return PermanentError(f"{WINDOW_CODES[e.errcode]} (WeCom {e.errcode})")
            if e.is_auth:
                return AuthError(e.message)
            if e.is_temporary:
                return TemporaryError(e.message, account_wide=e.unreachable)
            return PermanentError(e.message)
        return Sent(msgid)

    async def close(self) -> None:
        await self._wecom.close()


__all__ = ["WINDOW_CODES", "KfChannel"]
