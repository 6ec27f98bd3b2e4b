"""The detection results as QGIS features: combinations, pairs, works with their combination, conflicts."""
from __future__ import annotations

from itertools import islice
from typing import Callable, Iterable, Iterator, List, Optional, Tuple

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

# Margin (m) that turns a cluster of points or lines into a visible area.
DEGENERATE_MARGIN = 1.0
# Features written between checks for cancel.
WRITE_BATCH = 5_000
# A convex hull of a whole combination costs more than a distance: worth threads sooner.
HULLS_PARALLEL_FROM = 2_000

_QVARIANT_OF_KIND = {
    S.TEXT: QVariant.String,
    S.DATE: QVariant.Date,
    S.DATETIME: QVariant.DateTime,
    S.BOOL: QVariant.Bool,
    S.REAL: QVariant.Double,
    S.INTEGER: QVariant.LongLong,
}


def _fields(specs) -> QgsFields:
    fields = QgsFields()
    for spec in specs:
        fields.append(QgsField(spec.name, _QVARIANT_OF_KIND[spec.kind]))
    return fields


def cluster_fields() -> QgsFields:
    """Fields of the combinations layer."""
    return _fields(S.COMBINATION_RESULT_FIELDS)


def pair_fields() -> QgsFields:
    """Fields of the pairs layer."""
    return _fields(S.PAIR_RESULT_FIELDS)


def works_fields() -> QgsFields:
    """Fields of the works-with-combination layer: the works schema plus cluster_id."""
    return _fields(S.WORKS_RESULT_FIELDS)


def conflict_fields() -> QgsFields:
    """Fields of the conflicts layer."""
    return _fields(S.CONFLICT_RESULT_FIELDS)


WKB_TYPES = {
    "clusters": QgsWkbTypes.Polygon,
    "pairs": QgsWkbTypes.LineString,
    "conflicts": QgsWkbTypes.LineString,
}


def _variant(value, kind: str):
    """``value`` as a QVariant of the type QGIS keeps for a field of ``kind`` (None stays None)."""
    if value is None:
        return None
    if kind == S.DATE:
        if value == NO_DATE:
            return None
        value = QDate.fromJulianDay(value + S.JULIAN_DAY_OF_EPOCH)
    variant = QVariant(value)
    if kind == S.INTEGER:
        variant.convert(QVariant.LongLong)
    return variant


def _shared(values: list, kind: str) -> list:
    """A column of repeating plain values (day numbers for dates) as QVariants, one made per distinct value.

    QGIS copies such a value as it is; a plain Python value it converts for every feature,
    and integers once more into the field's 64-bit type.
    """
    table = {value: _variant(value, kind) for value in set(values)}
    return [table[value] for value in values]


def _qdates(days: np.ndarray) -> list:
    """Dates (None where empty) of day numbers; each distinct day is made once."""
    return _shared(np.asarray(days, dtype=np.int64).tolist(), S.DATE)


def _numbers(labels: np.ndarray) -> list:
    """Cluster numbers counted from 1, None for no cluster (-1)."""
    return [None if k < 0 else k + 1 for k in labels.tolist()]


class FeatureTable:
    """Features as columns of plain values and WKB geometries (None: no geometry).

    Iterating makes a new QgsFeature per row; ``write`` instead fills one feature again
    and again, which costs about half as much.
    """

    def __init__(self, fields: QgsFields, columns: List[list], wkbs) -> None:
        self.fields = fields
        self.columns = columns
        self.wkbs = wkbs

    def __len__(self) -> int:
        return len(self.wkbs)

    def rows(self) -> Iterator[Tuple[list, Optional[bytes]]]:
        """Each row's attribute values and WKB geometry."""
        return zip(map(list, zip(*self.columns)), self.wkbs)

    def __iter__(self) -> Iterator[QgsFeature]:
        for values, wkb in self.rows():
            feature = QgsFeature(self.fields)
            feature.setAttributes(values)
            geometry = QgsGeometry()
            if wkb is not None:
                geometry.fromWkb(wkb)
            feature.setGeometry(geometry)
            yield feature


def cluster_features(data: WorksInput, clusters: Clusters, money=None) -> FeatureTable:
    """One polygon per combination, around its members, with whose money it involves.

    ``money``: a ``core.money.CombinationMoney`` of the clusters; computed with the shipped
    rules and the default surface when not given.
    """
    works = data.works
    k = len(clusters)
    if not k:
        return FeatureTable(cluster_fields(), [], [])
    if money is None:
        from ..tactical.money_results import money_of_clusters

        money = money_of_clusters(data, clusters)
    labels = np.repeat(np.arange(k), clusters.sizes)
    collections = shapely.geometrycollections(works.geoms[clusters.order], indices=labels)
    hulls = parallel(shapely.convex_hull, collections, at_least=HULLS_PARALLEL_FROM)
    thin = shapely.get_type_id(hulls) != 3  # 3: polygon
    hulls[thin] = shapely.buffer(hulls[thin], DEGENERATE_MARGIN)
    ids = works.ids[clusters.order].tolist()
    owners = works.owners[clusters.order].tolist()
    bounds = list(zip(clusters.offsets[:-1].tolist(), clusters.offsets[1:].tolist()))
    columns = [
        list(range(1, k + 1)),
        _shared(clusters.sizes.tolist(), S.INTEGER),
        [",".join(ids[lo:hi]) for lo, hi in bounds],
        [",".join(sorted(set(owners[lo:hi]))) for lo, hi in bounds],
        _qdates(clusters.common_start),
        _qdates(clusters.common_end),
        _shared(clusters.digs_saved.tolist(), S.INTEGER),
        _shared(clusters.disruption_days_saved.tolist(), S.INTEGER),
    ]
    from ..tactical.money_results import money_columns

    columns.extend(money_columns(money, data.owner_names))
    return FeatureTable(cluster_fields(), columns, metric.to_wkb(hulls))


def pair_features(data: WorksInput, pairs: Pairs, clusters: Clusters) -> FeatureTable:
    """One line per combinable pair, between the nearest points of the two works."""
    works = data.works
    a, b = pairs.a, pairs.b
    lines = metric.to_wkb(parallel(shapely.shortest_line, works.geoms[a], works.geoms[b]))
    columns = [
        works.ids[a].tolist(),
        works.ids[b].tolist(),
        _shared(works.owners[a].tolist(), S.TEXT),
        _shared(works.owners[b].tolist(), S.TEXT),
        np.round(pairs.distance, 2).tolist(),
        _shared(pairs.gap_days.tolist(), S.INTEGER),
        _shared(pairs.planned_gap_days.tolist(), S.INTEGER),
        _shared(pairs.needs_shift.tolist(), S.BOOL),
        _numbers(cluster_of_pairs(pairs, clusters)),
        _qdates(np.minimum(works.start[a], works.start[b])),
        _qdates(np.maximum(works.end[a], works.end[b])),
    ]
    return FeatureTable(pair_fields(), columns, lines)


def _plain(spec: S.FieldSpec, values: np.ndarray) -> list:
    """A raw column of the works as the values QGIS takes."""
    kind = spec.kind
    if kind == S.DATE:
        return _qdates(values)
    if kind == S.DATETIME:
        return [None if ms == NO_DATE else QDateTime.fromMSecsSinceEpoch(ms, Qt.UTC) for ms in values.tolist()]
    if kind == S.BOOL:
        return _shared([None if v < 0 else bool(v) for v in values.tolist()], S.BOOL)
    if kind == S.REAL:
        return [None if v != v else v for v in values.tolist()]
    if spec.codes or spec.name == S.F_OWNER:
        return _shared([v or None for v in values.tolist()], S.TEXT)
    return [v or None for v in values.tolist()]


def works_features(data: WorksInput, clusters: Clusters) -> FeatureTable:
    """The usable input works, each with the number of its combination (or NULL)."""
    n = len(data.works)
    columns = []
    for spec in S.WORK_FIELDS:
        values = data.columns.get(spec.name)
        columns.append([None] * n if values is None else _plain(spec, values))
    columns.append(_numbers(clusters.labels))
    return FeatureTable(works_fields(), columns, data.wkb)


def _group_members(conflicts: Conflicts, groups: np.ndarray):
    """The works of the conflicts ``groups``, one after the other, and the group each belongs to."""
    sizes = conflicts.sizes[groups]
    starts = np.repeat(conflicts.offsets[groups] - (np.cumsum(sizes) - sizes), sizes)
    return conflicts.members[starts + np.arange(sizes.sum())], np.repeat(np.arange(len(groups)), sizes)


def _conflict_lines(works, conflicts: Conflicts) -> np.ndarray:
    """A line between the nearest points of a pair; the outline around the works of a closure cluster."""
    a, b = conflicts.a, conflicts.b
    lines = np.empty(len(conflicts), dtype=object)
    pairs = np.flatnonzero(~conflicts.grouped)
    lines[pairs] = parallel(shapely.shortest_line, works.geoms[a[pairs]], works.geoms[b[pairs]])
    groups = np.flatnonzero(conflicts.grouped)
    if len(groups):
        members, group = _group_members(conflicts, groups)
        collections = shapely.geometrycollections(works.geoms[members], indices=group)
        hulls = parallel(shapely.convex_hull, collections, at_least=HULLS_PARALLEL_FROM)
        thin = shapely.get_type_id(hulls) != 3  # 3: polygon; works in a row make a line
        hulls[thin] = shapely.buffer(hulls[thin], DEGENERATE_MARGIN)
        lines[groups] = shapely.get_exterior_ring(hulls)
    return lines


def _extents(works, conflicts: Conflicts) -> list:
    """Width and height (m) of the area each closure cluster covers; None for pairs."""
    extents = [None] * len(conflicts)
    groups = np.flatnonzero(conflicts.grouped)
    if not len(groups):
        return extents
    members, group = _group_members(conflicts, groups)
    bounds = shapely.bounds(works.geoms[members])
    first = np.concatenate([[0], np.flatnonzero(np.diff(group)) + 1])
    width = np.maximum.reduceat(bounds[:, 2], first) - np.minimum.reduceat(bounds[:, 0], first)
    height = np.maximum.reduceat(bounds[:, 3], first) - np.minimum.reduceat(bounds[:, 1], first)
    for k, w, h in zip(groups.tolist(), width.tolist(), height.tolist()):
        extents[k] = (w, h)
    return extents


def conflict_features(data: WorksInput, conflicts: Conflicts, moratorium_years: int) -> FeatureTable:
    """One line per conflict, between the nearest points of two works or around a cluster, with a description."""
    works = data.works
    describer = Describer(
        works.titles, works.ids, works.owners, works.disruption, works.start, works.end, data.owner_names
    )
    a, b = conflicts.a, conflicts.b
    lines = metric.to_wkb(_conflict_lines(works, conflicts))
    ids_a, ids_b = works.ids[a].tolist(), works.ids[b].tolist()
    listed = [f"{x},{y}" for x, y in zip(ids_a, ids_b)]  # a pair's works; a cluster's are listed below
    groups = np.flatnonzero(conflicts.grouped).tolist()
    members = {}
    if groups:
        ids = works.ids.tolist()
        for k in groups:
            members[k] = conflicts.works_of(k).tolist()
            listed[k] = ",".join(ids[i] for i in members[k])
    extents = _extents(works, conflicts)
    describe, cluster = describer.conflict, describer.cluster
    descriptions = [
        cluster(members[k], days, start, end, extents[k]) if k in members
        else describe(kind, i, j, distance, days, start, end, moratorium_years)
        for k, (kind, i, j, distance, days, start, end) in enumerate(zip(
            conflicts.kind.tolist(), a.tolist(), b.tolist(), conflicts.distance.tolist(), conflicts.days.tolist(),
            conflicts.start.tolist(), conflicts.end.tolist(),
        ))
    ]
    columns = [
        list(range(1, len(conflicts) + 1)),
        _shared(conflicts.kind.tolist(), S.TEXT),
        ids_a,
        ids_b,
        [None if d != d else d for d in np.round(conflicts.distance, 2).tolist()],
        _shared(conflicts.severity.tolist(), S.TEXT),
        descriptions,
        _qdates(conflicts.start),
        _qdates(conflicts.end),
        _shared(conflicts.sizes.tolist(), S.INTEGER),
        listed,
    ]
    return FeatureTable(conflict_fields(), columns, lines)


def write(
    sink: Optional[QgsFeatureSink],
    features: Iterable[QgsFeature],
    total: int,
    progress: Optional[Callable[[float], bool]] = None,
) -> int:
    """Add ``features`` (QgsFeatures or a FeatureTable) to ``sink``; returns how many were written."""
    if sink is None:
        return 0
    if isinstance(features, FeatureTable):
        return _write_table(sink, features, total, progress)
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


def _write_table(
    sink: QgsFeatureSink, table: FeatureTable, total: int, progress: Optional[Callable[[float], bool]]
) -> int:
    """Add the rows of ``table`` one by one through a single feature and geometry, refilled for each row.

    The sink copies what it is given (features and geometries share their data until
    changed), so refilling them leaves the features already added untouched.
    """
    feature = QgsFeature(table.fields)
    geometry = QgsGeometry()
    no_geometry = QgsGeometry()
    add, fast = sink.addFeature, QgsFeatureSink.FastInsert
    set_attributes, set_geometry, from_wkb = feature.setAttributes, feature.setGeometry, geometry.fromWkb
    written = 0
    rows = table.rows()
    with many_objects():
        while True:
            done = written
            for values, wkb in islice(rows, WRITE_BATCH):
                set_attributes(values)
                if wkb is None:
                    set_geometry(no_geometry)
                else:
                    from_wkb(wkb)
                    set_geometry(geometry)
                add(feature, fast)
                written += 1
            if written - done < WRITE_BATCH:
                break
            if progress is not None and progress(written / max(total, 1)) is False:
                raise Cancelled()
    return written
