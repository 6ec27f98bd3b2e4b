"""From layers to the timeline: works layers as columns, detection results, districts.

A GeoPackage layer without pending edits is read in one SQL query through GDAL's
columnar (Arrow) interface, with each work's bounding box taken from the geometry
header: about ten times faster than QGIS's feature iterator, which stays the way
for every other source and for layers with unsaved edits (it applies the edit
buffer).
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import Dict, Iterable, List, Optional, Tuple

import numpy as np
from osgeo import gdal
from qgis.core import (
    QgsCoordinateTransform,
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsProviderRegistry,
    QgsRectangle,
    QgsSpatialIndex,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QVariant

from .. import log
from ..core import schema as S
from ..i18n import tr
from ..store.project import find_group
from .timeline_model import NO_DAY, WorkColumns

RESULT_PROPERTY = "kip/result"  # custom property the detection gives its result layers
FEW_VALUES = (S.F_OWNER, S.F_WORK_TYPE, S.F_STATUS)  # code lists: few distinct values
TEXT_FIELDS = (S.F_WORK_ID, S.F_TITLE, S.F_OWNER, S.F_WORK_TYPE, S.F_STATUS)
DATE_FIELDS = (S.F_START, S.F_END, S.F_EARLIEST_START, S.F_LATEST_END)
# Column of WorkColumns holding each schema field.
COLUMN_OF = {
    S.F_WORK_ID: "work_id",
    S.F_TITLE: "title",
    S.F_OWNER: "owner",
    S.F_WORK_TYPE: "work_type",
    S.F_STATUS: "status",
    S.F_START: "start",
    S.F_END: "end",
    S.F_EARLIEST_START: "earliest",
    S.F_LATEST_END: "latest",
}
_JULIAN_1970 = QDate(1970, 1, 1).toJulianDay()
_EPOCH = _dt.date(1970, 1, 1)


def day_of(value) -> int:
    """Day number of a date attribute (QDate, QDateTime, date or ISO text); NO_DAY when empty."""
    if value is None:
        return NO_DAY
    if isinstance(value, QDateTime):
        value = value.date()
    if isinstance(value, QDate):
        return value.toJulianDay() - _JULIAN_1970 if value.isValid() else NO_DAY
    if isinstance(value, _dt.datetime):
        value = value.date()
    if isinstance(value, _dt.date):
        return (value - _EPOCH).days
    if isinstance(value, str):
        date = QDate.fromString(value.strip()[:10], Qt.ISODate)
        return date.toJulianDay() - _JULIAN_1970 if date.isValid() else NO_DAY
    return NO_DAY  # NULL and anything unreadable


def qdate(day: int) -> QDate:
    """The QDate of a day number."""
    return QDate.fromJulianDay(int(day) + _JULIAN_1970)


def text_value(value) -> str:
    """An attribute as text; '' for NULL."""
    if value is None or (isinstance(value, QVariant) and value.isNull()):
        return ""
    return str(value)


def read_works(layers: Iterable[QgsVectorLayer]) -> List[WorkColumns]:
    """Works layers' works as columns (fast for GeoPackages without unsaved edits)."""
    layers = list(layers)
    tables: Dict[Tuple[str, str], List[Tuple[QgsVectorLayer, str]]] = {}
    for layer in layers:
        source = _gpkg_source(layer)
        if source is not None:
            path, table, subset = source
            tables.setdefault((path, table), []).append((layer, subset))
    read: Dict[str, WorkColumns] = {}
    for (path, table), members in tables.items():
        try:
            read.update(_read_table(path, table, members))
        except Exception as error:  # noqa: BLE001 (any GDAL trouble: the feature iterator still works)
            log.warning(tr("Timeline: reading '{path}' the fast way failed ({error}).").format(path=path, error=error))
    return [read[layer.id()] if layer.id() in read else read_features(layer) for layer in layers]


def read_features(layer: QgsVectorLayer, request: Optional[QgsFeatureRequest] = None) -> WorkColumns:
    """A works layer's works as columns, through QGIS's feature iterator (edit buffer included)."""
    fields = layer.fields()
    index = {name: fields.indexOf(name) for name in COLUMN_OF}
    request = QgsFeatureRequest(request) if request is not None else QgsFeatureRequest()
    request.setSubsetOfAttributes([i for i in index.values() if i >= 0])
    fids: List[int] = []
    texts: Dict[str, List[str]] = {name: [] for name in TEXT_FIELDS}
    days: Dict[str, List[int]] = {name: [] for name in DATE_FIELDS}
    boxes: List[Tuple[float, float, float, float]] = []
    nan = float("nan")
    for feature in layer.getFeatures(request):
        values = feature.attributes()
        fids.append(feature.id())
        for name in TEXT_FIELDS:
            texts[name].append(text_value(values[index[name]]) if index[name] >= 0 else "")
        for name in DATE_FIELDS:
            days[name].append(day_of(values[index[name]]) if index[name] >= 0 else NO_DAY)
        geometry = feature.geometry()
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            boxes.append((nan, nan, nan, nan))
        else:
            box = geometry.boundingBox()
            boxes.append((box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()))
    return _columns(
        layer.id(), np.asarray(fids, np.int64), texts, {k: np.asarray(v, np.int64) for k, v in days.items()}, boxes
    )


def _columns(
    layer_id: str, fids: np.ndarray, texts: Dict[str, List[str]], days: Dict[str, np.ndarray], boxes
) -> WorkColumns:
    values = {COLUMN_OF[name]: texts[name] for name in TEXT_FIELDS}
    values.update({COLUMN_OF[name]: days[name].astype(np.int64) for name in DATE_FIELDS})
    bbox = np.asarray(boxes, np.float64).reshape(-1, 4)
    return WorkColumns(layer_id=layer_id, fid=fids, bbox=bbox, **values)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _gpkg_source(layer: QgsVectorLayer) -> Optional[Tuple[str, str, str]]:
    """(file, table, filter) of a layer that can be read straight from its GeoPackage, else None."""
    if layer.providerType() != "ogr" or layer.storageType().upper() != "GPKG":
        return None
    buffer = layer.editBuffer()
    if buffer is not None and buffer.isModified():
        return None  # unsaved edits: only QGIS's iterator sees them
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path, table, subset = parts.get("path"), parts.get("layerName"), layer.subsetString().strip()
    if not path or not table or subset.lower().startswith("select"):
        return None
    fields = layer.fields()
    if any(fields.indexOf(name) < 0 for name in TEXT_FIELDS + DATE_FIELDS):
        return None
    if any(fields.field(name).type() != QVariant.Date for name in DATE_FIELDS):
        return None
    return path, table, subset


def _read_table(path: str, table: str, members: List[Tuple[QgsVectorLayer, str]]) -> Dict[str, WorkColumns]:
    """The works of several layers over one GeoPackage table, in a single scan of the table.

    Each layer's filter becomes a column of the query (1 where a row belongs to the layer):
    one pass over the table is faster than one indexed query per layer, or one query whose
    filters are joined by OR.
    """
    ds = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY, allowed_drivers=["GPKG"])
    source = ds.GetLayerByName(table) if ds is not None else None
    if source is None or not source.GetGeometryColumn():
        return {}
    fid, geom = _quote(source.GetFIDColumn() or "fid"), _quote(source.GetGeometryColumn())
    names = ", ".join(_quote(n) for n in TEXT_FIELDS + DATE_FIELDS)
    flags = ", ".join(f"({subset or 1}) AS kip_in_{i}" for i, (_layer, subset) in enumerate(members))
    sql = (
        f"SELECT {fid} AS kip_fid, {names}, ST_MinX({geom}) AS kip_x0, ST_MinY({geom}) AS kip_y0, "
        f"ST_MaxX({geom}) AS kip_x1, ST_MaxY({geom}) AS kip_y1, {flags} FROM {_quote(table)}"
    )
    if len(members) == 1 and members[0][1]:
        sql += f" WHERE {members[0][1]}"  # one layer: let its filter use the table's indexes
    result = ds.ExecuteSQL(sql)
    if result is None:
        return {}
    try:
        batches = list(result.GetArrowStreamAsNumPy())
    finally:
        ds.ReleaseResultSet(result)
        ds = None
    everything = _columns_from_batches("", batches)
    columns = {}
    for i, (layer, _subset) in enumerate(members):
        values, nulls = _column(batches, f"kip_in_{i}")
        columns[layer.id()] = _take(everything, layer.id(), np.flatnonzero((values != 0) & ~nulls))
    return columns


def _take(columns: WorkColumns, layer_id: str, rows: np.ndarray) -> WorkColumns:
    """Some rows of a block of columns, as another layer's block."""
    picked = {}
    for name in ("work_id", "title", "owner", "work_type", "status"):
        values = getattr(columns, name)
        picked[name] = [values[i] for i in rows.tolist()]
    for name in ("fid", "start", "end", "earliest", "latest", "bbox"):
        picked[name] = getattr(columns, name)[rows]
    return WorkColumns(layer_id=layer_id, **picked)


def _column(batches: List[dict], name: str) -> Tuple[np.ndarray, np.ndarray]:
    """A column's values and its null mask, over all batches."""
    parts = [b[name] for b in batches]
    if not parts:
        return np.zeros(0), np.zeros(0, bool)
    values = np.concatenate([np.ma.getdata(p) for p in parts])
    mask = np.concatenate([np.ma.getmaskarray(p) for p in parts])
    return values, mask


def _strings(values: np.ndarray, nulls: np.ndarray, few: bool = False) -> List[str]:
    """Text values from Arrow (bytes, UTF-8), '' for nulls; ``few``: a code list, decoded once per value."""
    if values.dtype.kind == "S":
        raw = values.tolist()
        if few:
            decoded = {v: v.decode("utf-8", "replace") for v in set(raw)}
            texts = list(map(decoded.__getitem__, raw))
        else:
            texts = [v.decode("utf-8", "replace") for v in raw]
    else:
        texts = ["" if v is None else str(v) for v in values.tolist()]
    for i in np.flatnonzero(nulls).tolist():
        texts[i] = ""
    return texts


def _columns_from_batches(layer_id: str, batches: List[dict]) -> WorkColumns:
    fids, _ = _column(batches, "kip_fid")
    texts = {name: _strings(*_column(batches, name), few=name in FEW_VALUES) for name in TEXT_FIELDS}
    days = {}
    for name in DATE_FIELDS:
        values, nulls = _column(batches, name)
        if len(values) and not np.issubdtype(values.dtype, np.datetime64):
            raise ValueError(f"{name} is not a date column")
        day = values.astype("datetime64[D]").astype(np.int64) if len(values) else np.zeros(0, np.int64)
        day[nulls] = NO_DAY
        days[name] = day
    box = []
    for name in ("kip_x0", "kip_y0", "kip_x1", "kip_y1"):
        values, nulls = _column(batches, name)
        values = values.astype(np.float64)
        values[nulls] = np.nan
        box.append(values)
    boxes = np.column_stack(box) if len(fids) else np.zeros((0, 4))
    return _columns(layer_id, fids.astype(np.int64), texts, days, boxes)


# ---- detection results ------------------------------------------------------------------


@dataclass
class Results:
    """What the detection found, as far as the timeline shows it."""

    cluster_of: Dict[str, str]
    cluster_owners: Dict[str, List[str]]
    digs_saved: Dict[str, int]
    conflicts: List[Tuple[str, str, str]]  # kind, work_a, work_b
    layer_ids: List[str]


def _has(layer: QgsVectorLayer, *names: str) -> bool:
    fields = layer.fields()
    return all(fields.indexOf(n) >= 0 for n in names)


def result_layers(project: QgsProject, exclude: Iterable[str] = ()) -> List[QgsVectorLayer]:
    """Layers holding detection results: those in KIP's results group and those marked as a result."""
    group = find_group(project, "results")
    layers = {n.layerId(): n.layer() for n in group.findLayers()} if group is not None else {}
    for layer in project.mapLayers().values():
        if layer.customProperty(RESULT_PROPERTY):
            layers[layer.id()] = layer
    exclude = set(exclude)
    return [
        layer
        for layer_id, layer in layers.items()
        if isinstance(layer, QgsVectorLayer) and layer.isValid() and layer_id not in exclude
    ]


def read_results(project: QgsProject, exclude: Iterable[str] = ()) -> Results:
    """Combinations and conflicts from the result layers, recognised by their contract fields."""
    results = Results({}, {}, {}, [], [])
    for layer in result_layers(project, exclude):
        if _has(layer, S.R_CONFLICT_ID, S.R_KIND, S.R_WORK_A, S.R_WORK_B):
            results.layer_ids.append(layer.id())
            listed = _has(layer, S.R_WORK_IDS)
            for f in layer.getFeatures(QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)):
                a, b = text_value(f[S.R_WORK_A]), text_value(f[S.R_WORK_B])
                ids = [w.strip() for w in text_value(f[S.R_WORK_IDS]).split(",") if w.strip()] if listed else []
                if len(ids) > 2:  # a closure cluster: each of its works with the others
                    results.conflicts.extend((text_value(f[S.R_KIND]), x, y) for x, y in _cluster_links(ids))
                elif a and b:
                    results.conflicts.append((text_value(f[S.R_KIND]), a, b))
        elif _has(layer, S.R_CLUSTER_ID, S.R_WORK_IDS):
            results.layer_ids.append(layer.id())
            with_owners, with_digs = _has(layer, S.R_OWNERS), _has(layer, S.R_DIGS_SAVED)
            for f in layer.getFeatures(QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)):
                cluster = text_value(f[S.R_CLUSTER_ID])
                if not cluster:
                    continue
                for work_id in text_value(f[S.R_WORK_IDS]).split(","):
                    if work_id.strip():
                        results.cluster_of[work_id.strip()] = cluster
                if with_owners:
                    results.cluster_owners[cluster] = [
                        o.strip() for o in text_value(f[S.R_OWNERS]).split(",") if o.strip()
                    ]
                if with_digs and text_value(f[S.R_DIGS_SAVED]).lstrip("-").isdigit():
                    results.digs_saved[cluster] = int(text_value(f[S.R_DIGS_SAVED]))
        elif _has(layer, S.F_WORK_ID, S.R_CLUSTER_ID) and not _has(layer, S.R_WORK_A):
            results.layer_ids.append(layer.id())
            for f in layer.getFeatures(QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)):
                cluster = text_value(f[S.R_CLUSTER_ID])
                if cluster:
                    results.cluster_of.setdefault(text_value(f[S.F_WORK_ID]), cluster)
    return results


def _cluster_links(ids: List[str], all_pairs_up_to: int = 6) -> List[Tuple[str, str]]:
    """Pairs that tie a cluster's works together: all of them in a small cluster, a chain in a large one."""
    if len(ids) <= all_pairs_up_to:
        return [(x, y) for k, x in enumerate(ids) for y in ids[k + 1:]]
    return list(zip(ids[:-1], ids[1:]))


def cluster_labels(results: Results, party_name) -> Dict[str, str]:
    """A readable title per combination: its owners and the digs it saves."""
    labels = {}
    for cluster in set(results.cluster_of.values()):
        owners = ", ".join(party_name(o) for o in results.cluster_owners.get(cluster, []))
        digs = results.digs_saved.get(cluster)
        if owners and digs:
            labels[cluster] = tr("Combination {id}: {owners} (one dig instead of {digs})").format(
                id=cluster, owners=owners, digs=digs + 1
            )
        elif owners:
            labels[cluster] = tr("Combination {id}: {owners}").format(id=cluster, owners=owners)
        else:
            labels[cluster] = tr("Combination {id}").format(id=cluster)
    return labels


# ---- districts -----------------------------------------------------------------------------


def district_expression(layer: QgsVectorLayer) -> str:
    """How a district is named: as the map labels it, else the layer's display expression."""
    if layer.labelsEnabled() and layer.labeling() is not None and layer.labeling().type() == "simple":
        settings = layer.labeling().settings()
        if settings.fieldName:
            return settings.fieldName if settings.isExpression else QgsExpression.quotedColumnRef(settings.fieldName)
    return layer.displayExpression()


class DistrictIndex:
    """A polygon layer's districts, to look up which district a work lies in."""

    def __init__(self, layer: QgsVectorLayer):
        self.layer_id = layer.id()
        self.crs = layer.crs()
        expression = QgsExpression(district_expression(layer))
        context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
        self.names: Dict[int, str] = {}
        self.geometries: Dict[int, QgsGeometry] = {}
        self.index = QgsSpatialIndex()
        for feature in layer.getFeatures():
            geometry = feature.geometry()
            if geometry.isNull():
                continue
            context.setFeature(feature)
            self.names[feature.id()] = text_value(expression.evaluate(context)) or str(feature.id())
            self.geometries[feature.id()] = geometry
            self.index.addFeature(feature)

    def names_for(self, columns: WorkColumns, crs, project: QgsProject) -> List[str]:
        """District of each work: the one holding the middle of its area ('' when none does)."""
        transform = QgsCoordinateTransform(crs, self.crs, project)
        result = []
        for x0, y0, x1, y1 in columns.bbox.tolist():
            if x0 != x0:  # NaN: no work area
                result.append("")
                continue
            try:
                rect = transform.transformBoundingBox(QgsRectangle(x0, y0, x1, y1))
            except Exception:  # noqa: BLE001 (outside the district layer's CRS area)
                result.append("")
                continue
            point = QgsGeometry.fromPointXY(QgsPointXY(rect.center()))
            candidates = self.index.intersects(rect)
            name = next((self.names[c] for c in candidates if self.geometries[c].contains(point)), None)
            if name is None:
                area = QgsGeometry.fromRect(rect)
                name = next((self.names[c] for c in candidates if self.geometries[c].intersects(area)), "")
            result.append(name)
        return result
