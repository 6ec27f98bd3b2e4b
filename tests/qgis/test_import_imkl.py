"""kip:importimkl: the cables and pipes of a KLIC delivery (IMKL 2.0) into the KIP store."""
from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from qgis.core import QgsProcessingException

from kip_plugin.store.kipstore import KipStore
from kip_plugin.tactical.utility_links import links_layer

from processing_helpers import run_kip

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "imkl_sample.xml"


def test_the_cables_and_pipes_of_a_delivery_go_into_the_store(new_store, kip_provider):
    result = run_kip("importimkl", {"INPUT": str(SAMPLE), "STORE": new_store.path, "OUTPUT": "TEMPORARY_OUTPUT"})
    # 300 m of low-voltage cable, 200 m of gas main, a 250 m cable bed with 3 fibre cables: 1 250 m.
    assert (result["N_LINKS"], result["METRES"], result["N_OPERATORS"]) == (3, pytest.approx(1250), 2)
    assert result["N_PROBLEMS"] == 1  # the medium-voltage cable whose route is missing
    stored = {f["link_id"]: f for f in links_layer(new_store).getFeatures()}
    assert set(stored) == {"nl.imkl-KL9901.ul_1", "nl.imkl-KL9901.ul_2", "nl.imkl-KL9902.ul_3"}
    cable = stored["nl.imkl-KL9901.ul_1"]
    assert (cable["theme"], cable["network"], cable["operator"], cable["feature_type"]) == (
        "laagspanning", "electricity", "Netbeheer Vallei", "Elektriciteitskabel")
    assert stored["nl.imkl-KL9902.ul_3"]["cables"] == 3
    assert stored["nl.imkl-KL9901.ul_2"]["length_m"] == pytest.approx(200)
    assert {f["link_id"] for f in result["OUTPUT"].getFeatures()} == set(stored)
    assert KipStore.open(new_store.path).works_layer().isValid()  # the store still opens as a KIP


def test_importing_a_delivery_again_replaces_its_routes(new_store, tmp_path, kip_provider):
    run_kip("importimkl", {"INPUT": str(SAMPLE), "STORE": new_store.path})
    archive = tmp_path / "Levering_99G000001_1.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        handle.write(SAMPLE, "GI_gebiedsinformatielevering_99G000001_1.xml")
        handle.writestr("Bijlagen/brief.txt", "not IMKL")
    run_kip("importimkl", {"INPUT": str(SAMPLE), "STORE": new_store.path})
    assert links_layer(new_store).featureCount() == 3
    result = run_kip("importimkl", {"INPUT": str(archive), "STORE": new_store.path})
    assert result["N_LINKS"] == 3
    assert links_layer(new_store).featureCount() == 6  # the zip is another delivery


def test_a_file_that_is_not_imkl_is_refused_with_a_reason(new_store, tmp_path, kip_provider):
    plain = tmp_path / "kaart.xml"
    plain.write_text('<gml:FeatureCollection xmlns:gml="http://www.opengis.net/gml/3.2"></gml:FeatureCollection>')
    with pytest.raises(QgsProcessingException) as error:
        run_kip("importimkl", {"INPUT": str(plain), "STORE": new_store.path})
    assert "IMKL" in str(error.value) and "kaart.xml" in str(error.value)
    broken = tmp_path / "kapot.xml"
    broken.write_text("<gml:FeatureCollection")
    with pytest.raises(QgsProcessingException) as error:
        run_kip("importimkl", {"INPUT": str(broken), "STORE": new_store.path})
    assert "kapot.xml" in str(error.value)
    assert links_layer(new_store) is None  # nothing was made
