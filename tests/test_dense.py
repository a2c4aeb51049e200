"""FAISS index choice by size: exact while small, HNSW past FLAT_MAX (IVF on request); ids are passage ids."""
import numpy as np
import pytest

from qa import dense
from qa.dense import FLAT_MAX, build_faiss, dense_search, describe, index_kind


def clustered(n, d=32, clusters=60, seed=0):
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(clusters, d))
    x = centres[rng.integers(0, clusters, n)] + rng.normal(0, 0.35, (n, d))
    return (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32)


def recall(index, exact, queries, k=10):
    got = [{i for i, _ in dense_search(index, q, k)} for q in queries]
    want = [{i for i, _ in dense_search(exact, q, k)} for q in queries]
    return np.mean([len(g & w) / k for g, w in zip(got, want)])


def test_kind_follows_size():
    assert index_kind(10) == "flat" and index_kind(FLAT_MAX) == "flat"
    assert index_kind(FLAT_MAX + 1) == "hnsw"


def test_flat_returns_passage_ids_not_rows():
    x = clustered(500)
    ids = np.arange(500, dtype=np.int64) * 7 + 1000
    index = build_faiss(x, ids, 32)
    assert describe(index) == "flat"
    hits = dense_search(index, x[123], 5)
    assert hits[0][0] == ids[123] and hits[0][1] == pytest.approx(1.0, abs=1e-5)
    assert (index.reconstruct(int(ids[42])) == x[42]).all()


def test_empty_index_searches_to_nothing():
    index = build_faiss(np.zeros((0, 32), np.float32), np.zeros(0, np.int64), 32)
    assert dense_search(index, np.ones(32, np.float32), 5) == []


@pytest.mark.parametrize("kind", ["ivf", "hnsw"])
def test_approximate_kinds_keep_ids_and_recall(kind, tmp_path):
    import faiss
    x = clustered(6000)
    ids = np.arange(6000, dtype=np.int64) * 3 + 11          # not row numbers
    exact = build_faiss(x, ids, 32, kind="flat")
    index = build_faiss(x, ids, 32, kind=kind)
    assert describe(index) == kind
    for row in (0, 2999, 5999):                               # a stored vector finds itself, by id
        assert dense_search(index, x[row], 1)[0][0] == ids[row]
        assert np.allclose(index.reconstruct(int(ids[row])), x[row])
    queries = clustered(100, seed=1)
    assert recall(index, exact, queries) >= 0.9
    # survives the round trip through the file the store writes
    faiss.write_index(index, str(tmp_path / "i.faiss"))
    again = faiss.read_index(str(tmp_path / "i.faiss"))
    assert [h for h, _ in dense_search(again, queries[0], 10)] == [h for h, _ in dense_search(index, queries[0], 10)]


def test_too_few_vectors_for_an_inverted_file_stay_exact():
    x = clustered(300)
    index = build_faiss(x, np.arange(300), 32, kind="ivf")
    assert describe(index) == "flat"


def test_search_leaves_faiss_thread_setting_alone():
    import faiss
    before = faiss.omp_get_max_threads()
    index = build_faiss(clustered(100), np.arange(100), 32)
    dense_search(index, clustered(1, seed=3)[0], 5)
    assert faiss.omp_get_max_threads() == before


def test_size_threshold_picks_hnsw(monkeypatch):
    monkeypatch.setattr(dense, "FLAT_MAX", 5000)
    x = clustered(6000)
    index = build_faiss(x, np.arange(6000) + 100, 32)
    assert describe(index) == "hnsw"
    assert dense_search(index, x[10], 1)[0][0] == 110
