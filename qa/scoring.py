"""Sentence-level evidence scoring inside retrieved passages, and passage reranking from it.

Each sentence of the top passages gets features:
  dense     cosine of question and sentence vectors (computed at index time)
  lexical   IDF-weighted share of the question's terms the sentence contains
  passage   the same share over the whole passage (the sentence's context)
  type_fit  how well a span of the wanted answer type sits next to the question's rare terms
  temporal  agreement of the question's time with the sentence, passage and article date
  document  agreement of the article with the way the question names its source
  quote, phrase, context, cue, byline: a quoted phrase, adjacent question terms, the
            neighbours' overlap, a cue of the kind of sentence the question wants (a reason for
            why, a prescription for "how should", a reaction for "how did they react"), the
            article's author named (who wrote)
type_fit, the costly one, is computed only where it can change the top of the ranking.
A passage is then scored by its fused retrieval rank and its best sentence; for explanations a
paragraph that points back ("It also…") continues the one before it and inherits its score.
"""
from __future__ import annotations

import heapq
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from operator import mul
from typing import Callable

import numpy as np

from . import extraction, known
from .acronyms import AcronymTable
from .chunking import Passage, PassageSentence
from .figures import figures as figures_in, rounded_terms
from .grounding import EVENT_NOUN_STEMS, GENERIC_EVENT, ORDINAL_END, document_match, temporal_fits, written_before, written_long_after
from .lexical import idf
from .question import (COMPARISON, COUNT, DATE, EVENT, MONEY, MONTH, PERCENT, REFORM_PACKAGE, TIME, WINNING_SIDE_ASKED,
                       Question, answer_form_terms, dates_named)
from .retrieval import Candidate
from .store import IndexData
from .text import GROWTH_OF, PACKAGE_SAID, fold, stem, term_set, term_variants

TYPED_TOP = 10           # the composer picks a factoid answer among the 10 best sentences
EARLIER_ARTICLE = 0.5     # fused score × this for an article written before the year asked (grounding.written_before);
                          # dev MRR@5 0.882 -> 0.887, extra 0.901 -> 0.918, the same at 0.3 and 0.7
LATER_ARTICLE = 0.5       # the same for one written two or more years after it (grounding.written_long_after);
                          # dev unchanged, extra R@5 0.967 -> 1.000, MRR 0.923 -> 0.947, explain 0.577 -> 0.592; 0.7 gained less
RERANK_DEPTH = 20        # 40 and 15 gave the same dev and BBC-500 results; 10 lost dev recall (0.956 -> 0.926)
WEIGHTS = {"dense": 0.40, "lexical": 0.30, "passage": 0.10, "type_fit": 0.15, "temporal": 0.10, "document": 0.25,
           "quote": 0.20, "context": 0.08, "phrase": 0.10, "cue": 0.09, "byline": 0.50}
# "since" gives a reason ("since the state owns…"), except before a time ("since 1998",
# "since October 7", "since the 1990s", "since then", "ever since") or an -ing form ("since
# winning power"; not a subject: "since voting is compulsory", "since nothing…"), where it says when.
SINCE_AS_REASON = (r"(?<!ever )since(?!\s+(?-i:(?![a-z]*thing\b)[a-z]+ing)\b(?!\s+(?:is|was|were|are|has|had|have)\b))(?!\s+(?:the\s+)?(?:(?:early|late|mid-?)\s*)?(?:\d|then\b|last\b|this\b|earlier\b|"
                   r"yesterday\b|the\s+(?:start|beginning|end)\b|" + MONTH.pattern + r"))")
CAUSAL = re.compile(r"\b(because|" + SINCE_AS_REASON + r"|due to|as a result|result(?:ed|s)? (?:in|from)|led to|leads? to|lead to|"
                    r"caus(?:e|ed|es)|reasons?|therefore|thus|paved? the way|contribut(?:ed|es|e)|factors?|"
                    r"blamed?|reflect(?:s|ed)?|explain(?:s|ed)?|arose|stem(?:s|med)? from|fuell?ed|"
                    r"responsible|so that|in order to|means that|meant that|based (?:up)?on|thanks to)\b", re.I)


@dataclass
class ScoredSentence:
    candidate: Candidate
    index: int                     # sentence number within the passage
    vector: np.ndarray
    features: dict = field(default_factory=dict)
    score: float = 0.0
    typed: bool = False                # type_fit computed (factoid questions; see add_type_fit)

    # (each reads the candidate's passage itself, not through the property before it: `text` is
    # read ~150 times a question, and three property calls cost three times one)
    @property
    def passage(self) -> Passage:
        return self.candidate.passage

    @property
    def sentence(self) -> PassageSentence:
        return self.candidate.passage.sentences[self.index]

    @property
    def text(self) -> str:
        return self.candidate.passage.sentences[self.index].text

    @property
    def heading(self) -> str:
        """The heading of the table the sentence is a row of ("" for any other sentence)."""
        sentences = self.passage.sentences
        heads = table_headings(tuple(x.text for x in sentences)).get(self.index)
        return "" if heads is None else sentences[heads[-1]].text

    @property
    def headings(self) -> str:
        """The heading of the table the sentence is a row of, after the table's lead-in when it
        has one ("2.03 am, the detail of the results announced by CNE is:")."""
        sentences = self.passage.sentences
        heads = table_headings(tuple(x.text for x in sentences)).get(self.index, ())
        return " ".join(sentences[h].text for h in heads)


def term_weights(question: Question, data: IndexData) -> dict[str, float]:
    """IDF squared: a question's rarest words ('nullified', 'amnesty') must dominate its common ones.
    A what-happened question whose only word is its own "happened" ("What happened in late 2007?")
    has no word to find: a sentence saying "what was happening" is no better for it."""
    if question.answer_type == EVENT and not set(question.terms) - answer_form_terms(EVENT):
        return {}
    return {t: idf(data.bm25, t) ** 2 for t in question.terms}


def quote_match(text: str, question: Question) -> float:
    """1 when a phrase the question puts in quotes appears verbatim (folded) in the text."""
    if not question.quotes:
        return 0.0
    folded = " ".join(fold(text).split())
    return float(any(q in folded for q in question.quotes))


def coverage(terms: set[str], weights: dict[str, float], total: float | None = None) -> float:
    """IDF-weighted share of the question's terms found in `terms` (`total`: sum of the weights,
    when the caller already has it)."""
    total = sum(weights.values()) if total is None else total
    return sum([w for t, w in weights.items() if t in terms]) / total if total else 0.0


def phrase_match(sentence_pairs: frozenset[tuple[str, str]], pairs: set[tuple[str, str]]) -> float:
    """Share of the question's adjacent term pairs ("turn point") that are adjacent in the sentence
    too (`sentence_pairs`: AcronymTable.sentence_bigrams)."""
    return len(pairs & sentence_pairs) / len(pairs) if pairs else 0.0


def names_side(text: str, side: str) -> float:
    """1 when the sentence names the side the question asks about (question.side), like a quote."""
    return float(bool(side) and bool(extraction.side_pattern(side).search(text)))


def neighbour_best(values: list[float]) -> list[float]:
    """For each sentence, the larger value of the sentences right before and after it (0 for a
    sentence alone)."""
    if len(values) < 2:
        return [0.0] * len(values)
    return [values[1], *map(max, values[:-2], values[2:]), values[-2]]


# what a sentence saying what ought to be done uses ("it is necessary to fight for democratic
# control", "must be linked", "the way to deal with it is…")
PRESCRIPTIVE = re.compile(r"\b(?:must|should|need(?:s|ed)? to|necessary|ha(?:s|ve) to|demand\w*|call(?:s|ed)? for|"
                          r"fight for|the way to|can only be|only way|essential|required|vital|urgent)\b", re.I)
# what a sentence telling a reaction uses ("refused to recognise the result", "is crying foul and
# disputing the elections results", "Chávez has recognised the result", "warning of sanctions")
REACTION = re.compile(r"\b(?:recogni[sz]\w*|refus\w*|accept\w*|conced\w*|claim\w*|fraud|disput\w*|demand\w*|"
                      r"call(?:s|ed|ing)? for|denounc\w*|reject\w*|warn\w*|protest\w*|celebrat\w*|congratulat\w*|"
                      r"vow\w*|insist\w*|threaten\w*|sanction\w*|accus\w*|blam\w*|condemn\w*)\b", re.I)
# what a sentence telling a vote's result uses: a share or a vote count, or who won or lost
RESULT = re.compile(r"\d[\d.,]*\s?%|\b\d{1,3}(?:[.,]\s?\d{3})+\b|\b(?:won|wins?|winning|defeat\w*|victor\w*|"
                    r"reject\w*|approv\w*|beat|lost|loses?|majority)\b", re.I)
# question.answer_cue → the cue of a sentence that answers; one feature and weight for all (the
# causal cue's 0.09, set for why-questions; the others take it untuned)
CUES = {"causal": CAUSAL, "prescriptive": PRESCRIPTIVE, "reaction": REACTION, "result": RESULT}


@lru_cache(maxsize=65536)
def has_cue(text: str, cue: str) -> bool:
    stored = known.fact(text)         # a sentence's cues are found at index time (sentence_facts)
    return cue in stored.get("cues", ()) if stored is not None else bool(CUES[cue].search(text))


def cues_of(text: str) -> list[str]:
    """The CUES the text has (a sentence fact, sentence_facts)."""
    return [cue for cue, pattern in CUES.items() if pattern.search(text)]


def type_fit(sentence: str, question: Question, weights: dict[str, float], heading: str = "") -> float:
    """0 without a span of the wanted type; up to ~1 for one right next to the question's terms
    (`heading`: a table row's, extraction.best_span_fit)."""
    if not question.is_factoid:
        return 0.0
    found = extraction.best_span_fit(sentence, question, weights, heading)
    if found is None:
        return 0.0
    return min(1.0, 0.4 + 0.6 * (found[1] - 1.0))


def with_variants(terms: set[str], variants: dict[str, str]) -> set[str]:
    """A sentence saying 'narrowest' covers the question's 'narrow', 'participated' its
    'turnout' (`variants`: question_variants)."""
    if not variants:
        return terms
    found = terms & variants.keys()
    return terms | {variants[f] for f in found} if found else terms


# the figures a package of changes is asked of ("how many amendments were in the 2007 reform
# package", "how long would the week have become under the package"); not who made it
PACKAGE_FIGURES = (COUNT, PERCENT, MONEY, DATE, TIME)


def question_variants(question: Question) -> dict[str, str]:
    """Each other form a sentence may use for a question's term (text.term_variants), mapped to the
    term. An office stands for its holder in a fact question only ("capriles was governor of
    which state": "won the governorship of Miranda"): in an explanation it drifted to another
    topic ("18 of 23 state governorships" in a turnout comparison; over every set, the factoid
    and MRR gains stayed and the nugget losses and dev's one 146-word answer went). A growth's
    other verbs (text.GROWTH_SAID) likewise, or where a figure's growth is asked (text.GROWTH_OF), and
    a package of changes told as the changes (text.PACKAGE_SAID)."""
    growth = question.is_factoid or bool(GROWTH_OF & set(question.terms))   # "why did the number of voters grow"
    variants = {form: t for t in question.terms for form in term_variants(t, offices=question.is_factoid, growth=growth)}
    if question.answer_type in PACKAGE_FIGURES and REFORM_PACKAGE.search(question.text):   # "the 2007 reform package": its changes
        variants |= {form: t for t in question.terms for form in PACKAGE_SAID.get(t, ())}
    if question.role in extraction.HEAD_POSTS and question.role in question.terms:    # "the head of the CNE":
        variants |= {post: question.role for post in extraction.HEAD_POSTS}           # "CNE President …"
    if WINNING_SIDE_ASKED.search(question.text):       # "Which side won the 2007 referendum?": "…the
        variants |= side_won_variants(question.terms)   # victory of the NO", "the “No” had been imposed"
    return variants


# how a referendum's winning side is told (extraction.WON_SIDE), for the question's "won", and the
# sides' names for its "side" / "camp" / "option"
WON_TERMS = frozenset(stem(w) for w in ("won", "win", "prevailed", "carried", "triumphed"))
SIDE_WON_SAID = frozenset(stem(w) for w in ("victory", "triumphed", "imposed", "prevailed", "win", "won"))
SIDE_TERMS = frozenset(stem(w) for w in ("side", "camp", "option"))


def side_won_variants(terms: list[str]) -> dict[str, str]:
    """The words a result says a side won by, for the question's word of winning, and "no" / "yes"
    for its word for a side (question_variants)."""
    variants = {}
    for term in terms:
        said = SIDE_WON_SAID if term in WON_TERMS else ("no", "yes") if term in SIDE_TERMS else ()
        variants |= {form: term for form in said}
    return variants


def names_author(text: str, meta: dict) -> float:
    """1 when the sentence names an author of its article (its byline, "X is a co-convenor of…")."""
    authors = [a.strip() for a in str(meta.get("author", "")).split(";") if a.strip()]
    folded = fold(text)
    return float(any(fold(a) in folded for a in authors))


def add_byline_passages(question: Question, candidates: list[Candidate], data: IndexData) -> None:
    """"Who wrote the 2017 regional elections article?": the passages of the named article that
    name its author (its byline, "[Jim McIlroy is a national co-convenor …]") join the
    candidates at the top of the fused ranking, whether or not retrieval found them: they are
    what the question asks for, and share no word with it."""
    if not (question.asks_author and question.sources):
        return
    named = {doc for doc, info in data.documents.items() if (document_match(question, info["metadata"]) or 0.0) >= 0.5}
    if not named:
        return
    present = {c.row: c for c in candidates}
    top = max((c.fused for c in candidates), default=1.0)
    for row, passage in enumerate(data.passages):
        if passage.doc in named and names_author(passage.text, passage.metadata):
            if row in present:
                present[row].fused = max(present[row].fused, top)
            else:
                candidates.append(Candidate(row, passage, fused=top))


def document_prior(question: Question, candidates: list[Candidate]) -> None:
    """Fold the article match, and whether the article was written at the time asked about,
    into the fused score before the rerank cut-off (once per article)."""
    by_doc: dict[str, tuple[float, float, float]] = {}
    for c in candidates:
        if c.passage.doc not in by_doc:
            by_doc[c.passage.doc] = article_prior(question, c.passage.metadata)
        feature, factor, period = by_doc[c.passage.doc]
        c.features["document"] = feature
        c.features["period"] = period
        c.fused *= factor


def article_prior(question: Question, meta: dict) -> tuple[float, float, float]:
    """(document feature, factor on the fused score, period factor) for the passages of one
    article. An article the question names counts whatever its date (it may look ahead: "what
    did the 2008 article warn could happen by 2012?"); any other one by period_factor."""
    match = document_match(question, meta)
    period = 1.0 if match is not None and match >= 0.5 else period_factor(question, meta)
    feature, factor = (0.0, 1.0) if match is None else (match - 0.5, 0.5 + match)
    return feature, factor * period, period


def period_factor(question: Question, meta: dict) -> float:
    """An article from the time asked about reports it; one written before cannot, one written
    long after only looks back on it."""
    if written_before(question, meta):
        return EARLIER_ARTICLE
    if written_long_after(question, meta):
        return LATER_ARTICLE
    return 1.0


def titled_terms(question: Question, title: str) -> frozenset[str]:
    """The words of an article's title each of its sentences counts as its own: all of them for
    a vote's result asked (what the article reports is the result), else the question's event
    nouns ("recall", "coup"; not "election", which titles of every kind say) for a fact or an
    explanation asked ("How did the opposition try to cast doubt on the 2004 recall result…?": "As
    the voting was underway the National Electoral Council (CNE) announced … a pre-recorded fake
    press conference…", in the article titled with the recall); not for a comparison, whose
    articles are several."""
    if question.cue == "result":
        return term_set(title)
    if question.answer_type == COMPARISON:
        return frozenset()
    return term_set(title) & TITLED_EVENTS


TITLED_EVENTS = EVENT_NOUN_STEMS - {GENERIC_EVENT}
# a result's figures ("gave Chávez 58.25%", "the NO with 4, 504, 354 votes"): only such a sentence
# tells the result its article's title names; any other of a titled article ("The 2007
# constitutional referendum: live blog") would match it too ("…the YES vote would win…")
RESULT_FIGURE = re.compile(r"\d\s*%|\d[\d.,\s]*\d\s+votes\b")


def stray_days(days: set[str], terms: frozenset[str], text: str) -> set[str]:
    """The days asked ("December 3" asks 3) that a sentence holds only as some other number ("about
    3 opposition folks"), not as a day of a month it names: no match of the day asked."""
    said = {day for day in days if day in terms}
    if not said:
        return set()
    named = {ORDINAL_END.sub("", day) for _, day in dates_named(text)}
    return {day for day in said if day not in named}


def score_sentences(question: Question, query_vector: np.ndarray, candidates: list[Candidate],
                    data: IndexData, weights: dict[str, float], acronyms: AcronymTable) -> list[ScoredSentence]:
    add_byline_passages(question, candidates, data)
    document_prior(question, candidates)
    candidates.sort(key=lambda c: -c.fused)
    variants = question_variants(question)
    pairs = set(zip(question.terms, question.terms[1:]))
    total = sum(weights.values())
    asked_figures = bool(figures_in(question.text))
    asked_days = {day for _, day in question.dates if day.isdigit()}
    out: list[ScoredSentence] = []
    # the fused top RERANK_DEPTH, and the passages holding the sentences nearest the question
    for cand in candidates[:RERANK_DEPTH] + [c for c in candidates[RERANK_DEPTH:] if c.sentence_rank is not None]:
        passage = cand.passage
        vectors = data.sentence_matrix(cand.row)
        dense = (vectors @ query_vector).tolist()
        bigrams = acronyms.sentence_bigrams(passage)
        expanded, passage_terms = acronyms.expanded_terms(passage)
        if variants and not variants.keys().isdisjoint(passage_terms):
            # (a sentence's terms are some of its passage's: no variant in the passage, none in them)
            passage_terms = with_variants(passage_terms, variants)
            expanded = [with_variants(terms, variants) for terms in expanded]
        titled = titled_terms(question, passage.metadata.get("title", ""))
        if titled and not question.is_factoid and question.cue != "result":
            passage_terms = passage_terms | titled      # an explanation's passage says its article's title too
        passage_cov = coverage(passage_terms, weights, total)
        cand.features["coverage"] = passage_cov
        texts = tuple(s.text for s in passage.sentences)
        if asked_figures:                    # "about 7.5 million": "7,505,378" says those words
            expanded = [terms | rounded_terms(question.text, text) for terms, text in zip(expanded, texts)]
        if titled:                           # "the result of the 2004 recall", "the electorate by the time of
            expanded = [terms | titled if question.cue != "result" or RESULT_FIGURE.search(text) else terms
                        for terms, text in zip(expanded, texts)]    # the recall vote": the article titled
                                                                    # with the recall gives it without naming it
        if asked_days:                       # "December 3, 2007": not the 3 of "about 3 opposition folks"
            expanded = [terms - stray_days(asked_days, terms, text) for terms, text in zip(expanded, texts)]
        lexical = [coverage(terms, weights, total) for terms in expanded]
        # (both are 0 for a question with no quoted phrase and no side: not looked for)
        quotes = [max(quote_match(text, question), names_side(text, question.side)) for text in texts] \
            if question.quotes or question.side else [0.0] * len(texts)
        for row, heads in table_rows(texts):
            # a row says its heading's words too: "B Block, second part of reform" / "No: …, 51,05 %";
            # and, when it says something asked itself (a word, the side), what the heading means:
            # alone, "No: 4.522.332, 51,05 %" is far from any question in the embedding
            if lexical[row] or quotes[row]:
                dense[row] = max(dense[row], dense[heads[-1]])
            lexical[row] = coverage(expanded[row].union(*(expanded[h] for h in heads)), weights, total)
        context = neighbour_best([max(lex, quote) for lex, quote in zip(lexical, quotes)])
        temporal = temporal_fits(question, texts, passage.text, passage.metadata)
        for i, s in enumerate(passage.sentences):
            f = {
                "dense": dense[i],
                "lexical": lexical[i],
                "quote": quotes[i],
                "phrase": phrase_match(bigrams[i], pairs),
                "context": context[i],
                "passage": passage_cov,
                "type_fit": 0.0,                 # added below, where it can matter
                "temporal": temporal[i],
                "document": cand.features["document"],
                "cue": float(bool(question.cue) and has_cue(s.text, question.cue)),
            }
            if question.asks_author:
                f["byline"] = names_author(s.text, passage.metadata)
            scored = ScoredSentence(cand, i, vectors[i], f)
            scored.score = sum(map(mul, map(WEIGHTS.__getitem__, f), f.values()))
            out.append(scored)
    out.sort(key=lambda s: -s.score)
    figures = figure_question(question)
    if figures is not None:
        add_type_fit(out, figures, weights)
    return out


# the measure a comparison compares ("Did Chávez's side win more votes in 2004 or in 2007?",
# "Which had the higher turnout…?"): its sentences give figures of that kind
COMPARED_MEASURE = [(PERCENT, re.compile(r"\b(?:turnout|participation|abstention|share|percentage|percent|proportion|"
                                          r"turn(?:ed|s)?\s+out)\b", re.I)),    # "Did more people turn out in 2013 or 2017?"
                    (COUNT, re.compile(r"\b(?:votes|ballots)\b|\bhow many\b", re.I)),
                    # an election's result or margin, when no word above says in what: percentages
                    (PERCENT, re.compile(r"\b(?:results?|margins?|outcomes?|wins?|won|victor(?:y|ies)|closer|tighter|"
                                         r"narrower|wider|comfortabl\w*|fared?)\b", re.I))]


def figure_question(question: Question) -> Question | None:
    """The question as the fact question its figures answer: itself when it asks a fact; a
    comparison of a measure typed by that measure (its sentences with the figures rank higher);
    None for any other."""
    if question.is_factoid:
        return question
    if question.answer_type == COMPARISON:
        kind = next((kind for kind, said in COMPARED_MEASURE if said.search(question.text)), None)
        return replace(question, answer_type=kind) if kind else None
    return None


def add_type_fit(scored: list[ScoredSentence], question: Question, weights: dict[str, float]) -> None:
    """type_fit is the costly feature (span extraction) and adds at most WEIGHTS["type_fit"].
    Going down the list by the other features, it is computed only for a sentence that could
    still enter the TYPED_TOP best or beat its passage's best so far; the rest cannot, so the
    top of the ranking and every passage's best sentence come out exactly as if all had it.
    The skipped ones keep `typed` False (see `ensure_type_fit`). Sorts `scored`."""
    bound = WEIGHTS["type_fit"]
    top: list[float] = []                      # min-heap of the best full scores so far
    passage_best: dict[int, float] = {}
    for s in scored:                           # best partial score first
        row = s.candidate.row
        if len(top) >= TYPED_TOP and s.score + bound <= top[0] and s.score + bound <= passage_best.get(row, -1e9):
            continue
        ensure_type_fit(s, question, weights)
        (heapq.heappush if len(top) < TYPED_TOP else heapq.heappushpop)(top, s.score)
        passage_best[row] = max(passage_best.get(row, -1e9), s.score)
    scored.sort(key=lambda s: -s.score)


def ensure_type_fit(s: ScoredSentence, question: Question, weights: dict[str, float]) -> float:
    """The sentence's type_fit, computed (and added to its score) if `add_type_fit` skipped it."""
    if not s.typed:
        fit = type_fit(s.text, question, weights, s.heading)
        s.features["type_fit"] = fit
        s.score += WEIGHTS["type_fit"] * fit
        s.typed = True
    return s.features["type_fit"]


# A paragraph that opens by pointing back ("It represented…", "The failure to nationalise these
# monopolies…", "…was also to have…") continues the one before it.
ANAPHORIC_START = re.compile(r"^\W*(?:it|its|this|these|those|they|their|such|he|she|his|her)\b"
                             r"|^\W*(?:\S+\s+){0,7}?(?:these|those|also)\b", re.I)
CONTINUATION = 0.9        # dev recall@5: 0.925 at 0, 0.934 at 0.8, 0.946 at 0.9 and 0.95


# a line of a table: short, a figure, no sentence end ("No: 4.522.332, 51,05 %"); a heading: a short
# line with no figure and no sentence end ("B Block, second part of reform")
TABLE_ROW = re.compile(r"^(?=.*\d)(?!.*[.!?…][\"”’')\]]*\s*$)\W*(?:\S+\s+){0,7}\S+\s*$")
HEADING = re.compile(r"^(?!.*\d)(?!.*[.!?…:][\"”’')\]]*\s*$)\W*(?:\S+\s+){0,9}\S+\s*$")
# a table's lead-in: a short line ending in a colon ("2.03 am, the detail of the results announced
# by CNE is:"), which says what every heading's rows under it are
LEAD_IN = re.compile(r"^\W*(?:\S+\s+){0,14}\S+:\s*$")


@lru_cache(maxsize=4096)
def table_rows(texts: tuple[str, ...]) -> tuple[tuple[int, tuple[int, ...]], ...]:
    """(row, heads) for each line of a table under a heading in one passage, heads being the
    heading, after the table's lead-in when one comes before the headings: they say what the
    rows' figures are of, as a question about them does ("What percentage did the No get in
    Block B…?", "the total votes in the CNE's 2.03 am figures"), so a row counts their words as its own."""
    out, lead_in, heading = [], (), None
    for i, text in enumerate(texts):
        if LEAD_IN.match(text):
            lead_in, heading = (i,), None
        elif HEADING.match(text):
            heading = i
        elif heading is not None and TABLE_ROW.match(text):
            out.append((i, (*lead_in, heading)))
        else:
            lead_in, heading = (), None
    return tuple(out)


@lru_cache(maxsize=4096)
def table_headings(texts: tuple[str, ...]) -> dict[int, tuple[int, ...]]:
    """table_rows as row -> heads, built once a passage (the caller must not change it):
    ScoredSentence.heading is asked of every sentence a question fits a span in."""
    return dict(table_rows(texts))


@lru_cache(maxsize=65536)
def points_back(text: str) -> bool:
    """The sentence opens by pointing back (ANAPHORIC_START); cached: the same sentences recur."""
    return bool(ANAPHORIC_START.match(text))


def continues_previous(passage: Passage) -> bool:
    return bool(passage.sentences) and points_back(passage.sentences[0].text)


def inherit_from_previous(candidates: list[Candidate], following: Callable[[Passage], Candidate | None] | None = None,
                          reach: int = 5) -> None:
    """An explanation runs across paragraphs: a paragraph that continues the one before it is
    scored at least CONTINUATION × that one's score (in reading order, so chains carry on).
    With `following` (the index's next paragraph), a continuation of one of the `reach` best
    paragraphs joins the candidates even when retrieval missed it ("It was also a further
    move…" shares no word with the question)."""
    by_place = {(c.passage.doc, c.passage.position): c for c in candidates}
    for c in sorted(candidates, key=lambda c: (c.passage.doc, c.passage.position)):
        previous = by_place.get((c.passage.doc, c.passage.position - 1))
        if previous is not None and continues_previous(c.passage):
            c.score = max(c.score, CONTINUATION * previous.score)
    if following is None:
        return
    for c in sorted(candidates, key=lambda c: -c.score)[:reach]:
        while (nxt := following(c.passage)) is not None and continues_previous(nxt.passage) \
                and (nxt.passage.doc, nxt.passage.position) not in by_place:
            nxt.score = CONTINUATION * c.score
            candidates.append(nxt)
            by_place[(nxt.passage.doc, nxt.passage.position)] = nxt
            c = nxt


def rerank_passages(candidates: list[Candidate], sentences: list[ScoredSentence],
                    question: Question | None = None,
                    following: Callable[[Passage], Candidate | None] | None = None) -> list[Candidate]:
    """Order passages by fused retrieval score and the evidence of their best sentence."""
    best: dict[int, float] = {}
    for s in sentences:
        best[s.candidate.row] = max(best.get(s.candidate.row, -1.0), s.score)
    top_fused = max((c.fused for c in candidates), default=1.0) or 1.0
    floor = min(best.values(), default=0.0)
    for c in candidates:
        c.features["fused"] = c.fused / top_fused
        c.features["best_sentence"] = best.get(c.row, floor)
        c.score = 0.3 * c.features["fused"] + c.features["best_sentence"]
    if question is not None and not question.is_factoid:
        inherit_from_previous(candidates, following)
    return sorted(candidates, key=lambda c: -c.score)
