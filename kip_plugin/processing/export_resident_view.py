"""kip:exportresidentview — an offline web page for residents: map, date slider, search, a page per street."""
from __future__ import annotations

import os
from typing import Any, Dict

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterString,
)

from ..i18n import tr
from .residents_common import ResidentsAlgorithm


class ExportResidentViewAlgorithm(ResidentsAlgorithm):
    """Writes a folder with the resident view: index.html at its top."""

    OUTPUT_FOLDER = "OUTPUT_FOLDER"
    TITLE = "TITLE"
    ATTRIBUTION = "ATTRIBUTION"
    INDEX = "INDEX"
    EVENTS = "EVENTS"
    STREET_PAGES = "STREET_PAGES"

    def name(self) -> str:
        return "exportresidentview"

    def displayName(self) -> str:
        return tr("Export resident view (web page)")

    def shortHelpString(self) -> str:
        return tr(
            "Writes a folder with a web page for residents: a map of the works in the period with a date slider and "
            "a search by street and neighbourhood, a page per neighbourhood and per street with works, an iCalendar "
            "file (.ics) per street, and a GeoJSON feed of the same works. Open index.html from the folder, or put "
            "the folder on any web server: it needs no server code and loads nothing from the internet (the map "
            "library Leaflet is included with its licence; the streets and neighbourhoods are drawn from your "
            "layers, without background map).\n\n"
            "Works that can be combined are shown as one event with one period. Only public fields are published: "
            "title, type, party, period, disruption, road closure, digging and the party's contact for residents. "
            "Budgets, descriptions and the works' contact field are never read.\n\n"
            "STREETS: road sections with a street name (e.g. BGT or NWB); sections with the same name that touch "
            "form one street. AREAS: neighbourhoods. The period runs from START (empty: today) to END (empty: 24 "
            "months later). LANGUAGE: Dutch or English. An existing folder is only replaced when KIP wrote it."
        )

    def initAlgorithm(self, config=None) -> None:
        self.add_store_parameter()
        self.add_streets(optional=True)
        self.add_areas(optional=True)
        self.add_period()
        self.add_language()
        title = QgsProcessingParameterString(self.TITLE, tr("Title (empty: 'Works in public space')"), optional=True)
        attribution = QgsProcessingParameterString(
            self.ATTRIBUTION, tr("Source of the streets and neighbourhoods, shown under the map"), optional=True
        )
        for parameter in (title, attribution):
            parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
            self.addParameter(parameter)
        self.addParameter(QgsProcessingParameterFolderDestination(self.OUTPUT_FOLDER, tr("Folder for the resident view")))
        self.addOutput(QgsProcessingOutputFile(self.INDEX, tr("Map page (index.html)")))
        self.addOutput(QgsProcessingOutputNumber(self.EVENTS, tr("Works and combinations shown")))
        self.addOutput(QgsProcessingOutputNumber(self.STREET_PAGES, tr("Street pages")))

    def execute(self, parameters: Dict[str, Any], context: QgsProcessingContext,
                feedback: QgsProcessingFeedback) -> Dict[str, Any]:
        from ..residents.folder import check_folder
        from ..residents.language import output_language
        from ..residents.site import default_title, write_site

        folder = self.parameterAsString(parameters, self.OUTPUT_FOLDER, context)
        check_folder(folder)
        store = self.store(parameters, context, writable=False)
        language = self.language(parameters, context)
        publication, crs = self.publication(parameters, context, feedback, store)
        feedback.setProgressText(tr("Writing the resident view…"))

        def progress(fraction: float) -> bool:
            feedback.setProgress(60 + 40 * fraction)
            return not feedback.isCanceled()

        with output_language(language):
            title = self.parameterAsString(parameters, self.TITLE, context).strip() or default_title(store.meta.get("title"))
            result = write_site(publication, crs, folder, title,
                                self.parameterAsString(parameters, self.ATTRIBUTION, context).strip(), progress)
        index = os.path.join(result.folder, "index.html")
        feedback.pushInfo(
            tr("Wrote the resident view to {folder}: {events} works and combinations, {streets} street pages, "
               "{areas} neighbourhood pages. Open {index}.").format(
                folder=result.folder, events=result.events, streets=result.streets, areas=result.areas, index=index)
        )
        return {self.OUTPUT_FOLDER: result.folder, self.INDEX: index, self.EVENTS: result.events,
                self.STREET_PAGES: result.streets}
