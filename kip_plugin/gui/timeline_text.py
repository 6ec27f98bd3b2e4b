"""What the timeline says about a work: the hover text, dates as the user reads them."""

from __future__ import annotations

import html

from qgis.PyQt.QtCore import QLocale

from ..core import schema as S
from ..i18n import tr, tr_code
from .timeline_columns import NO_DATE
from .timeline_model import TimelineModel
from ..store.works_table import qdate


def format_day(day: int) -> str:
    """A day as the user's locale writes it, e.g. '3 Mar 2027'."""
    if day == NO_DATE:
        return tr("no date")
    return QLocale().toString(qdate(day), "d MMM yyyy")


def period_text(start: int, end: int) -> str:
    """'3 Mar 2027 – 30 Apr 2027 (59 days)'."""
    text = "{start} – {end}".format(start=format_day(start), end=format_day(end))
    if NO_DATE not in (start, end) and end >= start:
        text += " " + tr("({n} days)").format(n=end - start + 1)
    return text


def flexibility_text(model: TimelineModel, row: int) -> str:
    """How far a work may move, in words."""
    t = model.table
    early, late = int(t.earliest[row]), int(t.latest[row])
    if early == NO_DATE and late == NO_DATE:
        return tr("none (the dates are fixed)")
    low, high = model.shift_limits(row)
    return tr("{start} – {end} (up to {early} days earlier, {later} days later)").format(
        start=format_day(early if early != NO_DATE else int(t.start[row])),
        end=format_day(late if late != NO_DATE else int(t.end[row])),
        early=-low,
        later=high,
    )


def work_tooltip(model: TimelineModel, row: int) -> str:
    """Hover text of a bar: title, owner, type, dates, status, flexibility, combination, conflicts."""
    t = model.table
    esc = html.escape
    lines = [
        "<b>{}</b> <span style='color:#666'>{}</span>".format(esc(t.title[row] or t.work_id[row]), esc(t.work_id[row]))
    ]
    rows = [
        (tr("Owner"), model.party(t.owner[row]).name),
        (tr("Type of work"), tr_code(S.WORK_TYPES, t.work_type[row] or None)),
        (tr("Planned"), period_text(int(t.start[row]), int(t.end[row]))),
        (tr("Status"), tr_code(S.STATUSES, t.status[row] or None)),
        (tr("Flexibility"), flexibility_text(model, row)),
    ]
    combination = model.combination(row)
    if combination:
        rows.append((tr("Combination"), model.combination_label(combination)))
        if model.combination_money(combination):
            rows.append((tr("Whose money"), model.combination_money(combination)))
    lines.append("<table cellspacing='0' cellpadding='1'>")
    for label, value in rows:
        lines.append("<tr><td style='color:#555'>{}&nbsp;</td><td>{}</td></tr>".format(esc(label), esc(value)))
    lines.append("</table>")
    for kind, other in model.conflicts(row):
        other_row = t.by_work_id.get(other)
        other_title = t.title[other_row] if other_row is not None and t.title[other_row] else other
        lines.append(
            "<div style='color:#c62828'>⚠ {}</div>".format(
                esc(
                    tr("Conflict: {kind} with '{other}'").format(
                        kind=tr_code(S.CONFLICT_KINDS, kind), other=other_title
                    )
                )
            )
        )
    proposed = model.proposals.reason(t.work_id[row])
    if proposed:
        text = tr("Proposed: {reason}").format(reason=proposed)
        lines.append("<div style='color:#1565c0'>{}</div>".format(esc(text)))
    problems = model.problems(row)
    if problems:
        lines.append(
            "<div style='color:#c62828'>{}</div>".format(
                esc(tr("Needs attention: {reasons}").format(reasons=", ".join(problems)))
            )
        )
    return "".join(lines)
