"""Party layers as a user meets them: in the KIP group, coloured, with forms and time settings."""
from __future__ import annotations

import pytest
from qgis.core import (
    QgsFeature,
    QgsFieldConstraints,
    QgsProject,
    QgsRuleBasedRenderer,
    QgsVectorLayer,
    QgsVectorLayerTemporalProperties,
    QgsVectorLayerUtils,
)
from qgis.PyQt.QtCore import QDate
from qgis.PyQt.QtGui import QColor

from kip_plugin.core import schema as S
from kip_plugin.store import project as kip_project
from kip_plugin.store.layers import VALUE_MAP_NULL, end_constraint_message


@pytest.fixture
def opened(demo_store_copy):
    project = QgsProject.instance()
    project.clear()
    group = kip_project.open_in_project(demo_store_copy, project)
    yield demo_store_copy, project, group
    project.clear()


def test_kip_group_has_one_layer_per_party_in_its_colour(opened):
    store, project, group = opened
    layers = [node.layer() for node in group.findLayers()]
    assert [layer.customProperty("kip/party") for layer in layers] == [p.code for p in store.parties()]
    assert [layer.name() for layer in layers] == [p.name for p in store.parties()]
    colours = set()
    for layer, party in zip(layers, store.parties()):
        renderer = layer.renderer()
        assert isinstance(renderer, QgsRuleBasedRenderer)
        planned = [r for r in renderer.rootRule().children() if r.isElse()][0]
        colour = planned.symbol().color()
        assert colour.name() == QColor(party.colour).name()
        colours.add(colour.name())
    assert len(colours) == len(layers)


def test_every_work_is_in_exactly_one_party_layer(opened):
    store, project, group = opened
    total = sum(node.layer().featureCount() for node in group.findLayers())
    assert total == store.works_layer().featureCount() > 300


def test_ideas_are_hatched_and_finished_works_faded(opened):
    _store, _project, group = opened
    layer = group.findLayers()[0].layer()
    rules = {r.filterExpression(): r for r in layer.renderer().rootRule().children()}
    idea = rules["\"status\" = 'idea'"]
    assert idea.symbol().symbolLayer(0).layerType() == "LinePatternFill"
    finished = [r for e, r in rules.items() if "done" in e][0]
    assert finished.symbol().symbolLayer(0).brushStyle() == 0  # Qt.NoBrush: outline only


def test_layers_are_time_aware_by_planned_period(opened):
    _store, _project, group = opened
    for node in group.findLayers():
        props = node.layer().temporalProperties()
        assert props.isActive()
        assert props.mode() == QgsVectorLayerTemporalProperties.ModeFeatureDateTimeStartAndEndFromFields
        assert props.startField() == S.F_START and props.endField() == S.F_END


def test_coded_fields_are_dropdowns_with_labels_and_dates_are_pickers(opened):
    _store, _project, group = opened
    layer = group.findLayers()[0].layer()
    fields = layer.fields()
    setup = layer.editorWidgetSetup(fields.indexOf(S.F_WORK_TYPE))
    assert setup.type() == "ValueMap"
    mapping = {code: label for entry in setup.config()["map"] for label, code in entry.items()}
    assert mapping["sewer"] == "Sewer" and set(mapping) == set(S.WORK_TYPES) | {VALUE_MAP_NULL}
    assert mapping[VALUE_MAP_NULL] == "(choose)"  # a new work starts without a type
    date_setup = layer.editorWidgetSetup(fields.indexOf(S.F_START))
    assert date_setup.type() == "DateTime" and date_setup.config()["calendar_popup"]
    assert layer.editorWidgetSetup(fields.indexOf(S.F_EXCAVATION)).type() == "CheckBox"
    assert layer.attributeAlias(fields.indexOf(S.F_START)) == "Start date"


def _feature(layer: QgsVectorLayer, start: QDate, end: QDate) -> QgsFeature:
    feature = QgsVectorLayerUtils.createFeature(layer)
    feature[S.F_TITLE] = "Test"
    feature[S.F_START] = start
    feature[S.F_END] = end
    return feature


def test_form_refuses_end_before_start_with_a_clear_message(opened):
    _store, _project, group = opened
    layer = group.findLayers()[1].layer()
    end_idx = layer.fields().indexOf(S.F_END)
    bad = _feature(layer, QDate(2027, 5, 1), QDate(2027, 4, 1))
    ok, errors = QgsVectorLayerUtils.validateAttribute(layer, bad, end_idx, QgsFieldConstraints.ConstraintStrengthHard)
    assert not ok
    assert end_constraint_message() in " ".join(errors)
    good = _feature(layer, QDate(2027, 5, 1), QDate(2027, 5, 1))
    ok, errors = QgsVectorLayerUtils.validateAttribute(layer, good, end_idx, QgsFieldConstraints.ConstraintStrengthHard)
    assert ok, errors


def test_new_work_in_a_party_layer_belongs_to_that_party(opened):
    store, _project, group = opened
    layer = [n.layer() for n in group.findLayers() if n.layer().customProperty("kip/party") == "groen"][0]
    feature = QgsVectorLayerUtils.createFeature(layer)
    assert feature[S.F_OWNER] == "groen"
    assert str(feature[S.F_WORK_ID]).startswith("groen-")
    assert feature[S.F_STATUS] == "planned"


def test_styles_are_stored_in_the_kip_for_plain_qgis(demo_store_copy):
    plain = QgsVectorLayer(demo_store_copy.works_uri(), "works", demo_store_copy.provider_key)
    # Plain QGIS loads the stored default style: works coloured by party, coded fields as drop-downs.
    assert plain.renderer().type() == "categorizedSymbol"
    assert plain.renderer().classAttribute() == S.F_OWNER
    assert plain.editorWidgetSetup(plain.fields().indexOf(S.F_STATUS)).type() == "ValueMap"
    message, ok = plain.loadDefaultStyle()
    assert ok, message
    assert plain.temporalProperties().isActive()
    _count, _ids, names, _descriptions, _error = plain.listStylesInDatabase()
    assert {f"kip_{p.code}" for p in demo_store_copy.parties()} <= set(names)


def test_reopening_replaces_the_group_instead_of_doubling_it(opened):
    store, project, _group = opened
    kip_project.open_in_project(store, project)
    assert len(kip_project.works_layers(project)) == len(store.parties())
    assert kip_project.store_of_project(project).path == store.path
    kip_project.close_in_project(project)
    assert kip_project.works_layers(project) == []
    assert kip_project.find_group(project) is None


def test_a_store_from_elsewhere_brings_data_not_code(tmp_path):
    from hostile_store import EVIL_FIELD, make_hostile_store
    from qgis.core import QgsEditFormConfig

    store = make_hostile_store(tmp_path / "partner.gpkg", tmp_path / "ran.txt")
    plain = store.works_layer()
    # Plain QGIS would take all of it from the stored style.
    assert plain.editFormConfig().initCode() and len(plain.actions().actions()) == 1
    assert EVIL_FIELD in plain.fields().names()
    project = QgsProject.instance()
    project.clear()
    kip_project.open_in_project(store, project)
    for layer in kip_project.works_layers(project):
        config = layer.editFormConfig()
        assert config.initCodeSource() == QgsEditFormConfig.CodeSourceNone
        assert not config.initCode() and not config.initFunction() and not config.initFilePath()
        assert layer.actions().actions() == []
        assert EVIL_FIELD not in layer.fields().names()
        assert config.layout() == QgsEditFormConfig.TabLayout  # KIP's own form
    project.clear()
    assert not (tmp_path / "ran.txt").exists()


def _form_labels(layer, feature):
    from qgis.gui import QgsAttributeEditorContext, QgsAttributeForm, QgsGui
    from qgis.PyQt.QtWidgets import QApplication, QLabel

    QgsGui.editorWidgetRegistry().initEditors()
    form = QgsAttributeForm(layer, feature, QgsAttributeEditorContext())
    form.show()
    QApplication.processEvents()
    return form, lambda: " | ".join(label.text() for label in form.findChildren(QLabel) if label.text())


def test_a_new_work_needs_a_title_and_a_type_and_the_form_says_so(opened):
    _store, _project, group = opened
    layer = group.findLayers()[0].layer()
    layer.startEditing()
    feature = QgsVectorLayerUtils.createFeature(layer)
    hard = QgsFieldConstraints.ConstraintStrengthHard
    for name in (S.F_TITLE, S.F_WORK_TYPE):
        ok, errors = QgsVectorLayerUtils.validateAttribute(layer, feature, layer.fields().indexOf(name), hard)
        assert not ok, name
    form, labels = _form_labels(layer, feature)
    assert "Every work needs a title." in labels() and "Choose the type of work." in labels()
    form.changeAttribute(S.F_TITLE, "Herinrichting Klaverweg")
    form.changeAttribute(S.F_WORK_TYPE, "road_reconstruction")
    _settle()
    assert "needs a title" not in labels() and "Choose the type" not in labels()
    layer.rollBack()


def test_the_reason_for_a_refused_end_date_is_written_in_the_form(opened):
    _store, _project, group = opened
    layer = group.findLayers()[1].layer()
    layer.startEditing()
    form, labels = _form_labels(layer, _feature(layer, QDate(2027, 5, 1), QDate(2027, 4, 1)))
    assert end_constraint_message() in labels()
    form.changeAttribute(S.F_END, QDate(2027, 6, 1))
    _settle()
    assert end_constraint_message() not in labels()
    layer.rollBack()


def _settle():
    from qgis.PyQt.QtWidgets import QApplication

    for _ in range(3):
        QApplication.processEvents()
