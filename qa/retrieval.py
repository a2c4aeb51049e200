"""Hybrid retrieval: FAISS (dense) and BM25 (lexical) rankings fused by reciprocal rank.

Raw scores of the two sides live on different scales, so only ranks are fused (RRF, k=60).
Filters (articles, date range) are applied before fusion so that they never cost recall.
"""
from __future__ import annotations

import difflib
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Iterable, Mapping

import numpy as np

from .chunking import Passage
from .dense import dense_search
from .documents import date_problem
from .errors import BadFilterError
from .lexical import FEEDBACK_PASSAGES, FEEDBACK_WEIGHT, feedback_terms, idf_of_terms, term_scores, top_rows
from .store import IndexData
from .text import analyzer, told_otherwise

RRF_K = 60
# passages whose best sentence is among the nearest to the question, reranked whatever their
# fused rank (scoring.score_sentences): over dev and every eval set, 5 gave factoid +3, R@5 summed
# +2.75, nugget +0.5, no answer rate or abstention lost; 3 a little less; 10 lost nugget; as a third
# ranking in the fusion instead, 5 and 10 lost R@5 (summed -20, -23) and nugget (-9, -10)
SENTENCE_DEPTH = 5
# sentences up to which they are searched exactly: the product with every sentence vector is
# bound by memory, not FLOPs (on this machine 0.02 ms at 523 sentences, 0.08 ms at 5,000, 1.6 ms
# at 20,000, 11 ms at 100,000); past it, passages are found by their own vectors and words only
SENTENCE_SEARCH_LIMIT = 10_000


@dataclass
class Filters:
    """Restrict answers to some articles and/or a date range (ISO strings, inclusive)."""

    docs: set[str] | None = None
    date_from: str = ""
    date_to: str = ""

    def __bool__(self) -> bool:
        return bool(self.docs) or bool(self.date_from) or bool(self.date_to)

    def problems(self, known_docs: Iterable[str] | None = None, labels: dict[str, str] | None = None,
                 dates: Mapping[str, str] | None = None) -> list[str]:
        """Why these filters cannot mean what the user meant, one message per bad value ([] when
        they can). Matching never fails on a bad value, it just matches nothing (or the wrong
        articles: dates compare as string prefixes, so "2013-4" or "12/2013" would select by
        accident), and the user would read "the articles don't say" instead of "you mistyped".
        Checked: each date is YYYY, YYYY-MM or YYYY-MM-DD and a real day, the range is not empty,
        and, given `known_docs` (the indexed article names), every article named is one of them;
        given `dates` (each indexed article's date), some article passes them (`unmatched`).
        `labels` names the inputs as the user typed them (the CLI: "--from", "--to", "--doc")."""
        label = FILTER_LABELS | (labels or {})
        found = [f"{label[key]} '{value}' {why}" for key, value in (("date_from", self.date_from), ("date_to", self.date_to))
                 if value and (why := date_problem(value))]
        if not found and self.date_from and self.date_to and self.date_from[:len(self.date_to)] > self.date_to:
            found.append(f"the date range {self.date_from} to {self.date_to} is empty: "
                         f"{label['date_from']} must not be later than {label['date_to']}")
        if self.docs and known_docs is not None:
            known = sorted(known_docs)
            found += [f"{label['docs']} '{doc}' names no indexed article; {known_articles_hint(doc, known)}"
                      for doc in sorted(set(self.docs) - set(known))]
        if not found and dates is not None:
            found += [why] if (why := self.unmatched(dates)) else []
        return found

    def unmatched(self, dates: Mapping[str, str]) -> str:
        """Why no article of `dates` (name -> date, '' when undated) passes these filters ('' when
        one does). Without this, a range no article falls in (`--from 2020`) is answered "The
        articles don't say … (the closest passages never mention: won, election)" with no passage listed:
        the search found nothing because nothing was searched, not because the text is silent."""
        if not (self.date_from or self.date_to) or any(self.allows_article(d, date) for d, date in dates.items()):
            return ""
        scope = {d: date for d, date in dates.items() if not self.docs or d in self.docs}
        known = sorted(date for date in scope.values() if date)
        have = (f"{known[0]}" if known[0] == known[-1] else f"{known[0]} to {known[-1]}") if known else ""
        which = "the articles chosen" if self.docs else "the indexed articles"
        told = f"{which} are dated {have}" if have else f"{which} have no date"
        undated = len(scope) - len(known)
        if have and undated:
            told += f"; {undated} undated {'one is' if undated == 1 else 'ones are'} left out by a date filter"
        return f"no {'article chosen' if self.docs else 'indexed article'} is dated {self.date_span()} ({told})"

    def date_span(self) -> str:
        """The date bounds in words: "2014 to 2016", "2020 or later", "2004 or earlier", and "2013"
        for one period given as both bounds (not "2013 to 2013")."""
        if self.date_from and self.date_from == self.date_to:
            return self.date_from
        if self.date_from and self.date_to:
            return f"{self.date_from} to {self.date_to}"
        return f"{self.date_from} or later" if self.date_from else f"{self.date_to} or earlier"

    def check(self, known_docs: Iterable[str] | None = None, labels: dict[str, str] | None = None,
              dates: Mapping[str, str] | None = None) -> Filters:
        """These filters, or BadFilterError with every problem (see `problems`) on one line."""
        found = self.problems(known_docs, labels, dates)
        if found:
            raise BadFilterError("; ".join(found))
        return self

    def allows(self, passage: Passage) -> bool:
        return self.allows_article(passage.doc, passage.metadata.get("date", ""))

    def allows_article(self, doc: str, date: str) -> bool:
        """Does the article `doc`, dated `date` ('' when undated), pass these filters?"""
        if self.docs and doc not in self.docs:
            return False
        if self.date_from and (not date or date[:len(self.date_from)] < self.date_from):
            return False
        if self.date_to and (not date or date[:len(self.date_to)] > self.date_to):
            return False
        return True


FILTER_LABELS = {"docs": "the article", "date_from": "the from date", "date_to": "the to date"}
LISTED_ARTICLES = 8          # up to this many indexed articles, a bad article name lists them all


def known_articles_hint(name: str, known: list[str]) -> str:
    """How to find the right article name: all of them for a small corpus, else the nearest
    ones and where the full list is."""
    if not known:
        return "the index holds no article"
    if len(known) <= LISTED_ARTICLES:
        return "the indexed articles are " + ", ".join(known)
    near = difflib.get_close_matches(name, known, n=3, cutoff=0.5)
    maybe = f"did you mean {' or '.join(near)}? " if near else ""
    return f"{maybe}`qa status` lists all {len(known)}"


@dataclass
class Candidate:
    row: int
    passage: Passage
    dense: float = 0.0
    lexical: float = 0.0
    dense_rank: int | None = None
    lexical_rank: int | None = None
    fused: float = 0.0
    sentence_rank: int | None = None         # holds one of the sentences nearest the question (best_sentence_rows)
    score: float = 0.0                       # final score after sentence-level reranking
    features: dict = field(default_factory=dict)


@dataclass
class FilterColumns:
    """What the filters look at, one array entry per passage row: the number of its document
    (`doc_number`) and the rank of its date among the sorted distinct non-empty dates (`dates`),
    -1 for an undated passage."""

    doc_number: dict[str, int]
    doc_no: np.ndarray
    dates: list[str]
    date_rank: np.ndarray

    @classmethod
    def of(cls, passages: list[Passage]) -> FilterColumns:
        doc_number: dict[str, int] = {}
        doc_no = np.fromiter((doc_number.setdefault(p.doc, len(doc_number)) for p in passages),
                             dtype=np.int64, count=len(passages))
        date_values = [p.metadata.get("date", "") or "" for p in passages]
        dates = sorted(set(date_values) - {""})
        rank = {d: i for i, d in enumerate(dates)} | {"": -1}
        date_rank = np.fromiter((rank[d] for d in date_values), dtype=np.int64, count=len(passages))
        return cls(doc_number, doc_no, dates, date_rank)


class Retriever:
    def __init__(self, data: IndexData, depth: int = 50):
        self.data = data
        self.depth = depth
        self.row_of_id = {p.id: row for row, p in enumerate(data.passages)}
        self._filter_columns: FilterColumns | None = None
        self._row_at: dict[tuple[str, int], int] | None = None
        self._row_terms: dict[int, dict[str, float]] = {}
        self._sentence_spans: tuple[np.ndarray, np.ndarray] | None = None

    def following(self, passage: Passage) -> Candidate | None:
        """The next paragraph of the same article, as a fresh candidate (None at the end)."""
        if self._row_at is None:
            self._row_at = {(p.doc, p.position): row for row, p in enumerate(self.data.passages)}
        row = self._row_at.get((passage.doc, passage.position + 1))
        return None if row is None else Candidate(row, self.data.passages[row])

    def allowed_rows(self, filters: Filters | None) -> np.ndarray | None:
        """Which passage rows `filters` lets through (None: all), exactly as `Filters.allows`
        decides, but from per-passage arrays: no Python call per passage."""
        if not filters:
            return None
        columns = self.filter_columns()
        allowed = np.ones(len(self.data.passages), dtype=bool)
        if filters.docs:
            wanted = np.zeros(len(columns.doc_number), dtype=bool)
            wanted[[columns.doc_number[d] for d in filters.docs if d in columns.doc_number]] = True
            allowed &= wanted[columns.doc_no]
        if filters.date_from or filters.date_to:
            dates = columns.dates
            # Filters.allows compares the first len(bound) characters of the date with the
            # bound. Cutting strings to a length keeps their order, so over the sorted distinct
            # dates each test holds for a contiguous range of ranks, found by bisection.
            lo, hi = 0, len(dates)
            if filters.date_from:
                n = len(filters.date_from)
                lo = bisect_left(dates, filters.date_from, key=lambda d: d[:n])
            if filters.date_to:
                n = len(filters.date_to)
                hi = bisect_right(dates, filters.date_to, key=lambda d: d[:n])
            allowed &= (columns.date_rank >= lo) & (columns.date_rank < hi)   # undated: -1, never in
        return allowed

    def filter_columns(self) -> FilterColumns:
        """Per-passage document number and date rank, built on the first filtered question and
        kept for this loaded index (one pass over the passages)."""
        if self._filter_columns is None:
            self._filter_columns = FilterColumns.of(self.data.passages)
        return self._filter_columns

    def feedback_scores(self, asked: list[str], dense: list[tuple[int, float]]) -> np.ndarray | float:
        """FEEDBACK_WEIGHT × BM25 for the rare words of the FEEDBACK_PASSAGES nearest passages
        (see qa/lexical.py); each passage's analysed words are kept for this loaded index."""
        rows = [r for r, _ in dense[:FEEDBACK_PASSAGES]]
        for r in rows:
            if r not in self._row_terms:
                self._row_terms[r] = idf_of_terms(self.data.bm25, self.data.passages[r].text)
        terms = feedback_terms(asked, [self._row_terms[r] for r in rows])
        return FEEDBACK_WEIGHT * term_scores(self.data.bm25, terms) if terms else 0.0

    def article(self, doc: str) -> list[Candidate]:
        """Every passage of one article, in reading order, as candidates."""
        columns = self.filter_columns()
        if doc not in columns.doc_number:
            return []
        rows = np.flatnonzero(columns.doc_no == columns.doc_number[doc])
        return sorted((Candidate(int(r), self.data.passages[r]) for r in rows), key=lambda c: c.passage.position)

    def best_sentence_rows(self, query_vector: np.ndarray, allowed: np.ndarray | None) -> list[tuple[int, float]]:
        """(row, similarity) of the SENTENCE_DEPTH passages whose best sentence is nearest the
        question. A long passage's vector is its main topic: "Frustration at the failure to resolve
        these problems … paved the way for the referendum defeat" sits in a passage on poverty and
        housing, 29th for "Why did the 2007 constitutional reform fail?", while the sentence is
        the nearest of all. Skipped past SENTENCE_SEARCH_LIMIT sentences (its cost grows with them)."""
        vectors = self.data.sentence_vectors
        if not SENTENCE_DEPTH or not 0 < len(vectors) <= SENTENCE_SEARCH_LIMIT:
            return []
        starts, empty = self.sentence_spans()
        best = np.maximum.reduceat(vectors @ query_vector, starts)
        best[empty] = 0.0                    # a passage without sentences (the chunker makes none; an edited index may)
        if allowed is not None:
            best = np.where(allowed, best, 0.0)
        return top_rows(best, SENTENCE_DEPTH)

    def sentence_spans(self) -> tuple[np.ndarray, np.ndarray]:
        """Where each passage's sentences start in the sentence vectors (clipped to the last row, as
        np.maximum.reduceat needs) and which passages have none: facts of the loaded index, made
        on its first question instead of from the passages' list on every one."""
        if self._sentence_spans is None:
            count = len(self.data.sentence_vectors)
            starts = np.asarray(self.data.sentence_rows)
            self._sentence_spans = (np.minimum(starts, count - 1), np.diff(starts, append=count) == 0)
        return self._sentence_spans

    def search(self, query: str, query_vector: np.ndarray, filters: Filters | None = None,
               told: bool = False) -> list[Candidate]:
        """Candidates from either side, best fused first; with them, marked, the passages of the
        sentences nearest the question (best_sentence_rows), unfused. `told`: the lexical side
        searches the words the articles tell the query's in too (text.told_otherwise; a fact
        asked: of an explanation, "lose" searched as "defeat" drew other passages ahead)."""
        allowed = self.allowed_rows(filters)
        n = len(self.data.passages)
        fetch = self.depth if allowed is None else min(n, self.depth * 20)
        dense = [(self.row_of_id[i], s) for i, s in dense_search(self.data.faiss_index, query_vector, fetch)]
        if allowed is not None:
            dense = [(r, s) for r, s in dense if allowed[r]]
        asked = told_otherwise(analyzer(query)) if told else analyzer(query)
        lexical_all = term_scores(self.data.bm25, asked) + self.feedback_scores(asked, dense)
        if allowed is not None:
            lexical_all = np.where(allowed, lexical_all, 0)
        lexical = top_rows(lexical_all, self.depth)
        passages = self.data.passages
        candidates: dict[int, Candidate] = {}

        def candidate(row: int) -> Candidate:
            """The row's candidate, made once a row, not once a side (setdefault made a spare)."""
            c = candidates.get(row)
            if c is None:
                c = candidates[row] = Candidate(row, passages[row])
            return c

        for rank, (row, score) in enumerate(dense[:self.depth]):
            c = candidate(row)
            c.dense, c.dense_rank = score, rank
            c.fused += 1 / (RRF_K + rank + 1)
        for rank, (row, score) in enumerate(lexical):
            c = candidate(row)
            c.lexical_rank = rank
            c.fused += 1 / (RRF_K + rank + 1)
        for rank, (row, _) in enumerate(self.best_sentence_rows(query_vector, allowed)):
            candidate(row).sentence_rank = rank
        for c in candidates.values():
            c.lexical = float(lexical_all[c.row])
            if c.dense_rank is None:
                c.dense = float(self.data.passage_vectors[c.row] @ query_vector)
        return sorted(candidates.values(), key=lambda c: -c.fused)
