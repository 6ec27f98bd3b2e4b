"""From layers to the timeline: works layers as columns, detection results, districts.

The works come from the store's one reader (``store.works_table``), which reads a
GeoPackage or PostGIS table in one query for all the party layers over it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Tuple

from qgis.core import (
    QgsCoordinateTransform,
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsSpatialIndex,
    QgsVectorLayer,
)

from ..core import schema as S
from ..i18n import tr
from ..store.project import find_group
from ..store.works_table import read_works_table, text_value
from .timeline_model import WorkColumns

RESULT_PROPERTY = "kip/result"  # custom property the detection gives its result layers
FEW_VALUES = (S.F_OWNER, S.F_WORK_TYPE, S.F_STATUS)  # code lists: few distinct values
TEXT_FIELDS = (S.F_WORK_ID, S.F_TITLE, S.F_OWNER, S.F_WORK_TYPE, S.F_STATUS)
DATE_FIELDS = (S.F_START, S.F_END, S.F_EARLIEST_START, S.F_LATEST_END)
# Column of WorkColumns holding each schema field.
COLUMN_OF = {
    S.F_WORK_ID: "work_id",
    S.F_TITLE: "title",
    S.F_OWNER: "owner",
    S.F_WORK_TYPE: "work_type",
    S.F_STATUS: "status",
    S.F_START: "start",
    S.F_END: "end",
    S.F_EARLIEST_START: "earliest",
    S.F_LATEST_END: "latest",
}


def read_works(layers: Iterable[QgsVectorLayer]) -> List[WorkColumns]:
    """Works layers' works as columns, through the store's one reader (unsaved edits included)."""
    layers = list(layers)
    table = read_works_table(layers, list(COLUMN_OF))
    boxes = table.bounds()
    blocks = []
    for i, layer in enumerate(layers):
        rows = table.rows_of(i)
        values = {COLUMN_OF[name]: table.columns[name][rows].tolist() for name in TEXT_FIELDS}
        values.update({COLUMN_OF[name]: table.columns[name][rows] for name in DATE_FIELDS})
        blocks.append(WorkColumns(layer_id=layer.id(), fid=table.fid[rows], bbox=boxes[rows], **values))
    return blocks


# ---- detection results ------------------------------------------------------------------


@dataclass
class Results:
    """What the detection found, as far as the timeline shows it."""

    combination_of: Dict[str, str]
    combination_owners: Dict[str, List[str]]
    digs_saved: Dict[str, int]
    conflicts: List[Tuple[str, str, str]]  # kind, work_a, work_b
    layer_ids: List[str]
    money: Dict[str, str] = field(default_factory=dict)  # combination -> whose money, in words


def _has(layer: QgsVectorLayer, *names: str) -> bool:
    fields = layer.fields()
    return all(fields.indexOf(n) >= 0 for n in names)


def result_layers(project: QgsProject, exclude: Iterable[str] = ()) -> List[QgsVectorLayer]:
    """Layers holding detection results: those in KIP's results group and those marked as a result."""
    group = find_group(project, "results")
    layers = {n.layerId(): n.layer() for n in group.findLayers()} if group is not None else {}
    for layer in project.mapLayers().values():
        if layer.customProperty(RESULT_PROPERTY):
            layers[layer.id()] = layer
    exclude = set(exclude)
    return [
        layer
        for layer_id, layer in layers.items()
        if isinstance(layer, QgsVectorLayer) and layer.isValid() and layer_id not in exclude
    ]


def read_results(project: QgsProject, exclude: Iterable[str] = ()) -> Results:
    """Combinations and conflicts from the result layers, recognised by their contract fields."""
    results = Results({}, {}, {}, [], [])
    for layer in result_layers(project, exclude):
        if _has(layer, S.R_CONFLICT_ID, S.R_KIND, S.R_WORK_A, S.R_WORK_B):
            results.layer_ids.append(layer.id())
            listed = _has(layer, S.R_WORK_IDS)
            for f in layer.getFeatures(QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)):
                a, b = text_value(f[S.R_WORK_A]), text_value(f[S.R_WORK_B])
                ids = [w.strip() for w in text_value(f[S.R_WORK_IDS]).split(",") if w.strip()] if listed else []
                if len(ids) > 2:  # a closure cluster: each of its works with the others
                    results.conflicts.extend((text_value(f[S.R_KIND]), x, y) for x, y in _closure_links(ids))
                elif a and b:
                    results.conflicts.append((text_value(f[S.R_KIND]), a, b))
        elif _has(layer, S.R_CLUSTER_ID, S.R_WORK_IDS):
            results.layer_ids.append(layer.id())
            with_owners, with_digs = _has(layer, S.R_OWNERS), _has(layer, S.R_DIGS_SAVED)
            for f in layer.getFeatures(QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)):
                combination = text_value(f[S.R_CLUSTER_ID])
                if not combination:
                    continue
                for work_id in text_value(f[S.R_WORK_IDS]).split(","):
                    if work_id.strip():
                        results.combination_of[work_id.strip()] = combination
                if with_owners:
                    results.combination_owners[combination] = [
                        o.strip() for o in text_value(f[S.R_OWNERS]).split(",") if o.strip()
                    ]
                if with_digs and text_value(f[S.R_DIGS_SAVED]).lstrip("-").isdigit():
                    results.digs_saved[combination] = int(text_value(f[S.R_DIGS_SAVED]))
                if _has(layer, S.R_REINSTATEMENT_SAVING_EUR):
                    results.money[combination] = money_text(f)
        elif _has(layer, S.F_WORK_ID, S.R_CLUSTER_ID) and not _has(layer, S.R_WORK_A):
            results.layer_ids.append(layer.id())
            for f in layer.getFeatures(QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)):
                combination = text_value(f[S.R_CLUSTER_ID])
                if combination:
                    results.combination_of.setdefault(text_value(f[S.F_WORK_ID]), combination)
    return results


def _closure_links(ids: List[str], all_pairs_up_to: int = 6) -> List[Tuple[str, str]]:
    """Pairs that tie the works of a closure cluster together: all of them in a small one, a chain in a large one."""
    if len(ids) <= all_pairs_up_to:
        return [(x, y) for k, x in enumerate(ids) for y in ids[k + 1:]]
    return list(zip(ids[:-1], ids[1:]))


def money_text(feature) -> str:
    """Whose money in a combination, in words: budgets, the reinstatement saved, the proposed split."""
    from ..tactical.text import euro

    def amount(name: str):
        value = feature[name] if feature.fields().indexOf(name) >= 0 else None
        return None if value is None or (hasattr(value, "isNull") and value.isNull()) else float(value)

    text = tr("project money {project}, maintenance money {maintenance}; one reinstatement saves {saving}").format(
        project=euro(amount(S.R_PROJECT_EUR) or 0.0), maintenance=euro(amount(S.R_MAINTENANCE_EUR) or 0.0),
        saving=euro(amount(S.R_REINSTATEMENT_SAVING_EUR)))
    split = text_value(feature[S.R_COST_SPLIT]) if feature.fields().indexOf(S.R_COST_SPLIT) >= 0 else ""
    if split:
        text += "; " + tr("proposed split: {split}").format(split=split)
    return text


def combination_labels(results: Results, party_name) -> Dict[str, str]:
    """A readable title per combination: its owners and the digs it saves."""
    labels = {}
    for combination in set(results.combination_of.values()):
        owners = ", ".join(party_name(o) for o in results.combination_owners.get(combination, []))
        digs = results.digs_saved.get(combination)
        if owners and digs:
            labels[combination] = tr("Combination {id}: {owners} (one dig instead of {digs})").format(
                id=combination, owners=owners, digs=digs + 1
            )
        elif owners:
            labels[combination] = tr("Combination {id}: {owners}").format(id=combination, owners=owners)
        else:
            labels[combination] = tr("Combination {id}").format(id=combination)
    return labels


# ---- districts -----------------------------------------------------------------------------


def district_expression(layer: QgsVectorLayer) -> str:
    """How a district is named: as the map labels it, else the layer's display expression."""
    if layer.labelsEnabled() and layer.labeling() is not None and layer.labeling().type() == "simple":
        settings = layer.labeling().settings()
        if settings.fieldName:
            return settings.fieldName if settings.isExpression else QgsExpression.quotedColumnRef(settings.fieldName)
    return layer.displayExpression()


class DistrictIndex:
    """A polygon layer's districts, to look up which district a work lies in."""

    def __init__(self, layer: QgsVectorLayer):
        self.layer_id = layer.id()
        self.crs = layer.crs()
        expression = QgsExpression(district_expression(layer))
        context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
        self.names: Dict[int, str] = {}
        self.geometries: Dict[int, QgsGeometry] = {}
        self.index = QgsSpatialIndex()
        for feature in layer.getFeatures():
            geometry = feature.geometry()
            if geometry.isNull():
                continue
            context.setFeature(feature)
            self.names[feature.id()] = text_value(expression.evaluate(context)) or str(feature.id())
            self.geometries[feature.id()] = geometry
            self.index.addFeature(feature)

    def names_for(self, columns: WorkColumns, crs, project: QgsProject) -> List[str]:
        """District of each work: the one holding the middle of its area ('' when none does)."""
        transform = QgsCoordinateTransform(crs, self.crs, project)
        result = []
        for x0, y0, x1, y1 in columns.bbox.tolist():
            if x0 != x0:  # NaN: no work area
                result.append("")
                continue
            try:
                rect = transform.transformBoundingBox(QgsRectangle(x0, y0, x1, y1))
            except Exception:
                result.append("")
                continue
            point = QgsGeometry.fromPointXY(QgsPointXY(rect.center()))
            candidates = self.index.intersects(rect)
            name = next((self.names[c] for c in candidates if self.geometries[c].contains(point)), None)
            if name is None:
                area = QgsGeometry.fromRect(rect)
                name = next((self.names[c] for c in candidates if self.geometries[c].intersects(area)), "")
            result.append(name)
        return result
