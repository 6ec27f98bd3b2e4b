"""The toolbar action "Propose schedule": kip:proposeschedule in the background, the proposal into the project."""
from __future__ import annotations

import json
from typing import Callable, Optional

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProject,
    QgsVectorLayer,
)

from ..detection import styles
from ..detection.needs import missing_solver
from ..i18n import tr
from ..processing.algorithm import ListeningFeedback
from ..store import project as kip_project
from .fields import SUMMARY_PROPERTY
from .style import layer_title, style_proposals

ALGORITHM_ID = "kip:proposeschedule"
SUMMARY_KEYS = ("DIGS_SAVED_BEFORE", "DIGS_SAVED_AFTER", "CONFLICTS_BEFORE", "CONFLICTS_AFTER",
                "DISRUPTION_DAYS_BEFORE", "DISRUPTION_DAYS_AFTER", "STATUS", "OBJECTIVE", "BOUND", "N_MOVED")


def summary_text(results: dict) -> str:
    """'12 works move: digs saved 40 → 59, conflicts 97 → 55, days of disruption 45357 → 42254 (optimal).'"""
    status = tr("optimal") if results.get("STATUS") == "optimal" else tr("feasible")
    return tr(
        "{moved} works move: digs saved {d0} → {d1}, conflicts {c0} → {c1}, days of disruption {r0} → {r1} ({status})."
    ).format(
        moved=int(results.get("N_MOVED", 0)), d0=int(results["DIGS_SAVED_BEFORE"]), d1=int(results["DIGS_SAVED_AFTER"]),
        c0=int(results["CONFLICTS_BEFORE"]), c1=int(results["CONFLICTS_AFTER"]),
        r0=int(results["DISRUPTION_DAYS_BEFORE"]), r1=int(results["DISRUPTION_DAYS_AFTER"]), status=status,
    )


class ProposalRun:
    """One run of the algorithm as a QgsProcessingAlgRunnerTask, and what happens with its result."""

    def __init__(self, project: QgsProject, report: Callable[[str, int], None],
                 shown: Optional[Callable[[QgsVectorLayer], None]] = None) -> None:
        self.project = project
        self.report = report
        self.shown = shown
        self.algorithm = QgsApplication.processingRegistry().createAlgorithmById(ALGORITHM_ID)
        self.context = QgsProcessingContext()
        self.context.setProject(project)
        self.feedback = ListeningFeedback()
        self.task: Optional[QgsProcessingAlgRunnerTask] = None
        self.layer: Optional[QgsVectorLayer] = None

    def start(self, layers) -> bool:
        """Start the task on ``layers``; False (with a message) when the algorithm refuses the input."""
        parameters = {"INPUT": layers, "OUTPUT_PROPOSALS": "TEMPORARY_OUTPUT"}
        self.task = QgsProcessingAlgRunnerTask(self.algorithm, parameters, self.context, self.feedback)
        if self.task.isCanceled():
            errors = self.feedback.errors
            self.report(errors[0] if errors else tr("The schedule could not be proposed."), Qgis.Critical)
            self.task = None
            return False
        self.task.executed.connect(self._done)
        QgsApplication.taskManager().addTask(self.task)
        return True

    def cancel(self) -> None:
        """Stop the run; nothing is reported back."""
        self.report = lambda _text, _level: None
        self.shown = None
        if self.task is not None:
            try:
                self.task.cancel()
            except RuntimeError:  # QGIS already deleted the finished task
                pass

    def _done(self, ok: bool, results: dict) -> None:
        self.task = None
        if not ok or not results.get("STATUS"):
            if self.feedback.isCanceled():
                self.report(tr("The schedule proposal was cancelled."), Qgis.Warning)
            else:
                self.report(tr("The schedule could not be proposed; see the KIP log."), Qgis.Critical)
            return
        layer = self.context.takeResultLayer(results["OUTPUT_PROPOSALS"])
        if layer is None:
            self.report(tr("The schedule could not be proposed; see the KIP log."), Qgis.Critical)
            return
        layer.setName(layer_title())
        layer.setCustomProperty(SUMMARY_PROPERTY, json.dumps({k: results.get(k) for k in SUMMARY_KEYS}))
        style_proposals(layer)
        styles.put_in_results_group(self.project, layer, replace=True)
        self.layer = layer
        self.report(summary_text(results), Qgis.Info)
        if self.shown is not None:
            self.shown(layer)


def start_proposal(project: QgsProject, report: Callable[[str, int], None],
                   shown: Optional[Callable[[QgsVectorLayer], None]] = None) -> Optional[ProposalRun]:
    """Propose a schedule for the open KIP's works layers in the background; None (with a message) when it cannot."""
    problem = missing_solver()
    if problem:
        report(problem, Qgis.Critical)
        return None
    layers = kip_project.works_layers(project)
    if not layers:
        report(tr("Open or create a KIP first."), Qgis.Warning)
        return None
    run = ProposalRun(project, report, shown)
    return run if run.start(layers) else None
