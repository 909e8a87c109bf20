"""Group size guidance (G4): Dunbar's ~150 for quality, ~200 recommended, platform hard caps."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop.domain.enums import Platform

QUALITY_SIZE = 150
RECOMMENDED_SIZE = 200

PLATFORM_CAPS: dict[Platform, int] = {
    Platform.WECHAT: 500,
    Platform.WECOM: 500,
    Platform.TELEGRAM: 200_000,
    Platform.MATRIX: 100_000,
    Platform.EMAIL: 100_000,
    Platform.OTHER: 100_000,
}


class CapacityLevel(StrEnum):
    OK = "ok"
    ABOVE_QUALITY = "above_quality"  # fine, but no longer a high-quality (~150) group
    ABOVE_RECOMMENDED = "above_recommended"  # warn: consider a sibling or sub-community
    FULL = "full"  # at the platform cap: nobody else can join


@dataclass(frozen=True)
class CapacityCheck:
    level: CapacityLevel
    members: int
    cap: int

    @property
    def suggest_split(self) -> bool:
        return self.level in (CapacityLevel.ABOVE_RECOMMENDED, CapacityLevel.FULL)


def platform_cap(platform: Platform, override: int | None = None) -> int:
    return override if override and override > 0 else PLATFORM_CAPS[platform]


def check_capacity(
    members: int, platform: Platform, cap_override: int | None = None
) -> CapacityCheck:
    cap = platform_cap(platform, cap_override)
    if members >= cap:
        level = CapacityLevel.FULL
    elif members > RECOMMENDED_SIZE:
        level = CapacityLevel.ABOVE_RECOMMENDED
    elif members > QUALITY_SIZE:
        level = CapacityLevel.ABOVE_QUALITY
    else:
        level = CapacityLevel.OK
    return CapacityCheck(level, members, cap)
