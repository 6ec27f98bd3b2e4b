"""The detection results as QGIS features: combinations, pairs, works with their combination, conflicts."""
from __future__ import annotations

from typing import Callable, Iterable, Iterator, List, Optional

import numpy as np
import shapely
from qgis.core import QgsFeature, QgsFeatureSink, QgsField, QgsFields, QgsGeometry, QgsWkbTypes
from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QVariant

from ..core import schema as S
from ..core.combinations import Clusters, Pairs, cluster_of_pairs
from ..core.conflicts import Conflicts
from ..core.spatial import many_objects, parallel
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


def _qdates(days: np.ndarray) -> list:
    """QDates (None where empty) of day numbers; each distinct day is made once."""
    unique, inverse = np.unique(np.asarray(days, dtype=np.int64), return_inverse=True)
    table = [None if d == NO_DATE else QDate.fromJulianDay(d + _JULIAN_EPOCH) for d in unique.tolist()]
    return [table[k] for k in inverse.tolist()]


def _numbers(labels: np.ndarray) -> list:
    """Cluster numbers counted from 1, None for no cluster (-1)."""
    return [None if k < 0 else k + 1 for k in labels.tolist()]


def _features(fields: QgsFields, columns: List[list], wkbs) -> Iterator[QgsFeature]:
    """Features from columns of plain values and WKB geometries."""
    for row, wkb in zip(zip(*columns), wkbs):
        feature = QgsFeature(fields)
        feature.setAttributes(list(row))
        geometry = QgsGeometry()
        geometry.fromWkb(wkb)
        feature.setGeometry(geometry)
        yield feature


def cluster_features(data: WorksInput, clusters: Clusters) -> Iterator[QgsFeature]:
    """One polygon per combination, around its members."""
    works = data.works
    k = len(clusters)
    if not k:
        return iter(())
    labels = np.repeat(np.arange(k), clusters.sizes)
    collections = shapely.geometrycollections(works.geoms[clusters.order], indices=labels)
    hulls = parallel(shapely.convex_hull, collections)
    thin = shapely.get_type_id(hulls) != 3  # 3: polygon
    hulls[thin] = shapely.buffer(hulls[thin], DEGENERATE_MARGIN)
    ids = works.ids[clusters.order].tolist()
    owners = works.owners[clusters.order].tolist()
    bounds = list(zip(clusters.offsets[:-1].tolist(), clusters.offsets[1:].tolist()))
    columns = [
        list(range(1, k + 1)),
        clusters.sizes.tolist(),
        [",".join(ids[lo:hi]) for lo, hi in bounds],
        [",".join(sorted(set(owners[lo:hi]))) for lo, hi in bounds],
        _qdates(clusters.common_start),
        _qdates(clusters.common_end),
        clusters.digs_saved.tolist(),
        clusters.disruption_days_saved.tolist(),
    ]
    return _features(cluster_fields(), columns, metric.to_wkb(hulls))


def pair_features(data: WorksInput, pairs: Pairs, clusters: Clusters) -> Iterator[QgsFeature]:
    """One line per combinable pair, between the nearest points of the two works."""
    works = data.works
    a, b = pairs.a, pairs.b
    lines = metric.to_wkb(parallel(shapely.shortest_line, works.geoms[a], works.geoms[b]))
    columns = [
        works.ids[a].tolist(),
        works.ids[b].tolist(),
        works.owners[a].tolist(),
        works.owners[b].tolist(),
        np.round(pairs.distance, 2).tolist(),
        pairs.gap_days.tolist(),
        pairs.planned_gap_days.tolist(),
        pairs.needs_shift.tolist(),
        _numbers(cluster_of_pairs(pairs, clusters)),
        _qdates(np.minimum(works.start[a], works.start[b])),
        _qdates(np.maximum(works.end[a], works.end[b])),
    ]
    return _features(pair_fields(), columns, lines)


def _plain(kind: str, values: np.ndarray) -> list:
    """A raw column as the values QGIS takes."""
    if kind == S.DATE:
        return _qdates(values)
    if kind == S.DATETIME:
        return [None if ms == NO_DATE else QDateTime.fromMSecsSinceEpoch(ms, Qt.UTC) for ms in values.tolist()]
    if kind == S.BOOL:
        return [None if v < 0 else bool(v) for v in values.tolist()]
    if kind == S.REAL:
        return [None if v != v else v for v in values.tolist()]
    return [v or None for v in values.tolist()]


def works_features(data: WorksInput, clusters: Clusters) -> Iterator[QgsFeature]:
    """The usable input works, each with the number of its combination (or NULL)."""
    n = len(data.works)
    columns = []
    for spec in S.WORK_FIELDS:
        values = data.columns.get(spec.name)
        columns.append([None] * n if values is None else _plain(spec.kind, values))
    columns.append(_numbers(clusters.labels))
    return _features(works_fields(), columns, data.wkb)


def conflict_features(data: WorksInput, conflicts: Conflicts, moratorium_years: int) -> Iterator[QgsFeature]:
    """One line per conflict, between the nearest points of the two works, with a description."""
    works = data.works
    describer = Describer(
        works.titles, works.ids, works.owners, works.disruption, works.start, works.end, data.owner_names
    )
    a, b = conflicts.a, conflicts.b
    lines = metric.to_wkb(parallel(shapely.shortest_line, works.geoms[a], works.geoms[b]))
    descriptions = [
        describer.conflict(kind, i, j, distance, days, start, end, moratorium_years)
        for kind, i, j, distance, days, start, end in zip(
            conflicts.kind.tolist(), a.tolist(), b.tolist(), conflicts.distance.tolist(), conflicts.days.tolist(),
            conflicts.start.tolist(), conflicts.end.tolist(),
        )
    ]
    columns = [
        list(range(1, len(conflicts) + 1)),
        conflicts.kind.tolist(),
        works.ids[a].tolist(),
        works.ids[b].tolist(),
        np.round(conflicts.distance, 2).tolist(),
        conflicts.severity.tolist(),
        descriptions,
        _qdates(conflicts.start),
        _qdates(conflicts.end),
    ]
    return _features(conflict_fields(), columns, lines)


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
    with many_objects():
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
