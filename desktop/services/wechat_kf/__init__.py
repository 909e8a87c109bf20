"""微信客服 (issue 16): WeChat users' DMs in the inbox through WeCom's customer service API."""

from desktop.channels.wechat_kf.types import KfAccountInfo
from desktop.domain.wechat_kf.window import Closed, ReplyWindow, ServiceState
from desktop.services.wechat_kf.accounts import KfAccounts, ServedAccount
from desktop.services.wechat_kf.actions import ContactLink, KfActionError, KfActions
from desktop.services.wechat_kf.callback import KfCallback
from desktop.services.wechat_kf.profile import KfProfile
from desktop.services.wechat_kf.sync import KfSync

__all__ = [
    "Closed",
    "ContactLink",
    "KfAccountInfo",
    "KfAccounts",
    "KfActionError",
    "KfActions",
    "KfCallback",
    "KfProfile",
    "KfSync",
    "ReplyWindow",
    "ServedAccount",
    "ServiceState",
]
