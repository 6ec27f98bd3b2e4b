"""What KIP checks before it writes to a GeoPackage store: triggers it did not make, and the write lock.

A GeoPackage is an SQLite database: anyone can add a trigger that runs on every
write (and, for instance, deletes works). GDAL's own triggers keep the spatial index,
the feature counts and the tile tables right; KIP refuses to write to a store with
any other trigger and names it. Another program may also be writing; KIP waits a
bounded time for it, then says the store is locked.
"""
from __future__ import annotations

import re
import sqlite3
from typing import List, Optional

# Statements GDAL's triggers consist of, each writing only to the table its name promises.
_STATEMENT = re.compile(
    r"""^(insert\s+or\s+replace\s+into\s+(?P<insert>["'`]?[\w]+["'`]?)\s+values\s*\(.*\)
        |delete\s+from\s+(?P<delete>["'`]?[\w]+["'`]?)\s+where\s+.*
        |update\s+(?P<update>["'`]?[\w]+["'`]?)\s+set\s+feature_count\s*=\s*feature_count\s*[+-]\s*1\s+where\s+.*
        |select\s+raise\s*\(\s*abort\s*,\s*'(?:[^']|'')*'\s*\)\s+where\s+.*)$""",
    re.IGNORECASE | re.VERBOSE | re.DOTALL,
)
_TILE_TRIGGER = re.compile(r"^gpkg_(tile_matrix|metadata|metadata_reference)_\w+$", re.IGNORECASE)
LOCKED_WORDS = ("database is locked", "database table is locked", "sqlite_busy", "busy", "lock timeout")
FULL_WORDS = ("database or disk is full", "no space left on device", "disk i/o error")


def _bare(name: str) -> str:
    return name.strip("\"'`").lower()


def _body(sql: str) -> Optional[List[str]]:
    match = re.search(r"\bbegin\b(.*)\bend\s*;?\s*$", sql, re.IGNORECASE | re.DOTALL)
    if not match:
        return None
    return [s.strip() for s in match.group(1).split(";") if s.strip()]


def _gdal_made(name: str, table: str, sql: str) -> bool:
    """Whether a trigger is one of GDAL's, writing only where its name says."""
    lower, table = name.lower(), table.lower()
    if lower.startswith("rtree_"):
        target = "rtree_" + table + "_"
        if not lower.startswith(target):
            return False
        allowed = {lower.rsplit("_", 1)[0]}  # rtree_<table>_<geometry column>
    elif lower in (f"trigger_insert_feature_count_{table}", f"trigger_delete_feature_count_{table}"):
        allowed = {"gpkg_ogr_contents"}
    elif _TILE_TRIGGER.match(lower):
        allowed = set()
    else:
        return False
    statements = _body(sql)
    if not statements:
        return False
    for statement in statements:
        match = _STATEMENT.match(" ".join(statement.split()))
        if not match:
            return False
        written = match.group("insert") or match.group("delete") or match.group("update")
        if written is not None and _bare(written) not in allowed:
            return False
        if written is None and allowed:  # a RAISE belongs to the tile tables only
            return False
    return True


def foreign_triggers(path: str) -> List[str]:
    """Names of the triggers in the GeoPackage ``path`` that neither KIP (its history) nor GDAL made."""
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=2.0)
    except sqlite3.Error:
        return []
    try:
        rows = db.execute("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
    except sqlite3.Error:
        return []
    finally:
        db.close()
    from .gpkg_migrations import is_kip_trigger

    return sorted(name for name, table, sql in rows
                  if not _gdal_made(name, table or "", sql or "") and not is_kip_trigger(name, sql or ""))


def wait_for_write_lock(path: str, seconds: float) -> bool:
    """Wait up to ``seconds`` until no other program is writing to ``path``; False when it still is."""
    try:
        db = sqlite3.connect(path, timeout=max(0.0, seconds), isolation_level=None)
    except sqlite3.Error:
        return False
    try:
        db.execute("BEGIN IMMEDIATE")
        db.execute("ROLLBACK")
        return True
    except sqlite3.OperationalError:
        return False
    finally:
        db.close()


def is_locked_error(text: str) -> bool:
    """Whether a provider's error message means another program holds the lock."""
    lower = (text or "").lower()
    return any(word in lower for word in LOCKED_WORDS)


def is_full_error(text: str) -> bool:
    """Whether a provider's error message means the disk (or the database's limit) is full."""
    lower = (text or "").lower()
    return any(word in lower for word in FULL_WORDS)
