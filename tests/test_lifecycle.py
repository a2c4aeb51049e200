"""Index lifecycle: the index follows the corpus (edit, rename, delete, rebuild, settings
change), readers keep answering from the old index until the swap, writers are kept apart,
and `qa index --watch` keeps the index in step while it runs."""
from __future__ import annotations

import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
import time

import pytest

from qa import store
from qa.assistant import Assistant
from qa.config import ChunkSettings, Settings
from qa.embedding import resolve_model
from qa.errors import IndexBusyError, QAError
from qa.indexer import update_index
from qa.store import WriterLock, current_version, read_index
from qa.watch import watch_corpus
from tests.lifecycle_support import (ARTICLES, ENV, NEW_ARTICLE, QA, QUESTIONS, CountingEmbedder, check_answer,
                                     cited_docs, run_qa, write_corpus)


def wait_for(condition, timeout: float = 120, what: str = "condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def test_edits_renames_and_deletes_reach_every_answer(small, embedder):
    corpus, index = small
    counting = CountingEmbedder(embedder)
    assistant = Assistant(index, corpus, embedder=counting)
    ids_ever = {p.id for p in read_index(index).passages}

    (corpus / "orchard.txt").write_text(ARTICLES["orchard.txt"].replace("812", "905"), encoding="utf-8")
    report = assistant.update_index()
    assert report.changed == ["orchard.txt"] and report.unchanged == ["harbour.md", "observatory.txt"]
    assert counting.encoded and not any("Karsvik" in t or "Velmora" in t for t in counting.encoded)
    answer = assistant.ask(QUESTIONS["orchard.txt"])
    check_answer(answer)
    assert "905" in answer.answer and not any("812" in p.passage for p in answer.passages)
    ids_ever |= {p.id for p in read_index(index).passages}

    counting.encoded.clear()
    (corpus / "orchard.txt").rename(corpus / "apples.txt")
    report = assistant.update_index()
    assert report.renamed == [("orchard.txt", "apples.txt")] and counting.encoded == []
    answer = assistant.ask(QUESTIONS["orchard.txt"])
    assert {c.doc for c in answer.citations} == {"apples.txt"} and "orchard.txt" not in cited_docs(answer)

    (corpus / "observatory.txt").unlink()
    report = assistant.update_index()
    assert report.removed == ["observatory.txt"] and counting.encoded == []
    for question in QUESTIONS.values():
        answer = assistant.ask(question)
        check_answer(answer)
        assert "observatory.txt" not in cited_docs(answer)
        assert not any("Karsvik" in p.passage for p in answer.passages)
    assert assistant.ask(QUESTIONS["observatory.txt"]).abstained

    (corpus / NEW_ARTICLE[0]).write_text(NEW_ARTICLE[1], encoding="utf-8")
    assert assistant.update_index().added == ["zembla.txt"]
    data = read_index(index)
    new_ids = {p.id for p in data.passages if p.doc == "zembla.txt"}
    assert new_ids and min(new_ids) > max(ids_ever)          # ids of deleted passages are never reused
    assert len({p.id for p in data.passages}) == len(data.passages) == data.faiss_index.ntotal
    for row, p in enumerate(data.passages):
        assert (data.faiss_index.reconstruct(p.id) == data.passage_vectors[row]).all()
    assert {c.doc for c in assistant.ask(QUESTIONS["zembla.txt"]).citations} == {"zembla.txt"}


def test_rebuild_starts_over_with_fresh_ids(small, embedder):
    corpus, index = small
    before = read_index(index)
    counting, logs = CountingEmbedder(embedder), []
    report = update_index(corpus, index, counting, rebuild=True, log=logs.append)
    assert report.written and sorted(report.added) == sorted(ARTICLES)
    assert any("rebuild requested" in line for line in logs)
    assert any("Karsvik" in t for t in counting.encoded) and any("Velmora" in t for t in counting.encoded)
    after = read_index(index)
    assert after.path != before.path
    assert min(p.id for p in after.passages) >= before.manifest["next_id"]


def test_an_index_rebuilt_from_scratch_under_a_running_assistant_is_picked_up(small, embedder):
    """A new index folder may reuse the old version's name; the new `current` link still tells."""
    corpus, index = small
    assistant = Assistant(index_dir=index, corpus_dir=corpus, embedder=embedder)
    first = assistant.index()
    name = current_version(index).name
    shutil.rmtree(index)
    (corpus / "orchard.txt").unlink()
    update_index(corpus, index, embedder)
    assert current_version(index).name == name            # the case a path comparison misses
    assert assistant.index() is not first
    assert "orchard.txt" not in assistant.status()["articles"]


def test_qa_index_is_incremental_and_rebuild_starts_over(small):
    corpus, index = small
    before = read_index(index)
    proc = run_qa("index", "--corpus", corpus, "--index", index)
    assert proc.returncode == 0 and "index already up to date" in proc.stdout, proc.stderr
    assert read_index(index).path == before.path
    proc = run_qa("index", "--rebuild", "--corpus", corpus, "--index", index)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.strip() == "qa: rebuild requested: re-embedding every article"
    assert proc.stdout.startswith("3 added, 0 changed, 0 removed")
    after = read_index(index)
    assert after.path != before.path and min(p.id for p in after.passages) >= before.manifest["next_id"]


@pytest.mark.parametrize("change", ["chunking", "model"])
def test_a_model_or_chunking_change_rebuilds_everything_with_a_message(small, embedder, change):
    corpus, index = small
    if change == "chunking":
        settings = Settings(chunking=ChunkSettings(min_tokens=16))
        expected = "the chunking settings changed: rebuilding the whole index"
    else:   # the same weights under another name: the manifest cannot tell them apart, so it rebuilds
        settings = Settings(model=resolve_model(Settings().model))
        expected = "the model changed"
    counting, logs = CountingEmbedder(embedder), []
    report = update_index(corpus, index, counting, settings=settings, log=logs.append)
    assert any(expected in line and "rebuild" in line for line in logs), logs
    assert sorted(report.added) == sorted(ARTICLES) and not report.unchanged
    data = read_index(index)
    assert data.manifest["model"] == settings.model and data.manifest["chunking"] == settings.chunking.as_dict()
    if change == "model":   # an index of another model is never queried with this one
        with pytest.raises(QAError, match="was built with model"):
            Assistant(index, corpus, embedder=embedder).ask(QUESTIONS["harbour.md"])
    again = update_index(corpus, index, counting, settings=settings)
    assert not again.written and not again.rebuild_reason


def test_readers_answer_from_the_old_index_until_the_swap(small, embedder, monkeypatch):
    corpus, index = small
    assistant = Assistant(index, corpus, embedder=embedder)
    old_version = assistant.status()["version"]
    reached, release = threading.Event(), threading.Event()

    def pause(name):
        if name == "tmp-written":     # the new version is fully written, not yet swapped in
            reached.set()
            release.wait(120)
    monkeypatch.setattr(store, "checkpoint", pause)

    (corpus / NEW_ARTICLE[0]).write_text(NEW_ARTICLE[1], encoding="utf-8")
    writer = threading.Thread(target=update_index, args=(corpus, index, embedder))
    writer.start()
    try:
        assert reached.wait(120)
        for reader in (assistant, Assistant(index, corpus, embedder=embedder)):  # old session, new session
            answer = reader.ask(QUESTIONS["zembla.txt"])
            assert "zembla.txt" not in cited_docs(answer) and reader.status()["version"] == old_version
            check_answer(reader.ask(QUESTIONS["harbour.md"]))
    finally:
        release.set()
        writer.join(120)
    answer = assistant.ask(QUESTIONS["zembla.txt"])
    assert assistant.status()["version"] != old_version
    assert {c.doc for c in answer.citations} == {"zembla.txt"} and "47%" in answer.answer


def test_a_reader_whose_version_is_pruned_while_it_reads_moves_to_the_current_one(small, embedder, monkeypatch):
    corpus, index = small
    first = current_version(index).name
    (corpus / NEW_ARTICLE[0]).write_text(NEW_ARTICLE[1], encoding="utf-8")
    update_index(corpus, index, embedder)
    second = current_version(index).name
    real_read, reads = store.read_version, []

    def racing_read(index_dir, version):
        reads.append(version.name)
        if len(reads) == 1:     # writers publish another version and prune this one under the reader
            store.publish(index, first)
            shutil.rmtree(version)
        return real_read(index_dir, version)
    monkeypatch.setattr(store, "read_version", racing_read)
    assert read_index(index).path.name == first and reads == [second, first]


def test_a_second_writer_waits_for_the_first(small, embedder):
    corpus, index = small
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time\nfrom filelock import FileLock\n"
         "lock = FileLock(sys.argv[1])\nlock.acquire()\nprint('held', flush=True)\ntime.sleep(120)", str(index / ".lock")],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(IndexBusyError) as busy:
            with WriterLock(index, timeout=0.3):
                pass
        assert "another process is writing the index" in str(busy.value) and "\n" not in str(busy.value)

        (corpus / NEW_ARTICLE[0]).write_text(NEW_ARTICLE[1], encoding="utf-8")
        version, logs, result = current_version(index), [], {}
        writer = threading.Thread(target=lambda: result.update(
            report=update_index(corpus, index, embedder, log=logs.append)))
        writer.start()
        time.sleep(1.5)
        assert writer.is_alive() and current_version(index) == version
        assert any("another process is writing the index" in line and "waiting" in line for line in logs)
    finally:
        holder.kill()          # a writer killed while holding the lock releases it
        holder.wait()
    writer.join(120)
    assert result["report"].added == ["zembla.txt"] and current_version(index) != version


def test_watch_follows_the_corpus_until_stopped(small, embedder):
    corpus, index = small
    assistant = Assistant(index, corpus, embedder=embedder)
    lines, stop = [], threading.Event()
    watcher = threading.Thread(target=watch_corpus, args=(assistant,),
                               kwargs={"log": lines.append, "debounce": 0.5, "stop": stop})
    watcher.start()
    try:
        wait_for(lambda: any(line.startswith("watching") for line in lines), 30, "the watcher to start")

        def updates() -> list[str]:
            return [line for line in lines if "added," in line or "update failed" in line]

        def step(action, expected: str):
            count = len(updates())
            action()
            wait_for(lambda: len(updates()) > count, 120, expected)
            assert expected in updates()[-1], lines

        step(lambda: (corpus / NEW_ARTICLE[0]).write_text(NEW_ARTICLE[1], encoding="utf-8"), "1 added")
        assert "  added: zembla.txt" in lines
        assert {c.doc for c in assistant.ask(QUESTIONS["zembla.txt"]).citations} == {"zembla.txt"}

        def editor_save():     # how editors save: write a hidden temp file, rename it over the article
            (corpus / ".orchard.txt.swp").write_text(ARTICLES["orchard.txt"].replace("812", "905"), encoding="utf-8")
            os.replace(corpus / ".orchard.txt.swp", corpus / "orchard.txt")
        step(editor_save, "1 changed")
        assert "905" in assistant.ask(QUESTIONS["orchard.txt"]).answer

        step(lambda: (corpus / "orchard.txt").rename(corpus / "apples.txt"), "1 renamed")
        step(lambda: (corpus / "observatory.txt").unlink(), "1 removed")
        assert "observatory.txt" not in cited_docs(assistant.ask(QUESTIONS["observatory.txt"]))

        count = len(updates())
        (corpus / ".notes.swp").write_text("scratch", encoding="utf-8")   # hidden: never indexed
        time.sleep(2)
        assert len(updates()) == count

        def delete_all():
            for p in corpus.iterdir():
                p.unlink()
        step(delete_all, "update failed: no readable article")          # reported, watching goes on
        step(lambda: write_corpus(corpus), "2 removed")                  # zembla.txt and apples.txt
        step(delete_all, "update failed: no readable article")
    finally:
        stop.set()
        watcher.join(60)
    assert not watcher.is_alive()
    # The last update failed: the index still holds the deleted articles, and the last line says so.
    assert lines[-1].startswith("stopped watching; the index does not match the corpus folder (3 removed)"), lines[-1]
    # Reading the articles during an update must not look like a change: no idle updates.
    assert not any("already up to date" in line for line in lines), lines


def as_from_a_terminal() -> None:
    """Ctrl-C at its default in the child, as a terminal leaves it: a test run started in the
    background (`pytest … &` in a script) ignores SIGINT, and a child inherits that, so the
    watcher would never see the test's Ctrl-C."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_qa_index_watch_prints_each_update_and_stops_cleanly_on_ctrl_c(small):
    corpus, index = small
    proc = subprocess.Popen(QA + ["index", "--watch", "--corpus", str(corpus), "--index", str(index)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV,
                            preexec_fn=as_from_a_terminal)
    lines: queue.Queue = queue.Queue()
    reader = threading.Thread(target=lambda: [lines.put(line) for line in proc.stdout], daemon=True)
    reader.start()

    def read_until(text: str, timeout: float = 180) -> list[str]:
        seen, deadline = [], time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                seen.append(lines.get(timeout=1))
            except queue.Empty:
                assert proc.poll() is None, f"qa index --watch ended: {proc.stderr.read()}"
                continue
            if text in seen[-1]:
                return seen
        raise AssertionError(f"no line with {text!r} in {seen}")

    try:
        assert "index already up to date" in read_until("up to date")[0]
        read_until("watching")
        (corpus / NEW_ARTICLE[0]).write_text(NEW_ARTICLE[1], encoding="utf-8")
        read_until("1 added")
        assert "added: zembla.txt" in read_until("added: zembla.txt")[-1]
        proc.send_signal(signal.SIGINT)
        assert proc.wait(60) == 0
        reader.join(30)
        assert "stopped watching; the index is up to date with the corpus folder\n" in list(lines.queue)
    finally:
        if proc.poll() is None:
            proc.kill()
    reader.join(30)
    stderr = proc.stderr.read()
    remaining = []
    while not lines.empty():
        remaining.append(lines.get())
    assert any(line.startswith("stopped watching") for line in remaining), remaining
    assert "Traceback" not in stderr and "interrupted" not in stderr
    assert "zembla.txt" in {p.doc for p in read_index(index).passages}


def test_qa_index_watch_on_an_empty_corpus_reports_the_failure_and_keeps_watching(tmp_path):
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    proc = subprocess.Popen(QA + ["index", "--watch", "--corpus", str(corpus), "--index", str(index)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV,
                            preexec_fn=as_from_a_terminal)
    lines: queue.Queue = queue.Queue()
    reader = threading.Thread(target=lambda: [lines.put(line) for line in proc.stdout], daemon=True)
    reader.start()

    def read_until(text: str, timeout: float = 180) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                if text in lines.get(timeout=1):
                    return
            except queue.Empty:
                assert proc.poll() is None, f"qa index --watch ended: {proc.stderr.read()}"
        raise AssertionError(f"no line with {text!r}")

    try:
        read_until("watching")                        # it watches although the first update failed
        (corpus / NEW_ARTICLE[0]).write_text(NEW_ARTICLE[1], encoding="utf-8")
        read_until("1 added")
        proc.send_signal(signal.SIGINT)
        assert proc.wait(60) == 0
        reader.join(30)
        assert "stopped watching; the index is up to date with the corpus folder\n" in list(lines.queue)
    finally:
        if proc.poll() is None:
            proc.kill()
    stderr = proc.stderr.read().splitlines()
    failed = [line for line in stderr if "update failed" in line]
    assert len(failed) == 1 and "no readable article" in failed[0], stderr
    assert not any("Traceback" in line for line in stderr)
    assert {p.doc for p in read_index(index).passages} == {"zembla.txt"}


def test_qa_index_watch_without_the_corpus_folder_is_one_error(tmp_path):
    proc = run_qa("index", "--watch", "--corpus", str(tmp_path / "nowhere"), "--index", str(tmp_path / "index"))
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert proc.stderr.count("\n") == 1 and "does not exist" in proc.stderr


def test_emptied_corpus_says_the_old_index_is_kept(small):
    corpus, index = small
    for article in corpus.iterdir():
        article.unlink()
    proc = run_qa("index", "--corpus", str(corpus), "--index", str(index))
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert "no readable article" in proc.stderr and "left as it was" in proc.stderr
    assert read_index(index).passages             # nothing was lost
