"""The demo workspace's DM campaigns (D8): a running lottery with entries and a survey
with answers, so the Campaigns dialog shows what it is for on first start."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain import campaigns as rules
from desktop.domain.campaigns import CampaignKind, CampaignStatus, EntryState
from desktop.domain.enums import MessageDirection
from desktop.store.models import Conversation, DmCampaign, DmCampaignEntry, Message

QUESTIONS = (
    "你最常点哪款？|拿铁|美式|手冲|冷萃\n多久来一次门店？|每天|每周|每月\n还想喝到什么新品？"
)
IDEAS = ["桂花拿铁", "燕麦奶可以免费换吗", "想要低因", "冬天出点热巧", "无", "再来点单品豆"]


def demo_campaigns(s: Session, rng: random.Random, now: datetime) -> None:
    latest = s.execute(
        select(Conversation.id, Conversation.member_id, Conversation.channel)
        .join(Message, Message.conversation_id == Conversation.id)
        .where(Message.direction == MessageDirection.INBOUND)
        .group_by(Conversation.id, Conversation.member_id, Conversation.channel)
        .limit(14)
    ).all()
    lottery = DmCampaign(
        kind=CampaignKind.LOTTERY,
        name="圣诞节抽奖：送手冲礼盒",
        keyword="抽奖",
        status=CampaignStatus.OPEN,
        intro="{name}，已为你登记「{campaign}」，12 月 25 日开奖，中奖会在这里通知你～",
        winners_wanted=3,
        winner_text="恭喜{name}在「{campaign}」中奖！请回复收件地址，我们尽快寄出。",
        ends_at=now + timedelta(days=30),
    )
    survey = DmCampaign(
        kind=CampaignKind.SURVEY,
        name="冬季新品口味调查",
        keyword="问卷",
        status=CampaignStatus.OPEN,
        intro="谢谢{name}！花一分钟回答几个问题：",
        questions=QUESTIONS,
    )
    s.add_all([lottery, survey])
    s.flush()
    questions, _ = rules.parse_questions(QUESTIONS)
    for n, (conv_id, member_id, channel) in enumerate(latest):
        at = now - timedelta(hours=rng.randint(1, 96))
        common = {"member_id": member_id, "conversation_id": conv_id, "channel": channel}
        s.add(
            DmCampaignEntry(
                campaign_id=lottery.id,
                dedupe_key=f"m{member_id}",
                state=EntryState.ENTERED,
                text=rng.choice(["抽奖", "我要抽奖！", "参加抽奖"]),
                created_at=at,
                **common,
            )
        )
        if n % 2:
            continue
        # Spread over the options, so the counts per option look like a real survey's.
        answers = [
            q.options[(n // 2 + i + rng.randrange(2)) % len(q.options)]
            if q.options
            else rng.choice(IDEAS)
            for i, q in enumerate(questions)
        ]
        done = n % 6 != 4
        s.add(
            DmCampaignEntry(
                campaign_id=survey.id,
                dedupe_key=f"m{member_id}",
                state=EntryState.ANSWERED if done else EntryState.AWAITING_ANSWERS,
                text="问卷",
                answers={"answers": answers if done else [None] * len(answers), "problems": []},
                created_at=at,
                **common,
            )
        )
