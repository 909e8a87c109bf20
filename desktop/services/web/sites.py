"""Which features serve pages or callbacks on the worker's HTTP server.

Each feature adds one line here: a function of the services returning its ``Site``. Kept as
one list so the server's surface is readable in one place.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from aiohttp import web

from desktop.services.web.listener import Site

if TYPE_CHECKING:
    from desktop.services.container import Services


def _index(_services: Services) -> Site:
    async def index(_request: web.Request) -> web.Response:
        # A plain answer at "/" tells whoever set up the reverse proxy that it reaches us.
        return web.Response(text="Shequn Desk worker\n")

    def install(app: web.Application) -> None:
        app.router.add_get("/", index)

    return Site("index", install)


def _wecom(services: Services) -> Site:
    from desktop.services.wecom.site import wecom_site

    return wecom_site(services.wecom_callbacks)


def _member_pages(services: Services) -> Site:
    site = services.member_pages_site
    return Site("member pages", site.install, site.started)


SITES: tuple[Callable[[Services], Site], ...] = (_index, _wecom, _member_pages)


def build_sites(services: Services) -> list[Site]:
    return [make(services) for make in SITES]


__all__ = ["SITES", "build_sites"]
