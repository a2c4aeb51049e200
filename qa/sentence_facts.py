"""What is read off a sentence whatever the question, found at index time: its content terms
(lexical coverage, acronym expansion) and its spans of each answer type (the numbers, dates,
times and names `extraction.typed_spans` offers as short answers).

The issue asks that no work be left on the answering path that could be done at index time.
Without these, a question's first look at a sentence runs the stemmer and a dozen regexes over
it; measured in BENCHMARKS.md §9. They are stored beside the passages (`store.FACTS_FILE`), one
JSON line per passage, a list of its sentences' facts, and decoded passage by passage on first
use. The manifest keeps the fingerprint of the code that found them: facts found by other code
are never used (the sentences are then analysed on first use, as without the file) and the next
`qa index` finds them again.
"""
from __future__ import annotations

import hashlib
import inspect
import json
from functools import lru_cache

from . import extraction
from . import question as Q
from .lexical import analyzer_fingerprint
from .store import IndexData, read_facts_lines
from .text import content_terms

# The answer types whose spans are stored (an entity's spans are a place's: one branch of
# extraction.find_typed_spans).
SPAN_TYPES = (Q.COUNT, Q.PERCENT, Q.MONEY, Q.DATE, Q.TIME, Q.PERSON, Q.PLACE)
SAME_SPANS = {Q.ENTITY: Q.PLACE}


@lru_cache(maxsize=1)
def facts_fingerprint() -> str:
    """What stored facts depend on: the analyzer (`lexical.analyzer_fingerprint`, which covers
    the stemmer and qa/text.py) and the sources of the span rules and answer types. Any edit
    there makes stored facts unused until the next `qa index`; '' (unknown) disables them."""
    analyzer = analyzer_fingerprint()
    if not analyzer:
        return ""
    try:
        sources = [inspect.getsource(module) for module in (extraction, Q)]
    except (OSError, TypeError):
        return ""
    return hashlib.sha256("\n".join([analyzer, *sources]).encode("utf-8")).hexdigest()[:16]


def sentence_facts(sentence: str) -> dict:
    """{"terms": content terms, "spans": {answer type: [[start, end, kind], …]}} of one sentence
    (types without a span are left out; a span's text is the sentence's slice, which
    `spans_of` checks on reading; a type whose spans are an earlier type's holds that type's name)."""
    spans: dict[str, list | str] = {}
    for answer_type in SPAN_TYPES:
        found = [[s.start, s.end, s.kind] for s in extraction.find_typed_spans(sentence, answer_type)]
        if found:     # the same as an earlier type's ("money" is often "count"): its name
            spans[answer_type] = next((t for t, earlier in spans.items() if earlier == found), found)
    return {"terms": content_terms(sentence), "spans": spans}


def passage_facts(passage) -> str:
    """One line of the facts file: the facts of each sentence of `passage`, in order."""
    return json.dumps([sentence_facts(s.text) for s in passage.sentences], ensure_ascii=False)


def spans_of(sentence: str, stored: list) -> tuple[extraction.Span, ...] | None:
    """The stored spans as extraction.Span, or None when one does not fit the sentence."""
    out = []
    for start, end, kind in stored:
        if not (0 <= start < end <= len(sentence)):
            return None
        out.append(extraction.Span(sentence[start:end], start, end, kind))
    return tuple(out)


class SentenceFacts:
    """The stored facts of one loaded index: passage id → its line, decoded when retrieval first
    brings the passage (`sentence_terms`); a sentence's spans of a type become extraction.Span
    only when asked for (`typed_spans`, which extraction.typed_spans reads first)."""

    def __init__(self, lines: dict[int, str]):
        self.lines = lines
        self.terms: dict[int, list[list[str]] | None] = {}
        self.stored: dict[str, dict] = {}          # sentence → its stored spans by type
        self.spans: dict[tuple[str, str], tuple[extraction.Span, ...]] = {}   # (sentence, answer type)

    def sentence_terms(self, passage) -> list[list[str]] | None:
        """Each sentence's content terms; None when the passage has no usable facts."""
        if passage.id not in self.terms:
            self.terms[passage.id] = self.decode(passage)
        return self.terms[passage.id]

    def decode(self, passage) -> list[list[str]] | None:
        line = self.lines.pop(passage.id, None)
        try:
            facts = json.loads(line) if line is not None else None
        except ValueError:
            return None
        if not isinstance(facts, list) or len(facts) != len(passage.sentences):
            return None
        for sentence, fact in zip(passage.sentences, facts):
            self.stored[sentence.text] = fact["spans"]
        return [fact["terms"] for fact in facts]

    def typed_spans(self, sentence: str, answer_type: str) -> tuple[extraction.Span, ...] | None:
        """The sentence's stored spans of the type (a type left out has none: () is a fact
        too); None when its passage was not decoded or they do not fit the sentence."""
        found = self.spans.get((sentence, answer_type))
        if found is None and sentence in self.stored:
            by_type = self.stored[sentence]
            stored = by_type.get(SAME_SPANS.get(answer_type, answer_type), [])
            if isinstance(stored, str):            # the same as an earlier type's
                stored = by_type.get(stored, [])
            found = spans_of(sentence, stored)
            if found is not None:
                self.spans[(sentence, answer_type)] = found
        return found


def stored_facts(data: IndexData) -> SentenceFacts | None:
    """The loaded index's stored facts, when the code running now is the code that found them."""
    fingerprint = facts_fingerprint()
    if not fingerprint or data.manifest.get("facts_fingerprint") != fingerprint:
        return None
    lines = read_facts_lines(data)
    return SentenceFacts({p.id: line for p, line in zip(data.passages, lines)}) if lines is not None else None


def facts_lines(passages, previous: IndexData | None) -> list[str]:
    """The facts file's lines for `passages`: kept from the previous version where it holds
    the passage and its facts are current, found otherwise."""
    kept = stored_facts(previous) if previous is not None else None
    lines = kept.lines if kept is not None else {}
    return [lines[p.id] if p.id in lines else passage_facts(p) for p in passages]
