"""A thread's messages as HTML for its ``QTextBrowser``: one bubble per message, with its
attachments, what became of its delivery and whether remote pictures are blocked.

The texts keep the ``ThreadView`` translation context: they are the thread's words.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.domain.enums import DeliveryStatus, MessageDirection
from desktop.domain.inbox.inbound_mail import block_remote_images
from desktop.services.inbox import MessageRow
from desktop.ui.common.times import short_text
from desktop.ui.inbox.remote_images import remote_image_urls
from desktop.ui.outbox.labels import reason_text, setup_account_text

BUBBLE = {
    MessageDirection.INBOUND: ("#f1f3f4", "left"),
    MessageDirection.OUTBOUND: ("#d2e3fc", "right"),
    MessageDirection.NOTE: ("#fef7e0", "left"),
}


def message_html(
    m: MessageRow, who: str, tz: str | None, show_images: set[int], wanted: list[str]
) -> str:
    """One message as the thread shows it, ``who`` wrote it; the remote pictures to fetch
    (of messages in ``show_images``) are added to ``wanted``."""
    color, align = BUBBLE[m.direction]
    when = short_text(m.sent_at, tz, QLocale())
    if m.event == "unsubscribe":
        text = QCoreApplication.translate("ThreadView", "The member unsubscribed (%1).")
        return (
            f"<p align='center' style='color:#b00020'>{html.escape(text.replace('%1', when))}</p>"
        )
    if m.body_html and m.direction == MessageDirection.INBOUND:
        if m.id in show_images:
            body = m.body_html
            wanted += remote_image_urls(m.body_html)
        else:
            body = block_remote_images(m.body_html)
    else:
        body = html.escape(m.body_text).replace("\n", "<br>")
    extra: list[str] = []
    if m.has_remote_images and m.id not in show_images:
        extra.append(
            f"<a href='images:{m.id}'>"
            + html.escape(
                QCoreApplication.translate("ThreadView", "Remote images are blocked. Show them")
            )
            + "</a>"
        )
    for a in m.attachments:
        extra.append(f"📎 <a href='attachment:{a.id}'>{html.escape(a.filename)}</a> ({a.size:,} B)")
    state = delivery_text(m, tz)
    if state:
        color_of_state = "#b00020" if m.waiting_reason else "#5f6368"
        extra.append(f"<span style='color:{color_of_state}'>{html.escape(state)}</span>")
    if m.waiting_for_account and m.waiting_channel is not None:
        extra.append(
            f"<a href='accounts:{m.waiting_channel}'>"
            + html.escape(setup_account_text(m.waiting_channel))
            + "</a>"
        )
    if m.is_feedback:
        extra.append(html.escape(QCoreApplication.translate("ThreadView", "Counted as feedback")))
    tail = "".join(f"<br><small>{e}</small>" for e in extra)
    return (
        f"<table width='100%' cellspacing='0' cellpadding='0'><tr><td align='{align}'>"
        f"<table cellpadding='8' style='background:{color}; margin:4px'>"
        f"<tr><td><span style='color:#5f6368; font-size:small'>{html.escape(who)} · {when}"
        f"</span><br>{body}{tail}</td></tr></table></td></tr></table>"
    )


def delivery_text(m: MessageRow, tz: str | None) -> str:
    """What became of a reply's delivery, and why it waits."""
    if m.delivery_status is None:
        return ""
    if m.waiting_reason and m.delivery_status == DeliveryStatus.PENDING:
        why = reason_text(m.waiting_reason, tz)
        return QCoreApplication.translate("ThreadView", "Not sent yet: %1").replace("%1", why)
    text = {
        DeliveryStatus.PENDING: QCoreApplication.translate("ThreadView", "Queued"),
        DeliveryStatus.CLAIMED: QCoreApplication.translate("ThreadView", "Sending…"),
        DeliveryStatus.SENT: QCoreApplication.translate("ThreadView", "Sent"),
        DeliveryStatus.FAILED: QCoreApplication.translate("ThreadView", "Failed"),
        DeliveryStatus.CANCELLED: QCoreApplication.translate("ThreadView", "Cancelled"),
        DeliveryStatus.MANUAL_TODO: QCoreApplication.translate("ThreadView", "To post by hand"),
        DeliveryStatus.AWAITING: QCoreApplication.translate(
            "ThreadView", "Waiting for confirmation"
        ),
    }[m.delivery_status]
    if m.delivery_error and m.delivery_status == DeliveryStatus.FAILED:
        text += f": {m.delivery_error}"
    return text
