"""What the import and export algorithms share: the store parameter, the party, the outputs."""
from __future__ import annotations

import os
from typing import Any, Dict

from qgis.core import (
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..core.schema import QT_TRANSLATE_NOOP
from ..i18n import tr
from ..importer.engine import MODES, ImportResult
from ..importer.report import (
    change_features,
    change_fields,
    rejected_features,
    rejected_fields,
    rejected_wkb,
    summary_text,
)
from ..store.kipstore import KipStore
from .algorithm import KipBaseAlgorithm
from .store_parameter import KipStoreParameter, store_of_parameter
from ..core.errors import Cancelled, KipError, StoreError


class KipIoAlgorithm(KipBaseAlgorithm):
    """Base of KIP's import and export algorithms: group, icon, the store and the party."""

    STORE = "STORE"
    OWNER = "OWNER"

    def group(self) -> str:
        return tr("Import and export")

    def groupId(self) -> str:
        return "importexport"

    def add_store_parameter(self) -> None:
        """STORE: the KIP (a GeoPackage or a shared KIP's URI); empty means the KIP open in the current project."""
        self.addParameter(
            KipStoreParameter(self.STORE, tr("KIP store (empty: the KIP open in this project)"), optional=True)
        )

    def store(self, parameters: Dict[str, Any], context: QgsProcessingContext, writable: bool = True) -> KipStore:
        """The KIP store to work on, checked; a clear message when there is none."""
        store = store_of_parameter(self, parameters, self.STORE, context)
        if writable and store.read_only:
            raise QgsProcessingException(
                tr("The KIP store '{path}' is read-only; nothing was imported.").format(path=store.path)
            )
        return store

    def owner(self, parameters: Dict[str, Any], context: QgsProcessingContext, store: KipStore) -> str:
        """The party the delivery belongs to; it must exist in the store."""
        code = (self.parameterAsString(parameters, self.OWNER, context) or "").strip()
        if store.party(code) is None:
            raise QgsProcessingException(
                tr("'{code}' is not a department or partner of this KIP; use one of: {codes} (or add it first).").format(
                    code=code, codes=", ".join(p.code for p in store.parties())
                )
            )
        if not store.read_only and not store.may_edit(code):
            raise QgsProcessingException(
                tr("You may not change the works of '{code}' in this shared KIP; nothing was imported. You may "
                   "change those of: {codes}.").format(code=code, codes=", ".join(sorted(store.editable_parties())))
            )
        return code


class KipImportAlgorithm(KipIoAlgorithm):
    """Shared parameters and outputs of the import algorithms."""

    MODE = "MODE"
    CANCEL_MISSING = "CANCEL_MISSING"
    REJECTED = "REJECTED"
    CHANGES = "CHANGES"
    ROWS_READ = "ROWS_READ"
    IMPORTED = "IMPORTED"
    UPDATED = "UPDATED"
    UNCHANGED = "UNCHANGED"
    REJECTED_COUNT = "REJECTED_COUNT"
    MISSING = "MISSING"
    CANCELLED = "CANCELLED"
    SUMMARY = "SUMMARY"

    def add_owner_parameter(self, default: str = "", optional: bool = False) -> None:
        """OWNER: the code of the department or partner."""
        self.addParameter(QgsProcessingParameterString(
            self.OWNER, tr("Department or partner (code)"), defaultValue=default or None, optional=optional))

    def add_mode_parameters(self) -> None:
        """MODE (append/replace) and CANCEL_MISSING."""
        self.addParameter(
            QgsProcessingParameterEnum(
                self.MODE, tr("Mode"),
                options=[tr("Append: add new works, update works with a known id"),
                         tr("Replace: this delivery replaces the party's previous one")],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.CANCEL_MISSING, tr("Replace mode: mark works missing from the delivery as cancelled"), defaultValue=False
            )
        )

    def add_outputs(self) -> None:
        """REJECTED and CHANGES layers and the numbers."""
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.REJECTED, tr("Rejected rows"), QgsProcessing.TypeVectorAnyGeometry, optional=True, createByDefault=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.CHANGES, tr("Change report"), QgsProcessing.TypeVectorPolygon, optional=True, createByDefault=True
            )
        )
        for key, title in (
            (self.ROWS_READ, tr("Rows read")), (self.IMPORTED, tr("Imported")), (self.UPDATED, tr("Updated")),
            (self.UNCHANGED, tr("Unchanged")), (self.REJECTED_COUNT, tr("Rejected")),
            (self.MISSING, tr("No longer delivered")), (self.CANCELLED, tr("Cancelled")),
        ):
            self.addOutput(QgsProcessingOutputNumber(key, title))
        self.addOutput(QgsProcessingOutputString(self.SUMMARY, tr("Summary")))

    def mode(self, parameters, context) -> str:
        """APPEND or REPLACE."""
        return MODES[self.parameterAsEnum(parameters, self.MODE, context)]

    def run_guarded(self, function):
        """Run ``function``; a cancel or a store error ends the import with a message that says nothing was written."""
        try:
            return function()
        except Cancelled:
            raise QgsProcessingException(tr("The import was cancelled; nothing was written to the KIP.")) from None
        except StoreError as error:
            if error.complete:
                raise
            raise KipError(QT_TRANSLATE_NOOP("@default", "Nothing was imported: {error}"), error=error) from None

    def write_outputs(self, parameters, context, feedback: QgsProcessingFeedback, result: ImportResult,
                      source_fields, source_wkb, source_crs, store: KipStore) -> Dict[str, Any]:
        """Fill the REJECTED and CHANGES layers; return the algorithm's results."""
        outputs: Dict[str, Any] = {}
        fields = rejected_fields(source_fields)
        wkb = rejected_wkb(result, source_wkb) if source_wkb != QgsWkbTypes.NoGeometry else source_wkb
        sink, dest = self.parameterAsSink(parameters, self.REJECTED, context, fields, wkb, source_crs)
        if sink is not None:
            _fill(sink, rejected_features(result, fields, wkb), tr("Rejected rows"))
            outputs[self.REJECTED] = dest
        cfields = change_fields()
        sink, dest = self.parameterAsSink(parameters, self.CHANGES, context, cfields, QgsWkbTypes.MultiPolygon, store.crs)
        if sink is not None:
            _fill(sink, change_features(result, cfields), tr("Change report"))
            outputs[self.CHANGES] = dest
        del sink
        missing = result.missing
        summary = summary_text(result)
        for line in summary.splitlines():
            feedback.pushInfo(line)
        for row in result.rejected[:20]:
            feedback.reportError(tr("Row {row}: {reason}").format(row=row.number, reason=row.reason), False)
        if result.rejected_count > 20:
            feedback.pushInfo(tr("… and {n} more rejected rows: see the rejected layer.").format(n=result.rejected_count - 20))
        outputs.update({
            self.ROWS_READ: result.rows_read, self.IMPORTED: result.imported, self.UPDATED: result.updated,
            self.UNCHANGED: result.unchanged, self.REJECTED_COUNT: result.rejected_count, self.MISSING: missing,
            self.SUMMARY: summary, self.CANCELLED: result.cancelled,
        })
        return outputs


def _fill(sink, features, title: str, batch: int = 10_000) -> None:
    """Write features to an output in batches; a refused batch is an error (the import itself is saved)."""
    chunk = []
    for feature in features:
        chunk.append(feature)
        if len(chunk) >= batch:
            _write_chunk(sink, chunk, title)
            chunk = []
    if chunk:
        _write_chunk(sink, chunk, title)


def _write_chunk(sink, chunk, title: str) -> None:
    if not sink.addFeatures(chunk, QgsFeatureSink.FastInsert):
        error = sink.lastError() if hasattr(sink, "lastError") else ""
        raise QgsProcessingException(
            tr("The import was saved in the KIP, but the output '{output}' could not be written: {error}").format(
                output=title, error=error or tr("unknown error"))
        )


def source_label(path: str) -> str:
    """What the ``source`` field says for works from a delivery file."""
    return "import:" + os.path.basename(path.split("|")[0]) if path else "import"

