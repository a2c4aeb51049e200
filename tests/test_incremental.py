"""Incremental indexing: add, change, delete one file — only that file is embedded."""
from pathlib import Path

from qa.indexer import update_index
from qa.store import read_index
from tests.lifecycle_support import CountingEmbedder


NEW_ARTICLE = """---
title: "A new article"
date: "2020-01-01"
---
The fictional town of Zembla held its first mayoral election on a rainy Tuesday.
Turnout reached 47% as voters chose between two candidates.
"""


def docs_in(index_dir: Path) -> set[str]:
    return {p.doc for p in read_index(index_dir).passages}


def test_add_change_delete_rename_embed_only_what_changed(corpus_copy, tmp_path, embedder):
    index_dir = tmp_path / "index"
    counting = CountingEmbedder(embedder)
    first = update_index(corpus_copy, index_dir, counting)
    assert len(first.added) == 5 and first.written
    ids_before = {p.id for p in read_index(index_dir).passages}

    counting.encoded.clear()
    (corpus_copy / "new.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    added = update_index(corpus_copy, index_dir, counting)
    assert added.added == ["new.txt"] and len(added.unchanged) == 5
    assert counting.encoded and all("Zembla" in t or "47%" in t or "Turnout" in t for t in counting.encoded)

    counting.encoded.clear()
    (corpus_copy / "new.txt").write_text(NEW_ARTICLE.replace("47%", "52%"), encoding="utf-8")
    changed = update_index(corpus_copy, index_dir, counting)
    assert changed.changed == ["new.txt"] and not changed.added
    assert any("52%" in t for t in counting.encoded) and not any("Chávez" in t for t in counting.encoded)

    counting.encoded.clear()
    (corpus_copy / "new.txt").rename(corpus_copy / "renamed.txt")
    renamed = update_index(corpus_copy, index_dir, counting)
    assert renamed.renamed == [("new.txt", "renamed.txt")] and counting.encoded == []
    assert "renamed.txt" in docs_in(index_dir) and "new.txt" not in docs_in(index_dir)

    (corpus_copy / "renamed.txt").unlink()
    removed = update_index(corpus_copy, index_dir, counting)
    assert removed.removed == ["renamed.txt"] and counting.encoded == []
    data = read_index(index_dir)
    assert "renamed.txt" not in {p.doc for p in data.passages}
    assert {p.id for p in data.passages} == ids_before        # the old passages kept their ids
    assert data.manifest["next_id"] > max(ids_before) + 1     # ids of deleted passages are not reused

    again = update_index(corpus_copy, index_dir, counting)
    assert not again.written and counting.encoded == []


def test_faiss_and_bm25_stay_aligned_with_passages(bundled_index):
    data = read_index(bundled_index)
    assert data.faiss_index.ntotal == len(data.passages) == data.passage_vectors.shape[0]
    assert data.sentence_vectors.shape[0] == sum(len(p.sentences) for p in data.passages)
    assert data.bm25.scores["num_docs"] == len(data.passages)
    for row in (0, len(data.passages) // 2, len(data.passages) - 1):
        assert (data.faiss_index.reconstruct(data.passages[row].id) == data.passage_vectors[row]).all()
