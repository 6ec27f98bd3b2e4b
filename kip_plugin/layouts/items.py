"""The council map template: its files and the ids of the items KIP fills in.

A user may move, resize and restyle every item of the template in the layout
designer; KIP finds the items by these ids and only sets their layers and texts.
"""
from __future__ import annotations

from pathlib import Path

from ..paths import resources_dir

A3, A4 = "a3", "a4"
PAGE_SIZES = (A3, A4)


def template_path(page_size: str) -> Path:
    """The bundled template for ``page_size`` ('a3' or 'a4', landscape)."""
    return resources_dir() / "layouts" / f"council_map_{page_size}.qpt"


def north_arrow_path() -> Path:
    """The north arrow drawn on the district maps."""
    return resources_dir() / "layouts" / "north_arrow.svg"


# Cover page.
COVER_TITLE = "kip_cover_title"
COVER_SUBTITLE = "kip_cover_subtitle"
COVER_MAP = "kip_cover_map"
COVER_LEGEND = "kip_cover_legend"
COVER_SCALEBAR = "kip_cover_scalebar"
COVER_INDEX_HEADING = "kip_cover_index_heading"
COVER_INDEX = "kip_cover_index"
COVER_EMPTY = "kip_cover_empty"
COVER_FOOTER = "kip_cover_footer"
FIGURES = ("works", "combinations", "digs_saved", "conflicts")


def figure_value(key: str) -> str:
    """Id of the label holding a key figure."""
    return f"kip_figure_{key}_value"


def figure_caption(key: str) -> str:
    """Id of the label naming a key figure."""
    return f"kip_figure_{key}_caption"


# District pages.
DISTRICT_NAME = "kip_district_name"
DISTRICT_SUMMARY = "kip_district_summary"
DISTRICT_HEADER = "kip_district_header"
DISTRICT_MAP = "kip_district_map"
DISTRICT_SCALEBAR = "kip_district_scalebar"
DISTRICT_NORTH = "kip_district_north"
DISTRICT_LEGEND = "kip_district_legend"
DISTRICT_CONFLICTS_HEADING = "kip_district_conflicts_heading"
DISTRICT_CONFLICTS = "kip_district_conflicts"
DISTRICT_CHART_HEADING = "kip_district_chart_heading"
DISTRICT_CHART = "kip_district_chart"
DISTRICT_TABLE_HEADING = "kip_district_table_heading"
DISTRICT_TABLE = "kip_district_table"
DISTRICT_TABLE_NOTE = "kip_district_table_note"
DISTRICT_FOOTER = "kip_district_footer"

# Continuation pages: the rest of a district's tables when they do not fit on its page.
MORE_NAME = "kip_more_name"
MORE_HEADER = "kip_more_header"
MORE_TABLE_HEADING = "kip_more_table_heading"
MORE_TABLE = "kip_more_table"
MORE_CONFLICTS_HEADING = "kip_more_conflicts_heading"
MORE_CONFLICTS = "kip_more_conflicts"
MORE_FOOTER = "kip_more_footer"

# The smallest text on a page (points): readable when printed.
MIN_FONT_PT = {A3: 9.0, A4: 8.0}
