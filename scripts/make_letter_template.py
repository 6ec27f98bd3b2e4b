"""Write KIP's letter template for residents: resources/layouts/resident_letter_a4.qpt.

One A4 letter per street: sender and date, to whom, subject, the text, a map of the street
with its works, a table of the works (what, who, when, what you will notice, questions),
the closing and a footer. The texts are expressions on the letter's fields, so a
municipality may move, restyle or replace every item in the layout designer and save
the result as its own template; KIP finds the map and the table by their ids.

    .venv/bin/python scripts/make_letter_template.py [--out resources/layouts/resident_letter_a4.qpt]
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def build(project):
    """The letter layout, with KIP's item ids."""
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsLayoutFrame,
        QgsLayoutItemAttributeTable,
        QgsLayoutItemLabel,
        QgsLayoutItemMap,
        QgsLayoutItemPage,
        QgsLayoutMultiFrame,
        QgsLayoutPoint,
        QgsLayoutSize,
        QgsLayoutTable,
        QgsLayoutTableColumn,
        QgsPrintLayout,
        QgsRectangle,
        QgsTextFormat,
        QgsUnitTypes,
    )
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtGui import QColor, QFont

    from kip_plugin.residents import letter_items as L

    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName("KIP letter")
    page = layout.pageCollection().page(0)
    page.setPageSize("A4", QgsLayoutItemPage.Portrait)

    def label(item_id, x, y, w, h, text, size=10.0, bold=False, align=Qt.AlignLeft, colour="#1a1a1a"):
        item = QgsLayoutItemLabel(layout)
        item.setId(item_id)
        item.setText(text)
        font = QFont("DejaVu Sans")
        font.setPointSizeF(size)
        font.setBold(bold)
        item.setFont(font)
        item.setFontColor(QColor(colour))
        item.setHAlign(align)
        item.setVAlign(Qt.AlignTop)
        layout.addLayoutItem(item)
        item.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutMillimeters))
        item.attemptResize(QgsLayoutSize(w, h, QgsUnitTypes.LayoutMillimeters))
        return item

    label(L.SENDER, 115, 15, 75, 22, f'[% "{L.F_SENDER}" %]', 9.5, align=Qt.AlignRight)
    label(L.DATE, 115, 38, 75, 6, f'[% "{L.F_DATE}" %]', 9.5, align=Qt.AlignRight)
    label(L.ADDRESS, 20, 40, 90, 16, f'[% "{L.F_ADDRESS}" %]', 11, bold=True)
    label(L.SUBJECT, 20, 60, 170, 8, f'[% "{L.F_SUBJECT}" %]', 12, bold=True)
    label(L.BODY, 20, 68, 170, 36, f'[% "{L.F_BODY}" %]', 10)

    map_item = QgsLayoutItemMap(layout)
    map_item.setId(L.MAP)
    map_item.setCrs(QgsCoordinateReferenceSystem("EPSG:28992"))
    map_item.setFrameEnabled(True)
    map_item.setFrameStrokeColor(QColor("#7f7f7f"))
    map_item.setBackgroundColor(QColor("#f4f4f1"))
    layout.addLayoutItem(map_item)
    map_item.attemptMove(QgsLayoutPoint(20, 106, QgsUnitTypes.LayoutMillimeters))
    map_item.attemptResize(QgsLayoutSize(170, 70, QgsUnitTypes.LayoutMillimeters))
    # A street in Ede, for the designer's preview; the same proportions as the item.
    map_item.setExtent(QgsRectangle(172000, 446000, 172000 + 170 * 12, 446000 + 70 * 12))
    label(L.MAP_NOTE, 20, 177, 170, 8, f'[% "{L.F_MAP_NOTE}" %]', 7.5, colour="#4d4d4d")

    table = QgsLayoutItemAttributeTable.create(layout)
    table.setResizeMode(QgsLayoutMultiFrame.UseExistingFrames)
    table.setWrapBehavior(QgsLayoutTable.WrapText)
    table.setEmptyTableBehavior(QgsLayoutTable.ShowMessage)
    table.setShowGrid(True)
    table.setGridColor(QColor("#c8c8c8"))
    table.setCellMargin(1.2)
    columns = []
    for attribute, width in L.TABLE_COLUMNS:
        column = QgsLayoutTableColumn(attribute)
        column.setAttribute(attribute)
        column.setWidth(width)
        columns.append(column)
    table.setColumns(columns)
    for setter, size, bold in ((table.setHeaderTextFormat, 8.5, True), (table.setContentTextFormat, 8.5, False)):
        text_format = QgsTextFormat()
        font = QFont("DejaVu Sans")
        font.setBold(bold)
        text_format.setFont(font)
        text_format.setSize(size)
        text_format.setSizeUnit(QgsUnitTypes.RenderPoints)
        setter(text_format)
    layout.addMultiFrame(table)
    frame = QgsLayoutFrame(layout, table)
    frame.setId(L.TABLE)
    frame.attemptMove(QgsLayoutPoint(20, 186, QgsUnitTypes.LayoutMillimeters))
    frame.attemptResize(QgsLayoutSize(170, 66, QgsUnitTypes.LayoutMillimeters))
    table.addFrame(frame)

    label(L.CLOSING, 20, 255, 170, 26, f'[% "{L.F_CLOSING}" %]', 10)
    label(L.FOOTER, 20, 283, 170, 8, f'[% "{L.F_FOOTER}" %] [% @atlas_featurenumber %]/[% @atlas_totalfeatures %]', 7.5,
          colour="#4d4d4d")
    return layout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default=str(ROOT / "resources" / "layouts" / "resident_letter_a4.qpt"))
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication, QgsProject, QgsReadWriteContext

    app = QgsApplication([], False)
    app.initQgis()
    project = QgsProject()
    layout = build(project)
    if not layout.saveAsTemplate(args.out, QgsReadWriteContext()):
        sys.exit(f"could not write {args.out}")
    print(f"Wrote {args.out}")
    app.exitQgis()


if __name__ == "__main__":
    main()
