"""The root of every KIP algorithm: instances, translation, icon, and errors that leave nothing behind."""
from __future__ import annotations

import os
from typing import Any, Callable, Dict, List, Optional, Tuple

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingOutputLayerDefinition,
    QgsProject,
    QgsProperty,
)
from qgis.PyQt import sip
from qgis.PyQt.QtGui import QIcon

from ..atomic import check_target, discard, finish, partial_path, remove_leftovers
from ..core.errors import Cancelled, KipError
from ..i18n import error_text, tr
from ..paths import icon_path

# Output files written beside their destination and renamed into place when complete.
_FILE_OUTPUTS = (".gpkg", ".shp", ".geojson", ".json", ".csv", ".fgb", ".sqlite", ".gml", ".kml", ".xlsx", ".ods",
                 ".tab", ".dxf")


def _file_destination(value: str) -> Optional[str]:
    """The path of an output that is a plain file of its own, else None (memory, databases, layers in a file)."""
    if not value or "|" in value or value.startswith(("memory:", "ogr:", "postgres:", "spatialite:", "TEMPORARY")):
        return None
    if not os.path.isabs(value) or os.path.splitext(value)[1].lower() not in _FILE_OUTPUTS:
        return None
    return value


class ListeningFeedback(QgsProcessingFeedback):
    """Keeps the errors an algorithm reports, to show the user the reason a run failed."""

    def __init__(self) -> None:
        super().__init__()
        self.errors: List[str] = []

    def reportError(self, error: str, fatalError: bool = False) -> None:  # noqa: N803 (QGIS's names)
        self.errors.append(error)
        super().reportError(error, fatalError)


class KipBaseAlgorithm(QgsProcessingAlgorithm):
    """Shared by all KIP algorithms; subclasses implement ``execute`` instead of ``processAlgorithm``.

    Output layers that go to files are written to a temporary file beside the destination
    and renamed into place only when the algorithm has finished: a failed, cancelled or
    killed run leaves the previous output as it was.
    """

    def createInstance(self):
        return type(self)()

    def tr(self, text: str) -> str:
        return tr(text)

    def icon(self) -> QIcon:
        return QIcon(icon_path("kip"))

    def svgIconPath(self) -> str:
        return icon_path("kip")

    def execute(self, parameters: Dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback) -> dict:
        """The algorithm's work; raise QgsProcessingException with a message for the user on bad input."""
        raise NotImplementedError

    def parameterAsSink(self, parameters, name, context, *args, **kwargs):
        """As QGIS's, but a file output is written to a temporary file beside it (see the class)."""
        value = parameters.get(name)
        if isinstance(value, QgsProcessingOutputLayerDefinition) and value.useRemapping():
            return super().parameterAsSink(parameters, name, context, *args, **kwargs)
        destination = _file_destination(self.parameterAsOutputLayer(parameters, name, context))
        if destination is None:
            return super().parameterAsSink(parameters, name, context, *args, **kwargs)
        try:
            check_target(destination)
        except OSError as error:
            raise QgsProcessingException(
                tr("Cannot write '{path}': {reason}").format(path=destination, reason=error.strerror or error))
        remove_leftovers(destination)
        partial = partial_path(destination)
        definition = QgsProcessingOutputLayerDefinition(value) if isinstance(value, QgsProcessingOutputLayerDefinition) \
            else QgsProcessingOutputLayerDefinition(destination)
        definition.sink = QgsProperty.fromValue(partial)
        sink, dest_id = super().parameterAsSink({**parameters, name: definition}, name, context, *args, **kwargs)
        if sink is not None:
            self._partials().append((partial, destination, dest_id))
        return sink, dest_id

    def _partials(self) -> List[Tuple[str, str, str]]:
        if not hasattr(self, "_partial_outputs"):
            self._partial_outputs: List[Tuple[str, str, str]] = []
        return self._partial_outputs

    def _put_outputs_in_place(self, results: dict, context: QgsProcessingContext) -> dict:
        """Rename the complete output files over their destinations; point results and layers to load at them."""
        if not self._partials():
            return results
        import gc

        gc.collect()  # a sink still referenced somewhere must close its file first
        renamed = {}
        for partial, destination, dest_id in self._partials():
            if os.path.exists(partial):
                finish(partial, destination)
                renamed[dest_id] = destination
        self._partial_outputs = []
        loading = context.layersToLoadOnCompletion()
        if any(key in renamed for key in loading):
            context.setLayersToLoadOnCompletion({renamed.get(key, key): details for key, details in loading.items()})
        return {key: renamed.get(value, value) if isinstance(value, str) else value for key, value in results.items()}

    def _discard_outputs(self) -> None:
        for partial, _destination, _dest_id in self._partials():
            discard(partial)
        self._partial_outputs = []

    def processAlgorithm(self, parameters, context, feedback):
        message = None
        try:
            results = self.execute(parameters, context, feedback)
            if feedback is not None and feedback.isCanceled():
                self._discard_outputs()
                return results
            return self._put_outputs_in_place(results, context)
        except QgsProcessingException as error:
            message = str(error)
        except KipError as error:
            message = error_text(error)
        except Cancelled:
            # The same for every algorithm: what it made is dropped, it says so, and it returns nothing.
            self._discard_outputs()
            if feedback is not None:
                feedback.pushInfo(tr("Cancelled; nothing was written."))
            return {}
        except BaseException:
            self._discard_outputs()
            raise
        finally:
            if message is not None:
                self._discard_outputs()
        # Raised again outside the handler: the original traceback, whose frames hold layers,
        # is freed now. Kept alive, QGIS would destroy those layers after it shut down and crash.
        raise QgsProcessingException(message)


class SharedKipGroup:
    """The toolbox's group of the algorithms for a shared KIP."""

    def group(self) -> str:
        return tr("Shared KIP")

    def groupId(self) -> str:
        return "shared"


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

    def postProcessLayer(self, layer, context, feedback) -> None:
        self.finish(layer, context.project() or QgsProject.instance())


def load_output(context: QgsProcessingContext, dest_id: str, name: str, key: str, finish: Callable) -> None:
    """Have QGIS load the output ``dest_id`` named ``name``, then ``finish(layer, project)`` it."""
    if dest_id and context.willLoadLayerOnCompletion(dest_id):
        details = context.layerToLoadOnCompletionDetails(dest_id)
        details.name = name
        details.setPostProcessor(LoadedLayer.get(key, finish))
