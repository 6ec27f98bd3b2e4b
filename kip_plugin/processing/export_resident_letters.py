"""kip:exportresidentletters — a letter per street with works (bewonersbrief), all in one PDF."""
from __future__ import annotations

import datetime as _dt
from typing import Any, Dict

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsProject,
)

from ..i18n import tr
from .residents_common import ResidentsAlgorithm


class ExportResidentLettersAlgorithm(ResidentsAlgorithm):
    """One A4 letter per street with works in the period: map, what, who, when, what to expect, contact."""

    TEMPLATE = "TEMPLATE"
    SENDER = "SENDER"
    OUTPUT = "OUTPUT"
    PAGES = "PAGES"

    def name(self) -> str:
        return "exportresidentletters"

    def displayName(self) -> str:
        return tr("Export letters to residents (PDF)")

    def shortHelpString(self) -> str:
        return tr(
            "Writes one PDF with a letter for every street with works in the period (a bewonersbrief): a small map "
            "of the street with its works, and a table of what is done, by whom, when, what residents will notice "
            "(road closure, digging, disruption) and whom they can ask (the party's contact for residents). Works "
            "that can be combined are one row with one period.\n\n"
            "STREETS: road sections with a street name; sections with the same name that touch form one street "
            "(optional neighbourhoods tell streets of the same name apart). The period runs from START (empty: "
            "today) to END (empty: 24 months later).\n\n"
            "TEMPLATE: a layout template (.qpt) made from KIP's letter template; open resources/layouts/"
            "resident_letter_a4.qpt in the layout designer, change the texts, logo and layout, and save it as a "
            "template of your own. KIP fills the map 'kip_letter_map' and the table 'kip_letter_table'; the texts "
            "come from the letter's fields (street, address, subject, body, closing, footer)."
        )

    def flags(self):
        # Layouts draw text and pictures, which Qt only allows on the main thread.
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def initAlgorithm(self, config=None) -> None:
        self.add_store_parameter()
        self.add_streets(optional=False)
        self.add_period()
        self.addParameter(
            QgsProcessingParameterFile(
                self.TEMPLATE, tr("Letter template (empty: KIP's letter)"), extension="qpt", optional=True
            )
        )
        self.add_language()
        self.add_areas(optional=True)
        sender = QgsProcessingParameterString(self.SENDER, tr("Sender (empty: the KIP's title)"), optional=True)
        for parameter in (sender, self.parameterDefinition(self.AREAS), self.parameterDefinition(self.AREA_NAME_FIELD)):
            parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(sender)
        self.addParameter(
            QgsProcessingParameterFileDestination(self.OUTPUT, tr("Letters (PDF)"), tr("PDF files (*.pdf)"))
        )
        self.addOutput(QgsProcessingOutputNumber(self.PAGES, tr("Pages")))

    def execute(self, parameters: Dict[str, Any], context: QgsProcessingContext,
                feedback: QgsProcessingFeedback) -> Dict[str, Any]:
        from ..residents.language import output_language
        from ..residents.letters import export_letters, make_letters

        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not output.lower().endswith(".pdf"):
            raise QgsProcessingException(tr("Choose a file name ending in .pdf for the letters."))
        if self.parameterAsSource(parameters, self.STREETS, context) is None:
            raise QgsProcessingException(tr("Choose a layer of streets: the letters go to the streets with works."))
        store = self.store(parameters, context, writable=False)
        language = self.language(parameters, context)
        publication, crs = self.publication(parameters, context, feedback, store)
        sender = self.parameterAsString(parameters, self.SENDER, context).strip() or (store.meta.get("title") or "").strip()
        template = self.parameterAsFile(parameters, self.TEMPLATE, context) or None
        project = QgsProject()  # a private project: the user's project gets no layout or layers from this run
        try:
            with output_language(language):
                layout = make_letters(publication, crs, project, template, sender or "KIP", _dt.date.today())
                letters = layout.atlas().count()
                feedback.setProgressText(tr("Writing {n} letters…").format(n=letters))
                pages = export_letters(layout, output, feedback)
        finally:
            project.clear()
        feedback.pushInfo(tr("Wrote {n} letters, one per street with works, to {path}.").format(n=letters, path=output))
        return {self.OUTPUT: output, self.PAGES: pages}
