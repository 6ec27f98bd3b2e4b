"""What KIP shows residents and road users: the public fields of works and parties, in one place.

Everything KIP publishes (the resident view, its GeoJSON feed and calendars, the letters
and the DATEX II export) is built from ``PublicWork`` records, and these are built from
the fields listed here only. Budgets, descriptions meant for colleagues and the works'
``contact`` (often a person's phone or e-mail) are not even read from the store.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import Dict, List, Mapping, Sequence

import numpy as np

from . import schema as S
from .works import NO_DATE, to_date

# The fields of a work that may be published.
PUBLIC_WORK_FIELDS = (
    S.F_WORK_ID, S.F_TITLE, S.F_WORK_TYPE, S.F_STATUS, S.F_OWNER, S.F_START, S.F_END,
    S.F_EXCAVATION, S.F_ROAD_CLOSURE, S.F_DISRUPTION,
)
# The fields of a party that may be published (the party is named, never its code alone).
PUBLIC_PARTY_FIELDS = (S.P_NAME, S.P_PUBLIC_CONTACT)
# Read to find which works can be combined, never published.
PLANNING_FIELDS = (S.F_EARLIEST_START, S.F_LATEST_END)
# Everything a publication reads from the works table.
READ_FIELDS = PUBLIC_WORK_FIELDS + PLANNING_FIELDS
# Never read for a publication (listed for the documentation and the tests).
PRIVATE_WORK_FIELDS = tuple(f for f in S.WORK_FIELD_NAMES if f not in READ_FIELDS)

# Keys of a work in the published data (GeoJSON properties, the site's data).
K_ID, K_TITLE, K_TYPE, K_STATUS, K_PARTY, K_CONTACT = "id", "title", "type", "status", "party", "contact"
K_START, K_END, K_DIGGING, K_CLOSURE, K_DISRUPTION = "start", "end", "digging", "road_closure", "disruption"
PUBLIC_KEYS = (K_ID, K_TITLE, K_TYPE, K_STATUS, K_PARTY, K_CONTACT, K_START, K_END, K_DIGGING, K_CLOSURE, K_DISRUPTION)

# Disruption classes from none to high, to take the highest of several works.
DISRUPTION_ORDER = tuple(S.DISRUPTIONS)


@dataclass(frozen=True)
class PublicWork:
    """One work as residents may see it."""

    work_id: str
    title: str
    work_type: str
    status: str
    party: str  # the party's name
    contact: str  # the party's contact for residents, or ''
    start: _dt.date
    end: _dt.date
    digging: bool
    road_closure: bool
    disruption: str

    def properties(self) -> Dict[str, object]:
        """The work's public properties, keyed by ``PUBLIC_KEYS`` (dates as ISO text)."""
        return {
            K_ID: self.work_id, K_TITLE: self.title, K_TYPE: self.work_type, K_STATUS: self.status,
            K_PARTY: self.party, K_CONTACT: self.contact, K_START: self.start.isoformat(),
            K_END: self.end.isoformat(), K_DIGGING: self.digging, K_CLOSURE: self.road_closure,
            K_DISRUPTION: self.disruption,
        }


@dataclass(frozen=True)
class PublicParty:
    """A party as residents may see it."""

    name: str
    contact: str


def public_parties(parties: Sequence[S.Party]) -> Dict[str, PublicParty]:
    """The public face of each party, by code."""
    return {p.code: PublicParty(p.name, (p.public_contact or "").strip()) for p in parties}


def public_works(
    columns: Mapping[str, np.ndarray], digging: np.ndarray, parties: Mapping[str, PublicParty]
) -> List[PublicWork]:
    """``PublicWork`` records from works read as columns (``digging``: whether each work digs).

    Only the columns of ``PUBLIC_WORK_FIELDS`` are looked at. A party missing from
    ``parties`` is shown by its code.
    """
    result = []
    n = len(columns[S.F_WORK_ID])
    for i in range(n):
        owner = str(columns[S.F_OWNER][i])
        party = parties.get(owner, PublicParty(owner, ""))
        start, end = int(columns[S.F_START][i]), int(columns[S.F_END][i])
        result.append(
            PublicWork(
                work_id=str(columns[S.F_WORK_ID][i]),
                title=str(columns[S.F_TITLE][i]) or str(columns[S.F_WORK_ID][i]),
                work_type=str(columns[S.F_WORK_TYPE][i]) or "other",
                status=str(columns[S.F_STATUS][i]) or S.DEFAULT_STATUS,
                party=party.name,
                contact=party.contact,
                start=to_date(start) if start != NO_DATE else None,
                end=to_date(end) if end != NO_DATE else None,
                digging=bool(digging[i]),
                road_closure=int(columns[S.F_ROAD_CLOSURE][i]) == 1,
                disruption=str(columns[S.F_DISRUPTION][i]) or "none",
            )
        )
    return result


def highest_disruption(classes: Sequence[str]) -> str:
    """The highest of several disruption classes ('none' when there are none)."""
    ranks = [DISRUPTION_ORDER.index(c) for c in classes if c in DISRUPTION_ORDER]
    return DISRUPTION_ORDER[max(ranks)] if ranks else "none"
