"""The worker's HTTP server: ``--listen HOST:PORT`` serves the sites features register, on
the port asked for; a bad address is a usage error, not a traceback."""

from __future__ import annotations

import asyncio
import signal
import socket
import urllib.request

import pytest
from aiohttp import web

from desktop.config import Paths
from desktop.services.web import Site, WebListener, parse_listen
from tests.ports import free_port
from tests.worker_process import worker_process


def test_listen_addresses_are_parsed_or_refused() -> None:
    assert parse_listen("127.0.0.1:8080") == ("127.0.0.1", 8080)
    assert parse_listen("[::1]:9000") == ("::1", 9000)
    for bad in ("8080", "host:", ":80", "host:99999", "host:http"):
        with pytest.raises(ValueError):
            parse_listen(bad)


def test_sites_are_served_and_the_bound_port_is_known() -> None:
    async def hello(_request: web.Request) -> web.Response:
        return web.Response(text="hi")

    def install(app: web.Application) -> None:
        app.router.add_get("/hello", hello)

    async def scenario() -> tuple[int, str]:
        listener = WebListener("127.0.0.1", 0, [Site("hello", install)])
        await listener.start()
        try:
            assert listener.port != 0
            url = f"{listener.base_url}/hello"
            body = await asyncio.to_thread(lambda: urllib.request.urlopen(url, timeout=5).read())
            return listener.port, body.decode()
        finally:
            await listener.stop()

    port, body = asyncio.run(scenario())
    assert body == "hi"
    with pytest.raises(ConnectionRefusedError):  # stopped means nobody answers there
        socket.create_connection(("127.0.0.1", port), timeout=5).close()


def test_worker_listens_until_stopped(paths: Paths) -> None:
    port = free_port()
    proc = worker_process(paths, "--listen", f"127.0.0.1:{port}")
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith("listening on"):
                break
        else:
            pytest.fail(f"worker never listened: {proc.stderr.read() if proc.stderr else ''}")
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as answer:
            assert answer.status == 200
            assert b"Shequn Desk" in answer.read()
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)
    assert proc.returncode == 0


def test_worker_refuses_a_bad_listen_address(paths: Paths) -> None:
    proc = worker_process(paths, "--listen", "nowhere")
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 2
    assert "--listen" in err
