"""The folder a resident view goes into: new, empty, or one KIP wrote before (never anything else)."""
from __future__ import annotations

import os
from pathlib import Path

from ..i18n import tr

# A file marking a folder as a resident view written by KIP: only such a folder is ever replaced.
MARKER = ".kip-resident-view"


class FolderError(Exception):
    """The folder cannot take a resident view; the message says why, for the user."""


def check_folder(folder: str) -> Path:
    """The target folder: new, empty, or a resident view written before (never anything else)."""
    if not folder:
        raise FolderError(tr("Choose a folder for the resident view."))
    target = Path(folder)
    if target.exists() and not target.is_dir():
        raise FolderError(tr("'{path}' is a file; choose a folder for the resident view.").format(path=folder))
    if target.is_dir() and any(target.iterdir()) and not (target / MARKER).exists():
        raise FolderError(
            tr("The folder '{path}' holds other files; choose an empty folder or one KIP wrote a resident view in before.")
            .format(path=folder)
        )
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise FolderError(tr("Cannot write in '{path}': {reason}").format(path=str(target.parent), reason=error.strerror))
    if not os.access(target.parent, os.W_OK):
        raise FolderError(tr("Cannot write in '{path}': {reason}").format(path=str(target.parent), reason=tr("write-protected")))
    return target
