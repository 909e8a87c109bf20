"""Use cases the UI and the CLI call; each takes plain data in and gives dataclasses back."""
