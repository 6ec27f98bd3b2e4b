"""kip:copykip — copy a KIP between a GeoPackage and a shared KIP (PostGIS), either way, nothing lost."""
from __future__ import annotations

from typing import Any, Dict

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
)

from ..i18n import tr
from ..store.copying import copy_kip
from ..store.pg_connect import psycopg2_module
from .algorithm import KipBaseAlgorithm, SharedKipGroup
from .store_parameter import KipStoreParameter
from ..core.errors import Cancelled


class CopyKipAlgorithm(SharedKipGroup, KipBaseAlgorithm):
    """Copies every party, work (with its id and row version) and the history into a new KIP."""

    INPUT = "INPUT"
    OUTPUT = "OUTPUT"
    STORE = "STORE"
    WORKS = "WORKS"
    HISTORY = "HISTORY"

    def name(self) -> str:
        return "copykip"

    def displayName(self) -> str:
        return tr("Copy a KIP (GeoPackage ⇄ PostGIS)")

    def shortHelpString(self) -> str:
        return tr(
            "Copies a whole KIP into a new one: a GeoPackage to a shared KIP in PostgreSQL/PostGIS, a shared KIP to a "
            "GeoPackage (to work offline, or as a backup), or between two of the same kind. INPUT and OUTPUT are each "
            "a .gpkg file or postgresql://USER@HOST:PORT/DBNAME?schema=SCHEMA. The copy has the same parties, works "
            "(with their ids and row versions), history of changes, title and styles. OUTPUT must not exist yet (a "
            "new file, or a schema that is not there); a shared KIP is made as kip:createsharedkip makes it, with its "
            "roles. A copy that fails or is cancelled leaves nothing behind."
        )

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(KipStoreParameter(self.INPUT, tr("KIP to copy (GeoPackage or postgresql:// address)")))
        self.addParameter(KipStoreParameter(self.OUTPUT, tr("New KIP (GeoPackage or postgresql:// address)")))
        self.addOutput(QgsProcessingOutputString(self.STORE, tr("Address of the new KIP")))
        self.addOutput(QgsProcessingOutputNumber(self.WORKS, tr("Works copied")))
        self.addOutput(QgsProcessingOutputNumber(self.HISTORY, tr("History rows copied")))

    def execute(self, parameters: Dict[str, Any], context: QgsProcessingContext,
                feedback: QgsProcessingFeedback) -> Dict[str, Any]:
        source = self.parameterAsString(parameters, self.INPUT, context).strip()
        target = self.parameterAsString(parameters, self.OUTPUT, context).strip()
        feedback.pushInfo(tr("Copying '{source}' to '{target}'…").format(source=source, target=target))
        try:
            copied = copy_kip(source, target, feedback)
        except Cancelled:
            raise QgsProcessingException(tr("The copy was cancelled; nothing was made."))
        except (RuntimeError, psycopg2_module().Error) as error:
            raise QgsProcessingException(tr("The copy failed and was removed again: {error}").format(error=error))
        feedback.pushInfo(tr("{works} works and {history} history rows copied.").format(
            works=copied.works, history=copied.history))
        return {self.STORE: copied.store.address, self.WORKS: copied.works, self.HISTORY: copied.history}
