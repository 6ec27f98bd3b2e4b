"""The KIP store: where the works and the parties live.

Everything else in KIP talks to a store through this module and gets plain
QGIS vector layers back, so a PostgreSQL/PostGIS store can take the place of
the GeoPackage without changes elsewhere. Only ``create`` and the checks on
the file are GeoPackage-specific.
"""
from __future__ import annotations

import datetime as _dt
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Optional, Sequence

from osgeo import gdal, ogr, osr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsVectorLayer,
)

from ..core import schema as S
from ..i18n import tr

# The QGIS field types (typeName, lower case) accepted for each kind of schema field.
_ACCEPTED_TYPES = {
    S.TEXT: {"string", "text", "varchar", "char", "json"},
    S.DATE: {"date"},
    S.DATETIME: {"datetime", "timestamp"},
    S.BOOL: {"boolean", "bool"},
    S.REAL: {"real", "double", "float", "numeric", "decimal"},
    S.INTEGER: {"integer", "integer64", "int", "int8"},
}

_OGR_TYPES = {
    S.TEXT: (ogr.OFTString, ogr.OFSTNone),
    S.DATE: (ogr.OFTDate, ogr.OFSTNone),
    S.DATETIME: (ogr.OFTDateTime, ogr.OFSTNone),
    S.BOOL: (ogr.OFTInteger, ogr.OFSTBoolean),
    S.REAL: (ogr.OFTReal, ogr.OFSTNone),
    S.INTEGER: (ogr.OFTInteger64, ogr.OFSTNone),
}


class KipStoreError(Exception):
    """A KIP store cannot be created or opened; the message says why, for the user."""


@dataclass
class KipStore:
    """An open KIP store (a GeoPackage file)."""

    path: str
    read_only: bool
    crs: QgsCoordinateReferenceSystem
    meta: Dict[str, str]

    # ---- opening and creating -------------------------------------------------

    @classmethod
    def open(cls, path: str) -> "KipStore":
        """Open and check an existing KIP store; nothing on disk is changed."""
        path = str(Path(path).resolve())
        if not os.path.isfile(path):
            raise KipStoreError(tr("The file '{path}' does not exist.").format(path=path))
        if not os.access(path, os.R_OK):
            raise KipStoreError(tr("The file '{path}' cannot be read.").format(path=path))
        meta, crs = _check_gpkg(path)
        read_only = not _writable(path)
        return cls(path=path, read_only=read_only, crs=crs, meta=meta)

    @classmethod
    def create(
        cls,
        path: str,
        crs: str = S.DEFAULT_CRS,
        parties: Sequence[S.Party] = S.DEFAULT_PARTIES,
        title: str = "",
    ) -> "KipStore":
        """Create a new, empty KIP store at ``path`` (which must not exist yet)."""
        path = str(Path(path).resolve())
        if os.path.exists(path):
            raise KipStoreError(
                tr("The file '{path}' already exists; choose a new file name.").format(path=path)
            )
        folder = os.path.dirname(path)
        if not os.path.isdir(folder) or not os.access(folder, os.W_OK):
            raise KipStoreError(tr("Cannot write in the folder '{folder}'.").format(folder=folder))
        qcrs = QgsCoordinateReferenceSystem(crs)
        if not qcrs.isValid() or qcrs.isGeographic():
            raise KipStoreError(
                tr("The KIP store needs a projected CRS in metres; '{crs}' is not one.").format(crs=crs)
            )
        _create_gpkg(path, qcrs, parties, title)
        store = cls.open(path)
        from .styles import save_default_styles  # styles need the layers of the new store

        save_default_styles(store)
        return store

    # ---- layers -----------------------------------------------------------------

    def works_uri(self) -> str:
        """Data source of the works table."""
        return f"{self.path}|layername={S.WORKS_TABLE}"

    def works_layer(self, party: Optional[str] = None, name: str = "") -> QgsVectorLayer:
        """The works table as a layer; with ``party``, only that party's works."""
        uri = self.works_uri()
        if party is not None:
            # A filter in the source, not setSubsetString(): on a GeoPackage QGIS 3.22 reopens
            # the file for writing when the filter changes, which alters read-only files.
            uri += f"|subset=\"{S.F_OWNER}\" = '{_quote(party)}'"
        layer = QgsVectorLayer(uri, name or S.WORKS_TABLE, "ogr")
        if not layer.isValid():
            raise KipStoreError(
                tr("Cannot open the works of the KIP store '{path}'.").format(path=self.path)
            )
        if self.read_only:
            layer.setReadOnly(True)
        layer.setCustomProperty("kip/store", self.path)
        layer.setCustomProperty("kip/role", "works")
        layer.setCustomProperty("kip/party", party or "")
        return layer

    def parties_layer(self) -> QgsVectorLayer:
        """The parties table as a (geometry-less) layer."""
        layer = QgsVectorLayer(f"{self.path}|layername={S.PARTIES_TABLE}", S.PARTIES_TABLE, "ogr")
        if not layer.isValid():
            raise KipStoreError(
                tr("Cannot open the parties of the KIP store '{path}'.").format(path=self.path)
            )
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

    def has_party_field(self, name: str) -> bool:
        """Whether the parties table has the field ``name`` (older stores lack the optional ones)."""
        return self.parties_layer().fields().indexOf(name) >= 0

    def party(self, code: str) -> Optional[S.Party]:
        """One party by its code, or None."""
        return next((p for p in self.parties() if p.code == code), None)

    def add_party(self, party: S.Party) -> None:
        """Add a department or partner; its works get their own layer."""
        import re

        if self.read_only:
            raise KipStoreError(tr("The KIP store '{path}' is read-only.").format(path=self.path))
        if not re.match(S.PARTY_CODE_PATTERN, party.code or ""):
            raise KipStoreError(
                tr(
                    "The code '{code}' is not valid: use lower-case letters, digits and '_', "
                    "starting with a letter."
                ).format(code=party.code)
            )
        if not (party.name or "").strip():
            raise KipStoreError(tr("Give the department or partner a name."))
        if party.kind not in S.PARTY_KINDS:
            raise KipStoreError(tr("Unknown kind of party: '{kind}'.").format(kind=party.kind))
        if self.party(party.code) is not None:
            raise KipStoreError(tr("A party with the code '{code}' exists already.").format(code=party.code))
        layer = self.parties_layer()
        feature = QgsFeature(layer.fields())
        feature[S.P_CODE] = party.code
        feature[S.P_NAME] = party.name.strip()
        feature[S.P_KIND] = party.kind
        feature[S.P_COLOUR] = party.colour
        contact = (party.public_contact or "").strip()
        if layer.fields().indexOf(S.P_PUBLIC_CONTACT) >= 0:
            feature[S.P_PUBLIC_CONTACT] = contact or None
        elif contact:
            raise KipStoreError(
                tr(
                    "The KIP store '{path}' was made by an older KIP and has no field '{field}' yet; "
                    "add '{code}' without a contact for residents, or update the store first."
                ).format(path=self.path, field=S.P_PUBLIC_CONTACT, code=party.code)
            )
        provider = layer.dataProvider()
        ok, _ = provider.addFeatures([feature])
        if not ok:
            raise KipStoreError(
                tr("Could not add '{code}': {error}").format(
                    code=party.code, error="; ".join(provider.errors()) or tr("unknown error")
                )
            )
        from .styles import save_default_styles

        save_default_styles(self)

    # ---- other tables: metadata and detection results ---------------------------------

    def table_uri(self, table: str) -> str:
        """Data source of another table of the store."""
        return f"{self.path}|layername={table}"

    def table_destination(self, table: str) -> str:
        """A Processing output that writes (or overwrites) ``table`` in the store."""
        return f"ogr:dbname='{self.path}' table=\"{table}\" (geom)"

    def table_layer(self, table: str, name: str = "") -> Optional[QgsVectorLayer]:
        """A table of the store as a layer, or None when the store has no such table."""
        layer = QgsVectorLayer(self.table_uri(table), name or table, "ogr")
        if not layer.isValid():
            return None
        if self.read_only:
            layer.setReadOnly(True)
        layer.setCustomProperty("kip/store", self.path)
        return layer

    def set_meta(self, key: str, value: str) -> None:
        """Keep ``value`` under ``key`` in the store's metadata (replacing an older value)."""
        layer = QgsVectorLayer(self.table_uri(S.META_TABLE), S.META_TABLE, "ogr")
        provider = layer.dataProvider()
        existing = [f.id() for f in layer.getFeatures() if f["key"] == key]
        feature = QgsFeature(layer.fields())
        feature["key"], feature["value"] = key, value
        ok = provider.deleteFeatures(existing) if existing else True
        if not ok or not provider.addFeatures([feature])[0]:
            raise KipStoreError(
                tr("Could not write to the KIP store '{path}': {error}").format(
                    path=self.path, error="; ".join(provider.errors()) or tr("unknown error")
                )
            )
        self.meta[key] = value

    def next_colour(self) -> str:
        """A colour no party uses yet."""
        used = {p.colour.lower() for p in self.parties()}
        for colour in S.EXTRA_COLOURS + tuple(p.colour for p in S.DEFAULT_PARTIES):
            if colour.lower() not in used:
                return colour
        return "#808080"


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
        raise KipStoreError(
            tr("'{path}' is not a KIP store: it is not a GeoPackage.").format(path=path)
        )
    try:
        names = {ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())}
        for table in (S.META_TABLE, S.WORKS_TABLE, S.PARTIES_TABLE):
            if table not in names:
                raise KipStoreError(
                    tr("'{path}' is not a KIP store: the table '{table}' is missing.").format(
                        path=path, table=table
                    )
                )
        meta = {}
        for f in ds.GetLayerByName(S.META_TABLE):
            meta[f.GetField("key")] = f.GetField("value")
        version = meta.get("schema_version")
        if version is None or not version.isdigit() or int(version) > S.SCHEMA_VERSION:
            raise KipStoreError(
                tr(
                    "The KIP store '{path}' has schema version '{version}'; this version of KIP "
                    "reads version {supported} and older."
                ).format(path=path, version=version, supported=S.SCHEMA_VERSION)
            )
        works = ds.GetLayerByName(S.WORKS_TABLE)
        _check_fields(path, S.WORKS_TABLE, works.GetLayerDefn(), S.WORK_FIELDS)
        _check_fields(path, S.PARTIES_TABLE, ds.GetLayerByName(S.PARTIES_TABLE).GetLayerDefn(), S.PARTY_FIELDS)
        if ogr.GT_Flatten(works.GetGeomType()) not in (ogr.wkbMultiPolygon, ogr.wkbPolygon):
            raise KipStoreError(
                tr("The KIP store '{path}': the works table must hold polygons.").format(path=path)
            )
        srs = works.GetSpatialRef()
        crs = QgsCoordinateReferenceSystem()
        if srs is not None:
            crs = QgsCoordinateReferenceSystem.fromWkt(srs.ExportToWkt())
        if not crs.isValid():
            raise KipStoreError(tr("The KIP store '{path}' has no valid CRS.").format(path=path))
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
        if fd is None and getattr(spec, "optional", False):
            continue  # a field added in a later version: the store works without it
        if fd is None:
            raise KipStoreError(
                tr("The KIP store '{path}': the table '{table}' has no field '{field}'.").format(
                    path=path, table=table, field=spec.name
                )
            )
        kind = _kind_of(fd)
        compatible = kind == spec.kind or (spec.kind == S.REAL and kind == S.INTEGER)
        if not compatible:
            raise KipStoreError(
                tr(
                    "The KIP store '{path}': the field '{field}' of table '{table}' has type "
                    "{actual}; expected {expected}."
                ).format(path=path, field=spec.name, table=table, actual=kind, expected=spec.kind)
            )


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
        raise KipStoreError(tr("Could not create the GeoPackage '{path}'.").format(path=path))
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
            ("schema_version", str(S.SCHEMA_VERSION)),
            ("created_at", now),
            ("title", title),
        ):
            f = ogr.Feature(meta.GetLayerDefn())
            f.SetField("key", key)
            f.SetField("value", value)
            meta.CreateFeature(f)
    finally:
        ds = None
