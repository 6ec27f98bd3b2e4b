"""The import itself: rows of a delivery become works of one or more parties, in one transaction.

Every row read ends up in exactly one of imported, updated, unchanged or rejected.
Nothing is written until every row has been judged; then the store's write lock is
taken, the stored works are read and compared, and all changes go to the store in
one transaction, or none do. The numbers reported are read back from the store
after the commit.
"""
from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, Iterator, List, Optional, Tuple

from qgis.core import QgsFeedback, QgsGeometry
from qgis.PyQt.QtCore import QDateTime

from ..core import schema as S
from ..i18n import error_text, tr
from ..store.kipstore import KipStore
from ..store.transaction import works_transaction
from .changes import Change
from .judge import APPEND, MODES, REPLACE, ImportInput, ImportOptions, Judged, judge
from ..core.errors import Cancelled

# The modules that need shapely 2 are imported when an import runs, not when KIP loads.

__all__ = ["APPEND", "MODES", "REPLACE", "Cancelled", "ImportInput", "ImportOptions", "ImportResult",
           "RejectedRow", "run_import"]


@dataclass
class RejectedRow:
    """A row that could not be used, and why (in the user's language)."""

    number: int
    attributes: List[Any]
    geometry: Optional[QgsGeometry]
    reason: str


@dataclass
class ImportResult:
    """What the import did, as read back from the store."""

    rows_read: int = 0
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    cancelled: int = 0
    missing: int = 0  # works of the delivered parties the delivery no longer holds
    rejected: List[RejectedRow] = field(default_factory=list)
    known: Callable[[], Iterator[Change]] = lambda: iter(())  # report entries of works already in the KIP, made on demand
    added: Callable[[], Iterator[Change]] = lambda: iter(())  # the report's entries of new works, made on demand
    repaired: int = 0
    unknown_codes: Dict[str, Dict[str, int]] = field(default_factory=dict)
    keyword_codes: Dict[str, Tuple[str, str]] = field(default_factory=dict)
    unknown_parties: Dict[str, int] = field(default_factory=dict)
    added_parties: List[S.Party] = field(default_factory=list)
    parties: Dict[str, int] = field(default_factory=dict)  # party -> rows delivered
    kept: List[Tuple[int, str]] = field(default_factory=list)  # (row, work id) rejected but stored: left alone
    notes: List[str] = field(default_factory=list)  # remarks for the summary, in the user's language
    mismatch: str = ""  # when what the store holds differs from what was written

    @property
    def changes(self) -> List[Change]:
        """The changes of works already in the KIP (made afresh at every call)."""
        return list(self.known())

    def all_changes(self) -> Iterator[Change]:
        """Every entry of the change report: new works first, then the others."""
        yield from self.added()
        yield from self.known()

    @property
    def rejected_count(self) -> int:
        """Number of rows that could not be used."""
        return len(self.rejected)


def _rejected(data: ImportInput, judged: Judged) -> List[RejectedRow]:
    rows = []
    for row in sorted(judged.problems):
        reason = " ".join(error_text(p) for p in judged.problems[row])
        rows.append(RejectedRow(judged.rows[row], data.attributes(row), data.geometry(row), reason))
    return rows


def run_import(store: KipStore, data: ImportInput, options: ImportOptions,
               feedback: Optional[QgsFeedback] = None) -> ImportResult:
    """Judge every row, then write the accepted ones in one transaction; raise on failure (nothing written)."""
    from .existing import read_existing
    from .plan import added_changes, compared_fields, make_plan, reject_foreign_ids, reject_not_editable, updated_changes
    from .writer import Progress, Values, add_parties, add_works, cancel_works, update_works

    parties = store.parties()
    judged = judge(data, options, store.crs, parties, feedback)
    result = ImportResult(rows_read=len(data), repaired=judged.repaired)
    converted = judged.converted
    result.unknown_codes = {name: dict(counter) for name, counter in converted.unknown_codes.items()}
    result.keyword_codes = dict(converted.keyword_codes)
    result.unknown_parties = dict(judged.owner_info.unknown)
    result.parties = dict(Counter(code for code in judged.owners if code))
    result.notes = [error_text(note) for note in data.notes] + _warnings(data, options, result)
    works = store.works_layer()
    new_parties = [p for p in judged.owner_info.new_parties if any(code == p.code for code in judged.owners)]
    shared = store.provider_key == "postgres"
    if shared:
        reject_not_editable(judged, store.editable_parties(), [p.code for p in new_parties])
        # On a shared KIP a party is a login too: a coordinator adds it before the works.
        new_parties = _needed(judged, new_parties)
        for party in new_parties:
            store.add_party(party)
    others = [store.parties_layer()] if new_parties and not shared else []
    now = QDateTime.currentDateTime()
    now = QDateTime(now.date(), now.time().addMSecs(-now.time().msec()))  # whole seconds: stored and read back alike
    # What was written: the fids of updated and cancelled works; for new works, the fids there were before and how many.
    written: Dict[str, Any] = {"inserted": (), "updated": (), "cancels": ()}
    try:
        with works_transaction(works, *others) as editing:
            if feedback is not None and feedback.isCanceled():
                raise Cancelled()
            reject_foreign_ids(judged, read_existing(store, [S.F_WORK_ID, S.F_OWNER], geometry=False))
            # From here on only the rejected rows' original values are needed: the rest may go.
            data.keep_only(set(judged.problems))
            needed = {S.F_WORK_ID, S.F_OWNER, S.F_STATUS, S.F_TITLE, S.F_START, S.F_END, *compared_fields(judged, options)}
            existing = read_existing(store, sorted(needed))
            plan = make_plan(judged, existing, options)
            if feedback is not None:
                feedback.setProgress(55.0)
            values = Values(judged, options.source_label, options.mapped)
            total = len(plan.inserts) + plan.updates + len(plan.cancels)
            progress = Progress(feedback, total, 55.0, 97.0)
            if others:  # a GeoPackage: the new parties go in with the works
                new_parties = _needed(judged, new_parties)
                add_parties(others[0], new_parties)
            update_works(editing, judged, plan, existing, values, now, progress)
            cancel_works(editing, plan, existing, now, progress)
            added = add_works(editing, judged, plan, values, now, progress)
            if feedback is not None and feedback.isCanceled():
                raise Cancelled()
            # The new works are the rows whose fid was not there before (KIP holds the write lock).
            written["inserted"] = (existing.fid, added)
            written["updated"] = existing.fid[plan.update_positions]
            written["cancels"] = existing.fid[plan.cancels]
            if not total and not new_parties:
                raise _NothingToWrite()
    except _NothingToWrite:
        pass  # rolled back: the store stays byte for byte as it was
    result.rejected = _rejected(data, judged)
    result.unchanged = plan.unchanged
    result.missing = len(plan.dropped)
    inserted = plan.inserts.tolist()
    result.added = lambda: added_changes(judged, inserted)
    result.known = lambda: itertools.chain(updated_changes(judged, existing, plan), plan.dropped)
    result.kept = [(judged.rows[row], work_id) for row, work_id in plan.kept]
    result.added_parties = new_parties
    _read_back(store, result, written, now)
    if new_parties:
        from ..store.stored_styles import save_default_styles

        save_default_styles(store)
    if feedback is not None:
        feedback.setProgress(100.0)
    return result


def _needed(judged: Judged, parties: List[S.Party]) -> List[S.Party]:
    """The new parties that a usable row belongs to: only those are added to the KIP."""
    used = {judged.owners[r] for r in judged.accepted.tolist()}
    return [p for p in parties if p.code in used]


def _warnings(data: ImportInput, options: ImportOptions, result: ImportResult) -> List[str]:
    """What the user should know about the delivery as a whole."""
    warnings = []
    if data.blank_rows:
        warnings.append(tr("{n} empty rows were skipped.").format(n=data.blank_rows))
    if S.F_WORK_ID not in options.mapped and len(data):
        warnings.append(tr(
            "Warning: no field is mapped to work_id, so every row is a new work; importing this delivery again "
            "would add all its works a second time. Map the delivery's own id to work_id."
        ))
    if len(result.parties) == 1 and len(data) > 1:
        party = next(iter(result.parties))
        if data.owners is None and data.owner_column and data.owner_column_values > 1:
            warnings.append(tr(
                "Warning: all {n} rows were imported as works of '{party}', but the column '{column}' names {k} "
                "different parties. KIP combines works of different parties only: give the party column as "
                "OWNER_FIELD (the party of each row)."
            ).format(n=len(data), party=party, column=data.owner_column, k=data.owner_column_values))
        elif data.owners is not None:
            warnings.append(tr(
                "Warning: all {n} rows belong to one party ('{party}'); KIP combines works of different parties only."
            ).format(n=len(data), party=party))
    return warnings


class _NothingToWrite(Exception):
    """Every usable row is unchanged: the transaction is rolled back, the store stays as it was."""


def _read_back(store: KipStore, result: ImportResult, written: Dict[str, Any], now: QDateTime) -> None:
    """Count what the store holds now: the numbers the user is told are what was committed."""
    import numpy as np

    from .existing import read_stamps
    from .plan import CANCELLED

    before, added = written["inserted"] or (None, 0)
    expected = {"inserted": added, "updated": len(written["updated"]), "cancels": len(written["cancels"])}
    if not any(expected.values()):
        return
    stored = read_stamps(store)
    fid, stamps, status = stored["fid"], stored[S.F_UPDATED_AT], stored[S.F_STATUS]
    masks = {key: np.isin(fid, np.asarray(written[key], dtype=np.int64))
             for key in ("updated", "cancels") if expected[key]}
    if added:
        masks["inserted"] = ~np.isin(fid, before)
    touched = np.zeros(len(fid), dtype=bool)
    for mask in masks.values():
        touched |= mask
    stamp = None
    if touched.any():
        values, counts = np.unique(stamps[touched], return_counts=True)
        stamp = values[np.argmax(counts)]
    found = {}
    for key in written:
        mask = masks.get(key)
        if mask is None:
            found[key] = 0
            continue
        mask = mask & (stamps == stamp)
        if key == "cancels":
            mask &= status == CANCELLED
        found[key] = int(mask.sum())
    result.imported, result.updated, result.cancelled = found["inserted"], found["updated"], found["cancels"]
    if found != expected:
        result.mismatch = tr(
            "KIP wrote {wrote_new} new, {wrote_updated} updated and {wrote_cancelled} cancelled works, but the KIP now "
            "holds {new}, {updated} and {cancelled} of them; another program may have changed it at the same time."
        ).format(wrote_new=expected["inserted"], wrote_updated=expected["updated"],
                 wrote_cancelled=expected["cancels"], new=result.imported, updated=result.updated,
                 cancelled=result.cancelled)
