"""One sentence on the council map's cover: the residents' disruption-days in the period, with and without combining."""
from __future__ import annotations

from typing import Callable, Optional, Sequence

from qgis.core import QgsLayoutItemLabel, QgsPrintLayout, QgsVectorLayer
from qgis.PyQt.QtCore import QLocale

from ..i18n import error_text, tr, user_language
from . import items as I

Warn = Callable[[str], None]


def disruption_sentence(works: Sequence[QgsVectorLayer], start, end) -> Optional[str]:
    """'Disruption for residents in this period: …' for the works of ``works`` in ``start``–``end`` (dates)."""
    from ..core.disruption import disruption_by_place
    from ..core.events import in_period, make_events, subset
    from ..core.public import READ_FIELDS
    from ..core.rules import load_rules
    from ..core.works import to_days
    from ..detection.reader import read_works

    first, last = (int(d) for d in to_days([start, end]))
    data = read_works(list(works), None, READ_FIELDS)
    chosen = subset(data.works, in_period(data.works, first, last))
    if not len(chosen):
        return None
    events = make_events(chosen, load_rules())
    rows = disruption_by_place(chosen, events, [range(len(chosen))], first, last)
    together = sum(r.disruption_days for r in rows)
    alone = sum(r.disruption_days_without_combining for r in rows)
    return tr(
        "Disruption for residents in this period: {with} disruption-days when combinable works are carried out "
        "together, {without} when each is carried out on its own."
    ).format(**{"with": _number(together), "without": _number(alone)})


def _number(value: float) -> str:
    return QLocale(user_language()).toString(int(round(value)))


def add_disruption(layout: QgsPrintLayout, works: Sequence[QgsVectorLayer], period, warn: Warn) -> None:
    """Add the disruption sentence at the end of the cover's closing text."""
    label = layout.itemById(I.COVER_EMPTY)
    if not isinstance(label, QgsLayoutItemLabel):
        return
    try:
        sentence = disruption_sentence(works, period.start, period.end)
    except Exception as error:
        warn(tr("The disruption for residents is not on the cover: {error}").format(error=error_text(error)))
        return
    if sentence:
        label.setText("\n".join(t for t in (label.text(), sentence) if t))
