"""The tables of a council map: the works of a district, its conflicts, and the district index."""
from __future__ import annotations

from typing import Callable, Dict, Optional

from qgis.core import (
    QgsLayoutItemAttributeTable,
    QgsLayoutTable,
    QgsLayoutTableColumn,
    QgsLayoutUtils,
    QgsTextFormat,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt

from ..core import schema as S
from ..i18n import tr
from . import snapshot as N


def _headings() -> Dict[str, str]:
    return {
        N.W_TITLE_SHORT: tr("Work"),
        S.F_TITLE: tr("Work"),
        N.W_PARTY: tr("Party"),
        N.W_PERIOD: tr("Period"),
        N.W_STATUS_LABEL: tr("Status"),
        S.R_CLUSTER_ID: tr("Combination"),
        N.W_CONFLICTS: tr("Conflict"),
        S.R_CONFLICT_ID: tr("No."),
        S.R_DESCRIPTION: tr("Conflict"),
        N.C_KIND_LABEL: tr("Conflict"),
        N.C_BETWEEN: tr("Between the works"),
        N.D_NAME: tr("District"),
        N.D_N_WORKS: tr("Works"),
        N.D_N_COMBINATIONS: tr("Combinations"),
        N.D_N_CONFLICTS: tr("Conflicts"),
        N.D_PAGE: tr("Page"),
    }


def _line_height(text_format: QgsTextFormat) -> float:
    """Height in mm of a one-line cell's text, as QGIS 3.22's layout tables measure it."""
    font = text_format.toQFont()
    font.setPointSizeF(text_format.size())
    return QgsLayoutUtils.fontAscentMM(font)


def rows_that_fit(table: QgsLayoutTable, frame_height: float) -> int:
    """How many content rows fit under the header in a frame of ``frame_height`` mm."""
    margin, grid = table.cellMargin(), table.gridStrokeWidth() if table.showGrid() else 0.0
    header = _line_height(table.headerTextFormat()) + 2 * margin + grid
    row = _line_height(table.contentTextFormat()) + 2 * margin + grid
    # A small reserve for rounding, so that the last row is never cut in half.
    return max(1, int((frame_height - header - grid - 0.5) / row))


def elider(table: QgsLayoutTable, attribute: str) -> Callable[[str], str]:
    """A function shortening text with '…' to fit the column ``attribute`` of ``table``."""
    column = next((c for c in table.columns() if c.attribute() == attribute), None)
    if column is None or column.width() <= 0:
        return lambda text: text
    font = table.contentTextFormat().toQFont()
    font.setPointSizeF(table.contentTextFormat().size())
    room = column.width() * 0.98

    def elide(text: str) -> str:
        text = text or ""
        if QgsLayoutUtils.textWidthMM(font, text) <= room:
            return text
        low, high = 0, len(text)
        while low < high:  # the longest start of the text that fits with the ellipsis
            middle = (low + high + 1) // 2
            if QgsLayoutUtils.textWidthMM(font, text[:middle].rstrip() + "…") <= room:
                low = middle
            else:
                high = middle - 1
        return text[:low].rstrip() + "…"

    return elide


def _set_layer(table: QgsLayoutItemAttributeTable, layer: QgsVectorLayer) -> None:
    """Point the table at ``layer`` keeping the template's columns (setVectorLayer resets them)."""
    columns = table.columns()
    table.setVectorLayer(layer)
    table.setColumns(columns)


def _translate_columns(table: QgsLayoutTable, keep: Optional[set] = None) -> None:
    """Headings in the user's language; columns not in ``keep`` are dropped (their width goes to the first)."""
    headings = _headings()
    columns = []
    spare = 0.0
    for column in table.columns():
        if keep is not None and column.attribute() not in keep:
            spare += column.width()
            continue
        column.setHeading(headings.get(column.attribute(), column.heading()))
        columns.append(column)
    if columns and spare:
        columns[0].setWidth(columns[0].width() + spare)
    table.setColumns(columns)


def _ids_filter(field: str, list_field: str) -> str:
    return (
        f"array_contains(string_to_array(attribute(@atlas_feature, '{list_field}'), '{N.ID_SEPARATOR}'), \"{field}\")"
    )


def bind_works_table(table: QgsLayoutItemAttributeTable, works: QgsVectorLayer, frame_height: float) -> int:
    """Show the page district's works, earliest first; return how many rows fit."""
    _set_layer(table, works)
    _translate_columns(table)
    table.setFilterFeatures(True)
    table.setFeatureFilter(_ids_filter(S.F_WORK_ID, N.D_WORK_IDS))
    table.setSortColumns([_sort(f'"{S.F_START}"'), _sort(f'"{S.F_END}"'), _sort(f'"{S.F_TITLE}"')])
    capacity = rows_that_fit(table, frame_height)
    table.setMaximumNumberOfFeatures(capacity)
    table.setEmptyTableMessage(tr("No works planned in this period."))
    table.refreshAttributes()
    return capacity


def bind_conflicts_table(
    table: QgsLayoutItemAttributeTable, conflicts: Optional[QgsVectorLayer], frame_height: float
) -> int:
    """Show the conflicts of the page's district with their description; return how many rows fit."""
    if conflicts is not None:
        _set_layer(table, conflicts)
        table.setFilterFeatures(True)
        table.setFeatureFilter(_ids_filter(S.R_CONFLICT_ID, N.D_CONFLICT_IDS))
        # Padded, so that conflict 4 comes before conflict 43 (ids are text).
        table.setSortColumns([_sort(f'lpad("{S.R_CONFLICT_ID}", 12, \'0\')')])
        table.setEmptyTableMessage(tr("No conflicts in this district."))
    else:
        table.setFilterFeatures(True)
        table.setFeatureFilter("false")
        table.setEmptyTableMessage(tr("Conflicts were not analysed for this map."))
        table.setHeaderMode(QgsLayoutTable.NoHeaders)
    _translate_columns(table)
    capacity = rows_that_fit(table, frame_height)
    table.setMaximumNumberOfFeatures(capacity)
    table.refreshAttributes()
    return capacity


def bind_index_table(table: QgsLayoutItemAttributeTable, pages: QgsVectorLayer, analysed: tuple) -> None:
    """The cover's list of districts with their numbers and page."""
    keep = {N.D_NAME, N.D_N_WORKS, N.D_PAGE}
    if analysed[0]:
        keep.add(N.D_N_COMBINATIONS)
    if analysed[1]:
        keep.add(N.D_N_CONFLICTS)
    _set_layer(table, pages)
    _translate_columns(table, keep)
    table.setFilterToAtlasFeature(False)
    table.setSortColumns([_sort(f'"{N.D_PAGE}"')])
    table.setMaximumNumberOfFeatures(10000)
    table.refreshAttributes()


def _sort(expression: str) -> QgsLayoutTableColumn:
    column = QgsLayoutTableColumn()
    column.setAttribute(expression)
    column.setSortOrder(Qt.AscendingOrder)
    return column


def overflow_note(capacity: int) -> str:
    """Label text (an expression) saying how many works did not fit in the table."""
    text = tr("+ {n} more works, shown on the map but not listed here").replace("'", "''")
    number = f"to_string(\"{N.D_N_WORKS}\" - {capacity})"
    return f"[% if(\"{N.D_N_WORKS}\" > {capacity}, replace('{text}', '{{n}}', {number}), '') %]"
