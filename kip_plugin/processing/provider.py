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
    from .accept_asset_proposals import AcceptAssetProposals
    from .asset_opportunities import AssetOpportunities
    from .detect_combinations import DetectCombinations
    from .detect_conflicts import DetectConflicts
    from .disruption_summary import DisruptionSummaryAlgorithm
    from .export_council_map import ExportCouncilMapAlgorithm
    from .export_datex2 import ExportDatex2Algorithm
    from .export_resident_letters import ExportResidentLettersAlgorithm
    from .export_resident_view import ExportResidentViewAlgorithm
    from .exportworks import ExportWorksAlgorithm
    from .importdatex2 import ImportDatex2Algorithm
    from .import_imkl import ImportImkl
    from .importplan import ImportPlanAlgorithm
    from .subsurface_congestion import SubsurfaceCongestion
    from .theme_signals import ThemeSignals
    from .propose_schedule import ProposeSchedule

    return [
        ImportPlanAlgorithm(),
        ImportDatex2Algorithm(),
        ExportWorksAlgorithm(),
        DetectCombinations(),
        DetectConflicts(),
        ExportCouncilMapAlgorithm(),
        DisruptionSummaryAlgorithm(),
        ExportResidentViewAlgorithm(),
        ExportResidentLettersAlgorithm(),
        ExportDatex2Algorithm(),
        AssetOpportunities(),
        AcceptAssetProposals(),
        ThemeSignals(),
        ImportImkl(),
        SubsurfaceCongestion(),
        ProposeSchedule(),
    ]
