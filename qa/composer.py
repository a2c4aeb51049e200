"""Composing the answer from scored sentences: extractive, cited, or an honest abstention.

Factoid questions get the best sentence that holds a span of the wanted type (the span is
the `short_answer`; it may sit in the sentence right after a title), plus a close runner-up
from another passage. Other questions get up to MAX_SENTENCES sentences from the best
passages (an explanation is a paragraph, not scattered matches), near-duplicates skipped,
within WORD_BUDGET words, from two articles when the question spans several, in reading order
after the best sentence (best_first).
Confidence is computed on the answer actually chosen; below ABSTAIN_BELOW the answer is an
abstention that still lists the closest passages.
"""
from __future__ import annotations

import math
import re
from dataclasses import replace
from functools import lru_cache
from typing import Callable

from . import extraction, figures
from .answer import Answer, AnswerSentence, Citation, RetrievedPassage
from .chunking import SENTENCE_END
from .grounding import dated_months, published, temporal_fit, years_in
from .question import (COMPARISON, COUNT, DATE, ENTITY, EVENT, MANNER, MONEY, NAME_OF, PERCENT, PERSON, PLACE, REASON,
                       MONTH_NAME, TIME, TOLD_ASKED, WINNING_SIDE_ASKED, Question, RIVAL_NOUNS, answer_form_terms, dates_named, is_greeting,
                       names_a_thing, told_topic)
from .retrieval import Candidate
from .scoring import (CONTINUATION, ScoredSentence, coverage, ensure_type_fit, figure_question, has_cue, points_back,
                      question_variants, type_fit as sentence_type_fit, with_variants)
from .support import ANSWER_WORDS, COMPARED_WORDS, SUPPORTED, of_the_thing_asked, support_credit, supported_terms, unsupported
from .synonyms import synonym_variants
from .text import content_terms, fold, last_chars, stem, term_set

MAX_SENTENCES = 6
WORD_BUDGET = 110          # words; explanations stay short enough to read
MIN_WORDS = 6              # a shorter sentence ("Yet he did not resign.") explains nothing on its own;
                           # 4 -> 6 (or 8) moves no metric on dev, extra or explain
SHOWN_PASSAGES = 5
NEAR_TIE = 0.9            # within 10% of the best's score: a sentence stating the best's rounded figure exactly
                          # replaces it (exact_figure); an explanation's first sentence keeps its place (best_first)
ABSTAIN_BELOW = 0.4
# A count, a sum of money, a date or a time is answered by a figure of that kind: a sentence
# that only speaks of it ("they had collected the necessary number of signatures") is no answer.
# (Not percentages: "What was the murder rate?" is answered by "33 per 100,000".)
FIGURE_TYPES = (COUNT, MONEY, DATE, TIME)
SHARE_TERMS = answer_form_terms(PERCENT) - {stem("rate"), stem("figure")}    # "what percentage/share/proportion"


# ---------------------------------------------------------------- confidence

def window_text(s: ScoredSentence) -> str:
    """A sentence with its neighbours in the passage."""
    sentences = s.passage.sentences
    return " ".join(x.text for x in sentences[max(0, s.index - 1):s.index + 2])


def window_terms(s: ScoredSentence) -> set[str]:
    """Terms of a sentence, its neighbours in the passage, its article's title, and, for a
    table's row, its heading ("B Block, second part of reform" for "No: 4.522.332, 51,05 %") and
    the table's lead-in."""
    window = s.passage.sentences[max(0, s.index - 1):s.index + 2]
    return set().union(*(term_set(x.text) for x in window), term_set(s.headings), term_set(s.passage.metadata.get("title", "")))


def adjacent(a: ScoredSentence, b: ScoredSentence) -> bool:
    return a.candidate.row == b.candidate.row and abs(a.index - b.index) == 1


def answer_evidence(question: Question, chosen: list[ScoredSentence]) -> list[ScoredSentence]:
    """The sentences an answer stands on: for a fact, its own sentence (or a title and the
    byline right after it); for an explanation, all of them. A runner-up sentence from
    elsewhere adds context, not evidence."""
    if not question.is_factoid:
        return chosen
    if len(chosen) == 2 and adjacent(*chosen):
        return chosen
    return chosen[:1]


# a capitalised name after "in" ("in Caracas", "in Zulia state"; not "In Defence of Marxism…" opening
# a question, a title) or after an office or territory's "of" ("the governorship of Zulia", "the state
# of Sucre"); not a designator ("in Block A")
PLACE_QUALIFIER = re.compile(r"\b(?:in|(?i:governorship|governor|mayoralty|mayor|the\s+(?:state|city|town|province|"
                             r"region|municipality))\s+of)\s+([A-ZÁÉÍÓÚÑ][\w’'-]*(?:\s+[A-ZÁÉÍÓÚÑ][\w’'-]*)*)")


def places_only_around(question: Question, evidence: list[ScoredSentence], weights: dict[str, float]) -> set[str]:
    """Terms of a place the question restricts its fact to ("What percentage did 'yes' get in
    Caracas?") that the answer's own sentences do not name: a neighbour or the title naming
    Caracas does not make the national 49.29% the Caracas figure. A place most passages name
    (the country of a corpus about it: IDF² under COMMON_PLACE) restricts nothing."""
    said = set().union(*(place_terms_said(s) for s in evidence))
    out = set()
    for found in PLACE_QUALIFIER.finditer(question.text):
        place = found.group(1)
        if re.search(r"\b[A-Z]\b", place):
            continue                                  # "Block A", "Group B": a part, not a place
        if re.search(r"['’]s$", place):               # "in Maduro's campaign": Maduro owns it; "in
            if not PLACE_OWNED.match(question.text, found.end()):   # Zulia's capital": a place still
                continue
            place = place[:-2]
        elif NAME_AS_MODIFIER.match(question.text, found.end()):
            continue                                  # "in Maduro campaign": the campaign
        if place in question.entities or any(place in e for e in question.entities):
            out |= {t for t in term_set(place) - said if weights.get(t, 0.0) >= COMMON_PLACE}
    return out


COMMON_PLACE = 4.0        # IDF² ("venezuela" ~3.2 on the bundled corpus, "caraca" ~7.1)
PLACE_NOUNS = r"(?:city|town|village|state|country|region|province|capital|district|municipality|island)"
# a sentence that names its place by a definite noun: "Turnout in the city was 38%"
PLACE_BACK = re.compile(rf"\b(?:the|this|that)\s+{PLACE_NOUNS}\b", re.I)
# a name written straight before a noun a person or party has qualifies it as its owner ("in
# Maduro campaign"); "in Caracas alone", "won in Zulia last year" stay places. After "'s" the
# name is an owner too, unless the noun is a place's own ("in Zulia's capital")
OWNED_NOUNS = (r"(?:campaigns?|governments?|administrations?|part(?:y|ies)|supporters?|camps?|sides?|teams?|"
               r"rall(?:y|ies)|speech(?:es)?|presidency|era)")
NAME_AS_MODIFIER = re.compile(rf"\s+{OWNED_NOUNS}\b", re.I)
PLACE_OWNED = re.compile(rf"\s+(?:own\s+)?{PLACE_NOUNS}s?\b", re.I)


def place_terms_said(s: ScoredSentence) -> set[str]:
    """The sentence's terms, and those of the sentence before it in its paragraph when it names
    its place as "the city", "the state"…: that is the place the fact is of."""
    terms = term_set(s.text)
    if s.index > 0 and PLACE_BACK.search(s.text):
        terms = terms | term_set(s.passage.sentences[s.index - 1].text)
    return terms


# what sets a figure against another one after it: "over 78%, only three points below the … turn out on October 7"
SET_AGAINST = re.compile(r"\b(?:below|above|than|compared\s+(?:to|with)|up\s+from|down\s+from)\b", re.I)


def set_against_time_asked(question: Question, best: ScoredSentence, span: extraction.Span) -> bool:
    """The figure is compared with something of the time asked, dated after the comparison ("The
    turnout was over 78%, only three points below the massive turn out on October 7 last year",
    asked about 2012 in a 2013 article): the figure is of another time. A month with its day is
    read in the article's time, its latest occurrence up to the article's date. Not when the
    question asks of two times ("how far short of Chávez's 2006 vote did the 2007 'yes' fall"):
    the figure may be the difference asked."""
    against = SET_AGAINST.search(best.text, span.end)
    if against is None or len(question.years) != 1:
        return False
    base = best.text[against.end():]
    years = set(years_in(base))
    when = published(best.passage.metadata)
    if when and when[1]:
        years |= {when[0] if month <= when[1] else when[0] - 1 for month in dated_months(base)}
    return bool(years & set(question.years))


def figure_elsewhen(question: Question, best: ScoredSentence, weights: dict[str, float]) -> float:
    """0.8 when the answer's figure is stated outright of another year than the one asked ("An
    estimated 1,000 people were kidnapped and ransomed during 2006", asked about 2007): a near miss
    however well the rest matches (at 0.4, as for an answer whose sentences are all about another
    time, that one still answered at 0.50-0.58). 0.4 for a figure of an article written two or
    more years after (or any time before) the year asked when nothing up to the end of its
    sentence names a year: "The preliminary results gave Chávez 58.25%…" in the 2004 article is
    2004's, though the next sentence names July 2000 (grounding.temporal_fits lets a paragraph
    naming the year asked excuse such a sentence; a figure is dated only by what comes before it)."""
    if not (question.is_factoid and (question.years or question.months)):
        return 0.0
    span = extraction.best_span(best.text, question, weights, best.heading)
    if span is not None and span.kind == "date":
        return date_elsewhen(question, best, span)
    if not question.years or span is None or span.kind not in extraction.FIGURE_KINDS:
        return 0.0
    own_year = extraction.year_of_figure(span, best.text, question.years)
    if own_year < 0 or own_year == 0 and set_against_time_asked(question, best, span):
        return 0.8                    # said outright of another year: a near miss however well it matches
    when = published(best.passage.metadata)
    if own_year == 0 and when and when[0] in question.placing_years and not years_in(best.text) & set(question.years):
        return 0.8                    # of the year said only to place the time asked ("before 2013": not 2013's)
    if own_year == 0 and when and all(when[0] - year not in (0, 1) for year in question.years) \
            and not years_in(best.passage.text[:best.sentence.offset + len(best.text)]):
        return 0.4                    # a figure nothing before it dates is of its article's time
    return 0.0


# "in which year were the 2017 governor elections?": the year asked is the one the question dates its
# subject with, no other
YEAR_OF_THING_DATED = re.compile(r"\b(?:what|which)\s+year\s+(?:was|were|is|are|did|does|do)\s+(?:the\s+)?"
                                 r"(?:[\w'’-]+\s+)?(?:19|20)\d\d\b", re.I)


def date_elsewhen(question: Question, best: ScoredSentence, span: extraction.Span) -> float:
    """0.8 for a date answer of another year or month than the question names ("What was the date
    of the 2013 presidential election?": the "October 7" of a 2013 article is 2012's, a month with
    its day read in the article's time, its latest occurrence up to the article's date)."""
    months = set(dated_months(span.text))
    if question.months and months and not months & set(question.months):
        return 0.8
    if not question.years:
        return 0.0
    named = set(years_in(span.text))
    if not named and set(years_in(best.text)) & set(question.years):
        return 0.0                    # "the April 11 coup in 2002": the sentence dates it as asked
    when = published(best.passage.metadata)
    if extraction.ASKS_YEAR.search(question.text) and not YEAR_OF_THING_DATED.search(question.text) \
            and (set(years_in(best.text)) & set(question.years)
                                                       or when and when[0] in question.years):
        return 0.0                    # "…first defeat since he came to power in which year?" of 2007: a
                                      # year asked is another than the one the question is about, told then
    if not named and months and when and when[1]:
        named = {when[0] if month <= when[1] else when[0] - 1 for month in months}
    return 0.8 if named and not named & set(question.years) else 0.0


def of_another_date(question: Question, s: ScoredSentence, weights: dict[str, float]) -> bool:
    """Whether the sentence's date answer is of another year or month than asked (date_elsewhen)."""
    span = extraction.best_span(s.text, question, weights, s.heading)
    return span is not None and span.kind == "date" and date_elsewhen(question, s, span) > 0


def confidence_features(question: Question, chosen: list[ScoredSentence], passages: list[Candidate],
                        weights: dict[str, float], support: dict[str, float] | None = None,
                        rephrased: dict[str, float] | None = None) -> dict[str, float]:
    """Evidence signals of the answer actually chosen."""
    best = chosen[0]
    evidence = answer_evidence(question, chosen)
    # another word for a question's term ("shortage" for "deficit") covers it (qa/synonyms.py)
    variants = {**synonym_variants(question), **question_variants(question)}
    terms = with_variants(set().union(*(window_terms(s) for s in evidence)), variants) | supported_terms(support or {}) \
        | supported_terms(rephrased or {})
    terms |= days_of_the_article(question, best, passages)
    terms |= vote_named_by_its_article(question, best, passages, weights)
    terms |= rounded_figures_said(question, evidence)
    terms |= rival_said(question, best)
    terms |= whole_names_said(question, terms, passages)
    got = getting_said(question, best)
    if question.answer_type == EVENT or ((question.is_factoid or question.answer_type == COMPARISON)
                                         and any(s.features.get("type_fit", 0.0) > 0 for s in evidence)):
        # "what percentage": 58.25% answers it; "what happened": the sentences tell it
        form = answer_form_terms(question.answer_type)
        weights = {t: w for t, w in weights.items() if t not in form} or weights
    said = got | THE_VOTE | (RIVAL_WORDS if question.rival_of else set())
    if question.dates and written_days_after(question.dates, best.passage.metadata):
        said |= {day for _, day in question.dates}    # "…on August 15": the article of that month tells that vote
    if got and all(t in terms or t in said for t, w in weights.items() if w > 0):
        terms |= got                                  # only the verb of getting left unsaid: not "…in the
                                                      # election he lost", "…that Rosales contested"
    elsewhere = places_only_around(question, evidence[:1], weights) if question.is_factoid else set()
    terms -= elsewhere                                # the place must be in the sentence with the fact
    terms |= days_told_by_the_date(question, best, terms, weights, passages)
    return {
        "unsupported": unsupported(of_the_thing_asked(support or {}, question)),
        "dense": max(evidence_dense(s) for s in evidence),
        "coverage": partial_coverage(terms, weights, support_credit(support or {}), {stem(w) for w in support or {}}),
        "type_fit": 0.0 if kind_unsaid(question, support or {}) else
        max(s.features["type_fit"] for s in evidence) if question.is_factoid else
        description_fit(question, evidence, weights, terms),
        "temporal": min(s.features["temporal"] for s in chosen[:1]),
        # a figure or name from another time than the one asked about is not the answer, however
        # well it matches ("the turnout in the 2017 presidential election": 2013's 78%); nor is an
        # explanation none of whose sentences is about the time asked
        # …or from another place than the one the question names ("'no' in Caracas": the national 50.70%)
        "elsewhen": max(-min(max(s.features["temporal"] for s in evidence), 0.0), figure_elsewhen(question, best, weights),
                        0.4 if elsewhere and question.answer_type in (COUNT, PERCENT, MONEY) else 0.0,
                        0.4 if question.is_factoid and event_elsewhere(question, best, passages) else 0.0),
        "document": best.features["document"],
        # "Who wrote the CWI article …?": the answer names the author of the article the question
        # names; the question's words identify the article, they are not in the byline
        "byline": float(question.asks_author and best.features["document"] > 0
                        and best.features.get("byline", 0.0) > 0),
    }


# "What stadium did Maduro speak at?", "What school did Chávez vote at?": a kind of thing, then the
# clause of which one of that kind is the object; the thing asked is one of that kind
KIND_THEN_CLAUSE = re.compile(r"^\W*what\s+([\w'’-]+)\s+(?:did|does|do|was|is|were|are|has|have|had|will|would|can|could)\b",
                              re.I)


def kind_unsaid(question: Question, support: dict[str, float]) -> bool:
    """Whether a "what" question typed DESCRIPTION for want of a kind known to have names
    (told_not_named) asks for one thing of a kind (KIND_THEN_CLAUSE: "What stadium did Maduro speak
    at?") that no article names ("stadium", a corpus-unknown word: support.unknown_words), and the
    answer's context does not say otherwise either (its support below support.SUPPORTED): no
    sentence there tells of such a thing, however near the question's other words it is ("Maduro
    … addressed the masses outside the Miraflores Palace"). Not a name asked of a kind ("Which news
    agency…", "Outside which venue…": Reuters, Bolivar Hall are such, unsaid as such), nor a
    telling asked otherwise ("What wave of governments…", "what shorter workweek…"), which the
    articles may give in their own words in a passage the search missed."""
    asked = KIND_THEN_CLAUSE.match(question.text)
    if not question.told_not_named or not question.focus or asked is None \
            or stem(fold(asked.group(1))) != question.focus[-1]:
        return False
    return any(s < SUPPORTED for w, s in support.items() if stem(fold(w)) == question.focus[-1])


# how much of the question's other words the corpus knows the answer must hold in its own for a word
# it says only in other words to count at all (partial_coverage): "How many people were detained for
# sabotage in 2007?" holds "people" alone of the rest ("46 people have been arrested": no sabotage),
# a near miss; the reader's other unknown words ("supposed", "British") are no rest it could hold
BELIEVED_FROM = 0.5


def partial_coverage(terms: set[str], weights: dict[str, float], credit: dict[str, float],
                     unknown: set[str] = frozenset()) -> float:
    """The coverage of the question's terms by `terms`, where a term not held counts for its share
    in `credit` (support_credit: a corpus-unknown word the context says in other words, partly),
    times the share of the question's other terms held: a word said in other words is believed
    as far as the answer says the rest of the question in its own ("How many of those did the
    audit end up confirming?" of "…alleging that over 3,200 irregularities…": 0.57, the rest
    half said). Measured on every set: factoid +6, answered +10, abstention unchanged (docs/quality.md)."""
    total = sum(weights.values())
    if not total:
        return 0.0
    held = coverage(terms, weights, total)
    others = {t: w for t, w in weights.items() if t not in credit}
    believed = coverage(terms, others) if others else 1.0
    known = {t: w for t, w in others.items() if t not in unknown}
    if known and coverage(terms, known) < BELIEVED_FROM:
        return held                   # the rest mostly unsaid: the reworded word is another question's
    return held + believed * sum(credit.get(t, 0.0) * w for t, w in weights.items() if t not in terms) / total


# how near in meaning (the dense feature) an answer to a "what" question typed DESCRIPTION for want of
# a nameable kind must come to it to be one: the answers to "What did the cabinet reshuffle involve?"
# and the like come to 0.39 and more; the closest sentences to "What is the process of
# photosynthesis in plants?", "What are the stages of mitosis in cells?" to 0.31 at most
TOLD_MEANING = 0.35


def description_fit(question: Question, evidence: list[ScoredSentence], weights: dict[str, float],
                    said: set[str] = frozenset()) -> float:
    """The type fit of sentences answering an explanation: 1, as any sentences tell one; but a post
    asked ("What was Baduel's rank?") fits only where a title is said, and a "what" question typed
    DESCRIPTION only for want of a nameable kind (Question.told_not_named) keeps the fit it had as
    the thing asked (ENTITY) unless its sentences match it in meaning (TOLD_MEANING) and say the
    thing it asks a telling about (question.told_topic; `said`: the terms the answer's window holds):
    "What is the best way to cook rice?" is no explanation the articles give, nor is "What was the
    problem with the voting machines?" where no sentence near it says "machines"; "What did the
    cabinet reshuffle involve?" is."""
    if question.asks_post:
        return float(title_said(question, evidence) is not None)
    untold = {t for t in told_topic(question) if weights.get(t, 0.0) > 0 and t not in said}
    if question.told_not_named and (max(evidence_dense(s) for s in evidence) < TOLD_MEANING or untold):
        as_thing = replace(question, answer_type=ENTITY)
        return max(sentence_type_fit(s.text, as_thing, weights, s.heading) for s in evidence)
    return 1.0


# the verbs a figure is asked to have been got by ("what share did Maduro get")
GETTING = frozenset(stem(w) for w in ("get", "gets", "got", "gotten", "receive", "received", "obtain", "obtained", "secure",
                                      "secured", "garner", "garnered", "collect", "collected", "take", "took", "taken"))


# the words naming the vote itself, which a result pairing names and figures reports ("in the 2004 referendum")
THE_VOTE = frozenset(stem(w) for w in ("election", "elections", "referendum", "vote", "votes", "poll", "polls", "ballot",
                                       "result", "results", "race", "recall"))
# "Maduro's rival": whom the result names beside Maduro (question.RIVAL)
RIVAL_WORDS = frozenset(map(stem, RIVAL_NOUNS))
# …and the words a rival is asked by ("who was Maduro up against", "who ran against him")
FACED_WORDS = RIVAL_WORDS | frozenset(map(stem, ("against", "face", "faced", "run", "ran", "running", "stand", "stood")))
# the words the runner-up is asked by ("who was the opposition candidate", question.LOSER_NAMED)
LOSER_WORDS = frozenset(map(stem, ("opposition", "candidate", "challenger", "contender", "nominee", "runner", "up",
                                   "runner-up", "second", "place", "finisher", "losing", "defeated", "beaten", "loser")))


def rival_said(question: Question, best: ScoredSentence) -> set[str]:
    """The words a who-question asks a rival by ("Who was Maduro's opponent in April 2013?"), said
    by a result that gives the rival's name its figure beside another's ("…Maduro receiving
    7,505,378 votes (50.66%), and Capriles 7,270,403 votes (49.07%)"), as getting_said says
    "get" for a figure: the articles call no one "opponent", and the result tells who was."""
    if question.answer_type != PERSON or not (question.rival_of or question.loser_figure):
        return set()
    results = extraction.result_figures(best.text)
    if len({value for *_, value in results}) < 2:
        return set()
    if question.loser_figure:           # "Who was the runner-up / the opposition candidate in 2013?"
        return set(LOSER_WORDS)
    return set(FACED_WORDS) if extraction.pairs_with_figure(best.text, frozenset(question.rival_of)) else set()


EVENT_CLAUSE = re.compile(r"(?<=\w)\W+(?:when|while|after|before)\s+(?!(?:1[89]|20)\d\d\b)\w", re.I)


def whole_names_said(question: Question, terms: set[str], passages: list[Candidate]) -> set[str]:
    """The words of a name the question gives whole ("President Hugo Chávez") when the evidence
    calls the person by the name's last word ("Chávez") and a retrieved passage writes each of them
    before it ("…the radical President Hugo Chávez"): the title and given names are said with it, as
    a reader who wrote them means the one the articles call so. Not a word no passage puts before
    that name ("Carlos Almagro": "Luis Almagro"; "the Green Party": "the ruling party's"; "Tiger
    Woods": "Alan Woods"; a review's), nor "the GDP of Venezuela", a thing of a place."""
    said, folded = set(), None
    for name in question.entities:
        parts = [w.strip(".") for w in fold(name).split()]
        last = content_terms(parts[-1]) if parts else []
        if len(parts) < 2 or not last or last[-1] not in terms or names_a_thing(name):
            continue
        folded = folded if folded is not None else [fold(c.passage.text) for c in passages]
        surname = re.escape(re.sub(r"['’]s$", "", parts[-1]))
        for word in parts[:-1]:
            before = re.compile(rf"\b{re.escape(word)}\.?\s+(?:[\w'’.-]+\s+){{0,2}}{surname}\b")
            if any(before.search(text) for text in folded):
                said |= set(content_terms(word))     # "…the radical President Hugo Chávez"
    return said


def getting_said(question: Question, best: ScoredSentence) -> set[str]:
    """"What share did Maduro get in 2013?" is answered by a result that gives the asked one's
    figure beside the name ("…with Maduro receiving 7,505,378 votes (50.66%)", "and Capriles
    7,270,403 votes (49.07%)"), and "How many votes did the No get in block B?" by the side's row
    ("No: 4.522.332, 51,05 %"): the pairing says what the verb of getting would, which such a
    result need not repeat. Only when it is all the answer leaves unsaid, but for the vote's own
    words (confidence_features: "…in the referendum he lost" stays unsaid, a review). Of a figure
    asked of someone named (or of their rival, named in it too: "Maduro's rival") or of a side,
    from such a result only, and not where a clause places the figure by another event ("how many
    votes did Capriles get when he won the Miranda governorship": not his 2013 result)."""
    asked = set(question.terms) & GETTING
    named = question.figure_actor or question.rival_of      # "his rival": the other name of the same result
    if not asked or EVENT_CLAUSE.search(question.text):
        return set()
    if named and (extraction.pairs_with_figure(best.text, frozenset(named)) or side_with_figure(best.text, named)):
        return asked
    row = SIDE_ROW.match(best.text) if question.side else None
    return asked if row and row.group(1).lower() == question.side else set()


def side_with_figure(sentence: str, named: list[str]) -> bool:
    """Whether a side named in lower case is given its figure right after it, as a result does
    ("…and the opposition 41.74% (3,576,517 votes)"), which no name of extraction.result_figures is."""
    return any(re.search(rf"\bthe\s+{re.escape(n)}\w*\s+\d[\d,.]*\s*(?:%|votes?\b)", sentence, re.I) for n in named)


# a table's row labelled by a side: "No: 4.522.332, 51,05 %"
SIDE_ROW = re.compile(r"^\W*(yes|no|si|sí)\s*:", re.I)
ROW_PASSAGE_DISCOUNT = 0.15


def evidence_dense(s: ScoredSentence) -> float:
    """The sentence's similarity to the question; for a table's row ("Nullified: 118.693" under
    "A Block, first part of the reform"), whose few words embed to little, at least its passage's
    (the table, heading and rows), a little discounted."""
    if not s.heading:
        return s.features["dense"]
    return max(s.features["dense"], s.candidate.dense - ROW_PASSAGE_DISCOUNT)


# a vote named by its kind: "the regional elections", "the constitutional referendum"
KIND_OF_VOTE = re.compile(r"\b([a-z][\w-]+)\s+(?:elections?|referendums?|referenda|votes?|polls?|races?|contests?)\b")


def vote_named_by_its_article(question: Question, best: ScoredSentence, passages: list[Candidate],
                              weights: dict[str, float]) -> set[str]:
    """"Who won the 2017 regional elections?" answered by a sentence saying who won (says_who_did:
    "the PSUV … won 18 of 23 state governorships in the nationwide elections"), in an article
    written in the year asked that names its vote as the question does elsewhere ("…for any
    regional elections in the country"): the words the question names the vote by are said of it.
    Only for who did it, said outright: a figure or a list near the vote's words is not told of
    it by the article's naming it (a count of states lost is no count of votes)."""
    when = published(best.passage.metadata)
    if question.answer_type != PERSON or not question.doer_verb or not question.years or when is None \
            or when[0] not in question.years or not says_who_did(best, question, weights):
        return set()
    article = [fold(c.passage.text) for c in passages if c.passage.doc == best.passage.doc]
    said = set()
    for named in KIND_OF_VOTE.finditer(fold(question.text)):
        if any(re.search(rf"\b{re.escape(named.group(0))}\b", text) for text in article):
            said |= set(content_terms(named.group(1)))
    return said


def rounded_figures_said(question: Question, evidence: list[ScoredSentence]) -> set[str]:
    """The words of the question's rounded figures that an answer sentence gives exactly ("about
    7.5 million votes": "Maduro receiving 7,505,378 votes"; figures.py): said, in other digits."""
    return set().union(*(figures.rounded_terms(question.text, s.text) for s in evidence))


def days_of_the_article(question: Question, best: ScoredSentence, passages: list[Candidate]) -> set[str]:
    """The day of a date the question gives ("the participation rate in the October 15 state
    governor elections") is covered by an answer from an article written that month that gives
    that date: its figures are of that day's event, though the sentence stating one does not
    repeat the date. Not an article of another month that names the date in passing (an
    October article's "the July 30 … elections")."""
    when = published(best.passage.metadata)
    if not question.dates or when is None or (question.years and when[0] not in question.years):
        return set()
    asked = {(month, day) for month, day in question.dates if month == when[1]}
    if not asked:
        return set()
    given = set().union(*(asked & set(dates_named(c.passage.text)) for c in passages if c.passage.doc == best.passage.doc))
    return {day for _, day in given}


# the share of the question's other words an answer must hold for its article's date to say the day asked
DATED_REST = 0.5


def days_told_by_the_date(question: Question, best: ScoredSentence, terms: set[str], weights: dict[str, float],
                          passages: list[Candidate] = ()) -> set[str]:
    """The day asked ("…announce the No victory after the vote of December 2?") is told by an answer
    from an article dated that day or up to three days after (written_days_after: the live blog
    of December 3 says "this Sunday"), when the answer holds at least DATED_REST of the question's
    other words: the day, a rare term, does not make an answer alone ("Dec 2, 2007 referendum,
    Block B: how many nullified votes…" is not answered by that blog's count of the No)."""
    when, written = published(best.passage.metadata), str(best.passage.metadata.get("date", ""))
    if when is None or not written[8:10].isdigit() or (question.years and when[0] not in question.years):
        return set()                                  # (an article dated by its month: days_of_the_article)
    days = {day for month, day in question.dates
            if day in weights and day not in terms and written_days_after([(month, day)], best.passage.metadata)
            and not later_day_named(month, day, int(written[8:10]), best, passages)}
    rest = {t: w for t, w in weights.items() if t not in days}
    return days if days and coverage(terms, rest) >= DATED_REST else set()


def later_day_named(month: int, day: str, written: int, best: ScoredSentence, passages) -> bool:
    """Whether the article names a day of that month after the day asked and before its own date
    ("the election of April 14" in the article of April 15: not the election "on April 13")."""
    texts = [best.passage.text] + [c.passage.text for c in passages if c.passage.doc == best.passage.doc]
    named = set().union(*(set(dates_named(t)) for t in texts))
    return day.isdigit() and any(m == month and d.isdigit() and int(day) < int(d) < written for m, d in named)


# the kinds of event a question may name that tell one election from another (not "election", "vote")
EVENT_KINDS = {stem(w) for w in ("recall", "referendum", "coup", "strike", "lockout", "rally", "protest", "reshuffle",
                                 "plebiscite", "uprising", "primary", "runoff", "assembly", "congress", "summit")}


def event_elsewhere(question: Question, best: ScoredSentence, passages: list[Candidate]) -> bool:
    """The question names its event by a kind ("the recall referendum that Chávez won") that no
    retrieved passage of the answer's article names, while another article's do: the figure is
    another event's ("the turnout was over 78%" of 2013's presidential election). Years say the
    time asked more surely (temporal grounding): only for a question without one."""
    kinds = EVENT_KINDS & set(question.terms)
    if not kinds or question.years:
        return False
    own = set().union(*(term_set(c.passage.text) for c in passages if c.passage.doc == best.passage.doc))
    other = set().union(*(term_set(c.passage.text) for c in passages if c.passage.doc != best.passage.doc))
    return bool(kinds - own) and bool((kinds - own) & other)


# an answer this far below ABSTAIN_BELOW is looked at again for question words its context says otherwise
REPHRASE_BAND = 0.2


def answer_confidence(question: Question, chosen: list[ScoredSentence], passages: list[Candidate],
                      weights: dict[str, float], support_for: Callable[[str, list[str]], dict[str, float]] | None) -> float:
    """The answer's confidence. The corpus-unknown words' support is always weighed (support.py).
    An answer just short of ABSTAIN_BELOW is looked at again: the question's words its context
    does not hold may be said there otherwise ("declare" / "has announced", "voters" / "the
    electorate"); those the context's tokens support (support.SUPPORTED) count as covered. Not an
    answer about another time or place (elsewhen): its words matching better does not make it
    that time's. Only here, as it costs a forward pass of the window."""
    window = window_text(chosen[0])
    support = support_for(window, []) if support_for else {}
    features = confidence_features(question, chosen, passages, weights, support)
    conf = confidence(features)
    if not support_for or not ABSTAIN_BELOW - REPHRASE_BAND <= conf < ABSTAIN_BELOW or features["elsewhen"] > 0:
        return conf
    uncovered = uncovered_words(question, chosen[0], support)
    if not uncovered:
        return conf
    rephrased = support_for(window, uncovered)
    said = {w: rephrased[w] for w in uncovered if w in rephrased}
    return confidence(confidence_features(question, chosen, passages, weights, support, said))


def uncovered_words(question: Question, best: ScoredSentence, support: dict[str, float]) -> list[str]:
    """The question's words, as typed, whose terms the answer's window does not hold (but for
    words of the answer wanted, "what time", "percentage", the unknown words, already weighed, and
    numbers, EXACT_NUMBERS)."""
    held = window_terms(best)
    missing = [t for t in question.terms if t not in held]
    answer_words = ANSWER_WORDS | (COMPARED_WORDS if question.answer_type == COMPARISON else set())
    return [w for w in as_typed(missing, question.text)
            if w not in support and fold(w) not in answer_words and fold(w) not in EXACT_NUMBERS]


# a number asked in words ("which five governorships") is said in its own words or digits, never
# in others: the tokens of "18 of 23" are near "five" in the embedding
EXACT_NUMBERS = frozenset(extraction.NUMBER_WORDS)


def confidence(features: dict[str, float]) -> float:
    """Logistic combination of the evidence signals, in 0–1.

    Weights: logistic regression (L2, classes balanced) over the features of the 40 dev
    questions and the 41 held-out questions in eval/extra.jsonl, rounded; see docs/quality.md. The
    byline weight is set by hand (two questions of that kind cannot fit it): it lifts an answer
    that names the author of the very article the question names to about 0.8. So is the
    elsewhen weight: every eval answer wholly about another time is to an unanswerable question
    (a separable feature, no fit); 6.0 takes a 0.8 answer whose sentences all name other
    years (-0.4) to about 0.25.
    """
    z = (-5.0 + 3.8 * features["dense"] + 2.9 * features["coverage"] + 2.6 * features["type_fit"]
         + 3.1 * min(features["temporal"], 0.0) - 1.6 * features["unsupported"]
         + 2.5 * features.get("byline", 0.0) - 6.0 * features.get("elsewhen", 0.0))
    return 1 / (1 + math.exp(-z))


# ---------------------------------------------------------------- selecting sentences

def reading_order(chosen: list[ScoredSentence]) -> list[ScoredSentence]:
    """Group by article (best article first), then in the article's own order."""
    doc_rank: dict[str, int] = {}
    for s in chosen:
        doc_rank.setdefault(s.passage.doc, len(doc_rank))
    return sorted(chosen, key=lambda s: (doc_rank[s.passage.doc], s.passage.position, s.index))


def typed_neighbour(best: ScoredSentence, sentences: list[ScoredSentence], question: Question,
                    weights: dict[str, float]) -> ScoredSentence | None:
    """For a "who" question, the sentence right before or after `best` in its passage if it names
    someone: an article's title is followed by its byline. (For other types the neighbour's
    span answers something else: "…lost five states" / "…the opposition Democratic Unity
    Roundtable (MUD)…" is no list of states.)"""
    if question.answer_type != PERSON:
        return None
    for s in sentences:
        if adjacent(s, best) and ensure_type_fit(s, question, weights) > 0:
            return s
    return None


# "Which party did Ramón Martínez belong to?": a sentence saying that someone is a member of
# something answers, and it often follows the one the question's words find ("…the governor of
# Sucre Ramón Martinez, was calling…" / "Martínez is a member of PODEMOS, …"), whose own names
# are a source and the person asked of (Aporrea, Ramón Martinez)
GROUP_WORDS = ("party", "coalition", "alliance", "group", "movement", "organisation", "organization", "faction", "union")
GROUP_NOUNS = {stem(w) for w in GROUP_WORDS}
# the question asks whose member someone is ("a member of", "belong to", "part of", "what party is
# ramon martinez in", "which party was he with?", "which party was the governor in, who…"), not a
# group asked otherwise ("What organisation's installations…")
ASKS_MEMBERSHIP = re.compile(r"\b(?:members?|membership|belongs?|belonged|belonging|part\s+of|affiliat\w*)\b"
                             r"|\b(?:in|with)(?=\s*(?:[,;:—–]|\W*$))", re.I)
# "What party is Ramón Martinez?", "what party is Ramón Martinez in in the 2007 referendum?": the
# group asked, then "is" and the one it is asked of (a name or a pronoun), who is its member; not
# one whose thing the group is ("Which party was Chávez's rival?")
GROUP_OF_NAMED = re.compile(rf"\b(?i:what|which)\s+(?:[\w-]+\s+)?(?i:{'|'.join(GROUP_WORDS)})s?\s+(?i:is|was|are|were)\s+"
                            r"(?:[A-ZÁÉÍÓÚÑ][\w.-]*(?:\s+[A-ZÁÉÍÓÚÑ][\w.-]*)*|he|she|they)(?![\w'’])")
# "Martínez is a member of PODEMOS", "Jim McIlroy is a national co-convenor of the Australia-Venezuela
# Solidarity Network": a member, or one of the callings held within a group (not a post at the head
# of a body, "president of the CNE", which one is not a member of as of a party)
MEMBER_OF = re.compile(r"\b(?:is|was|are|were|became|remains?|remained)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?"
                       r"(?:members?|(?:co-?)?convenors?|(?:co-?)?founders?|leaders?|co-?ordinators?|activists?|"
                       r"organi[sz]ers?|officials?|spokes(?:man|woman|person))\s+of\s+(?:the\s+)?", re.I)
# group nouns that ask no particular kind of group: any group someone belongs to answers them
ANY_GROUP = {stem(w) for w in ("group", "organisation", "organization", "body")}


def asks_membership(question: Question) -> bool:
    """Whether the question asks what group someone belongs to: the group it asks for is its
    focus, and it asks for the group as the one's, by a word of membership (ASKS_MEMBERSHIP) or
    as the group the named one "is" (GROUP_OF_NAMED)."""
    return question.answer_type == ENTITY and bool(GROUP_NOUNS & set(question.focus)) \
        and bool(ASKS_MEMBERSHIP.search(question.text) or GROUP_OF_NAMED.search(question.text))


def membership(best: ScoredSentence, sentences: list[ScoredSentence],
               question: Question) -> tuple[ScoredSentence, str] | None:
    """For a question asking what group someone belongs to, the sentence (`best` or the one after
    it) saying that someone `best` or the question names is a member of a named group, and the
    group's name."""
    if not asks_membership(question):
        return None
    named = term_set(best.text) | set(question.terms)
    for s in [best, *(x for x in sentences if adjacent(x, best) and x.index == best.index + 1)]:
        for member in MEMBER_OF.finditer(s.text):
            subject = s.text[:member.start()].split()[-1:]
            group = next((n for n in extraction.name_spans(s.text) if n.start == member.end()), None)
            if subject and group and stem(fold(subject[0].strip(",;:"))) in named \
                    and not term_set(group.text) <= set(question.terms) \
                    and group_of_kind_asked(group.text, question):    # not the group the question names, nor
                return s, group.text                                  # a group of another kind than asked
        if (led := led_by_the_one_asked(s.text, question)) is not None:
            return s, led
    return None


# a group and who leads it: "the party, led by President X", "the movement headed by Y"
LED_BY = re.compile(r"\s*,?\s*(?:led|headed|chaired|founded)\s+by\s+([^,;:()]+)")


def led_by_the_one_asked(text: str, question: Question) -> str | None:
    """The named group a sentence says is led by the one the question asks of ("what party is
    X?": "…the P, led by President X, won…"): its leader is its member. None when no group of the
    kind asked (group_of_kind_asked) is said to be led by one whose name the question gives."""
    asked = set(question.terms) - set(question.focus)
    for group in extraction.name_spans(text):
        led = LED_BY.match(text, group.end)
        if led and asked and asked & term_set(led.group(1)) and not term_set(group.text) <= set(question.terms) \
                and group_of_kind_asked(group.text, question):
            return group.text
    return None


def group_of_kind_asked(group: str, question: Question) -> bool:
    """Whether the group's name fits the kind of group asked: a party asked is not "the
    Australia-Venezuela Solidarity Network", whose name ends with another kind of group
    (extraction.ORG_WORDS); a name that says no kind ("PODEMOS") may be any, and "what group"
    (ANY_GROUP) asks any kind."""
    asked = GROUP_NOUNS & set(question.focus)
    said = stem(fold(group.split()[-1]))
    return bool(asked & ANY_GROUP) or fold(group.split()[-1]) not in extraction.ORG_WORDS or said in asked


def wants_figure(question: Question) -> bool:
    """A question only a figure of its type answers: a count, sum, date or time, or a percentage
    asked as one ("what percentage", "what share", "chavez % in 2004"; a "rate" may be "33 per
    100,000")."""
    return question.answer_type in FIGURE_TYPES or (
        question.answer_type == PERCENT and (bool(SHARE_TERMS & set(question.terms)) or "%" in question.text))


def needs_span(question: Question) -> bool:
    """Without a span of its type the answer is no answer: a figure (wants_figure), a "who"
    or "where" answered by a sentence that names no one, no place, "what was the name of …"
    answered by one that gives no name ("A PDVSA worker … was shot dead"), which side won a
    referendum answered by one that says none won ("The victory of the YES … is the first step…",
    a forecast quoted: a review), and what party someone is in answered by no sentence saying they
    are a member of one (asks_membership, membership): the names beside someone are their post's
    body, their state, their outlet ("CNE rector Vicente Díaz", "the governor of Sucre…,
    republished in Aporrea"), none of them a party they belong to."""
    return wants_figure(question) or question.answer_type in (PERSON, PLACE) or bool(NAME_OF.search(fold(question.text))) \
        or bool(WINNING_SIDE_ASKED.search(question.text)) or asks_membership(question)


def unsigned(question: Question, chosen: list[ScoredSentence]) -> bool:
    """"Who wrote <an article named>?" answered by someone who is not its author: the text names
    people, the byline (the article's author metadata) is what says who wrote it."""
    return (question.asks_author and question.answer_type == PERSON and bool(question.sources)
            and bool(chosen) and not chosen[0].features.get("byline", 0.0) > 0 and not quotes_the_work(chosen[0], question))


# the quoted title is what was written: "Who wrote 'The Venezuelan Revolution at the Crossroads'…",
# "who is the author of “…”"; not "Who wrote the CWI article that quotes '…'?"
WORK_QUOTED = re.compile(r"\b(?:wrote|authored|penned|(?:author|writer)\s+of)\s+(?:the\s+)?[\"'“‘*]", re.I)


def quotes_the_work(sentence: ScoredSentence, question: Question) -> bool:
    """"Who wrote 'The Venezuelan Revolution at the Crossroads', which the CWI article quotes…?":
    the author asked is the quoted work's, which the sentence holding the question's quote names
    ("(Alan Woods, *The Venezuelan Revolution at the Crossroads*, 11 January)"), not the byline
    of the article the question names."""
    return bool(question.quotes) and bool(WORK_QUOTED.search(question.text)) \
        and sentence.features.get("quote", 0.0) >= 1.0 and not sentence.features.get("byline", 0.0) > 0


def untold_outcome(question: Question, chosen: list[ScoredSentence]) -> bool:
    """"Did the full audit ever happen?" answered by sentences that never say it did (or did
    not): "demanded a full 100% audit" tells what was asked for, not what came about."""
    return bool(question.came_about_verb) and bool(chosen) and not any(
        extraction.said_with_verb(s.text, question.came_about_verb) for s in chosen)


def exact_figure(best: ScoredSentence, span: extraction.Span, typed: list[ScoredSentence], question: Question,
                 weights: dict[str, float]) -> tuple[ScoredSentence, extraction.Span]:
    """A near-tie sentence that states exactly the figure `best` rounds ("there was a 78.71%
    turnout" over "The turnout was over 78%") answers better; else `best` and its span."""
    if not extraction.ROUNDED.fullmatch(span.text):
        return best, span
    for s in typed:
        if s is not best and s.score >= NEAR_TIE * best.score:
            other = extraction.best_span(s.text, question, weights, s.heading)
            if other is not None and extraction.rounds(span.text, other.text):
                return s, other
    return best, span


def holds_asked_role(s: ScoredSentence, question: Question, weights: dict[str, float]) -> bool:
    """Whether the sentence's answer is a name said to hold the post the question asks about
    (extraction.holds_role): "CNE President Tibisay Lucena", not "led by President Nicolas Maduro"."""
    span = extraction.best_span(s.text, question, weights, s.heading)
    return span is not None and extraction.holds_role(span, s.text, question.role, question.role_body)


LOSER_DEPTH = 20    # sentences looked at for one saying who lost (the ten typed rank on "won" words)


def asks_loser(question: Question) -> bool:
    """"Who lost …?", "Who was defeated …?": the sentences that say who won rank first on the
    question's words, and name no loser (extraction.result_rank reads one off a result)."""
    return question.answer_type == PERSON and extraction.asks_loser(question.doer_verb, question.doer_passive)


def did_the_verb(s: ScoredSentence, question: Question, weights: dict[str, float]) -> bool:
    """Whether the sentence's answer to "Who lost…?" is a name it says lost by its result's figures
    or by the verb's noun ("Chávez's defeat"; extraction.doer_fit > 0), not one that only stands
    near the question's words ("It has won in Mérida…"). Not by the verb itself: what "the PSUV
    lost" may be five states, not the election."""
    if extraction.verb_positions(s.text, question.doer_verb):
        return False
    span = extraction.best_span(s.text, question, weights, s.heading)
    return span is not None and extraction.doer_fit(span, s.text, question.doer_verb, question.doer_passive) > 0


def says_who_did(s: ScoredSentence, question: Question, weights: dict[str, float]) -> bool:
    """Whether the sentence's answer to "Who won…?" is a name it says did it (extraction.doer_fit
    > 0: "the PSUV, led by…, won 18 of 23 state governorships", "the PSUV's victory"), not one that
    only stands near the question's other words ("CNE President Tibisay Lucena announced… the
    regional elections")."""
    if not passage_names_all(s, question):
        return False             # "Who won the governorship of Bolívar…?": not the PSUV's 18 of 23
    span = extraction.best_span(s.text, question, weights, s.heading)
    return span is not None and extraction.doer_fit(span, s.text, question.doer_verb, question.doer_passive) > 0


def passage_names_all(s: ScoredSentence, question: Question) -> bool:
    """Whether the sentence's passage names every name the question gives."""
    said = term_set(s.passage.text)
    return all(term_set(name) <= said for name in question.entities)


DOER_SHARE = 0.6    # how far below the best typed sentence one saying who did it may rank and answer


def lasts_what_is_asked(s: ScoredSentence, question: Question, weights: dict[str, float]) -> bool:
    """Whether the sentence's answer to a how-long question is the duration of something the
    question names (extraction.lasts_what_is_asked)."""
    span = extraction.best_span(s.text, question, weights, s.heading)
    asked = extraction.asked_terms(tuple(question.terms), tuple(question.entities))
    return span is not None and extraction.lasts_what_is_asked(span, s.text, asked)


NARROWED_SIDE = re.compile(rf"\baccording\s+to\b|\bin\s+(?!(?:{MONTH_NAME})\b)[A-ZÁÉÍÓÚÑ]")


def select_factoid(question: Question, sentences: list[ScoredSentence], weights) -> tuple[list[ScoredSentence], str | None]:
    if question.answer_type not in (PERSON, ENTITY):   # a source line dates a quote; the author or outlet
        sentences = [s for s in sentences if not source_line(s.text)] or sentences     # it names may be asked
    typed = [s for s in sentences[:10] if s.features["type_fit"]]
    if question.asks_author and question.sources:      # "who wrote <an article>": its byline, if it has one,
        typed = [s for s in typed if quotes_the_work(s, question)] \
            or [s for s in typed if s.features.get("byline", 0.0) > 0] or typed     # or of the work it quotes
    if question.role:                  # "who is the president of the CNE": a name given that post
        typed = [s for s in typed if holds_asked_role(s, question, weights)] or typed
    doers = [s for s in sentences[:LOSER_DEPTH] if did_the_verb(s, question, weights)] if asks_loser(question) else []
    if question.answer_type == PERSON and question.doer_verb in extraction.WINNING_VERBS and not doers and typed \
            and not WINNING_SIDE_ASKED.search(question.text) and not says_who_did(typed[0], question, weights) \
            and not (extraction.said_with_verb(typed[0].text, question.doer_verb) and passage_names_all(typed[0], question)):
        # only when the best sentence does not say the verb (Lucena "announced… the regional
        # elections"); one that does ("the opposition has won in… Bolivar", "the coup attempt has been
        # defeated", "since winning power in 1998") tells the event asked, another sentence another (a review's)
        doers = [s for s in typed if s.score >= DOER_SHARE * typed[0].score and says_who_did(s, question, weights)]
    typed = doers or typed             # "who lost…": a name the sentence says lost, wherever it ranks; "who
                                       # won…": one it says won, over one that stands near the other words
    if question.asks_duration:         # "how long was the president's term": not the working week's 36 hours
        typed = [s for s in typed if lasts_what_is_asked(s, question, weights)] or typed
    # "the turnout in Valencia": a sentence naming Valencia (or "the city" right after it), not Alicante's
    typed = [s for s in typed if not places_only_around(question, [s], weights)] or typed
    if question.years or question.dates:               # "in 2013", "in the October 15 elections"
        in_time = [s for s in typed if s.features["temporal"] >= 0
                   and (question.years or written_days_after(question.dates, s.passage.metadata)
                        or set(question.dates) & set(dates_named(s.text)))]           # "Since October 7, …"
        if in_time and in_time[0].score >= 0.7 * typed[0].score:
            typed = in_time          # a figure from the time asked about beats one from another time
    if question.answer_type == DATE and (question.years or question.months):
        dated = [s for s in typed if not of_another_date(question, s, weights)]
        if dated and dated[0].score >= 0.7 * typed[0].score:
            typed = dated            # "the date of the 2013 election": "April 14", not 2012's "October 7"
    # measured against the best sentence that is one, not a heading ("The Great Blackout of March
    # 2019" holds the question's word and no place)
    top = next((s for s in sentences if SENTENCE_END.search(s.text)), sentences[0])
    # a figure, or a referendum's side ("Who won the 2007 constitutional referendum?"), is answered by a
    # sentence that gives one, however much better one that gives none holds the question's words
    # not a side by some source's account or in one place ("according to Reuters", "in Caracas"), which
    # the national result does not give
    side_asked = bool(WINNING_SIDE_ASKED.search(question.text)) and not NARROWED_SIDE.search(question.text)
    best = typed[0] if typed and (wants_figure(question) or side_asked or doers or typed[0].score >= 0.8 * top.score) else sentences[0]
    if (member := membership(best, sentences, question)) is not None:
        said, group = member
        return reading_order([best, said]) if said is not best else [best], group
    if asks_membership(question):
        return [best], None           # no sentence says whose member they are: no name beside them is it
    span = extraction.best_span(best.text, question, weights, best.heading)
    if span is not None:
        best, span = exact_figure(best, span, typed, question, weights)
    if span is None:
        neighbour = typed_neighbour(best, sentences, question, weights)
        if neighbour is not None:       # "The revolution in danger" / "Tony Saunois, cwi,"
            return reading_order([best, neighbour]), extraction.best_span(neighbour.text, question, weights, neighbour.heading).text
    chosen = [best]
    for s in sentences[1:6]:
        if s.candidate.row != best.candidate.row and s.score >= 0.85 * best.score and float(s.vector @ best.vector) < 0.9 \
                and (s.passage.doc == best.passage.doc or len(question.years) > 1) \
                and not (points_back(s.text) and not follows(best, s)) \
                and not (question.years and s.features["temporal"] < 0):
            chosen.append(s)           # context from the same article and time; another article's
            break                      # sentence, often another election's figure, misleads unless
                                       # the question spans several years
    return chosen, span.text if span else None


def written_days_after(days: list[tuple[int, str]], metadata: dict) -> bool:
    """Whether the article was written on one of the days asked or up to three days after, or in
    its month when its date gives no day ("the October 15 elections": the October 2017 article
    reports them; "arrested on April 16": not the article of April 15, whose later note names that
    day for another event)."""
    when, written = published(metadata), str(metadata.get("date", ""))
    if when is None or when[1] is None:
        return False
    day_written = int(written[8:10]) if written[8:10].isdigit() else None
    return any(month == when[1] and day.isdigit() and (day_written is None or 0 <= day_written - int(day) <= 3)
               for month, day in days)


def place(s: ScoredSentence) -> tuple[str, int, int]:
    """Where a sentence stands in its article: its article, paragraph and index, in reading order."""
    return s.passage.doc, s.passage.position, s.index


def block_scores(sentences: list[ScoredSentence], passages: list[Candidate],
                 elaborated: bool = False) -> dict[int, float]:
    """Each sentence's score lifted by its passage's rank: explanations are paragraphs, so the
    sentences around the best evidence belong together. Weighed by the article's period factor
    (scoring.period_factor: an explanation is told from the articles of the time asked about;
    the passage score carries it through the fused score, this weighs the sentence's own
    evidence too), then, for a why or how question (`elaborated`), carried down each paragraph
    (carry_to_elaborations), and to the sentences that point back (carry_to_continuations)."""
    passage_score = {c.row: c.score for c in passages}
    top = max(passage_score.values(), default=1.0) or 1.0
    lifted = {}
    for s in sentences:
        block = 0.5 * s.score + 0.5 * passage_score.get(s.candidate.row, 0.0) / top * sentences[0].score
        lifted[id(s)] = block * s.candidate.features["period"] if block > 0 else block
    if elaborated:
        carry_to_elaborations(sentences, lifted)
    carry_to_answers(sentences, lifted)
    carry_to_continuations(sentences, lifted)
    return lifted


def carry_to_answers(sentences: list[ScoredSentence], lifted: dict[int, float]) -> None:
    """A question the writer asks (only_asks: "How will the Venezuelan ruling class and
    imperialism react to this result?") is answered in the sentences after it in its paragraph
    ("The more impatient could move towards more extreme measures…"), and a sentence that
    announces what follows (leads_in: "The warning signs could be seen in the presidential
    elections in December 2006.") is told by them ("…the opposition began to reunify itself around
    Manuel Rosales…"): where it is among the best evidence (ELABORATED_ANCHOR of the best score),
    each of them is lifted to at least ELABORATION × the score of the one before it, in reading
    order, from the question or lead-in on (told_after). The question itself leaves the
    explanation (select_explanation); the lead-in stays."""
    top = max(lifted.values(), default=0.0)
    at = {place(s): s for s in sentences}
    for s in sorted(sentences, key=place):
        if top <= 0 or lifted[id(s)] < ELABORATED_ANCHOR * top or not (only_asks(s.text) or leads_in(s)) \
                or stands_alone(s):
            continue
        before = s
        for after in told_after(s, at):
            lifted[id(after)] = max(lifted[id(after)], ELABORATION * lifted[id(before)])
            before = after


def told_after(s: ScoredSentence, at: dict[tuple[str, int, int], ScoredSentence]) -> list[ScoredSentence]:
    """The sentences after a question or lead-in that tell what it raises: the rest of its
    paragraph up to the next question, or, when it ends its paragraph, the next paragraph's first
    sentence if that carries on ("…had approached him:" — "“Bill Richardson… said…”")."""
    doc, position, index = place(s)
    nxt = at.get((doc, position + 1, 0))
    if index == len(s.passage.sentences) - 1:
        return [nxt] if nxt is not None and carries_on(nxt.text) and not only_asks(nxt.text) else []
    out = []
    while (after := at.get((doc, position, index + 1))) is not None and not only_asks(after.text):
        out.append(after)
        index += 1
    return out


# a paragraph that opens on the same topic as the one before: with a quote, pointing back, or with a
# connective ("But…", "For example…"); not with a new subject, time or heading
CARRIES_ON = re.compile(r"^\s*[“\"‘]|^\W*(?:and|but|yet|so|then|however|moreover|indeed|instead|thus|also|"
                        r"for\s+(?:example|instance)|first(?:ly)?|in\s+addition|as\s+a\s+result)\b", re.I)


def carries_on(text: str) -> bool:
    return bool(CARRIES_ON.match(text)) or points_back(text)


# a lead-in ends on a general noun the sentences after it fill in ("It is worth giving a few examples.")
LEAD_NOUNS = frozenset(stem(w) for w in ("examples", "reasons", "signs", "factors", "lessons", "points", "ways",
                                         "following", "follows", "questions", "problems", "consequences", "causes",
                                         "steps", "measures", "things", "aspects", "features", "developments"))
# or reports how or why something was, which the sentences after it tell ("He explained how during the
# campaign he had come up against a systematic campaign of economic war and sabotage." — the quote)
REPORTED_HOW = re.compile(r"\b(?:explain|describ|recount|told|tell|show|detail)\w*\s+(?:how|why)\b", re.I)
SHORT_LEAD = 14           # words: a sentence this short that matches the question strongly, in its words
STRONG_MATCH = 0.8        # (lexical feature) and in meaning (dense), heads what the next ones tell ("Yet he
STRONG_MEANING = 0.5      # did not resign."); not one merely naming a one-word question's term ("Meanwhile the
                          # mood was sombre…", dense 0.45, for "what was the mood like?")
FRAGMENT_WORDS = 3        # the fewest words a sentence beside a chosen one may have (MIN_WORDS otherwise)


def leads_in(s: ScoredSentence) -> bool:
    """Whether a sentence announces what the sentences after it tell: it ends on a colon or a
    general noun (LEAD_NOUNS), reports how or why (REPORTED_HOW), or is short and matches the
    question strongly (short_match). Its answer is the sentence after it as well."""
    return announces(s.text) or short_match(s)


@lru_cache(maxsize=8192)
def announces(text: str) -> bool:
    """leads_in's part read off the text alone: a fact of the sentence, cached (it is asked of
    every sentence of an explanation's pool, question after question)."""
    text = text.rstrip()
    words = re.findall(r"[\w’'-]+", text)
    return (text.endswith(":") or bool(words) and stem(words[-1].lower()) in LEAD_NOUNS
            or bool(REPORTED_HOW.search(text)))


def short_match(s: ScoredSentence) -> bool:
    """A short sentence that matches the question strongly ("Did Chávez resign?": "Yet he did not
    resign."): it answers in a few words, below the length floor of explains; not a heading."""
    return (len(s.text.split()) <= SHORT_LEAD and s.features.get("lexical", 0.0) >= STRONG_MATCH
            and s.features.get("dense", 0.0) >= STRONG_MEANING and explains(s.text, FRAGMENT_WORDS)
            and not stands_alone(s))


def stands_alone(s: ScoredSentence) -> bool:
    """Whether a sentence is a line of its own, a heading over the paragraph after it: the live
    blog's entry "what happened?" heads the writer's tiredness ("I don't think that I have ever
    felt so physically and mentally exhausted…"), which does not answer it; the question asked in
    the paragraph ("What happened? When we started the blog, the signs were…") does."""
    sentence = s.sentence
    return s.passage.text[sentence.offset + len(sentence.text):].startswith("\n")


def carry_to_elaborations(sentences: list[ScoredSentence], lifted: dict[int, float]) -> None:
    """An article says how or why in the sentences after the one naming what is asked, in
    words the question does not use ("…attempted to strengthen the powers of the presidency…" —
    "The limit on the number of times a candidate could be elected was to be removed…"): in the
    paragraphs of the best evidence (a sentence at ELABORATED_ANCHOR of the best score), each
    sentence is lifted to at least ELABORATION × the (positive) score of the one before it, in
    reading order; within its paragraph only, where the elaboration is. Carried from any
    paragraph, or at CONTINUATION, the third and fourth sentences of a middling paragraph
    crowded out better evidence from others (a review: 11 answers better, 11 worse)."""
    top = max(lifted.values(), default=0.0)
    anchored = {(s.passage.doc, s.passage.position) for s in sentences
                if top > 0 and lifted[id(s)] >= ELABORATED_ANCHOR * top}
    at = {place(s): s for s in sentences}
    for s in sorted(sentences, key=place):
        before = at.get((s.passage.doc, s.passage.position, s.index - 1))
        if (s.passage.doc, s.passage.position) in anchored and before is not None and lifted[id(before)] > 0:
            lifted[id(s)] = max(lifted[id(s)], ELABORATION * lifted[id(before)])


def carry_to_continuations(sentences: list[ScoredSentence], lifted: dict[int, float]) -> None:
    """A sentence that points back ("It represented…", "These concerns…") says more about
    the one before it, which may be the last of the previous paragraph: it is lifted to at least
    CONTINUATION × that one's (positive) score, in reading order so chains carry on (the
    paragraph-level rule of scoring.inherit_from_previous, one level down)."""
    pointing = sorted((s for s in sentences if points_back(s.text)), key=place)
    if not pointing:
        return
    at = {place(s): s for s in sentences}
    last = {(s.passage.doc, s.passage.position): s for s in sentences if s.index == len(s.passage.sentences) - 1}
    for s in pointing:
        doc, position = s.passage.doc, s.passage.position
        before = at.get((doc, position, s.index - 1)) if s.index else last.get((doc, position - 1))
        if before is not None and lifted[id(before)] > 0:
            lifted[id(s)] = max(lifted[id(s)], CONTINUATION * lifted[id(before)])


def explains(text: str, least: int = MIN_WORDS) -> bool:
    """Whether a sentence can stand in an explanation: not a fragment ("Yet he did not resign.";
    fewer than `least` words: FRAGMENT_WORDS for one beside a chosen sentence or matching strongly),
    not wholly in parentheses, which in these articles is a source line ("(Spanish daily paper,
    ABC, 9 December 2007)"), and ended like a sentence, not a heading ("A Block, first part of
    the reform") or a lead-in to a list ("… the detail of the results announced by CNE is:")."""
    return len(text.split()) >= least and not source_line(text) and bool(SENTENCE_END.search(text))


ARGUING_QUESTION = 30     # words: a question this long argues in its clauses ("But how in a relatively
                          # backward capitalist country like Venezuela, where the bourgeoisie is tied by a
                          # thousand threads to … imperialism, can …?"); the rhetorical ones only raise a
                          # point, in 6-20 words


def only_asks(text: str) -> bool:
    """A question the writer asks and answers after it ("How will the Venezuelan ruling class and
    imperialism react to this result?"): it raises what the reader asks, it does not answer it.
    Not one quoting someone's question ("Why has milk disappeared?” ends in its quote mark), nor a
    long one that argues (ARGUING_QUESTION)."""
    return text.rstrip().endswith("?") and len(text.split()) < ARGUING_QUESTION


def gives_title(text: str) -> bool:
    """A sentence that can give someone's title: one that explains, or the lead-in to a quote
    ("…a statement by OAS representative and former New Mexico governor Bill Richardson to the
    effect that both Maduro and … had approached him:"), which tells who the speaker is."""
    return explains(text) or len(text.split()) >= MIN_WORDS and not source_line(text) and text.rstrip().endswith(":")


def source_line(text: str) -> bool:
    """A sentence wholly in parentheses: in these articles the source of a quote ("(Spanish daily
    paper, ABC, 9 December 2007)", "(RCTV and the Question of the Media, 20 July 2007)"), whose
    date is when that was published, not when anything it reports happened. Its first "(" closes
    at its end: "(Reuters) Maduro won on 14 April (a Sunday)." is a sentence."""
    body = text.rstrip(".")
    if not (body.startswith("(") and body.endswith(")")):
        return False
    depth = 0
    for i, char in enumerate(body):
        depth += (char == "(") - (char == ")")
        if depth == 0:
            return i == len(body) - 1
    return False


# the questions an article answers in the sentences after the one naming what is asked
# (carry_to_elaborations); not an event told or a comparison (over every set, carried at 0.9 from
# any paragraph: nuggets +0.5 and -4.9, against +31 for these two)
ELABORATED = (REASON, MANNER)
ELABORATION = 0.85         # of the sentence before; 0.9 (CONTINUATION) took in drift as well (a review)
ELABORATED_ANCHOR = 0.9    # of the best score: the paragraphs carried down
CONTINUATION_ROOM = 30     # words past the budget a chosen sentence's own continuation may take
ANSWER_LIMIT = 120         # words: the length an explanation must stay readable within (issue #3)


def add_continuation(chosen: list[ScoredSentence], pool: list[ScoredSentence], lifted: dict[int, float],
                     words: int) -> int:
    """The sentence right after a chosen one says more of what the chosen one starts: the best
    such sentence of the pool is added when the budget left it out, the one after a chosen lead-in
    first (leads_in: "He explained how … economic war and sabotage." — "“Every state I visited there
    would be an electricity black out…”"). One that points back to the chosen one ("…was a
    turning point." — "It represented a declaration…") or follows a lead-in takes up to
    CONTINUATION_ROOM more words, in the next paragraph too when it carries on from the chosen
    last sentence of one; the next sentence of the same paragraph up to ANSWER_LIMIT when it
    scores like a pooled sentence (0.6 of the best), within the budget when it scores lower. Right
    after a chosen sentence a short one sharing a word with the question may join (FRAGMENT_WORDS:
    "Yet he did not resign."); one sharing none is mostly an aside ("Hmmmm…not the greatest
    reasoning!"). The words after."""
    taken = {place(c) for c in chosen}
    leads = {place(c) for c in chosen if leads_in(c)}
    ending = {(c.passage.doc, c.passage.position + 1): place(c) for c in chosen
              if c.index == len(c.passage.sentences) - 1}

    def continued(s: ScoredSentence) -> tuple[str, int, int] | None:
        """Where the chosen sentence `s` would continue is: the one before it in its paragraph, or
        the chosen last one of the paragraph before when `s` points back or carries on."""
        doc, position, index = place(s)
        if index > 0:
            return (doc, position, index - 1) if (doc, position, index - 1) in taken else None
        return ending.get((doc, position)) if points_back(s.text) or carries_on(s.text) else None

    for s in sorted(pool, key=lambda s: continued(s) not in leads):
        after = continued(s)
        same_paragraph = after is not None and after[:2] == place(s)[:2]
        least = FRAGMENT_WORDS if same_paragraph and s.features.get("lexical", 0.0) > 0 else MIN_WORDS
        if len(chosen) >= MAX_SENTENCES or place(s) in taken or after is None or not explains(s.text, least):
            continue
        if points_back(s.text) or after in leads:
            room = CONTINUATION_ROOM
        elif same_paragraph:
            room = ANSWER_LIMIT - WORD_BUDGET if lifted[id(s)] >= 0.6 * lifted[id(pool[0])] else 0
        else:
            continue
        n = len(s.text.split())
        if words + n <= WORD_BUDGET + room:
            chosen.append(s)
            return words + n
    return words


def year_fit(s: ScoredSentence, question: Question, year: int) -> float:
    """grounding.temporal_fit of the sentence for `year` alone: 0.4 or more when it names the
    year or its article was written then (or the year after), 0 when it may be about it (an
    aside naming another year), negative when it is about another time."""
    alone = replace(question, years=[year], months=[], dates=[])
    return temporal_fit(alone, s.text, s.passage.text, s.passage.metadata)


def cover_each_year(question: Question, chosen: list[ScoredSentence], pool: list[ScoredSentence],
                    lifted: dict[int, float], words: int) -> int:
    """A comparison across years ("was turnout higher in 2013 or in 2017?") holds a sentence
    about each year it asks: for a year none of the chosen may be about, the pool's best sentence
    about it (year_fit 0.4) joins, the lowest-scoring chosen ones that are not alone in speaking
    of an asked year making room (within MAX_SENTENCES and ANSWER_LIMIT). The words after."""
    years = sorted(set(question.years))
    if question.answer_type != COMPARISON or len(years) < 2:
        return words
    # a measure compared ("Compare Chávez's share in the 2004 recall with the YES share in 2007"):
    # a sentence about a year tells it when it gives the figure (type_fit, scoring.figure_question);
    # not a reaction to the result compared ("How did the losing side's reaction … differ…")
    measured = figure_question(question) is not None and question.cue != "reaction"

    def tells(c: ScoredSentence) -> bool:
        return not measured or c.features.get("type_fit", 0.0) > 0

    def about(c: ScoredSentence, year: int) -> bool:
        return year_fit(c, question, year) >= 0 and tells(c)

    for year in years:
        if any(about(c, year) for c in chosen):
            continue
        taken = {id(c) for c in chosen}     # by identity: ScoredSentence's == compares fields, vectors too
        extra = next((s for s in pool if id(s) not in taken and explains(s.text) and tells(s)
                      and year_fit(s, question, year) >= 0.4), None)
        if extra is None:
            continue
        n = len(extra.text.split())
        while chosen and (words + n > ANSWER_LIMIT or len(chosen) >= MAX_SENTENCES):
            spare = next((c for c in sorted(chosen, key=lambda c: lifted[id(c)]) if all(
                any(about(o, y) for o in chosen if o is not c) for y in years if about(c, y))), None)
            if spare is None:
                break
            chosen[:] = [c for c in chosen if c is not spare]
            words -= len(spare.text.split())
        if words + n <= ANSWER_LIMIT and len(chosen) < MAX_SENTENCES:
            chosen.append(extra)
            words += n
    return words


def name_words(name: str) -> list[str]:
    """The words of a name a text may be found to hold, folded ("bill", "richardson")."""
    return [w for w in re.findall(r"\w+", fold(name)) if len(w) > 2]


def names_any(text: str, names: list[str]) -> bool:
    """Whether the text holds a word of any of the names ("Richardson" for "Bill Richardson")."""
    words = set(re.findall(r"\w+", fold(text)))
    return any(w in words for name in names for w in name_words(name))


def names_surname(text: str, names: list[str]) -> bool:
    """Whether the text holds the last word of one of the names ("Martín" of "Jorge Martín", not
    only "Jorge"; "Woods" of "Alan Woods")."""
    words = set(re.findall(r"\w+", fold(text)))
    return any(name_words(name)[-1:] and name_words(name)[-1] in words for name in names)


def tells_who(question: Question, s: ScoredSentence) -> bool:
    """A sentence that does not explain but tells who someone asked of is: the lead-in to a quote
    giving the speaker's title ("Who is Bill Richardson?": "…a statement by OAS representative and
    former New Mexico governor Bill Richardson to the effect that…:"; gives_title)."""
    return question.asks_who_is and gives_title(s.text) and extraction.titled(s.text, question.entities)


def title_said(question: Question, chosen: list[ScoredSentence]) -> str | None:
    """What someone the question names is, as the first of the answer's sentences to say it: the
    title set beside the name ("Who is Vicente Díaz?", "What was his job?": "CNE rector" of "He was
    backed by CNE rector Vicente Díaz…"; extraction.title_beside), or None."""
    return next((title.text for s in chosen if (title := extraction.title_beside(s.text, question.entities))), None)


def select_explanation(question: Question, sentences: list[ScoredSentence],
                       passages: list[Candidate]) -> list[ScoredSentence]:
    """Sentences from the best passages, by block score (the 60 best), without repeats, within a
    word budget."""
    lifted = block_scores(sentences, passages, elaborated=question.answer_type in ELABORATED)
    pool = [s for s in sorted(sentences, key=lambda s: -lifted[id(s)]) if not only_asks(s.text)][:60]
    if question.years:                  # the time asked about, when the articles speak of it
        pool = [s for s in pool if s.features["temporal"] >= 0] or pool
    if question.cue == "result":        # "What was the result of the 2004 recall?": who won, by how much
        pool = [s for s in pool if has_cue(s.text, "result")] or pool
    if question.asks_who_is:            # "Who is Baduel?": sentences that name him
        pool = ([s for s in pool if names_surname(s.text, question.entities)]   # "Jorge Martín": not "Jorge Rodríguez"
                or [s for s in pool if names_any(s.text, question.entities)] or pool)
        if question.asks_post:          # "What was Baduel's rank?": the sentences giving him his title
            pool = [s for s in pool if extraction.titled(s.text, question.entities) and gives_title(s.text)] or pool
    chosen: list[ScoredSentence] = []
    words = 0
    for s in pool:
        if len(chosen) >= MAX_SENTENCES:
            break
        n = len(s.text.split())
        if chosen and words + n > WORD_BUDGET:
            continue
        if lifted[id(s)] < 0.6 * lifted[id(pool[0])] or not (explains(s.text) or tells_who(question, s)
                                                                 or short_match(s)):
            continue
        if any(float(s.vector @ c.vector) > 0.9 for c in chosen):
            continue
        chosen.append(s)
        words += n
    words = add_continuation(chosen, pool, lifted, words)
    words = cover_each_year(question, chosen, pool, lifted, words)
    wanted_docs = 2 if question.answer_type == COMPARISON or len(question.years) > 1 else 1
    if len({s.passage.doc for s in chosen}) < wanted_docs:
        other = next((s for s in pool if s.passage.doc not in {c.passage.doc for c in chosen}
                      and explains(s.text)), None)
        if other is not None:
            while chosen and words + len(other.text.split()) > WORD_BUDGET + 40 and len(chosen) > 1:
                words -= len(chosen.pop().text.split())
            chosen.append(other)
    return reading_order(chosen)


def best_first(ordered: list[ScoredSentence]) -> list[ScoredSentence]:
    """An explanation (in reading_order) opens with the best sentence of its first article ("What
    happened to the PDVSA worker…?": "A PDVSA worker … was shot dead…", not the lead-in "It is
    worth giving a few examples." before it), with the sentences right after it that point back
    to it ("It was…"); the others follow in reading order. Unless the best one points back itself,
    or the first sentence nearly ties with it (NEAR_TIE)."""
    first_article = [s for s in ordered if s.passage.doc == ordered[0].passage.doc] if ordered else []
    best = max(first_article, key=lambda s: s.score, default=None)
    if best is None or ordered[0].score >= NEAR_TIE * best.score or points_back(best.text):
        return ordered
    at = ordered.index(best)
    end = at + 1
    while end < len(ordered) and points_back(ordered[end].text) and follows(ordered[end - 1], ordered[end]):
        end += 1
    return ordered[at:end] + ordered[:at] + ordered[end:]


def follows(before: ScoredSentence, after: ScoredSentence) -> bool:
    """`after` is the sentence right after `before` in its article (the next one in its paragraph,
    or the first of the next paragraph)."""
    if before.passage.doc != after.passage.doc:
        return False
    if before.passage.position == after.passage.position:
        return after.index == before.index + 1
    return (after.passage.position == before.passage.position + 1 and after.index == 0
            and before.index == len(before.passage.sentences) - 1)


# ---------------------------------------------------------------- building the Answer

def citations_for(chosen: list[ScoredSentence]) -> tuple[list[AnswerSentence], list[Citation]]:
    by_passage: dict[int, Citation] = {}
    out_sentences = []
    for s in chosen:
        p = s.passage
        cit = by_passage.get(p.id)
        if cit is None:
            meta = p.metadata
            cit = Citation(id=len(by_passage) + 1, doc=p.doc, title=meta.get("title", ""), date=meta.get("date", ""),
                           passage=p.text, start=p.start, end=p.end, source=meta.get("source", ""),
                           author=meta.get("author", ""), passage_id=p.id)
            by_passage[p.id] = cit
        sent = s.sentence
        cit.highlights.append((sent.offset, sent.offset + len(sent.text)))
        out_sentences.append(AnswerSentence(sent.text, cit.id, sent.start, sent.end))
    return out_sentences, list(by_passage.values())


def retrieved(passages: list[Candidate]) -> list[RetrievedPassage]:
    return [RetrievedPassage(doc=c.passage.doc, title=c.passage.metadata.get("title", ""), passage=c.passage.text,
                             start=c.passage.start, end=c.passage.end, score=round(float(c.score), 4),
                             date=c.passage.metadata.get("date", ""), passage_id=c.passage.id)
            for c in passages[:max(SHOWN_PASSAGES, 5)]]


def missing_terms(question: Question, sentences: list[ScoredSentence], weights) -> list[str]:
    """The question's rarest terms that none of the passages of the ten best sentences holds:
    what the closest passages lack (the articles may use them elsewhere); not the words of the
    answer's form ("date", "percentage"), which no passage need say."""
    found = set(answer_form_terms(question.answer_type))
    for s in sentences[:10]:
        found |= term_set(s.passage.text)
    return [t for t in sorted(weights, key=lambda t: -weights[t]) if t not in found][:3]


def as_typed(terms: list[str], question_text: str) -> list[str]:
    """The question's own words for its stemmed terms ("percentage", not "percentag")."""
    typed = {}
    for word in re.findall(r"[\w'’%-]+", question_text):
        for term in content_terms(word):
            typed.setdefault(term, word)
    return [typed.get(t, t) for t in terms]


QUOTED_CHARS = 200     # a long message is quoted by its end, where its question is


def abstention_text(question: Question, sentences, weights, untold: list[int] = ()) -> str:
    """Why nothing was answered: a year no article tells of (`untold`), the question's rarest words
    the closest passages lack, or that they hold them but not the answer."""
    asked = question.text.strip().rstrip("?").strip()
    if len(asked) > QUOTED_CHARS:
        asked = "…" + last_chars(asked, QUOTED_CHARS).lstrip()
    missing = as_typed(missing_terms(question, sentences, weights), question.text)
    detail = f" (no article tells of {' or '.join(map(str, untold))})" if untold else \
        f" (the closest passages never mention: {', '.join(missing)})" if missing else \
        " (the closest passages hold the question's words but not its answer, or speak of another time)" if weights else \
        " (the passages that come closest are about something else or another time)"
    hint = " Questions are read in English, the language of the articles." if not_english(question.text) else ""
    return f"The articles don't say: “{asked}”{detail}.{hint} The closest passages are listed below."


def not_english(text: str) -> bool:
    """A question written mostly in another script ("Кто победил…?"), or with accented words and
    no English function word among three or more ("¿Quién ganó…?"): the reader may not know the
    articles are searched in English."""
    words = re.findall(r"[^\W\d_]+", text)
    latin = sum(w.isascii() or all(ord(c) < 0x250 for c in w) for w in words)
    if words and latin < len(words) / 2:
        return True
    accented = sum(not w.isascii() for w in words)      # one may be a name: "Chávez"
    return len(words) >= 3 and accented >= 2 and not any(fold(w) in ENGLISH_FUNCTION_WORDS for w in words)


ENGLISH_FUNCTION_WORDS = {"the", "an", "of", "in", "on", "to", "and", "or", "is", "was", "were", "are", "did", "do",
                          "does", "what", "who", "when", "where", "why", "how", "which", "many", "much", "for", "by",
                          "with", "at", "from", "it", "he", "she", "they", "that", "this", "has", "have", "had"}


def select(question: Question, sentences: list[ScoredSentence], passages: list[Candidate],
           weights: dict[str, float]) -> tuple[list[ScoredSentence], str | None]:
    if not sentences:
        return [], None
    if question.is_factoid:
        return select_factoid(question, sentences, weights)
    return select_explanation(question, sentences, passages), None


def summary(question_text: str, question: Question, article: list[Candidate],
            vectors: Callable[[int], "np.ndarray"], match: float) -> Answer:
    """"Summarise the 2013 article": its opening sentences in reading order, within the word
    budget. A news article says what matters first (the lead), so its opening is the summary a
    reader gets from it without a writer; headings, datelines and fragments are passed over
    (explains). Confidence is how fully the article fits the way the question names it."""
    chosen: list[ScoredSentence] = []
    words = 0
    for c, i, s in ((c, i, s) for c in article for i, s in enumerate(c.passage.sentences)):
        n = len(s.text.split())
        if len(chosen) >= MAX_SENTENCES or (chosen and words + n > WORD_BUDGET):
            break
        if explains(s.text):
            chosen.append(ScoredSentence(c, i, vectors(c.row)[i]))
            words += n
    answer_sentences, citations = citations_for(chosen)
    return Answer(question=question_text, answer=" ".join(f"{s.text} [{s.citation}]" for s in answer_sentences),
                  abstained=not chosen, confidence=match if chosen else 0.0, short_answer=None,
                  sentences=answer_sentences, citations=citations, passages=retrieved(article),
                  resolved_question=question.text, answer_type=question.answer_type)


def acknowledged(question_text: str) -> Answer:
    """The reply to a turn that only greets, thanks or acknowledges ("hello", "thanks", "ok
    great"): no answer drawn from the articles (a sentence with "great" in it is none), and
    nothing cited. Its answer_type says which it was: "greeting" or "acknowledgment"."""
    greeting = is_greeting(question_text)
    reply = "Hello. Ask a question about the articles." if greeting else \
        "Ask another question about the articles when you like."
    return Answer(question=question_text, answer=reply, abstained=True, confidence=0.0, short_answer=None,
                  sentences=[], citations=[], passages=[], resolved_question=question_text,
                  answer_type="greeting" if greeting else "acknowledgment")


# "What did Chávez announce his support for?", "What did Koerner write for?": a preposition left at
# the end asks for the thing it governs
STRANDED = re.compile(r"\b(for|of|by|with|about|on|to|from|against|in)\W*$", re.I)


def told_object(question_text: str, chosen: list[ScoredSentence], short: str | None) -> bool:
    """Whether the short answer is what the question's stranded preposition asks: a cited sentence
    has that preposition right before it ("…for Leon Trotsky's Transitional Programme")."""
    stranded = STRANDED.search(question_text)
    return bool(stranded and short) and any(
        re.search(rf"\b{stranded.group(1)}\s+(?:the\s+)?{re.escape(short)}", s.text, re.I) for s in chosen)


def compose(question_text: str, question: Question, passages: list[Candidate],
            sentences: list[ScoredSentence], weights: dict[str, float],
            support_for: Callable[[str, list[str]], dict[str, float]] | None = None, unnamed: str = "",
            untold: list[int] = ()) -> Answer:
    """The Answer. `support_for(window_text, words)` gives the semantic support of the question's
    corpus-unknown words, and of `words`, in the answer's context (see support.py). `unnamed`: the pronoun the
    question asks about with nothing to say who it is (question.pronoun_subject, no history):
    any answer would be about someone chosen at random. `untold`: years asked that no article
    tells of ("…higher turnout, 2013 or 2030?"): an answer from the years they do tell would
    answer another question."""
    chosen, short = ([], None) if unnamed or untold else select(question, sentences, passages, weights)
    if question.answer_type == ENTITY and TOLD_ASKED.search(question.text) and not told_object(question_text, chosen, short):
        short = None             # "What did the Independent publish?": what it told, not "London" in it
    if short is None and needs_span(question) or unsigned(question, chosen) or untold_outcome(question, chosen):
        chosen = []
    conf = answer_confidence(question, chosen, passages, weights, support_for) if chosen else 0.0
    base = dict(question=question_text, confidence=conf, passages=retrieved(passages),
                resolved_question=question.text, answer_type=question.answer_type)
    if conf < ABSTAIN_BELOW:
        text = (f"Who is “{unnamed}”? The question does not say, and there is no earlier question to tell; ask "
                "again with the name. The closest passages are listed below.") if unnamed else \
            abstention_text(question, sentences, weights, untold)
        return Answer(answer=text, abstained=True, short_answer=None, sentences=[], citations=[], **base)
    if question.wants_several_sentences:
        chosen = best_first(chosen)
    if question.asks_who_is:
        short = title_said(question, chosen)
    answer_sentences, citations = citations_for(chosen)
    text = " ".join(f"{s.text} [{s.citation}]" for s in answer_sentences)
    return Answer(answer=text, abstained=False, short_answer=short, sentences=answer_sentences,
                  citations=citations, **base)
