"""qa/acronyms.py: an acronym matches its spelled-out name, in the article that defines it and in
the articles that only use it."""
from qa.acronyms import AcronymTable, document_acronyms
from qa.chunking import Passage, PassageSentence
from qa.text import content_terms


def passage(doc: str, position: int, text: str) -> Passage:
    return Passage(doc=doc, position=position, sentences=[PassageSentence(text, 0, len(text), 0)], text=text,
                   id=hash((doc, position)) % 10_000)


DEFINES = passage("a.txt", 0, "The National Electoral Council (CNE) published the results.")
USES = passage("b.txt", 0, "At 1.07 am the CNE announced the victory of the NO.")
SPELLS_OUT = passage("c.txt", 0, "The National Electoral Council announced the results at dawn.")
REDEFINES = passage("d.txt", 0, "The Coalition for National Education (CNE) met teachers.")


def expanded(table: AcronymTable, p: Passage) -> set[str]:
    return table.expanded_terms(p)[1]


def test_an_article_that_only_uses_an_acronym_borrows_another_articles_definition():
    table = AcronymTable([DEFINES, USES, SPELLS_OUT])
    assert set(content_terms("National Electoral Council")) <= expanded(table, USES)
    assert "cne" in expanded(table, SPELLS_OUT)


def test_an_articles_own_definition_comes_first():
    table = AcronymTable([DEFINES, REDEFINES])       # a.txt's comes first in path order
    assert set(content_terms("Coalition for National Education")) <= expanded(table, REDEFINES)
    assert "council" not in expanded(table, REDEFINES)


def test_a_long_form_completed_only_by_another_expansion_is_not_spelled_out():
    lse = passage("e.txt", 0, "The London Stock Exchange (LSE) and the New York Stock Exchange (NYSE) compete.")
    woo = passage("f.txt", 0, "The LSE woos companies to list in London rather than New York.")
    assert "nyse" not in expanded(AcronymTable([lse, woo]), woo)


def test_definitions_stored_in_the_manifest_are_used_without_reading_the_passages():
    stored = {"a.txt": {"acronyms": {"cne": ["stored", "long", "form"]}}, "b.txt": {"acronyms": {}}}
    table = AcronymTable([DEFINES, USES], stored)     # a.txt's text says otherwise: not read
    assert {"stored", "long", "form"} <= expanded(table, USES) and "council" not in expanded(table, USES)
    assert document_acronyms([DEFINES]) == {"cne": content_terms("National Electoral Council")}


def test_a_long_form_is_found_as_written_for_a_question_asking_it():
    """"What does CWI stand for?": the capitalised words before "(CWI)", articles in them ("for a")
    and initials of another language's words ("Democratic Unity Roundtable (MUD)") allowed, a
    sentence's "The" and a possessive left out; a single word or a run sharing one initial is none."""
    from qa.acronyms import long_forms
    for text, short, spelled in (
            ("The Committee for a Workers' International (CWI) and its supporters voted.", "CWI",
             "Committee for a Workers' International"),
            ("The United Socialist Party of Venezuela’s (PSUV) victory was clear.", "PSUV",
             "United Socialist Party of Venezuela"),
            ("The swing to the opposition Democratic Unity Roundtable (MUD) failed.", "MUD", "Democratic Unity Roundtable")):
        [(found, start, end)] = long_forms(text)
        assert (found, text[start:end]) == (short, spelled)
    assert long_forms("He met Chávez (CWI) there.") == [] and long_forms("Reuters Agency (CNN) said so.") == []
