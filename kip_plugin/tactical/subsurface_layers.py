"""Street sections and cables in, the styled street layer and the trench warnings out (kip:subsurfacecongestion)."""
from __future__ import annotations

from typing import Dict, List, Optional, Sequence

import numpy as np
import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFeatureSource,
    QgsFields,
    QgsGeometry,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QVariant

from ..core import schema as S
from ..core.subsurface import CableLinks, Congestion, Streets
from ..core.works import Works, to_date
from ..detection.describe import date_text
from ..i18n import tr
from ..importer.qvalues import fields_of, to_py
from .styles import congestion_label
from .text import number

WKB_TYPE = QgsWkbTypes.MultiPolygon
ID_NAMES = ("section_id", "vaknummer", "wegvak", "wegvakid", "vakid", "id")
NAME_NAMES = ("street", "straat", "straatnaam", "name", "naam", "openbareruimte")


def _shapely(feature, transform: Optional[QgsCoordinateTransform]):
    if not feature.hasGeometry() or feature.geometry().isEmpty():
        return None
    geometry = QgsGeometry(feature.geometry())
    if transform is not None:
        geometry.transform(transform)
    if not geometry.isGeosValid():
        geometry = geometry.makeValid()
    return shapely.from_wkb(bytes(geometry.asWkb()))


def _transform(source: QgsFeatureSource, crs, context) -> Optional[QgsCoordinateTransform]:
    if source.sourceCrs().isValid() and source.sourceCrs() != crs:
        return QgsCoordinateTransform(source.sourceCrs(), crs, context)
    return None


def guess_field(names: Sequence[str], wanted: Sequence[str]) -> str:
    """The first of ``wanted`` among ``names`` (case does not matter); '' when none is."""
    lower = {n.lower(): n for n in names}
    return next((lower[w] for w in wanted if w in lower), "")


def read_streets(source: QgsFeatureSource, id_field: str, name_field: str, crs: QgsCoordinateReferenceSystem,
                 context: QgsCoordinateTransformContext):
    """Street sections (polygons) in ``crs``, and a translated message for each left out."""
    names = source.fields().names()
    id_field = id_field or guess_field(names, ID_NAMES)
    name_field = name_field or guess_field(names, NAME_NAMES)
    transform = _transform(source, crs, context)
    ids, labels, geoms, problems = [], [], [], []
    for feature in source.getFeatures():
        section = str(to_py(feature[id_field]) if id_field else feature.id())
        geometry = _shapely(feature, transform)
        if geometry is None or shapely.area(geometry) <= 0:
            problems.append(tr("Street section '{id}' (feature {fid}) has no area and is left out.").format(
                id=section, fid=feature.id()))
            continue
        ids.append(section)
        labels.append(str(to_py(feature[name_field]) or "") if name_field else "")
        geoms.append(geometry)
    streets = Streets(np.array(ids, dtype=object), np.array(labels, dtype=object),
                      np.array(geoms + [None], dtype=object)[:-1])
    return streets, problems


def read_links(source: QgsFeatureSource, crs, context) -> CableLinks:
    """Cables and pipes from a layer with the fields of kip:importimkl (operator, network, cables)."""
    names = source.fields().names()
    transform = _transform(source, crs, context)
    geoms, operators, networks, cables = [], [], [], []
    for feature in source.getFeatures():
        geometry = _shapely(feature, transform)
        if geometry is None:
            continue
        geoms.append(geometry)
        operators.append(str(to_py(feature["operator"]) or "") if "operator" in names else "")
        networks.append(str(to_py(feature["network"]) or "other") if "network" in names else "other")
        count = to_py(feature["cables"]) if "cables" in names else None
        cables.append(int(count) if count not in (None, "") else 1)
    return CableLinks(np.array(geoms + [None], dtype=object)[:-1], np.array(operators, dtype=object),
                      np.array(networks, dtype=object), np.array(cables, dtype=np.int64))


def street_fields() -> QgsFields:
    """Fields of the subsurface-congestion layer."""
    return fields_of([
        ("section_id", QVariant.String), ("street", QVariant.String), ("area_m2", QVariant.Double),
        ("n_works", QVariant.Int), ("works_m", QVariant.Double), ("operators", QVariant.String),
        ("n_operators", QVariant.Int), ("links_m", QVariant.Double), ("links_per_m2", QVariant.Double),
        ("link_operators", QVariant.String), ("networks", QVariant.String), ("congestion", QVariant.String),
        ("congestion_label", QVariant.String), ("summary", QVariant.String),
    ])


def warning_fields() -> QgsFields:
    """Fields of the layer of trenches in crowded streets."""
    return fields_of([
        (S.F_WORK_ID, QVariant.String), (S.F_TITLE, QVariant.String), (S.F_OWNER, QVariant.String),
        (S.F_WORK_TYPE, QVariant.String), ("section_id", QVariant.String), ("street", QVariant.String),
        ("congestion", QVariant.String), ("links_per_m2", QVariant.Double), ("n_works", QVariant.Int),
        ("description", QVariant.String), (S.F_START, QVariant.Date), (S.F_END, QVariant.Date),
    ])


def _geometry(geom) -> QgsGeometry:
    parts = [p for p in shapely.get_parts(geom) if shapely.get_type_id(p) == 3]
    geometry = QgsGeometry()
    if parts:
        geometry.fromWkb(shapely.to_wkb(shapely.multipolygons(parts)))
    return geometry


def _qdate(day: int) -> QDate:
    d = to_date(int(day))
    return QDate(d.year, d.month, d.day)


class SubsurfaceWriter:
    """Features and sentences of kip:subsurfacecongestion."""

    def __init__(self, works: Works, streets: Streets, result: Congestion, owner_names: Dict[str, str], with_links: bool):
        self.works, self.streets, self.result = works, streets, result
        self.owner_names, self.with_links = owner_names, with_links

    def _names(self, codes: List[str]) -> str:
        return ", ".join(self.owner_names.get(c) or c for c in codes)

    def summary(self, i: int) -> str:
        """One translated sentence about street section ``i``."""
        r = self.result
        text = tr("{n} cable and pipe works planned ({metres} m) by {operators}.").format(
            n=int(r.n_works[i]), metres=number(r.works_m[i]), operators=self._names(r.work_operators[i]) or "–")
        if self.with_links:
            text += " " + tr("In the ground: {metres} m of cables and pipes, {density} m per m² of street, of {operators}.").format(
                metres=number(r.links_m[i]), density=number(r.links_per_m2[i], 2),
                operators=", ".join(r.link_operators[i]) or "–")
        return text

    def street_features(self, fields: QgsFields) -> List[QgsFeature]:
        """One feature per street section."""
        r, streets = self.result, self.streets
        features = []
        per_m2 = r.links_per_m2
        for i in range(len(streets)):
            feature = QgsFeature(fields)
            feature.setAttributes([
                str(streets.ids[i]), str(streets.names[i]) or None, round(float(r.area_m2[i]), 1), int(r.n_works[i]),
                round(float(r.works_m[i]), 1), ",".join(r.work_operators[i]) or None, len(r.work_operators[i]),
                round(float(r.links_m[i]), 1) if self.with_links else None,
                round(float(per_m2[i]), 3) if self.with_links else None,
                ",".join(r.link_operators[i]) or None, ",".join(r.networks[i]) or None, str(r.level[i]),
                congestion_label(str(r.level[i])), self.summary(i),
            ])
            feature.setGeometry(_geometry(streets.geoms[i]))
            features.append(feature)
        return features

    def warning_features(self, pairs, fields: QgsFields) -> List[QgsFeature]:
        """One feature per trench in a crowded street: the part of the work inside the section."""
        works, streets, r = self.works, self.streets, self.result
        features = []
        for w, s in zip(*pairs):
            w, s = int(w), int(s)
            title = str(works.titles[w]) if works.titles is not None and works.titles[w] else str(works.ids[w])
            owner = self.owner_names.get(str(works.owners[w])) or str(works.owners[w])
            description = tr(
                "'{title}' ({owner}) digs from {start} in {street}, where the subsurface is already crowded: "
                "{density} m of cables and pipes per m² and {others} other cable and pipe works planned."
            ).format(title=title, owner=owner, start=date_text(int(works.start[w])),
                     street=streets.names[s] or streets.ids[s], density=number(r.links_per_m2[s], 2),
                     others=len([o for o in r.work_ids[s] if o != w]))
            feature = QgsFeature(fields)
            feature.setAttributes([
                str(works.ids[w]), title, str(works.owners[w]), str(works.types[w]), str(streets.ids[s]),
                str(streets.names[s]) or None, str(r.level[s]), round(float(r.links_per_m2[s]), 3), int(r.n_works[s]),
                description, _qdate(works.start[w]), _qdate(works.end[w]),
            ])
            feature.setGeometry(_geometry(shapely.intersection(works.geoms[w], streets.geoms[s])))
            features.append(feature)
        return features
