"""The no-keyring warning, shown where a secret is about to be saved.

A dialog at every start-up warned people who had nothing to store; the account editors
say it instead, once a password or token is typed, with what to do about it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit

from desktop.secrets import SecretStore
from desktop.ui.common.forms import InlineMessage
from desktop.ui.outbox.labels import keyring_unavailable_text


def keyring_save_warning() -> str:
    return (
        keyring_unavailable_text()
        + " "
        + QCoreApplication.translate(
            "KeyringNote",
            "To keep them, install or unlock a system keyring (for example GNOME Keyring "
            "or KWallet) and restart the app.",
        )
    )


def warn_when_typed(note: InlineMessage, secrets: SecretStore, *fields: QLineEdit) -> None:
    """Show the warning in ``note`` as soon as any of ``fields`` holds a secret."""
    if secrets.available:
        return

    def update() -> None:
        if any(f.text() for f in fields):
            note.show_warning(keyring_save_warning())
        else:
            note.clear_message()

    for field in fields:
        field.textChanged.connect(update)
