"""Grounding a question in documents and time.

`document_match` scores how well an article's metadata fits the way the question names its
source ("the 2004 article", "the CWI article", "the blogger", "the Green Left article").
`temporal_fit` scores how well a sentence's time fits the time the question asks about: the
corpus is full of similar figures from different elections, so a question about 2013 should
prefer 2013 figures over 2004 ones in a neighbouring sentence.
"""
from __future__ import annotations

import re

from .question import MONTH, Question, month_number
from .text import fold

YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
CONNECTORS = {"for", "a", "an", "the", "of", "and", "de", "la", "del"}


def acronyms(text: str) -> set[str]:
    """Initials of capitalised phrases: "Committee for a Workers' International" → "cwi"."""
    out = set()
    for phrase in re.findall(r"[A-Z][\w'’]*(?:\s+(?:(?:for|a|an|the|of|and|de|la|del)\s+)*[A-Z][\w'’]*)+", text):
        words = [w for w in phrase.split() if w.lower() not in CONNECTORS]
        if len(words) >= 2:
            out.add("".join(w[0] for w in words).lower())
    return out


def metadata_words(meta: dict) -> set[str]:
    text = " ".join(str(meta.get(k, "")) for k in ("title", "source", "author"))
    return {w.strip(".'’") for w in re.findall(r"[\w'’.-]+", fold(text))} | acronyms(text)


def word_matches(word: str, vocabulary: set[str]) -> bool:
    """Exact, or a shared prefix of at least 4 letters ("blogger" ~ "blog")."""
    if word in vocabulary:
        return True
    return len(word) >= 4 and any(len(v) >= 4 and (v.startswith(word) or word.startswith(v)) for v in vocabulary)


def document_match(question: Question, meta: dict) -> float | None:
    """1.0 when the article fits every source cue in the question, 0.0 when none; None if no cue."""
    cues = len(question.source_words) + len(question.source_years)
    if not cues:
        return None
    vocabulary = metadata_words(meta)
    hits = sum(word_matches(w, vocabulary) for w in question.source_words)
    year = str(meta.get("date", ""))[:4]
    hits += sum(str(y) == year for y in question.source_years)
    return hits / cues


def published_year(meta: dict) -> int | None:
    date = str(meta.get("date", ""))
    return int(date[:4]) if date[:4].isdigit() else None


def temporal_fit(question: Question, text: str, passage_text: str, meta: dict) -> float:
    """About +1 when the sentence is about the asked time, negative when about another time."""
    if not question.years and not question.months:
        return 0.0
    score = 0.0
    if question.years:
        asked = set(question.years)
        years = {int(y) for y in YEAR.findall(text)}
        passage_years = {int(y) for y in YEAR.findall(passage_text)}
        published = published_year(meta)
        if years & asked:
            score += 0.6
        elif years:
            score -= 0.4                       # the sentence dates itself to another time
        if passage_years & asked:
            score += 0.2
        if published is not None:
            if any(published - 1 <= y <= published for y in asked):
                score += 0.4                   # written at the time of the event, or just after
            elif not (years | passage_years) & asked:
                score -= 0.8                   # written at another time, and never mentions the year asked
    if question.months:
        months = {month_number(m) for m in MONTH.findall(fold(text))}
        if months & set(question.months):
            score += 0.2
    return score
