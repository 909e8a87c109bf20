"""Inbox → Campaigns…: a lottery typed into the form, refused while wrong, started, entered
by DM, drawn and exported; a survey's answers counted per option."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.domain.campaigns import CampaignKind, CampaignStatus
from desktop.domain.enums import MessageDirection
from desktop.services.container import Services
from desktop.store.models import Conversation, Message
from desktop.ui.inbox.campaigns_dialog import CampaignsDialog


def _inbound(services: Services, count: int) -> list[tuple[int, int]]:
    """(message id, member id) of the latest inbound message of ``count`` conversations."""
    with services.db.read() as s:
        rows = s.execute(
            select(Message.id, Conversation.member_id)
            .join(Conversation, Conversation.id == Message.conversation_id)
            .where(Message.direction == MessageDirection.INBOUND)
            .order_by(Message.id.desc())
        ).all()
    seen: dict[int, int] = {}
    for message_id, member_id in rows:
        seen.setdefault(member_id, message_id)
    return [(m, member) for member, m in list(seen.items())[:count]]


def test_a_lottery_from_the_form_to_the_draw(
    demo_services: Services, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = CampaignsDialog(demo_services.campaigns, demo_services.campaign_entries)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.new_campaign()
    form = dialog.form
    form.kind.setCurrentIndex(form.kind.findData(CampaignKind.LOTTERY))
    # Empty name and keyword: refused, with the reason under the form.
    assert not dialog.save_button.isEnabled()
    assert "Name" in dialog.problems.text() and "Keyword" in dialog.problems.text()
    form.name.setText("圣诞抽奖")
    form.keyword.setText("礼盒抽奖")
    form.intro.setPlainText("{nmae}，已登记")  # a typo in a variable
    assert not dialog.save_button.isEnabled()
    assert "unknown variable {nmae}" in dialog.problems.text()
    form.intro.setPlainText("{name}，已为你登记「{campaign}」")
    form.winners.setValue(2)
    assert dialog.save_button.isEnabled(), dialog.problems.text()
    dialog.status_button.click()  # saves what is on screen, then starts
    # The newest first, beside the demo's own lottery (keyword 抽奖) and survey.
    row = demo_services.campaigns.campaigns()[0]
    assert (row.name, row.status, row.draft.winners_wanted) == ("圣诞抽奖", CampaignStatus.OPEN, 2)
    assert not form.keyword.isEnabled() or form.keyword.isReadOnly()

    demo_lottery = next(c for c in demo_services.campaigns.campaigns() if c.draft.keyword == "抽奖")
    before = demo_lottery.entries
    people = _inbound(demo_services, 4)
    for message_id, member_id in people:
        demo_services.campaign_entries.on_message(message_id, member_id, "我要礼盒抽奖")
    dialog.refresh()
    assert dialog.entries_view.table.rowCount() == 4
    assert "4" in dialog.list.item(0).text()
    # "我要礼盒抽奖" also contains the demo lottery's "抽奖": the longer keyword wins.
    assert demo_services.campaigns.campaign(demo_lottery.id).entries == before

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    dialog.draw_button.click()
    winners = [e for e in dialog.entries_view.entries() if e.winner]
    assert len(winners) == 2
    assert all(w.member_name in shown[0] for w in winners)
    assert not dialog.draw_button.isEnabled()
    assert "seed" in dialog.entries_view.summary.text()
    bold = [
        dialog.entries_view.table.item(i, 0).font().bold()
        for i in range(dialog.entries_view.table.rowCount())
    ]
    assert sum(bold) == 2

    target = dialog.export(str(tmp_path / "抽奖.xlsx"))
    assert target is not None
    sheet = openpyxl.load_workbook(target).active
    values = list(sheet.values)
    assert values[0][:2] == ("Member", "Member ID") and len(values) == 5
    assert sum(1 for r in values[1:] if r[5]) == 2  # the winner column


def test_survey_answers_are_counted_per_option(demo_services: Services, qtbot: QtBot) -> None:
    from desktop.services.campaigns.service import CampaignDraft

    cid = demo_services.campaigns.save(
        CampaignDraft(
            kind=CampaignKind.SURVEY,
            name="口味调查",
            keyword="口味问卷",
            intro="谢谢{name}",
            questions="最常点？|拿铁|美式\n建议？",
            thanks_text="{name}，答卷收到啦！",
        )
    )
    demo_services.campaigns.set_status(cid, CampaignStatus.OPEN)
    entries = demo_services.campaign_entries
    people = _inbound(demo_services, 3)
    for (message_id, member_id), answer in zip(
        people, ["1A 2 好", "1B 2 无", "1A 2 多点"], strict=True
    ):
        entries.on_message(message_id, member_id, f"口味问卷 {answer}")
    dialog = CampaignsDialog(demo_services.campaigns, entries)
    qtbot.addWidget(dialog)
    tally = dialog.entries_view.tally
    assert not tally.isHidden()
    cells = [[tally.item(r, c).text() for c in range(3)] for r in range(tally.rowCount())]
    assert cells == [["最常点？", "拿铁", "2 (67%)"], ["", "美式", "1 (33%)"]]
    assert dialog.entries_view.table.horizontalHeaderItem(5).text() == "建议？"
    assert "3" in dialog.entries_view.summary.text()
    # The survey's own thank-you went to each member, with their name.
    from desktop.store.models import Delivery, Member

    with demo_services.db.read() as s:
        names = set(
            s.scalars(select(Member.display_name).where(Member.id.in_([m for _, m in people])))
        )
        bodies = set(s.scalars(select(Delivery.body).where(Delivery.body.like("%答卷收到啦%"))))
    assert bodies == {f"{n}，答卷收到啦！" for n in names}
    assert dialog.form.thanks.text() == "{name}，答卷收到啦！"


def test_a_running_survey_is_mailed_to_a_segment_from_the_dialog(
    demo_services: Services, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.domain.members.segments import SegmentFilter
    from desktop.services.campaigns.service import CampaignDraft
    from desktop.store.models import Delivery

    survey = CampaignDraft(
        kind=CampaignKind.SURVEY,
        name="门店体验",
        keyword="体验问卷",
        intro="谢谢{name}",
        questions="满意吗？|满意|一般",
    )
    cid = demo_services.campaigns.save(survey)
    segment = demo_services.segments.save("爱手冲", SegmentFilter(tags=("手冲咖啡",)))
    dialog = CampaignsDialog(
        demo_services.campaigns,
        demo_services.campaign_entries,
        invites=demo_services.survey_invites,
    )
    qtbot.addWidget(dialog)
    assert dialog.list.item(0).data(0x0100) == cid
    assert not dialog.invite_button.isHidden() and not dialog.invite_button.isEnabled()
    dialog.status_button.click()  # start it
    assert dialog.invite_button.isEnabled()
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    result = dialog.invite_flow.run(demo_services.campaigns.campaign(cid), segment)
    assert result is not None and result.invited > 0
    assert str(result.invited) in told[-1]
    with demo_services.db.read() as s:
        mails = s.scalars(select(Delivery).where(Delivery.idempotency_key.like("%survey-%"))).all()
    assert len(mails) == result.invited
    assert all("满意吗？" in m.body for m in mails)
    dialog.refresh(cid)
    assert dialog.entries_view.table.rowCount() == result.invited
