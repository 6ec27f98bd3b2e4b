"""The corpus of bad deliveries (tests/data/bad): each gets its message, and nothing else in the KIP changes."""
from __future__ import annotations

import hashlib
import json
import re
import shutil
from pathlib import Path

import pytest
from qgis.core import QgsProcessingException

from processing_helpers import run_kip
from store_helpers import TABLES, content
from kip_plugin.core import schema as S

BAD = Path(__file__).resolve().parents[1] / "data" / "bad"
CASES = json.loads((BAD / "cases.json").read_text(encoding="utf-8"))["cases"]
EARLIER = "nr;titel;start;eind;x;y\r\nE1;Eerder geleverd;2027-01-01;2027-02-01;171000;447000\r\n"


def rows_of(store):
    """Every row of the works, parties and history tables, by fid (either backend)."""
    return dict(zip(TABLES, content(store)))


def file_hash(store):
    """The bytes of a GeoPackage KIP (a shared KIP has no file: None)."""
    return hashlib.sha256(open(store.path, "rb").read()).hexdigest() if store.backend == "gpkg" else None


@pytest.fixture
def store_with_a_work(new_store, tmp_path, kip_provider):
    earlier = tmp_path / "earlier.csv"
    earlier.write_text(EARLIER, encoding="utf-8")
    run_kip("importplan", {"INPUT": str(earlier), "STORE": new_store.path, "OWNER": "riolering",
                           "REJECTED": "TEMPORARY_OUTPUT", "CHANGES": "TEMPORARY_OUTPUT"})
    return new_store


@pytest.mark.parametrize("case", CASES, ids=[c["file"] for c in CASES])
def test_a_bad_delivery_gets_its_message_and_nothing_else_changes(case, store_with_a_work, tmp_path):
    store = store_with_a_work
    for part in BAD.glob(Path(case["file"]).stem + ".*"):
        shutil.copy(part, tmp_path / part.name)
    delivery = tmp_path / case["file"]
    delivery_bytes = delivery.read_bytes()
    params = {"INPUT": str(delivery), "STORE": store.path, "OWNER": "riolering", "REJECTED": "TEMPORARY_OUTPUT",
              "CHANGES": "TEMPORARY_OUTPUT", **case.get("params", {})}
    before_bytes = file_hash(store)
    before = rows_of(store)
    if "refused" in case:
        with pytest.raises(QgsProcessingException) as error:
            run_kip("importplan", params)
        assert re.search(case["refused"], str(error.value)), str(error.value)
        assert file_hash(store) == before_bytes
        assert rows_of(store) == before
    else:
        result = run_kip("importplan", params)
        assert int(result["IMPORTED"]) == case["imported"], result["SUMMARY"]
        reasons = {str(f["kip_row"]): f["kip_reason"] for f in result["REJECTED"].getFeatures()}
        assert set(reasons) == set(case["rejected"]), reasons
        for row, pattern in case["rejected"].items():
            assert re.search(pattern, reasons[row]), reasons[row]
        assert int(result["ROWS_READ"]) == case["imported"] + len(case["rejected"])
        if "summary" in case:
            assert case["summary"] in result["SUMMARY"]
        stored = {f[S.F_WORK_ID]: f for f in store.works_layer().getFeatures()}
        for work_id, title in case.get("titles", {}).items():
            assert stored[work_id][S.F_TITLE] == title
        after = rows_of(store)
        # Nothing else changed: the earlier work and the parties are exactly as they were.
        assert after[S.PARTIES_TABLE] == before[S.PARTIES_TABLE]
        assert after[S.WORKS_TABLE][: len(before[S.WORKS_TABLE])] == before[S.WORKS_TABLE]
        assert len(after[S.WORKS_TABLE]) == len(before[S.WORKS_TABLE]) + case["imported"]
    assert delivery.read_bytes() == delivery_bytes  # the delivery is only read
