"""What every endpoint does first: token, trusted IP, permission, injected faults; and
what can happen to its answer on the way back (lost, late)."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from aiohttp import web

from tests.wecom_contract.state import App, ContractState


def error(code: int, msg: str) -> web.Response:
    return web.json_response({"errcode": code, "errmsg": msg})


def ok(**fields: Any) -> web.Response:
    return web.json_response({"errcode": 0, "errmsg": "ok", **fields})


class Refused(Exception):
    def __init__(self, code: int, msg: str) -> None:
        super().__init__(msg)
        self.response = error(code, msg)


def authorise(request: web.Request, state: ContractState, *, external: bool = True) -> App:
    """The checks WeCom makes before looking at the body (W/90313 global error codes)."""
    path = request.path
    state.calls.append(path)
    faults = state.faults.get(path)
    if faults:
        code = faults.pop(0)
        raise Refused(code, f"injected {code}")
    token = request.query.get("access_token", "")
    if not token:
        raise Refused(41001, "access_token missing")
    if token in state.expired_tokens:
        raise Refused(42001, "access_token expired")
    app = state.tokens.get(token)
    if app is None:
        raise Refused(40014, "invalid access_token")
    if state.trusted_ips is not None and request.remote not in state.trusted_ips:
        raise Refused(60020, f"not allow to access from your ip, from ip: {request.remote}")
    if external and not app.external_contact:
        raise Refused(48002, "api forbidden")
    return app


async def body(request: web.Request) -> dict[str, Any]:
    try:
        data = json.loads(await request.read() or b"{}")
    except ValueError as e:
        raise Refused(47001, "data format error") from e
    if not isinstance(data, dict):
        raise Refused(47001, "data format error")
    return data


def handler(state: ContractState, fn: Any, *, external: bool = True) -> Any:
    """Wrap an endpoint: checks first, ``Refused`` becomes WeCom's JSON error."""

    async def run(request: web.Request) -> web.StreamResponse:
        try:
            app = authorise(request, state, external=external)
            if state.delays.get(request.path):
                await asyncio.sleep(state.delays[request.path])
            data = await body(request) if request.method == "POST" else {}
            with state.lock:
                result: web.StreamResponse = fn(app, data, request)
                lost = state.lost_replies.get(request.path, 0)
                if lost:
                    state.lost_replies[request.path] = lost - 1
            if lost and request.transport is not None:
                request.transport.abort()  # done, but the client never hears of it
                return result
            late = state.reply_delays.get(request.path)
            if late:
                await asyncio.sleep(late)
            return result
        except Refused as e:
            return e.response

    return run
