"""What a new delivery changes compared with the previous one: the change report.

Plain Python over plain values (dates as ``datetime.date``). The import uses the
same comparison to decide whether a matched work is updated or unchanged, so the
counts and the report never disagree.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, List, Optional

from ..core import schema as S

ADDED, DROPPED, MOVED, CHANGED, UNCHANGED, REINSTATED = "added", "dropped", "moved", "changed", "unchanged", "reinstated"
KINDS = (ADDED, DROPPED, MOVED, CHANGED, REINSTATED, UNCHANGED)
GEOMETRY = "geometry"
# Fields that say when or by whom a row was written, not what is planned.
IGNORED = (S.F_UPDATED_AT,)


def same_value(a: Any, b: Any) -> bool:
    """Whether two field values mean the same (empty text equals NULL, 1 equals True, 2.0 equals 2)."""
    if a == "":
        a = None
    if b == "":
        b = None
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, bool) or isinstance(b, bool):
        return bool(a) == bool(b)
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(a)))
    if isinstance(a, _dt.datetime) and not isinstance(b, _dt.datetime):
        a = a.date()
    if isinstance(b, _dt.datetime) and not isinstance(a, _dt.datetime):
        b = b.date()
    return a == b


@dataclass(slots=True)
class Change:
    """How one work differs between the previous and the new delivery."""

    work_id: str
    kind: str
    title: str = ""
    old_start: Optional[_dt.date] = None
    old_end: Optional[_dt.date] = None
    new_start: Optional[_dt.date] = None
    new_end: Optional[_dt.date] = None
    changed_fields: List[str] = field(default_factory=list)
    cancelled: bool = False
    wkb: Optional[bytes] = None  # the work area, for the change report

    @property
    def start_shift_days(self) -> Optional[int]:
        """Days the start moved (positive: later)."""
        if self.old_start and self.new_start:
            return (self.new_start - self.old_start).days
        return None

    @property
    def end_shift_days(self) -> Optional[int]:
        """Days the end moved (positive: later)."""
        if self.old_end and self.new_end:
            return (self.new_end - self.old_end).days
        return None


def compare(
    work_id: str,
    old: Optional[Dict[str, Any]],
    new: Optional[Dict[str, Any]],
    geometry_changed: bool = False,
    fields: Optional[Iterable[str]] = None,
) -> Change:
    """The change of one work; ``fields`` limits the comparison to what the delivery fills."""
    if old is None and new is None:
        raise ValueError("a change needs an old or a new work")
    if old is None:
        return Change(work_id, ADDED, _title(new), new_start=new.get(S.F_START), new_end=new.get(S.F_END))
    if new is None:
        return Change(work_id, DROPPED, _title(old), old_start=old.get(S.F_START), old_end=old.get(S.F_END))
    names = [n for n in (fields if fields is not None else new.keys()) if n not in IGNORED and n in new]
    changed = [n for n in names if not same_value(old.get(n), new.get(n))]
    if geometry_changed:
        changed.append(GEOMETRY)
    change = Change(
        work_id,
        UNCHANGED,
        _title(new) or _title(old),
        old_start=old.get(S.F_START),
        old_end=old.get(S.F_END),
        new_start=new.get(S.F_START, old.get(S.F_START)),
        new_end=new.get(S.F_END, old.get(S.F_END)),
        changed_fields=changed,
    )
    if old.get(S.F_STATUS) == S.STATUS_CANCELLED and S.F_STATUS in changed:
        change.kind = REINSTATED
    elif S.F_START in changed or S.F_END in changed:
        change.kind = MOVED
    elif changed:
        change.kind = CHANGED
    return change


def _title(values: Optional[Dict[str, Any]]) -> str:
    return str((values or {}).get(S.F_TITLE) or "")


@dataclass
class ChangeStats:
    """Numbers for the short text summary of a change report."""

    counts: Dict[str, int]
    later: int = 0
    earlier: int = 0
    mean_shift_days: float = 0.0
    cancelled: int = 0


def stats(changes: Iterable[Change]) -> ChangeStats:
    """Count the changes by kind and summarise how far works moved in time."""
    counts = {kind: 0 for kind in KINDS}
    shifts: List[int] = []
    later = earlier = cancelled = 0
    for change in changes:
        counts[change.kind] += 1
        cancelled += change.cancelled
        if change.kind == MOVED:
            shift = change.start_shift_days if change.start_shift_days else change.end_shift_days or 0
            shifts.append(shift)
            later += shift > 0
            earlier += shift < 0
    mean = sum(abs(s) for s in shifts) / len(shifts) if shifts else 0.0
    return ChangeStats(counts, later, earlier, mean, cancelled)
