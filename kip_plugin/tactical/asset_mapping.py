"""The mapping of an asset layer: which field or expression gives each asset field, and the words for codes.

The same ideas as the works import (``importer/mapping.py``): one line per field
(``year_laid = aanlegjaar``), a first mapping guessed from the field names the asset
registers of Dutch municipalities use, and delivered words ("Asfaltbeton", "Gres")
turned into KIP's codes. Plain Python.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Dict, Optional, Sequence, Tuple

from ..core.assets import ASSET_TYPES, MATERIALS
from ..core import schema as S
from ..core.codes import normalise
from ..core.errors import KipError
from ..core.schema import QT_TRANSLATE_NOOP
from ..importer.mapping import parse_pairs

A_ID, A_TYPE, A_NAME, A_MATERIAL = "asset_id", "asset_type", "name", "material"
A_YEAR, A_MAINTENANCE, A_PREVENTIVE, A_CONDITION, A_OWNER = (
    "year_laid", "last_maintenance", "preventive", "condition", "owner")
ASSET_FIELDS: Tuple[str, ...] = (A_ID, A_TYPE, A_NAME, A_MATERIAL, A_YEAR, A_MAINTENANCE, A_PREVENTIVE, A_CONDITION, A_OWNER)

# Field names asset registers commonly use (lower case, without separators).
_GUESSES: Dict[str, Sequence[str]] = {
    A_ID: ("assetid", "id", "guid", "objectid", "beheerobjectid", "vaknummer", "vakid", "strengid", "strengnummer",
           "mastnummer", "nummer", "code"),
    A_TYPE: ("assettype", "objecttype", "type", "soort"),
    A_NAME: ("name", "naam", "straat", "straatnaam", "openbareruimte", "omschrijving", "locatie"),
    A_MATERIAL: ("material", "materiaal", "verhardingssoort", "verharding", "verhardingstype", "buismateriaal",
                 "mastmateriaal", "deklaag"),
    A_YEAR: ("yearlaid", "aanlegjaar", "jaaraanleg", "bouwjaar", "jaarvanaanleg", "aanleg", "plaatsingsjaar",
             "jaarplaatsing"),
    A_MAINTENANCE: ("lastmaintenance", "laatsteonderhoud", "jaarlaatsteonderhoud", "onderhoudsjaar", "jaaronderhoud",
                    "laatstegrootonderhoud", "renovatiejaar"),
    A_PREVENTIVE: ("preventive", "preventief", "preventiefonderhoud", "onderhoudsregime"),
    A_CONDITION: ("condition", "conditie", "conditiescore", "toestand", "kwaliteit", "nen2767"),
    A_OWNER: ("owner", "eigenaar", "beheerder"),
}

# Words that mean a code (normalised: lower case, no accents); the earliest keyword in a value wins.
WORDS: Dict[str, Dict[str, Tuple[str, ...]]] = {
    A_TYPE: {
        "road_section": ("wegvak", "verhardingsvak", "verharding", "rijbaan", "weg", "road", "road section"),
        "sewer_pipe": ("rioolstreng", "streng", "riool", "rioolleiding", "riolering", "sewer", "sewer pipe"),
        "lighting": ("lichtmast", "mast", "openbare verlichting", "ovl", "lantaarnpaal", "armatuur", "street light"),
    },
    A_MATERIAL: {
        "asphalt": ("asfalt", "asfaltbeton", "dab", "zoab", "sma", "dicht asfaltbeton", "asphalt"),
        "clinkers": ("klinker", "klinkers", "gebakken klinker", "betonstraatsteen", "betonstraatstenen", "straatsteen",
                     "elementen", "elementenverharding", "keien", "clinkers"),
        "tiles": ("tegel", "tegels", "betontegel", "trottoirtegel", "tiles"),
        "concrete": ("beton", "betonbuis", "gewapend beton", "ongewapend beton", "concrete"),
        "pvc": ("pvc", "kunststof", "pe", "pp", "hdpe"),
        "vitrified_clay": ("gres", "gresbuis", "steengoed", "vitrified clay"),
        "steel": ("staal", "stalen", "verzinkt staal", "steel"),
        "aluminium": ("aluminium", "alu", "aluminum"),
    },
}
# The themes of theme areas, as municipalities name them.
THEME = "theme"
WORDS[THEME] = {
    "climate_adaptation": ("klimaatadaptatie", "klimaat", "wateroverlast", "hittestress", "hitte", "droogte",
                           "climate adaptation"),
    "heat_transition": ("warmtetransitie", "aardgasvrij", "energietransitie", "warmtenet", "heat transition"),
    "mobility": ("mobiliteit", "fietsroute", "fietsstraat", "snelfietsroute", "fiets", "mobility"),
    "greening": ("vergroening", "groen", "biodiversiteit", "natuur", "greening"),
}
CODES = {A_TYPE: ASSET_TYPES, A_MATERIAL: MATERIALS, THEME: S.THEMES}

_YES = {"ja", "j", "yes", "y", "true", "1", "x", "waar", "preventief"}
_NO = {"nee", "n", "no", "false", "0", "onwaar", "correctief", ""}


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def check_asset_mapping(mapping: Dict[str, str]) -> Dict[str, str]:
    """Keep the non-empty entries; refuse names that are not asset fields."""
    result = {}
    for name, source in mapping.items():
        if name not in ASSET_FIELDS:
            raise KipError(
                QT_TRANSLATE_NOOP("@default", "'{name}' is not an asset field; use one of: {fields}."),
                name=name, fields=", ".join(ASSET_FIELDS),
            )
        if source is not None and str(source).strip():
            result[name] = str(source).strip()
    return result


def parse_asset_mapping(text: str) -> Dict[str, str]:
    """Lines 'asset_field = source field or expression' (or a JSON object), checked."""
    return check_asset_mapping(parse_pairs(text))


def guess_asset_mapping(source_fields: Sequence[str]) -> Dict[str, str]:
    """A first mapping from the names of the layer's fields (e.g. 'Aanlegjaar' -> year_laid)."""
    keys = {_key(name): name for name in source_fields}
    result: Dict[str, str] = {}
    used = set()
    for asset_field, names in _GUESSES.items():
        for candidate in (_key(asset_field),) + tuple(names):
            name = keys.get(candidate)
            if name is not None and name not in used:
                result[asset_field] = name
                used.add(name)
                break
    return result


@dataclass
class WordMapper:
    """Turns delivered words into the codes of one list (asset types or materials)."""

    list_name: str
    user_map: Dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._exact: Dict[str, str] = {}
        self._keywords = []
        for code, label in CODES[self.list_name].items():
            self._exact[normalise(code)] = code
            self._exact[normalise(label)] = code
        for code, words in WORDS[self.list_name].items():
            for word in words:
                self._exact.setdefault(normalise(word), code)
                self._keywords.append((normalise(word), code))
        self._user = {normalise(k): v for k, v in self.user_map.items()}

    def code(self, value: object) -> Optional[str]:
        """The code for ``value``; None when it means nothing KIP knows."""
        key = normalise(value)
        if not key:
            return None
        if key in self._user:
            return self._user[key]
        if key in self._exact:
            return self._exact[key]
        best = None
        for word, code in self._keywords:
            match = re.search(r"\b" + re.escape(word) + r"\b", key)
            if match and (best is None or (match.start(), -len(word)) < best[0]):
                best = ((match.start(), -len(word)), code)
        return best[1] if best else None


def yes_no(value: object) -> Optional[bool]:
    """A yes/no value as delivered ('ja', 'x', 1, True); None when it is neither."""
    if isinstance(value, bool):
        return value
    key = normalise(value) if value is not None else ""
    if key in _YES:
        return True
    if key in _NO:
        return False
    return None


def whole_year(value: object) -> Optional[int]:
    """A year from 1800 to 2200 as delivered (1987, '1987', 1987.0, '1987-05-01'); None when it is not one."""
    if value is None:
        return None
    if hasattr(value, "year") and isinstance(getattr(value, "year"), int):
        return value.year
    match = re.match(r"^\s*(\d{4})(?:[.,]0+)?\b", str(value))
    if not match:
        return None
    year = int(match.group(1))
    return year if 1800 <= year <= 2200 else None
