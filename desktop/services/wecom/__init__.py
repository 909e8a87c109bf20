"""WeCom (企业微信) customer groups (issue 15): accounts, sync, callbacks, 群发 tasks,
welcome templates and 群活码. The UI imports from here."""

from desktop.channels.wecom.errors import WeComError
from desktop.channels.wecom.types import AccountSettings
from desktop.services.wecom.accounts import (
    WeComAccountError,
    WeComAccountRow,
    WeComAccounts,
    WeComCheck,
)
from desktop.services.wecom.caps import OverCap
from desktop.services.wecom.groups import (
    JoinWayQr,
    WeComGroupInfo,
    WeComGroupProblem,
    WeComGroups,
)
from desktop.services.wecom.ingest import LinkResult
from desktop.services.wecom.sync import ChatRow, SyncReport, WeComSync
from desktop.services.wecom.tasks import TaskRow, WeComTaskProblem, WeComTasks

__all__ = [
    "AccountSettings",
    "ChatRow",
    "JoinWayQr",
    "LinkResult",
    "OverCap",
    "SyncReport",
    "TaskRow",
    "WeComAccountError",
    "WeComAccountRow",
    "WeComAccounts",
    "WeComCheck",
    "WeComError",
    "WeComGroupInfo",
    "WeComGroupProblem",
    "WeComGroups",
    "WeComSync",
    "WeComTaskProblem",
    "WeComTasks",
]
