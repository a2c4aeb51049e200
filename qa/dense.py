"""The dense (FAISS) side of the index: build over normalised vectors with stable ids, search.

The index type follows the number of passages (measured in bench/faiss_choice.py, numbers in
BENCHMARKS.md):
  * up to FLAT_MAX passages: exact inner-product search (IndexFlatIP). A query reads every
    vector, about 0.17 ms per 1,000 passages on one core here (7.4 ms at 43.7k), and building
    it is a copy.
  * past FLAT_MAX: an HNSW graph (M=32, efSearch 128). On real MiniLM vectors (the BBC index,
    43.7k vectors, headline queries) it finds 99.4% of the exact top 10 and 97.9% of the top 50
    in 0.6 ms; an inverted file (kind="ivf") found 93.1% of the top 50 at a similar time
    (nprobe 64 of 1024) and took longer to build, so HNSW is the default. IVF stays available
    as an option (benchmarks, tests); the indexer never chooses it.

Every kind is wrapped in IndexIDMap2: ids are passage ids, never row numbers, and
`reconstruct(passage_id)` returns the stored vector.

An update changes the previous version's index in place (`update_faiss`) instead of building
a new one: new passages are added under their ids, and removed ones taken out where the kind
can remove. Only the flat kind can here: HNSW cannot remove at all, and an inverted file
behind IndexIDMap2 cannot either (FAISS refuses: its array direct map cannot remove, and a
hashtable map only accepts an explicit id array, which IDMap2 does not pass on). So HNSW and
IVF are rebuilt when an update removes (or changes) an article, and only then.
"""
from __future__ import annotations

import numpy as np

FLAT_MAX = 50_000           # exact search up to here; past it an HNSW graph (see BENCHMARKS.md)
IVF_TRAIN_PER_LIST = 40     # k-means sample: this many vectors per list (FAISS warns below 39)
IVF_NPROBE_MIN = 16
NPROBE_SHARE = 1 / 16       # share of the lists searched per query (64 of 1,024: 93% of the top 50)
HNSW_M, HNSW_EF_CONSTRUCTION, HNSW_EF_SEARCH = 32, 80, 128


def index_kind(n: int) -> str:
    """'flat' while exact search is fast enough, 'hnsw' past FLAT_MAX."""
    return "flat" if n <= FLAT_MAX else "hnsw"


def ivf_lists(n: int) -> int:
    """About 4·√n inverted lists, a power of two, at least 64."""
    return max(64, 1 << int(round(np.log2(4 * np.sqrt(max(n, 1))))))


def build_faiss(vectors: np.ndarray, ids: np.ndarray, dimension: int, kind: str | None = None):
    """IDMap2 over an inner-product index: ids are passage ids, never row numbers.
    `kind` ('flat', 'ivf', 'hnsw') overrides the choice by size (benchmarks, tests)."""
    import faiss
    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    n = len(vectors)
    kind = kind or index_kind(n)
    if kind == "ivf" and n < 2 * IVF_TRAIN_PER_LIST * 64:
        kind = "flat"                                    # too few vectors to train an inverted file
    if kind == "flat":
        base = faiss.IndexFlatIP(dimension)
    elif kind == "hnsw":
        base = faiss.IndexHNSWFlat(dimension, HNSW_M, faiss.METRIC_INNER_PRODUCT)
        base.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
        base.hnsw.efSearch = HNSW_EF_SEARCH
    elif kind == "ivf":
        nlist = min(ivf_lists(n), n // IVF_TRAIN_PER_LIST)
        quantizer = faiss.IndexFlatIP(dimension)
        base = faiss.IndexIVFFlat(quantizer, dimension, nlist, faiss.METRIC_INNER_PRODUCT)
        base.cp.niter = 10                               # k-means iterations (FAISS default 25)
        base.cp.seed = 1234
        sample = vectors
        if n > nlist * IVF_TRAIN_PER_LIST:
            rng = np.random.default_rng(1234)
            sample = vectors[np.sort(rng.choice(n, nlist * IVF_TRAIN_PER_LIST, replace=False))]
        base.train(sample)
        base.nprobe = max(IVF_NPROBE_MIN, int(nlist * NPROBE_SHARE))
        base.make_direct_map()                           # reconstruct() by position, used by IDMap2
    else:
        raise ValueError(f"unknown FAISS index kind {kind!r}")
    index = faiss.IndexIDMap2(base)
    if n:
        index.add_with_ids(vectors, np.asarray(ids, dtype=np.int64))
    return index


def update_faiss(index, remove_ids: np.ndarray, vectors: np.ndarray, ids: np.ndarray):
    """`index` (made by build_faiss) with the ids `remove_ids` taken out and `vectors` added under
    `ids`, changed in place; None when it has to be rebuilt instead: build_faiss would choose
    another kind for the new size, or ids must be removed from a kind that cannot remove them.
    After None the index may be half changed: the caller builds a new one and drops it."""
    remove_ids = np.asarray(remove_ids, dtype=np.int64)
    size = index.ntotal - len(remove_ids) + len(vectors)
    kind = describe(index)
    if kind != index_kind(size) or (len(remove_ids) and kind != "flat"):
        return None
    if len(remove_ids) and index.remove_ids(remove_ids) != len(remove_ids):
        return None
    if len(vectors):
        index.add_with_ids(np.ascontiguousarray(vectors, dtype=np.float32), np.asarray(ids, dtype=np.int64))
    return index


def index_ids(index) -> np.ndarray:
    """The ids an IndexIDMap2 holds, in its internal order."""
    import faiss
    return faiss.vector_to_array(index.id_map)


def describe(index) -> str:
    """'flat', 'ivf' or 'hnsw' for an index made by build_faiss."""
    import faiss
    base = faiss.downcast_index(index.index) if hasattr(index, "index") else index
    if isinstance(base, faiss.IndexHNSW):
        return "hnsw"
    if isinstance(base, faiss.IndexIVF):
        return "ivf"
    return "flat"


def dense_search(index, query_vector: np.ndarray, k: int) -> list[tuple[int, float]]:
    """(passage id, cosine) best first.

    One query runs on one OpenMP thread: FAISS would otherwise start a thread team for it, and
    on a busy machine waiting for the second thread costs more than the search (measured:
    20k flat vectors, p50 69 ms with 2 threads vs 10 ms with 1 under load; BENCHMARKS.md).
    The setting is per calling thread and restored afterwards."""
    if index.ntotal == 0:
        return []
    import faiss
    query = np.ascontiguousarray(query_vector, dtype=np.float32).reshape(1, -1)
    threads = faiss.omp_get_max_threads()
    faiss.omp_set_num_threads(1)
    try:
        scores, ids = index.search(query, min(k, index.ntotal))
    finally:
        faiss.omp_set_num_threads(threads)
    return [(int(i), float(s)) for i, s in zip(ids[0], scores[0]) if i != -1]
