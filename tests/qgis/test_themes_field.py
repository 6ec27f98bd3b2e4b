"""Works carry themes; a store made before the themes field existed still opens and works."""
from __future__ import annotations

from osgeo import ogr
from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils, QgsFeature

from kip_plugin.core import schema as S
from kip_plugin.store.kipstore import KipStore
from kip_plugin.store.layers import configure_works_layer

from detection_data import add_to_store, bospad
from processing_helpers import run_kip


def _drop_themes(path: str) -> None:
    ds = ogr.Open(path, 1)
    layer = ds.GetLayerByName(S.WORKS_TABLE)
    layer.DeleteField(layer.GetLayerDefn().GetFieldIndex(S.F_THEMES))
    ds = None


def test_a_new_store_has_the_themes_field(new_store):
    assert S.F_THEMES in new_store.works_layer().fields().names()


def test_a_store_without_themes_opens_analyses_and_exports(tmp_path, qgis_app, kip_provider):
    store = KipStore.create(str(tmp_path / "old.gpkg"))
    add_to_store(store, bospad())
    _drop_themes(store.path)
    old = KipStore.open(store.path)
    layer = old.works_layer()
    assert S.F_THEMES not in layer.fields().names()
    result = run_kip("detectcombinations", {"INPUT": [old.works_uri()], "OUTPUT_CLUSTERS": "TEMPORARY_OUTPUT",
                                            "OUTPUT_WORKS": "TEMPORARY_OUTPUT"})
    assert result["N_COMBINATIONS"] == 1
    out = tmp_path / "export.csv"
    run_kip("exportworks", {"STORE": old.path, "OUTPUT": str(out)})
    assert "RIO-1" in out.read_text(encoding="utf-8-sig")


def test_the_form_accepts_theme_codes_and_refuses_other_words(new_store):
    layer = configure_works_layer(new_store.works_layer(), new_store.parties())
    index = layer.fields().indexOf(S.F_THEMES)
    expression = layer.fields().at(index).constraints().constraintExpression()

    def accepts(value) -> bool:
        feature = QgsFeature(layer.fields())
        feature[S.F_THEMES] = value
        context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
        context.setFeature(feature)
        return bool(QgsExpression(expression).evaluate(context))

    assert accepts(None)
    assert accepts("climate_adaptation")
    assert accepts("climate_adaptation, greening")
    assert not accepts("klimaat")
    assert not accepts("greening,,mobility")


def test_themes_are_split_and_joined_in_a_fixed_order():
    assert S.split_themes(" greening , climate_adaptation,") == ["greening", "climate_adaptation"]
    assert S.join_themes(["greening", "climate_adaptation", "greening"]) == "climate_adaptation,greening"
    assert S.split_themes(None) == []
