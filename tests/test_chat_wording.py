"""Mail wording turned into chat wording for steps that reach a member in a DM."""

from desktop.domain.chat.wording import chat_wording


def test_reply_to_this_mail_becomes_reply_here() -> None:
    assert chat_wording("有问题直接回复这封邮件即可。") == "有问题直接在这里回复即可。"
    assert chat_wording("请回复本邮件告诉我们") == "请在这里回复告诉我们"
    assert chat_wording("这封邮件里有你的验证码") == "这条消息里有你的验证码"
    assert chat_wording("Just reply to this email, or keep this e-mail.") == (
        "Just reply here, or keep this message."
    )


def test_other_text_is_left_alone() -> None:
    text = "欢迎加入拾光！邮件地址可以在个人中心修改。"
    assert chat_wording(text) == text
