"""Matrix rooms as groups and Matrix DMs in the inbox: accounts, rooms, sync, invitations,
moderation.
"""

from desktop.services.matrix.accounts import (
    MatrixAccountError,
    MatrixAccountRow,
    MatrixAccounts,
    MatrixSaveResult,
    config_problems,
)
from desktop.services.matrix.rooms import MemberSync, RoomChoice

__all__ = [
    "MatrixAccountError",
    "MatrixAccountRow",
    "MatrixAccounts",
    "MatrixSaveResult",
    "MemberSync",
    "RoomChoice",
    "config_problems",
]
