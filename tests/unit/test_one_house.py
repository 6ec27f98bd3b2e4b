"""Each concept in one place: the schema's constants, one cancel, one error type, and print layouts that do not need the
desktop."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PLUGIN = Path(__file__).resolve().parents[2] / "kip_plugin"
SCHEMA = PLUGIN / "core" / "schema.py"


def _sources():
    return sorted(p for p in PLUGIN.rglob("*.py") if "__pycache__" not in p.parts)


def _code_lines(path: Path):
    """(number, line) of the code, without comments and docstrings."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
            docstrings.update(range(body[0].lineno, body[0].end_lineno + 1))
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if number not in docstrings:
            yield number, line.split("#", 1)[0]


@pytest.mark.parametrize(
    "pattern, what",
    [
        (r"1970-01-01", "the epoch (schema.EPOCH)"),
        (r"\b1970,\s*1,\s*1\b", "the epoch (schema.EPOCH)"),
        (r"#808080", "the colour of an unknown party (schema.UNKNOWN_PARTY_COLOUR)"),
        (r"2\s*\*\*\s*63", "the no-date value (schema.NO_DATE)"),
        (r"\b2440588\b", "the Julian day of the epoch (schema.JULIAN_DAY_OF_EPOCH)"),
        (r"""(==|!=)\s*["'](idea|planned|preparation|execution|done|cancelled)["']""", "a status (schema.STATUS_*)"),
    ],
)
def test_the_schema_constants_are_written_out_only_in_the_schema(pattern, what):
    found = [
        f"{path.relative_to(PLUGIN)}:{number}"
        for path in _sources()
        if path != SCHEMA
        for number, line in _code_lines(path)
        if re.search(pattern, line)
    ]
    assert not found, f"{what} written out again in: {', '.join(found)}"


def test_print_layouts_and_processing_do_not_import_the_desktop_gui():
    headless = [PLUGIN / "layouts", PLUGIN / "processing", PLUGIN / "detection", PLUGIN / "store", PLUGIN / "core",
                PLUGIN / "timeline"]
    found = []
    for folder in headless:
        for path in folder.rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "gui" and node.level >= 2:
                    found.append(f"{path.relative_to(PLUGIN)}:{node.lineno}")
    assert not found, f"modules that run headless import gui/: {', '.join(found)}"


def test_core_stays_free_of_qt_and_qgis():
    found = [
        f"{path.relative_to(PLUGIN)}:{number}"
        for path in (PLUGIN / "core").rglob("*.py")
        for number, line in _code_lines(path)
        if re.match(r"\s*(from|import)\s+(qgis|PyQt5)\b", line)
    ]
    assert not found, f"core imports Qt or QGIS: {', '.join(found)}"


def test_there_is_one_cancel():
    defined = [
        f"{path.relative_to(PLUGIN)}:{node.lineno} {node.name}"
        for path in _sources()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ClassDef) and re.search(r"cancel", node.name, re.IGNORECASE)
    ]
    assert defined == ["core/errors.py:14 Cancelled"]


# Exceptions that only steer the flow inside one module; users never see them.
CONTROL_FLOW = {"importer/engine.py _NothingToWrite", "importer/csvfile.py ReadStopped"}


def test_there_is_one_error_type():
    """Every error a user reads is a KipError (core/errors.py), translated once where it is shown."""
    defined = {}
    for path in _sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases = [base.id if isinstance(base, ast.Name) else getattr(base, "attr", "") for base in node.bases]
                defined[node.name] = (f"{path.relative_to(PLUGIN)}", bases)

    def is_exception(name, seen=()):
        if name in ("BaseException", "Exception") or name.endswith(("Error", "Exception", "Warning")):
            return True
        return name in defined and name not in seen and any(is_exception(b, seen + (name,)) for b in defined[name][1])

    errors = sorted(f"{where} {name}" for name, (where, bases) in defined.items()
                    if any(is_exception(base) for base in bases))
    expected = {"core/errors.py Cancelled", "core/errors.py KipError", "core/errors.py StoreError"} | CONTROL_FLOW
    assert set(errors) == expected, f"exception classes besides KipError: {sorted(set(errors) - expected)}"
