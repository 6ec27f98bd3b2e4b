"""Reading an asset layer through its mapping into plain assets, every unusable asset reported."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List, Optional

import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsExpression,
    QgsExpressionContext,
    QgsFeatureRequest,
    QgsFeatureSource,
    QgsFeedback,
    QgsGeometry,
)

from ..core.assets import ASSET_TYPES, Assets, AssetRules, make_assets
from ..core.errors import Cancelled, KipError
from ..core.schema import QT_TRANSLATE_NOOP
from ..i18n import tr, tr_code
from ..importer.qvalues import to_py
from . import asset_mapping as M

_ALL_COLUMNS = "*"


@dataclass
class AssetInput:
    """The usable assets of all asset layers, and what was said about the others."""

    records: List[Dict] = field(default_factory=list)
    problems: List[str] = field(default_factory=list)  # translated, one per unusable asset
    notes: List[str] = field(default_factory=list)  # translated remarks (assumed materials, mappings used)
    unusable: int = 0
    ids: set = field(default_factory=set)  # asset ids taken, to refuse a second asset with one of them

    def assets(self) -> Assets:
        """The usable assets as arrays."""
        return make_assets(self.records)


def _entries(source: QgsFeatureSource, mapping: Dict[str, str], layer_name: str) -> Dict[str, object]:
    names = source.fields().names()
    lower = {n.lower(): n for n in names}
    entries: Dict[str, object] = {}
    missing = []
    for asset_field, spec in mapping.items():
        if spec.lower() in lower:
            entries[asset_field] = lower[spec.lower()]
            continue
        expression = QgsExpression(spec)
        absent = [c for c in expression.referencedColumns() if c and c != _ALL_COLUMNS and c.lower() not in lower]
        if expression.hasParserError() or absent:
            missing.append("{field} ← '{spec}'".format(field=asset_field, spec=spec))
            continue
        entries[asset_field] = expression
    if missing:
        raise KipError(
            QT_TRANSLATE_NOOP("@default", "The mapping of the asset layer '{layer}' uses fields it does not have: "
                                          "{missing}. Its fields are: {fields}."),
            layer=layer_name, missing="; ".join(missing), fields=", ".join(names) or "-")
    return entries


def _geometry(feature, transform: Optional[QgsCoordinateTransform]):
    if not feature.hasGeometry():
        return None, tr("it has no geometry")
    geometry = QgsGeometry(feature.geometry())
    if transform is not None:
        geometry.transform(transform)
    if geometry.isEmpty():
        return None, tr("its geometry is empty")
    if not geometry.isGeosValid():
        geometry = geometry.makeValid()
    return shapely.from_wkb(bytes(geometry.asWkb())), None


def _condition(value) -> Optional[int]:
    """A NEN 2767 condition class 1–6; None when empty, -1 when it is not one."""
    if value in (None, ""):
        return None
    try:
        number = float(str(value).replace(",", "."))
    except ValueError:
        return -1
    return int(number) if number == int(number) and 1 <= number <= 6 else -1


def read_asset_layer(
    source: QgsFeatureSource,
    layer_name: str,
    asset_type: str,
    mapping_text: str,
    rules: AssetRules,
    crs: QgsCoordinateReferenceSystem,
    transform_context: QgsCoordinateTransformContext,
    into: AssetInput,
    feedback: Optional[QgsFeedback] = None,
) -> None:
    """Add the assets of ``source`` (of ``asset_type`` unless a mapped field says otherwise) to ``into``."""
    try:
        mapping = M.parse_asset_mapping(mapping_text) if (mapping_text or "").strip() else {}
    except KipError as error:
        raise KipError(
            QT_TRANSLATE_NOOP("@default", "The mapping of the asset layer '{layer}': {error}"),
            layer=layer_name, error=error)
    if not mapping:
        mapping = M.guess_asset_mapping(source.fields().names())
        into.notes.append(tr("Asset layer '{layer}': mapping guessed from the field names: {mapping}.").format(
            layer=layer_name, mapping="; ".join(f"{k} = {v}" for k, v in mapping.items()) or "-"))
    if M.A_YEAR not in mapping:
        raise KipError(
            QT_TRANSLATE_NOOP("@default", "The asset layer '{layer}' needs a year laid: map 'year_laid' to one of "
                                          "its fields ({fields})."),
            layer=layer_name, fields=", ".join(source.fields().names()) or "-")
    entries = _entries(source, mapping, layer_name)
    transform = None
    if source.sourceCrs().isValid() and source.sourceCrs() != crs:
        transform = QgsCoordinateTransform(source.sourceCrs(), crs, transform_context)
    types, materials = M.WordMapper(M.A_TYPE), M.WordMapper(M.A_MATERIAL)
    context = QgsExpressionContext()
    context.setFields(source.fields())
    total = max(1, source.featureCount())
    assumed: Dict[str, int] = {}
    for number, feature in enumerate(source.getFeatures(QgsFeatureRequest()), start=1):
        if feedback is not None and number % 500 == 0:
            if feedback.isCanceled():
                raise Cancelled()
            feedback.setProgress(min(99.0, 100.0 * number / total))
        context.setFeature(feature)
        raw = {}
        for asset_field, entry in entries.items():
            raw[asset_field] = to_py(entry.evaluate(context) if isinstance(entry, QgsExpression) else feature[entry])
        asset_id = str(raw.get(M.A_ID) if raw.get(M.A_ID) not in (None, "") else feature.id())
        where = tr("Asset '{id}' (feature {fid} of layer '{layer}')").format(id=asset_id, fid=feature.id(), layer=layer_name)

        def reject(reason: str) -> None:
            into.problems.append(tr("{where}: {what}.").format(where=where, what=reason))
            into.unusable += 1

        kind = asset_type
        if raw.get(M.A_TYPE) not in (None, ""):
            kind = types.code(raw[M.A_TYPE])
            if kind is None or kind not in rules.types:
                reject(tr("the asset type '{value}' is not one KIP knows ({types})").format(
                    value=raw[M.A_TYPE], types=", ".join(ASSET_TYPES)))
                continue
        year = M.whole_year(raw.get(M.A_YEAR))
        if raw.get(M.A_YEAR) in (None, ""):
            reject(tr("the year laid is empty"))
            continue
        if year is None:
            reject(tr("the year laid '{value}' is not a year").format(value=raw.get(M.A_YEAR)))
            continue
        maintenance = M.whole_year(raw.get(M.A_MAINTENANCE))
        condition = _condition(raw.get(M.A_CONDITION))
        if condition == -1:
            reject(tr("the condition '{value}' is not a class from 1 (excellent) to 6 (very poor)").format(
                value=raw.get(M.A_CONDITION)))
            continue
        if asset_id in into.ids:
            reject(tr("the asset id is used by an earlier asset; only that one is used"))
            continue
        material = materials.code(raw.get(M.A_MATERIAL)) if raw.get(M.A_MATERIAL) not in (None, "") else None
        if material not in rules.types[kind].materials:
            material_rule = rules.types[kind].default_material
            label = str(raw.get(M.A_MATERIAL) or "-")
            assumed[label] = assumed.get(label, 0) + 1
            material = material_rule
        geometry, problem = _geometry(feature, transform)
        if problem:
            reject(problem)
            continue
        into.records.append({
            "asset_id": asset_id, "asset_type": kind, "name": str(raw.get(M.A_NAME) or ""), "material": material,
            "year_laid": year, "last_maintenance": maintenance, "preventive": bool(M.yes_no(raw.get(M.A_PREVENTIVE))),
            "condition": condition, "owner": str(raw.get(M.A_OWNER) or ""),
            "geometry": geometry,
        })
        into.ids.add(asset_id)
    for label, count in sorted(assumed.items()):
        into.notes.append(tr("Asset layer '{layer}': material '{value}' ({n} assets) is not one KIP knows for {type}; "
                             "assumed {material}.").format(
            layer=layer_name, value=label, n=count, type=tr_code(ASSET_TYPES, asset_type),
            material=rules.types[asset_type].default_material))
