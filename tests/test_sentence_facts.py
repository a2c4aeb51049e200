"""Sentence facts found at index time (qa/sentence_facts.py) must be exactly what the answering
path would find on its own, be kept across updates, and never be used when other code found them."""
from __future__ import annotations

import json

import pytest

import qa.indexer as indexer
import qa.sentence_facts as sentence_facts
from qa import extraction, grounding, known, scoring, text
from qa import question as Q
from qa.assistant import Assistant
from qa.chunking import Passage, PassageSentence
from qa.indexer import update_index
from qa.sentence_facts import SentenceFacts, passage_facts, stored_facts
from qa.store import FACTS_FILE, read_index
from qa.text import content_terms
from tests.lifecycle_support import NEW_ARTICLE, QUESTIONS

SENTENCES = [
    "Maduro won 7,505,338 votes (50.66%) against 7,270,403 for Henrique Capriles on 14 April 2013.",
    "Turnout was 61.14%, and the PSUV took 18 of 23 governorships at 11:45 pm on Sunday.",
    "On 2 December 2007, Hugo Chávez, president of Venezuela, suffered his first electoral defeat.",
    "The 'no' vote triumphed in the nine most populated of the 23 states and cost $5 million.",
    "Jorge Martín, of Hands Off Venezuela, spoke.",
    "There was nothing to count here.",
]


def passage_of(sentences: list[str], pid: int = 7) -> Passage:
    text = " ".join(sentences)
    parts, offset = [], 0
    for s in sentences:
        parts.append(PassageSentence(s, offset, offset + len(s), offset))
        offset += len(s) + 1
    return Passage(doc="a.txt", position=0, sentences=parts, text=text, id=pid)


def test_stored_facts_are_what_the_sentences_give_when_analysed():
    passage = passage_of(SENTENCES)
    facts = SentenceFacts({passage.id: passage_facts(passage)})
    assert facts.sentence_terms(passage) == [content_terms(s) for s in SENTENCES]
    for s in SENTENCES:
        for answer_type in Q.FACTOID_TYPES:
            assert facts.typed_spans(s, answer_type) == tuple(extraction.find_typed_spans(s, answer_type)), (s, answer_type)


def test_the_cues_time_words_and_terms_read_from_them_are_what_the_sentences_give():
    sentences = [*SENTENCES, "Because of the April 14, 2013 vote, and since October 7, turnout fell in 2013; "
                             "in March 2004 they must refuse the 2004 plan, as in 14 May 2013.", "Why? (2007)"]
    passage = passage_of(sentences)
    facts = SentenceFacts({passage.id: passage_facts(passage)})
    facts.sentence_terms(passage)                                # decoded, as retrieval does
    readers = [grounding.years_in, grounding.months_named, grounding.months_mentioned, grounding.dated_months,
               text.term_set, *[lambda s, cue=cue: scoring.has_cue.__wrapped__(s, cue) for cue in scoring.CUES]]
    try:
        for s in sentences:
            known.use(None)
            found = [getattr(read, "__wrapped__", read)(s) for read in readers]
            known.use(facts)
            assert facts.fact(s) is not None
            stored = [getattr(read, "__wrapped__", read)(s) for read in readers]
            assert stored == found and [list(x) if isinstance(x, frozenset) else x for x in stored] == \
                [list(x) if isinstance(x, frozenset) else x for x in found], s      # the same sets, in the same order
        assert facts.fact("a text no passage holds") is None
    finally:
        known.use(None)


def test_a_type_whose_spans_are_another_types_is_stored_as_its_name():
    stored = json.loads(passage_facts(passage_of(SENTENCES[:1])))[0]["spans"]
    assert stored[Q.MONEY] == Q.COUNT and stored[Q.PLACE] == Q.PERSON and stored[Q.ENTITY] == Q.PERSON
    assert Q.PERCENT not in json.loads(passage_facts(passage_of(SENTENCES[4:5])))[0]["spans"]   # none: () on reading


@pytest.mark.parametrize("line", ["not json", json.dumps([]), json.dumps([{"terms": [], "spans": {}}] * 2), "[null]",
                                  json.dumps([{"terms": []}]), json.dumps([{"terms": "ab", "spans": {}}]),
                                  json.dumps([{"terms": [], "spans": []}]),
                                  json.dumps([{"terms": [], "spans": {}, "unknown": [1]}]),        # a key no code wrote
                                  json.dumps([{"terms": [], "spans": {}, "years": [True]}])])      # true is no year
def test_facts_that_do_not_fit_the_passage_are_not_used(line):
    passage = passage_of(SENTENCES[:1])
    facts = SentenceFacts({passage.id: line})
    assert facts.sentence_terms(passage) is None
    assert facts.typed_spans(SENTENCES[0], Q.COUNT) is None            # found by extraction instead


@pytest.mark.parametrize("stored", [[[5, 999, "count"]], [[5, 9]], "percent", [5, 9, "count"], [["5", 9, "count"]]])
def test_a_span_that_does_not_fit_its_sentence_is_not_used(stored):
    passage = passage_of(SENTENCES[:1])
    facts = SentenceFacts({passage.id: json.dumps([{"terms": [], "spans": {"count": stored}}])})
    assert facts.sentence_terms(passage) == [[]]
    assert facts.typed_spans(SENTENCES[0], Q.COUNT) is None                # found by extraction instead
    assert facts.typed_spans(SENTENCES[0], Q.DATE) == ()
    assert facts.typed_spans(SENTENCES[0], "description") is None           # a type never stored


def test_the_fingerprint_covers_this_modules_rules(monkeypatch):
    before = sentence_facts.facts_fingerprint.__wrapped__()
    real = sentence_facts.inspect.getsource
    monkeypatch.setattr(sentence_facts.inspect, "getsource",
                        lambda m: real(m) + ("# changed" if m is sentence_facts else ""))
    assert sentence_facts.facts_fingerprint.__wrapped__() != before


@pytest.mark.parametrize("damage", ["remove", "truncate", "edit"])
def test_a_missing_or_damaged_facts_file_costs_no_embedding(small, embedder, damage):
    corpus, index = small
    path = read_index(index).path / FACTS_FILE
    questions = list(QUESTIONS.values())[:3]
    before = [Assistant(index_dir=index, corpus_dir=corpus, embedder=embedder).ask(q).to_dict() for q in questions]
    if damage == "remove":
        path.unlink()
    elif damage == "truncate":
        path.write_bytes(path.read_bytes()[:100])
    else:
        path.write_bytes(path.read_bytes().replace(b'"spans"', b'"spanz"', 1))
    data = read_index(index)                                        # the index itself is sound
    assert stored_facts(data) is None
    assert [Assistant(index_dir=index, corpus_dir=corpus, embedder=embedder).ask(q).to_dict() for q in questions] == before
    report = update_index(corpus, index, embedder)
    assert report.written and report.embedded_passages == 0 and stored_facts(read_index(index)) is not None


def test_an_index_stores_them_and_the_assistant_answers_from_them(small, embedder):
    corpus, index = small
    data = read_index(index)
    assert (data.path / FACTS_FILE).is_file() and data.manifest["facts_fingerprint"]
    facts = stored_facts(data)
    assert facts is not None and all(facts.lines.get(p.id) == passage_facts(p) for p in data.passages)
    assert facts.lines.get(max(p.id for p in data.passages) + 1) is None
    assistant = Assistant(index_dir=index, corpus_dir=corpus, embedder=embedder)
    loaded = assistant.index()
    assert known.spans == loaded.acronyms.facts.typed_spans and known.fact == loaded.acronyms.facts.fact
    answer = assistant.ask(QUESTIONS["orchard.txt"])
    assert not answer.abstained and loaded.acronyms.facts.stored      # decoded for the passages looked at


def test_the_answers_are_the_same_without_them(small, embedder, monkeypatch):
    corpus, index = small
    questions = [*QUESTIONS.values(), "Who voted against the dredging plan?", "Why did Dara Quill vote against it?",
                 "Who chairs the orchard cooperative?", "Where is the observatory?"]
    with_facts = [Assistant(index_dir=index, corpus_dir=corpus, embedder=embedder).ask(q).to_dict() for q in questions]
    monkeypatch.setattr(sentence_facts, "facts_fingerprint", lambda: "other code")
    without = Assistant(index_dir=index, corpus_dir=corpus, embedder=embedder)
    assert without.index().acronyms.facts is None
    assert known.spans is known.no_spans and known.fact is known.no_fact
    assert [without.ask(q).to_dict() for q in questions] == with_facts


def test_an_update_keeps_the_facts_of_the_passages_it_keeps(small, embedder, monkeypatch):
    corpus, index = small
    before = read_index(index)
    lines = {p.id: line for p, line in zip(before.passages, (before.path / FACTS_FILE).read_text(encoding="utf-8").splitlines())}
    found = []
    real = sentence_facts.passage_facts
    monkeypatch.setattr(sentence_facts, "passage_facts", lambda p: found.append(p.doc) or real(p))
    name, text = NEW_ARTICLE
    (corpus / name).write_text(text, encoding="utf-8")
    update_index(corpus, index, embedder)
    after = read_index(index)
    assert set(found) == {name}
    for p, line in zip(after.passages, (after.path / FACTS_FILE).read_text(encoding="utf-8").splitlines()):
        assert line == (lines[p.id] if p.id in lines else passage_facts(p))


def test_facts_found_by_other_code_are_found_again_without_embedding(small, embedder, monkeypatch):
    corpus, index = small
    monkeypatch.setattr(sentence_facts, "facts_fingerprint", lambda: "new rules")
    monkeypatch.setattr(indexer, "facts_fingerprint", lambda: "new rules")
    assert stored_facts(read_index(index)) is None                  # not used meanwhile
    report = update_index(corpus, index, embedder)
    assert report.written and report.embedded_passages == 0
    assert read_index(index).manifest["facts_fingerprint"] == "new rules"
    assert stored_facts(read_index(index)) is not None
    assert not update_index(corpus, index, embedder).written       # and then it is up to date
