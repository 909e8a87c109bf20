"""Message a segment from the Members tab: one email DM per member, counted."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.domain.enums import ConsentPurpose, DeliveryKind
from desktop.domain.members.segments import SegmentFilter
from desktop.services.container import Services
from desktop.services.members.segment_messages import delivery_key
from desktop.services.members.service import MemberDraft
from desktop.store.models import Delivery
from desktop.ui.members.message_dialog import SegmentMessageDialog
from desktop.ui.members.tab import MembersTab


def test_message_segment_queues_one_dm_per_member_with_email(
    qtbot: QtBot, services: Services
) -> None:
    a = services.members.save(MemberDraft(name="甲", email="a@example.com", tags=["咖啡"]))
    services.members.save(MemberDraft(name="乙", wechat="yi_wx", tags=["咖啡"]))
    services.members.save(MemberDraft(name="丙", email="c@example.com", tags=["茶"]))
    sid = services.segments.save("咖啡客", SegmentFilter(tags=("咖啡",)))
    tab = MembersTab(services)
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    tab.segments.reload(sid)
    tab.segments.set_filter(services.segments.get(sid).filter, sid)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)
    assert tab.message_button.text() == "Message segment…"

    qtbot.mouseClick(tab.message_button, Qt.MouseButton.LeftButton)
    dialog = tab.member_actions.dialog
    assert isinstance(dialog, SegmentMessageDialog) and dialog.isVisible()
    assert "咖啡客" in dialog.target_label.text()
    assert "2 members, 1 without an email address" in dialog.target_label.text()
    assert not dialog.send_button.isEnabled()  # nothing written yet

    dialog.subject_edit.setText("新品")
    dialog.body_edit.setPlainText("{name} 你好 {nmae}")
    assert not dialog.send_button.isEnabled()
    assert dialog.body_problem.isVisibleTo(dialog)
    dialog.body_edit.setPlainText("{name} 你好，本周新品上架。")
    assert not dialog.body_problem.isVisibleTo(dialog)
    dialog.purpose_combo.setCurrentIndex(dialog.purpose_combo.findData(ConsentPurpose.SERVICE))
    assert dialog.send_button.isEnabled()
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)

    assert dialog.result_ is not None
    assert (dialog.result_.queued, dialog.result_.no_email) == (1, 1)
    assert "1 messages queued" in dialog.result_label.text()
    assert "1 members have no email address" in tab.status_label.text()
    assert not dialog.send_button.isEnabled()  # one campaign, sent once
    with services.db.read() as s:
        rows = list(s.scalars(select(Delivery)))
    assert len(rows) == 1
    d = rows[0]
    assert d.kind == DeliveryKind.DM and d.member_id == a
    assert d.purpose == ConsentPurpose.SERVICE and d.template_values == {"name": "甲"}
    assert d.idempotency_key == delivery_key(dialog.campaign_id, a)
    # Sending the same campaign again (e.g. from code after a retry) adds nothing.
    assert dialog.send() is not None and dialog.result_.queued == 0
    dialog.close()
