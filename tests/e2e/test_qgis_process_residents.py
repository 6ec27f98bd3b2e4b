"""The publications for residents and road users from the command line, as a scheduled job makes them."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

from kip_plugin.paths import demo_streets_path, ede_boundaries_path

from .headless import run_qgis_process

pytestmark = pytest.mark.e2e


def test_resident_view_letters_and_datex2_from_the_command_line(qgis_process_env, demo_store_copy, tmp_path):
    places = [f"STREETS={demo_streets_path()}|layername=straten", f"AREAS={ede_boundaries_path()}|layername=buurten",
              "START=2027-04-01", "END=2027-05-31"]
    site = run_qgis_process(qgis_process_env, "kip:exportresidentview", f"STORE={demo_store_copy.path}", *places,
                            "LANGUAGE=en", f"OUTPUT_FOLDER={tmp_path / 'site'}")
    assert site.returncode == 0, site.stdout[-3000:] + site.stderr[-3000:]
    results = json.loads(site.stdout)["results"]
    assert '<html lang="en">' in (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert len(list((tmp_path / "site" / "streets").glob("*.ics"))) == results["STREET_PAGES"] > 10

    letters = run_qgis_process(qgis_process_env, "kip:exportresidentletters", f"STORE={demo_store_copy.path}",
                               *places, f"OUTPUT={tmp_path / 'brieven.pdf'}")
    assert letters.returncode == 0, letters.stdout[-3000:] + letters.stderr[-3000:]
    assert json.loads(letters.stdout)["results"]["PAGES"] == results["STREET_PAGES"]

    summary = run_qgis_process(qgis_process_env, "kip:disruptionsummary", f"STORE={demo_store_copy.path}", *places[1:],
                               f"OUTPUT={tmp_path / 'hinder.gpkg'}")
    assert summary.returncode == 0, summary.stdout[-3000:] + summary.stderr[-3000:]
    assert (tmp_path / "hinder.gpkg").exists()

    datex = run_qgis_process(qgis_process_env, "kip:exportdatex2", f"STORE={demo_store_copy.path}", "PARTIES=riolering",
                             f"OUTPUT={tmp_path / 'wegwerkzaamheden.xml'}")
    assert datex.returncode == 0, datex.stdout[-3000:] + datex.stderr[-3000:]
    root = ET.parse(tmp_path / "wegwerkzaamheden.xml").getroot()
    records = root.iter("{http://datex2.eu/schema/3/situation}situationRecord")
    assert sum(1 for _ in records) == json.loads(datex.stdout)["results"]["COUNT"] > 10
