"""The import mapping: which source field or expression fills which KIP field, and how.

A preset holds the whole recipe for one party's deliveries (field mapping, date
formats, code values, buffer widths, coordinate columns) and travels as JSON, so
it can be stored in the settings per party and given to ``kip:importplan``.
Plain Python: expressions are kept as text and checked on the QGIS side.
"""
from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from typing import Callable, Dict, Iterable, List, Optional, Sequence

from ..core import schema as S
from ..core.codes import CODED_FIELDS, check_user_map, list_of_code, normalise
from ..core.errors import KipError
from ..core.schema import QT_TRANSLATE_NOOP

# KIP fields a delivery can fill; the owner comes from the import itself and
# updated_at is the moment of the import.
MAPPABLE_FIELDS = tuple(name for name in S.WORK_FIELD_NAMES if name not in (S.F_OWNER, S.F_UPDATED_AT))
REQUIRED_FIELDS = (S.F_START, S.F_END)
DEFAULT_POINT_WIDTH = 20.0
DEFAULT_LINE_WIDTH = 6.0
DEFAULT_ID_PREFIX = "{owner}-"

# Field names departments and partners commonly use, per KIP field (lower case, without separators),
# in Dutch, English and French.
_GUESSES: Dict[str, Sequence[str]] = {
    S.F_WORK_ID: ("workid", "id", "werkid", "werknummer", "werknr", "nummer", "nr", "projectnummer", "projectnr",
                  "projectid", "kenmerk", "zaaknummer", "referencenumber", "reference", "ref", "uniqueid", "workref",
                  "worksreference", "permitreference", "permitnumber", "numemprise", "numeroemprise", "idemprise",
                  "numerochantier", "numchantier", "idchantier", "identifiant", "numero"),
    S.F_TITLE: ("title", "titel", "naam", "projectnaam", "name", "werk", "omschrijvingkort", "worktitle", "workname",
                "projectname", "titre", "intitule", "libelle", "nomchantier", "nomprojet", "omschrijving"),
    S.F_DESCRIPTION: ("description", "omschrijving", "beschrijving", "toelichting", "opmerking", "opmerkingen",
                      "workdescription", "details", "notes", "remarks", "comments", "comment", "descriptif",
                      "commentaire", "commentaires", "observations"),
    S.F_WORK_TYPE: ("worktype", "type", "soort", "soortwerk", "typewerk", "activiteit", "discipline", "categorie",
                    "workcategory", "category", "activitytype", "typetravaux", "naturetravaux", "naturedestravaux",
                    "typechantier", "typeintervention"),
    S.F_STATUS: ("status", "fase", "stadium", "workstatus", "state", "phase", "statut", "etat"),
    S.F_START: ("startdate", "start", "startdatum", "begin", "begindatum", "van", "datumvan", "aanvang",
                "workstartdate", "datestart", "plannedstart", "proposedstartdate", "actualstartdate", "from",
                "datedebut", "debut", "datedebuttravaux", "datedebutchantier", "dateouverture"),
    S.F_END: ("enddate", "end", "einddatum", "eind", "einde", "tot", "datumtot", "gereed", "opleverdatum",
              "workenddate", "dateend", "plannedend", "proposedenddate", "actualenddate", "finish", "to",
              "datefin", "fin", "datefintravaux", "datefinchantier", "datefermeture"),
    S.F_EARLIEST_START: ("earlieststart", "vroegstestart", "vroegstebegin", "datedebutauplustot"),
    S.F_LATEST_END: ("latestend", "uiterlijkeeind", "uiterlijkeinde", "laatsteeind", "uiterlijkgereed", "datefinauplustard"),
    S.F_EXCAVATION: ("excavation", "graven", "graafwerk", "ontgraving", "opbreken", "digging", "excavationrequired",
                     "fouille", "tranchee", "terrassement"),
    S.F_ROAD_CLOSURE: ("roadclosure", "afsluiting", "wegafsluiting", "afgesloten", "stremming", "closure",
                       "roadclosed", "fermeture", "fermeturevoie", "routebarree", "barrage"),
    S.F_DISRUPTION: ("disruption", "hinder", "verkeershinder", "overlast", "impact", "trafficimpact", "nuisance",
                     "gene", "genecirculation"),
    S.F_BUDGET_TYPE: ("budgettype", "budgetsoort", "geldsoort", "financiering", "fundingtype", "financement"),
    S.F_BUDGET_EUR: ("budgeteur", "budget", "kosten", "bedrag", "raming", "cost", "costs", "estimatedcost",
                     "montant", "cout", "coutestime"),
    S.F_CONTACT: ("contact", "contactpersoon", "projectleider", "email", "contactname", "projectmanager",
                  "responsable", "interlocuteur", "chefdeprojet"),
    S.F_SOURCE: ("source", "bron"),
}
# Names of a column that says whose work a row is.
_OWNER_NAMES = ("owner", "eigenaar", "beheerder", "organisatie", "organisation", "organization", "partij",
                "netbeheerder", "opdrachtgever", "initiatiefnemer", "afdeling", "department", "promoter",
                "promotername", "promoterorganisation", "worksowner", "operator", "utility", "company",
                "maitreouvrage", "maitredouvrage", "maitredoeuvre", "concessionnaire", "exploitant", "gestionnaire",
                "intervenant", "operateur")
_X_NAMES = ("x", "xcoord", "xcoordinaat", "xrd", "rdx", "easting", "oost", "lon", "lng", "long", "longitude", "lengtegraad")
_Y_NAMES = ("y", "ycoord", "ycoordinaat", "yrd", "rdy", "northing", "noord", "lat", "latitude", "breedtegraad")
_WKT_NAMES = ("wkt", "geometry", "geometrie", "geom", "thegeom", "shape", "wktgeom")


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


@dataclass
class ImportPreset:
    """Everything KIP needs to know to read one party's deliveries."""

    fields: Dict[str, str] = field(default_factory=dict)  # KIP field -> source field or expression
    date_formats: List[str] = field(default_factory=list)  # empty: recognise automatically
    code_values: Dict[str, Dict[str, str]] = field(default_factory=dict)  # code list -> {value: code}
    point_width: float = DEFAULT_POINT_WIDTH
    line_width: float = DEFAULT_LINE_WIDTH
    widths_by_type: Dict[str, float] = field(default_factory=dict)  # work type -> width for points and lines
    x_field: str = ""
    y_field: str = ""
    wkt_field: str = ""
    source_crs: str = ""
    id_prefix: str = DEFAULT_ID_PREFIX
    owner_field: str = ""  # source field or expression giving each row's party (empty: one party)
    width_expression: str = ""  # expression giving each row's work-area width in metres (empty: the fixed widths)

    def to_json(self) -> str:
        """The preset as JSON text."""
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> "ImportPreset":
        """Read a preset written by ``to_json``; unknown keys are ignored, bad ones refused."""
        try:
            data = json.loads(text)
        except ValueError as error:
            raise KipError(QT_TRANSLATE_NOOP("@default", "The saved mapping is not readable: {error}"), error=error)
        if not isinstance(data, dict):
            raise KipError(QT_TRANSLATE_NOOP("@default", "The saved mapping is not readable: {error}"), error=type(data).__name__)
        preset = cls()
        for name in asdict(preset):
            if name in data and data[name] is not None:
                setattr(preset, name, data[name])
        preset.fields = check_field_mapping(dict(preset.fields))
        preset.code_values = check_code_values(dict(preset.code_values))
        preset.widths_by_type = check_widths(dict(preset.widths_by_type))
        return preset

    def width_for(self, work_type: Optional[str], is_point: bool) -> float:
        """Width in metres of the work area drawn around a point or a line."""
        if work_type and work_type in self.widths_by_type:
            return float(self.widths_by_type[work_type])
        return float(self.point_width if is_point else self.line_width)

    def source_fields(self, available: Iterable[str]) -> Dict[str, str]:
        """KIP field -> source field, for the mapping entries that name a field of ``available``."""
        names = {n.lower(): n for n in available}
        return {kip: names[src.lower()] for kip, src in self.fields.items() if src and src.lower() in names}


def parse_pairs(text: str) -> Dict[str, str]:
    """``{"a": "b"}`` JSON, or lines ``a = b`` (also ``a: b``), into a dict."""
    text = (text or "").strip()
    if not text:
        return {}
    if text.startswith("{"):
        try:
            data = json.loads(text)
        except ValueError as error:
            raise KipError(QT_TRANSLATE_NOOP("@default", "The mapping is not valid JSON: {error}"), error=error)
        if not isinstance(data, dict):
            raise KipError(QT_TRANSLATE_NOOP("@default", "The mapping is not valid JSON: {error}"), error=type(data).__name__)
        return {str(k): v for k, v in data.items()}
    result: Dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        match = re.match(r"^([^=]+?)\s*=\s*(.*)$", line) or re.match(r"^([\w ]+?)\s*:\s*(.*)$", line)
        if not match:
            raise KipError(
                QT_TRANSLATE_NOOP("@default", "Line {line} of the mapping ('{text}') is not of the form 'name = value'."),
                line=number, text=line,
            )
        result[match.group(1).strip()] = match.group(2).strip()
    return result


def check_field_mapping(mapping: Dict[str, str]) -> Dict[str, str]:
    """Keep the non-empty entries; refuse names that are not KIP fields a delivery can fill."""
    result = {}
    for kip, source in mapping.items():
        if kip not in MAPPABLE_FIELDS:
            raise KipError(
                QT_TRANSLATE_NOOP("@default", "'{name}' is not a KIP field that an import can fill; use one of: {fields}."),
                name=kip, fields=", ".join(MAPPABLE_FIELDS),
            )
        if source is not None and str(source).strip():
            result[kip] = str(source).strip()
    return result


OWNER_LIST = "owner"  # the code values naming parties ('Liander N.V. = liander')


def _code_of_label(text: str, translate: Optional[Callable[[str], str]]):
    """(list, code) whose label, in English or in the user's language, is ``text``; else None."""
    key = normalise(text)
    for list_name in dict.fromkeys(CODED_FIELDS.values()):
        for code, label in S.CODE_LISTS[list_name].items():
            if normalise(label) == key or (translate is not None and normalise(translate(label)) == key):
                return list_name, code
    return None


def check_code_values(
    values: Dict[str, object],
    party_codes: Sequence[str] = (),
    translate: Optional[Callable[[str], str]] = None,
    new_parties: bool = False,
) -> Dict[str, Dict[str, str]]:
    """Code values per list; also a flat {value: code}, each filed under the list of its code.

    The right side may be a code ('sewer'), a code's label in English or in the user's
    language ('Riolering'), or the code of a party of the KIP ('liander'; with
    ``new_parties`` also a new one).
    """
    result: Dict[str, Dict[str, str]] = {}
    for key, value in values.items():
        if isinstance(value, dict):
            list_name = CODED_FIELDS.get(key, key)
            result.setdefault(list_name, {}).update({str(k): str(v) for k, v in value.items()})
            continue
        text = str(value).strip()
        list_name = list_of_code(text)
        code = text
        if list_name is None and text in party_codes:
            list_name = OWNER_LIST
        if list_name is None:
            found = _code_of_label(text, translate)
            if found is not None:
                list_name, code = found
        if list_name is None and text.lower() in party_codes:
            list_name, code = OWNER_LIST, text.lower()
        if list_name is None and new_parties and re.match(S.PARTY_CODE_PATTERN, text):
            list_name = OWNER_LIST
        if list_name is None:
            raise KipError(
                QT_TRANSLATE_NOOP(
                    "@default", "The code value '{value}' = '{code}': '{code}' is neither a code of KIP (for example "
                    "sewer, planned, high, or their labels such as Riolering) nor a department or partner of this KIP."
                ),
                value=key, code=value,
            )
        result.setdefault(list_name, {})[str(key)] = code
    coded = {name: entries for name, entries in result.items() if name != OWNER_LIST}
    for list_name, value, code in check_user_map(coded):
        raise KipError(
            QT_TRANSLATE_NOOP("@default", "The code value '{value}' = '{code}': '{code}' is not a code of the list {list}."),
            value=value, code=code, list=list_name,
        )
    return result


def check_widths(values: Dict[str, object]) -> Dict[str, float]:
    """Widths per work type in metres; refuse unknown types and values that are not positive numbers."""
    result = {}
    for work_type, width in values.items():
        if work_type not in S.WORK_TYPES:
            raise KipError(
                QT_TRANSLATE_NOOP("@default", "The width for '{type}': that is not a work type of KIP ({types})."),
                type=work_type, types=", ".join(S.WORK_TYPES),
            )
        try:
            number = float(str(width).replace(",", "."))
        except ValueError:
            number = -1.0
        if number <= 0:
            raise KipError(
                QT_TRANSLATE_NOOP("@default", "The width for '{type}' must be a positive number of metres, not '{width}'."),
                type=work_type, width=width,
            )
        result[work_type] = number
    return result


def guess_mapping(source_fields: Sequence[str]) -> Dict[str, str]:
    """A first mapping from the names of the source's fields (e.g. 'Startdatum' -> start_date)."""
    keys = {_key(name): name for name in source_fields}
    result: Dict[str, str] = {}
    used = set()
    for kip, names in _GUESSES.items():
        for candidate in (_key(kip),) + tuple(names):
            name = keys.get(candidate)
            if name is not None and name not in used:
                result[kip] = name
                used.add(name)
                break
    return result


def guess_owner_field(source_fields: Sequence[str]) -> str:
    """The column that most likely names each row's party ('maitre_ouvrage', 'Beheerder', 'Promoter'), or ''."""
    keys = {_key(name): name for name in source_fields}
    return next((keys[name] for name in _OWNER_NAMES if name in keys), "")


def guess_geometry_fields(source_fields: Sequence[str]) -> Dict[str, str]:
    """Coordinate or WKT columns of a table, recognised by their names: keys x, y, wkt."""
    keys = {_key(name): name for name in source_fields}
    found = {}
    for role, names in (("x", _X_NAMES), ("y", _Y_NAMES), ("wkt", _WKT_NAMES)):
        for candidate in names:
            if candidate in keys:
                found[role] = keys[candidate]
                break
    if not ("x" in found and "y" in found):
        found.pop("x", None)
        found.pop("y", None)
    return found


def missing_source_fields(preset: ImportPreset, available: Sequence[str], referenced: Dict[str, List[str]]) -> Dict[str, List[str]]:
    """KIP field (or x/y/wkt) -> source fields it needs that ``available`` lacks."""
    have = {name.lower() for name in available}
    missing: Dict[str, List[str]] = {}
    for kip, names in referenced.items():
        gone = [n for n in names if n.lower() not in have]
        if gone:
            missing[kip] = gone
    for role, name in (("x", preset.x_field), ("y", preset.y_field), ("wkt", preset.wkt_field)):
        if name and name.lower() not in have:
            missing[role] = [name]
    return missing
