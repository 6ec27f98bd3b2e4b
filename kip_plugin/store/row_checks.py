"""Checks on works layers and their rows: fields a layer must have, and works that cannot be used (with the reason)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List, Optional, Tuple

import numpy as np
from qgis.core import QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

from ..core import schema as S
from ..core.errors import KipError
from ..core.schema import QT_TRANSLATE_NOOP
from ..core.works import NO_DATE, to_date
from ..i18n import tr

# The QGIS field types accepted for each kind of field (dates may also be ISO text).
ACCEPTED_TYPES = {
    S.TEXT: {QVariant.String},
    S.DATE: {QVariant.Date, QVariant.DateTime, QVariant.String},
    S.DATETIME: {QVariant.DateTime, QVariant.Date, QVariant.String},
    S.BOOL: {QVariant.Bool, QVariant.Int, QVariant.LongLong, QVariant.UInt, QVariant.ULongLong},
    S.REAL: {QVariant.Double, QVariant.Int, QVariant.LongLong},
    S.INTEGER: {QVariant.Int, QVariant.LongLong},
}
# Fields a works layer may lack: the detection does without them (only the works output shows them).
OPTIONAL_FIELDS = {S.F_TITLE, S.F_DESCRIPTION, S.F_BUDGET_TYPE, S.F_BUDGET_EUR, S.F_CONTACT, S.F_SOURCE, S.F_UPDATED_AT,
                   *S.OPTIONAL_WORK_FIELDS}
# At most this many unusable works are listed one by one; the rest are counted.
MAX_LISTED = 1000


@dataclass
class RowProblem:
    """A work that cannot be used, or a remark on a layer; ``message`` is translated."""

    layer: str
    feature: Optional[int]
    work_id: Optional[str]
    message: str


def _kind_name(kind: str) -> str:
    return {
        S.TEXT: QT_TRANSLATE_NOOP("@default", "text"),
        S.DATE: QT_TRANSLATE_NOOP("@default", "dates"),
        S.DATETIME: QT_TRANSLATE_NOOP("@default", "dates and times"),
        S.BOOL: QT_TRANSLATE_NOOP("@default", "yes/no values"),
        S.REAL: QT_TRANSLATE_NOOP("@default", "numbers"),
        S.INTEGER: QT_TRANSLATE_NOOP("@default", "whole numbers"),
    }[kind]


def check_fields(layer: QgsVectorLayer, kinds: Dict[str, str]) -> None:
    """Raise KipError when ``layer`` lacks a field the detection needs or has it with a wrong type."""
    fields = layer.fields()
    for name, kind in kinds.items():
        index = fields.indexOf(name)
        if index < 0:
            if name in OPTIONAL_FIELDS:
                continue
            raise KipError(
                QT_TRANSLATE_NOOP("@default", "The layer '{layer}' has no field '{field}'; KIP needs the fields of "
                                              "its works schema."),
                layer=layer.name(), field=name)
        qfield = fields.at(index)
        if qfield.type() not in ACCEPTED_TYPES[kind]:
            raise KipError(
                QT_TRANSLATE_NOOP("@default", "The field '{field}' of layer '{layer}' has the type '{type}'; it "
                                              "must hold {expected}."),
                field=name, layer=layer.name(), type=qfield.typeName(), expected=_kind_name(kind),
                translate=("expected",))


def _where(layer: str, fid: int, work_id: Optional[str]) -> str:
    if work_id:
        return tr("Work '{work}' (feature {fid} of layer '{layer}')").format(work=work_id, fid=fid, layer=layer)
    return tr("Feature {fid} of layer '{layer}'").format(fid=fid, layer=layer)


def _empty_text(values: np.ndarray) -> np.ndarray:
    empty = values == ""
    # Only texts that start with a blank can be blank throughout; strip just those.
    blank_start = np.flatnonzero(np.isin(values.astype("U1"), [" ", "\t", "\n", "\r", "\x0b", "\x0c", "\xa0"]))
    if len(blank_start):
        empty[blank_start] = np.char.strip(values[blank_start]) == ""
    return empty


def _unknown_code(values: np.ndarray, codes) -> np.ndarray:
    return (values != "") & ~np.isin(values, list(codes))


def find_problems(
    columns: Dict[str, np.ndarray],
    missing: np.ndarray,
    layers: np.ndarray,
    fids: np.ndarray,
    bad_dates: Dict[str, Dict[int, str]],
    taking_part: np.ndarray,
    geoms: Optional[np.ndarray] = None,
) -> Tuple[np.ndarray, List[RowProblem]]:
    """Which rows are usable, and a problem for each that is not (its first reason).

    ``missing`` marks the rows without geometry. With ``geoms`` (shapely), geometries are also
    checked for emptiness and validity. Geometries count only for the works ``taking_part``
    (not done or cancelled).
    """
    n = len(fids)
    reason = np.full(n, None, dtype=object)
    unflagged = np.ones(n, dtype=bool)

    def flag(mask: np.ndarray, message) -> None:
        rows = np.flatnonzero(mask & unflagged)
        unflagged[rows] = False
        for row in rows:
            reason[row] = message(row)

    ids = columns[S.F_WORK_ID]
    missing = missing & taking_part
    flag(missing, lambda r: tr("it has no geometry"))
    for name in (S.F_WORK_ID, S.F_OWNER):
        flag(_empty_text(columns[name]), lambda r, name=name: tr("the field '{field}' is empty").format(field=name))
    for name in (S.F_START, S.F_END, S.F_EARLIEST_START, S.F_LATEST_END):
        wrong = bad_dates.get(name, {})
        if wrong:
            mask = np.zeros(n, dtype=bool)
            mask[list(wrong)] = True
            flag(mask, lambda r, name=name, wrong=wrong: tr("the field '{field}' holds '{value}', which is not a date").format(
                field=name, value=wrong[r]))
    for name in (S.F_START, S.F_END):
        flag(columns[name] == NO_DATE, lambda r, name=name: tr("the field '{field}' is empty").format(field=name))
    start, end = columns[S.F_START], columns[S.F_END]
    flag(
        (start != NO_DATE) & (end != NO_DATE) & (end < start),
        lambda r: tr("the end date {end} lies before the start date {start}").format(
            end=to_date(end[r]).isoformat(), start=to_date(start[r]).isoformat()
        ),
    )
    for name, codes in ((S.F_WORK_TYPE, S.WORK_TYPES), (S.F_STATUS, S.STATUSES), (S.F_DISRUPTION, S.DISRUPTIONS)):
        values = columns[name]
        flag(
            _unknown_code(values, codes),
            lambda r, name=name, values=values: tr("the field '{field}' holds '{value}', which is not one of its codes").format(
                field=name, value=values[r]),
        )
    if geoms is not None:
        _check_geometries(geoms, taking_part & ~missing, flag)

    # Duplicate work ids: the first usable one is used, later ones are reported.
    candidates = np.flatnonzero(unflagged)
    if len(candidates):
        keys = ids[candidates].astype(str)
        order = np.argsort(keys, kind="stable")
        sorted_keys = keys[order]
        repeat = np.zeros(len(candidates), dtype=bool)
        repeat[1:] = sorted_keys[1:] == sorted_keys[:-1]
        first_of = np.maximum.accumulate(np.where(~repeat, np.arange(len(candidates)), 0))
        for position in np.flatnonzero(repeat):
            row, first = candidates[order[position]], candidates[order[first_of[position]]]
            unflagged[row] = False
            reason[row] = tr("the work id is also used by feature {fid} of layer '{layer}'; only that one is used").format(
                fid=fids[first], layer=layers[first])
    usable = unflagged

    problems = [
        RowProblem(
            str(layers[r]),
            int(fids[r]),
            ids[r] or None,
            tr("{where}: {what}.").format(where=_where(str(layers[r]), int(fids[r]), ids[r]), what=reason[r]),
        )
        for r in np.flatnonzero(~usable)
    ]
    return usable, problems


def _check_geometries(geoms: np.ndarray, present: np.ndarray, flag) -> None:
    import shapely

    from ..core.spatial import parallel

    empty = np.zeros(len(geoms), dtype=bool)
    empty[present] = shapely.is_empty(geoms[present])
    flag(empty, lambda r: tr("its geometry is empty"))
    invalid = np.zeros(len(geoms), dtype=bool)
    invalid[present] = ~parallel(shapely.is_valid, geoms[present])
    flag(invalid, lambda r: tr("its geometry is invalid ({reason})").format(reason=shapely.is_valid_reason(geoms[r])))
