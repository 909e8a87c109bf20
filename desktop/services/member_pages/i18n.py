"""The pages' words in Simplified Chinese and English, and which language a visitor gets.

The member's saved choice wins, then the browser's ``Accept-Language``, then Chinese (most
members open the pages in WeChat's browser).
"""

from __future__ import annotations

from collections.abc import Callable

LANGS = ("zh", "en")

STRINGS: dict[str, tuple[str, str]] = {
    # page chrome
    "center": ("个人中心", "Personal center"),
    "preferences": ("消息偏好", "Message preferences"),
    "unsubscribe": ("退订", "Unsubscribe"),
    "survey": ("问卷", "Survey"),
    "hello": ("你好，{name}", "Hello, {name}"),
    "lang_switch": ("English", "中文"),
    "save": ("保存", "Save"),
    "saved": ("已保存。", "Saved."),
    "refused_title": ("链接无法使用", "This link cannot be used"),
    "refused_body": (
        "这个链接无效或已过期。请使用最新消息里的链接，或直接回复消息联系我们。",
        "This link is not valid or has expired. Use the link in our latest message, "
        "or reply to it to reach us.",
    ),
    "too_many": ("请求太频繁，请稍后再试。", "Too many requests. Please try again shortly."),
    "bad_form": (
        "表单已过期，请刷新页面后再试。",
        "This form has expired. Reload the page and try again.",
    ),
    # center
    "profile": ("我的资料", "My profile"),
    "name": ("称呼", "Name"),
    "birthday": ("生日", "Birthday"),
    "points": ("活跃度", "Activity"),
    "points_note": ("参与越多，分数越高。", "The more you take part, the higher it goes."),
    "groups": ("我的社群", "My groups"),
    "no_groups": ("还没有加入社群。", "You have not joined a group yet."),
    "role": ("身份", "Role"),
    "rules": ("群规", "Group rules"),
    "red_lines": ("红线", "Red lines"),
    "rights": ("你的权利", "Your rights"),
    "rights_body": (
        "你可以随时查看和下载我们保存的你的资料、修改消息偏好、退订营销消息，或申请删除资料。",
        "You can see and download the data we keep about you, change how we contact you, "
        "unsubscribe from marketing, or ask us to delete your data at any time.",
    ),
    "journey": ("入群进度", "Getting started"),
    "steps": ("已完成 {done}/{total} 步", "{done} of {total} steps done"),
    "tasks": ("新手任务", "Getting-started tasks"),
    "done": ("已完成", "done"),
    "todo": ("待完成", "to do"),
    "code": ("验证码", "Verification code"),
    "code_hint": (
        "输入我们发给你的验证码，也可以直接回复消息。",
        "Enter the code we sent you, or simply reply to our message with it.",
    ),
    "verify": ("验证", "Verify"),
    "code_verified": ("验证成功，欢迎加入！", "Verified. Welcome aboard!"),
    "code_already_verified": ("你已经验证过了。", "You are already verified."),
    "code_wrong": ("验证码不对，请再试一次。", "That code is not right. Please try again."),
    "code_locked": (
        "错误次数太多，请回复消息联系我们。",
        "Too many wrong tries. Please reply to our message to reach us.",
    ),
    "code_expired": (
        "验证码已过期，请回复消息获取新的验证码。",
        "The code has expired. Reply to our message for a new one.",
    ),
    "code_no_code": ("现在没有需要验证的验证码。", "There is no code waiting for you."),
    "feedback": ("意见反馈", "Feedback"),
    "feedback_hint": (
        "想说的话都可以写在这里，团队会在消息里回复你。",
        "Tell us anything: the team answers you by message.",
    ),
    "send": ("发送", "Send"),
    "feedback_sent": ("收到，谢谢你的反馈！", "Thank you, we got your feedback."),
    "privacy": ("隐私", "Privacy"),
    "download": ("下载我的资料", "Download my data"),
    "delete_me": ("申请删除我的资料", "Ask to delete my data"),
    "delete_hint": (
        "提交后团队会确认并删除你的资料，删除后无法恢复。",
        "The team confirms and then deletes your data; it cannot be undone.",
    ),
    "delete_requested": (
        "已收到删除申请，团队确认后会删除你的资料。",
        "We got your request; the team will delete your data once they confirm it.",
    ),
    "surveys": ("进行中的问卷", "Open surveys"),
    "answer": ("填写", "Answer"),
    "answered": ("已填写", "Answered"),
    "submit": ("提交", "Submit"),
    "survey_thanks": ("提交成功，谢谢参与！", "Thank you for your answers!"),
    "back_center": ("返回个人中心", "Back to my center"),
    # preferences
    "channels": ("接收渠道", "Channels"),
    "channels_hint": (
        "勾选的渠道会收到活动和推广消息。",
        "Ticked channels receive news and offers.",
    ),
    "frequency": ("频率", "How often"),
    "freq_daily": ("每天最多一条", "At most daily"),
    "freq_weekly": ("每周最多一条", "At most weekly"),
    "freq_monthly": ("每月最多一条", "At most monthly"),
    "freq_never": ("只接收重要通知", "Only important messages"),
    "quiet": ("勿扰时段", "Quiet hours"),
    "quiet_hint": (
        "这段时间内不给你发消息（留空使用默认）。",
        "We send nothing in this window (leave empty for the default).",
    ),
    "from": ("从", "From"),
    "to": ("到", "To"),
    "topics": ("感兴趣的话题", "Topics"),
    "topics_hint": (
        "只接收勾选话题的推广消息。",
        "News and offers only about the ticked topics.",
    ),
    "no_topics": ("暂无话题。", "No topics yet."),
    "ch_email": ("邮件", "Email"),
    "ch_matrix": ("Matrix", "Matrix"),
    "ch_telegram": ("Telegram", "Telegram"),
    "ch_wechat": ("微信", "WeChat"),
    "ch_phone": ("短信", "Text message"),
    "no_channels": ("暂无可选渠道。", "No channels to choose."),
    "unsubscribed_note": (
        "你已退订所有营销消息。勾选渠道即可重新订阅。",
        "You are unsubscribed from all marketing. Tick a channel to subscribe again.",
    ),
    # unsubscribe
    "unsub_ask": (
        "退订后将不再收到{brand}的活动和推广消息。",
        "You will no longer get news and offers from {brand}.",
    ),
    "unsub_button": ("确认退订", "Unsubscribe"),
    "unsub_done": ("你已退订{brand}的营销消息。", "You are unsubscribed from {brand} marketing."),
    "unsub_service": (
        "与你有关的重要服务通知（例如验证码）仍可能发送。",
        "Important service notices about your account (such as codes) may still be sent.",
    ),
    "undo": ("撤销退订", "Undo"),
    "undone": ("已恢复订阅。", "You are subscribed again."),
    "change_prefs": ("改为调整消息偏好", "Change my preferences instead"),
    # form problems
    "bad_frequency": ("请选择一个频率。", "Choose how often."),
    "bad_time": ("时间格式应为 21:30 这样。", "Times look like 21:30."),
    "quiet_both": ("勿扰时段需要开始和结束时间。", "Quiet hours need a start and an end."),
    "bad_topic": ("话题已变化，请刷新页面。", "Topics changed; reload the page."),
    "bad_language": ("不支持这种语言。", "That language is not available."),
    "name_empty": ("称呼不能为空。", "Your name cannot be empty."),
    "name_long": ("称呼最多 80 个字。", "Your name can have at most 80 characters."),
    "bad_date": ("请填写有效的日期。", "Enter a valid date."),
    "bad_code": ("请输入验证码。", "Enter the code."),
    "feedback_empty": ("请写下你的反馈。", "Write your feedback first."),
    "feedback_long": ("反馈最多 4000 字。", "Feedback can have at most 4000 characters."),
    "survey_closed": ("这个问卷已结束。", "This survey has ended."),
    "answer_long": ("回答最多 500 字。", "Answers can have at most 500 characters."),
    "bad_choice": ("请从选项中选择。", "Pick one of the options."),
    "answer_all": ("请回答所有问题。", "Answer every question."),
    "gone": ("链接无法使用", "This link cannot be used"),
    "not_editable": (
        "资料需要由团队修改，请在反馈里告诉我们。",
        "The team changes profiles; tell us in the feedback form.",
    ),
    "role_owner": ("群主", "Owner"),
    "role_admin": ("管理员", "Admin"),
    "role_koc": ("KOC", "KOC"),
    "role_atmosphere": ("气氛组", "Atmosphere crew"),
    "role_member": ("成员", "Member"),
}


def pick_language(saved: str | None, query: str | None, accept: str | None) -> str:
    for choice in (query, saved):
        if choice in LANGS:
            return str(choice)
    for part in (accept or "").split(","):
        tag = part.split(";")[0].strip().lower()
        if tag.startswith("zh"):
            return "zh"
        if tag.startswith("en"):
            return "en"
    return "zh"


def translator(lang: str) -> Callable[..., str]:
    index = 1 if lang == "en" else 0

    def t(key: str, **values: object) -> str:
        pair = STRINGS.get(key)
        text = pair[index] if pair else key
        return text.format(**values) if values else text

    return t
