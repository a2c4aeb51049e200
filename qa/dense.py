"""The dense (FAISS) side of the index: build over normalised vectors with stable ids, search."""
from __future__ import annotations

import numpy as np

FLAT_MAX = 200_000   # exact search up to here; past it an HNSW graph (see BENCHMARKS.md)


def build_faiss(vectors: np.ndarray, ids: np.ndarray, dimension: int):
    """IDMap2 over an inner-product index: ids are passage ids, never row numbers."""
    import faiss
    if len(vectors) <= FLAT_MAX:
        base = faiss.IndexFlatIP(dimension)
    else:
        base = faiss.IndexHNSWFlat(dimension, 32, faiss.METRIC_INNER_PRODUCT)
        base.hnsw.efConstruction = 80
        base.hnsw.efSearch = 128
    index = faiss.IndexIDMap2(base)
    if len(vectors):
        index.add_with_ids(np.ascontiguousarray(vectors, dtype=np.float32), ids.astype(np.int64))
    return index


def dense_search(index, query_vector: np.ndarray, k: int) -> list[tuple[int, float]]:
    """(passage id, cosine) best first."""
    if index.ntotal == 0:
        return []
    scores, ids = index.search(query_vector.reshape(1, -1).astype(np.float32), min(k, index.ntotal))
    return [(int(i), float(s)) for i, s in zip(ids[0], scores[0]) if i != -1]
