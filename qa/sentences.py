"""Sentence boundaries with character offsets (pysbd, rule-based, no model download)."""
from __future__ import annotations

import re

import pysbd

_segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)
# pysbd splits after day and month abbreviations ("Tue. 16 Apr. 2013") and leaves closing quote
# marks on their own: both are joined back to the sentence before.
DATE_ABBREVIATION_END = re.compile(
    r"\b(Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in `text`, white space trimmed, in order."""
    spans = []
    for span in _segmenter.segment(text):
        s, e = span.start, span.end
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
