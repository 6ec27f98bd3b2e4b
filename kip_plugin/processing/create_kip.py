"""kip:createkip — a new, empty KIP store: its coordinate system, municipality and parties."""
from __future__ import annotations

import csv
import os
from typing import Any, Dict, List

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsUnitTypes,
)

from ..core import schema as S
from ..core.errors import KipError
from ..core.parties import colours, parse_party_lines
from ..i18n import error_text, tr
from ..store.stored_styles import create_kip
from .algorithm import KipBaseAlgorithm

_CSV_NAMES = {"code": "code", "name": "name", "naam": "name", "kind": "kind", "soort": "kind",
              "colour": "colour", "color": "colour", "kleur": "colour"}


class KipStoreAlgorithm(KipBaseAlgorithm):
    """Base of the algorithms that make and keep KIP stores."""

    def group(self) -> str:
        return tr("KIP store")

    def groupId(self) -> str:
        return "store"


def parties_from_csv(path: str) -> List[S.Party]:
    """Parties from a CSV file with the columns code and name (kind and colour optional)."""
    with open(path, newline="", encoding="utf-8-sig", errors="replace") as handle:
        sample = handle.read(4096)
        handle.seek(0)
        delimiter = ";" if sample.count(";") > sample.count(",") else ","
        rows = list(csv.DictReader(handle, delimiter=delimiter))
    parties: List[S.Party] = []
    for number, row in enumerate(rows, start=2):
        values = {_CSV_NAMES.get((k or "").strip().lower()): (v or "").strip() for k, v in row.items()}
        if not values.get("code") and not values.get("name"):
            continue
        kind = values.get("kind") or "department"
        text = "{code} = {name} | {kind}".format(code=values.get("code") or "", name=values.get("name") or "", kind=kind)
        try:
            party = parse_party_lines(text)[0]
        except KipError as error:
            raise QgsProcessingException(
                tr("Row {row} of '{path}': {problem}").format(row=number, path=os.path.basename(path),
                                                                problem=error_text(error)))
        parties.append(S.Party(party.code, party.name, party.kind, values.get("colour") or ""))
    chosen = iter(colours(len(parties)))
    return [p if p.colour else S.Party(p.code, p.name, p.kind, next(chosen)) for p in parties]


class CreateKipAlgorithm(KipStoreAlgorithm):
    """Creates a new KIP GeoPackage with its parties."""

    OUTPUT = "OUTPUT"
    CRS = "CRS"
    MUNICIPALITY = "MUNICIPALITY"
    PARTIES = "PARTIES"
    PARTY_COUNT = "PARTY_COUNT"

    def name(self) -> str:
        return "createkip"

    def displayName(self) -> str:
        return tr("Create KIP")

    def shortHelpString(self) -> str:
        return tr(
            "Creates a new, empty KIP store (a GeoPackage) for a municipality.\n\n"
            "CRS: a projected coordinate system in metres in which distances are measured (default EPSG:28992, "
            "Amersfoort / RD New, for the Netherlands). Deliveries far outside its area of use are refused.\n"
            "MUNICIPALITY: the name of the municipality, kept in the store.\n"
            "PARTIES: empty for the usual Dutch departments and partners (programmering, verkeer, riolering, groen, "
            "Liander, Vitens, …); lines 'code = name' (optionally '| partner' or '| resident' after the name); the "
            "path of a CSV file with the columns code and name (kind and colour optional); or 'none' for a KIP "
            "without parties (add them later with Add party)."
        )

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, tr("New KIP store"), fileFilter=tr("KIP store (*.gpkg)")))
        self.addParameter(QgsProcessingParameterCrs(self.CRS, tr("Coordinate system (projected, in metres)"),
                                                    defaultValue=S.DEFAULT_CRS, optional=True))
        self.addParameter(QgsProcessingParameterString(self.MUNICIPALITY, tr("Municipality"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.PARTIES, tr("Parties (empty: the usual Dutch ones; 'code = name' lines; a CSV file; or 'none')"),
            multiLine=True, optional=True))
        self.addOutput(QgsProcessingOutputNumber(self.PARTY_COUNT, tr("Parties")))

    def execute(self, parameters: Dict[str, Any], context: QgsProcessingContext,
                feedback: QgsProcessingFeedback) -> Dict[str, Any]:
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not path.lower().endswith(".gpkg"):
            path += ".gpkg"
        crs = self.parameterAsCrs(parameters, self.CRS, context)
        if not crs.isValid():
            crs = QgsCoordinateReferenceSystem(S.DEFAULT_CRS)
        if crs.isGeographic() or crs.mapUnits() != QgsUnitTypes.DistanceMeters:
            raise QgsProcessingException(
                tr("'{crs}' ({name}) is not a projected coordinate system in metres; KIP measures distances in metres. "
                   "Choose one such as EPSG:28992 (Amersfoort / RD New).").format(crs=crs.authid(), name=crs.description()))
        text = self.parameterAsString(parameters, self.PARTIES, context).strip()
        if text and "\n" not in text and text.lower().endswith(".csv") and os.path.isfile(text):
            parties = parties_from_csv(text)
        else:
            parties = parse_party_lines(text)
        municipality = self.parameterAsString(parameters, self.MUNICIPALITY, context).strip()
        feedback.setProgress(10)
        store = create_kip(path, crs=crs.authid() or crs.toWkt(), parties=parties, title=municipality)
        feedback.setProgress(100)
        feedback.pushInfo(tr("KIP store '{path}' created in {crs} with {n} parties.").format(
            path=store.path, crs=crs.authid(), n=len(parties)))
        return {self.OUTPUT: store.path, self.PARTY_COUNT: len(parties)}
