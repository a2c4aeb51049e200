"""Property tests (hypothesis) over article texts and questions, with the real model.

1. Whatever an article's text, every sentence of every passage maps back to the raw file:
   `doc.text[s.start:s.end]` is the sentence text up to the two documented changes cleaning
   makes (white space collapsed, words hyphenated at a line end re-joined).
2. Whatever the articles and the question, indexing and answering never raise (except the
   QAError for an empty question), and every answer sentence is an exact substring of the
   passage it cites and maps back to its article file.

Example counts are modest: every example of the second property builds a real index.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pytest

from qa.assistant import Assistant
from qa.cleaning import clean_document
from qa.documents import Document
from qa.config import Settings
from qa.errors import BadFileError, QAError
from qa.indexer import passages_for, update_index
from qa.loaders import load_document
from tests.lifecycle_support import ARTICLES, QUESTIONS, as_cleaned, check_answer, check_sentences_map_back

WORDS = st.sampled_from([
    "the", "council", "approved", "harbour", "Velmora", "budget", "of", "4.5", "million", "euros", "in",
    "1987", "50%", "3,200", "Dr.", "U.S.", "e.g.", "Mr.", "Tue.", "16", "Apr.", "2013", "café", "naïve",
    "Zürich", "東京", "Москва", "مرحبا", "🍎", "co-operative", "re-", "sort", "“quoted”", "(aside)", "'s",
    "http://example.org/x", "www.example.com", "#", "-", "*", "1.", "Subscribe", "now", "…",
])
PUNCT = st.sampled_from([".", ",", "!", "?", ";", ":", " -", " —", "...", '"', "'"])
SPACE = st.sampled_from([" ", " ", " ", " ", "\n", "\n", "\n\n", "-\n", "\t", "\u00a0", "  ", "\n\n\n",
                         " \n", "\u2028", "\x0c", "\r\n"])
PIECE = st.one_of(WORDS, WORDS, WORDS, PUNCT, SPACE, SPACE, st.text(max_size=3))
PREFIX = st.sampled_from(["", "", "# A heading\n\n", "---\ntitle: Fuzzed\ndate: 2020-01-02\n---\n", "Title line\n"])


ARTICLE = st.builds(lambda prefix, pieces: prefix + "".join(pieces), PREFIX,
                    st.lists(PIECE, max_size=150))
QUESTION = st.one_of(
    st.text(max_size=120),
    st.lists(st.one_of(WORDS, PUNCT, SPACE), max_size=25).map(" ".join),
    st.sampled_from(list(QUESTIONS.values()) + ["", "   ", "?", "🍎", "<script>alert(1)</script>",
                                                "When did it open?", "And the budget?"]),
)
BASE_ARTICLE = ("orchard.txt", ARTICLES["orchard.txt"])     # so that the corpus is never empty


def is_empty(question: str) -> bool:
    """The documented meaning of an empty question: nothing left but spaces and ?!.,;:"""
    return not " ".join(question.split()).strip(" ?!.,;:")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=ARTICLE)
def test_every_passage_sentence_maps_back_to_the_raw_file(embedder, text):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "article.md"
        path.write_text(text, encoding="utf-8")
        try:
            doc = load_document(path)
        except BadFileError as exc:     # only for what really has no usable text
            assert ("binary" in str(exc) and "\x00" in text) or ("empty" in str(exc)) or "front matter" in str(exc), exc
            return
        passages = passages_for(doc, embedder, Settings())
        check_sentences_map_back(doc, passages)
        starts = [s.start for p in passages for s in p.sentences]
        ends = [s.end for p in passages for s in p.sentences]
        assert all(e <= s for e, s in zip(ends, starts[1:]))          # in order, never overlapping
        assert all(s >= doc.body_start for s in starts)                # front matter is never text
        assert [p.position for p in passages] == list(range(len(passages)))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles=st.lists(ARTICLE, max_size=2), question=QUESTION, follow_up=st.booleans())
def test_the_pipeline_never_raises_and_answers_stay_extractive(embedder, articles, question, follow_up):
    with tempfile.TemporaryDirectory() as tmp:
        corpus, index = Path(tmp) / "corpus", Path(tmp) / "index"
        corpus.mkdir()
        (corpus / BASE_ARTICLE[0]).write_text(BASE_ARTICLE[1], encoding="utf-8")
        for i, text in enumerate(articles):
            (corpus / f"fuzz{i}.md").write_text(text, encoding="utf-8")
        report = update_index(corpus, index, embedder)
        assert report.written and all("\n" not in w for w in report.warnings)
        assistant = Assistant(index, corpus, embedder=embedder)
        history = [QUESTIONS["orchard.txt"]] if follow_up else None
        try:
            answer = assistant.ask(question, history=history)
        except QAError as exc:
            assert is_empty(question) and "the question is empty" in str(exc)
            return
        assert not is_empty(question)
        check_answer(answer)
        for s in answer.sentences:
            doc = assistant.article(next(c.doc for c in answer.citations if c.id == s.citation))
            assert as_cleaned(doc.text[s.start:s.end]) == s.text


@pytest.mark.parametrize("text", [
    "The budget approved by the council was\n4.5\nmillion euros for the basin.\n",
    "The council approved the harbour budget of the\nwww.example.com\nnorth basin today.\n",
])
def test_a_line_holding_only_a_dotted_token_stays_in_its_sentence(text):
    doc = Document("a.txt", text)
    for paragraph in clean_document(doc):
        for s in paragraph.sentences:
            assert as_cleaned(text[s.start:s.end]) == s.text
