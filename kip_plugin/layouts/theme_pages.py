"""The tactical additions to a council map: whose money on each district page, and a page per theme area."""
from __future__ import annotations

from typing import List, Optional, Sequence

from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransformContext, QgsFeatureSource

from ..core import schema as S
from ..core.errors import KipError
from ..core.schema import QT_TRANSLATE_NOOP
from ..i18n import tr, tr_code
from ..tactical.text import share
from .atlas import District
from .common import locale
from .works_data import Combination, Warn, _transform, features, geometry_in

# Fields of the theme-area layer that kip:themesignals writes (OUTPUT_AREAS).
THEME_FIELDS_NEEDED = ("theme", "name")
MILLION = 1_000_000


def amount_text(value: float) -> str:
    """An amount for a summary line: '€ 548,376', or '€ 1.2 mln' from a million."""
    if abs(value) >= MILLION:
        return tr("€ {amount} mln").format(amount=locale().toString(value / MILLION, "f", 1))
    return tr("€ {amount}").format(amount=locale().toString(int(round(value))))


def money_summary(district: District, combinations: Sequence[Combination]) -> str:
    """'Project money € 1.2 mln · Maintenance money € 450,000 · Saved by combining € 71,616', or ''."""
    project = sum(w.budget_eur or 0.0 for w in district.works if w.budget_type == "project")
    maintenance = sum(w.budget_eur or 0.0 for w in district.works if w.budget_type == "maintenance")
    saving_of = {c.cluster_id: c.saving_eur for c in combinations if c.saving_eur is not None}
    saved = sum(saving_of.get(c, 0.0) for c in district.combinations)
    parts = []
    if project:
        parts.append(tr("Project money {amount}").format(amount=amount_text(project)))
    if maintenance:
        parts.append(tr("Maintenance money {amount}").format(amount=amount_text(maintenance)))
    if saved:
        parts.append(tr("Saved by combining {amount}").format(amount=amount_text(saved)))
    return " · ".join(parts)


def _number(feature, name: str, names) -> Optional[float]:
    if name not in names:
        return None
    value = feature[name]
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    return float(value)


def theme_summary(feature, names) -> str:
    """One line about a theme area (its theme is in the page's title): how much of it works touch, and its signals."""
    parts = []
    touched, served = _number(feature, "touched_share", names), _number(feature, "served_share", names)
    if touched is not None:
        parts.append(tr("{touched} touched by works, {served} by works that serve it").format(
            touched=share(touched), served=share(served or 0.0)))
    counts = [_number(feature, n, names) for n in ("n_opportunities", "n_contradictions")]
    if None not in counts:
        parts.append(tr("{opportunities} opportunities, {contradictions} against it").format(
            opportunities=int(counts[0]), contradictions=int(counts[1])))
    goal = str(feature["goal"]) if "goal" in names and feature["goal"] else ""
    if goal:
        parts.append(tr("goal: {goal}").format(goal=goal))
    return " · ".join(parts)


def read_theme_pages(source: Optional[QgsFeatureSource], crs: QgsCoordinateReferenceSystem,
                     context: QgsCoordinateTransformContext, warn: Warn) -> List[District]:
    """A page (as a district) per theme area of ``source`` (the areas 'Theme signals' writes), by theme and name."""
    if source is None:
        return []
    names = source.fields().names()
    missing = [n for n in THEME_FIELDS_NEEDED if n not in names]
    if missing:
        raise KipError(
            QT_TRANSLATE_NOOP("@default", "The theme layer '{layer}' has no field '{field}'; give the theme areas "
                                          "of 'Theme signals'."),
            layer=source.sourceName(), field=missing[0])
    transform = _transform(source.sourceCrs(), crs, context)
    pages = []
    for feature in features(source):
        theme = str(feature["theme"] or "")
        name = str(feature["name"] or tr("Area {fid}").format(fid=feature.id()))
        geometry = geometry_in(feature, transform)
        if geometry is None:
            warn(tr("Theme area '{name}' is left out: it has no shape.").format(name=name))
            continue
        title = tr("{theme}: {name}").format(theme=tr_code(S.THEMES, theme), name=name)
        pages.append((theme, name, District(title, geometry, summary=theme_summary(feature, names))))
    return [district for _theme, _name, district in sorted(pages, key=lambda p: (p[0], p[1].lower()))]


def number_theme_pages(pages: List[District], first: int) -> None:
    """Number the theme pages from ``first`` on."""
    for number, page in enumerate(pages, start=first):
        page.page = number
