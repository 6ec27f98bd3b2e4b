"""kip:acceptassetproposals: asset proposals with a decision become works (status idea) of the asset's owner."""
from __future__ import annotations

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSource,
)
from qgis.PyQt.QtCore import QDateTime

from ..core import schema as S
from ..core.errors import KipError, StoreError
from ..core.schema import QT_TRANSLATE_NOOP
from ..i18n import tr
from .tactical_base import KipTacticalAlgorithm


class AcceptAssetProposalsAlgorithm(KipTacticalAlgorithm):
    """Turns the proposals marked 'renew' or 'extend' into works of the KIP, in one transaction."""

    INPUT = "INPUT"
    ADDED = "ADDED"
    UPDATED = "UPDATED"
    SKIPPED = "SKIPPED"

    def name(self) -> str:
        return "acceptassetproposals"

    def displayName(self) -> str:
        return tr("Accept asset proposals")

    def shortHelpString(self) -> str:
        return tr(
            "Turns the asset proposals of 'Asset opportunities' whose 'decision' field says 'renew' or 'extend' into "
            "works of the KIP: status idea, owned by the asset's owner, of the type that renews the asset, on the area "
            "the renewal takes.\n\n"
            "Renew: planned in the period of the dig it joins. Extend: planned in the period of the next dig. The "
            "asset's renewal window (and the dig) is the work's flexibility, so that the detection and the schedule "
            "proposal can move it. The budget is maintenance money: the renewal cost, plus the extension for 'extend'.\n\n"
            "Accepting a proposal again updates the work made before (its id is the owner and the asset id). "
            "Proposals without a decision are left alone; proposals that cannot become a work are listed with the "
            "reason. Nothing is written unless all works can be written. STORE: the KIP (empty: the KIP of this project)."
        )

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, tr("Asset opportunities (with decisions)"), [QgsProcessing.TypeVectorPolygon]))
        self.add_store_parameter()
        self.addOutput(QgsProcessingOutputNumber(self.ADDED, tr("Works added")))
        self.addOutput(QgsProcessingOutputNumber(self.UPDATED, tr("Works updated")))
        self.addOutput(QgsProcessingOutputNumber(self.SKIPPED, tr("Proposals that could not be accepted")))

    def compute(self, parameters, context, feedback) -> dict:
        from ..importer.qvalues import to_py, to_qgis
        from ..store.transaction import works_transaction
        from ..tactical import proposals as P

        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(tr("Choose the asset opportunities layer."))
        missing = [f for f in (P.P_DECISION, P.P_ASSET_ID, P.P_OWNER, P.P_RENEWAL_TYPE, P.P_DIG_START)
                   if source.fields().indexOf(f) < 0]
        if missing:
            raise QgsProcessingException(
                tr("The layer '{layer}' is not an output of 'Asset opportunities': it has no field '{field}'.").format(
                    layer=source.sourceName(), field=missing[0]))
        store = self.store(parameters, context)
        parties = {p.code for p in store.parties()}
        transform = None
        if source.sourceCrs().isValid() and source.sourceCrs() != store.crs:
            from qgis.core import QgsCoordinateTransform

            transform = QgsCoordinateTransform(source.sourceCrs(), store.crs, context.transformContext())
        works, problems = [], []
        names = source.fields().names()
        for feature in source.getFeatures():
            values = {name: to_py(feature[name]) for name in names}
            if not str(values.get(P.P_DECISION) or "").strip():
                continue
            where = tr("Proposal {id} (asset '{asset}')").format(id=values.get(P.P_ID) or feature.id(),
                                                                 asset=values.get(P.P_ASSET_ID))
            work, reason = P.work_from_proposal(values)
            if work is not None and work[S.F_OWNER] not in parties:
                work, reason = None, tr("its owner '{owner}' is not a department or partner of this KIP").format(
                    owner=work[S.F_OWNER])
            if work is None:
                problems.append(tr("{where}: {what}.").format(where=where, what=reason))
                continue
            geometry = QgsGeometry(feature.geometry())
            if transform is not None:
                geometry.transform(transform)
            works.append((work, geometry))
        self.warn_all(feedback, problems)
        layer = store.works_layer()
        existing = {}
        request = QgsFeatureRequest().setFilterExpression(
            "\"{f}\" LIKE '%-asset-%'".format(f=S.F_WORK_ID)).setFlags(QgsFeatureRequest.NoGeometry)
        for feature in layer.getFeatures(request):
            existing[feature[S.F_WORK_ID]] = feature.id()
        added = updated = 0
        now = QDateTime.currentDateTimeUtc()
        fields = layer.fields()
        try:
            with works_transaction(layer) as editing:
                for work, geometry in works:
                    if feedback.isCanceled():
                        raise QgsProcessingException(tr("Cancelled; no work was written."))
                    values = {name: to_qgis(value) for name, value in work.items() if fields.indexOf(name) >= 0}
                    values[S.F_UPDATED_AT] = now
                    fid = existing.get(work[S.F_WORK_ID])
                    if fid is None:
                        feature = QgsFeature(fields)
                        for name, value in values.items():
                            feature[name] = value
                        geometry.convertToMultiType()
                        feature.setGeometry(geometry)
                        if not editing.addFeature(feature):
                            raise StoreError(
                                QT_TRANSLATE_NOOP("@default", "could not add '{id}'"),
                                id=work[S.F_WORK_ID])
                        added += 1
                    else:
                        editing.changeAttributeValues(fid, {fields.indexOf(n): v for n, v in values.items()})
                        geometry.convertToMultiType()
                        editing.changeGeometry(fid, geometry)
                        updated += 1
        except StoreError as error:
            raise KipError(QT_TRANSLATE_NOOP("@default", "No work was written: {error}"), error=error)
        feedback.pushInfo(tr("{added} works added and {updated} updated (status idea); {skipped} proposals could not "
                             "be accepted.").format(added=added, updated=updated, skipped=len(problems)))
        return {self.ADDED: added, self.UPDATED: updated, self.SKIPPED: len(problems)}
