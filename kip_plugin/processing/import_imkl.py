"""kip:importimkl: the cables and pipes of a KLIC delivery (IMKL 2.0) into the KIP, for the subsurface."""
from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
)

from ..i18n import error_text, tr
from .tactical_base import KipTacticalAlgorithm


class ImportImklAlgorithm(KipTacticalAlgorithm):
    """Reads the cables and pipes of a KLIC delivery: their route, theme and operator."""

    INPUT = "INPUT"
    N_LINKS = "N_LINKS"
    METRES = "METRES"
    N_OPERATORS = "N_OPERATORS"
    N_PROBLEMS = "N_PROBLEMS"

    def name(self) -> str:
        return "importimkl"

    def displayName(self) -> str:
        return tr("Import KLIC delivery (IMKL 2.0)")

    def shortHelpString(self) -> str:
        return tr(
            "Reads the cables and pipes of a KLIC delivery in IMKL 2.0: the GML file "
            "(GI_gebiedsinformatielevering_….xml) or the zip the Kadaster sends.\n\n"
            "Each cable or pipe follows its routes (UtilityLink); its theme comes from its network "
            "(laagspanning, gasLageDruk, water, datatransport, …) and its operator from the network's source code, "
            "named as the delivery names it. Cable beds and ducts count as the number of cables they hold.\n\n"
            "The routes go into the table 'utility_links' of the KIP store (made when missing), where 'Subsurface "
            "congestion' finds them; importing the same delivery again replaces its routes. OUTPUT shows what was "
            "imported. Cables whose route is missing from the file are listed, not dropped silently. "
            "STORE: the KIP (empty: the KIP of this project)."
        )

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(QgsProcessingParameterFile(
            self.INPUT, tr("KLIC delivery (IMKL 2.0 .xml or .zip)"), QgsProcessingParameterFile.File,
            fileFilter=tr("KLIC deliveries (*.xml *.gml *.zip)")))
        self.add_store_parameter()
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Cables and pipes (KLIC)"), QgsProcessing.TypeVectorLine, None, True, True))
        for key, label in ((self.N_LINKS, tr("Routes of cables and pipes")), (self.METRES, tr("Metres of cables and pipes")),
                           (self.N_OPERATORS, tr("Operators")), (self.N_PROBLEMS, tr("Problems in the delivery"))):
            self.addOutput(QgsProcessingOutputNumber(key, label))

    def compute(self, parameters, context, feedback) -> dict:
        from ..core.imkl import read_imkl
        from ..tactical import styles
        from ..tactical.utility_links import (
            WKB_TYPE, link_features, link_fields, now_text, store_delivery, transform_for,
        )

        path = self.parameterAsFile(parameters, self.INPUT, context)
        store = self.store(parameters, context)
        deliveries = read_imkl(path)
        fields = link_fields()
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, WKB_TYPE, store.crs)
        imported_at = now_text()
        links = problems = 0
        metres = 0.0
        operators = set()
        for number, delivery in enumerate(deliveries):
            if feedback.isCanceled():
                raise QgsProcessingException(tr("Cancelled; the deliveries before it were imported."))
            for problem in delivery.problems:
                feedback.pushWarning(tr("{file}: {problem}").format(file=delivery.name, problem=error_text(problem)))
            if delivery.unreferenced_links:
                feedback.pushInfo(tr("{file}: {n} routes belong to no cable or pipe and were left out.").format(
                    file=delivery.name, n=delivery.unreferenced_links))
            features = link_features(delivery, fields, transform_for(delivery, store.crs, context.transformContext()),
                                     imported_at)
            name = f"{Path(path).name}:{delivery.name}" if Path(path).suffix.lower() == ".zip" else delivery.name
            for feature in features:
                feature["delivery"] = name
            store_delivery(store, features, name)
            if sink is not None:
                for feature in features:
                    sink.addFeature(feature, QgsFeatureSink.FastInsert)
            links += len(features)
            metres += sum(f["length_m"] * f["cables"] for f in features)
            operators |= {link.operator_code for link in delivery.links}
            problems += len(delivery.problems)
            feedback.setProgress(100.0 * (number + 1) / len(deliveries))
        feedback.pushInfo(tr("{links} routes of cables and pipes imported ({metres} m, {operators} operators) into "
                             "'{path}'.").format(links=links, metres=round(metres), operators=len(operators), path=store.path))
        result = {self.N_LINKS: links, self.METRES: round(metres, 1), self.N_OPERATORS: len(operators),
                  self.N_PROBLEMS: problems}
        if sink is not None:
            result[self.OUTPUT] = dest
            styles.load_as(context, dest, styles.LINKS)
        return result
