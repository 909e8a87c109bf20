"""What every member page handler stands on: the link and rate checks, the database work
on a small thread pool, the page frame (headers, context, refusals) and the center cache.

Per request the loop only checks the link, the limits and the cache; database work runs
on the pool.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from importlib import resources
from typing import Any, NoReturn, TypeVar
from urllib.parse import urlencode

from aiohttp import web
from jinja2 import Environment, PackageLoader, select_autoescape
from multidict import MultiDictProxy

from desktop.services.member_pages.actions import MemberActions
from desktop.services.member_pages.data import PageData, load_page_data
from desktop.services.member_pages.i18n import STRINGS, pick_language, translator
from desktop.services.member_pages.keys import LinkKeyError
from desktop.services.member_pages.links import LinkRefused, LinkSigner, MemberLinks, Purpose
from desktop.services.member_pages.page_cache import PageCache
from desktop.services.member_pages.security import (
    SECURITY_HEADERS,
    Limits,
    RateLimiter,
    Refused,
    csrf_ok,
    csrf_token,
)
from desktop.services.member_pages.short_links import ShortLinks
from desktop.store.db import Database

T = TypeVar("T")

STATIC = "/m/static"
TEMPLATES = ("center", "preferences", "unsubscribe", "survey", "refused")


@dataclass(frozen=True)
class PagesConfig:
    limits: Limits = field(default_factory=Limits)
    # Seconds a rendered center page is reused. Changes made on the pages drop it at once;
    # an operator's change in the app shows within this time.
    cache_ttl: float = 30.0
    threads: int = 4
    # Addresses of the team's reverse proxy: from them, the member's address is the last
    # one in X-Forwarded-For (else every member would share the proxy's rate limit).
    trusted_proxies: frozenset[str] = frozenset({"127.0.0.1", "::1"})


def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("desktop.services.member_pages", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        auto_reload=False,
        trim_blocks=True,
        lstrip_blocks=True,
    )


class PageHandlers:
    def __init__(
        self,
        db: Database,
        signer: LinkSigner,
        actions: MemberActions,
        config: PagesConfig | None = None,
    ) -> None:
        self.db = db
        self.signer = signer
        self.actions = actions
        self.config = config = config or PagesConfig()
        self.limiter = RateLimiter(config.limits)
        self.short_links = ShortLinks(db, signer)
        self.env = _environment()
        # Compiled once: rendering is then a function call.
        self.templates = {name: self.env.get_template(f"{name}.html") for name in TEMPLATES}
        self._css = (
            resources.files("desktop.services.member_pages")
            .joinpath("static/style.css")
            .read_bytes()
        )
        self._pool: ThreadPoolExecutor | None = None
        self.cache = PageCache(config.cache_ttl, gone=Refused)

    def forget(self, member_id: int) -> None:
        """Drop the member's cached pages (called on the loop after every change made here)."""
        self.cache.forget(member_id)

    async def _run(self, fn: Callable[..., T], *args: Any) -> T:
        if self._pool is None:
            self._pool = ThreadPoolExecutor(self.config.threads, thread_name_prefix="shequn-pages")
        return await asyncio.get_running_loop().run_in_executor(self._pool, partial(fn, *args))

    def _close_pool(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False)
            self._pool = None

    def _client(self, request: web.Request) -> str:
        remote = request.remote or ""
        forwarded = request.headers.get("X-Forwarded-For")
        if forwarded and remote in self.config.trusted_proxies:
            return forwarded.split(",")[-1].strip()
        return remote

    def _guard(self, request: web.Request, purpose: Purpose) -> tuple[int, str]:
        token = request.match_info["token"]
        if not self.limiter.allow(self._client(request), token):
            raise Refused(429)
        try:
            return self.signer.check(token, purpose), token
        except (LinkRefused, LinkKeyError):
            raise Refused(403) from None

    def _lang(self, request: web.Request, data: PageData | None) -> str:
        return pick_language(
            data.language if data else None,
            request.query.get("lang"),
            request.headers.get("Accept-Language"),
        )

    def _links(self, member_id: int) -> MemberLinks:
        # Links on the page stay on the host the member came in by (proxy or LAN).
        return self.signer.links(member_id, "")

    def _page(self, body: str | bytes, status: int = 200) -> web.Response:
        data = body.encode() if isinstance(body, str) else body
        resp = web.Response(body=data, status=status, content_type="text/html", charset="utf-8")
        resp.headers.update(SECURITY_HEADERS)
        return resp

    def _refused(self, request: web.Request, status: int) -> web.Response:
        lang = pick_language(None, None, request.headers.get("Accept-Language"))
        t = translator(lang)
        body = self.templates["refused"].render(
            t=t,
            lang=lang,
            brand="",
            static=STATIC,
            heading=t("refused_title") if status == 403 else t("too_many"),
            body=t("refused_body") if status == 403 else "",
        )
        return self._page(body, status)

    def _context(
        self, request: web.Request, token: str, data: PageData, lang: str, **extra: Any
    ) -> dict[str, Any]:
        other = "en" if lang == "zh" else "zh"
        return {
            "t": translator(lang),
            "lang": lang,
            "d": data,
            "brand": data.brand,
            "static": STATIC,
            "here": request.path,
            "csrf": csrf_token(self.signer.keys.key(), token),
            "links": self._links(data.member_id),
            "other_lang_url": f"{request.path}?{urlencode({'lang': other})}",
            "form": {},
            # A language picked on a page stays picked on the next one.
            "q": f"?{urlencode({'lang': lang})}" if request.query.get("lang") == lang else "",
            **extra,
        }

    async def _form(self, request: web.Request, token: str) -> MultiDictProxy[str | bytes | Any]:
        form = await request.post()
        sent = form.get("csrf")
        if not csrf_ok(self.signer.keys.key(), token, sent if isinstance(sent, str) else None):
            raise Refused(403)
        return form

    def _done(self, request: web.Request, path: str, lang: str | None, ok: str) -> NoReturn:
        query = {"ok": ok} | ({"lang": lang} if lang else {})
        raise web.HTTPSeeOther(f"{path}?{urlencode(query)}")

    def _notice(self, request: web.Request, t: Callable[..., str]) -> str:
        ok = request.query.get("ok", "")
        return t(ok) if ok in STRINGS else ""

    async def _data(self, member_id: int) -> PageData:
        data = await self._run(load_page_data, self.db, member_id)
        if data is None:  # erased since the link was made: as refused as a forged link
            raise Refused(403)
        return data

    async def _guarded(
        self, request: web.Request, handler: Callable[[web.Request], Awaitable[web.Response]]
    ) -> web.Response:
        try:
            return await handler(request)
        except Refused as exc:
            status = 403 if exc.status == 404 else exc.status  # no hint what exists
            return self._refused(request, status)
