"""KIP's one error type and its one cancel.

A ``KipError`` carries an untranslated English template and its parameters; the edges
(Processing algorithms, dialogs, message bars) show it with ``i18n.error_text``, which
translates the template and fills it in. The core stays free of Qt.
"""
from __future__ import annotations

from typing import Any

from .problems import Problem


class Cancelled(Exception):
    """The user cancelled: whatever was being made is dropped, and nothing was written."""


class KipError(Exception):
    """Something the user must know or put right; ``str()`` is the English text."""

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(self.problem.text())

    @property
    def problem(self) -> Problem:
        """The same message as a Problem of the delivered data."""
        return Problem(self.template, self.params)


class StoreError(KipError):
    """A KIP store could not be opened, read or written; nothing of a failed write was kept.

    ``complete`` when the message itself says that nothing was written.
    """

    def __init__(self, template: str, complete: bool = False, **params: Any) -> None:
        super().__init__(template, **params)
        self.complete = complete
