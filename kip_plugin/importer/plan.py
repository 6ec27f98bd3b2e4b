"""What an import will write: new works, changed fields of known works, cancelled works, and why.

The delivery's judged rows are compared with the stored works column by column; a
work whose values and area are the same stays unchanged and is not written. In
replace mode the works of the parties in the delivery that it no longer holds are
reported and, when asked, cancelled; a delivered row that is rejected leaves its
work as it was. Parties that are not in the delivery are never touched.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator, List, Set, Tuple

import numpy as np
import shapely

from ..core import schema as S
from ..core.problems import Problem
from ..core.schema import QT_TRANSLATE_NOOP
from ..core.works import NO_DATE
from .changes import ADDED, CHANGED, DROPPED, GEOMETRY, MOVED, REINSTATED, Change
from .columns import from_day_number
from .existing import KINDS, Existing
from .judge import REPLACE, ImportOptions, Judged

# Geometries closer than this (metres) count as the same work area: exports round coordinates.
GEOMETRY_TOLERANCE = 0.05
PLANNED, CANCELLED = S.STATUS_PLANNED, S.STATUS_CANCELLED


@dataclass
class Plan:
    """The writes of one import and the change report."""

    inserts: np.ndarray  # judged rows that become new works
    statuses: List  # each judged row's status to write (None: leave as stored)
    # Known works that change: judged row, stored position, which of ``update_fields`` change, whether the area does.
    update_rows: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    update_positions: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    update_fields: List[str] = field(default_factory=list)
    update_mask: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), dtype=bool))
    update_area: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))
    cancels: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))  # stored positions
    dropped: List[Change] = field(default_factory=list)  # works the delivery no longer holds
    unchanged: int = 0
    kept: List[Tuple[int, str]] = field(default_factory=list)  # rejected rows whose stored works were left alone
    parties: Set[str] = field(default_factory=set)  # the parties replace mode worked on

    @property
    def updates(self) -> int:
        """How many known works change."""
        return len(self.update_rows)


def _new_column(judged: Judged, name: str, rows: np.ndarray):
    """The delivery's values of one field for ``rows``, in the stored representation."""
    values = judged.converted.values[name]
    if isinstance(values, np.ndarray):
        return values[rows]
    return np.array(["" if values[r] is None else values[r] for r in rows.tolist()], dtype=str)


def _differs(kind: str, new: np.ndarray, old: np.ndarray) -> np.ndarray:
    if kind == S.REAL:
        both_empty = np.isnan(new) & np.isnan(old)
        with np.errstate(invalid="ignore"):
            close = np.abs(new - old) <= 1e-6 * np.maximum(1.0, np.abs(new))
        return ~(both_empty | close)
    return new != old


def _same_areas(new_wkb: np.ndarray, old_wkb: np.ndarray) -> np.ndarray:
    """Whether each pair of areas is the same within the tolerance (byte-equal ones without any geometry work)."""
    same = np.array([a == b for a, b in zip(new_wkb.tolist(), old_wkb.tolist())], dtype=bool)
    todo = np.flatnonzero(~same)
    if len(todo):
        new = shapely.from_wkb(new_wkb[todo], on_invalid="ignore")
        old = shapely.from_wkb(old_wkb[todo], on_invalid="ignore")
        # No point of one may lie further than the tolerance from the other: a box that moved more cannot match.
        close = (np.abs(shapely.bounds(new) - shapely.bounds(old)) <= GEOMETRY_TOLERANCE).all(axis=1)
        candidates = todo[close]
        if len(candidates):
            distance = shapely.hausdorff_distance(new[close], old[close])
            same[candidates] = distance <= GEOMETRY_TOLERANCE
    return same


def _same_stored_areas(new_wkb: np.ndarray, where: np.ndarray, existing: Existing) -> np.ndarray:
    """Whether each new area is the same as the stored one at ``where``, comparing a batch of stored areas at a time."""
    same = np.zeros(len(where), dtype=bool)
    wanted = np.full(len(existing), -1, dtype=np.int64)  # stored position -> index into ``where``
    wanted[where] = np.arange(len(where))
    for positions, batch in existing.areas():
        k = wanted[positions]
        hit = k >= 0
        if hit.any():
            same[k[hit]] = _same_areas(new_wkb[k[hit]], batch[hit])
    return same


def _statuses(judged: Judged, options: ImportOptions, positions: np.ndarray, existing: Existing) -> List:
    """The status each row's work gets: delivered, 'planned' for a new or reinstated work, else untouched."""
    mapped = S.F_STATUS in options.mapped
    delivered = judged.converted.values.get(S.F_STATUS) if mapped else None
    stored = existing.columns.get(S.F_STATUS)
    result = []
    for row, position in enumerate(positions.tolist()):
        if mapped:
            result.append(delivered[row] or PLANNED)
        elif position < 0:
            result.append(PLANNED)
        elif stored is not None and stored[position] == CANCELLED:
            result.append(PLANNED)  # delivered again: no longer cancelled
        else:
            result.append(None)
    return result


def reject_foreign_ids(judged: Judged, stored: Existing) -> None:
    """Reject the rows whose work id belongs to another party's stored work."""
    stored_owner = stored.columns[S.F_OWNER]
    accepted = judged.accepted
    where = stored.positions([judged.ids[r] for r in accepted.tolist()])
    for row, position in zip(accepted.tolist(), where.tolist()):
        if position >= 0 and stored_owner[position] != judged.owners[row]:
            judged.reject(row, Problem(
                QT_TRANSLATE_NOOP(
                    "@default", "The work id '{id}' belongs to a work of '{owner}' in the KIP; give this party's works "
                    "their own ids (or an id prefix)."
                ),
                {"id": judged.ids[row], "owner": str(stored_owner[position])},
            ))


def reject_not_editable(judged: Judged, editable, new_parties) -> None:
    """Reject the rows of parties whose works the user may not change in a shared KIP."""
    allowed = set(editable) | set(new_parties)
    for row in judged.accepted.tolist():
        owner = judged.owners[row]
        if owner and owner not in allowed:
            judged.reject(row, Problem(
                QT_TRANSLATE_NOOP(
                    "@default", "You may not change the works of '{owner}' in this shared KIP; its own login, or a "
                    "coordinator, can import them."
                ),
                {"owner": owner},
            ))


def make_plan(judged: Judged, existing: Existing, options: ImportOptions) -> Plan:
    """Compare the judged rows (foreign ids already rejected) with the stored works."""
    positions = existing.positions(judged.ids)
    stored_owner = existing.columns[S.F_OWNER]
    accepted = judged.accepted
    statuses = _statuses(judged, options, positions, existing)
    known = positions[accepted] >= 0
    plan = Plan(accepted[~known], statuses)
    matched = accepted[known]
    if len(matched):
        _compare(judged, existing, options, positions, statuses, matched, plan)
    for row in sorted(judged.problems):
        position = int(positions[row])
        if position >= 0 and stored_owner[position] == judged.owners[row]:
            plan.kept.append((row, judged.ids[row]))
    if options.mode == REPLACE:
        _replace(judged, existing, options, plan)
    return plan


def compared_fields(judged: Judged, options: ImportOptions) -> List[str]:
    """The fields a delivery fills that are compared with the stored works (the status apart)."""
    return [n for n in options.mapped if n not in (S.F_WORK_ID, S.F_STATUS) and n in judged.converted.values]


def _compare(judged, existing, options, positions, statuses, matched, plan) -> None:
    where = positions[matched]
    names = compared_fields(judged, options) + [S.F_STATUS]
    mask = np.zeros((len(matched), len(names)), dtype=bool)
    for j, name in enumerate(names[:-1]):
        mask[:, j] = _differs(KINDS[name], _new_column(judged, name, matched), existing.columns[name][where])
    new_status = np.array(["" if statuses[r] is None else statuses[r] for r in matched.tolist()], dtype=str)
    mask[:, -1] = (new_status != "") & (new_status != existing.columns[S.F_STATUS][where])
    area_changed = ~_same_stored_areas(judged.wkb[matched], where, existing)
    changing = area_changed | mask.any(axis=1)
    plan.unchanged = int((~changing).sum())
    plan.update_rows, plan.update_positions = matched[changing], where[changing]
    plan.update_fields, plan.update_mask, plan.update_area = names, mask[changing], area_changed[changing]


def updated_changes(judged: Judged, existing: Existing, plan: Plan) -> Iterator[Change]:
    """The change report's entries of the known works that change (made when the report is written)."""
    for k, (row, position) in enumerate(zip(plan.update_rows.tolist(), plan.update_positions.tolist())):
        fields = [name for j, name in enumerate(plan.update_fields) if plan.update_mask[k, j]]
        change = _changed(judged, existing, row, position, fields + ([GEOMETRY] if plan.update_area[k] else []))
        change.wkb = judged.wkb[row]
        yield change


def _replace(judged: Judged, existing: Existing, options, plan: Plan) -> None:
    """Report (and with cancel-missing, cancel) the works of the delivered parties that the delivery lacks."""
    plan.parties = {code for code in judged.owners if code}
    # Rejected rows count as delivered: their works stay as they are.
    delivered = {work_id for work_id in judged.ids if work_id}
    owners = existing.columns[S.F_OWNER]
    status = existing.columns[S.F_STATUS]
    ids = existing.columns[S.F_WORK_ID]
    candidates = np.flatnonzero(np.isin(owners, list(plan.parties)) & (status != CANCELLED))
    missing = [k for k in candidates.tolist() if ids[k] not in delivered]
    areas = existing.areas_at(missing)
    for position in missing:
        change = _dropped(existing, position)
        change.cancelled = options.cancel_missing
        change.wkb = areas.get(position)
        plan.dropped.append(change)
    if options.cancel_missing:
        plan.cancels = np.array(missing, dtype=np.int64)


def _title_of(values, row) -> str:
    return (values[row] if values is not None else None) or ""


def added_changes(judged: Judged, rows) -> Iterator[Change]:
    """The change report's entries of new works (made when the report is written)."""
    for row in rows:
        change = _added(judged, row)
        change.wkb = judged.wkb[row]
        yield change


def _added(judged: Judged, row: int) -> Change:
    values = judged.converted.values
    start, end = values.get(S.F_START), values.get(S.F_END)
    return Change(
        judged.ids[row], ADDED, _title_of(values.get(S.F_TITLE), row),
        new_start=from_day_number(start[row]) if start is not None else None,
        new_end=from_day_number(end[row]) if end is not None else None,
    )


def _dropped(existing: Existing, position: int) -> Change:
    columns = existing.columns
    return Change(
        str(columns[S.F_WORK_ID][position]), DROPPED, str(columns[S.F_TITLE][position]),
        old_start=from_day_number(columns[S.F_START][position]), old_end=from_day_number(columns[S.F_END][position]),
    )


def _changed(judged: Judged, existing: Existing, row: int, position: int, fields: List[str]) -> Change:
    values, columns = judged.converted.values, existing.columns
    old_start, old_end = columns[S.F_START][position], columns[S.F_END][position]
    new_start = values[S.F_START][row] if S.F_START in values else old_start
    new_end = values[S.F_END][row] if S.F_END in values else old_end
    if S.F_STATUS in fields and columns[S.F_STATUS][position] == CANCELLED:
        kind = REINSTATED
    elif S.F_START in fields or S.F_END in fields:
        kind = MOVED
    else:
        kind = CHANGED
    return Change(
        judged.ids[row], kind, _title_of(values.get(S.F_TITLE), row) or str(columns[S.F_TITLE][position]),
        old_start=from_day_number(old_start), old_end=from_day_number(old_end),
        new_start=from_day_number(new_start if new_start != NO_DATE else old_start),
        new_end=from_day_number(new_end if new_end != NO_DATE else old_end),
        changed_fields=fields,
    )
