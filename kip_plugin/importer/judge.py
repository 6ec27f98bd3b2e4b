"""Judging every row of a delivery before anything is written: whose work, which values, which area.

Every row ends up usable (with its work's values and area) or rejected with all its
reasons. Nothing here touches the store.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Dict, List, Optional, Sequence

import numpy as np
from qgis.core import QgsCoordinateReferenceSystem, QgsFeedback

from ..core import schema as S
from ..core.dates import DateReader, detect_order
from ..core.problems import Problem
from ..core.schema import QT_TRANSLATE_NOOP
from .columns import Converted, convert_columns
from .convert import RowRules, date_fields, parse_number
from .mapping import ImportPreset
from .owners import OWNER_LIST, Owners, resolve_owners, single_owner
from .table import unique_rows
from ..core.errors import Cancelled

if TYPE_CHECKING:  # shapely is loaded only when an import runs
    from .areas import Locations

APPEND, REPLACE = "append", "replace"
MODES = (APPEND, REPLACE)



@dataclass
class ImportInput:
    """A delivery read and mapped: raw values per KIP field and parsed locations, row by row."""

    rows: List[int]  # the number the user sees for each row
    raw: Dict[str, Sequence[Any]]  # KIP field -> raw values
    locations: "Locations"
    attributes: Callable[[int], List[Any]]  # all original values of a row (for the rejected rows)
    geometry: Callable[[int], Any]  # the row's original geometry as a QgsGeometry, or None
    problems: Dict[int, List[Problem]] = field(default_factory=dict)  # found while reading
    owners: Optional[Sequence[Any]] = None  # each row's party as delivered (OWNER_FIELD)
    widths: Optional[Sequence[Any]] = None  # each row's width as delivered (WIDTH_EXPRESSION)
    notes: List[Problem] = field(default_factory=list)  # remarks on the whole delivery
    owner_column: str = ""  # a column that looks like it names parties, when OWNER_FIELD is not used
    owner_column_values: int = 0  # how many different values it holds
    blank_rows: int = 0
    release: Callable[[set], None] = lambda rows: None  # frees what rows not in ``rows`` hold in the source

    def __len__(self) -> int:
        return len(self.rows)

    def keep_only(self, rows: set) -> None:
        """Keep the original values and locations of ``rows`` only (the rejected rows): a big delivery's memory."""
        self.raw = {}
        self.owners = self.widths = None
        self.locations.keep_only(rows)
        self.release(rows)


@dataclass
class ImportOptions:
    """What the user asked for."""

    owner: str
    mapped: tuple
    preset: ImportPreset = field(default_factory=ImportPreset)
    mode: str = APPEND
    cancel_missing: bool = False
    reject_unknown_codes: bool = True
    source_label: str = ""
    source_crs: QgsCoordinateReferenceSystem = field(default_factory=QgsCoordinateReferenceSystem)
    add_parties: bool = False


@dataclass
class Judged:
    """Every row judged: its party, id, values and work area, or why it cannot be used."""

    rows: List[int]
    owners: List[Optional[str]]
    ids: List[Optional[str]]
    converted: Converted
    wkb: np.ndarray
    problems: Dict[int, List[Problem]]
    repaired: int = 0
    owner_info: Owners = field(default_factory=lambda: Owners([]))

    @property
    def accepted(self) -> np.ndarray:
        """Indices of the usable rows."""
        bad = np.zeros(len(self.rows), dtype=bool)
        if self.problems:
            bad[np.fromiter(self.problems, dtype=np.int64)] = True
        return np.flatnonzero(~bad)

    def reject(self, row: int, problem: Problem) -> None:
        """Add a reason to reject ``row``."""
        self.problems.setdefault(row, []).append(problem)


def _check(feedback: Optional[QgsFeedback], progress: float) -> None:
    if feedback is not None:
        if feedback.isCanceled():
            raise Cancelled()
        feedback.setProgress(progress)


def _widths(values: Optional[Sequence[Any]], n: int, problems: Dict[int, List[Problem]]) -> np.ndarray:
    """Widths in metres per row (NaN: the fixed widths apply); a width that is not positive rejects its row."""
    widths = np.full(n, np.nan)
    if values is None:
        return widths
    distinct, codes = unique_rows(values)
    parsed: List[float] = []
    bad: Dict[int, Problem] = {}
    for k, value in enumerate(distinct):
        try:
            number = parse_number(value)
        except Exception:
            number = -1.0
        if number is None:
            parsed.append(np.nan)
        elif not np.isfinite(number) or number <= 0:
            parsed.append(np.nan)
            bad[k] = Problem(
                QT_TRANSLATE_NOOP("@default", "The width '{value}' from the width expression is not a positive number of metres."),
                {"value": value},
            )
        else:
            parsed.append(float(number))
    for row, k in enumerate(codes):
        widths[row] = parsed[k]
        if k in bad:
            problems.setdefault(row, []).append(bad[k])
    return widths


def judge(data: ImportInput, options: ImportOptions, store_crs: QgsCoordinateReferenceSystem,
          parties: Sequence[S.Party], feedback: Optional[QgsFeedback] = None) -> Judged:
    """Judge every row of ``data``; nothing is written."""
    n = len(data)
    preset = options.preset
    problems: Dict[int, List[Problem]] = {row: list(found) for row, found in data.problems.items() if found}
    if data.owners is not None:
        owners = resolve_owners(data.owners, parties, preset.code_values.get(OWNER_LIST, {}), options.add_parties)
    else:
        owners = single_owner(options.owner, n)
    for row, problem in owners.problems.items():
        problems.setdefault(row, []).append(problem)
    _check(feedback, 32.0)
    rules = RowRules(
        owner=options.owner,
        mapped=options.mapped,
        date_reader=DateReader(preset.date_formats),
        # The order of a column's numeric dates follows from its distinct values.
        date_orders={name: detect_order(dict.fromkeys(data.raw.get(name) or ())) for name in date_fields()},
        code_values={k: v for k, v in preset.code_values.items() if k != OWNER_LIST},
        reject_unknown_codes=options.reject_unknown_codes,
        id_prefix=preset.id_prefix,
        source=options.source_label,
    )
    converted = convert_columns(data.raw, n, rules)
    for row, found in converted.problems.items():
        problems.setdefault(row, []).extend(found)
    _check(feedback, 36.0)
    ids = _work_ids(data, options, rules, owners.codes, problems)
    widths = _widths(data.widths, n, problems)
    types = converted.values.get(S.F_WORK_TYPE) or [None] * n
    from .workareas import make_work_areas

    areas = make_work_areas(data.locations, options.source_crs, store_crs, widths, types, preset)
    told = {row for row, found in data.problems.items() if any(p.params.get("kind") == "geometry" for p in found)}
    for row, problem in areas.problems.items():
        if row not in told:
            problems.setdefault(row, []).append(problem)
    _check(feedback, 45.0)
    return Judged(list(data.rows), owners.codes, ids, converted, areas.wkb, problems, areas.repaired, owners)


def _work_ids(data: ImportInput, options: ImportOptions, rules: RowRules, owners: List[Optional[str]],
              problems: Dict[int, List[Problem]]) -> List[Optional[str]]:
    """Each row's work id (the owner's prefix added); duplicates within the delivery are rejected."""
    n = len(data)
    if S.F_WORK_ID not in options.mapped:
        return [rules.new_id(owner) if owner else None for owner in owners]
    raw = data.raw.get(S.F_WORK_ID) or [None] * n
    ids: List[Optional[str]] = []
    first_row: Dict[str, int] = {}
    for row in range(n):
        owner = owners[row]
        work_id = rules.work_id(raw[row], owner) if owner else None
        ids.append(work_id)
        if owner and not work_id:
            problems.setdefault(row, []).append(Problem(QT_TRANSLATE_NOOP("@default", "The work id is empty.")))
        elif work_id in first_row:
            problems.setdefault(row, []).append(Problem(
                QT_TRANSLATE_NOOP("@default", "The work id '{id}' appears more than once in the delivery (first in row {row})."),
                {"id": work_id, "row": data.rows[first_row[work_id]]},
            ))
        elif work_id:
            first_row[work_id] = row
    return ids


def delivered_parties(judged: Judged) -> Counter:
    """How many rows of the delivery each party has (rejected rows included)."""
    return Counter(code for code in judged.owners if code)
