"""Where KIP finds its files: resources, icons, translations."""
from __future__ import annotations

from pathlib import Path

PLUGIN_DIR = Path(__file__).resolve().parent


def _first_existing(name: str) -> Path:
    # Installed from ZIP the folders sit inside the plugin; in a checkout they sit beside it.
    inside = PLUGIN_DIR / name
    return inside if inside.exists() else PLUGIN_DIR.parent / name


def resources_dir() -> Path:
    """The ``resources`` folder."""
    return _first_existing("resources")


def i18n_dir() -> Path:
    """The ``i18n`` folder with the .qm translations."""
    return _first_existing("i18n")


def icon_path(name: str) -> str:
    """Path of an SVG icon in ``resources/icons``."""
    return str(resources_dir() / "icons" / f"{name}.svg")


def demo_store_path() -> Path:
    """The bundled demo KIP for Ede."""
    return resources_dir() / "demo" / "ede_demo.gpkg"


def ede_boundaries_path() -> Path:
    """Ede's districts, neighbourhoods and outline (CBS, Kadaster)."""
    return resources_dir() / "ede" / "ede_boundaries.gpkg"


def demo_streets_path() -> Path:
    """The generated streets of the demo (layer ``straten``: ``straatnaam``, ``buurt``)."""
    return resources_dir() / "demo" / "ede_streets.gpkg"
