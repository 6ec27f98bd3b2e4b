"""The Processing provider ``kip``."""
from __future__ import annotations

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..i18n import tr
from ..paths import icon_path


class KipProvider(QgsProcessingProvider):
    """KIP's algorithms in the Processing toolbox, models, batch mode and qgis_process."""

    def id(self) -> str:
        return "kip"

    def name(self) -> str:
        return tr("KIP")

    def longName(self) -> str:
        return tr("KIP: integrated planning of works in public space")

    def icon(self) -> QIcon:
        return QIcon(icon_path("kip"))

    def svgIconPath(self) -> str:
        return icon_path("kip")

    def loadAlgorithms(self) -> None:
        for algorithm in algorithms():
            self.addAlgorithm(algorithm)


def algorithms() -> list:
    """One instance of each KIP algorithm."""
    from .addparty import AddPartyAlgorithm
    from .createkip import CreateKipAlgorithm
    from .detect_combinations import DetectCombinations
    from .detect_conflicts import DetectConflicts
    from .export_council_map import ExportCouncilMapAlgorithm
    from .exportworks import ExportWorksAlgorithm
    from .importdatex2 import ImportDatex2Algorithm
    from .importplan import ImportPlanAlgorithm

    return [
        ImportPlanAlgorithm(),
        ImportDatex2Algorithm(),
        ExportWorksAlgorithm(),
        DetectCombinations(),
        DetectConflicts(),
        ExportCouncilMapAlgorithm(),
        CreateKipAlgorithm(),
        AddPartyAlgorithm(),
    ]
