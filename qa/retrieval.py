"""Hybrid retrieval: FAISS (dense) and BM25 (lexical) rankings fused by reciprocal rank.

Raw scores of the two sides live on different scales, so only ranks are fused (RRF, k=60).
Filters (articles, date range) are applied before fusion so that they never cost recall.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .chunking import Passage
from .dense import dense_search
from .lexical import bm25_scores, top_rows
from .store import IndexData

RRF_K = 60


@dataclass
class Filters:
    """Restrict answers to some articles and/or a date range (ISO strings, inclusive)."""

    docs: set[str] | None = None
    date_from: str = ""
    date_to: str = ""

    def __bool__(self) -> bool:
        return bool(self.docs) or bool(self.date_from) or bool(self.date_to)

    def allows(self, passage: Passage) -> bool:
        if self.docs and passage.doc not in self.docs:
            return False
        date = passage.metadata.get("date", "")
        if self.date_from and (not date or date[:len(self.date_from)] < self.date_from):
            return False
        if self.date_to and (not date or date[:len(self.date_to)] > self.date_to):
            return False
        return True


@dataclass
class Candidate:
    row: int
    passage: Passage
    dense: float = 0.0
    lexical: float = 0.0
    dense_rank: int | None = None
    lexical_rank: int | None = None
    fused: float = 0.0
    score: float = 0.0                       # final score after sentence-level reranking
    features: dict = field(default_factory=dict)


class Retriever:
    def __init__(self, data: IndexData, depth: int = 50):
        self.data = data
        self.depth = depth
        self.row_of_id = {p.id: row for row, p in enumerate(data.passages)}

    def allowed_rows(self, filters: Filters | None) -> np.ndarray | None:
        if not filters:
            return None
        return np.array([filters.allows(p) for p in self.data.passages], dtype=bool)

    def search(self, query: str, query_vector: np.ndarray, filters: Filters | None = None) -> list[Candidate]:
        """Candidates from either side, best fused first."""
        allowed = self.allowed_rows(filters)
        n = len(self.data.passages)
        fetch = self.depth if allowed is None else min(n, self.depth * 20)
        dense = [(self.row_of_id[i], s) for i, s in dense_search(self.data.faiss_index, query_vector, fetch)]
        lexical_all = bm25_scores(self.data.bm25, query)
        if allowed is not None:
            dense = [(r, s) for r, s in dense if allowed[r]]
            lexical_all = np.where(allowed, lexical_all, 0)
        lexical = top_rows(lexical_all, self.depth)
        candidates: dict[int, Candidate] = {}
        for rank, (row, score) in enumerate(dense[:self.depth]):
            c = candidates.setdefault(row, Candidate(row, self.data.passages[row]))
            c.dense, c.dense_rank = score, rank
            c.fused += 1 / (RRF_K + rank + 1)
        for rank, (row, score) in enumerate(lexical):
            c = candidates.setdefault(row, Candidate(row, self.data.passages[row]))
            c.lexical_rank = rank
            c.fused += 1 / (RRF_K + rank + 1)
        for c in candidates.values():
            c.lexical = float(lexical_all[c.row])
            if c.dense_rank is None:
                c.dense = float(self.data.passage_vectors[c.row] @ query_vector)
        return sorted(candidates.values(), key=lambda c: -c.fused)
