"""Cables and pipes from KLIC deliveries: their layer, and the table ``utility_links`` in the KIP store.

The table is made the first time a delivery is imported; a store without it works as
before. A delivery imported again replaces its earlier links (matched on ``delivery``).
"""
from __future__ import annotations

import datetime as _dt
from typing import List, Optional

import shapely
from osgeo import ogr, osr
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

from ..core.imkl import Delivery
from ..i18n import tr

LINKS_TABLE = "utility_links"
WKB_TYPE = QgsWkbTypes.MultiLineString
_SPEC = (
    ("link_id", QVariant.String, ogr.OFTString), ("cable_id", QVariant.String, ogr.OFTString),
    ("feature_type", QVariant.String, ogr.OFTString), ("theme", QVariant.String, ogr.OFTString),
    ("network", QVariant.String, ogr.OFTString), ("operator_code", QVariant.String, ogr.OFTString),
    ("operator", QVariant.String, ogr.OFTString), ("status", QVariant.String, ogr.OFTString),
    ("cables", QVariant.Int, ogr.OFTInteger), ("length_m", QVariant.Double, ogr.OFTReal),
    ("delivery", QVariant.String, ogr.OFTString), ("imported_at", QVariant.String, ogr.OFTString),
)


class LinksError(Exception):
    """The links cannot be written; the message (translated) says why."""


def link_fields() -> QgsFields:
    """Fields of the cables-and-pipes layer (and of the store's table)."""
    fields = QgsFields()
    for name, kind, _ogr in _SPEC:
        fields.append(QgsField(name, kind))
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


def has_links_table(store) -> bool:
    """Whether the store holds imported cables and pipes."""
    ds = ogr.Open(store.path)
    try:
        return ds is not None and ds.GetLayerByName(LINKS_TABLE) is not None
    finally:
        ds = None


def ensure_links_table(store) -> None:
    """Make the table ``utility_links`` in the store when it is missing."""
    if has_links_table(store):
        return
    ds = ogr.Open(store.path, 1)
    if ds is None:
        raise LinksError(tr("The KIP store '{path}' cannot be opened for writing.").format(path=store.path))
    try:
        srs = osr.SpatialReference()
        srs.ImportFromWkt(store.crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED_GDAL))
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        table = ds.CreateLayer(LINKS_TABLE, srs, ogr.wkbMultiLineString, ["GEOMETRY_NAME=geom", "FID=fid"])
        if table is None:
            raise LinksError(tr("Could not make the table '{table}' in '{path}'.").format(table=LINKS_TABLE, path=store.path))
        for name, _kind, ogr_type in _SPEC:
            table.CreateField(ogr.FieldDefn(name, ogr_type))
    finally:
        ds = None


def links_layer(store) -> Optional[QgsVectorLayer]:
    """The store's cables and pipes as a layer, or None when none were imported."""
    if not has_links_table(store):
        return None
    layer = QgsVectorLayer(f"{store.path}|layername={LINKS_TABLE}", tr("Cables and pipes (KLIC)"), "ogr")
    return layer if layer.isValid() else None


def store_delivery(store, features: List[QgsFeature], delivery_name: str) -> int:
    """Write the links of a delivery into the store, replacing those of an earlier import of it; return how many went."""
    from ..store.transaction import StoreWriteError, works_transaction

    ensure_links_table(store)
    layer = links_layer(store)
    if layer is None:
        raise LinksError(tr("The table '{table}' of '{path}' cannot be opened.").format(table=LINKS_TABLE, path=store.path))
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
                    raise StoreWriteError(tr("could not add the route '{id}'").format(id=feature["link_id"]))
    except StoreWriteError as error:
        raise LinksError(tr("Nothing was imported: {error}").format(error=str(error)))
    return len(features)
