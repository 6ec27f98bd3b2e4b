"""kip:themesignals: how the planned works serve, could serve or go against the strategic themes."""
from __future__ import annotations

from qgis.core import (
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
)

from ..core import schema as S
from ..i18n import tr, tr_code
from .tactical_base import KipTacticalAlgorithm

WORK_FIELDS = (S.F_WORK_ID, S.F_TITLE, S.F_OWNER, S.F_WORK_TYPE, S.F_STATUS, S.F_START, S.F_END, S.F_THEMES)


class ThemeSignalsAlgorithm(KipTacticalAlgorithm):
    """Works inside theme areas: serving the theme, an opportunity to serve it, or going against it."""

    THEME_AREAS = "THEME_AREAS"
    OUTPUT_AREAS = "OUTPUT_AREAS"
    N_SERVES = "N_SERVES"
    N_OPPORTUNITIES = "N_OPPORTUNITIES"
    N_CONTRADICTIONS = "N_CONTRADICTIONS"

    def name(self) -> str:
        return "themesignals"

    def displayName(self) -> str:
        return tr("Theme signals: works and the strategic themes")

    def shortHelpString(self) -> str:
        return tr(
            "The line of sight from the municipality's themes to the works in the street. THEME_AREAS are polygons "
            "with a 'theme' (climate_adaptation, heat_transition, mobility, greening, or the Dutch word), a 'name', a "
            "'goal', a period ('start_date', 'end_date', dates or years) and, for the heat transition, "
            "'off_gas_year': the year the neighbourhood goes off gas.\n\n"
            "A work of the KIP inside an area during its period serves the theme when its 'themes' field names it or "
            "its type serves the theme (a heat network, new green); goes against it when its type contradicts it (a "
            "new gas main in a neighbourhood that goes off gas within the main's life); and is an opportunity when "
            "it opens the street without serving the theme (a reconstruction in a flooding hot spot without climate "
            "measures). The theme rule file says which types do what.\n\n"
            "OUTPUT: one feature per signal, the part of the work inside the area, with a sentence. OUTPUT_AREAS: the "
            "theme areas with the share of each touched by works in its period, and by works that serve the theme, "
            "per area and per theme. Both go to the 'Themes' group. STORE: the KIP (empty: the KIP of this project)."
        )

    def initAlgorithm(self, config=None) -> None:
        self.add_store_parameter()
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.THEME_AREAS, tr("Theme areas"), [QgsProcessing.TypeVectorPolygon]))
        self.add_rule_file(tr("Theme rule file (empty: the rules shipped with KIP)"))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Theme signals"), QgsProcessing.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_AREAS, tr("Theme areas and their shares"), QgsProcessing.TypeVectorPolygon, None, True, True))
        for key, label in ((self.N_SERVES, tr("Works serving a theme")),
                           (self.N_OPPORTUNITIES, tr("Opportunities")),
                           (self.N_CONTRADICTIONS, tr("Works going against a theme"))):
            self.addOutput(QgsProcessingOutputNumber(key, label))

    def compute(self, parameters, context, feedback) -> dict:
        from ..core.themes import CONTRADICTION, OPPORTUNITY, SERVES, find_signals, load_theme_rules, shares
        from ..tactical import styles
        from ..tactical.text import share
        from ..tactical.theme_areas import (
            WKB_TYPE, SignalWriter, area_fields, read_theme_areas, signal_fields, work_themes,
        )

        store = self.store(parameters, context, writable=False)
        rules = load_theme_rules(self.parameterAsFile(parameters, self.RULES, context) or None)
        source = self.parameterAsSource(parameters, self.THEME_AREAS, context)
        if source is None:
            raise QgsProcessingException(tr("Choose a layer of theme areas."))
        areas, problems = read_theme_areas(source, store.crs, context.transformContext())
        self.warn_all(feedback, problems)
        if not len(areas):
            raise QgsProcessingException(tr("The layer '{layer}' holds no usable theme areas.").format(layer=source.sourceName()))
        feedback.setProgress(10)
        data = self.read_works(store, feedback, WORK_FIELDS)
        if S.F_THEMES not in data.columns:
            feedback.pushInfo(tr("The works of this KIP have no themes field yet: works serve a theme by their type only."))
        feedback.setProgress(40)
        signals = find_signals(data.works, work_themes(data.columns, len(data.works)), areas, rules)
        if feedback.isCanceled():
            return {}
        result = shares(data.works, areas, signals)
        feedback.setProgress(80)
        writer = SignalWriter(data.works, areas, {p.code: p.name for p in store.parties()})
        outputs = {}
        for key, fields, features, role in (
            (self.OUTPUT, signal_fields(), lambda f: writer.signal_features(signals, f), styles.SIGNALS),
            (self.OUTPUT_AREAS, area_fields(), lambda f: writer.area_features(signals, result, f), styles.THEME_AREAS),
        ):
            sink, dest = self.parameterAsSink(parameters, key, context, fields, WKB_TYPE, data.crs)
            if sink is None:
                continue
            for feature in features(fields):
                sink.addFeature(feature, QgsFeatureSink.FastInsert)
            outputs[key] = dest
            styles.load_as(context, dest, role)
        counts = {kind: int((signals.kind == kind).sum()) for kind in (SERVES, OPPORTUNITY, CONTRADICTION)}
        for theme in sorted(set(areas.themes.tolist())):
            feedback.pushInfo(tr("{theme}: {touched} of its areas touched by works, {served} by works that serve it.").format(
                theme=tr_code(S.THEMES, theme), touched=share(result.theme_share(theme)),
                served=share(result.theme_share(theme, served=True))))
        outputs.update({self.N_SERVES: counts[SERVES], self.N_OPPORTUNITIES: counts[OPPORTUNITY],
                        self.N_CONTRADICTIONS: counts[CONTRADICTION]})
        feedback.setProgress(100)
        return outputs
