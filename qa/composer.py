"""Composing the answer from scored sentences: extractive, cited, or an honest abstention.

Factoid questions get the best sentence that holds a span of the wanted type (the span is
the `short_answer`), plus a close runner-up from another passage. Other questions get up to
MAX_SENTENCES sentences picked by maximal marginal relevance (relevant, not redundant), from
more than one article when the question spans several, in reading order.
"""
from __future__ import annotations

import math
import re

import numpy as np

from . import extraction
from .answer import Answer, AnswerSentence, Citation, RetrievedPassage
from .question import COMPARISON, REASON, Question
from .retrieval import Candidate
from .scoring import ScoredSentence, coverage
from .text import content_terms, fold, stem

MAX_SENTENCES = 6
SHOWN_PASSAGES = 5
ABSTAIN_BELOW = 0.5
CAUSAL = re.compile(r"\b(because|since|due to|as a result|result(ed)? in|led to|caused?|reasons?|"
                    r"therefore|thus|so that|in order to|meant|means|why|frustration|failure|despite|"
                    r"blamed?|reflect(s|ed)?|arose|arisen)\b", re.I)


# ---------------------------------------------------------------- confidence

def entity_coverage(question: Question, passages: list[Candidate]) -> float:
    """Share of the question's named entities found in the top passages or their titles."""
    if not question.entities:
        return 1.0
    haystack = fold(" ".join(c.passage.text + " " + c.passage.metadata.get("title", "") for c in passages))
    haystack_stems = {stem(w) for w in re.findall(r"\w+", haystack)}
    found = 0
    for entity in question.entities:
        tokens = [stem(w) for w in re.findall(r"\w+", fold(entity)) if len(w) > 1]
        if tokens and all(t in haystack_stems for t in tokens):
            found += 1
    return found / len(question.entities)


def confidence_features(question: Question, sentences: list[ScoredSentence], passages: list[Candidate],
                        weights: dict[str, float]) -> dict[str, float]:
    top = sentences[:5]
    best = top[0] if top else None
    evidence_terms = set()
    for s in top[:3]:
        evidence_terms |= set(content_terms(s.text))
        evidence_terms |= set(content_terms(s.passage.metadata.get("title", "")))
    return {
        "dense": max((s.features["dense"] for s in top), default=0.0),
        "coverage": coverage(evidence_terms, weights),
        "passage_coverage": max((c.features.get("coverage", 0.0) for c in passages[:3]), default=0.0),
        "entities": entity_coverage(question, passages[:5]),
        "type_fit": best.features["type_fit"] if best and question.is_factoid else 1.0,
        "temporal": best.features["temporal"] if best else 0.0,
    }


def confidence(features: dict[str, float]) -> float:
    """Logistic combination of the evidence signals, in 0–1."""
    z = (-6.0 + 6.0 * features["dense"] + 4.0 * features["coverage"] + 2.0 * features["passage_coverage"]
         + 1.5 * features["entities"] + 0.8 * features["type_fit"] + 0.8 * min(features["temporal"], 0.0))
    return 1 / (1 + math.exp(-z))


# ---------------------------------------------------------------- selecting sentences

def mmr(sentences: list[ScoredSentence], k: int, lam: float = 0.7) -> list[ScoredSentence]:
    """Maximal marginal relevance over sentence vectors."""
    pool = sentences[:40]
    if not pool:
        return []
    top = pool[0].score
    pool = [s for s in pool if s.score >= 0.6 * top]
    chosen: list[ScoredSentence] = []
    while pool and len(chosen) < k:
        def value(s: ScoredSentence) -> float:
            redundancy = max((float(s.vector @ c.vector) for c in chosen), default=0.0)
            return lam * s.score - (1 - lam) * redundancy
        pick = max(pool, key=value)
        if chosen and max(float(pick.vector @ c.vector) for c in chosen) > 0.9:
            pool.remove(pick)
            continue
        chosen.append(pick)
        pool.remove(pick)
    return chosen


def reading_order(chosen: list[ScoredSentence]) -> list[ScoredSentence]:
    """Group by article (best article first), then in the article's own order."""
    doc_rank: dict[str, int] = {}
    for s in chosen:
        doc_rank.setdefault(s.passage.doc, len(doc_rank))
    return sorted(chosen, key=lambda s: (doc_rank[s.passage.doc], s.passage.position, s.index))


def select_factoid(question: Question, sentences: list[ScoredSentence], weights) -> tuple[list[ScoredSentence], str | None]:
    typed = [s for s in sentences[:10] if s.features["type_fit"]]
    best = typed[0] if typed and typed[0].score >= 0.8 * sentences[0].score else sentences[0]
    span = extraction.best_span(best.text, question, weights)
    chosen = [best]
    for s in sentences[1:6]:
        if s.candidate.row != best.candidate.row and s.score >= 0.85 * best.score \
                and float(s.vector @ best.vector) < 0.9:
            chosen.append(s)
            break
    return chosen, span.text if span else None


def select_explanation(question: Question, sentences: list[ScoredSentence]) -> list[ScoredSentence]:
    if question.answer_type == REASON:
        for s in sentences:
            if CAUSAL.search(s.text):
                s.score += 0.05
        sentences = sorted(sentences, key=lambda s: -s.score)
    chosen = mmr(sentences, MAX_SENTENCES - 1 if question.answer_type != COMPARISON else MAX_SENTENCES)
    docs = {s.passage.doc for s in chosen}
    if question.answer_type == COMPARISON or len(question.years) > 1:
        others = [s for s in sentences[:30] if s.passage.doc not in docs and s.score >= 0.5 * sentences[0].score]
        if others and len(docs) < 2:
            chosen = chosen[:MAX_SENTENCES - 1] + [others[0]]
    return reading_order(chosen)


# ---------------------------------------------------------------- building the Answer

def citations_for(chosen: list[ScoredSentence]) -> tuple[list[AnswerSentence], list[Citation]]:
    by_passage: dict[int, Citation] = {}
    out_sentences = []
    for s in chosen:
        p = s.passage
        cit = by_passage.get(p.id)
        if cit is None:
            meta = p.metadata
            cit = Citation(id=len(by_passage) + 1, doc=p.doc, title=meta.get("title", ""), date=meta.get("date", ""),
                           passage=p.text, start=p.start, end=p.end, source=meta.get("source", ""),
                           author=meta.get("author", ""), passage_id=p.id)
            by_passage[p.id] = cit
        sent = s.sentence
        cit.highlights.append((sent.offset, sent.offset + len(sent.text)))
        out_sentences.append(AnswerSentence(sent.text, cit.id, sent.start, sent.end))
    return out_sentences, list(by_passage.values())


def retrieved(passages: list[Candidate]) -> list[RetrievedPassage]:
    return [RetrievedPassage(doc=c.passage.doc, title=c.passage.metadata.get("title", ""), passage=c.passage.text,
                             start=c.passage.start, end=c.passage.end, score=round(float(c.score), 4),
                             date=c.passage.metadata.get("date", ""), passage_id=c.passage.id)
            for c in passages[:max(SHOWN_PASSAGES, 5)]]


def missing_terms(question: Question, sentences: list[ScoredSentence], weights) -> list[str]:
    found = set()
    for s in sentences[:10]:
        found |= set(content_terms(s.passage.text))
    return [t for t in sorted(weights, key=lambda t: -weights[t]) if t not in found][:3]


def abstention_text(question: Question, sentences, weights) -> str:
    asked = question.text.strip().rstrip("?").strip()
    missing = missing_terms(question, sentences, weights)
    detail = f" (nothing in them matches: {', '.join(missing)})" if missing else \
        " (the passages that come closest are about something else or another time)"
    return f"The articles don't say: “{asked}”{detail}. The closest passages are listed below."


def compose(question_text: str, question: Question, passages: list[Candidate],
            sentences: list[ScoredSentence], weights: dict[str, float]) -> Answer:
    features = confidence_features(question, sentences, passages, weights)
    conf = confidence(features) if sentences else 0.0
    base = dict(question=question_text, confidence=conf, passages=retrieved(passages),
                resolved_question=question.text, answer_type=question.answer_type)
    if conf < ABSTAIN_BELOW:
        return Answer(answer=abstention_text(question, sentences, weights), abstained=True, short_answer=None,
                      sentences=[], citations=[], **base)
    if question.is_factoid:
        chosen, short = select_factoid(question, sentences, weights)
    else:
        chosen, short = select_explanation(question, sentences), None
    answer_sentences, citations = citations_for(chosen)
    text = " ".join(f"{s.text} [{s.citation}]" for s in answer_sentences)
    return Answer(answer=text, abstained=False, short_answer=short, sentences=answer_sentences,
                  citations=citations, **base)
