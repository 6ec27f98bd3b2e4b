"""kip:proposeschedule: move works within their flexibility so that more are done in one dig and fewer conflict."""
from __future__ import annotations

from typing import Dict, List, Tuple

from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from .. import log
from ..core import schema as S
from ..core.schedule_defaults import (
    DEFAULT_FIXED_STATUSES,
    DEFAULT_TIME_LIMIT,
    DEFAULT_W_DIG,
    DEFAULT_W_DISRUPTION,
    DEFAULT_W_SHIFT,
)
from ..detection import styles
from ..detection.fields import CONFLICT_FIELDS
from ..detection.needs import missing_solver
from ..i18n import tr, tr_code
from .algorithm import load_output
from .works_algorithm import KipWorksAlgorithm

# The parts listed one by one in the log; the others are counted.
PARTS_LISTED = 10


def _finish_proposals(layer, project) -> None:
    from ..schedule.style import style_proposals

    style_proposals(layer)
    styles.put_in_results_group(project, layer, replace=True)


def fixed_parties(text: str, layers) -> Tuple[frozenset, str]:
    """The party codes meant by ``text`` (codes or names, comma-separated), or why one is unknown."""
    from ..store.parties import party_names

    owners = set()
    for layer in layers:
        index = layer.fields().indexOf(S.F_OWNER)
        owners.update(str(v) for v in layer.uniqueValues(index) if v is not None and str(v) != "NULL")
    names = party_names(layers)
    by_name = {code.lower(): code for code in owners}
    by_name.update({name.lower(): code for code, name in names.items() if code in owners and name})
    found = set()
    for token in (t.strip() for t in (text or "").split(",")):
        if not token:
            continue
        if token.lower() not in by_name:
            return frozenset(), tr(
                "FIXED_PARTIES: the works have no department or partner '{party}'. Known: {known}."
            ).format(party=token, known=", ".join(sorted(owners)))
        found.add(by_name[token.lower()])
    return frozenset(found), ""


class ProposeScheduleAlgorithm(KipWorksAlgorithm):
    """Proposes start dates within each work's flexibility: more combined digs, fewer conflicts."""

    DISTANCE = "DISTANCE"
    TIME_GAP = "TIME_GAP"
    FIXED_STATUSES = "FIXED_STATUSES"
    FIXED_PARTIES = "FIXED_PARTIES"
    MAX_SHIFT_DAYS = "MAX_SHIFT_DAYS"
    W_DIG = "W_DIG"
    W_DISRUPTION = "W_DISRUPTION"
    W_SHIFT = "W_SHIFT"
    TIME_LIMIT = "TIME_LIMIT"
    MORATORIUM_YEARS = "MORATORIUM_YEARS"
    CLOSURE_DISTANCE = "CLOSURE_DISTANCE"
    EVENT_DISTANCE = "EVENT_DISTANCE"
    OUTPUT_PROPOSALS = "OUTPUT_PROPOSALS"
    DIGS_SAVED_BEFORE = "DIGS_SAVED_BEFORE"
    DIGS_SAVED_AFTER = "DIGS_SAVED_AFTER"
    CONFLICTS_BEFORE = "CONFLICTS_BEFORE"
    CONFLICTS_AFTER = "CONFLICTS_AFTER"
    DISRUPTION_DAYS_BEFORE = "DISRUPTION_DAYS_BEFORE"
    DISRUPTION_DAYS_AFTER = "DISRUPTION_DAYS_AFTER"
    STATUS = "STATUS"
    OBJECTIVE = "OBJECTIVE"
    BOUND = "BOUND"
    N_MOVED = "N_MOVED"
    N_PARTS = "N_PARTS"
    N_PARTS_OPTIMAL = "N_PARTS_OPTIMAL"
    N_UNUSABLE = "N_UNUSABLE"

    STATUS_CODES = list(S.STATUSES)

    def __init__(self) -> None:
        super().__init__()
        self._parties: frozenset = frozenset()

    def name(self) -> str:
        return "proposeschedule"

    def displayName(self) -> str:
        return tr("Propose a schedule")

    def group(self) -> str:
        return tr("Schedule")

    def groupId(self) -> str:
        return "schedule"

    def shortHelpString(self) -> str:
        return tr(
            "Proposes new dates for works within their flexibility (earliest start to latest end, keeping "
            "their duration), so that more works are done in one dig and fewer conflict.\n\n"
            "A combination is a group of works, linked by combinable pairs (DISTANCE, different owners, the "
            "rule file), whose periods all share a day, as the detection defines it. Conflicts are those of "
            "the detection. The proposal never causes a conflict the plan does not have, removes as many "
            "of the plan's conflicts as it can, and then weighs W_DIG per dig saved and W_DISRUPTION per "
            "day of disruption saved against W_SHIFT per day a work moves.\n\n"
            "Works with a status in FIXED_STATUSES, of a party in FIXED_PARTIES (codes or names, "
            "comma-separated), or without flexibility keep their dates; MAX_SHIFT_DAYS caps every move.\n\n"
            "The problem is split into independent parts, each solved within the time left of TIME_LIMIT "
            "seconds (OR-Tools CP-SAT, starting from a greedy schedule). The log lists each part: proven "
            "optimal, or feasible with a bound.\n\n"
            "Output: one feature per work that moves, with its old and new dates and the reason in words, "
            "and one per work left in a conflict that cannot be avoided. The figures before and after are "
            "also returned, for models and qgis_process."
        )

    def fields_needed(self, parameters):
        return CONFLICT_FIELDS

    def initAlgorithm(self, config=None) -> None:
        rules = self.shipped_rules()
        self.add_input()
        self.add_rules()
        self.add_distance(self.DISTANCE, tr("Maximum distance between works (m)"), rules.distance)
        self.add_whole(self.TIME_GAP, tr("Maximum time between the windows of works (days)"), rules.time_gap)
        self.addParameter(
            QgsProcessingParameterEnum(
                self.FIXED_STATUSES,
                tr("Works with these statuses keep their dates"),
                [tr(S.STATUSES[code]) for code in self.STATUS_CODES],
                True,
                [self.STATUS_CODES.index(code) for code in self.STATUS_CODES if code in DEFAULT_FIXED_STATUSES],
                True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.FIXED_PARTIES, tr("Departments and partners whose works keep their dates (comma-separated)"),
                "", False, True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.MAX_SHIFT_DAYS, tr("Move no work by more than (days; empty: no limit)"),
                QgsProcessingParameterNumber.Integer, None, True, 0,
            )
        )
        for key, label, default in (
            (self.W_DIG, tr("Weight of a dig saved"), DEFAULT_W_DIG),
            (self.W_DISRUPTION, tr("Weight of a day of disruption saved"), DEFAULT_W_DISRUPTION),
            (self.W_SHIFT, tr("Weight of a day a work moves"), DEFAULT_W_SHIFT),
        ):
            self.addParameter(
                QgsProcessingParameterNumber(key, label, QgsProcessingParameterNumber.Double, default, False, 0.0)
            )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.TIME_LIMIT, tr("Time limit (seconds)"), QgsProcessingParameterNumber.Double,
                DEFAULT_TIME_LIMIT, False, 1.0,
            )
        )
        advanced = (
            QgsProcessingParameterNumber(
                self.MORATORIUM_YEARS, tr("No digging after new paving for (years)"),
                QgsProcessingParameterNumber.Integer, rules.moratorium_years, False, 0,
            ),
            QgsProcessingParameterNumber(
                self.CLOSURE_DISTANCE, tr("Maximum distance between road closures (m)"),
                QgsProcessingParameterNumber.Double, rules.closure_distance, False, 0.0,
            ),
            QgsProcessingParameterNumber(
                self.EVENT_DISTANCE, tr("Maximum distance between an event and works (m)"),
                QgsProcessingParameterNumber.Double, rules.event_distance, False, 0.0,
            ),
        )
        for parameter in advanced:
            parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
            self.addParameter(parameter)
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_PROPOSALS, tr("Proposed schedule"), QgsProcessing.TypeVectorAnyGeometry
            )
        )
        for key, label in (
            (self.DIGS_SAVED_BEFORE, tr("Digs saved as planned")),
            (self.DIGS_SAVED_AFTER, tr("Digs saved as proposed")),
            (self.CONFLICTS_BEFORE, tr("Conflicts as planned")),
            (self.CONFLICTS_AFTER, tr("Conflicts as proposed")),
            (self.DISRUPTION_DAYS_BEFORE, tr("Days of disruption as planned")),
            (self.DISRUPTION_DAYS_AFTER, tr("Days of disruption as proposed")),
            (self.OBJECTIVE, tr("Objective reached")),
            (self.BOUND, tr("Bound of the objective")),
            (self.N_MOVED, tr("Works moved")),
            (self.N_PARTS, tr("Independent parts")),
            (self.N_PARTS_OPTIMAL, tr("Parts solved to proven optimum")),
            (self.N_UNUSABLE, tr("Works that could not be used")),
        ):
            self.addOutput(QgsProcessingOutputNumber(key, label))
        self.addOutput(QgsProcessingOutputString(self.STATUS, tr("Solver status (optimal or feasible)")))

    def prepareAlgorithm(self, parameters, context, feedback) -> bool:
        problem = missing_solver()
        if not problem and not super().prepareAlgorithm(parameters, context, feedback):
            return False
        if not problem:
            layers = self.parameterAsLayerList(parameters, self.INPUT, context)
            text = self.parameterAsString(parameters, self.FIXED_PARTIES, context)
            self._parties, problem = fixed_parties(text, layers)
        if problem:
            feedback.reportError(problem, True)
            log.critical(problem)
            return False
        return True

    def _options(self, parameters, context):
        from ..core.schedule_problem import options_from_rules

        cap = parameters.get(self.MAX_SHIFT_DAYS)
        statuses = self.parameterAsEnums(parameters, self.FIXED_STATUSES, context)
        return options_from_rules(
            self._rules,
            distance=self.parameterAsDouble(parameters, self.DISTANCE, context),
            time_gap=self.parameterAsInt(parameters, self.TIME_GAP, context),
            moratorium_years=self.parameterAsInt(parameters, self.MORATORIUM_YEARS, context),
            closure_distance=self.parameterAsDouble(parameters, self.CLOSURE_DISTANCE, context),
            event_distance=self.parameterAsDouble(parameters, self.EVENT_DISTANCE, context),
            fixed_statuses=frozenset(self.STATUS_CODES[k] for k in statuses),
            fixed_parties=self._parties,
            max_shift_days=None if cap in (None, "") else self.parameterAsInt(parameters, self.MAX_SHIFT_DAYS, context),
            w_dig=self.parameterAsDouble(parameters, self.W_DIG, context),
            w_disruption=self.parameterAsDouble(parameters, self.W_DISRUPTION, context),
            w_shift=self.parameterAsDouble(parameters, self.W_SHIFT, context),
            time_limit=self.parameterAsDouble(parameters, self.TIME_LIMIT, context),
        )

    def detect(self, parameters, context, feedback) -> dict:
        from ..core.schedule_local import Scorer
        from ..core.schedule_report import claims, outcome, outcome_groups, reasons
        from ..core.schedule_solve import OPTIMAL, propose
        from ..detection import results
        from ..schedule.output import proposal_features, proposal_fields
        from ..schedule.text import status_text

        data = self.read(feedback)
        options = self._options(parameters, context)
        proposal = propose(
            data.works, self._rules, options, data.columns[S.F_STATUS], self.progress(feedback, 30, 85)
        )
        problem = proposal.problem
        scorer = Scorer(problem)
        before = outcome(problem, problem.planned)
        after = outcome(problem, proposal.starts)
        claimed = claims(problem, scorer, proposal.starts)
        if claimed.groups != outcome_groups(after) or claimed.conflicts != after.keys:
            feedback.reportError(
                tr("The detection finds other combinations or conflicts on the proposed dates than the "
                   "optimiser expects; the figures below are the detection's."), False
            )
        items = reasons(problem, before, after, scorer)
        feedback.setProgress(90)
        self._log(feedback, proposal, before, after, status_text(proposal))
        sink, dest_id = self.parameterAsSink(
            parameters, self.OUTPUT_PROPOSALS, context, proposal_fields(),
            data.wkb_type if data.wkb_type != QgsWkbTypes.Unknown else QgsWkbTypes.MultiPolygon, data.crs,
        )
        features = proposal_features(data, items, proposal.starts)
        results.write(sink, features, len(features), self.progress(feedback, 90, 100))
        from ..schedule.style import layer_title

        load_output(context, dest_id, layer_title(), "proposals", _finish_proposals)
        return {
            self.OUTPUT_PROPOSALS: dest_id,
            self.DIGS_SAVED_BEFORE: before.digs_saved,
            self.DIGS_SAVED_AFTER: after.digs_saved,
            self.CONFLICTS_BEFORE: len(before.conflicts),
            self.CONFLICTS_AFTER: len(after.conflicts),
            self.DISRUPTION_DAYS_BEFORE: before.disruption_days,
            self.DISRUPTION_DAYS_AFTER: after.disruption_days,
            self.STATUS: proposal.status,
            self.OBJECTIVE: proposal.value / 100.0,
            self.BOUND: proposal.bound / 100.0,
            self.N_MOVED: int(len(proposal.moved)),
            self.N_PARTS: len(proposal.parts),
            self.N_PARTS_OPTIMAL: sum(1 for p in proposal.parts if p.status == OPTIMAL),
            self.N_UNUSABLE: sum(1 for p in data.problems if p.feature is not None),
        }

    @staticmethod
    def _log(feedback, proposal, before, after, status: str) -> None:
        """What the proposal changes, and how each part was solved."""
        from ..core.schedule_solve import BY_EVERY_DATE, BY_GREEDY, BY_SOLVER, OPTIMAL
        from ..schedule.text import money

        methods: Dict[str, str] = {
            BY_EVERY_DATE: tr("every date tried"),
            BY_SOLVER: tr("CP-SAT"),
            BY_GREEDY: tr("greedy (the solver found nothing better in its time)"),
        }
        parts: List = sorted(proposal.parts, key=lambda p: (-p.works, p.number))
        feedback.pushInfo(
            tr("{parts} independent parts with works that may move; {moved} works move.").format(
                parts=len(parts), moved=len(proposal.moved)
            )
        )
        for p in parts[:PARTS_LISTED]:
            feedback.pushInfo(
                tr(
                    "Part {number}: {works} works ({movable} may move), {method}, {status}: {conflicts} conflicts "
                    "left (at least {least}), objective {value} (bound {bound}, greedy {greedy}), {seconds:.1f} s."
                ).format(
                    number=p.number + 1, works=p.works, movable=p.movable, method=methods[p.method],
                    status=tr("optimal") if p.status == OPTIMAL else tr("feasible"), conflicts=p.conflicts,
                    least=p.least_conflicts, value=money(p.value), bound=money(p.bound), greedy=money(p.greedy_value),
                    seconds=p.seconds,
                )
            )
        if len(parts) > PARTS_LISTED:
            optimal = sum(1 for p in parts[PARTS_LISTED:] if p.status == OPTIMAL)
            feedback.pushInfo(
                tr("… and {n} smaller parts, {optimal} of them solved to proven optimum.").format(
                    n=len(parts) - PARTS_LISTED, optimal=optimal
                )
            )
        feedback.pushInfo(
            tr(
                "Digs saved: {d0} → {d1}. Days of disruption: {r0} → {r1}. Conflicts: {c0} → {c1}. Solver: {status}."
            ).format(
                d0=before.digs_saved, d1=after.digs_saved, r0=before.disruption_days, r1=after.disruption_days,
                c0=len(before.conflicts), c1=len(after.conflicts), status=status,
            )
        )
        counts = {kind: int((after.conflicts.kind == kind).sum()) for kind in S.CONFLICT_KINDS}
        for kind, n in counts.items():
            if n:
                feedback.pushInfo(
                    tr("Left as proposed: {kind}: {n}").format(kind=tr_code(S.CONFLICT_KINDS, kind), n=n)
                )
        log.info(tr("Schedule proposed: {moved} works move; solver {status}.").format(
            moved=len(proposal.moved), status=proposal.status))
