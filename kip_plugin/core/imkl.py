"""Reading the cables and pipes of a KLIC delivery in IMKL 2.0 (GML): their route, theme and operator.

An IMKL file is a GML feature collection. A cable or pipe (``imkl:Elektriciteitskabel``,
``imkl:Waterleiding``, …) points with ``net:link`` to one or more
``us-net-common:UtilityLink`` features that carry its route (``net:centrelineGeometry``),
and with ``net:inNetwork`` to its ``imkl:Utiliteitsnet``, which names the theme
(``imkl:thema``, e.g. ``…/Thema/laagspanning``). The operator is the source code
(*bronhoudercode*) that starts the network's local id, named by an ``imkl:Beheerder``.
Containers (cable beds, ducts, sleeves) count as as many cables as they say they hold.

Plain Python (``xml.etree``) and shapely; the file is read feature by feature, so large
deliveries do not need all their XML in memory at once.
"""
from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Iterable, Iterator, List, Optional, Tuple, Union
from xml.etree import ElementTree as ET

import shapely

from ..core.errors import KipError
from .problems import Problem
from .schema import QT_TRANSLATE_NOOP

IMKL_NAMESPACE = "http://www.geostandaarden.nl/imkl/wibon"
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
GML_ID = "{http://www.opengis.net/gml/3.2}id"
RD_NEW = 28992

# Cable and pipe features of IMKL 2.0 and the network kind they belong to (None: from the theme).
CABLE_FEATURES: Dict[str, Optional[str]] = {
    "Elektriciteitskabel": "electricity",
    "Telecommunicatiekabel": "telecom",
    "OlieGasChemicalienPijpleiding": "gas",
    "Waterleiding": "water",
    "Rioolleiding": "sewer",
    "ThermischePijpleiding": "heat",
    "Overig": None,
    "Kabelbed": None,
    "Duct": None,
    "Mantelbuis": None,
}
CONTAINERS = ("Kabelbed", "Duct", "Mantelbuis")

# IMKL themes (waardelijst Thema) and the network kind KIP groups them in.
THEME_NETWORKS: Dict[str, str] = {
    "laagspanning": "electricity", "middenspanning": "electricity", "hoogspanning": "electricity",
    "landelijkHoogspanningsnet": "electricity", "gasLageDruk": "gas", "gasHogeDruk": "gas",
    "buisleidingGevaarlijkeInhoud": "other", "petrochemie": "other", "water": "water",
    "rioolVrijverval": "sewer", "rioolOnderOverOfOnderdruk": "sewer", "warmte": "heat", "datatransport": "telecom",
    "overig": "other", "wees": "other",
}
NETWORKS = ("electricity", "gas", "water", "telecom", "sewer", "heat", "other")


@dataclass
class Link:
    """One stretch of a cable or pipe: the route of one UtilityLink it runs along."""

    link_id: str  # gml:id of the UtilityLink
    cable_id: str  # gml:id of the cable or pipe
    feature_type: str  # e.g. Elektriciteitskabel
    theme: str  # IMKL theme, e.g. laagspanning ('' when unknown)
    network: str  # one of NETWORKS
    operator_code: str  # bronhoudercode
    operator: str  # the operator's name, or its code
    status: str  # functional, projected, disused, … ('' when unknown)
    cables: int  # cables or pipes along this route (containers may hold several)
    geometry: object  # shapely LineString or MultiLineString


@dataclass
class Delivery:
    """The cables and pipes of one IMKL file, and what could not be used."""

    name: str
    links: List[Link] = field(default_factory=list)
    problems: List[Problem] = field(default_factory=list)
    epsg: int = RD_NEW
    unreferenced_links: int = 0  # routes no cable or pipe points to

    @property
    def metres(self) -> float:
        """Total length of the cables and pipes (a container counts its cables)."""
        return float(sum(shapely.length(link.geometry) * link.cables for link in self.links))


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _namespace(tag: str) -> str:
    return tag[1:].split("}", 1)[0] if tag.startswith("{") else ""


def _suffix(href: Optional[str]) -> str:
    """The last part of a code-list reference: '…/Thema/laagspanning' -> 'laagspanning'."""
    return re.split(r"[/#:]", (href or "").rstrip("/"))[-1] if href else ""


def _child(element: ET.Element, name: str) -> Optional[ET.Element]:
    return next((c for c in element if _local(c.tag) == name), None)


def _children(element: ET.Element, name: str) -> List[ET.Element]:
    return [c for c in element if _local(c.tag) == name]


def _href(element: ET.Element, name: str) -> str:
    """The xlink:href of the child ``name`` ('' when there is none)."""
    child = _child(element, name)
    return (child.get(XLINK_HREF) or "") if child is not None else ""


def _descendant(element: ET.Element, name: str) -> Optional[ET.Element]:
    return next((e for e in element.iter() if _local(e.tag) == name), None)


def _epsg(srs_name: Optional[str]) -> Optional[int]:
    match = re.search(r"(\d{4,5})\D*$", srs_name or "")
    return int(match.group(1)) if match else None


def _coordinates(pos_list: ET.Element, dimension: int) -> List[Tuple[float, float]]:
    values = [float(v) for v in (pos_list.text or "").split()]
    if dimension < 2 or len(values) % dimension:
        raise ValueError("the number of coordinates does not fit the dimension")
    return [(values[i], values[i + 1]) for i in range(0, len(values), dimension)]


def _line(geometry: ET.Element) -> Tuple[object, Optional[int]]:
    """A shapely line from gml:LineString, gml:Curve (segments joined) or gml:MultiCurve; and its EPSG code."""
    epsg = _epsg(geometry.get("srsName"))
    dimension = int(geometry.get("srsDimension") or 2)
    kind = _local(geometry.tag)
    if kind == "LineString":
        pos_list = _child(geometry, "posList")
        return shapely.LineString(_coordinates(pos_list, dimension)), epsg
    if kind == "Curve":
        points: List[Tuple[float, float]] = []
        for segment in (e for e in geometry.iter() if _local(e.tag) == "LineStringSegment"):
            pos_list = _child(segment, "posList")
            seg_dim = int(pos_list.get("srsDimension") or dimension)
            coords = _coordinates(pos_list, seg_dim)
            points.extend(coords if not points else coords[1:] if coords[0] == points[-1] else coords)
        return shapely.LineString(points), epsg
    if kind == "MultiCurve":
        parts = [_line(member)[0] for member in geometry.iter() if _local(member.tag) in ("LineString", "Curve")
                 and member is not geometry]
        return shapely.multilinestrings(parts), epsg
    raise ValueError(f"{kind} is not a line")


def _feature_members(stream) -> Iterator[ET.Element]:
    """Each feature of the collection, its element freed after use."""
    context = ET.iterparse(stream, events=("start", "end"))
    root = None
    for event, element in context:
        if root is None and event == "start":
            root = element
            if _local(root.tag) != "FeatureCollection":
                raise KipError(QT_TRANSLATE_NOOP("@default", "The file is not a GML feature collection: it starts with <{tag}>."),
                                   tag=_local(root.tag))
            continue
        if event == "end" and _local(element.tag) in ("featureMember", "featureMembers", "member"):
            for feature in list(element):
                yield feature
            element.clear()
            root.clear()


@dataclass
class _Collected:
    links: Dict[str, Tuple[object, Optional[int]]] = field(default_factory=dict)
    networks: Dict[str, Tuple[str, str]] = field(default_factory=dict)  # gml:id -> (theme, operator code)
    operators: Dict[str, str] = field(default_factory=dict)  # bronhoudercode -> name
    cables: List[Tuple[str, str, List[str], str, str, int]] = field(default_factory=list)
    imkl_features: int = 0


def _collect(stream, delivery: Delivery) -> _Collected:
    seen = _Collected()
    for feature in _feature_members(stream):
        name, namespace = _local(feature.tag), _namespace(feature.tag)
        gml_id = feature.get(GML_ID) or ""
        if namespace == IMKL_NAMESPACE:
            seen.imkl_features += 1
        if name == "UtilityLink":
            geometry_element = _child(feature, "centrelineGeometry")
            geometry = next(iter(geometry_element), None) if geometry_element is not None else None
            if geometry is None:
                delivery.problems.append(Problem(QT_TRANSLATE_NOOP("@default", "The route '{id}' has no geometry."), {"id": gml_id}))
                continue
            try:
                seen.links[gml_id] = _line(geometry)
            except (ValueError, TypeError, AttributeError) as error:
                delivery.problems.append(Problem(QT_TRANSLATE_NOOP("@default", "The route '{id}' cannot be read: {error}."),
                                                 {"id": gml_id, "error": str(error)}))
        elif name == "Utiliteitsnet" and namespace == IMKL_NAMESPACE:
            theme = _suffix(_href(feature, "thema"))
            local_id = _descendant(feature, "lokaalID")
            code = (local_id.text or "").split(".", 1)[0] if local_id is not None else ""
            seen.networks[gml_id] = (theme, code)
        elif name == "Beheerder" and namespace == IMKL_NAMESPACE:
            code = _child(feature, "bronhoudercode")
            organisation_name = _descendant(feature, "naam")
            if code is not None and code.text:
                seen.operators[code.text.strip()] = (organisation_name.text or "").strip() if organisation_name is not None else ""
        elif name in CABLE_FEATURES and namespace == IMKL_NAMESPACE:
            links = [c.get(XLINK_HREF) or "" for c in _children(feature, "link")]
            network = _href(feature, "inNetwork")
            status = _suffix(_href(feature, "currentStatus"))
            count = _descendant(feature, "aantalKabelsLeidingen")
            cables = int(count.text) if count is not None and (count.text or "").strip().isdigit() else 1
            seen.cables.append((gml_id, name, links, network, status, max(cables, 1)))
    return seen


def _lookup(table: Dict, href: str):
    if href in table:
        return table[href]
    tail = _suffix(href)
    return table.get(tail)


def parse_imkl(stream, name: str) -> Delivery:
    """The cables and pipes of an IMKL 2.0 GML stream (bytes or a file object)."""
    if isinstance(stream, (bytes, bytearray)):
        stream = io.BytesIO(stream)
    delivery = Delivery(name)
    try:
        seen = _collect(stream, delivery)
    except ET.ParseError as error:
        raise KipError(QT_TRANSLATE_NOOP("@default", "'{name}' is not readable XML: {error}."), name=name, error=str(error))
    if not seen.imkl_features:
        raise KipError(QT_TRANSLATE_NOOP(
            "@default", "'{name}' holds no IMKL 2.0 features (namespace {namespace}); is it a KLIC delivery?"),
            name=name, namespace=IMKL_NAMESPACE)
    used = set()
    codes = set()
    for cable_id, feature_type, hrefs, network_href, status, count in seen.cables:
        theme, operator_code = _lookup(seen.networks, network_href) or ("", "")
        network = CABLE_FEATURES[feature_type] or THEME_NETWORKS.get(theme, "other")
        if not hrefs:
            delivery.problems.append(Problem(QT_TRANSLATE_NOOP("@default", "The {type} '{id}' has no route (net:link)."),
                                             {"type": feature_type, "id": cable_id}))
        for href in hrefs:
            found = _lookup(seen.links, href)
            if found is None:
                delivery.problems.append(Problem(QT_TRANSLATE_NOOP(
                    "@default", "The {type} '{id}' refers to the route '{link}', which the file does not hold."),
                    {"type": feature_type, "id": cable_id, "link": href}))
                continue
            geometry, epsg = found
            if epsg is not None:
                codes.add(epsg)
            link_id = href if href in seen.links else _suffix(href)
            used.add(link_id)
            delivery.links.append(Link(
                link_id=link_id, cable_id=cable_id, feature_type=feature_type, theme=theme, network=network,
                operator_code=operator_code, operator=seen.operators.get(operator_code) or operator_code, status=status,
                cables=count, geometry=geometry,
            ))
    delivery.unreferenced_links = len(set(seen.links) - used)
    if len(codes) > 1:
        raise KipError(QT_TRANSLATE_NOOP("@default", "'{name}' mixes coordinate systems: EPSG {codes}."),
                           name=name, codes=", ".join(str(c) for c in sorted(codes)))
    delivery.epsg = codes.pop() if codes else RD_NEW
    return delivery


def xml_members(path: Union[str, Path]) -> Iterable[Tuple[str, bytes]]:
    """(name, content) of the IMKL files of a delivery: the file itself, or the .xml/.gml files in a .zip."""
    path = Path(path)
    if path.suffix.lower() != ".zip":
        yield path.name, path.read_bytes()
        return
    with zipfile.ZipFile(path) as archive:
        for member in sorted(archive.namelist()):
            if member.lower().endswith((".xml", ".gml")):
                yield member, archive.read(member)


def read_imkl(path: Union[str, Path]) -> List[Delivery]:
    """The IMKL files of a delivery, each parsed; files without IMKL features in a zip are skipped."""
    path = Path(path)
    if not path.is_file():
        raise KipError(QT_TRANSLATE_NOOP("@default", "The file '{path}' does not exist."), path=str(path))
    try:
        members = list(xml_members(path))
    except zipfile.BadZipFile as error:
        raise KipError(QT_TRANSLATE_NOOP("@default", "'{name}' is not a readable zip file: {error}."),
                           name=path.name, error=str(error))
    deliveries = []
    for name, content in members:
        try:
            deliveries.append(parse_imkl(content, name))
        except KipError:
            if len(members) == 1:
                raise
    if not deliveries:
        raise KipError(QT_TRANSLATE_NOOP("@default", "'{name}' holds no IMKL 2.0 file with cables or pipes."), name=path.name)
    return deliveries
