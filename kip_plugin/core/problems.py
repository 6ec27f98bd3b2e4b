"""Problems found in delivered data: an English source template plus its parameters.

The core stays free of Qt; the QGIS side translates ``template`` with ``tr`` and
formats it afterwards, so users read the problem in their own language.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a value, a row or a whole delivery."""

    template: str
    params: Dict[str, Any] = field(default_factory=dict)

    def text(self) -> str:
        """The untranslated message (the QGIS side uses its own translation)."""
        params = {k: v.text() if isinstance(v, Problem) else v for k, v in self.params.items()}
        return self.template.format(**params)

