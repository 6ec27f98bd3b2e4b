"""The import's outputs: the rejected rows, the change report layer and the short text summary."""
from __future__ import annotations

from typing import Any, Dict, Iterator, List

from qgis.core import QgsFeature, QgsField, QgsFields, QgsGeometry, QgsGeometryCollection, QgsWkbTypes
from qgis.PyQt.QtCore import QVariant

from ..core import schema as S
from ..i18n import tr, tr_code
from .changes import DROPPED, MOVED, stats
from .engine import ImportResult
from .qvalues import to_qgis

ROW_FIELD, REASON_FIELD = "kip_row", "kip_reason"
C_WORK_ID, C_TITLE, C_CHANGE = S.F_WORK_ID, S.F_TITLE, "change"
C_OLD_START, C_OLD_END, C_NEW_START, C_NEW_END = "old_start", "old_end", "new_start", "new_end"
C_START_SHIFT, C_END_SHIFT, C_FIELDS, C_CANCELLED = "start_shift_days", "end_shift_days", "changed_fields", "cancelled"


def _unique(name: str, taken: List[str]) -> str:
    candidate, n = name, 1
    while candidate.lower() in (t.lower() for t in taken):
        n += 1
        candidate = f"{name}_{n}"
    return candidate


def rejected_fields(source: QgsFields) -> QgsFields:
    """The source's own fields plus the row number and the reason."""
    fields = QgsFields(source)
    names = [f.name() for f in source]
    fields.append(QgsField(_unique(ROW_FIELD, names), QVariant.Int))
    fields.append(QgsField(_unique(REASON_FIELD, names), QVariant.String))
    return fields


def rejected_wkb(result: ImportResult, fallback: int) -> int:
    """One geometry type that holds every rejected row's geometry (multi, or a collection when mixed)."""
    kinds = {QgsWkbTypes.multiType(QgsWkbTypes.flatType(row.geometry.wkbType()))
             for row in result.rejected if row.geometry is not None and not row.geometry.isNull()}
    if not kinds:
        return fallback
    return kinds.pop() if len(kinds) == 1 else QgsWkbTypes.GeometryCollection


def _fit(geometry: QgsGeometry, wkb: int) -> QgsGeometry:
    geometry = QgsGeometry(geometry)
    geometry.get().dropZValue()
    geometry.get().dropMValue()
    if wkb == QgsWkbTypes.GeometryCollection:
        collection = QgsGeometryCollection()
        for part in geometry.asGeometryCollection():
            collection.addGeometry(part.constGet().clone())
        return QgsGeometry(collection)
    geometry.convertToMultiType()
    return geometry


def rejected_features(result: ImportResult, fields: QgsFields, wkb: int = QgsWkbTypes.Unknown) -> Iterator[QgsFeature]:
    """One feature per rejected row, with all its original values."""
    for row in result.rejected:
        feature = QgsFeature(fields)
        feature.setAttributes(list(row.attributes) + [row.number, row.reason])
        if row.geometry is not None and not row.geometry.isNull() and wkb != QgsWkbTypes.NoGeometry:
            feature.setGeometry(_fit(row.geometry, wkb))
        yield feature


def change_fields() -> QgsFields:
    """Fields of the change report layer."""
    fields = QgsFields()
    for name, kind in (
        (C_WORK_ID, QVariant.String), (C_TITLE, QVariant.String), (C_CHANGE, QVariant.String),
        (C_OLD_START, QVariant.Date), (C_OLD_END, QVariant.Date), (C_NEW_START, QVariant.Date), (C_NEW_END, QVariant.Date),
        (C_START_SHIFT, QVariant.Int), (C_END_SHIFT, QVariant.Int), (C_FIELDS, QVariant.String), (C_CANCELLED, QVariant.Bool),
    ):
        fields.append(QgsField(name, kind))
    return fields


def change_features(result: ImportResult, fields: QgsFields) -> Iterator[QgsFeature]:
    """One feature per added, moved, changed, reinstated or dropped work, on its work area."""
    dates: Dict[Any, Any] = {None: None}

    def date(value):
        found = dates.get(value, dates)
        if found is dates:
            found = dates[value] = to_qgis(value)
        return found

    for change in result.all_changes():
        feature = QgsFeature(fields)
        feature.setAttributes([
            change.work_id, change.title, change.kind,
            date(change.old_start), date(change.old_end), date(change.new_start), date(change.new_end),
            change.start_shift_days, change.end_shift_days,
            ", ".join(change.changed_fields), change.cancelled,
        ])
        wkb = change.wkb
        if wkb is not None:
            geometry = QgsGeometry()
            geometry.fromWkb(wkb)
            feature.setGeometry(geometry)
        yield feature


def summary_text(result: ImportResult) -> str:
    """A few lines for the planning meeting: counts, what moved, what was dropped, what was not understood."""
    numbers = stats(result.known())
    lines = [
        tr("{rows} rows read: {imported} imported, {updated} updated, {unchanged} unchanged, {rejected} rejected.").format(
            rows=result.rows_read, imported=result.imported, updated=result.updated,
            unchanged=result.unchanged, rejected=result.rejected_count,
        )
    ]
    counts = numbers.counts
    if counts[MOVED]:
        lines.append(
            tr("{n} works moved in time ({later} later, {earlier} earlier; on average {days} days).").format(
                n=counts[MOVED], later=numbers.later, earlier=numbers.earlier, days=round(numbers.mean_shift_days)
            )
        )
    if counts["changed"]:
        lines.append(tr("{n} works changed otherwise (scope, type, area or details).").format(n=counts["changed"]))
    if counts["reinstated"]:
        lines.append(tr("{n} cancelled works are planned again.").format(n=counts["reinstated"]))
    if counts[DROPPED]:
        if numbers.cancelled:
            lines.append(tr("{n} works are no longer in the delivery; they are marked cancelled.").format(n=counts[DROPPED]))
        else:
            lines.append(tr("{n} works are no longer in the delivery; they were left as they were.").format(n=counts[DROPPED]))
    if result.kept:
        lines.append(tr("{n} rejected rows belong to works already in the KIP; those works were left as they were "
                        "(rows {rows}).").format(n=len(result.kept), rows=", ".join(str(r) for r, _id in result.kept)))
    if result.repaired:
        lines.append(tr("{n} invalid work areas were repaired.").format(n=result.repaired))
    for field_name, values in result.unknown_codes.items():
        listed = ", ".join("'{v}' ({n}×)".format(v=v, n=n) for v, n in sorted(values.items()))
        label = tr(S.WORK_FIELDS_BY_NAME[field_name].label)
        lines.append(tr("Unknown values of {field}: {values}. Map them under code values.").format(field=label, values=listed))
    if result.keyword_codes:
        listed = ", ".join(
            "'{v}' → {code}".format(v=v, code=tr_code({**S.WORK_TYPES, **S.STATUSES, **S.DISRUPTIONS, **S.BUDGET_TYPES}, c))
            for v, (c, _word) in sorted(result.keyword_codes.items())
        )
        lines.append(tr("Recognised by a keyword (check them): {values}.").format(values=listed))
    if result.unknown_parties:
        listed = ", ".join("'{v}' ({n}×)".format(v=v, n=n) for v, n in sorted(result.unknown_parties.items()))
        lines.append(tr("Unknown departments or partners: {values}. Map them under code values ('name = code') or let "
                        "KIP add unknown parties.").format(values=listed))
    if result.added_parties:
        listed = ", ".join("{code} ({name})".format(code=p.code, name=p.name) for p in result.added_parties)
        lines.append(tr("Added to the KIP as new parties: {parties}.").format(parties=listed))
    if len(result.parties) > 1:
        listed = ", ".join("{code} {n}".format(code=c, n=n) for c, n in sorted(result.parties.items()))
        lines.append(tr("Rows per party: {parties}.").format(parties=listed))
    lines.extend(result.notes)
    if result.mismatch:
        lines.append(result.mismatch)
    return "\n".join(lines)
