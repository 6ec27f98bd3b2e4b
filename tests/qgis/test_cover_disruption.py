"""The council map's cover names the residents' disruption-days, with and without combining."""
from __future__ import annotations

import subprocess

from processing_helpers import run_kip
from residents_data import town_places, town_store


def test_the_cover_names_the_disruption_days(kip_provider, tmp_path):
    store, places = town_store(tmp_path), town_places(tmp_path)
    pdf = tmp_path / "raad.pdf"
    run_kip("exportcouncilmap", {"INPUT": [store.works_uri()], "DISTRICTS": places["areas"], "NAME_FIELD": "buurtnaam",
                                 "START": "2027-01-01", "END": "2027-12-31", "OUTPUT": str(pdf)})
    cover = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"], check=True, capture_output=True,
                           text=True).stdout
    text = " ".join(cover.split())
    # Sewer 240 (high, 120 days), water main 60, lighting 15, gardens 0; the water main runs inside the sewer's days.
    assert ("Disruption for residents in this period: 255 disruption-days when combinable works are carried out "
            "together, 315 when each is carried out on its own.") in text
