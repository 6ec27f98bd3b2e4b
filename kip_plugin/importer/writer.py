"""Writing an import's plan to the works table in batches, every provider call checked.

New works go in with ``addFeatures`` a batch at a time; attribute changes of many
works go in one ``changeAttributeValues`` call, new work areas in one
``changeGeometryValues`` call per batch. A call that fails, or that leaves an error
behind, fails the whole import (the transaction around it is rolled back).
"""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import Any, Callable, Dict, Iterator, List, Optional, Sequence

import numpy as np
from qgis.core import QgsFeature, QgsFeatureSink, QgsFeedback, QgsGeometry, QgsVectorDataProvider, QgsVectorLayer
from qgis.PyQt.QtCore import QDate, QDateTime

from ..core import schema as S
from ..core.schema import QT_TRANSLATE_NOOP
from ..core.works import NO_DATE
from ..i18n import tr
from ..store.transaction import write_failure
from .columns import from_day_number
from .existing import Existing
from .judge import Judged
from .plan import CANCELLED, Plan
from ..core.errors import Cancelled, StoreError

BATCH = 10_000


class Progress:
    """Progress of the writing, from ``start`` to ``end`` percent; raises Cancelled on cancel."""

    def __init__(self, feedback: Optional[QgsFeedback], total: int, start: float, end: float) -> None:
        self.feedback, self.total, self.start, self.end, self.done = feedback, max(1, total), start, end, 0

    def step(self, count: int) -> None:
        """``count`` more written."""
        self.done += count
        if self.feedback is None:
            return
        if self.feedback.isCanceled():
            raise Cancelled()
        self.feedback.setProgress(self.start + (self.end - self.start) * self.done / self.total)


def _checked(provider: QgsVectorDataProvider, call: Callable[[], Any], what: str, **params):
    """Run one provider call; a False result or a new provider error fails the import."""
    before = len(provider.errors())
    result = call()
    ok = result[0] if isinstance(result, tuple) else bool(result)
    errors = provider.errors()[before:]
    if not ok or errors:
        raise write_failure(what, "; ".join(errors[-3:]) or tr("unknown error"), **params)
    return result


class Values:
    """The values to write per field, as QGIS attribute values, made once per distinct value."""

    def __init__(self, judged: Judged, source: str, mapped: Sequence[str]) -> None:
        self.judged = judged
        self.source = source if S.F_SOURCE not in mapped else None
        self._dates: Dict[int, QDate] = {}

    def date(self, days: int):
        """A day number as a QDate (None when empty)."""
        if days == NO_DATE:
            return None
        found = self._dates.get(days)
        if found is None:
            day = from_day_number(days)
            found = self._dates[days] = QDate(day.year, day.month, day.day)
        return found

    def column(self, name: str, rows: Sequence[int]) -> List[Any]:
        """The attribute values of ``name`` for ``rows``."""
        values = self.judged.converted.values.get(name)
        if values is None:
            return [None] * len(rows)
        if isinstance(values, np.ndarray):
            kind = S.WORK_FIELDS_BY_NAME[name].kind
            picked = values[np.asarray(rows, dtype=np.int64)].tolist()
            if kind == S.DATE:
                return [self.date(v) for v in picked]
            if kind == S.BOOL:
                return [None if v < 0 else bool(v) for v in picked]
            return [None if v != v else v for v in picked]  # NaN is empty
        return [values[r] for r in rows]


def _features(judged: Judged, plan: Plan, values: Values, now: QDateTime, names: List[str], batch: List[int]):
    """The new works of one batch as features."""
    columns = []
    for name in names:
        if name == S.F_WORK_ID:
            columns.append([judged.ids[r] for r in batch])
        elif name == S.F_OWNER:
            columns.append([judged.owners[r] for r in batch])
        elif name == S.F_STATUS:
            columns.append([plan.statuses[r] for r in batch])
        elif name == S.F_UPDATED_AT:
            columns.append([now] * len(batch))
        elif name == S.F_ROW_VERSION:
            columns.append([1] * len(batch))  # a new work's first version, as the store's trigger would set it
        elif name == S.F_SOURCE and values.source is not None:
            columns.append([values.source] * len(batch))
        elif name in S.WORK_FIELDS_BY_NAME:
            columns.append(values.column(name, batch))
        else:
            columns.append([None] * len(batch))
    features = []
    wkb = judged.wkb
    for row, attributes in zip(batch, zip(*columns)):
        feature = QgsFeature()  # the provider takes attributes by position: no field list needed
        feature.setAttributes(list(attributes))
        geometry = QgsGeometry()
        geometry.fromWkb(wkb[row])
        feature.setGeometry(geometry)
        features.append(feature)
    return features


def add_works(layer: QgsVectorLayer, judged: Judged, plan: Plan, values: Values, now: QDateTime,
              progress: Progress) -> int:
    """Add the new works in batches (the next made while the provider writes the previous one); how many."""
    provider = layer.dataProvider()
    names = [f.name() for f in layer.fields()]
    rows = plan.inserts.tolist()
    batches = [rows[start:start + BATCH] for start in range(0, len(rows), BATCH)]

    def write(batch: List[int], features) -> int:
        ok, added = _checked(
            provider, lambda: provider.addFeatures(features, QgsFeatureSink.FastInsert),
            QT_TRANSLATE_NOOP("@default", "Could not add works to the KIP (first: '{id}'): {error}"), id=judged.ids[batch[0]],
        )
        if len(added) != len(features):
            raise StoreError(
                QT_TRANSLATE_NOOP("@default", "The KIP took {n} of {total} new works; nothing was imported."),
                n=len(added), total=len(features))
        return len(batch)

    # The provider lets go of Python's lock while it writes: one writer thread, calls strictly one after another.
    with _page_cache(layer, len(rows)), ThreadPoolExecutor(max_workers=1) as writer:
        pending = None
        for batch in batches:
            features = _features(judged, plan, values, now, names, batch)
            if pending is not None:
                progress.step(pending.result())
            pending = writer.submit(write, batch, features)
        if pending is not None:
            progress.step(pending.result())
    return len(rows)


# Many new works in a GeoPackage: SQLite keeps more of the growing table's indexes (work ids,
# spatial index, history) in memory while they go in, and gives that memory back after.
BULK_ROWS = 250_000
BULK_CACHE_KIB = 131_072
_DEFAULT_CACHE_KIB = 2_000


@contextmanager
def _page_cache(layer: QgsVectorLayer, rows: int) -> Iterator[None]:
    transaction = layer.dataProvider().transaction() if layer.providerType() == "ogr" else None
    if transaction is None or rows < BULK_ROWS:
        yield
        return
    transaction.executeSql(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    try:
        yield
    finally:
        transaction.executeSql(f"PRAGMA cache_size = -{_DEFAULT_CACHE_KIB}")


def update_works(layer: QgsVectorLayer, judged: Judged, plan: Plan, existing: Existing, values: Values,
                 now: QDateTime, progress: Progress) -> None:
    """Write the changed fields and work areas of known works, many at a time."""
    provider = layer.dataProvider()
    fields = layer.fields()
    updated_at = fields.indexOf(S.F_UPDATED_AT)
    indexes = [fields.indexOf(name) for name in plan.update_fields]
    for start in range(0, plan.updates, BATCH):
        rows = plan.update_rows[start:start + BATCH].tolist()
        fids = existing.fid[plan.update_positions[start:start + BATCH]].tolist()
        mask = plan.update_mask[start:start + BATCH]
        changes: Dict[int, Dict[int, Any]] = {fid: {updated_at: now} for fid in fids}
        for j, name in enumerate(plan.update_fields):
            picked = np.flatnonzero(mask[:, j]).tolist()
            if not picked:
                continue
            chosen = [rows[k] for k in picked]
            new = [plan.statuses[r] for r in chosen] if name == S.F_STATUS else values.column(name, chosen)
            for k, value in zip(picked, new):
                changes[fids[k]][indexes[j]] = value
        geometries: Dict[int, QgsGeometry] = {}
        for k in np.flatnonzero(plan.update_area[start:start + BATCH]).tolist():
            geometry = QgsGeometry()
            geometry.fromWkb(judged.wkb[rows[k]])
            geometries[fids[k]] = geometry
        _checked(provider, lambda: provider.changeAttributeValues(changes),
                 QT_TRANSLATE_NOOP("@default", "Could not update works in the KIP: {error}"))
        if geometries:
            _checked(provider, lambda: provider.changeGeometryValues(geometries),
                     QT_TRANSLATE_NOOP("@default", "Could not update work areas in the KIP: {error}"))
        progress.step(len(rows))


def cancel_works(layer: QgsVectorLayer, plan: Plan, existing: Existing, now: QDateTime, progress: Progress) -> None:
    """Mark the works missing from the delivery as cancelled."""
    provider = layer.dataProvider()
    fields = layer.fields()
    attributes = {fields.indexOf(S.F_STATUS): CANCELLED, fields.indexOf(S.F_UPDATED_AT): now}
    positions = plan.cancels.tolist()
    for start in range(0, len(positions), BATCH):
        batch = positions[start:start + BATCH]
        changes = {int(existing.fid[p]): dict(attributes) for p in batch}
        _checked(provider, lambda: provider.changeAttributeValues(changes),
                 QT_TRANSLATE_NOOP("@default", "Could not cancel works in the KIP: {error}"))
        progress.step(len(batch))


def add_parties(layer: QgsVectorLayer, parties: Sequence[S.Party]) -> None:
    """Add new parties to the parties table (in the same transaction as the works)."""
    if not parties:
        return
    provider = layer.dataProvider()
    features = []
    for party in parties:
        feature = QgsFeature(layer.fields())
        feature[S.P_CODE] = party.code
        feature[S.P_NAME] = party.name
        feature[S.P_KIND] = party.kind
        feature[S.P_COLOUR] = party.colour
        features.append(feature)
    _checked(provider, lambda: provider.addFeatures(features),
             QT_TRANSLATE_NOOP("@default", "Could not add the new parties to the KIP: {error}"))
