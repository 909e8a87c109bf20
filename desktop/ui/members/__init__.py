"""The members tab."""
