"""The timeline's rows: grouping, lanes, filters, the map-extent filter, bad input, fast reading."""

from __future__ import annotations

import numpy as np
from qgis.core import QgsFeatureRequest, QgsGeometry, QgsPointXY, QgsRectangle, QgsVectorLayer
from qgis.PyQt.QtCore import QDate

from kip_plugin.core import schema as S
from kip_plugin.gui.timeline_columns import NO_DATE
from kip_plugin.gui.timeline_model import GroupBy
from kip_plugin.gui.timeline_source import COLUMN_OF, read_works
from kip_plugin.store.works_table import day_number, text_value
from kip_plugin.paths import ede_boundaries_path
from kip_plugin.store import context
from kip_plugin.store import project as kip_project
from timeline_helpers import works_count, add_results, click, memory_layer, settle

SCHEMA_FIELD = {column: name for name, column in COLUMN_OF.items()}


def _shown_rows(dock):
    return dock.model.layout().index.tolist()


def _group_of_rows(dock):
    """Group label of every shown work."""
    layout = dock.model.layout()
    result = {}
    for group in layout.groups:
        inside = (layout.y >= group.y) & (layout.y < group.y + group.height)
        for row in layout.index[inside].tolist():
            result[row] = group.label
    return result


def test_rows_are_grouped_by_party_in_the_kips_order_with_every_work(dock, demo_store_copy):
    layout = dock.model.layout()
    parties = demo_store_copy.parties()
    assert [g.label for g in layout.groups] == [p.name for p in parties]
    assert sum(g.count for g in layout.groups) == demo_store_copy.works_layer().featureCount() == len(layout.index)
    names = {p.code: p.name for p in parties}
    t = dock.model.table
    for row, label in _group_of_rows(dock).items():
        assert names[t.owner[row]] == label
    total = len(layout.index)
    assert dock.status.text().startswith(f"{total} of {total} works")


def test_bars_sharing_a_lane_never_overlap_in_time(dock):
    layout, t = dock.model.layout(), dock.model.table
    for y in np.unique(layout.y):
        rows = layout.index[layout.y == y]
        order = np.argsort(t.win_start[rows])
        starts, ends = t.win_start[rows][order], t.win_end[rows][order]
        assert (starts[1:] > ends[:-1]).all()


def test_status_party_and_text_filters(dock, kip_in_project):
    t = dock.model.table
    ideas = sum(1 for s in t.status if s == "idea")
    assert ideas > 0
    dock.model.set_hidden_statuses({"idea"})
    dock.refresh()
    assert len(_shown_rows(dock)) == len(t) - ideas
    assert all(t.status[r] != "idea" for r in _shown_rows(dock))

    dock.model.set_hidden_parties({"verkeer"})
    dock.refresh()
    assert "Verkeer" not in [g.label for g in dock.model.layout().groups]

    dock.search.setText("heideweg")
    settle()
    shown = _shown_rows(dock)
    assert shown and all("heideweg" in (t.title[r] + t.work_id[r]).lower() for r in shown)
    assert dock.status.text().startswith(f"{len(shown)} of {works_count(kip_in_project)} works")

    dock.show_all()
    assert len(_shown_rows(dock)) == len(t)


def test_extent_filter_follows_the_map_as_it_pans(dock, kip_in_project, qgis_iface):
    canvas = qgis_iface.mapCanvas()
    dock.extent_action.setChecked(True)
    settle()
    total = works_count(kip_in_project)
    assert len(_shown_rows(dock)) == total  # the map shows all of Ede

    def works_in(rect: QgsRectangle) -> set:
        ids = set()
        for layer in kip_project.works_layers(kip_in_project):
            for f in layer.getFeatures(QgsFeatureRequest().setFilterRect(rect)):
                if f.geometry().boundingBox().intersects(rect):
                    ids.add(f[S.F_WORK_ID])
        return ids

    t = dock.model.table
    for row in (0, 240):  # pan to one work, then to another
        x0, y0, x1, y1 = t.bbox[row]
        centre = ((x0 + x1) / 2, (y0 + y1) / 2)
        rect = QgsRectangle(centre[0] - 1200, centre[1] - 900, centre[0] + 1200, centre[1] + 900)
        canvas.setExtent(rect)
        settle()
        shown = {t.work_id[r] for r in _shown_rows(dock)}
        expected = works_in(canvas.extent())
        assert t.work_id[row] in shown and len(shown) < total
        assert shown == expected

    dock.extent_action.setChecked(False)
    settle()
    assert len(_shown_rows(dock)) == total


def test_grouping_by_combination_uses_the_detection_results(dock, kip_in_project):
    t = dock.model.table
    a, b, c = t.work_id[0], t.work_id[5], t.work_id[200]
    add_results(
        kip_in_project,
        clusters=[
            {
                S.R_CLUSTER_ID: 7,
                S.R_N_WORKS: 3,
                S.R_WORK_IDS: ",".join(sorted([a, b, c])),
                S.R_OWNERS: "riolering,vitens",
                S.R_DIGS_SAVED: 2,
            }
        ],
        conflicts=[
            {S.R_CONFLICT_ID: 1, S.R_KIND: S.CONFLICT_DIG_AFTER_PAVING, S.R_WORK_A: a, S.R_WORK_B: t.work_id[300]}
        ],
    )
    dock.group_combo.setCurrentIndex(dock.group_combo.findData(GroupBy.COMBINATION))
    settle()
    layout = dock.model.layout()
    assert [g.label for g in layout.groups] == [
        "Combination 7: Riolering, Vitens (one dig instead of 3)",
        "Not in a combination",
    ]
    assert layout.groups[0].count == 3
    members = {t.work_id[r] for r, label in _group_of_rows(dock).items() if label.startswith("Combination 7")}
    assert members == {a, b, c}
    linked = {t.work_id[layout.index[p]] for pair in layout.links.tolist() for p in pair}
    assert linked == {a, b, c}  # the members are joined by links
    conflict = dock.model.in_conflict()
    assert conflict[t.by_work_id[a]] and conflict[t.by_work_id[t.work_id[300]]]
    assert conflict.sum() == 2


def test_grouping_by_district_puts_each_work_in_the_district_around_it(dock, kip_in_project):
    context.add_context_layers(kip_in_project, str(ede_boundaries_path()))
    settle()
    dock.group_combo.setCurrentIndex(dock.group_combo.findData(GroupBy.DISTRICT))
    settle()
    districts = dock.district_combo.currentLayer()
    assert districts.customProperty("kip/role") == "context_wijken"
    names = {f["statnaam"]: f.geometry() for f in districts.getFeatures()}
    groups = [g.label for g in dock.model.layout().groups]
    assert set(groups) - {"Outside the districts"} <= set(names)
    assert len(groups) > 5
    t = dock.model.table
    for row, label in list(_group_of_rows(dock).items())[::25]:
        if label == "Outside the districts":
            continue
        x0, y0, x1, y1 = t.bbox[row]
        centre = QgsGeometry.fromPointXY(QgsPointXY((x0 + x1) / 2, (y0 + y1) / 2))
        assert names[label].contains(centre) or names[label].intersects(
            QgsGeometry.fromRect(QgsRectangle(x0, y0, x1, y1))
        )


def test_works_with_bad_dates_or_no_area_need_attention_and_are_not_dropped(dock, kip_in_project):
    fields = [
        (S.F_WORK_ID, "string"),
        (S.F_TITLE, "string"),
        (S.F_OWNER, "string"),
        (S.F_STATUS, "string"),
        (S.F_START, "date"),
        (S.F_END, "date"),
        (S.F_EARLIEST_START, "date"),
        (S.F_LATEST_END, "date"),
    ]
    area = "MULTIPOLYGON(((171000 451000, 171050 451000, 171050 451020, 171000 451000)))"
    d = QDate
    rows = [
        {
            S.F_WORK_ID: "x-ok",
            S.F_TITLE: "Fine",
            S.F_OWNER: "partner_x",
            S.F_START: d(2027, 1, 1),
            S.F_END: d(2027, 2, 1),
            "geometry": area,
        },
        {
            S.F_WORK_ID: "x-nostart",
            S.F_TITLE: "No start",
            S.F_OWNER: "partner_x",
            S.F_END: d(2027, 2, 1),
            "geometry": area,
        },
        {S.F_WORK_ID: "x-none", S.F_TITLE: "No dates", S.F_OWNER: "partner_x", "geometry": area},
        {
            S.F_WORK_ID: "x-reverse",
            S.F_TITLE: "Backwards",
            S.F_OWNER: "partner_x",
            S.F_START: d(2027, 5, 1),
            S.F_END: d(2027, 3, 1),
            "geometry": area,
        },
        {
            S.F_WORK_ID: "x-nowhere",
            S.F_TITLE: "Nowhere",
            S.F_OWNER: "partner_x",
            S.F_START: d(2027, 5, 1),
            S.F_END: d(2027, 6, 1),
            "geometry": "",
        },
    ]
    layer = memory_layer("MultiPolygon", "Partner X", fields, rows)
    layer.setCustomProperty("kip/role", "works")
    layer.setCustomProperty("kip/party", "partner_x")
    before = works_count(kip_in_project)
    kip_in_project.addMapLayer(layer)
    settle()
    layout, t = dock.model.layout(), dock.model.table
    assert len(t) == before + len(rows)
    attention = layout.groups[0]
    assert attention.attention and attention.label == "Needs attention" and attention.count == 4
    reasons = {
        t.work_id[r]: dock.model.problems(r) for r, label in _group_of_rows(dock).items() if label == "Needs attention"
    }
    assert reasons == {
        "x-nostart": ["No start date"],
        "x-none": ["No start date", "No end date"],
        "x-reverse": ["End date before start date"],
        "x-nowhere": ["No work area"],
    }
    assert "4 need attention" in dock.status.text()
    assert _group_of_rows(dock)[t.by_work_id["x-ok"]] == "partner_x"
    dock.view.grab()  # painting the odd rows works too


def test_clicking_a_group_header_collapses_and_expands_it(dock):
    view, layout = dock.view, dock.model.layout()
    first = layout.groups[0]
    tall = layout.height
    header = view.mapFromScene(10, 40 + first.y + layout.header_height / 2)
    header.setX(300)
    click(view, header)
    assert dock.model.layout().groups[0].collapsed
    assert dock.model.layout().height < tall
    click(view, header)
    assert not dock.model.layout().groups[0].collapsed
    assert dock.model.layout().height == tall


def test_fast_reading_gives_what_the_feature_iterator_gives(kip_in_project, demo_store_copy):
    everything = demo_store_copy.works_layer()  # no filter
    # A filter that overlaps the party layers. It is set in the source: setSubsetString() on a
    # GeoPackage layer makes QGIS 3.22 reopen the file in WAL mode, which breaks other readers.
    if demo_store_copy.backend == "gpkg":
        ideas = QgsVectorLayer(f"{demo_store_copy.works_uri()}|subset=\"{S.F_STATUS}\" = 'idea'", "ideas", "ogr")
    else:
        ideas = demo_store_copy.works_layer(name="ideas")
        ideas.setSubsetString(f"\"{S.F_STATUS}\" = 'idea'")
    layers = kip_project.works_layers(kip_in_project) + [everything, ideas]
    fast = read_works(layers)
    expected = [everything.featureCount(), ideas.featureCount()]
    assert [len(c) for c in fast[-2:]] == expected and 0 < expected[1] < expected[0]
    assert len(read_works([ideas])[0]) == expected[1]  # alone, through the table's index
    for layer, columns in zip(layers, fast):
        features = {f.id(): f for f in layer.getFeatures()}
        assert sorted(columns.fid.tolist()) == sorted(features)
        for row, fid in enumerate(columns.fid.tolist()):
            feature = features[fid]
            for name in ("work_id", "title", "owner", "work_type", "status"):
                assert getattr(columns, name)[row] == text_value(feature[SCHEMA_FIELD[name]])
            for name in ("start", "end", "earliest", "latest"):
                assert getattr(columns, name)[row] == day_number(feature[SCHEMA_FIELD[name]])
            box = feature.geometry().boundingBox()
            expected_box = [box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()]
            assert np.allclose(columns.bbox[row], expected_box)
    assert any((c.earliest == NO_DATE).any() and (c.earliest != NO_DATE).any() for c in fast)
