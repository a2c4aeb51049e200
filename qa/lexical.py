"""The lexical (BM25) side of the index, built with bm25s over the same analyzer as queries.

Query-time cost is kept proportional to the query's posting lists, not to the index size,
wherever the interface allows (see BENCHMARKS.md, "hot path"):
  * scores are accumulated posting list by posting list with a plain fancy-index add (a term's
    posting list holds each row once), instead of bm25s's `np.add.at`, which is several times
    slower per posting;
  * `top_rows` selects among the rows that scored at all instead of partitioning every row;
  * `bm25_top` returns the top rows and the scores of the touched rows only, for callers that
    do not need a dense score array over every passage.
"""
from __future__ import annotations

from typing import Sequence

import numpy as np

from .text import analyzer


def build_bm25(texts: Sequence[str]):
    import bm25s
    tokens = [analyzer(t) or ["\u2205"] for t in texts]   # an empty passage still needs a row
    bm25 = bm25s.BM25(k1=1.2, b=0.75)
    bm25.index(tokens, show_progress=False)
    return bm25


def query_term_ids(bm25, query: str) -> list[int]:
    """Vocabulary ids of the query's analysed terms, repeats kept (a repeated word counts twice,
    exactly as in bm25s's own scoring); terms never indexed are dropped."""
    vocab = bm25.vocab_dict
    return [vocab[t] for t in analyzer(query) if t in vocab]


def _postings(bm25, term_ids: list[int]):
    s = bm25.scores
    indptr, indices, data = s["indptr"], s["indices"], s["data"]
    for tid in term_ids:
        start, end = indptr[tid], indptr[tid + 1]
        if end > start:
            yield indices[start:end], data[start:end]


def bm25_scores(bm25, query: str) -> np.ndarray:
    """BM25 score of every passage row for `query` (zeros when no query term is indexed)."""
    n = bm25.scores["num_docs"]
    term_ids = query_term_ids(bm25, query)
    if getattr(bm25, "nonoccurrence_array", None) is not None:   # BM25L/BM25+ variants: let bm25s do it
        return bm25.get_scores(term_ids) if term_ids else np.zeros(n, dtype=np.float32)
    scores = np.zeros(n, dtype=np.float32)
    for rows, values in _postings(bm25, term_ids):
        scores[rows] += values          # rows are unique within one posting list
    return scores


def bm25_top(bm25, query: str, k: int, allowed: np.ndarray | None = None) -> tuple[list[tuple[int, float]], dict[int, float]]:
    """The k best rows for `query` (best first, positive scores only) and the score of every row
    the query touched (rows not in it score 0). Cost grows with the query's posting lists, not
    with the number of passages. `allowed`, a boolean mask over rows, drops other rows."""
    term_ids = query_term_ids(bm25, query)
    if not term_ids:
        return [], {}
    lists = list(_postings(bm25, term_ids))
    if not lists:
        return [], {}
    rows = np.concatenate([r for r, _ in lists])
    values = np.concatenate([v for _, v in lists]).astype(np.float32)
    touched, inverse = np.unique(rows, return_inverse=True)
    sums = np.bincount(inverse, weights=values, minlength=len(touched)).astype(np.float32)
    if allowed is not None:
        keep = allowed[touched]
        touched, sums = touched[keep], sums[keep]
    scores = dict(zip(touched.tolist(), sums.tolist()))
    return _best(touched, sums, k), scores


def _best(rows: np.ndarray, values: np.ndarray, k: int) -> list[tuple[int, float]]:
    """(row, value) of the k largest positive values, best first; ties by row number."""
    positive = values > 0
    rows, values = rows[positive], values[positive]
    k = min(k, len(values))
    if k <= 0:
        return []
    if k < len(values):
        part = np.argpartition(-values, k - 1)[:k]
        rows, values = rows[part], values[part]
    order = np.lexsort((rows, -values))
    return [(int(rows[i]), float(values[i])) for i in order]


def top_rows(scores: np.ndarray, k: int) -> list[tuple[int, float]]:
    """(row, score) of the k best positive scores, best first (ties: lower row first)."""
    if k <= 0 or len(scores) == 0:
        return []
    rows = np.flatnonzero(scores > 0)        # a query touches few rows: select among those only
    return _best(rows, scores[rows], k)


def document_frequency(bm25, term: str) -> int:
    """In how many passages `term` occurs (0 when it is not indexed)."""
    tid = bm25.vocab_dict.get(term)
    if tid is None:
        return 0
    indptr = bm25.scores["indptr"]
    return int(indptr[tid + 1] - indptr[tid])


def idf(bm25, term: str) -> float:
    """BM25's inverse document frequency; a term never indexed gets the rarest weight."""
    n = bm25.scores["num_docs"]
    df = document_frequency(bm25, term)
    return float(np.log(1 + (n - df + 0.5) / (df + 0.5)))
