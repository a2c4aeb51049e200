"""A question that asks two things at once, answered one after the other.

"When was the coup against Chávez, and how long did the oil strike that followed last?" asked
whole is scored as one question: the strike's words count as unsaid in the coup's sentence, and
the confidence sinks below the line (it abstained; asked alone, the first question is answered
"April 2002"). Each question is answered on its own, the second as a follow-up of the first
(its "it" and "they" are the first's subject, conversation.resolve), and the two answers are
joined: the first's sentences and short answer, then the second's sentences it did not give.
The whole question is still asked: its retrieval is the question's, and its answer stands when
it is as sure as the first question's alone or the first asks why (whole_stands).

Only a second question that asks as written splits: a question word with its verb after it
("and how did they end?", "and who addressed the crowd?") or an auxiliary before its subject
("- and did his supporters vote No?"). Not a clause a first question embeds ("do they agree on
how much it fell and how much the opposition gained"), not a fragment ("…, and by how much?"),
and not a relative clause (", who presents a show"). Whether the sources agree ("…, and do the
articles agree on it?") is answered by the first answer's sentences from each article: nothing
is added for it.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .answer import Answer, AnswerSentence, RetrievedPassage
from .question import AUXILIARIES_OR_MODALS, FACTOID_TYPES
from .text import IRREGULAR_PAST

SEPARATOR = r"(?:\s*[,;]?\s+(?:and|but)\s+|\s*;\s*|\s+[-—–]\s+(?:and\s+|but\s+)?|\s*[—–]\s*(?:and\s+|but\s+)?)"
SUBJECT = r"(?:it|he|she|they|we|you|this|that|these|those|there|the|a|an|his|her|their|its|(?-i:[A-Z])[\w'’-]*)"
PAST = "|".join(sorted(IRREGULAR_PAST, key=len, reverse=True))
# the second question, as written after the separator
SECOND_ASKS = re.compile(
    rf"(?:by\s+(?=how\b))?(?:(?:what|which|whose|how)(?:\s+[\w'’-]+){{0,3}}?\s+(?:{AUXILIARIES_OR_MODALS})\s+\S"
    rf"|(?:when|where|why)\s+(?:{AUXILIARIES_OR_MODALS})\s+\S"
    rf"|who\s+(?:{AUXILIARIES_OR_MODALS}|\w+ed|{PAST})\b"
    rf"|(?:{AUXILIARIES_OR_MODALS})\s+{SUBJECT}\b)", re.I)
FIRST_ASKS = re.compile(rf"\b(?:what|which|who|whom|whose|when|where|why|how)\b|^\s*(?:{AUXILIARIES_OR_MODALS})\b", re.I)
SPLIT = re.compile(rf"{SEPARATOR}(?={SECOND_ASKS.pattern})", re.I)
# "…, and do the articles agree on it?": asks of the first answer's sources, which its sentences show
AGREEMENT = re.compile(r"\b(?:agree|disagree|differ|contradict)\w*\b", re.I)
SURE_ALONE = 0.5             # the first question's answers that were right ran 0.54-0.83
MIN_FIRST_WORDS = 4         # "In what year and where…", "By how much and why…": a fragment first
# the "and" of "between what was promised and what was delivered", "both the coup and what…"
PAIRED = re.compile(r"\b(?:between|both)\b(?!.*\band\b)", re.I)
EXTRA_SENTENCES = 2          # an explanation's sentences added to the first question's answer


def questions_asked(text: str) -> list[str]:
    """The one or two questions `text` asks: [text] when it asks one (or its first part asks
    nothing), else [first, second], each ending with "?"."""
    for match in SPLIT.finditer(text):
        first, second = text[:match.start()].strip(), text[match.end():].strip()
        if len(first.split()) >= MIN_FIRST_WORDS and FIRST_ASKS.search(first) and "?" not in first \
                and not PAIRED.search(first):
            return [first.rstrip(" ,;:") + "?", second[:1].upper() + second[1:]]
    return [text]


def answers_alone(first: Answer) -> bool:
    """Whether the first question's own answer is sure enough to be given for it: a half asked
    alone is shorter and matches more easily ("What is the capital of France" answered a name
    at 0.44, where the whole question abstained)."""
    return not first.abstained and first.confidence >= SURE_ALONE


def whole_stands(whole: Answer, first: Answer) -> bool:
    """Whether the whole question's answer is the answer: it answers, and the first question asks
    for an explanation (asked whole, its sentences are chosen for both questions' words; split,
    the "why" lost the words that said which event: over every eval set that lost key facts and
    gained none), or the whole's answer is at least as sure as the first question's alone (its
    sentences answer the second question too)."""
    return not whole.abstained and (first.answer_type not in FACTOID_TYPES or whole.confidence >= first.confidence)


def joined(question: str, first: Answer, second: Answer, passages: list[RetrievedPassage]) -> Answer:
    """The first question's answer with the second's it does not already give: a fact's sentence,
    or an explanation's first EXTRA_SENTENCES (a fact's answer the first already gives adds
    nothing: its next sentence is context, not the answer). Cited from one list: a passage both
    cite keeps one number.
    `passages`: those listed with it (the whole question's). Its resolved question stays the
    first's: it is shown ("Understood as: …"), which says what was answered when the second
    question was not, and a follow-up ("And in 2017?") is completed from it."""
    if second.abstained or AGREEMENT.search(second.question):
        return replace(first, question=question, passages=passages)
    citations = [replace(c, highlights=list(c.highlights)) for c in first.citations]
    by_passage = {(c.doc, c.start): c for c in citations}
    sentences = list(first.sentences)
    given = {(s.text, s.start) for s in sentences}
    cited = {c.id: c for c in second.citations}
    told = second.sentences[:1 if second.answer_type in FACTOID_TYPES else EXTRA_SENTENCES]
    for s in [s for s in told if (s.text, s.start) not in given]:
        source = cited[s.citation]
        citation = by_passage.get((source.doc, source.start))
        if citation is None:
            citation = replace(source, id=len(citations) + 1, highlights=[])
            citations.append(citation)
            by_passage[(source.doc, source.start)] = citation
        at = citation.passage.find(s.text)           # every cited sentence is a substring of its passage
        citation.highlights.append((at, at + len(s.text)))
        sentences.append(AnswerSentence(s.text, citation.id, s.start, s.end))
    return replace(first, question=question, sentences=sentences, citations=citations, passages=passages,
                   answer=" ".join(f"{s.text} [{s.citation}]" for s in sentences))
