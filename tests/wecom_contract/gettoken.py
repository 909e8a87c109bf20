"""``GET /cgi-bin/gettoken?corpid&corpsecret`` (https://developer.work.weixin.qq.com/document/path/91039).

Returns ``access_token`` valid 7200 s; 40013 for an unknown corp ID, 40001 for a wrong
secret; each fetch issues a new token (old ones stay valid until they expire).
"""

from __future__ import annotations

import secrets

from aiohttp import web

from tests.wecom_contract.common import error, ok
from tests.wecom_contract.state import ContractState


def install(app: web.Application, state: ContractState) -> None:
    async def gettoken(request: web.Request) -> web.Response:
        state.calls.append(request.path)
        faults = state.faults.get(request.path)
        if faults:
            code = faults.pop(0)
            return error(code, f"injected {code}")
        corp_id = request.query.get("corpid", "")
        secret = request.query.get("corpsecret", "")
        if not any(a.corp_id == corp_id for a in state.apps):
            return error(40013, "invalid corpid")
        match = next((a for a in state.apps if a.corp_id == corp_id and a.secret == secret), None)
        if match is None:
            return error(40001, "invalid credential")
        token = secrets.token_urlsafe(48)
        state.tokens[token] = match
        state.token_fetches += 1
        return ok(access_token=token, expires_in=7200)

    app.router.add_get("/cgi-bin/gettoken", gettoken)
