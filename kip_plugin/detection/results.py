"""The detection results as QGIS features: combinations, pairs, works with their combination, conflicts."""
from __future__ import annotations

from typing import Callable, Dict, Iterable, Iterator, List, Optional

import numpy as np
import shapely
from qgis.core import QgsFeature, QgsFeatureSink, QgsField, QgsFields, QgsGeometry, QgsWkbTypes
from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QVariant

from ..core import schema as S
from ..core.combinations import Clusters, Pairs, cluster_of_pairs
from ..core.conflicts import Conflicts
from ..core.errors import Cancelled
from ..core.works import NO_DATE
from . import metric
from .describe import Describer
from .reader import WorksInput

# Period fields that make pairs and conflicts animate in the Temporal Controller.
F_PERIOD_START, F_PERIOD_END = S.F_START, S.F_END
# Margin (m) that turns a cluster of points or lines into a visible area.
DEGENERATE_MARGIN = 1.0
# Features handed to a sink at once, between checks for cancel.
WRITE_BATCH = 5_000

_JULIAN_EPOCH = 2440588
_QVARIANT_OF_KIND = {
    S.TEXT: QVariant.String,
    S.DATE: QVariant.Date,
    S.DATETIME: QVariant.DateTime,
    S.BOOL: QVariant.Bool,
    S.REAL: QVariant.Double,
    S.INTEGER: QVariant.LongLong,
}


def _fields(spec) -> QgsFields:
    fields = QgsFields()
    for name, kind in spec:
        fields.append(QgsField(name, _QVARIANT_OF_KIND[kind]))
    return fields


def cluster_fields() -> QgsFields:
    """Fields of the combinations layer."""
    return _fields(
        [
            (S.R_CLUSTER_ID, S.INTEGER),
            (S.R_N_WORKS, S.INTEGER),
            (S.R_WORK_IDS, S.TEXT),
            (S.R_OWNERS, S.TEXT),
            (S.R_COMMON_START, S.DATE),
            (S.R_COMMON_END, S.DATE),
            (S.R_DIGS_SAVED, S.INTEGER),
            (S.R_DISRUPTION_DAYS_SAVED, S.INTEGER),
        ]
    )


def pair_fields() -> QgsFields:
    """Fields of the pairs layer."""
    return _fields(
        [
            (S.R_WORK_A, S.TEXT),
            (S.R_WORK_B, S.TEXT),
            (S.R_OWNER_A, S.TEXT),
            (S.R_OWNER_B, S.TEXT),
            (S.R_DISTANCE_M, S.REAL),
            (S.R_GAP_DAYS, S.INTEGER),
            (S.R_PLANNED_GAP_DAYS, S.INTEGER),
            (S.R_NEEDS_SHIFT, S.BOOL),
            (S.R_CLUSTER_ID, S.INTEGER),
            (F_PERIOD_START, S.DATE),
            (F_PERIOD_END, S.DATE),
        ]
    )


def works_fields() -> QgsFields:
    """Fields of the works-with-combination layer: the works schema plus cluster_id."""
    return _fields([(spec.name, spec.kind) for spec in S.WORK_FIELDS] + [(S.R_CLUSTER_ID, S.INTEGER)])


def conflict_fields() -> QgsFields:
    """Fields of the conflicts layer."""
    return _fields(
        [
            (S.R_CONFLICT_ID, S.INTEGER),
            (S.R_KIND, S.TEXT),
            (S.R_WORK_A, S.TEXT),
            (S.R_WORK_B, S.TEXT),
            (S.R_DISTANCE_M, S.REAL),
            (S.R_SEVERITY, S.TEXT),
            (S.R_DESCRIPTION, S.TEXT),
            (F_PERIOD_START, S.DATE),
            (F_PERIOD_END, S.DATE),
        ]
    )


WKB_TYPES = {
    "clusters": QgsWkbTypes.Polygon,
    "pairs": QgsWkbTypes.LineString,
    "conflicts": QgsWkbTypes.LineString,
}


class _Dates:
    """QDate per day number, made once: works share few distinct dates."""

    def __init__(self) -> None:
        self.cache: Dict[int, QDate] = {}

    def __call__(self, day) -> Optional[QDate]:
        day = int(day)
        if day == NO_DATE:
            return None
        value = self.cache.get(day)
        if value is None:
            value = self.cache[day] = QDate.fromJulianDay(day + _JULIAN_EPOCH)
        return value


def _geometry(wkb: bytes) -> QgsGeometry:
    geometry = QgsGeometry()
    geometry.fromWkb(wkb)
    return geometry


def _rounded(distance: float) -> float:
    return round(float(distance), 2)


def cluster_features(data: WorksInput, clusters: Clusters) -> Iterator[QgsFeature]:
    """One polygon per combination, around its members."""
    fields = cluster_fields()
    dates = _Dates()
    works = data.works
    if not len(clusters):
        return
    labels = np.repeat(np.arange(len(clusters)), clusters.sizes)
    collections = shapely.geometrycollections(works.geoms[clusters.order], indices=labels)
    hulls = shapely.convex_hull(collections)
    thin = shapely.get_type_id(hulls) != 3  # 3: polygon
    hulls[thin] = shapely.buffer(hulls[thin], DEGENERATE_MARGIN)
    wkbs = metric.to_wkb(hulls)
    for k in range(len(clusters)):
        members = clusters.members(k)
        feature = QgsFeature(fields)
        feature.setAttributes(
            [
                k + 1,
                len(members),
                ",".join(works.ids[members]),
                ",".join(sorted(set(works.owners[members]))),
                dates(clusters.common_start[k]),
                dates(clusters.common_end[k]),
                int(clusters.digs_saved[k]),
                int(clusters.disruption_days_saved[k]),
            ]
        )
        feature.setGeometry(_geometry(wkbs[k]))
        yield feature


def pair_features(data: WorksInput, pairs: Pairs, clusters: Clusters) -> Iterator[QgsFeature]:
    """One line per combinable pair, between the nearest points of the two works."""
    fields = pair_fields()
    dates = _Dates()
    works = data.works
    a, b = pairs.a, pairs.b
    lines = metric.to_wkb(shapely.shortest_line(works.geoms[a], works.geoms[b]))
    in_cluster = cluster_of_pairs(pairs, clusters)
    first = np.minimum(works.start[a], works.start[b])
    last = np.maximum(works.end[a], works.end[b])
    for k in range(len(pairs)):
        feature = QgsFeature(fields)
        feature.setAttributes(
            [
                str(works.ids[a[k]]),
                str(works.ids[b[k]]),
                str(works.owners[a[k]]),
                str(works.owners[b[k]]),
                _rounded(pairs.distance[k]),
                int(pairs.gap_days[k]),
                int(pairs.planned_gap_days[k]),
                bool(pairs.planned_gap_days[k] > 0),
                int(in_cluster[k]) + 1 if in_cluster[k] >= 0 else None,
                dates(first[k]),
                dates(last[k]),
            ]
        )
        feature.setGeometry(_geometry(lines[k]))
        yield feature


def _value_converter(kind: str, dates: _Dates) -> Callable:
    if kind == S.DATE:
        return dates
    if kind == S.DATETIME:
        return lambda ms: None if ms == NO_DATE else QDateTime.fromMSecsSinceEpoch(int(ms), Qt.UTC)
    if kind == S.BOOL:
        return lambda v: None if v < 0 else bool(v)
    if kind == S.REAL:
        return lambda v: None if v != v else float(v)
    return lambda v: v


def works_features(data: WorksInput, clusters: Clusters) -> Iterator[QgsFeature]:
    """The usable input works, each with the number of its combination (or NULL)."""
    fields = works_fields()
    dates = _Dates()
    columns = []
    for spec in S.WORK_FIELDS:
        values = data.columns.get(spec.name)
        if values is None:
            columns.append([None] * len(data.works))
            continue
        convert = _value_converter(spec.kind, dates)
        columns.append([convert(v) for v in values.tolist()])
    labels = clusters.labels
    columns.append([int(k) + 1 if k >= 0 else None for k in labels.tolist()])
    for k, row in enumerate(zip(*columns)):
        feature = QgsFeature(fields)
        feature.setAttributes(list(row))
        feature.setGeometry(_geometry(data.wkb[k]))
        yield feature


def conflict_features(data: WorksInput, conflicts: Conflicts, moratorium_years: int) -> Iterator[QgsFeature]:
    """One line per conflict, between the nearest points of the two works, with a description."""
    fields = conflict_fields()
    dates = _Dates()
    works = data.works
    describer = Describer(
        works.titles, works.ids, works.owners, works.disruption, works.start, works.end, data.owner_names
    )
    lines = metric.to_wkb(shapely.shortest_line(works.geoms[conflicts.a], works.geoms[conflicts.b]))
    for k in range(len(conflicts)):
        a, b = int(conflicts.a[k]), int(conflicts.b[k])
        kind = str(conflicts.kind[k])
        feature = QgsFeature(fields)
        feature.setAttributes(
            [
                k + 1,
                kind,
                str(works.ids[a]),
                str(works.ids[b]),
                _rounded(conflicts.distance[k]),
                str(conflicts.severity[k]),
                describer.conflict(
                    kind, a, b, float(conflicts.distance[k]), int(conflicts.days[k]),
                    int(conflicts.start[k]), int(conflicts.end[k]), moratorium_years,
                ),
                dates(conflicts.start[k]),
                dates(conflicts.end[k]),
            ]
        )
        feature.setGeometry(_geometry(lines[k]))
        yield feature


def write(
    sink: Optional[QgsFeatureSink],
    features: Iterable[QgsFeature],
    total: int,
    progress: Optional[Callable[[float], bool]] = None,
) -> int:
    """Add ``features`` to ``sink`` in batches; returns how many were written."""
    if sink is None:
        return 0
    batch: List[QgsFeature] = []
    written = 0
    for feature in features:
        batch.append(feature)
        if len(batch) >= WRITE_BATCH:
            sink.addFeatures(batch, QgsFeatureSink.FastInsert)
            written += len(batch)
            batch = []
            if progress is not None and progress(written / max(total, 1)) is False:
                raise Cancelled()
    if batch:
        sink.addFeatures(batch, QgsFeatureSink.FastInsert)
        written += len(batch)
    return written
