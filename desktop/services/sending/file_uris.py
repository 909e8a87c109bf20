"""An attachment's ``uri`` as a local path: a plain path, or a ``file:`` URI as any platform
writes it (``file:///home/a/b.png``, ``file:///C:/Users/a/b.png``, ``file://server/share/b.png``,
percent-encoded); None for a web link.

The parsing is pure: ``uri_path`` reads a URI the way Windows or a POSIX system would, on any
machine, so the Windows forms are checked where the tests run.
"""

from __future__ import annotations

import nturl2path
import os
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath
from urllib.parse import unquote, urlparse


def uri_path(uri: str, *, windows: bool) -> PurePath | None:
    """``uri`` as a path of Windows (``windows``) or of a POSIX system; None for a link."""
    flavour: type[PurePath] = PureWindowsPath if windows else PurePosixPath
    # What urllib.request.url2pathname is on each: nturl2path decodes %XX and turns
    # /C:/a into C:\a and //server/share into a UNC path; POSIX only decodes.
    to_path = nturl2path.url2pathname if windows else unquote
    if uri.startswith("file:"):
        parsed = urlparse(uri)
        if parsed.netloc and parsed.netloc != "localhost":
            return flavour(to_path(f"//{parsed.netloc}{parsed.path}"))  # a UNC share
        return flavour(to_path(parsed.path))
    if "://" in uri:
        return None  # a link, not a file on this machine
    return flavour(uri)


def local_path(uri: str) -> Path | None:
    """``uri`` as a path of the system the app runs on."""
    found = uri_path(uri, windows=os.name == "nt")
    if found is None:
        return None
    # "~" is the home folder in a path typed by hand; in a URI it is just a name.
    return Path(found) if uri.startswith("file:") else Path(found).expanduser()
