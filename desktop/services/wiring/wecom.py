"""WeCom (issue 15): apps, group sync and callbacks, 群发 tasks."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.services.container import Services
    from desktop.services.wecom.accounts import WeComAccounts
    from desktop.services.wecom.callbacks import WeComCallbacks
    from desktop.services.wecom.groups import WeComGroups
    from desktop.services.wecom.ingest import WeComIngest
    from desktop.services.wecom.loop import WeComLoop
    from desktop.services.wecom.sync import WeComSync
    from desktop.services.wecom.tasks import WeComTasks


def accounts(s: Services) -> WeComAccounts:
    from desktop.services.wecom.accounts import WeComAccounts

    return WeComAccounts(s.db, s.secrets)


def ingest(s: Services) -> WeComIngest:
    from desktop.services.wecom.ingest import WeComIngest

    # A join in a linked group enrols the newcomer in the group's welcome journey.
    return WeComIngest(s.db, on_join=s.welcome.join)


def sync(s: Services) -> WeComSync:
    from desktop.services.wecom.sync import WeComSync

    return WeComSync(s.db, s.wecom_accounts, s.wecom_ingest)


def callbacks(s: Services) -> WeComCallbacks:
    from desktop.services.wechat_kf.callback import EVENT as KF_EVENT
    from desktop.services.wecom.callbacks import WeComCallbacks

    return WeComCallbacks(
        s.db,
        s.wecom_accounts,
        s.wecom_ingest,
        # 微信客服 messages arrive on the same callback URL (issue 16).
        handlers={KF_EVENT: s.wechat_kf_callback.handle},
    )


def tasks(s: Services) -> WeComTasks:
    from desktop.services.wecom.tasks import WeComTasks

    return WeComTasks(s.db, s.wecom_accounts)


def groups(s: Services) -> WeComGroups:
    from desktop.services.wecom.groups import WeComGroups

    return WeComGroups(s.db, s.wecom_accounts)


def loop(s: Services) -> WeComLoop:
    """Group comparison, 群发 follow-up and templates of archived groups, every WeCom app."""
    from desktop.services.wecom.loop import WeComLoop

    return WeComLoop(s.wecom_accounts, s.wecom_sync, s.wecom_tasks, s.wecom_groups)
