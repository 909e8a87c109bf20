"""What a post looks like once sent, per channel (C4): the preview and the delivery share it.

Group chats get plain text with the title on top and attachments as lines; email gets a
subject and a body. Voice files and images are named, not inlined: a manual channel
means a person posts them by hand, and the to-do shows the file to post.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop.domain.enums import AttachmentKind, ChannelKind

ATTACHMENT_ICONS = {
    AttachmentKind.IMAGE: "🖼",
    AttachmentKind.POSTER: "🪧",
    AttachmentKind.VOICE: "🎤",
    AttachmentKind.LINK: "🔗",
}


@dataclass(frozen=True)
class AttachmentRef:
    kind: AttachmentKind
    uri: str
    caption: str = ""


@dataclass(frozen=True)
class Rendered:
    subject: str
    body: str


def _attachment_line(a: AttachmentRef) -> str:
    name = a.caption or a.uri.replace("\\", "/").rsplit("/", 1)[-1] or a.uri
    if a.kind == AttachmentKind.LINK:
        return f"{ATTACHMENT_ICONS[a.kind]} {a.caption + ' ' if a.caption else ''}{a.uri}"
    return f"{ATTACHMENT_ICONS[a.kind]} {name}"


def render_post(
    title: str, body: str, attachments: Sequence[AttachmentRef], channel: ChannelKind
) -> Rendered:
    title = title.strip()
    body = body.strip()
    lines = [_attachment_line(a) for a in attachments]
    if channel in (ChannelKind.EMAIL, ChannelKind.WEBHOOK):  # a robot shows the title itself
        parts = [body or title]
        if lines:
            parts.append("\n".join(lines))
        return Rendered(subject=title, body="\n\n".join(parts))
    parts = [f"【{title}】" if title else ""]
    if body and body != title:
        parts.append(body)
    if lines:
        parts.append("\n".join(lines))
    return Rendered(subject=title, body="\n\n".join(p for p in parts if p))
