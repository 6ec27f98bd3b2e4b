"""Reading a layer's columns straight from its file with GDAL's columnar (Arrow) interface.

Much faster than QGIS's feature iterator, because no feature object is made per
row. Used for layers GDAL can open itself (GeoPackage, shapefile, GeoJSON...)
without unsaved edits, with their subset string as attribute filter.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np
from osgeo import gdal, ogr
from qgis.core import QgsFields, QgsProviderRegistry, QgsVectorLayer

from ..core import schema as S
from ..core.works import NO_DATE

BATCH = 65_536
FID = "fid"
GEOMETRY = "geometry"


@dataclass(frozen=True)
class OgrSource:
    """What GDAL needs to read a layer: file, layer, filter."""

    path: str
    layer_name: str
    layer_id: Optional[int]
    subset: str


def ogr_source(layer: QgsVectorLayer, names: Sequence[str]) -> Optional[OgrSource]:
    """The file behind ``layer`` when GDAL can read exactly what QGIS shows, else None."""
    if layer.providerType() != "ogr" or not hasattr(ogr.Layer, "GetArrowStream"):
        return None
    buffer = layer.editBuffer()
    if buffer is not None and buffer.isModified():
        return None  # unsaved edits live only in QGIS
    fields: QgsFields = layer.fields()
    for name in names:
        index = fields.indexOf(name)
        if index >= 0 and fields.fieldOrigin(index) != QgsFields.OriginProvider:
            return None  # a virtual or joined field is not in the file
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = parts.get("path") or ""
    if not (os.path.isfile(path) or path.startswith("/vsi")):
        return None
    subset = layer.subsetString() or ""
    if subset.strip().upper().startswith("SELECT"):
        return None  # a full SQL query, not a filter
    layer_id = parts.get("layerId")
    return OgrSource(path, parts.get("layerName") or "", None if layer_id in (None, "") else int(layer_id), subset)


@lru_cache(maxsize=1)
def gpkg_booleans_readable() -> bool:
    """Whether this GDAL's GeoPackage Arrow stream returns booleans correctly (3.6 does not)."""
    path = "/vsimem/kip_boolean_probe.gpkg"
    values = [True, False, True, True, False, False, True, False, False, True]
    try:
        ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
        layer = ds.CreateLayer("probe", None, ogr.wkbNone)
        field = ogr.FieldDefn("flag", ogr.OFTInteger)
        field.SetSubType(ogr.OFSTBoolean)
        layer.CreateField(field)
        for value in values:
            feature = ogr.Feature(layer.GetLayerDefn())
            feature.SetField("flag", int(value))
            layer.CreateFeature(feature)
        ds = None
        ds = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY)
        got = []
        for batch in ds.GetLayer(0).GetArrowStreamAsNumPy(["USE_MASKED_ARRAYS=NO"]):
            got.extend(bool(v) for v in batch["flag"])
        return got == values
    except Exception:  # noqa: BLE001 (any failure means: do not trust the stream's booleans)
        return False
    finally:
        ds = None
        gdal.Unlink(path)


def _text(values) -> np.ndarray:
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
            return np.array([v.decode("utf-8") for v in data.tolist()], dtype=str)
    if data.dtype.kind == "U":
        return np.where(mask, "", data)
    texts = [v.decode("utf-8") if isinstance(v, bytes) else ("" if v is None else str(v)) for v in data.tolist()]
    return np.where(mask, "", np.array(texts, dtype=str))


def _dates(values) -> Tuple[np.ndarray, Dict[int, str]]:
    """Day numbers (NO_DATE where empty) and the texts that are not dates, by row."""
    mask = np.ma.getmaskarray(values)
    data = np.ma.getdata(values)
    if np.issubdtype(data.dtype, np.datetime64):
        days = data.astype("datetime64[D]").astype(np.int64)
        days[mask] = NO_DATE
        return days, {}
    texts = _text(values)
    days = np.full(len(texts), NO_DATE, dtype=np.int64)
    bad = {}
    for row, text in enumerate(texts.tolist()):
        if not text.strip():
            continue
        try:
            days[row] = np.datetime64(str(text).strip()[:10], "D").astype(np.int64)
        except ValueError:
            bad[row] = str(text)
    return days, bad


def _booleans(values) -> np.ndarray:
    """int8: 1 true, 0 false, -1 empty; from booleans, numbers or their text ('1', '0')."""
    mask = np.ma.getmaskarray(values)
    data = np.ma.getdata(values)
    if data.dtype.kind in "SUO":
        out = (~np.isin(np.char.strip(_text(values)), ["0", "", "false", "False"])).astype(np.int8)
    else:
        out = (data != 0).astype(np.int8)
    out[mask] = -1
    return out


def _reals(values) -> np.ndarray:
    """float64, NaN where empty."""
    out = np.ma.getdata(values).astype(float)
    out[np.ma.getmaskarray(values)] = np.nan
    return out


def _times(values) -> np.ndarray:
    """Milliseconds since 1970 (UTC), NO_DATE where empty or not a time."""
    mask = np.ma.getmaskarray(values)
    data = np.ma.getdata(values)
    if np.issubdtype(data.dtype, np.datetime64):
        out = data.astype("datetime64[ms]").astype(np.int64)
    else:
        out = np.full(len(data), NO_DATE, dtype=np.int64)
        for row, text in enumerate(_text(values).tolist()):
            try:
                out[row] = np.datetime64(text.rstrip("Z"), "ms").astype(np.int64)
            except ValueError:
                continue
    out[mask] = NO_DATE
    return out


def convert(kind: str, values) -> np.ndarray:
    """A column of a batch as the reader keeps it (dates apart: they also report bad texts)."""
    if kind == S.BOOL:
        return _booleans(values)
    if kind == S.REAL:
        return _reals(values)
    if kind == S.DATETIME:
        return _times(values)
    return _text(values)


def _open(source: OgrSource):
    ds = gdal.OpenEx(source.path, gdal.OF_VECTOR | gdal.OF_READONLY)
    if source.layer_name:
        layer = ds.GetLayerByName(source.layer_name)
    else:
        layer = ds.GetLayer(source.layer_id or 0)
    return ds, layer


def read_columns(source: OgrSource, kinds: Dict[str, str], geometry: bool = True) -> Optional[Dict[str, object]]:
    """The columns ``kinds`` (name -> schema kind) of the layer, plus fid and WKB geometry.

    Returns None when GDAL cannot read it this way; the caller then uses QGIS.
    Dates come as day numbers, with ``<name>:bad`` listing texts that are no date.
    """
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        ds, layer = _open(source)
        if layer is None:
            return None
        defn = layer.GetLayerDefn()
        present = {defn.GetFieldDefn(i).GetName(): defn.GetFieldDefn(i) for i in range(defn.GetFieldCount())}
        if any(name not in present for name in kinds):
            return None
        if source.subset and layer.SetAttributeFilter(source.subset) != 0:
            return None
        is_gpkg = ds.GetDriver().ShortName == "GPKG"
        late_booleans = [
            name
            for name, kind in kinds.items()
            if kind == S.BOOL
            and is_gpkg
            and present[name].GetSubType() == ogr.OFSTBoolean
            and not gpkg_booleans_readable()
        ]
        ignored = [name for name in present if name not in kinds or name in late_booleans]
        if not geometry:
            ignored.append("OGR_GEOMETRY")
        layer.SetIgnoredFields(ignored)
        columns = _stream(layer, kinds, late_booleans, geometry)
        if late_booleans:
            _add_booleans(ds, layer, source, late_booleans, columns)
        return columns
    except Exception:  # noqa: BLE001 (GDAL cannot stream this source: QGIS will read it)
        return None
    finally:
        gdal.PopErrorHandler()


def _stream(layer, kinds: Dict[str, str], skip: List[str], geometry: bool) -> Dict[str, object]:
    parts: Dict[str, List] = {}
    bad: Dict[str, Dict[int, str]] = {}
    rows = 0
    fid_name = layer.GetFIDColumn() or "OGC_FID"
    geom_name = layer.GetGeometryColumn() or "wkb_geometry"
    options = ["INCLUDE_FID=YES", f"MAX_FEATURES_IN_BATCH={BATCH}"]
    for batch in layer.GetArrowStreamAsNumPy(options):
        n = len(batch[fid_name])
        parts.setdefault(FID, []).append(np.asarray(batch[fid_name], dtype=np.int64))
        if geometry:
            wkb = batch[geom_name]
            data = np.ma.getdata(wkb).astype(object)
            data[np.ma.getmaskarray(wkb)] = None
            parts.setdefault(GEOMETRY, []).append(data)
        for name, kind in kinds.items():
            if name in skip:
                continue
            values = batch[name]
            if kind == S.DATE:
                days, wrong = _dates(values)
                parts.setdefault(name, []).append(days)
                for row, text in wrong.items():
                    bad.setdefault(name, {})[rows + row] = text
            else:
                parts.setdefault(name, []).append(convert(kind, values))
        rows += n
    columns: Dict[str, object] = {}
    for name in [FID, GEOMETRY, *kinds]:
        if name in parts:
            columns[name] = np.concatenate(parts[name])
    if FID not in columns:  # no feature at all
        columns[FID] = np.zeros(0, dtype=np.int64)
        if geometry:
            columns[GEOMETRY] = np.zeros(0, dtype=object)
        for name, kind in kinds.items():
            if name not in skip:
                columns[name] = empty_column(kind, 0)
    for name, wrong in bad.items():
        columns[f"{name}:bad"] = wrong
    return columns


def empty_column(kind: str, n: int) -> np.ndarray:
    """A column of ``n`` empty values of ``kind``."""
    if kind in (S.DATE, S.DATETIME):
        return np.full(n, NO_DATE, dtype=np.int64)
    if kind == S.BOOL:
        return np.full(n, -1, dtype=np.int8)
    if kind == S.REAL:
        return np.full(n, np.nan)
    return np.full(n, "", dtype=str)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _add_booleans(ds, layer, source: OgrSource, names: List[str], columns: Dict[str, object]) -> None:
    """Booleans read as integers through SQL, matched to the rows by fid."""
    fid_name = layer.GetFIDColumn() or "fid"
    select = ", ".join(f"CAST({_quote(n)} AS INTEGER) AS {_quote(n)}" for n in names)
    where = f" WHERE {source.subset}" if source.subset else ""
    sql = f"SELECT {_quote(fid_name)} AS kip_fid, {select} FROM {_quote(layer.GetName())}{where}"
    result = ds.ExecuteSQL(sql)
    try:
        fids, values = [], {n: [] for n in names}
        key = result.GetFIDColumn() or "kip_fid"
        for batch in result.GetArrowStreamAsNumPy(["INCLUDE_FID=YES", f"MAX_FEATURES_IN_BATCH={BATCH}"]):
            fids.append(np.asarray(np.ma.getdata(batch[key]), dtype=np.int64))
            for n in names:
                values[n].append(_booleans(batch[n]))
    finally:
        ds.ReleaseResultSet(result)
    order = np.argsort(np.concatenate(fids)) if fids else np.zeros(0, dtype=np.int64)
    sorted_fids = np.concatenate(fids)[order] if fids else np.zeros(0, dtype=np.int64)
    rows = np.searchsorted(sorted_fids, columns[FID])
    for n in names:
        merged = np.concatenate(values[n])[order] if fids else np.zeros(0, dtype=np.int8)
        columns[n] = merged[rows] if len(merged) else np.full(len(columns[FID]), -1, dtype=np.int8)
