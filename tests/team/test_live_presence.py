"""Presence and collisions in the inbox (issue 18, part 3), two clients on PostgreSQL.

Who views and who types is seen by the other client (not by oneself); a reply a teammate
sent after the operator last read the thread is found before sending; taking a
conversation someone else had leaves them a notice.
"""

from __future__ import annotations

from datetime import timedelta

from desktop.domain.enums import MessageDirection
from desktop.services.live import LiveIdentity, PresenceService
from desktop.services.team.teammates import TeammateService
from desktop.store.base import utcnow
from desktop.store.db import Database
from desktop.store.models import Conversation, Member, Message


def _thread(db: Database) -> int:
    with db.write() as s:
        m = Member(display_name="李雷")
        s.add(m)
        s.flush()
        c = Conversation(member_id=m.id, subject="退款问题")
        s.add(c)
        s.flush()
        s.add(Message(conversation_id=c.id, direction=MessageDirection.INBOUND, body_text="你好"))
        return c.id


def test_each_client_sees_the_other_viewing_then_typing(pg_db: Database) -> None:
    conv = _thread(pg_db)
    keke = PresenceService(pg_db, LiveIdentity("client-keke", "陈可乐"))
    ming = PresenceService(pg_db, LiveIdentity("client-ming", "王小明"))
    keke.here(conv)
    ming.here(conv)
    assert [(p.name, p.typing) for p in keke.others(conv)] == [("王小明", False)]
    ming.here(conv, typing=True)
    assert [(p.name, p.typing) for p in keke.others(conv)] == [("王小明", True)]
    assert [p.name for p in ming.others(conv)] == ["陈可乐"]
    ming.leave(conv)
    assert keke.others(conv) == []


def test_a_teammates_reply_since_reading_is_found_and_taking_leaves_a_notice(
    pg_db: Database,
) -> None:
    conv = _thread(pg_db)
    team = TeammateService(pg_db)
    keke_id, ming_id = team.add("陈可乐"), team.add("王小明")
    keke = PresenceService(pg_db, LiveIdentity("client-keke", "陈可乐"))
    seen = keke.last_message_id(conv)
    assert keke.replies_since(conv, seen, keke_id) == []
    with pg_db.write() as s:
        s.add(
            Message(
                conversation_id=conv,
                direction=MessageDirection.OUTBOUND,
                author_operator_id=ming_id,
                body_text="已经帮您退款了",
            )
        )
    crossed = keke.replies_since(conv, seen, keke_id)
    assert [(r.author, r.body) for r in crossed] == [("王小明", "已经帮您退款了")]

    before = utcnow() - timedelta(seconds=1)
    ming = PresenceService(pg_db, LiveIdentity("client-ming", "王小明"))
    ming.take(conv, ming_id)  # nobody had it: nobody to tell
    taken = keke.take(conv, keke_id)
    assert taken.previous_id == ming_id
    notices = ming.notices_for(ming_id, before)
    assert [(n.conversation_id, n.by_name, n.subject) for n in notices] == [
        (conv, "陈可乐", "退款问题")
    ]
    assert keke.notices_for(keke_id, before) == []
    with pg_db.read() as s:
        assert s.get(Conversation, conv).assignee_id == keke_id  # type: ignore[union-attr]
