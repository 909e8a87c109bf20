"""Welcomes.

- ``send_welcome_msg`` (https://developer.work.weixin.qq.com/document/path/92137): the
  ``welcome_code`` of an add_external_contact event, within 20 s, once; otherwise 41051.
- ``group_welcome_template/add|edit|get|del``
  (https://developer.work.weixin.qq.com/document/path/92366): ≤ 100 per corp, ``text.content``
  ≤ 3000 bytes, ``%NICKNAME%`` replaced by the newcomer's name; → ``template_id``.
"""

from __future__ import annotations

from typing import Any

from aiohttp import web

from tests.wecom_contract.common import Refused, handler, ok
from tests.wecom_contract.state import App, ContractState

EC = "/cgi-bin/externalcontact"
WELCOME_CODE_TTL_S = 20


def _text(data: dict[str, Any]) -> str:
    text = str((data.get("text") or {}).get("content", ""))
    if len(text.encode()) > 3000:
        raise Refused(40058, "text.content at most 3000 bytes")
    return text


def install(app: web.Application, state: ContractState) -> None:
    def send_welcome(_app: App, data: dict[str, Any], _req: web.Request) -> web.Response:
        code = str(data.get("welcome_code", ""))
        issued = state.welcome_codes.pop(code, None)
        if issued is None or state.clock() - issued > WELCOME_CODE_TTL_S:
            raise Refused(41051, "welcome_code expired or already used")
        state.welcomes_sent.append((code, _text(data)))
        return ok()

    def add(_app: App, data: dict[str, Any], _req: web.Request) -> web.Response:
        if len(state.welcome_templates) >= 100:
            raise Refused(41064, "at most 100 group welcome templates")
        text = _text(data)
        if not text:
            raise Refused(40058, "text.content required")
        template_id = state.new_id("tpl")
        state.welcome_templates[template_id] = text
        return ok(template_id=template_id)

    def _known(data: dict[str, Any]) -> str:
        template_id = str(data.get("template_id", ""))
        if template_id not in state.welcome_templates:
            raise Refused(41065, "template_id not found")
        return template_id

    def edit(_app: App, data: dict[str, Any], _req: web.Request) -> web.Response:
        state.welcome_templates[_known(data)] = _text(data)
        return ok()

    def get(_app: App, data: dict[str, Any], _req: web.Request) -> web.Response:
        return ok(text={"content": state.welcome_templates[_known(data)]})

    def delete(_app: App, data: dict[str, Any], _req: web.Request) -> web.Response:
        del state.welcome_templates[_known(data)]
        return ok()

    app.router.add_post(f"{EC}/send_welcome_msg", handler(state, send_welcome))
    app.router.add_post(f"{EC}/group_welcome_template/add", handler(state, add))
    app.router.add_post(f"{EC}/group_welcome_template/edit", handler(state, edit))
    app.router.add_post(f"{EC}/group_welcome_template/get", handler(state, get))
    app.router.add_post(f"{EC}/group_welcome_template/del", handler(state, delete))
