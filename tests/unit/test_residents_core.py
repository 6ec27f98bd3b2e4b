"""The residents' core without QGIS: events, disruption-days, streets, calendars, the public whitelist."""
from __future__ import annotations

import datetime as dt

import icalendar
import numpy as np
import pytest
from shapely.geometry import LineString, box

from kip_plugin.core import schema as S
from kip_plugin.core.disruption import disruption_by_place, event_disruption_days, works_disruption_days
from kip_plugin.core.events import combined_period, in_period, make_events, subset
from kip_plugin.core.ical import CalendarEvent, calendar, fold
from kip_plugin.core.public import PRIVATE_WORK_FIELDS, PUBLIC_KEYS, PublicParty, public_works
from kip_plugin.core.rules import load_rules
from kip_plugin.core.streets import group_sections, place_streets, slugify, works_of_areas, works_of_streets
from kip_plugin.core.works import make_works, to_days

D = dt.date


def _along(x0, x1, y=0.0, half=2.5):
    return box(x0, y - half, x1, y + half)


@pytest.fixture
def street_works():
    """A sewer and a water main in the Kerkstraat that may run together; street lighting far away."""
    return make_works(
        ids=["GRP-1", "VIT-1", "WKB-1"],
        owners=["riolering", "vitens", "wijkbeheer"],
        types=["sewer", "water_main", "lighting"],
        start=[D(2027, 3, 1), D(2027, 4, 1), D(2027, 9, 1)],
        end=[D(2027, 6, 28), D(2027, 5, 30), D(2027, 9, 30)],
        earliest_start=[D(2027, 1, 1), D(2027, 2, 1), None],
        latest_end=[D(2027, 12, 31), D(2027, 8, 31), None],
        disruption=["high", "medium", "low"],
        geoms=[_along(0, 300), _along(20, 280), _along(2000, 2200)],
        titles=["Vervanging riolering Kerkstraat", "Vervanging waterleiding Kerkstraat", "LED-verlichting"],
    )


def test_combinable_works_become_one_event_with_one_period(street_works):
    events = make_events(street_works, load_rules())
    assert [(e.key, e.combined) for e in events] == [("combination-GRP-1", True), ("WKB-1", False)]
    combined = events[0]
    assert [street_works.ids[i] for i in combined.members] == ["GRP-1", "VIT-1"]
    # From the earliest planned start, as long as the longest work (120 days).
    assert (combined.start, combined.end) == tuple(to_days([D(2027, 3, 1), D(2027, 6, 28)]))
    assert combined.days == 120


def test_a_combined_period_stays_inside_the_common_window():
    day = lambda d: int(to_days([d])[0])  # noqa: E731
    # The works may only run together from 1 May; the earliest was planned on 1 March.
    start, end = combined_period(
        np.array([day(D(2027, 3, 1)), day(D(2027, 6, 1))]), np.array([30, 60]), day(D(2027, 5, 1)), day(D(2027, 12, 31))
    )
    assert (start, end) == (day(D(2027, 5, 1)), day(D(2027, 6, 29)))
    # A common window that ends early pulls the start forward, never before the common start.
    start, _ = combined_period(np.array([day(D(2027, 8, 1))]), np.array([30]), day(D(2027, 5, 1)), day(D(2027, 6, 9)))
    assert start == day(D(2027, 5, 11))


def test_disruption_days_with_and_without_combining(street_works):
    events = make_events(street_works, load_rules())
    start, end = (int(d) for d in to_days([D(2027, 1, 1), D(2028, 12, 31)]))
    rows = disruption_by_place(street_works, events, [[0, 1], [2], []], start, end)
    table = {(r.place, r.year): (r.disruption_days, r.disruption_days_without_combining, r.works) for r in rows}
    # Sewer 120 high days (2 each) + water main 60 medium days (1 each) = 300 on their own;
    # together the water main's days fall inside the sewer's: 240.
    assert table[(0, 2027)] == (240.0, 300.0, 2)
    assert table[(0, 2028)] == (0.0, 0.0, 0)
    assert table[(1, 2027)] == (15.0, 15.0, 1)  # 30 low days of 0.5
    assert table[(2, 2027)] == (0.0, 0.0, 0)
    assert event_disruption_days(street_works, events[0]) == 240.0
    assert works_disruption_days(street_works, [0, 1]) == 300.0


def test_only_days_inside_the_period_count(street_works):
    events = make_events(street_works, load_rules())
    start, end = (int(d) for d in to_days([D(2027, 6, 1), D(2027, 6, 30)]))
    row = disruption_by_place(street_works, events, [[0, 1]], start, end)[0]
    assert (row.disruption_days, row.disruption_days_without_combining) == (56.0, 56.0)  # 28 high days


def test_works_in_a_period_leave_out_done_and_cancelled():
    works = make_works(
        ids=["a", "b", "c"], owners=["x", "y", "z"], types=["sewer"] * 3,
        start=[D(2027, 1, 1)] * 3, end=[D(2027, 2, 1)] * 3, status=["planned", "done", "cancelled"],
        geoms=[box(0, 0, 1, 1)] * 3,
    )
    start, end = (int(d) for d in to_days([D(2027, 1, 15), D(2027, 1, 20)]))
    assert in_period(works, start, end).tolist() == [0]
    assert len(subset(works, in_period(works, start, end))) == 1


def test_sections_of_one_name_make_one_street_per_place():
    names = ["Kerkstraat", "Kerkstraat", "Kerkstraat", "Molenweg"]
    geoms = np.array([LineString([(0, 0), (100, 0)]), LineString([(110, 0), (200, 0)]),
                      LineString([(5000, 0), (5100, 0)]), LineString([(50, -50), (50, 50)])], dtype=object)
    streets = group_sections(names, geoms)
    assert [(s.name, s.sections) for s in streets] == [("Kerkstraat", [0, 1]), ("Kerkstraat", [2]), ("Molenweg", [3])]
    place_streets(streets, ["Centrum", "Bennekom"], np.array([box(-10, -100, 300, 100), box(4900, -100, 5200, 100)]))
    assert [s.label for s in streets] == ["Kerkstraat (Centrum)", "Kerkstraat (Bennekom)", "Molenweg"]
    assert [s.slug for s in streets] == ["kerkstraat-centrum", "kerkstraat-bennekom", "molenweg"]
    place_streets(streets, [], np.array([], dtype=object))
    assert [s.label for s in streets][:2] == ["Kerkstraat [1]", "Kerkstraat [2]"]


def test_a_work_concerns_the_street_it_runs_along_not_the_side_streets():
    streets = group_sections(
        ["Kerkstraat", "Schoolstraat"],
        np.array([LineString([(0, 0), (400, 0)]), LineString([(150, -200), (150, 200)])], dtype=object),
    )
    sewer = _along(0, 300, half=2.5)
    square = box(140, -40, 160, -20)  # a small work on the side street only
    found = works_of_streets(streets, np.array([sewer, square], dtype=object))
    assert found == [[0], [1]]
    assert works_of_areas(np.array([box(-10, -10, 100, 10)], dtype=object), np.array([sewer, square], dtype=object)) == [[0]]


def test_slugs_are_plain_ascii():
    assert slugify("Burgemeester Visserweg") == "burgemeester-visserweg"
    assert slugify("Dorpsstraat (Ede-Zuid)") == "dorpsstraat-ede-zuid"
    assert slugify("Café 't Hoekje") == "cafe-t-hoekje"


def test_calendar_parses_with_the_right_days():

    long_summary = "Vervanging riolering en waterleiding, Kerkstraat; één keer de straat open " * 3
    text = calendar(
        "Werkzaamheden Kerkstraat",
        [CalendarEvent("combination-GRP-1@kip", long_summary, "Riolering, Vitens\nBel 14 0318", D(2027, 3, 1), D(2027, 6, 28))],
        dt.datetime(2026, 11, 29, 12, 0, tzinfo=dt.timezone.utc),
    )
    assert all(len(line.encode("utf-8")) <= 75 for line in text.split("\r\n"))
    parsed = icalendar.Calendar.from_ical(text)
    (event,) = [c for c in parsed.walk() if c.name == "VEVENT"]
    assert event.decoded("DTSTART") == D(2027, 3, 1)
    assert event.decoded("DTEND") == D(2027, 6, 29)  # the day after the last day
    assert str(event["SUMMARY"]) == long_summary
    assert str(event["DESCRIPTION"]) == "Riolering, Vitens\nBel 14 0318"


def test_folding_never_splits_a_character():
    lines = fold("é" * 100)
    assert "".join(line[1:] if k else line for k, line in enumerate(lines)) == "é" * 100
    assert all(len(line.encode("utf-8")) <= 75 for line in lines)


def test_public_records_hold_only_whitelisted_fields(street_works):
    for private in (S.F_BUDGET_EUR, S.F_BUDGET_TYPE, S.F_DESCRIPTION, S.F_CONTACT):
        assert private in PRIVATE_WORK_FIELDS
    columns = {
        S.F_WORK_ID: np.array(["GRP-1"]), S.F_TITLE: np.array(["Riool"]), S.F_WORK_TYPE: np.array(["sewer"]),
        S.F_STATUS: np.array(["planned"]), S.F_OWNER: np.array(["riolering"]),
        S.F_START: to_days([D(2027, 3, 1)]), S.F_END: to_days([D(2027, 6, 28)]),
        S.F_ROAD_CLOSURE: np.array([1], dtype=np.int8), S.F_DISRUPTION: np.array(["high"]),
    }
    (work,) = public_works(columns, np.array([True]), {"riolering": PublicParty("Riolering", "14 0318")})
    properties = work.properties()
    assert tuple(properties) == PUBLIC_KEYS
    assert properties["party"] == "Riolering" and properties["contact"] == "14 0318"
    assert properties["start"] == "2027-03-01" and properties["road_closure"] is True


def test_datex2_locations_follow_trenches_and_mark_squares():
    from kip_plugin.residents.datex2 import location_shape

    trench = location_shape(box(0, -2.5, 300, 2.5))
    assert trench.geom_type == "MultiLineString"
    (line,) = trench.geoms
    assert sorted(round(c) for xy in line.coords for c in xy) == [0, 0, 0, 300]
    square = location_shape(box(0, 0, 40, 40).union(box(200, 0, 240, 40)))
    assert square.geom_type == "Point" and square.within(box(0, 0, 240, 40))
