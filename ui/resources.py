"""The process-wide objects behind every browser session: one model, one Assistant per index.

Streamlit reruns the script for every click, in one thread per session, so anything built
in the script body would be rebuilt constantly. `st.cache_resource` keeps exactly one
embedder per model and one Assistant per (index, corpus) for the whole process; the
Assistant is thread-safe and reloads the index itself after an update, so sessions can
share it. The folders come from QA_INDEX / QA_CORPUS (read on every run, so tests can point
the app at temporary folders).

Loading the model takes seconds. It starts in a background thread only after the first
page has been sent, so the page appears at once and the model is usually ready by the time
the first question is typed; `Shared.wait_for_model()` makes the first question wait for
that load instead of starting a second one.

Index updates belong here too (`Shared.updates`, see ui/updates.py): a session's script run
is stopped by its next rerun, so an update must be owned by the process, not by the run that
asked for it.
"""
from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from pathlib import Path

import streamlit as st

from qa.assistant import Assistant
from qa.config import Settings, default_corpus_dir, default_index_dir
from qa.embedding import Embedder

from .updates import UpdateRunner

log = logging.getLogger("qa.ui")


@dataclass
class Shared:
    assistant: Assistant
    _warmup: threading.Thread | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)
    updates: UpdateRunner = field(init=False)

    def __post_init__(self) -> None:
        self.updates = UpdateRunner(self.assistant, before=self.wait_for_model)

    def start_model_load(self) -> None:
        """Load the model in the background (once); errors surface later, on first use."""
        with self._lock:
            if self._warmup is None:
                self._warmup = threading.Thread(target=self._load, name="qa-model-load", daemon=True)
                self._warmup.start()

    def _load(self) -> None:
        try:
            _ = self.assistant.embedder.model
        except Exception as exc:  # reported to the user by the call that needs the model
            log.warning("model load failed: %s", exc)

    def wait_for_model(self) -> None:
        """Block until a background load (if any) has finished, so the model is loaded only once."""
        thread = self._warmup
        if thread is not None:
            thread.join()


def places() -> tuple[Path, Path]:
    """(index folder, corpus folder), absolute, from the environment."""
    return Path(default_index_dir()).resolve(), Path(default_corpus_dir()).resolve()


@st.cache_resource(show_spinner=False)
def shared_embedder(model: str) -> Embedder:
    """One embedder (and so one copy of the model in memory) per model for the whole process."""
    return Embedder(model)


@st.cache_resource(show_spinner=False)
def _shared(index_dir: str, corpus_dir: str, model: str) -> Shared:
    settings = Settings(model=model)
    return Shared(Assistant(index_dir, corpus_dir, settings=settings, embedder=shared_embedder(model)))


def shared() -> Shared:
    """The process-wide Assistant for the configured folders. Raises QAError if the model is missing."""
    index_dir, corpus_dir = places()
    return _shared(str(index_dir), str(corpus_dir), Settings().model)
