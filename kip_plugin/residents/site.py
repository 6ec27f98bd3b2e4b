"""Writing the resident view: a folder that works offline from file:// and on any plain web server.

The folder holds the map page ``index.html``, a page and an iCalendar file per street with
works, a page per neighbourhood, the data as a script (``data/site.js``: browsers do not
let pages read files next to them from ``file://``), a GeoJSON feed of the public works,
the stylesheet and script, and Leaflet with its licence. Nothing is loaded from elsewhere.
"""
from __future__ import annotations

import datetime as _dt
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional

import numpy as np
import shapely
from qgis.core import QgsCoordinateReferenceSystem

from ..core.errors import Cancelled
from ..core.ical import CalendarEvent, calendar
from ..core.publication import Publication
from ..core.streets import slugify
from ..core.works import to_date
from ..paths import resources_dir
from . import site_pages as P
from . import texts as X
from .folder import MARKER, check_folder
from .inputs import to_wgs84
from .language import code, tr
from .site_data import geojson_feed, site_data

SIMPLIFY_WORKS_M = 0.5
SIMPLIFY_AREAS_M = 2.0

Progress = Callable[[float], bool]


@dataclass
class SiteResult:
    """What was written."""

    folder: str
    events: int
    streets: int
    areas: int


def default_title(place: Optional[str]) -> str:
    """'Works in public space – Ede' (the place is the KIP store's title, when it has one)."""
    place = (place or "").strip()
    return tr("Works in public space") + (f" – {place}" if place else "")


def _simplified(geoms, tolerance: float) -> np.ndarray:
    geoms = np.asarray(geoms, dtype=object)
    if not len(geoms):
        return geoms
    return shapely.simplify(geoms, tolerance, preserve_topology=True)


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="\n")


def street_calendar(publication: Publication, s: int, site_id: str, stamp: _dt.datetime) -> str:
    """The iCalendar file of a street: one all-day event per event in the street."""
    street = publication.streets[s]
    entries = []
    for k in publication.events_of(publication.street_works[s]):
        event = publication.events[k]
        lines = [X.who(publication, k), "; ".join(X.expectations(publication, k))]
        lines += [n for n in (X.combined_note(publication, k), X.status_note(publication, k)) if n]
        contact = X.contact_text(publication, k)
        if contact:
            lines.append(tr("Questions: {contact}").format(contact=contact))
        entries.append(CalendarEvent(
            uid=f"{event.key}@{site_id}", summary=X.what(publication, k), description="\n".join(lines),
            first=to_date(event.start), last=to_date(event.end), location=street.label,
        ))
    return calendar(tr("Works in {street}").format(street=street.label), entries, stamp, code())


def write_site(
    publication: Publication,
    crs: QgsCoordinateReferenceSystem,
    folder: str,
    title: str,
    attribution: str = "",
    progress: Optional[Progress] = None,
) -> SiteResult:
    """Write the resident view of ``publication`` into ``folder`` (replacing a resident view written before).

    Raises KipError when the folder cannot be used and Cancelled when ``progress`` says stop.
    """
    target = check_folder(folder)

    def step(fraction: float) -> None:
        if progress is not None and progress(fraction) is False:
            raise Cancelled()

    work_geoms = to_wgs84(_simplified(publication.works.geoms, SIMPLIFY_WORKS_M), crs)
    event_geoms = to_wgs84(_simplified([publication.event_geometry(k) for k in range(len(publication.events))],
                                       SIMPLIFY_WORKS_M), crs)
    street_geoms = to_wgs84(np.array([s.geometry for s in publication.streets], dtype=object), crs)
    area_geoms = to_wgs84(_simplified(publication.area_geoms, SIMPLIFY_AREAS_M), crs)
    step(0.2)
    made_on = _dt.date.today()
    stamp = _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0)
    site_id = slugify(title) + ".kip"
    staging = Path(tempfile.mkdtemp(prefix=".kip-site-", dir=str(target.parent)))
    try:
        _copy_assets(staging)
        data = site_data(publication, event_geoms, street_geoms, area_geoms, title, made_on)
        _write(staging / "data" / "site.js", "window.KIP_SITE = " + json.dumps(data, ensure_ascii=False,
                                                                               separators=(",", ":")) + ";\n")
        _write(staging / "works.geojson", json.dumps(geojson_feed(publication, work_geoms), ensure_ascii=False))
        _write(staging / "index.html", P.index_page(publication, title, attribution))
        streets = publication.streets_with_works()
        rows = publication.street_disruption(streets)
        by_street = {}
        for row in rows:
            by_street.setdefault(streets[row.place], []).append(row)
        for n, s in enumerate(streets):
            slug = publication.streets[s].slug
            _write(staging / "streets" / f"{slug}.html",
                   P.street_page(publication, s, title, attribution, X.disruption_rows(by_street.get(s, []))))
            (staging / "streets" / f"{slug}.ics").write_bytes(
                street_calendar(publication, s, site_id, stamp).encode("utf-8"))
            if n % 20 == 0:
                step(0.3 + 0.5 * n / max(len(streets), 1))
        by_area = {}
        for row in publication.area_disruption():
            by_area.setdefault(row.place, []).append(row)
        for a, slug in enumerate(publication.area_slugs):
            _write(staging / "areas" / f"{slug}.html",
                   P.area_page(publication, a, title, attribution, X.disruption_rows(by_area.get(a, []))))
        step(0.9)
        (staging / MARKER).write_text("KIP resident view\n", encoding="utf-8")
        if target.exists():
            shutil.rmtree(target)
        os.replace(staging, target)
        os.chmod(target, 0o755)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    step(1.0)
    return SiteResult(str(target), len(publication.events), len(streets), len(publication.area_names))


def _copy_assets(staging: Path) -> None:
    shutil.copytree(resources_dir() / "residents" / "leaflet", staging / P.LEAFLET,
                    ignore=shutil.ignore_patterns("README.md"))
    shutil.copytree(resources_dir() / "residents" / "site", staging / "assets")
