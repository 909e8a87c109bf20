"""SOP checklists per group type (G8). The default texts are Chinese data from the seed
articles (建群 SOP, daily maintenance, flash groups), not UI strings."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.enums import GroupType


@dataclass(frozen=True)
class Checklist:
    key: str
    title: str
    items: tuple[str, ...]


BUILD = Checklist(
    "build",
    "建群 SOP",
    (
        "明确群定位：目的、人群、动作",
        "确定群成员类型与群规模（建议 200 人左右）",
        "制定群规则与红线，发布到群公告",
        "规划群内容，排好一周社群推送表",
        "建群并设置群名称（含品牌词，≤12 字，带序号或地点）",
        "设置入群欢迎语（定位 + 核心价值）与群公告",
        "群管理员、KOC、气氛组、普通成员就位",
        "邀请群管理员进群",
    ),
)
DAILY = Checklist(
    "daily",
    "日常维护 SOP",
    (
        "早安/每日话题按推送表发送",
        "欢迎新成员并引导完成入群任务",
        "巡群：处理违规（警告 → 禁言 → 移出）",
        "回复群内与私信提问",
        "气氛组带动互动，记录活跃成员",
        "晚间总结或干货分享",
        "记录当日数据（新增、退群、互动）",
    ),
)
FLASH = Checklist(
    "flash",
    "快闪群 SOP",
    (
        "确定活动目标、时间与结束日期",
        "准备物料：海报、话术、福利",
        "建群并发布活动规则与群公告",
        "气氛组就位，预热互动",
        "活动执行与转化跟进",
        "活动结束发布结营通知",
        "结束 3 天后归档解散，成员保留为联系人",
        "完成复盘：目标、结果、原因、经验、下步行动",
    ),
)

CHECKLISTS: dict[str, Checklist] = {c.key: c for c in (BUILD, DAILY, FLASH)}


def checklists_for(group_type: GroupType) -> list[Checklist]:
    if group_type == GroupType.CAMPAIGN:
        return [BUILD, FLASH]
    return [BUILD, DAILY]
