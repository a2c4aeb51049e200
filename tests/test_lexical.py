"""BM25 scoring agrees with the formula computed by hand; top_rows is a sorted positive top-k."""
import numpy as np
import pytest

from qa.lexical import bm25_scores, build_bm25, document_frequency, idf, top_rows

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


def brute_scores(bm25, query):
    """BM25 as bm25s scores it (Lucene idf, k1 1.2, b 0.75, no (k1 + 1) factor), by hand."""
    from qa.text import analyzer
    docs = [analyzer(t) or ["\u2205"] for t in TEXTS]
    n, avg = len(docs), sum(map(len, docs)) / len(docs)
    out = np.zeros(n)
    for term in analyzer(query):
        df = sum(term in d for d in docs)
        if not df:
            continue
        idf_t = np.log(1 + (n - df + 0.5) / (df + 0.5))
        for i, d in enumerate(docs):
            tf = d.count(term)
            out[i] += idf_t * tf / (tf + 1.2 * (1 - 0.75 + 0.75 * len(d) / avg)) if tf else 0
    return out


@pytest.mark.parametrize("query", QUERIES)
def test_scores_match_bm25_by_hand(bm25, query):
    want = brute_scores(bm25, query)
    got = bm25_scores(bm25, query)
    assert got.shape == (len(TEXTS),)
    assert np.allclose(got, want, atol=1e-5)


def test_top_rows_is_a_sorted_positive_top_k():
    scores = np.array([0.0, 2.5, 1.0, 2.25, -1.0, 0.3, 0.0, 4.0], np.float32)
    assert top_rows(scores, 1) == [(7, 4.0)]
    assert top_rows(scores, 3) == [(7, 4.0), (1, 2.5), (3, 2.25)]
    assert [r for r, _ in top_rows(scores, 10)] == [7, 1, 3, 2, 5]      # positive scores only
    assert top_rows(np.zeros(5, np.float32), 3) == []


def test_top_rows_of_real_scores(bm25):
    scores = bm25_scores(bm25, "referendum regional elections")
    best = top_rows(scores, 3)
    assert [s for _, s in best] == sorted((float(x) for x in scores if x > 0), reverse=True)[:3]


def test_document_frequency_and_idf(bm25):
    assert document_frequency(bm25, "referendum") == 4
    assert document_frequency(bm25, "nosuchterm") == 0
    assert idf(bm25, "nosuchterm") > idf(bm25, "referendum") > 0


def test_feedback_terms_are_the_rarest_words_the_query_lacks():
    from qa.lexical import feedback_terms, idf_of_terms
    bm25 = build_bm25(TEXTS)
    passages = [idf_of_terms(bm25, TEXTS[0]), idf_of_terms(bm25, TEXTS[3])]
    from qa.text import analyzer
    terms = feedback_terms(analyzer("Why was the referendum defeated?"), passages, k=3)
    assert len(terms) == 3 and "referendum" not in terms and "defeat" not in terms
    weights = {t: w for p in passages for t, w in p.items()}
    ranked = sorted((t for t in weights if t not in {"referendum", "defeat"}),
                    key=lambda t: (-sum(p.get(t, 0.0) for p in passages), t))
    assert terms == ranked[:3]
