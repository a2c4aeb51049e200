"""What the loaded index's stored sentence facts (qa/sentence_facts.py) say of a sentence, for the
functions that would otherwise read it off the sentence's text the first time they meet it, and
cache it. `spans(sentence, answer type)` gives its spans of a type as stored
(SentenceFacts.typed_spans; extraction.typed_spans reads it first); `fact(text)` its other
facts: content terms (text.term_set), cues (scoring.has_cue), the years and months it names
(grounding) (SentenceFacts.fact). Both give None for a text the index did not store, and the
function then reads the text itself. Facts depend on the text alone, so any index's are right for
any index.
"""
from __future__ import annotations


def no_spans(sentence: str, answer_type: str) -> None:
    return None


def no_fact(text: str) -> None:
    return None


# set by use() when an index is loaded (qa/assistant.py)
spans = no_spans
fact = no_fact


def use(facts=None) -> None:
    """Read spans and facts from `facts` (the newest loaded index's SentenceFacts), or from nothing."""
    global spans, fact
    spans = facts.typed_spans if facts is not None else no_spans
    fact = facts.fact if facts is not None else no_fact
