"""Shared set-up for the WeCom service tests: an account pointed at the contract server,
groups in WeCom and in the app, the callback crypto the console would be given."""

from __future__ import annotations

from sqlalchemy import update

from desktop.channels.wecom.client import Retry
from desktop.channels.wecom.types import AccountSettings
from desktop.domain.enums import StepChannel
from desktop.services.container import Services
from desktop.store.models import Group, WelcomeStep
from tests.wecom_contract.callbacks import CallbackApp
from tests.wecom_contract.fixtures import CORP_ID, SECRET
from tests.wecom_contract.server import ContractServer

CALLBACK_TOKEN = "shequnToken01"
AES_KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C"
CALLBACK = CallbackApp(CALLBACK_TOKEN, AES_KEY, CORP_ID)
FAST = Retry(attempts=3, first_delay_s=0.01, max_delay_s=0.05)


def add_account(services: Services, server: ContractServer, name: str = "拾光企业微信") -> int:
    services.wecom_accounts.retry = FAST
    return services.wecom_accounts.save(
        name,
        AccountSettings(CORP_ID, 1000002, server.url),
        secret=SECRET,
        callback_token=CALLBACK_TOKEN,
        aes_key=AES_KEY,
    )


def journey_group(services: Services, name: str = "拾光咖啡一群") -> int:
    """An app group with the default welcome journey."""
    journey = services.journeys.create_default()
    with services.db.write() as s:
        # WeCom customers have no email: the journey reaches them in the group.
        s.execute(
            update(WelcomeStep)
            .where(WelcomeStep.journey_id == journey)
            .values(channel=StepChannel.GROUP)
        )
        g = Group(name=name, journey_id=journey)
        s.add(g)
        s.flush()
        return g.id
