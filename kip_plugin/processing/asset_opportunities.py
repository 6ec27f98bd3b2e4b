"""kip:assetopportunities: planned digs that meet assets due for renewal, with the cost of each option."""
from __future__ import annotations

from qgis.core import (
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterString,
)

from ..core import schema as S
from ..i18n import tr
from .tactical_base import KipTacticalAlgorithm

WORK_FIELDS = (S.F_WORK_ID, S.F_TITLE, S.F_OWNER, S.F_WORK_TYPE, S.F_STATUS, S.F_START, S.F_END, S.F_EXCAVATION)


class AssetOpportunitiesAlgorithm(KipTacticalAlgorithm):
    """Where a planned dig meets a road section, sewer pipe or street light that is due for renewal soon."""

    ROADS, ROADS_MAPPING = "ROADS", "ROADS_MAPPING"
    SEWERS, SEWERS_MAPPING = "SEWERS", "SEWERS_MAPPING"
    LIGHTING, LIGHTING_MAPPING = "LIGHTING", "LIGHTING_MAPPING"
    HORIZON_YEARS = "HORIZON_YEARS"
    DISTANCE = "DISTANCE"
    REFERENCE_YEAR = "REFERENCE_YEAR"
    N_OPPORTUNITIES = "N_OPPORTUNITIES"
    DIGS_SAVED = "DIGS_SAVED"
    N_UNUSABLE = "N_UNUSABLE"

    LAYERS = ((ROADS, ROADS_MAPPING, "road_section"), (SEWERS, SEWERS_MAPPING, "sewer_pipe"),
              (LIGHTING, LIGHTING_MAPPING, "lighting"))

    def name(self) -> str:
        return "assetopportunities"

    def displayName(self) -> str:
        return tr("Asset opportunities: renew in a planned dig")

    def shortHelpString(self) -> str:
        return tr(
            "Finds road sections, sewer pipes and street lights that a planned dig of the KIP meets (at most DISTANCE "
            "metres away) while their renewal is due within HORIZON_YEARS of the dig's year.\n\n"
            "Each asset's renewal window follows from the year it was laid (or last renewed) and the life of its "
            "material in the asset rule file, longer with preventive maintenance; a poor condition (NEN 2767 class 5 "
            "or 6) makes it due within a few years of REFERENCE_YEAR.\n\n"
            "For the first such dig the output proposes two options with their cost: renew the asset in that dig "
            "(the renewal cost, and the book value written off straight-line because it is renewed early), or extend "
            "its life to the next planned dig there. The advice is the cheaper extra cost; either way the renewal "
            "needs no dig of its own.\n\n"
            "The asset layers are read through a mapping, one line per field: 'asset_id = vaknummer', "
            "'year_laid = aanlegjaar', 'material = verhardingssoort', 'last_maintenance', 'preventive', "
            "'condition', 'name', 'owner', 'asset_type'. Empty: guessed from the field names.\n\n"
            "Fill in the 'decision' field of a proposal ('renew' or 'extend') and run 'Accept asset proposals' to "
            "turn it into a work (status idea) of the asset's owner. STORE: the KIP (empty: the KIP of this project)."
        )

    def initAlgorithm(self, config=None) -> None:
        from ..core.assets import load_asset_rules

        rules = load_asset_rules()
        self.add_store_parameter()
        for layer_key, mapping_key, _kind in self.LAYERS:
            label, kinds = {
                self.ROADS: (tr("Road sections"), [QgsProcessing.TypeVectorPolygon]),
                self.SEWERS: (tr("Sewer pipes"), [QgsProcessing.TypeVectorLine]),
                self.LIGHTING: (tr("Street lights"), [QgsProcessing.TypeVectorPoint]),
            }[layer_key]
            self.addParameter(QgsProcessingParameterFeatureSource(layer_key, label, kinds, optional=True))
            self.addParameter(QgsProcessingParameterString(
                mapping_key, tr("Mapping of '{layer}' (empty: guessed from the field names)").format(layer=label),
                multiLine=True, optional=True))
        self.add_number(self.HORIZON_YEARS, tr("Renewal due within (years after the dig)"), rules.horizon_years, whole=True)
        self.add_number(self.DISTANCE, tr("Maximum distance between a dig and an asset (m)"), rules.distance)
        self.add_number(self.REFERENCE_YEAR, tr("Reference year of the conditions"), self.this_year(), whole=True,
                        minimum=1900)
        self.add_rule_file(tr("Asset rule file (empty: the rules shipped with KIP)"))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Asset opportunities"), QgsProcessing.TypeVectorPolygon))
        self.addOutput(QgsProcessingOutputNumber(self.N_OPPORTUNITIES, tr("Number of asset opportunities")))
        self.addOutput(QgsProcessingOutputNumber(self.DIGS_SAVED, tr("Digs saved")))
        self.addOutput(QgsProcessingOutputNumber(self.N_UNUSABLE, tr("Assets that could not be used")))

    def compute(self, parameters, context, feedback) -> dict:
        from ..core.assets import load_asset_rules, renewal_windows
        from ..core.opportunities import find_opportunities
        from ..core.rules import load_rules
        from ..tactical import proposals as P
        from ..tactical import styles
        from ..tactical.asset_reader import AssetInput, read_asset_layer

        store = self.store(parameters, context, writable=False)
        asset_rules = load_asset_rules(self.parameterAsFile(parameters, self.RULES, context) or None)
        assets_in = AssetInput()
        given = 0
        for layer_key, mapping_key, kind in self.LAYERS:
            source = self.parameterAsSource(parameters, layer_key, context)
            if source is None:
                continue
            given += 1
            name = source.sourceName() or layer_key
            read_asset_layer(source, name, kind, self.parameterAsString(parameters, mapping_key, context),
                             asset_rules, store.crs, context.transformContext(), assets_in, feedback)
        if not given:
            raise QgsProcessingException(tr("Give at least one asset layer: road sections, sewer pipes or street lights."))
        for note in assets_in.notes:
            feedback.pushInfo(note)
        self.warn_all(feedback, assets_in.problems)
        feedback.setProgress(20)
        data = self.read_works(store, feedback, WORK_FIELDS)
        assets = assets_in.assets()
        windows = renewal_windows(assets, asset_rules, self.parameterAsInt(parameters, self.REFERENCE_YEAR, context))
        found = find_opportunities(
            data.works, assets, windows, asset_rules, load_rules(),
            self.parameterAsInt(parameters, self.HORIZON_YEARS, context),
            self.parameterAsDouble(parameters, self.DISTANCE, context),
            self.progress(feedback, 40, 90),
        )
        fields = P.proposal_fields()
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, P.WKB_TYPE, data.crs)
        writer = P.ProposalWriter(data.works, assets, windows, asset_rules, {p.code: p.name for p in store.parties()})
        for feature in writer.features(found, fields):
            sink.addFeature(feature, QgsFeatureSink.FastInsert)
        styles.load_as(context, dest, styles.PROPOSALS)
        # The pipes of one street renewed in one dig are one trench saved, not one per pipe.
        digs = len({(int(w), str(assets.types[a])) for w, a, d in zip(found.work, found.asset, found.digs_saved) if d})
        feedback.pushInfo(tr("{assets} assets read; {n} can be renewed in a planned dig ({renew} advised to renew now, "
                             "{extend} to extend), saving {digs} digs.").format(
            assets=len(assets), n=len(found), renew=int((found.advice == "renew").sum()),
            extend=int((found.advice == "extend").sum()), digs=digs))
        feedback.setProgress(100)
        return {self.OUTPUT: dest, self.N_OPPORTUNITIES: len(found), self.DIGS_SAVED: digs,
                self.N_UNUSABLE: assets_in.unusable}
