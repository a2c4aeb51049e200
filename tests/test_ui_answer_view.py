"""ui/answer_view.py: whether a cited passage still matches the article it was cut from.

The whole-article view marks a citation's passage at the offsets the answer gave, reading the
article from the corpus as it is now. When the article has changed since, the mark may land on
other text, so the view warns instead; the check must see any change to the passage's words or
figures, and nothing that cleaning itself does to an unchanged article.
"""
from __future__ import annotations

from qa.cleaning import clean_document
from qa.documents import Document
from ui.answer_view import same_text

FRONT = '---\ntitle: "Opposition wins the 2015 parliamentary elections"\n---\n'
DESK = "Caracas election desk"
OPENING = ("The opposition coalition won a two-thirds majority in the National Assembly in the parliamentary "
           "elections of 6 December 2015, its first national victory since 1998.")
TURNOUT = ("The National Electoral Council announced the results after midnight. Turnout was 74.17%, "
           "the highest ever recorded for a parliamentary vote in Venezuela.")


def article(*paragraphs: str) -> Document:
    text = FRONT + "\n\n".join(paragraphs) + "\n"
    return Document(path="elections.md", text=text, body_start=len(FRONT))


def cited(doc: Document) -> tuple[tuple[int, int], str]:
    """(span, passage text) of the whole article as one passage, as chunking joins what cleaning kept."""
    paragraphs = clean_document(doc)
    span = (paragraphs[0].start, paragraphs[-1].end)
    return span, "\n\n".join(p.text for p in paragraphs)


def edited(doc: Document, old: str, new: str) -> Document:
    return Document(path=doc.path, text=doc.text.replace(old, new), body_start=doc.body_start)


def test_an_unchanged_article_matches_its_passage():
    doc = article(OPENING, TURNOUT)
    span, passage = cited(doc)
    assert same_text(doc, span, passage)


def test_a_figure_changed_late_in_the_passage_is_a_change():
    """Only the passage's first 80 letters and digits were compared: 74.17% → 75.5% went unseen."""
    doc = article(OPENING, TURNOUT)
    span, passage = cited(doc)
    assert len("".join(ch for ch in passage[:passage.index("74.17")] if ch.isalnum())) > 80
    assert not same_text(edited(doc, "74.17%", "75.5%"), span, passage)
    assert not same_text(edited(doc, "74.17%", "74.18%"), span, passage)       # same length too


def test_what_cleaning_drops_inside_a_passage_is_no_change():
    """A repeated line, a banner line and a boilerplate paragraph inside the passage are in the
    raw slice but not in the passage; the article has not changed."""
    doc = article(DESK, OPENING, DESK, "www.example-gazette.net\n" + TURNOUT,
                  "Follow us on Twitter for the latest results.", "The governing party accepted the result on Monday.")
    span, passage = cited(doc)
    assert DESK not in passage[len(DESK):] and "example-gazette" not in passage and "Twitter" not in passage
    assert same_text(doc, span, passage)
    assert not same_text(edited(doc, "74.17%", "75.5%"), span, passage)


def test_spacing_and_line_break_hyphens_are_no_change():
    doc = article(OPENING.replace("two-thirds majority in", "two-thirds major-\nity  in"), TURNOUT)
    span, passage = cited(doc)
    assert "majority in" in passage
    assert same_text(doc, span, passage)


def test_text_added_inside_the_passage_is_a_change():
    """Only what cleaning drops may be missing from the passage: a new sentence, or a new word, is
    not dropped by cleaning, so it is a change."""
    doc = article(DESK, OPENING, TURNOUT)
    span, passage = cited(doc)
    assert not same_text(edited(doc, "after midnight.", "after midnight. Officials disputed it."), span, passage)
    assert not same_text(edited(doc, "Turnout was", "Turnout was not"), span, passage)
    assert not same_text(edited(doc, "Turnout", "turnout"), span, passage)
