"""Writes the council map templates (resources/layouts/council_map_a3.qpt and _a4.qpt).

The templates are the source of the layout's look; this module only produced them, so
that A3 and A4 stay alike. Rerun it after changing the design here:
``python -m kip_plugin.layouts.design``. Positions are in millimetres on A3 landscape
and scaled for A4; texts are placeholders that KIP replaces in the user's language.
"""
from __future__ import annotations

import sys
from typing import Sequence, Tuple

from qgis.core import (
    QgsFillSymbol,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutItemShape,
    QgsLayoutFrame,
    QgsLayoutItem,
    QgsLayoutMeasurement,
    QgsLayoutObject,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTable,
    QgsLayoutTableColumn,
    QgsLayoutTableStyle,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsProject,
    QgsProperty,
    QgsReadWriteContext,
    QgsRectangle,
    QgsScaleBarSettings,
    QgsTextFormat,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

from . import items as I
from .snapshot import D_N_COMBINATIONS, D_N_CONFLICTS, D_N_WORKS, D_NAME, D_PAGE, D_PART, W_CONFLICTS, W_PARTY, W_PERIOD
from .snapshot import C_BETWEEN, C_KIND_LABEL, W_STATUS_LABEL, W_TITLE_SHORT
from ..core import schema as S

FONT = "DejaVu Sans"
TABLE_FONT = "DejaVu Sans Condensed"
INK, GREY, LIGHT = "#1b2a41", "#4a4a4a", "#eef2f7"
# (page width, height, geometry scale, font scale) relative to the A3 design. The smallest text is
# 9 pt on A3 and 8 pt on A4: text shrinks less than the page.
FORMATS = {I.A3: (420.0, 297.0, 1.0, 1.0), I.A4: (297.0, 210.0, 297.0 / 420.0, 8.0 / 9.0)}

Rect = Tuple[float, float, float, float]


class Designer:
    """Places items on a layout, in A3 millimetres scaled to the page size."""

    def __init__(self, layout: QgsPrintLayout, page_size: str):
        self.layout = layout
        _w, _h, self.scale, self.font_scale = FORMATS[page_size]

    def place(self, item, rect: Rect, page: int, item_id: str):
        """Add ``item`` with id ``item_id`` at ``rect`` (x, y, width, height) on ``page``."""
        x, y, w, h = (v * self.scale for v in rect)
        if not isinstance(item, QgsLayoutFrame):
            self.layout.addLayoutItem(item)
        item.attemptResize(QgsLayoutSize(w, h))
        item.attemptMove(QgsLayoutPoint(x, y), True, False, page)
        item.setId(item_id)
        return item

    def font(self, size: float, bold: bool = False, family: str = FONT) -> QFont:
        """A font of ``size`` points on A3, smaller on A4."""
        font = QFont(family)
        font.setPointSizeF(round(size * self.font_scale, 1))
        font.setBold(bold)
        return font

    def text_format(self, size: float, bold: bool = False, colour: str = GREY, family: str = FONT) -> QgsTextFormat:
        """A text format like ``font``."""
        text = QgsTextFormat.fromQFont(self.font(size, bold, family))
        text.setSize(round(size * self.font_scale, 1))
        text.setColor(QColor(colour))
        return text

    def label(self, rect: Rect, page: int, item_id: str, size: float, bold: bool = False, colour: str = GREY,
              align=Qt.AlignLeft, valign=Qt.AlignTop) -> QgsLayoutItemLabel:
        """A text label (its text is set by KIP in the user's language)."""
        label = QgsLayoutItemLabel(self.layout)
        label.setText(item_id)
        label.setFont(self.font(size, bold))
        label.setFontColor(QColor(colour))
        label.setHAlign(align)
        label.setVAlign(valign)
        label.setMarginX(0)
        label.setMarginY(0)
        return self.place(label, rect, page, item_id)

    def box(self, rect: Rect, page: int, item_id: str, colour: str, radius: float = 0.0) -> QgsLayoutItemShape:
        """A filled rectangle without outline."""
        shape = QgsLayoutItemShape(self.layout)
        shape.setShapeType(QgsLayoutItemShape.Rectangle)
        shape.setSymbol(QgsFillSymbol.createSimple({"color": colour, "outline_style": "no"}))
        shape.setCornerRadius(QgsLayoutMeasurement(radius))
        return self.place(shape, rect, page, item_id)

    def map(self, rect: Rect, page: int, item_id: str) -> QgsLayoutItemMap:
        """A framed map on a white background."""
        item = QgsLayoutItemMap(self.layout)
        item.setFrameEnabled(True)
        item.setFrameStrokeColor(QColor("#8a8a8a"))
        item.setFrameStrokeWidth(QgsLayoutMeasurement(0.3))
        item.setBackgroundColor(QColor("white"))
        self.place(item, rect, page, item_id)
        # Any finite extent will do (KIP sets the real one), but a map must have one.
        item.setExtent(QgsRectangle(0, 0, rect[2], rect[3]))
        return item

    def scalebar(self, rect: Rect, page: int, item_id: str) -> QgsLayoutItemScaleBar:
        """A scale bar in kilometres that fits its width; KIP links it to its map."""
        bar = QgsLayoutItemScaleBar(self.layout)
        bar.setStyle("Single Box")
        bar.setUnits(QgsUnitTypes.DistanceKilometers)
        bar.setUnitLabel("km")
        bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeFitWidth)
        bar.setNumberOfSegments(2)
        bar.setNumberOfSegmentsLeft(0)
        bar.setMinimumBarWidth(rect[2] * self.scale * 0.5)
        bar.setMaximumBarWidth(rect[2] * self.scale * 0.8)
        bar.setHeight(1.5 * self.scale)
        bar.setTextFormat(self.text_format(9))
        bar.setBackgroundEnabled(True)
        bar.setBackgroundColor(QColor("white"))  # opaque: map labels must not show through the numbers
        return self.place(bar, rect, page, item_id)

    def legend(self, rect: Rect, page: int, item_id: str, columns: int) -> QgsLayoutItemLegend:
        """A legend in ``columns`` columns; KIP fills it with the council map's layers."""
        legend = QgsLayoutItemLegend(self.layout)
        legend.setResizeToContents(False)
        legend.setColumnCount(columns)
        legend.setSplitLayer(True)
        legend.setEqualColumnWidth(False)
        legend.setSymbolWidth(5 * self.scale)
        legend.setSymbolHeight(3.2 * self.scale)
        legend.setBoxSpace(1.5)
        legend.setColumnSpace(4 * self.scale)
        legend.rstyle(QgsLegendStyle.Title).setMargin(QgsLegendStyle.Bottom, 2 * self.scale)
        legend.rstyle(QgsLegendStyle.Subgroup).setMargin(QgsLegendStyle.Top, 1.5 * self.scale)
        legend.rstyle(QgsLegendStyle.Symbol).setMargin(QgsLegendStyle.Top, 1.2 * self.scale)
        legend.rstyle(QgsLegendStyle.SymbolLabel).setMargin(QgsLegendStyle.Top, 1.2 * self.scale)
        legend.setBackgroundEnabled(False)
        for style, size, bold in ((QgsLegendStyle.Title, 10, True), (QgsLegendStyle.Subgroup, 9, True),
                                  (QgsLegendStyle.SymbolLabel, 9, False)):
            legend.rstyle(style).setFont(self.font(size, bold))
        legend.setFontColor(QColor(GREY))
        return self.place(legend, rect, page, item_id)

    def table(self, rect: Rect, page: int, item_id: str, columns: Sequence[Tuple[str, float]], size: float):
        """An attribute table with the given (field, width in A3 mm) columns, striped rows."""
        table = QgsLayoutItemAttributeTable.create(self.layout)
        margin = 0.9 * self.scale
        # Column widths exclude the cell margins; together they fill the frame exactly.
        factor = (rect[2] * self.scale - 2 * margin * len(columns) - 0.3) / sum(w for _a, w in columns)
        cols = []
        for attribute, width in columns:
            column = QgsLayoutTableColumn(attribute)
            column.setAttribute(attribute)
            column.setWidth(round(width * factor, 2))
            cols.append(column)
        table.setColumns(cols)
        table.setHeaderTextFormat(self.text_format(size, True, INK, TABLE_FONT))
        table.setContentTextFormat(self.text_format(size, False, GREY, TABLE_FONT))
        table.setCellMargin(margin)
        table.setShowGrid(True)
        table.setHorizontalGrid(True)
        table.setVerticalGrid(False)
        table.setGridStrokeWidth(0.15)
        table.setGridColor(QColor("#c8ced6"))
        table.setHeaderMode(QgsLayoutTable.AllFrames)
        # Long titles and descriptions wrap onto more lines; nothing is cut off.
        table.setWrapBehavior(QgsLayoutTable.WrapText)
        table.setResizeMode(QgsLayoutTable.UseExistingFrames)
        table.setEmptyTableBehavior(QgsLayoutTable.ShowMessage)
        for row, colour in ((QgsLayoutTable.HeaderRow, "#dde3eb"), (QgsLayoutTable.EvenRows, "#f4f6f8")):
            style = QgsLayoutTableStyle()
            style.enabled = True
            style.cellBackgroundColor = QColor(colour)
            table.setCellStyle(row, style)
        self.layout.addMultiFrame(table)
        frame = QgsLayoutFrame(self.layout, table)
        self.layout.addLayoutItem(frame)
        table.addFrame(frame)
        return self.place(frame, rect, page, item_id)



# Column weights; the columns share the table's width in these proportions. On A4 the period needs more.
WORKS_COLUMNS = {
    I.A3: ((W_TITLE_SHORT, 52), (W_PARTY, 26), (W_PERIOD, 34), (W_STATUS_LABEL, 22), (S.R_CLUSTER_ID, 13),
           (W_CONFLICTS, 13)),
    I.A4: ((W_TITLE_SHORT, 46), (W_PARTY, 25), (W_PERIOD, 40), (W_STATUS_LABEL, 23), (S.R_CLUSTER_ID, 14),
           (W_CONFLICTS, 14)),
}
INDEX_COLUMNS = ((D_NAME, 62), (D_N_WORKS, 18), (D_N_COMBINATIONS, 24), (D_N_CONFLICTS, 18), (D_PAGE, 14))
CONFLICT_COLUMNS = ((S.R_CONFLICT_ID, 9), (C_KIND_LABEL, 30), (C_BETWEEN, 67))
# Width of the district page's map column (A3 mm): on A4 the tables need a larger share.
MAP_COLUMN = {I.A3: 236.0, I.A4: 206.0}
BOTTOM = 282.0  # where the content of a page ends (A3 mm); the footer lies below


def cover(d: Designer) -> None:
    """Page 1: title, period, key figures, the district index and an overview map."""
    d.label((12, 10, 396, 14), 0, I.COVER_TITLE, 26, True, INK, valign=Qt.AlignBottom)
    d.label((12, 26, 396, 8), 0, I.COVER_SUBTITLE, 11)
    d.box((12, 36, 396, 0.7), 0, "kip_cover_rule", INK)
    for number, key in enumerate(I.FIGURES):
        x, y = 12 + (number % 2) * 71, 43 + (number // 2) * 33
        d.box((x, y, 67, 29), 0, f"kip_figure_{key}_box", LIGHT, radius=2)
        d.label((x + 4, y + 3, 60, 14), 0, I.figure_value(key), 24, True, INK)
        d.label((x + 4, y + 18, 60, 10), 0, I.figure_caption(key), 10)
    d.label((12, 114, 138, 7), 0, I.COVER_INDEX_HEADING, 11, True, INK)
    d.table((12, 122, 138, 136), 0, I.COVER_INDEX, INDEX_COLUMNS, 9)
    d.label((12, 260, 138, 22), 0, I.COVER_EMPTY, 9)
    d.map((158, 43, 250, 190), 0, I.COVER_MAP)
    d.scalebar((161, 219, 60, 12), 0, I.COVER_SCALEBAR)
    d.legend((158, 237, 250, 45), 0, I.COVER_LEGEND, 4)
    d.label((12, 286, 396, 6), 0, I.COVER_FOOTER, 9, valign=Qt.AlignBottom)


def _head(d: Designer, page: int, name_id: str, header_id: str) -> None:
    d.label((12, 9, 250, 13), page, name_id, 22, True, INK, valign=Qt.AlignBottom)
    d.label((262, 11, 146, 19), page, header_id, 10, align=Qt.AlignRight, valign=Qt.AlignBottom)
    d.box((12, 33, 396, 0.7), page, f"kip_rule_{page}", INK)


def district(d: Designer, page_size: str) -> None:
    """Page 2, repeated per district: map, legend, timeline, conflicts and the works table."""
    left = MAP_COLUMN[page_size]
    x2, w2 = 12 + left + 8, 396 - left - 8  # the right column
    _head(d, 1, I.DISTRICT_NAME, I.DISTRICT_HEADER)
    # Works, combinations, conflicts and whose money: room for two lines.
    d.label((12, 23, 248, 10), 1, I.DISTRICT_SUMMARY, 10)
    d.map((12, 38, left, 176), 1, I.DISTRICT_MAP)
    d.scalebar((15, 199, 60, 12), 1, I.DISTRICT_SCALEBAR)
    picture = QgsLayoutItemPicture(d.layout)
    d.place(picture, (left + 1, 41, 8, 12), 1, I.DISTRICT_NORTH)
    legend_width = left * 0.5
    d.legend((12, 218, legend_width, BOTTOM - 218), 1, I.DISTRICT_LEGEND, 2)
    x3, w3 = 16 + legend_width, left - legend_width - 4  # the conflicts, beside the legend
    d.label((x3, 218, w3, 6), 1, I.DISTRICT_CONFLICTS_HEADING, 10, True, INK)
    d.table((x3, 225, w3, BOTTOM - 225), 1, I.DISTRICT_CONFLICTS, CONFLICT_COLUMNS, 9)
    d.label((x2, 38, w2, 6), 1, I.DISTRICT_CHART_HEADING, 10, True, INK)
    chart = QgsLayoutItemPicture(d.layout)
    chart.setMode(QgsLayoutItemPicture.FormatSVG)
    chart.setResizeMode(QgsLayoutItemPicture.Zoom)
    chart.setPictureAnchor(QgsLayoutItem.UpperLeft)
    # Each page's chart is stored with its district, as SVG text.
    chart.dataDefinedProperties().setProperty(
        QgsLayoutObject.PictureSource, QgsProperty.fromExpression("'base64:' || \"chart\"")
    )
    d.place(chart, (x2, 45, w2, 72), 1, I.DISTRICT_CHART)
    d.label((x2, 121, w2, 6), 1, I.DISTRICT_TABLE_HEADING, 10, True, INK)
    d.table((x2, 128, w2, BOTTOM - 128 - 5), 1, I.DISTRICT_TABLE, WORKS_COLUMNS[page_size], 9)
    d.label((x2, BOTTOM - 4.5, w2, 5), 1, I.DISTRICT_TABLE_NOTE, 9, align=Qt.AlignRight)
    d.label((12, 286, 396, 6), 1, I.DISTRICT_FOOTER, 9, valign=Qt.AlignBottom)


def continuation(d: Designer, page_size: str) -> None:
    """Page 3, for a district whose works or conflicts do not all fit on its page: the rest of its tables."""
    _head(d, 2, I.MORE_NAME, I.MORE_HEADER)
    split = 266.0
    d.label((12, 38, split - 20, 6), 2, I.MORE_TABLE_HEADING, 10, True, INK)
    d.table((12, 45, split - 20, BOTTOM - 45), 2, I.MORE_TABLE, WORKS_COLUMNS[page_size], 9)
    d.label((split, 38, 408 - split, 6), 2, I.MORE_CONFLICTS_HEADING, 10, True, INK)
    d.table((split, 45, 408 - split, BOTTOM - 45), 2, I.MORE_CONFLICTS, CONFLICT_COLUMNS, 9)
    d.label((12, 286, 396, 6), 2, I.MORE_FOOTER, 9, valign=Qt.AlignBottom)


def make_template(page_size: str) -> QgsPrintLayout:
    """The council map layout for ``page_size``, without data."""
    width, height, _scale, _font = FORMATS[page_size]
    layout = QgsPrintLayout(QgsProject.instance())
    layout.setName("KIP council map")
    pages = layout.pageCollection()
    for _ in range(3):
        page = QgsLayoutItemPage(layout)
        page.setPageSize(QgsLayoutSize(width, height))
        pages.addPage(page)
    # The cover goes out with the first page only: one PDF, cover first. Each atlas feature is a
    # district's own page (part 1) or a continuation page of its tables (part 2 and on).
    part = f"coalesce(attribute(@atlas_feature, '{D_PART}'), 1)"
    for number, expression in ((0, "@atlas_featurenumber > 1"), (1, f"{part} > 1"), (2, f"{part} = 1")):
        pages.page(number).dataDefinedProperties().setProperty(
            QgsLayoutObject.ExcludeFromExports, QgsProperty.fromExpression(expression)
        )
    designer = Designer(layout, page_size)
    cover(designer)
    district(designer, page_size)
    continuation(designer, page_size)
    return layout


def main() -> int:
    """Write both templates into resources/layouts."""
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    for page_size in I.PAGE_SIZES:
        layout = make_template(page_size)
        path = I.template_path(page_size)
        if not layout.saveAsTemplate(str(path), QgsReadWriteContext()):
            print(f"could not write {path}", file=sys.stderr)
            return 1
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
