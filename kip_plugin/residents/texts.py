"""What residents read about an event: what, who, when, what to expect and whom to ask, in the output language."""
from __future__ import annotations

from typing import Dict, List, Tuple

from ..core import schema as S
from ..core.disruption import DisruptionRow
from ..core.publication import Publication
from ..core.works import to_date
from .language import format_number, format_period, tr


def code_label(codes: Dict[str, str], value: str) -> str:
    """The label of a code of the schema, in the output language."""
    label = codes.get(value)
    return tr(label) if label else value


def disruption_label(value: str) -> str:
    """'Disruption: high' and the like."""
    return tr("Disruption: {level}").format(level=code_label(S.DISRUPTIONS, value).lower())


def titles(publication: Publication, k: int) -> List[str]:
    """The titles of the works of event ``k``."""
    return [publication.public[i].title for i in publication.events[k].members]


def what(publication: Publication, k: int) -> str:
    """The event's name: its work's title, or the titles of the works carried out together."""
    names = titles(publication, k)
    if len(names) == 1:
        return names[0]
    return tr("{n} works at once: {titles}").format(n=len(names), titles="; ".join(names))


def who(publication: Publication, k: int) -> str:
    """The parties doing the works, each once."""
    return ", ".join(dict.fromkeys(publication.public[i].party for i in publication.events[k].members))


def when(publication: Publication, k: int) -> str:
    """The event's period in words."""
    event = publication.events[k]
    return format_period(to_date(event.start), to_date(event.end))


def combined_note(publication: Publication, k: int) -> str:
    """For a combined event: why residents have works once (empty for a single work)."""
    event = publication.events[k]
    if not event.combined:
        return ""
    alone = sum(publication.works.duration[i] for i in event.members)
    return tr(
        "These {n} works are carried out together: you have works in your street once, {days} days, "
        "instead of {n} times, {alone} days in all."
    ).format(n=len(event.members), days=event.days, alone=int(alone))


def expectations(publication: Publication, k: int) -> List[str]:
    """What residents will notice: road closure, digging, the disruption class."""
    works = [publication.public[i] for i in publication.events[k].members]
    notes = []
    if any(w.road_closure for w in works):
        notes.append(tr("The road is closed to traffic"))
    if any(w.digging for w in works):
        notes.append(tr("The street is dug open"))
    notes.append(disruption_label(publication.event_disruption(k)))
    return notes


def contacts(publication: Publication, k: int) -> List[Tuple[str, str]]:
    """(party, contact for residents) of the event's parties, each party once; the contact may be ''."""
    seen: Dict[str, str] = {}
    for i in publication.events[k].members:
        work = publication.public[i]
        if work.party not in seen or (work.contact and not seen[work.party]):
            seen[work.party] = work.contact
    return list(seen.items())


def contact_text(publication: Publication, k: int) -> str:
    """'Riolering: 14 0318; Vitens' — whom to ask."""
    return "; ".join(f"{party}: {contact}" if contact else party for party, contact in contacts(publication, k))


def work_types(publication: Publication, k: int) -> str:
    """The kinds of work of the event, each once."""
    return ", ".join(
        dict.fromkeys(code_label(S.WORK_TYPES, publication.public[i].work_type) for i in publication.events[k].members)
    )


def status_note(publication: Publication, k: int) -> str:
    """A warning when a work is only an idea yet; otherwise ''."""
    if any(publication.public[i].status == S.STATUS_IDEA for i in publication.events[k].members):
        return tr("Still an idea: the dates may change.")
    return ""


def disruption_rows(rows: List[DisruptionRow]) -> List[Dict[str, str]]:
    """Disruption figures per year as text: year, with combining, without, saved."""
    return [
        {
            "year": str(row.year),
            "with": format_number(row.disruption_days),
            "without": format_number(row.disruption_days_without_combining),
            "saved": format_number(row.saved),
            "works": str(row.works),
        }
        for row in rows
    ]
