"""From an article's raw text to clean paragraphs of sentences, with offsets into the raw text.

What cleaning does (and the only ways a sentence's text differs from its raw slice):
  * white space runs (including line breaks and no-break spaces) become one space;
  * a line broken by a page break is re-joined: `dictatorships` / blank line / `and planned`
    becomes one paragraph; a word hyphenated across the break (`re-` / `sort`) loses the
    hyphen and the break (`resort`);
  * a Markdown heading line loses its leading `#`s (`## Results` reads "Results");
  * site boilerplate paragraphs ("Like the article? Subscribe…", "Follow us on…") are dropped, and
    so is a sentence that only sends the reader elsewhere ("For more information, please see…");
  * a sentence repeated verbatim or near-verbatim (same numbers, ≥ 80% of the same words)
    is kept once, at its first occurrence: this also drops repeated title/banner lines.
Every `Sentence` keeps `start`/`end` so that `doc.text[start:end]` is its raw source.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .documents import Document
from .sentences import split_sentences
from .text import words

TERMINAL = tuple('.!?:;"”’)]…')
SOFT_WRAP_MIN_CHARS = 50          # a shorter line ending without punctuation is a line of its own
BOILERPLATE = re.compile(
    r"""(\bsubscribe\b.*\b(now|today|newsletter|free)\b
       |\b(follow|like)\ us\ on\b
       |\bshare\ (this|on)\b
       |\ball\ rights\ reserved\b
       |^\s*(©|copyright\b)
       |\bsign\ up\ for\b.*\bnewsletter\b
       |\bclick\ here\b
       |\baccept\ (all\ )?cookies\b)""",
    re.IGNORECASE | re.VERBOSE)
# a sentence sending the reader elsewhere, inside a paragraph worth keeping ("… the coup attempt has
# been defeated. For more information, please see the Hands Off Venezuela website.")
REFERRAL = re.compile(r"^\W*for\s+(?:more|further)\s+(?:information|details|news|updates)\b.{0,40}?\b(?:see|visit|go\s+to|check)\b",
                      re.IGNORECASE)
# the markup of a Markdown heading line: "# ", "### " before a heading's capital or digit (not "# of
# votes cast"), and the closing "##" some write after it
HEADING_MARK = re.compile(r"#{1,6}[ \t]+(?=[^\sa-z])")
HEADING_CLOSE = re.compile(r"[ \t]+#+[ \t]*$")
# a banner line: a web address alone on its line ("socialistworld.net"); "4.5" is not one
BARE_ADDRESS = re.compile(r"^(https?://)?(www\.)?[\w-]+(\.[\w-]+)*\.[a-z]{2,}(/\S*)?$", re.IGNORECASE)


@dataclass
class Sentence:
    text: str
    start: int      # offsets into Document.text
    end: int


@dataclass
class Paragraph:
    sentences: list[Sentence]

    @property
    def start(self) -> int:
        return self.sentences[0].start

    @property
    def end(self) -> int:
        return self.sentences[-1].end

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.sentences)


@dataclass
class Line:
    start: int
    end: int
    blank_before: bool
    banner_before: bool = False     # a dropped banner line: never join across it
    heading: bool = False           # a Markdown heading: a paragraph of its own, joined to no line


def raw_lines(text: str, offset: int) -> list[Line]:
    """Non-blank lines (stripped) with their offsets, noting whether a blank line preceded."""
    lines, blank, banner = [], False, False
    for match in re.finditer(r"^.*$", text[offset:], re.MULTILINE):
        s, e = match.start() + offset, match.end() + offset
        line = text[s:e]
        if not line.strip():
            blank = True
            continue
        if BARE_ADDRESS.match(line.strip()):
            banner = True
            continue
        lead = len(line) - len(line.lstrip())
        mark = HEADING_MARK.match(line, lead)
        end = len(line.rstrip())
        if mark:
            lead, end = mark.end(), (close.start() if (close := HEADING_CLOSE.search(line)) else end)
        lines.append(Line(s + lead, s + end, blank, banner, heading=bool(mark)))
        blank = banner = False
    return merge_line_breaks(lines, text)


def continues(prev: str, nxt: str, blank_between: bool) -> bool:
    """Does `nxt` continue the sentence that `prev` leaves unfinished?"""
    if prev.endswith(TERMINAL) or not nxt:
        return False
    if nxt[0].islower():
        return True                               # soft wrap or page break mid-sentence
    return not blank_between and len(prev) >= SOFT_WRAP_MIN_CHARS


def merge_line_breaks(lines: list[Line], text: str) -> list[list[tuple[int, int]]]:
    """Group lines into paragraphs: lists of (start, end) pieces that read as one text."""
    paragraphs: list[list[tuple[int, int]]] = []
    previous: Line | None = None
    for line in lines:
        if paragraphs and not (line.banner_before or line.heading or previous.heading):
            ps, pe = paragraphs[-1][-1]
            if continues(text[ps:pe], text[line.start:line.end], line.blank_before):
                paragraphs[-1].append((line.start, line.end))
                previous = line
                continue
        paragraphs.append([(line.start, line.end)])
        previous = line
    return paragraphs


def joined_text(pieces: list[tuple[int, int]], text: str) -> tuple[str, list[int]]:
    """Join pieces into one string with collapsed white space; map[i] = raw offset of char i."""
    out: list[str] = []
    raw_at: list[int] = []
    for i, (s, e) in enumerate(pieces):
        nxt = text[pieces[i + 1][0]] if i + 1 < len(pieces) else ""
        hyphen_join = text[e - 1] == "-" and e - 2 >= s and text[e - 2].isalpha() and nxt.islower()
        end = e - 1 if hyphen_join else e
        for pos in range(s, end):
            ch = text[pos]
            if ch.isspace():
                if out and out[-1] != " ":
                    out.append(" ")
                    raw_at.append(pos)
                continue
            out.append(ch)
            raw_at.append(pos)
        if i + 1 < len(pieces) and not hyphen_join:
            out.append(" ")
            raw_at.append(end)
    return "".join(out), raw_at


def paragraph_sentences(pieces: list[tuple[int, int]], text: str) -> list[Sentence]:
    clean, raw_at = joined_text(pieces, text)
    sentences = []
    for s, e in split_sentences(clean):
        sentences.append(Sentence(clean[s:e], raw_at[s], raw_at[e - 1] + 1))
    return sentences


class DuplicateFilter:
    """Recognises sentences already seen in this document, verbatim or near-verbatim."""

    def __init__(self, threshold: float = 0.8):
        self.threshold = threshold
        self.seen: list[tuple[frozenset, frozenset]] = []
        self.exact: set[tuple] = set()

    def is_repeat(self, sentence: str) -> bool:
        tokens = words(sentence)
        key = tuple(tokens)
        if len(tokens) >= 2 and key in self.exact:
            return True
        self.exact.add(key)
        terms = frozenset(tokens)
        numbers = frozenset(t for t in terms if t[0].isdigit())
        if len(terms) >= 8:
            for seen_terms, seen_numbers in self.seen:
                if seen_numbers == numbers and jaccard(terms, seen_terms) >= self.threshold:
                    return True
            self.seen.append((terms, numbers))
        return False


def jaccard(a: frozenset, b: frozenset) -> float:
    return len(a & b) / len(a | b)


def clean_document(doc: Document) -> list[Paragraph]:
    """The article as clean paragraphs of sentences, each sentence with raw offsets."""
    repeats = DuplicateFilter()
    paragraphs = []
    for pieces in raw_lines(doc.text, doc.body_start):
        sentences = paragraph_sentences(pieces, doc.text)
        if any(BOILERPLATE.search(s.text) for s in sentences):
            continue
        kept = [s for s in sentences if not REFERRAL.search(s.text) and not repeats.is_repeat(s.text)]
        if kept:
            paragraphs.append(Paragraph(kept))
    return paragraphs


def kept_text_within(doc: Document, start: int, end: int) -> str:
    """What cleaning keeps of `doc.text[start:end]`: the clean sentences lying inside it, joined
    by spaces. A passage's sentences are exactly what cleaning kept between its first and last
    sentence, so this is how a passage cut from the span would read in the article as it is now;
    unlike the raw slice, it leaves out the repeats, banners and boilerplate dropped inside."""
    return " ".join(s.text for p in clean_document(doc) for s in p.sentences if start <= s.start and s.end <= end)
