"""`qa index --watch`: keep the index in step with the corpus folder while it runs.

Editors and copy tools touch a file several times for one save (write, truncate, rename a
temp file into place), so events are debounced: an update starts once the folder has been
quiet for `debounce` seconds, and changes that arrive during an update trigger one more
update after it. Only events that can change the corpus count (a file created, modified,
deleted or moved); reading the files during an update opens them, and those events must
not start another update. Hidden files (editor swap files, upload staging) are ignored,
like the scanner ignores them. An update that fails with a user-fixable error (say, the
last article was deleted) is reported in one line and watching goes on. Ctrl-C stops
cleanly: an update cut short publishes nothing, so the index stays as it was, and the last
line says whether the index matches the folder (`final_state`).
"""
from __future__ import annotations

import sys
import threading
import time
from pathlib import Path
from typing import Callable

from .errors import QAError

CORPUS_EVENTS = {"created", "modified", "deleted", "moved"}


def relevant(event) -> bool:
    """Does this file-system event possibly change what the corpus holds?"""
    if event.is_directory or event.event_type not in CORPUS_EVENTS:
        return False
    paths = [event.src_path, getattr(event, "dest_path", "") or ""]
    return any(p and not Path(str(p)).name.startswith(".") for p in paths)


def watch_corpus(assistant, log: Callable[[str], None] = print, debounce: float = 1.0,
                 stop: threading.Event | None = None) -> None:
    """Update the index after every burst of changes in `assistant.corpus_dir`, until Ctrl-C
    (or until `stop` is set, which is how a caller in another thread ends it)."""
    from watchdog.events import FileSystemEventHandler
    from watchdog.observers import Observer

    stop = stop or threading.Event()
    changed = threading.Event()
    log = flushing(log)

    class Handler(FileSystemEventHandler):
        def on_any_event(self, event):
            if relevant(event):
                changed.set()

    corpus = Path(assistant.corpus_dir)
    observer = Observer()
    observer.schedule(Handler(), str(corpus), recursive=False)
    observer.start()
    log(f"watching {corpus} for changes (Ctrl-C to stop)")
    try:
        while not stop.is_set():
            if not changed.wait(0.2):
                continue
            wait_until_quiet(changed, stop, debounce)
            if not stop.is_set():
                run_update(assistant, log)
    except KeyboardInterrupt:
        pass
    finally:
        observer.stop()
        observer.join()
    log(f"stopped watching; {final_state(assistant)}")


def final_state(assistant) -> str:
    """Where the watch leaves the index, checked now rather than assumed: the last update may
    have failed (the last article deleted, the folder removed), and then the index still holds
    what the folder no longer does."""
    try:
        changes = assistant.corpus_changes()
    except QAError as exc:
        return f"there is no usable index ({exc})"
    if changes.folder_missing:
        return f"the corpus folder {assistant.corpus_dir} is gone; the index still answers from what it held"
    if changes:
        return (f"the index does not match the corpus folder ({changes.summary()}): the last update failed; "
                f"run `qa index` once the folder is fixed")
    return "the index is up to date with the corpus folder"


def flushing(log: Callable[[str], None]) -> Callable[[str], None]:
    """`log`, then flush: a watch log is read live, often through a pipe (`| tee`), where
    Python would otherwise hold the lines back in its buffer."""
    def emit(message: str) -> None:
        log(message)
        sys.stdout.flush()
        sys.stderr.flush()
    return emit


def wait_until_quiet(changed: threading.Event, stop: threading.Event, debounce: float) -> None:
    """Return once no new event arrived for `debounce` seconds (or `stop` was set)."""
    while True:
        changed.clear()
        deadline = time.monotonic() + debounce
        while time.monotonic() < deadline and not changed.is_set() and not stop.is_set():
            time.sleep(0.05)
        if not changed.is_set() or stop.is_set():
            return


def run_update(assistant, log: Callable[[str], None]) -> None:
    """One incremental update, reported as a timestamped summary plus one line per kind of change."""
    started = time.strftime("%H:%M:%S")
    try:
        report = assistant.update_index(log=log)
    except QAError as exc:
        log(f"{started} update failed: {exc}")
        return
    log(f"{started} {report.summary()}")
    for line in report.details():
        log(f"  {line}")
