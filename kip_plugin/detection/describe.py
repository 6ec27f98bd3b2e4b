"""Sentences about conflicts and results, for people who do not read attribute tables."""
from __future__ import annotations

from functools import lru_cache
from typing import Dict, Optional

from qgis.PyQt.QtCore import QDate, QLocale

from ..core import schema as S
from ..core.works import to_date
from ..i18n import tr, tr_code

# Below this many days a span is told in days, from it on in months.
DAYS_AS_MONTHS_FROM = 60
DAYS_PER_MONTH = 30.44
# Works a closure cluster's description names; the others are counted.
CLUSTER_TITLES = 4


def date_text(day: int) -> str:
    """A day number as the user's locale writes a date in full, e.g. '1 March 2027'."""
    return _date_text(int(day), QLocale().name())


@lru_cache(maxsize=4096)
def _date_text(day: int, locale_name: str) -> str:
    # Conflicts name the same few hundred days again and again.
    d = to_date(day)
    return QLocale(locale_name).toString(QDate(d.year, d.month, d.day), "d MMMM yyyy")


def period_text(start: int, end: int) -> str:
    """'on 27 April 2027' or 'from 1 June 2027 to 30 June 2027'."""
    if start == end:
        return tr("on {date}").format(date=date_text(start))
    return tr("from {start} to {end}").format(start=date_text(start), end=date_text(end))


def span_text(days: int) -> str:
    """A number of days as people say it: '45 days', '8 months'."""
    if days < DAYS_AS_MONTHS_FROM:
        return tr("{n} days").format(n=days)
    return tr("{n} months").format(n=round(days / DAYS_PER_MONTH))


def _apart(distance: float) -> str:
    if distance < 1.0:
        return tr("in the same place")
    return tr("{n} m apart").format(n=round(distance))


def _from(distance: float) -> str:
    if distance < 1.0:
        return tr("right at")
    return tr("{n} m from").format(n=round(distance))


class Describer:
    """Writes the description of each conflict, naming works by title and owners by name."""

    def __init__(self, titles, ids, owners, disruption, start, end, owner_names: Optional[Dict[str, str]] = None):
        self.titles, self.ids, self.owners = titles, ids, owners
        self.disruption, self.start, self.end = disruption, start, end
        self.owner_names = owner_names or {}
        # Works and owners come back in conflict after conflict: each is looked up once.
        self._titles: Dict[int, str] = {}
        self._owners: Dict[int, str] = {}
        self._texts: Dict[tuple, str] = {}
        self._from = tr("from {date}")
        self._dig = tr(
            "{owner_b} digs for '{title_b}' {when}, {span} after '{title_a}' ({owner_a}) is finished "
            "on {end_a}: within the {years}-year no-dig period for new paving."
        )
        self._closures = tr(
            "'{title_a}' ({owner_a}) and '{title_b}' ({owner_b}) both close a road, {apart}, at the same time: "
            "{when} ({span}). Their detours may run into each other."
        )
        self._event = tr(
            "The event '{title_a}' ({owner_a}) {when} takes place {where} '{title_b}' ({owner_b}), "
            "which causes {level} disruption at that time."
        )

    def _once(self, function, *args) -> str:
        """``function(*args)``, worked out once per detection (the same spans and periods come back)."""
        key = (function, *args)
        if key not in self._texts:
            self._texts[key] = function(*args)
        return self._texts[key]

    def _title(self, i: int) -> str:
        if i not in self._titles:
            title = self.titles[i] if self.titles is not None else None
            self._titles[i] = str(title) if title else str(self.ids[i])
        return self._titles[i]

    def _owner(self, i: int) -> str:
        if i not in self._owners:
            code = str(self.owners[i])
            self._owners[i] = self.owner_names.get(code) or code
        return self._owners[i]

    def conflict(self, kind: str, a: int, b: int, distance: float, days: int, start: int, end: int, years: int) -> str:
        """One translated sentence about the conflict between works ``a`` and ``b``."""
        if kind == S.CONFLICT_DIG_AFTER_PAVING:
            return self._dig.format(
                owner_b=self._owner(b),
                title_b=self._title(b),
                when=self._from.format(date=date_text(self.start[b])),
                span=self._once(span_text, int(days)),
                title_a=self._title(a),
                owner_a=self._owner(a),
                end_a=date_text(self.end[a]),
                years=years,
            )
        if kind == S.CONFLICT_SIMULTANEOUS_CLOSURES:
            return self._closures.format(
                title_a=self._title(a),
                owner_a=self._owner(a),
                title_b=self._title(b),
                owner_b=self._owner(b),
                apart=_apart(distance),
                when=self._once(period_text, start, end),
                span=self._once(span_text, int(days)),
            )
        return self._event.format(
            title_a=self._title(a),
            owner_a=self._owner(a),
            when=self._once(period_text, int(self.start[a]), int(self.end[a])),
            where=_from(distance),
            title_b=self._title(b),
            owner_b=self._owner(b),
            level=tr_code(S.DISRUPTIONS, str(self.disruption[b])).lower(),
        )

    def cluster(self, members, days: int, start: int, end: int, extent) -> str:
        """One translated sentence about a closure cluster: how many works, where, when, which."""
        named = [tr("'{title}' ({owner})").format(title=self._title(i), owner=self._owner(i))
                 for i in members[:CLUSTER_TITLES]]
        if len(members) > CLUSTER_TITLES:
            named.append(tr("{n} more").format(n=len(members) - CLUSTER_TITLES))
        width, height = extent if extent else (0.0, 0.0)
        return tr(
            "{n} works close roads near each other within an area of {area}: on {days} days from {start} to {end} "
            "two or more of them at once. Their detours may run into each other: {works}."
        ).format(
            n=len(members),
            area=_area(width, height),
            days=days,
            start=date_text(start),
            end=date_text(end),
            works=", ".join(named),
        )


def _area(width: float, height: float) -> str:
    """'1.2 × 0.8 km' or '300 × 150 m'."""
    if max(width, height) >= 1000:
        return tr("{w} × {h} km").format(w=QLocale().toString(width / 1000, "f", 1),
                                          h=QLocale().toString(height / 1000, "f", 1))
    return tr("{w} × {h} m").format(w=round(width), h=round(height))


def summary_text(combinations: int, digs: int, conflicts: int) -> str:
    """The one-line result: '38 combinations saving 41 digs; 12 conflicts'."""
    return tr("{combinations} combinations saving {digs} digs; {conflicts} conflicts").format(
        combinations=combinations, digs=digs, conflicts=conflicts
    )
