"""微信客服 (issue 16): callback → sync → inbox; replies through the outbox."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.services.container import Services
    from desktop.services.wechat_kf.accounts import KfAccounts
    from desktop.services.wechat_kf.actions import KfActions
    from desktop.services.wechat_kf.callback import KfCallback
    from desktop.services.wechat_kf.sync import KfSync


def accounts(s: Services) -> KfAccounts:
    from desktop.services.wechat_kf.accounts import KfAccounts

    return KfAccounts(s.db, s.secrets)


def actions(s: Services) -> KfActions:
    from desktop.services.wechat_kf.actions import KfActions

    return KfActions(s.wechat_kf_accounts)


def sync(s: Services) -> KfSync:
    from collections.abc import Sequence

    from desktop.domain.enums import ChannelKind
    from desktop.services.wechat_kf.hooks import campaign_relevant, enrolled, per_message
    from desktop.services.wechat_kf.ingest import KfInbound, KfIngest
    from desktop.services.wechat_kf.journey import wake_waiting
    from desktop.services.wechat_kf.sync import KfSync
    from desktop.store.base import utcnow

    welcome, campaign_entries, outbox = s.welcome, s.campaign_entries, s.outbox

    def to_welcome(msg: KfInbound) -> None:
        welcome.inbound.on_chat(
            msg.message_id,
            msg.member_id,
            msg.text,
            channel=ChannelKind.WECHAT_KF,
            room=msg.external_userid,
            event=msg.msgid,
        )

    def to_campaigns(msg: KfInbound) -> None:
        campaign_entries.on_message(msg.message_id, msg.member_id, msg.text)

    def unsubscribe(member_id: int) -> None:
        outbox.unsubscribe(member_id, channel=ChannelKind.WECHAT_KF)

    def wake(page: Sequence[KfInbound]) -> None:
        wake_waiting(s.db, [m.member_id for m in page], utcnow())

    return KfSync(
        s.wechat_kf_accounts,
        KfIngest(s.db, on_unsubscribe=unsubscribe),
        # A verification code typed in WeChat verifies (W3); keywords enter campaigns (D8).
        inbound_hooks=(
            per_message(s.db, enrolled, to_welcome),
            per_message(s.db, campaign_relevant, to_campaigns),
            # A message opens a new window: journey steps held for one are due now.
            wake,
        ),
        on_welcome=s.wechat_kf_actions.welcome,
        on_new=s.events.messages_arrived.emit,
    )


def callback(s: Services) -> KfCallback:
    from desktop.services.wechat_kf.callback import KfCallback

    return KfCallback(s.wechat_kf_sync.on_callback)
