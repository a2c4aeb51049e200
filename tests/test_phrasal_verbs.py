"""A verb of several words the articles never use, asked in the one word they do (qa/phrasal_verbs.py)."""
from qa.phrasal_verbs import PHRASAL_VERBS, OneWordVerbs
from qa.text import term_set


def verbs_of(*texts: str) -> OneWordVerbs:
    """The rewriter for a corpus of these texts (a stem is used when one of them has it)."""
    used = set().union(*(term_set(t) for t in texts))
    return OneWordVerbs(list(texts), lambda term: term in used)


ARTICLES = verbs_of("61.14% of the electorate had participated in the vote.", "Chávez promised to resign.",
                    "Some 23 people have been arrested.", "The number of voters rose from 12.4 to 14 million.")


def test_a_phrase_the_articles_never_use_is_asked_in_their_word_in_its_form():
    assert ARTICLES.rewrite("What percentage of the electorate took part in the vote?") == \
        "What percentage of the electorate participated in the vote?"
    assert ARTICLES.rewrite("Are they taking part?") == "Are they participating?"
    assert ARTICLES.rewrite("Took part?") == "Participated?"                       # the capital kept
    assert ARTICLES.rewrite("How many people were taken into custody?") == "How many people were arrested?"
    assert ARTICLES.rewrite("Why did the number of voters go up so much?") == "Why did the number of voters rise so much?"
    assert ARTICLES.rewrite("Did he step down like he'd promised?") == "Did he resign like he'd promised?"


def test_a_phrase_the_articles_use_or_a_word_they_do_not_use_is_kept():
    assert verbs_of("Millions took part; many participated.").rewrite("Who took part?") == "Who took part?"
    assert verbs_of("Nothing about it here.").rewrite("Who took part?") == "Who took part?"
    assert ARTICLES.rewrite("Did they take part, in the end?") == "Did they participate, in the end?"


def test_ordinary_wording_is_left_alone():
    """What a list made from WordNet's first senses had rewritten into nonsense (withdrawn)."""
    for question in ("How did Chávez do it?", "Was Chávez voted out of office?", "What was the make-up of the assembly?",
                     "Did the economy take off?", "How many votes did Capriles get out of all the votes cast?",
                     "Did prices go up-market?", "Did they take part of the blame?"):
        assert ARTICLES.rewrite(question) == question, question


def test_each_phrase_has_every_form_of_its_verb_and_of_its_word():
    for forms, rest, words in PHRASAL_VERBS:
        assert len(forms) == len(words) == 5 and rest, (forms, rest)
