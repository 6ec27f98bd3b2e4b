"""From QGIS works layers to the engine's arrays, with every unusable work accounted for."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence

import numpy as np
import shapely
from osgeo import gdal
from qgis.core import (
    QgsAbstractFeatureSource,
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsFeedback,
    QgsFields,
    QgsVectorLayer,
    QgsVectorLayerFeatureSource,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QVariant

from ..core import schema as S
from ..core.errors import Cancelled
from ..core.spatial import many_objects
from ..core.works import NO_DATE, Works
from ..i18n import tr
from ..store.project import party_names
from . import arrow, metric
from .checks import Problem, ReaderError, check_fields, find_problems

from .fields import ALL_FIELDS, DETECTION_FIELDS

_KINDS = {spec.name: spec.kind for spec in S.WORK_FIELDS}

# Julian day of 1970-01-01: QDate.toJulianDay() minus this is a day number.
_JULIAN_EPOCH = 2440588


@dataclass
class WorksInput:
    """The usable works of the input layers, in a metric CRS, and what could not be used."""

    works: Works
    wkb: np.ndarray  # WKB of each work's geometry in ``crs``, for writing it out again
    columns: Dict[str, np.ndarray]  # raw schema columns of the usable works (text, day numbers, int8)
    crs: QgsCoordinateReferenceSystem
    source_crs: QgsCoordinateReferenceSystem
    problems: List[Problem] = field(default_factory=list)
    features: int = 0  # features read
    inactive: int = 0  # done or cancelled
    methods: Dict[str, str] = field(default_factory=dict)  # layer name -> how it was read
    owner_names: Dict[str, str] = field(default_factory=dict)
    wkb_type: int = 0  # geometry type of the (first) input layer

    @property
    def transformed(self) -> bool:
        """Whether the geometries were transformed into another CRS for the detection."""
        return self.crs != self.source_crs


@dataclass
class LayerSource:
    """One input layer, ready to be read in any thread."""

    name: str
    crs: QgsCoordinateReferenceSystem
    fields: QgsFields
    kinds: Dict[str, str]  # the wanted fields the layer has
    ogr: Optional[arrow.OgrSource]  # when GDAL can read the file itself
    features: QgsAbstractFeatureSource  # else QGIS's thread-safe copy of the layer
    count: int
    wkb_type: int
    owner_names: Dict[str, str] = field(default_factory=dict)  # party names of a shared KIP's layer


def prepare(layers: Sequence[QgsVectorLayer], fields: Sequence[str] = ALL_FIELDS) -> List[LayerSource]:
    """Check ``layers`` for ``fields`` and make them readable from a background thread (on the main thread)."""
    kinds = {name: _KINDS[name] for name in fields}
    _check_layers(layers, kinds)
    sources = []
    for layer in layers:
        present = {n: k for n, k in kinds.items() if layer.fields().indexOf(n) >= 0}
        sources.append(
            LayerSource(
                name=layer.name(),
                crs=layer.crs(),
                fields=layer.fields(),
                kinds=present,
                ogr=arrow.ogr_source(layer, list(present)),
                features=QgsVectorLayerFeatureSource(layer),
                count=max(layer.featureCount(), 0),
                wkb_type=layer.wkbType(),
                owner_names=party_names(layer) if layer.providerType() == "postgres" else {},
            )
        )
    return sources


def _check_layers(layers: Sequence[QgsVectorLayer], kinds: Dict[str, str]) -> QgsCoordinateReferenceSystem:
    if not layers:
        raise ReaderError(tr("Choose at least one works layer."))
    for layer in layers:
        if layer is None or not layer.isValid():
            raise ReaderError(tr("The layer '{layer}' cannot be read.").format(layer=layer.name() if layer else "?"))
        check_fields(layer, kinds)
    first = layers[0]
    for layer in layers[1:]:
        if layer.crs() != first.crs():
            raise ReaderError(
                tr(
                    "The input layers have different CRSs: '{a}' is in {crs_a}, '{b}' in {crs_b}. "
                    "Save them in one CRS first."
                ).format(a=first.name(), crs_a=first.crs().authid(), b=layer.name(), crs_b=layer.crs().authid())
            )
    if not first.crs().isValid():
        raise ReaderError(tr("The layer '{layer}' has no valid CRS.").format(layer=first.name()))
    return first.crs()


def _is_null(value) -> bool:
    return value is None or (isinstance(value, QVariant) and value.isNull())


def _day(value) -> Optional[int]:
    if isinstance(value, QDateTime):
        value = value.date()
    if isinstance(value, QDate):
        return value.toJulianDay() - _JULIAN_EPOCH if value.isValid() else None
    return None


def _msecs(value) -> int:
    if isinstance(value, QDateTime) and value.isValid():
        return value.toMSecsSinceEpoch()
    if isinstance(value, QDate) and value.isValid():
        return (value.toJulianDay() - _JULIAN_EPOCH) * 86_400_000
    return NO_DATE


def _read_with_qgis(source: LayerSource, feedback: Optional[QgsFeedback]) -> Dict[str, object]:
    """The same columns as ``arrow.read_columns``, through QGIS's feature iterator."""
    kinds = source.kinds
    names = list(kinds)
    request = QgsFeatureRequest().setSubsetOfAttributes(names, source.fields)
    fids, wkbs = [], []
    values: Dict[str, List] = {n: [] for n in names}
    total = max(source.count, 1)
    for count, feature in enumerate(source.features.getFeatures(request)):
        if count % 1000 == 0 and feedback is not None:
            if feedback.isCanceled():
                raise Cancelled()
            feedback.setProgress(min(99.0, 100.0 * count / total) * 0.3)
        fids.append(feature.id())
        geometry = feature.geometry()
        wkbs.append(None if geometry.isNull() else bytes(geometry.asWkb()))
        for name in names:
            values[name].append(feature[name])
    columns: Dict[str, object] = {
        arrow.FID: np.array(fids, dtype=np.int64),
        arrow.GEOMETRY: np.array(wkbs + [None], dtype=object)[:-1],
    }
    for name in names:
        raw = values[name]
        kind = kinds[name]
        if kind == S.DATE:
            days = np.full(len(raw), NO_DATE, dtype=np.int64)
            bad = {}
            for row, value in enumerate(raw):
                if _is_null(value) or (isinstance(value, str) and not value.strip()):
                    continue
                day = _day(value)
                if day is None:
                    try:
                        day = int(np.datetime64(str(value).strip()[:10], "D").astype(np.int64))
                    except ValueError:
                        bad[row] = str(value)
                        continue
                days[row] = day
            columns[name] = days
            if bad:
                columns[f"{name}:bad"] = bad
        elif kind == S.BOOL:
            columns[name] = np.array([-1 if _is_null(v) else int(bool(v)) for v in raw], dtype=np.int8)
        elif kind == S.REAL:
            columns[name] = np.array([np.nan if _is_null(v) else float(v) for v in raw], dtype=float)
        elif kind == S.DATETIME:
            columns[name] = np.array([_msecs(v) for v in raw], dtype=np.int64)
        else:
            columns[name] = np.array(["" if _is_null(v) else str(v) for v in raw], dtype=str)
    return columns


def _owner_names(path: str) -> Dict[str, str]:
    """Names of the parties stored next to the works, when the file is a KIP store."""
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        ds = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY)
        table = ds.GetLayerByName(S.PARTIES_TABLE) if ds is not None else None
        if table is None:
            return {}
        return {f.GetField(S.P_CODE): f.GetField(S.P_NAME) for f in table}
    except Exception:  # noqa: BLE001 (names are a courtesy; codes will do)
        return {}
    finally:
        gdal.PopErrorHandler()


def read_works(
    layers: Sequence, feedback: Optional[QgsFeedback] = None, fields: Sequence[str] = ALL_FIELDS
) -> WorksInput:
    """Read, check and convert the works of ``layers`` (QgsVectorLayers, or sources from ``prepare``)."""
    sources = [s if isinstance(s, LayerSource) else None for s in layers]
    if not layers or None in sources:
        sources = prepare(layers, fields)
    kinds: Dict[str, str] = {}
    for source in sources:
        kinds.update(source.kinds)
    parts = []
    problems: List[Problem] = []
    methods: Dict[str, str] = {}
    owner_names: Dict[str, str] = {}
    for number, source in enumerate(sources):
        columns = arrow.read_columns(source.ogr, source.kinds) if source.ogr is not None else None
        if columns is not None:
            methods[source.name] = "gdal"
            owner_names.update(_owner_names(source.ogr.path))
        else:
            columns = _read_with_qgis(source, feedback)
            methods[source.name] = "qgis"
            owner_names.update(source.owner_names)
        if feedback is not None:
            if feedback.isCanceled():
                raise Cancelled()
            feedback.setProgress(30.0 * (number + 1) / len(sources))
        if len(columns[arrow.FID]) == 0:
            problems.append(Problem(source.name, None, None, tr("The layer '{layer}' holds no works.").format(layer=source.name)))
        parts.append((source.name, columns))
    data = _assemble(parts, kinds, sources[0].crs, problems, methods, owner_names)
    data.wkb_type = sources[0].wkb_type
    return data


def _assemble(parts, kinds, source_crs, problems, methods, owner_names) -> WorksInput:
    kinds = {**DETECTION_FIELDS, **kinds}  # fields not read are empty: defaults apply
    names = list(kinds)
    layer_names = np.concatenate([np.full(len(c[arrow.FID]), n, dtype=object) for n, c in parts]) if parts else np.zeros(0, dtype=object)
    fids = np.concatenate([c[arrow.FID] for _, c in parts])
    wkb = np.concatenate([c[arrow.GEOMETRY] for _, c in parts])
    columns: Dict[str, np.ndarray] = {}
    bad_dates: Dict[str, Dict[int, str]] = {}
    offset = 0
    for name in names:
        pieces = []
        for _, c in parts:
            n = len(c[arrow.FID])
            pieces.append(c[name] if name in c else arrow.empty_column(kinds[name], n))
        columns[name] = np.concatenate(pieces) if pieces else np.zeros(0, dtype=object)
    for _, c in parts:
        for name in names:
            for row, text in c.get(f"{name}:bad", {}).items():
                bad_dates.setdefault(name, {})[offset + row] = text
        offset += len(c[arrow.FID])

    # Works that are done or cancelled take no part: their geometry is not even looked at.
    taking_part = ~np.isin(columns[S.F_STATUS], list(S.INACTIVE_STATUSES))
    geoms = np.full(len(wkb), None, dtype=object)
    with many_objects():
        geoms[taking_part] = shapely.from_wkb(wkb[taking_part], on_invalid="ignore")
    usable, found = find_problems(columns, geoms, layer_names, fids, bad_dates, taking_part)
    problems.extend(found)
    if not usable.all():
        keep = np.flatnonzero(usable)
        columns = {name: values[keep] for name, values in columns.items()}
        geoms, wkb = geoms[keep], wkb[keep]

    crs = source_crs
    if not metric.is_metric(source_crs) and len(geoms):
        with many_objects():
            geoms = shapely.from_wkb(wkb, on_invalid="ignore")  # all of them: the output keeps every work
        bounds = shapely.total_bounds(geoms)
        crs = metric.choose_metric_crs(tuple(bounds), source_crs)
        geoms = metric.transform(geoms, source_crs, crs)
        wkb = metric.to_wkb(geoms)
    works = _works(columns, geoms)
    return WorksInput(
        works=works,
        wkb=wkb,
        columns=columns,
        crs=crs,
        source_crs=source_crs,
        problems=problems,
        features=len(fids),
        inactive=int((~works.active).sum()),
        methods=methods,
        owner_names=owner_names,
    )


def _works(columns: Dict[str, np.ndarray], geoms: np.ndarray) -> Works:
    start, end = columns[S.F_START], columns[S.F_END]
    early, late = columns[S.F_EARLIEST_START], columns[S.F_LATEST_END]
    # A window never excludes the planned period: a work may always run as planned.
    window_start = np.minimum(np.where(early == NO_DATE, start, early), start)
    window_end = np.maximum(np.where(late == NO_DATE, end, late), end)
    status = columns[S.F_STATUS]
    types = columns[S.F_WORK_TYPE]
    disruption = columns[S.F_DISRUPTION]
    return Works(
        ids=columns[S.F_WORK_ID],
        owners=columns[S.F_OWNER],
        types=np.where(types == "", "other", types),
        start=start,
        end=end,
        window_start=window_start,
        window_end=window_end,
        excavation=columns[S.F_EXCAVATION],
        road_closure=columns[S.F_ROAD_CLOSURE] == 1,
        disruption=np.where(disruption == "", "none", disruption),
        active=~np.isin(status, list(S.INACTIVE_STATUSES)),
        geoms=geoms,
        titles=columns[S.F_TITLE],
    )
