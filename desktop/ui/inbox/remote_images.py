"""Fetches a mail's remote pictures once the reader asks for them ("Show remote images").

QTextBrowser never loads http images itself. The thread view hands the picture URLs of
an unblocked message to ``RemoteImages``, which downloads them with
``QNetworkAccessManager`` (asynchronous on the Qt event loop, so the UI never waits),
caps each picture's size and time, decodes it, and emits ``loaded``; the view then adds
it to its document (``QTextDocument.addResource``) and renders again. A picture that
fails is simply left out — the message still reads without it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QImage
from PySide6.QtNetwork import QNetworkAccessManager, QNetworkReply, QNetworkRequest

MAX_BYTES = 5 * 1024 * 1024  # a newsletter banner is far smaller; anything bigger is refused
TIMEOUT_MS = 15_000  # per picture, from request to last byte
MAX_PARALLEL = 4  # be gentle with the sender's server and with our own bandwidth

_IMG_SRC = re.compile(r"""<img\b[^>]*?\bsrc\s*=\s*(["']?)((?:https?:)?//[^"'\s>]+)\1""", re.I)


def remote_image_urls(body_html: str) -> list[str]:
    """The http(s) picture addresses of an HTML body, as the document will ask for them."""
    seen: dict[str, None] = {}
    for m in _IMG_SRC.finditer(body_html):
        seen.setdefault(html.unescape(m.group(2)), None)
    return list(seen)


class RemoteImages(QObject):
    loaded = Signal(str, QImage)  # the address as written in the HTML, the picture
    failed = Signal(str, str)  # the address, why (for logs and tests; the UI stays quiet)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        max_bytes: int = MAX_BYTES,
        timeout_ms: int = TIMEOUT_MS,
    ) -> None:
        super().__init__(parent)
        self.max_bytes = max_bytes
        self.timeout_ms = timeout_ms
        self._net = QNetworkAccessManager(self)
        self._images: dict[str, QImage] = {}
        self._pending: dict[str, QNetworkReply] = {}
        self._queue: list[str] = []
        self._given_up: set[str] = set()

    def image(self, url: str) -> QImage | None:
        return self._images.get(url)

    def images(self) -> dict[str, QImage]:
        return dict(self._images)

    def busy(self) -> bool:
        return bool(self._pending or self._queue)

    def fetch(self, urls: Iterable[str]) -> None:
        """Start downloading the addresses not loaded, under way or given up already."""
        for url in urls:
            if url in self._images or url in self._pending or url in self._given_up:
                continue
            if url not in self._queue:
                self._queue.append(url)
        self._start_more()

    def cancel(self) -> None:
        self._queue.clear()
        for reply in list(self._pending.values()):
            reply.abort()

    def _start_more(self) -> None:
        while self._queue and len(self._pending) < MAX_PARALLEL:
            url = self._queue.pop(0)
            target = QUrl("https:" + url if url.startswith("//") else url)
            if target.scheme() not in ("http", "https"):
                self._give_up(url, "not an http address")
                continue
            request = QNetworkRequest(target)
            request.setTransferTimeout(self.timeout_ms)
            # Follow redirects, but never from https down to http.
            request.setAttribute(
                QNetworkRequest.Attribute.RedirectPolicyAttribute,
                QNetworkRequest.RedirectPolicy.NoLessSafeRedirectPolicy,
            )
            request.setMaximumRedirectsAllowed(5)
            reply = self._net.get(request)
            self._pending[url] = reply
            reply.metaDataChanged.connect(lambda u=url, r=reply: self._check_size(u, r, 0))
            reply.downloadProgress.connect(
                lambda received, _total, u=url, r=reply: self._check_size(u, r, received)
            )
            reply.finished.connect(lambda u=url, r=reply: self._finished(u, r))

    def _check_size(self, url: str, reply: QNetworkReply, received: int) -> None:
        announced = reply.header(QNetworkRequest.KnownHeaders.ContentLengthHeader)
        too_big = received > self.max_bytes or (
            isinstance(announced, int) and announced > self.max_bytes
        )
        if too_big and url not in self._given_up:
            self._given_up.add(url)
            reply.abort()

    def _finished(self, url: str, reply: QNetworkReply) -> None:
        self._pending.pop(url, None)
        reply.deleteLater()
        if url in self._given_up:
            self.failed.emit(url, "too big")
        elif reply.error() != QNetworkReply.NetworkError.NoError:
            self._give_up(url, reply.errorString())
        else:
            data = reply.readAll()
            image = QImage.fromData(data) if data.size() <= self.max_bytes else QImage()
            if image.isNull():
                self._give_up(url, "not a picture")
            else:
                self._images[url] = image
                self.loaded.emit(url, image)
        self._start_more()

    def _give_up(self, url: str, why: str) -> None:
        self._given_up.add(url)
        self.failed.emit(url, why)
