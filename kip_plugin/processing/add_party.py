"""kip:addparty — add a department, partner or residents' group to a KIP store."""
from __future__ import annotations

from typing import Any, Dict

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterColor,
    QgsProcessingParameterEnum,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtGui import QColor

from ..core import schema as S
from ..i18n import tr
from ..store.kipstore import KipStore
from ..store.stored_styles import add_party
from .store_parameter import KipStoreParameter, store_of_parameter
from .create_kip import KipStoreAlgorithm

KINDS = tuple(S.PARTY_KINDS)


class AddPartyAlgorithm(KipStoreAlgorithm):
    """Adds one party to a KIP store; its works get their own layer."""

    STORE = "STORE"
    CODE = "CODE"
    NAME = "NAME"
    KIND = "KIND"
    COLOUR = "COLOUR"

    def name(self) -> str:
        return "addparty"

    def displayName(self) -> str:
        return tr("Add party")

    def shortHelpString(self) -> str:
        return tr(
            "Adds a department, partner or residents' group to a KIP store.\n\n"
            "CODE: lower-case letters, digits and '_', starting with a letter (e.g. enexis); it is the owner of the "
            "party's works and the start of their ids. NAME: as people know it. KIND: department, partner or "
            "resident. COLOUR: the party's colour on maps (empty: one no party uses yet).\n"
            "STORE: the KIP GeoPackage or shared KIP (empty: the KIP open in this project). When the KIP is open in the project, "
            "the party's layer is added to it."
        )

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(KipStoreParameter(self.STORE, tr("KIP store (empty: the KIP open in this project)"),
                                            optional=True))
        self.addParameter(QgsProcessingParameterString(self.CODE, tr("Code")))
        self.addParameter(QgsProcessingParameterString(self.NAME, tr("Name")))
        self.addParameter(QgsProcessingParameterEnum(
            self.KIND, tr("Kind"), options=list(KINDS), allowMultiple=False, defaultValue="partner",
            optional=False, usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterColor(self.COLOUR, tr("Colour"), optional=True))

    def execute(self, parameters: Dict[str, Any], context: QgsProcessingContext,
                feedback: QgsProcessingFeedback) -> Dict[str, Any]:
        store = store_of_parameter(self, parameters, self.STORE, context)
        kind = self.parameterAsEnumString(parameters, self.KIND, context) or "partner"
        if kind not in KINDS:
            raise QgsProcessingException(tr("Unknown kind of party: '{kind}'; use one of: {kinds}.").format(
                kind=kind, kinds=", ".join(KINDS)))
        colour = self.parameterAsColor(parameters, self.COLOUR, context)
        code = self.parameterAsString(parameters, self.CODE, context).strip()
        name = self.parameterAsString(parameters, self.NAME, context).strip()
        chosen = colour.name() if isinstance(colour, QColor) and colour.isValid() else store.next_colour()
        party = S.Party(code, name, kind, chosen)
        add_party(store, party)
        self._added = (store.path, party)
        feedback.pushInfo(tr("Added '{name}' ({code}) to '{path}'.").format(name=name, code=code, path=store.path))
        return {self.STORE: store.path, self.CODE: code}

    def postProcessAlgorithm(self, context, feedback):
        """On the main thread: show the new party's layer when its KIP is open in the project."""
        added = getattr(self, "_added", None)
        project = context.project()
        if added is None or project is None:
            return {}
        path, party = added
        from ..store.project import add_party_layer, store_address

        shown = store_address(project)
        if shown and shown == path:

            store = KipStore.open(path)
            add_party_layer(store, party, store.parties(), project)
        return {}
