"""Reading what a council map shows: the works in the period, their parties, combinations and conflicts."""
from __future__ import annotations

import datetime as _dt
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

import numpy as np

from ..core import schema as S
from ..core.errors import KipError
from ..core.schema import QT_TRANSLATE_NOOP
from ..core.works import to_date, to_days
from ..i18n import tr
from ..store.row_checks import find_problems
from ..store.works_table import read_works_table
from .common import Period, check_cancelled

Warn = Callable[[str], None]

WORK_FIELDS_NEEDED = (S.F_WORK_ID, S.F_OWNER, S.F_START, S.F_END)
COUNCIL_FIELDS = (
    S.F_WORK_ID, S.F_TITLE, S.F_OWNER, S.F_WORK_TYPE, S.F_STATUS, S.F_DISRUPTION, S.F_START, S.F_END,
    S.F_EARLIEST_START, S.F_LATEST_END, S.F_BUDGET_TYPE, S.F_BUDGET_EUR,
)
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
    budget_type: str = ""  # project or maintenance money
    budget_eur: Optional[float] = None


@dataclass
class Combination:
    """A combination found by the detection, with its works."""

    cluster_id: str
    work_ids: List[str]
    digs_saved: int
    geometry: QgsGeometry
    saving_eur: Optional[float] = None  # what one reinstatement instead of several saves


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


def _amount(feature, name: str, names: Sequence[str]) -> Optional[float]:
    if name not in names:
        return None
    value = feature[name]
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def check_fields(source: QgsFeatureSource, needed: Iterable[str], what: str) -> None:
    """Raise a clear error when ``source`` lacks one of the ``needed`` fields; ``what`` is an untranslated word."""
    names = source.fields().names()
    for name in needed:
        if name not in names:
            raise KipError(
                QT_TRANSLATE_NOOP("@default", "The {what} layer '{layer}' has no field '{field}'. Its fields are: "
                                              "{fields}."),
                what=what, layer=source.sourceName(), field=name, fields=", ".join(names) or "–",
                translate=("what",))


def features(source: QgsFeatureSource, request: Optional[QgsFeatureRequest] = None):
    """The features of ``source``; invalid geometries pass (KIP repairs them) instead of stopping Processing."""
    request = request or QgsFeatureRequest()
    if isinstance(source, QgsProcessingFeatureSource):
        return source.getFeatures(request, QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks)
    return source.getFeatures(request)


def _transform(
    source_crs: QgsCoordinateReferenceSystem, crs: QgsCoordinateReferenceSystem, context
) -> Optional[QgsCoordinateTransform]:
    if not source_crs.isValid() or source_crs == crs:
        return None
    return QgsCoordinateTransform(source_crs, crs, context)


def geometry_in(shape, transform: Optional[QgsCoordinateTransform]) -> Optional[QgsGeometry]:
    """A feature's geometry (or WKB), valid and in the map CRS; None when it has none."""
    if isinstance(shape, (bytes, bytearray)):
        geometry = QgsGeometry()
        geometry.fromWkb(bytes(shape))
    elif shape is None:
        return None
    else:
        geometry = QgsGeometry(shape.geometry())
    if geometry.isNull() or geometry.isEmpty():
        return None
    if transform is not None:
        geometry.transform(transform)
    if not geometry.isGeosValid():
        geometry = geometry.makeValid()
    return geometry


def read_works(
    layers: Sequence[QgsVectorLayer],
    crs: QgsCoordinateReferenceSystem,
    period: Period,
    context: QgsCoordinateTransformContext,
    warn: Warn,
    feedback: Optional[QgsFeedback] = None,
    titles: Optional[Dict[str, str]] = None,
) -> Dict[str, Work]:
    """The active works of all ``layers`` that overlap ``period``, by work id (each once).

    Works that cannot be used are reported through ``warn`` with the reason, as the detection
    reports them. ``titles``, when given, receives the title of every work read, shown or not:
    conflicts name works outside the period too.
    """
    titles = {} if titles is None else titles
    for layer in layers:
        check_fields(layer, WORK_FIELDS_NEEDED, QT_TRANSLATE_NOOP("@default", "works"))
    table = read_works_table(layers, COUNCIL_FIELDS, feedback, progress_share=2.0)
    check_cancelled(feedback)
    c = table.columns
    for work_id, title in zip(c[S.F_WORK_ID].tolist(), c[S.F_TITLE].tolist()):
        titles.setdefault(work_id, title or work_id)
    # The same work through two layers (a party layer and the whole table) is one work.
    _, first = np.unique(np.char.add(c[S.F_WORK_ID], np.char.mod("|%d", table.fid)), return_index=True)
    once = np.zeros(len(table), dtype=bool)
    once[first] = True
    start, end = c[S.F_START], c[S.F_END]
    dated = (start != S.NO_DATE) & (end != S.NO_DATE) & (end >= start)
    period_start, period_end = to_days([period.start, period.end]).tolist()
    relevant = once & (~dated | ((start <= period_end) & (end >= period_start)))
    relevant &= ~np.isin(c[S.F_STATUS], list(S.INACTIVE_STATUSES))
    shown = table.take(np.flatnonzero(relevant))
    layer_names = np.array([s.name for s in table.sources], dtype=object)[shown.layer]
    missing = np.array([blob is None for blob in shown.wkb.tolist()], dtype=bool)
    usable, problems = find_problems(shown.columns, missing, layer_names, shown.fid, shown.bad_dates,
                                     np.ones(len(shown), dtype=bool))
    for problem in problems:
        warn(tr("Left out of the council map: {problem}").format(problem=problem.message))
    transforms = [_transform(source.crs, crs, context) for source in table.sources]
    works: Dict[str, Work] = {}
    s = shown.columns
    for row in np.flatnonzero(usable).tolist():
        if row % 1000 == 0:
            check_cancelled(feedback)
        geometry = geometry_in(shown.wkb[row], transforms[shown.layer[row]])
        if geometry is None:
            continue
        work_id = str(s[S.F_WORK_ID][row])
        works[work_id] = Work(
            work_id=work_id,
            title=str(s[S.F_TITLE][row]) or work_id,
            owner=str(s[S.F_OWNER][row]),
            work_type=str(s[S.F_WORK_TYPE][row]),
            status=str(s[S.F_STATUS][row]),
            start=to_date(int(s[S.F_START][row])),
            end=to_date(int(s[S.F_END][row])),
            geometry=geometry,
            earliest=_date_or_none(s[S.F_EARLIEST_START][row]),
            latest=_date_or_none(s[S.F_LATEST_END][row]),
            budget_type=str(s[S.F_BUDGET_TYPE][row]),
            budget_eur=None if s[S.F_BUDGET_EUR][row] != s[S.F_BUDGET_EUR][row] else float(s[S.F_BUDGET_EUR][row]),
        )
    return works


def _date_or_none(day) -> Optional[_dt.date]:
    return None if int(day) == S.NO_DATE else to_date(int(day))


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
    check_fields(source, COMBINATION_FIELDS_NEEDED, QT_TRANSLATE_NOOP("@default", "combinations"))
    names = source.fields().names()
    transform = _transform(source.sourceCrs(), crs, context)
    result = []
    for feature in features(source):
        check_cancelled(feedback)
        ids = [part.strip() for part in _text(feature, S.R_WORK_IDS, names).split(",") if part.strip()]
        shown = [work_id for work_id in ids if work_id in works]
        if not shown:
            continue
        cluster_id = id_text(feature[S.R_CLUSTER_ID])
        digs = feature[S.R_DIGS_SAVED] if S.R_DIGS_SAVED in names else 0
        geometry = geometry_in(feature, transform) or QgsGeometry.unaryUnion([works[w].geometry for w in shown])
        result.append(Combination(cluster_id, ids, int(digs or 0), geometry,
                                  _amount(feature, S.R_REINSTATEMENT_SAVING_EUR, names)))
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
    check_fields(source, CONFLICT_FIELDS_NEEDED, QT_TRANSLATE_NOOP("@default", "conflicts"))
    names = source.fields().names()
    transform = _transform(source.sourceCrs(), crs, context)
    result = []
    for feature in features(source):
        check_cancelled(feedback)
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
