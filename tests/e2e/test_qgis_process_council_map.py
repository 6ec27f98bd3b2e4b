"""The council map headless, as a scheduled job makes it: qgis_process with the KIP plugin enabled."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from .headless import run_qgis_process, works_source

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "qgis"))

import council_helpers as H  # noqa: E402

pytestmark = pytest.mark.e2e


def test_council_pdf_from_the_command_line(qgis_process_env, demo_store_copy, tmp_path):
    import datetime as _dt

    works = works_source(demo_store_copy)
    districts = H.districts_copy(tmp_path, H.districts_with_works(demo_store_copy.works_layer(), H.WIJKEN, _dt.date(2027, 4, 1),
                                                                  _dt.date(2027, 6, 30))[:3])
    output = tmp_path / "raad" / "council.pdf"
    done = run_qgis_process(
        qgis_process_env, "kip:exportcouncilmap", f"INPUT={works}", f"DISTRICTS={districts}", "NAME_FIELD=statnaam",
        "START=2027-04-01", "END=2027-06-30", "PAGE_SIZE=1", "TITLE=Raadsvergadering", f"OUTPUT={output}",
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    results = json.loads(done.stdout)["results"]
    assert H.pdf_pages(output) == results["PAGES"] == 4
    assert "Raadsvergadering" in H.page_text(output, 1)
    assert "A4" in H.pdf_page_size(output)


def test_a_bad_name_field_fails_with_its_name(qgis_process_env, demo_store_copy, tmp_path):
    output = tmp_path / "council.pdf"
    done = run_qgis_process(
        qgis_process_env, "kip:exportcouncilmap", f"INPUT={works_source(demo_store_copy)}", f"DISTRICTS={H.WIJKEN}",
        "NAME_FIELD=wijknaam", f"OUTPUT={output}",
    )
    assert done.returncode != 0
    assert "wijknaam" in done.stdout + done.stderr
    assert not output.exists()
