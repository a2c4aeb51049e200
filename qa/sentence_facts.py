"""What is read off a sentence whatever the question, found at index time: its content terms
(lexical coverage, acronym expansion, text.term_set), its spans of each answer type (the numbers,
dates, times and names `extraction.typed_spans` offers as short answers), the kinds of sentence
it is (scoring.has_cue: a reason, a prescription, a reaction, a result) and the years and months it names
(grounding.TIME_FACTS, for its temporal fit): `known.fact` hands the last three to the functions
that would otherwise find them on their first look at the sentence.

The issue asks that no work be left on the answering path that could be done at index time.
Without these, a question's first look at a sentence runs the stemmer and a dozen regexes over
it; measured in BENCHMARKS.md §9. They are stored beside the passages (`store.FACTS_FILE`), one
JSON line per passage, a list of its sentences' facts, read from the mapped file and decoded
passage by passage on first use. The manifest keeps the fingerprint of the code that finds them
(this module, the span rules, the answer types, the analyzer): facts found by other code are not
used (the sentences are then analysed on first use, as without the file) and the next `qa index`
finds them again without embedding anything. So is a missing or damaged file.
"""
from __future__ import annotations

import hashlib
import inspect
import json
import sys
from functools import lru_cache

from . import extraction, grounding, scoring
from . import question as Q
from .lexical import analyzer_fingerprint
from .store import IndexData, read_facts_lines
from .text import content_terms

# The answer types whose spans are stored: every type extraction.find_typed_spans reads. A type
# not here is not answered from the facts (typed_spans gives None: found as without them).
SPAN_TYPES = (Q.COUNT, Q.PERCENT, Q.MONEY, Q.DATE, Q.TIME, Q.PERSON, Q.PLACE, Q.ENTITY)
# Decoded facts (and the spans made from them) kept at most for this many sentences, then
# forgotten and decoded again when needed: a loaded index's memory does not grow with the
# questions asked (~2–3 KB a sentence).
MAX_DECODED_SENTENCES = 50_000


@lru_cache(maxsize=1)
def facts_fingerprint() -> str:
    """What stored facts depend on: the analyzer (`lexical.analyzer_fingerprint`, which covers
    the stemmer and qa/text.py) and the sources of this module, the span rules, the answer
    types and the time words (qa/grounding.py), and the cues (scoring.CUES, scoring.cues_of).
    Any edit there makes stored facts unused until the next `qa index`; '' (unknown) disables
    them."""
    analyzer = analyzer_fingerprint()
    if not analyzer:
        return ""
    try:
        sources = [inspect.getsource(code) for code in (sys.modules[__name__], extraction, Q, grounding, scoring.cues_of)]
    except (OSError, TypeError):
        return ""
    cues = repr([(cue, pattern.pattern, pattern.flags) for cue, pattern in scoring.CUES.items()])
    return hashlib.sha256("\n".join([analyzer, *sources, cues]).encode("utf-8")).hexdigest()[:16]


def sentence_facts(sentence: str) -> dict:
    """{"terms": content terms, "spans": {answer type: [[start, end, kind], …]}, "cues": [cue…],
    and each of grounding.TIME_FACTS: [number…]} of one sentence: a span's text is the
    sentence's slice (true of every span extraction finds; tested). Types without a span are
    left out; a type whose spans are an earlier type's holds that type's name. Cues and time
    facts are left out when the sentence has none."""
    spans: dict[str, list | str] = {}
    for answer_type in SPAN_TYPES:
        found = [[s.start, s.end, s.kind] for s in extraction.find_typed_spans(sentence, answer_type)]
        if found:     # the same as an earlier type's ("money" is often "count"): its name
            spans[answer_type] = next((t for t, earlier in spans.items() if earlier == found), found)
    out = {"terms": content_terms(sentence), "spans": spans}
    if cues := scoring.cues_of(sentence):
        out["cues"] = cues
    for key, find in grounding.TIME_FACTS.items():
        if found := find(sentence):
            out[key] = found
    return out


def passage_facts(passage) -> str:
    """One line of the facts file: the facts of each sentence of `passage`, in order."""
    return json.dumps([sentence_facts(s.text) for s in passage.sentences], ensure_ascii=False)


def spans_of(sentence: str, stored) -> tuple[extraction.Span, ...] | None:
    """The stored spans as extraction.Span, or None when they are not [start, end, kind] triples
    within the sentence."""
    if not isinstance(stored, list):
        return None
    out = []
    for span in stored:
        if not (isinstance(span, list) and len(span) == 3):
            return None
        start, end, kind = span
        if not (isinstance(start, int) and isinstance(end, int) and isinstance(kind, str) and 0 <= start < end <= len(sentence)):
            return None
        out.append(extraction.Span(sentence[start:end], start, end, kind))
    return tuple(out)


# the lists a sentence's fact may hold besides its spans, and what they hold
LISTS = {"terms": str, "cues": str, **{key: int for key in grounding.TIME_FACTS}}


def well_formed(facts, passage) -> bool:
    """A decoded line that can be read: a {"terms": [str…], "spans": {…}} for each sentence,
    with any of the other LISTS."""
    return (isinstance(facts, list) and len(facts) == len(passage.sentences)
            and all(isinstance(f, dict) and isinstance(f.get("spans"), dict) and isinstance(f.get("terms"), list)
                    and all(k in LISTS and isinstance(v, list) and all(type(x) is LISTS[k] for x in v)
                            for k, v in f.items() if k != "spans") for f in facts))


class SentenceFacts:
    """The stored facts of one loaded index (`lines`: passage id → its line, with .get),
    decoded when retrieval first brings a passage (`sentence_terms`); a sentence's spans of a
    type become extraction.Span when asked for (`typed_spans`, which extraction.typed_spans
    reads first); its other facts are read by text (`fact`, which known.fact is). Safe to share
    between threads: decoding twice gives the same."""

    def __init__(self, lines):
        self.lines = lines
        self.terms: dict[int, list[list[str]] | None] = {}
        self.stored: dict[str, dict] = {}          # sentence → its stored facts
        self.spans: dict[tuple[str, str], tuple[extraction.Span, ...] | None] = {}   # made from `stored`

    def sentence_terms(self, passage) -> list[list[str]] | None:
        """Each sentence's content terms; None when the passage has no usable facts."""
        if passage.id in self.terms:
            return self.terms.get(passage.id)      # .get: another thread may just have forgotten it
        if len(self.stored) > MAX_DECODED_SENTENCES:
            self.terms, self.stored, self.spans = {}, {}, {}
        found = self.terms[passage.id] = self.decode(passage)
        return found

    def decode(self, passage) -> list[list[str]] | None:
        line = self.lines.get(passage.id)
        try:
            facts = json.loads(line) if line is not None else None
        except ValueError:
            return None
        if not well_formed(facts, passage):
            return None
        for sentence, fact in zip(passage.sentences, facts):
            self.stored[sentence.text] = fact
        return [fact["terms"] for fact in facts]

    def fact(self, sentence: str) -> dict | None:
        """The stored facts of a sentence of a decoded passage (sentence_facts), None for any
        other text."""
        return self.stored.get(sentence)

    def typed_spans(self, sentence: str, answer_type: str) -> tuple[extraction.Span, ...] | None:
        """The sentence's stored spans of the type (a type left out has none: () is a fact
        too); None when its passage was not decoded, the type is not stored, or they do not fit."""
        key = (sentence, answer_type)
        made = self.spans.get(key, False)          # made once: a sentence is fitted question after question
        if made is not False:
            return made
        fact = self.stored.get(sentence)
        if fact is None or answer_type not in SPAN_TYPES:
            return None
        by_type = fact["spans"]
        stored = by_type.get(answer_type, [])
        if isinstance(stored, str):                # the same as an earlier type's
            stored = by_type.get(stored)
        found = self.spans[key] = spans_of(sentence, stored)
        return found


def stored_facts(data: IndexData) -> SentenceFacts | None:
    """The loaded index's stored facts, when the code running now is the code that found them."""
    fingerprint = facts_fingerprint()
    if not fingerprint or data.manifest.get("facts_fingerprint") != fingerprint:
        return None
    lines = read_facts_lines(data)
    return SentenceFacts(lines) if lines is not None else None


def facts_lines(passages, previous: IndexData | None) -> list[str]:
    """The facts file's lines for `passages`: kept from the previous version where it holds
    the passage and its facts are current, found otherwise."""
    kept = stored_facts(previous) if previous is not None else None
    lines = kept.lines if kept is not None else {}
    return [found if (found := lines.get(p.id)) is not None else passage_facts(p) for p in passages]
