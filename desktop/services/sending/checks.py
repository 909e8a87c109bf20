"""Checks on a delivery before it enters the outbox, and an outbox row as the UI sees it."""

from __future__ import annotations

from functools import lru_cache

from desktop.domain.enums import ChannelKind, ConsentPurpose, DeliveryKind, DeliveryStatus
from desktop.domain.templates import TemplateError, render
from desktop.services.sending.outbox_types import NewDelivery, OutboxError, OutboxRow
from desktop.services.sending.render import AUTO_VARIABLES
from desktop.store.models import Delivery

KEY_MAX = 120


def to_row(d: Delivery) -> OutboxRow:
    first_line = (d.body or "").strip().splitlines()[0] if (d.body or "").strip() else ""
    return OutboxRow(
        id=d.id,
        kind=DeliveryKind(d.kind),
        channel=ChannelKind(d.channel),
        channel_account_id=d.channel_account_id,
        purpose=ConsentPurpose(d.purpose),
        member_id=d.member_id,
        group_id=d.group_id,
        recipient=d.recipient,
        subject=d.subject,
        preview=first_line[:200],
        due_at=d.due_at,
        next_attempt_at=d.next_attempt_at,
        status=DeliveryStatus(d.status),
        attempts=d.attempts,
        last_error=d.last_error,
        status_reason=d.status_reason,
        sent_at=d.sent_at,
        external_id=d.external_id,
        done_by=d.done_by,
    )


def validate_new(new: NewDelivery) -> None:
    if new.due_at.tzinfo is None:
        raise OutboxError("due_at must be timezone-aware")
    if not new.idempotency_key or len(new.idempotency_key) > KEY_MAX:
        raise OutboxError(f"idempotency_key must be 1..{KEY_MAX} characters")
    if new.member_id is None and new.group_id is None and not new.recipient:
        raise OutboxError("a delivery needs a member, a group or a recipient")
    if new.template_values is not None:
        keys = frozenset(AUTO_VARIABLES) | frozenset(new.template_values)
        for source in (new.subject, new.body, new.body_html or ""):
            problem = _render_problem(source, keys)
            if problem:
                raise OutboxError(f"template does not render: {problem}")


@lru_cache(maxsize=1024)
def _render_problem(source: str, keys: frozenset[str]) -> str | None:
    """Whether a template renders depends on its text and the names given, never on the
    values: a batch of thousands sharing one template is checked once."""
    try:
        render(source, dict.fromkeys(keys, ""), strict=True)
    except TemplateError as exc:
        return str(exc)
    return None
