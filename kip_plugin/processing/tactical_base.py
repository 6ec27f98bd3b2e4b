"""What the tactical algorithms share: their group, the store's works, rule files and the usual checks."""
from __future__ import annotations

import datetime as _dt
from typing import Sequence

from qgis.core import (
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
)

from .. import log
from ..detection.needs import missing_engine
from ..i18n import tr
from .import_common import KipIoAlgorithm


class KipTacticalAlgorithm(KipIoAlgorithm):
    """Base of the tactical algorithms: assets, themes, the subsurface."""

    RULES = "RULES"
    OUTPUT = "OUTPUT"

    def group(self) -> str:
        return tr("Tactical planning")

    def groupId(self) -> str:
        return "tactical"

    # ---- parameters ------------------------------------------------------------------

    def add_rule_file(self, label: str) -> None:
        """RULES: an optional rule file replacing (parts of) the shipped one."""
        parameter = QgsProcessingParameterFile(
            self.RULES, label, QgsProcessingParameterFile.File, "json", None, True, tr("KIP rule file (*.json)")
        )
        parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(parameter)

    def add_number(self, name: str, label: str, default: float, whole: bool = False, minimum: float = 0.0,
                   optional: bool = False) -> None:
        """A number of at least ``minimum``."""
        kind = QgsProcessingParameterNumber.Integer if whole else QgsProcessingParameterNumber.Double
        self.addParameter(QgsProcessingParameterNumber(name, label, kind, default, optional, minimum))

    @staticmethod
    def this_year() -> int:
        """The current year: the default reference year."""
        return _dt.date.today().year

    # ---- running -----------------------------------------------------------------------

    def execute(self, parameters, context, feedback: QgsProcessingFeedback) -> dict:
        problem = missing_engine()
        if problem:
            raise QgsProcessingException(problem)
        return self.compute(parameters, context, feedback)

    def compute(self, parameters, context, feedback: QgsProcessingFeedback) -> dict:
        """The algorithm's work (after the common checks)."""
        raise NotImplementedError

    def read_works(self, store, feedback: QgsProcessingFeedback, fields: Sequence[str]):
        """The works of the store, with what could not be used listed in the log."""
        from ..detection.reader import read_works
        from .works_algorithm import report_input

        data = read_works([store.works_layer()], feedback, fields)
        report_input(data, feedback)
        return data

    @staticmethod
    def progress(feedback: QgsProcessingFeedback, start: float, end: float):
        """An engine progress callback filling ``start``–``end`` percent; False when cancelled."""

        def report(fraction: float) -> bool:
            feedback.setProgress(start + (end - start) * fraction)
            return not feedback.isCanceled()

        return report

    @staticmethod
    def warn_all(feedback: QgsProcessingFeedback, messages: Sequence[str], limit: int = 200) -> None:
        """Each message as a warning in the log (the first ``limit``), the rest counted."""
        for message in messages[:limit]:
            feedback.pushWarning(message)
            log.warning(message)
        if len(messages) > limit:
            feedback.pushWarning(tr("… and {n} more.").format(n=len(messages) - limit))
