"""The folder a resident view goes into: new, empty, or one KIP wrote before (never anything else)."""
from __future__ import annotations

import os
from pathlib import Path

from ..core.errors import KipError
from ..core.schema import QT_TRANSLATE_NOOP

# A file marking a folder as a resident view written by KIP: only such a folder is ever replaced.
MARKER = ".kip-resident-view"


def check_folder(folder: str) -> Path:
    """The target folder: new, empty, or a resident view written before (never anything else)."""
    if not folder:
        raise KipError(QT_TRANSLATE_NOOP("@default", "Choose a folder for the resident view."))
    target = Path(folder)
    if target.exists() and not target.is_dir():
        raise KipError(
            QT_TRANSLATE_NOOP("@default", "'{path}' is a file; choose a folder for the resident view."),
            path=folder)
    if target.is_dir() and any(target.iterdir()) and not (target / MARKER).exists():
        raise KipError(
            QT_TRANSLATE_NOOP("@default", "The folder '{path}' holds other files; choose an empty folder or one "
                                          "KIP wrote a resident view in before."),
            path=folder)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise KipError(
            QT_TRANSLATE_NOOP("@default", "Cannot write in '{path}': {reason}"),
            path=str(target.parent), reason=error.strerror)
    if not os.access(target.parent, os.W_OK):
        raise KipError(
            QT_TRANSLATE_NOOP("@default", "Cannot write in '{path}': {reason}"),
            path=str(target.parent), reason=QT_TRANSLATE_NOOP("@default", "write-protected"),
            translate=("reason",))
    return target
