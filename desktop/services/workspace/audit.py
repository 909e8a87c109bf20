"""The audit log (R4): who did what to which record, written in the caller's transaction,
so an action and its line in the log are saved together or not at all."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from desktop.store.models import AuditEntry


def audit(
    s: Session,
    action: str,
    entity: str,
    entity_id: int | None,
    operator_id: int | None,
    detail: dict[str, Any] | None = None,
    *,
    at: datetime | None = None,  # when it happened, if not now (e.g. a backdated action)
) -> None:
    entry = AuditEntry(
        operator_id=operator_id,
        action=action,
        entity=entity,
        entity_id=entity_id,
        detail=detail or {},
    )
    if at is not None:
        entry.at = at
    s.add(entry)
