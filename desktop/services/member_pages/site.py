"""The member pages on the worker's HTTP server (issue 20): ``/m/c/<token>`` the personal
center, ``/m/p/<token>`` preferences, ``/m/u/<token>`` unsubscribe (RFC 8058 one-click
POST, or a page with undo), surveys, feedback and privacy under the center.

The routes are wired here; the GET pages are in ``pages.py``, the form posts in
``forms.py``, the shared checks and page frame in ``page_base.py`` and the center cache in
``page_cache.py``.
"""

from __future__ import annotations

from aiohttp import web

from desktop.services.member_pages.address import record_listen_url
from desktop.services.member_pages.forms import MemberForms
from desktop.services.member_pages.page_base import STATIC, PagesConfig

__all__ = ["MemberPagesSite", "PagesConfig"]


class MemberPagesSite(MemberForms):
    _listen_url = ""

    def install(self, app: web.Application) -> None:
        r = app.router
        r.add_get(f"{STATIC}/style.css", self.css)
        r.add_get("/m/c/{token}", self.center)
        r.add_post("/m/c/{token}/{form:profile|code|feedback|delete}", self.center_post)
        r.add_get("/m/c/{token}/data", self.my_data)
        r.add_get("/m/c/{token}/s/{survey:\\d+}", self.survey)
        r.add_post("/m/c/{token}/s/{survey:\\d+}", self.survey_post)
        r.add_get("/m/p/{token}", self.preferences)
        r.add_post("/m/p/{token}", self.preferences_post)
        r.add_get("/s/{token}", self.short)
        r.add_get("/m/u/{token}", self.unsubscribe)
        r.add_post("/m/u/{token}", self.unsubscribe_post)
        app.on_cleanup.append(self._close)

    async def started(self, base_url: str) -> None:
        """The server listens at ``base_url``: links use it while no public address is set."""
        self._listen_url = base_url
        await self._run(record_listen_url, self.db, base_url)

    async def _close(self, _app: web.Application) -> None:
        self._close_pool()
