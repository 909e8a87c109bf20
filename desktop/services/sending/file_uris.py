"""An attachment's ``uri`` as a local path: a plain path, or a ``file:`` URI as any platform
writes it (``file:///home/a/b.png``, ``file:///C:/Users/a/b.png``, ``file://server/share/b.png``,
percent-encoded); None for a web link."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse
from urllib.request import url2pathname


def local_path(uri: str) -> Path | None:
    if uri.startswith("file:"):
        parsed = urlparse(uri)
        # url2pathname decodes %XX and, on Windows, turns /C:/a into C:\a.
        path = url2pathname(parsed.path)
        if parsed.netloc and parsed.netloc != "localhost":
            path = url2pathname(f"//{parsed.netloc}{parsed.path}")  # a UNC share
        return Path(path)
    if "://" in uri:
        return None  # a link, not a file on this machine
    return Path(uri).expanduser()
