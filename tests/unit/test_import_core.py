"""Reading delivered values without QGIS: dates, codes, mapping presets, rows, change reports."""
from __future__ import annotations

import datetime as dt

import pytest

from kip_plugin.core import schema as S
from kip_plugin.core.codes import CodeMapper
from kip_plugin.core.dates import DMY, MDY, DateReader, detect_order, parse_auto
from kip_plugin.core.errors import KipError
from kip_plugin.importer.changes import ADDED, DROPPED, MOVED, REINSTATED, UNCHANGED, compare, stats
from kip_plugin.importer.convert import RowRules, convert_row, parse_bool, parse_number
from kip_plugin.importer.mapping import (
    ImportPreset,
    check_code_values,
    check_field_mapping,
    guess_geometry_fields,
    guess_mapping,
    parse_pairs,
)

D = dt.date


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2027-03-31", D(2027, 3, 31)),
        ("31-03-2027", D(2027, 3, 31)),
        ("3-4-27", D(2027, 4, 3)),
        ("3.4.2027", D(2027, 4, 3)),
        ("3 maart 2027", D(2027, 3, 3)),
        ("woensdag 3 maart 2027", D(2027, 3, 3)),
        ("3 mrt. 2027", D(2027, 3, 3)),
        ("March 3, 2027", D(2027, 3, 3)),
        ("20270303", D(2027, 3, 3)),
        ("2027-03-03 14:30", D(2027, 3, 3)),
        # 23:30 UTC on 30 June is already 1 July in the Netherlands.
        ("2027-06-30T23:30:00Z", D(2027, 7, 1)),
        ("2026-07-24T21:12:00.002308656Z", D(2026, 7, 24)),
    ],
)
def test_dates_are_recognised(text, expected):
    assert parse_auto(text) == expected


def test_numeric_order_is_decided_per_column():
    dutch = ["03/04/2027", "25/04/2027"]
    us = ["03/04/2027", "04/25/2027"]
    assert detect_order(dutch) == DMY
    assert detect_order(us) == MDY
    assert parse_auto("03/04/2027", detect_order(dutch)) == D(2027, 4, 3)
    assert parse_auto("03/04/2027", detect_order(us)) == D(2027, 3, 4)
    assert detect_order(["3/4/2027 11:30:00 PM"]) == MDY


@pytest.mark.parametrize(
    "formats, text, expected",
    [
        (["dd-mm-yyyy"], "31-12-2027", D(2027, 12, 31)),
        (["d-m-yy"], "1-2-28", D(2028, 2, 1)),
        (["MM/DD/YYYY hh:mm:ss AM"], "12/31/2027 11:30:00 PM", D(2027, 12, 31)),
        (["d mmmm yyyy"], "3 oktober 2027", D(2027, 10, 3)),
        (["yyyy-mm-dd", "dd.mm.yyyy"], "05.06.2027", D(2027, 6, 5)),
        (["%d/%m/%Y"], "3/11/2027", D(2027, 11, 3)),
    ],
)
def test_explicit_formats(formats, text, expected):
    assert DateReader(formats).read(text) == expected


@pytest.mark.parametrize(
    "formats, text, message",
    [
        ([], "31-02-2027", "no day 31 in month 2"),
        ([], "volgend jaar", "is not a date"),
        ([], "3 blorp 2027", "'blorp' is not a month name"),
        (["dd-mm-yyyy"], "2027-03-01", "does not match the date format dd-mm-yyyy"),
        (["MM/DD/YYYY hh:mm AM"], "12/31/2027 13:30 PM", "not a valid time"),
    ],
)
def test_bad_dates_say_what_is_wrong(formats, text, message):
    with pytest.raises(KipError, match=message):
        DateReader(formats).read(text)


def test_a_format_without_a_year_is_refused():
    with pytest.raises(KipError, match="needs a day"):
        DateReader(["dd-mm"])


@pytest.mark.parametrize(
    "value, code",
    [
        ("Riolering vervangen", "sewer"),
        ("hemelwater afkoppelen", "sewer"),
        ("Vervangen waterleiding en gas", "water_main"),
        ("glasvezelkabel aanleggen", "telecom"),
        ("Openbare verlichting", "lighting"),
        ("Road resurfacing", "road_resurfacing"),
        ("sewer", "sewer"),
        ("Kermis", "event"),
    ],
)
def test_work_types_from_dutch_words(value, code):
    assert CodeMapper("work_type").map(value) == code


def test_short_keywords_do_not_match_inside_words():
    mapper = CodeMapper("work_type")
    assert mapper.map("Overige werkzaamheden") == "other"
    assert mapper.map("parkeerplaats") is None
    assert mapper.unknown == {"parkeerplaats": 1}


def test_user_mapping_wins_over_built_in_words():
    mapper = CodeMapper("work_type", {"Riolering vervangen": "water_main"})
    assert mapper.map("riolering  VERVANGEN") == "water_main"


def test_code_values_are_filed_under_their_list_and_checked():
    values = check_code_values(parse_pairs("Riolering vervangen = sewer\nIn voorbereiding = preparation"))
    assert values == {"work_type": {"Riolering vervangen": "sewer"}, "status": {"In voorbereiding": "preparation"}}
    with pytest.raises(KipError, match="'sewerage' is neither a code of KIP"):
        check_code_values({"Riool": "sewerage"})


def test_mapping_text_and_json_and_bad_fields():
    assert parse_pairs("start_date = Startdatum\ntitle = \"Straat\" || ' ' || \"Nr\"") == {
        "start_date": "Startdatum",
        "title": "\"Straat\" || ' ' || \"Nr\"",
    }
    assert parse_pairs('{"end_date": "Eind"}') == {"end_date": "Eind"}
    with pytest.raises(KipError, match="'startdatum' is not a KIP field"):
        check_field_mapping({"startdatum": "Start"})
    with pytest.raises(KipError, match="Line 1"):
        parse_pairs("just words")


def test_guessed_mapping_from_dutch_headers():
    fields = ["Werknummer", "Omschrijving", "Soort werk", "Startdatum", "Einddatum", "Hinder", "X", "Y"]
    mapping = guess_mapping(fields)
    assert mapping[S.F_WORK_ID] == "Werknummer"
    assert mapping[S.F_START] == "Startdatum"
    assert mapping[S.F_END] == "Einddatum"
    assert mapping[S.F_WORK_TYPE] == "Soort werk"
    assert guess_geometry_fields(fields) == {"x": "X", "y": "Y"}
    assert guess_geometry_fields(["lat", "lon"]) == {"x": "lon", "y": "lat"}


def test_preset_survives_json_and_refuses_garbage():
    preset = ImportPreset(fields={S.F_START: "Begin"}, date_formats=["dd-mm-yyyy"], widths_by_type={"sewer": 3.0})
    again = ImportPreset.from_json(preset.to_json())
    assert again == preset
    assert again.width_for("sewer", is_point=False) == 3.0
    assert again.width_for("gas", is_point=True) == preset.point_width
    with pytest.raises(KipError, match="not readable"):
        ImportPreset.from_json("{broken")


def _rules(**kwargs):
    mapped = kwargs.pop("mapped", (S.F_WORK_ID, S.F_TITLE, S.F_WORK_TYPE, S.F_START, S.F_END, S.F_BUDGET_EUR, S.F_EXCAVATION))
    return RowRules(owner="riolering", mapped=mapped, **kwargs)


def test_a_good_row_becomes_a_work():
    raw = {S.F_WORK_ID: 12.0, S.F_TITLE: "Dorpsstraat", S.F_WORK_TYPE: "Riolering vervangen",
           S.F_START: "3 maart 2027", S.F_END: "30-04-2027", S.F_BUDGET_EUR: "€ 12.500,50", S.F_EXCAVATION: "ja"}
    values, problems = convert_row(raw, _rules())
    assert problems == []
    assert values[S.F_WORK_ID] == "riolering-12"
    assert values[S.F_WORK_TYPE] == "sewer"
    assert values[S.F_START] == D(2027, 3, 3) and values[S.F_END] == D(2027, 4, 30)
    assert values[S.F_BUDGET_EUR] == 12500.5
    assert values[S.F_EXCAVATION] is True
    assert values[S.F_OWNER] == "riolering"


def test_the_id_prefix_is_not_doubled_on_reimport():
    assert _rules().work_id("riolering-12") == "riolering-12"
    assert _rules(id_prefix="").work_id("PRG-1") == "PRG-1"


def test_a_bad_row_lists_every_problem_in_words():
    raw = {S.F_WORK_ID: " ", S.F_WORK_TYPE: "Iets", S.F_START: "31-02-2027", S.F_END: "", S.F_BUDGET_EUR: "veel",
           S.F_EXCAVATION: "misschien"}
    _values, problems = convert_row(raw, _rules())
    text = " | ".join(p.text() for p in problems)
    assert "The work id is empty" in text
    assert "'Iets' is not a known value" in text
    assert "no day 31 in month 2" in text
    assert "End date is empty" in text
    assert "'veel' is not a number" in text
    assert "'misschien' is not yes or no" in text
    assert "Start date is empty" not in text  # the unreadable date is reported once, not as empty too


def test_end_before_start_is_refused():
    raw = {S.F_WORK_ID: "1", S.F_START: "2027-05-01", S.F_END: "2027-04-01"}
    _values, problems = convert_row(raw, _rules())
    assert [p.text() for p in problems] == ["The end date 2027-04-01 lies before the start date 2027-05-01."]


def test_unknown_codes_can_fall_back():
    raw = {S.F_WORK_ID: "1", S.F_WORK_TYPE: "Iets", S.F_START: "2027-05-01", S.F_END: "2027-06-01"}
    values, problems = convert_row(raw, _rules(reject_unknown_codes=False))
    assert problems == [] and values[S.F_WORK_TYPE] == "other"


@pytest.mark.parametrize("text, number", [("12.500,50", 12500.5), ("12,500.50", 12500.5), ("1.000.000", 1e6),
                                          ("172000,5", 172000.5), ("-3", -3.0), ("", None)])
def test_numbers_as_spreadsheets_write_them(text, number):
    assert parse_number(text) == number


def test_yes_no_words():
    assert [parse_bool(v) for v in ("Ja", "nee", "X", "0", "", None)] == [True, False, True, False, None, None]


def test_change_report_kinds():
    old = {S.F_TITLE: "A", S.F_START: D(2027, 1, 1), S.F_END: D(2027, 2, 1), S.F_STATUS: "planned"}
    assert compare("w", None, old).kind == ADDED
    assert compare("w", old, None).kind == DROPPED
    assert compare("w", old, dict(old)).kind == UNCHANGED
    moved = compare("w", old, {**old, S.F_START: D(2027, 3, 1), S.F_END: D(2027, 4, 1)})
    assert moved.kind == MOVED and moved.start_shift_days == 59
    assert compare("w", old, dict(old), geometry_changed=True).changed_fields == ["geometry"]
    back = compare("w", {**old, S.F_STATUS: "cancelled"}, {**old, S.F_STATUS: "planned"})
    assert back.kind == REINSTATED
    summary = stats([moved, compare("w", old, None)])
    assert summary.counts[MOVED] == 1 and summary.later == 1 and summary.mean_shift_days == 59
