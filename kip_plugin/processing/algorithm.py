"""The root of every KIP algorithm: instances, translation, icon, and errors that leave nothing behind."""
from __future__ import annotations

from typing import Any, Dict

from qgis.core import QgsProcessingAlgorithm, QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback
from qgis.PyQt.QtGui import QIcon

from ..i18n import tr
from ..paths import icon_path


class KipBaseAlgorithm(QgsProcessingAlgorithm):
    """Shared by all KIP algorithms; subclasses implement ``execute`` instead of ``processAlgorithm``."""

    def createInstance(self):  # noqa: N802 (QGIS's name)
        return type(self)()

    def tr(self, text: str) -> str:
        return tr(text)

    def icon(self) -> QIcon:
        return QIcon(icon_path("kip"))

    def svgIconPath(self) -> str:  # noqa: N802 (QGIS's name)
        return icon_path("kip")

    def execute(self, parameters: Dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback) -> dict:
        """The algorithm's work; raise QgsProcessingException with a message for the user on bad input."""
        raise NotImplementedError

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS's name)
        message = None
        try:
            return self.execute(parameters, context, feedback)
        except QgsProcessingException as error:
            message = str(error)
        # Raised again outside the handler: the original traceback, whose frames hold layers,
        # is freed now. Kept alive, QGIS would destroy those layers after it shut down and crash.
        raise QgsProcessingException(message)
