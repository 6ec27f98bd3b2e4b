"""kip:detectcombinations: works that can be done together, and the combinations they form."""
from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsWkbTypes,
)

from ..detection import styles
from ..detection.fields import ALL_FIELDS, COMBINATION_FIELDS
from ..i18n import tr
from .works_algorithm import KipWorksAlgorithm


class DetectCombinationsAlgorithm(KipWorksAlgorithm):
    """Finds combinable pairs of works and groups them into combinations."""

    DISTANCE = "DISTANCE"
    TIME_GAP = "TIME_GAP"
    INCLUDE_SAME_OWNER = "INCLUDE_SAME_OWNER"
    OUTPUT_CLUSTERS = "OUTPUT_CLUSTERS"
    OUTPUT_PAIRS = "OUTPUT_PAIRS"
    OUTPUT_WORKS = "OUTPUT_WORKS"
    SURFACES = "SURFACES"
    MONEY_RULES = "MONEY_RULES"
    N_COMBINATIONS = "N_COMBINATIONS"
    N_PAIRS = "N_PAIRS"
    DIGS_SAVED = "DIGS_SAVED"
    N_UNUSABLE = "N_UNUSABLE"

    def name(self) -> str:
        return "detectcombinations"

    def displayName(self) -> str:
        return tr("Detect combinable works")

    def shortHelpString(self) -> str:
        return tr(
            "Finds works that can be done together: one dig, one disruption, shared costs.\n\n"
            "Two works form a combinable pair when they lie at most DISTANCE metres apart, their windows "
            "(earliest start to latest end, or the planned dates) are at most TIME_GAP days apart, they "
            "belong to different departments or partners (unless INCLUDE_SAME_OWNER), and the rule file "
            "lets their types combine (an event combines with nothing). Works that are done or cancelled "
            "take no part.\n\n"
            "Pairs are grouped into combinations: works linked by pairs whose windows share at least one "
            "day, so that the whole group can be carried out together. A combination reports the days all "
            "its works can run together, the digs it saves and the days of disruption it saves.\n\n"
            "Works that cannot be used (no dates, end before start, no geometry, duplicate ids...) are "
            "listed in the log with the reason."
        )

    def fields_needed(self, parameters):
        # Reading every field costs time; only the works output needs them all.
        return ALL_FIELDS if parameters.get(self.OUTPUT_WORKS) else COMBINATION_FIELDS

    def initAlgorithm(self, config=None) -> None:
        rules = self.shipped_rules()
        self.add_input()
        self.add_distance(self.DISTANCE, tr("Maximum distance between works (m)"), rules.distance)
        self.add_whole(self.TIME_GAP, tr("Maximum time between the windows of works (days)"), rules.time_gap)
        self.add_flag(self.INCLUDE_SAME_OWNER, tr("Also combine works of the same department or partner"), False)
        self.add_rules()
        self.add_money_parameters()
        for key, label, kind in (
            (self.OUTPUT_CLUSTERS, tr("Combinations"), QgsProcessing.TypeVectorPolygon),
            (self.OUTPUT_PAIRS, tr("Combinable pairs"), QgsProcessing.TypeVectorLine),
            (self.OUTPUT_WORKS, tr("Works and their combination"), QgsProcessing.TypeVectorAnyGeometry),
        ):
            self.addParameter(QgsProcessingParameterFeatureSink(key, label, kind, None, True, True))
        self.addOutput(QgsProcessingOutputNumber(self.N_COMBINATIONS, tr("Number of combinations")))
        self.addOutput(QgsProcessingOutputNumber(self.N_PAIRS, tr("Number of combinable pairs")))
        self.addOutput(QgsProcessingOutputNumber(self.DIGS_SAVED, tr("Digs saved")))
        self.addOutput(QgsProcessingOutputNumber(self.N_UNUSABLE, tr("Works that could not be used")))

    def add_money_parameters(self) -> None:
        """SURFACES and MONEY_RULES (advanced): how the combinations' reinstatement is priced."""
        from qgis.core import QgsProcessingParameterDefinition, QgsProcessingParameterFeatureSource, QgsProcessingParameterFile

        surfaces = QgsProcessingParameterFeatureSource(
            self.SURFACES, tr("Street surfaces, to price reinstatement (e.g. road sections with 'verhardingssoort')"),
            [QgsProcessing.TypeVectorPolygon], optional=True)
        money = QgsProcessingParameterFile(
            self.MONEY_RULES, tr("Money rule file (empty: the rules shipped with KIP)"), QgsProcessingParameterFile.File,
            "json", None, True, tr("KIP rule file (*.json)"))
        for parameter in (surfaces, money):
            parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
            self.addParameter(parameter)

    def money(self, parameters, context, data, clusters):
        """Whose money in each combination, priced by the street surfaces when given."""
        from ..core.money import load_money_rules
        from ..tactical.money_results import money_of_clusters, read_surfaces

        source = self.parameterAsSource(parameters, self.SURFACES, context)
        surfaces = read_surfaces(source, data.crs, context.transformContext()) if source is not None else None
        money_rules = load_money_rules(self.parameterAsFile(parameters, self.MONEY_RULES, context) or None)
        return money_of_clusters(data, clusters, self._rules, money_rules, surfaces)

    def detect(self, parameters, context, feedback):
        from ..core.combinations import detect_combinations
        from ..detection import results

        distance = self.parameterAsDouble(parameters, self.DISTANCE, context)
        time_gap = self.parameterAsInt(parameters, self.TIME_GAP, context)
        same_owner = self.parameterAsBool(parameters, self.INCLUDE_SAME_OWNER, context)
        data = self.read(feedback)
        pairs, clusters = detect_combinations(
            data.works, self._rules, distance, time_gap, same_owner, self.progress(feedback, 30, 70)
        )
        feedback.pushInfo(
            tr("{pairs} combinable pairs, {clusters} combinations saving {digs} digs.").format(
                pairs=len(pairs), clusters=len(clusters), digs=int(clusters.digs_saved.sum())
            )
        )
        outputs = {}
        works_type = data.wkb_type if data.wkb_type != QgsWkbTypes.Unknown else QgsWkbTypes.MultiPolygon
        for key, role, fields, wkb_type, features, total, span in (
            (self.OUTPUT_CLUSTERS, styles.CLUSTERS, results.cluster_fields(), results.WKB_TYPES["clusters"],
             lambda: results.cluster_features(data, clusters, self.money(parameters, context, data, clusters)),
             len(clusters), (70, 75)),
            (self.OUTPUT_PAIRS, styles.PAIRS, results.pair_fields(), results.WKB_TYPES["pairs"],
             lambda: results.pair_features(data, pairs, clusters), len(pairs), (75, 80)),
            (self.OUTPUT_WORKS, styles.WORKS, results.works_fields(), works_type,
             lambda: results.works_features(data, clusters), len(data.works), (80, 100)),
        ):
            sink, dest_id = self.parameterAsSink(parameters, key, context, fields, wkb_type, data.crs)
            if sink is None:
                continue
            results.write(sink, features(), total, self.progress(feedback, *span))
            outputs[key] = dest_id
            self.load_as(context, dest_id, role)
        outputs.update(
            {
                self.N_COMBINATIONS: len(clusters),
                self.N_PAIRS: len(pairs),
                self.DIGS_SAVED: int(clusters.digs_saved.sum()),
                self.N_UNUSABLE: sum(1 for p in data.problems if p.feature is not None),
            }
        )
        return outputs
