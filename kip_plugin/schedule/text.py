"""The reasons and the solver's result in the user's language."""
from __future__ import annotations

from typing import Dict, Optional

from ..core import schema as S
from ..core.schedule_report import STAYS, Period, Reason, Span, Work, WorkReason, Works
from ..core.schedule_report import EARLIER, LATER
from ..core.schedule_solve import OPTIMAL, Proposal
from ..core.schedule_defaults import WEIGHT_SCALE
from ..detection.describe import period_text, span_text
from ..i18n import tr, tr_code


class ReasonWriter:
    """Words the reasons of a proposal, naming works by title and owners by name."""

    def __init__(self, works, owner_names: Optional[Dict[str, str]] = None) -> None:
        self.works = works
        self.owner_names = owner_names or {}

    def work(self, index: int) -> str:
        """'Title' (Owner)."""
        titles = self.works.titles
        title = str(titles[index]) if titles is not None and titles[index] else str(self.works.ids[index])
        owner = str(self.works.owners[index])
        return tr("'{title}' ({owner})").format(title=title, owner=self.owner_names.get(owner) or owner)

    def _value(self, value) -> str:
        if isinstance(value, Work):
            return self.work(value.index)
        if isinstance(value, Works):
            names = [self.work(i) for i in value.indices]
            if len(names) == 1:
                return names[0]
            return tr("{first} and {last}").format(first=", ".join(names[:-1]), last=names[-1])
        if isinstance(value, Period):
            return period_text(value.first, value.last)
        if isinstance(value, Span):
            return span_text(value.days)
        return str(value)

    def part(self, reason: Reason) -> str:
        """One reason as words."""
        params = {k: self._value(v) for k, v in reason.params.items()}
        if "kind" in reason.params:
            params["kind"] = tr_code(S.CONFLICT_KINDS, str(reason.params["kind"])).lower()
        return tr(reason.template).format(**params)

    def sentence(self, item: WorkReason) -> str:
        """'3 months later: runs together with …; one dig instead of 3.'"""
        if item.shift > 0:
            move = tr(LATER).format(span=span_text(item.shift))
        elif item.shift < 0:
            move = tr(EARLIER).format(span=span_text(-item.shift))
        else:
            move = tr(STAYS)
        why = "; ".join(self.part(p) for p in item.parts)
        text = tr("{move}: {why}.").format(move=move, why=why) if why else move + "."
        return text[0].upper() + text[1:]


def money(hundredths: Optional[int]) -> str:
    """An objective value (kept in hundredths) as a number with two decimals."""
    return "—" if hundredths is None else f"{hundredths / WEIGHT_SCALE:.2f}"


def status_text(proposal: Proposal) -> str:
    """The solver's result: 'optimal', or 'feasible' with its bound, in words."""
    if proposal.status == OPTIMAL:
        return tr("optimal: no better schedule exists (objective {value})").format(value=money(proposal.value))
    least = proposal.least_conflicts
    return tr(
        "feasible: objective {value}; no schedule with as few conflicts is worth more than {bound}; "
        "at least {least} conflicts cannot be avoided"
    ).format(value=money(proposal.value), bound=money(proposal.bound), least="—" if least is None else least)
