"""Rules every outbound message passes (M4, D6): consent, caps, quiet hours, holidays, backoff."""
