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
from desktop.services.member_pages.links import MemberLinks
from desktop.services.sending.batch_types import Batch, ClaimedItem, MemberContext, WorkspaceInfo

# Filled in at send time from the member and workspace; callers need not supply them.
AUTO_VARIABLES: tuple[str, ...] = (
    "name",
    "brand",
    "unsubscribe",
    "center_link",
    "preferences_link",
)
# The member's own links (member pages). Producers that render early pass these through as
# ``{name}`` (``LINK_PASSTHROUGH``) and they are filled here, per member, at send time.
LINK_VARIABLES: tuple[str, ...] = ("center_link", "preferences_link", "unsubscribe")
LINK_PASSTHROUGH: dict[str, str] = {name: "{" + name + "}" for name in LINK_VARIABLES}
# Channels read in a chat app (WeChat's own browser among them, where a long signed link
# breaks or scares): their messages carry the short /s/<code> links. Mail keeps the signed
# ones (List-Unsubscribe needs the real one-click link). MANUAL is what an operator pastes
# into WeChat by hand.
CHAT_CHANNELS = frozenset(
    {
        ChannelKind.MATRIX,
        ChannelKind.TELEGRAM,
        ChannelKind.WECHAT_KF,
        ChannelKind.WECOM,
        ChannelKind.WEBHOOK,
        ChannelKind.MANUAL,
    }
)
# Channels that show a formatted body next to the plain one.
FORMATTED_CHANNELS = frozenset({ChannelKind.MATRIX})


class RenderProblem(Exception):
    pass


@dataclass(frozen=True)
class UnsubscribeTargets:
    mailto_address: str | None  # the account's opt-out mailbox
    url_base: str | None  # the workspace's unsubscribe page


def unsubscribe_for(
    key: str, targets: UnsubscribeTargets, links: MemberLinks | None = None
) -> Unsubscribe | None:
    token = unsubscribe_token(key)
    mailto = (
        f"mailto:{targets.mailto_address}?subject={quote('unsubscribe ' + token)}"
        if targets.mailto_address
        else None
    )
    url = None
    if links is not None:  # the member's own one-click link (RFC 8058), served by the worker
        url = links.unsubscribe
    elif targets.url_base:
        base = targets.url_base
        if "{token}" in base:
            url = base.replace("{token}", token)
        else:
            url = f"{base}{'&' if '?' in base else '?'}token={token}"
    if mailto is None and url is None:
        return None
    return Unsubscribe(mailto=mailto, url=url)


def member_links_for(item: ClaimedItem, batch: Batch) -> MemberLinks | None:
    """The links a delivery carries: a chat line the short ones, mail the signed ones."""
    if item.member_id is None:
        return None
    own = batch.short_links if item.channel in CHAT_CHANNELS else batch.links
    return own.get(item.member_id)


def _link_values(links: MemberLinks | None, unsubscribe: str) -> dict[str, str]:
    if links is None:
        return {"center_link": "", "preferences_link": "", "unsubscribe": unsubscribe}
    return {
        "center_link": links.center,
        "preferences_link": links.preferences,
        "unsubscribe": links.unsubscribe,
    }


def _fill_links(text: str, values: dict[str, str], html: bool) -> str:
    """Fill the placeholders an early render passed through (welcome steps, campaign
    texts, replies); without a member (a group post) they become empty, never literal."""
    if "{" not in text:
        return text
    for name in LINK_VARIABLES:
        placeholder = "{" + name + "}"
        if placeholder in text:
            value = values.get(name, "")
            text = text.replace(placeholder, escape(value) if html else value)
    return text


def render_message(
    item: ClaimedItem,
    member: MemberContext | None,
    workspace: WorkspaceInfo,
    targets: UnsubscribeTargets,
    links: MemberLinks | None = None,
) -> OutgoingMessage:
    marketing = item.purpose == ConsentPurpose.MARKETING
    unsub = unsubscribe_for(item.key, targets, links) if marketing else None
    link = (unsub.url or unsub.mailto or "") if unsub else ""
    own = _link_values(links, link)
    subject, text, html = item.subject, item.body, item.body_html
    if item.template_values is not None:
        values = {
            "name": member.name if member else "",
            "brand": workspace.brand,
            **own,
            **{k: str(v) for k, v in item.template_values.items()},
            # A real link wins over a producer's fallback text ("reply TD to unsubscribe").
            **{k: v for k, v in own.items() if v},
        }
        try:
            subject = render(subject, values, strict=True) if subject else ""
            text = render(text, values, strict=True)
            html = render(html, values, strict=True) if html else html
        except TemplateError as exc:
            raise RenderProblem(f"template no longer renders: {exc}") from exc
    subject, text = _fill_links(subject, own, False), _fill_links(text, own, False)
    html = _fill_links(html, own, True) if html else html
    if unsub is not None and link and link not in text:
        text = f"{text.rstrip()}\n\n——\n退订 / Unsubscribe: {link}\n"
        if links is not None:
            text += f"偏好设置 / Preferences: {links.preferences}\n"
        if html:
            anchor = f'<a href="{escape(link)}">Unsubscribe</a>'
            if links is not None:
                anchor += f' · <a href="{escape(links.preferences)}">偏好设置 / Preferences</a>'
            html = f'{html}\n<p style="font-size:small">退订 / {anchor}</p>'
    if html is None and item.channel in FORMATTED_CHANNELS:
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
