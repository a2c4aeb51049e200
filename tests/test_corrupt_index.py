"""A damaged index is caught by its checksums, never used: readers get one line naming the
problem and the fix (`qa index --rebuild`); `qa index` rebuilds it from the corpus by itself."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from qa.assistant import Assistant
from qa.errors import CorruptIndexError
from qa.indexer import update_index
from qa.store import current_version, read_index
from tests.lifecycle_support import QUESTIONS, check_answer, run_qa


def flip_byte(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))


def truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def edit_manifest(version: Path) -> None:
    """Valid JSON, wrong content: a document's hash changed by hand."""
    manifest = json.loads((version / "manifest.json").read_text(encoding="utf-8"))
    manifest["documents"]["harbour.md"]["hash"] = "0" * 64
    (version / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")


DAMAGE = {
    "vector flipped bit": (lambda v: flip_byte(v / "passage_vectors.npy"), "passage_vectors.npy is damaged"),
    "faiss truncated": (lambda v: truncate(v / "passages.faiss"), "passages.faiss is damaged"),
    "passages truncated": (lambda v: truncate(v / "passages.jsonl"), "passages.jsonl is damaged"),
    "bm25 file deleted": (lambda v: sorted((v / "bm25").iterdir())[0].unlink(), "is missing"),
    "manifest not json": (lambda v: (v / "manifest.json").write_text("{\"model\": ", encoding="utf-8"),
                          "manifest missing or unreadable"),
    "manifest edited": (edit_manifest, "manifest is damaged"),
    "version emptied": (lambda v: [p.unlink() for p in v.rglob("*") if p.is_file()], "manifest missing"),
}


def one_line_with_fix(message: str) -> None:
    assert "\n" not in message.strip() and "qa index --rebuild" in message and "Traceback" not in message


@pytest.mark.parametrize("kind", DAMAGE)
def test_damage_is_reported_with_the_fix_and_qa_index_rebuilds(small, embedder, kind):
    corpus, index = small
    damage, reason = DAMAGE[kind]
    damaged = current_version(index)
    damage(damaged)

    with pytest.raises(CorruptIndexError) as exc:
        read_index(index)
    assert reason in str(exc.value)
    one_line_with_fix(str(exc.value))
    with pytest.raises(CorruptIndexError):
        Assistant(index, corpus, embedder=embedder).ask(QUESTIONS["harbour.md"])

    logs = []
    report = update_index(corpus, index, embedder, log=logs.append)    # no --rebuild needed
    assert report.written and any("rebuilding it from the corpus" in line for line in logs), logs
    assert current_version(index) != damaged
    answer = Assistant(index, corpus, embedder=embedder).ask(QUESTIONS["harbour.md"])
    check_answer(answer)
    assert "4.5 million" in answer.answer


def test_cli_reports_a_damaged_index_in_one_line_and_qa_index_repairs_it(small):
    corpus, index = small
    flip_byte(current_version(index) / "sentence_vectors.npy")

    for command in (["ask", QUESTIONS["harbour.md"]], ["status"]):
        proc = run_qa(*command, "--index", index, "--corpus", corpus)
        assert proc.returncode == 1 and proc.stdout == ""
        assert "sentence_vectors.npy is damaged" in proc.stderr
        one_line_with_fix(proc.stderr)
        # the fix as the user must type it: the folders they gave, not the default ones
        assert f"run `qa index --rebuild --corpus {corpus} --index {index}`" in proc.stderr
    proc = run_qa("ask", "--index", index, QUESTIONS["harbour.md"])     # default corpus: only --index
    assert f"run `qa index --rebuild --index {index}`" in proc.stderr

    proc = run_qa("index", "--index", index, "--corpus", corpus)
    assert proc.returncode == 0, proc.stderr
    assert "rebuilding it from the corpus" in proc.stderr and "Traceback" not in proc.stderr
    assert "3 added" in proc.stdout
    data = read_index(index)
    assert {p.doc for p in data.passages} == set(QUESTIONS) - {"zembla.txt"}


def test_an_index_copied_with_its_link_followed_is_rebuilt_in_place(small, embedder):
    """`cp -rL` turns `current` into a folder (a copy of the version): when that copy is damaged,
    `qa index --rebuild` must still be able to publish the new version, leaving no stray links."""
    import shutil
    corpus, index = small
    version = current_version(index)
    (index / "current").unlink()
    shutil.copytree(version, index / "current")
    truncate(index / "current" / "sentence_vectors.npy")
    with pytest.raises(CorruptIndexError):
        read_index(index)

    report = update_index(corpus, index, embedder, rebuild=True)
    assert report.written
    assert (index / "current").is_symlink()
    assert not list(index.glob(".current-*")) and not list(index.glob("tmp-*"))
    check_answer(Assistant(index, corpus, embedder=embedder).ask(QUESTIONS["harbour.md"]))


def test_a_publish_interrupted_over_a_copied_folder_leaves_that_folder_in_place(small, embedder, monkeypatch):
    """The folder is moved aside before the link takes its place: interrupted in between, it goes
    back, so readers still find the index and the next update starts from it (found by review)."""
    import os
    import shutil
    import qa.store as store
    corpus, index = small
    version = current_version(index)
    (index / "current").unlink()
    shutil.copytree(version, index / "current")
    (corpus / "orchard.txt").write_text("A new text about a late frost in 2022.\n", encoding="utf-8")

    real_replace = os.replace

    def interrupted(src, dst):
        if Path(dst).name == "current":
            raise KeyboardInterrupt
        return real_replace(src, dst)
    monkeypatch.setattr(store.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        update_index(corpus, index, embedder)
    monkeypatch.undo()
    assert (index / "current").is_dir() and not (index / "current").is_symlink()
    assert not list(index.glob(".current-*"))
    check_answer(Assistant(index, corpus, embedder=embedder).ask(QUESTIONS["harbour.md"]))


def test_a_copied_folder_a_killed_publish_left_aside_is_put_back_by_the_next_update(small, embedder):
    """Killed outright between moving the folder aside and placing the link (no except runs):
    the next writer's prune puts the folder back instead of deleting it with the other leftovers."""
    import shutil
    from qa.store import ASIDE_PREFIX
    corpus, index = small
    version = current_version(index)
    (index / "current").unlink()
    shutil.copytree(version, index / "current")
    (index / "current").rename(index / f"{ASIDE_PREFIX}killed")
    report = update_index(corpus, index, embedder)
    assert report.embedded_passages == 0 and not report.added and not list(index.glob("tmp-*"))   # nothing re-embedded
    check_answer(Assistant(index, corpus, embedder=embedder).ask(QUESTIONS["harbour.md"]))
