"""kip:exportdatex2: DATEX II v3 as NDW publishes it, read back by KIP's own DATEX II import."""
from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from qgis.core import QgsProcessingException

from processing_helpers import run_kip
from residents_data import PRIVATE_TEXTS, town_store
from kip_plugin.core import schema as S
from kip_plugin.importer import datex2 as reader

NS = {"sit": "http://datex2.eu/schema/3/situation", "com": "http://datex2.eu/schema/3/common",
      "mc": "http://datex2.eu/schema/3/messageContainer", "loc": "http://datex2.eu/schema/3/locationReferencing"}
XSI = "{http://www.w3.org/2001/XMLSchema-instance}type"


@pytest.fixture
def exported(tmp_path, kip_provider):
    store = town_store(tmp_path)
    path = tmp_path / "wegwerkzaamheden.xml"
    result = run_kip("exportdatex2", {"STORE": store.path, "OUTPUT": str(path), "SOURCE": "Gemeente Ede",
                                      "SUPPLIER": "GM0228"})
    return store, path, result


def test_the_shape_ndw_expects(exported):
    _store, path, result = exported
    root = ET.parse(path).getroot()
    assert root.tag == "{%s}messageContainer" % NS["mc"]
    payload = root.find("mc:payload", NS)
    assert payload.get(XSI) == "sit:SituationPublication" and payload.get("lang") == "nl"
    assert payload.findtext("com:publicationCreator/com:nationalIdentifier", namespaces=NS) == "GM0228"
    situations = {s.get("id"): s for s in payload.findall("sit:situation", NS)}
    # Everything not done or cancelled, also after the period of a resident view.
    assert sorted(situations) == ["BWI-1", "GRP-1", "LIA-1", "VIT-1", "WKB-1"] and result["COUNT"] == 5
    sewer = situations["GRP-1"].find("sit:situationRecord", NS)
    assert sewer.get(XSI) == "sit:RoadOrCarriagewayOrLaneManagement"
    assert sewer.findtext("sit:roadOrCarriagewayOrLaneManagementType", namespaces=NS) == "roadClosed"
    assert sewer.findtext("sit:source/com:sourceName/com:values/com:value", namespaces=NS) == "Gemeente Ede"
    assert sewer.findtext("sit:validity/com:validityTimeSpecification/com:overallStartTime", namespaces=NS) == \
        "2027-03-01T00:00:00+01:00"
    assert "Vervanging riolering Kerkstraat – Riolering" in ET.tostring(sewer, encoding="unicode")
    assert sewer.find("sit:locationReference", NS).get(XSI) == "loc:ItineraryByIndexedLocations"
    garden = situations["BWI-1"].find("sit:situationRecord", NS)
    assert garden.find("sit:locationReference", NS).get(XSI) == "loc:PointLocation"
    related = [r.get("id") for r in situations["GRP-1"].findall("sit:relatedSituation/sit:objectReference", NS)]
    assert related == ["VIT-1"]
    assert [r.get("id") for r in situations["VIT-1"].findall("sit:relatedSituation/sit:objectReference", NS)] == ["GRP-1"]
    text = path.read_text(encoding="utf-8")
    assert not [t for t in PRIVATE_TEXTS if t in text]


def test_kips_own_import_reads_it_back(exported, new_store):
    store, path, _result = exported
    publication = reader.parse(path.read_bytes())
    assert len(publication.records) == 5
    result = run_kip("importdatex2", {"INPUT": str(path), "STORE": new_store.path, "OWNER": "verkeer",
                                      "REJECTED": "TEMPORARY_OUTPUT", "CHANGES": "TEMPORARY_OUTPUT"})
    assert [int(result[k]) for k in ("ROWS_READ", "IMPORTED", "REJECTED_COUNT")] == [5, 5, 0]
    back = {f[S.F_WORK_ID]: f for f in new_store.works_layer().getFeatures()}
    original = {f[S.F_WORK_ID]: f for f in store.works_layer().getFeatures()}
    for work_id, work in back.items():
        source = original[work_id]
        assert work[S.F_START] == source[S.F_START] and work[S.F_END] == source[S.F_END], work_id
        assert bool(work[S.F_ROAD_CLOSURE]) == bool(source[S.F_ROAD_CLOSURE]), work_id
        expected = "high" if source[S.F_ROAD_CLOSURE] else source[S.F_DISRUPTION]
        assert work[S.F_DISRUPTION] == expected, work_id
        # The location comes back as a band along the line or a circle round the point, where the work was.
        assert work.geometry().centroid().distance(source.geometry().centroid()) < 5, work_id
        assert work.geometry().intersects(source.geometry()), work_id
    assert back["GRP-1"][S.F_WORK_TYPE] == "road_resurfacing"  # a road closure for road maintenance


def test_only_the_chosen_parties_and_clear_errors(tmp_path, kip_provider):
    store = town_store(tmp_path)
    path = tmp_path / "riolering.xml"
    assert run_kip("exportdatex2", {"STORE": store.path, "PARTIES": "riolering", "OUTPUT": str(path)})["COUNT"] == 1
    with pytest.raises(QgsProcessingException, match="Unknown parties: enexis"):
        run_kip("exportdatex2", {"STORE": store.path, "PARTIES": "enexis", "OUTPUT": str(tmp_path / "a.xml")})
    with pytest.raises(QgsProcessingException, match="ending in .xml"):
        run_kip("exportdatex2", {"STORE": store.path, "OUTPUT": str(tmp_path / "a.json")})
