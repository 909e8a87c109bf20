"""The inbox queue's SELECT, built once per filter shape (the kind of read, the sort, which
filter conditions apply, whether a cursor continues a page, the limit).

Values always come in as named bind parameters, so ``QueueService`` can cache one statement
per shape (and on SQLite compile it once); ``filter_shape`` and ``filter_values`` split a
``QueueFilter`` into those two halves.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    String,
    and_,
    bindparam,
    case,
    func,
    literal,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import QueryableAttribute

from desktop.domain.enums import Priority
from desktop.services.inbox.types import FAR_FUTURE, LABEL_SEP, QueueFilter, QueueSort
from desktop.store.base import UTCDateTime
from desktop.store.models import Conversation, Label, Member, Operator, conversation_labels

# A SELECT of any number and kind of columns (the queue page, the settings, the zone).
AnySelect = Select[*tuple[Any, ...]]

RANK = case(
    (Conversation.priority == Priority.URGENT, 0),
    (Conversation.priority == Priority.IMPORTANT, 1),
    else_=2,
)


def row_columns(is_sqlite: bool) -> list[ColumnElement[Any] | QueryableAttribute[Any]]:
    """The queue row's columns, in ``ConversationRow`` order.

    Times are read as text (``type_coerce``) so SQLAlchemy does not parse 100 of them per
    page; ``ConversationRow`` parses the few that are shown.
    """
    c = Conversation
    cl = conversation_labels.c
    agg = func.group_concat if is_sqlite else func.string_agg
    labels = (
        select(agg(Label.name, LABEL_SEP))
        .select_from(conversation_labels.join(Label, Label.id == cl.label_id))
        .where(cl.conversation_id == c.id)
        .scalar_subquery()
    )
    return [
        c.id,
        c.member_id,
        Member.display_name,
        c.channel,
        c.subject,
        c.status,
        c.priority,
        type_coerce(c.last_message_at, String),
        c.last_preview,
        c.unread,
        c.assignee_id,
        Operator.name,
        type_coerce(c.waiting_since, String),
        type_coerce(c.snoozed_until, String),
        labels,
    ]


def queue_statement(shape: tuple[Any, ...], is_sqlite: bool) -> AnySelect:
    """The SELECT for one filter shape; values come in as named bind parameters.

    ``shape`` is (kind, sort, the six ``filter_shape`` flags, has a cursor, limit).
    """
    kind, sort, cursor, limit = shape[0], shape[1], shape[8], shape[9]
    c = Conversation
    stmt = (
        select(*row_columns(is_sqlite))
        .join(Member, Member.id == c.member_id)
        .outerjoin(Operator, Operator.id == c.assignee_id)
    )
    if kind == "one":
        return stmt.where(c.id == bindparam("conv_id", type_=Integer))
    if kind == "ids":  # the filter, no order, no limit: rows the live feed named
        return _narrowed(stmt, *shape[2:8]).where(c.id.in_(bindparam("ids", expanding=True)))
    stmt = _narrowed(stmt.limit(limit), *shape[2:8])
    cur_id = bindparam("cur_id", type_=Integer)
    cur_last = bindparam("cur_last", type_=UTCDateTime())
    if sort == QueueSort.WAITING:
        # Typed, so the constant is stored-format text like the column, not Python's str().
        waiting = func.coalesce(c.waiting_since, literal(FAR_FUTURE, UTCDateTime()))
        stmt = stmt.order_by(waiting.asc(), c.id.asc())
        if cursor:
            w = bindparam("cur_wait", type_=UTCDateTime())
            stmt = stmt.where(or_(waiting > w, and_(waiting == w, c.id > cur_id)))
    elif sort == QueueSort.PRIORITY:
        stmt = stmt.order_by(RANK.asc(), c.last_message_at.desc(), c.id.desc())
        if cursor:
            rank = bindparam("cur_rank", type_=Integer)
            stmt = stmt.where(
                or_(
                    rank < RANK,
                    and_(rank == RANK, c.last_message_at < cur_last),
                    and_(rank == RANK, c.last_message_at == cur_last, c.id < cur_id),
                )
            )
    else:
        stmt = stmt.order_by(c.last_message_at.desc(), c.id.desc())
        if cursor:
            stmt = stmt.where(
                or_(
                    c.last_message_at < cur_last,
                    and_(c.last_message_at == cur_last, c.id < cur_id),
                )
            )
    return stmt


def filter_shape(flt: QueueFilter) -> tuple[bool, bool, bool, bool, bool, bool]:
    """Which of the filter's conditions apply: part of a cached statement's key."""
    return (
        flt.status is not None,
        flt.assignee_id is not None,
        flt.unassigned,
        flt.urgent,
        flt.label_id is not None,
        flt.channel is not None,
    )


def filter_values(flt: QueueFilter) -> dict[str, Any]:
    values: dict[str, Any] = {}
    if flt.status is not None:
        values["f_status"] = flt.status
    if flt.assignee_id is not None:
        values["f_assignee"] = flt.assignee_id
    if flt.channel is not None:
        values["f_channel"] = flt.channel
    if flt.label_id is not None:
        values["f_label"] = flt.label_id
    return values


def _narrowed(
    stmt: AnySelect,
    status: bool,
    assignee: bool,
    unassigned: bool,
    urgent: bool,
    label: bool,
    channel: bool,
) -> AnySelect:
    """The filter's conditions, values left as named bind parameters."""
    c = Conversation
    if status:
        stmt = stmt.where(c.status == bindparam("f_status", type_=String))
    if assignee:
        stmt = stmt.where(c.assignee_id == bindparam("f_assignee", type_=Integer))
    if unassigned:
        stmt = stmt.where(c.assignee_id.is_(None))
    if urgent:
        stmt = stmt.where(c.priority == Priority.URGENT)
    if channel:
        stmt = stmt.where(c.channel == bindparam("f_channel", type_=String))
    if label:
        cl = conversation_labels.c
        stmt = stmt.where(
            c.id.in_(
                select(cl.conversation_id).where(cl.label_id == bindparam("f_label", type_=Integer))
            )
        )
    return stmt
