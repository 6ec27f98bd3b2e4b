"""The root of every KIP algorithm: instances, translation, icon, and errors that leave nothing behind."""
from __future__ import annotations

from typing import Any, Callable, Dict

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingLayerPostProcessorInterface,
    QgsProject,
)
from qgis.PyQt import sip
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


class LoadedLayer(QgsProcessingLayerPostProcessorInterface):
    """What happens to an output when QGIS loads it: ``finish(layer, project)`` styles and places it."""

    _instances: Dict[str, "LoadedLayer"] = {}

    def __init__(self, finish: Callable) -> None:
        super().__init__()
        self.finish = finish

    @classmethod
    def get(cls, key: str, finish: Callable) -> "LoadedLayer":
        """One post-processor per kind of output, kept alive as QGIS requires."""
        instance = cls._instances.get(key)
        if instance is None or sip.isdeleted(instance):  # QGIS deletes a post-processor once it has run
            instance = cls._instances[key] = cls(finish)
        return instance

    def postProcessLayer(self, layer, context, feedback) -> None:  # noqa: N802 (QGIS's name)
        self.finish(layer, context.project() or QgsProject.instance())


def load_output(context: QgsProcessingContext, dest_id: str, name: str, key: str, finish: Callable) -> None:
    """Have QGIS load the output ``dest_id`` named ``name``, then ``finish(layer, project)`` it."""
    if dest_id and context.willLoadLayerOnCompletion(dest_id):
        details = context.layerToLoadOnCompletionDetails(dest_id)
        details.name = name
        details.setPostProcessor(LoadedLayer.get(key, finish))
