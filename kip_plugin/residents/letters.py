"""Letters to residents: one page per street with works, from an editable layout template, as one PDF.

The letters are an atlas over the streets with works in the period. Each letter has a
small map of the street with its works, a table of the works (combined works as one row)
and the texts of its fields, written in the publication's language.
"""
from __future__ import annotations

import datetime as _dt
import os
import tempfile
from pathlib import Path
from typing import Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeedback,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemMap,
    QgsLayoutTableColumn,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsRenderContext,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt

from ..core.publication import Publication
from ..core.errors import Cancelled, KipError
from ..core.schema import QT_TRANSLATE_NOOP
from ..layouts.common import layout_from_template
from . import letter_items as L
from .letter_data import layout_name, letter_layers, no_works, table_headings


def load_template(project: QgsProject, path: Path) -> QgsPrintLayout:
    """A print layout from a letter template; a clear error when it is not one."""
    return layout_from_template(
        project, path, L.REQUIRED,
        QT_TRANSLATE_NOOP("@default", "The layout template '{path}' lacks the items {ids}; start from KIP's "
                                      "letter template."))


def make_letters(publication: Publication, crs: QgsCoordinateReferenceSystem, project: QgsProject,
                 template: Optional[str], sender: str, made_on: _dt.date) -> QgsPrintLayout:
    """The letters' layout in ``project``: an atlas with one letter per street with works."""
    streets = publication.streets_with_works()
    if not streets:
        raise KipError(
            QT_TRANSLATE_NOOP("@default", "No street has works in this period; there are no letters to write."))
    layout = load_template(project, Path(template) if template else L.template_path())
    coverage, rows, events, lines = letter_layers(publication, crs, streets, sender, made_on)
    for layer in (coverage, rows, events, lines):
        project.addMapLayer(layer, False)
    map_item = layout.itemById(L.MAP)
    map_item.setCrs(crs)
    map_item.setKeepLayerSet(True)
    map_item.setLayers([events, lines])
    map_item.setExtent(_with_proportions(coverage.extent(), map_item))  # the atlas keeps the item's proportions
    map_item.setAtlasDriven(True)
    map_item.setAtlasScalingMode(QgsLayoutItemMap.Auto)
    map_item.setAtlasMargin(0.0)
    _bind_table(layout, rows)
    layout.setName(layout_name())
    atlas = layout.atlas()
    atlas.setCoverageLayer(coverage)
    atlas.setPageNameExpression(f'"{L.F_STREET}"')
    atlas.setSortFeatures(True)
    atlas.setSortExpression(f'"{L.F_STREET}"')
    atlas.setHideCoverage(True)
    atlas.setEnabled(True)
    atlas.updateFeatures()
    layout.refresh()
    return layout


def _with_proportions(extent: QgsRectangle, item: QgsLayoutItemMap) -> QgsRectangle:
    """``extent`` grown to the width-to-height ratio of the map item, so that setting it keeps the item's size."""
    size = item.sizeWithUnits()
    ratio = size.width() / size.height() if size.height() > 0 else 1.0
    width, height = max(extent.width(), 1.0), max(extent.height(), 1.0)
    if width / height < ratio:
        width = height * ratio
    else:
        height = width / ratio
    centre = extent.center()
    return QgsRectangle(centre.x() - width / 2, centre.y() - height / 2, centre.x() + width / 2, centre.y() + height / 2)


def _bind_table(layout: QgsPrintLayout, rows: QgsVectorLayer) -> None:
    frame = layout.itemById(L.TABLE)
    table = frame.multiFrame() if isinstance(frame, QgsLayoutFrame) else frame
    if not isinstance(table, QgsLayoutItemAttributeTable):
        raise KipError(
            QT_TRANSLATE_NOOP("@default", "The item '{id}' of the letter template must be an attribute table."),
            id=L.TABLE)
    columns = table.columns()
    table.setVectorLayer(rows)
    headings = table_headings()
    for column in columns:
        column.setHeading(headings.get(column.attribute(), column.heading()))
    table.setColumns(columns or [QgsLayoutTableColumn(h) for h in headings])
    table.setFilterFeatures(True)
    table.setFeatureFilter(f"\"{L.R_STREET}\" = attribute(@atlas_feature, '{L.F_STREET}')")
    order = QgsLayoutTableColumn()
    order.setAttribute(f'"{L.R_ORDER}"')
    order.setSortOrder(Qt.AscendingOrder)
    table.setSortColumns([order])
    table.setEmptyTableMessage(no_works())


def export_letters(layout: QgsPrintLayout, path: str, feedback: Optional[QgsFeedback] = None) -> int:
    """Write every letter into one PDF at ``path`` (replaced only when all went well); the number of pages."""
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, partial = tempfile.mkstemp(suffix=".pdf", prefix=".kip-", dir=str(target.parent))
        os.close(handle)
    except OSError as error:
        raise KipError(
            QT_TRANSLATE_NOOP("@default", "Cannot write the PDF '{path}': {reason}"),
            path=path, reason=error.strerror)
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = 200
    settings.rasterizeWholeImage = False
    settings.exportMetadata = True
    settings.simplifyGeometries = True
    settings.appendGeoreference = False
    settings.textRenderFormat = QgsRenderContext.TextFormatAlwaysText  # real text: searchable, and pdftotext reads it
    try:
        result, error = QgsLayoutExporter.exportToPdf(layout.atlas(), partial, settings, feedback)
        if result == QgsLayoutExporter.Canceled:
            raise Cancelled()
        if result != QgsLayoutExporter.Success:
            raise KipError(
                QT_TRANSLATE_NOOP("@default", "Could not write the letters to '{path}': {error}"),
                path=path, error=error or result)
        os.chmod(partial, 0o644)  # readable like any other export, not private as a temporary file
        os.replace(partial, target)
    finally:
        if os.path.exists(partial):
            os.remove(partial)
    return layout.atlas().count() * layout.pageCollection().pageCount()
