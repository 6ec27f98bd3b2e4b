"""Fills the council map template: texts in the user's language, the maps, legends, tables and atlas."""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

from qgis.core import (
    QgsLayerTree,
    QgsLayoutAtlas,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutItemAttributeTable,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsRuleBasedRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtXml import QDomDocument

from ..core import schema as S
from ..i18n import tr
from . import items as I
from . import print_styles, snapshot as N, works_table
from .atlas import District, Figures
from .common import CouncilMapError, Period, format_date, format_period, locale


@dataclass
class CouncilMap:
    """Everything a council map layout shows besides its layers' features."""

    title: str
    period: Period
    made_on: _dt.date
    parties: Dict[str, S.Party]
    snapshot: N.Snapshot
    figures: Figures
    pages: List[District]
    empty_districts: List[str]  # districts without works in the period that got no page
    context: List[QgsVectorLayer] = field(default_factory=list)
    scale: float = 1.0  # symbols and map labels: smaller on a smaller page

    @property
    def analysed(self) -> Tuple[bool, bool]:
        """Whether combinations, conflicts were given."""
        return self.figures.combinations is not None, self.figures.conflicts is not None


def load_template(project: QgsProject, path: Path) -> QgsPrintLayout:
    """A new print layout in ``project`` from the template at ``path``."""
    document = QDomDocument()
    try:
        content = Path(path).read_text(encoding="utf-8")
    except OSError as error:
        raise CouncilMapError(tr("Cannot read the layout template '{path}': {error}").format(path=path, error=error))
    if not document.setContent(content)[0]:
        raise CouncilMapError(tr("The layout template '{path}' is not a QGIS layout template.").format(path=path))
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    _items, ok = layout.loadFromTemplate(document, QgsReadWriteContext(), True)
    if not ok:
        raise CouncilMapError(tr("The layout template '{path}' could not be loaded.").format(path=path))
    missing = [item_id for item_id in (I.DISTRICT_MAP, I.DISTRICT_TABLE, I.COVER_MAP) if item(layout, item_id) is None]
    if missing:
        raise CouncilMapError(
            tr("The layout template '{path}' lacks the items {ids}; start from KIP's council map template.").format(
                path=path, ids=", ".join(missing)
            )
        )
    return layout


def item(layout: QgsPrintLayout, item_id: str):
    """The template item with ``item_id`` (a table's frame gives its table), or None."""
    found = layout.itemById(item_id)
    if isinstance(found, QgsLayoutFrame):
        return found.multiFrame()
    return found


def frame_size(layout: QgsPrintLayout, item_id: str) -> Tuple[float, float]:
    """Width and height in mm of the item (or table frame) ``item_id``."""
    found = layout.itemById(item_id)
    if found is None:
        return 0.0, 0.0
    size = found.sizeWithUnits()
    return layout.convertToLayoutUnits(size).width(), layout.convertToLayoutUnits(size).height()


def _set_text(layout: QgsPrintLayout, item_id: str, text: str) -> None:
    label = layout.itemById(item_id)
    if isinstance(label, QgsLayoutItemLabel):
        label.setText(text)


def _count(value: Optional[int]) -> str:
    return "–" if value is None else locale().toString(int(value))


def _texts(layout: QgsPrintLayout, council: CouncilMap) -> None:
    made_on = format_date(council.made_on)
    period = format_period(council.period.start, council.period.end)
    pages = len(council.pages) + 1
    _set_text(layout, I.COVER_TITLE, council.title)
    _set_text(layout, I.COVER_SUBTITLE, tr("Period: {period}   ·   Date: {date}").format(period=period, date=made_on))
    figures = council.figures
    values = {"works": figures.works, "combinations": figures.combinations, "digs_saved": figures.digs_saved,
              "conflicts": figures.conflicts}
    captions = {"works": tr("Works in this period"), "combinations": tr("Combinations"),
                "digs_saved": tr("Digs saved by combining"), "conflicts": tr("Conflicts")}
    not_analysed = {"combinations": tr("Combinations (not analysed)"),
                    "digs_saved": tr("Digs saved (not analysed)"), "conflicts": tr("Conflicts (not analysed)")}
    for key in I.FIGURES:
        _set_text(layout, I.figure_value(key), _count(values[key]))
        _set_text(layout, I.figure_caption(key), captions[key] if values[key] is not None else not_analysed[key])
    _set_text(layout, I.COVER_INDEX_HEADING, tr("Districts"))
    empty = ""
    if council.empty_districts:
        empty = tr("No works planned in this period in: {names}.").format(names=", ".join(council.empty_districts))
    _set_text(layout, I.COVER_EMPTY, empty)
    footer = tr("{title} · {date} · made with KIP · page {page} of {pages}")
    _set_text(layout, I.COVER_FOOTER, footer.format(title=council.title, date=made_on, page=1, pages=pages))
    _set_text(layout, I.DISTRICT_NAME, f'[% "{N.D_NAME}" %]')
    _set_text(layout, I.DISTRICT_SUMMARY, f'[% "{N.D_SUMMARY}" %]')
    _set_text(layout, I.DISTRICT_HEADER, "{title}\n{period}".format(title=council.title, period=period))
    _set_text(layout, I.DISTRICT_CONFLICTS_HEADING, tr("Conflicts"))
    _set_text(layout, I.DISTRICT_CHART_HEADING, tr("Timeline by department or partner"))
    _set_text(layout, I.DISTRICT_TABLE_HEADING, tr("Works in this district"))
    _set_text(
        layout, I.DISTRICT_FOOTER,
        footer.format(title=council.title, date=made_on, page=f'[% "{N.D_PAGE}" %]', pages=pages),
    )


def _style(council: CouncilMap) -> None:
    layers = council.snapshot.layers
    print_styles.style_works(layers[N.WORKS], council.parties.values(), council.scale)
    if N.COMBINATIONS in layers:
        print_styles.style_combinations(layers[N.COMBINATIONS], council.scale)
    if N.CONFLICTS in layers:
        print_styles.style_conflicts(layers[N.CONFLICTS], council.scale)
    print_styles.style_districts(layers[N.DISTRICTS], N.D_NAME, council.scale)
    _name_district_rules(layers[N.DISTRICTS])
    print_styles.style_mask(layers[N.MASK], N.D_NAME)
    for layer in council.context:
        print_styles.style_context(layer)


def _name_district_rules(layer: QgsVectorLayer) -> None:
    renderer = layer.renderer()
    if isinstance(renderer, QgsRuleBasedRenderer):
        this, other = renderer.rootRule().children()
        this.setLabel(tr("This district"))
        other.setLabel(tr("District boundary"))


def _layers(council: CouncilMap, keys: Sequence[str]) -> List[QgsVectorLayer]:
    return [council.snapshot.layers[k] for k in keys if k in council.snapshot.layers]


def _legend(layout: QgsPrintLayout, item_id: str, layers: Sequence[QgsVectorLayer], linked: QgsLayoutItemMap,
            atlas: bool) -> None:
    legend = layout.itemById(item_id)
    if not isinstance(legend, QgsLayoutItemLegend):
        return
    legend.setTitle(tr("Legend"))
    legend.setAutoUpdateModel(False)
    legend.setLinkedMap(linked)
    root: QgsLayerTree = legend.model().rootGroup()
    root.removeAllChildren()
    for layer in layers:
        node = root.addLayer(layer)
        if layer.customProperty("kip/council") == N.WORKS:
            QgsLegendRenderer.setNodeLegendStyle(node, QgsLegendStyle.Subgroup)
        elif layer.customProperty("kip/council") == N.DISTRICTS:
            # Its entries name themselves ("This district", "District boundary"); a heading would waste a line.
            QgsLegendRenderer.setNodeLegendStyle(node, QgsLegendStyle.Hidden)
    legend.setLegendFilterByMapEnabled(True)
    legend.setLegendFilterOutAtlas(atlas)
    legend.refresh()


def _maps(layout: QgsPrintLayout, council: CouncilMap, crs) -> None:
    cover_map = item(layout, I.COVER_MAP)
    district_map = item(layout, I.DISTRICT_MAP)
    districts = council.snapshot.layers[N.DISTRICTS]
    for map_item in (cover_map, district_map):
        map_item.setCrs(crs)
        map_item.setKeepLayerSet(True)
        map_item.setFollowVisibilityPreset(False)
    results = _layers(council, (N.CONFLICTS, N.COMBINATIONS))
    cover_map.setLayers(results + _layers(council, (N.DISTRICTS, N.WORKS)) + council.context)
    extent = QgsRectangle(districts.extent())
    extent.grow(max(extent.width(), extent.height()) * 0.02)
    cover_map.zoomToExtent(extent)
    district_map.setLayers(
        _layers(council, (N.DISTRICTS, N.MASK)) + results + _layers(council, (N.WORKS,)) + council.context
    )
    district_map.setAtlasDriven(True)
    district_map.setAtlasScalingMode(QgsLayoutItemMap.Auto)
    district_map.setAtlasMargin(0.08)
    district_map.zoomToExtent(districts.extent())
    for bar_id, linked in ((I.COVER_SCALEBAR, cover_map), (I.DISTRICT_SCALEBAR, district_map)):
        bar = layout.itemById(bar_id)
        if isinstance(bar, QgsLayoutItemScaleBar):
            bar.setLinkedMap(linked)
            bar.setUnitLabel(tr("km"))
            bar.update()
    north = layout.itemById(I.DISTRICT_NORTH)
    if isinstance(north, QgsLayoutItemPicture):
        north.setPicturePath(str(I.north_arrow_path()), QgsLayoutItemPicture.FormatSVG)
        north.setLinkedMap(district_map)
        north.setNorthMode(QgsLayoutItemPicture.GridNorth)
    legend_layers = _layers(council, (N.WORKS, N.COMBINATIONS, N.CONFLICTS, N.DISTRICTS))
    _legend(layout, I.COVER_LEGEND, legend_layers, cover_map, atlas=False)
    _legend(layout, I.DISTRICT_LEGEND, legend_layers, district_map, atlas=True)


def _tables(layout: QgsPrintLayout, council: CouncilMap) -> None:
    layers = council.snapshot.layers
    works_capacity = works_table.bind_works_table(
        item(layout, I.DISTRICT_TABLE), layers[N.WORKS], frame_size(layout, I.DISTRICT_TABLE)[1]
    )
    _set_text(layout, I.DISTRICT_TABLE_NOTE, works_table.overflow_note(works_capacity))
    conflicts = item(layout, I.DISTRICT_CONFLICTS)
    if isinstance(conflicts, QgsLayoutItemAttributeTable):
        height = frame_size(layout, I.DISTRICT_CONFLICTS)[1]
        works_table.bind_conflicts_table(conflicts, layers.get(N.CONFLICTS), height)
    index = item(layout, I.COVER_INDEX)
    if isinstance(index, QgsLayoutItemAttributeTable):
        works_table.bind_index_table(index, layers[N.PAGES], council.analysed)


def bind(layout: QgsPrintLayout, council: CouncilMap, crs) -> None:
    """Fill the loaded template with ``council``'s texts and layers and set up the atlas over its pages."""
    layout.setName(council.title)
    _style(council)
    _texts(layout, council)
    _maps(layout, council, crs)
    _tables(layout, council)
    atlas: QgsLayoutAtlas = layout.atlas()
    atlas.setCoverageLayer(council.snapshot.layers[N.PAGES])
    atlas.setPageNameExpression(f'"{N.D_NAME}"')
    atlas.setSortFeatures(True)
    atlas.setSortExpression(f'"{N.D_PAGE}"')
    atlas.setFilterFeatures(False)
    atlas.setHideCoverage(False)
    atlas.setEnabled(True)
    layout.setCustomProperty("singleFile", True)  # the designer's atlas export then writes one PDF, cover first
    atlas.updateFeatures()  # so that the atlas knows its pages before a preview or an export asks
    layout.refresh()
