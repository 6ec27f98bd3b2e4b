"""What the detection needs beyond QGIS: shapely 2. Checked before use, so KIP loads without it."""
from __future__ import annotations

from ..i18n import tr

SHAPELY_MAJOR = 2


def missing_engine() -> str:
    """Why the detection cannot run in this QGIS (translated), or '' when it can."""
    try:
        import shapely
    except ImportError:
        return tr(
            "KIP's detection needs the Python package shapely 2, which is not installed; "
            "see the installation guide."
        )
    version = getattr(shapely, "__version__", "0")
    if not version.split(".")[0].isdigit() or int(version.split(".")[0]) < SHAPELY_MAJOR:
        return tr(
            "KIP's detection needs the Python package shapely 2; this QGIS has shapely {version}. "
            "See the installation guide."
        ).format(version=version)
    return ""
