"""Sending, as the operator sees it: the outbox window, the worker status, the to-do list."""
