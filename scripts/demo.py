"""The main job on the bundled demo data, headless: `make demo`.

Copies the demo KIP for Ede to the output folder, builds a QGIS project that opens it
(one styled, time-aware layer per department and partner, with Ede's districts and
neighbourhoods for context) and renders an overview map. Prints what it wrote.
"""
from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path
from typing import List

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import demo_tactical  # noqa: E402


def copy_inputs(out: Path):
    """The demo store and the boundaries, copied so that the results stand on their own."""
    from kip_plugin.paths import demo_store_path, demo_streets_path, ede_boundaries_path
    from kip_plugin.store.kipstore import KipStore

    store_path = out / "kip_demo.gpkg"
    for suffix in ("", "-wal", "-shm"):
        Path(str(store_path) + suffix).unlink(missing_ok=True)
    shutil.copy(demo_store_path(), store_path)
    boundaries = out / "ede_boundaries.gpkg"
    shutil.copy(ede_boundaries_path(), boundaries)
    shutil.copy(demo_streets_path(), out / "ede_streets.gpkg")
    return KipStore.open(str(store_path)), boundaries


def build_project(store, boundaries: Path, out: Path):
    """A project with the KIP group, the context layers and the streets; saved as out/kip_demo.qgz."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsDateTimeRange, QgsProject, QgsReferencedRectangle
    from qgis.PyQt.QtCore import QDate, QDateTime, QTime

    from kip_plugin.i18n import tr
    from kip_plugin.store import background, context, project as kip_project

    project = QgsProject.instance()
    project.clear()
    project.setTitle(tr("KIP Ede (demo)"))
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:28992"))
    kip_project.open_in_project(store, project)
    outline = context.add_context_layers(project, str(boundaries))
    background.show(project, background.shipped_streets(path=out / "ede_streets.gpkg"))
    project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(outline.extent(), outline.crs()))
    project.timeSettings().setTemporalRange(
        QgsDateTimeRange(QDateTime(QDate(2026, 1, 1), QTime(0, 0)), QDateTime(QDate(2030, 12, 31), QTime(23, 59)))
    )
    path = out / "kip_demo.qgz"
    if not project.write(str(path)):
        raise RuntimeError(project.error())
    return project, path


def render_overview(project, out: Path) -> Path:
    """A PNG of all works over Ede, as the project shows them."""
    from qgis.core import QgsMapRendererParallelJob, QgsMapSettings
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor

    settings = QgsMapSettings()
    layers = [node.layer() for node in project.layerTreeRoot().findLayers() if node.isVisible()]
    settings.setLayers(layers)
    settings.setDestinationCrs(project.crs())
    settings.setExtent(project.viewSettings().defaultViewExtent())
    settings.setOutputSize(QSize(1600, 1300))
    settings.setBackgroundColor(QColor("white"))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    path = out / "kip_demo_overview.png"
    job.renderedImage().save(str(path))
    return path


def detect(store, project, project_path: Path, surfaces: str = ""):
    """Combinations and conflicts of the demo: kept in the demo KIP and shown in the project.

    ``surfaces`` (a layer of road sections) price the reinstatement the combinations save.
    """
    from kip_plugin.analysis import analyse_store, show_results

    options = {"detectcombinations": {"SURFACES": surfaces}} if surfaces else None
    outcome = analyse_store(store, project=project, options=options)
    show_results(outcome, project)
    if not project.write(str(project_path)):
        raise RuntimeError(project.error())
    return outcome


def council_map(store, boundaries: Path, out: Path, themes: Path = None):
    """The council PDF of the demo: a cover and a page per district of Ede, for 2027 and 2028."""
    import processing

    params = {
        "INPUT": [store.works_uri()],
        "DISTRICTS": f"{boundaries}|layername=wijken",
        "NAME_FIELD": "statnaam",
        "CONTEXT": [f"{boundaries}|layername=buurten"],
        # A fixed period keeps the demo's PDF the same whenever it is made.
        "START": "2027-01-01",
        "END": "2028-12-31",
        "OUTPUT": str(out / "council_map.pdf"),
    }
    from kip_plugin.core import schema as S

    params["COMBINATIONS"] = store.table_uri(S.COMBINATIONS_TABLE)
    params["CONFLICTS"] = store.table_uri(S.CONFLICTS_TABLE)
    if themes is not None and themes.exists():
        params["THEMES"] = f"{themes}|layername=theme_areas"
    return processing.run("kip:exportcouncilmap", params)


def residents(store, boundaries: Path, out: Path):
    """The resident view (out/residents/) and the letters per street (out/resident_letters.pdf), for 2027 and 2028."""
    import processing

    from kip_plugin.paths import demo_streets_path

    common = {
        "STORE": store.path,
        "STREETS": f"{demo_streets_path()}|layername=straten",
        "AREAS": f"{boundaries}|layername=buurten",
        # The same fixed period as the council map.
        "START": "2027-01-01",
        "END": "2028-12-31",
    }
    site = processing.run("kip:exportresidentview", {**common, "OUTPUT_FOLDER": str(out / "residents"),
                                                      "ATTRIBUTION": "Bron: CBS, Kadaster"})
    letters = processing.run("kip:exportresidentletters", {**common, "OUTPUT": str(out / "resident_letters.pdf")})
    return site, letters


def main(argv: List[str] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default=str(ROOT / "out"))
    args = parser.parse_args(argv)
    out = Path(args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    from kip_plugin.headless import start_qgis

    app, _provider = start_qgis()
    store, boundaries = copy_inputs(out)
    project, project_path = build_project(store, boundaries, out)
    overview = render_overview(project, out)
    registers = demo_tactical.copy_registers(out)
    analysis = detect(store, project, project_path, demo_tactical.surfaces_of(registers))
    tactical = demo_tactical.run(store, registers, out, project)
    if not project.write(str(project_path)):
        raise RuntimeError(project.error())
    council = council_map(store, boundaries, out, tactical["path"])
    site, letters = residents(store, boundaries, out)
    parties = store.parties()
    works = store.works_layer().featureCount()
    print(f"KIP demo for Ede: {works} works of {len(parties)} departments and partners")
    print(f"  store    {store.path}")
    print(f"  project  {project_path}  (open it in QGIS: make qgis)")
    print(f"  overview {overview}")
    print(f"  results  kept in the store: {analysis.summary}")
    print(demo_tactical.summary(tactical))
    print(f"  council  {council['OUTPUT']}: {council['PAGES']} pages: a cover, the districts' pages and a page per "
          "theme area")
    print(f"  residents {site['INDEX']}: {site['EVENTS']} works and combinations, {site['STREET_PAGES']} street pages")
    print(f"  letters  {letters['OUTPUT']}: {letters['PAGES']} letters, one per street with works")
    project.clear()
    return 0


if __name__ == "__main__":
    sys.exit(main())
