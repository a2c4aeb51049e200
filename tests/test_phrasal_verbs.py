"""A verb of several words the articles never use, said in the one word they do (qa/phrasal_verbs.py)."""
import gzip

from qa import phrasal_verbs
from qa.phrasal_verbs import OneWordVerbs, inflected, phrase_table
from qa.text import term_set


def verbs_of(*texts: str) -> OneWordVerbs:
    """The rewriter for a corpus of these texts (a stem is used when one of them has it)."""
    used = set().union(*(term_set(t) for t in texts))
    return OneWordVerbs(list(texts), lambda term: term in used)


def test_the_table_is_wordnets_first_sense_without_verbs_and_prepositions():
    table = phrase_table()
    assert (("part",), ("participate",)) in table["take"]
    assert ("rid", "of") in [rest for rest, _ in table["get"]]
    assert ("on",) not in [rest for rest, _ in table.get("have", [])]      # "have on the field" is no "wear"


def test_a_phrase_the_articles_never_use_is_said_in_their_word_in_its_tense():
    verbs = verbs_of("61.14% of the electorate had participated in the vote.")
    assert verbs.rewrite("What percentage of the electorate took part in the vote?") == \
        "What percentage of the electorate participated in the vote?"
    assert verbs.rewrite("Who is taking part?") == "Who is participating?"
    assert verbs.rewrite("Does he take part?") == "Does he participate?"


def test_a_phrase_the_articles_use_or_a_word_they_do_not_use_is_kept():
    assert verbs_of("Millions took part in the vote; many participated.").rewrite("Who took part?") == "Who took part?"
    assert verbs_of("Nothing about it here.").rewrite("Who took part?") == "Who took part?"
    # of the one-word verbs, the first the articles use: "turn down" → refuse, reject, decline
    assert verbs_of("Voters rejected the reform.").rewrite("Why did voters turn down the reform?") == \
        "Why did voters reject the reform?"


def test_the_one_word_takes_the_tense_of_the_phrase():
    assert inflected("participate", "took") == "participated"
    assert inflected("participate", "taken") == "participated"
    assert inflected("reject", "turning") == "rejecting"
    assert inflected("carry", "takes") == "carries"
    assert inflected("quit", "stepped") == "quit"


def test_a_missing_or_damaged_table_rewrites_nothing(tmp_path, monkeypatch):
    damaged = tmp_path / "phrasal_verbs.tsv.gz"
    damaged.write_bytes(gzip.compress(b"take part\tparticipate\n")[:20])
    monkeypatch.setattr(phrasal_verbs, "TABLE", damaged)
    phrase_table.cache_clear()
    try:
        assert phrase_table() == {}
        assert verbs_of("They participated.").rewrite("Who took part?") == "Who took part?"
    finally:
        phrase_table.cache_clear()
