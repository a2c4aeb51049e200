"""Question analysis: what kind of answer is wanted, about what, and when.

No model: ordered patterns over the question's wording (the classic approach of DrQA-era and
Watson-era pipelines). The result steers sentence scoring, short-answer extraction and
abstention.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .text import STOPWORDS, content_terms, fold, stem

# Answer types. FACTOID_TYPES want a short answer span; the others a few sentences.
COUNT, PERCENT, MONEY, DATE, TIME, PERSON, PLACE, ENTITY = (
    "count", "percent", "money", "date", "time", "person", "place", "entity")
REASON, MANNER, EVENT, COMPARISON, DESCRIPTION = "why", "how", "what-happened", "comparison", "description"
FACTOID_TYPES = {COUNT, PERCENT, MONEY, DATE, TIME, PERSON, PLACE, ENTITY}

PLACE_NOUNS = r"(?:city|cities|town|towns|country|countries|state|states|region|regions|neighbou?rhoods?|districts?|" \
              r"areas?|places?|province|provinces|capital|village|street|square|building|venue|location)"
PERSON_NOUNS = r"(?:person|people|journalist|reporter|president|leader|minister|author|writer|candidate|governor|" \
               r"official|spokes(?:man|woman|person)|general|politician|deputy|member|activist|man|woman|" \
               r"rector|secretary|head|chief|founder|coordinator|player|singer|students?)"

TYPE_PATTERNS: list[tuple[str, str]] = [
    (COMPARISON, r"\b(compare|comparison|differ|difference between|both .+ and|according to (the )?.+ and the)\b"
                 r"|\b(article|blog|report)s?\b.* and (in )?the\b.*\b(article|blog|report)\b"),
    (REASON, r"^(why|for what reason|what (were|was|are|is) the (main )?(reasons?|causes?)|what caused|how come)\b"),
    (EVENT, r"^(what happened|what occurred|what took place)\b"),
    (PERCENT, r"\b(what|which) (percentage|percent|share|proportion|fraction)\b|\bhow (large|big) a (share|proportion)\b|\bwhat (rate|turnout)\b|\brate\b.*\?$"),
    (MONEY, r"\bhow much (money|did .* cost|does .* cost)\b|\bwhat (price|cost)\b"),
    (COUNT, r"\bhow many\b|\bhow much\b|\bwhat (number|total)\b|\bnumber of\b|\bby how much\b|\bhow (large|big|high|long|far|old)\b"),
    (TIME, r"\b(what|which) time\b|\bat what hour\b"),
    (DATE, r"^when\b|\b(on|by|in|since|until) (what|which) (date|day|year|month)\b|\b(what|which) (date|day|year|month)\b"),
    (PERSON, rf"^(who|whom|whose)\b|\b(which|what) (\w+ ){{0,3}}{PERSON_NOUNS}\b|\bto whom\b|\bwho\b"),
    (PLACE, rf"^where\b|\b(which|what) (\w+ ){{0,3}}{PLACE_NOUNS}\b|\bwhere\b"),
    (MANNER, r"^how\b"),
    (ENTITY, r"^(which|what|name)\b|\b(which|what) \w+"),
]
FOLLOW_UP = re.compile(r"^(and|what about|how about|what of|and what about|same for|also)\b", re.I)
PRONOUN_START = re.compile(r"^(what|how|why|when|where|who)\b.*\b(it|they|them|that|this|those|he|she|his|her|its|their)\b", re.I)
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
MONTH = re.compile(r"\b(" + "|".join(MONTHS) + r"|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b\.?", re.I)
QUESTION_WORDS = {"what", "which", "who", "whom", "whose", "when", "where", "why", "how", "many", "much",
                  "did", "does", "do", "is", "are", "was", "were", "name", "according", "article", "say", "says",
                  "describe", "described", "give", "tell"}
FOCUS = re.compile(r"\b(?:how many|what number of|which|what)\s+((?:[\w'’-]+\s+){0,3}?[\w'’-]+?)\s+"
                   r"(?:did|does|do|was|were|is|are|had|has|have|had|in|of|on|at|for|would|could|can|will|to|that)\b",
                   re.I)


@dataclass
class Question:
    text: str
    answer_type: str
    terms: list[str]                    # stemmed content terms (question words removed)
    entities: list[str]                 # capitalised names in the question, as written
    years: list[int]
    months: list[int]                   # 1..12
    focus: list[str] = field(default_factory=list)   # stemmed head words of "which X" / "how many X"

    @property
    def is_factoid(self) -> bool:
        return self.answer_type in FACTOID_TYPES

    @property
    def wants_several_sentences(self) -> bool:
        return not self.is_factoid


def answer_type(question: str) -> str:
    q = fold(question).strip()
    for kind, pattern in TYPE_PATTERNS:
        if re.search(pattern, q):
            return kind
    return DESCRIPTION


def question_entities(question: str) -> list[str]:
    """Capitalised word runs, skipping the question's first word ('Which', 'How')."""
    names = re.findall(r"(?<!^)\b([A-ZÁÉÍÓÚÑ][\w’'.-]*(?:\s+(?:de|del|la|of|the)?\s*[A-ZÁÉÍÓÚÑ][\w’'.-]*)*)", question.strip())
    names = [n.strip(".’'") for n in names]
    return [n for n in names if len(n) > 1 and fold(n) not in QUESTION_WORDS and not MONTH.fullmatch(n)]


def question_terms(question: str) -> list[str]:
    out = []
    for term in content_terms(question):
        if term not in {stem(w) for w in QUESTION_WORDS} and term not in out:
            out.append(term)
    return out


def focus_terms(question: str) -> list[str]:
    match = FOCUS.search(fold(question))
    if not match:
        return []
    return [stem(w) for w in re.findall(r"[\w-]+", match.group(1)) if w not in STOPWORDS]


def analyse(question: str) -> Question:
    folded = fold(question)
    return Question(
        text=question,
        answer_type=answer_type(question),
        terms=question_terms(question),
        entities=question_entities(question),
        years=[int(y) for y in YEAR.findall(question)],
        months=[month_number(m) for m in MONTH.findall(folded)],
        focus=focus_terms(question),
    )


def month_number(name: str) -> int:
    name = name.lower().rstrip(".")
    for i, m in enumerate(MONTHS, 1):
        if m.startswith(name[:3]):
            return i
    return 0


def is_follow_up(question: str) -> bool:
    """Short, elliptical or pronoun-led questions lean on the conversation so far."""
    words = question.split()
    return bool(FOLLOW_UP.match(question.strip())) or len(words) <= 4 or bool(PRONOUN_START.match(question.strip()) and len(words) <= 8)
