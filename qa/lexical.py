"""The lexical (BM25) side of the index, built with bm25s over the same analyzer as queries.

Measured (BENCHMARKS.md §4): bm25s's own scoring plus one argpartition is already cheap —
0.07 ms at 7k passages, ~0.4 ms at 100k. Two alternatives were tried and dropped because they
were not faster: a fancy-index add per posting list instead of bm25s's np.add.at (equal), and
scoring only the touched rows without a full array (3.8 ms vs 1.0 ms at 100k: a query of
common words touches ~9% of all rows, so sorting them costs more than one pass over the array).

Analysing a passage (folding, stop words, stemming) costs ~100-190 µs and was most of an
update's BM25 rebuild, so each version stores its passages' tokens (as ids in its own BM25
vocabulary, `encode_tokens`) and the next update re-analyses only new passages: it re-counts
(bm25s.index) over the stored tokens. Tokens are reused only under the same analyzer
(`analyzer_fingerprint`), so an index never mixes two tokenisations.
"""
from __future__ import annotations

from typing import Sequence

import numpy as np

from .text import analyzer


EMPTY = "\u2205"             # the one token of a passage with no content word: it still needs a row


def passage_tokens(text: str) -> list[str]:
    """What BM25 indexes for one passage."""
    return analyzer(text) or [EMPTY]


def build_bm25(texts: Sequence[str], tokens: Sequence[list[str] | None] | None = None):
    """BM25 over `texts`; `tokens[i]`, where given, is passage_tokens(texts[i]) computed before
    (an update passes the stored tokens of the passages it keeps)."""
    import bm25s
    tokens = tokens if tokens is not None else [None] * len(texts)
    tokens = [t if t is not None else passage_tokens(text) for text, t in zip(texts, tokens, strict=True)]
    bm25 = bm25s.BM25(k1=1.2, b=0.75)
    bm25.index(tokens, show_progress=False)
    return bm25


def encode_tokens(bm25, tokens: Sequence[list[str]]) -> tuple[np.ndarray, np.ndarray]:
    """The passage tokens `bm25` was built from, as (ids in its vocabulary, offsets): passage
    i's tokens are ids[offsets[i]:offsets[i + 1]]."""
    vocab = bm25.vocab_dict
    lengths = np.fromiter((len(t) for t in tokens), dtype=np.int64, count=len(tokens))
    offsets = np.zeros(len(tokens) + 1, dtype=np.int64)
    np.cumsum(lengths, out=offsets[1:])
    ids = np.fromiter((vocab[w] for t in tokens for w in t), dtype=np.int32, count=int(offsets[-1]))
    return ids, offsets


def decode_tokens(bm25, ids: np.ndarray, offsets: np.ndarray, rows) -> list[list[str]]:
    """The tokens of passage `rows` from encode_tokens' arrays of the same `bm25`."""
    words = np.empty(max(bm25.vocab_dict.values(), default=-1) + 1, dtype=object)
    for word, i in bm25.vocab_dict.items():
        words[i] = word
    return [words[ids[offsets[r]:offsets[r + 1]]].tolist() for r in rows]


def analyzer_fingerprint() -> str:
    """Changes whenever the analyzer may tokenise differently: the source of qa/text.py (any
    edit there counts, even an unrelated one: that costs one full re-analysis, never stale
    tokens), the stemmer's version and Python's Unicode tables. '' when the source cannot be
    read, which disables reusing tokens."""
    import hashlib
    import inspect
    import unicodedata
    from importlib.metadata import PackageNotFoundError, version

    from . import text
    try:
        source = inspect.getsource(text)
    except (OSError, TypeError):
        return ""
    try:
        stemmer = version("PyStemmer")
    except PackageNotFoundError:
        stemmer = "?"
    key = "\n".join([source, stemmer, unicodedata.unidata_version, EMPTY])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def bm25_scores(bm25, query: str) -> np.ndarray:
    """BM25 score of every passage row for `query` (zeros when no query term is indexed)."""
    return term_scores(bm25, analyzer(query))


def term_scores(bm25, terms: Sequence[str]) -> np.ndarray:
    """BM25 score of every passage row for already analysed `terms`."""
    terms = [t for t in terms if t in bm25.vocab_dict]
    if not terms:
        return np.zeros(bm25.scores["num_docs"], dtype=np.float32)
    return bm25.get_scores(terms)


# Pseudo-relevance feedback (RM3's idea, simplified): a question worded away from the text
# ("the hemispheric diplomatic body's top official") shares few words with its passage, but
# the passages nearest it by meaning use the text's own words. Their rarest words join the
# BM25 query at a fraction of the question's weight. Measured (docs/quality.md): the passages
# of Assistant.ask on BBC-500 R@1 0.866 -> 0.874, R@5 0.976 -> 0.978 (bench/bbc_retrieval.py);
# eval/explain.jsonl R@5 0.673 -> 0.726; dev retrieval unchanged.
FEEDBACK_PASSAGES = 2
FEEDBACK_TERMS = 8
FEEDBACK_WEIGHT = 0.2


def idf_of_terms(bm25, text: str) -> dict[str, float]:
    """The analysed words of `text` with their BM25 idf: what feedback_terms needs of a passage."""
    return {t: idf(bm25, t) for t in set(passage_tokens(text))}


def feedback_terms(asked: Sequence[str], passages: Sequence[dict[str, float]], k: int = FEEDBACK_TERMS) -> list[str]:
    """The k words the feedback passages (idf_of_terms) use and the query's analysed words
    `asked` do not: rarest and most shared first, ties in word order so the choice is
    reproducible."""
    asked = set(asked)
    score: dict[str, float] = {}
    for terms in passages:
        for t, weight in terms.items():
            if t not in asked:
                score[t] = score.get(t, 0.0) + weight
    return sorted(score, key=lambda t: (-score[t], t))[:k]


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
