"""Cables and pipes from KLIC deliveries: their layer, and the table ``utility_links`` in the KIP store.

The table is made the first time a delivery is imported; a store without it works as
before. A delivery imported again replaces its earlier links (matched on ``delivery``).
"""
from __future__ import annotations

import datetime as _dt
from typing import List, Optional

import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..core import schema as S
from ..core.errors import KipError, StoreError
from ..core.imkl import Delivery
from ..core.schema import QT_TRANSLATE_NOOP
from ..i18n import tr

LINKS_TABLE = S.UTILITY_LINKS_TABLE
WKB_TYPE = QgsWkbTypes.MultiLineString
def link_fields() -> QgsFields:
    """Fields of the cables-and-pipes layer (and of the store's table)."""
    kinds = {S.TEXT: QVariant.String, S.INTEGER: QVariant.Int, S.REAL: QVariant.Double}
    fields = QgsFields()
    for spec in S.UTILITY_LINK_FIELDS:
        fields.append(QgsField(spec.name, kinds[spec.kind]))
    return fields


def link_features(delivery: Delivery, fields: QgsFields, transform: Optional[QgsCoordinateTransform],
                  imported_at: str) -> List[QgsFeature]:
    """One feature per cable route of ``delivery``, in the target CRS."""
    features = []
    for link in delivery.links:
        geometry = QgsGeometry()
        geometry.fromWkb(shapely.to_wkb(shapely.multilinestrings(shapely.get_parts(link.geometry))))
        if transform is not None:
            geometry.transform(transform)
        feature = QgsFeature(fields)
        feature.setAttributes([
            link.link_id, link.cable_id, link.feature_type, link.theme or None, link.network, link.operator_code or None,
            link.operator or None, link.status or None, link.cables, round(geometry.length(), 2), delivery.name,
            imported_at,
        ])
        feature.setGeometry(geometry)
        features.append(feature)
    return features


def transform_for(delivery: Delivery, crs: QgsCoordinateReferenceSystem,
                  context: QgsCoordinateTransformContext) -> Optional[QgsCoordinateTransform]:
    """The transform from the delivery's CRS (RD New in IMKL) to ``crs``; None when they are the same."""
    source = QgsCoordinateReferenceSystem(f"EPSG:{delivery.epsg}")
    return None if source == crs else QgsCoordinateTransform(source, crs, context)


def now_text() -> str:
    """The moment of an import, as stored."""
    return _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0).isoformat()


def links_layer(store) -> Optional[QgsVectorLayer]:
    """The store's cables and pipes as a layer, or None when none were imported."""
    layer = store.table_layer(LINKS_TABLE, tr("Cables and pipes (KLIC)"))
    return layer if layer is not None and layer.featureCount() > 0 else None


def store_delivery(store, features: List[QgsFeature], delivery_name: str) -> int:
    """Write the links of a delivery into the store, replacing those of an earlier import of it; return how many went."""
    from ..store.transaction import works_transaction

    layer = store.table_layer(LINKS_TABLE)
    if layer is None:
        raise KipError(
            QT_TRANSLATE_NOOP("@default", "The table '{table}' of '{path}' cannot be opened."),
            table=LINKS_TABLE, path=store.path)
    request = QgsFeatureRequest().setFilterExpression("\"delivery\" = '{}'".format(delivery_name.replace("'", "''")))
    old = [f.id() for f in layer.getFeatures(request.setFlags(QgsFeatureRequest.NoGeometry))]
    try:
        with works_transaction(layer) as editing:
            editing.deleteFeatures(old)
            fields = editing.fields()
            for feature in features:
                copy = QgsFeature(fields)
                for name in link_fields().names():
                    copy[name] = feature[name]
                copy.setGeometry(feature.geometry())
                if not editing.addFeature(copy):
                    raise StoreError(
                        QT_TRANSLATE_NOOP("@default", "could not add the route '{id}'"),
                        id=feature["link_id"])
    except StoreError as error:
        raise KipError(QT_TRANSLATE_NOOP("@default", "Nothing was imported: {error}"), error=error) from None
    return len(features)
