"""Which question words need semantic support, and how support counts."""
from qa.lexical import build_bm25
from qa.question import analyse
from qa.support import supported_terms, unknown_words, unsupported


def test_unknown_words_are_content_words_no_passage_holds():
    bm25 = build_bm25(["Those living below the poverty line rocketed to 65% in 1996.", "Turnout was 61%."])
    question = analyse("By 1996, what fraction of Venezuelans had fallen below the breadline?")
    # "fraction" says what form the answer takes, like "percentage": it needs no support
    assert unknown_words(question, bm25) == ["venezuelans", "fallen", "breadline"]
    # the verb that asks for the author is no topic either
    assert unknown_words(analyse("Who penned the article on the breadline?"), bm25) == ["breadline"]



def test_a_given_name_the_articles_never_use_before_their_surname_is_no_topic():
    """"Henrique Capriles" where the articles say "Capriles": the given name is neither a term an
    answer must hold nor an unknown word; not before a surname they never use ("Nicolás Sarkozy")
    or a last word they write in lower case ("the Caribbean Series")."""
    from qa.spelling import Speller
    from qa.support import unused_given_names, without_words
    texts = ["Capriles won 7,270,403 votes (49.07%) and Nicolás Maduro won.", "Capriles conceded.",
             "The series of protests went on.", "Maduro thanked the voters."]
    bm25, is_name = build_bm25(texts), Speller(texts).name
    henrique = analyse("How many votes did Henrique Capriles get?")
    given = unused_given_names(henrique, bm25, is_name)
    assert given == {"henrique"} and "henriqu" in henrique.terms
    assert "henriqu" not in without_words(henrique, given).terms
    assert unknown_words(henrique, bm25, given) == ["get"] and unknown_words(henrique, bm25) == ["henrique", "get"]
    sarkozy = analyse("How many votes did Nicolás Sarkozy get?")
    assert unused_given_names(sarkozy, bm25, is_name) == set() and "sarkozy" in unknown_words(sarkozy, bm25)
    assert unused_given_names(analyse("Who won the Caribbean Series?"), bm25, is_name) == set()
    # "the GDP of Venezuela" (a name to the question's analysis) is a thing of a place: its "GDP" is
    # no given name, and stays a word the answer must support (it had answered "Chávez" at 0.80)
    gdp = analyse("What is the GDP of Capriles?")
    assert unused_given_names(gdp, bm25, is_name) == set() and "gdp" in unknown_words(gdp, bm25)

def test_support_bands():
    support = {"breadline": 0.7, "fallen": 0.5, "misinformation": 0.2}
    assert supported_terms(support) == {"breadlin"}
    assert abs(unsupported(support) - 0.25) < 1e-9        # only the word below 0.45 counts against



def test_an_unknown_word_said_in_other_words_counts_in_proportion_to_its_support():
    """Between support.PARTLY_SAID_FROM and support.SUPPORTED a corpus-unknown word is
    partly said: none below (0.48 no more than 0.3), all from SUPPORTED up, in proportion between."""
    from qa.support import support_credit
    credit = support_credit({"lenders": 0.55, "breadline": 0.7, "arepas": 0.3, "tallies": 0.48})
    assert set(credit) == {"lender", "breadlin"}
    assert abs(credit["lender"] - 0.5) < 1e-9 and credit["breadlin"] == 1.0


def test_only_the_unknown_word_naming_what_is_asked_counts_against_an_answer():
    """"How many seats…": "seats" names the thing counted, and an answer that does not say it in
    other words is a near miss. "…leaving aside the self-built shacks": the reader's own telling
    of the context, no evidence against "2.7 million houses". With no asked thing named, every
    unknown word counts."""
    from qa.support import of_the_thing_asked
    seats = analyse("How many seats did the party win, leaving aside the shacks?")
    support = {"seats": 0.2, "leaving": 0.1, "shacks": 0.3}
    assert of_the_thing_asked(support, seats) == {"seats": 0.2}
    assert abs(unsupported(of_the_thing_asked(support, seats)) - 0.25) < 1e-9
    recipe = analyse("best recipe for venezuelan arepas")
    assert recipe.focus == [] and of_the_thing_asked({"recipe": 0.1, "arepas": 0.2}, recipe) == {"recipe": 0.1, "arepas": 0.2}

def test_a_word_is_supported_by_its_own_longer_pieces():
    """Pieces are a word's by position: the question's "in" is no piece of "killings", and the
    "so" of "souffle" (any "so" in the answer matches it) does not speak for the word."""
    from qa.support import word_pieces
    pieces = ["how", "many", "killings", "in", "a", "so", "##uf", "##fle"]
    assert word_pieces(pieces) == {"how": [0], "many": [1], "killings": [2], "in": [3], "a": [4], "souffle": [5, 6, 7]}


def test_word_support_uses_the_words_own_pieces():
    import numpy as np
    from qa.embedding import QueryEncoding
    from qa.support import word_support

    class Window:                                   # the answer's tokens: "so" and "in" only
        def token_vectors(self, text):
            return ["so", "in"], np.eye(4, dtype=np.float32)[:2]

    pieces = ["killings", "in", "a", "so", "##uf", "##fle"]
    vectors = np.array([[0, 0, 1, 0], [0, 1, 0, 0], [0, 0, 0, 1], [1, 0, 0, 0], [0, 0, .6, .8], [0, 0, 0, 1]],
                       dtype=np.float32)
    support = word_support(QueryEncoding(np.zeros(4), pieces, vectors), ["killings", "souffle"], "so in", Window())
    assert support == {"killings": 0.0, "souffle": 0.0}


def test_the_noun_naming_an_article_and_mention_are_no_unknown_topic(assistant):
    """"mentioned in the 2017 piece": "piece" names the article (the corpus never says it), and
    "mentioned" is how the article holds the fact; neither is a topic word to support."""
    from qa.question import analyse
    from qa.support import unknown_words
    q = analyse("who is the OAS secretary general mentioned in the 2017 piece")
    assert "mention" not in q.terms
    assert unknown_words(q, assistant.index().data.bm25) == []


def test_the_support_product_runs_on_one_blas_thread_and_restores_the_count():
    """The small similarity product is held to one BLAS thread (on a busy machine waiting for a
    second costs ~10^3 times the product) and gives the same cosines, to float32 rounding (BLAS
    may sum in another order on one thread: numpy 2.4's OpenBLAS does); the count is restored."""
    import numpy as np
    from qa.support import blas_controller, one_blas_thread
    controller = blas_controller()
    if controller is None:
        return
    before = [lib.num_threads for lib in controller.lib_controllers]
    rng = np.random.default_rng(0)
    a, b = rng.random((27, 384), dtype=np.float32), rng.random((75, 384), dtype=np.float32)
    with one_blas_thread():
        inside = [lib.num_threads for lib in controller.lib_controllers]
        one = a @ b.T
    assert all(n == 1 for n in inside)
    assert [lib.num_threads for lib in controller.lib_controllers] == before
    np.testing.assert_allclose(one, a @ b.T, rtol=1e-6)


def test_the_words_of_a_comparison_need_support_outside_a_comparison():
    """"closer", "higher" are how a comparison's figures compare (composer.uncovered_words takes them
    as answered there), but in "Why was the 2013 result closer than…?" or "Was abstention higher
    than usual?" they are words an answer must hold (a review: those answers' confidence fell)."""
    from qa.support import ANSWER_WORDS, COMPARED_WORDS
    assert "closer" in COMPARED_WORDS and not COMPARED_WORDS & ANSWER_WORDS
