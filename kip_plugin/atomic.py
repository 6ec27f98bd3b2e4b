"""Every file KIP writes appears whole or not at all, with the user's normal permissions.

A writer gets a temporary name in the same folder (so that the final rename stays on
one disk and is atomic), writes there, and only a complete file is renamed over the
old one. When writing fails, is cancelled or the disk fills up, the old file stays as
it was and the partial file is removed. A process that is killed cannot remove its
partial file; the next write in that folder does (partial files carry the id of the
process that made them).

Plain Python: used by the exports, the detection's outputs and the council PDF.
"""
from __future__ import annotations

import errno
import glob
import os
import secrets
import shutil
from contextlib import contextmanager
from typing import Iterator, List

PARTIAL_MARK = ".kip-partial-"


def _umask() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)  # the portable way reads by setting; put it straight back
    os.umask(mask)
    return mask


def normal_mode() -> int:
    """The mode a new file gets from an ordinary program: read/write as the umask allows."""
    return 0o666 & ~_umask()


def partial_path(path: str) -> str:
    """A hidden, unique temporary name beside ``path`` with the same extension."""
    folder, name = os.path.split(os.path.abspath(path))
    stem, extension = os.path.splitext(name)
    return os.path.join(folder, f".{stem}{PARTIAL_MARK}{os.getpid()}-{secrets.token_hex(4)}{extension}")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _companions(partial: str) -> List[str]:
    """The partial file and the files a format writes beside it (a shapefile's .dbf, a database's -wal)."""
    stem = os.path.splitext(partial)[0]
    found = set(glob.glob(glob.escape(stem) + ".*")) | set(glob.glob(glob.escape(partial) + "-*"))
    return sorted(found | ({partial} if os.path.exists(partial) else set()))


def remove_leftovers(path: str) -> int:
    """Remove partial files for ``path`` left by processes that no longer run; return how many."""
    folder, name = os.path.split(os.path.abspath(path))
    stem = os.path.splitext(name)[0]
    removed = 0
    for leftover in glob.glob(os.path.join(glob.escape(folder), f".{glob.escape(stem)}{PARTIAL_MARK}*")):
        tail = os.path.basename(leftover)[len(stem) + 1 + len(PARTIAL_MARK):]
        pid = tail.split("-", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            try:
                os.remove(leftover)
                removed += 1
            except OSError:
                pass
    return removed


def check_target(path: str) -> None:
    """Raise OSError, its strerror saying why in words, when ``path`` cannot be written; a missing folder is made."""
    folder = os.path.dirname(os.path.abspath(path))
    if os.path.isdir(path):
        raise OSError(errno.EISDIR, f"'{path}' is a folder")
    if not os.path.isdir(folder):
        try:
            os.makedirs(folder, exist_ok=True)
        except OSError as error:
            raise OSError(error.errno or errno.ENOENT, f"the folder '{folder}' cannot be made: {error.strerror}")
    if not os.access(folder, os.W_OK) or (os.path.exists(path) and not os.access(path, os.W_OK)):
        raise OSError(errno.EACCES, f"'{path}' is write-protected")


def finish(partial: str, path: str) -> None:
    """Give a complete partial file its normal permissions and rename it (and its companions) over ``path``."""
    if os.path.exists(partial + "-wal"):
        from .store.checkpoint import checkpoint  # a database must hold all its data before it moves

        checkpoint(partial)
    mode = normal_mode()
    stem = os.path.splitext(partial)[0]
    final_stem = os.path.splitext(os.path.abspath(path))[0]
    main = os.path.abspath(path)
    companions = [c for c in _companions(partial) if c != partial and c.startswith(stem + ".")]
    for name in [partial] + companions:
        if not os.path.exists(name):
            continue
        with open(name, "rb") as handle:
            os.fsync(handle.fileno())
        os.chmod(name, mode)
    # Companions first: the main file appearing is what tells a reader the output is complete.
    for name in companions:
        os.replace(name, final_stem + name[len(stem):])
    os.replace(partial, main)
    _sync_folder(os.path.dirname(main))


def discard(partial: str) -> None:
    """Remove a partial file and its companions."""
    for name in _companions(partial):
        try:
            os.remove(name)
        except OSError:
            pass


def _sync_folder(folder: str) -> None:
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


@contextmanager
def atomic_output(path: str) -> Iterator[str]:
    """Yield a temporary path beside ``path``; rename it into place when the block succeeds, else remove it."""
    check_target(path)
    remove_leftovers(path)
    partial = partial_path(path)
    try:
        yield partial
        if not os.path.exists(partial):
            raise OSError(errno.EIO, f"nothing was written to '{path}'")
        finish(partial, path)
    except BaseException:
        discard(partial)
        raise


# Less free room than this after a failed write: the disk is what failed.
_NEARLY_FULL = 1 << 20


def is_disk_full(error: BaseException, folder: str = "") -> bool:
    """Whether an error means there is no room left on the disk (also when the writer did not say so)."""
    text = str(error).lower()
    if getattr(error, "errno", None) in (errno.ENOSPC, errno.EDQUOT) or "no space left" in text or "disk is full" in text:
        return True
    if folder:
        try:
            return shutil.disk_usage(folder).free < _NEARLY_FULL
        except OSError:
            return False
    return False


def short(message: str, lines: int = 3) -> str:
    """The first lines of a long message from a writer."""
    parts = [line for line in str(message).splitlines() if line.strip()]
    return "\n".join(parts[:lines]) + ("\n…" if len(parts) > lines else "")
