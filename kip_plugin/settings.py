"""KIP's settings over QgsSettings, all under ``kip/``."""
from __future__ import annotations

import json
from typing import Dict

from qgis.core import QgsSettings

PREFIX = "kip/"


def _get(key: str, default, kind):
    return QgsSettings().value(PREFIX + key, default, type=kind)


def _set(key: str, value) -> None:
    QgsSettings().setValue(PREFIX + key, value)


def last_store_dir() -> str:
    """Folder of the last KIP store opened or created."""
    return _get("last_store_dir", "", str)


def set_last_store_dir(path: str) -> None:
    _set("last_store_dir", path)


def timeline_visible() -> bool:
    """Whether the timeline dock was open when QGIS last closed."""
    return _get("timeline/visible", False, bool)


def set_timeline_visible(visible: bool) -> None:
    _set("timeline/visible", visible)


def import_preset(party: str) -> str:
    """The import mapping (JSON) last used for ``party``, or an empty string."""
    return _get(f"import/presets/{party}", "", str)


def set_import_preset(party: str, preset_json: str) -> None:
    _set(f"import/presets/{party}", preset_json)


def last_import_dir() -> str:
    """Folder of the last delivery imported."""
    return _get("import/last_dir", "", str)


def set_last_import_dir(path: str) -> None:
    _set("import/last_dir", path)


def last_parameters(algorithm: str) -> Dict[str, object]:
    """The options last used for the KIP algorithm ``algorithm`` (distances, days, flags), or none."""
    try:
        value = json.loads(_get(f"processing/{algorithm}", "{}", str))
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def set_last_parameters(algorithm: str, parameters: Dict[str, object]) -> None:
    _set(f"processing/{algorithm}", json.dumps(parameters))

def acting_party() -> str:
    """The party the user decides proposed moves for ('*': a coordinator, deciding for all)."""
    return _get("schedule/acting_party", "*", str)


def set_acting_party(code: str) -> None:
    _set("schedule/acting_party", code)

def store_lock_wait() -> float:
    """Seconds KIP waits for another program to finish writing to a KIP store before giving up."""
    return _get("store/lock_wait_seconds", 10.0, float)


def set_store_lock_wait(seconds: float) -> None:
    _set("store/lock_wait_seconds", float(seconds))


def delivery_read_limit() -> float:
    """Seconds reading a delivery may take before KIP stops it (a slow database view, a network drive)."""
    return _get("import/read_limit_seconds", 600.0, float)


def set_delivery_read_limit(seconds: float) -> None:
    _set("import/read_limit_seconds", float(seconds))

def background_source() -> str:
    """The background the user chose for KIP's maps ('provider|uri', 'pdok'), or '' for KIP's choice."""
    return _get("background/source", "", str)


def set_background_source(source: str) -> None:
    _set("background/source", source)
