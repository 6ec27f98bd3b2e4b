"""Every user-facing string has a Dutch translation, with the same placeholders."""
from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "i18n" / "kip_nl.ts"
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}")


def _messages(ts: Path) -> dict:
    """source -> (translation text, finished?) of a .ts file, obsolete entries left out."""
    result = {}
    for message in ET.parse(ts).getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        kind = translation.get("type", "") if translation is not None else "unfinished"
        if kind in ("obsolete", "vanished"):
            continue
        result[source] = ((translation.text or "") if translation is not None else "", kind != "unfinished")
    return result


@pytest.fixture(scope="module")
def source_strings(tmp_path_factory) -> set:
    """The strings the code marks for translation, extracted as `make translations` does."""
    if shutil.which("pylupdate5") is None:
        pytest.fail("pylupdate5 is missing (Debian package pyqt5-dev-tools)")
    out = tmp_path_factory.mktemp("ts") / "fresh.ts"
    files = sorted(str(p) for p in (ROOT / "kip_plugin").rglob("*.py"))
    subprocess.run(["pylupdate5", *files, "-ts", str(out)], check=True, capture_output=True)
    return set(_messages(out))


def test_every_string_in_the_code_has_a_dutch_translation(source_strings):
    committed = _messages(TS)
    missing = sorted(s for s in source_strings if s not in committed or not committed[s][0].strip() or not committed[s][1])
    assert not missing, f"{len(missing)} strings without Dutch translation (make translations, then translate):\n" + "\n".join(missing[:40])


def test_translations_keep_the_placeholders():
    wrong = [
        (source, text)
        for source, (text, _done) in _messages(TS).items()
        if text and sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text))
    ]
    assert not wrong, wrong[:10]


def test_the_plugin_speaks_dutch(qgis_app_dutch):
    from kip_plugin.i18n import tr

    assert tr("Open KIP…") == "KIP openen…"
    assert tr("The end date must not be before the start date.") == "De einddatum mag niet vóór de begindatum liggen."
