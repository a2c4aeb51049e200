"""Sentence boundaries with character offsets (pysbd, rule-based, no model download)."""
from __future__ import annotations

import re

import pysbd

_segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)
# pysbd splits after day and month abbreviations ("Tue. 16 Apr. 2013") and leaves closing quote
# marks on their own: both are joined back to the sentence before.
DATE_ABBREVIATION_END = re.compile(
    r"\b(Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$")
# a sentence ended inside parentheses, the next one starting right after: "…attended by 1,600
# delegates (and scheduled to last up to two months!) The PSUV claims…", which pysbd keeps as one.
# Two letters or digits before the mark, so "(U.S.) The" stays whole; an abbreviation of two
# letters or more ("(Inc.) The") is cut like a sentence end.
ENDED_IN_PARENTHESES = re.compile(r"(?<=[^\W_][^\W_][.!?]\))\s+(?=[A-ZÁÉÍÓÚÑ“\"‘])")
# pysbd's time grows with the square of the text it is given (a 240 KB paragraph: 20 s, a 1 MB
# one-line file: minutes), so a longer text is given to it a window at a time (see segments).
WINDOW_CHARS = 8000


def segments(text: str) -> list[tuple[int, int]]:
    """pysbd's (start, end) spans over `text`, a window of WINDOW_CHARS at a time. A window's
    last sentence may be cut by the window's end, so the next window starts where that sentence
    starts; a text no longer than one window (every paragraph of an ordinary article) is one
    call, exactly as before. A sentence longer than a window is cut at the window's end."""
    spans: list[tuple[int, int]] = []
    pos = 0
    while pos < len(text):
        end = min(len(text), pos + WINDOW_CHARS)
        found = [(pos + span.start, pos + span.end) for span in _segmenter.segment(text[pos:end])]
        if end < len(text) and len(found) > 1:
            found.pop()                      # may run on past the window: segmented again next
        if not found:
            found = [(pos, end)]
        spans += found
        pos = max(found[-1][1], pos + 1)
    return spans


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in `text`, white space trimmed, in order."""
    spans = []
    for s, e in (part for s, e in segments(text) for part in split_after_parentheses(text, s, e)):
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s == e:
            continue
        if spans and (not any(c.isalnum() for c in text[s:e]) or
                      DATE_ABBREVIATION_END.search(text[spans[-1][0]:spans[-1][1]]) and text[s].isdigit()):
            spans[-1] = (spans[-1][0], e)   # a stray quote mark, or "Tue." + "16 Apr. 2013"
        else:
            spans.append((s, e))
    return spans


def split_after_parentheses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentence at text[start:end], cut where one ends inside parentheses (ENDED_IN_PARENTHESES)."""
    out = []
    for gap in ENDED_IN_PARENTHESES.finditer(text, start, end):
        out.append((start, gap.start()))
        start = gap.end()
    return out + [(start, end)]
