"""Reading DATEX II road-works situations (as the Dutch national road-works platform publishes them).

Elements are matched by their local names, so DATEX II version 3 (the NDW feed) and
version 2 publications both read. Only the location of a record is used as its work
area, never the alternative route of a diversion. Plain Python (xml.etree).
"""
from __future__ import annotations

import datetime as _dt
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Optional, Tuple

from ..core import schema as S
from ..core.errors import KipError
from ..core.schema import QT_TRANSLATE_NOOP

XSI_TYPE = "{http://www.w3.org/2001/XMLSchema-instance}type"
Coord = Tuple[float, float]  # (longitude, latitude)

# Management types that close the road (or a junction) to traffic.
CLOSURE_TYPES = {"carriagewayClosures", "roadClosed", "closedPermanentlyForTheWinter", "junctionClosed", "rampClosures"}
_WORK_TYPE_BY_RECORD = {"MaintenanceWorks": "road_resurfacing", "ConstructionWorks": "road_reconstruction", "PublicEvent": "event"}
_WORK_TYPE_BY_CAUSE = {"roadMaintenance": "road_resurfacing", "roadworks": "road_reconstruction",
                       "constructionWork": "road_reconstruction", "publicEvent": "event", "event": "event"}
_SEVERITY = {"highest": "high", "high": "high", "medium": "medium", "low": "low", "lowest": "low", "none": "none"}
_MANAGEMENT_TAGS = ("roadOrCarriagewayOrLaneManagementType", "speedManagementType", "reroutingManagementType",
                    "roadMaintenanceType", "constructionWorkType", "generalNetworkManagementType")
ORIGINAL_FIELDS = ("record_id", "situation_id", "record_type", "version", "start", "end", "cause", "management",
                   "closure", "severity", "source_name", "description", "location")


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _children(element: ET.Element, name: str) -> Iterable[ET.Element]:
    return (e for e in element.iter() if _local(e.tag) == name)


def _first_text(element: ET.Element, name: str) -> str:
    for e in _children(element, name):
        if e.text and e.text.strip():
            return e.text.strip()
    return ""


def _words(camel: str) -> str:
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", camel).lower()


@dataclass
class Datex2Record:
    """One situation record (or a whole situation, when grouped): when, where, what."""

    record_id: str
    situation_id: str
    record_type: str
    version: str = ""
    start: str = ""
    end: str = ""
    cause: str = ""
    management: str = ""
    severity: str = ""
    source_name: str = ""
    description: str = ""
    lines: List[List[Coord]] = field(default_factory=list)
    points: List[Coord] = field(default_factory=list)
    alert_c: List[str] = field(default_factory=list)
    bad_coordinates: str = ""

    @property
    def closure(self) -> bool:
        """Whether the record closes the road to traffic."""
        return any(part in CLOSURE_TYPES for part in self.management.split(", "))

    def location_text(self) -> str:
        """Where the record is, in words, for the rejected table."""
        parts = []
        if self.lines:
            parts.append("{n} line(s)".format(n=len(self.lines)))
        if self.points:
            parts.append("{n} point(s)".format(n=len(self.points)))
        if self.alert_c:
            parts.append("Alert-C " + ", ".join(self.alert_c))
        return "; ".join(parts)

    def original(self) -> Dict[str, str]:
        """The record's own values, as text, for the rejected table."""
        return {
            "record_id": self.record_id, "situation_id": self.situation_id, "record_type": self.record_type,
            "version": self.version, "start": self.start, "end": self.end, "cause": self.cause,
            "management": self.management, "closure": "true" if self.closure else "false",
            "severity": self.severity, "source_name": self.source_name, "description": self.description,
            "location": self.location_text(),
        }

    def work_values(self, publication: Optional[_dt.datetime]) -> Dict[str, object]:
        """Raw values per KIP field, to be read like any other delivery."""
        types = self.record_type.split(", ")
        work_type = next((_WORK_TYPE_BY_RECORD[t] for t in types if t in _WORK_TYPE_BY_RECORD), None)
        work_type = work_type or _WORK_TYPE_BY_CAUSE.get(self.cause.split(", ")[0], "traffic_measure")
        title = _words(self.management or self.record_type or self.cause).capitalize()
        if self.source_name:
            title = "{title} – {source}".format(title=title, source=self.source_name)
        disruption = "high" if self.closure else _SEVERITY.get(self.severity, "medium")
        return {
            S.F_WORK_ID: self.record_id,
            S.F_TITLE: title,
            S.F_DESCRIPTION: self.description or None,
            S.F_WORK_TYPE: work_type,
            S.F_STATUS: _status(self.start, self.end, publication),
            S.F_START: self.start or None,
            S.F_END: self.end or None,
            S.F_ROAD_CLOSURE: self.closure,
            S.F_EXCAVATION: None,
            S.F_DISRUPTION: disruption,
            S.F_SOURCE: "datex2:" + (self.source_name or self.situation_id),
        }


def _moment(text: str) -> Optional[_dt.datetime]:
    try:
        moment = _dt.datetime.fromisoformat(re.sub(r"(\.\d{6})\d+", r"\1", text).replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=_dt.timezone.utc)


def _status(start: str, end: str, publication: Optional[_dt.datetime]) -> str:
    begin, finish = _moment(start), _moment(end)
    if publication is None or begin is None:
        return "planned"
    if publication < begin:
        return "planned"
    if finish is not None and publication > finish:
        return "done"
    return "execution"


@dataclass
class Datex2Publication:
    """The records of one DATEX II situation publication."""

    publication_time: Optional[_dt.datetime]
    records: List[Datex2Record]


def parse(data: bytes) -> Datex2Publication:
    """Read a DATEX II situation publication; raise KipError when the file is not one."""
    if not data or not data.strip():
        raise KipError(QT_TRANSLATE_NOOP("@default", "The file is empty."))
    try:
        root = ET.fromstring(data)
    except ET.ParseError as error:
        line, column = getattr(error, "position", (0, 0))
        raise KipError(
            QT_TRANSLATE_NOOP("@default", "The file is not valid XML (line {line}, column {column}): it is not a DATEX II publication."),
            line=line, column=column,
        ) from None
    situations = list(_children(root, "situation"))
    if not situations and not any(True for _ in _children(root, "situationRecord")):
        raise KipError(
            QT_TRANSLATE_NOOP(
                "@default", "The file is XML ('{root}') but not a DATEX II situation publication: it holds no situations."
            ),
            root=_local(root.tag),
        )
    publication = _moment(_first_text(root, "publicationTime"))
    records: List[Datex2Record] = []
    for situation in situations or [root]:
        severity = _first_text(situation, "overallSeverity")
        for element in _children(situation, "situationRecord"):
            records.append(_record(element, situation.get("id", ""), severity))
    return Datex2Publication(publication, records)


def _record(element: ET.Element, situation_id: str, severity: str) -> Datex2Record:
    record = Datex2Record(
        record_id=element.get("id", ""),
        situation_id=situation_id,
        record_type=(element.get(XSI_TYPE) or "").split(":")[-1],
        version=element.get("version", ""),
        start=_first_text(element, "overallStartTime"),
        end=_first_text(element, "overallEndTime"),
        cause=_first_text(element, "causeType"),
        severity=_first_text(element, "severity") or severity,
        management=", ".join(t for t in (_first_text(element, tag) for tag in _MANAGEMENT_TAGS) if t),
    )
    source = next(_children(element, "source"), None)
    if source is not None:
        record.source_name = _first_text(source, "value")
    comments = [_first_text(c, "value") for c in _children(element, "generalPublicComment")]
    comments += [_first_text(c, "value") for c in _children(element, "reroutingItineraryDescription")]
    record.description = " ".join(c for c in comments if c)
    locations = [e for e in element if _local(e.tag) in ("locationReference", "groupOfLocations")]
    for location in locations:
        _read_location(location, record)
    return record


def _read_location(location: ET.Element, record: Datex2Record) -> None:
    for pos_list in _children(location, "posList"):
        numbers = (pos_list.text or "").split()
        try:
            values = [float(n) for n in numbers]
        except ValueError:
            record.bad_coordinates = (pos_list.text or "")[:80]
            continue
        if len(values) < 4 or len(values) % 2:
            record.bad_coordinates = (pos_list.text or "")[:80]
            continue
        # GML posList in WGS 84 lists latitude before longitude.
        record.lines.append([(values[i + 1], values[i]) for i in range(0, len(values), 2)])
    for name in ("pointCoordinates", "locationForDisplay"):
        for point in _children(location, name):
            lat, lon = _first_text(point, "latitude"), _first_text(point, "longitude")
            try:
                record.points.append((float(lon), float(lat)))
            except ValueError:
                record.bad_coordinates = "{lat} {lon}".format(lat=lat, lon=lon)
    for code in _children(location, "specificLocation"):
        if code.text and code.text.strip() not in record.alert_c:
            record.alert_c.append(code.text.strip())


def group_by_situation(records: List[Datex2Record]) -> List[Datex2Record]:
    """One record per situation: its records' locations together, from the first start to the last end."""
    groups: Dict[str, List[Datex2Record]] = {}
    for record in records:
        groups.setdefault(record.situation_id or record.record_id, []).append(record)
    merged = []
    for situation_id, members in groups.items():
        starts = [r.start for r in members if r.start]
        ends = [r.end for r in members if r.end]
        first = members[0]
        merged.append(
            Datex2Record(
                record_id=situation_id,
                situation_id=situation_id,
                record_type=", ".join(dict.fromkeys(r.record_type for r in members)),
                version=", ".join(dict.fromkeys(r.version for r in members if r.version)),
                start=min(starts, key=lambda t: _moment(t) or _dt.datetime.max.replace(tzinfo=_dt.timezone.utc), default=""),
                end=max(ends, key=lambda t: _moment(t) or _dt.datetime.min.replace(tzinfo=_dt.timezone.utc), default=""),
                cause=", ".join(dict.fromkeys(r.cause for r in members if r.cause)),
                management=", ".join(dict.fromkeys(p for r in members for p in r.management.split(", ") if p)),
                severity=first.severity,
                source_name=first.source_name,
                description=" ".join(dict.fromkeys(r.description for r in members if r.description)),
                lines=[line for r in members for line in r.lines],
                points=[p for r in members for p in r.points],
                alert_c=list(dict.fromkeys(c for r in members for c in r.alert_c)),
                bad_coordinates=next((r.bad_coordinates for r in members if r.bad_coordinates), ""),
            )
        )
    return merged
