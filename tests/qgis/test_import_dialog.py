"""The "Import plan…" dialog: guessed and remembered mappings per party, the import, the toolbar action."""
from __future__ import annotations

import pytest
from qgis.core import QgsApplication, QgsProject

from kip_plugin import settings
from kip_plugin.core import schema as S
from kip_plugin.importer.mapping import ImportPreset


@pytest.fixture
def provider(kip_provider):
    return kip_provider


@pytest.fixture
def clean_presets(qgis_app):
    for code in ("riolering", "groen"):
        settings.set_import_preset(code, "")
    yield
    for code in ("riolering", "groen"):
        settings.set_import_preset(code, "")


def _csv(tmp_path, header="Nummer;Titel;Startdatum;Einddatum;X;Y"):
    path = tmp_path / "plan.csv"
    path.write_text(header + "\n1;Riool Dorpsstraat;01-03-2027;30-04-2027;172000;448000\n", encoding="utf-8")
    return str(path)


def test_dialog_guesses_imports_and_remembers_the_mapping(new_store, tmp_path, provider, clean_presets):
    from kip_plugin.gui.import_dialog import ImportDialog

    project = QgsProject()
    dialog = ImportDialog(new_store, project)
    dialog.set_party("riolering")
    dialog.file.setFilePath(_csv(tmp_path))
    assert dialog.fields[S.F_START].currentField()[0] == "Startdatum"
    assert dialog.fields[S.F_WORK_ID].currentField()[0] == "Nummer"
    result = dialog.run_import()
    assert result is not None and int(result["IMPORTED"]) == 1
    assert "1 rows read: 1 imported" in dialog.report.text()
    assert [f[S.F_WORK_ID] for f in new_store.works_layer("riolering").getFeatures()] == ["riolering-1"]
    saved = ImportPreset.from_json(settings.import_preset("riolering"))
    assert saved.fields[S.F_START] == "Startdatum"


def test_dialog_warns_about_a_saved_mapping_whose_fields_are_gone(new_store, tmp_path, provider, clean_presets):
    from kip_plugin.gui.import_dialog import ImportDialog

    settings.set_import_preset("groen", ImportPreset(fields={S.F_START: "Begin", S.F_END: "Einddatum"}).to_json())
    dialog = ImportDialog(new_store, QgsProject())
    dialog.file.setFilePath(_csv(tmp_path))
    dialog.set_party("groen")
    assert "does not have: Begin" in dialog.problem.text()
    assert dialog.run_import() is None
    assert "start_date ← 'Begin'" in dialog.problem.text()
    assert new_store.works_layer().featureCount() == 0


def test_dialog_names_a_file_that_is_not_what_it_claims(new_store, tmp_path, provider, clean_presets):
    from kip_plugin.gui.import_dialog import ImportDialog

    path = tmp_path / "plan.xlsx"
    path.write_text("not a spreadsheet", encoding="utf-8")
    dialog = ImportDialog(new_store, QgsProject())
    dialog.file.setFilePath(str(path))
    assert "is called .xlsx but is not one" in dialog.problem.text()
    assert dialog.run_import() is None


def test_the_toolbar_has_import_plan_and_unload_removes_it(kip_plugin_loaded):
    names = [a.objectName() for a in kip_plugin_loaded.actions]
    assert "mKipAction_import" in names
    action = next(a for a in kip_plugin_loaded.actions if a.objectName() == "mKipAction_import")
    assert action.text() == "Import plan…"
    kip_plugin_loaded.unload()
    assert kip_plugin_loaded.actions == []
    assert QgsApplication.processingRegistry().providerById("kip") is None


def _with_a_bad_row(tmp_path, name="plan2.csv"):
    path = tmp_path / name
    path.write_text("Nummer;Titel;Startdatum;Einddatum;X;Y\n1;Goed;01-03-2027;30-04-2027;172000;448000\n"
                    "2;Fout;31-02-2027;30-04-2027;172100;448000\n", encoding="utf-8")
    return str(path)


def test_dialog_replaces_the_reports_of_an_earlier_import(new_store, tmp_path, provider, clean_presets):
    from kip_plugin.detection.styles import RESULT_PROPERTY
    from kip_plugin.gui.import_dialog import ImportDialog

    project = QgsProject()
    dialog = ImportDialog(new_store, project)
    dialog.set_party("riolering")
    dialog.file.setFilePath(_with_a_bad_row(tmp_path))
    for _ in range(2):
        result = dialog.run_import()
        assert int(result["REJECTED_COUNT"]) == 1
    rejected = [l for l in project.mapLayers().values() if l.customProperty(RESULT_PROPERTY) == "import_rejected"]
    assert len(rejected) == 1 and rejected[0].featureCount() == 1  # the second import's, not a pile


def test_dialog_import_can_be_stopped_and_writes_nothing(new_store, tmp_path, provider, clean_presets):
    from kip_plugin.gui.import_dialog import ImportDialog

    path = tmp_path / "groot.csv"
    lines = ["Nummer;Titel;Startdatum;Einddatum;X;Y"]
    lines += [f"{n};Werk {n};01-03-2027;30-04-2027;{172000 + n};448000" for n in range(60_000)]
    path.write_text("\n".join(lines), encoding="utf-8")
    dialog = ImportDialog(new_store, QgsProject())
    dialog.set_party("riolering")
    dialog.file.setFilePath(str(path))
    run = dialog.start_import()
    assert run is not None and dialog.cancel_button.isEnabled() and not dialog.import_button.isEnabled()
    dialog.cancel_import()
    run.wait()
    assert "cancelled; nothing was written" in dialog.problem.text()
    assert new_store.works_layer().featureCount() == 0
    assert dialog.import_button.isEnabled()


def test_the_mapping_fills_the_dialog(new_store, tmp_path, provider, clean_presets):
    from kip_plugin.gui.import_dialog import ImportDialog

    dialog = ImportDialog(new_store, QgsProject())
    dialog.show()
    dialog.resize(720, 900)
    QgsApplication.processEvents()
    mapping = dialog.tabs.widget(0)
    assert dialog.tabs.currentIndex() == 0
    assert mapping.height() > dialog.height() * 0.45
    assert mapping.widget().height() >= len(dialog.fields) * 20  # every row of the mapping has room
    dialog.close()
