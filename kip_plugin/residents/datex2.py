"""Writing works as a DATEX II (version 3) situation publication, as the Dutch national platform (NDW) takes them.

One situation per work, with one situation record: the municipality is the source,
the work's party, title and type are in the public comment, its period is the record's
validity and its location a WGS 84 line (along a street) or point (a square, a site).
A work that closes the road is a road closure (``RoadOrCarriagewayOrLaneManagement`` /
``roadClosed``); other works are maintenance or construction works or public events.
Works that can be combined refer to each other's situations (``relatedSituation``).
Plain Python (xml.etree) over public fields only.
"""
from __future__ import annotations

import datetime as _dt
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from typing import List, Optional, Sequence

import shapely

from ..core import schema as S
from ..core.public import PublicWork

NS = {
    "mc": "http://datex2.eu/schema/3/messageContainer",
    "sit": "http://datex2.eu/schema/3/situation",
    "com": "http://datex2.eu/schema/3/common",
    "loc": "http://datex2.eu/schema/3/locationReferencing",
    "ex": "http://datex2.eu/schema/3/exchangeInformation",
    "xsi": "http://www.w3.org/2001/XMLSchema-instance",
}
XSI_TYPE = f"{{{NS['xsi']}}}type"
# A work is drawn as a line when its area is at least this many times longer than wide.
ELONGATED = 3.0
# Degrees are written with this many decimals (about 10 cm).
DECIMALS = 6

SEVERITY = {"none": "none", "low": "low", "medium": "medium", "high": "high"}
PROBABILITY = {S.STATUS_IDEA: "riskOf", S.STATUS_PLANNED: "probable", S.STATUS_PREPARATION: "certain",
               S.STATUS_EXECUTION: "certain"}
EVENT_TYPES = ("event",)
CONSTRUCTION_TYPES = ("road_reconstruction", "building_project", "district_heating")
MAINTENANCE = {
    "road_resurfacing": "resurfacingWork", "lighting": "installationWork", "green": "treeAndVegetationCuttingWork",
    "traffic_measure": "roadMarkingWork", "sewer": "roadworks", "water_main": "roadworks", "gas": "roadworks",
    "electricity": "roadworks", "telecom": "roadworks",
}

for prefix, uri in NS.items():
    ET.register_namespace(prefix, uri)


@dataclass
class DatexWork:
    """A work to publish: its public fields and its location in WGS 84 (a MultiLineString or a Point, lon/lat)."""

    work: PublicWork
    location: object
    related: List[str] = field(default_factory=list)  # work ids of the works it can be combined with


def location_shape(area):
    """Where a work lies, the way road users' systems read it: lines or a point (same CRS as ``area``).

    Each long, narrow part of the work's area (a trench along a street) becomes the line
    through the middle of its oriented bounding box; a work without such parts (a square,
    a building site) becomes one point inside it. Give ``area`` in a metric CRS.
    """
    lines = []
    for part in getattr(area, "geoms", [area]):
        box = shapely.oriented_envelope(part)
        if box.geom_type != "Polygon":
            continue
        a, b, c, d = list(box.exterior.coords)[:4]
        ab, bc = shapely.distance(shapely.Point(a), shapely.Point(b)), shapely.distance(shapely.Point(b), shapely.Point(c))
        if max(ab, bc) < ELONGATED * max(min(ab, bc), 1e-9):
            continue
        if ab < bc:  # the short sides are ab and cd: the line joins their middles
            ends = [((a[0] + b[0]) / 2, (a[1] + b[1]) / 2), ((c[0] + d[0]) / 2, (c[1] + d[1]) / 2)]
        else:
            ends = [((b[0] + c[0]) / 2, (b[1] + c[1]) / 2), ((d[0] + a[0]) / 2, (d[1] + a[1]) / 2)]
        lines.append(shapely.LineString(ends))
    if lines:
        return shapely.MultiLineString(lines)
    return shapely.point_on_surface(area)


def _q(prefix: str, name: str) -> str:
    return f"{{{NS[prefix]}}}{name}"


def _add(parent: ET.Element, prefix: str, name: str, text: Optional[str] = None, **attributes) -> ET.Element:
    element = ET.SubElement(parent, _q(prefix, name), {k.replace("__", ":"): v for k, v in attributes.items()})
    if text is not None:
        element.text = text
    return element


def _typed(parent: ET.Element, prefix: str, name: str, xsi_type: str) -> ET.Element:
    element = _add(parent, prefix, name)
    element.set(XSI_TYPE, xsi_type)
    return element


def _multilingual(parent: ET.Element, prefix: str, name: str, text: str, lang: str) -> None:
    values = _add(_add(parent, prefix, name), "com", "values")
    _add(values, "com", "value", text, lang=lang)


def _moment(day: _dt.date, end: bool) -> str:
    """The first (or last) second of ``day`` in Dutch time, with its offset."""
    from zoneinfo import ZoneInfo

    local = _dt.datetime.combine(day, _dt.time(23, 59, 59) if end else _dt.time(0, 0, 0), ZoneInfo("Europe/Amsterdam"))
    return local.isoformat()


def _location(record: ET.Element, location) -> None:
    if location.geom_type == "Point":
        reference = _typed(record, "sit", "locationReference", "loc:PointLocation")
        coordinates = _add(_add(reference, "loc", "pointByCoordinates"), "loc", "pointCoordinates")
        _add(coordinates, "loc", "latitude", f"{location.y:.{DECIMALS}f}")
        _add(coordinates, "loc", "longitude", f"{location.x:.{DECIMALS}f}")
        return
    reference = _typed(record, "sit", "locationReference", "loc:ItineraryByIndexedLocations")
    for index, line in enumerate(getattr(location, "geoms", [location])):
        contained = _add(reference, "loc", "locationContainedInItinerary", index=str(index))
        located = _typed(contained, "loc", "location", "loc:LinearLocation")
        gml = _add(located, "loc", "gmlLineString", srsName="WGS 84")
        # GML lists latitude before longitude in WGS 84.
        # By position: inside QGIS, shapely may hand out a third (empty) coordinate.
        _add(gml, "loc", "posList", " ".join(f"{c[1]:.{DECIMALS}f} {c[0]:.{DECIMALS}f}" for c in line.coords))


def _record(situation: ET.Element, item: DatexWork, source: str, now: str, lang: str) -> None:
    work = item.work
    if work.road_closure:
        kind = "sit:RoadOrCarriagewayOrLaneManagement"
    elif work.work_type in EVENT_TYPES:
        kind = "sit:PublicEvent"
    elif work.work_type in CONSTRUCTION_TYPES:
        kind = "sit:ConstructionWorks"
    else:
        kind = "sit:MaintenanceWorks"
    record = _typed(situation, "sit", "situationRecord", kind)
    record.set("id", work.work_id)
    record.set("version", "1")
    _add(record, "sit", "situationRecordCreationTime", now)
    _add(record, "sit", "situationRecordVersionTime", now)
    _add(record, "sit", "probabilityOfOccurrence", PROBABILITY.get(work.status, "probable"))
    _add(record, "sit", "severity", SEVERITY.get(work.disruption, "unknown"))
    source_element = _add(record, "sit", "source")
    _add(source_element, "com", "sourceCountry", "nl")
    _multilingual(source_element, "com", "sourceName", source, lang)
    validity = _add(record, "sit", "validity")
    _add(validity, "com", "validityStatus", "definedByValidityTimeSpec")
    spec = _add(validity, "com", "validityTimeSpecification")
    _add(spec, "com", "overallStartTime", _moment(work.start, end=False))
    _add(spec, "com", "overallEndTime", _moment(work.end, end=True))
    cause = _add(record, "sit", "cause")
    _add(cause, "sit", "causeType", "publicEvent" if work.work_type in EVENT_TYPES else
         "constructionWork" if work.work_type in CONSTRUCTION_TYPES else "roadMaintenance")
    comment = _add(record, "sit", "generalPublicComment")
    _multilingual(comment, "sit", "comment", f"{work.title} – {work.party}", lang)
    _location(record, item.location)
    if kind == "sit:RoadOrCarriagewayOrLaneManagement":
        _add(record, "sit", "operatorActionStatus", "approved" if work.status != S.STATUS_EXECUTION else "implemented")
        _add(record, "sit", "complianceOption", "mandatory")
        _add(record, "sit", "roadOrCarriagewayOrLaneManagementType", "roadClosed")
    elif kind == "sit:PublicEvent":
        _add(record, "sit", "publicEventType", "streetFestival")
    elif kind == "sit:ConstructionWorks":
        _add(record, "sit", "operatorActionStatus", "approved" if work.status != S.STATUS_EXECUTION else "implemented")
        _add(record, "sit", "constructionWorkType", "constructionWork")
    else:
        _add(record, "sit", "operatorActionStatus", "approved" if work.status != S.STATUS_EXECUTION else "implemented")
        _add(record, "sit", "roadMaintenanceType", MAINTENANCE.get(work.work_type, "maintenanceWork"))


def situation_publication(works: Sequence[DatexWork], source: str, supplier: str, published: _dt.datetime,
                          lang: str = "nl") -> bytes:
    """The XML of a DATEX II v3 situation publication of ``works``."""
    now = published.astimezone(_dt.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    root = ET.Element(_q("mc", "messageContainer"), {"modelBaseVersion": "3"})
    payload = _typed(root, "mc", "payload", "sit:SituationPublication")
    payload.set("lang", lang)
    payload.set("modelBaseVersion", "3")
    _add(payload, "com", "publicationTime", now)
    creator = _add(payload, "com", "publicationCreator")
    _add(creator, "com", "country", "nl")
    _add(creator, "com", "nationalIdentifier", supplier)
    for item in works:
        situation = _add(payload, "sit", "situation", id=item.work.work_id)
        _add(situation, "sit", "overallSeverity", SEVERITY.get(item.work.disruption, "unknown"))
        _add(situation, "sit", "situationVersionTime", now)
        header = _add(situation, "sit", "headerInformation")
        _add(header, "com", "confidentiality", "noRestriction")
        _add(header, "com", "informationStatus", "real")
        _record(situation, item, source, now, lang)
        for other in item.related:
            related = _add(situation, "sit", "relatedSituation")
            _add(related, "sit", "objectReference", targetClass="sit:Situation", id=other, version="1")
    exchange = _add(root, "mc", "exchangeInformation", modelBaseVersion="3")
    context = _add(exchange, "ex", "exchangeContext")
    _add(context, "ex", "codedExchangeProtocol", "snapshotPull")
    _add(context, "ex", "exchangeSpecificationVersion", "3")
    supplier_element = _add(_add(context, "ex", "supplierOrCisRequester"), "ex", "internationalIdentifier")
    _add(supplier_element, "com", "country", "nl")
    _add(supplier_element, "com", "nationalIdentifier", supplier)
    dynamic = _add(exchange, "ex", "dynamicInformation")
    _add(dynamic, "ex", "exchangeStatus", "online")
    _add(dynamic, "ex", "messageGenerationTimestamp", now)
    ET.indent(root)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode").encode("utf-8") + b"\n"
