"""Other words for a question's terms (qa/synonyms.py): read by the confidence's coverage only."""
from qa.question import analyse
from qa.synonyms import synonym_table, synonym_variants
from qa.text import stem


def test_the_table_holds_a_words_most_frequent_sense():
    table = synonym_table()
    assert stem("shortage") in table[stem("deficit")]
    assert stem("profit") in table[stem("earnings")]
    assert stem("deficit") not in table[stem("deficit")]          # a word is not its own synonym


def test_a_question_terms_synonyms_map_back_to_the_term():
    question = analyse("How big is Venezuela's housing deficit?")
    assert synonym_variants(question)[stem("shortage")] == stem("deficit")


def test_the_words_of_a_name_the_question_gives_have_no_synonyms():
    """"the National Constituent Assembly" is named: "country" does not say it."""
    named = analyse("What percentage voted in the July 30 National Constituent Assembly election?")
    described = analyse("What percentage of the nation voted in July?")
    assert stem("country") not in synonym_variants(named)
    assert synonym_variants(described)[stem("country")] == stem("nation")


def test_a_missing_or_damaged_table_leaves_the_answers_as_they_were(tmp_path, monkeypatch):
    import gzip
    import qa.synonyms as synonyms
    good = gzip.compress("deficit\tshortag\n".encode())
    for content in (None, good[: len(good) // 2], b"not gzip at all", gzip.compress(b"\xff\xfe\tbad")):
        path = tmp_path / "synonyms.tsv.gz"
        if content is not None:
            path.write_bytes(content)
        monkeypatch.setattr(synonyms, "TABLE", path if content is not None else tmp_path / "missing.gz")
        synonyms.synonym_table.cache_clear()
        assert synonyms.synonym_table() == {}
    synonyms.synonym_table.cache_clear()
