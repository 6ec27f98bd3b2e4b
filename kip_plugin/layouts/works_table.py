"""The tables of a council map: the works of a district, its conflicts, and the district index."""
from __future__ import annotations

from typing import Dict, List, Optional, Sequence

from qgis.core import (
    QgsLayoutItemAttributeTable,
    QgsLayoutTable,
    QgsLayoutTableColumn,
    QgsLayoutUtils,
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
        # Narrow columns of numbers, as on the map: short headings.
        S.R_CLUSTER_ID: tr("Comb."),
        N.W_CONFLICTS: tr("Confl."),
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


def rows_that_fit(table: QgsLayoutItemAttributeTable, field: str, ids: Sequence[str]) -> int:
    """How many of the features whose ``field`` is one of ``ids`` ``table`` shows in its (first) frame.

    QGIS works it out itself, with the table's own fonts, margins and wrapped lines.
    """
    table.setFilterFeatures(True)
    table.setFeatureFilter(f'"{field}" IN ({", ".join(_literal(i) for i in ids)})' if ids else "false")
    table.refreshAttributes()
    context = QgsLayoutUtils.createRenderContextForLayout(table.layout(), None)
    first, last = table.rowRange(context, 0)
    return max(0, last - first)


def split_rows(tables: Sequence[QgsLayoutItemAttributeTable], field: str, ids: Sequence[str]) -> List[List[str]]:
    """``ids`` (in the tables' order) cut into the rows of successive pages: the first part what the first
    table shows, each further part what the second one (on a continuation page) shows; at least one part."""
    parts: List[List[str]] = []
    rest = list(ids)
    while rest:
        table = tables[0] if not parts else tables[-1]
        # A row taller than a whole frame still gets a page of its own.
        fit = max(rows_that_fit(table, field, rest), 1 if parts else 0)
        parts.append(rest[:fit])
        rest = rest[fit:]
    return parts or [[]]


def _literal(text: str) -> str:
    return "'" + str(text).replace("'", "''") + "'"


def _set_layer(table: QgsLayoutItemAttributeTable, layer: QgsVectorLayer) -> None:
    """Point the table at ``layer`` keeping the template's columns (setVectorLayer resets them)."""
    columns = table.columns()
    table.setVectorLayer(layer)
    table.setColumns(columns)
    # setColumns() keeps the rows read for the layer's own columns; measured as they are, their extra cells
    # would run past QGIS's arrays of the template's columns.
    table.refreshAttributes()


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


def page_ids(list_field: str, default: str = "") -> str:
    """Expression: the ids listed in ``list_field`` of the page being drawn, or ``default`` (the designer's
    view without atlas preview shows the first page)."""
    value = (f"if(@atlas_feature IS NULL, {_literal(default)}, "
             f"coalesce(attribute(@atlas_feature, '{list_field}'), {_literal(default)}))")
    return f"string_to_array({value}, '{N.ID_SEPARATOR}')"


def prepare_works_table(table: QgsLayoutItemAttributeTable, works: QgsVectorLayer) -> None:
    """The works table over the snapshot's works, earliest first, headings in the user's language."""
    _set_layer(table, works)
    _translate_columns(table)
    # The order KIP cut the rows into pages by: start, end, title.
    table.setSortColumns([_sort(f'"{N.W_ORDER}"')])
    table.setEmptyTableMessage(tr("No works planned in this period."))


def prepare_conflicts_table(table: QgsLayoutItemAttributeTable, conflicts: Optional[QgsVectorLayer]) -> None:
    """The conflicts table over the snapshot's conflicts, or a note that conflicts were not analysed."""
    if conflicts is not None:
        _set_layer(table, conflicts)
        # Padded, so that conflict 4 comes before conflict 43 (ids are text).
        table.setSortColumns([_sort(f'lpad("{S.R_CONFLICT_ID}", 12, \'0\')')])
        table.setEmptyTableMessage(tr("No conflicts in this district."))
    else:
        table.setEmptyTableMessage(tr("Conflicts were not analysed for this map."))
        table.setHeaderMode(QgsLayoutTable.NoHeaders)
    _translate_columns(table)


def bind_rows(
    table: QgsLayoutItemAttributeTable, field: str, list_field: str, default: str, shown: bool = True
) -> None:
    """Let ``table`` list the rows whose ``field`` is in the page's ``list_field`` (all: they were cut to fit)."""
    table.setFilterFeatures(True)
    table.setFeatureFilter(f'array_contains({page_ids(list_field, default)}, "{field}")' if shown else "false")
    table.setMaximumNumberOfFeatures(100_000)
    table.refreshAttributes()


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
    table.setFilterFeatures(True)
    table.setFeatureFilter(f'"{N.D_PART}" = 1')  # a district once, with its first page
    table.setSortColumns([_sort(f'"{N.D_PAGE}"')])
    table.setMaximumNumberOfFeatures(10000)
    table.refreshAttributes()


def _sort(expression: str) -> QgsLayoutTableColumn:
    column = QgsLayoutTableColumn()
    column.setAttribute(expression)
    column.setSortOrder(Qt.AscendingOrder)
    return column
