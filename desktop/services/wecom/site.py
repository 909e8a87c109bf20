"""The WeCom callback URL on the worker's HTTP server: ``/wecom/<account id>/callback``.

Paste ``https://<your server>/wecom/<account id>/callback`` into the WeCom admin console
(应用管理 → the app → 接收消息 → 设置API接收, or 客户联系 → API → 接收事件服务器) with the
same Token and EncodingAESKey as in the account dialog.
"""

from __future__ import annotations

from aiohttp import web

from desktop.services.web.listener import Site
from desktop.services.wecom.callbacks import WeComCallbacks


def wecom_site(callbacks: WeComCallbacks) -> Site:
    def account_of(request: web.Request) -> int:
        try:
            return int(request.match_info["account"])
        except ValueError as e:
            raise web.HTTPNotFound() from e

    async def get(request: web.Request) -> web.Response:
        status, text = await callbacks.verify_url(account_of(request), dict(request.query))
        return web.Response(status=status, text=text)

    async def post(request: web.Request) -> web.Response:
        body = await request.read()
        status, text = await callbacks.receive(account_of(request), dict(request.query), body)
        return web.Response(status=status, text=text)

    def install(app: web.Application) -> None:
        app.router.add_get("/wecom/{account}/callback", get)
        app.router.add_post("/wecom/{account}/callback", post)

    return Site("wecom", install)
