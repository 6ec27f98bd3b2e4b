"""What the algorithms for residents share: the period, streets, neighbourhoods, language and the publication."""
from __future__ import annotations

from typing import Any, Dict

from qgis.core import (
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsWkbTypes,
)

from ..i18n import tr
from .import_common import KipIoAlgorithm
from .period import PeriodParameters

LANGUAGES = ("nl", "en")


class ResidentsAlgorithm(KipIoAlgorithm, PeriodParameters):
    """Base of the algorithms that publish for residents."""

    STREETS = "STREETS"
    STREET_NAME_FIELD = "STREET_NAME_FIELD"
    AREAS = "AREAS"
    AREA_NAME_FIELD = "AREA_NAME_FIELD"
    LANGUAGE = "LANGUAGE"

    def group(self) -> str:
        return tr("Residents")

    def groupId(self) -> str:
        return "residents"

    # ---- parameters ---------------------------------------------------------------------

    def add_streets(self, optional: bool) -> None:
        """STREETS (road sections) and STREET_NAME_FIELD."""
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.STREETS, tr("Streets (road sections, e.g. BGT or NWB)"), [QgsProcessing.TypeVectorLine],
                optional=optional,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.STREET_NAME_FIELD, tr("Street name field (empty: found by its name)"),
                parentLayerParameterName=self.STREETS, type=QgsProcessingParameterField.String, optional=True,
            )
        )

    def add_areas(self, optional: bool) -> None:
        """AREAS (neighbourhoods) and AREA_NAME_FIELD."""
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.AREAS, tr("Neighbourhoods"), [QgsProcessing.TypeVectorPolygon], optional=optional
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.AREA_NAME_FIELD, tr("Neighbourhood name field (empty: found by its name)"),
                parentLayerParameterName=self.AREAS, type=QgsProcessingParameterField.String, optional=True,
            )
        )

    def add_language(self) -> None:
        """LANGUAGE: 'nl' (Dutch, the default) or 'en' (English)."""
        self.addParameter(
            QgsProcessingParameterEnum(
                self.LANGUAGE, tr("Language (nl: Dutch, en: English)"), list(LANGUAGES), defaultValue=LANGUAGES[0],
                usesStaticStrings=True,
            )
        )

    # ---- reading ------------------------------------------------------------------------

    def language(self, parameters: Dict[str, Any], context: QgsProcessingContext) -> str:
        """'nl' or 'en'."""
        value = self.parameterAsEnumString(parameters, self.LANGUAGE, context)
        return value if value in LANGUAGES else LANGUAGES[0]

    def publication(self, parameters: Dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback,
                    store, with_streets: bool = True, with_areas: bool = True):
        """Read the store, the streets and the neighbourhoods and make the publication of the period."""
        from ..core.publication import make_publication
        from ..core.rules import load_rules
        from ..core.works import to_days
        from ..residents import inputs
        from .works_algorithm import report_input

        period = self.period(parameters, context)
        start, end = period.start, period.end
        rules = load_rules()
        feedback.setProgressText(tr("Reading the works…"))
        data, public = inputs.read_public(store, feedback, rules)
        report_input(data, feedback)

        def places(wanted: bool, layer: str, name_field: str, names, geometry_type) -> inputs.Places:
            """Streets or neighbourhoods with their names (none when not ``wanted``); skipped ones reported."""
            if not wanted:
                return inputs.Places([], [])
            found = inputs.read_places(
                self.parameterAsSource(parameters, layer, context), self.parameterAsString(parameters, name_field, context),
                names, data.crs, context.transformContext(), geometry_type)
            inputs.report_skipped(found, feedback.pushWarning)
            return found

        streets = places(with_streets, self.STREETS, self.STREET_NAME_FIELD, inputs.STREET_NAME_FIELDS,
                         QgsWkbTypes.LineGeometry)
        areas = places(with_areas, self.AREAS, self.AREA_NAME_FIELD, inputs.AREA_NAME_FIELDS, QgsWkbTypes.PolygonGeometry)
        feedback.setProgressText(tr("Finding combined works…"))
        first, last = (int(d) for d in to_days([start, end]))

        def progress(fraction: float) -> bool:
            feedback.setProgress(30 + 30 * fraction)
            return not feedback.isCanceled()

        publication = make_publication(
            data.works, public, rules, first, last, streets.names, streets.geoms, areas.names, areas.geoms, progress
        )
        feedback.pushInfo(
            tr("{works} works in the period {start} – {end}, seen by residents as {events} events ({combined} combined).")
            .format(works=len(publication.public), start=start.isoformat(), end=end.isoformat(),
                    events=len(publication.events), combined=sum(1 for e in publication.events if e.combined))
        )
        return publication, data.crs
