"""Running ``kip:importplan`` in the background for the import dialog: progress, cancel, the outcome."""
from __future__ import annotations

from typing import Any, Callable, Dict, Optional

from qgis.core import (
    QgsApplication,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QEventLoop

from ..i18n import tr
from ..processing.algorithm import ListeningFeedback

ALGORITHM = "kip:importplan"


class ImportRun:
    """One import in a QgsProcessingAlgRunnerTask; ``done`` is called on the main thread with results or an error."""

    def __init__(self, parameters: Dict[str, Any], project: QgsProject,
                 done: Callable[[Optional[Dict[str, Any]], str], None]) -> None:
        self.context = QgsProcessingContext()
        self.context.setProject(project)
        self.feedback = ListeningFeedback()
        self.done = done
        self.finished = False
        self.outcome: Optional[Dict[str, Any]] = None
        self.error = ""
        algorithm = QgsApplication.processingRegistry().algorithmById(ALGORITHM)
        if algorithm is None:
            raise RuntimeError(tr("KIP's Processing algorithms are not loaded."))
        self.task = QgsProcessingAlgRunnerTask(algorithm, parameters, self.context, self.feedback)
        self.task.executed.connect(self._executed)

    def start(self) -> None:
        """Hand the task to QGIS's task manager."""
        QgsApplication.taskManager().addTask(self.task)

    def cancel(self) -> None:
        """Stop the import; nothing is written."""
        self.feedback.cancel()
        if self.task is not None:
            self.task.cancel()

    def wait(self) -> None:
        """Keep the events flowing until the import has ended (for scripts and tests)."""
        loop = QEventLoop()
        while not self.finished:
            loop.processEvents(QEventLoop.AllEvents, 50)

    def take_layer(self, layer_id: Any) -> Optional[QgsVectorLayer]:
        """A result layer, taken from the run's temporary store."""
        if isinstance(layer_id, QgsVectorLayer):
            return layer_id
        layer = self.context.takeResultLayer(str(layer_id)) if layer_id else None
        return layer if isinstance(layer, QgsVectorLayer) else None

    def _executed(self, successful: bool, results: Dict[str, Any]) -> None:
        self.task = None  # QGIS deletes the task once it has finished
        if successful:
            self.outcome = dict(results)
        else:
            self.error = "\n".join(self.feedback.errors[-3:]) or tr("The import was cancelled; nothing was written to the KIP.")
        self.finished = True
        self.done(self.outcome, self.error)
