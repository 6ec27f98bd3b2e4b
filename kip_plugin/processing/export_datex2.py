"""kip:exportdatex2 — the works as a DATEX II situation publication, for the national road-works platform."""
from __future__ import annotations

import datetime as _dt
import os
import tempfile
from typing import Any, Dict

import numpy as np
from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)

from ..i18n import tr
from .import_common import KipIoAlgorithm


class ExportDatex2Algorithm(KipIoAlgorithm):
    """Active works (all, or some parties') as DATEX II v3 situations, the municipality as source."""

    PARTIES = "PARTIES"
    SOURCE = "SOURCE"
    SUPPLIER = "SUPPLIER"
    OUTPUT = "OUTPUT"
    COUNT = "COUNT"

    def name(self) -> str:
        return "exportdatex2"

    def displayName(self) -> str:
        return tr("Export road works (DATEX II)")

    def shortHelpString(self) -> str:
        return tr(
            "Writes the works that are not done or cancelled as a DATEX II (version 3) situation publication, the "
            "format in which the Dutch national road-works platform (NDW, Melvin) exchanges road works and events.\n\n"
            "Each work is a situation with one record: a road closure when the work closes the road, otherwise "
            "maintenance or construction works or a public event. The record holds the period, the disruption as "
            "severity, the status as probability (idea: risk of, planned: probable, in preparation or execution: "
            "certain), the title and party as public comment, and the location in WGS 84: a line along the middle "
            "of a long, narrow work, or a point inside any other. The municipality is the source of every record "
            "(SOURCE; empty: the KIP's title) and the supplier of the publication (SUPPLIER, e.g. its NDW supplier "
            "code). Works that can be combined refer to each other as related situations. Only public fields are "
            "written.\n\nPARTIES: codes separated by commas (empty: all). The file can be read again with "
            "'Import road works (DATEX II)'."
        )

    def initAlgorithm(self, config=None) -> None:
        self.add_store_parameter()
        self.addParameter(QgsProcessingParameterString(self.PARTIES, tr("Only these parties (codes)"), optional=True))
        source = QgsProcessingParameterString(self.SOURCE, tr("Source: the municipality (empty: the KIP's title)"),
                                              optional=True)
        supplier = QgsProcessingParameterString(self.SUPPLIER, tr("Supplier code (national identifier)"),
                                                defaultValue="KIP", optional=True)
        for parameter in (source, supplier):
            parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
            self.addParameter(parameter)
        self.addParameter(
            QgsProcessingParameterFileDestination(self.OUTPUT, tr("DATEX II publication"), tr("DATEX II (*.xml)"))
        )
        self.addOutput(QgsProcessingOutputNumber(self.COUNT, tr("Works exported")))

    def execute(self, parameters: Dict[str, Any], context: QgsProcessingContext,
                feedback: QgsProcessingFeedback) -> Dict[str, Any]:
        from ..core.combinations import detect_combinations
        from ..core.events import subset
        from ..core.rules import load_rules
        from ..residents import datex2
        from ..residents.inputs import read_public, to_wgs84
        from .works_algorithm import report_input

        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not path.lower().endswith(".xml"):
            raise QgsProcessingException(
                tr("Choose a file ending in .xml, not '{name}'.").format(name=os.path.basename(path))
            )
        store = self.store(parameters, context, writable=False)
        wanted = [c.strip() for c in self.parameterAsString(parameters, self.PARTIES, context).split(",") if c.strip()]
        known = {p.code for p in store.parties()}
        unknown = [c for c in wanted if c not in known]
        if unknown:
            raise QgsProcessingException(
                tr("Unknown parties: {codes}; this KIP has: {known}.").format(codes=", ".join(unknown),
                                                                            known=", ".join(sorted(known)))
            )
        rules = load_rules()
        data, public = read_public(store, feedback, rules)
        report_input(data, feedback)
        works = data.works
        chosen = works.active & (np.isin(works.owners, wanted) if wanted else True)
        indices = np.flatnonzero(chosen)
        exported = subset(works, indices)
        feedback.setProgressText(tr("Finding works that can be combined…"))

        def progress(fraction: float) -> bool:
            feedback.setProgress(30 + 40 * fraction)
            return not feedback.isCanceled()

        _pairs, clusters = detect_combinations(exported, rules, progress=progress)
        related = [[] for _ in indices]
        for k in range(len(clusters)):
            members = clusters.members(k)
            for m in members:
                related[m] = [str(exported.ids[o]) for o in members if o != m]
        shapes = np.array([datex2.location_shape(g) for g in exported.geoms], dtype=object)
        locations = to_wgs84(shapes, data.crs)
        items = [datex2.DatexWork(public[int(i)], locations[n], related[n]) for n, i in enumerate(indices)]
        source = self.parameterAsString(parameters, self.SOURCE, context).strip() or store.meta.get("title") or "KIP"
        supplier = self.parameterAsString(parameters, self.SUPPLIER, context).strip() or "KIP"
        xml = datex2.situation_publication(items, source, supplier, _dt.datetime.now(_dt.timezone.utc))
        _write(path, xml)
        feedback.pushInfo(tr("{n} works written to '{path}' ({combined} of them with related works).").format(
            n=len(items), path=path, combined=sum(1 for r in related if r)))
        return {self.OUTPUT: path, self.COUNT: len(items)}


def _write(path: str, data: bytes) -> None:
    """Write ``data`` to ``path`` as a whole, or leave ``path`` as it was."""
    folder = os.path.dirname(os.path.abspath(path))
    try:
        os.makedirs(folder, exist_ok=True)
        handle, partial = tempfile.mkstemp(prefix=".kip-", suffix=".xml", dir=folder)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(partial, 0o644)  # readable like any other export, not private as a temporary file
        os.replace(partial, path)
    except OSError as error:
        raise QgsProcessingException(
            tr("Could not write '{path}': {error}").format(path=path, error=error.strerror or str(error))
        )
