"""Keyed code hashes, the workspace's reply wording, and the runner's batch path."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select, update

from desktop.domain import templates as tpl
from desktop.domain.sending.consent import ALL_CHANNELS, UNSUBSCRIBE_SOURCE
from desktop.domain.welcome import codes as rules
from desktop.domain.welcome import replies as reply_rules
from desktop.domain.welcome.render import prefill
from desktop.services.mail.ingest import InboxIngest
from desktop.services.welcome.codes import KEY_REF, CodeKeys
from desktop.services.welcome.replies import ReplyRejected
from desktop.services.welcome.runner import WelcomeRunner
from desktop.services.welcome.service import WelcomeService
from desktop.store.db import Database
from desktop.store.models import (
    ConsentRecord,
    Delivery,
    Enrolment,
    Member,
    Membership,
    WelcomeStep,
    WelcomeStepEvent,
    WelcomeVerification,
)
from tests.sending.conftest import MemoryKeyring, fail_keyring  # noqa: F401

from .conftest import Clock, add_member, reach_code_step, reply_mail

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
KEY = rules.CodeKey("k1", b"\x01" * 32)


# -- keyed code hashes ----------------------------------------------------------------------


def test_keyed_hash_names_its_key_and_legacy_hashes_still_verify() -> None:
    code, keyed = rules.issue(T0, code="123456", key=KEY)
    assert keyed.code_hash.startswith("$hmac-sha256$k1$")
    assert rules.key_id_of(keyed.code_hash) == "k1"
    assert "123456" not in keyed.code_hash
    assert rules.check(keyed, "123456", T0, KEY)[0] == rules.CheckResult.VERIFIED
    wrong, after = rules.check(keyed, "654321", T0, KEY)
    assert wrong == rules.CheckResult.WRONG and after.tries_left == rules.MAX_WRONG - 1
    # Another secret under the same id does not verify: the key is what protects the code.
    forged = rules.CodeKey("k1", b"\x02" * 32)
    assert rules.check(keyed, "123456", T0, forged)[0] == rules.CheckResult.WRONG
    # The key is gone: reported as expired, no try used up, so a new code can be sent.
    lost, same = rules.check(keyed, "123456", T0, None)
    assert lost == rules.CheckResult.EXPIRED and same == keyed
    # A hash stored before keyed hashing (bare PBKDF2 hex) keeps working, key or not.
    _, legacy = rules.issue(T0, code="123456")
    assert rules.key_id_of(legacy.code_hash) is None and len(legacy.code_hash) == 64
    assert rules.check(legacy, "123456", T0, KEY)[0] == rules.CheckResult.VERIFIED
    assert rules.check(legacy, "123456", T0)[0] == rules.CheckResult.VERIFIED
    # The salt still keeps equal codes from having equal hashes.
    assert rules.issue(T0, code=code, key=KEY)[1].code_hash != keyed.code_hash


def _code_sent(db: Database, member: int) -> str:
    with db.read() as s:
        for d in s.scalars(select(Delivery).where(Delivery.member_id == member)):
            if d.template_values and "code" in d.template_values:
                return str(d.template_values["code"])
    raise AssertionError("no code was sent")


def test_codes_are_keyed_with_a_keyring_secret_and_old_ones_still_check(
    db: Database,
    memory_keyring: MemoryKeyring,
    world: dict[str, int],
    welcome: WelcomeService,
    runner: WelcomeRunner,
    clock: Clock,
) -> None:
    welcome.attach(world["journey"], [world["group"]])
    new, old = add_member(db, "新", "new@example.net"), add_member(db, "旧", "old@example.net")
    welcome.join(new, world["group"])
    welcome.join(old, world["group"])
    reach_code_step(runner, clock)
    with db.read() as s:
        stored = {v.member_id: v.code_hash for v in s.scalars(select(WelcomeVerification))}
    key_id = rules.key_id_of(stored[new])
    assert key_id is not None and rules.key_id_of(stored[old]) == key_id
    secret = memory_keyring.store[("shequn-desk", KEY_REF.format(key_id))]
    assert len(bytes.fromhex(secret)) == 32
    # A code stored before this change (legacy hash) is still accepted.
    _, legacy = rules.issue(clock.now, code="424242")
    with db.write() as s:
        s.execute(
            update(WelcomeVerification)
            .where(WelcomeVerification.member_id == old)
            .values(code_hash=legacy.code_hash, salt=legacy.salt)
        )
    assert welcome.check_code(old, "424242").result == rules.CheckResult.VERIFIED
    # A service with its own CodeKeys finds the runner's key in the keyring by its id.
    other = WelcomeService(db, welcome.outbox, clock=clock, code_keys=CodeKeys())
    assert other.check_code(new, "000000").result == rules.CheckResult.WRONG
    assert other.check_code(new, _code_sent(db, new)).result == rules.CheckResult.VERIFIED
    # Later codes reuse the same key instead of making one per pass.
    assert len([k for k in memory_keyring.store if k[1].startswith("welcome-code-key:")]) == 1


@pytest.mark.usefixtures("fail_keyring")
def test_without_a_keyring_codes_fall_back_to_the_legacy_hash(
    db: Database, world: dict[str, int], welcome: WelcomeService, runner: WelcomeRunner
) -> None:
    assert not runner.code_keys.store.available
    welcome.attach(world["journey"], [world["group"]])
    member = add_member(db, "无钥匙", "nokey@example.net")
    welcome.join(member, world["group"])
    reach_code_step(runner, runner._clock)  # type: ignore[arg-type]
    with db.read() as s:
        (stored,) = s.scalars(select(WelcomeVerification.code_hash)).all()
    assert rules.key_id_of(stored) is None
    assert welcome.check_code(member, _code_sent(db, member)).result == (rules.CheckResult.VERIFIED)


# -- the workspace's wording of the replies ----------------------------------------------


def test_verification_replies_use_the_workspace_wording(
    db: Database,
    hooked_ingest: InboxIngest,
    world: dict[str, int],
    welcome: WelcomeService,
    runner: WelcomeRunner,
    clock: Clock,
) -> None:
    replies = welcome.replies
    with pytest.raises(ReplyRejected):  # a reply to a wrong guess may not carry the code
        replies.save(reply_rules.WRONG, "Wrong, the code is {code}")
    with pytest.raises(ReplyRejected):
        replies.save(reply_rules.WRONG, "Wrong {tries_left")
    replies.save(reply_rules.WRONG, "Sorry {name}, wrong code: {tries_left} tries left.")
    replies.save(reply_rules.SUBJECT, "Verification")
    assert replies.texts()[reply_rules.LOCKED] == reply_rules.DEFAULTS[reply_rules.LOCKED]
    welcome.attach(world["journey"], [world["group"]])
    member = add_member(db, "Ann", "ann@example.net")
    welcome.join(member, world["group"])
    reach_code_step(runner, clock)
    hooked_ingest.store_mail(reply_mail("ann@example.net", "my code 000000", "Re: invite"))
    replies.reset(reply_rules.WRONG)
    hooked_ingest.store_mail(reply_mail("ann@example.net", "my code 111111", "Re: invite"))
    with db.read() as s:
        sent = s.execute(
            select(Delivery.subject, Delivery.body)
            .where(Delivery.member_id == member, Delivery.in_reply_to.is_not(None))
            .order_by(Delivery.id)
        ).all()
    assert [b for _, b in sent] == [
        "Sorry Ann, wrong code: 4 tries left.",
        "验证码不正确，你还可以再试 3 次。",
    ]
    assert all(subject.startswith("Verification：") for subject, _ in sent)


def test_reply_defaults_render_and_are_valid() -> None:
    for key, text in reply_rules.DEFAULTS.items():
        assert reply_rules.problems(key, text) == [], key
    out = reply_rules.render(reply_rules.WRONG, {}, {"tries_left": 2})
    assert out == "验证码不正确，你还可以再试 2 次。"
    # A stored text that stopped rendering falls back to the default, never to nothing.
    broken = {reply_rules.WRONG: "{oops"}
    assert reply_rules.render(reply_rules.WRONG, broken, {"tries_left": 1}).endswith("1 次。")


# -- rendering once per group -------------------------------------------------------------

_PIECES = st.sampled_from(
    ["{name}", "{group}", "{rules}", "{code}", "{ group }", "{{", "}}", "文", "a", " ", "{brand}"]
)
_VALUES = st.text(alphabet="{}ab 文", max_size=6)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=12).map("".join), _VALUES, _VALUES, _VALUES)
def test_prefill_then_render_equals_rendering_at_once(
    source: str, group: str, rules_text: str, name: str
) -> None:
    base = {"group": group, "rules": rules_text}
    member = {"name": name, "code": "123456", "brand": "b"}
    once = tpl.render(source, base | member, strict=True)
    assert tpl.render(prefill(source, base), member, strict=True) == once


def test_prefill_leaves_a_broken_template_alone() -> None:
    assert prefill("你好 {name", {"name": "x"}) == "你好 {name"
    assert prefill("{group}}", {"group": "x"}) == "{group}}"


# -- the runner's batch path ---------------------------------------------------------------


def test_joiners_start_in_one_pass_with_only_their_own_values_queued(
    db: Database, world: dict[str, int], welcome: WelcomeService, clock: Clock
) -> None:
    """Enrolment and first steps in the sweep's transaction; the unsubscribed are stopped."""
    with db.write() as s:  # the invitation (with the code) right after the first step
        s.execute(update(WelcomeStep).where(WelcomeStep.position == 1).values(delay_minutes=0))
    welcome.attach(world["journey"], [world["group"]])
    members = [add_member(db, f"批{i}", f"b{i}@example.net") for i in range(30)]
    with db.write() as s:
        s.add(
            ConsentRecord(
                member_id=members[0],
                channel=ALL_CHANNELS,
                purpose="marketing",
                granted=False,
                source=UNSUBSCRIBE_SOURCE,
                recorded_at=clock.now,
            )
        )
    with db.write() as s:
        for m in members:
            s.add(Membership(group_id=world["group"], member_id=m, joined_at=clock.now))
    clock.now += timedelta(minutes=1)
    report = WelcomeRunner(db, welcome.outbox, clock=clock, batch_size=7).run_once()
    assert (report.enrolled, report.queued, report.stopped) == (30, 29, 1)
    with db.read() as s:
        rows = {e.member_id: e for e in s.scalars(select(Enrolment))}
        assert rows[members[0]].status == "stopped" and rows[members[0]].next_position == 0
        assert {rows[m].next_position for m in members[1:]} == {3}  # info, invite, verify
        deliveries = list(s.scalars(select(Delivery).order_by(Delivery.id)))
        events = list(s.scalars(select(WelcomeStepEvent)))
        codes = {v.member_id for v in s.scalars(select(WelcomeVerification))}
        names = {m.id: m.display_name for m in s.scalars(select(Member))}
    assert len(deliveries) == len(events) == 3 * 29
    assert {e.delivery_id for e in events} == {d.id for d in deliveries}
    assert codes == set(members[1:])
    for d in deliveries:
        assert d.template_values is not None and set(d.template_values) <= {"code"}
        text = tpl.render(d.body, {"name": names[d.member_id], "brand": "拾光"} | d.template_values)
        assert "{" not in text
        if d.idempotency_key.split(":")[2] in ("0", "1"):  # the steps that name the group
            assert "拾光·北京01" in text
