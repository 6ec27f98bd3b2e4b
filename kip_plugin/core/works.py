"""Works as columns: the plain data the detection engine computes on.

Dates are whole day numbers (days since 1970-01-01, numpy's ``datetime64[D]``),
so that periods compare and subtract as integers. Geometries are shapely
geometries in a metric CRS.
"""
from __future__ import annotations

import calendar
import datetime as _dt
from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, Mapping, Optional, Sequence

import numpy as np

from . import schema as S

# Excavation is a nullable boolean: unknown means "as the rule table says for the work type".
EXCAVATION_UNKNOWN = -1
NO_DATE = S.NO_DATE

_EPOCH = np.datetime64(S.EPOCH, "D")


def to_days(values: Any) -> np.ndarray:
    """Day numbers of dates given as datetime64, ``datetime.date`` or ISO strings."""
    array = np.asarray(values)
    if np.issubdtype(array.dtype, np.datetime64):
        return array.astype("datetime64[D]").astype(np.int64)
    return np.array([np.datetime64(v, "D") for v in array.ravel()], dtype="datetime64[D]").astype(np.int64)


EPOCH_ORDINAL = _dt.date.fromisoformat(S.EPOCH).toordinal()  # the epoch's proleptic Gregorian ordinal


def to_date(day: int) -> _dt.date:
    """The ``datetime.date`` of a day number."""
    return _dt.date.fromordinal(int(day) + EPOCH_ORDINAL)


def add_years(days: np.ndarray, years: int) -> np.ndarray:
    """The same calendar date ``years`` later (29 February becomes 28 February)."""
    dates = np.asarray(days, dtype=np.int64).astype("datetime64[D]")
    months = dates.astype("datetime64[M]")
    day_of_month = (dates - months).astype(np.int64)
    target = months + np.timedelta64(12 * int(years), "M")
    last_day = ((target + np.timedelta64(1, "M")).astype("datetime64[D]") - target.astype("datetime64[D]")).astype(
        np.int64
    ) - 1
    return (target.astype("datetime64[D]") + np.minimum(day_of_month, last_day)).astype(np.int64)


def gap_days(start_a: np.ndarray, end_a: np.ndarray, start_b: np.ndarray, end_b: np.ndarray) -> np.ndarray:
    """Days between two periods of whole days: 0 when they share a day, else later start − earlier end."""
    return np.maximum(0, np.maximum(start_a, start_b) - np.minimum(end_a, end_b))


@dataclass
class Works:
    """Works as parallel arrays, one entry per work; build them with ``make_works``."""

    ids: np.ndarray  # str
    owners: np.ndarray  # str
    types: np.ndarray  # str, work type codes
    start: np.ndarray  # int64 day numbers, the planned period
    end: np.ndarray
    window_start: np.ndarray  # int64, earliest start (or start)
    window_end: np.ndarray  # int64, latest end (or end)
    excavation: np.ndarray  # int8: 1 digs, 0 does not, EXCAVATION_UNKNOWN
    road_closure: np.ndarray  # bool
    disruption: np.ndarray  # str codes
    active: np.ndarray  # bool: status is neither done nor cancelled
    geoms: np.ndarray  # shapely geometries, metric CRS
    titles: Optional[np.ndarray] = None
    _cache: Dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def __len__(self) -> int:
        return len(self.ids)

    def _codes(self, name: str, values: np.ndarray):
        if name not in self._cache:
            # As np.unique(values, return_inverse=True), through a dict: sorting every text costs more.
            listed = values.tolist()
            names = sorted(set(listed))
            code_of = {value: code for code, value in enumerate(names)}
            codes = np.fromiter(map(code_of.__getitem__, listed), dtype=np.int64, count=len(listed))
            self._cache[name] = (np.array(names, dtype=values.dtype), codes)
        return self._cache[name]

    @property
    def owner_codes(self) -> np.ndarray:
        """Owners as small integers (equal owner, equal code)."""
        return self._codes("owners", self.owners)[1]

    @property
    def type_names(self) -> np.ndarray:
        """The distinct work types, sorted; ``type_codes`` index into it."""
        return self._codes("types", self.types)[0]

    @property
    def type_codes(self) -> np.ndarray:
        """Work types as small integers into ``type_names``."""
        return self._codes("types", self.types)[1]

    @property
    def id_rank(self) -> np.ndarray:
        """Position of each work in the order of work ids, to order pairs without comparing strings."""
        if "rank" not in self._cache:
            rank = np.empty(len(self), dtype=np.int64)
            rank[np.argsort(self.ids, kind="stable")] = np.arange(len(self))
            self._cache["rank"] = rank
        return self._cache["rank"]

    @property
    def duration(self) -> np.ndarray:
        """Planned duration in days, both ends included."""
        return self.end - self.start + 1


def make_works(
    ids: Sequence[str],
    owners: Sequence[str],
    types: Sequence[Optional[str]],
    start: Any,
    end: Any,
    geoms: Sequence[Any],
    earliest_start: Any = None,
    latest_end: Any = None,
    excavation: Optional[Sequence[Optional[bool]]] = None,
    road_closure: Optional[Sequence[Optional[bool]]] = None,
    disruption: Optional[Sequence[Optional[str]]] = None,
    status: Optional[Sequence[Optional[str]]] = None,
    titles: Optional[Sequence[Optional[str]]] = None,
) -> Works:
    """Works from columns; dates as day numbers, datetime64 or ``datetime.date``, None where empty.

    A window never excludes the planned period: a work may always run as planned.
    """
    n = len(ids)
    start_days = _days_or_none(start, n)
    end_days = _days_or_none(end, n)
    if start_days is None or end_days is None:
        raise ValueError("start and end dates are required")
    early = _days_or_none(earliest_start, n)
    late = _days_or_none(latest_end, n)
    window_start = start_days if early is None else np.minimum(np.where(early == NO_DATE, start_days, early), start_days)
    window_end = end_days if late is None else np.maximum(np.where(late == NO_DATE, end_days, late), end_days)
    if excavation is None:
        dig = np.full(n, EXCAVATION_UNKNOWN, dtype=np.int8)
    else:
        dig = np.array([EXCAVATION_UNKNOWN if v is None else int(bool(v)) for v in excavation], dtype=np.int8)
    closure = np.zeros(n, dtype=bool) if road_closure is None else np.array([bool(v) for v in road_closure])
    statuses = np.array([S.DEFAULT_STATUS] * n if status is None else [v or S.DEFAULT_STATUS for v in status], dtype=object)
    return Works(
        ids=np.array(ids, dtype=str) if n else np.array([], dtype=str),
        owners=np.array(owners, dtype=str) if n else np.array([], dtype=str),
        types=np.array([t or "other" for t in types], dtype=str) if n else np.array([], dtype=str),
        start=start_days,
        end=end_days,
        window_start=window_start,
        window_end=window_end,
        excavation=dig,
        road_closure=closure.astype(bool),
        disruption=np.array(["none"] * n if disruption is None else [v or "none" for v in disruption], dtype=str)
        if n
        else np.array([], dtype=str),
        active=~np.isin(statuses, list(S.INACTIVE_STATUSES)) if n else np.zeros(0, dtype=bool),
        geoms=np.asarray(geoms, dtype=object) if n else np.array([], dtype=object),
        titles=None if titles is None else np.array([t or "" for t in titles], dtype=object),
    )


def _days_or_none(values: Any, n: int) -> Optional[np.ndarray]:
    """Day numbers, NO_DATE for empty entries; None when there is no column at all."""
    if values is None:
        return None
    array = np.asarray(values)
    if array.dtype.kind in "iu":
        return array.astype(np.int64)
    if np.issubdtype(array.dtype, np.datetime64):
        return array.astype("datetime64[D]").astype(np.int64)  # NaT becomes NO_DATE
    out = np.full(n, NO_DATE, dtype=np.int64)
    for i, value in enumerate(array.ravel()):
        if value is not None and value == value:
            out[i] = np.datetime64(value, "D").astype(np.int64)
    return out


def make_works_from_records(records: Iterable[Mapping[str, Any]]) -> Works:
    """Works from dicts keyed by the schema's field names plus ``geometry`` (shapely)."""
    rows = list(records)

    def column(name: str):
        return [row.get(name) for row in rows]

    return make_works(
        ids=column(S.F_WORK_ID),
        owners=column(S.F_OWNER),
        types=column(S.F_WORK_TYPE),
        start=column(S.F_START),
        end=column(S.F_END),
        geoms=column("geometry"),
        earliest_start=column(S.F_EARLIEST_START),
        latest_end=column(S.F_LATEST_END),
        excavation=column(S.F_EXCAVATION),
        road_closure=column(S.F_ROAD_CLOSURE),
        disruption=column(S.F_DISRUPTION),
        status=column(S.F_STATUS),
        titles=column(S.F_TITLE),
    )


def works_from_columns(columns: Mapping[str, np.ndarray], geoms: np.ndarray) -> Works:
    """Works from the columns of the works table (as the store's reader gives them) and their geometries."""
    start, end = columns[S.F_START], columns[S.F_END]
    early, late = columns[S.F_EARLIEST_START], columns[S.F_LATEST_END]
    # A window never excludes the planned period: a work may always run as planned.
    window_start = np.minimum(np.where(early == NO_DATE, start, early), start)
    window_end = np.maximum(np.where(late == NO_DATE, end, late), end)
    types, disruption = columns[S.F_WORK_TYPE], columns[S.F_DISRUPTION]
    return Works(
        ids=columns[S.F_WORK_ID],
        owners=columns[S.F_OWNER],
        types=np.where(types == "", S.DEFAULT_WORK_TYPE, types),
        start=start,
        end=end,
        window_start=window_start,
        window_end=window_end,
        excavation=columns[S.F_EXCAVATION],
        road_closure=columns[S.F_ROAD_CLOSURE] == 1,
        disruption=np.where(disruption == "", S.DEFAULT_DISRUPTION, disruption),
        active=~np.isin(columns[S.F_STATUS], list(S.INACTIVE_STATUSES)),
        geoms=geoms,
        titles=columns[S.F_TITLE],
    )


def add_months(day: _dt.date, months: int) -> _dt.date:
    """The same day ``months`` later, or the month's last day when that month is shorter."""
    years, month = divmod(day.month - 1 + months, 12)
    year = day.year + years
    return _dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))
