"""Other words for a question's terms, read by the confidence only.

A paraphrased question says in its own words what the articles say in theirs: "How big is
Venezuela's housing deficit?" is answered by "The shortage of 2.7 million houses…", "bank
earnings" by "Profits in the banking sector…". The confidence's coverage counted "deficit" and
"earnings" as unsaid, and the right answers abstained. qa/support.py's contextual check is for
words the corpus never uses; these are words it uses elsewhere.

The table (qa/data/synonyms.tsv.gz, made by scripts/make_synonyms.py from WordNet 3.0) maps a
word's stem to the stems of the other words of its first listed sense (WordNet lists a word's
senses most frequent first; nouns, then verbs, adjectives, adverbs), so "deficit" brings
"shortage" and "shortfall" but not the senses of rarer readings. The stem is the key, as for the
question's terms (text.stem): words with one stem share their synonyms ("earnings" brings "profit"
to "earn", "stately" brings "imposing" to "state"), a noise that was measured with the rest.

Only the confidence's coverage reads them (composer.confidence_features): in sentence ranking the
same synonyms lowered dev recall@5 0.971 → 0.949 and nugget recall 0.713 → 0.683 (docs/quality.md).
"""
from __future__ import annotations

import gzip
import zlib
from functools import lru_cache
from pathlib import Path

from .question import Question
from .text import term_set

TABLE = Path(__file__).parent / "data" / "synonyms.tsv.gz"


@lru_cache(maxsize=1)
def synonym_table() -> dict[str, tuple[str, ...]]:
    """stem → the stems of its first sense's other words; empty if the file is missing (the
    answers are then as they were without it)."""
    try:
        text = gzip.decompress(TABLE.read_bytes()).decode("utf-8")
    except (OSError, EOFError, zlib.error, UnicodeDecodeError):     # missing, truncated, damaged
        return {}
    table = {}
    for line in text.splitlines():
        key, _, others = line.partition("\t")
        table[key] = tuple(others.split())
    return table


def synonym_variants(question: Question) -> dict[str, str]:
    """Each synonym stem of a question term, mapped to the term (the form scoring.with_variants
    takes). Not for the words of a name the question gives: "the National Constituent Assembly"
    is named, not described, and "country" said of another election is not it. (By word: a
    question naming the National Electoral Council gets no synonyms for "national" anywhere.)"""
    table = synonym_table()
    named = set().union(*(term_set(name) for name in question.entities))
    return {other: term for term in question.terms if term not in named for other in table.get(term, ())}


@lru_cache(maxsize=1024)
def mutual_synonyms(term: str) -> frozenset[str]:
    """The term's synonym stems that have it as a synonym too ("ballot" and "vote"): one-way ones
    are other senses of the stem ("state": "declare", "seat": "sit"). What a count of the asked
    noun may be followed by (extraction.span_fit)."""
    table = synonym_table()
    return frozenset(other for other in table.get(term, ()) if term in table.get(other, ()))
