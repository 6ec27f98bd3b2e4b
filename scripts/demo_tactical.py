"""The tactical part of `make demo`: assets, themes, the subsurface, into out/kip_tactical.gpkg and the project.

Runs KIP's tactical algorithms on the demo store as a user would from the toolbox: the
KLIC delivery of two neighbourhoods is imported into the store, then the asset
opportunities (road and sewer registers), the theme signals (a flooding hot spot and a
neighbourhood going off gas) and the subsurface congestion per street are written to one
GeoPackage, each layer with its style, and shown in the project: the theme layers in the
group "Themes", the others in "KIP results".
"""
from __future__ import annotations

import shutil
from pathlib import Path
from typing import Dict

TACTICAL_LAYERS = ("asset_proposals", "theme_signals", "theme_areas", "subsurface", "crowded_trenches", "utility_links")
# The period of the demo's subsurface question: from the demo's reference day to the end of its plans.
PERIOD = ("2026-11-01", "2030-12-31")
REFERENCE_YEAR = 2026
# Dense layers the user switches on when needed: every street coloured, every cable drawn.
HIDDEN = ("subsurface", "utility_links")


def copy_registers(out: Path) -> Path:
    """The demo's asset registers, theme areas and KLIC delivery, copied next to the other outputs."""
    from kip_plugin.paths import resources_dir

    for name in ("ede_tactical.gpkg", "ede_klic_imkl.xml"):
        shutil.copy(resources_dir() / "demo" / name, out / name)
    return out / "ede_tactical.gpkg"


def surfaces_of(registers: Path) -> str:
    """The road register's sections, whose surfaces price the reinstatement of the combinations."""
    return f"{registers}|layername=wegvakken"


def _save(layer, path: Path, name: str, role: str):
    from qgis.core import QgsProject, QgsVectorFileWriter, QgsVectorLayer

    from kip_plugin.tactical import styles

    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = name
    if path.exists():
        options.actionOnExistingFile = QgsVectorFileWriter.CreateOrOverwriteLayer
    error, message, _path, _layer = QgsVectorFileWriter.writeAsVectorFormatV3(
        layer, str(path), QgsProject.instance().transformContext(), options)
    if error != QgsVectorFileWriter.NoError:
        raise RuntimeError(message)
    stored = QgsVectorLayer(f"{path}|layername={name}", styles.layer_title(role), "ogr")
    styles.style_tactical(stored, role)
    stored.saveStyleToDatabase(name, styles.layer_title(role), True, "")
    return stored


def run(store, registers: Path, out: Path, project) -> Dict[str, object]:
    """Run the four tactical algorithms on the demo store; save and show their results; return what they said."""
    import processing

    from kip_plugin.tactical import styles

    klic = out / "ede_klic_imkl.xml"
    roads, sewers, areas = (f"{registers}|layername={n}" for n in ("wegvakken", "rioolstrengen", "themagebieden"))
    said = {"klic": processing.run("kip:importimkl", {"INPUT": str(klic), "STORE": store.path,
                                                       "OUTPUT": "TEMPORARY_OUTPUT"})}
    said["assets"] = processing.run("kip:assetopportunities", {
        "STORE": store.path, "ROADS": roads, "SEWERS": sewers, "REFERENCE_YEAR": REFERENCE_YEAR,
        "OUTPUT": "TEMPORARY_OUTPUT"})
    said["themes"] = processing.run("kip:themesignals", {
        "STORE": store.path, "THEME_AREAS": areas, "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_AREAS": "TEMPORARY_OUTPUT"})
    said["subsurface"] = processing.run("kip:subsurfacecongestion", {
        "STORE": store.path, "STREETS": roads, "START": PERIOD[0], "END": PERIOD[1], "OUTPUT": "TEMPORARY_OUTPUT",
        "OUTPUT_WARNINGS": "TEMPORARY_OUTPUT"})
    path = out / "kip_tactical.gpkg"
    path.unlink(missing_ok=True)
    outputs = {
        "asset_proposals": (said["assets"]["OUTPUT"], styles.PROPOSALS),
        "theme_signals": (said["themes"]["OUTPUT"], styles.SIGNALS),
        "theme_areas": (said["themes"]["OUTPUT_AREAS"], styles.THEME_AREAS),
        "subsurface": (said["subsurface"]["OUTPUT"], styles.STREETS),
        "crowded_trenches": (said["subsurface"]["OUTPUT_WARNINGS"], styles.WARNINGS),
        "utility_links": (said["klic"]["OUTPUT"], styles.LINKS),
    }
    for name in reversed(TACTICAL_LAYERS):  # each goes on top of its group
        layer, role = outputs[name]
        stored = _save(layer, path, name, role)
        styles.put_in_group(project, stored, role)
        if role in HIDDEN:
            project.layerTreeRoot().findLayer(stored.id()).setItemVisibilityChecked(False)
    said["path"] = path
    return said


def summary(said: Dict[str, object]) -> str:
    """What the tactical algorithms found, in one paragraph for the demo's printout."""
    assets, themes, sub, klic = said["assets"], said["themes"], said["subsurface"], said["klic"]
    return (
        f"  tactical {said['path']}:\n"
        f"           {assets['N_OPPORTUNITIES']} assets can be renewed in a planned dig ({assets['DIGS_SAVED']} digs saved);\n"
        f"           themes: {themes['N_SERVES']} works serve, {themes['N_OPPORTUNITIES']} opportunities, "
        f"{themes['N_CONTRADICTIONS']} against;\n"
        f"           KLIC: {klic['N_LINKS']} cables and pipes of {klic['N_OPERATORS']} operators; "
        f"{sub['N_CROWDED']} crowded street sections, {sub['N_WARNINGS']} trenches planned in them"
    )
