"""kip:disruptionsummary — disruption-days per neighbourhood (and street) and year, with and without combining."""
from __future__ import annotations

from typing import Any, Dict

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFeatureSink,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..core.errors import Cancelled
from ..i18n import tr
from ..residents import styles as R
from .algorithm import load_output
from .residents_common import ResidentsAlgorithm


def disruption_fields(place_field: str, with_area: bool = False) -> QgsFields:
    """The fields of a disruption table: the place, the year and the figures."""
    fields = QgsFields()
    fields.append(QgsField(place_field, QVariant.String))
    if with_area:
        fields.append(QgsField(R.F_AREA, QVariant.String))
    fields.append(QgsField(R.F_YEAR, QVariant.Int))
    fields.append(QgsField(R.F_DAYS, QVariant.Double, "double", 12, 1))
    fields.append(QgsField(R.F_DAYS_ALONE, QVariant.Double, "double", 12, 1))
    fields.append(QgsField(R.F_WORKS, QVariant.Int))
    return fields


def _geometry(shape) -> QgsGeometry:
    import shapely

    geometry = QgsGeometry()
    # The dimension given explicitly: inside QGIS shapely may call QGIS's older GEOS (see detection.metric).
    geometry.fromWkb(shapely.to_wkb(shape, output_dimension=2))
    return geometry


class DisruptionSummaryAlgorithm(ResidentsAlgorithm):
    """Disruption-days per neighbourhood and year, weighted by disruption class, with and without combining."""

    OUTPUT = "OUTPUT"
    STREET_OUTPUT = "STREET_OUTPUT"

    def name(self) -> str:
        return "disruptionsummary"

    def displayName(self) -> str:
        return tr("Disruption per neighbourhood")

    def shortHelpString(self) -> str:
        return tr(
            "Counts the disruption residents have from the works in each neighbourhood, per year of the period: "
            "disruption-days, days of works weighted by their disruption class (low 0.5, medium 1, high 2, "
            "none 0).\n\n"
            "'disruption_days' counts works that can be combined as one: the detection finds them among the works "
            "in the period, they run together and on each day the heaviest work sets the weight. "
            "'disruption_days_without_combining' counts every work on its own; the difference is what combining "
            "saves residents. 'works' is the number of works in the neighbourhood that year.\n\n"
            "Only works that are not done or cancelled count, and only their days inside the period (by default "
            "from today to 24 months later). A work counts in every neighbourhood its area overlaps. With a street "
            "layer, the same figures per street are written too. The layers are styled from light to dark and show "
            "one year at a time in the Temporal Controller."
        )

    def initAlgorithm(self, config=None) -> None:
        self.add_store_parameter()
        self.add_areas(optional=False)
        self.add_period()
        self.add_streets(optional=True)
        for key in (self.STREETS, self.STREET_NAME_FIELD):
            parameter = self.parameterDefinition(key)
            parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Disruption per neighbourhood"), QgsProcessing.TypeVectorPolygon)
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.STREET_OUTPUT, tr("Disruption per street"), QgsProcessing.TypeVectorLine, optional=True,
                createByDefault=False,
            )
        )

    def execute(self, parameters: Dict[str, Any], context: QgsProcessingContext,
                feedback: QgsProcessingFeedback) -> Dict[str, Any]:
        store = self.store(parameters, context, writable=False)
        if self.parameterAsSource(parameters, self.AREAS, context) is None:
            raise QgsProcessingException(tr("Choose a layer of neighbourhoods."))
        wants_streets = parameters.get(self.STREET_OUTPUT) not in (None, "")
        if wants_streets and self.parameterAsSource(parameters, self.STREETS, context) is None:
            raise QgsProcessingException(tr("Disruption per street needs a street layer (STREETS)."))
        publication, crs = self.publication(parameters, context, feedback, store, with_streets=wants_streets)
        if not publication.area_names:
            raise QgsProcessingException(tr("The neighbourhood layer holds no named polygons."))
        results: Dict[str, Any] = {}
        feedback.setProgressText(tr("Counting disruption-days…"))
        fields = disruption_fields(R.F_AREA)
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.MultiPolygon, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        geometries = [_geometry(g) for g in publication.area_geoms]
        total = saved = 0.0
        for row in publication.area_disruption():
            if feedback.isCanceled():
                raise Cancelled()
            feature = QgsFeature(fields)
            feature.setAttributes([publication.area_names[row.place], row.year, row.disruption_days,
                                   row.disruption_days_without_combining, row.works])
            geometry = QgsGeometry(geometries[row.place])
            geometry.convertToMultiType()
            feature.setGeometry(geometry)
            sink.addFeature(feature, QgsFeatureSink.FastInsert)
            total += row.disruption_days
            saved += row.saved
        results[self.OUTPUT] = dest
        self._load_styled(context, dest, tr("Disruption per neighbourhood"), lines=False)
        feedback.setProgress(80)
        if wants_streets:
            results[self.STREET_OUTPUT] = self._streets(parameters, context, publication, crs, feedback)
        feedback.pushInfo(
            tr("{total} disruption-days in the neighbourhoods; combining saves {saved}.").format(
                total=f"{total:g}", saved=f"{saved:g}"
            )
        )
        return results

    def _streets(self, parameters, context, publication, crs, feedback) -> str:
        fields = disruption_fields(R.F_STREET, with_area=True)
        sink, dest = self.parameterAsSink(parameters, self.STREET_OUTPUT, context, fields, QgsWkbTypes.MultiLineString, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.STREET_OUTPUT))
        chosen = publication.streets_with_works()
        for row in publication.street_disruption(chosen):
            if feedback.isCanceled():
                raise Cancelled()
            street = publication.streets[chosen[row.place]]
            feature = QgsFeature(fields)
            feature.setAttributes([street.label, street.area or None, row.year, row.disruption_days,
                                   row.disruption_days_without_combining, row.works])
            geometry = _geometry(street.geometry)
            geometry.convertToMultiType()
            feature.setGeometry(geometry)
            sink.addFeature(feature, QgsFeatureSink.FastInsert)
        self._load_styled(context, dest, tr("Disruption per street"), lines=True)
        return dest

    @staticmethod
    def _load_styled(context: QgsProcessingContext, dest: str, name: str, lines: bool) -> None:
        def finish(layer, _project) -> None:
            if isinstance(layer, QgsVectorLayer):
                R.style_disruption(layer, lines)

        load_output(context, dest, name, f"disruption:{lines}", finish)
