"""BM25 query-time helpers agree with bm25s's own scoring and with a brute-force top-k."""
import numpy as np
import pytest

from qa.lexical import bm25_scores, bm25_top, build_bm25, document_frequency, idf, top_rows

TEXTS = [
    "The referendum on the constitutional reform was defeated in December 2007.",
    "Turnout reached 75% in the recall referendum of August 2004.",
    "Maduro won the presidential election of April 2013 by a narrow margin.",
    "The opposition boycotted the regional elections; the referendum result was contested.",
    "",
    "Referendum referendum referendum: the word appears three times here.",
    "Oil prices and the economy dominated the 2017 regional elections.",
]
QUERIES = ["referendum", "referendum referendum turnout", "regional elections 2017", "zzz unknown words",
           "", "the of and", "Maduro margin April"]


@pytest.fixture(scope="module")
def bm25():
    return build_bm25(TEXTS)


@pytest.mark.parametrize("query", QUERIES)
def test_scores_match_bm25s(bm25, query):
    from qa.lexical import query_term_ids
    ids = query_term_ids(bm25, query)
    want = bm25.get_scores(ids) if ids else np.zeros(len(TEXTS), np.float32)
    got = bm25_scores(bm25, query)
    assert got.shape == (len(TEXTS),)
    assert np.allclose(got, want, atol=1e-5)


def brute_top(scores, k):
    order = sorted(range(len(scores)), key=lambda r: (-scores[r], r))
    return [(r, float(scores[r])) for r in order[:k] if scores[r] > 0]


@pytest.mark.parametrize("k", [1, 2, 3, 10])
def test_top_rows_is_a_sorted_positive_top_k(k):
    scores = np.array([0.0, 2.5, 1.0, 2.5, -1.0, 0.3, 0.0, 4.0], np.float32)
    assert top_rows(scores, k) == brute_top(scores, k)
    assert top_rows(np.zeros(5, np.float32), k) == []
    assert top_rows(scores, 0) == []


@pytest.mark.parametrize("query", QUERIES)
def test_bm25_top_agrees_with_full_scores(bm25, query):
    full = bm25_scores(bm25, query)
    best, touched = bm25_top(bm25, query, 3)
    assert [r for r, _ in best] == [r for r, _ in top_rows(full, 3)]
    assert np.allclose([s for _, s in best], [s for _, s in top_rows(full, 3)], atol=1e-5)
    for row, score in enumerate(full):
        assert touched.get(row, 0.0) == pytest.approx(float(score), abs=1e-5)


def test_bm25_top_respects_allowed_rows(bm25):
    allowed = np.zeros(len(TEXTS), bool)
    allowed[[1, 3]] = True
    best, touched = bm25_top(bm25, "referendum", 10, allowed)
    assert {r for r, _ in best} <= {1, 3} and set(touched) <= {1, 3}


def test_document_frequency_and_idf(bm25):
    assert document_frequency(bm25, "referendum") == 4
    assert document_frequency(bm25, "nosuchterm") == 0
    assert idf(bm25, "nosuchterm") > idf(bm25, "referendum") > 0
