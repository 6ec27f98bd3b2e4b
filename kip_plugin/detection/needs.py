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


def missing_solver() -> str:
    """Why the schedule proposal cannot run in this QGIS (translated), or '' when it can."""
    engine = missing_engine()
    if engine:
        return engine
    try:
        import ortools
    except ImportError:
        return tr(
            "Proposing a schedule needs the Python package ortools (OR-Tools, version 9.14), which is not "
            "installed; see the installation guide."
        )
    version = getattr(ortools, "__version__", "0")
    numbers = tuple(int(p) for p in version.split(".")[:2] if p.isdigit())
    if numbers < ORTOOLS_AT_LEAST:
        return tr(
            "Proposing a schedule needs the Python package ortools 9.14; this QGIS has ortools {version}. "
            "See the installation guide."
        ).format(version=version)
    return ""
