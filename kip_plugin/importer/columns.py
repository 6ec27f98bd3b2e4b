"""Converting whole columns of a delivery into the values of works, each distinct value once.

A delivery of a million rows holds a few thousand distinct dates, a dozen types and
statuses: each is read once and the result spread over its rows. The values come out
as the store's columns are read (text, day numbers, -1/0/1, floats), so that the new
and the stored works compare column by column. Plain Python and numpy.
"""
from __future__ import annotations

import datetime as _dt
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Dict, List, Optional, Sequence

import numpy as np

from ..core import schema as S
from ..core.errors import KipError
from ..core.problems import Problem
from ..core.schema import QT_TRANSLATE_NOOP
from ..core.works import EPOCH_ORDINAL, NO_DATE
from .convert import RowRules, _convert, _label, date_fields
from .table import unique_rows



def day_number(value: Optional[_dt.date]) -> int:
    """Days since 1970-01-01, or NO_DATE."""
    if value is None:
        return NO_DATE
    if isinstance(value, _dt.datetime):
        value = value.date()
    return value.toordinal() - EPOCH_ORDINAL


@lru_cache(maxsize=65_536)
def _date_of(days: int) -> _dt.date:
    return _dt.date.fromordinal(days + EPOCH_ORDINAL)


def from_day_number(days: int) -> Optional[_dt.date]:
    """The date of a day number, or None for NO_DATE."""
    return None if days == NO_DATE else _date_of(int(days))


def text_value(value: Any) -> Optional[str]:
    """A delivered text: trimmed, whole numbers without '.0', a spreadsheet-safety quote removed."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    if not text:
        return None
    if len(text) > 1 and text[0] == "'" and text[1] in S.FORMULA_STARTS:
        text = text[1:]
    return text


@dataclass
class Converted:
    """The works' values per field (store representation) and the problems per row."""

    values: Dict[str, Any]  # field -> list of text/None, or a numpy array for dates, yes/no and numbers
    problems: Dict[int, List[Problem]] = field(default_factory=dict)
    unknown_codes: Dict[str, Counter] = field(default_factory=dict)
    keyword_codes: Dict[str, tuple] = field(default_factory=dict)

    def add(self, row: int, problem: Problem) -> None:
        """Note a problem of one row."""
        self.problems.setdefault(row, []).append(problem)


def _field_problem(name: str, error: KipError) -> Problem:
    return Problem(
        QT_TRANSLATE_NOOP("@default", "{field}: {problem}"),
        {"field": _label(name), "problem": error.problem, "translate": ("field",)},
    )


def _convert_distinct(name: str, spec: S.FieldSpec, column: Sequence, rules: RowRules, result: Converted):
    """Each distinct value of a coded, date, yes/no or number column converted once; returns per-row results."""
    distinct, codes = unique_rows(column)
    converted: List[Any] = []
    failed: Dict[int, Problem] = {}
    mapper = rules.mappers.get(name)
    counts = Counter(codes) if spec.codes else None
    for k, value in enumerate(distinct):
        try:
            if spec.codes:
                converted.append(_code(name, spec, value, rules, mapper, counts[k]))
            else:
                converted.append(_convert(name, spec, value, rules))
        except KipError as error:
            converted.append(None)
            failed[k] = _field_problem(name, error)
    if failed:
        for row, k in enumerate(codes):
            if k in failed:
                result.add(row, failed[k])
    return converted, codes


def _code(name, spec, value, rules: RowRules, mapper, count: int):
    if isinstance(value, str):
        value = value.strip()
    if value is None or value == "":
        return None
    code = mapper.map(value, count)
    if code is None:
        if rules.reject_unknown_codes:
            raise KipError(
                QT_TRANSLATE_NOOP("@default", "'{value}' is not a known value; map it to one of: {codes}."),
                value=value, codes=CodeChoices(spec.codes),
            )
        from ..core.codes import FALLBACK_CODES

        return FALLBACK_CODES.get(spec.codes)
    return code


class CodeChoices:
    """The codes of a list, shown with their labels when a problem is put into words."""

    def __init__(self, list_name: str) -> None:
        self.list_name = list_name

    def text(self, translate=None) -> str:
        """'sewer (Sewer), gas (Gas), …' with labels in the user's language when ``translate`` is given."""
        labels = S.CODE_LISTS[self.list_name]
        return ", ".join(
            "{code} ({label})".format(code=code, label=translate(label) if translate else label) for code, label in labels.items()
        )

    def __str__(self) -> str:
        return self.text()

    def __format__(self, spec: str) -> str:
        return format(self.text(), spec)


def convert_columns(raw: Dict[str, Sequence], n: int, rules: RowRules) -> Converted:
    """The works' values of every mapped field, and the problems of each row."""
    result = Converted({})
    dates = set(date_fields())
    for name in rules.mapped:
        spec = S.WORK_FIELDS_BY_NAME[name]
        column = raw.get(name)
        if column is None:
            column = [None] * n
        if name == S.F_WORK_ID:
            continue  # made per row with the owner's prefix
        if spec.kind == S.TEXT and not spec.codes:
            result.values[name] = [text_value(v) for v in column]
            continue
        converted, codes = _convert_distinct(name, spec, column, rules, result)
        if name in dates:
            days = np.array([day_number(v) for v in converted], dtype=np.int64)
            result.values[name] = days[np.asarray(codes, dtype=np.int64)] if n else np.zeros(0, dtype=np.int64)
        elif spec.kind == S.BOOL:
            flags = np.array([-1 if v is None else int(bool(v)) for v in converted], dtype=np.int8)
            result.values[name] = flags[np.asarray(codes, dtype=np.int64)] if n else np.zeros(0, dtype=np.int8)
        elif spec.kind == S.REAL:
            numbers = np.array([np.nan if v is None else float(v) for v in converted], dtype=float)
            result.values[name] = numbers[np.asarray(codes, dtype=np.int64)] if n else np.zeros(0)
        else:
            result.values[name] = [converted[k] for k in codes]
    for name, mapper in rules.mappers.items():
        if mapper.unknown:
            result.unknown_codes[name] = Counter(mapper.unknown)
        result.keyword_codes.update(mapper.by_keyword)
    _check_planning(result, n, rules)
    return result


def _check_planning(result: Converted, n: int, rules: RowRules) -> None:
    """Empty required dates, an end before the start, a window that excludes the planned period."""
    values = result.values
    failed_dates = {name: set() for name in (S.F_START, S.F_END)}
    for row, problems in result.problems.items():
        for problem in problems:
            for name in failed_dates:
                if problem.params.get("field") == _label(name):
                    failed_dates[name].add(row)
    for name in (S.F_START, S.F_END):
        days = values.get(name)
        empty = np.ones(n, dtype=bool) if days is None else (days == NO_DATE)
        for row in np.flatnonzero(empty):
            if row not in failed_dates[name]:
                result.add(row, Problem(
                    QT_TRANSLATE_NOOP("@default", "{field} is empty; every work needs one."),
                    {"field": _label(name), "translate": ("field",)},
                ))
    start, end = values.get(S.F_START), values.get(S.F_END)
    if start is None or end is None:
        return
    both = (start != NO_DATE) & (end != NO_DATE)
    for row in np.flatnonzero(both & (end < start)):
        result.add(row, Problem(
            QT_TRANSLATE_NOOP("@default", "The end date {end} lies before the start date {start}."),
            {"start": from_day_number(start[row]).isoformat(), "end": from_day_number(end[row]).isoformat()},
        ))
    earliest, latest = values.get(S.F_EARLIEST_START), values.get(S.F_LATEST_END)
    if earliest is not None:
        for row in np.flatnonzero((earliest != NO_DATE) & (start != NO_DATE) & (earliest > start)):
            result.add(row, Problem(
                QT_TRANSLATE_NOOP("@default", "The earliest start {earliest} lies after the start date {start}."),
                {"earliest": from_day_number(earliest[row]).isoformat(), "start": from_day_number(start[row]).isoformat()},
            ))
    if latest is not None:
        for row in np.flatnonzero((latest != NO_DATE) & (end != NO_DATE) & (latest < end)):
            result.add(row, Problem(
                QT_TRANSLATE_NOOP("@default", "The latest end {latest} lies before the end date {end}."),
                {"latest": from_day_number(latest[row]).isoformat(), "end": from_day_number(end[row]).isoformat()},
            ))
