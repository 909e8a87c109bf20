"""Matrix rooms as groups and Matrix DMs in the inbox: accounts, rooms, sync, invitations,
moderation.
"""

from desktop.channels.matrix_types import MatrixConfig
from desktop.services.matrix.accounts import (
    MatrixAccountError,
    MatrixAccountRow,
    MatrixAccounts,
    MatrixSaveResult,
    config_problems,
)
from desktop.services.matrix.moderation import MatrixModeration
from desktop.services.matrix.rooms import MatrixRooms, MemberSync, RoomChoice

__all__ = [
    "MatrixAccountError",
    "MatrixAccountRow",
    "MatrixAccounts",
    "MatrixConfig",
    "MatrixModeration",
    "MatrixRooms",
    "MatrixSaveResult",
    "MemberSync",
    "RoomChoice",
    "config_problems",
]
