"""What every KIP algorithm shares: name space, inputs, reading the works, logging, result layers."""
from __future__ import annotations

from typing import Callable, List, Optional, Sequence

from qgis.core import (
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFile,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
)


from .. import log
from ..core.errors import KipError
from ..core.rules import Rules, load_rules
from ..detection import styles
from ..detection.fields import ALL_FIELDS
from ..detection.needs import missing_engine
from ..i18n import error_text, tr
from .algorithm import KipBaseAlgorithm, load_output

# The modules that need shapely 2 are imported when an algorithm runs, not when KIP loads.


def _finish_result(role: str) -> Callable:
    def finish(layer, project) -> None:
        styles.style_result(layer, role)
        styles.put_in_results_group(project, layer)

    return finish


class KipWorksAlgorithm(KipBaseAlgorithm):
    """Base of the detection algorithms: their group, the shared inputs, reading the works."""

    INPUT = "INPUT"
    RULES = "RULES"

    def __init__(self) -> None:
        super().__init__()
        self._sources: List = []
        self._rules: Optional[Rules] = None

    def group(self) -> str:
        return tr("Detection")

    def groupId(self) -> str:
        return "detection"

    # ---- parameters ------------------------------------------------------------------

    @staticmethod
    def shipped_rules() -> Rules:
        """The rules shipped with KIP: they give the parameters their defaults."""
        return load_rules()

    def add_input(self) -> None:
        """The works layers to analyse."""
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.INPUT, tr("Works layers"), QgsProcessing.TypeVectorAnyGeometry
            )
        )

    def add_distance(self, name: str, label: str, default: float) -> None:
        """A distance in metres."""
        self.addParameter(
            QgsProcessingParameterNumber(name, label, QgsProcessingParameterNumber.Double, default, False, 0.0)
        )

    def add_whole(self, name: str, label: str, default: int) -> None:
        """A whole number of at least 0 (days, years)."""
        self.addParameter(
            QgsProcessingParameterNumber(name, label, QgsProcessingParameterNumber.Integer, default, False, 0)
        )

    def add_flag(self, name: str, label: str, default: bool) -> None:
        """A yes/no option."""
        self.addParameter(QgsProcessingParameterBoolean(name, label, default))

    def add_rules(self) -> None:
        """An optional rule file replacing (parts of) the shipped rules."""
        self.addParameter(
            QgsProcessingParameterFile(
                self.RULES,
                tr("Rule file (empty: the rules shipped with KIP)"),
                QgsProcessingParameterFile.File,
                "json",
                None,
                True,
                tr("KIP rule file (*.json)"),
            )
        )

    # ---- running -----------------------------------------------------------------------

    def prepareAlgorithm(self, parameters, context: QgsProcessingContext, feedback) -> bool:
        """Check the layers and the rule file on the main thread, before the work starts.

        Problems are reported and answered with False rather than raised: an exception
        leaving Python here keeps the layers alive in its traceback until after QGIS has
        shut down, and QGIS crashes on exit.
        """
        problem = missing_engine()
        if not problem:
            from ..detection.reader import prepare

            layers = self.parameterAsLayerList(parameters, self.INPUT, context)
            try:
                self._sources = prepare(layers, self.fields_needed(parameters))
                path = self.parameterAsFile(parameters, self.RULES, context)
                self._rules = load_rules(path or None)
            except KipError as error:
                problem = error_text(error)
        if problem:
            feedback.reportError(problem, True)
            log.critical(problem)
            return False
        return True

    def execute(self, parameters, context, feedback) -> dict:
        from ..core.spatial import many_objects

        # Every object made on the way is freed by its count: the cycle collector would only
        # walk the hundreds of thousands of them again and again.
        with many_objects():
            outputs = self.detect(parameters, context, feedback)
        if outputs:
            self.remember_options(parameters)
        return outputs

    def remember_options(self, parameters) -> None:
        """Keep the options of this run (not its layers or outputs) for the toolbar's Analyse."""
        from .. import settings

        skip = {self.INPUT} | {p.name() for p in self.destinationParameterDefinitions()}
        options = {
            key: value
            for key, value in parameters.items()
            if key not in skip and isinstance(value, (bool, int, float, str)) and self.parameterDefinition(key)
        }
        settings.set_last_parameters(self.name(), options)

    def detect(self, parameters, context: QgsProcessingContext, feedback: QgsProcessingFeedback) -> dict:
        """The detection itself: read the works, detect, write the outputs."""
        raise NotImplementedError

    def fields_needed(self, parameters) -> Sequence[str]:
        """The fields of the works this algorithm reads, given its parameters."""
        return ALL_FIELDS

    def read(self, feedback: QgsProcessingFeedback):
        """The works of the input layers; reports how they were read and which could not be used."""
        from ..detection.reader import read_works

        data = read_works(self._sources, feedback)
        report_input(data, feedback)
        return data

    @staticmethod
    def progress(feedback: QgsProcessingFeedback, start: float, end: float) -> Callable[[float], bool]:
        """An engine progress callback filling ``start``–``end`` percent; False when cancelled."""

        def report(fraction: float) -> bool:
            feedback.setProgress(start + (end - start) * fraction)
            return not feedback.isCanceled()

        return report

    @staticmethod
    def load_as(context: QgsProcessingContext, dest_id: Optional[str], role: str) -> None:
        """Have QGIS load the output ``dest_id`` styled, named and grouped as a KIP result."""
        load_output(context, dest_id, styles.layer_title(role), "result:" + role, _finish_result(role))


def report_input(data, feedback) -> None:
    """Tell the user what was read, in which CRS the distances are measured, and what was left out."""
    from ..store.row_checks import MAX_LISTED

    for name, method in data.methods.items():
        how = tr("read directly with GDAL") if method == "gdal" else tr("read through QGIS")
        feedback.pushInfo(tr("Layer '{layer}': {how}.").format(layer=name, how=how))
    if data.transformed:
        feedback.pushInfo(
            tr("The works are in {source}, which is not in metres; distances are measured in {crs} ({name}).").format(
                source=data.source_crs.authid(), crs=data.crs.authid(), name=data.crs.description()
            )
        )
    else:
        feedback.pushInfo(
            tr("Distances are measured in {crs} ({name}).").format(crs=data.crs.authid(), name=data.crs.description())
        )
    unusable = [p for p in data.problems if p.feature is not None]
    for problem in data.problems[:MAX_LISTED]:
        feedback.pushWarning(problem.message)
        log.warning(problem.message)
    if len(data.problems) > MAX_LISTED:
        feedback.pushWarning(tr("… and {n} more.").format(n=len(data.problems) - MAX_LISTED))
    feedback.pushInfo(
        tr(
            "{total} works read: {analysed} analysed, {inactive} done or cancelled and left out, "
            "{unusable} could not be used."
        ).format(
            total=data.features, analysed=len(data.works) - data.inactive, inactive=data.inactive, unusable=len(unusable)
        )
    )
