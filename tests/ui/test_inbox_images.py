""" "Show remote images" really loads them: from a local HTTP server, in the background, capped."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from pytestqt.qtbot import QtBot

from desktop.domain.enums import MessageDirection
from desktop.services.container import Services
from desktop.store.models import Message
from desktop.ui.inbox.remote_images import RemoteImages, remote_image_urls
from desktop.ui.inbox.thread_view import ThreadView


def _png(width: int, height: int) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.red)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


class _Server:
    def __init__(self) -> None:
        self.hits: list[str] = []
        self.files = {"/pic.png": _png(37, 23), "/big.png": b"\x89PNG" + b"0" * 300_000}
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                server.hits.append(self.path)
                if self.path == "/slow.png":
                    time.sleep(1.5)
                body = server.files.get(self.path)
                if body is None:
                    self.send_error(404)
                    return
                self.send_response(200)
                self.send_header("Content-Type", "image/png")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def http_server() -> Iterator[_Server]:
    server = _Server()
    yield server
    server.close()


def _add_html_mail(services: Services, body_html: str) -> tuple[int, int]:
    conv = services.inbox.queue.page(limit=1).rows[0].id
    with services.db.write() as s:
        m = Message(
            conversation_id=conv,
            direction=MessageDirection.INBOUND,
            body_text="看图",
            body_html=body_html,
            has_remote_images=True,
            sent_at=datetime.now(UTC),
        )
        s.add(m)
        s.flush()
        return conv, m.id


def _resource(view: ThreadView, url: str) -> object:
    return view.messages.document().resource(QTextDocument.ResourceType.ImageResource, QUrl(url))


def _image_block_height(view: ThreadView, url: str) -> float:
    doc = view.messages.document()
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat() and fmt.toImageFormat().name() == url:
                return doc.documentLayout().blockBoundingRect(block).height()
            it += 1
        block = block.next()
    return 0.0


def test_show_remote_images_fetches_them_in_the_background(
    demo_services: Services, qtbot: QtBot, http_server: _Server
) -> None:
    url = f"{http_server.url}/pic.png"
    conv, msg = _add_html_mail(demo_services, f'<p>新品海报</p><img src="{url}" alt="poster">')
    view = ThreadView(demo_services.inbox.thread)
    qtbot.addWidget(view)
    view.show()
    view.show_conversation(demo_services.inbox.queue.row(conv))
    qtbot.waitUntil(lambda: not view.calls.busy)  # the thread is read off the UI thread
    assert f"images:{msg}" in view.messages.toHtml()
    qtbot.wait(200)
    assert http_server.hits == []  # blocked: nothing is fetched before the reader asks

    started = time.monotonic()
    view._anchor(QUrl(f"images:{msg}"))  # the "Show them" link
    assert time.monotonic() - started < 0.5  # the click returns; the download runs on its own
    qtbot.waitUntil(lambda: isinstance(_resource(view, url), QImage), timeout=5000)
    image = _resource(view, url)
    assert isinstance(image, QImage) and (image.width(), image.height()) == (37, 23)
    assert http_server.hits == ["/pic.png"]
    assert _image_block_height(view, url) >= 23  # laid out with the picture in it
    assert f"images:{msg}" not in view.messages.toHtml()
    # Shown again (another render), it comes from memory, not from the server.
    view.show_conversation(demo_services.inbox.queue.row(conv))
    qtbot.waitUntil(lambda: not view.calls.busy)  # the thread is read off the UI thread
    view._anchor(QUrl(f"images:{msg}"))
    assert isinstance(_resource(view, url), QImage)
    assert http_server.hits == ["/pic.png"]


def test_too_big_and_too_slow_pictures_are_given_up(qtbot: QtBot, http_server: _Server) -> None:
    loader = RemoteImages(max_bytes=100_000, timeout_ms=300)
    failed: list[tuple[str, str]] = []
    loader.failed.connect(lambda u, why: failed.append((u, why)))
    big, slow, missing = (f"{http_server.url}/{n}" for n in ("big.png", "slow.png", "none.png"))
    started = time.monotonic()
    loader.fetch([big, slow, missing])
    assert time.monotonic() - started < 0.2
    qtbot.waitUntil(lambda: len(failed) == 3, timeout=5000)
    why = dict(failed)
    assert why[big] == "too big"
    assert slow in why and missing in why
    assert loader.images() == {} and not loader.busy()
    loader.fetch([big])  # given up once: not asked for again
    assert not loader.busy()


def test_picture_addresses_are_read_from_the_html() -> None:
    html = (
        '<img src="https://a.example/x.png?a=1&amp;b=2"><img src=//cdn.example/y.gif>'
        "<img src='cid:part1'><img src=\"https://a.example/x.png?a=1&amp;b=2\">"
    )
    assert remote_image_urls(html) == ["https://a.example/x.png?a=1&b=2", "//cdn.example/y.gif"]
