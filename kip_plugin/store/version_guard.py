"""No lost updates on a shared KIP: saving refuses works that someone else changed in the meantime.

When editing of a layer starts, KIP notes the row version of each of its works. When the edits
are saved, it compares those versions with the database: a work that someone else saved since
is refused (the save fails as a whole and the edits stay in the buffer) with a message naming
the work, who changed it, when and what. The versions noted are also sent along with every
change, so that the database refuses a change that slips in between check and save.

PostgreSQL silently skips rows that row-level security hides from an UPDATE or DELETE; after a
save KIP checks which works really changed and names those that were not the user's to change.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional, Set, Tuple

from qgis.core import QgsVectorLayer
from qgis.PyQt.QtCore import QObject, pyqtSignal

from .. import log
from ..core import schema as S
from ..i18n import tr
from . import history
from .pg_connect import psycopg2_module, transaction

_reporters: List[Callable[[str], None]] = []


def add_reporter(report: Callable[[str], None]) -> None:
    """Also tell ``report`` (the plugin's message bar) when a save is refused or partly skipped."""
    _reporters.append(report)


def remove_reporter(report: Callable[[str], None]) -> None:
    if report in _reporters:
        _reporters.remove(report)


@dataclass
class Refusal:
    """Why a save was refused or not all of it happened."""

    stale: Dict[int, List[history.Change]] = field(default_factory=dict)  # fid -> changes by others
    not_theirs: Dict[int, Tuple[str, str]] = field(default_factory=dict)  # fid -> (work_id, owner)
    message: str = ""


class VersionGuard(QObject):
    """Watches one works layer of a shared KIP."""

    refused = pyqtSignal(str)

    @classmethod
    def attach(cls, layer: QgsVectorLayer, store) -> "VersionGuard":
        """Guard ``layer`` (a works layer of the shared KIP ``store``); lives as long as the layer."""
        return cls(layer, store)

    @staticmethod
    def of(layer: QgsVectorLayer) -> Optional["VersionGuard"]:
        """The guard of ``layer``, if it has one."""
        guard = layer.findChild(QObject, "kip_version_guard")
        return guard if isinstance(guard, VersionGuard) else None

    def __init__(self, layer: QgsVectorLayer, store):
        super().__init__(layer)
        self.setObjectName("kip_version_guard")
        self.store = store
        self.party = layer.customProperty("kip/party") or None
        self.versions: Dict[int, int] = {}
        self.last: Optional[Refusal] = None
        self._pending: Dict[int, int] = {}  # fid -> version sent with the save under way
        self._deleting: Set[int] = set()
        layer.editingStarted.connect(self.snapshot)
        layer.beforeCommitChanges.connect(self._before_commit)
        layer.afterCommitChanges.connect(self._after_commit)
        layer.committedFeaturesAdded.connect(self._added)

    @property
    def layer(self) -> QgsVectorLayer:
        # The layer is the guard's parent; no reference of our own, so the layer is freed as usual.
        return self.parent()

    # ---- the versions read ------------------------------------------------------------

    def _query(self, query, params):
        with transaction(self.store.connection()) as cursor:
            cursor.execute(query, params)
            return cursor.fetchall()

    def snapshot(self) -> None:
        """Note the row version of every work of the layer, as editing starts."""
        sql = psycopg2_module().sql
        query = sql.SQL("SELECT fid, row_version FROM {}.works").format(sql.Identifier(self.store.pg.schema))
        params: tuple = ()
        if self.party:
            query = sql.SQL("{} WHERE owner = %s").format(query)
            params = (self.party,)
        self.versions = dict(self._query(query, params))

    def _current(self, fids) -> Dict[int, Tuple[int, str, str]]:
        sql = psycopg2_module().sql
        query = sql.SQL("SELECT fid, row_version, work_id, owner FROM {}.works WHERE fid = ANY(%s)").format(
            sql.Identifier(self.store.pg.schema))
        return {fid: (version, work_id, owner) for fid, version, work_id, owner in self._query(query, (list(fids),))}

    # ---- saving ------------------------------------------------------------------------------

    def _before_commit(self, _stop_editing: bool) -> None:
        layer = self.layer
        provider = layer.dataProvider()
        if provider is None or provider.transaction() is not None:
            return  # a transaction of KIP's own (an import) checks for itself
        buffer = layer.editBuffer()
        changed = {fid for fid in set(buffer.changedAttributeValues()) | set(buffer.changedGeometries()) if fid >= 0}
        deleted = {fid for fid in buffer.deletedFeatureIds() if fid >= 0}
        self._pending, self._deleting = {}, deleted
        self.last = None
        self._check_added(buffer.addedFeatures().values())
        if not changed and not deleted:
            return
        current = self._current(changed | deleted)
        refusal = Refusal()
        for fid in sorted(changed | deleted):
            read = self.versions.get(fid)
            if fid not in current:  # deleted by someone else
                refusal.stale[fid] = history.changes(self.store, work_fid=fid, after_version=read or 0)[-1:]
            elif read is not None and current[fid][0] != read:
                refusal.stale[fid] = history.changes(self.store, work_fid=fid, after_version=read)
        # The versions read travel with the save: the database refuses a change of an older version.
        send = {fid: self.versions[fid] for fid in changed | set(refusal.stale)
                if fid in current and fid in self.versions}
        if refusal.stale and not any(fid in current for fid in refusal.stale):
            poison = self._editable_fid(current)
            if poison is not None:
                send[poison] = -1  # no work has version -1: the save fails as a whole
        index = layer.fields().indexOf(S.F_ROW_VERSION)
        if send and index >= 0:
            layer.beginEditCommand(tr("KIP: versions of the works being saved"))
            for fid, version in send.items():
                layer.changeAttributeValue(fid, index, version)
            layer.endEditCommand()
        self._pending = {fid: current[fid][0] for fid in changed if fid in current}
        if refusal.stale:
            refusal.message = self._stale_message(refusal, current)
            self._report(refusal)

    def _check_added(self, features) -> None:
        """New works for a party the user may not edit: the database refuses them; say why."""
        foreign = sorted({str(f[S.F_OWNER]) for f in features
                          if f.fields().indexOf(S.F_OWNER) >= 0 and not self.store.may_edit(str(f[S.F_OWNER]))})
        if foreign:
            refusal = Refusal(message=tr("Your edits were not saved: you may not add works for {parties}; you may "
                                         "add works for: {yours}.").format(
                parties=", ".join(foreign), yours=", ".join(sorted(self.store.editable_parties())) or "-"))
            self._report(refusal)

    def _editable_fid(self, current) -> Optional[int]:
        """A work the user may change (to make a refused save fail), or None."""
        for fid, (_version, _work_id, owner) in current.items():
            if self.store.may_edit(owner):
                return fid
        sql = psycopg2_module().sql
        schema = sql.Identifier(self.store.pg.schema)
        rows = self._query(sql.SQL("SELECT fid FROM {}.works WHERE {}.kip_may_edit(owner) LIMIT 1").format(
            schema, schema), ())
        return rows[0][0] if rows else None

    def _added(self, _layer_id: str, features) -> None:
        for feature in features:
            self.versions[feature.id()] = 1  # the version of every new work

    def _after_commit(self) -> None:
        """Name the works that row-level security kept from changing; note the new versions."""
        pending, deleting = self._pending, self._deleting
        self._pending, self._deleting = {}, set()
        touched = set(pending) | deleting
        if touched:
            current = self._current(touched)
            # Still editing: the versions just saved are the ones read from now on.
            for fid in touched:
                if fid in current:
                    self.versions[fid] = current[fid][0]
                else:
                    self.versions.pop(fid, None)
            refusal = Refusal()
            for fid, version in pending.items():
                if fid in current and current[fid][0] == version:
                    refusal.not_theirs[fid] = current[fid][1:]
            for fid in deleting:
                if fid in current:
                    refusal.not_theirs[fid] = current[fid][1:]
            if refusal.not_theirs:
                refusal.message = self._not_theirs_message(refusal)
                self._report(refusal)

    # ---- telling the user ---------------------------------------------------------------------

    def _stale_message(self, refusal: Refusal, current) -> str:
        lines = [tr("Your edits were not saved: someone else saved these works after you started editing.")]
        for fid, changes in refusal.stale.items():
            work = current.get(fid, (None, changes[-1].work_id if changes else str(fid), ""))[1]
            told = "; ".join(history.describe(c) for c in changes) if changes else tr("changed by someone else")
            lines.append(tr("• {work}: {what}").format(work=work, what=told))
        lines.append(tr("Undo your changes to these works (or roll back), then edit them again on the current "
                        "version; your other edits are still in the layer."))
        return "\n".join(lines)

    def _not_theirs_message(self, refusal: Refusal) -> str:
        works = ", ".join(tr("{work} ({owner})").format(work=work_id, owner=owner)
                          for work_id, owner in refusal.not_theirs.values())
        return tr("Not saved, because they are not yours to change: {works}. Ask the coordinator or the party "
                  "that owns them.").format(works=works)

    def _report(self, refusal: Refusal) -> None:
        self.last = refusal
        log.warning(refusal.message)
        self.refused.emit(refusal.message)
        for report in list(_reporters):
            report(refusal.message)
