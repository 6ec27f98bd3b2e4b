"""The fast way to read works: GDAL's columnar (Arrow) interface, for GeoPackage, PostGIS and files.

No feature object is made per row, so this is many times faster than QGIS's feature
iterator. A GeoPackage or PostGIS table is read in one SQL query for all the layers over
it, each layer's filter becoming a column of the query (1 where a row belongs to that
layer): one pass over the table is faster than one query per layer. Other files GDAL can
open are streamed layer by layer with the layer's filter. Whatever GDAL cannot read
exactly as QGIS shows it (unsaved edits, virtual fields, full SQL queries) is left to the
caller's QGIS reader.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Dict, Iterator, List, Optional, Sequence, Tuple

import numpy as np
from osgeo import gdal, ogr
from qgis.core import QgsDataSourceUri, QgsFields, QgsProviderRegistry, QgsVectorLayer

from ..core import schema as S
from ..core.dates import day_numbers

BATCH = 65_536
FID = "kip_fid"
GEOMETRY = "kip_geometry"
# GDAL drivers whose tables are read with one SQL query for all layers.
SQL_DRIVERS = ("GPKG", "PostgreSQL")


@dataclass(frozen=True)
class GdalSource:
    """What GDAL needs to read what a layer shows: data source, table, filter."""

    connection: str  # a file name, or 'PG:' and a libpq connection string
    driver: str  # "GPKG", "PostgreSQL" or another OGR driver
    table: str  # layer name in the data source (PostgreSQL: "schema"."table")
    layer_index: Optional[int]
    subset: str
    fid_column: str = ""  # PostgreSQL: the key column QGIS takes as feature id
    geometry_column: str = ""

    @property
    def sql_table(self) -> bool:
        """Whether this table is read with one SQL query shared by every layer over it."""
        return self.driver in SQL_DRIVERS and bool(self.table)


def gdal_source(layer: QgsVectorLayer, names: Sequence[str]) -> Optional[GdalSource]:
    """Where GDAL can read exactly what ``layer`` shows, else None."""
    if not hasattr(ogr.Layer, "GetArrowStream"):
        return None
    buffer = layer.editBuffer()
    if buffer is not None and buffer.isModified():
        return None  # unsaved edits live only in QGIS
    fields: QgsFields = layer.fields()
    for name in names:
        index = fields.indexOf(name)
        if index >= 0 and fields.fieldOrigin(index) != QgsFields.OriginProvider:
            return None  # a virtual or joined field is not in the data source
    subset = (layer.subsetString() or "").strip()
    if subset.upper().startswith("SELECT"):
        return None  # a full SQL query, not a filter
    if layer.providerType() == "postgres":
        return _postgres_source(layer, subset)
    if layer.providerType() != "ogr":
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = parts.get("path") or ""
    if not (os.path.isfile(path) or path.startswith("/vsi")):
        return None
    layer_id = parts.get("layerId")
    driver = "GPKG" if layer.storageType().upper() == "GPKG" else layer.storageType()
    table = parts.get("layerName") or ""
    if driver == "GPKG" and not table:
        table = _layer_name(path, 0 if layer_id in (None, "") else int(layer_id)) or ""
    return GdalSource(path, driver, table, None if layer_id in (None, "") else int(layer_id), subset)


def _layer_name(path: str, index: int) -> Optional[str]:
    ds = _open(path)
    layer = ds.GetLayer(index) if ds is not None else None
    return layer.GetName() if layer is not None else None


def _postgres_source(layer: QgsVectorLayer, subset: str) -> Optional[GdalSource]:
    uri = QgsDataSourceUri(layer.source())
    key = uri.keyColumn().strip('"')
    if not uri.table() or not key or "," in key:
        return None
    # The password (from QGIS's authentication database, ~/.pgpass or PGPASSWORD) stays in memory.
    connection = "PG:" + uri.connectionInfo(True)
    table = _quote(uri.schema() or "public") + "." + _quote(uri.table())
    return GdalSource(connection, "PostgreSQL", table, None, subset, key, uri.geometryColumn())


def _open(connection: str):
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        return gdal.OpenEx(connection, gdal.OF_VECTOR | gdal.OF_READONLY)
    finally:
        gdal.PopErrorHandler()


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


# ---- converting Arrow columns --------------------------------------------------------------


def text_column(values) -> np.ndarray:
    """Unicode array; empty text and NULL both become ''."""
    data = np.ma.getdata(values)
    mask = np.ma.getmaskarray(values)
    if data.dtype.kind == "S":
        data = np.where(mask, b"", data)
        width = data.dtype.itemsize
        if width and len(data):
            raw = np.ascontiguousarray(data).view(np.uint8)
            if raw.max() < 128:  # plain ASCII: each byte is its character; widened in one go
                return raw.astype("<u4").view(f"<U{width}")
        try:
            return data.astype("U")
        except UnicodeDecodeError:
            return np.array([v.decode("utf-8", "replace") for v in data.tolist()], dtype=str)
    if data.dtype.kind == "U":
        return np.where(mask, "", data)
    texts = [v.decode("utf-8") if isinstance(v, bytes) else ("" if v is None else str(v)) for v in data.tolist()]
    return np.where(mask, "", np.array(texts, dtype=str)) if texts else np.zeros(0, dtype=str)


def date_column(values) -> Tuple[np.ndarray, Dict[int, str]]:
    """Day numbers (NO_DATE where empty) and, by row, the texts that are not dates."""
    mask = np.ma.getmaskarray(values)
    data = np.ma.getdata(values)
    if np.issubdtype(data.dtype, np.datetime64):
        days = data.astype("datetime64[D]").astype(np.int64)
        days[mask] = S.NO_DATE
        return days, {}
    return day_numbers(text_column(values).tolist())


def bool_column(values) -> np.ndarray:
    """int8: 1 true, 0 false, -1 empty; from booleans, numbers or their text ('1', '0')."""
    mask = np.ma.getmaskarray(values)
    data = np.ma.getdata(values)
    if data.dtype.kind in "SUO":
        out = (~np.isin(np.char.strip(text_column(values)), ["0", "", "false", "False"])).astype(np.int8)
    else:
        out = (data != 0).astype(np.int8)
    out[mask] = -1
    return out


def real_column(values) -> np.ndarray:
    """float64, NaN where empty."""
    out = np.ma.getdata(values).astype(float)
    out[np.ma.getmaskarray(values)] = np.nan
    return out


def time_column(values) -> np.ndarray:
    """Milliseconds since the epoch (UTC), NO_DATE where empty or not a time."""
    mask = np.ma.getmaskarray(values)
    data = np.ma.getdata(values)
    if np.issubdtype(data.dtype, np.datetime64):
        out = data.astype("datetime64[ms]").astype(np.int64)
    else:
        out = np.full(len(data), S.NO_DATE, dtype=np.int64)
        for row, text in enumerate(text_column(values).tolist()):
            try:
                out[row] = np.datetime64(text.rstrip("Z"), "ms").astype(np.int64)
            except ValueError:
                continue
    out[mask] = S.NO_DATE
    return out


CONVERT = {S.TEXT: text_column, S.BOOL: bool_column, S.REAL: real_column, S.DATETIME: time_column,
           S.INTEGER: real_column}


def empty_column(kind: str, n: int) -> np.ndarray:
    """A column of ``n`` empty values of ``kind``."""
    if kind in (S.DATE, S.DATETIME):
        return np.full(n, S.NO_DATE, dtype=np.int64)
    if kind == S.BOOL:
        return np.full(n, -1, dtype=np.int8)
    if kind in (S.REAL, S.INTEGER):
        return np.full(n, np.nan)
    return np.full(n, "", dtype=str)


# ---- reading ---------------------------------------------------------------------------------


@dataclass
class Block:
    """Rows read from one data source: fids, WKB geometries, converted columns, bad date texts by row."""

    fid: np.ndarray
    wkb: np.ndarray
    columns: Dict[str, np.ndarray]
    bad_dates: Dict[str, Dict[int, str]]
    member: Optional[np.ndarray] = None  # (rows, layers) bool: which of the layers shows each row

    def __len__(self) -> int:
        return len(self.fid)


def _batches_to_block(batches: List[dict], kinds: Dict[str, str], geometry: str, members: int) -> Block:
    def column(name: str):
        parts = [b[name] for b in batches]
        return np.ma.concatenate(parts) if parts else np.ma.masked_array(np.zeros(0))

    fid = np.asarray(np.ma.getdata(column(FID)), dtype=np.int64) if batches else np.zeros(0, np.int64)
    n = len(fid)
    if geometry and batches:
        raw = column(geometry)
        wkb = np.ma.getdata(raw).astype(object)
        wkb[np.ma.getmaskarray(raw)] = None
    else:
        wkb = np.full(n, None, dtype=object)
    columns: Dict[str, np.ndarray] = {}
    bad: Dict[str, Dict[int, str]] = {}
    for name, kind in kinds.items():
        if not batches:
            columns[name] = empty_column(kind, 0)
        elif kind == S.DATE:
            columns[name], wrong = date_column(column(name))
            if wrong:
                bad[name] = wrong
        else:
            columns[name] = CONVERT[kind](column(name))
    member = None
    if members > 1:
        member = np.zeros((n, members), dtype=bool)
        for i in range(members):
            if n:
                flags = column(f"kip_in_{i}")
                member[:, i] = (np.asarray(np.ma.getdata(flags), dtype=np.int64) != 0) & ~np.ma.getmaskarray(flags)
    return Block(fid, wkb, columns, bad, member)


def _key_columns(ds, source: GdalSource) -> Optional[Tuple[str, str]]:
    """The table's fid and geometry columns ('' without geometry); None when the table is not there."""
    if source.driver == "PostgreSQL":
        return source.fid_column, source.geometry_column
    table = ds.GetLayerByName(source.table)
    if table is None:
        return None
    return table.GetFIDColumn() or "fid", table.GetGeometryColumn()


def _geometry_select(source: GdalSource, geom: str) -> str:
    """The geometry column in a query (PostgreSQL: named, so that GDAL finds it by that name)."""
    return f"{_quote(geom)} AS {GEOMETRY}" if source.driver == "PostgreSQL" else _quote(geom)


def read_table(source: GdalSource, subsets: List[str], kinds: Dict[str, str], geometry: bool = True) -> Optional[Block]:
    """The rows of a GeoPackage or PostGIS table shown by layers with ``subsets``, in one query.

    ``kinds`` are the fields to read (all present in the table). With several layers,
    ``Block.member`` tells which layer shows which row. None when GDAL cannot read the table so.
    """
    if source.driver == "PostgreSQL":
        block = _read_postgres(source, subsets, kinds, geometry)
        if block is not None:
            return block
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    ds = result = None
    try:
        ds = _open(source.connection)
        if ds is None:
            return None
        columns = _key_columns(ds, source)
        if columns is None:
            return None
        fid, geom = columns
        select = [f"{_quote(fid)} AS {FID}"]
        for name, kind in kinds.items():
            # GDAL 3.6 streams GeoPackage booleans wrongly; as integers they arrive intact.
            select.append(f"CAST({_quote(name)} AS INTEGER) AS {_quote(name)}" if kind == S.BOOL else _quote(name))
        if geometry and geom:
            select.append(_geometry_select(source, geom))
        where = ""
        if len(subsets) == 1:
            where = f" WHERE {subsets[0]}" if subsets[0] else ""
        else:
            select += [f"CASE WHEN ({s or '1=1'}) THEN 1 ELSE 0 END AS kip_in_{i}" for i, s in enumerate(subsets)]
        result = ds.ExecuteSQL(f"SELECT {', '.join(select)} FROM {_table_ref(source)}{where}")
        if result is None:
            return None
        # GDAL may take the fid chosen as the result's own fid column, which it streams only on request.
        own_fid = result.GetFIDColumn()
        options = [f"MAX_FEATURES_IN_BATCH={BATCH}", f"INCLUDE_FID={'YES' if own_fid else 'NO'}"]
        batches = [_renamed(b, own_fid, FID) for b in result.GetArrowStreamAsNumPy(options)]
        geometry_name = ""
        if geometry and geom:
            geometry_name = result.GetGeometryColumn() or geom
            if batches and geometry_name not in batches[0]:
                return None
        return _batches_to_block(batches, kinds, geometry_name, len(subsets))
    except Exception:
        return None
    finally:
        if result is not None:
            ds.ReleaseResultSet(result)
        ds = None
        gdal.PopErrorHandler()


def geometry_batches(source: GdalSource) -> Optional[Iterator[Tuple[np.ndarray, np.ndarray]]]:
    """(fids, WKB) of a GeoPackage or PostGIS table's rows a batch at a time; None when GDAL cannot stream it.

    For a comparison with every stored geometry that need not hold them all at once.
    """
    if source.driver not in SQL_DRIVERS:
        return None
    ds = _open(source.connection)
    if ds is None:
        return None
    columns = _key_columns(ds, source)
    if columns is None or not columns[1]:
        return None
    fid, geom = columns
    where = f" WHERE {source.subset}" if source.subset else ""
    select = _geometry_select(source, geom)
    result = ds.ExecuteSQL(f"SELECT {_quote(fid)} AS {FID}, {select} FROM {_table_ref(source)}{where}")
    if result is None:
        return None

    def batches() -> Iterator[Tuple[np.ndarray, np.ndarray]]:
        try:
            own_fid = result.GetFIDColumn()
            name = result.GetGeometryColumn() or geom
            options = [f"MAX_FEATURES_IN_BATCH={BATCH}", f"INCLUDE_FID={'YES' if own_fid else 'NO'}"]
            for batch in result.GetArrowStreamAsNumPy(options):
                block = _batches_to_block([_renamed(batch, own_fid, FID)], {}, name, 1)
                yield block.fid, block.wkb
        finally:
            ds.ReleaseResultSet(result)

    return batches()


def _renamed(batch, name: str, new: str) -> dict:
    batch = dict(batch)
    if name and name != new and name in batch:
        batch[new] = batch.pop(name)
    return batch


def _table_ref(source: GdalSource) -> str:
    return source.table if source.driver == "PostgreSQL" else _quote(source.table)


def read_layer(source: GdalSource, kinds: Dict[str, str], geometry: bool = True) -> Optional[Block]:
    """The rows of one layer of a file GDAL opens (shapefile, GeoJSON, CSV...), with its filter."""
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    ds = None
    try:
        ds = _open(source.connection)
        if ds is None:
            return None
        layer = ds.GetLayerByName(source.table) if source.table else ds.GetLayer(source.layer_index or 0)
        if layer is None:
            return None
        defn = layer.GetLayerDefn()
        present = {defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())}
        if source.subset and layer.SetAttributeFilter(source.subset) != 0:
            return None
        wanted = {name: kind for name, kind in kinds.items() if name in present}
        ignored = [name for name in present if name not in wanted]
        if not geometry:
            ignored.append("OGR_GEOMETRY")
        layer.SetIgnoredFields(ignored)
        fid_name = layer.GetFIDColumn() or "OGC_FID"
        geom_name = layer.GetGeometryColumn() or "wkb_geometry"
        options = ["INCLUDE_FID=YES", f"MAX_FEATURES_IN_BATCH={BATCH}"]
        batches = [_renamed(b, fid_name, FID) for b in layer.GetArrowStreamAsNumPy(options)]
        block = _batches_to_block(batches, wanted, geom_name if geometry else "", 1)
        for name, kind in kinds.items():
            if name not in wanted:
                block.columns[name] = empty_column(kind, len(block))
        return block
    except Exception:
        return None
    finally:
        ds = None
        gdal.PopErrorHandler()


# ---- PostgreSQL: one query through psycopg2 ------------------------------------------------------
# GDAL's PostgreSQL driver hands a query's rows to its columnar interface one feature at a time.
# Here the server packs the whole table into a few values: the numbers of every row as one
# binary record each (read by numpy at once), each text column as one string, the WKB one after
# the other. All aggregates of one query see the rows in the same order.

_SEPARATOR = "\x1f"  # the unit separator between the texts of one column
_MEMBERS_PER_MASK = 62  # layers whose membership one bigint holds


def _pg_number(name: str, kind: str) -> Tuple[str, str]:
    """The column as KIP's reader gives it, as a big-endian binary value, and its numpy type."""
    column = _quote(name)
    if kind == S.DATE:
        return f"int8send(coalesce({column} - DATE '{S.EPOCH}', {S.NO_DATE})::int8)", ">i8"
    if kind == S.BOOL:
        return f"int8send(coalesce(CAST({column} AS INTEGER), -1)::int8)", ">i8"
    if kind == S.DATETIME:
        return f"int8send(coalesce(CAST(round(extract(epoch FROM {column}) * 1000) AS BIGINT), {S.NO_DATE}))", ">i8"
    return f"float8send(coalesce(CAST({column} AS DOUBLE PRECISION), 'NaN'))", ">f8"


_PG_DTYPES = {S.DATE: np.int64, S.DATETIME: np.int64, S.BOOL: np.int8, S.REAL: float, S.INTEGER: float}


def _pg_query(source: GdalSource, subsets: List[str], kinds: Dict[str, str], geometry: bool):
    """The one query, and the numpy record type of its packed numbers."""
    record = [f"int8send(CAST({_quote(source.fid_column)} AS BIGINT))"]
    dtype = [(FID, ">i8")]
    texts = []
    for name, kind in kinds.items():
        if kind == S.TEXT:
            texts.append(f"string_agg(coalesce(CAST({_quote(name)} AS TEXT), ''), chr(31))")
        else:
            sql, code = _pg_number(name, kind)
            record.append(sql)
            dtype.append((name, code))
    if len(subsets) > 1:
        for number, start in enumerate(range(0, len(subsets), _MEMBERS_PER_MASK)):
            bits = " + ".join(f"(CASE WHEN ({s or 'TRUE'}) THEN {1 << i} ELSE 0 END)"
                              for i, s in enumerate(subsets[start:start + _MEMBERS_PER_MASK]))
            record.append(f"int8send(CAST({bits} AS BIGINT))")
            dtype.append((f"kip_members_{number}", ">i8"))
    wkb = geometry and bool(source.geometry_column)
    inner = "*"
    if wkb:
        inner = f"*, ST_AsBinary({_quote(source.geometry_column)}) AS kip_wkb"
        record.append("int4send(coalesce(length(kip_wkb), -1))")
        dtype.append(("kip_wkb_length", ">i4"))
    where = f" WHERE {subsets[0]}" if len(subsets) == 1 and subsets[0] else ""
    columns = ["count(*)", f"string_agg({' || '.join(record)}, ''::bytea)", *texts]
    if wkb:
        columns.append("string_agg(kip_wkb, ''::bytea)")
    query = f"SELECT {', '.join(columns)} FROM (SELECT {inner} FROM {source.table}{where}) AS kip_rows"
    return query, np.dtype(dtype)


def _pg_fetch(conninfo: str, query: str):
    """The query's one row, on this thread's kept connection (which pg_connect checks before giving it)."""
    from .pg_connect import reading_connection

    with reading_connection(conninfo).cursor() as cursor:
        cursor.execute(query)
        return cursor.fetchone()


def _split_texts(packed: Optional[str], n: int) -> Optional[List[str]]:
    """A text column's values; None when a value holds the separator itself."""
    if not n:
        return []
    values = packed.split(_SEPARATOR)
    return values if len(values) == n else None


def _read_postgres(source: GdalSource, subsets: List[str], kinds: Dict[str, str], geometry: bool) -> Optional[Block]:
    """The rows of a PostGIS table in one query with psycopg2; None when that cannot be done (GDAL then reads)."""
    try:
        import psycopg2
    except ImportError:
        return None
    query, dtype = _pg_query(source, subsets, kinds, geometry)
    try:
        row = _pg_fetch(source.connection[len("PG:"):], query)
    except psycopg2.Error:
        return None
    n = int(row[0]) if row else 0
    records = np.frombuffer(bytes(row[1]), dtype=dtype) if n else np.zeros(0, dtype=dtype)
    if len(records) != n:
        return None
    converted: Dict[str, np.ndarray] = {}
    text_at = 2
    for name, kind in kinds.items():
        if kind == S.TEXT:
            values = _split_texts(row[text_at], n)
            text_at += 1
            if values is None:
                return None
            converted[name] = np.array(values, dtype=str) if n else empty_column(kind, 0)
        else:
            converted[name] = records[name].astype(_PG_DTYPES[kind])
    wkb = np.full(n, None, dtype=object)
    if "kip_wkb_length" in dtype.names and n:
        lengths = records["kip_wkb_length"].astype(np.int64)
        ends = np.cumsum(np.maximum(lengths, 0))
        packed = bytes(row[text_at]) if row[text_at] is not None else b""
        wkb[:] = [packed[end - size:end] if size >= 0 else None
                  for end, size in zip(ends.tolist(), lengths.tolist())]
    member = None
    if len(subsets) > 1:
        member = np.zeros((n, len(subsets)), dtype=bool)
        for i in range(len(subsets)):
            mask = records[f"kip_members_{i // _MEMBERS_PER_MASK}"].astype(np.int64)
            member[:, i] = (mask >> (i % _MEMBERS_PER_MASK)) & 1 == 1
    return Block(records[FID].astype(np.int64), wkb, converted, {}, member)
