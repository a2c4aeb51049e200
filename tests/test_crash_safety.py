"""Crash safety: `qa index` killed with SIGKILL at any moment leaves the previous index fully
usable, and the next `qa index` completes the work.

The deterministic kills use the writer's checkpoints (QA_PAUSE_AT, see qa/store.py): the
process announces the step on stderr and sleeps there, and the test kills it at exactly that
step. The timed kills let the writer run on (QA_PAUSE_SECONDS=0 only announces the step) and
kill it a little later, wherever it happens to be: loading the model, embedding, writing.
"""
from __future__ import annotations

import os
import queue
import signal
import subprocess
import threading
import time
from pathlib import Path

import pytest

from qa import store
from qa.assistant import Assistant
from qa.errors import IndexMissingError
from qa.indexer import update_index
from qa.store import KEEP_VERSIONS, current_version, read_index
from tests.lifecycle_support import (ARTICLES, ENV, NEW_ARTICLE, QA, QUESTIONS, check_answer, run_qa,
                                     write_corpus)

BEFORE_PUBLISH = ["locked", "embedded", "tmp-written", "renamed"]


@pytest.fixture
def pending(tmp_path, embedder):
    """An indexed corpus, then one article added and one edited: an update is due."""
    corpus = write_corpus(tmp_path / "corpus")
    index = tmp_path / "index"
    update_index(corpus, index, embedder)
    (corpus / NEW_ARTICLE[0]).write_text(NEW_ARTICLE[1], encoding="utf-8")
    (corpus / "orchard.txt").write_text(ARTICLES["orchard.txt"].replace("812", "905"), encoding="utf-8")
    return corpus, index, current_version(index).name


class Writer:
    """`qa index` as a child process whose stderr is read line by line."""

    def __init__(self, corpus: Path, index: Path, pause_at: str = "", pause_seconds: float = 300):
        env = dict(ENV, QA_PAUSE_AT=pause_at, QA_PAUSE_SECONDS=str(pause_seconds))
        self.proc = subprocess.Popen(QA + ["index", "--corpus", str(corpus), "--index", str(index)],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
        self.lines: queue.Queue = queue.Queue()
        threading.Thread(target=lambda: [self.lines.put(x) for x in self.proc.stderr], daemon=True).start()

    def wait_for(self, text: str, timeout: float = 240) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                if text in self.lines.get(timeout=0.5):
                    return
            except queue.Empty:
                assert self.proc.poll() is None, f"qa index ended (status {self.proc.returncode}) before {text!r}"
        raise AssertionError(f"qa index never printed {text!r}")

    def kill(self) -> bool:
        """SIGKILL; True if the process was still running."""
        running = self.proc.poll() is None
        if running:
            os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(30)
        return running


def assert_answers(index: Path, corpus: Path, embedder, edited: bool) -> None:
    """The index loads (every checksum verified) and answers from the articles it holds."""
    read_index(index)
    assistant = Assistant(index, corpus, embedder=embedder)
    answer = assistant.ask(QUESTIONS["orchard.txt"])
    check_answer(answer)
    assert {c.doc for c in answer.citations} == {"orchard.txt"}
    assert ("905" if edited else "812") in answer.answer
    zembla = assistant.ask(QUESTIONS["zembla.txt"])
    assert ({c.doc for c in zembla.citations} == {"zembla.txt"}) == edited


def assert_clean(index: Path) -> None:
    """No leftovers of killed writers: no temp folders, no unpublished versions, no stray links."""
    current = current_version(index)
    names = sorted(p.name for p in index.iterdir())
    assert not [n for n in names if n.startswith(("tmp-", ".current-"))], names
    versions = [n for n in names if n.startswith("v")]
    assert max(versions) == current.name and len(versions) <= KEEP_VERSIONS, names


@pytest.mark.parametrize("point", BEFORE_PUBLISH + ["published"])
def test_sigkill_at_each_step_keeps_the_index_usable_and_the_next_run_completes(pending, embedder, point):
    corpus, index, old_version = pending
    writer = Writer(corpus, index, pause_at=point)
    writer.wait_for(f"paused at {point}")
    assert writer.kill()

    published = point == "published"
    assert (current_version(index).name == old_version) != published
    assert_answers(index, corpus, embedder, edited=published)

    report = update_index(corpus, index, embedder)
    if published:
        assert not report.written                      # the killed run had finished the work
    else:
        assert report.added == ["zembla.txt"] and report.changed == ["orchard.txt"]
    assert_clean(index)
    assert_answers(index, corpus, embedder, edited=True)


def test_sigkill_at_arbitrary_moments_then_qa_index_completes(pending, embedder):
    corpus, index, old_version = pending
    outcomes = []
    for marker, delay in [("locked", 0.05), ("embedded", 0.1)]:    # loading the model (ONNX: ~0.3 s); writing
        writer = Writer(corpus, index, pause_at=marker, pause_seconds=0)
        writer.wait_for(f"paused at {marker}")
        time.sleep(delay)
        outcomes.append(writer.kill())
        version = current_version(index).name
        assert_answers(index, corpus, embedder, edited=version != old_version)
        if version != old_version:      # this one got as far as publishing: start over from the old state
            break
    assert outcomes[0], "the first writer should have been killed mid-run"

    published_already = current_version(index).name != old_version
    proc = run_qa("index", "--corpus", corpus, "--index", index)
    assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr
    assert ("index already up to date" if published_already else "1 added, 1 changed") in proc.stdout, proc.stdout
    assert_clean(index)
    assert_answers(index, corpus, embedder, edited=True)


class Killed(BaseException):
    """Stands in for the process dying at a checkpoint (no cleanup code of ours runs after it)."""


@pytest.mark.parametrize("point", ["tmp-written", "renamed"])
def test_a_first_build_cut_short_leaves_no_index_and_the_next_build_cleans_up(tmp_path, embedder, monkeypatch, point):
    corpus = write_corpus(tmp_path / "corpus")
    index = tmp_path / "index"

    def die(name):
        if name == point:
            raise Killed(name)
    monkeypatch.setattr(store, "checkpoint", die)
    with pytest.raises(Killed):
        update_index(corpus, index, embedder)
    leftovers = sorted(p.name for p in index.iterdir() if p.name != ".lock")
    # Interrupted before the rename, the temp folder is removed at once (Ctrl-C); after it,
    # an unpublished version is left, as a SIGKILL would leave it.
    assert leftovers == ([] if point == "tmp-written" else ["v000001"])
    with pytest.raises(IndexMissingError):
        read_index(index)

    monkeypatch.setattr(store, "checkpoint", lambda name: None)
    assert update_index(corpus, index, embedder).written
    assert_clean(index)
    check_answer(Assistant(index, corpus, embedder=embedder).ask(QUESTIONS["harbour.md"]))


# ------------------------------------------------------------------ a first update that fails

def test_a_failed_first_qa_index_leaves_no_folder_behind(tmp_path):
    (tmp_path / "empty").mkdir()
    proc = run_qa("index", "--corpus", tmp_path / "empty", "--index", tmp_path / "new" / "deeper" / "index")
    assert proc.returncode == 1 and "no readable article" in proc.stderr
    assert not (tmp_path / "new").exists()


def test_a_failed_first_update_leaves_a_folder_as_it_found_it(tmp_path, embedder, monkeypatch):
    from qa import indexer
    from qa.errors import EmptyCorpusError
    unreadable = tmp_path / "unreadable"
    unreadable.mkdir()
    (unreadable / "empty.txt").write_bytes(b"")                     # files, but not one article
    (unreadable / "notes.docx").write_bytes(b"PK\x03\x04 a word file")
    index = tmp_path / "index"
    index.mkdir()                                                   # made by the user, empty
    with pytest.raises(EmptyCorpusError):
        update_index(unreadable, index, embedder)
    assert list(index.iterdir()) == []
    (index / "notes.txt").write_text("mine")                        # something of the user's: kept
    with pytest.raises(EmptyCorpusError):
        update_index(unreadable, index, embedder)
    assert sorted(p.name for p in index.iterdir()) == ["notes.txt"]

    corpus = write_corpus(tmp_path / "corpus")

    def interrupt(name):
        if name == "embedded":
            raise KeyboardInterrupt
    monkeypatch.setattr(indexer, "checkpoint", interrupt)           # Ctrl-C while embedding
    with pytest.raises(KeyboardInterrupt):
        update_index(corpus, tmp_path / "fresh" / "index", embedder)
    assert not (tmp_path / "fresh").exists()


def test_a_failed_update_of_an_existing_index_leaves_it_alone(small, embedder, tmp_path):
    from qa.errors import EmptyCorpusError
    corpus, index = small
    before = sorted(p.name for p in index.iterdir())
    (tmp_path / "empty").mkdir()
    with pytest.raises(EmptyCorpusError, match="was left as it was"):
        update_index(tmp_path / "empty", index, embedder)
    assert sorted(p.name for p in index.iterdir()) == before and read_index(index).passages


def test_an_index_folder_that_cannot_be_written_is_one_line_naming_the_file(small, embedder, monkeypatch):
    """A read-only index folder (or a full disk) ended `qa index` with 'unexpected error:
    PermissionError', even when there was nothing to embed; it is a QAError naming the file,
    and the index still answers as before."""
    import errno

    from qa import indexer
    from qa.errors import QAError
    corpus, index = small
    before = current_version(index)

    def refuse(folder, *args, **kwargs):
        raise PermissionError(errno.EROFS, "Read-only file system", str(folder / "tmp-1"))
    monkeypatch.setattr(indexer, "write_version", refuse)
    (corpus / NEW_ARTICLE[0]).write_text(NEW_ARTICLE[1], encoding="utf-8")
    with pytest.raises(QAError) as caught:
        update_index(corpus, index, embedder)
    assert str(caught.value) == (f"the update failed on {index / 'tmp-1'}: Read-only file system; "
                                 "check that the folder is writable and the disk has space")
    assert current_version(index) == before and read_index(index).passages
