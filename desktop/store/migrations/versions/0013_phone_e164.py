"""members: phone numbers stored in E.164 (M1), so one number written three ways is one

Numbers typed before this revision are rewritten where ``phonenumbers`` (China by default)
reads them as valid; the rest stay as typed. A number whose E.164 form another member
already holds is left as typed too: merging two members is the operator's call, not a
migration's.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import phonenumbers
import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _e164(text: str) -> str | None:
    try:
        number = phonenumbers.parse(text, "CN")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def upgrade() -> None:
    bind = op.get_bind()
    rows = bind.execute(
        sa.text("SELECT id, address FROM member_contacts WHERE channel = 'phone' ORDER BY id")
    ).all()
    taken = {address for _id, address in rows}
    for contact_id, address in rows:
        e164 = _e164(address)
        if e164 is None or e164 == address or e164 in taken:
            continue
        bind.execute(
            sa.text("UPDATE member_contacts SET address = :a WHERE id = :i"),
            {"a": e164, "i": contact_id},
        )
        taken.add(e164)


def downgrade() -> None:
    pass  # the E.164 form is as good a way to write the number as any other
