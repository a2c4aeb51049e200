"""Typos corrected against the articles' own words (qa/spelling.py)."""
from qa.spelling import Speller

ARTICLES = ["Nicolás Maduro won the presidential election. Chávez spoke of funding for the missions.",
            "Capriles demanded an audit. The Chavista crowd gathered. The PSUV won 18 governorships."]


def test_a_word_neither_english_nor_the_articles_takes_the_closest_article_word():
    speller = Speller(ARTICLES)
    assert speller.corrected("who won the presidental elction in 2013") == "who won the presidential election in 2013"
    assert speller.corrected("How many goverorships?") == "How many governorships?"


def test_two_neighbouring_letters_swapped_are_a_typo():
    """The commonest slip; difflib scores "venezeula"/"Venezuela" 0.89 and "turnuot" 0.86,
    under the similarity a typo needs otherwise."""
    speller = Speller(ARTICLES + ["Venezuela had a high turnout."])
    assert speller.corrected("who won in venezeula") == "who won in Venezuela"
    assert speller.corrected("what was the turnuot") == "what was the turnout"
    assert speller.corrected("what was the trunout") == "what was the turnout"


def test_the_articles_spelling_and_the_readers_capital_are_kept():
    speller = Speller(ARTICLES)
    assert speller.corrected("What did Capriless say?") == "What did Capriles say?"
    assert speller.corrected("What did Chavezz say?") == "What did Chávez say?"


def test_real_words_and_forms_of_the_articles_words_are_left_alone():
    speller = Speller(ARTICLES)
    for question in ("How many delegates took part in the founding congress?",    # English, not "funding"
                     "what did the chavistas do",                                   # "Chavista"'s stem
                     "Who is Guaidó?",                                              # nothing close
                     "what did chavz say"):                                         # too short to judge
        assert speller.corrected(question) == question


def test_a_typo_no_longer_makes_the_assistant_abstain(assistant):
    answer = assistant.ask("who won the presidental elction in 2013")
    assert answer.resolved_question == "who won the presidential election in 2013"
    assert not answer.abstained and "Maduro" in (answer.short_answer or "")


def test_british_spellings_are_english_words_not_typos():
    """pyspellchecker's list is American: "flavour" and "monopolises" were read as typos of the
    articles' "favour" and "monopolies" ("What favour of socialism…" answered "Improvements")."""
    speller = Speller(["Chávez spoke in favour of the missions but left the monopolies and their subsidies alone."])
    for question in ("What flavour of socialism did Chávez pursue?",
                     "Who monopolises the banks?",
                     "What does the government subsidises?"):
        assert speller.corrected(question) == question
    assert speller.corrected("Who ran the monopolyies?") == "Who ran the monopolies?"     # still a typo


def test_a_name_is_a_word_the_articles_write_capitalised_at_least_twice_as_often_as_not():
    """with_name_capitalised asks "who is capriles" about a person only for such words; a tie
    ("Isolated" opening one sentence, "isolated" in another) is no name, whatever their order."""
    for texts in (["Isolated cases.", "They were isolated."], ["They were isolated.", "Isolated cases."]):
        assert Speller(texts).name("isolated") is None
    speller = Speller(["Capriles won.", "Then Capriles ran.", "Tibisay Lucena spoke."])
    assert speller.name("capriles") == "Capriles" and speller.name("lucena") == "Lucena"
