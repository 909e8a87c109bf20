"""Segments (M6): saved member filters over tag, group, role, lifecycle, activity, consent
and birthday month. The filter is plain data (stored as JSON); ``matches`` states its
meaning in Python, and the service turns the same fields into one SQL query."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from desktop.domain.enums import ConsentPurpose, Lifecycle, Role


@dataclass(frozen=True)
class SegmentFilter:
    text: str = ""  # substring of name, contact address or tag
    tags: tuple[str, ...] = ()  # any of these tags
    group_id: int | None = None
    role: Role | None = None  # with group_id: that role in that group; alone: in any group
    lifecycles: tuple[Lifecycle, ...] = ()
    min_activity: int | None = None
    max_activity: int | None = None
    consent_channel: str = ""  # with consent_purpose: the latest answer there is "yes"
    consent_purpose: ConsentPurpose | None = None
    birthday_month: int | None = None  # 1–12

    @property
    def is_empty(self) -> bool:
        return self == SegmentFilter()

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["tags"] = list(self.tags)
        d["lifecycles"] = [str(x) for x in self.lifecycles]
        d["role"] = str(self.role) if self.role else None
        d["consent_purpose"] = str(self.consent_purpose) if self.consent_purpose else None
        return {k: v for k, v in d.items() if v not in (None, "", [], ())}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> SegmentFilter:
        return cls(
            text=str(d.get("text", "")),
            tags=tuple(d.get("tags", ())),
            group_id=d.get("group_id"),
            role=Role(d["role"]) if d.get("role") else None,
            lifecycles=tuple(Lifecycle(x) for x in d.get("lifecycles", ())),
            min_activity=d.get("min_activity"),
            max_activity=d.get("max_activity"),
            consent_channel=str(d.get("consent_channel", "")),
            consent_purpose=(
                ConsentPurpose(d["consent_purpose"]) if d.get("consent_purpose") else None
            ),
            birthday_month=d.get("birthday_month"),
        )

    def problems(self) -> list[str]:
        out: list[str] = []
        if self.birthday_month is not None and not 1 <= self.birthday_month <= 12:
            out.append("birthday_month")
        if (
            self.min_activity is not None
            and self.max_activity is not None
            and self.min_activity > self.max_activity
        ):
            out.append("activity_range")
        if bool(self.consent_channel) != (self.consent_purpose is not None):
            out.append("consent")
        return out


@dataclass(frozen=True)
class MemberFacts:
    """What a filter looks at, for one member."""

    name: str
    addresses: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    roles: dict[int, Role] = field(default_factory=dict)  # group id → role (current groups)
    lifecycle: Lifecycle = Lifecycle.INVITED
    activity: int = 0
    granted: frozenset[tuple[str, ConsentPurpose]] = frozenset()  # latest answer is yes
    birthday: date | None = None


def matches(flt: SegmentFilter, m: MemberFacts) -> bool:
    text = flt.text.strip().casefold()
    if text and not any(text in v.casefold() for v in (m.name, *m.addresses, *m.tags)):
        return False
    if flt.tags and not set(flt.tags) & set(m.tags):
        return False
    if flt.group_id is not None:
        if flt.group_id not in m.roles:
            return False
        if flt.role is not None and m.roles[flt.group_id] != flt.role:
            return False
    elif flt.role is not None and flt.role not in m.roles.values():
        return False
    if flt.lifecycles and m.lifecycle not in flt.lifecycles:
        return False
    if flt.min_activity is not None and m.activity < flt.min_activity:
        return False
    if flt.max_activity is not None and m.activity > flt.max_activity:
        return False
    if flt.consent_purpose is not None and (
        (flt.consent_channel, flt.consent_purpose) not in m.granted
    ):
        return False
    return flt.birthday_month is None or (
        m.birthday is not None and m.birthday.month == flt.birthday_month
    )
