"""Small text utilities shared by cleaning, indexing and answering: tokens, stems, normalisation."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import Stemmer

from . import known

WORD = re.compile(r"\w+(?:[.,]\d+)*%?", re.UNICODE)

# A compact English stop list: function words that carry no topic.
STOPWORDS = frozenset("""
a about above after again against all am an and any are aren't as at be because been before
being below between both but by can could did do does doing down during each few for from
further had has have having he her here hers herself him himself his how i if in into is it its
itself just me more most my myself no nor not now of off on once only or other our ours
ourselves out over own same she should so some such than that the their theirs them themselves
then there these they this those through to too under until up very was we were what when where
which while who whom why will with would you your yours yourself yourselves also may might must
shall s t d ll m o re ve y according said says say
""".split())

_stemmer = Stemmer.Stemmer("english")


def counted(n: int, noun: str) -> str:
    """'1 passage', '2 passages': a count as the messages say it ('1 passages' read as a slip)."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def normalize(text: str) -> str:
    """NFKC, straight quotes, lower case, collapsed white space: how answers are compared."""
    text = unicodedata.normalize("NFKC", text)
    text = text.translate(QUOTES)
    return " ".join(text.lower().split())


QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",
                        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"',
                        "\u00b4": "'", "\u2032": "'"})


def fold(text: str) -> str:
    """Lower case without accents and with straight quotes: 'Chávez' and 'Chavez' match."""
    if text.isascii():                  # nothing to decompose or straighten: the common case
        return text.lower()
    return fold_unicode(text)


class CombiningMarks(dict):
    """A str.translate table that deletes combining marks ("a" + U+0301 → "a"), filled as
    characters are met: a translate in C instead of a test per character in Python."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


WITHOUT_MARKS = CombiningMarks()


@lru_cache(maxsize=65536)
def fold_unicode(text: str) -> str:
    """The full fold, cached: the same sentences are folded question after question."""
    return unicodedata.normalize("NFKD", text.translate(QUOTES)).translate(WITHOUT_MARKS).lower()


def words(text: str) -> list[str]:
    """Word tokens, folded; numbers keep their separators ('4,991,483', '58.25%')."""
    return WORD.findall(fold(text))


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    return _stemmer.stemWord(word)


def content_terms(text: str) -> list[str]:
    """Stemmed, folded content words: what lexical matching compares."""
    return [stem(w.rstrip("%")) for w in words(text) if w not in STOPWORDS and len(w) > 1 or w.isdigit()]


@lru_cache(maxsize=65536)
def term_set(text: str) -> frozenset[str]:
    """content_terms as a set, cached: the same sentences and titles are looked at question after
    question. A sentence's were found at index time (sentence_facts, "terms")."""
    stored = known.fact(text)
    return frozenset(stored["terms"] if stored is not None else content_terms(text))


def analyzer(text: str) -> list[str]:
    """Tokenizer handed to BM25 so that index and query are tokenized the same way."""
    return content_terms(text)


def degree_forms(term: str) -> set[str]:
    """Stems of the superlative of a stemmed adjective, which the Snowball stemmer leaves apart
    from it: narrow → narrowest, larg → largest, big → biggest, earli → earliest. (Comparatives
    are left out: 'voter' and 'leader' are not degrees of 'vote' and 'lead'.)"""
    if len(term) < 3 or not term.isalpha():
        return set()
    if term.endswith("e"):
        forms = {term + "st"}
    elif term.endswith("i"):
        forms = {term + "est"}
    else:
        forms = {term + "est", term + term[-1] + "est"}
    return {stem(f) for f in forms} - {term}


def office_forms(term: str) -> set[str]:
    """The office a person noun holds, and back, which the stemmer leaves apart: governor ↔
    governorship, leader ↔ leadership, member ↔ membership (a holder in -or or -er: not
    "hardship" → "hard", "relationship" → "relation")."""
    if term.endswith("ship") and term[:-4].endswith(("or", "er")):
        return {stem(term[:-4])}
    return {stem(term + "ship")} if term.endswith(("or", "er")) and term.isalpha() else set()


# The words of one measure that the Snowball stemmer leaves apart: a noun and the verb it is made
# from ("abstention"/"abstained"), and a measure's name and its plain-word synonym in news
# writing ("turnout"/"participation", "participated"; "unemployment"/"jobless"), and inflation,
# which a sentence names when it gives it. A sentence may say any word of a group
# for another (SAME_AS); a figure answers a question about the measure only from a sentence that
# says one of them (extraction.span_fit).
MEASURE_WORDS = tuple(frozenset(map(stem, group)) for group in (("turnout", "participation"), ("abstention", "abstained"),
                                                                  ("inflation", "inflationary"),
                                                                  ("unemployment", "unemployed", "jobless")))
# a turnout said as a phrase or a word: "turned out", "turn-out", "turnout"
TURN_OUT = r"\bturn(?:s|ed|ing)?[- ]?outs?\b"
# how a sentence says each measure, phrases too ("turned out", "turn-out", "abstentionism")
MEASURE_SAID = (re.compile(TURN_OUT + r"|\bparticipat", re.I), re.compile(r"\babst(?:ain|ention)", re.I),
                re.compile(r"\binflation", re.I), re.compile(r"\bunemploy|\bjobless", re.I))
# a council and a commission name one body: "the electoral council" is the 2013 article's "National
# Electoral Commission" (and "the electoral body / authority" are read as the council, question.ELECTORAL_BODY;
# as one word everywhere, "body" and "board" answered "Which governing body of the PSUV…?" with the CNE)
BODY_WORDS = (frozenset(map(stem, ("council", "commission"))),)
SAME_AS = {term: set(group) - {term} for group in MEASURE_WORDS + BODY_WORDS for term in group}


# a decade as the question says it ("1990s"); a sentence gives one of its years ("in 1996")
DECADE = re.compile(r"\b(1[5-9][1-9]|20\d)0s\b")      # not "the 1900s", a century
# what only places a time within a decade ("the mid-1990s", "the early 2000s"): no topic word
DECADE_PART = re.compile(r"\b(?:early|mid|late)[- ]?(?=" + DECADE.pattern + ")", re.I)


def decade_years(term: str) -> set[str]:
    """The years of a decade term: "1990s" → "1990" … "1999"."""
    found = DECADE.fullmatch(term)
    return {f"{found.group(1)}{d}" for d in range(10)} if found else set()


def decimal_forms(term: str) -> set[str]:
    """A whole number of one or two digits as a figure with its decimals says it: "49" (asked
    "who got 49%") → "49.07" … (either decimal mark: "51,05")."""
    if not (term.isdigit() and len(term) <= 2):
        return set()
    return {f"{term}{mark}{d}" for mark in ".," for d in [*map(str, range(10)), *(f"{i:02d}" for i in range(100))]}


# nouns made from a verb or an adjective with a suffix the stemmer keeps ("-ure", "-age"), and a
# verb so made ("-en"): the word and its noun say one thing ("why did the reform fail": "the
# failure to…"; "how many homes is the country short of": "the shortage of 2.7 million houses";
# "what made inflation worse": "…worsened by the two currency devaluations"). A table, not the suffix rule it was:
# the rule also made "press" "pressure", "mess" "message", "massage" "mass", and out-of-domain
# questions answered (a reviewer's 348 questions: 6 answers worse, 2 better)
# (The stemmer takes "-ion", "-al", "-ment" off by itself: "rejection", "removal", "government".)
DERIVED_NOUNS = tuple(frozenset(map(stem, pair)) for pair in (
    ("fail", "failure"), ("short", "shortage"), ("close", "closure"), ("depart", "departure"), ("seize", "seizure"),
    ("expose", "exposure"), ("disclose", "disclosure"), ("wreck", "wreckage"), ("leak", "leakage"),
    ("store", "storage"), ("use", "usage"), ("worse", "worsen")))
DERIVED_FORMS = {term: set(pair) - {term} for pair in DERIVED_NOUNS for term in pair}     # as SAME_AS
# A loss asked as a verb is told as a noun: "Why did Chávez lose the 2007 referendum?" is answered
# by "…paved the way for the referendum defeat", "…his first electoral defeat". One way only, and
# not "win" / "victory": measured over every set, "win" brought the victory of the other side
# ("did the 'yes' side win": "the victory of the NO") for as much as it gave.
OUTCOME_NOUNS = {stem("lose"): {stem("defeat"), stem("loss")}}
# The body of voters asked is told as its members: "How big was the electorate in 2004?" by "The
# number of voters rose from 12.4 to 14 million…". One way: "what share of voters backed Maduro"
# is not asked of an electorate.
BODY_OF_VOTERS = {stem("electorate"): {stem("voters")}}
# A loss of support asked in one verb is told in another: "How many votes did the chavista camp
# lose / bleed between…?" by "the Bolivarian revolution has shed 680,000 votes". One way.
LOSS_SAID = {stem(asked): {stem("shed")} for asked in ("lose", "lost", "losing", "bleed", "bled", "shrink", "shrank",
                                                        "shrunk", "fall", "fell", "fallen")}
# A ballot that did not count, asked in one word, told in another: "How many ballots were spoiled /
# invalid / void / declared null?" by the count's label "Nullified: 118.693". One way.
INVALID_SAID = {stem(asked): {stem(w) for w in ("null", "nullified", "annulled")} - {stem(asked)}
                for asked in ("spoiled", "spoilt", "invalid", "void", "voided", "null")}
# A cut asked in one verb is told in another: "what would the working week have been cut /
# shortened to?" by "reducing the working week from 44 to 36 hours". One way.
REDUCTION_SAID = {stem(asked): {stem("reduce")} for asked in ("cut", "cuts", "shorten", "shortened", "lower", "lowered",
                                                              "lowering", "slash", "slashed")}
# A count of the ballots again asked is told as their audit: "Who backed Capriles' call for a
# recount?" by "…demanded a full 100% audit of the vote … CNE rector Vicente Díaz who also asked
# for an audit of all ballot boxes". One way.
RECOUNT_SAID = {stem(asked): {stem("audit")} for asked in ("recount", "recounts", "recounted", "recounting")}
# A package of constitutional changes asked is told as the changes: "Under the 2007 reform package,
# how long would the working week have become?" by "The 69 proposed amendments…", "the reform". Of
# a fact asked, and of a package of changes only (scoring.question_variants, question.REFORM_PACKAGE):
# in how-questions it drew the sentence listing every amendment ahead of the ones telling the
# powers asked about, and "who designed the package" is another package.
PACKAGE_SAID = {stem("package"): frozenset(stem(w) for w in ("reform", "proposals", "amendments"))}
# Homes asked are told as the houses built: "How many homes is Venezuela short of?"
# by "The shortage of 2.7 million houses". One way.
HOMES_SAID = {stem("home"): {stem("houses")}}
# A growth asked in one verb is told in another: "How large had the electoral roll grown?", "How big
# did the list of voters become?" by "The number of voters rose from 12.4 to 14 million". One way: a
# sentence's "grew" answers no "rose".
# Of a fact or a figure asked only (scoring.question_variants: "the number of voters", "the
# opposition vote"): of powers, frustration or support in a how-question, "increase the central
# powers", "given rise to", "jump ship" drew the sentences away from the one telling it (a review)
GROWTH_OF = {stem(w) for w in ("number", "vote", "votes", "voter", "voters", "electorate", "roll", "turnout",
                                "abstention", "profit", "profits", "price", "prices", "inflation", "poverty",
                                "rate", "membership", "total", "share", "population")}
GROWTH_SAID = {stem(asked): {stem(w) for w in ("rise", "rose", "risen", "increase", "climb", "jump")}
               for asked in ("grow", "grew", "grown", "expand", "swell", "swollen", "become", "became")}



def one_way(*tables: dict[str, set[str]]) -> dict[str, frozenset[str]]:
    """The tables of words a sentence says for a question's word, merged: each key's words from
    every table that has it."""
    merged: dict[str, set[str]] = {}
    for table in tables:
        for term, told in table.items():
            merged.setdefault(term, set()).update(told)
    return {term: frozenset(told) for term, told in merged.items()}


# every one-way table above but the growth's, which is read of a fact or figure asked only
TOLD_AS = one_way(OUTCOME_NOUNS, BODY_OF_VOTERS, LOSS_SAID, INVALID_SAID, HOMES_SAID, REDUCTION_SAID, RECOUNT_SAID)


def told_otherwise(terms: list[str]) -> list[str]:
    """The query's terms and the words the articles tell them in (TOLD_AS, DERIVED_FORMS: "homes"
    asked, "houses" said; "short", "shortage"), for the lexical search: a passage that says it
    only in its own word is otherwise not found by the words at all."""
    return terms + [told for t in terms for told in sorted(TOLD_AS.get(t, frozenset()) | DERIVED_FORMS.get(t, set()))
                    if told not in terms and t not in REDUCTION_SAID]    # "what did the government cut": no reform


@lru_cache(maxsize=4096)
def term_variants(term: str, offices: bool = False, growth: bool | None = None) -> frozenset[str]:
    """Stems a sentence may use for a question's term: its superlative (degree_forms), the
    office of a person noun (office_forms; with `offices`, which scoring.question_variants
    gives fact questions only), a growth's other verbs (GROWTH_SAID; with `growth`, by default
    as `offices`), the words that say the same (SAME_AS, DERIVED_FORMS) or tell it one way
    (TOLD_AS), a decade's years (decade_years) and a whole number's decimals (decimal_forms). (The other forms of
    an irregular verb, "win" / "won", were tried: dev MRR +0.005, but MRR down on four of eight
    blind sets and "How many votes did Maduro get in 2013?" answered "one" from "…by just one
    vote".) Cached: a term's variants are the same for every question and every span that asks
    (scoring.question_variants once a question, extraction.span_fit once a counted figure), and
    a number's decimals alone are 220 strings."""
    growth = offices if growth is None else growth
    return frozenset(degree_forms(term) | (office_forms(term) if offices else set())
                     | (GROWTH_SAID.get(term, set()) if growth else set()) | SAME_AS.get(term, set())
                     | decade_years(term) | decimal_forms(term) | DERIVED_FORMS.get(term, set()) | TOLD_AS.get(term, set()))


# Past forms whose stem is not the present's: "won" and "winning" are one verb (extraction.doer_fit)
IRREGULAR_PAST = {
    "won": "win", "led": "lead", "wrote": "write", "written": "write", "said": "say", "lost": "lose",
    "beaten": "beat", "took": "take", "taken": "take", "ran": "run", "gave": "give",
    "given": "give", "made": "make", "held": "hold", "told": "tell", "sent": "send", "became": "become",
    "began": "begin", "begun": "begin", "chose": "choose", "chosen": "choose", "spoke": "speak",
    "spoken": "speak", "brought": "bring", "fought": "fight", "left": "leave", "found": "find",
    "met": "meet", "paid": "pay", "sold": "sell", "stood": "stand", "thought": "think", "went": "go",
    "came": "come", "saw": "see", "seen": "see", "knew": "know", "known": "know", "got": "get",
    "kept": "keep", "fled": "flee", "built": "build", "drew": "draw", "drawn": "draw", "rose": "rise",
    "risen": "rise", "overthrew": "overthrow", "overthrown": "overthrow", "struck": "strike",
    "caught": "catch", "done": "do", "gone": "go",
}


@lru_cache(maxsize=16384)
def verb_base(word: str) -> str:
    """Stem of a verb's present form: "won", "wins", "winning" → "win"."""
    word = fold(word)
    return stem(IRREGULAR_PAST.get(word, word))


def last_chars(text: str, limit: int) -> str:
    """A question over `limit` characters keeps its end, from a word boundary: a reader writes
    the context first and asks last."""
    if len(text) <= limit:
        return text
    tail = text[-limit:]
    if text[-limit - 1] == " " or " " not in tail:   # the cut falls between words, or inside the only one
        return tail
    return tail[tail.find(" ") + 1:]
