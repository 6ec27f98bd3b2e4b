"""Amounts, years and shares as the user reads them."""
from __future__ import annotations

import math
from typing import Optional

from qgis.PyQt.QtCore import QLocale

from ..i18n import tr


def euro(amount: Optional[float]) -> str:
    """'€ 105,000' (grouped the way the user's locale groups thousands); '–' when unknown."""
    if amount is None or (isinstance(amount, float) and math.isnan(amount)):
        return "–"
    return tr("€ {amount}").format(amount=QLocale().toString(int(round(amount))))


def share(fraction: float) -> str:
    """A fraction as a whole percentage: '23 %'."""
    return tr("{percent} %").format(percent=QLocale().toString(int(round(100 * fraction))))


def number(value: float, decimals: int = 0) -> str:
    """A number in the user's locale."""
    return QLocale().toString(float(value), "f", decimals)
