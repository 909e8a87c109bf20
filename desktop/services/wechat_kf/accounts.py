"""Which 客服账号 the inbox serves, and how to reach WeCom as each of them.

A served 客服账号 is a ``channel_accounts`` row of kind ``wechat_kf`` (conversations and
outbox deliveries point at it; its config is ``KfConfig``: corp ID, ``open_kfid``, API
address) plus a ``wechat_kf_accounts`` row (welcome text, 结束语, cursor). Its secret is the
WeCom self-built app's, configured under 「微信客服 - 可调用接口的应用」 (W/94638): the
channel account shares the app's ``secret_ref``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select

from desktop.channels.wechat_kf.client import KfClient
from desktop.channels.wechat_kf.types import KfAccountInfo, KfConfig
from desktop.channels.wecom.client import WeComClient
from desktop.channels.wecom.types import AccountSettings, AppConfig
from desktop.domain.enums import ChannelKind
from desktop.secrets import SecretStore
from desktop.store.db import Database
from desktop.store.models import ChannelAccount, KfAccount

ClientFactory = Callable[[KfConfig, str], KfClient]


def default_client(config: KfConfig, secret: str) -> KfClient:
    return KfClient(WeComClient(AppConfig(config.corp_id, secret), base_url=config.base_url))


@dataclass(frozen=True)
class KfRoute:
    account_id: int
    serves_inbox: bool


@dataclass(frozen=True)
class ServedAccount:
    account_id: int
    open_kfid: str
    name: str
    serves_inbox: bool
    welcome_text: str
    end_text: str
    status: str
    last_error: str | None
    journey_id: int | None = None


class KfAccounts:
    def __init__(
        self, db: Database, secrets: SecretStore, *, make_client: ClientFactory = default_client
    ) -> None:
        self.db = db
        self.secrets = secrets
        self.make_client = make_client

    def client_for(self, account_id: int) -> tuple[KfClient, KfConfig]:
        with self.db.read() as s:
            acc = s.get(ChannelAccount, account_id)
            if acc is None or acc.kind != ChannelKind.WECHAT_KF:
                raise KeyError(account_id)
            config = KfConfig.from_json(acc.config)
            ref = acc.secret_ref
        secret = self.secrets.get(ref) if ref else None
        return self.make_client(config, secret or ""), config

    def account_for_kfid(self, open_kfid: str) -> KfRoute | None:
        """Where a callback for ``open_kfid`` goes (None: a 客服账号 never added)."""
        with self.db.read() as s:
            found = s.execute(
                select(KfAccount.account_id, KfAccount.serves_inbox).where(
                    KfAccount.open_kfid == open_kfid
                )
            ).first()
        return None if found is None else KfRoute(int(found[0]), bool(found[1]))

    def served(self) -> list[ServedAccount]:
        with self.db.read() as s:
            rows = s.scalars(select(KfAccount).order_by(KfAccount.name)).all()
            return [
                ServedAccount(
                    r.account_id,
                    r.open_kfid,
                    r.name,
                    r.serves_inbox,
                    r.welcome_text,
                    r.end_text,
                    r.status,
                    r.last_error,
                    r.journey_id,
                )
                for r in rows
            ]

    async def available(self, app_account_id: int) -> list[KfAccountInfo]:
        """The 客服账号 the WeCom app may manage (kf/account/list, W/94661)."""
        config, secret = self._app(app_account_id)
        client = self.make_client(config, secret)
        try:
            return await client.accounts()
        finally:
            await client.wecom.close()

    def serve(
        self,
        app_account_id: int | None,
        info: KfAccountInfo,
        *,
        corp_id: str,
        secret_ref: str | None,
        base_url: str = "https://qyapi.weixin.qq.com",
        serves_inbox: bool = True,
    ) -> int:
        """Add (or update) one 客服账号 for the inbox; returns its channel account id."""
        config = KfConfig(corp_id, info.open_kfid, base_url)
        with self.db.write() as s:
            kf = s.scalar(select(KfAccount).where(KfAccount.open_kfid == info.open_kfid))
            if kf is None:
                acc = ChannelAccount(
                    kind=ChannelKind.WECHAT_KF,
                    name=info.name or info.open_kfid,
                    config=config.to_json(),
                    secret_ref=secret_ref,
                )
                s.add(acc)
                s.flush()
                kf = KfAccount(account_id=acc.id, open_kfid=info.open_kfid)
                s.add(kf)
            else:
                acc_row = s.get(ChannelAccount, kf.account_id)
                assert acc_row is not None
                acc_row.config, acc_row.secret_ref = config.to_json(), secret_ref
                acc_row.name = info.name or acc_row.name
            kf.name = info.name or kf.name
            kf.app_account_id = app_account_id
            kf.serves_inbox = serves_inbox
            s.flush()
            return kf.account_id

    def set_texts(self, account_id: int, *, welcome_text: str, end_text: str) -> None:
        with self.db.write() as s:
            kf = s.get(KfAccount, account_id)
            if kf is None:
                raise KeyError(account_id)
            kf.welcome_text = welcome_text.strip()
            kf.end_text = end_text.strip()

    def set_journey(self, account_id: int, journey_id: int | None) -> None:
        """The welcome journey whose first step is the welcome (None: the welcome text)."""
        with self.db.write() as s:
            kf = s.get(KfAccount, account_id)
            if kf is None:
                raise KeyError(account_id)
            kf.journey_id = journey_id

    def set_serves_inbox(self, account_id: int, serves: bool) -> None:
        with self.db.write() as s:
            kf = s.get(KfAccount, account_id)
            if kf is None:
                raise KeyError(account_id)
            kf.serves_inbox = serves

    def _app(self, app_account_id: int) -> tuple[KfConfig, str]:
        """The WeCom app's settings (services/wecom/accounts.py keeps its secret at its ref)."""
        with self.db.read() as s:
            app = s.get(ChannelAccount, app_account_id)
            if app is None:
                raise KeyError(app_account_id)
            settings = AccountSettings.from_json(app.config or {})
            ref = app.secret_ref
        secret = self.secrets.get(ref) if ref else None
        return KfConfig(settings.corp_id, "", settings.base_url), secret or ""

    def serve_from_app(
        self, app_account_id: int, info: KfAccountInfo, *, serves_inbox: bool = True
    ) -> int:
        """Serve ``info`` with the WeCom app account's corp ID, address and secret."""
        with self.db.read() as s:
            app = s.get(ChannelAccount, app_account_id)
            if app is None:
                raise KeyError(app_account_id)
            settings = AccountSettings.from_json(app.config or {})
            ref = app.secret_ref
        return self.serve(
            app_account_id,
            info,
            corp_id=settings.corp_id,
            secret_ref=ref,
            base_url=settings.base_url,
            serves_inbox=serves_inbox,
        )


__all__ = ["ClientFactory", "KfAccounts", "KfRoute", "ServedAccount", "default_client"]
