"""kip:detectconflicts: digging after new paving, road closures at once, events during works."""
from __future__ import annotations

from qgis.core import QgsProcessing, QgsProcessingOutputNumber, QgsProcessingParameterFeatureSink

from ..core import schema as S
from ..detection import styles
from ..detection.fields import CONFLICT_FIELDS
from ..i18n import tr, tr_code
from .works_algorithm import KipWorksAlgorithm


class DetectConflictsAlgorithm(KipWorksAlgorithm):
    """Finds pairs of works that get in each other's way."""

    DISTANCE = "DISTANCE"
    MORATORIUM_YEARS = "MORATORIUM_YEARS"
    CLOSURE_DISTANCE = "CLOSURE_DISTANCE"
    EVENT_DISTANCE = "EVENT_DISTANCE"
    GROUP_CLOSURES = "GROUP_CLOSURES"
    OUTPUT = "OUTPUT"
    N_CONFLICTS = "N_CONFLICTS"
    N_UNUSABLE = "N_UNUSABLE"

    def name(self) -> str:
        return "detectconflicts"

    def displayName(self) -> str:
        return tr("Detect conflicting works")

    def shortHelpString(self) -> str:
        return tr(
            "Finds works that get in each other's way; each conflict is a pair of works with a sentence "
            "explaining it.\n\n"
            "Digging after new paving: a road is resurfaced or reconstructed, and within MORATORIUM_YEARS "
            "after it is finished a work at most DISTANCE metres away digs the street up again, while their "
            "windows do not allow doing both together.\n\n"
            "Road closures at the same time: two works close roads at most CLOSURE_DISTANCE metres apart "
            "in overlapping periods. With GROUP_CLOSURES (the default) such works are grouped into closure "
            "clusters: works tied together by closures near each other at the same time. Each cluster is one "
            "conflict listing all its works (work_ids), from the first to the last day on which two or more of "
            "them close roads at once, drawn as an outline around them; it is serious (high) from three works "
            "or four weeks of closures at once. Without GROUP_CLOSURES every pair of such works is a conflict.\n\n"
            "Event during works: an event takes place at most EVENT_DISTANCE metres from works causing "
            "medium or high disruption at that time.\n\n"
            "Works that are done or cancelled take no part; works that cannot be used are listed in the log."
        )

    def fields_needed(self, parameters):
        return CONFLICT_FIELDS

    def initAlgorithm(self, config=None) -> None:
        rules = self.shipped_rules()
        self.add_input()
        self.add_distance(self.DISTANCE, tr("Maximum distance for digging after paving (m)"), rules.distance)
        self.add_whole(self.MORATORIUM_YEARS, tr("No digging after new paving for (years)"), rules.moratorium_years)
        self.add_distance(self.CLOSURE_DISTANCE, tr("Maximum distance between road closures (m)"), rules.closure_distance)
        self.add_distance(self.EVENT_DISTANCE, tr("Maximum distance between an event and works (m)"), rules.event_distance)
        self.add_flag(self.GROUP_CLOSURES, tr("Group road closures into closure clusters (one conflict each)"), True)
        self.add_rules()
        self.addParameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Conflicts"), QgsProcessing.TypeVectorLine)
        )
        self.addOutput(QgsProcessingOutputNumber(self.N_CONFLICTS, tr("Number of conflicts")))
        self.addOutput(QgsProcessingOutputNumber(self.N_UNUSABLE, tr("Works that could not be used")))

    def detect(self, parameters, context, feedback):
        from ..core.conflicts import find_conflicts
        from ..detection import results

        distance = self.parameterAsDouble(parameters, self.DISTANCE, context)
        years = self.parameterAsInt(parameters, self.MORATORIUM_YEARS, context)
        closure = self.parameterAsDouble(parameters, self.CLOSURE_DISTANCE, context)
        event = self.parameterAsDouble(parameters, self.EVENT_DISTANCE, context)
        grouped = self.parameterAsBoolean(parameters, self.GROUP_CLOSURES, context)
        data = self.read(feedback)
        conflicts = find_conflicts(
            data.works, self._rules, distance, years, closure, event, self.progress(feedback, 30, 80), grouped
        )
        for kind in S.CONFLICT_KINDS:
            of_kind = conflicts.kind == kind
            text = tr("{kind}: {n}").format(kind=tr_code(S.CONFLICT_KINDS, kind), n=int(of_kind.sum()))
            if grouped and kind == S.CONFLICT_SIMULTANEOUS_CLOSURES:
                text += " " + tr("(closure clusters of {n} works together)").format(
                    n=int(conflicts.sizes[of_kind].sum()))
            feedback.pushInfo(text)
        sink, dest_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, results.conflict_fields(), results.WKB_TYPES["conflicts"], data.crs
        )
        results.write(
            sink, results.conflict_features(data, conflicts, years), len(conflicts), self.progress(feedback, 80, 100)
        )
        self.load_as(context, dest_id, styles.CONFLICTS)
        return {
            self.OUTPUT: dest_id,
            self.N_CONFLICTS: len(conflicts),
            self.N_UNUSABLE: sum(1 for p in data.problems if p.feature is not None),
        }
