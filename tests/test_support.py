"""Which question words need semantic support, and how support counts."""
from qa.lexical import build_bm25
from qa.question import analyse
from qa.support import supported_terms, unknown_words, unsupported


def test_unknown_words_are_content_words_no_passage_holds():
    bm25 = build_bm25(["Those living below the poverty line rocketed to 65% in 1996.", "Turnout was 61%."])
    question = analyse("By 1996, what fraction of Venezuelans had fallen below the breadline?")
    # "fraction" says what form the answer takes, like "percentage": it needs no support
    assert unknown_words(question, bm25) == ["venezuelans", "fallen", "breadline"]


def test_support_bands():
    support = {"breadline": 0.7, "fallen": 0.5, "misinformation": 0.2}
    assert supported_terms(support) == {"breadlin"}
    assert abs(unsupported(support) - 0.25) < 1e-9        # only the word below 0.45 counts against
