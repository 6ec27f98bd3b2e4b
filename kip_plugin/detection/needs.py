"""What KIP needs beyond QGIS: shapely 2 (detection), OR-Tools (schedule). Checked before use, so KIP loads without them."""
from __future__ import annotations

from ..i18n import tr

SHAPELY_MAJOR = 2
ORTOOLS_AT_LEAST = (9, 10)

# The Python packages KIP uses that QGIS does not always bring, one place for every reader:
# (name to import, requirement for pip, what needs it).
OPTIONAL_PACKAGES = (
    ("shapely", "shapely>=2.0,<2.2", "detection"),
    ("ortools", "ortools==9.14.*", "schedule"),
)


def missing_engine() -> str:
    """Why the detection cannot run in this QGIS (translated), or '' when it can."""
    try:
        import shapely
    except ImportError:
        return tr(
            "KIP's detection needs the Python package shapely 2, which is not installed; "
            "KIP › Install missing packages… installs it."
        )
    version = getattr(shapely, "__version__", "0")
    if not version.split(".")[0].isdigit() or int(version.split(".")[0]) < SHAPELY_MAJOR:
        return tr(
            "KIP's detection needs the Python package shapely 2; this QGIS has shapely {version}. "
            "KIP › Install missing packages… installs it."
        ).format(version=version)
    return ""
