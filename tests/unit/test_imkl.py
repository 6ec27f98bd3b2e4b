"""Reading IMKL 2.0: routes, themes, operators and containers of a KLIC delivery (no QGIS needed)."""
from __future__ import annotations

from pathlib import Path

import pytest

from kip_plugin.core.errors import KipError
from kip_plugin.core.imkl import parse_imkl

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "imkl_sample.xml"


@pytest.fixture(scope="module")
def delivery():
    return parse_imkl(SAMPLE.read_bytes(), SAMPLE.name)


def test_each_cable_follows_its_route_with_theme_and_operator(delivery):
    links = {link.cable_id: link for link in delivery.links}
    assert set(links) == {"nl.imkl-KL9901.kabel_1", "nl.imkl-KL9901.leiding_1", "nl.imkl-KL9902.kabelbed_1"}
    cable = links["nl.imkl-KL9901.kabel_1"]
    assert (cable.theme, cable.network, cable.operator_code, cable.operator) == (
        "laagspanning", "electricity", "KL9901", "Netbeheer Vallei")
    assert cable.geometry.length == pytest.approx(300)
    gas = links["nl.imkl-KL9901.leiding_1"]
    assert (gas.theme, gas.network) == ("gasLageDruk", "gas")
    assert list(gas.geometry.coords) == [(170000.0, 450005.0), (170200.0, 450005.0)]  # 3D positions, heights dropped
    bed = links["nl.imkl-KL9902.kabelbed_1"]
    assert (bed.network, bed.cables, bed.operator) == ("telecom", 3, "Glasvezel Gelderland")
    assert bed.geometry.length == pytest.approx(250)  # two curve segments joined
    assert delivery.metres == pytest.approx(300 + 200 + 3 * 250)
    assert delivery.epsg == 28992


def test_what_cannot_be_used_is_said(delivery):
    assert [p.params["id"] for p in delivery.problems] == ["nl.imkl-KL9901.kabel_2"]
    assert delivery.unreferenced_links == 1


def test_a_file_without_imkl_features_is_refused():
    with pytest.raises(KipError) as error:
        parse_imkl(b'<FeatureCollection xmlns="http://www.opengis.net/gml/3.2"/>', "leeg.xml")
    assert "leeg.xml" in str(error.value)
    with pytest.raises(KipError):
        parse_imkl(b"<kaart/>", "kaart.xml")
