"""The worker-alone tests use every real server the app talks to: aiosmtpd (sending),
Dovecot (IMAP), Synapse (Matrix), and a keyring file the worker process reads."""

from __future__ import annotations

from tests.inbox.conftest import dovecot  # noqa: F401  (fixtures re-exported)
from tests.matrix.conftest import arun, new_user, running_synapse, synapse  # noqa: F401
from tests.matrix.service_support import file_keyring  # noqa: F401
from tests.sending.conftest import smtp_server  # noqa: F401
