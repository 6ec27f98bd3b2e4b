"""kip:createsharedkip — a new shared KIP in a PostgreSQL/PostGIS database."""
from __future__ import annotations

import re
from typing import Any, Dict, List

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputString,
    QgsProcessingParameterCrs,
    QgsProcessingParameterString,
)

from ..core import schema as S
from ..core.errors import KipError
from ..core.parties import colours
from ..core.schema import QT_TRANSLATE_NOOP
from ..i18n import tr
from ..store.address import PgAddress, is_postgres
from ..store.pg_schema import COORDINATOR, READER, party_role
from ..store.stored_styles import create_kip
from .algorithm import KipBaseAlgorithm, SharedKipGroup


def parties_from_text(text: str) -> List[S.Party]:
    """Parties from ``code`` or ``code=Name`` items separated by commas; empty: Ede's default parties.

    A code of a default party takes its name, kind and colour; another code becomes a partner
    with the next free colour. Raises KipError naming the first bad item.
    """
    items = [item.strip() for item in re.split(r"[,;\n]", text or "") if item.strip()]
    if not items:
        return list(S.DEFAULT_PARTIES)
    defaults = {p.code: p for p in S.DEFAULT_PARTIES}
    result: List[S.Party] = []
    for item in items:
        code, _, name = (part.strip() for part in item.partition("="))
        if code in defaults and not name:
            party = defaults[code]
        else:
            party = S.Party(code, name or code.replace("_", " ").capitalize(), "partner", "")
        if any(p.code == party.code for p in result):
            raise KipError(QT_TRANSLATE_NOOP("@default", "The party '{code}' is listed twice."), code=code)
        result.append(party)
    free = iter(colours(sum(1 for p in result if not p.colour), [p.colour for p in result if p.colour]))
    return [p if p.colour else S.Party(p.code, p.name, p.kind, next(free)) for p in result]


class CreateSharedKipAlgorithm(SharedKipGroup, KipBaseAlgorithm):
    """Creates the schema, tables, row-level security and roles of a shared KIP."""

    DATABASE = "DATABASE"
    CRS = "CRS"
    PARTIES = "PARTIES"
    STORE = "STORE"
    ROLES = "ROLES"

    def name(self) -> str:
        return "createsharedkip"

    def displayName(self) -> str:
        return tr("Create a shared KIP (PostGIS)")

    def shortHelpString(self) -> str:
        return tr(
            "Creates a new, empty KIP in a PostgreSQL/PostGIS database, for many editors at once. "
            "DATABASE: postgresql://USER@HOST:PORT/DBNAME?schema=SCHEMA (schema 'kip' when left out; add "
            "&authcfg=ID to log in through QGIS's authentication database; never put a password in it). "
            "PARTIES: codes separated by commas (enexis=Enexis gives a name); empty: Ede's departments and partners. "
            "Creates the schema with the tables works, parties, kip_meta and works_history, the row-level security, "
            "and the group roles kip_coordinator (edits every work), kip_reader (reads only) and kip_<code> per party "
            "(edits that party's works). A database administrator then makes login roles members of these roles. "
            "When the schema exists already, nothing is changed."
        )

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(QgsProcessingParameterString(self.DATABASE, tr("Database (postgresql://USER@HOST:PORT/DBNAME?schema=SCHEMA)")))
        self.addParameter(QgsProcessingParameterCrs(self.CRS, tr("Coordinate system (empty: EPSG:28992, RD New)"),
                                                    defaultValue=S.DEFAULT_CRS, optional=True))
        self.addParameter(QgsProcessingParameterString(self.PARTIES, tr("Parties (codes; empty: the default departments and partners)"),
                                                       optional=True))
        self.addOutput(QgsProcessingOutputString(self.STORE, tr("Address of the shared KIP")))
        self.addOutput(QgsProcessingOutputString(self.ROLES, tr("Group roles")))

    def execute(self, parameters: Dict[str, Any], context: QgsProcessingContext,
                feedback: QgsProcessingFeedback) -> Dict[str, Any]:
        text = (self.parameterAsString(parameters, self.DATABASE, context) or "").strip()
        if not is_postgres(text):
            raise QgsProcessingException(
                tr("DATABASE must be a PostgreSQL address: postgresql://USER@HOST:PORT/DBNAME?schema=SCHEMA, not '{text}'.").format(
                    text=text)
            )
        crs: QgsCoordinateReferenceSystem = self.parameterAsCrs(parameters, self.CRS, context)
        if not crs.isValid():
            crs = QgsCoordinateReferenceSystem(S.DEFAULT_CRS)
        address = PgAddress.parse(text)
        parties = parties_from_text(self.parameterAsString(parameters, self.PARTIES, context))
        if feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled; nothing was created."))
        feedback.pushInfo(tr("Creating the shared KIP in schema '{schema}' of '{db}' on {host}…").format(
            schema=address.schema, db=address.dbname, host=address.host))
        feedback.setProgress(10)
        store = create_kip(address.uri(), crs.authid(), parties)
        feedback.setProgress(100)
        roles = [COORDINATOR, READER] + [party_role(p.code) for p in parties]
        feedback.pushInfo(tr("Created with {n} parties. Group roles: {roles}.").format(n=len(parties), roles=", ".join(roles)))
        return {self.STORE: store.address, self.ROLES: ", ".join(roles)}
