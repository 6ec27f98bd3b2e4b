"""The history of a KIP: every insert, change and deletion of a work, and restoring an earlier version.

Both backends keep it in ``works_history`` through triggers (schema 2 and later): who (the
database login; a GeoPackage has none), when, which fields, and the values before and after
as JSON. Restoring goes through a layer's edit buffer, so that it can be undone and is saved
like any other edit.
"""
from __future__ import annotations

import datetime as _dt
import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional

from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer
from qgis.PyQt.QtCore import QDate, QDateTime, QTime

from ..core import schema as S
from ..i18n import tr
from .copy_rows import changed_at as _as_utc
from .pg_connect import psycopg2_module, transaction

_COLUMNS = ("fid", "work_fid", "work_id", "owner", "operation", "changed_by", "changed_at", "row_version",
            "changed_fields", "old_values", "new_values")


@dataclass
class Change:
    """One row of the history: what happened to one work."""

    fid: int
    work_fid: int
    work_id: str
    owner: str
    operation: str  # insert, update or delete
    changed_by: str
    changed_at: _dt.datetime  # aware, UTC
    row_version: Optional[int]
    changed_fields: List[str] = field(default_factory=list)
    old_values: Optional[Dict[str, Any]] = None
    new_values: Optional[Dict[str, Any]] = None

    def version_values(self) -> Dict[str, Any]:
        """The work as it was after this change (before it, for a deletion)."""
        return dict(self.new_values if self.new_values is not None else self.old_values or {})


def _row_to_change(row) -> Change:
    values = dict(zip(_COLUMNS, row))
    for name in ("changed_fields", "old_values", "new_values"):
        if isinstance(values[name], str):
            values[name] = json.loads(values[name])
    values["changed_fields"] = list(values["changed_fields"] or [])
    values["changed_at"] = _as_utc(values["changed_at"])
    values["changed_by"] = values["changed_by"] or ""
    return Change(**values)


def _iso_utc(moment: _dt.datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.astimezone()  # a naive time is the user's local time
    return moment.astimezone(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def changes(store, since: Optional[_dt.datetime] = None, parties: Optional[Iterable[str]] = None,
            work_fid: Optional[int] = None, after_version: Optional[int] = None) -> List[Change]:
    """History rows of ``store``, oldest first: since a moment, of some parties, of one work."""
    if not store.has_history:
        return []
    parties = list(parties) if parties else None
    if store.backend == "gpkg":
        return _gpkg_changes(store.address, since, parties, work_fid, after_version)
    return _pg_changes(store, since, parties, work_fid, after_version)


def _gpkg_changes(path, since, parties, work_fid, after_version) -> List[Change]:
    where, params = [], []
    if since is not None:
        where.append("changed_at >= ?")
        params.append(_iso_utc(since))
    if parties:
        where.append("owner IN ({})".format(", ".join("?" for _ in parties)))
        params.extend(parties)
    if work_fid is not None:
        where.append("work_fid = ?")
        params.append(work_fid)
    if after_version is not None:
        where.append("row_version > ?")
        params.append(after_version)
    query = f"SELECT {', '.join(_COLUMNS)} FROM {S.HISTORY_TABLE}"
    if where:
        query += " WHERE " + " AND ".join(where)
    with sqlite3.connect(Path(path).as_uri() + "?mode=ro", uri=True) as db:
        return [_row_to_change(row) for row in db.execute(query + " ORDER BY fid", params)]


def _pg_changes(store, since, parties, work_fid, after_version) -> List[Change]:
    sql = psycopg2_module().sql
    where, params = [], []
    if since is not None:
        where.append(sql.SQL("changed_at >= %s"))
        params.append(since if since.tzinfo else since.astimezone())
    if parties:
        where.append(sql.SQL("owner = ANY(%s)"))
        params.append(parties)
    if work_fid is not None:
        where.append(sql.SQL("work_fid = %s"))
        params.append(work_fid)
    if after_version is not None:
        where.append(sql.SQL("row_version > %s"))
        params.append(after_version)
    query = sql.SQL("SELECT {} FROM {}.{}").format(
        sql.SQL(", ").join(sql.Identifier(c) for c in _COLUMNS), sql.Identifier(store.pg.schema),
        sql.Identifier(S.HISTORY_TABLE))
    if where:
        query = sql.SQL("{} WHERE {}").format(query, sql.SQL(" AND ").join(where))
    with transaction(store.connection()) as cursor:
        cursor.execute(sql.SQL("{} ORDER BY fid").format(query), params)
        return [_row_to_change(row) for row in cursor.fetchall()]


# ---- values of a version, as QGIS values -------------------------------------------------------


def geometry_from_hex(text: Optional[str]) -> QgsGeometry:
    """A history geometry (hexadecimal WKB, or a GeoPackage geometry blob) as a QgsGeometry."""
    if not text:
        return QgsGeometry()
    blob = bytes.fromhex(text)
    if blob[:2] == b"GP":  # GeoPackage header: magic, version, flags, srs id, then the envelope
        envelope = (0, 32, 48, 48, 64)[(blob[3] >> 1) & 0x07]
        blob = blob[8 + envelope:]
    geometry = QgsGeometry()
    geometry.fromWkb(blob)
    return geometry


def qgis_value(name: str, value: Any) -> Any:
    """A JSON value of the history as the QGIS value for field ``name``."""
    spec = S.WORK_FIELDS_BY_NAME.get(name)
    if value is None or spec is None:
        return value
    if spec.kind == S.DATE:
        return QDate.fromString(str(value)[:10], "yyyy-MM-dd")
    if spec.kind == S.DATETIME:
        text = str(value).replace("Z", "")
        moment = _dt.datetime.fromisoformat(text)
        return QDateTime(QDate(moment.year, moment.month, moment.day),
                         QTime(moment.hour, moment.minute, moment.second, moment.microsecond // 1000))
    if spec.kind == S.BOOL:
        return bool(value)
    return value


def restore(layer: QgsVectorLayer, change: Change) -> bool:
    """Put the version of the work recorded in ``change`` into the layer's edit buffer (one undo step).

    An existing work gets that version's values and area; a deleted work comes back as a new
    feature with its old id. The user saves (or undoes) it like any edit.
    """
    values = change.version_values()
    if not values:
        return False
    if not layer.isEditable() and not layer.startEditing():
        return False
    fields = layer.fields()
    attributes = {fields.indexOf(name): qgis_value(name, values.get(name)) for name in S.WORK_FIELD_NAMES
                  if fields.indexOf(name) >= 0 and name != S.F_UPDATED_AT}
    if fields.indexOf(S.F_UPDATED_AT) >= 0:  # restoring is a change made now
        attributes[fields.indexOf(S.F_UPDATED_AT)] = QDateTime.currentDateTime()
    geometry = geometry_from_hex(values.get("geom"))
    existing = layer.getFeature(int(change.work_fid))
    layer.beginEditCommand(tr("Restore work {id} to version {version}").format(
        id=change.work_id, version=values.get(S.F_ROW_VERSION, "?")))
    if existing is not None and existing.isValid():
        ok = layer.changeAttributeValues(existing.id(), attributes)
        ok = layer.changeGeometry(existing.id(), geometry) and ok
    else:
        feature = QgsFeature(fields)
        for index, value in attributes.items():
            feature.setAttribute(index, value)
        feature.setGeometry(geometry)
        ok = layer.addFeature(feature)
    if ok:
        layer.endEditCommand()
    else:
        layer.destroyEditCommand()
    return ok


def describe(change: Change) -> str:
    """One line for the user: who did what to which work, when."""
    when = change.changed_at.astimezone().strftime("%Y-%m-%d %H:%M") if change.changed_at else "?"
    who = change.changed_by or tr("someone")
    if change.operation == "delete":
        return tr("deleted by {who} at {when}").format(who=who, when=when)
    if change.operation == "insert":
        return tr("added by {who} at {when}").format(who=who, when=when)
    return tr("changed by {who} at {when} ({fields})").format(
        who=who, when=when, fields=", ".join(change.changed_fields) or tr("no fields"))
