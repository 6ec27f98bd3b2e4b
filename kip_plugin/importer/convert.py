"""Turning one delivered row (values per KIP field, as read) into the values of a work.

Plain Python: the QGIS side reads the source and evaluates expressions; this module
parses dates, codes, yes/no values and amounts, checks the planning rules and says in
words what is wrong with a row.
"""
from __future__ import annotations

import datetime as _dt
import re
import uuid
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Tuple

from ..core import schema as S
from ..core.codes import FALLBACK_CODES, CodeMapper, mappers, normalise
from ..core.dates import DMY, DateReader
from ..core.errors import KipError
from ..core.problems import Problem
from ..core.schema import QT_TRANSLATE_NOOP

_TRUE = {"1", "true", "t", "ja", "j", "yes", "y", "x", "waar", "wel", "on"}
_FALSE = {"0", "false", "f", "nee", "n", "no", "onwaar", "niet", "geen", "off", "-"}
_DATE_FIELDS = tuple(spec.name for spec in S.WORK_FIELDS if spec.kind == S.DATE)


def parse_bool(value: Any) -> Optional[bool]:
    """A yes/no value in Dutch or English (ja/nee, x, 1/0, true/false); None when empty."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return bool(value)
    key = normalise(value)
    if key == "":
        return None
    if key in _TRUE:
        return True
    if key in _FALSE:
        return False
    raise KipError(QT_TRANSLATE_NOOP("@default", "'{value}' is not yes or no."), value=value)


def parse_number(value: Any) -> Optional[float]:
    """A number as Dutch or English spreadsheets write it ('€ 12.500,50', '12,500.50', '1e5')."""
    if value is None or isinstance(value, bool):
        return None if value is None else float(value)
    if isinstance(value, (int, float)):
        return float(value)
    text = re.sub(r"[€$£\s]|eur|euro", "", str(value).strip().lower())
    if text == "":
        return None
    if "," in text and "." in text:
        # The separator that comes last is the decimal one.
        text = text.replace(".", "").replace(",", ".") if text.rfind(",") > text.rfind(".") else text.replace(",", "")
    elif "," in text:
        # One comma is a Dutch decimal comma; several are thousands separators.
        text = text.replace(",", "") if text.count(",") > 1 else text.replace(",", ".")
    elif text.count(".") > 1:
        text = text.replace(".", "")
    try:
        return float(text)
    except ValueError:
        raise KipError(QT_TRANSLATE_NOOP("@default", "'{value}' is not a number."), value=value) from None


@dataclass
class RowRules:
    """How rows of one delivery become works."""

    owner: str
    mapped: Tuple[str, ...]  # KIP fields the delivery fills
    date_reader: DateReader = field(default_factory=DateReader)
    date_orders: Dict[str, str] = field(default_factory=dict)  # date field -> DMY or MDY
    code_values: Dict[str, Dict[str, str]] = field(default_factory=dict)
    reject_unknown_codes: bool = True
    id_prefix: str = "{owner}-"
    source: str = ""

    def __post_init__(self) -> None:
        self.mappers: Dict[str, CodeMapper] = mappers(self.code_values)

    def prefix(self, owner: Optional[str] = None) -> str:
        """The prefix that makes delivered ids unique among parties."""
        return (self.id_prefix or "").replace("{owner}", owner or self.owner)

    def work_id(self, raw: Any, owner: Optional[str] = None) -> Optional[str]:
        """The stable id of a work: prefix + the delivery's own id (not doubled on re-import)."""
        if raw is None:
            return None
        if isinstance(raw, float) and raw.is_integer():
            raw = int(raw)
        text = str(raw).strip()
        if not text:
            return None
        prefix = self.prefix(owner)
        return text if text.startswith(prefix) else prefix + text

    def new_id(self, owner: Optional[str] = None) -> str:
        """An id for a work whose delivery has none (append mode only)."""
        return self.prefix(owner) + uuid.uuid4().hex[:8]


def _label(name: str) -> str:
    return S.WORK_FIELDS_BY_NAME[name].label or name


def convert_row(raw: Dict[str, Any], rules: RowRules) -> Tuple[Dict[str, Any], List[Problem]]:
    """The work's values for the mapped fields and the problems of this row (empty when usable)."""
    values: Dict[str, Any] = {S.F_OWNER: rules.owner}
    problems: List[Problem] = []
    for name in rules.mapped:
        value = raw.get(name)
        spec = S.WORK_FIELDS_BY_NAME[name]
        try:
            values[name] = _convert(name, spec, value, rules)
        except KipError as error:
            problems.append(
                Problem(
                    QT_TRANSLATE_NOOP("@default", "{field}: {problem}"),
                    {"field": _label(name), "problem": error.problem, "translate": ("field",)},
                )
            )
    if S.F_WORK_ID in rules.mapped:
        values[S.F_WORK_ID] = rules.work_id(raw.get(S.F_WORK_ID))
        if not values[S.F_WORK_ID]:
            problems.append(Problem(QT_TRANSLATE_NOOP("@default", "The work id is empty.")))
    if S.F_STATUS in rules.mapped and values.get(S.F_STATUS) is None and S.F_STATUS in values:
        # A delivery that leaves the status open plans the work.
        values[S.F_STATUS] = S.DEFAULT_STATUS
    if rules.source and S.F_SOURCE not in rules.mapped:
        values[S.F_SOURCE] = rules.source
    problems.extend(_check_planning(values, rules))
    return values, problems


def _convert(name: str, spec: S.FieldSpec, value: Any, rules: RowRules) -> Any:
    if isinstance(value, str):
        value = value.strip()
    if value is None or value == "":
        return None
    if spec.codes:
        code = rules.mappers[name].map(value)
        if code is None:
            if rules.reject_unknown_codes:
                raise KipError(
                    QT_TRANSLATE_NOOP("@default", "'{value}' is not a known value; map it to one of: {codes}."),
                    value=value, codes=", ".join(S.CODE_LISTS[spec.codes]),
                )
            return FALLBACK_CODES.get(spec.codes)
        return code
    if spec.kind == S.DATE:
        return rules.date_reader.read(value, rules.date_orders.get(name, DMY))
    if spec.kind == S.BOOL:
        return parse_bool(value)
    if spec.kind == S.REAL:
        return parse_number(value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)


def _check_planning(values: Dict[str, Any], rules: RowRules) -> List[Problem]:
    problems: List[Problem] = []
    start, end = values.get(S.F_START), values.get(S.F_END)
    for name in (S.F_START, S.F_END):
        if values.get(name) is None and not _has_problem_for(name, rules, values):
            problems.append(
                Problem(
                    QT_TRANSLATE_NOOP("@default", "{field} is empty; every work needs one."),
                    {"field": _label(name), "translate": ("field",)},
                )
            )
    if isinstance(start, _dt.date) and isinstance(end, _dt.date) and end < start:
        problems.append(
            Problem(
                QT_TRANSLATE_NOOP("@default", "The end date {end} lies before the start date {start}."),
                {"start": start.isoformat(), "end": end.isoformat()},
            )
        )
    earliest, latest = values.get(S.F_EARLIEST_START), values.get(S.F_LATEST_END)
    if isinstance(earliest, _dt.date) and isinstance(start, _dt.date) and earliest > start:
        problems.append(
            Problem(
                QT_TRANSLATE_NOOP("@default", "The earliest start {earliest} lies after the start date {start}."),
                {"earliest": earliest.isoformat(), "start": start.isoformat()},
            )
        )
    if isinstance(latest, _dt.date) and isinstance(end, _dt.date) and latest < end:
        problems.append(
            Problem(
                QT_TRANSLATE_NOOP("@default", "The latest end {latest} lies before the end date {end}."),
                {"latest": latest.isoformat(), "end": end.isoformat()},
            )
        )
    return problems


def _has_problem_for(name: str, rules: RowRules, values: Dict[str, Any]) -> bool:
    # A date that could not be read is already reported; do not also call it empty.
    return name in rules.mapped and name not in values


def date_fields() -> Tuple[str, ...]:
    """The works fields that hold dates."""
    return _DATE_FIELDS
