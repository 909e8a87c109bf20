"""Which stored WeChat messages the inbound hooks need to see, decided once per page.

The welcome hook (W3 codes, W1 answers, W8 feedback) acts only for members enrolled in a
journey; the campaign hook only while a campaign is open or for members whose survey
answers are awaited. Asking that once per sync page instead of letting each hook look for
itself per message keeps a 1,000-message page at two queries instead of thousands.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sqlalchemy import select

from desktop.domain.campaigns import CampaignStatus, EntryState
from desktop.services.wechat_kf.ingest import KfInbound
from desktop.store.db import Database
from desktop.store.models import DmCampaign, DmCampaignEntry, Enrolment

PageHook = Callable[[Sequence[KfInbound]], None]


def _chunks(ids: list[int]) -> list[list[int]]:
    return [ids[i : i + 500] for i in range(0, len(ids), 500)]


def enrolled(db: Database, member_ids: set[int]) -> set[int]:
    out: set[int] = set()
    with db.read() as s:
        for chunk in _chunks(sorted(member_ids)):
            out.update(
                int(m)
                for m in s.scalars(
                    select(Enrolment.member_id).where(Enrolment.member_id.in_(chunk)).distinct()
                )
            )
    return out


def campaign_relevant(db: Database, member_ids: set[int]) -> set[int]:
    with db.read() as s:
        if s.scalar(select(DmCampaign.id).where(DmCampaign.status == CampaignStatus.OPEN).limit(1)):
            return set(member_ids)
        out: set[int] = set()
        for chunk in _chunks(sorted(member_ids)):
            out.update(
                int(m)
                for m in s.scalars(
                    select(DmCampaignEntry.member_id).where(
                        DmCampaignEntry.member_id.in_(chunk),
                        DmCampaignEntry.state == EntryState.AWAITING_ANSWERS,
                    )
                )
            )
    return out


def per_message(
    db: Database,
    relevant: Callable[[Database, set[int]], set[int]],
    hook: Callable[[KfInbound], None],
) -> PageHook:
    """A page hook calling ``hook`` for the messages of the members ``relevant`` keeps."""

    def run(page: Sequence[KfInbound]) -> None:
        keep = relevant(db, {m.member_id for m in page})
        for msg in page:
            if msg.member_id in keep:
                hook(msg)

    return run


__all__ = ["PageHook", "campaign_relevant", "enrolled", "per_message"]
