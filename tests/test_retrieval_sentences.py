"""Passages found by their nearest sentence (`Retriever.best_sentence_rows`): a long passage's
vector is its main topic, and the one sentence a question asks about is found by its own."""
from __future__ import annotations

import numpy as np

from qa import retrieval
from qa.chunking import Passage, PassageSentence
from qa.retrieval import Filters, Retriever
from qa.store import IndexData


def unit(*values: float) -> np.ndarray:
    v = np.array(values, np.float32)
    return v / np.linalg.norm(v)


def passage(doc: str, position: int, sentences: int) -> Passage:
    said = [PassageSentence(f"s{i}", i, i + 1, i) for i in range(sentences)]
    p = Passage(doc=doc, position=position, sentences=said, text=" ".join(s.text for s in said), id=position)
    p.metadata = {}
    return p


def retriever_with(sentence_vectors: list[np.ndarray], counts: list[int]) -> Retriever:
    passages = [passage(f"doc{i}.txt", i, n) for i, n in enumerate(counts)]
    data = IndexData(manifest={"documents": {}}, passages=passages,
                     passage_vectors=np.stack([unit(0, 0, 1)] * len(passages)),    # every passage far off
                     sentence_vectors=np.stack(sentence_vectors) if sentence_vectors else np.zeros((0, 3), np.float32))
    return Retriever(data)


def test_the_passage_of_the_nearest_sentence_is_found_whatever_its_own_vector():
    question = unit(1, 0, 0)
    # passage 0: two sentences off the question; passage 1: none (it must not take passage 2's
    # first sentence for its own); passage 2: one near the question, then others
    sentences = [unit(0, 1, 0), unit(0, 1, 1), unit(1, 0.1, 0), unit(0, 1, 0), unit(0, 0, 1)]
    r = retriever_with(sentences, [2, 0, 3])
    rows = r.best_sentence_rows(question, None)
    assert rows[0][0] == 2 and 1 not in [row for row, _ in rows]
    allowed = r.allowed_rows(Filters(docs={"doc0.txt"}))
    assert r.best_sentence_rows(question, allowed) == []                   # a filter leaves it out


def test_a_last_passage_without_sentences_is_no_error():
    r = retriever_with([unit(1, 0, 0)], [1, 0])
    assert [row for row, _ in r.best_sentence_rows(unit(1, 0, 0), None)] == [0]


def test_past_the_limit_sentences_are_not_searched(monkeypatch):
    r = retriever_with([unit(1, 0, 0), unit(0, 1, 0)], [1, 1])
    assert r.best_sentence_rows(unit(1, 0, 0), None)
    monkeypatch.setattr(retrieval, "SENTENCE_SEARCH_LIMIT", 1)
    assert r.best_sentence_rows(unit(1, 0, 0), None) == []


def test_where_each_passages_sentences_start_is_found_once_a_loaded_index():
    # passage 1 has no sentence, and the last one's start lies past the vectors: clipped, marked empty
    r = retriever_with([unit(1, 0, 0), unit(0, 1, 0), unit(0, 0, 1)], [2, 0, 1, 0])
    starts, empty = r.sentence_spans()
    assert starts.tolist() == [0, 2, 2, 2] and empty.tolist() == [False, True, False, True]
    r.data.sentence_rows = None          # not read again: made on the first question, kept for the index
    assert r.sentence_spans()[0] is starts
    assert [row for row, _ in r.best_sentence_rows(unit(0, 1, 2), None)] == [2, 0]
