"""Telling the user that the corpus folder no longer matches the index.

After articles are added, edited or deleted, `qa ask` and `qa chat` must say so (one line on
stderr) instead of answering silently from the old index, and `qa status` must report it. The
check compares the folder's file names, sizes and modification times with what the last
update recorded (no file is read), so it counts a touched file as changed; the next `qa index`
sorts that out by content and records the files again. Real model, real index, real CLI.
"""
from __future__ import annotations

import json
import os

from qa.assistant import Assistant
from qa.indexer import corpus_snapshot, update_index
from qa.loaders import corpus_files
from qa.store import CORPUS_FILES, current_version
from tests.lifecycle_support import ARTICLES, NEW_ARTICLE, QUESTIONS, run_qa, write_corpus


def changes_of(corpus, index, embedder):
    return Assistant(index, corpus, embedder=embedder).corpus_changes()


def test_added_edited_and_deleted_articles_are_seen_until_the_next_update(small, embedder):
    corpus, index = small
    assert not changes_of(corpus, index, embedder)
    (corpus / NEW_ARTICLE[0]).write_text(NEW_ARTICLE[1], encoding="utf-8")
    with open(corpus / "orchard.txt", "a", encoding="utf-8") as f:
        f.write("\nA late frost in 2022 halved the crop.\n")
    (corpus / "harbour.md").unlink()

    changes = changes_of(corpus, index, embedder)
    assert (changes.added, changes.changed, changes.removed) == (["zembla.txt"], ["orchard.txt"], ["harbour.md"])
    assert changes.exact and changes.summary() == "1 added, 1 changed, 1 removed"

    update_index(corpus, index, embedder)
    assert not changes_of(corpus, index, embedder)


def test_a_touched_or_skipped_file_is_recorded_without_writing_a_new_version(small, embedder):
    corpus, index = small
    version = current_version(index)
    stat = (corpus / "orchard.txt").stat()
    os.utime(corpus / "orchard.txt", ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))     # touched, same text
    (corpus / "copy-of-orchard.txt").write_text(ARTICLES["orchard.txt"], encoding="utf-8")  # skipped: a duplicate
    changes = changes_of(corpus, index, embedder)
    assert changes.changed == ["orchard.txt"] and changes.added == ["copy-of-orchard.txt"]

    report = update_index(corpus, index, embedder)
    assert not report.written and current_version(index) == version
    assert not changes_of(corpus, index, embedder)
    (corpus / "copy-of-orchard.txt").unlink()          # gone, but it was never indexed: nothing to update
    assert not changes_of(corpus, index, embedder)


def test_an_index_without_a_record_compares_names(small, embedder):
    """Indexes written before the record existed (or whose record names another version: an
    older `qa` updated it, or a writer died between publishing and recording)."""
    corpus, index = small
    record = index / CORPUS_FILES
    for damage in (lambda: record.unlink(),
                   lambda: record.write_text(json.dumps({"version": "v000009", "built_at": 1, "files": {}})),
                   lambda: record.write_text("{truncated")):
        damage()
        with open(corpus / "orchard.txt", "a", encoding="utf-8") as f:
            f.write("\nMore.\n")                                   # an edit cannot be seen by name
        (corpus / "notes.docx").write_bytes(b"PK")                 # an unsupported file is no article
        (corpus / NEW_ARTICLE[0]).write_text(NEW_ARTICLE[1], encoding="utf-8")
        changes = changes_of(corpus, index, embedder)
        assert not changes.exact and changes.added == ["zembla.txt"] and changes.changed == []
        update_index(corpus, index, embedder)
        assert changes_of(corpus, index, embedder).exact and not changes_of(corpus, index, embedder)
        (corpus / NEW_ARTICLE[0]).unlink()
        (corpus / "notes.docx").unlink()
        update_index(corpus, index, embedder)


def test_the_snapshot_lists_exactly_the_files_the_scanner_reads(tmp_path):
    corpus = write_corpus(tmp_path / "corpus")
    (corpus / ".hidden.txt").write_text("x")
    (corpus / "README.md").write_text("about this folder")
    (corpus / "sub").mkdir()
    (corpus / "sub" / "inner.txt").write_text("not read: the scan is not recursive")
    (corpus / "link.txt").symlink_to(corpus / "orchard.txt")
    (corpus / "dangling.txt").symlink_to(corpus / "gone.txt")
    assert sorted(corpus_snapshot(corpus)) == [p.name for p in corpus_files(corpus)]


def test_qa_ask_chat_and_status_say_the_index_is_stale(small):
    corpus, index = small
    places = ["--corpus", corpus, "--index", index]
    fresh = run_qa("ask", *places, QUESTIONS["harbour.md"])
    assert fresh.returncode == 0 and fresh.stderr == ""
    assert "up to date with the corpus folder" in run_qa("status", *places).stdout

    (corpus / "harbour.md").unlink()                               # the answer's own article
    (corpus / NEW_ARTICLE[0]).write_text(NEW_ARTICLE[1], encoding="utf-8")
    asked = run_qa("ask", "--json", *places, QUESTIONS["harbour.md"])
    assert asked.returncode == 0 and json.loads(asked.stdout)["question"] == QUESTIONS["harbour.md"]
    [warning] = asked.stderr.strip().splitlines()
    assert warning.startswith("qa: warning: ") and "(1 added, 1 removed)" in warning
    assert f"run `qa index --corpus {corpus} --index {index}`" in warning

    chat = run_qa("chat", *places, stdin="")
    assert chat.returncode == 0 and chat.stderr.strip().splitlines() == [warning]

    status = run_qa("status", *places)
    assert status.returncode == 0 and "out of date: " in status.stdout and "(1 added, 1 removed)" in status.stdout
    assert "  added: zembla.txt" in status.stdout and "  removed: harbour.md" in status.stdout

    assert run_qa("index", *places).returncode == 0
    assert run_qa("ask", *places, QUESTIONS["zembla.txt"]).stderr == ""


def test_a_missing_corpus_folder_is_said_once(small, tmp_path):
    _, index = small
    proc = run_qa("ask", "--corpus", tmp_path / "elsewhere", "--index", index, QUESTIONS["orchard.txt"])
    assert proc.returncode == 0
    [warning] = proc.stderr.strip().splitlines()
    assert f"the corpus folder {tmp_path / 'elsewhere'} does not exist" in warning


def test_an_index_copied_with_its_link_followed_keeps_its_record_of_the_corpus(small, embedder, tmp_path):
    """`cp -rL` turns `current` into a folder; the record of file sizes and times (written for
    the version by name) still belongs to it by its build time, so an edited article is seen."""
    import shutil
    corpus, index = small
    copy = tmp_path / "copy"
    shutil.copytree(index, copy, symlinks=False)
    assert (copy / "current").is_dir() and not (copy / "current").is_symlink()
    changes = changes_of(corpus, copy, embedder)
    assert changes.exact and not changes
    with open(corpus / "orchard.txt", "a", encoding="utf-8") as f:
        f.write("\nA late frost in 2022 halved the crop.\n")
    assert changes_of(corpus, copy, embedder).changed == ["orchard.txt"]


def test_status_names_the_files_the_last_update_skipped(small, embedder):
    """An update skips a file it cannot use with one warning; `qa status` still names it (it had
    said "up to date" and nothing more), until it is fixed or removed."""
    corpus, index = small
    (corpus / "junk.txt").write_bytes(bytes(range(256)) * 4)
    (corpus / "copy.txt").write_text(ARTICLES["orchard.txt"], encoding="utf-8")      # a duplicate
    update_index(corpus, index, embedder)
    assistant = Assistant(index_dir=index, corpus_dir=corpus, embedder=embedder)
    changes = assistant.corpus_changes()
    assert changes.skipped == ["copy.txt", "junk.txt"] and not changes           # no change: up to date
    status = run_qa("status", "--corpus", corpus, "--index", index)
    assert "up to date with the corpus folder" in status.stdout
    assert "skipped by the last update (`qa index --corpus" in status.stdout and "says why): copy.txt, junk.txt" in status.stdout
    (corpus / "junk.txt").write_text("Now a readable article about the harbour of Velmora.", encoding="utf-8")
    assert assistant.corpus_changes().skipped == ["copy.txt"]    # changed since: a pending change, not a skip
    for i in range(7):
        (corpus / f"picture{i}.png").write_bytes(b"\x89PNG")
    update_index(corpus, index, embedder)
    assert assistant.corpus_changes().skipped_names() == "copy.txt, picture0.png, picture1.png, picture2.png, " \
                                                         "picture3.png and 3 more"
