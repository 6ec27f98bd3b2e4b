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
    from .accept_asset_proposals import AcceptAssetProposalsAlgorithm
    from .asset_opportunities import AssetOpportunitiesAlgorithm
    from .changes_since import ChangesSinceAlgorithm
    from .copy_kip import CopyKipAlgorithm
    from .create_shared_kip import CreateSharedKipAlgorithm
    from .add_party import AddPartyAlgorithm
    from .create_kip import CreateKipAlgorithm
    from .detect_combinations import DetectCombinationsAlgorithm
    from .detect_conflicts import DetectConflictsAlgorithm
    from .disruption_summary import DisruptionSummaryAlgorithm
    from .export_council_map import ExportCouncilMapAlgorithm
    from .export_datex2 import ExportDatex2Algorithm
    from .export_resident_letters import ExportResidentLettersAlgorithm
    from .export_resident_view import ExportResidentViewAlgorithm
    from .export_works import ExportWorksAlgorithm
    from .import_datex2 import ImportDatex2Algorithm
    from .import_imkl import ImportImklAlgorithm
    from .import_plan import ImportPlanAlgorithm
    from .subsurface_congestion import SubsurfaceCongestionAlgorithm
    from .theme_signals import ThemeSignalsAlgorithm
    from .propose_schedule import ProposeScheduleAlgorithm

    return [
        ImportPlanAlgorithm(),
        ImportDatex2Algorithm(),
        ExportWorksAlgorithm(),
        DetectCombinationsAlgorithm(),
        DetectConflictsAlgorithm(),
        ExportCouncilMapAlgorithm(),
        DisruptionSummaryAlgorithm(),
        ExportResidentViewAlgorithm(),
        ExportResidentLettersAlgorithm(),
        ExportDatex2Algorithm(),
        AssetOpportunitiesAlgorithm(),
        AcceptAssetProposalsAlgorithm(),
        ThemeSignalsAlgorithm(),
        ImportImklAlgorithm(),
        SubsurfaceCongestionAlgorithm(),
        ProposeScheduleAlgorithm(),
        CreateSharedKipAlgorithm(),
        CopyKipAlgorithm(),
        ChangesSinceAlgorithm(),
        CreateKipAlgorithm(),
        AddPartyAlgorithm(),
    ]
