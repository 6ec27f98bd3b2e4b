"""Reading what a publication for residents needs: the store's public fields, streets and neighbourhoods."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import List, Optional, Sequence

import numpy as np
import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeatureRequest,
    QgsFeatureSource,
    QgsFeedback,
    QgsFields,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..core.errors import Cancelled, KipError
from ..core.public import READ_FIELDS, PublicWork, public_parties, public_works
from ..core.rules import Rules
from ..core.schema import QT_TRANSLATE_NOOP
from ..i18n import tr

# Name fields tried, in this order, when the user names none (BGT, NWB, BAG, CBS and OSM spellings).
STREET_NAME_FIELDS = ("straatnaam", "openbareruimtenaam", "stt_naam", "naam", "name", "street", "streetname")
AREA_NAME_FIELDS = ("statnaam", "buurtnaam", "wijknaam", "naam", "name")
MAX_LISTED = 10


@dataclass
class Places:
    """Named lines or polygons (streets, neighbourhoods) in the works' metric CRS."""

    names: List[str]
    geoms: np.ndarray
    skipped: List[str] = field(default_factory=list)  # why features were left out, one line each


def read_public(store, feedback: Optional[QgsFeedback], rules: Rules):
    """The works of ``store`` with their public fields only: (WorksInput, [PublicWork])."""
    from ..detection.reader import read_works

    data = read_works([store.works_layer()], feedback, READ_FIELDS)
    digging = rules.excavates(data.works.excavation, data.works.types)
    public: List[PublicWork] = public_works(data.columns, digging, public_parties(store.parties()))
    return data, public


def name_field(fields: QgsFields, given: str, candidates: Sequence[str], layer_name: str) -> str:
    """The field holding the names: ``given``, else the first known name field, else the first text field."""
    names = [f.name() for f in fields]
    if given:
        if given not in names:
            raise KipError(
                QT_TRANSLATE_NOOP("@default", "The layer '{layer}' has no field '{field}'. Its fields are: "
                                              "{fields}."),
                layer=layer_name, field=given, fields=", ".join(names) or "–")
        return given
    lower = {n.lower(): n for n in names}
    for candidate in candidates:
        if candidate in lower:
            return lower[candidate]
    text = [f.name() for f in fields if f.type() == QVariant.String]
    if not text:
        raise KipError(
            QT_TRANSLATE_NOOP("@default", "The layer '{layer}' has no text field to take the names from."),
            layer=layer_name)
    return text[0]


def read_places(
    source: Optional[QgsFeatureSource],
    field_name: str,
    candidates: Sequence[str],
    crs: QgsCoordinateReferenceSystem,
    context: QgsCoordinateTransformContext,
    geometry_type: int,
    feedback: Optional[QgsFeedback] = None,
) -> Places:
    """The named features of ``source`` as shapely geometries in ``crs``; unusable ones are listed in ``skipped``."""
    if source is None:
        return Places([], np.zeros(0, dtype=object))
    layer_name = source.sourceName()
    if QgsWkbTypes.geometryType(source.wkbType()) != geometry_type:
        lines = geometry_type == QgsWkbTypes.LineGeometry
        wanted = QT_TRANSLATE_NOOP("@default", "lines") if lines else QT_TRANSLATE_NOOP("@default", "polygons")
        raise KipError(
            QT_TRANSLATE_NOOP("@default", "The layer '{layer}' must hold {kind}."),
            layer=layer_name, kind=wanted, translate=("kind",))
    column = name_field(source.fields(), field_name, candidates, layer_name)
    transform = None
    if source.sourceCrs().isValid() and source.sourceCrs() != crs:
        transform = QgsCoordinateTransform(source.sourceCrs(), crs, context)
    names, wkbs, skipped = [], [], []
    total = max(source.featureCount(), 1)
    request = QgsFeatureRequest().setSubsetOfAttributes([column], source.fields())
    for count, feature in enumerate(source.getFeatures(request)):
        if feedback is not None and count % 500 == 0:
            if feedback.isCanceled():
                raise Cancelled()
            feedback.setProgress(100.0 * count / total)
        value = feature[column]
        name = "" if value is None or (isinstance(value, QVariant) and value.isNull()) else str(value).strip()
        geometry = feature.geometry()
        if not name:
            skipped.append(tr("'{layer}' feature {fid}: no name in '{field}'.").format(layer=layer_name, fid=feature.id(), field=column))
            continue
        if geometry is None or geometry.isEmpty():
            skipped.append(tr("'{layer}' feature {fid} ('{name}'): no geometry.").format(layer=layer_name, fid=feature.id(), name=name))
            continue
        if transform is not None:
            geometry.transform(transform)
        if geometry_type == QgsWkbTypes.PolygonGeometry and not geometry.isGeosValid():
            geometry = geometry.makeValid()
        names.append(name)
        wkbs.append(bytes(geometry.asWkb()))
    geoms = shapely.from_wkb(np.array(wkbs, dtype=object)) if wkbs else np.zeros(0, dtype=object)
    return Places(names, np.asarray(geoms, dtype=object), skipped)


def report_skipped(places: Places, warn) -> None:
    """Tell the user which features were left out (the first few, then how many more)."""
    for line in places.skipped[:MAX_LISTED]:
        warn(line)
    if len(places.skipped) > MAX_LISTED:
        warn(tr("… and {n} more.").format(n=len(places.skipped) - MAX_LISTED))


def to_wgs84(geoms: np.ndarray, crs: QgsCoordinateReferenceSystem) -> np.ndarray:
    """``geoms`` (in ``crs``) as longitude/latitude."""
    from ..detection.metric import transform

    if not len(geoms):
        return geoms
    return transform(np.asarray(geoms, dtype=object), crs, QgsCoordinateReferenceSystem("EPSG:4326"))

