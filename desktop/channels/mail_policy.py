"""The email policy our messages are built with: the standard library's ``EmailPolicy``
(same bytes on the wire), except that each distinct header is parsed and folded once.

Building and flattening a message spends most of its time parsing and re-folding headers
(``email.headerregistry``); in a campaign, From, Subject, List-Unsubscribe and the MIME
part headers repeat on every one of thousands of mails. Header objects are immutable, so
sharing them between messages is safe.
"""

from __future__ import annotations

import io
from email.generator import BytesGenerator
from email.message import EmailMessage
from email.policy import EmailPolicy
from typing import Any

import aiosmtplib
from aiosmtplib.email import extract_recipients, extract_sender

MAX_ENTRIES = 4096
# Headers whose value is a list of <URI>s (RFC 2369): the standard folding turns a long one
# into encoded words, which no mail client reads as links; they fold at ", " instead.
URI_LIST_HEADERS = frozenset(
    {"list-unsubscribe", "list-help", "list-subscribe"}
)  # a campaign's repeated headers; unique ones (To, Message-ID) churn

_parsed: dict[tuple[str, str], tuple[str, Any]] = {}
_folded: dict[tuple[Any, ...], Any] = {}


def _remember(cache: dict[Any, Any], key: Any, value: Any) -> None:
    if len(cache) >= MAX_ENTRIES:
        cache.clear()  # cheaper than LRU bookkeeping; the repeated headers come straight back
    cache[key] = value


_max_counts: dict[str, int | None] = {}


class CachedHeaderPolicy(EmailPolicy):
    def header_max_count(self, name: str) -> int | None:
        # The registry builds a new header class on every lookup; the answer never changes.
        key = name.lower()
        if key not in _max_counts:
            _max_counts[key] = super().header_max_count(name)
        return _max_counts[key]

    def header_store_parse(self, name: str, value: Any) -> tuple[str, Any]:
        if type(value) is not str:
            return super().header_store_parse(name, value)
        key = (name, value)
        hit = _parsed.get(key)
        if hit is None:
            hit = super().header_store_parse(name, value)
            _remember(_parsed, key, hit)
        return hit

    def _fold(self, name: str, value: Any, refold_binary: bool = False) -> Any:
        text = str(value)
        if name.lower() in URI_LIST_HEADERS and text.isascii() and "\n" not in text:
            return (
                f"{name}: "
                + f",{self.linesep} ".join(part.strip() for part in text.split(","))
                + self.linesep
            )
        key = (
            name,
            type(value) is str,
            str(value),
            refold_binary,
            self.linesep,
            self.utf8,
            self.max_line_length,
            self.refold_source,
            self.cte_type,
        )
        hit = _folded.get(key)
        if hit is None:
            hit = super()._fold(name, value, refold_binary)  # type: ignore[misc]
            _remember(_folded, key, hit)
        return hit


POLICY = CachedHeaderPolicy()


def flatten(em: EmailMessage, *, utf8: bool, cte_type: str) -> bytes:
    """The bytes aiosmtplib's ``flatten_message`` makes (``email.policy.SMTP`` is the
    default policy with CRLF), with the cached headers. ``em`` never has a Bcc."""
    out = io.BytesIO()
    policy = POLICY.clone(linesep="\r\n", utf8=utf8, cte_type=cte_type)
    BytesGenerator(out, policy=policy).flatten(em)
    return out.getvalue()


async def send_email(smtp: aiosmtplib.SMTP, em: EmailMessage) -> None:
    """``smtp.send_message(em)`` as aiosmtplib does it (sender and recipients from the
    headers, SMTPUTF8 and 8BITMIME as the server offers them), flattened with ``POLICY``."""
    sender = extract_sender(em)
    recipients = extract_recipients(em)
    if sender is None or not recipients:
        raise ValueError("the message has no From or no recipient")
    if smtp.is_ehlo_or_helo_needed:
        try:
            await smtp.ehlo()
        except aiosmtplib.SMTPHeloError:
            if not smtp.is_connected:
                raise
            await smtp.helo()
    options: list[str] = []
    utf8 = not (sender.isascii() and all(r.isascii() for r in recipients))
    if utf8:
        if not smtp.supports_extension("smtputf8"):
            raise aiosmtplib.SMTPNotSupported(
                "An address containing non-ASCII characters was provided, but SMTPUTF8 is "
                "not supported by this server"
            )
        options.append("SMTPUTF8")
    cte_type = "7bit"
    if smtp.supports_extension("8BITMIME"):
        options.append("BODY=8BITMIME")
        cte_type = "8bit"
    data = flatten(em, utf8=utf8, cte_type=cte_type)
    await smtp.sendmail(sender, recipients, data, mail_options=options)


__all__ = ["POLICY", "CachedHeaderPolicy", "flatten", "send_email"]
