"""What the loaded index's stored sentence facts (qa/sentence_facts.py) say of a sentence, for the
functions that would otherwise read it off the sentence's text the first time they meet it, and
cache it: its content terms (text.term_set), its cues (scoring.has_cue), the years and months it
names (grounding). `fact(text)` is the stored fact of a sentence of a passage retrieval has
brought (SentenceFacts.fact), None for any other text: the function then reads the text itself.
Facts depend on the text alone, so any index's are right for any index, as extraction's spans.
"""
from __future__ import annotations


def no_fact(text: str) -> None:
    return None


# set by use() when an index is loaded (qa/assistant.py)
fact = no_fact


def use(lookup=None) -> None:
    """Read sentence facts from `lookup` (the newest loaded index's SentenceFacts.fact), or from
    nothing."""
    global fact
    fact = lookup or no_fact
