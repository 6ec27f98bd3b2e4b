"""What a user sees on the map: parties' colours under the results, and works at every scale."""
from __future__ import annotations

import colorsys

import pytest
from qgis.core import QgsMapRendererSequentialJob, QgsMapSettings, QgsProject, QgsRectangle
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor

import detection_data as D
from kip_plugin.analysis import analyse_store, show_results
from kip_plugin.core import schema as S
from kip_plugin.store import project as kip_project


def _render(project: QgsProject, extent: QgsRectangle, size: int = 400, dpi: float = 96):
    settings = QgsMapSettings()
    settings.setLayers([layer for layer in project.layerTreeRoot().layerOrder()
                        if project.layerTreeRoot().findLayer(layer.id()).isVisible()])
    settings.setDestinationCrs(project.crs())
    settings.setOutputSize(QSize(size, size))
    settings.setOutputDpi(dpi)
    settings.setExtent(extent)
    settings.setBackgroundColor(QColor("white"))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    return job.renderedImage(), settings


def _hue(colour: QColor) -> float:
    return colorsys.rgb_to_hsv(colour.redF(), colour.greenF(), colour.blueF())[0] * 360


@pytest.fixture
def analysed(new_store, kip_provider):
    D.add_to_store(new_store, D.bospad())
    project = QgsProject.instance()
    project.clear()
    project.setCrs(new_store.crs)
    kip_project.open_in_project(new_store, project)
    show_results(analyse_store(new_store), project)
    yield new_store, project
    project.clear()


def test_party_colours_stay_visible_with_the_results_loaded(analysed):
    store, project = analysed
    layer = next(l for l in kip_project.works_layers(project) if l.customProperty("kip/party") == "liander")
    work = next(f for f in layer.getFeatures() if f[S.F_WORK_ID] == "LIA-1")  # in the Bospad combination
    inside = work.geometry().pointOnSurface().asPoint()
    extent = QgsRectangle(inside.x() - 40, inside.y() - 40, inside.x() + 40, inside.y() + 40)
    image, settings = _render(project, extent)
    pixel = settings.mapToPixel().transform(inside)
    seen = QColor(image.pixel(int(pixel.x()), int(pixel.y())))
    party = QColor(store.party("liander").colour)
    difference = abs(_hue(seen) - _hue(party))
    assert min(difference, 360 - difference) < 25, (seen.name(), party.name())
    assert seen.saturation() > 60  # a colour, not grey or white


def test_a_small_work_is_still_seen_on_a_map_of_the_whole_municipality(new_store):
    tiny = D.work("SPOT-1", "groen", "green", "2027-06-01", "2027-06-30", D.strip(0, 12, width=6), title="Boom")
    D.add_to_store(new_store, [tiny])
    project = QgsProject.instance()
    project.clear()
    project.setCrs(new_store.crs)
    kip_project.open_in_project(new_store, project)
    colour = QColor(new_store.party("groen").colour)
    # 1:130,000: the 12 m work would be 0.1 mm, a fraction of a pixel.
    centre_x, centre_y = D.X0 + 6, D.Y0 + 3
    half = 130_000 * 0.4 / 2  # a 400 px image at 96 dpi is about 106 mm wide
    image, _settings = _render(project, QgsRectangle(centre_x - half, centre_y - half, centre_x + half, centre_y + half))
    coloured = sum(
        1 for x in range(image.width()) for y in range(image.height())
        if _close(QColor(image.pixel(x, y)), colour)
    )
    assert coloured >= 20, coloured  # a dot of about 2.4 mm: some 50 pixels
    project.clear()


def _close(a: QColor, b: QColor) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) < 60
