"""Paragraphs → passages: the unit that is embedded, retrieved and cited.

A passage is one paragraph, or several consecutive tiny ones (headings, bylines, list lines)
merged until it reaches `min_tokens`; a paragraph longer than the model's window is split at
sentence boundaries. A passage never crosses documents.
"""
from __future__ import annotations

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


def group_pieces(pieces: list[tuple[list[Sentence], int]], min_tokens: int, max_tokens: int):
    """Merge consecutive small pieces; each group is a list of paragraphs (lists of sentences)."""
    groups: list[tuple[list[list[Sentence]], int]] = []
    for sentences, size in pieces:
        if groups and groups[-1][1] < min_tokens and groups[-1][1] + size <= max_tokens:
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
