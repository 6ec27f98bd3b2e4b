"""Theme areas from a polygon layer, and the layers kip:themesignals writes: the signals and the areas."""
from __future__ import annotations

import datetime as _dt
from typing import Dict, List, Optional, Sequence, Tuple

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
from ..core.errors import KipError
from ..core.schema import QT_TRANSLATE_NOOP
from ..core.themes import NO_YEAR, Shares, Signals, ThemeAreas
from ..core.works import NO_DATE, Works, to_date
from ..detection.describe import date_text
from ..i18n import tr, tr_code
from ..importer.qvalues import fields_of, to_py
from . import asset_mapping as M
from .styles import CONTRADICTION, OPPORTUNITY, SERVES, signal_label
from .text import share

# Field names a theme-area layer may use (the first found is read).
AREA_FIELD_NAMES: Dict[str, Tuple[str, ...]] = {
    "theme": ("theme", "thema"),
    "name": ("name", "naam", "gebied"),
    "goal": ("goal", "doel", "opgave"),
    "start": ("start_date", "startdatum", "begindatum", "van", "start"),
    "end": ("end_date", "einddatum", "tot", "eind", "end"),
    "until_year": ("off_gas_year", "aardgasvrij", "jaar_aardgasvrij", "aardgasvrij_jaar", "until_year"),
}
WKB_TYPE = QgsWkbTypes.MultiPolygon


def _find(names: Sequence[str], wanted: Sequence[str]) -> Optional[str]:
    lower = {n.lower(): n for n in names}
    return next((lower[w] for w in wanted if w in lower), None)


def _day(value) -> Optional[int]:
    value = to_py(value)
    if value in (None, ""):
        return NO_DATE
    if isinstance(value, _dt.datetime):
        value = value.date()
    if isinstance(value, _dt.date):
        return int((np.datetime64(value, "D") - np.datetime64(S.EPOCH, "D")).astype(np.int64))
    text = str(value).strip()
    if text.isdigit() and len(text) == 4:
        return None
    try:
        return int(np.datetime64(text[:10], "D").astype(np.int64))
    except ValueError:
        return None


def _year_day(value, last: bool) -> Optional[int]:
    """A period bound: a date, or a year alone (its first or last day)."""
    text = str(to_py(value) if value is not None else "").strip()
    if text.isdigit() and len(text) == 4:
        day = _dt.date(int(text), 12, 31) if last else _dt.date(int(text), 1, 1)
        return int((np.datetime64(day, "D") - np.datetime64(S.EPOCH, "D")).astype(np.int64))
    return _day(value)


def read_theme_areas(
    source: QgsFeatureSource, crs: QgsCoordinateReferenceSystem, transform_context: QgsCoordinateTransformContext
) -> Tuple[ThemeAreas, List[str]]:
    """The theme areas of ``source`` in ``crs``, and a translated message for each area left out."""
    names = source.fields().names()
    found = {key: _find(names, wanted) for key, wanted in AREA_FIELD_NAMES.items()}
    if found["theme"] is None:
        raise KipError(
            QT_TRANSLATE_NOOP("@default", "The theme-area layer '{layer}' has no field 'theme' (or 'thema'). Its "
                                          "fields are: {fields}."),
            layer=source.sourceName(), fields=", ".join(names) or "-")
    transform = None
    if source.sourceCrs().isValid() and source.sourceCrs() != crs:
        transform = QgsCoordinateTransform(source.sourceCrs(), crs, transform_context)
    words = M.WordMapper(M.THEME)
    rows, problems = [], []
    for feature in source.getFeatures():
        value = lambda key: feature[found[key]] if found[key] else None  # noqa: E731
        name = str(to_py(value("name")) or tr("Area {fid}").format(fid=feature.id()))
        where = tr("Theme area '{name}' (feature {fid})").format(name=name, fid=feature.id())
        theme = words.code(to_py(value("theme")))
        if theme is None:
            problems.append(tr("{where}: the theme '{value}' is not one KIP knows ({themes}).").format(
                where=where, value=to_py(value("theme")), themes=", ".join(S.THEMES)))
            continue
        start, end = _year_day(value("start"), False), _year_day(value("end"), True)
        if start is None or end is None:
            problems.append(tr("{where}: its period is not made of dates (YYYY-MM-DD) or years.").format(where=where))
            continue
        until = M.whole_year(to_py(value("until_year")))
        if not feature.hasGeometry() or feature.geometry().isEmpty():
            problems.append(tr("{where}: it has no shape.").format(where=where))
            continue
        geometry = QgsGeometry(feature.geometry())
        if transform is not None:
            geometry.transform(transform)
        if not geometry.isGeosValid():
            geometry = geometry.makeValid()
        rows.append((theme, name, str(to_py(value("goal")) or ""), start, end, NO_YEAR if until is None else until,
                     shapely.from_wkb(bytes(geometry.asWkb()))))
    columns = list(zip(*rows)) if rows else [[]] * 7
    areas = ThemeAreas(
        themes=np.array(columns[0], dtype=object), names=np.array(columns[1], dtype=object),
        goals=np.array(columns[2], dtype=object), start=np.array(columns[3], dtype=np.int64),
        end=np.array(columns[4], dtype=np.int64), until_year=np.array(columns[5], dtype=np.int64),
        geoms=np.array(list(columns[6]) + [None], dtype=object)[:-1],
    )
    return areas, problems


def _qdate(day: int) -> Optional[QDate]:
    if day == NO_DATE:
        return None
    d = to_date(int(day))
    return QDate(d.year, d.month, d.day)


def _geometry(geom) -> QgsGeometry:
    parts = [p for p in shapely.get_parts(geom) if shapely.get_type_id(p) == 3]
    geometry = QgsGeometry()
    if parts:
        geometry.fromWkb(shapely.to_wkb(shapely.multipolygons(parts)))
    return geometry


def signal_fields() -> QgsFields:
    """Fields of the signals layer."""
    return fields_of([
        ("signal_id", QVariant.Int), ("theme", QVariant.String), ("theme_label", QVariant.String),
        ("area_name", QVariant.String), ("kind", QVariant.String), ("kind_label", QVariant.String),
        (S.F_WORK_ID, QVariant.String), (S.F_TITLE, QVariant.String), (S.F_OWNER, QVariant.String),
        (S.F_WORK_TYPE, QVariant.String), (S.F_START, QVariant.Date), (S.F_END, QVariant.Date),
        ("description", QVariant.String),
    ])


def area_fields() -> QgsFields:
    """Fields of the theme-areas layer."""
    return fields_of([
        ("theme", QVariant.String), ("theme_label", QVariant.String), ("name", QVariant.String), ("goal", QVariant.String),
        (S.F_START, QVariant.Date), (S.F_END, QVariant.Date), ("off_gas_year", QVariant.Int),
        ("area_m2", QVariant.Double), ("touched_m2", QVariant.Double), ("touched_share", QVariant.Double),
        ("served_share", QVariant.Double), ("theme_touched_share", QVariant.Double),
        ("theme_served_share", QVariant.Double), ("n_serves", QVariant.Int), ("n_opportunities", QVariant.Int),
        ("n_contradictions", QVariant.Int), ("summary", QVariant.String),
    ])


class SignalWriter:
    """Sentences and features about the theme signals."""

    def __init__(self, works: Works, areas: ThemeAreas, owner_names: Dict[str, str]):
        self.works, self.areas, self.owner_names = works, areas, owner_names

    def _title(self, w: int) -> str:
        titles = self.works.titles
        return str(titles[w]) if titles is not None and titles[w] else str(self.works.ids[w])

    def describe(self, w: int, a: int, kind: str) -> str:
        """One translated sentence about work ``w`` in area ``a``."""
        owner = self.owner_names.get(str(self.works.owners[w])) or str(self.works.owners[w])
        theme = tr_code(S.THEMES, str(self.areas.themes[a])).lower()
        params = dict(title=self._title(w), owner=owner, area=self.areas.names[a], theme=theme,
                      when=date_text(int(self.works.start[w])))
        if kind == SERVES:
            return tr("'{title}' ({owner}, from {when}) serves {theme} in '{area}'.").format(**params)
        if kind == CONTRADICTION:
            until = int(self.areas.until_year[a])
            if until != NO_YEAR:
                return tr("'{title}' ({owner}, from {when}) renews gas in '{area}', which goes off gas in {year}: "
                          "within the life of the new main. This goes against {theme}.").format(year=until, **params)
            return tr("'{title}' ({owner}, from {when}) goes against {theme} in '{area}'.").format(**params)
        return tr("'{title}' ({owner}, from {when}) opens the street in '{area}' without serving {theme}: "
                  "an opportunity to add measures for it.").format(**params)

    def signal_features(self, signals: Signals, fields: QgsFields) -> List[QgsFeature]:
        """One feature per signal: the part of the work inside the area."""
        result = []
        works, areas = self.works, self.areas
        for k, (w, a, kind) in enumerate(zip(signals.work.tolist(), signals.area.tolist(), signals.kind.tolist()), start=1):
            feature = QgsFeature(fields)
            theme = str(areas.themes[a])
            feature.setAttributes([
                k, theme, tr_code(S.THEMES, theme), str(areas.names[a]), kind, signal_label(kind), str(works.ids[w]),
                self._title(w), str(works.owners[w]), str(works.types[w]), _qdate(works.start[w]), _qdate(works.end[w]),
                self.describe(w, a, kind),
            ])
            feature.setGeometry(_geometry(shapely.intersection(works.geoms[w], areas.geoms[a])))
            result.append(feature)
        return result

    def area_features(self, signals: Signals, result: Shares, fields: QgsFields) -> List[QgsFeature]:
        """One feature per theme area with its shares and counts."""
        features = []
        areas = self.areas
        for a in range(len(areas)):
            mine = signals.area == a
            counts = {kind: int((signals.kind[mine] == kind).sum()) for kind in (SERVES, OPPORTUNITY, CONTRADICTION)}
            theme = str(areas.themes[a])
            summary = tr("{touched} of the area touched by works in its period, {served} by works that serve {theme}; "
                         "{serves} serve it, {opportunities} opportunities, {contradictions} against it.").format(
                touched=share(result.touched_share(a)), served=share(result.served_share(a)),
                theme=tr_code(S.THEMES, theme).lower(), serves=counts[SERVES], opportunities=counts[OPPORTUNITY],
                contradictions=counts[CONTRADICTION])
            feature = QgsFeature(fields)
            feature.setAttributes([
                theme, tr_code(S.THEMES, theme), str(areas.names[a]), str(areas.goals[a]) or None,
                _qdate(areas.start[a]), _qdate(areas.end[a]),
                None if areas.until_year[a] == NO_YEAR else int(areas.until_year[a]),
                round(float(result.area_m2[a]), 1), round(float(result.touched_m2[a]), 1),
                round(result.touched_share(a), 4), round(result.served_share(a), 4),
                round(result.theme_share(theme), 4), round(result.theme_share(theme, served=True), 4),
                counts[SERVES], counts[OPPORTUNITY], counts[CONTRADICTION], summary,
            ])
            feature.setGeometry(_geometry(areas.geoms[a]))
            features.append(feature)
        return features


def work_themes(columns: Dict[str, np.ndarray], n: int) -> List[List[str]]:
    """The theme codes of each work (empty lists when the works have no themes field)."""
    values = columns.get(S.F_THEMES)
    if values is None:
        return [[] for _ in range(n)]
    return [S.split_themes(v) for v in values.tolist()]
