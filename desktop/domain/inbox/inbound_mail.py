"""Reading an incoming mail: headers, text, sanitised HTML, attachments, unsubscribe intent.

Nothing here raises for a malformed mail: a bad charset, broken MIME or a raw GBK subject
yields whatever could be decoded (GB18030 and UTF-8 are tried before giving up with
replacement characters), so one odd mail never stops the ingestion of the others.
"""

from __future__ import annotations

import email
import email.policy
import hashlib
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.header import Header, decode_header
from email.message import Message
from email.utils import getaddresses, parseaddr, parsedate_to_datetime

import nh3

FALLBACK_CHARSETS = ("utf-8", "gb18030", "big5")
MAX_TEXT = 200_000  # characters kept of one body
_MSGID = re.compile(r"<[^<>\s]+>")
_REMOTE_SRC = re.compile(r"""(<img\b[^>]*?\bsrc\s*=\s*)(["']?)(https?:)?//[^"'\s>]*\2""", re.I)
_REMOTE_CSS = re.compile(r"url\(\s*['\"]?(https?:)?//", re.I)
_TAGS = re.compile(r"<[^>]+>")
_BLOCK_END = re.compile(r"</(p|div|tr|li|h[1-6])\s*>|<br\s*/?>", re.I)
# A reply saying nothing but "unsubscribe" (退订 / TD / T / 取消订阅 / unsubscribe / stop).
_UNSUB_ONLY = re.compile(
    r"^\s*(退订|退訂|取消订阅|取消訂閱|td|t|unsubscribe|stop)\s*[。.!！~～]*\s*$", re.I
)
_UNSUB_WORD = re.compile(r"退订|退訂|取消订阅|unsubscribe", re.I)
_QUOTE_START = re.compile(
    r"^(>|-{2,}\s*original message|-{2,}\s*原始邮件|on .+ wrote:|在.+写道[:：]|发件人[:：]|from:)",
    re.I,
)
SHORT_REPLY = 40  # an "unsubscribe" inside a reply this short (quotes removed) counts


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str
    content: bytes


@dataclass(frozen=True)
class InboundMail:
    message_id: str
    from_name: str
    from_addr: str  # lower-case, "" when missing
    to_addrs: tuple[str, ...]
    subject: str
    date: datetime | None
    text: str
    html: str | None  # sanitised with nh3; remote images still referenced
    has_remote_images: bool
    in_reply_to: str | None
    references: tuple[str, ...]
    attachments: tuple[Attachment, ...] = field(default_factory=tuple)
    auto_submitted: bool = False  # vacation replies, bounces

    def thread_ids(self) -> tuple[str, ...]:
        """Message-IDs this mail answers, nearest first."""
        ids = ([self.in_reply_to] if self.in_reply_to else []) + list(reversed(self.references))
        return tuple(dict.fromkeys(ids))


def _bytes_to_text(data: bytes, charset: str | None) -> str:
    tried: list[str] = []
    for cs in ([charset] if charset else []) + list(FALLBACK_CHARSETS):
        cs = cs.lower().strip()
        if cs in ("gb2312", "gbk", "x-gbk"):
            cs = "gb18030"  # its superset: mails labelled GB2312 often hold GBK characters
        if cs in tried:
            continue
        tried.append(cs)
        try:
            return data.decode(cs)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("utf-8", errors="replace")


def _header_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, Header):  # raw 8-bit bytes in a header (a GBK subject)
        try:
            chunks = decode_header(value)
        except Exception:
            return str(value).strip()
        return re.sub(
            r"\s+",
            " ",
            "".join(_bytes_to_text(c, cs) if isinstance(c, bytes) else c for c, cs in chunks),
        ).strip()
    raw = str(value)
    # compat32 keeps undecodable 8-bit header bytes as surrogates: get the bytes back.
    try:
        raw.encode("utf-8")
    except UnicodeEncodeError:
        raw = _bytes_to_text(raw.encode("ascii", "surrogateescape"), None)
    parts: list[str] = []
    try:
        chunks = decode_header(raw)
    except Exception:
        return raw.strip()
    for chunk, cs in chunks:
        parts.append(_bytes_to_text(chunk, cs) if isinstance(chunk, bytes) else chunk)
    return re.sub(r"\s+", " ", "".join(parts)).strip()


def _msgids(value: object) -> list[str]:
    return _MSGID.findall(_header_text(value))


def _date(value: object) -> datetime | None:
    try:
        d = parsedate_to_datetime(str(value)) if value else None
    except (TypeError, ValueError, IndexError):
        return None
    if d is None:
        return None
    if d.tzinfo is None:
        d = d.replace(tzinfo=UTC)
    return d.astimezone(UTC)


def html_to_text(html: str) -> str:
    text = _BLOCK_END.sub("\n", html)
    text = _TAGS.sub("", text)
    import html as html_mod

    text = html_mod.unescape(text)
    return re.sub(r"\n{3,}", "\n\n", re.sub(r"[ \t]+", " ", text)).strip()


def sanitize_html(html: str) -> str:
    """Only harmless markup survives: no scripts, styles with code, forms or event handlers."""
    return nh3.clean(
        html,
        tags=nh3.ALLOWED_TAGS | {"font", "center", "span", "div", "table", "tr", "td", "th"},
        attributes={
            "*": {"style", "align", "width", "height", "color", "bgcolor"},
            "a": {"href", "title"},
            "img": {"src", "alt", "width", "height"},
            "font": {"color", "size", "face"},
        },
        url_schemes={"http", "https", "mailto", "cid", "data"},
        link_rel="noopener noreferrer nofollow",
    )


def has_remote_images(html: str) -> bool:
    return bool(_REMOTE_SRC.search(html) or _REMOTE_CSS.search(html))


def block_remote_images(html: str) -> str:
    """The HTML with remote pictures removed (shown until the reader asks for them)."""
    html = _REMOTE_SRC.sub(r'\1"" data-blocked="1"', html)
    return _REMOTE_CSS.sub("url(blocked://", html)


def _walk(msg: Message) -> tuple[str | None, str | None, list[Attachment]]:
    text: str | None = None
    html: str | None = None
    atts: list[Attachment] = []
    parts = msg.walk() if msg.is_multipart() else iter([msg])
    for part in parts:
        try:
            if part.is_multipart():
                continue
            ctype = (part.get_content_type() or "text/plain").lower()
            disposition = (part.get("Content-Disposition") or "").lower()
            filename = part.get_filename()
            payload = part.get_payload(decode=True)
            if not isinstance(payload, bytes):  # None: nothing to decode
                payload = str(part.get_payload() or "").encode("utf-8", "replace")
            if filename or "attachment" in disposition:
                name = _header_text(filename) if filename else "attachment"
                atts.append(Attachment(name[:255] or "attachment", ctype[:120], bytes(payload)))
                continue
            if ctype == "text/plain" and text is None:
                text = _bytes_to_text(payload, part.get_content_charset())
            elif ctype == "text/html" and html is None:
                html = _bytes_to_text(payload, part.get_content_charset())
        except Exception:  # one broken part must not lose the others
            continue
    return text, html, atts


def parse(raw: bytes) -> InboundMail:
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    ids = _msgids(msg.get("Message-ID"))
    message_id = ids[0] if ids else f"<sha256-{hashlib.sha256(raw).hexdigest()[:40]}@shequn.local>"
    name, addr = parseaddr(_header_text(msg.get("From")))
    to_addrs = tuple(
        a.lower()
        for _, a in getaddresses(
            [_header_text(msg.get(h)) for h in ("To", "Cc", "Delivered-To") if msg.get(h)]
        )
        if a
    )
    text, html, atts = _walk(msg)
    safe_html = sanitize_html(html) if html else None
    if text is None:
        text = html_to_text(safe_html) if safe_html else ""
    replies = _msgids(msg.get("In-Reply-To"))
    auto = (msg.get("Auto-Submitted") or "no").lower() != "no" or bool(
        msg.get("X-Autoreply") or msg.get("X-Autorespond")
    )
    return InboundMail(
        message_id=message_id[:255],
        from_name=name.strip(),
        from_addr=addr.strip().lower(),
        to_addrs=to_addrs,
        subject=_header_text(msg.get("Subject"))[:300],
        date=_date(msg.get("Date")),
        text=text[:MAX_TEXT].replace("\r\n", "\n").replace("\x00", ""),
        html=safe_html,
        has_remote_images=bool(safe_html and has_remote_images(safe_html)),
        in_reply_to=replies[0][:255] if replies else None,
        references=tuple(_msgids(msg.get("References"))),
        attachments=tuple(atts),
        auto_submitted=auto,
    )


def new_text(text: str) -> str:
    """The part of a reply the member wrote: quoted history and signatures cut off."""
    kept: list[str] = []
    for line in text.splitlines():
        stripped = line.strip()
        if _QUOTE_START.match(stripped):
            break
        if stripped in ("--", "-- "):
            break
        kept.append(line)
    return "\n".join(kept).strip()


def wants_unsubscribe(mail: InboundMail, unsubscribe_mailboxes: frozenset[str]) -> str | None:
    """Why this mail is an unsubscribe request ("mailto" / "reply"), or None."""
    if mail.auto_submitted:
        return None
    subject = mail.subject.strip().lower()
    dedicated = unsubscribe_mailboxes & set(mail.to_addrs)
    if subject.startswith("unsubscribe") and (dedicated or not mail.in_reply_to):
        return "mailto"
    body = new_text(mail.text)
    if chat_wants_unsubscribe(body):
        return "reply"
    bare_subject = re.sub(r"^(re|回复|答复)\s*[:：]\s*", "", subject, flags=re.I)
    if not body and _UNSUB_ONLY.match(bare_subject):
        return "reply"
    return None


def chat_wants_unsubscribe(body: str) -> bool:
    """A chat message (or a mail body without quotes) asking to stop marketing: "TD",
    "退订", or a short message containing an unsubscribe word."""
    body = body.strip()
    if not body:
        return False
    return bool(_UNSUB_ONLY.match(body)) or (
        len(body) <= SHORT_REPLY and _UNSUB_WORD.search(body) is not None
    )
