"""Analyse a KIP: its two detection algorithms one after the other, the results kept in the KIP.

The toolbar action "Analyse" runs ``kip:detectcombinations`` and ``kip:detectconflicts``
themselves, each in a ``QgsProcessingAlgRunnerTask``, with the options last used in the
Processing toolbox; scripts call ``analyse_store``. The results go to the store's tables
``kip_combinations``, ``kip_pairs`` and ``kip_conflicts`` (with the run's options and time
in ``kip_runs``), so that they stay with the KIP when the project is saved and reopened; a
KIP the user may not write to gets temporary layers instead.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional, Sequence, Tuple

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsFeedback,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingUtils,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QObject

from . import settings
from .core import schema as S
from .detection import styles
from .detection.describe import summary_text
from .detection.needs import missing_engine
from .i18n import tr
from .processing.algorithm import ListeningFeedback
from .store import project as kip_project

TEMPORARY = "TEMPORARY_OUTPUT"
# The algorithms, and which of their outputs go to which kind of result.
STEPS: Tuple[Tuple[str, Dict[str, str]], ...] = (
    ("detectcombinations", {"OUTPUT_CLUSTERS": styles.CLUSTERS, "OUTPUT_PAIRS": styles.PAIRS}),
    ("detectconflicts", {"OUTPUT": styles.CONFLICTS}),
)
# Top to bottom in the layer tree: lines over areas, so that all stay visible.
DISPLAY_ORDER = (styles.CONFLICTS, styles.PAIRS, styles.CLUSTERS)


@dataclass
class Outcome:
    """What an analysis found: the algorithms' figures and the result layers."""

    figures: Dict[str, object] = field(default_factory=dict)
    layers: Dict[str, QgsVectorLayer] = field(default_factory=dict)

    @property
    def unusable(self) -> int:
        """Works that could not be used."""
        return int(self.figures.get("N_UNUSABLE", 0) or 0)

    @property
    def summary(self) -> str:
        """'38 combinations saving 41 digs; 12 conflicts', plus the unusable works if any."""
        text = summary_text(
            int(self.figures.get("N_COMBINATIONS", 0)), int(self.figures.get("DIGS_SAVED", 0)),
            int(self.figures.get("N_CONFLICTS", 0)),
        )
        if self.unusable:
            text += tr("; {n} works could not be used (see the KIP log)").format(n=self.unusable)
        return text


def step_parameters(layers: Sequence[QgsVectorLayer], algorithm: str, outputs: Dict[str, str],
                    options: Optional[dict] = None) -> dict:
    """The parameters of one step: ``options``, else those last used; these layers; temporary outputs."""
    parameters = dict(settings.last_parameters(algorithm) if options is None else options)
    parameters["INPUT"] = list(layers)
    parameters.update({key: TEMPORARY for key in outputs})
    if algorithm == "detectcombinations":
        parameters["OUTPUT_WORKS"] = None
    return parameters


def _result_layer(store, role: str, value: str, context: QgsProcessingContext, algorithm: str,
                  options: dict) -> Optional[QgsVectorLayer]:
    """The result ``role`` as a styled layer: kept in the store's table when the user may, else temporary."""
    layer = QgsProcessingUtils.mapLayerFromString(value, context) if value else None
    if layer is None:
        return None
    if store is not None and store.may_keep_results():
        table = S.RESULT_TABLES[role]
        store.keep_results(table, layer, algorithm, options)
        layer = store.table_layer(table)
    else:
        context.temporaryLayerStore().takeMapLayer(layer)
    layer.setName(styles.layer_title(role))
    styles.style_result(layer, role)
    return layer


def _options(parameters: dict) -> dict:
    """The options of a run worth keeping with its results (not its layers or outputs)."""
    return {k: v for k, v in parameters.items() if isinstance(v, (bool, int, float, str)) and v != TEMPORARY}


def analyse_store(store, feedback: Optional[QgsFeedback] = None, layers=None,
                  project: Optional[QgsProject] = None, options: Optional[Dict[str, dict]] = None) -> Outcome:
    """Analyse a KIP (or some works layers) now, in this thread; the results as layers, kept in the store.

    ``options`` gives each algorithm's options by its name (e.g. ``{"detectcombinations": {"DISTANCE": 30}}``);
    without them, the algorithms' defaults apply.
    """
    registry = QgsApplication.processingRegistry()
    outcome = Outcome()
    layers = layers or [store.works_layer()]
    for algorithm, outputs in STEPS:
        context = QgsProcessingContext()
        context.setProject(project or QgsProject.instance())
        parameters = step_parameters(layers, algorithm, outputs, (options or {}).get(algorithm, {}))
        results, ok = registry.createAlgorithmById(f"kip:{algorithm}").run(
            parameters, context, feedback or QgsProcessingFeedback()
        )
        if not ok:
            raise RuntimeError(tr("The analysis stopped in '{algorithm}'.").format(algorithm=algorithm))
        _finish_step(store, algorithm, outputs, parameters, results, context, outcome)
    return outcome


def _finish_step(store, algorithm, outputs, parameters, results, context, outcome: Outcome) -> None:
    outcome.figures.update({k: v for k, v in results.items() if k not in outputs})
    for key, role in outputs.items():
        layer = _result_layer(store, role, results.get(key, ""), context, algorithm, _options(parameters))
        if layer is not None:
            outcome.layers[role] = layer


def show_results(outcome: Outcome, project: QgsProject) -> List[QgsVectorLayer]:
    """Put the result layers in the "KIP results" group, replacing those of an earlier analysis."""
    shown = [outcome.layers[role] for role in DISPLAY_ORDER if role in outcome.layers]
    for layer in reversed(shown):  # each goes on top of the group
        styles.put_in_results_group(project, layer, replace=True)
    return shown


def stored_results(store) -> Outcome:
    """The results an earlier analysis kept in ``store``, as styled layers (none when it has none)."""
    outcome = Outcome()
    for role, table in S.RESULT_TABLES.items():
        layer = store.table_layer(table, styles.layer_title(role))
        if layer is not None and layer.featureCount() > 0:
            styles.style_result(layer, role)
            outcome.layers[role] = layer
    return outcome


class AnalysisRun(QObject):
    """The toolbar's Analyse: the steps as Processing tasks one after the other, then the results shown."""

    def __init__(self, store, layers: Sequence[QgsVectorLayer], project: QgsProject,
                 report: Callable[[str, int], None]) -> None:
        super().__init__()
        self.store, self.layers, self.project, self.report = store, list(layers), project, report
        self.outcome = Outcome()
        self.step = -1
        self.task: Optional[QgsProcessingAlgRunnerTask] = None
        self._keep: tuple = ()
        self.done = False

    def start(self) -> None:
        """Start the first step."""
        self._next()

    def _next(self) -> None:
        self.step += 1
        if self.step == len(STEPS):
            show_results(self.outcome, self.project)
            self._end(self.outcome.summary, Qgis.Info)
            return
        algorithm, outputs = STEPS[self.step]
        context = QgsProcessingContext()
        context.setProject(self.project)
        feedback = ListeningFeedback()
        parameters = step_parameters(self.layers, algorithm, outputs)
        alg = QgsApplication.processingRegistry().createAlgorithmById(f"kip:{algorithm}")
        self.task = QgsProcessingAlgRunnerTask(alg, parameters, context, feedback)
        self.task.setDescription(tr("KIP: analysing combinations and conflicts"))
        self._keep = (alg, context, feedback, parameters)  # alive while the task runs, as QGIS requires
        self.task.executed.connect(self._executed)
        QgsApplication.taskManager().addTask(self.task)

    def _executed(self, ok: bool, results: dict) -> None:
        _alg, context, feedback, parameters = self._keep
        algorithm, outputs = STEPS[self.step]
        if not ok:
            cancelled = feedback.isCanceled()
            self._end(tr("The analysis was cancelled.") if cancelled else _failure(feedback),
                      Qgis.Warning if cancelled else Qgis.Critical)
            return
        _finish_step(self.store, algorithm, outputs, parameters, results, context, self.outcome)
        self._next()

    def _end(self, text: str, level: int) -> None:
        self.task, self._keep, self.done = None, (), True
        self.report(text, level)

    def cancel(self) -> None:
        """Stop without reporting back (the plugin is going away)."""
        self.report = lambda _text, _level: None
        if self.task is not None:
            try:
                self.task.cancel()
            except RuntimeError:  # QGIS already deleted the finished task
                pass


def _failure(feedback: ListeningFeedback) -> str:
    return feedback.errors[-1] if feedback.errors else tr("The analysis failed; see the KIP log.")


def start_analysis(project: QgsProject, report: Callable[[str, int], None]) -> Optional[AnalysisRun]:
    """Analyse the works of the open KIP in the background; None (with a message) when it cannot start."""
    problem = missing_engine()
    if problem:
        report(problem, Qgis.Critical)
        return None
    layers = kip_project.works_layers(project)
    if not layers:
        report(tr("Open or create a KIP first."), Qgis.Warning)
        return None
    run = AnalysisRun(kip_project.store_of_project(project), layers, project, report)
    run.start()
    return run


def stop_analysis(run: Optional[AnalysisRun]) -> None:
    """Cancel ``run`` if it still runs, without reporting back."""
    if run is not None and not run.done:
        run.cancel()
