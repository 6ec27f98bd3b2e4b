"""The resident view's data: events, works, streets and neighbourhoods in WGS 84, with their texts.

Works enter the data only through ``PublicWork.properties()``, the public whitelist.
"""
from __future__ import annotations

import datetime as _dt
import json
from typing import Any, Dict, List

import numpy as np
import shapely

from ..core.disruption import DisruptionRow
from ..core.publication import Publication
from ..core.works import to_date
from . import texts as X
from .language import code, format_number, month_name, tr

# Decimals of longitude and latitude: about a metre.
DECIMALS = 5
# Simplification of event areas before publishing (metres): smaller files, the same picture.
SIMPLIFY_M = 1.0


def _round(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, DECIMALS)
    if isinstance(value, list):
        # Two numbers per position: inside QGIS, shapely may hand out a third (empty) coordinate.
        if value and not isinstance(value[0], list):
            return [round(v, DECIMALS) for v in value[:2]]
        return [_round(v) for v in value]
    return value


def _rounded(geometry) -> Dict[str, Any]:
    """A GeoJSON geometry with coordinates rounded to about a metre."""
    data = json.loads(shapely.to_geojson(geometry))
    data["coordinates"] = _round(data.get("coordinates", []))
    return data


def street_url(slug: str) -> str:
    """The street's page, relative to the site's top."""
    return f"streets/{slug}.html"


def area_url(slug: str) -> str:
    """The neighbourhood's page, relative to the site's top."""
    return f"areas/{slug}.html"


def months(start: _dt.date, end: _dt.date) -> List[Dict[str, str]]:
    """The months of the period, for the date slider: label, first and last day (ISO)."""
    result = []
    first = _dt.date(start.year, start.month, 1)
    while first <= end:
        following = _dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
        result.append({
            "label": month_name(first),
            "start": max(first, start).isoformat(),
            "end": min(following - _dt.timedelta(days=1), end).isoformat(),
        })
        first = following
    return result


def disruption_table(rows: List[DisruptionRow], names: List[str]) -> List[Dict[str, Any]]:
    """Per place: its name and the period's totals with and without combining."""
    totals: Dict[int, List[float]] = {}
    for row in rows:
        total = totals.setdefault(row.place, [0.0, 0.0])
        total[0] += row.disruption_days
        total[1] += row.disruption_days_without_combining
    return [
        {"name": names[p], "with": round(t[0], 1), "without": round(t[1], 1),
         "with_text": format_number(round(t[0], 1)), "without_text": format_number(round(t[1], 1))}
        for p, t in sorted(totals.items())
    ]


def site_data(publication: Publication, event_wgs84: np.ndarray, street_wgs84: np.ndarray, area_wgs84: np.ndarray,
              title: str, made_on: _dt.date) -> Dict[str, Any]:
    """Everything the pages' scripts show."""
    start, end = to_date(publication.start), to_date(publication.end)
    event_streets, event_areas = publication.event_streets(), publication.event_areas()
    streets = publication.streets
    events = []
    for k, event in enumerate(publication.events):
        events.append({
            "type": "Feature",
            "geometry": _rounded(event_wgs84[k]),
            "properties": {
                "k": k,
                "key": event.key,
                "title": X.what(publication, k),
                "who": X.who(publication, k),
                "when": X.when(publication, k),
                "start": to_date(event.start).isoformat(),
                "end": to_date(event.end).isoformat(),
                "combined": event.combined,
                "note": X.combined_note(publication, k),
                "expect": X.expectations(publication, k),
                "contact": X.contact_text(publication, k),
                "disruption": publication.event_disruption(k),
                "streets": [streets[s].slug for s in event_streets[k]],
                "areas": [publication.area_slugs[a] for a in event_areas[k]],
                "works": [publication.public[i].properties() for i in event.members],
            },
        })
    with_works = set(publication.streets_with_works())
    street_features = [
        {"type": "Feature", "geometry": _rounded(street_wgs84[s]),
         "properties": {"slug": street.slug, "label": street.label, "area": street.area, "works": s in with_works}}
        for s, street in enumerate(streets)
    ]
    area_rows = disruption_table(publication.area_disruption(), publication.area_names)
    area_features = [
        {"type": "Feature", "geometry": _rounded(area_wgs84[a]),
         "properties": {"slug": publication.area_slugs[a], "name": name, "days": area_rows[a]["with"] if area_rows else 0}}
        for a, name in enumerate(publication.area_names)
    ]
    places = [{"label": s.label, "kind": "street", "slug": s.slug, "works": i in with_works} for i, s in enumerate(streets)]
    places += [{"label": n, "kind": "area", "slug": publication.area_slugs[a], "works": True}
               for a, n in enumerate(publication.area_names)]
    return {
        "language": code(),
        "title": title,
        "start": start.isoformat(),
        "end": end.isoformat(),
        "made_on": made_on.isoformat(),
        "months": months(start, end),
        "events": {"type": "FeatureCollection", "features": events},
        "streets": {"type": "FeatureCollection", "features": street_features},
        "areas": {"type": "FeatureCollection", "features": area_features},
        "places": places,
        "texts": ui_texts(start, end),
    }


def ui_texts(start: _dt.date, end: _dt.date) -> Dict[str, str]:
    """The texts the scripts show, in the output language."""
    from .language import format_period

    return {
        "whole_period": tr("The whole period ({period})").format(period=format_period(start, end)),
        "count": tr("{n} works on the map"),
        "count_one": tr("1 work on the map"),
        "count_none": tr("No works on the map in this month"),
        "not_found": tr("No street or neighbourhood found for '{query}'."),
        "no_works_in": tr("No works are planned in {place} in this period."),
        "found": tr("Found:"),
        "street": tr("street"),
        "area": tr("neighbourhood"),
        "more": tr("More about this street"),
        "map_label": tr("Map of the works; the same works are listed below the map"),
        "show": tr("Show on the map"),
        "combined": tr("Carried out together"),
        "zoom_in": tr("Zoom in"),
        "zoom_out": tr("Zoom out"),
    }


def geojson_feed(publication: Publication, work_wgs84: np.ndarray) -> Dict[str, Any]:
    """The public works as a GeoJSON FeatureCollection (RFC 7946, WGS 84), each with its event."""
    features = []
    for k, event in enumerate(publication.events):
        for i in event.members:
            properties = publication.public[i].properties()
            properties.update({
                "event": event.key, "combined": event.combined,
                "event_start": to_date(event.start).isoformat(), "event_end": to_date(event.end).isoformat(),
            })
            features.append({"type": "Feature", "id": properties["id"], "geometry": _rounded(work_wgs84[i]),
                             "properties": properties})
    return {"type": "FeatureCollection", "features": features}
