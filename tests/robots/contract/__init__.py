"""Local stand-ins for the five platforms' robot webhooks, written from their documentation."""
