"""The lexical (BM25) side of the index, built with bm25s over the same analyzer as queries.

Measured (BENCHMARKS.md §4): bm25s's own scoring plus one argpartition is already cheap —
0.07 ms at 7k passages, ~0.4 ms at 100k. Two alternatives were tried and dropped because they
were not faster: a fancy-index add per posting list instead of bm25s's np.add.at (equal), and
scoring only the touched rows without a full array (3.8 ms vs 1.0 ms at 100k: a query of
common words touches ~9% of all rows, so sorting them costs more than one pass over the array).
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


def bm25_scores(bm25, query: str) -> np.ndarray:
    """BM25 score of every passage row for `query` (zeros when no query term is indexed)."""
    terms = [t for t in analyzer(query) if t in bm25.vocab_dict]
    if not terms:
        return np.zeros(bm25.scores["num_docs"], dtype=np.float32)
    return bm25.get_scores(terms)


def top_rows(scores: np.ndarray, k: int) -> list[tuple[int, float]]:
    """(row, score) of the k best positive scores, best first."""
    k = min(k, len(scores))
    if k <= 0:
        return []
    rows = np.argpartition(-scores, k - 1)[:k]
    rows = rows[np.argsort(-scores[rows], kind="stable")]
    return [(int(r), float(scores[r])) for r in rows if scores[r] > 0]


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
