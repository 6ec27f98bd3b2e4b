"""The toolbar action "Analyse": ``analysis.analyse`` in a background task, results into the project.

Kept apart from ``analysis`` so that the plugin loads (and unloads) without shapely 2.
"""
from __future__ import annotations

from typing import Callable, Optional, Sequence

from qgis.core import Qgis, QgsApplication, QgsFeedback, QgsProject, QgsTask, QgsVectorLayer

from .core.errors import Cancelled, EngineError
from .detection.needs import missing_engine
from .i18n import tr
from .store import project as kip_project


class AnalysisTask(QgsTask):
    """Runs ``analyse`` in the background; on success shows the results and reports the summary."""

    def __init__(self, layers: Sequence[QgsVectorLayer], project: QgsProject, report: Callable[[str, int], None]):
        super().__init__(tr("KIP: analysing combinations and conflicts"), QgsTask.CanCancel)
        from .detection.reader import prepare

        self.sources = prepare(layers)  # on the main thread, as QGIS requires
        self.project = project
        self.report = report
        self.feedback = QgsFeedback()
        self.feedback.progressChanged.connect(self.setProgress)
        self.analysis = None
        self.error = ""

    def cancel(self) -> None:
        self.feedback.cancel()
        super().cancel()

    def run(self) -> bool:
        from .analysis import analyse, result_features
        from .store.row_checks import ReaderError

        try:
            self.analysis = analyse(self.sources, feedback=self.feedback)
            result_features(self.analysis)
            return True
        except Cancelled:
            return False
        except ReaderError as error:
            self.error = str(error)
        except EngineError as error:
            self.error = tr(error.template).format(**error.params)
        return False

    def finished(self, ok: bool) -> None:
        if ok and self.analysis is not None:
            from .analysis import show_results

            show_results(self.analysis, self.project)
            self.report(self.analysis.summary, Qgis.Info)
        elif self.error:
            self.report(self.error, Qgis.Critical)
        else:
            self.report(tr("The analysis was cancelled."), Qgis.Warning)


def start_analysis(project: QgsProject, report: Callable[[str, int], None]) -> Optional[AnalysisTask]:
    """Analyse the works layers of the open KIP in a background task; None (with a message) when there are none."""
    problem = missing_engine()
    if problem:
        report(problem, Qgis.Critical)
        return None
    layers = kip_project.works_layers(project)
    if not layers:
        report(tr("Open or create a KIP first."), Qgis.Warning)
        return None
    from .store.row_checks import ReaderError

    try:
        task = AnalysisTask(layers, project, report)
    except ReaderError as error:
        report(str(error), Qgis.Critical)
        return None
    QgsApplication.taskManager().addTask(task)
    return task


def stop_analysis(task: Optional[AnalysisTask]) -> None:
    """Cancel ``task`` if it still runs, without reporting back (the plugin is going away)."""
    if task is None:
        return
    task.report = lambda _text, _level: None
    try:
        if task.status() not in (QgsTask.Complete, QgsTask.Terminated):
            task.cancel()
    except RuntimeError:  # QGIS already deleted the finished task
        pass
