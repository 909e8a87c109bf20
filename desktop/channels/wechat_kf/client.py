"""``KfClient``: the 微信客服 calls, each built to its page (W/N =
https://developer.work.weixin.qq.com/document/path/N):

- ``kf/account/list`` W/94661 · ``kf/add_contact_way`` W/94665
- ``kf/sync_msg`` W/94670: ``token`` from the callback (10 minutes), ``cursor`` ≤ 64 bytes,
  ``limit`` ≤ 1000, page while ``has_more``; messages sent through the API are not returned
- ``kf/send_msg`` W/94677 (``msgid`` ours, ≤ 32 bytes) · ``kf/send_msg_on_event`` W/95122
- ``kf/service_state/get`` and ``/trans`` W/94669 · ``kf/customer/batchget`` W/95159
- ``media/upload`` W/90253 (multipart ``media``) · ``media/get`` W/90254 (the file itself)

Token handling, retries and error codes are the shared WeCom client's.
"""

from __future__ import annotations

from typing import Any

import aiohttp

from desktop.channels.wechat_kf.types import (
    Customer,
    KfAccountInfo,
    Media,
    SessionState,
    SyncPage,
)
from desktop.channels.wecom.client import WeComClient
from desktop.channels.wecom.errors import WeComError

SYNC_LIMIT = 1000


class KfClient:
    def __init__(self, wecom: WeComClient) -> None:
        self.wecom = wecom

    async def accounts(self) -> list[KfAccountInfo]:
        out: list[KfAccountInfo] = []
        offset = 0
        while True:
            data = await self.wecom.post(
                "/cgi-bin/kf/account/list", {"offset": offset, "limit": 100}
            )
            rows = data.get("account_list") or []
            out += [
                KfAccountInfo(str(r["open_kfid"]), str(r.get("name", "")), str(r.get("avatar", "")))
                for r in rows
            ]
            if len(rows) < 100:
                return out
            offset += len(rows)

    async def sync_page(
        self, open_kfid: str, cursor: str | None, token: str | None, limit: int = SYNC_LIMIT
    ) -> SyncPage:
        body: dict[str, Any] = {"open_kfid": open_kfid, "limit": limit, "voice_format": 0}
        if cursor:
            body["cursor"] = cursor
        if token:
            body["token"] = token
        data = await self.wecom.post("/cgi-bin/kf/sync_msg", body)
        return SyncPage(
            list(data.get("msg_list") or []),
            str(data.get("next_cursor") or cursor or ""),
            bool(data.get("has_more")),
        )

    async def send_text(self, touser: str, open_kfid: str, msgid: str, text: str) -> str:
        body = {
            "touser": touser,
            "open_kfid": open_kfid,
            "msgid": msgid,
            "msgtype": "text",
            "text": {"content": text},
        }
        data = await self.wecom.post("/cgi-bin/kf/send_msg", body)
        return str(data.get("msgid") or msgid)

    async def send_media(
        self, touser: str, open_kfid: str, msgid: str, kind: str, media_id: str
    ) -> str:
        body = {
            "touser": touser,
            "open_kfid": open_kfid,
            "msgid": msgid,
            "msgtype": kind,
            kind: {"media_id": media_id},
        }
        data = await self.wecom.post("/cgi-bin/kf/send_msg", body)
        return str(data.get("msgid") or msgid)

    async def send_on_event(self, code: str, msgid: str, text: str) -> str:
        body = {"code": code, "msgid": msgid, "msgtype": "text", "text": {"content": text}}
        data = await self.wecom.post("/cgi-bin/kf/send_msg_on_event", body)
        return str(data.get("msgid") or msgid)

    async def state(self, open_kfid: str, external_userid: str) -> SessionState:
        data = await self.wecom.post(
            "/cgi-bin/kf/service_state/get",
            {"open_kfid": open_kfid, "external_userid": external_userid},
        )
        return SessionState(int(data.get("service_state", 0)), str(data.get("servicer_userid", "")))

    async def transfer(
        self, open_kfid: str, external_userid: str, state: int, servicer_userid: str = ""
    ) -> str:
        """Change the session state; returns the ``msg_code`` for a 结束语 etc. ("" if none)."""
        body: dict[str, Any] = {
            "open_kfid": open_kfid,
            "external_userid": external_userid,
            "service_state": state,
        }
        if servicer_userid:
            body["servicer_userid"] = servicer_userid
        data = await self.wecom.post("/cgi-bin/kf/service_state/trans", body)
        return str(data.get("msg_code", ""))

    async def contact_way(self, open_kfid: str, scene: str) -> str:
        data = await self.wecom.post(
            "/cgi-bin/kf/add_contact_way", {"open_kfid": open_kfid, "scene": scene}
        )
        return str(data["url"])

    async def customers(self, external_userids: list[str]) -> list[Customer]:
        out: list[Customer] = []
        for start in range(0, len(external_userids), 100):  # ≤ 100 per call (W/95159)
            data = await self.wecom.post(
                "/cgi-bin/kf/customer/batchget",
                {"external_userid_list": external_userids[start : start + 100]},
            )
            out += [
                Customer(
                    str(c["external_userid"]),
                    str(c.get("nickname", "")),
                    str(c.get("avatar", "")),
                    str(c.get("unionid", "")),
                )
                for c in data.get("customer_list") or []
            ]
        return out

    # -- media: not JSON calls, so they go through aiohttp with the client's token ----------

    async def upload(self, kind: str, filename: str, content: bytes) -> str:
        token = await self.wecom.token()
        form = aiohttp.FormData()
        form.add_field("media", content, filename=filename)
        url = f"{self.wecom.base_url}/cgi-bin/media/upload"
        async with (
            aiohttp.ClientSession() as http,
            http.post(url, params={"access_token": token, "type": kind}, data=form) as resp,
        ):
            data = await resp.json(content_type=None)
        if int(data.get("errcode", 0)):
            raise WeComError(int(data["errcode"]), str(data.get("errmsg", "")), path=url)
        return str(data["media_id"])

    async def download(self, media_id: str) -> Media:
        token = await self.wecom.token()
        url = f"{self.wecom.base_url}/cgi-bin/media/get"
        async with (
            aiohttp.ClientSession() as http,
            http.get(url, params={"access_token": token, "media_id": media_id}) as resp,
        ):
            ctype = resp.headers.get("Content-Type", "application/octet-stream")
            body = await resp.read()
            disposition = resp.headers.get("Content-Disposition", "")
        if ctype.startswith(("application/json", "text/plain")):
            data = _json(body)
            raise WeComError(int(data.get("errcode", -1)), str(data.get("errmsg", "")), path=url)
        filename = disposition.partition("filename=")[2].strip('"') or media_id
        return Media(body, ctype.split(";")[0], filename)


def _json(body: bytes) -> dict[str, Any]:
    import json

    try:
        data = json.loads(body)
    except ValueError:
        return {"errcode": -1, "errmsg": body[:200].decode("utf-8", "replace")}
    return data if isinstance(data, dict) else {"errcode": -1, "errmsg": "not an object"}


__all__ = ["SYNC_LIMIT", "KfClient"]
