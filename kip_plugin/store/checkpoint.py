"""After every write: the GeoPackage file alone holds everything.

QGIS opens a GeoPackage for writing in SQLite's write-ahead-log mode: committed
changes first go to the ``-wal`` file beside it and reach the ``.gpkg`` file only at
a checkpoint, often not before QGIS exits. A store copied, mailed or backed up as the
``.gpkg`` alone would then lack the latest changes. ``checkpoint`` copies the log
into the file and, when no other connection is open, switches the file back to the
ordinary rollback journal, so that it stays byte-for-byte the same until the next
write (also when it is only opened).
"""
from __future__ import annotations

import os
import sqlite3

from .. import log

# Seconds to wait for a reader or writer of another program before giving up.
_BUSY_SECONDS = 2.0


def checkpoint(path: str) -> bool:
    """Copy committed changes from the ``-wal`` file into the GeoPackage ``path``; True when it holds all of them.

    Harmless when there is nothing to copy, when the file is not in WAL mode or is
    read-only; never raises (a failed checkpoint leaves the data safe in the log).
    """
    if not path or not os.path.isfile(path) or not os.path.exists(path + "-wal"):
        return True
    if not os.access(path, os.W_OK) or not os.access(os.path.dirname(path) or ".", os.W_OK):
        return False
    try:
        db = sqlite3.connect(path, timeout=_BUSY_SECONDS, isolation_level=None)
    except sqlite3.Error as error:
        log.warning("checkpoint of {path}: {error}".format(path=path, error=error))
        return False
    try:
        # PASSIVE never waits; FULL waits (briefly) for readers of older data only when needed.
        busy, frames, copied = db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        if frames != copied:
            busy, frames, copied = db.execute("PRAGMA wal_checkpoint(FULL)").fetchone()
        complete = frames == copied
        if complete:
            # Tidying up needs the file to itself: try once, without waiting for other connections.
            db.execute("PRAGMA busy_timeout = 0")
            for statement in ("PRAGMA wal_checkpoint(TRUNCATE)", "PRAGMA journal_mode=DELETE"):
                try:
                    db.execute(statement).fetchone()
                except sqlite3.Error:
                    break
        return complete
    except sqlite3.Error as error:
        log.warning("checkpoint of {path}: {error}".format(path=path, error=error))
        return False
    finally:
        db.close()


def checkpoint_layer_store(layer) -> bool:
    """Checkpoint the GeoPackage behind a works layer (after an edit commit); True when done or not needed."""
    path = layer.customProperty("kip/store") or ""
    return checkpoint(str(path)) if path else True
