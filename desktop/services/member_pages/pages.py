"""The member pages a GET shows: the personal center (cached), my data, a survey,
preferences, the unsubscribe page, short links and the stylesheet. A GET never changes
anything (mail scanners open every link)."""

from __future__ import annotations

import json

from aiohttp import web

from desktop.services.member_pages.data import PageData
from desktop.services.member_pages.i18n import translator
from desktop.services.member_pages.keys import LinkKeyError
from desktop.services.member_pages.links import LinkRefused, Purpose
from desktop.services.member_pages.page_base import PageHandlers
from desktop.services.member_pages.security import SECURITY_HEADERS, Refused


class MemberPages(PageHandlers):
    # -- static ----------------------------------------------------------------------------
    async def css(self, _request: web.Request) -> web.Response:
        resp = web.Response(body=self._css, content_type="text/css", charset="utf-8")
        resp.headers["Cache-Control"] = "public, max-age=86400"
        resp.headers["X-Content-Type-Options"] = "nosniff"
        return resp

    # -- short links (chat messages) -------------------------------------------------------
    async def short(self, request: web.Request) -> web.Response:
        return await self._guarded(request, self._short)

    async def _short(self, request: web.Request) -> web.Response:
        code = request.match_info["token"]
        if not self.limiter.allow(self._client(request), code):
            raise Refused(429)
        try:
            path = await self._run(self.short_links.resolve, code)
        except (LinkRefused, LinkKeyError):
            raise Refused(403) from None
        raise web.HTTPSeeOther(path)

    # -- center ----------------------------------------------------------------------------
    async def center(self, request: web.Request) -> web.Response:
        return await self._guarded(request, self._center)

    async def _center(self, request: web.Request) -> web.Response:
        member_id, token = self._guard(request, Purpose.CENTER)
        if request.query.get("ok"):  # a page with a notice on it is never cached
            data = await self._data(member_id)
            return self._page(await self._render_center(request, token, data))
        variant = request.query.get("lang", "") + "|" + request.headers.get("Accept-Language", "")

        async def load() -> bytes:
            return await self._render_center(request, token, await self._data(member_id))

        return self._page(await self.cache.get((token, variant[:40]), member_id, load))

    async def _render_center(
        self,
        request: web.Request,
        token: str,
        data: PageData,
        problem: str = "",
        form: dict[str, str] | None = None,
    ) -> bytes:
        lang = self._lang(request, data)
        t = translator(lang)
        ctx = self._context(request, token, data, lang, notice=self._notice(request, t))
        if problem:
            ctx.update(problem=t(problem), form=form or {})
        ctx["here"] = f"/m/c/{token}"
        return self.templates["center"].render(ctx).encode()

    async def my_data(self, request: web.Request) -> web.Response:
        return await self._guarded(request, self._my_data)

    async def _my_data(self, request: web.Request) -> web.Response:
        member_id, _token = self._guard(request, Purpose.CENTER)
        await self._data(member_id)
        data = await self._run(self.actions.my_data, member_id)
        body = json.dumps(data.to_json(), ensure_ascii=False, indent=2).encode()
        resp = web.Response(body=body, content_type="application/json", charset="utf-8")
        resp.headers.update(SECURITY_HEADERS)
        resp.headers["Content-Disposition"] = f'attachment; filename="my-data-{member_id}.json"'
        return resp

    # -- surveys ---------------------------------------------------------------------------
    async def survey(self, request: web.Request) -> web.Response:
        return await self._guarded(request, self._survey)

    async def _survey(
        self,
        request: web.Request,
        problem: str = "",
        answers: list[str] | None = None,
    ) -> web.Response:
        member_id, token = self._guard(request, Purpose.CENTER)
        data = await self._data(member_id)
        wanted = int(request.match_info["survey"])
        survey = next((s for s in data.surveys if s.id == wanted), None)
        if survey is None:
            raise Refused(404)
        lang = self._lang(request, data)
        t = translator(lang)
        ctx = self._context(request, token, data, lang, notice=self._notice(request, t))
        ctx.update(
            survey=survey,
            answers=list(answers if answers is not None else survey.answers),
            problem=t(problem) if problem else "",
        )
        return self._page(self.templates["survey"].render(ctx), 422 if problem else 200)

    # -- preferences -----------------------------------------------------------------------
    async def preferences(self, request: web.Request) -> web.Response:
        return await self._guarded(request, self._preferences)

    async def _preferences(
        self, request: web.Request, problem: str = "", status: int = 200
    ) -> web.Response:
        member_id, token = self._guard(request, Purpose.PREFERENCES)
        data = await self._data(member_id)
        lang = self._lang(request, data)
        t = translator(lang)
        ctx = self._context(request, token, data, lang, notice=self._notice(request, t))
        if problem:
            ctx["problem"] = t(problem)
        return self._page(self.templates["preferences"].render(ctx), status)

    # -- unsubscribe -----------------------------------------------------------------------
    async def unsubscribe(self, request: web.Request) -> web.Response:
        return await self._guarded(request, self._unsubscribe)

    async def _unsubscribe(self, request: web.Request) -> web.Response:
        # A GET never unsubscribes (RFC 8058 §3.2): mail scanners open every link.
        member_id, token = self._guard(request, Purpose.UNSUBSCRIBE)
        data = await self._data(member_id)
        lang = self._lang(request, data)
        t = translator(lang)
        ctx = self._context(request, token, data, lang, notice=self._notice(request, t))
        return self._page(self.templates["unsubscribe"].render(ctx))
