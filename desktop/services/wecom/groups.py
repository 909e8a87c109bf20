"""A linked group's WeCom side: its 入群欢迎语 as a group welcome template
(https://developer.work.weixin.qq.com/document/path/92366: ≤ 3000 bytes, ``%NICKNAME%``) and
its 群活码 (https://developer.work.weixin.qq.com/document/path/92229: scene 2 = QR, ≤ 5
groups, ``state`` ≤ 30 characters, the next room created when full). A QR code of any
other join link is made locally (``services/qr_codes.py``).

A 群活码's ``qr_code`` is the URL of WeCom's own image of the code, not the code's content:
the image is downloaded and kept as WeCom drew it (a QR of the URL would open the picture,
not the group).

A template belongs to its group: once the group is archived, or deleted (its link's
``group_id`` is cleared), ``release_templates`` deletes the template in WeCom. It runs in
the WeCom loop, where WeCom is reachable (the worker's trusted IP), and a round that
cannot reach WeCom leaves the template for the next one."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from sqlalchemy import or_, select

from desktop.channels.wecom import api
from desktop.services.wecom.accounts import WeComAccounts
from desktop.services.wecom.callbacks import wecom_nickname
from desktop.store.db import Database
from desktop.store.models import Group, WeComChat

VARIABLES = {"{name}": "%NICKNAME%"}  # the app's variable → WeCom's


class WeComGroupProblem(ValueError):
    pass


@dataclass(frozen=True)
class WeComGroupInfo:
    account_id: int
    chat_id: str
    owner: str
    welcome_template_id: str | None
    join_way_state: str | None
    join_way_qr: str | None

    @classmethod
    def of(cls, row: WeComChat) -> WeComGroupInfo:
        return cls(
            row.account_id,
            row.chat_id,
            row.owner,
            row.welcome_template_id,
            row.join_way_state,
            row.join_way_qr,
        )


@dataclass(frozen=True)
class JoinWayQr:
    """A 群活码 as WeCom serves it: the image's URL and its bytes."""

    url: str
    image: bytes

    @property
    def suffix(self) -> str:
        """The file type the bytes are, for saving them under the right name."""
        if self.image.startswith(b"\x89PNG"):
            return "png"
        if self.image.startswith(b"\xff\xd8"):
            return "jpg"
        return "img"


class WeComGroups:
    def __init__(self, db: Database, accounts: WeComAccounts) -> None:
        self.db = db
        self.accounts = accounts

    def info(self, group_id: int) -> WeComGroupInfo | None:
        with self.db.read() as s:
            row = s.scalar(select(WeComChat).where(WeComChat.group_id == group_id))
            if row is None:
                return None
            return WeComGroupInfo.of(row)

    def _linked(self, group_id: int) -> tuple[WeComGroupInfo, str]:
        info = self.info(group_id)
        if info is None:
            raise WeComGroupProblem("this group is not linked to a WeCom customer group")
        with self.db.read() as s:
            g = s.get(Group, group_id)
            welcome = g.welcome_message if g is not None else ""
        return info, welcome

    async def save_welcome_template(self, group_id: int) -> str:
        """Create or update the group's template from its 入群欢迎语; returns the id."""
        info, welcome = await asyncio.to_thread(self._linked, group_id)
        if await asyncio.to_thread(self._archived, group_id):
            raise WeComGroupProblem("the group is archived: its welcome is not kept in WeCom")
        text = wecom_nickname(welcome.strip())
        if not text:
            raise WeComGroupProblem("the group has no welcome message to keep in WeCom")
        if len(text.encode()) > api.MAX_WELCOME_BYTES:
            raise WeComGroupProblem(
                f"the welcome message is {len(text.encode())} bytes; WeCom takes at most "
                f"{api.MAX_WELCOME_BYTES}"
            )
        client = await asyncio.to_thread(self.accounts.client, info.account_id)
        async with client:
            if info.welcome_template_id:
                await api.edit_group_welcome_template(client, info.welcome_template_id, text)
                template_id = info.welcome_template_id
            else:
                template_id = await api.add_group_welcome_template(client, text)
        await asyncio.to_thread(self._set, info, welcome_template_id=template_id)
        return template_id

    async def delete_welcome_template(self, group_id: int) -> None:
        info, _ = await asyncio.to_thread(self._linked, group_id)
        if not info.welcome_template_id:
            return
        client = await asyncio.to_thread(self.accounts.client, info.account_id)
        async with client:
            await api.del_group_welcome_template(client, info.welcome_template_id)
        await asyncio.to_thread(self._set, info, welcome_template_id=None)

    async def release_templates(self, account_id: int) -> int:
        """Delete in WeCom the templates of this app's groups that were archived or deleted
        in the app; returns how many went."""
        rows = await asyncio.to_thread(self._released, account_id)
        if not rows:
            return 0
        client = await asyncio.to_thread(self.accounts.client, account_id)
        async with client:
            for info in rows:
                assert info.welcome_template_id
                await api.del_group_welcome_template(client, info.welcome_template_id)
                await asyncio.to_thread(self._set, info, welcome_template_id=None)
        return len(rows)

    def _released(self, account_id: int) -> list[WeComGroupInfo]:
        with self.db.read() as s:
            found = s.scalars(
                select(WeComChat)
                .outerjoin(Group, Group.id == WeComChat.group_id)
                .where(
                    WeComChat.account_id == account_id,
                    WeComChat.welcome_template_id.is_not(None),
                    or_(Group.id.is_(None), Group.archived_at.is_not(None)),
                )
            )
            return [WeComGroupInfo.of(r) for r in found]

    def _archived(self, group_id: int) -> bool:
        with self.db.read() as s:
            g = s.get(Group, group_id)
            return g is None or g.archived_at is not None

    async def make_join_way(
        self,
        group_id: int,
        state: str,
        extra_group_ids: list[int] | None = None,
        room_base_name: str = "",
    ) -> JoinWayQr:
        """A 群活码 for the group (and up to 4 more), with WeCom's image of it."""
        if len(state) > api.MAX_STATE_CHARS:
            raise WeComGroupProblem(f"the source tag is at most {api.MAX_STATE_CHARS} characters")
        info, _ = await asyncio.to_thread(self._linked, group_id)
        chats = [info.chat_id]
        for other in extra_group_ids or []:
            more, _ = await asyncio.to_thread(self._linked, other)
            chats.append(more.chat_id)
        if len(chats) > api.MAX_JOIN_WAY_CHATS:
            raise WeComGroupProblem(f"a 群活码 covers at most {api.MAX_JOIN_WAY_CHATS} groups")
        client = await asyncio.to_thread(self.accounts.client, info.account_id)
        async with client:
            config_id = await api.add_join_way(
                client,
                chats,
                state,
                remark=state,
                room_base_name=room_base_name,
                room_base_id=1 if room_base_name else 0,
            )
            way = await api.get_join_way(client, config_id)
            await asyncio.to_thread(
                self._set,
                info,
                join_way_config_id=config_id,
                join_way_state=state,
                join_way_qr=way.qr_code,
            )
            return JoinWayQr(way.qr_code, await client.download(way.qr_code))

    async def join_way_qr(self, group_id: int) -> JoinWayQr | None:
        """The group's 群活码 image, fetched again from WeCom's URL (kept as a link only)."""
        info, _ = await asyncio.to_thread(self._linked, group_id)
        if not info.join_way_qr:
            return None
        client = await asyncio.to_thread(self.accounts.client, info.account_id)
        async with client:
            return JoinWayQr(info.join_way_qr, await client.download(info.join_way_qr))

    def _set(self, info: WeComGroupInfo, **values: object) -> None:
        with self.db.write() as s:
            row = s.get(WeComChat, (info.account_id, info.chat_id))
            if row is not None:
                for k, v in values.items():
                    setattr(row, k, v)
