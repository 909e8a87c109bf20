"""A post as a robot sends it: mentions, the message kind, size checks and the preview.

The same functions build what the channel sends and what the post editor shows, so the
preview is the delivery (and a post over a limit is refused when it is planned).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop.domain.robots.kinds import (
    MESSAGE_KINDS,
    MessageKind,
    RobotKind,
    measure,
    size_limit,
)

_MOBILE = re.compile(r"@(1[3-9]\d{9})\b")
_ALL = re.compile(r"@(所有人|all|everyone)(?![\w.])", re.IGNORECASE)
_URL = re.compile(r"https?://[^\s)<>\"]+")
_MD_LINK = re.compile(r"\[([^\]]+)\]\((https?://[^)\s]+)\)")
_MD_BOLD = re.compile(r"\*\*(.+?)\*\*")
_MD_HEADING = re.compile(r"^#{1,6}\s+", re.MULTILINE)


@dataclass(frozen=True)
class Mentions:
    everyone: bool = False
    mobiles: tuple[str, ...] = ()
    user_ids: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return self.everyone or bool(self.mobiles) or bool(self.user_ids)


def find_mentions(text: str) -> Mentions:
    """``@所有人``/``@all`` and ``@13800001111`` written in a post become real mentions."""
    mobiles = tuple(dict.fromkeys(_MOBILE.findall(text)))
    return Mentions(everyone=bool(_ALL.search(text)), mobiles=mobiles)


def first_url(text: str) -> str | None:
    m = _URL.search(text)
    return m.group(0) if m else None


@dataclass(frozen=True)
class RobotPost:
    """What one robot message carries, before a platform's JSON shape is put around it."""

    title: str
    text: str
    message: MessageKind
    mentions: Mentions = field(default_factory=Mentions)
    link: str | None = None  # news / link / actionCard target
    image_url: str | None = None  # a picture on the web (news cover, markdown image, embed)
    keyword: str = ""  # the robot's required keyword, added when the text lacks it
    written_as_markdown: bool = False  # sent as text though written for markdown

    @property
    def body_text(self) -> str:
        """The text as it goes out: the keyword added when the robot requires one."""
        if self.keyword and self.keyword not in self.text and self.keyword not in self.title:
            return f"{self.text.rstrip()}\n{self.keyword}"
        return self.text


def make_post(
    kind: RobotKind,
    title: str,
    text: str,
    *,
    message: MessageKind | str | None = None,
    keyword: str = "",
    image_url: str | None = None,
) -> RobotPost:
    """A post for ``kind``; an unknown or unsupported ``message`` falls back to the default."""
    allowed = MESSAGE_KINDS[kind]
    chosen = allowed[0]
    if message:
        try:
            wanted = MessageKind(message)
        except ValueError:
            wanted = allowed[0]
        if wanted in allowed:
            chosen = wanted
    link = first_url(text)
    if chosen in (MessageKind.NEWS, MessageKind.LINK) and link is None:
        chosen = allowed[0]  # a news/link card needs somewhere to go
    mentions = find_mentions(text)
    as_markdown = False
    if kind == RobotKind.WECOM and chosen == MessageKind.MARKDOWN and mentions:
        # WeCom markdown carries no mention list, so "@所有人" in it notifies nobody. The
        # post goes as one text message instead: the notice people get then shows the post
        # itself, it costs one send of the robot's 20 a minute (a follow-up text just for
        # the mentions would halve the pace) and a retry cannot leave half a post behind.
        # The price is plain text (markup is taken out) and text's 2,048-byte limit.
        chosen, as_markdown = MessageKind.TEXT, True
    return RobotPost(
        title=title.strip(),
        text=text,
        message=chosen,
        mentions=mentions,
        link=link,
        image_url=image_url,
        keyword=keyword.strip(),
        written_as_markdown=as_markdown,
    )


@dataclass(frozen=True)
class LimitProblem:
    measured: int
    limit: int
    unit: str

    def __str__(self) -> str:
        return f"{self.measured} {self.unit} > {self.limit} {self.unit}"


def content_for_limit(kind: RobotKind, post: RobotPost) -> str:
    """The part of the message the platform's size limit applies to."""
    if kind == RobotKind.WECOM and post.message == MessageKind.NEWS:
        return post.body_text[:512]  # WeCom cuts a news description itself
    if kind in (RobotKind.FEISHU, RobotKind.DINGTALK):
        return post.title + "\n" + post.body_text  # an estimate; planning measures the body
    return rendered_text(kind, post)


def check_size(
    kind: RobotKind, post: RobotPost, *, request_body: bytes | None = None
) -> LimitProblem | None:
    """``request_body`` is the body as the channel sends it, for limits on the whole body
    (without it such a limit is estimated from the text, which undercounts the JSON)."""
    limit = size_limit(kind, post.message)
    if limit is None:
        return None
    if limit.whole_body and request_body is not None:
        measured = len(request_body)
    else:
        measured = measure(content_for_limit(kind, post), limit.unit)
    return LimitProblem(measured, limit.limit, limit.unit) if measured > limit.limit else None


def rendered_text(kind: RobotKind, post: RobotPost) -> str:
    """The text field as sent (title folded in the way each platform shows a title)."""
    body = post.body_text
    title = post.title
    if post.written_as_markdown:
        body = to_plain(body)  # a text message would show the markup as typed
    if post.message == MessageKind.TEXT or kind == RobotKind.FEISHU:
        return f"{title}\n{body}" if title else body
    if kind == RobotKind.SLACK:
        return f"*{title}*\n{to_slack_mrkdwn(body)}" if title else to_slack_mrkdwn(body)
    if kind in (RobotKind.WECOM, RobotKind.DINGTALK):
        return f"### {title}\n{body}" if title else body
    if kind == RobotKind.DISCORD and post.message == MessageKind.EMBED:
        return body
    return f"**{title}**\n{body}" if title else body


def to_plain(text: str) -> str:
    """Markdown as written in the editor → plain text that keeps its links clickable."""
    text = _MD_LINK.sub(lambda m: f"{m.group(1)} {m.group(2)}", text)
    text = _MD_BOLD.sub(lambda m: m.group(1), text)
    return _MD_HEADING.sub("", text)


def notified(kind: RobotKind, post: RobotPost) -> Mentions:
    """The mentions the platform really carries for this post (the rest notify nobody)."""
    m = post.mentions
    if kind == RobotKind.WECOM:
        return m if post.message == MessageKind.TEXT else Mentions()
    if kind == RobotKind.DINGTALK:
        return m if post.message in (MessageKind.TEXT, MessageKind.MARKDOWN) else Mentions()
    if kind == RobotKind.FEISHU and post.message == MessageKind.IMAGE:
        return Mentions()
    # Feishu, Slack and Discord robots can only reach everyone, never a phone number.
    return Mentions(everyone=m.everyone)


def to_slack_mrkdwn(text: str) -> str:
    """Markdown as written in the editor → Slack's mrkdwn (links, bold, headings)."""
    text = _MD_LINK.sub(lambda m: f"<{m.group(2)}|{m.group(1)}>", text)
    text = _MD_BOLD.sub(lambda m: f"*{m.group(1)}*", text)
    return _MD_HEADING.sub("", text)


def preview(kind: RobotKind, post: RobotPost) -> str:
    """Roughly what a reader sees in the group: markup the platform renders is taken out."""
    shown = rendered_text(kind, post)
    if post.message != MessageKind.TEXT:
        shown = _MD_LINK.sub(lambda m: f"{m.group(1)} ↗", shown)
        shown = _MD_BOLD.sub(lambda m: m.group(1), shown)
        shown = _MD_HEADING.sub("", shown)
        if kind == RobotKind.SLACK:
            shown = re.sub(r"<(https?://[^|>]+)\|([^>]+)>", r"\2 ↗", shown)
            shown = re.sub(r"(?<!\w)\*([^*\n]+)\*(?!\w)", r"\1", shown)
    if kind == RobotKind.FEISHU and post.mentions.everyone:
        shown = _ALL.sub("@所有人", shown)
    if post.message in (MessageKind.NEWS, MessageKind.LINK) and post.link:
        shown = f"[{post.title or post.link}]\n{shown}\n→ {post.link}"
    return shown
