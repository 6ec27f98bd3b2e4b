"""The one reader of works: any works layers as numpy columns, for every part of KIP.

The detection, the timeline, the council map and the importer all read works here. Each
layer is read the fastest way its backend allows (GDAL's columnar interface for GeoPackage,
PostGIS and other files, see ``columnar``), else through QGIS's feature iterator, which
also sees unsaved edits. Whatever the way, the columns come out the same:

- text fields: unicode arrays, '' for NULL;
- dates: day numbers since ``schema.EPOCH``, ``schema.NO_DATE`` when empty; dates written as
  text follow the one rule of ``core.dates.day_numbers`` and the texts that are no date are
  kept in ``bad_dates`` by row;
- yes/no fields: int8, 1 yes, 0 no, -1 empty; numbers: float64, NaN when empty; date-times:
  milliseconds since the epoch;
- fids and the index of the layer each row was read from; geometries as WKB in the layer's CRS.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np
from qgis.core import (
    QgsAbstractFeatureSource,
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsFeedback,
    QgsFields,
    QgsVectorLayer,
    QgsVectorLayerFeatureSource,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QVariant

from ..core import schema as S
from ..core.dates import day_numbers
from ..core.errors import Cancelled
from . import columnar
from .columnar import Block, GdalSource

KINDS: Dict[str, str] = {spec.name: spec.kind for spec in S.WORK_FIELDS}
ALL_FIELDS: Tuple[str, ...] = S.WORK_FIELD_NAMES
GDAL, QGIS = "gdal", "qgis"


@dataclass
class LayerSource:
    """One works layer, ready to be read from any thread (made on the main thread by ``prepare``)."""

    layer_id: str
    name: str
    crs: QgsCoordinateReferenceSystem
    fields: QgsFields
    kinds: Dict[str, str]  # the wanted fields the layer has, with their kinds
    gdal: Optional[GdalSource]
    features: QgsAbstractFeatureSource  # QGIS's thread-safe copy of the layer
    count: int
    wkb_type: int
    store: str  # the KIP the layer belongs to ('' for other layers)


def prepare(layers: Sequence[QgsVectorLayer], fields: Sequence[str] = ALL_FIELDS) -> List[LayerSource]:
    """Make ``layers`` readable from a background thread; only ``fields`` will be read."""
    kinds = {name: KINDS[name] for name in fields}
    sources = []
    for layer in layers:
        present = {n: k for n, k in kinds.items() if layer.fields().indexOf(n) >= 0}
        sources.append(
            LayerSource(
                layer_id=layer.id(),
                name=layer.name(),
                crs=layer.crs(),
                fields=layer.fields(),
                kinds=present,
                gdal=columnar.gdal_source(layer, list(present)),
                features=QgsVectorLayerFeatureSource(layer),
                count=max(layer.featureCount(), 0),
                wkb_type=layer.wkbType(),
                store=str(layer.customProperty("kip/store") or ""),
            )
        )
    return sources


@dataclass
class WorksTable:
    """The works of some layers as columns; row ``i`` was read from ``sources[layer[i]]``."""

    columns: Dict[str, np.ndarray]
    fid: np.ndarray  # int64
    layer: np.ndarray  # int32, index into ``sources``
    wkb: np.ndarray  # object: WKB bytes, None without geometry; in the CRS of the row's layer
    sources: List[LayerSource]
    methods: Dict[str, str] = field(default_factory=dict)  # layer name -> GDAL or QGIS
    bad_dates: Dict[str, Dict[int, str]] = field(default_factory=dict)  # field -> row -> text

    def __len__(self) -> int:
        return len(self.fid)

    def rows_of(self, index: int) -> np.ndarray:
        """The rows read from ``sources[index]``."""
        return np.flatnonzero(self.layer == index)

    def take(self, rows: np.ndarray) -> "WorksTable":
        """Some rows of this table, as a table (bad dates renumbered)."""
        position = {int(r): i for i, r in enumerate(rows.tolist())}
        bad = {}
        for name, wrong in self.bad_dates.items():
            kept = {position[r]: text for r, text in wrong.items() if r in position}
            if kept:
                bad[name] = kept
        return WorksTable(
            {n: v[rows] for n, v in self.columns.items()}, self.fid[rows], self.layer[rows], self.wkb[rows],
            self.sources, self.methods, bad,
        )

    def bounds(self) -> np.ndarray:
        """(n, 4) xmin, ymin, xmax, ymax of each row's geometry in its layer's CRS; NaN without one."""
        return wkb_bounds(self.wkb)


def wkb_bounds(wkb: np.ndarray) -> np.ndarray:
    """Bounding boxes of WKB geometries; NaN where there is none or it is empty."""
    try:
        import shapely
    except ImportError:
        shapely = None
    if shapely is not None and int(shapely.__version__.split(".")[0]) >= 2:
        return shapely.bounds(shapely.from_wkb(wkb, on_invalid="ignore")).reshape(-1, 4)
    from osgeo import ogr

    boxes = np.full((len(wkb), 4), np.nan)
    for row, blob in enumerate(wkb.tolist()):
        geometry = ogr.CreateGeometryFromWkb(blob) if blob else None
        if geometry is not None and not geometry.IsEmpty():
            x0, x1, y0, y1 = geometry.GetEnvelope()
            boxes[row] = (x0, y0, x1, y1)
    return boxes


def read_works_table(
    layers: Sequence, fields: Sequence[str] = ALL_FIELDS, feedback: Optional[QgsFeedback] = None,
    geometry: bool = True, progress_share: float = 30.0,
) -> WorksTable:
    """Read ``fields`` of the works of ``layers`` (QgsVectorLayers, or LayerSources from ``prepare``).

    Fields a layer lacks come out empty. Progress fills 0–``progress_share`` % of ``feedback``;
    raises ``Cancelled`` when the user cancels.
    """
    sources = list(layers)
    if not all(isinstance(s, LayerSource) for s in sources):
        sources = prepare(sources, fields)
    kinds = {name: KINDS[name] for name in fields}
    blocks: List[Optional[Block]] = [None] * len(sources)
    methods: Dict[str, str] = {}
    # One query per GeoPackage or PostGIS table for all the layers over it.
    tables: Dict[Tuple[str, str], List[int]] = {}
    for i, source in enumerate(sources):
        if source.gdal is not None and source.gdal.sql_table:
            tables.setdefault((source.gdal.connection, source.gdal.table), []).append(i)
    for members in tables.values():
        first = sources[members[0]]
        wanted = {n: k for n, k in kinds.items() if n in first.kinds}
        block = columnar.read_table(first.gdal, [sources[i].gdal.subset for i in members], wanted, geometry)
        if block is not None:
            for position, i in enumerate(members):
                rows = np.arange(len(block)) if block.member is None else np.flatnonzero(block.member[:, position])
                blocks[i] = _complete(_rows(block, rows), kinds)
    for i, source in enumerate(sources):
        _check_cancel(feedback)
        if blocks[i] is None and source.gdal is not None and not source.gdal.sql_table:
            block = columnar.read_layer(source.gdal, {n: k for n, k in kinds.items() if n in source.kinds}, geometry)
            blocks[i] = None if block is None else _complete(block, kinds)
        if blocks[i] is None:
            blocks[i] = _complete(_read_with_qgis(source, kinds, geometry, feedback, progress_share), kinds)
            methods[source.name] = QGIS
        else:
            methods[source.name] = GDAL
        if feedback is not None:
            feedback.setProgress(progress_share * (i + 1) / max(1, len(sources)))
    return _join(blocks, sources, kinds, methods)


def _check_cancel(feedback: Optional[QgsFeedback]) -> None:
    if feedback is not None and feedback.isCanceled():
        raise Cancelled()


def _rows(block: Block, rows: np.ndarray) -> Block:
    if block.member is None:
        return block
    position = {int(r): i for i, r in enumerate(rows.tolist())}
    bad = {n: {position[r]: t for r, t in w.items() if r in position} for n, w in block.bad_dates.items()}
    return Block(block.fid[rows], block.wkb[rows], {n: v[rows] for n, v in block.columns.items()}, bad)


def _complete(block: Block, kinds: Dict[str, str]) -> Block:
    for name, kind in kinds.items():
        if name not in block.columns:
            block.columns[name] = columnar.empty_column(kind, len(block))
    return block


def _join(blocks: List[Block], sources: List[LayerSource], kinds: Dict[str, str], methods) -> WorksTable:
    offsets = np.cumsum([0] + [len(b) for b in blocks])
    bad: Dict[str, Dict[int, str]] = {}
    for block, offset in zip(blocks, offsets.tolist()):
        for name, wrong in block.bad_dates.items():
            bad.setdefault(name, {}).update({offset + r: t for r, t in wrong.items()})
    if not blocks:
        return WorksTable({n: columnar.empty_column(k, 0) for n, k in kinds.items()}, np.zeros(0, np.int64),
                          np.zeros(0, np.int32), np.zeros(0, dtype=object), sources, methods, bad)
    return WorksTable(
        columns={name: np.concatenate([b.columns[name] for b in blocks]) for name in kinds},
        fid=np.concatenate([b.fid for b in blocks]).astype(np.int64),
        layer=np.concatenate([np.full(len(b), i, dtype=np.int32) for i, b in enumerate(blocks)]),
        wkb=np.concatenate([b.wkb for b in blocks]) if blocks else np.zeros(0, dtype=object),
        sources=sources,
        methods=methods,
        bad_dates=bad,
    )


# ---- QGIS's feature iterator: every other source, and layers with unsaved edits ---------------


def _is_null(value) -> bool:
    return value is None or (isinstance(value, QVariant) and value.isNull())


def _day(value) -> Optional[int]:
    """Day number of a QDate or QDateTime (NO_DATE when invalid); None for other values."""
    if isinstance(value, QDateTime):
        value = value.date()
    if isinstance(value, QDate):
        return value.toJulianDay() - S.JULIAN_DAY_OF_EPOCH if value.isValid() else S.NO_DATE
    return None


def day_number(value) -> int:
    """Day number of one date attribute (QDate, QDateTime, date, or text by the one rule); NO_DATE when empty or no date."""
    if _is_null(value):
        return S.NO_DATE
    day = _day(value)
    if day is not None:
        return day
    if isinstance(value, _dt.datetime):
        value = value.date()
    if isinstance(value, _dt.date):
        return (value - _dt.date.fromisoformat(S.EPOCH)).days
    return int(day_numbers([str(value)])[0][0])


def qdate(day: int) -> QDate:
    """The QDate of a day number."""
    return QDate.fromJulianDay(int(day) + S.JULIAN_DAY_OF_EPOCH)


def text_value(value) -> str:
    """An attribute as text; '' for NULL."""
    return "" if _is_null(value) else str(value)


def _msecs(value) -> int:
    if isinstance(value, QDateTime) and value.isValid():
        return value.toMSecsSinceEpoch()
    if isinstance(value, QDate) and value.isValid():
        return (value.toJulianDay() - S.JULIAN_DAY_OF_EPOCH) * 86_400_000
    return S.NO_DATE


def _dates(raw: List) -> Tuple[np.ndarray, Dict[int, str]]:
    days = np.full(len(raw), S.NO_DATE, dtype=np.int64)
    texts: List[str] = [""] * len(raw)
    for row, value in enumerate(raw):
        if _is_null(value):
            continue
        day = _day(value)
        if day is None:
            texts[row] = str(value)
        else:
            days[row] = day
    if any(texts):
        parsed, bad = day_numbers(texts)
        filled = np.array([bool(t.strip()) for t in texts])
        days[filled] = parsed[filled]
        return days, bad
    return days, {}


def _read_with_qgis(source: LayerSource, kinds: Dict[str, str], geometry: bool, feedback, share: float) -> Block:
    names = [n for n in kinds if n in source.kinds]
    request = QgsFeatureRequest().setSubsetOfAttributes(names, source.fields)
    if not geometry:
        request.setFlags(QgsFeatureRequest.NoGeometry)
    fids, wkbs = [], []
    values: Dict[str, List] = {n: [] for n in names}
    total = max(source.count, 1)
    for count, feature in enumerate(source.features.getFeatures(request)):
        if count % 1000 == 0 and feedback is not None:
            _check_cancel(feedback)
            feedback.setProgress(min(99.0, 100.0 * count / total) * share / 100.0)
        fids.append(feature.id())
        if geometry:
            shape = feature.geometry()
            wkbs.append(None if shape.isNull() else bytes(shape.asWkb()))
        for name in names:
            values[name].append(feature[name])
    columns: Dict[str, np.ndarray] = {}
    bad: Dict[str, Dict[int, str]] = {}
    for name in names:
        raw, kind = values[name], kinds[name]
        if kind == S.DATE:
            columns[name], wrong = _dates(raw)
            if wrong:
                bad[name] = wrong
        elif kind == S.BOOL:
            columns[name] = np.array([-1 if _is_null(v) else int(bool(v)) for v in raw], dtype=np.int8)
        elif kind in (S.REAL, S.INTEGER):
            columns[name] = np.array([np.nan if _is_null(v) else float(v) for v in raw], dtype=float)
        elif kind == S.DATETIME:
            columns[name] = np.array([_msecs(v) for v in raw], dtype=np.int64)
        else:
            columns[name] = np.array(["" if _is_null(v) else str(v) for v in raw], dtype=str)
    wkb = np.array(wkbs + [None], dtype=object)[:-1] if geometry else np.full(len(fids), None, dtype=object)
    return Block(np.array(fids, dtype=np.int64), wkb, columns, bad)
