"""One writer or many readers per embedded store, across processes: `STORE.lock`.

LadybugDB lets a read-only process open a database while another process
writes it, and such a reader can see a half-written log or a checkpoint in
progress ("Checksum verification failed", "checkpoint recovery is pending").
paperkg therefore takes an advisory lock (flock) on `STORE.lock` next to the
store: a writer (build, remove, communities --write, sync into it, the bulk
path from its first CSV row to the rename) holds it exclusively for its whole
run; readers hold it shared while they read. The kernel drops a lock when its
process dies, so a killed build never leaves the store locked.

    with StoreLock(path).exclusive():     # StoreBusyError if anyone still holds it after 5 s
        ...
    with StoreLock(path).shared(wait=5):  # StoreBusyError once a writer held it 5 s
        ...

Locks are re-entrant within a process (the bulk path opens the store it is
about to replace). The last holder removes the lock file when it is done; every
holder checks after locking that the file it locked is still the one at the
path, so removing the file never lets two holders in.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
from pathlib import Path
from typing import Iterator

from paperkg.errors import StoreBusyError, StoreError

#: Seconds a read command waits for a running writer before it says so (PAPERKG_READ_WAIT).
READ_WAIT = float(os.environ.get("PAPERKG_READ_WAIT", "5"))
#: Seconds a writer waits for readers (or another writer) to let go (PAPERKG_WRITE_WAIT):
#: a build must not fail because someone ran `paperkg stats` as it started.
WRITE_WAIT = float(os.environ.get("PAPERKG_WRITE_WAIT", "5"))

_UNLOCKED = -1  # a reader that could not create the lock file reads without it
_HELD: dict[str, list] = {}  # lock path -> [fd, mode, depth], this process's holds


def lock_path(store: str | os.PathLike) -> Path:
    store = Path(store)
    return store.with_name(store.name + ".lock")


class StoreLock:
    """The advisory lock of one embedded store (see the module docstring)."""

    def __init__(self, store: str | os.PathLike):
        self.store = Path(store)
        self.path = lock_path(store)
        self._reading = False

    @contextlib.contextmanager
    def exclusive(self, wait: float | None = None) -> Iterator[None]:
        """Hold the store as its one writer; StoreBusyError if another process still reads or
        writes it after `wait` (default WRITE_WAIT) seconds."""
        wait = WRITE_WAIT if wait is None else wait
        key = str(self.path)
        if key in _HELD and _HELD[key][1] == fcntl.LOCK_EX:
            with _held_again(key):
                yield
            return
        fd = self._acquire(fcntl.LOCK_EX, wait=wait)
        if fd is None:
            raise StoreBusyError(
                f"store is busy: another paperkg process is writing or reading "
                f"{str(self.store)!r}; wait for it to finish"
            )
        with self._holding(key, fd, fcntl.LOCK_EX):
            yield

    @contextlib.contextmanager
    def shared(self, wait: float | None = None) -> Iterator[None]:
        """Hold the store as one of its readers, waiting up to `wait` (default READ_WAIT) seconds for a writer."""
        wait = READ_WAIT if wait is None else wait
        key = str(self.path)
        if key in _HELD:
            with _held_again(key):
                yield
            return
        self._reading = True
        fd = self._acquire(fcntl.LOCK_SH, wait=wait)
        if fd is None:
            raise StoreBusyError(
                f"a build is writing {str(self.store)!r}: read it again when the build has finished (waited {wait:g} s)"
            )
        with self._holding(key, fd, fcntl.LOCK_SH):
            yield

    @contextlib.contextmanager
    def _holding(self, key: str, fd: int, mode: int) -> Iterator[None]:
        """This process's first hold of the lock, in `mode`, released (unless never locked) when it ends."""
        _HELD[key] = [fd, mode, 1]
        try:
            yield
        finally:
            _HELD.pop(key, None)
            if fd != _UNLOCKED:
                self._release(fd)

    def _acquire(self, mode: int, wait: float) -> int | None:
        """A descriptor of the lock file locked in `mode`, or None if not granted within `wait` seconds."""
        deadline = time.monotonic() + wait
        delay = 0.05
        while True:
            fd = self._open()
            if fd is None:
                return _UNLOCKED
            try:
                fcntl.flock(fd, mode | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                if time.monotonic() >= deadline:
                    return None
                time.sleep(delay)
                delay = min(delay * 2, 0.5)
                continue
            except BaseException:
                os.close(fd)
                raise
            if _same_file(fd, self.path):
                return fd
            os.close(fd)  # a writer removed the file after we opened it: lock the new one

    def _release(self, fd: int) -> None:
        """Unlock; the last holder removes the lock file, so none is left next to an idle store."""
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            if _same_file(fd, self.path):
                os.unlink(self.path)
        except OSError:
            pass  # another process holds it: it stays for them
        finally:
            os.close(fd)

    def _open(self) -> int | None:
        """The lock file, created if need be; None for a reader of a directory it cannot write
        (no writer can work there either, so there is nothing to wait for)."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            return os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)
        except OSError as exc:
            if self._reading:
                return None
            raise StoreError(
                f"cannot write the store {str(self.store)!r}: {exc.strerror or exc} ({exc.filename or self.path})"
            ) from None


@contextlib.contextmanager
def _held_again(key: str) -> Iterator[None]:
    """A nested hold of a lock this process already holds: counted, and nothing to lock or release."""
    _HELD[key][2] += 1
    try:
        yield
    finally:
        _HELD[key][2] -= 1


def _same_file(fd: int, path: Path) -> bool:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return False
    mine = os.fstat(fd)
    return (st.st_dev, st.st_ino) == (mine.st_dev, mine.st_ino)
