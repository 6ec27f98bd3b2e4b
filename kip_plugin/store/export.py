"""The works of a KIP written to a file for partners: GeoJSON (WGS 84) or CSV (WKT), complete or not at all."""
from __future__ import annotations

import os
from typing import Any, Optional, Sequence

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFeedback,
    QgsField,
    QgsFields,
    QgsMemoryProviderUtils,
    QgsVectorFileWriter,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..atomic import atomic_output, is_disk_full, short
from ..core import schema as S
from ..core.errors import Cancelled, KipError
from ..core.schema import QT_TRANSLATE_NOOP
from ..importer.qvalues import to_py

EXTENSIONS = (".geojson", ".json", ".csv")

_QTYPES = {S.TEXT: QVariant.String, S.DATE: QVariant.String, S.DATETIME: QVariant.String,
           S.BOOL: QVariant.Bool, S.REAL: QVariant.Double, S.INTEGER: QVariant.LongLong}


def export_fields() -> QgsFields:
    """The works schema, with dates as ISO text so every program reads them the same way."""
    fields = QgsFields()
    for spec in S.WORK_FIELDS:
        fields.append(QgsField(spec.name, _QTYPES[spec.kind]))
    return fields


def neutralised(value: Any) -> Any:
    """A text a spreadsheet would run as a formula, made plain text by a leading quote (OWASP's rule)."""
    if isinstance(value, str) and value.startswith(S.FORMULA_STARTS):
        return "'" + value
    return value


def _iso(value: Any) -> Any:
    value = to_py(value)
    if value is None:
        return None
    return value.isoformat(timespec="seconds") if hasattr(value, "hour") else value.isoformat()


def export_works(store, path: str, parties: Sequence[str] = (), include_cancelled: bool = False,
                 separator: str = ";", transform_context: Optional[QgsCoordinateTransformContext] = None,
                 feedback: Optional[QgsFeedback] = None) -> int:
    """Write the works of ``parties`` (all when empty) to ``path``; how many. The type follows the extension.

    The file appears only when it is complete: an earlier file of that name stays as it was until then.
    """
    extension = os.path.splitext(path)[1].lower()
    if extension not in EXTENSIONS:
        raise KipError(QT_TRANSLATE_NOOP("@default", "Choose a file ending in .geojson or .csv, not '{name}'."),
                       name=os.path.basename(path))
    known = {p.code for p in store.parties()}
    unknown = [c for c in parties if c not in known]
    if unknown:
        raise KipError(QT_TRANSLATE_NOOP("@default", "Unknown parties: {codes}; this KIP has: {known}."),
                       codes=", ".join(unknown), known=", ".join(sorted(known)))
    context = transform_context or QgsCoordinateTransformContext()
    as_csv = extension == ".csv"
    fields = export_fields()
    features = []
    for feature in store.works_layer().getFeatures():
        if feedback is not None and feedback.isCanceled():
            raise Cancelled()
        if parties and feature[S.F_OWNER] not in parties:
            continue
        if not include_cancelled and feature[S.F_STATUS] == S.STATUS_CANCELLED:
            continue
        out = QgsFeature(fields)
        for spec in S.WORK_FIELDS:
            if spec.optional and feature.fields().indexOf(spec.name) < 0:
                continue  # a store made before the field existed
            value = feature[spec.name]
            value = _iso(value) if spec.kind in (S.DATE, S.DATETIME) else to_py(value)
            out[spec.name] = neutralised(value) if as_csv else value
        out.setGeometry(feature.geometry())
        features.append(out)
    memory = QgsMemoryProviderUtils.createMemoryLayer("works", fields, QgsWkbTypes.MultiPolygon, store.crs)
    if not memory.dataProvider().addFeatures(features)[0]:
        raise KipError(QT_TRANSLATE_NOOP("@default", "Could not prepare the works for writing; no file was written."))
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.fileEncoding = "UTF-8"
    if as_csv:
        options.driverName = "CSV"
        options.layerOptions = ["GEOMETRY=AS_WKT", "WRITE_BOM=YES",
                                "SEPARATOR=" + ("SEMICOLON" if separator == ";" else "COMMA")]
    else:
        options.driverName = "GeoJSON"
        options.layerOptions = ["RFC7946=YES", "WRITE_NAME=NO"]
        options.ct = QgsCoordinateTransform(store.crs, QgsCoordinateReferenceSystem("EPSG:4326"), context)
    try:
        with atomic_output(path) as partial:
            error, message, _new_file, _new_layer = QgsVectorFileWriter.writeAsVectorFormatV3(
                memory, partial, context, options)
            if error != QgsVectorFileWriter.NoError:
                raise OSError(0, message)
            if feedback is not None and feedback.isCanceled():
                raise Cancelled()
    except OSError as error:
        if is_disk_full(error, os.path.dirname(os.path.abspath(path))):
            raise KipError(QT_TRANSLATE_NOOP(
                "@default", "The disk is full: '{path}' was not written and any earlier file of that name is unchanged."),
                path=path) from None
        raise KipError(QT_TRANSLATE_NOOP(
            "@default", "Could not write '{path}' ({error}); any earlier file of that name is unchanged."),
            path=path, error=short(error.strerror or str(error))) from None
    return len(features)
