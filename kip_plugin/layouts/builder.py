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
    QgsLayoutObject,
    QgsLegendStyle,
    QgsMapLayer,
    QgsProperty,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsRuleBasedRenderer,
    QgsVectorLayer,
)

from ..core import schema as S
from ..core.schema import QT_TRANSLATE_NOOP
from ..i18n import tr
from . import items as I
from . import print_styles, snapshot as N, works_table
from .atlas import District, Figures, focus
from .common import Period, format_date, format_period, layout_from_template, locale


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
    page_count: int = 0  # pages of the PDF, the cover included
    first_page: Optional[N.Page] = None  # what the layout designer shows without atlas preview
    background: Optional[QgsMapLayer] = None  # drawn under everything

    @property
    def analysed(self) -> Tuple[bool, bool]:
        """Whether combinations, conflicts were given."""
        return self.figures.combinations is not None, self.figures.conflicts is not None


def load_template(project: QgsProject, path: Path) -> QgsPrintLayout:
    """A new print layout in ``project`` from the council map template at ``path``."""
    return layout_from_template(
        project, path, (I.DISTRICT_MAP, I.DISTRICT_TABLE, I.COVER_MAP),
        QT_TRANSLATE_NOOP("@default", "The layout template '{path}' lacks the items {ids}; start from KIP's "
                                      "council map template."),
        item)


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


def _literal(value) -> str:
    if isinstance(value, (int, float)):
        return str(value)
    return "'" + str(value).replace("'", "''") + "'"


def on_page(name: str, default) -> str:
    """Expression: the page's value of ``name``, or ``default`` where no atlas page is being drawn.

    The layout designer shows the layout without atlas preview too; it then shows the first
    district's page instead of bare placeholders.
    """
    # Without preview the atlas's feature is empty (its attributes NULL), or missing when the atlas is off.
    default = _literal(default)
    return f"if(@atlas_feature IS NULL, {default}, coalesce(attribute(@atlas_feature, '{name}'), {default}))"


def _first(council: CouncilMap, name: str, default=""):
    page = council.first_page
    if page is None:
        return default
    values = {
        N.D_NAME: page.district.name, N.D_TITLE: page.district.name, N.D_PAGE: page.number,
        N.D_SUMMARY: page.district.summary or N.summary(page.district, *council.analysed),
        N.D_NOTE: tr("Continued on page {page}.").format(page=page.number + 1) if page.more else "",
        N.D_TABLE_WORK_IDS: N.ID_SEPARATOR.join(page.work_ids),
        N.D_TABLE_CONFLICT_IDS: N.ID_SEPARATOR.join(page.conflict_ids),
        N.D_CONFLICT_IDS: N.ID_SEPARATOR.join(page.district.conflicts),
        N.D_COMBINATION_IDS: N.ID_SEPARATOR.join(page.district.combinations),
    }
    return values.get(name, default)


def _texts(layout: QgsPrintLayout, council: CouncilMap) -> None:
    made_on = format_date(council.made_on)
    period = format_period(council.period.start, council.period.end)
    pages = council.page_count or len(council.pages) + 1
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
    page_number = f"[% {on_page(N.D_PAGE, _first(council, N.D_PAGE, 2))} %]"
    header = "{title}\n{period}".format(title=council.title, period=period)
    for name_id, field_name, header_id, footer_id in ((I.DISTRICT_NAME, N.D_NAME, I.DISTRICT_HEADER, I.DISTRICT_FOOTER),
                                                       (I.MORE_NAME, N.D_TITLE, I.MORE_HEADER, I.MORE_FOOTER)):
        default = _first(council, field_name)
        if field_name == N.D_TITLE and default:
            default = tr("{name} (continued)").format(name=default)
        _set_text(layout, name_id, f"[% {on_page(field_name, default)} %]")
        _set_text(layout, header_id, header)
        _set_text(layout, footer_id, footer.format(title=council.title, date=made_on, page=page_number, pages=pages))
    _set_text(layout, I.DISTRICT_SUMMARY, f"[% {on_page(N.D_SUMMARY, _first(council, N.D_SUMMARY))} %]")
    _set_text(layout, I.DISTRICT_TABLE_NOTE, f"[% {on_page(N.D_NOTE, _first(council, N.D_NOTE))} %]")
    _set_text(layout, I.DISTRICT_CONFLICTS_HEADING, tr("Conflicts"))
    _set_text(layout, I.DISTRICT_CHART_HEADING, tr("Timeline by department or partner"))
    _set_text(layout, I.DISTRICT_TABLE_HEADING, tr("Works in this district"))
    _set_text(layout, I.MORE_TABLE_HEADING, tr("Works in this district (continued)"))
    _set_text(layout, I.MORE_CONFLICTS_HEADING, tr("Conflicts (continued)"))


def _style(council: CouncilMap) -> None:
    layers = council.snapshot.layers
    print_styles.style_works(layers[N.WORKS], council.parties.values(), council.scale)
    if N.COMBINATIONS in layers:
        print_styles.style_combinations(layers[N.COMBINATIONS], council.scale)
    if N.CONFLICTS in layers:
        print_styles.style_conflicts(layers[N.CONFLICTS], council.scale)
    current = on_page(N.D_NAME, _first(council, N.D_NAME))
    print_styles.style_districts(layers[N.DISTRICTS], N.D_NAME, council.scale, current)
    _name_district_rules(layers[N.DISTRICTS])
    print_styles.style_mask(layers[N.MASK], N.D_NAME, current)
    for layer in council.context:
        print_styles.style_context(layer)
    if council.background is not None:
        print_styles.style_background(council.background, council.scale)


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
    under = council.context + ([council.background] if council.background is not None else [])
    cover_map.setLayers(results + _layers(council, (N.DISTRICTS, N.WORKS)) + under)
    extent = QgsRectangle(districts.extent())
    extent.grow(max(extent.width(), extent.height()) * 0.02)
    cover_map.zoomToExtent(extent)
    district_map.setLayers(_layers(council, (N.DISTRICTS, N.MASK)) + results + _layers(council, (N.WORKS,)) + under)
    district_map.setAtlasDriven(True)
    district_map.setAtlasScalingMode(QgsLayoutItemMap.Auto)
    district_map.setAtlasMargin(0.08)
    # Without atlas preview the designer shows the first district's page.
    first = council.first_page
    district_map.zoomToExtent(focus(first.district).boundingBox() if first is not None else districts.extent())
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
    chart = layout.itemById(I.DISTRICT_CHART)
    if isinstance(chart, QgsLayoutItemPicture):
        _chart_source(chart, council)
    legend_layers = _layers(council, (N.WORKS, N.COMBINATIONS, N.CONFLICTS, N.DISTRICTS))
    _legend(layout, I.COVER_LEGEND, legend_layers, cover_map, atlas=False)
    _legend(layout, I.DISTRICT_LEGEND, legend_layers, district_map, atlas=True)


def _chart_source(chart: QgsLayoutItemPicture, council: CouncilMap) -> None:
    """Each page's chart from its page; without atlas preview (in the designer) the first page's chart."""
    pages = council.snapshot.layers[N.PAGES]
    first = next(pages.getFeatures(f'"{N.D_PART}" = 1'), None)
    default = first[N.D_CHART] if first is not None and first[N.D_CHART] else ""
    chart.dataDefinedProperties().setProperty(
        QgsLayoutObject.PictureSource, QgsProperty.fromExpression(f"'base64:' || {on_page(N.D_CHART, default)}")
    )


def _tables(layout: QgsPrintLayout, council: CouncilMap) -> None:
    layers = council.snapshot.layers
    analysed = council.analysed[1]
    for table_id, field_name, list_field, shown in (
        (I.DISTRICT_TABLE, S.F_WORK_ID, N.D_TABLE_WORK_IDS, True),
        (I.MORE_TABLE, S.F_WORK_ID, N.D_TABLE_WORK_IDS, True),
        (I.DISTRICT_CONFLICTS, S.R_CONFLICT_ID, N.D_TABLE_CONFLICT_IDS, analysed),
        (I.MORE_CONFLICTS, S.R_CONFLICT_ID, N.D_TABLE_CONFLICT_IDS, analysed),
    ):
        table = item(layout, table_id)
        if isinstance(table, QgsLayoutItemAttributeTable):
            works_table.bind_rows(table, field_name, list_field, _first(council, list_field), shown)
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
