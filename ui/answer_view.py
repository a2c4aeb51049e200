"""Drawing one turn of the chat: the question, the answer with its sources, or an abstention.

Everything shown here comes from the `Answer` the library returned; the view only decides
how it looks. Each citation gets one expander (title, date, source, and the passage with
the cited sentences highlighted), and inside it a toggle that shows the whole article with
the passage marked in place, so a reader can check the context an answer was cut from; the
article scrolls in a box of its own that opens at the passage (markup.scroll_to_mark).
Toggles rather than nested expanders or dialogs, because Streamlit forbids expanders
inside expanders and a toggle keeps its state per answer across reruns.
"""
from __future__ import annotations

import re
from typing import Iterable

import streamlit as st

from qa.answer import Answer
from qa.assistant import Assistant
from qa.cleaning import kept_text_within
from qa.documents import Document
from qa.errors import ArticleGoneError, QAError

from . import markup
from .maintenance import UPDATE_BUTTON

ALNUM = re.compile(r"[\W_]+", re.UNICODE)
# Above this size a passage whose raw slice differs from it is taken as changed without cleaning the
# article again to check (seconds for a huge article); only a drop inside it could make that wrong.
CLEANING_CHECK_MAX_CHARS = 250_000


def show_question(text: str) -> None:
    with st.chat_message("user"):
        st.html(markup.plain(text, "qa-question"))


def show_entry(entry: dict, turn: int, assistant: Assistant) -> None:
    """One assistant turn as stored in the session: an answer or an error message."""
    with st.chat_message("assistant"):
        show_entry_body(entry, turn, assistant)


def show_entry_body(entry: dict, turn: int, assistant: Assistant) -> None:
    if "error" in entry:
        st.error(markup.label(entry["error"]))
        return
    if entry.get("note"):
        st.caption(markup.label(entry["note"]))
    answer = entry["answer"]
    if answer.resolved_question and answer.resolved_question != answer.question:
        # a follow-up ("And in 2013?") is answered as the question it stands for: say which
        st.caption(markup.label(f"Understood as: {answer.resolved_question}"))
    show_answer(answer, turn, assistant)


def show_answer(answer: Answer, turn: int, assistant: Assistant) -> None:
    if answer.abstained:
        st.html(markup.abstention(answer.answer))
        if answer.passages:
            st.caption("Closest passages in the articles")
        for i, p in enumerate(answer.passages, 1):
            head = " · ".join(x for x in (p.title or p.doc, p.date) if x)
            with st.expander(markup.label(f"{head} — {snippet(p.passage)}")):
                st.html(markup.passage(p.passage))
                article_toggle(assistant, f"{turn}-p{i}", p.doc, (p.start, p.end), [], p.passage)
        return
    if answer.short_answer:
        st.html(markup.short_answer(answer.short_answer))
    st.html(markup.answer([(s.text, s.citation) for s in answer.sentences]))
    st.caption(f"Sources ({len(answer.citations)}) · confidence {answer.confidence:.0%}")
    for c in answer.citations:
        head = " · ".join(x for x in (f"[{c.id}] {c.title or c.doc}", c.date, c.source) if x)
        with st.expander(markup.label(head)):
            byline = " · ".join(x for x in (c.author and f"by {c.author}", c.doc) if x)
            st.html(markup.block(markup.esc(byline), "qa-byline", "font-size: 0.85rem; opacity: 0.75;"))
            st.html(markup.passage(c.passage, c.highlights))
            cited = [(s.start, s.end) for s in answer.sentences if s.citation == c.id and s.start >= 0]
            article_toggle(assistant, f"{turn}-c{c.id}", c.doc, (c.start, c.end), cited, c.passage)


def article_toggle(assistant: Assistant, key: str, doc: str, span: tuple[int, int],
                   sentences: Iterable[tuple[int, int]], passage_text: str) -> None:
    """A toggle that shows the whole article, read now from the corpus, with the passage marked."""
    if not st.toggle("Show the whole article", key=f"article-{key}"):
        return
    try:
        document = assistant.article(doc)
    except ArticleGoneError:
        st.warning(markup.label(gone_message(assistant, doc)))
        return
    except QAError as exc:
        st.warning(markup.label(str(exc)))
        return
    if not same_text(document, span, passage_text):
        st.warning("This article has changed since the answer was given; the marked place may be off.")
    box = f"qa-article-{key}"
    st.html(markup.article(document.text, span, sentences, document.body_start, element_id=box))
    # A script of ours alone (no article text): st.html sanitises the article and runs no script in it.
    st.html(markup.scroll_to_mark(box), unsafe_allow_javascript=True)


def gone_message(assistant: Assistant, doc: str) -> str:
    """Why a cited article cannot be shown, said for this page: the library's message sends the
    reader to `qa index`, a command line they may not have, and said so even after the page's own
    update had dropped the article from the index."""
    if assistant.indexes(doc):
        return (f"{doc} is no longer in the corpus folder. Press '{UPDATE_BUTTON}' in the sidebar to "
                "drop it from the index, so that answers stop citing it.")
    return f"{doc} is no longer in the corpus folder: it was removed, and dropped from the index, after this answer."


def snippet(text: str, chars: int = 60) -> str:
    """The start of a passage, to tell apart several closest passages from one article."""
    text = " ".join(text.split())
    return text if len(text) <= chars else text[:chars].rsplit(" ", 1)[0] + " …"


def same_text(document: Document, span: tuple[int, int], passage_text: str) -> bool:
    """Does the article still say, at `span`, what the cited passage says? Every letter and digit
    of the passage is compared, so a changed figure anywhere in it ("74.17%" → "75.5%") counts.
    A passage differs from its raw slice only as cleaning makes it (qa/cleaning.py): spacing and
    line-break hyphens (no letters or digits), and repeated sentences, banner lines and boilerplate
    dropped inside it. So the slice is compared as it is first (nothing dropped, the usual case),
    and then as cleaning keeps it, which tolerates exactly those drops and nothing else."""
    expected = letters_and_digits(passage_text)
    if not expected:
        return False
    if letters_and_digits(document.text[span[0]:span[1]]) == expected:
        return True
    if len(document.text) > CLEANING_CHECK_MAX_CHARS:
        return False
    return kept_letters(document.text, document.body_start, span) == expected


def letters_and_digits(text: str) -> str:
    return ALNUM.sub("", text)


@st.cache_data(max_entries=64, show_spinner=False)
def kept_letters(text: str, body_start: int, span: tuple[int, int]) -> str:
    """The letters and digits cleaning keeps of the article's span; cached because cleaning the
    whole article (repeats are judged against everything before them) costs about 4 ms per 1,000
    characters and the toggle redraws it on every rerun while it is open."""
    document = Document(path="", text=text, body_start=body_start)
    return letters_and_digits(kept_text_within(document, *span))
