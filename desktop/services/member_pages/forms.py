"""What the member pages' forms POST: center forms (profile, code, feedback, delete me),
survey answers, preferences and unsubscribe (RFC 8058 one-click, or the page with undo).

Each checks the link and the CSRF token, changes the member through ``MemberActions`` on
the thread pool, drops the member's cached pages and redirects back with a notice; bad
input shows the same page again with the problem and what was typed (422).
"""

from __future__ import annotations

from aiohttp import web

from desktop.services.member_pages.actions import PrefsForm, Problem
from desktop.services.member_pages.links import Purpose
from desktop.services.member_pages.pages import MemberPages
from desktop.services.member_pages.security import SECURITY_HEADERS, Refused, csrf_ok

ONE_CLICK = "One-Click"  # RFC 8058: the body is List-Unsubscribe=One-Click


class MemberForms(MemberPages):
    async def center_post(self, request: web.Request) -> web.Response:
        return await self._guarded(request, self._center_post)

    async def _center_post(self, request: web.Request) -> web.Response:
        member_id, token = self._guard(request, Purpose.CENTER)
        form = await self._form(request, token)
        what = request.match_info["form"]
        values = {k: str(v) for k, v in form.items() if isinstance(v, str) and k != "csrf"}
        lang = request.query.get("lang")
        here = f"/m/c/{token}"
        try:
            if what == "profile":
                await self._run(
                    self.actions.save_profile,
                    member_id,
                    values.get("name", ""),
                    values.get("birthday", ""),
                )
                ok = "saved"
            elif what == "code":
                result = await self._run(self.actions.check_code, member_id, values.get("code", ""))
                ok = f"code_{result}"
            elif what == "feedback":
                await self._run(self.actions.feedback, member_id, values.get("text", ""))
                ok = "feedback_sent"
            else:
                await self._run(self.actions.request_delete, member_id)
                ok = "delete_requested"
        except Problem as exc:
            data = await self._data(member_id)
            body = await self._render_center(request, token, data, exc.key, values)
            return self._page(body, 422)
        self.forget(member_id)
        self._done(request, here, lang, ok)

    async def survey_post(self, request: web.Request) -> web.Response:
        return await self._guarded(request, self._survey_post)

    async def _survey_post(self, request: web.Request) -> web.Response:
        member_id, token = self._guard(request, Purpose.CENTER)
        form = await self._form(request, token)
        campaign_id = int(request.match_info["survey"])
        answers = []
        for i in range(100):
            value = form.get(f"a{i}")
            if value is None:
                break
            answers.append(str(value) if isinstance(value, str) else "")
        try:
            await self._run(self.actions.answer_survey, member_id, campaign_id, answers)
        except Problem as exc:
            if exc.key == "survey_closed":
                raise Refused(404) from None
            return await self._survey(request, exc.key, answers)
        self.forget(member_id)
        self._done(request, f"/m/c/{token}", request.query.get("lang"), "survey_thanks")

    async def preferences_post(self, request: web.Request) -> web.Response:
        return await self._guarded(request, self._preferences_post)

    async def _preferences_post(self, request: web.Request) -> web.Response:
        member_id, token = self._guard(request, Purpose.PREFERENCES)
        form = await self._form(request, token)
        prefs = PrefsForm(
            frequency=str(form.get("frequency", "")),
            quiet_start=str(form.get("quiet_start", "")),
            quiet_end=str(form.get("quiet_end", "")),
            channels=frozenset(str(v) for v in form.getall("channel", [])),
            topics=frozenset(str(v) for v in form.getall("topic", [])),
        )
        try:
            await self._run(self.actions.save_prefs, member_id, prefs)
        except Problem as exc:
            return await self._preferences(request, exc.key, 422)
        self.forget(member_id)
        self._done(request, request.path, request.query.get("lang"), "saved")

    async def unsubscribe_post(self, request: web.Request) -> web.Response:
        return await self._guarded(request, self._unsubscribe_post)

    async def _unsubscribe_post(self, request: web.Request) -> web.Response:
        member_id, token = self._guard(request, Purpose.UNSUBSCRIBE)
        form = await request.post()
        if form.get("List-Unsubscribe") == ONE_CLICK:
            # A mail provider's one-click POST: no page, no cookies, no CSRF token (the
            # signed link is the proof). Idempotent: a repeat changes nothing.
            await self._data(member_id)
            await self._run(self.actions.unsubscribe, member_id, "one-click")
            self.forget(member_id)
            resp = web.Response(text="unsubscribed\n")
            resp.headers.update(SECURITY_HEADERS)
            return resp
        sent = form.get("csrf")
        if not csrf_ok(self.signer.keys.key(), token, sent if isinstance(sent, str) else None):
            raise Refused(403)
        await self._data(member_id)
        if form.get("action") == "undo":
            await self._run(self.actions.undo_unsubscribe, member_id)
            ok = "undone"
        else:
            await self._run(self.actions.unsubscribe, member_id, "page")
            ok = "saved"
        self.forget(member_id)
        self._done(request, request.path, request.query.get("lang"), ok)
