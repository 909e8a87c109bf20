"""A WeChat conversation is an ordinary inbox conversation: search, labels, assignment,
reply-time waiting, keyword campaigns (D8)."""

from __future__ import annotations

from sqlalchemy import select

from desktop.domain.campaigns import CampaignKind, CampaignStatus
from desktop.services.campaigns.service import CampaignDraft
from desktop.services.inbox.types import QueueFilter
from desktop.store.models import DmCampaignEntry, KfSession, Operator

from .conftest import KfEnv


def test_search_labels_assignment_and_campaigns_work_on_wechat(kf_env: KfEnv) -> None:
    services = kf_env.services
    cid = services.campaigns.save(
        CampaignDraft(
            kind=CampaignKind.LOTTERY,
            name="周年庆抽奖",
            keyword="抽奖",
            intro="{name}，已为你登记「{campaign}」。",
            winners_wanted=1,
            winner_text="恭喜{name}！",
        )
    )
    services.campaigns.set_status(cid, CampaignStatus.OPEN)
    kf_env.user_says("wmOli", "我要参加抽奖")
    kf_env.user_says("wmPat", "拿铁还有燕麦奶的吗")
    kf_env.sync()
    with services.db.read() as s:
        conv = s.scalar(
            select(KfSession.conversation_id).where(KfSession.external_userid == "wmPat")
        )
        entries = list(s.scalars(select(DmCampaignEntry.member_id)))
    assert conv is not None
    assert len(entries) == 1  # the keyword entered the campaign, the question did not

    hits = services.inbox_search.search("燕麦奶")
    assert [h.conversation_id for h in hits] == [conv]

    row = services.inbox.queue.row(conv)
    assert row is not None and row.waiting_since is not None  # the reply-time clock runs
    services.inbox.thread.set_labels(conv, ["咖啡"])
    with services.db.write() as s:
        op = Operator(name="小王")
        s.add(op)
        s.flush()
        op_id = op.id
    services.inbox.thread.assign(conv, op_id)
    mine = services.inbox.queue.page(flt=QueueFilter(assignee_id=op_id))
    assert [r.id for r in mine.rows] == [conv]
    labelled = services.inbox.queue.row(conv)
    assert labelled is not None and list(labelled.labels) == ["咖啡"]
