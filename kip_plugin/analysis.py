"""Analyse a KIP: combinations and conflicts of all its works, as styled result layers.

Used by the toolbar action "Analyse" (through ``analysis_task``) and by scripts
(``analyse_store``). The Processing algorithms do the same, one at a time.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional, Sequence

from qgis.core import QgsFeedback, QgsProject, QgsVectorFileWriter, QgsVectorLayer, QgsWkbTypes

from . import log
from .core.combinations import Clusters, Pairs, detect_combinations
from .core.conflicts import Conflicts, find_conflicts
from .core.rules import Rules, load_rules
from .detection import results, styles
from .detection.checks import ReaderError
from .detection.describe import summary_text
from .detection.reader import WorksInput, read_works
from .i18n import tr

ROLES = (styles.CLUSTERS, styles.PAIRS, styles.WORKS, styles.CONFLICTS)
# Top to bottom in the layer tree: lines over areas, so that all stay visible.
DISPLAY_ORDER = (styles.CONFLICTS, styles.PAIRS, styles.CLUSTERS, styles.WORKS)


@dataclass
class Analysis:
    """Everything one analysis found, before it becomes layers."""

    data: WorksInput
    rules: Rules
    pairs: Pairs
    clusters: Clusters
    conflicts: Conflicts
    features: Dict[str, tuple] = field(default_factory=dict)  # role -> (fields, geometry type, features)
    layers: Dict[str, QgsVectorLayer] = field(default_factory=dict)

    @property
    def unusable(self) -> int:
        """Works that could not be used."""
        return sum(1 for p in self.data.problems if p.feature is not None)

    @property
    def summary(self) -> str:
        """'38 combinations saving 41 digs; 12 conflicts', plus the unusable works if any."""
        text = summary_text(len(self.clusters), int(self.clusters.digs_saved.sum()), len(self.conflicts))
        if self.unusable:
            text += tr("; {n} works could not be used (see the KIP log)").format(n=self.unusable)
        return text


def _steps(feedback: Optional[QgsFeedback], start: float, end: float) -> Optional[Callable[[float], bool]]:
    if feedback is None:
        return None

    def report(fraction: float) -> bool:
        feedback.setProgress(start + (end - start) * fraction)
        return not feedback.isCanceled()

    return report


def analyse(sources: Sequence, rules: Optional[Rules] = None, feedback: Optional[QgsFeedback] = None) -> Analysis:
    """Read the works of ``sources`` (layers, or prepared sources) and detect; safe in a background thread."""
    rules = rules or load_rules()
    data = read_works(sources, feedback)
    for problem in data.problems:
        log.warning(problem.message)
    pairs, clusters = detect_combinations(data.works, rules, progress=_steps(feedback, 30, 60))
    conflicts = find_conflicts(data.works, rules, progress=_steps(feedback, 60, 90), group_closures=True)
    return Analysis(data, rules, pairs, clusters, conflicts)


def result_features(analysis: Analysis) -> Dict[str, tuple]:
    """The features of the four results; safe in a background thread."""
    data, clusters = analysis.data, analysis.clusters
    works_type = data.wkb_type or QgsWkbTypes.MultiPolygon
    analysis.features = {
        styles.CLUSTERS: (
            results.cluster_fields(), results.WKB_TYPES["clusters"], list(results.cluster_features(data, clusters))
        ),
        styles.PAIRS: (
            results.pair_fields(), results.WKB_TYPES["pairs"], list(results.pair_features(data, analysis.pairs, clusters))
        ),
        styles.WORKS: (results.works_fields(), works_type, list(results.works_features(data, clusters))),
        styles.CONFLICTS: (
            results.conflict_fields(),
            results.WKB_TYPES["conflicts"],
            list(results.conflict_features(data, analysis.conflicts, analysis.rules.moratorium_years)),
        ),
    }
    return analysis.features


def result_layers(analysis: Analysis) -> Dict[str, QgsVectorLayer]:
    """The four results as styled, time-aware memory layers (make them on the main thread)."""
    layers = {}
    for role in ROLES:
        fields, wkb_type, features = (analysis.features or result_features(analysis))[role]
        uri = f"{QgsWkbTypes.displayString(wkb_type)}?crs={analysis.data.crs.authid()}"
        layer = QgsVectorLayer(uri, styles.layer_title(role), "memory")
        layer.dataProvider().addAttributes(fields.toList())
        layer.updateFields()
        results.write(layer.dataProvider(), features, 0)
        layer.updateExtents()
        styles.style_result(layer, role)
        layers[role] = layer
    analysis.layers = layers
    return layers


def write_results(analysis: Analysis, path: str) -> Dict[str, QgsVectorLayer]:
    """Save the four results in one new GeoPackage at ``path``, each with its style as default."""
    if os.path.exists(path):
        os.remove(path)
    saved = {}
    for role, layer in (analysis.layers or result_layers(analysis)).items():
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = role
        if os.path.exists(path):
            options.actionOnExistingFile = QgsVectorFileWriter.CreateOrOverwriteLayer
        error, message, _path, _layer = QgsVectorFileWriter.writeAsVectorFormatV3(
            layer, path, QgsProject.instance().transformContext(), options
        )
        if error != QgsVectorFileWriter.NoError:
            raise ReaderError(tr("Could not write '{path}': {error}").format(path=path, error=message))
        stored = QgsVectorLayer(f"{path}|layername={role}", styles.layer_title(role), "ogr")
        styles.style_result(stored, role)
        stored.saveStyleToDatabase(role, styles.layer_title(role), True, "")
        saved[role] = stored
    return saved


def show_results(analysis: Analysis, project: QgsProject) -> List[QgsVectorLayer]:
    """Put the result layers in the "KIP results" group, replacing those of an earlier analysis."""
    layers = analysis.layers or result_layers(analysis)
    for role in reversed(DISPLAY_ORDER):  # each goes on top of the group
        styles.put_in_results_group(project, layers[role], replace=True)
    return [layers[role] for role in DISPLAY_ORDER]


def analyse_store(store, feedback: Optional[QgsFeedback] = None, layers=None, out_path: str = "") -> Analysis:
    """Analyse a KIP store (or some of its layers); with ``out_path`` also save the results there."""
    analysis = analyse(layers or [store.works_layer()], feedback=feedback)
    result_layers(analysis)
    if out_path:
        analysis.layers = write_results(analysis, out_path)
    return analysis
