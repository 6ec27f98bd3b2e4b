"""The council map's own layers: a snapshot of the works, results and districts it shows.

The layout reads only these layers, so a council map shows the state of the plans on
the day it was made, and a saved project keeps showing it (see ``persist``).
"""
from __future__ import annotations

import base64
import datetime as _dt
from dataclasses import dataclass
from typing import Callable, Dict, List, Optional, Sequence, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFeedback,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QVariant

from ..core import schema as S
from ..core.errors import KipError
from ..core.schema import QT_TRANSLATE_NOOP
from ..i18n import tr, tr_code
from .atlas import District, focus
from .common import check_cancelled, format_period, locale
from .works_data import Combination, Conflict, Work

# Fields the snapshot adds to the works (display texts) and the fields of the district pages.
W_PARTY, W_STATUS_LABEL, W_PERIOD = "party", "status_label", "period"
W_CONFLICTS, W_TITLE_SHORT, W_ORDER = "conflicts", "title_short", "row_order"
C_KIND_LABEL, C_BETWEEN = "kind_label", "between"
D_NAME, D_PAGE, D_N_WORKS, D_N_COMBINATIONS, D_N_CONFLICTS = "name", "page", "n_works", "n_combinations", "n_conflicts"
D_SUMMARY, D_WORK_IDS, D_CONFLICT_IDS, D_CHART = "summary", "work_ids", "conflict_ids", "chart"
D_COMBINATION_IDS = "combination_ids"
# A district's pages: its own (part 1) and, when its tables do not fit there, continuation pages.
D_PART, D_TITLE, D_NOTE = "part", "title", "note"
D_TABLE_WORK_IDS, D_TABLE_CONFLICT_IDS = "table_work_ids", "table_conflict_ids"  # the rows of this page's tables
ID_SEPARATOR = "|"  # between the ids in D_WORK_IDS, D_COMBINATION_IDS, D_CONFLICT_IDS (ids may hold commas)

# Layer keys: the custom property "kip/council" of each snapshot layer.
WORKS, COMBINATIONS, CONFLICTS = "works", "combinations", "conflicts"
DISTRICTS, PAGES, MASK = "districts", "pages", "mask"

ChartMaker = Callable[[District], bytes]


@dataclass
class Page:
    """One page of a district in the PDF: its own page, or a continuation of its tables."""

    district: District
    part: int  # 1: the district's own page (map, chart); 2 and on: continuation pages
    number: int  # page number in the PDF
    work_ids: List[str]  # the works this page's table lists
    conflict_ids: List[str]  # the conflicts this page's table lists
    more: bool = False  # another page of the district follows


@dataclass
class Snapshot:
    """The layers of one council map, by key (combinations/conflicts only when analysed)."""

    layers: Dict[str, QgsVectorLayer]

    def get(self, key: str) -> Optional[QgsVectorLayer]:
        """The layer of ``key``, or None."""
        return self.layers.get(key)


def _fields(specs: Sequence[Tuple[str, QVariant.Type]]) -> QgsFields:
    fields = QgsFields()
    for name, kind in specs:
        field = QgsField(name, kind)
        if kind == QVariant.String:
            field.setLength(0)  # no length limit: charts and id lists are long
        fields.append(field)
    return fields


def _memory(geometry: str, crs: QgsCoordinateReferenceSystem, fields: QgsFields, name: str, key: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{geometry}?crs={crs.authid() or 'EPSG:4326'}", name, "memory")
    if not crs.authid():
        layer.setCrs(crs)
    layer.dataProvider().addAttributes(fields.toList())
    layer.updateFields()
    layer.setCustomProperty("kip/council", key)
    return layer


def _add(layer: QgsVectorLayer, features: List[QgsFeature]) -> None:
    ok, _ = layer.dataProvider().addFeatures(features)
    if not ok:
        raise KipError(
            QT_TRANSLATE_NOOP("@default", "Could not build the council map's layer '{name}': {error}"),
            name=layer.name(), error=layer.dataProvider().lastError())
    layer.updateExtents()


def _qdate(day: _dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def works_layer(works: Sequence[Work], parties: Dict[str, S.Party], crs) -> QgsVectorLayer:
    """The works on the map with the texts the table shows (whole: the table wraps them), in table order."""
    fields = _fields(
        [(S.F_WORK_ID, QVariant.String), (S.F_TITLE, QVariant.String), (W_TITLE_SHORT, QVariant.String),
         (S.F_OWNER, QVariant.String), (W_PARTY, QVariant.String), (S.F_WORK_TYPE, QVariant.String),
         (S.F_STATUS, QVariant.String), (W_STATUS_LABEL, QVariant.String), (S.F_START, QVariant.Date),
         (S.F_END, QVariant.Date), (W_PERIOD, QVariant.String), (S.R_CLUSTER_ID, QVariant.String),
         (W_CONFLICTS, QVariant.String), (W_ORDER, QVariant.Int)]
    )
    layer = _memory("MultiPolygon", crs, fields, tr("Works by party"), WORKS)
    features = []
    for order, work in enumerate(works):
        feature = QgsFeature(fields)
        geometry = work.geometry
        geometry.convertToMultiType()
        feature.setGeometry(geometry)
        party = parties.get(work.owner)
        feature.setAttributes([
            work.work_id, work.title, work.title, work.owner, party.name if party else work.owner,
            work.work_type, work.status, tr_code(S.STATUSES, work.status), _qdate(work.start), _qdate(work.end),
            format_period(work.start, work.end, short=True), work.combination, ", ".join(work.conflicts), order,
        ])
        features.append(feature)
    _add(layer, features)
    return layer


def combinations_layer(combinations: Sequence[Combination], crs) -> QgsVectorLayer:
    """The combinations, each an outline around its works."""
    fields = _fields([(S.R_CLUSTER_ID, QVariant.String), (S.R_N_WORKS, QVariant.Int), (S.R_DIGS_SAVED, QVariant.Int)])
    layer = _memory("MultiPolygon", crs, fields, tr("Combination"), COMBINATIONS)
    features = []
    for combination in combinations:
        feature = QgsFeature(fields)
        geometry = combination.geometry
        if geometry.type() != QgsWkbTypes.PolygonGeometry:
            geometry = geometry.convexHull()
        geometry.convertToMultiType()
        feature.setGeometry(geometry)
        feature.setAttributes([combination.cluster_id, len(combination.work_ids), combination.digs_saved])
        features.append(feature)
    _add(layer, features)
    return layer


def short_kinds() -> Dict[str, str]:
    """Conflict kinds in a few words, for the narrow table on a district page."""
    return {
        S.CONFLICT_DIG_AFTER_PAVING: tr("Dig after paving"),
        S.CONFLICT_SIMULTANEOUS_CLOSURES: tr("Closures at once"),
        S.CONFLICT_EVENT_DURING_WORKS: tr("Event during works"),
    }


def conflicts_layer(conflicts: Sequence[Conflict], crs, titles: Dict[str, str]) -> QgsVectorLayer:
    """The conflicts, drawn as their geometry is (points, lines or areas), with the titles of their works."""
    kinds = {QgsWkbTypes.PointGeometry: "MultiPoint", QgsWkbTypes.LineGeometry: "MultiLineString"}
    geometry_type = kinds.get(conflicts[0].geometry.type(), "MultiPolygon") if conflicts else "MultiPolygon"
    fields = _fields(
        [(S.R_CONFLICT_ID, QVariant.String), (S.R_KIND, QVariant.String), (C_KIND_LABEL, QVariant.String),
         (S.R_SEVERITY, QVariant.String), (S.R_DESCRIPTION, QVariant.String), (S.R_WORK_A, QVariant.String),
         (S.R_WORK_B, QVariant.String), (C_BETWEEN, QVariant.String)]
    )
    layer = _memory(geometry_type, crs, fields, tr("Conflict"), CONFLICTS)
    kinds_short = short_kinds()
    features = []
    for conflict in conflicts:
        feature = QgsFeature(fields)
        geometry = QgsGeometry(conflict.geometry)
        if kinds.get(geometry.type(), "MultiPolygon") != geometry_type:
            # Conflicts of one layer share a geometry type; anything else is kept as a point or area.
            converted = geometry.convertToType(layer.geometryType(), True)
            geometry = converted if not converted.isNull() else QgsGeometry()
        geometry.convertToMultiType()
        feature.setGeometry(geometry)
        feature.setAttributes([
            conflict.conflict_id, conflict.kind, kinds_short.get(conflict.kind, conflict.kind), conflict.severity,
            conflict.description or tr_code(S.CONFLICT_KINDS, conflict.kind), conflict.work_a, conflict.work_b,
            _between(conflict, titles),
        ])
        features.append(feature)
    _add(layer, features)
    return layer


def _between(conflict: Conflict, titles: Dict[str, str]) -> str:
    """'Work A / Work B', or for a closure cluster '5 works: Work A, Work B, …'."""
    ids = conflict.work_ids or [conflict.work_a, conflict.work_b]
    if len(ids) <= 2:
        return tr("{a} / {b}").format(a=titles.get(ids[0], ids[0]), b=titles.get(ids[-1], ids[-1]))
    return tr("{n} works: {titles}").format(n=len(ids), titles=", ".join(titles.get(w, w) for w in ids))


def summary(district: District, analysed_combinations: bool, analysed_conflicts: bool) -> str:
    """'Works: 12 · Combinations: 2 · Conflicts: 1' for a district page."""
    number = locale().toString
    parts = [tr("Works: {n}").format(n=number(len(district.works)))]
    if analysed_combinations:
        parts.append(tr("Combinations: {n}").format(n=number(len(district.combinations))))
    if analysed_conflicts:
        parts.append(tr("Conflicts: {n}").format(n=number(len(district.conflicts))))
    return " · ".join(parts)


def districts_layer(districts: Sequence[District], crs, key: str = DISTRICTS, name: str = "") -> QgsVectorLayer:
    """All districts, with their number of works and page."""
    fields = _fields([(D_NAME, QVariant.String), (D_N_WORKS, QVariant.Int), (D_PAGE, QVariant.Int)])
    layer = _memory("MultiPolygon", crs, fields, name or tr("Districts"), key)
    features = []
    for district in districts:
        feature = QgsFeature(fields)
        geometry = district.geometry
        geometry.convertToMultiType()
        feature.setGeometry(geometry)
        feature.setAttributes([district.name, len(district.works), district.page or None])
        features.append(feature)
    _add(layer, features)
    return layer


def pages_layer(
    pages: Sequence[Page],
    crs,
    chart: ChartMaker,
    analysed: Tuple[bool, bool],
    feedback: Optional[QgsFeedback] = None,
) -> QgsVectorLayer:
    """One feature per district page, in page order: the atlas coverage, with each page's chart and rows."""
    fields = _fields(
        [(D_NAME, QVariant.String), (D_PAGE, QVariant.Int), (D_N_WORKS, QVariant.Int),
         (D_N_COMBINATIONS, QVariant.Int), (D_N_CONFLICTS, QVariant.Int), (D_SUMMARY, QVariant.String),
         (D_WORK_IDS, QVariant.String), (D_COMBINATION_IDS, QVariant.String), (D_CONFLICT_IDS, QVariant.String),
         (D_CHART, QVariant.String), (D_PART, QVariant.Int), (D_TITLE, QVariant.String), (D_NOTE, QVariant.String),
         (D_TABLE_WORK_IDS, QVariant.String), (D_TABLE_CONFLICT_IDS, QVariant.String)]
    )
    layer = _memory("MultiPolygon", crs, fields, tr("District pages"), PAGES)
    features = []
    for number, page in enumerate(pages):
        check_cancelled(feedback)
        if feedback is not None:
            feedback.setProgress(100.0 * number / max(len(pages), 1))
        district = page.district
        feature = QgsFeature(fields)
        geometry = focus(district)  # the atlas zooms to it; outlines and tables go by name and ids
        geometry.convertToMultiType()
        feature.setGeometry(geometry)
        title = district.name if page.part == 1 else tr("{name} (continued)").format(name=district.name)
        note = tr("Continued on page {page}.").format(page=page.number + 1) if page.more else ""
        feature.setAttributes([
            district.name, page.number, len(district.works), len(district.combinations), len(district.conflicts),
            district.summary or summary(district, *analysed), ID_SEPARATOR.join(w.work_id for w in district.works),
            ID_SEPARATOR.join(district.combinations), ID_SEPARATOR.join(district.conflicts),
            base64.b64encode(chart(district)).decode("ascii") if page.part == 1 else "",
            page.part, title, note, ID_SEPARATOR.join(page.work_ids), ID_SEPARATOR.join(page.conflict_ids),
        ])
        features.append(feature)
    _add(layer, features)
    return layer


def persist(snapshot: Snapshot, path: str, context: QgsCoordinateTransformContext, new_file: bool = True) -> Snapshot:
    """Write the snapshot's layers into the GeoPackage ``path`` (replacing it, or adding to it when not
    ``new_file``) and return them read from there."""
    layers = {}
    first = new_file
    for key, layer in snapshot.layers.items():
        if key == MASK:
            continue
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = key
        options.fileEncoding = "UTF-8"
        options.actionOnExistingFile = (
            QgsVectorFileWriter.CreateOrOverwriteFile if first else QgsVectorFileWriter.CreateOrOverwriteLayer
        )
        result = QgsVectorFileWriter.writeAsVectorFormatV3(layer, path, context, options)
        if result[0] != QgsVectorFileWriter.NoError:
            raise KipError(
                QT_TRANSLATE_NOOP("@default", "Could not write the council map's data to '{path}': {error}"),
                path=path, error=result[1])
        first = False
        stored = QgsVectorLayer(f"{path}|layername={key}", layer.name(), "ogr")
        stored.setCustomProperty("kip/council", key)
        layers[key] = stored
    if MASK in snapshot.layers:
        mask = QgsVectorLayer(f"{path}|layername={DISTRICTS}", snapshot.layers[MASK].name(), "ogr")
        mask.setCustomProperty("kip/council", MASK)
        layers[MASK] = mask
    return Snapshot(layers)
