"""Sentence-level evidence scoring inside retrieved passages, and passage reranking from it.

Each sentence of the top fused passages gets features:
  dense     cosine of question and sentence vectors (computed at index time)
  lexical   IDF-weighted share of the question's terms the sentence contains
  type_fit  the sentence holds a span of the wanted answer type near the question's terms
  temporal  agreement of the question's years/months with the sentence, passage and article date
  context   the best neighbouring sentence's lexical score (a fact is often split over two)
A passage is then scored by its fused retrieval score and its best sentence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from . import extraction
from .chunking import Passage, PassageSentence
from .lexical import idf
from .question import MONTH, Question, month_number
from .retrieval import Candidate
from .store import IndexData
from .text import content_terms, fold

RERANK_DEPTH = 20
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
WEIGHTS = {"dense": 0.45, "lexical": 0.35, "type_fit": 0.15, "temporal": 0.12, "context": 0.08}


@dataclass
class ScoredSentence:
    candidate: Candidate
    index: int                     # sentence number within the passage
    vector: np.ndarray
    features: dict = field(default_factory=dict)
    score: float = 0.0

    @property
    def passage(self) -> Passage:
        return self.candidate.passage

    @property
    def sentence(self) -> PassageSentence:
        return self.passage.sentences[self.index]

    @property
    def text(self) -> str:
        return self.sentence.text


def term_weights(question: Question, data: IndexData) -> dict[str, float]:
    return {t: idf(data.bm25, t) for t in question.terms}


def coverage(terms: set[str], weights: dict[str, float]) -> float:
    total = sum(weights.values())
    return sum(w for t, w in weights.items() if t in terms) / total if total else 0.0


def doc_year(passage: Passage) -> int | None:
    date = passage.metadata.get("date", "")
    return int(date[:4]) if date[:4].isdigit() else None


def temporal_fit(question: Question, text: str, passage: Passage) -> float:
    """+1 when the sentence names the asked year; negative when it is about another time."""
    if not question.years and not question.months:
        return 0.0
    years = {int(y) for y in YEAR.findall(text)}
    passage_years = {int(y) for y in YEAR.findall(passage.text)}
    months = {month_number(m) for m in MONTH.findall(fold(text))}
    score = 0.0
    if question.years:
        asked = set(question.years)
        published = doc_year(passage)
        if years & asked:
            score += 1.0
        elif years:
            score -= 0.5
        if passage_years & asked:
            score += 0.3
        if published is not None:
            if any(published - 1 <= y <= published for y in asked):
                score += 0.5
            elif not (years | passage_years) & asked:
                score -= 0.7
    if question.months and months & set(question.months):
        score += 0.3
    return score


def score_sentences(question: Question, query_vector: np.ndarray, candidates: list[Candidate],
                    data: IndexData, weights: dict[str, float]) -> list[ScoredSentence]:
    out: list[ScoredSentence] = []
    for cand in candidates[:RERANK_DEPTH]:
        vectors = data.sentence_matrix(cand.row)
        dense = vectors @ query_vector
        lexical = [coverage(set(content_terms(s.text)), weights) for s in cand.passage.sentences]
        for i, s in enumerate(cand.passage.sentences):
            neighbours = lexical[max(0, i - 1):i] + lexical[i + 1:i + 2]
            f = {
                "dense": float(dense[i]),
                "lexical": lexical[i],
                "type_fit": float(question.is_factoid and extraction.best_span(s.text, question, weights) is not None),
                "temporal": temporal_fit(question, s.text, cand.passage),
                "context": max(neighbours, default=0.0),
            }
            scored = ScoredSentence(cand, i, vectors[i], f)
            scored.score = sum(WEIGHTS[k] * v for k, v in f.items())
            out.append(scored)
    return sorted(out, key=lambda s: -s.score)


def rerank_passages(candidates: list[Candidate], sentences: list[ScoredSentence],
                    weights: dict[str, float]) -> list[Candidate]:
    """Order passages by fused retrieval score and the evidence of their best sentence."""
    best: dict[int, float] = {}
    for s in sentences:
        best[s.candidate.row] = max(best.get(s.candidate.row, -1.0), s.score)
    top_fused = max((c.fused for c in candidates), default=1.0) or 1.0
    for c in candidates:
        passage_cov = coverage(set(content_terms(c.passage.text)), weights)
        c.features = {"fused": c.fused / top_fused, "best_sentence": best.get(c.row, 0.0), "coverage": passage_cov}
        c.score = 0.3 * c.features["fused"] + 1.0 * c.features["best_sentence"] + 0.2 * passage_cov
    return sorted(candidates, key=lambda c: -c.score)
