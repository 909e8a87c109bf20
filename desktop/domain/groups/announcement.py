"""Attachments of a group's announcement and welcome message (G6): a poster image, a
mini-program page or a text link, each checked before it is stored."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".webp")
MAX_ATTACHMENTS = 5
_URL = re.compile(r"^https?://[^\s/$.?#].[^\s]*$", re.IGNORECASE)


class AttachmentKind(StrEnum):
    POSTER = "poster"
    MINI_PROGRAM = "mini_program"  # "appid/pages/path"
    LINK = "link"


class AttachmentProblem(StrEnum):
    EMPTY = "empty"
    NOT_IMAGE = "not_image"
    BAD_URL = "bad_url"
    BAD_MINI_PROGRAM = "bad_mini_program"
    TOO_MANY = "too_many"


@dataclass(frozen=True)
class Attachment:
    kind: AttachmentKind
    uri: str
    caption: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"kind": str(self.kind), "uri": self.uri, "caption": self.caption}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Attachment:
        return cls(AttachmentKind(d["kind"]), str(d.get("uri", "")), str(d.get("caption", "")))


def check_attachment(a: Attachment) -> AttachmentProblem | None:
    uri = a.uri.strip()
    if not uri:
        return AttachmentProblem.EMPTY
    if a.kind == AttachmentKind.POSTER and not uri.lower().endswith(IMAGE_SUFFIXES):
        return AttachmentProblem.NOT_IMAGE
    if a.kind == AttachmentKind.LINK and not _URL.match(uri):
        return AttachmentProblem.BAD_URL
    if a.kind == AttachmentKind.MINI_PROGRAM and not re.match(r"^wx[0-9a-f]{16}(/\S*)?$", uri):
        return AttachmentProblem.BAD_MINI_PROGRAM
    return None


def check_attachments(items: list[Attachment]) -> list[AttachmentProblem | None]:
    problems = [check_attachment(a) for a in items]
    if len(items) > MAX_ATTACHMENTS:
        problems[MAX_ATTACHMENTS:] = [AttachmentProblem.TOO_MANY] * (len(items) - MAX_ATTACHMENTS)
    return problems
