"""kip:exportresidentletters: one letter per street with works, readable text, an editable template."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from qgis.core import QgsProcessingException

from processing_helpers import run_kip
from residents_data import PERIOD, PRIVATE_TEXTS, PUBLIC_CONTACT, town_places, town_store
from kip_plugin.paths import demo_store_path, demo_streets_path, ede_boundaries_path
from kip_plugin.residents.letter_items import template_path


def pages_text(pdf: Path) -> list:
    """The text of each page, as pdftotext reads it."""
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext is missing (Debian package poppler-utils)")
    text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    return [page for page in text.split("\f") if page.strip()]


@pytest.fixture
def town(tmp_path, kip_provider):
    return town_store(tmp_path), town_places(tmp_path)


def _letters(town, pdf, **extra):
    store, places = town
    return run_kip("exportresidentletters", {
        "STORE": store.path, "STREETS": places["streets"], "AREAS": places["areas"], **PERIOD, "OUTPUT": str(pdf), **extra,
    })


def test_one_letter_per_street_with_works(town, tmp_path):
    pdf = tmp_path / "brieven.pdf"
    result = _letters(town, pdf)
    pages = pages_text(pdf)
    assert result["PAGES"] == len(pages) == 3
    streets = ["Kerkstraat (Centrum)", "Molenweg", "Schoolstraat"]
    for street, page in zip(streets, pages):
        flat = " ".join(page.split())
        assert f"Werkzaamheden in uw straat: {street}" in flat, flat[:300]
        assert f"Aan de bewoners en gebruikers van {street}" in flat, flat[:300]
    kerkstraat = " ".join(pages[0].split())
    assert "2 werkzaamheden tegelijk" in kerkstraat and "(samen uitgevoerd)" in kerkstraat
    assert "1 maart – 28 juni 2027" in kerkstraat
    assert "De weg is afgesloten voor verkeer" in kerkstraat and "De straat gaat open" in kerkstraat
    assert PUBLIC_CONTACT in kerkstraat
    everything = " ".join(" ".join(pages).split())
    assert not [t for t in PRIVATE_TEXTS if t in everything]
    assert "Kerkstraat (Veldhuizen)" not in everything  # no works there


def test_letters_in_english(town, tmp_path):
    pdf = tmp_path / "letters.pdf"
    _letters(town, pdf, LANGUAGE="en")
    first = " ".join(pages_text(pdf)[0].split())
    assert "Works in your street: Kerkstraat (Centrum)" in first and "2 works at once" in first


def test_the_municipality_edits_the_template(town, tmp_path):
    own = tmp_path / "own_letter.qpt"
    text = template_path().read_text(encoding="utf-8")
    marker = '[% "sender" %]'
    assert marker in text.replace("&quot;", '"')
    own.write_text(text.replace("[% &quot;sender&quot; %]", "Gemeente Testdorp, Postbus 1"), encoding="utf-8")
    pdf = tmp_path / "brieven.pdf"
    _letters(town, pdf, TEMPLATE=str(own))
    assert all("Gemeente Testdorp, Postbus 1" in page for page in pages_text(pdf))


def test_clear_errors_and_nothing_half_written(town, tmp_path):
    broken = tmp_path / "broken.qpt"
    broken.write_text(template_path().read_text(encoding="utf-8").replace('id="kip_letter_map"', 'id="my_map"'),
                      encoding="utf-8")
    pdf = tmp_path / "brieven.pdf"
    with pytest.raises(QgsProcessingException, match="lacks the items kip_letter_map"):
        _letters(town, pdf, TEMPLATE=str(broken))
    with pytest.raises(QgsProcessingException, match="No street has works in this period"):
        _letters(town, pdf, START="2030-01-01", END="2030-12-31")
    assert not pdf.exists()
    assert not list(tmp_path.glob(".kip-*.pdf"))


def test_the_demo_letters_match_the_street_pages(kip_provider, tmp_path):
    common = {"STORE": str(demo_store_path()), "STREETS": f"{demo_streets_path()}|layername=straten",
              "AREAS": f"{ede_boundaries_path()}|layername=buurten", "START": "2027-04-01", "END": "2027-05-31"}
    pdf = tmp_path / "brieven.pdf"
    letters = run_kip("exportresidentletters", {**common, "OUTPUT": str(pdf)})
    site = run_kip("exportresidentview", {**common, "OUTPUT_FOLDER": str(tmp_path / "site")})
    pages = pages_text(pdf)
    assert letters["PAGES"] == len(pages) == site["STREET_PAGES"] > 10
    titles = sorted(p.stem for p in (tmp_path / "site" / "streets").glob("*.html"))
    assert len(titles) == len(pages)
    for page in pages:
        subject = next(line for line in page.splitlines() if "Werkzaamheden in uw straat:" in line)
        street = subject.split("Werkzaamheden in uw straat:")[1].strip()
        assert street and street in " ".join(page.split()), page[:300]
