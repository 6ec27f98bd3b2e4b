"""Asset registers speak Dutch: field names and words are mapped to KIP's asset fields and codes."""
from __future__ import annotations

import pytest

from kip_plugin.core.errors import KipError
from kip_plugin.tactical.asset_mapping import WordMapper, guess_asset_mapping, parse_asset_mapping, whole_year, yes_no


def test_the_mapping_is_guessed_from_the_field_names_of_a_road_register():
    fields = ["fid", "Vaknummer", "Straatnaam", "Verhardingssoort", "Aanlegjaar", "Jaar_laatste_onderhoud", "Conditie"]
    assert guess_asset_mapping(fields) == {
        "asset_id": "Vaknummer", "name": "Straatnaam", "material": "Verhardingssoort", "year_laid": "Aanlegjaar",
        "last_maintenance": "Jaar_laatste_onderhoud", "condition": "Conditie",
    }


def test_a_written_mapping_is_checked():
    assert parse_asset_mapping("year_laid = bouwjaar\nmaterial = 'asphalt'") == {"year_laid": "bouwjaar", "material": "'asphalt'"}
    with pytest.raises(KipError) as error:
        parse_asset_mapping("bouwjaar = year_laid")
    assert "bouwjaar" in str(error.value) and "year_laid" in str(error.value)


@pytest.mark.parametrize("word, code", [
    ("Asfaltbeton (DAB)", "asphalt"), ("ZOAB", "asphalt"), ("Gebakken klinkers", "clinkers"),
    ("Betonstraatstenen", "clinkers"), ("Tegels 30x30", "tiles"), ("Gewapend beton", "concrete"),
    ("Gres", "vitrified_clay"), ("PVC", "pvc"), ("Verzinkt staal", "steel"), ("Natuursteen", None),
])
def test_materials_are_recognised_in_the_words_registers_use(word, code):
    assert WordMapper("material").code(word) == code


def test_asset_types_and_user_words():
    assert WordMapper("asset_type").code("Rioolstreng") == "sewer_pipe"
    assert WordMapper("asset_type").code("OVL") == "lighting"
    assert WordMapper("material", {"Hollandse klinker": "clinkers"}).code("hollandse klinker") == "clinkers"


def test_years_and_yes_no_as_delivered():
    assert [whole_year(v) for v in (1987, "1987", 1987.0, "1987-05-01", "onbekend", 87, None)] == [
        1987, 1987, 1987, 1987, None, None, None]
    assert [yes_no(v) for v in ("ja", "Nee", "x", 1, "misschien")] == [True, False, True, True, None]
