"""DM inbox over IMAP (issue 5)

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The search index (see desktop/services/inbox/search.py, which holds the same statements
# for rebuilding): a trigram FTS5 table over the message text (external content), and a
# contentless FTS5 table where every CJK character is its own token, for 1–2 character
# queries that the trigram tokenizer cannot answer. Both are kept in sync by triggers.
# Any later migration that rebuilds ``messages`` in batch mode must recreate the triggers.
_CJK_TEST = (
    "unicode(c) BETWEEN 11904 AND 42191 OR unicode(c) BETWEEN 44032 AND 55215"
    " OR unicode(c) BETWEEN 63744 AND 64255 OR unicode(c) >= 131072"
)


def _spaced(expr: str) -> str:
    """SQL turning ``expr`` into the same text with spaces around every CJK character."""
    return (
        f"(SELECT coalesce(group_concat(CASE WHEN {_CJK_TEST} THEN ' ' || c || ' ' ELSE c END,"
        f" ''), '') FROM (SELECT substr({expr}, key + 1, 1) AS c FROM json_each('[' ||"
        f" rtrim(replace(hex(zeroblob(length({expr}))), '00', '0,'), ',') || ']')))"
    )


SQLITE_CREATE = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS messages_fts USING fts5("
    "body_text, content='messages', content_rowid='id', tokenize='trigram')",
    "CREATE VIRTUAL TABLE IF NOT EXISTS messages_fts_cjk USING fts5("
    "chars, content='', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER IF NOT EXISTS messages_fts_ai AFTER INSERT ON messages BEGIN "
    "INSERT INTO messages_fts(rowid, body_text) VALUES (new.id, new.body_text); "
    f"INSERT INTO messages_fts_cjk(rowid, chars) VALUES (new.id, {_spaced('new.body_text')}); "
    "END",
    "CREATE TRIGGER IF NOT EXISTS messages_fts_ad AFTER DELETE ON messages BEGIN "
    "INSERT INTO messages_fts(messages_fts, rowid, body_text) "
    "VALUES ('delete', old.id, old.body_text); "
    "INSERT INTO messages_fts_cjk(messages_fts_cjk, rowid, chars) "
    f"VALUES ('delete', old.id, {_spaced('old.body_text')}); "
    "END",
    "CREATE TRIGGER IF NOT EXISTS messages_fts_au AFTER UPDATE OF body_text ON messages BEGIN "
    "INSERT INTO messages_fts(messages_fts, rowid, body_text) "
    "VALUES ('delete', old.id, old.body_text); "
    "INSERT INTO messages_fts_cjk(messages_fts_cjk, rowid, chars) "
    f"VALUES ('delete', old.id, {_spaced('old.body_text')}); "
    "INSERT INTO messages_fts(rowid, body_text) VALUES (new.id, new.body_text); "
    f"INSERT INTO messages_fts_cjk(rowid, chars) VALUES (new.id, {_spaced('new.body_text')}); "
    "END",
]
SQLITE_FILL = [
    "INSERT INTO messages_fts(messages_fts) VALUES ('rebuild')",
    f"INSERT INTO messages_fts_cjk(rowid, chars) SELECT id, {_spaced('body_text')} FROM messages",
]
SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS messages_fts_au",
    "DROP TRIGGER IF EXISTS messages_fts_ad",
    "DROP TRIGGER IF EXISTS messages_fts_ai",
    "DROP TABLE IF EXISTS messages_fts_cjk",
    "DROP TABLE IF EXISTS messages_fts",
]
POSTGRES_CREATE = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX IF NOT EXISTS ix_messages_body_trgm ON messages "
    "USING gin (body_text gin_trgm_ops)",
]
POSTGRES_DROP = ["DROP INDEX IF EXISTS ix_messages_body_trgm"]


def upgrade() -> None:
    op.create_table(
        "canned_replies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("shortcut", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=120), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("is_marketing", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_canned_replies")),
        sa.UniqueConstraint("shortcut", name=op.f("uq_canned_replies_shortcut")),
    )
    op.create_table(
        "inbox_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("first_response_minutes", sa.Integer(), nullable=False),
        sa.Column("resolution_minutes", sa.Integer(), nullable=False),
        sa.Column("warn_before_minutes", sa.Integer(), nullable=False),
        sa.Column("work_start", sa.String(length=5), nullable=False),
        sa.Column("work_end", sa.String(length=5), nullable=False),
        sa.Column("work_days", sa.JSON(), nullable=False),
        sa.Column("banned_words", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inbox_settings")),
    )
    op.create_table(
        "imap_folder_states",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("mailbox", sa.String(length=200), nullable=False),
        sa.Column("uidvalidity", sa.BigInteger(), nullable=False),
        sa.Column("last_uid", sa.BigInteger(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("last_sync_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["channel_accounts.id"],
            name=op.f("fk_imap_folder_states_account_id_channel_accounts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_imap_folder_states")),
        sa.UniqueConstraint("account_id", "mailbox", name="uq_imap_folder_states_box"),
    )
    op.create_table(
        "message_attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("content_type", sa.String(length=120), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["message_id"],
            ["messages.id"],
            name=op.f("fk_message_attachments_message_id_messages"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_message_attachments")),
    )
    with op.batch_alter_table("message_attachments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_message_attachments_message_id"), ["message_id"], unique=False
        )

    with op.batch_alter_table("conversations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("waiting_since", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("resolved_at", sa.DateTime(), nullable=True))
        batch_op.create_index(
            "ix_conversations_member_channel", ["member_id", "channel"], unique=False
        )
        batch_op.create_index(
            "ix_conversations_waiting", ["status", "waiting_since", "id"], unique=False
        )

    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.add_column(sa.Column("subject", sa.String(length=300), nullable=True))
        batch_op.add_column(sa.Column("sender", sa.String(length=255), nullable=True))
        batch_op.add_column(sa.Column("in_reply_to", sa.String(length=255), nullable=True))
        batch_op.add_column(sa.Column("reference_ids", sa.Text(), nullable=True))
        batch_op.add_column(
            sa.Column("has_remote_images", sa.Boolean(), server_default="0", nullable=False)
        )
        batch_op.add_column(sa.Column("event", sa.String(length=30), nullable=True))

    # Replies sent through the outbox keep the email thread.
    with op.batch_alter_table("deliveries", schema=None) as batch_op:
        batch_op.add_column(sa.Column("in_reply_to", sa.String(length=998), nullable=True))
        batch_op.add_column(sa.Column("references", sa.Text(), nullable=True))

    # Conversations still waiting for an answer start their reply-time clock now.
    op.execute(
        "UPDATE conversations SET waiting_since = first_inbound_at "
        "WHERE first_response_at IS NULL AND status <> 'resolved'"
    )
    # After the batch rebuild of ``messages``: triggers on the old table are gone with it.
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for statement in SQLITE_CREATE + SQLITE_FILL:
            op.execute(statement)
    elif dialect == "postgresql":
        for statement in POSTGRES_CREATE:
            op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for statement in SQLITE_DROP:
            op.execute(statement)
    elif dialect == "postgresql":
        for statement in POSTGRES_DROP:
            op.execute(statement)
    with op.batch_alter_table("deliveries", schema=None) as batch_op:
        batch_op.drop_column("references")
        batch_op.drop_column("in_reply_to")

    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.drop_column("event")
        batch_op.drop_column("has_remote_images")
        batch_op.drop_column("reference_ids")
        batch_op.drop_column("in_reply_to")
        batch_op.drop_column("sender")
        batch_op.drop_column("subject")

    with op.batch_alter_table("conversations", schema=None) as batch_op:
        batch_op.drop_index("ix_conversations_waiting")
        batch_op.drop_index("ix_conversations_member_channel")
        batch_op.drop_column("resolved_at")
        batch_op.drop_column("waiting_since")

    with op.batch_alter_table("message_attachments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_message_attachments_message_id"))

    op.drop_table("message_attachments")
    op.drop_table("imap_folder_states")
    op.drop_table("inbox_settings")
    op.drop_table("canned_replies")
