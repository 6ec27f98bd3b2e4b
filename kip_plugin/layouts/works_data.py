"""Reading what a council map shows: the works in the period, their parties, combinations and conflicts."""
from __future__ import annotations

import datetime as _dt
import os
from dataclasses import dataclass, field
from typing import Callable, Dict, Iterable, List, Optional, Sequence

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeatureRequest,
    QgsFeatureSource,
    QgsFeedback,
    QgsGeometry,
    QgsProcessingFeatureSource,
    QgsVectorLayer,
)

from ..core import schema as S
from ..i18n import tr
from .common import CouncilMapError, Period, check_canceled, to_date

Warn = Callable[[str], None]

WORK_FIELDS_NEEDED = (S.F_WORK_ID, S.F_OWNER, S.F_START, S.F_END)
COMBINATION_FIELDS_NEEDED = (S.R_CLUSTER_ID, S.R_WORK_IDS)
CONFLICT_FIELDS_NEEDED = (S.R_CONFLICT_ID, S.R_WORK_A, S.R_WORK_B)


@dataclass
class Work:
    """One work as the council map shows it; the geometry is in the map's CRS."""

    work_id: str
    title: str
    owner: str
    work_type: str
    status: str
    start: _dt.date
    end: _dt.date
    geometry: QgsGeometry
    earliest: Optional[_dt.date] = None  # the flexibility window, when the work may move
    latest: Optional[_dt.date] = None
    combination: str = ""
    conflicts: List[str] = field(default_factory=list)


@dataclass
class Combination:
    """A combination found by the detection, with its works."""

    cluster_id: str
    work_ids: List[str]
    digs_saved: int
    geometry: QgsGeometry


@dataclass
class Conflict:
    """A conflict found by the detection, between two works or among the works of a closure cluster."""

    conflict_id: str
    kind: str
    work_a: str
    work_b: str
    severity: str
    description: str
    geometry: QgsGeometry
    work_ids: List[str] = field(default_factory=list)  # every work of the conflict (a closure cluster: all)


def id_text(value) -> str:
    """An id as text: whole numbers without '.0', empty for NULL."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _text(feature, name: str, names: Sequence[str]) -> str:
    if name not in names:
        return ""
    value = feature[name]
    return "" if value is None or (hasattr(value, "isNull") and value.isNull()) else str(value)


def check_fields(source: QgsFeatureSource, needed: Iterable[str], what: str) -> None:
    """Raise a clear error when ``source`` lacks one of the ``needed`` fields."""
    names = source.fields().names()
    for name in needed:
        if name not in names:
            raise CouncilMapError(
                tr("The {what} layer '{layer}' has no field '{field}'. Its fields are: {fields}.").format(
                    what=what, layer=source.sourceName(), field=name, fields=", ".join(names) or "–"
                )
            )


def features(source: QgsFeatureSource, request: Optional[QgsFeatureRequest] = None):
    """The features of ``source``; invalid geometries pass (KIP repairs them) instead of stopping Processing."""
    request = request or QgsFeatureRequest()
    if isinstance(source, QgsProcessingFeatureSource):
        return source.getFeatures(request, QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks)
    return source.getFeatures(request)


def _transform(
    source: QgsFeatureSource, crs: QgsCoordinateReferenceSystem, context
) -> Optional[QgsCoordinateTransform]:
    if not source.sourceCrs().isValid() or source.sourceCrs() == crs:
        return None
    return QgsCoordinateTransform(source.sourceCrs(), crs, context)


def geometry_in(feature, transform: Optional[QgsCoordinateTransform]) -> Optional[QgsGeometry]:
    """The feature's geometry, valid and in the map CRS; None when it has none."""
    geometry = QgsGeometry(feature.geometry())
    if geometry.isNull() or geometry.isEmpty():
        return None
    if transform is not None:
        geometry.transform(transform)
    if not geometry.isGeosValid():
        geometry = geometry.makeValid()
    return geometry


def read_works(
    sources: Sequence[QgsFeatureSource],
    crs: QgsCoordinateReferenceSystem,
    period: Period,
    context: QgsCoordinateTransformContext,
    warn: Warn,
    feedback: Optional[QgsFeedback] = None,
    titles: Optional[Dict[str, str]] = None,
) -> Dict[str, Work]:
    """The active works of all ``sources`` that overlap ``period``, by work id (each once).

    ``titles``, when given, receives the title of every work read, shown or not: conflicts
    name works outside the period too.
    """
    works: Dict[str, Work] = {}
    titles = {} if titles is None else titles
    for source in sources:
        check_fields(source, WORK_FIELDS_NEEDED, tr("works"))
    for source in sources:
        names = source.fields().names()
        transform = _transform(source, crs, context)
        for feature in features(source):
            check_canceled(feedback)
            work_id = id_text(feature[S.F_WORK_ID])
            titles.setdefault(work_id, _text(feature, S.F_TITLE, names) or work_id)
            status = _text(feature, S.F_STATUS, names)
            if status in S.INACTIVE_STATUSES:
                continue
            start, end = to_date(feature[S.F_START]), to_date(feature[S.F_END])
            label, layer = work_id or tr("feature {fid}").format(fid=feature.id()), source.sourceName()
            if start is None or end is None or end < start:
                warn(tr("Work '{work}' of '{layer}' is left out: its start or end date is missing, "
                        "or it ends before it starts.").format(work=label, layer=layer))
                continue
            if not period.overlaps(start, end):
                continue
            if not work_id:
                warn(tr("A work of '{layer}' ({work}) is left out: it has no work id.").format(layer=layer, work=label))
                continue
            if work_id in works:
                continue  # the same work through two layers (e.g. a party layer and the whole table)
            geometry = geometry_in(feature, transform)
            if geometry is None:
                warn(tr("Work '{work}' of '{layer}' is left out: it has no geometry.").format(work=label, layer=layer))
                continue
            works[work_id] = Work(
                work_id=work_id,
                title=_text(feature, S.F_TITLE, names) or work_id,
                owner=_text(feature, S.F_OWNER, names),
                work_type=_text(feature, S.F_WORK_TYPE, names),
                status=status,
                start=start,
                end=end,
                geometry=geometry,
                earliest=to_date(feature[S.F_EARLIEST_START]) if S.F_EARLIEST_START in names else None,
                latest=to_date(feature[S.F_LATEST_END]) if S.F_LATEST_END in names else None,
            )
    return works


def read_combinations(
    source: Optional[QgsFeatureSource],
    works: Dict[str, Work],
    crs: QgsCoordinateReferenceSystem,
    context: QgsCoordinateTransformContext,
    feedback: Optional[QgsFeedback] = None,
) -> List[Combination]:
    """The combinations with at least one work on the map; their works learn their combination."""
    if source is None:
        return []
    check_fields(source, COMBINATION_FIELDS_NEEDED, tr("combinations"))
    names = source.fields().names()
    transform = _transform(source, crs, context)
    result = []
    for feature in features(source):
        check_canceled(feedback)
        ids = [part.strip() for part in _text(feature, S.R_WORK_IDS, names).split(",") if part.strip()]
        shown = [work_id for work_id in ids if work_id in works]
        if not shown:
            continue
        cluster_id = id_text(feature[S.R_CLUSTER_ID])
        digs = feature[S.R_DIGS_SAVED] if S.R_DIGS_SAVED in names else 0
        geometry = geometry_in(feature, transform) or QgsGeometry.unaryUnion([works[w].geometry for w in shown])
        result.append(Combination(cluster_id, ids, int(digs or 0), geometry))
        for work_id in shown:
            works[work_id].combination = cluster_id
    return result


def read_conflicts(
    source: Optional[QgsFeatureSource],
    works: Dict[str, Work],
    crs: QgsCoordinateReferenceSystem,
    context: QgsCoordinateTransformContext,
    feedback: Optional[QgsFeedback] = None,
) -> List[Conflict]:
    """The conflicts that involve a work on the map; their works learn their conflicts."""
    if source is None:
        return []
    check_fields(source, CONFLICT_FIELDS_NEEDED, tr("conflicts"))
    names = source.fields().names()
    transform = _transform(source, crs, context)
    result = []
    for feature in features(source):
        check_canceled(feedback)
        work_a, work_b = id_text(feature[S.R_WORK_A]), id_text(feature[S.R_WORK_B])
        listed = [w.strip() for w in _text(feature, S.R_WORK_IDS, names).split(",") if w.strip()]
        involved = listed or [w for w in (work_a, work_b) if w]
        shown = [w for w in involved if w in works]
        if not shown:
            continue
        conflict = Conflict(
            conflict_id=id_text(feature[S.R_CONFLICT_ID]),
            kind=_text(feature, S.R_KIND, names),
            work_a=work_a,
            work_b=work_b,
            severity=_text(feature, S.R_SEVERITY, names),
            description=_text(feature, S.R_DESCRIPTION, names),
            geometry=geometry_in(feature, transform) or QgsGeometry.unaryUnion([works[w].geometry for w in shown]),
            work_ids=involved,
        )
        result.append(conflict)
        for work_id in shown:
            works[work_id].conflicts.append(conflict.conflict_id)
    return result


def _store_parties(path: str) -> List[S.Party]:
    from ..store.kipstore import KipStore, KipStoreError

    try:
        return KipStore.open(path).parties()
    except KipStoreError:
        return []


def parties_of(layers: Sequence[QgsVectorLayer], owners: Iterable[str]) -> Dict[str, S.Party]:
    """Names and colours of the parties: from the layers' KIP stores, else KIP's defaults, else a new colour."""
    parties: Dict[str, S.Party] = {}
    seen_paths = set()
    for layer in layers:
        path = layer.customProperty("kip/store") or layer.source().split("|")[0]
        if not path or path in seen_paths or not path.lower().endswith(".gpkg") or not os.path.isfile(path):
            continue
        seen_paths.add(path)
        for party in _store_parties(path):
            parties.setdefault(party.code, party)
    defaults = {p.code: p for p in S.DEFAULT_PARTIES}
    spare = [c for c in S.EXTRA_COLOURS if c not in {p.colour for p in parties.values()}]
    for code in sorted(set(owners)):
        if code in parties:
            continue
        if code in defaults:
            parties[code] = defaults[code]
        else:
            colour = spare.pop(0) if spare else "#808080"
            parties[code] = S.Party(code, code, "partner", colour)
    return parties
