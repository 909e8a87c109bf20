"""Turning a claimed outbox row into the message a channel sends.

A row normally carries its final text. A row with ``template_values`` is rendered here,
strictly: a template that no longer renders (a variable removed since it was planned)
raises ``RenderProblem`` and fails only that delivery. Marketing messages get an
unsubscribe line (D6) unless the text already carries the link.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from urllib.parse import quote

from desktop.channels.base import OutgoingMessage, Unsubscribe
from desktop.channels.mail_message import unsubscribe_token
from desktop.domain.chat.format import chat_html
from desktop.domain.enums import ChannelKind, ConsentPurpose
from desktop.domain.templates import TemplateError, render
from desktop.services.sending.batch_types import ClaimedItem, MemberContext, WorkspaceInfo

# Filled in at send time from the member and workspace; callers need not supply them.
AUTO_VARIABLES: tuple[str, ...] = ("name", "brand", "unsubscribe")
# Channels that show a formatted body next to the plain one.
CHAT_CHANNELS = frozenset({ChannelKind.MATRIX})


class RenderProblem(Exception):
    pass


@dataclass(frozen=True)
class UnsubscribeTargets:
    mailto_address: str | None  # the account's opt-out mailbox
    url_base: str | None  # the workspace's unsubscribe page


def unsubscribe_for(key: str, targets: UnsubscribeTargets) -> Unsubscribe | None:
    token = unsubscribe_token(key)
    mailto = (
        f"mailto:{targets.mailto_address}?subject={quote('unsubscribe ' + token)}"
        if targets.mailto_address
        else None
    )
    url = None
    if targets.url_base:
        base = targets.url_base
        if "{token}" in base:
            url = base.replace("{token}", token)
        else:
            url = f"{base}{'&' if '?' in base else '?'}token={token}"
    if mailto is None and url is None:
        return None
    return Unsubscribe(mailto=mailto, url=url)


def render_message(
    item: ClaimedItem,
    member: MemberContext | None,
    workspace: WorkspaceInfo,
    targets: UnsubscribeTargets,
) -> OutgoingMessage:
    unsub = unsubscribe_for(item.key, targets) if item.purpose == ConsentPurpose.MARKETING else None
    link = (unsub.url or unsub.mailto or "") if unsub else ""
    subject, text, html = item.subject, item.body, item.body_html
    if item.template_values is not None:
        values = {
            "name": member.name if member else "",
            "brand": workspace.brand,
            "unsubscribe": link,
            **{k: str(v) for k, v in item.template_values.items()},
        }
        try:
            subject = render(subject, values, strict=True) if subject else ""
            text = render(text, values, strict=True)
            html = render(html, values, strict=True) if html else html
        except TemplateError as exc:
            raise RenderProblem(f"template no longer renders: {exc}") from exc
    if unsub is not None and link and link not in text:
        text = f"{text.rstrip()}\n\n——\n退订 / Unsubscribe: {link}\n"
        if html:
            anchor = f'<a href="{escape(link)}">Unsubscribe</a>'
            html = f'{html}\n<p style="font-size:small">退订 / {anchor}</p>'
    if html is None and item.channel in CHAT_CHANNELS:
        html = chat_html(text)
    return OutgoingMessage(
        delivery_id=item.id,
        idempotency_key=item.key,
        recipient=item.recipient,
        subject=subject,
        text=text,
        html=html,
        purpose=item.purpose,
        unsubscribe=unsub,
        in_reply_to=item.in_reply_to,
        references=item.references,
        attachments=item.attachments,
    )
