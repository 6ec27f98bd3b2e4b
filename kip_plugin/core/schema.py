"""The KIP works schema: field names, codes and defaults, the contract in one place.

Plain Python on purpose: the engine, the store and the GUI all read these
constants, and none of them needs Qt or QGIS to do so. Labels are English
source strings marked for translation; the QGIS side translates them with
``kip_plugin.i18n.tr``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List, Sequence, Tuple


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (name pylupdate5 recognises)
    """Mark ``text`` for translation without importing Qt."""
    return text


# Version 2: works carry a row version and every change is kept in works_history.
SCHEMA_VERSION = 3
DEFAULT_CRS = "EPSG:28992"

# Dates are whole day numbers since this day (numpy's ``datetime64[D]`` as an integer), so that
# periods compare and subtract as integers; an empty date is NO_DATE (numpy's NaT as an integer).
EPOCH = "1970-01-01"
NO_DATE = -(2**63)
# The Julian day number of EPOCH: Qt's ``QDate.toJulianDay()`` minus this is a day number.
JULIAN_DAY_OF_EPOCH = 2440588

# Tables of a KIP store.
WORKS_TABLE = "works"
PARTIES_TABLE = "parties"
META_TABLE = "kip_meta"
HISTORY_TABLE = "works_history"
GEOMETRY_COLUMN = "geom"
# The detection results kept in the store (a contract too), by the kind of result.
COMBINATIONS_TABLE, PAIRS_TABLE, CONFLICTS_TABLE = "kip_combinations", "kip_pairs", "kip_conflicts"
RESULT_TABLES = {"clusters": COMBINATIONS_TABLE, "pairs": PAIRS_TABLE, "conflicts": CONFLICTS_TABLE}
# Which run of which algorithm made the results in each result table.
RUNS_TABLE = "kip_runs"

# Field names of the works table (a contract: users' models and scripts use them).
F_WORK_ID = "work_id"
F_TITLE = "title"
F_DESCRIPTION = "description"
F_OWNER = "owner"
F_WORK_TYPE = "work_type"
F_STATUS = "status"
F_START = "start_date"
F_END = "end_date"
F_EARLIEST_START = "earliest_start"
F_LATEST_END = "latest_end"
F_EXCAVATION = "excavation"
F_ROAD_CLOSURE = "road_closure"
F_DISRUPTION = "disruption"
F_BUDGET_TYPE = "budget_type"
F_BUDGET_EUR = "budget_eur"
F_CONTACT = "contact"
F_SOURCE = "source"
F_UPDATED_AT = "updated_at"
F_THEMES = "themes"

# Kept by the store itself (schema 2): 1 for a new work, one higher with every saved change.
F_ROW_VERSION = "row_version"

# Fields of the history of changes (table works_history, and the output of kip:changessince).
H_WORK_ID = "work_id"
H_OWNER = "owner"
H_OPERATION = "operation"  # insert, update or delete
H_CHANGED_BY = "changed_by"
H_CHANGED_AT = "changed_at"
H_CHANGED_FIELDS = "changed_fields"
H_OLD_VALUES = "old_values"
H_NEW_VALUES = "new_values"
OPERATIONS = ("insert", "update", "delete")

# Field kinds, independent of any library.
TEXT, DATE, DATETIME, BOOL, REAL, INTEGER = "text", "date", "datetime", "bool", "real", "integer"


@dataclass(frozen=True)
class FieldSpec:
    """One field of a KIP table."""

    name: str
    kind: str
    not_null: bool = False
    unique: bool = False
    codes: str = ""  # name of the code list in CODE_LISTS, if the field is coded
    label: str = ""
    optional: bool = False  # added after schema version 1: a store without it still opens


# Work types: code -> English label.
WORK_TYPES: Dict[str, str] = {
    "road_resurfacing": QT_TRANSLATE_NOOP("@default", "Road resurfacing"),
    "road_reconstruction": QT_TRANSLATE_NOOP("@default", "Road reconstruction"),
    "sewer": QT_TRANSLATE_NOOP("@default", "Sewer"),
    "water_main": QT_TRANSLATE_NOOP("@default", "Water main"),
    "gas": QT_TRANSLATE_NOOP("@default", "Gas"),
    "electricity": QT_TRANSLATE_NOOP("@default", "Electricity"),
    "telecom": QT_TRANSLATE_NOOP("@default", "Telecom"),
    "district_heating": QT_TRANSLATE_NOOP("@default", "District heating"),
    "lighting": QT_TRANSLATE_NOOP("@default", "Street lighting"),
    "green": QT_TRANSLATE_NOOP("@default", "Green"),
    "traffic_measure": QT_TRANSLATE_NOOP("@default", "Traffic measure"),
    "building_project": QT_TRANSLATE_NOOP("@default", "Building project"),
    "event": QT_TRANSLATE_NOOP("@default", "Event"),
    "resident_initiative": QT_TRANSLATE_NOOP("@default", "Residents' initiative"),
    "other": QT_TRANSLATE_NOOP("@default", "Other"),
}

STATUS_IDEA, STATUS_PLANNED, STATUS_PREPARATION = "idea", "planned", "preparation"
STATUS_EXECUTION, STATUS_DONE, STATUS_CANCELLED = "execution", "done", "cancelled"
STATUSES: Dict[str, str] = {
    STATUS_IDEA: QT_TRANSLATE_NOOP("@default", "Idea"),
    STATUS_PLANNED: QT_TRANSLATE_NOOP("@default", "Planned"),
    STATUS_PREPARATION: QT_TRANSLATE_NOOP("@default", "In preparation"),
    STATUS_EXECUTION: QT_TRANSLATE_NOOP("@default", "In execution"),
    STATUS_DONE: QT_TRANSLATE_NOOP("@default", "Done"),
    STATUS_CANCELLED: QT_TRANSLATE_NOOP("@default", "Cancelled"),
}
# Works with these statuses take no part in detection.
INACTIVE_STATUSES = (STATUS_DONE, STATUS_CANCELLED)
# What an empty code means.
DEFAULT_STATUS, DEFAULT_WORK_TYPE, DEFAULT_DISRUPTION = STATUS_PLANNED, "other", "none"

DISRUPTIONS: Dict[str, str] = {
    "none": QT_TRANSLATE_NOOP("@default", "None"),
    "low": QT_TRANSLATE_NOOP("@default", "Low"),
    "medium": QT_TRANSLATE_NOOP("@default", "Medium"),
    "high": QT_TRANSLATE_NOOP("@default", "High"),
}

BUDGET_TYPES: Dict[str, str] = {
    "project": QT_TRANSLATE_NOOP("@default", "Project budget"),
    "maintenance": QT_TRANSLATE_NOOP("@default", "Maintenance budget"),
}

# Strategic themes a work can serve (line of sight); a work's ``themes`` field holds several,
# separated by commas.
THEMES: Dict[str, str] = {
    "climate_adaptation": QT_TRANSLATE_NOOP("@default", "Climate adaptation"),
    "heat_transition": QT_TRANSLATE_NOOP("@default", "Heat transition"),
    "mobility": QT_TRANSLATE_NOOP("@default", "Mobility"),
    "greening": QT_TRANSLATE_NOOP("@default", "Greening"),
}
THEME_SEPARATOR = ","

PARTY_KINDS: Dict[str, str] = {
    "department": QT_TRANSLATE_NOOP("@default", "Department"),
    "partner": QT_TRANSLATE_NOOP("@default", "Partner"),
    "resident": QT_TRANSLATE_NOOP("@default", "Residents"),
}

CODE_LISTS: Dict[str, Dict[str, str]] = {
    "work_type": WORK_TYPES,
    "status": STATUSES,
    "disruption": DISRUPTIONS,
    "budget_type": BUDGET_TYPES,
    "party_kind": PARTY_KINDS,
}

WORK_FIELDS: Tuple[FieldSpec, ...] = (
    FieldSpec(F_WORK_ID, TEXT, not_null=True, unique=True, label=QT_TRANSLATE_NOOP("@default", "Work id")),
    FieldSpec(F_TITLE, TEXT, label=QT_TRANSLATE_NOOP("@default", "Title")),
    FieldSpec(F_DESCRIPTION, TEXT, label=QT_TRANSLATE_NOOP("@default", "Description")),
    FieldSpec(F_OWNER, TEXT, not_null=True, label=QT_TRANSLATE_NOOP("@default", "Department or partner")),
    FieldSpec(F_WORK_TYPE, TEXT, codes="work_type", label=QT_TRANSLATE_NOOP("@default", "Type of work")),
    FieldSpec(F_STATUS, TEXT, codes="status", label=QT_TRANSLATE_NOOP("@default", "Status")),
    FieldSpec(F_START, DATE, not_null=True, label=QT_TRANSLATE_NOOP("@default", "Start date")),
    FieldSpec(F_END, DATE, not_null=True, label=QT_TRANSLATE_NOOP("@default", "End date")),
    FieldSpec(F_EARLIEST_START, DATE, label=QT_TRANSLATE_NOOP("@default", "Earliest start")),
    FieldSpec(F_LATEST_END, DATE, label=QT_TRANSLATE_NOOP("@default", "Latest end")),
    FieldSpec(F_EXCAVATION, BOOL, label=QT_TRANSLATE_NOOP("@default", "Excavation")),
    FieldSpec(F_ROAD_CLOSURE, BOOL, label=QT_TRANSLATE_NOOP("@default", "Road closure")),
    FieldSpec(F_DISRUPTION, TEXT, codes="disruption", label=QT_TRANSLATE_NOOP("@default", "Disruption")),
    FieldSpec(F_BUDGET_TYPE, TEXT, codes="budget_type", label=QT_TRANSLATE_NOOP("@default", "Budget type")),
    FieldSpec(F_BUDGET_EUR, REAL, label=QT_TRANSLATE_NOOP("@default", "Budget (EUR)")),
    FieldSpec(F_CONTACT, TEXT, label=QT_TRANSLATE_NOOP("@default", "Contact")),
    FieldSpec(F_SOURCE, TEXT, label=QT_TRANSLATE_NOOP("@default", "Source")),
    FieldSpec(F_UPDATED_AT, DATETIME, label=QT_TRANSLATE_NOOP("@default", "Updated at")),
    FieldSpec(F_THEMES, TEXT, label=QT_TRANSLATE_NOOP("@default", "Themes"), optional=True),
)
WORK_FIELD_NAMES: Tuple[str, ...] = tuple(f.name for f in WORK_FIELDS)
WORK_FIELDS_BY_NAME: Dict[str, FieldSpec] = {f.name: f for f in WORK_FIELDS}
# Fields a works table made by an earlier KIP may lack.
OPTIONAL_WORK_FIELDS: Tuple[str, ...] = tuple(f.name for f in WORK_FIELDS if f.optional)

# Parties: the departments and partners that own works.
P_CODE, P_NAME, P_KIND, P_COLOUR = "code", "name", "kind", "colour"
# How residents reach the party (a phone number, web page or e-mail address meant for the public).
P_PUBLIC_CONTACT = "public_contact"
PARTY_FIELDS: Tuple[FieldSpec, ...] = (
    FieldSpec(P_CODE, TEXT, not_null=True, unique=True, label=QT_TRANSLATE_NOOP("@default", "Code")),
    FieldSpec(P_NAME, TEXT, not_null=True, label=QT_TRANSLATE_NOOP("@default", "Name")),
    FieldSpec(P_KIND, TEXT, not_null=True, codes="party_kind", label=QT_TRANSLATE_NOOP("@default", "Kind")),
    FieldSpec(P_COLOUR, TEXT, not_null=True, label=QT_TRANSLATE_NOOP("@default", "Colour")),
    FieldSpec(P_PUBLIC_CONTACT, TEXT, label=QT_TRANSLATE_NOOP("@default", "Contact for residents"), optional=True),
)

META_FIELDS: Tuple[FieldSpec, ...] = (
    FieldSpec("key", TEXT, not_null=True, unique=True),
    FieldSpec("value", TEXT),
)


@dataclass(frozen=True)
class Party:
    """A department, partner or residents' group that plans works."""

    code: str
    name: str
    kind: str
    colour: str  # '#rrggbb'
    public_contact: str = ""


# The parties a new KIP starts with: Ede's departments and its usual partners.
DEFAULT_PARTIES: Tuple[Party, ...] = (
    Party("programmering", "Programmering", "department", "#1f78b4"),
    Party("verkeer", "Verkeer", "department", "#e31a1c"),
    Party("ruimtelijke_projecten", "Ruimtelijke projecten", "department", "#6a3d9a"),
    Party("wijkbeheer", "Wijkbeheer", "department", "#ff7f00"),
    Party("riolering", "Riolering", "department", "#8c510a"),
    Party("groen", "Groen", "department", "#33a02c"),
    Party("liander", "Liander", "partner", "#e7298a"),
    Party("vitens", "Vitens", "partner", "#1fb4c8"),
    Party("woonstede", "Woonstede", "partner", "#b2a400"),
    Party("bewoners", "Bewonersinitiatieven", "resident", "#737373"),
)

# Colours handed out to parties added later, in order.
EXTRA_COLOURS: Tuple[str, ...] = (
    "#a6cee3", "#b2df8a", "#fb9a99", "#fdbf6f", "#cab2d6", "#ffff99", "#66c2a5", "#fc8d62",
)
# A text cell starting with one of these is a formula to a spreadsheet program (OWASP: CSV injection);
# KIP's CSV export puts a quote before it, and its import takes that quote off again.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
UNKNOWN_PARTY_COLOUR = "#808080"  # a party KIP knows nothing of, or when every colour is taken

PARTY_CODE_PATTERN = r"^[a-z][a-z0-9_]{0,39}$"
# A shared KIP has group roles kip_coordinator and kip_reader beside kip_<party code>.
RESERVED_PARTY_CODES = ("coordinator", "reader")


def split_themes(text: object) -> List[str]:
    """The theme codes of a ``themes`` value ('climate_adaptation, greening'), in order, without blanks."""
    if text is None:
        return []
    return [part.strip() for part in str(text).split(THEME_SEPARATOR) if part.strip()]


def join_themes(codes: Sequence[str]) -> str:
    """A ``themes`` value of theme codes, each once, in the order of THEMES."""
    wanted = set(codes)
    return THEME_SEPARATOR.join(code for code in THEMES if code in wanted)


def code_list(name: str) -> List[str]:
    """The codes of one code list, in their defined order."""
    return list(CODE_LISTS[name])


# ---- Detection results: fields of the layers the detection writes (a contract too) ----
R_CLUSTER_ID = "cluster_id"
R_N_WORKS = "n_works"
R_WORK_IDS = "work_ids"
R_OWNERS = "owners"
R_COMMON_START = "common_start"
R_COMMON_END = "common_end"
R_DIGS_SAVED = "digs_saved"
R_DISRUPTION_DAYS_SAVED = "disruption_days_saved"
R_WORK_A = "work_a"
R_WORK_B = "work_b"
R_OWNER_A = "owner_a"
R_OWNER_B = "owner_b"
R_DISTANCE_M = "distance_m"
R_GAP_DAYS = "gap_days"
R_PLANNED_GAP_DAYS = "planned_gap_days"
R_NEEDS_SHIFT = "needs_shift"
R_CONFLICT_ID = "conflict_id"
R_KIND = "kind"
R_SEVERITY = "severity"
R_DESCRIPTION = "description"
# Whose money, added to the combinations.
R_PROJECT_EUR = "project_eur"
R_MAINTENANCE_EUR = "maintenance_eur"
R_REINSTATEMENT_SEPARATE_EUR = "reinstatement_separate_eur"
R_REINSTATEMENT_COMBINED_EUR = "reinstatement_combined_eur"
R_REINSTATEMENT_SAVING_EUR = "reinstatement_saving_eur"
R_SPLIT_METHOD = "split_method"
R_COST_SPLIT = "cost_split"
# Pairs and conflicts also carry a period (start_date, end_date) so that they animate in time.

# The fields of each kind of result, with their kinds.
COMBINATION_RESULT_FIELDS: Tuple[FieldSpec, ...] = (
    FieldSpec(R_CLUSTER_ID, INTEGER),
    FieldSpec(R_N_WORKS, INTEGER),
    FieldSpec(R_WORK_IDS, TEXT),
    FieldSpec(R_OWNERS, TEXT),
    FieldSpec(R_COMMON_START, DATE),
    FieldSpec(R_COMMON_END, DATE),
    FieldSpec(R_DIGS_SAVED, INTEGER),
    FieldSpec(R_DISRUPTION_DAYS_SAVED, INTEGER),
    FieldSpec(R_PROJECT_EUR, REAL),
    FieldSpec(R_MAINTENANCE_EUR, REAL),
    FieldSpec(R_REINSTATEMENT_SEPARATE_EUR, REAL),
    FieldSpec(R_REINSTATEMENT_COMBINED_EUR, REAL),
    FieldSpec(R_REINSTATEMENT_SAVING_EUR, REAL),
    FieldSpec(R_SPLIT_METHOD, TEXT),
    FieldSpec(R_COST_SPLIT, TEXT),
)
PAIR_RESULT_FIELDS: Tuple[FieldSpec, ...] = (
    FieldSpec(R_WORK_A, TEXT),
    FieldSpec(R_WORK_B, TEXT),
    FieldSpec(R_OWNER_A, TEXT),
    FieldSpec(R_OWNER_B, TEXT),
    FieldSpec(R_DISTANCE_M, REAL),
    FieldSpec(R_GAP_DAYS, INTEGER),
    FieldSpec(R_PLANNED_GAP_DAYS, INTEGER),
    FieldSpec(R_NEEDS_SHIFT, BOOL),
    FieldSpec(R_CLUSTER_ID, INTEGER),
    FieldSpec(F_START, DATE),
    FieldSpec(F_END, DATE),
)
CONFLICT_RESULT_FIELDS: Tuple[FieldSpec, ...] = (
    FieldSpec(R_CONFLICT_ID, INTEGER),
    FieldSpec(R_KIND, TEXT),
    FieldSpec(R_WORK_A, TEXT),
    FieldSpec(R_WORK_B, TEXT),
    FieldSpec(R_DISTANCE_M, REAL),
    FieldSpec(R_SEVERITY, TEXT),
    FieldSpec(R_DESCRIPTION, TEXT),
    FieldSpec(F_START, DATE),
    FieldSpec(F_END, DATE),
    FieldSpec(R_N_WORKS, INTEGER),  # every work of the conflict: two for a pair, all of a closure cluster
    FieldSpec(R_WORK_IDS, TEXT),
)
# A proposed schedule: each work that moves, its planned and its proposed dates, and why.
R_NEW_START, R_NEW_END, R_SHIFT_DAYS, R_REASON = "new_start", "new_end", "shift_days", "reason"
PROPOSAL_RESULT_FIELDS: Tuple[FieldSpec, ...] = (
    FieldSpec(F_WORK_ID, TEXT),
    FieldSpec(F_OWNER, TEXT),
    FieldSpec(F_START, DATE),
    FieldSpec(F_END, DATE),
    FieldSpec(R_NEW_START, DATE),
    FieldSpec(R_NEW_END, DATE),
    FieldSpec(R_SHIFT_DAYS, INTEGER),
    FieldSpec(R_REASON, TEXT),
)
# The runs that made the results kept in the store, one per result table.
RUN_FIELDS: Tuple[FieldSpec, ...] = (
    FieldSpec("result_table", TEXT, not_null=True, unique=True),
    FieldSpec("algorithm", TEXT),
    FieldSpec("options", TEXT),  # JSON
    FieldSpec("finished_at", DATETIME),
    FieldSpec("run_by", TEXT),
)
# Cables and pipes from KLIC deliveries (IMKL), for the crowded subsurface.
UTILITY_LINKS_TABLE = "utility_links"
UTILITY_LINK_FIELDS: Tuple[FieldSpec, ...] = (
    FieldSpec("link_id", TEXT),
    FieldSpec("cable_id", TEXT),
    FieldSpec("feature_type", TEXT),
    FieldSpec("theme", TEXT),
    FieldSpec("network", TEXT),
    FieldSpec("operator_code", TEXT),
    FieldSpec("operator", TEXT),
    FieldSpec("status", TEXT),
    FieldSpec("cables", INTEGER),
    FieldSpec("length_m", REAL),
    FieldSpec("delivery", TEXT),
    FieldSpec("imported_at", TEXT),
)
# The result tables of a store: kind of result -> (table, fields, geometry type).
RESULT_TABLE_SPECS = {
    "clusters": (COMBINATIONS_TABLE, COMBINATION_RESULT_FIELDS, "Polygon"),
    "pairs": (PAIRS_TABLE, PAIR_RESULT_FIELDS, "LineString"),
    "conflicts": (CONFLICTS_TABLE, CONFLICT_RESULT_FIELDS, "LineString"),
}
# The tables besides the works that everyone who may edit works may write to (schema 3).
SHARED_TABLES: Tuple[Tuple[str, Tuple[FieldSpec, ...], str], ...] = (
    *RESULT_TABLE_SPECS.values(),
    (RUNS_TABLE, RUN_FIELDS, ""),
    (UTILITY_LINKS_TABLE, UTILITY_LINK_FIELDS, "MultiLineString"),
)
# The works with their combination: the works schema plus the combination's id.
WORKS_RESULT_FIELDS: Tuple[FieldSpec, ...] = WORK_FIELDS + (FieldSpec(R_CLUSTER_ID, INTEGER),)

CONFLICT_DIG_AFTER_PAVING = "dig_after_paving"
CONFLICT_SIMULTANEOUS_CLOSURES = "simultaneous_closures"
CONFLICT_EVENT_DURING_WORKS = "event_during_works"
CONFLICT_KINDS: Dict[str, str] = {
    CONFLICT_DIG_AFTER_PAVING: QT_TRANSLATE_NOOP("@default", "Digging after new paving"),
    CONFLICT_SIMULTANEOUS_CLOSURES: QT_TRANSLATE_NOOP("@default", "Road closures at the same time"),
    CONFLICT_EVENT_DURING_WORKS: QT_TRANSLATE_NOOP("@default", "Event during works"),
}

SEVERITY_HIGH = "high"
SEVERITY_MEDIUM = "medium"
SEVERITIES: Dict[str, str] = {
    SEVERITY_HIGH: QT_TRANSLATE_NOOP("@default", "High"),
    SEVERITY_MEDIUM: QT_TRANSLATE_NOOP("@default", "Medium"),
}
# Disruption levels that make a work clash with an event nearby.
EVENT_CLASH_DISRUPTIONS = ("medium", "high")
