"""Plain post text → the small HTML a chat room shows formatted (Matrix ``formatted_body``).

Posts are written as plain text; in a chat room a title line 【…】 reads better bold, links
should be clickable, and line breaks must survive. Everything else is escaped, so nothing an
operator types can inject markup.
"""

from __future__ import annotations

import re
from html import escape

_URL = re.compile(r"https?://[^\s<>\"'，。！？、）)]+")
_TITLE = re.compile(r"^【(.+)】$")


def _line(line: str) -> str:
    out: list[str] = []
    pos = 0
    for m in _URL.finditer(line):
        out.append(escape(line[pos : m.start()]))
        url = escape(m.group(0))
        out.append(f'<a href="{url}">{url}</a>')
        pos = m.end()
    out.append(escape(line[pos:]))
    html = "".join(out)
    title = _TITLE.match(line.strip())
    return f"<strong>{escape(title.group(1))}</strong>" if title else html


def chat_html(text: str) -> str | None:
    """The formatted body, or None when plain text says it all (no title, no link)."""
    lines = text.strip("\n").split("\n")
    if not any(_URL.search(x) or _TITLE.match(x.strip()) for x in lines):
        return None
    return "<br>".join(_line(x) for x in lines)
