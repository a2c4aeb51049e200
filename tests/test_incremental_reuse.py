"""An update reuses the previous version's work: its FAISS index is changed in place (flat: ids
removed and added; HNSW: added to, rebuilt only when something is removed) and its passages'
stored BM25 tokens are re-counted, not re-analysed. The result must equal what building from
the same passages would give: the same ids and vectors in FAISS, the same BM25 scores."""
from __future__ import annotations

import shutil

import numpy as np
import pytest

import qa.indexer as indexer
from qa import dense, lexical
from qa.dense import build_faiss, dense_search, describe, index_ids
from qa.errors import CorruptIndexError
from qa.indexer import update_index
from qa.lexical import bm25_scores, build_bm25, document_frequency
from qa.store import TOKENS_FILE, current_version, read_bm25_tokens, read_index, write_version
from tests.lifecycle_support import ARTICLES, NEW_ARTICLE, write_corpus

QUERIES = ["harbour council dredging budget", "apples harvest tonnes 2021", "observatory telescope comet",
           "mayoral election turnout", "Velmora Zembla Karsvik", "the of and",
           "constitutional reform referendum 2007", "Maduro Capriles votes", "recall referendum Chávez 2004"]


@pytest.fixture
def counted(monkeypatch):
    """How often the indexer builds a FAISS index, and which passage texts it analyses."""
    calls = {"build_faiss": 0, "analysed": []}
    real_build, real_tokens = indexer.build_faiss, indexer.passage_tokens

    def build(*a, **kw):
        calls["build_faiss"] += 1
        return real_build(*a, **kw)

    def tokens(text):
        calls["analysed"].append(text)
        return real_tokens(text)
    monkeypatch.setattr(indexer, "build_faiss", build)
    monkeypatch.setattr(indexer, "passage_tokens", tokens)
    return calls


def reset(calls):
    calls["build_faiss"], calls["analysed"] = 0, []


def check_equals_a_fresh_build(index_dir):
    """FAISS holds exactly the passages' ids and vectors, searches like an index built from them,
    and BM25 scores every passage as one built from scratch over the passage texts does."""
    data = read_index(index_dir)
    ids = np.array([p.id for p in data.passages], dtype=np.int64)
    index = data.faiss_index
    assert index.ntotal == len(ids) and sorted(index_ids(index)) == sorted(ids)
    for row, pid in enumerate(ids):
        assert (index.reconstruct(int(pid)) == data.passage_vectors[row]).all()
    fresh = build_faiss(data.passage_vectors, ids, data.passage_vectors.shape[1], kind=describe(index))
    for row in range(0, len(ids), 3):
        q = data.passage_vectors[row]
        assert dense_search(index, q, 5)[0] == dense_search(fresh, q, 5)[0]
        if describe(index) == "flat":
            assert dense_search(index, q, 5) == dense_search(fresh, q, 5)
    scratch = build_bm25([p.text for p in data.passages])
    assert set(data.bm25.vocab_dict) == set(scratch.vocab_dict)
    for query in QUERIES:
        assert np.array_equal(bm25_scores(data.bm25, query), bm25_scores(scratch, query)), query
    for term in ("harbour", "appl", "elect", "\u2205"):
        assert document_frequency(data.bm25, term) == document_frequency(scratch, term)
    return data


def texts_of(index_dir, doc):
    return [p.text for p in read_index(index_dir).passages if p.doc == doc]


def test_flat_updates_in_place_and_only_new_passages_are_analysed(tmp_path, embedder, counted):
    corpus, index = write_corpus(tmp_path / "corpus"), tmp_path / "index"
    update_index(corpus, index, embedder)
    assert counted["build_faiss"] == 1 and len(counted["analysed"]) == len(read_index(index).passages)
    assert (current_version(index) / TOKENS_FILE).is_file()

    reset(counted)
    (corpus / NEW_ARTICLE[0]).write_text(NEW_ARTICLE[1], encoding="utf-8")
    assert update_index(corpus, index, embedder).added == ["zembla.txt"]
    assert counted["build_faiss"] == 0                              # added in place
    assert sorted(counted["analysed"]) == sorted(texts_of(index, "zembla.txt"))
    check_equals_a_fresh_build(index)

    reset(counted)
    (corpus / "orchard.txt").write_text(ARTICLES["orchard.txt"].replace("812", "905"), encoding="utf-8")
    (corpus / "observatory.txt").unlink()
    (corpus / "harbour.md").rename(corpus / "port.md")
    report = update_index(corpus, index, embedder)
    assert report.changed == ["orchard.txt"] and report.removed == ["observatory.txt"]
    assert report.renamed == [("harbour.md", "port.md")]
    assert counted["build_faiss"] == 0                              # flat: removed and added in place
    assert sorted(counted["analysed"]) == sorted(texts_of(index, "orchard.txt"))
    data = check_equals_a_fresh_build(index)
    assert {p.doc for p in data.passages} == {"orchard.txt", "port.md", "zembla.txt"}
    assert any("905" in p.text for p in data.passages) and not any("812" in p.text for p in data.passages)


def test_hnsw_is_added_to_and_rebuilt_only_when_something_is_removed(tmp_path, embedder, counted, monkeypatch):
    monkeypatch.setattr(dense, "FLAT_MAX", 1)                       # this small index is past it
    corpus, index = write_corpus(tmp_path / "corpus"), tmp_path / "index"
    update_index(corpus, index, embedder)
    assert describe(read_index(index).faiss_index) == "hnsw" and counted["build_faiss"] == 1

    reset(counted)
    (corpus / NEW_ARTICLE[0]).write_text(NEW_ARTICLE[1], encoding="utf-8")
    update_index(corpus, index, embedder)
    assert counted["build_faiss"] == 0                              # HNSW can add
    check_equals_a_fresh_build(index)

    reset(counted)
    (corpus / "observatory.txt").unlink()
    update_index(corpus, index, embedder)
    assert counted["build_faiss"] == 1 and counted["analysed"] == []    # cannot remove: rebuilt
    assert describe(read_index(index).faiss_index) == "hnsw"
    check_equals_a_fresh_build(index)


def test_crossing_flat_max_builds_the_other_kind(tmp_path, embedder, counted, monkeypatch):
    corpus, index = write_corpus(tmp_path / "corpus"), tmp_path / "index"
    update_index(corpus, index, embedder)
    monkeypatch.setattr(dense, "FLAT_MAX", len(read_index(index).passages))
    reset(counted)
    (corpus / NEW_ARTICLE[0]).write_text(NEW_ARTICLE[1], encoding="utf-8")
    update_index(corpus, index, embedder)
    assert counted["build_faiss"] == 1 and describe(read_index(index).faiss_index) == "hnsw"
    check_equals_a_fresh_build(index)


def test_tokens_are_analysed_again_when_missing_or_from_another_analyzer(tmp_path, embedder, counted, monkeypatch):
    corpus, index = write_corpus(tmp_path / "corpus"), tmp_path / "index"
    with monkeypatch.context() as m:                                # an index written before tokens were stored
        m.setattr(indexer, "encode_tokens", lambda bm25, tokens: None)
        update_index(corpus, index, embedder)
    assert not (current_version(index) / TOKENS_FILE).exists()
    reset(counted)
    (corpus / NEW_ARTICLE[0]).write_text(NEW_ARTICLE[1], encoding="utf-8")
    update_index(corpus, index, embedder)
    assert len(counted["analysed"]) == len(read_index(index).passages)
    check_equals_a_fresh_build(index)

    monkeypatch.setattr(indexer, "analyzer_fingerprint", lambda: "another analyzer")
    reset(counted)
    (corpus / "orchard.txt").unlink()
    update_index(corpus, index, embedder)
    assert len(counted["analysed"]) == len(read_index(index).passages)
    check_equals_a_fresh_build(index)


def test_damaged_tokens_are_caught_and_the_index_rebuilt(tmp_path, embedder):
    corpus, index = write_corpus(tmp_path / "corpus"), tmp_path / "index"
    update_index(corpus, index, embedder)
    tokens = current_version(index) / TOKENS_FILE
    data = bytearray(tokens.read_bytes())
    data[len(data) // 2] ^= 0x01
    tokens.write_bytes(bytes(data))
    with pytest.raises(CorruptIndexError, match="bm25_tokens.npz is damaged"):
        read_index(index)
    logs = []
    assert update_index(corpus, index, embedder, log=logs.append).written
    assert any("rebuilding it from the corpus" in line for line in logs)
    check_equals_a_fresh_build(index)


def test_the_bundled_index_loses_and_regains_an_article_in_place(bundled_index, corpus_copy, tmp_path,
                                                                  embedder, counted):
    index = tmp_path / "index"
    shutil.copytree(bundled_index, index, symlinks=True)
    article = sorted(corpus_copy.iterdir())[1]
    text = article.read_text(encoding="utf-8")
    article.unlink()
    assert update_index(corpus_copy, index, embedder).removed == [article.name]
    assert counted["build_faiss"] == 0 and counted["analysed"] == []
    check_equals_a_fresh_build(index)
    article.write_text(text, encoding="utf-8")
    assert update_index(corpus_copy, index, embedder).added == [article.name]
    assert counted["build_faiss"] == 0 and sorted(counted["analysed"]) == sorted(texts_of(index, article.name))
    check_equals_a_fresh_build(index)


def test_stored_tokens_round_trip():
    texts = ["The harbour council approved 4.5 million euros.", "", "Référendum référendum in 2007!"]
    tokens = [lexical.passage_tokens(t) for t in texts]
    bm25 = build_bm25(texts, tokens)
    ids, offsets = lexical.encode_tokens(bm25, tokens)
    assert ids.dtype == np.int32 and list(offsets) == [0, len(tokens[0]), len(tokens[0]) + 1, sum(map(len, tokens))]
    assert lexical.decode_tokens(bm25, ids, offsets, [2, 0, 1]) == [tokens[2], tokens[0], tokens[1]]


def test_acronym_definitions_are_found_at_index_time_and_kept_for_unchanged_articles(tmp_path, embedder,
                                                                                     monkeypatch):
    corpus, index = write_corpus(tmp_path / "corpus"), tmp_path / "index"
    (corpus / "authority.txt").write_text("Port authority\n\nThe Velmora Harbour Authority (VHA) met on Monday.\n",
                                          encoding="utf-8")
    update_index(corpus, index, embedder)
    documents = read_index(index).documents
    assert documents["authority.txt"]["acronyms"] == {"vha": ["velmora", "harbour", "author"]}
    assert documents["orchard.txt"]["acronyms"] == {}

    analysed = []
    real = indexer.document_acronyms
    monkeypatch.setattr(indexer, "document_acronyms", lambda ps: analysed.append({p.doc for p in ps}) or real(ps))
    (corpus / "orchard.txt").write_text(ARTICLES["orchard.txt"].replace("812", "905"), encoding="utf-8")
    update_index(corpus, index, embedder)
    assert analysed == [{"orchard.txt"}]                            # the others' are kept
    assert read_index(index).documents["authority.txt"]["acronyms"] == {"vha": ["velmora", "harbour", "author"]}


def test_an_index_without_stored_acronyms_is_rewritten_once_without_embedding(tmp_path, embedder, counted):
    corpus, index = write_corpus(tmp_path / "corpus"), tmp_path / "index"
    update_index(corpus, index, embedder)
    data = read_index(index)
    data.bm25_tokens = read_bm25_tokens(data)
    for info in data.documents.values():
        del info["acronyms"]                                        # as an older version wrote it
    write_version(index, data)
    reset(counted)
    report = update_index(corpus, index, embedder)
    assert report.written and report.embedded_passages == 0 and not counted["analysed"]
    assert all("acronyms" in info for info in read_index(index).documents.values())
    assert not update_index(corpus, index, embedder).written       # and then it is up to date


def test_acronym_definitions_found_by_other_rules_are_found_again(tmp_path, embedder, monkeypatch):
    corpus, index = write_corpus(tmp_path / "corpus"), tmp_path / "index"
    update_index(corpus, index, embedder)
    analysed = []
    real = indexer.document_acronyms
    monkeypatch.setattr(indexer, "document_acronyms", lambda ps: analysed.append({p.doc for p in ps}) or real(ps))
    monkeypatch.setattr(indexer, "definitions_fingerprint", lambda analyzer: "2:" + analyzer)   # new rules
    report = update_index(corpus, index, embedder)
    assert report.written and report.embedded_passages == 0
    assert sorted(d for docs in analysed for d in docs) == sorted(read_index(index).documents)
    assert read_index(index).manifest["acronyms_fingerprint"].startswith("2:")
