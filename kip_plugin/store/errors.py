"""The one error a KIP store raises: its message says, for the user, what is wrong."""
from __future__ import annotations


class KipStoreError(Exception):
    """A KIP store cannot be created, opened or changed; the message says why, for the user."""
