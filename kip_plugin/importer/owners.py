"""Whose work is each row: the party named in the delivery, matched to the KIP's parties.

A delivered value is matched, in this order, through the user's code values
(``Liander N.V. = liander``), to a party's code, and to a party's name (ignoring case,
accents and punctuation). A value that matches no party rejects its row, or, when
the user asks, becomes a new party with a code made from the name. Plain Python.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence

from ..core import schema as S
from ..core.codes import normalise
from ..core.parties import code_from_name, colours, unique_code
from ..core.problems import Problem
from ..core.schema import QT_TRANSLATE_NOOP
from .table import unique_rows

# The code-value list for parties (CODE_VALUES lines 'delivered name = party code').
OWNER_LIST = "owner"


@dataclass
class Owners:
    """The party of every row, the parties to add, and the values no party matched."""

    codes: List[Optional[str]]
    problems: Dict[int, Problem] = field(default_factory=dict)
    new_parties: List[S.Party] = field(default_factory=list)
    unknown: Counter = field(default_factory=Counter)


def single_owner(code: str, n: int) -> Owners:
    """Every row belongs to ``code``."""
    return Owners([code] * n)


def resolve_owners(values: Sequence, parties: Sequence[S.Party], user_map: Dict[str, str], add_parties: bool) -> Owners:
    """The party code of each row from the delivered values."""
    by_key: Dict[str, str] = {}
    for party in parties:
        by_key.setdefault(normalise(party.name), party.code)
    codes_by_key = {normalise(party.code): party.code for party in parties}
    user = {normalise(k): v for k, v in user_map.items()}
    known = {p.code for p in parties}
    distinct, rows = unique_rows(values)
    result_codes: List[Optional[str]] = []
    problems_by_value: Dict[int, Problem] = {}
    new: Dict[str, S.Party] = {}
    unknown: Counter = Counter()
    counts = Counter(rows)
    palette = iter(colours(len(distinct), [p.colour for p in parties]))
    for k, value in enumerate(distinct):
        text = "" if value is None else str(value).strip()
        key = normalise(text)
        code = None
        if not key:
            problems_by_value[k] = Problem(QT_TRANSLATE_NOOP("@default", "The department or partner of this row is empty."))
        elif key in user:
            code = user[key]
            if code not in known and not add_parties:
                code = None
                problems_by_value[k] = _unknown(text)
                unknown[text] += counts[k]
            elif code not in known:
                new.setdefault(code, S.Party(code, text, "partner", next(palette)))
        elif key in codes_by_key:
            code = codes_by_key[key]
        elif key in by_key:
            code = by_key[key]
        elif add_parties:
            made = code_from_name(text)
            match = next((p for p in new.values() if normalise(p.name) == key), None)
            if match is not None:
                code = match.code
            elif made:
                code = unique_code(made, known | set(new))
                new[code] = S.Party(code, text, "partner", next(palette))
            else:
                problems_by_value[k] = _unknown(text)
        else:
            problems_by_value[k] = _unknown(text)
            unknown[text] += counts[k]
        result_codes.append(code)
    owners = Owners([result_codes[k] for k in rows], new_parties=list(new.values()), unknown=unknown)
    for row, k in enumerate(rows):
        if k in problems_by_value:
            owners.problems[row] = problems_by_value[k]
    return owners


def _unknown(text: str) -> Problem:
    return Problem(
        QT_TRANSLATE_NOOP(
            "@default", "'{value}' is not a department or partner of this KIP; map it under code values "
            "('{value} = code') or let KIP add unknown parties."
        ),
        {"value": text},
    )
