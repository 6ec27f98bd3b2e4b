"""Errors of the detection engine, carrying an untranslated message and its parameters."""
from __future__ import annotations

from typing import Any


class EngineError(ValueError):
    """Bad input for the engine; ``template`` is an English source string the GUI translates."""

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params))


class Cancelled(Exception):
    """The user cancelled: whatever was being made is dropped, and nothing was written."""
