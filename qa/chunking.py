"""Paragraphs → passages: the unit that is embedded, retrieved and cited.

A passage is one paragraph, or several consecutive tiny ones (headings, bylines, list lines)
merged until it reaches `min_tokens`; a paragraph longer than the model's window is split at
sentence boundaries. A passage never crosses documents.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Sequence

from .cleaning import Paragraph, Sentence

TokenCounter = Callable[[Sequence[str]], list[int]]


@dataclass
class PassageSentence:
    text: str
    start: int          # offsets into the document's text
    end: int
    offset: int         # where the sentence starts in the passage's text


@dataclass
class Passage:
    doc: str
    position: int       # 0, 1, 2 … within its document
    sentences: list[PassageSentence]
    text: str
    id: int = -1        # stable id in the index, assigned when indexed
    metadata: dict = field(default_factory=dict)

    @property
    def start(self) -> int:
        return self.sentences[0].start

    @property
    def end(self) -> int:
        return self.sentences[-1].end


def split_long(paragraph: Paragraph, tokens: list[int], max_tokens: int) -> list[tuple[list[Sentence], int]]:
    """Greedy split at sentence boundaries into pieces of at most max_tokens (a longer single
    sentence stays whole: the model truncates it, but its text is still searchable)."""
    pieces, current, size = [], [], 0
    for sentence, n in zip(paragraph.sentences, tokens):
        if current and size + n > max_tokens:
            pieces.append((current, size))
            current, size = [], 0
        current.append(sentence)
        size += n
    if current:
        pieces.append((current, size))
    return pieces


LIST_LINE_WORDS = 12
# how a sentence ends (the composer's test too: a heading or a lead-in to a list is no sentence)
SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*\s*$")


def list_line(sentences: list[Sentence]) -> bool:
    """One short line that does not end like a sentence: a table's row or heading, a list item
    ("No: 4.504.354, 50,70 %", "B Block, second part of reform", "… the detail of the results is:")."""
    return len(sentences) == 1 and len(sentences[0].text.split()) <= LIST_LINE_WORDS \
        and not SENTENCE_END.search(sentences[0].text)


def group_pieces(pieces: list[tuple[list[Sentence], int]], min_tokens: int, max_tokens: int):
    """Merge consecutive small pieces; each group is a list of paragraphs (lists of sentences).
    A run of list lines stays in one group past `min_tokens` (up to `max_tokens`): a table cut in
    two left "B Block, second part of reform" and its "No" row in one passage, its "Yes" row in
    the next, and a row's numbers away from the heading that says what they count."""
    groups: list[tuple[list[list[Sentence]], int]] = []
    for sentences, size in pieces:
        small = groups and groups[-1][1] < min_tokens
        table = groups and list_line(sentences) and list_line(groups[-1][0][-1])
        if (small or table) and groups[-1][1] + size <= max_tokens:
            paras, total = groups[-1]
            groups[-1] = (paras + [sentences], total + size)
        else:
            groups.append(([sentences], size))
    if len(groups) > 1 and groups[-1][1] < min_tokens and groups[-2][1] + groups[-1][1] <= max_tokens:
        last = groups.pop()
        groups[-1] = (groups[-1][0] + last[0], groups[-1][1] + last[1])
    return [paras for paras, _ in groups]


def build_passage(doc: str, position: int, paragraphs: list[list[Sentence]]) -> Passage:
    """Passage text: sentences joined by a space, paragraphs by a blank line."""
    parts, sentences, cursor = [], [], 0
    for p, para in enumerate(paragraphs):
        if p:
            parts.append("\n\n")
            cursor += 2
        for i, s in enumerate(para):
            if i:
                parts.append(" ")
                cursor += 1
            sentences.append(PassageSentence(s.text, s.start, s.end, cursor))
            parts.append(s.text)
            cursor += len(s.text)
    return Passage(doc=doc, position=position, sentences=sentences, text="".join(parts))


def chunk(doc: str, paragraphs: list[Paragraph], count_tokens: TokenCounter,
          max_tokens: int, min_tokens: int) -> list[Passage]:
    all_sentences = [s.text for p in paragraphs for s in p.sentences]
    counts = iter(count_tokens(all_sentences)) if all_sentences else iter(())
    pieces = []
    for paragraph in paragraphs:
        tokens = [next(counts) for _ in paragraph.sentences]
        pieces.extend(split_long(paragraph, tokens, max_tokens))
    return [build_passage(doc, i, paras) for i, paras in enumerate(group_pieces(pieces, min_tokens, max_tokens))]
