"""Every row of a KIP's tables as plain Python values, read and written exactly, for copying.

Works keep their fid, row version and every field; the geometry travels as WKB. The history
keeps its rows as they are. Values are ``str``, ``date``, naive ``datetime``, ``bool``,
``float``, ``int`` or ``None``, whatever the backend.
"""
from __future__ import annotations

import datetime as _dt
import json
from typing import Any, Callable, Dict, Iterator, List, Optional

from osgeo import gdal, ogr

from ..core import schema as S
from .pg_connect import psycopg2_module, transaction

Row = Dict[str, Any]
WORK_COLUMNS = tuple(S.WORK_FIELD_NAMES) + (S.F_ROW_VERSION,)
HISTORY_COLUMNS = ("work_fid", S.H_WORK_ID, S.H_OWNER, S.H_OPERATION, S.H_CHANGED_BY, S.H_CHANGED_AT,
                   S.F_ROW_VERSION, S.H_CHANGED_FIELDS, S.H_OLD_VALUES, S.H_NEW_VALUES)
_KINDS = {spec.name: spec.kind for spec in S.WORK_FIELDS}
_KINDS[S.F_ROW_VERSION] = S.INTEGER


def _ogr_value(feature: ogr.Feature, index: int, kind: str) -> Any:
    if not feature.IsFieldSetAndNotNull(index):
        return None
    if kind in (S.DATE, S.DATETIME):
        y, mo, d, h, mi, s, _tz = feature.GetFieldAsDateTime(index)
        if kind == S.DATE:
            return _dt.date(y, mo, d)
        whole = int(s)
        return _dt.datetime(y, mo, d, h, mi, whole, int(round((s - whole) * 1000)) * 1000)
    if kind == S.BOOL:
        return bool(feature.GetFieldAsInteger(index))
    if kind == S.INTEGER:
        return feature.GetFieldAsInteger64(index)
    if kind == S.REAL:
        return feature.GetFieldAsDouble(index)
    return feature.GetFieldAsString(index)


def _set_ogr(feature: ogr.Feature, name: str, value: Any) -> None:
    if value is None:
        feature.SetFieldNull(name)
    elif isinstance(value, _dt.datetime):
        feature.SetField(name, value.year, value.month, value.day, value.hour, value.minute,
                         value.second + value.microsecond / 1e6, 0)
    elif isinstance(value, _dt.date):
        feature.SetField(name, value.year, value.month, value.day, 0, 0, 0, 0)
    elif isinstance(value, bool):
        feature.SetField(name, int(value))
    elif isinstance(value, (list, dict)):
        feature.SetField(name, json.dumps(value))
    else:
        feature.SetField(name, value)


def _open_gpkg(path: str, update: bool = False):
    flags = gdal.OF_VECTOR | (gdal.OF_UPDATE if update else gdal.OF_READONLY)
    return gdal.OpenEx(path, flags, allowed_drivers=["GPKG"])


# ---- reading -----------------------------------------------------------------------------


def read_works(store) -> Iterator[Row]:
    """Every work of ``store`` in fid order, with ``fid`` and ``geom`` (WKB bytes or None)."""
    if store.backend == "gpkg":
        yield from _gpkg_rows(store.address, S.WORKS_TABLE, WORK_COLUMNS, _KINDS, geometry=True)
    else:
        yield from _pg_rows(store, S.WORKS_TABLE, WORK_COLUMNS, geometry=True)


def read_history(store) -> Iterator[Row]:
    """Every history row of ``store`` in order (JSON fields decoded)."""
    if not store.has_history:
        return
    kinds = {"work_fid": S.INTEGER, S.F_ROW_VERSION: S.INTEGER, S.H_CHANGED_AT: S.TEXT}
    if store.backend == "gpkg":
        rows = _gpkg_rows(store.address, S.HISTORY_TABLE, HISTORY_COLUMNS, kinds, geometry=False)
    else:
        rows = _pg_rows(store, S.HISTORY_TABLE, HISTORY_COLUMNS, geometry=False)
    for row in rows:
        for name in (S.H_CHANGED_FIELDS, S.H_OLD_VALUES, S.H_NEW_VALUES):
            if isinstance(row[name], str):
                row[name] = json.loads(row[name])
        row[S.H_CHANGED_AT] = changed_at(row[S.H_CHANGED_AT])
        yield row


def changed_at(value: Any) -> Optional[_dt.datetime]:
    """A history time as an aware datetime in UTC (the file keeps ISO text, PostgreSQL a timestamptz)."""
    if value is None or isinstance(value, _dt.datetime):
        return value.astimezone(_dt.timezone.utc) if value is not None else None
    text = str(value).replace("Z", "+00:00").replace("/", "-")
    parsed = _dt.datetime.fromisoformat(text)
    return (parsed if parsed.tzinfo else parsed.replace(tzinfo=_dt.timezone.utc)).astimezone(_dt.timezone.utc)


def _gpkg_rows(path: str, table: str, columns, kinds: Dict[str, str], geometry: bool) -> Iterator[Row]:
    ds = _open_gpkg(path)
    layer = ds.GetLayerByName(table)
    defn = layer.GetLayerDefn()
    index = {name: defn.GetFieldIndex(name) for name in columns}
    layer.ResetReading()
    features = sorted(layer, key=lambda f: f.GetFID())
    for feature in features:
        row: Row = {"fid": feature.GetFID()}
        for name in columns:
            i = index[name]
            row[name] = None if i < 0 else _ogr_value(feature, i, kinds.get(name, S.TEXT))
        if geometry:
            geom = feature.GetGeometryRef()
            row["geom"] = bytes(geom.ExportToIsoWkb()) if geom is not None and not geom.IsEmpty() else None
        yield row
    ds = None


def _pg_rows(store, table: str, columns, geometry: bool) -> Iterator[Row]:
    sql = psycopg2_module().sql
    names = [sql.Identifier("fid")] + [sql.Identifier(c) for c in columns]
    if geometry:
        names.append(sql.SQL("ST_AsBinary({})").format(sql.Identifier(S.GEOMETRY_COLUMN)))
    query = sql.SQL("SELECT {} FROM {}.{} ORDER BY fid").format(
        sql.SQL(", ").join(names), sql.Identifier(store.pg.schema), sql.Identifier(table))
    with transaction(store.connection()) as cursor:
        cursor.execute(query)
        rows = cursor.fetchall()
    keys = ("fid",) + tuple(columns) + (("geom",) if geometry else ())
    for values in rows:
        row = dict(zip(keys, values))
        if geometry and row["geom"] is not None:
            row["geom"] = bytes(row["geom"])
        if row.get(S.F_BUDGET_EUR) is not None:
            row[S.F_BUDGET_EUR] = float(row[S.F_BUDGET_EUR])
        yield row


# ---- writing -----------------------------------------------------------------------------


def write_gpkg(path: str, works: List[Row], history: List[Row], progress: Callable[[float], None]) -> None:
    """Write works and history into the (new, empty) GeoPackage, ids kept, in one transaction."""
    from .gpkg_migrations import trigger_sql

    ds = _open_gpkg(path, update=True)
    try:
        triggers = trigger_sql(ds)
        ds.StartTransaction(force=True)
        try:
            # The copy keeps versions and history as they are: no triggers while it is written.
            for name in triggers:
                ds.ExecuteSQL(f"DROP TRIGGER {name}")
            layer = ds.GetLayerByName(S.WORKS_TABLE)
            total = max(1, len(works) + len(history))
            for i, row in enumerate(works):
                feature = ogr.Feature(layer.GetLayerDefn())
                feature.SetFID(row["fid"])
                for name in WORK_COLUMNS:
                    _set_ogr(feature, name, row[name])
                if row["geom"] is not None:
                    feature.SetGeometry(ogr.CreateGeometryFromWkb(row["geom"]))
                if layer.CreateFeature(feature) != 0:
                    raise RuntimeError(f"work {row[S.F_WORK_ID]}: {gdal.GetLastErrorMsg()}")
                if i % 1000 == 0:
                    progress(i / total)
            table = ds.GetLayerByName(S.HISTORY_TABLE)
            for i, row in enumerate(history):
                feature = ogr.Feature(table.GetLayerDefn())
                feature.SetFID(row["fid"])
                for name in HISTORY_COLUMNS:
                    value = row[name]
                    if name == S.H_CHANGED_AT and value is not None:
                        value = value.astimezone(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
                    _set_ogr(feature, name, value)
                if table.CreateFeature(feature) != 0:
                    raise RuntimeError(f"history row {row['fid']}: {gdal.GetLastErrorMsg()}")
                if i % 1000 == 0:
                    progress((len(works) + i) / total)
            for sql in triggers.values():
                ds.ExecuteSQL(sql)
        except BaseException:
            ds.RollbackTransaction()
            raise
        ds.CommitTransaction()
    finally:
        ds = None


def write_postgis(store, works: List[Row], history: List[Row], progress: Callable[[float], None]) -> None:
    """Write works and history into the (new, empty) shared KIP, ids kept, in one transaction."""
    psycopg2 = psycopg2_module()
    sql = psycopg2.sql
    from psycopg2.extras import Json, execute_values

    schema = sql.Identifier(store.pg.schema)
    works_table = sql.SQL("{}.works").format(schema)
    total = max(1, len(works) + len(history))
    with transaction(store.connection()) as cursor:
        # The copy keeps versions and history as they are: no triggers while it is written.
        cursor.execute(sql.SQL("ALTER TABLE {} DISABLE TRIGGER USER").format(works_table))
        columns = sql.SQL(", ").join(sql.Identifier(c) for c in ("fid",) + WORK_COLUMNS + (S.GEOMETRY_COLUMN,))
        template = sql.SQL("({}, ST_GeomFromWKB(%s, {}))").format(
            sql.SQL(", ").join(sql.Placeholder() for _ in range(1 + len(WORK_COLUMNS))), sql.Literal(store.srid))
        insert = sql.SQL("INSERT INTO {} ({}) VALUES %s").format(works_table, columns)
        page = 1000
        for start in range(0, len(works), page):
            values = [
                [row["fid"]] + [row[c] for c in WORK_COLUMNS] + [psycopg2.Binary(row["geom"]) if row["geom"] else None]
                for row in works[start:start + page]
            ]
            execute_values(cursor, insert.as_string(cursor), values, template=template.as_string(cursor), page_size=page)
            progress(start / total)
        history_columns = sql.SQL(", ").join(sql.Identifier(c) for c in ("fid",) + HISTORY_COLUMNS)
        insert = sql.SQL("INSERT INTO {}.works_history ({}) VALUES %s").format(schema, history_columns)
        for start in range(0, len(history), page):
            values = []
            for row in history[start:start + page]:
                item = [row["fid"]]
                for name in HISTORY_COLUMNS:
                    value = row[name]
                    if name in (S.H_OLD_VALUES, S.H_NEW_VALUES) and value is not None:
                        value = Json(value)
                    item.append(value)
                values.append(item)
            execute_values(cursor, insert.as_string(cursor), values, page_size=page)
            progress((len(works) + start) / total)
        cursor.execute(sql.SQL("ALTER TABLE {} ENABLE TRIGGER USER").format(works_table))
        for table in ("works", "works_history"):
            cursor.execute(
                sql.SQL("SELECT setval(pg_get_serial_sequence(%s, 'fid'), coalesce((SELECT max(fid) FROM {}.{}), 0) + 1, false)").format(
                    schema, sql.Identifier(table)),
                (sql.SQL("{}.{}").format(schema, sql.Identifier(table)).as_string(cursor),),
            )
