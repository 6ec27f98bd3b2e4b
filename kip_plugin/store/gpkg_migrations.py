"""Schema versions of a KIP GeoPackage, and the steps from one to the next.

A new GeoPackage is made at version 1 and brought to the current version by the same steps an
older store takes when it is opened for writing, so both always end with the same tables.
Each step runs in one SQLite transaction: a store is at one version or the next, never between.
"""
from __future__ import annotations

from typing import Callable, Dict

from osgeo import ogr

from ..core import schema as S

# The works columns of schema version 2, fixed here: later versions add their own steps.
_V2_COLUMNS = (
    "work_id", "title", "description", "owner", "work_type", "status", "start_date", "end_date",
    "earliest_start", "latest_end", "excavation", "road_closure", "disruption", "budget_type",
    "budget_eur", "contact", "source", "updated_at",
)
# Version 3 adds the works' themes.
_V3_COLUMNS = _V2_COLUMNS + ("themes",)
_NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"


def _json(row: str, version: str, names=_V2_COLUMNS) -> str:
    pairs = ", ".join(f"'{c}', {row}.{c}" for c in names)
    return f"json_object({pairs}, 'row_version', {version}, 'geom', hex({row}.geom))"


def _changed_names(condition: str, names=_V2_COLUMNS) -> str:
    """A JSON array with the names of the columns for which ``condition`` (with {c}) holds."""
    parts = " UNION ALL ".join(f"SELECT '{c}' AS name WHERE {condition.format(c=c)}" for c in names + ("geom",))
    return f"(SELECT json_group_array(name) FROM ({parts}))"


def _step_2(ds) -> None:
    """Row versions and the history of every change (kept by triggers, as on PostgreSQL)."""
    works = ds.GetLayerByName(S.WORKS_TABLE)
    if works.GetLayerDefn().GetFieldIndex(S.F_ROW_VERSION) < 0:
        field = ogr.FieldDefn(S.F_ROW_VERSION, ogr.OFTInteger64)
        field.SetDefault("1")
        if works.CreateField(field) != 0:
            raise RuntimeError("cannot add row_version")
    ds.ExecuteSQL(f"UPDATE {S.WORKS_TABLE} SET {S.F_ROW_VERSION} = 1 WHERE {S.F_ROW_VERSION} IS NULL")
    history = ds.CreateLayer(S.HISTORY_TABLE, None, ogr.wkbNone, ["FID=fid"])
    for name, kind, subtype in (
        ("work_fid", ogr.OFTInteger64, ogr.OFSTNone),
        (S.H_WORK_ID, ogr.OFTString, ogr.OFSTNone),
        (S.H_OWNER, ogr.OFTString, ogr.OFSTNone),
        (S.H_OPERATION, ogr.OFTString, ogr.OFSTNone),
        (S.H_CHANGED_BY, ogr.OFTString, ogr.OFSTNone),
        (S.H_CHANGED_AT, ogr.OFTDateTime, ogr.OFSTNone),
        (S.F_ROW_VERSION, ogr.OFTInteger64, ogr.OFSTNone),
        (S.H_CHANGED_FIELDS, ogr.OFTString, ogr.OFSTJSON),
        (S.H_OLD_VALUES, ogr.OFTString, ogr.OFSTJSON),
        (S.H_NEW_VALUES, ogr.OFTString, ogr.OFSTJSON),
    ):
        field = ogr.FieldDefn(name, kind)
        field.SetSubType(subtype)
        history.CreateField(field)
    h = S.HISTORY_TABLE
    ds.ExecuteSQL(f"CREATE INDEX idx_{h}_changed_at ON {h}({S.H_CHANGED_AT})")
    ds.ExecuteSQL(f"CREATE INDEX idx_{h}_work ON {h}(work_fid, fid)")
    _history_triggers(ds, _V2_COLUMNS)


def _history_triggers(ds, names) -> None:
    """The triggers that keep the row versions and the history of the works' columns ``names``."""
    for name in HISTORY_TRIGGERS:
        ds.ExecuteSQL(f"DROP TRIGGER IF EXISTS {name}")
    for sql in history_trigger_sql(names).values():
        ds.ExecuteSQL(sql)


def history_trigger_sql(names) -> Dict[str, str]:
    """The statements making KIP's history triggers over the works' columns ``names``, by trigger name."""
    h, w = S.HISTORY_TABLE, S.WORKS_TABLE
    columns = ("work_fid, work_id, owner, operation, changed_by, changed_at, row_version, "
               "changed_fields, old_values, new_values")
    any_change = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in names + ("geom",))
    # A file has no login: who changed a work is not known, so changed_by stays empty.
    # Only an UPDATE that keeps the row version is an edit: the trigger's own UPDATE raises it.
    return {
        "kip_history_insert": (
            f"CREATE TRIGGER kip_history_insert AFTER INSERT ON {w} FOR EACH ROW BEGIN "
            f"UPDATE {w} SET row_version = 1 WHERE fid = NEW.fid AND row_version IS NOT 1; "
            f"INSERT INTO {h} ({columns}) VALUES (NEW.fid, NEW.work_id, NEW.owner, 'insert', '', {_NOW}, 1, "
            f"{_changed_names('NEW.{c} IS NOT NULL', names)}, NULL, {_json('NEW', '1', names)}); END"
        ),
        "kip_history_update": (
            f"CREATE TRIGGER kip_history_update AFTER UPDATE ON {w} FOR EACH ROW "
            f"WHEN NEW.row_version IS OLD.row_version AND ({any_change}) BEGIN "
            f"UPDATE {w} SET row_version = coalesce(OLD.row_version, 1) + 1 WHERE fid = NEW.fid; "
            f"INSERT INTO {h} ({columns}) VALUES (NEW.fid, NEW.work_id, NEW.owner, 'update', '', {_NOW}, "
            f"coalesce(OLD.row_version, 1) + 1, {_changed_names('OLD.{c} IS NOT NEW.{c}', names)}, "
            f"{_json('OLD', 'OLD.row_version', names)}, {_json('NEW', 'coalesce(OLD.row_version, 1) + 1', names)}); END"
        ),
        "kip_history_delete": (
            f"CREATE TRIGGER kip_history_delete AFTER DELETE ON {w} FOR EACH ROW BEGIN "
            f"INSERT INTO {h} ({columns}) VALUES (OLD.fid, OLD.work_id, OLD.owner, 'delete', '', {_NOW}, "
            f"OLD.row_version, json_array(), {_json('OLD', 'OLD.row_version', names)}, NULL); END"
        ),
    }


def is_kip_trigger(name: str, sql: str) -> bool:
    """Whether the trigger ``name`` with the statement ``sql`` is one KIP made (in any schema version)."""
    def plain(text: str) -> str:
        return " ".join(text.split()).rstrip(";").lower()

    return any(plain(made.get(name, "")) == plain(sql) for made in (history_trigger_sql(_V2_COLUMNS),
                                                                     history_trigger_sql(_V3_COLUMNS)))


def _add_field(layer, spec: S.FieldSpec) -> None:
    if layer.GetLayerDefn().GetFieldIndex(spec.name) < 0:
        kind = {S.TEXT: ogr.OFTString, S.INTEGER: ogr.OFTInteger64, S.REAL: ogr.OFTReal, S.DATE: ogr.OFTDate,
                S.DATETIME: ogr.OFTDateTime, S.BOOL: ogr.OFTInteger}[spec.kind]
        field = ogr.FieldDefn(spec.name, kind)
        if spec.kind == S.BOOL:
            field.SetSubType(ogr.OFSTBoolean)
        if layer.CreateField(field) != 0:
            raise RuntimeError(f"cannot add {spec.name}")


def _step_3(ds) -> None:
    """A contact for residents per party, themes per work, and the detection's results kept in the store."""
    _add_field(ds.GetLayerByName(S.PARTIES_TABLE), S.FieldSpec(S.P_PUBLIC_CONTACT, S.TEXT))
    works = ds.GetLayerByName(S.WORKS_TABLE)
    _add_field(works, S.FieldSpec(S.F_THEMES, S.TEXT))
    _history_triggers(ds, _V3_COLUMNS)
    srs = works.GetSpatialRef()
    geometry_types = {"Polygon": ogr.wkbPolygon, "LineString": ogr.wkbLineString,
                      "MultiLineString": ogr.wkbMultiLineString}
    for table, specs, geometry in S.SHARED_TABLES:
        existing = ds.GetLayerByName(table)
        if existing is None and geometry:
            existing = ds.CreateLayer(table, srs, geometry_types[geometry],
                                      ["GEOMETRY_NAME=" + S.GEOMETRY_COLUMN, "FID=fid", "SPATIAL_INDEX=YES"])
        elif existing is None:
            existing = ds.CreateLayer(table, None, ogr.wkbNone, ["FID=fid"])
        for spec in specs:
            _add_field(existing, spec)


# Version reached -> the step that reaches it from the version before.
STEPS: Dict[int, Callable] = {2: _step_2, 3: _step_3}
HISTORY_TRIGGERS = ("kip_history_insert", "kip_history_update", "kip_history_delete")


def migrate(ds, from_version: int) -> int:
    """Bring the open (writable) GeoPackage ``ds`` from ``from_version`` to the current version."""
    version = from_version
    for target in range(from_version + 1, S.SCHEMA_VERSION + 1):
        ds.StartTransaction(force=True)
        try:
            STEPS[target](ds)
            ds.ExecuteSQL(f"UPDATE {S.META_TABLE} SET value = '{target}' WHERE key = 'schema_version'")
        except BaseException:
            ds.RollbackTransaction()
            raise
        ds.CommitTransaction()
        version = target
    return version


def trigger_sql(ds) -> Dict[str, str]:
    """The SQL of KIP's history triggers in ``ds`` (to drop them while copying and restore them after)."""
    result = {}
    for name in HISTORY_TRIGGERS:
        layer = ds.ExecuteSQL(f"SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = '{name}'")
        if layer is not None:
            feature = layer.GetNextFeature()
            if feature is not None:
                result[name] = feature.GetField(0)
            ds.ReleaseResultSet(layer)
    return result
