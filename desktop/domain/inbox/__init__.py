"""Inbox rules (D1–D7): reading incoming mail, reply-time standards, banned words."""
