"""Index updates started from the page, run in a background thread, one at a time.

Why not in the script run that was clicked: Streamlit stops a session's script run as soon
as that session reruns (a question, any click, a reload) or its tab closes. An update run
there died with it, silently: the index was never updated and nobody was told, and an
uploaded article was left in the corpus but not indexed. So the page only *asks* for an
update here; the update runs in a thread owned by the process-wide `Shared` resources, to
its end, whatever the sessions do meanwhile. Questions keep being answered from the previous
index until the library swaps the new one in.

One update at a time: a request made while one runs is queued, and requests made while one
is queued join it (the queued update will see every file added before it starts), so no
update is ever lost and two never run at once. Every job keeps its progress, log lines and
outcome, so any session can draw them on each rerun and say once how the job ended. This
module does not use Streamlit, so it can be tested on its own.
"""
from __future__ import annotations

import itertools
import logging
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Callable

from qa.assistant import Assistant
from qa.errors import QAError
from qa.indexer import UpdateReport

log = logging.getLogger("qa.ui")

KEEP_FINISHED = 50      # finished jobs remembered, so a session can still read their outcome


@dataclass
class UpdateJob:
    """One index update: what was asked, how far it got, and how it ended."""

    id: int
    rebuild: bool = False
    notes: list[str] = field(default_factory=list)   # what the requests said first ("Added x.md (…).")
    state: str = "queued"                            # queued → running → done | failed
    done: int = 0                                    # texts embedded so far ...
    total: int = 0                                   # ... of this many (0: not embedding yet)
    lines: list[str] = field(default_factory=list)   # the library's log lines (warnings, reasons)
    report: UpdateReport | None = None
    error: str = ""
    started: float = 0.0                             # time.monotonic() when it began to run

    @property
    def finished(self) -> bool:
        return self.state in ("done", "failed")

    @property
    def title(self) -> str:
        return "Rebuilding the index" if self.rebuild else "Updating the index"

    @property
    def seconds(self) -> float:
        """How long it has been running."""
        return time.monotonic() - self.started if self.started else 0.0

    def progress(self, done: int, total: int) -> None:
        self.done, self.total = done, total

    def outcome(self) -> tuple[str, str, list[str]]:
        """(kind, message, warnings) to show once the job has finished."""
        before = "".join(f"{note} " for note in self.notes)
        if self.state == "failed":
            return "error", f"{before}The index was not updated: {self.error}", []
        return "success", f"{before}{self.report.summary()}", list(self.report.warnings)


class UpdateRunner:
    """Runs the index updates of one Assistant in a background thread, one at a time."""

    def __init__(self, assistant: Assistant, before: Callable[[], None] = lambda: None):
        self.assistant = assistant
        self.before = before              # run first in the thread (the UI waits for the model load)
        self._lock = threading.Lock()
        self._ids = itertools.count(1)
        self._running: UpdateJob | None = None
        self._queued: UpdateJob | None = None
        self._jobs: OrderedDict[int, UpdateJob] = OrderedDict()

    def request(self, rebuild: bool = False, note: str = "") -> UpdateJob:
        """Start an update now, or queue it after the running one; returns the job that will do it."""
        with self._lock:
            start = self._running is None
            if start:
                job = self._running = self._new_job()
            else:
                job = self._queued = self._queued or self._new_job()
            job.rebuild = job.rebuild or rebuild          # set before the worker can read it
            if note:
                job.notes.append(note)
            if start:
                threading.Thread(target=self._work, args=(job,), name="qa-index-update", daemon=True).start()
            return job

    def pending(self) -> list[UpdateJob]:
        """The update running now and the one queued after it, if any (empty when idle)."""
        with self._lock:
            return [job for job in (self._running, self._queued) if job is not None]

    def job(self, job_id: int) -> UpdateJob | None:
        with self._lock:
            return self._jobs.get(job_id)

    def _new_job(self) -> UpdateJob:
        job = UpdateJob(next(self._ids))
        self._jobs[job.id] = job
        while len(self._jobs) > KEEP_FINISHED and next(iter(self._jobs.values())).finished:
            self._jobs.popitem(last=False)
        return job

    def _work(self, job: UpdateJob | None) -> None:
        """The thread: run the job, then whatever was queued meanwhile, until nothing is left."""
        while job is not None:
            self._run(job)
            with self._lock:
                job, self._queued = self._queued, None
                self._running = job

    def _run(self, job: UpdateJob) -> None:
        job.started = time.monotonic()
        job.state = "running"
        try:
            self.before()
            job.report = self.assistant.update_index(rebuild=job.rebuild, progress=job.progress,
                                                     log=job.lines.append)
        except QAError as exc:
            job.error = str(exc)
        except Exception as exc:  # a bug, not a user error: one message, the traceback in the log
            log.exception("index update failed")
            job.error = f"something went wrong ({type(exc).__name__}: {exc}); the details are in the server log"
        finally:                  # whatever happened, the job ends: no session waits for it forever
            if job.report is None and not job.error:
                job.error = "the update was stopped before it finished"
            job.state = "done" if job.report is not None else "failed"
