"""A KIP in a GeoPackage file: the embedded store (the demo, one planner, offline work)."""
from __future__ import annotations

import datetime as _dt
import os
import stat
from pathlib import Path
from typing import List, Optional, Sequence

from osgeo import gdal, ogr, osr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsVectorLayer,
)

from ..core import schema as S
from ..core.errors import StoreError
from ..core.schema import QT_TRANSLATE_NOOP
from . import gpkg_migrations
from .kipstore import KipStore

_OGR_TYPES = {
    S.TEXT: (ogr.OFTString, ogr.OFSTNone),
    S.DATE: (ogr.OFTDate, ogr.OFSTNone),
    S.DATETIME: (ogr.OFTDateTime, ogr.OFSTNone),
    S.BOOL: (ogr.OFTInteger, ogr.OFSTBoolean),
    S.REAL: (ogr.OFTReal, ogr.OFSTNone),
    S.INTEGER: (ogr.OFTInteger64, ogr.OFSTNone),
}


class GpkgStore(KipStore):
    """An open KIP GeoPackage."""

    backend = "gpkg"
    provider_key = "ogr"

    @classmethod
    def open(cls, path: str) -> "GpkgStore":
        """Open and check a KIP GeoPackage; a writable one of an older schema is brought up to date."""
        path = str(Path(path).resolve())
        if not os.path.isfile(path):
            raise StoreError(QT_TRANSLATE_NOOP("@default", "The file '{path}' does not exist."), path=path)
        if not os.access(path, os.R_OK):
            raise StoreError(QT_TRANSLATE_NOOP("@default", "The file '{path}' cannot be read."), path=path)
        meta, crs = _check_gpkg(path)
        read_only = not _writable(path)
        version = int(meta["schema_version"])
        if version < S.SCHEMA_VERSION and not read_only:
            _upgrade(path, version)
            meta["schema_version"] = str(S.SCHEMA_VERSION)
        return cls(path, read_only, crs, meta)

    @classmethod
    def create(
        cls,
        path: str,
        crs: str = S.DEFAULT_CRS,
        parties: Sequence[S.Party] = S.DEFAULT_PARTIES,
        title: str = "",
    ) -> "GpkgStore":
        """Create a new, empty KIP GeoPackage at ``path`` (which must not exist yet)."""
        path = str(Path(path).resolve())
        if os.path.exists(path):
            raise StoreError(
                QT_TRANSLATE_NOOP("@default", "The file '{path}' already exists; choose a new file name."),
                path=path)
        folder = os.path.dirname(path)
        if not os.path.isdir(folder) or not os.access(folder, os.W_OK):
            raise StoreError(QT_TRANSLATE_NOOP("@default", "Cannot write in the folder '{folder}'."), folder=folder)
        qcrs = QgsCoordinateReferenceSystem(crs)
        if not qcrs.isValid() or qcrs.isGeographic():
            raise StoreError(
                QT_TRANSLATE_NOOP("@default", "The KIP store needs a projected CRS in metres; '{crs}' is not one."),
                crs=crs)
        _create_gpkg(path, qcrs, parties, title)
        return cls.open(path)

    # ---- layers -----------------------------------------------------------------

    def works_uri(self, party: Optional[str] = None) -> str:
        """Data source of the works table (OGR), or of one party's works."""
        uri = f"{self.address}|layername={S.WORKS_TABLE}"
        if party is not None:
            # A filter in the source, not setSubsetString(): on a GeoPackage QGIS 3.22 reopens
            # the file for writing when the filter changes, which alters read-only files.
            uri += f"|subset=\"{S.F_OWNER}\" = '{_quote(party)}'"
        return uri

    def parties_layer(self) -> QgsVectorLayer:
        """The parties table as a (geometry-less) layer."""
        layer = QgsVectorLayer(f"{self.address}|layername={S.PARTIES_TABLE}", S.PARTIES_TABLE, "ogr")
        if not layer.isValid():
            raise StoreError(
                QT_TRANSLATE_NOOP("@default", "Cannot open the parties of the KIP store '{path}'."),
                path=self.address)
        if self.read_only:
            layer.setReadOnly(True)
        return layer

    def parties(self) -> List[S.Party]:
        """The departments and partners of this KIP, in the order they were added."""
        layer = self.parties_layer()
        has_contact = layer.fields().indexOf(S.P_PUBLIC_CONTACT) >= 0
        result = []
        for f in sorted(layer.getFeatures(), key=lambda f: f.id()):
            contact = f[S.P_PUBLIC_CONTACT] if has_contact else None
            contact = "" if contact is None or (hasattr(contact, "isNull") and contact.isNull()) else str(contact)
            result.append(S.Party(f[S.P_CODE], f[S.P_NAME], f[S.P_KIND], f[S.P_COLOUR], contact))
        return result

    def table_uri(self, table: str) -> str:
        return f"{self.address}|layername={table}"

    def _insert_party(self, party: S.Party) -> None:
        layer = self.parties_layer()
        feature = QgsFeature(layer.fields())
        feature[S.P_CODE] = party.code
        feature[S.P_NAME] = party.name
        feature[S.P_KIND] = party.kind
        feature[S.P_COLOUR] = party.colour
        contact = party.public_contact or ""
        if layer.fields().indexOf(S.P_PUBLIC_CONTACT) >= 0:
            feature[S.P_PUBLIC_CONTACT] = contact or None
        elif contact:
            raise StoreError(
                QT_TRANSLATE_NOOP("@default", "The KIP store '{path}' was made by an older KIP and has no field "
                                              "'{field}' yet; add '{code}' without a contact for residents, or "
                                              "update the store first."),
                path=self.address, field=S.P_PUBLIC_CONTACT, code=party.code)
        provider = layer.dataProvider()
        ok, _ = provider.addFeatures([feature])
        if not ok:
            raise StoreError(
                QT_TRANSLATE_NOOP("@default", "Could not add '{code}': {error}"),
                code=party.code, error="; ".join(provider.errors()) or QT_TRANSLATE_NOOP("@default", "unknown error"),
                translate=("error",))


# ---- GeoPackage specifics ----------------------------------------------------------


def _quote(text: str) -> str:
    return text.replace("'", "''")


def _writable(path: str) -> bool:
    # The mode bits count too: a write-protected file stays protected even for an administrator.
    has_write_bit = bool(os.stat(path).st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    return has_write_bit and os.access(path, os.W_OK) and os.access(os.path.dirname(path), os.W_OK)


def _check_gpkg(path: str):
    """Check that ``path`` is a KIP GeoPackage; return its metadata and CRS."""
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        ds = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY, allowed_drivers=["GPKG"])
    finally:
        gdal.PopErrorHandler()
    if ds is None:
        raise StoreError(
            QT_TRANSLATE_NOOP("@default", "'{path}' is not a KIP store: it is not a GeoPackage."),
            path=path)
    try:
        names = {ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())}
        for table in (S.META_TABLE, S.WORKS_TABLE, S.PARTIES_TABLE):
            if table not in names:
                raise StoreError(
                    QT_TRANSLATE_NOOP("@default", "'{path}' is not a KIP store: the table '{table}' is missing."),
                    path=path, table=table)
        meta = {}
        for f in ds.GetLayerByName(S.META_TABLE):
            meta[f.GetField("key")] = f.GetField("value")
        version = meta.get("schema_version")
        if version is None or not version.isdigit() or int(version) > S.SCHEMA_VERSION:
            raise StoreError(
                QT_TRANSLATE_NOOP("@default", "The KIP store '{path}' has schema version '{version}'; this version "
                                              "of KIP reads version {supported} and older. Update the KIP plugin "
                                              "to open it."),
                path=path, version=version, supported=S.SCHEMA_VERSION)
        works = ds.GetLayerByName(S.WORKS_TABLE)
        _check_fields(path, S.WORKS_TABLE, works.GetLayerDefn(), S.WORK_FIELDS)
        _check_fields(path, S.PARTIES_TABLE, ds.GetLayerByName(S.PARTIES_TABLE).GetLayerDefn(), S.PARTY_FIELDS)
        if ogr.GT_Flatten(works.GetGeomType()) not in (ogr.wkbMultiPolygon, ogr.wkbPolygon):
            raise StoreError(
                QT_TRANSLATE_NOOP("@default", "The KIP store '{path}': the works table must hold polygons."),
                path=path)
        srs = works.GetSpatialRef()
        crs = QgsCoordinateReferenceSystem()
        if srs is not None:
            crs = QgsCoordinateReferenceSystem.fromWkt(srs.ExportToWkt())
        if not crs.isValid():
            raise StoreError(QT_TRANSLATE_NOOP("@default", "The KIP store '{path}' has no valid CRS."), path=path)
        return meta, crs
    finally:
        ds = None


def _kind_of(defn: ogr.FieldDefn) -> str:
    t, sub = defn.GetType(), defn.GetSubType()
    if t == ogr.OFTInteger and sub == ogr.OFSTBoolean:
        return S.BOOL
    return {
        ogr.OFTString: S.TEXT,
        ogr.OFTDate: S.DATE,
        ogr.OFTDateTime: S.DATETIME,
        ogr.OFTReal: S.REAL,
        ogr.OFTInteger: S.INTEGER,
        ogr.OFTInteger64: S.INTEGER,
    }.get(t, "other")


def _check_fields(path: str, table: str, defn: ogr.FeatureDefn, specs) -> None:
    have = {defn.GetFieldDefn(i).GetName().lower(): defn.GetFieldDefn(i) for i in range(defn.GetFieldCount())}
    for spec in specs:
        fd = have.get(spec.name)
        if fd is None and spec.optional:
            continue  # a field of a later schema version: an older store works without it
        if fd is None:
            raise StoreError(
                QT_TRANSLATE_NOOP("@default", "The KIP store '{path}': the table '{table}' has no field '{field}'."),
                path=path, table=table, field=spec.name)
        kind = _kind_of(fd)
        compatible = kind == spec.kind or (spec.kind == S.REAL and kind == S.INTEGER)
        if not compatible:
            raise StoreError(
                QT_TRANSLATE_NOOP("@default", "The KIP store '{path}': the field '{field}' of table '{table}' has "
                                              "type {actual}; expected {expected}."),
                path=path, field=spec.name, table=table, actual=kind, expected=spec.kind)


def _field_defn(spec: S.FieldSpec) -> ogr.FieldDefn:
    t, sub = _OGR_TYPES[spec.kind]
    fd = ogr.FieldDefn(spec.name, t)
    fd.SetSubType(sub)
    fd.SetNullable(not spec.not_null)
    fd.SetUnique(spec.unique)
    return fd


def _create_gpkg(path: str, crs: QgsCoordinateReferenceSystem, parties, title: str) -> None:
    driver = ogr.GetDriverByName("GPKG")
    ds = driver.CreateDataSource(path)
    if ds is None:
        raise StoreError(QT_TRANSLATE_NOOP("@default", "Could not create the GeoPackage '{path}'."), path=path)
    try:
        srs = osr.SpatialReference()
        srs.ImportFromWkt(crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED_GDAL))
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        works = ds.CreateLayer(
            S.WORKS_TABLE,
            srs,
            ogr.wkbMultiPolygon,
            ["GEOMETRY_NAME=" + S.GEOMETRY_COLUMN, "FID=fid", "SPATIAL_INDEX=YES"],
        )
        for spec in S.WORK_FIELDS:
            works.CreateField(_field_defn(spec))
        ds.ExecuteSQL(f"CREATE INDEX idx_works_owner ON {S.WORKS_TABLE}({S.F_OWNER})")
        ds.ExecuteSQL(f"CREATE INDEX idx_works_dates ON {S.WORKS_TABLE}({S.F_START}, {S.F_END})")

        table = ds.CreateLayer(S.PARTIES_TABLE, None, ogr.wkbNone, ["FID=fid"])
        for spec in S.PARTY_FIELDS:
            table.CreateField(_field_defn(spec))
        for party in parties:
            f = ogr.Feature(table.GetLayerDefn())
            f.SetField(S.P_CODE, party.code)
            f.SetField(S.P_NAME, party.name)
            f.SetField(S.P_KIND, party.kind)
            f.SetField(S.P_COLOUR, party.colour)
            if party.public_contact:
                f.SetField(S.P_PUBLIC_CONTACT, party.public_contact)
            table.CreateFeature(f)

        meta = ds.CreateLayer(S.META_TABLE, None, ogr.wkbNone, ["FID=fid"])
        for spec in S.META_FIELDS:
            meta.CreateField(_field_defn(spec))
        now = _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0).isoformat()
        for key, value in (
            ("schema_version", "1"),
            ("created_at", now),
            ("title", title),
        ):
            f = ogr.Feature(meta.GetLayerDefn())
            f.SetField("key", key)
            f.SetField("value", value)
            meta.CreateFeature(f)
        gpkg_migrations.migrate(ds, 1)
    finally:
        ds = None


def _upgrade(path: str, version: int) -> None:
    """Bring the store at ``path`` from schema ``version`` to the current one."""
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        ds = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_UPDATE, allowed_drivers=["GPKG"])
    finally:
        gdal.PopErrorHandler()
    if ds is None:
        raise StoreError(
            QT_TRANSLATE_NOOP("@default", "The KIP store '{path}' cannot be opened for writing."),
            path=path)
    try:
        gpkg_migrations.migrate(ds, version)
    except Exception as error:
        raise StoreError(
            QT_TRANSLATE_NOOP("@default", "The KIP store '{path}' could not be brought to schema version "
                                          "{version}: {error}"),
            path=path, version=S.SCHEMA_VERSION, error=error) from None
    finally:
        ds = None
