"""Headers parsed and folded once per distinct value: the bytes on the wire are exactly
what aiosmtplib's own flattening with ``email.policy.SMTP`` gives, also the second time a
header value is seen (from the cache) — except List-Unsubscribe, which stays a readable
list of links however long it is."""

from __future__ import annotations

from aiosmtplib.email import flatten_message

from desktop.channels.base import OutgoingMessage, Unsubscribe
from desktop.channels.mail_message import EmailConfig, TlsMode, build_email
from desktop.channels.mail_policy import flatten
from desktop.domain.enums import ConsentPurpose

CONFIG = EmailConfig(
    host="127.0.0.1", tls=TlsMode.NONE, from_addr="club@example.org", from_name="咖啡社群 · 北京"
)


def _message(i: int, subject: str) -> OutgoingMessage:
    return OutgoingMessage(
        delivery_id=i,
        idempotency_key=f"policy-{i}",
        recipient=f"m{i}@example.net",
        subject=subject,
        text=f"你好 成员{i}，欢迎参加本周的咖啡品鉴会！\n" * 3,
        html=f"<p>你好 <b>成员{i}</b></p>",
        purpose=ConsentPurpose.MARKETING,
        unsubscribe=Unsubscribe(
            f"mailto:club@example.org?subject=unsubscribe%20{TOKEN}", "https://x.example/u/1"
        ),
        in_reply_to="<a1@example.net>" if i % 2 else None,
    )


TOKEN = "da392a1eeec40a907868450cfb9e5e42"  # a delivery's unsubscribe token, as render adds
# The one deliberate difference: the standard folding writes a long List-Unsubscribe as
# encoded words (=?utf-8?q?=3Cmailto…), which mail clients do not read as links.
LIST_UNSUBSCRIBE = (
    b"List-Unsubscribe: <mailto:club@example.org?subject=unsubscribe%20"
    + TOKEN.encode()
    + b">,\r\n"
    b" <https://x.example/u/1>\r\n"
)


def _without_list_unsubscribe(data: bytes) -> bytes:
    head, sep, body = data.partition(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    kept: list[bytes] = []
    skipping = False
    for line in lines:
        if line.startswith(b"List-Unsubscribe:"):
            skipping = True
            continue
        if skipping and line.startswith(b" "):
            continue
        skipping = False
        kept.append(line)
    return b"\r\n".join(kept) + sep + body


def test_flattening_matches_aiosmtplib_but_keeps_unsubscribe_links_readable() -> None:
    subjects = [
        "社群周报：本周活动 🎉",
        "A long English subject that has to be folded over more than one line " * 2,
        "混合 mixed 主题 with a very long tail " * 4,
    ]
    for round_ in range(2):  # the second round reads every repeated header from the cache
        for i, subject in enumerate(subjects):
            em = build_email(_message(i + round_, subject), CONFIG)
            for utf8, cte in ((False, "8bit"), (False, "7bit"), (True, "8bit")):
                # Ours first: it fixes the multipart boundary on the message, which
                # aiosmtplib (flattening a copy) then reuses.
                ours = flatten(em, utf8=utf8, cte_type=cte)
                theirs = flatten_message(em, utf8=utf8, cte_type=cte)
                assert _without_list_unsubscribe(ours) == _without_list_unsubscribe(theirs)
                assert LIST_UNSUBSCRIBE in ours
