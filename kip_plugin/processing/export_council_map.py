"""Processing algorithm kip:exportcouncilmap: the council map (cover and a page per district) as one PDF."""
from __future__ import annotations


from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMapLayer,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterString,
    QgsProject,
    QgsVectorLayer,
)

from ..i18n import tr
from ..layouts import items as I
from ..layouts.council import CouncilMapRequest, check_output, default_title, export_pdf, make_council_map
from .algorithm import KipBaseAlgorithm
from .period import PeriodParameters


class ExportCouncilMapAlgorithm(KipBaseAlgorithm, PeriodParameters):
    """Cover page with key figures and an overview map, then one page per district, in one PDF."""

    INPUT = "INPUT"
    COMBINATIONS = "COMBINATIONS"
    CONFLICTS = "CONFLICTS"
    THEMES = "THEMES"
    DISTRICTS = "DISTRICTS"
    NAME_FIELD = "NAME_FIELD"
    TITLE = "TITLE"
    EMPTY_DISTRICTS = "EMPTY_DISTRICTS"
    PAGE_SIZE = "PAGE_SIZE"
    CONTEXT = "CONTEXT"
    BACKGROUND = "BACKGROUND"
    TEMPLATE = "TEMPLATE"
    OUTPUT = "OUTPUT"
    PAGES = "PAGES"
    WORKS = "WORKS"
    COMBINATION_COUNT = "COMBINATION_COUNT"
    CONFLICT_COUNT = "CONFLICT_COUNT"

    PAGE_SIZES = (I.A3, I.A4)

    def name(self) -> str:
        return "exportcouncilmap"

    def displayName(self) -> str:
        return tr("Export council map (PDF)")

    def group(self) -> str:
        return tr("Council maps")

    def groupId(self) -> str:
        return "councilmaps"

    def shortHelpString(self) -> str:
        return tr(
            "Makes one PDF for the council: a cover page with the title, the date, the period, an overview "
            "map of all works by department or partner and the key figures (works, combinations, digs saved, "
            "conflicts), then one page per district with a map of its works, combinations and conflicts, a "
            "legend, scale bar and north arrow, the district's timeline and a table of its works.\n\n"
            "Only works that are not done or cancelled and that overlap the period are shown. The period runs "
            "from the start date (empty: today) to the end date (empty: 24 months later). Districts without "
            "works in the period are skipped (and named on the cover) or get a page saying so. Without a "
            "district layer the pages cover a grid of squares over the works (one page when they lie close "
            "together). The district names come from the name field, else from a field called name, naam or "
            "statnaam. A district whose works or conflicts do not fit on its page continues on the next.\n\n"
            "The combination and conflict layers are the outputs of 'Detect combinable works' and 'Detect "
            "conflicts'; without them the map shows the works only. The background (e.g. BGT or NWB roads, an "
            "OpenStreetMap extract, the PDOK map) is drawn under everything, with street names on the district "
            "pages; without one KIP uses the streets it ships with where they cover the works.\n\n"
            "Each district page also says whose money its works involve (project and maintenance budgets) and what "
            "combining saves on reinstatement, when the works and combinations carry those figures. THEMES, the theme "
            "areas written by 'Theme signals', add a page per theme area after the districts: its works, timeline and "
            "how the works serve the theme."
        )

    def flags(self):
        # Layouts draw text and pictures, which Qt only allows on the main thread.
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def createInstance(self) -> "ExportCouncilMapAlgorithm":
        return ExportCouncilMapAlgorithm()

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(
            QgsProcessingParameterMultipleLayers(self.INPUT, tr("Works layers"), QgsProcessing.TypeVectorPolygon)
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.COMBINATIONS, tr("Combinations (from 'Detect combinable works')"),
                [QgsProcessing.TypeVectorAnyGeometry], optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.CONFLICTS, tr("Conflicts (from 'Detect conflicts')"), [QgsProcessing.TypeVectorAnyGeometry],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.THEMES, tr("Theme areas (from 'Theme signals'): a page each"), [QgsProcessing.TypeVectorPolygon],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.DISTRICTS, tr("Districts (one page each; empty: a grid over the works)"),
                [QgsProcessing.TypeVectorPolygon], optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.NAME_FIELD, tr("District name field"), parentLayerParameterName=self.DISTRICTS, optional=True
            )
        )
        self.add_period()
        self.addParameter(QgsProcessingParameterString(self.TITLE, tr("Title"), default_title()))
        self.addParameter(
            QgsProcessingParameterEnum(
                self.EMPTY_DISTRICTS, tr("Districts without works in the period"),
                [tr("Skip them (they are named on the cover)"), tr("Give them a page saying no works are planned")],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.PAGE_SIZE, tr("Page size"), [tr("A3 landscape"), tr("A4 landscape")], defaultValue=0
            )
        )
        self.addParameter(
            QgsProcessingParameterMapLayer(
                self.BACKGROUND, tr("Background map (empty: the streets shipped with KIP where they cover the works)"),
                optional=True,
            )
        )
        context = QgsProcessingParameterMultipleLayers(
            self.CONTEXT, tr("Context layers drawn under the works (e.g. neighbourhoods)"),
            QgsProcessing.TypeVectorAnyGeometry, optional=True,
        )
        template = QgsProcessingParameterFile(
            self.TEMPLATE, tr("Layout template (a .qpt made from KIP's council map)"),
            extension="qpt", optional=True,
        )
        for parameter in (context, template):
            parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
            self.addParameter(parameter)
        self.addParameter(
            QgsProcessingParameterFileDestination(self.OUTPUT, tr("Council map (PDF)"), tr("PDF files (*.pdf)"))
        )
        self.addOutput(QgsProcessingOutputNumber(self.PAGES, tr("Pages")))
        self.addOutput(QgsProcessingOutputNumber(self.WORKS, tr("Works")))
        self.addOutput(QgsProcessingOutputNumber(self.COMBINATION_COUNT, tr("Combinations")))
        self.addOutput(QgsProcessingOutputNumber(self.CONFLICT_COUNT, tr("Conflicts")))

    def _request(self, parameters, context: QgsProcessingContext) -> CouncilMapRequest:
        works = [l for l in self.parameterAsLayerList(parameters, self.INPUT, context) if isinstance(l, QgsVectorLayer)]
        districts = self.parameterAsSource(parameters, self.DISTRICTS, context)
        background = self.parameterAsLayer(parameters, self.BACKGROUND, context)
        period = self.period(parameters, context)
        context_layers = [
            layer.clone()  # restyled for print; the user's layer stays as it is
            for layer in self.parameterAsLayerList(parameters, self.CONTEXT, context)
            if isinstance(layer, QgsVectorLayer)
        ]
        return CouncilMapRequest(
            works=works,
            districts=districts,
            name_field=self.parameterAsString(parameters, self.NAME_FIELD, context),
            period=period,
            title=self.parameterAsString(parameters, self.TITLE, context).strip() or default_title(),
            page_size=self.PAGE_SIZES[self.parameterAsEnum(parameters, self.PAGE_SIZE, context)],
            with_empty=self.parameterAsEnum(parameters, self.EMPTY_DISTRICTS, context) == 1,
            combinations=self.parameterAsSource(parameters, self.COMBINATIONS, context),
            conflicts=self.parameterAsSource(parameters, self.CONFLICTS, context),
            themes=self.parameterAsSource(parameters, self.THEMES, context),
            context=context_layers,
            template=self.parameterAsFile(parameters, self.TEMPLATE, context) or None,
            background=background.clone() if background is not None else None,  # restyled for print
        )

    def execute(self, parameters, context: QgsProcessingContext, feedback: QgsProcessingFeedback) -> dict:
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        steps = QgsProcessingMultiStepFeedback(2, feedback)
        if feedback.isCanceled():
            steps.cancel()  # the steps only hear of a cancel that comes after they were made
        project = QgsProject()  # a private project: the user's project gets no layout or layers from this run
        try:
            check_output(output)
            request = self._request(parameters, context)
            if context.project() is not None:
                project.setCrs(context.project().crs())
            elif request.works:
                project.setCrs(request.works[0].crs())
            project.setTransformContext(context.transformContext())
            layout, council = make_council_map(request, project, feedback.pushWarning, steps)
            steps.setCurrentStep(1)
            steps.setProgressText(tr("Writing {pages} pages…").format(pages=council.page_count))
            pages = export_pdf(layout, output, steps)
        finally:
            project.clear()
        feedback.pushInfo(
            tr("Wrote {pages} pages to {path}.").format(pages=pages, path=output)
        )
        figures = council.figures
        return {
            self.OUTPUT: output,
            self.PAGES: pages,
            self.WORKS: figures.works,
            self.COMBINATION_COUNT: figures.combinations if figures.combinations is not None else 0,
            self.CONFLICT_COUNT: figures.conflicts if figures.conflicts is not None else 0,
        }
