"""``GET /healthz`` on ``shequn worker --health HOST:PORT``: 200 with each loop's state and
last success while all is well, 503 when a loop is stuck or stopped. Served by the same
listener class as ``--listen``, on its own address so it need not be exposed publicly."""

from __future__ import annotations

from aiohttp import web

from desktop.services.team.loop_health import LoopHealth
from desktop.services.web.listener import Site


def health_site(health: LoopHealth, worker: str) -> Site:
    async def healthz(_request: web.Request) -> web.Response:
        reports = health.reports()
        ok = all(r.healthy for r in reports)
        body = {
            "status": "ok" if ok else "stuck",
            "worker": worker,
            "started_at": health.started_at.isoformat(),
            "loops": [r.to_json() for r in reports],
        }
        return web.json_response(body, status=200 if ok else 503)

    def install(app: web.Application) -> None:
        app.router.add_get("/healthz", healthz)

    return Site("health", install)


__all__ = ["health_site"]
