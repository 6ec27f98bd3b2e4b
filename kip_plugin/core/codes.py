"""Mapping the words a delivery uses ("Riolering vervangen") to KIP's codes (``sewer``).

A value is looked up in this order: the user's own mapping, the code itself or its
English label, the built-in Dutch and English words, and finally a keyword found
inside the value (earliest in the text wins, so "hemelwater afkoppelen" is a sewer
work, not a water main). Whatever cannot be mapped is reported, never guessed.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Optional, Tuple

from . import schema as S

EXACT, KEYWORD = "exact", "keyword"

# Built-in words per code list: code -> words and phrases that mean it (lower case, no accents).
DEFAULT_WORDS: Dict[str, Dict[str, Tuple[str, ...]]] = {
    "work_type": {
        "road_resurfacing": ("asfalt", "asfalteren", "deklaag", "onderhoud verharding", "verharding",
                             "herstraten", "bestrating", "klinkers", "frezen", "wegonderhoud", "resurfacing"),
        "road_reconstruction": ("reconstructie", "herinrichting", "wegreconstructie", "aanleg weg",
                                "rotonde", "fietspad", "reconstruction"),
        "sewer": ("riool", "riolering", "afkoppelen", "hemelwater", "drainage", "sewer"),
        "water_main": ("drinkwater", "waterleiding", "water", "water main"),
        "gas": ("gas", "gasleiding", "gasnet", "gasaansluiting"),
        "electricity": ("elektra", "elektriciteit", "stroom", "laagspanning", "middenspanning",
                        "hoogspanning", "netverzwaring", "kabel", "trafo", "electricity"),
        "telecom": ("glasvezel", "telecom", "fiber", "fibre"),
        "district_heating": ("warmtenet", "stadsverwarming", "warmte", "district heating"),
        "lighting": ("openbare verlichting", "verlichting", "lantaarnpa", "ov", "lighting"),
        "green": ("groen", "bomen", "boom", "beplanting", "plantsoen", "snoei", "green"),
        "traffic_measure": ("verkeersmaatregel", "verkeer", "drempel", "snelheid", "traffic"),
        "building_project": ("nieuwbouw", "bouwproject", "woningbouw", "bouw", "sloop", "building"),
        "event": ("evenement", "festival", "markt", "kermis", "braderie", "event"),
        "resident_initiative": ("bewonersinitiatief", "buurtinitiatief", "initiatief", "resident"),
        "other": ("overig", "overige", "anders", "other"),
    },
    "status": {
        S.STATUS_IDEA: ("idee", "wens", "verkenning"),
        S.STATUS_PLANNED: ("gepland", "ingepland", "planning", "vastgesteld", "definitief", "firm"),
        S.STATUS_PREPARATION: ("voorbereiding", "ontwerp", "aanbesteding"),
        S.STATUS_EXECUTION: ("uitvoering", "bezig", "lopend", "gestart", "in progress"),
        S.STATUS_DONE: ("gereed", "klaar", "afgerond", "opgeleverd", "voltooid", "completed"),
        S.STATUS_CANCELLED: ("vervallen", "geannuleerd", "afgelast", "geschrapt", "ingetrokken", "canceled"),
    },
    "disruption": {
        "none": ("geen", "nvt", "n v t"),
        "low": ("laag", "weinig", "beperkt", "klein", "gering", "slight"),
        "medium": ("gemiddeld", "matig", "middel", "moderate"),
        "high": ("hoog", "veel", "groot", "ernstig", "zwaar", "severe"),
    },
    "budget_type": {
        "project": ("projectgeld", "investering", "krediet", "project"),
        "maintenance": ("beheergeld", "beheer", "onderhoud", "exploitatie", "maintenance"),
    },
}

# What a value with an unknown code becomes when the user chooses not to reject the row.
FALLBACK_CODES: Dict[str, Optional[str]] = {"work_type": "other", "status": S.DEFAULT_STATUS, "disruption": None, "budget_type": None}

# Code lists of the works fields that carry codes.
CODED_FIELDS: Dict[str, str] = {spec.name: spec.codes for spec in S.WORK_FIELDS if spec.codes}

# Short keywords match whole words (3 letters or fewer) or word starts (4 letters) only,
# so "ov" does not hit "overig" and "bouw" does not hit "opbouw".
_WHOLE_WORD, _WORD_START = 3, 4


def normalise(value: object) -> str:
    """Lower case, no accents, words separated by single spaces."""
    text = unicodedata.normalize("NFKD", str(value)).encode("ascii", "ignore").decode().lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


def list_of_code(code: str) -> Optional[str]:
    """The code list (of the works fields) that ``code`` belongs to, if any."""
    for list_name in CODED_FIELDS.values():
        if code in S.CODE_LISTS[list_name]:
            return list_name
    return None


@dataclass
class CodeMapper:
    """Maps delivered values of one code list to its codes and remembers what it did."""

    list_name: str
    user_map: Dict[str, str] = field(default_factory=dict)
    unknown: Counter = field(default_factory=Counter)
    by_keyword: Dict[str, Tuple[str, str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        codes = S.CODE_LISTS[self.list_name]
        self._exact: Dict[str, str] = {}
        for code, label in codes.items():
            self._exact[normalise(code)] = code
            self._exact[normalise(label)] = code
        self._keywords: List[Tuple[str, str]] = []
        for code, words in DEFAULT_WORDS.get(self.list_name, {}).items():
            for word in words:
                self._exact.setdefault(normalise(word), code)
                self._keywords.append((normalise(word), code))
        self._user = {normalise(k): v for k, v in self.user_map.items()}

    def lookup(self, value: object) -> Tuple[Optional[str], str, str]:
        """(code, how, keyword) for ``value``; code None when it cannot be mapped."""
        key = normalise(value)
        if key in self._user:
            return self._user[key], EXACT, ""
        if key in self._exact:
            return self._exact[key], EXACT, ""
        best: Optional[Tuple[int, int, str, str]] = None
        for word, code in self._keywords:
            if len(word) <= _WHOLE_WORD:
                match = re.search(r"\b" + re.escape(word) + r"\b", key)
            elif len(word) == _WORD_START:
                match = re.search(r"\b" + re.escape(word), key)
            else:
                match = re.search(re.escape(word), key)
            if match:
                candidate = (match.start(), -len(word), word, code)
                if best is None or candidate < best:
                    best = candidate
        if best is not None:
            return best[3], KEYWORD, best[2]
        return None, "", ""

    def map(self, value: object, count: int = 1) -> Optional[str]:
        """The code for ``value`` (occurring ``count`` times); unknown values are counted and give None."""
        code, how, word = self.lookup(value)
        if code is None:
            self.unknown[str(value).strip()] += count
        elif how == KEYWORD:
            self.by_keyword[str(value).strip()] = (code, word)
        return code


def check_user_map(user_map: Dict[str, Dict[str, str]]) -> List[Tuple[str, str, str]]:
    """Entries of a user's code mapping that point to a code that does not exist: (list, value, code)."""
    bad = []
    for list_name, entries in user_map.items():
        codes = S.CODE_LISTS.get(list_name, {})
        for value, code in entries.items():
            if code not in codes:
                bad.append((list_name, value, code))
    return bad


def mappers(user_map: Dict[str, Dict[str, str]]) -> Dict[str, CodeMapper]:
    """One mapper per coded works field, with the user's entries for its list."""
    return {name: CodeMapper(list_name, dict(user_map.get(list_name, {}))) for name, list_name in CODED_FIELDS.items()}


def unknown_report(items: Iterable[Tuple[str, CodeMapper]]) -> Dict[str, Dict[str, int]]:
    """Field -> {unknown value: how often}, for fields with unknown values."""
    return {name: dict(m.unknown) for name, m in items if m.unknown}
