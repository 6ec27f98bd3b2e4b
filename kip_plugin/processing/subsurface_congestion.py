"""kip:subsurfacecongestion: how busy each street section is below ground, as a styled street layer."""
from __future__ import annotations


from qgis.core import (
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
)

from ..core import schema as S
from ..i18n import tr
from .period import date_parameter
from .tactical_base import KipTacticalAlgorithm

WORK_FIELDS = (S.F_WORK_ID, S.F_TITLE, S.F_OWNER, S.F_WORK_TYPE, S.F_STATUS, S.F_START, S.F_END, S.F_EXCAVATION)


class SubsurfaceCongestionAlgorithm(KipTacticalAlgorithm):
    """Per street section: the cable and pipe works planned, and the cables and pipes already there."""

    STREETS = "STREETS"
    STREET_ID_FIELD = "STREET_ID_FIELD"
    STREET_NAME_FIELD = "STREET_NAME_FIELD"
    UTILITIES = "UTILITIES"
    START = "START"
    END = "END"
    OUTPUT_WARNINGS = "OUTPUT_WARNINGS"
    N_CROWDED = "N_CROWDED"
    N_WARNINGS = "N_WARNINGS"

    def name(self) -> str:
        return "subsurfacecongestion"

    def displayName(self) -> str:
        return tr("Subsurface congestion per street")

    def shortHelpString(self) -> str:
        return tr(
            "How busy the subsurface of each street section (a polygon of the street) is.\n\n"
            "Planned: the cable and pipe works of the KIP in the period (START–END; empty: all) that reach into the "
            "section: how many, their metres in it and their operators. In the ground: when cables and pipes of KLIC "
            "deliveries are known (imported with 'Import KLIC delivery', or given as UTILITIES), their metres per m² of "
            "street and their operators.\n\n"
            "Each section gets a class, not crowded, busy or crowded, by the thresholds of the subsurface rule file; "
            "the layer is styled by it. OUTPUT_WARNINGS: digging works in the period that reach into a section already "
            "crowded without them, with a sentence. STORE: the KIP (empty: the KIP of this project)."
        )

    def initAlgorithm(self, config=None) -> None:
        self.add_store_parameter()
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.STREETS, tr("Street sections"), [QgsProcessing.TypeVectorPolygon]))
        for key, label in ((self.STREET_ID_FIELD, tr("Street section id field (empty: recognised by name)")),
                           (self.STREET_NAME_FIELD, tr("Street name field (empty: recognised by name)"))):
            self.addParameter(QgsProcessingParameterField(key, label, parentLayerParameterName=self.STREETS, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.UTILITIES, tr("Cables and pipes (empty: those imported into the KIP)"), [QgsProcessing.TypeVectorLine],
            optional=True))
        for key, label in ((self.START, tr("Period from (empty: no limit)")), (self.END, tr("Period until (empty: no limit)"))):
            self.addParameter(QgsProcessingParameterDateTime(key, label, QgsProcessingParameterDateTime.Date, optional=True))
        self.add_rule_file(tr("Subsurface rule file (empty: the rules shipped with KIP)"))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Subsurface congestion"), QgsProcessing.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_WARNINGS, tr("Trenches in crowded streets"), QgsProcessing.TypeVectorPolygon, None, True, True))
        self.addOutput(QgsProcessingOutputNumber(self.N_CROWDED, tr("Crowded street sections")))
        self.addOutput(QgsProcessingOutputNumber(self.N_WARNINGS, tr("Trenches in crowded streets")))

    def _day(self, parameters, key, context) -> int:
        from ..core.works import NO_DATE, to_days

        day = date_parameter(self, parameters, key, context)
        return NO_DATE if day is None else int(to_days([day])[0])

    def compute(self, parameters, context, feedback) -> dict:
        from ..core.rules import load_rules
        from ..core.subsurface import HIGH, congestion, crowded_trenches, load_subsurface_rules
        from ..tactical import styles
        from ..tactical.subsurface_layers import (
            WKB_TYPE, SubsurfaceWriter, read_links, read_streets, street_fields, warning_fields,
        )
        from ..tactical.utility_links import links_layer

        store = self.store(parameters, context, writable=False)
        rules = load_subsurface_rules(self.parameterAsFile(parameters, self.RULES, context) or None)
        start, end = self._day(parameters, self.START, context), self._day(parameters, self.END, context)
        source = self.parameterAsSource(parameters, self.STREETS, context)
        if source is None:
            raise QgsProcessingException(tr("Choose a layer of street sections."))
        streets, problems = read_streets(
            source, self.parameterAsString(parameters, self.STREET_ID_FIELD, context),
            self.parameterAsString(parameters, self.STREET_NAME_FIELD, context), store.crs, context.transformContext())
        self.warn_all(feedback, problems)
        utilities = self.parameterAsSource(parameters, self.UTILITIES, context)
        links = None
        if utilities is not None:
            links = read_links(utilities, store.crs, context.transformContext())
        else:
            stored = links_layer(store)
            if stored is not None:
                links = read_links(stored, store.crs, context.transformContext())
                feedback.pushInfo(tr("{n} routes of cables and pipes from the KIP's KLIC deliveries.").format(n=len(links)))
            else:
                feedback.pushInfo(tr("No cables and pipes are known: only the planned works count."))
        feedback.setProgress(20)
        data = self.read_works(store, feedback, WORK_FIELDS)
        feedback.setProgress(50)
        result = congestion(data.works, streets, links, rules, start, end)
        digs = load_rules().excavates(data.works.excavation, data.works.types)
        pairs = crowded_trenches(data.works, digs, streets, result, rules, start, end)
        feedback.setProgress(80)
        writer = SubsurfaceWriter(data.works, streets, result, {p.code: p.name for p in store.parties()}, links is not None)
        outputs = {}
        for key, fields, make, role in (
            (self.OUTPUT, street_fields(), writer.street_features, styles.STREETS),
            (self.OUTPUT_WARNINGS, warning_fields(), lambda f: writer.warning_features(pairs, f), styles.WARNINGS),
        ):
            sink, dest = self.parameterAsSink(parameters, key, context, fields, WKB_TYPE, data.crs)
            if sink is None:
                continue
            for feature in make(fields):
                sink.addFeature(feature, QgsFeatureSink.FastInsert)
            outputs[key] = dest
            styles.load_as(context, dest, role)
        crowded = int((result.level == HIGH).sum())
        feedback.pushInfo(tr("{crowded} of {n} street sections crowded; {warnings} trenches planned in them.").format(
            crowded=crowded, n=len(streets), warnings=len(pairs[0])))
        outputs.update({self.N_CROWDED: crowded, self.N_WARNINGS: len(pairs[0])})
        feedback.setProgress(100)
        return outputs
