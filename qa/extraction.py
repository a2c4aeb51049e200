"""Short answers: typed spans (numbers, percentages, dates, times, names, places) found in a
sentence, and the choice of the one that fits the question best.

Every span is a slice of the sentence, so a short answer is always copied, never written.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from . import known
from . import question as Q
from .acronyms import long_forms
from .figures import figures as figures_in, near as figure_near
from .synonyms import mutual_synonyms
from .text import INVALID_SAID, IRREGULAR_PAST, MEASURE_SAID, MEASURE_WORDS, SAME_AS, STOPWORDS, fold, stem, term_set, term_variants, verb_base

NUMBER_WORDS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
                "hundred hundreds thousand thousands million millions billion dozen dozens").split()
ROUNDING = r"nearly|almost|about|around|over|some|roughly|approximately|just over|just under|under|more than|less than"
QUANTIFIER = rf"(?:(?:{ROUNDING}|fewer than|at least|up to|only)\s+)?"
# a number: "4,379,392", "4.522.332", "50,70"; and "4, 504, 354" as a messy page wrote it (two
# or more spaced groups of three, so that a list "3, 150" stays two numbers)
DIGITS = r"\d{1,3}(?:,\s\d{3}){2,}(?!\d)|\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
NUMBER = rf"(?:{DIGITS}|(?:{'|'.join(NUMBER_WORDS)})(?:[- ](?:{'|'.join(NUMBER_WORDS)}))*)"
SCALE = r"(?:(?:\s+|-)(?:million|billion|thousand|hundred))?"       # "7.5 million", "18-million-strong"
# a share, or a rate given per so many people ("33.2 per 100,000", "5 per 1,000"): what a question
# asking a rate wants
PERCENT_RE = re.compile(rf"\b{QUANTIFIER}(?:{DIGITS})\s?(?:%|per ?cent\b|\s+per\s+(?:1(?:0{{1,2}})?(?:[.,]?000)*"
                        r"(?:\s+(?:thousand|million))?|thousand|million)\b(?![.,]\d))", re.I)
MONEY_RE = re.compile(rf"(?:[$£€]\s?(?:{DIGITS}){SCALE}|\b(?:{DIGITS}){SCALE}\s+(?:dollars|euros|pounds|bolivars)\b)", re.I)
COUNT_RE = re.compile(rf"(?<![/\d.,])\b{QUANTIFIER}{NUMBER}{SCALE}\b(?![/])", re.I)
FULL_MONTH = rf"(?:{Q.MONTH_NAME})"                              # "January" … "December"
MONTH = rf"(?:{Q.MONTH_NAME}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Fri|Sat|Sun)\.?,?"
DAY = r"\d{1,2}(?:st|nd|rd|th)?\b"            # \b: "July 2000" is not "July 20"
YEAR = r"(?:1[89]\d\d|20\d\d)"
YEAR_SPAN = re.compile(rf"{YEAR}[-–](?:{YEAR}|\d\d)")
DATE_RE = re.compile(
    rf"(?:{WEEKDAY}\s+)?(?:{DAY}\s+{MONTH}(?:,?\s+{YEAR})?|{MONTH}\s+{DAY}(?:,?\s+{YEAR})?|{MONTH}\s+{YEAR})"
    rf"|\b{YEAR_SPAN.pattern}\b(?![-–/]\d)"                 # a span of years: "Between 1974-79"
    rf"|\b{YEAR}\b"
    rf"|(?<=\b[Ii]n\s){FULL_MONTH}\b")                        # a month alone: "a cabinet reshuffle in January"
# a clock's hour and minute, not a figure: "50.66", "20.15%", "1.49 million", "$12.50", "7 amendments"
HOUR = r"\b(?<![\d.,$£€])(?:[01]?\d|2[0-4])"
AM_PM = r"(?:[ap]m|[ap]\.m\.)(?!\w)"
NOT_A_FIGURE = r"(?![\d.,]*\d)(?!\s?(?:%|per ?cent\b|million\b|billion\b|thousand\b))"
TIME_RE = re.compile(rf"{HOUR}[:.][0-5]\d(?:\s?{AM_PM})?{NOT_A_FIGURE}|{HOUR}\s?{AM_PM}", re.I)
NAME_TOKEN = r"[A-ZÁÉÍÓÚÑ][\w’'.-]*[\w]"
NAME_RE = re.compile(rf"{NAME_TOKEN}(?:\s+(?:(?:de|del|la|las|los|da|dos|van|von|of|the|y)\s+)*{NAME_TOKEN})*")
# "18 of 23", "16 out of the country's 25", "16 out of a total of 25": a part, then its whole
OF_WHOLE = r"\s+(?:out\s+)?of\s+(?:[\w’'-]+\s+){0,3}"
# (the part may be ranked first: "the nine most populated of the 23 states", "13 largest of the 23")
OUT_OF = re.compile(rf"\b(?:\d+|{'|'.join(NUMBER_WORDS)})(?:\s+(?:most|least)\s+[a-z-]+|\s+[a-z-]+est)?{OF_WHOLE}$",
                    re.I)                                                                          # before the whole
# a question asking the whole itself ("out of how many?", "how many states are there?"), which
# is_the_whole does not count against (a review); not "in total" ("…did the PSUV win in total?"),
# nor "the total number of votes cast for the PSUV" (no whole: "18 of 23" answered it)
ASKS_WHOLE = re.compile(r"\bof\s+how\s+many\b|\bhow\s+many\b.*\b(?:are|were)\s+there\b", re.I)
# the thing counted follows the whole, and counts for the part too
PART_OF = re.compile(rf"{OF_WHOLE}(?:\d[\d,.]*|{'|'.join(NUMBER_WORDS)})\b", re.I)      # after the part
# "from 17% in 1980 to 65% in 1996", "6.5 million votes in October 2012": the year a figure is
# of, right after it and what it counts
# (the words between may not look ahead: "56% and is expected to rise in 2014" is no 2014 figure)
YEAR_OF_FIGURE = re.compile(rf"\s+(?:\([^)]*\)\s+)?(?:(?!(?:will|would|expected|expects|is|are|could|may|might|should|can|"
                            rf"shall)\b)[a-z][\w-]*\s+){{0,5}}?(?:in|by|during|for)\s+(?:the\s+)?(?:(?:early|mid|late|year)\s+)?"
                            rf"(?:{MONTH}\s+(?:{DAY},?\s+)?)?({YEAR})\b", re.I)
ACRONYM = re.compile(r"[A-ZÁÉÍÓÚÑ]{2,}s?")
LIST_JOIN = re.compile(r"^(?:,\s*(?:and\s+)?|\s+and\s+)$")
ORG_WORDS = {fold(w) for w in (
    "Party Council Organization Organisation Assembly States Union Committee Network Front Ministry Bank Company "
    "University Radio TV Commission International Movement Revolution Republic Guard Army Forces Times News Media "
    "Marxism Roundtable Network Block Palace Hall Website Tendency Programme Program Plan Socialist Workers "
    "Government Administration Parliament Congress Court Agency Association Federation Institute Corporation").split()}
ORG_STEMS = {stem(w) for w in ORG_WORDS}
NOT_NAMES = {fold(w) for w in ("I The A An This That These Those It He She They We You His Her Their Our "
                                "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Yes No PS What Why How When Where Who Which Does Did Is "
                                "Are Was Were Do January February March April May June July August September October "
                                "November December").split()}
# a word that opens a sentence or a clause before a name, no part of it: "As Maduro pointed out",
# "In January, Jorge Rodríguez…", "(See video above)", ", But Capriles…" (inside a run, or after
# another word, it may be one: "Doctors Without Borders", "appeared on In Defence of Marxism")
CLAUSE_OPENER = re.compile(r"(?:As|In|On|At|By|For|From|With|Without|After|Before|During|Since|Until|While|Although|"
                           r"Though|Because|If|But|Yet|And|Or|So|Then|Also|Despite|Meanwhile|Once|Unlike|Like|Among|"
                           r"Against|Through|Under|Over|Between|Within|Following|See)(?:\s+|$)")
CLAUSE_START = re.compile(r"(?:^|[(\[,;:\"“‘—–])\s*$")


@dataclass(frozen=True)
class Span:
    text: str
    start: int
    end: int
    kind: str


def spans(pattern: re.Pattern, sentence: str, kind: str) -> list[Span]:
    return [Span(m.group(0).strip(), m.start(), m.start() + len(m.group(0).strip()), kind)
            for m in pattern.finditer(sentence) if m.group(0).strip()]


def is_year(text: str) -> bool:
    return bool(re.fullmatch(YEAR, text))


def count_spans(sentence: str) -> list[Span]:
    """Numbers that count something: not years, not parts of dates, times or percentages."""
    blocked = [(s.start, s.end) for s in spans(DATE_RE, sentence, "date") + spans(TIME_RE, sentence, "time")]
    out = spans(PERCENT_RE, sentence, "percent") + spans(MONEY_RE, sentence, "money")
    taken = [(s.start, s.end) for s in out] + blocked
    for s in spans(COUNT_RE, sentence, "count"):
        if is_year(s.text.split()[-1]) or any(a <= s.start < b or a < s.end <= b for a, b in taken):
            continue
        if IN_A_NAME.match(sentence, s.end) or (ONE_OF.fullmatch(sentence[s.start:s.end + 4])
                                                and not OF_A_NUMBER.match(sentence, s.end)):
            continue                              # "the 23 de Enero barrio": a name; "one of the leaders"
        if fold(s.text) == "one" and (ONE_AFTER_DETERMINER.search(sentence, 0, s.start)
                                      or ONE_BEFORE_RELATIVE.match(sentence, s.end)):
            continue                              # "whether the camp is the one which…": a pronoun
        out.append(s)
    return out + spans(NTH_TIME, sentence, "count")


# what "the Nth time" can count: times something happened ("how many attempts … had failed")
OCCURRENCES = {stem(w) for w in ("time", "times", "attempt", "attempts", "win", "wins", "victory", "victories",
                                 "defeat", "defeats", "coup", "coups")}      # not "referendums": "six referendums"
# "This is the third time that an attempt to overthrow Chávez has failed": how many so far
NTH_TIME = re.compile(r"\bthe\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
                      r"\d+(?:st|nd|rd|th))\s+time\b", re.I)
# a number that begins a name: "23 de Enero", "2 de Febrero" (Spanish "of" and a capital)
IN_A_NAME = re.compile(r"\s+(?:de|del|de\s+la)\s+[A-ZÁÉÍÓÚÑ]")
# a time that can only be a clock time: "11:45", "1.07 am", "4.47 pm"
CLOCK = re.compile(r":|\b[ap]\.?m\b", re.I)
OF_A_NUMBER = re.compile(r"\s+of\s+(?:the\s+)?\d")          # "one of the 22 governorships" is a count
ONE_OF = re.compile(r"one of\s", re.I)
# "one" standing for a noun said before it: "the one which gives them…", "this one", "one that…"
ONE_AFTER_DETERMINER = re.compile(r"\b(?:the|this|that|each|every|any|which|another)\s+$", re.I)
ONE_BEFORE_RELATIVE = re.compile(r"\s+(?:which|that|who|whom)\b", re.I)
MONTH_NAMES = set(Q.MONTHS)
WEEKDAY_NAMES = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def splits_name(words: list, i: int, after: str) -> bool:
    """Whether the capitalised word words[i] of a run is no part of a name: a non-name word
    ("The", "He", "What") that opens the run or stands inside it, a weekday, or a month that
    starts a date ("On April 14"). "World War I" and "Brian May" keep their last word."""
    w = fold(words[i].group(0))
    if w not in NOT_NAMES or not words[i].group(0)[0].isupper():
        return False
    if w in WEEKDAY_NAMES or i == 0:
        return True
    if w in MONTH_NAMES:
        return i + 1 == len(words) and bool(re.match(r"\s+\d", after))
    return i + 1 < len(words)


def name_pieces(run: str, offset: int, after: str) -> list[tuple[int, int]]:
    """(start, end) of the parts of a capitalised run between the words that are no part of a
    name (`splits_name`; `after`: the sentence after the run): "On April 14" holds none,
    "Since Monday Chávez" one. Connectors left at a part's edge ("of", "de") are dropped."""
    words = list(re.finditer(r"\S+", run))
    pieces, current = [], []
    for i, w in enumerate(words):
        if splits_name(words, i, after):
            pieces.append(current)
            current = []
        else:
            current.append(w)
    pieces.append(current)
    out = []
    for piece in pieces:
        while piece and not piece[0].group(0)[0].isupper():
            piece = piece[1:]
        while piece and not piece[-1].group(0)[0].isupper():
            piece = piece[:-1]
        if piece:
            out.append((offset + piece[0].start(), offset + piece[-1].end()))
    return out


# a number a Spanish name opens with ("23 de Enero", a barrio named for a date), which count_spans
# leaves to the name (IN_A_NAME)
NUMBER_OPENS_NAME = re.compile(r"\b\d{1,2}\s+(?:de|del|de\s+la)\s+$")

HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Mx|Dr|Sr|Sra|Srta|Prof|Messrs|Mme|Mlle)\.?")


def name_spans(sentence: str) -> list[Span]:
    """Capitalised runs, possessives stripped, lists ('Paraguay, Brazil and Honduras') joined;
    a word that opens the clause ('As Maduro…', CLAUSE_OPENER) and a month alone are no names."""
    runs = []
    for m in NAME_RE.finditer(sentence):
        text, at = re.sub(r"[’']s$", "", m.group(0)).rstrip("."), m.start()
        if CLAUSE_START.search(sentence, 0, at):
            while (opener := CLAUSE_OPENER.match(text)) and opener.end() < len(text):
                text, at = text[opener.end():], at + opener.end()      # "See Also Reuters"
            if CLAUSE_OPENER.fullmatch(text):
                continue                                               # "(See video above)"
        for start, end in name_pieces(text, at, sentence[at + len(text):]):
            if start == 0 and " " not in sentence[start:end] and sentence[:1].isupper():
                continue  # a sentence's first word is capitalised anyway
            if fold(sentence[start:end]) in MONTH_NAMES - {"may"}:
                continue  # "In January, Jorge Rodríguez…": a month alone names no one ("May" may)
            if HONORIFIC.fullmatch(sentence[start:end]):
                continue  # "Mr. Maduro": the title alone names no one (the name after it is a run of its own)
            if numbered := NUMBER_OPENS_NAME.search(sentence, 0, start):
                start = numbered.start()                               # "the 23 de Enero barrio"
            runs.append(Span(sentence[start:end], start, end, "name"))
    merged: list[Span] = []
    for run in runs:
        if merged and LIST_JOIN.match(sentence[merged[-1].end:run.start]):
            merged[-1] = Span(sentence[merged[-1].start:run.end], merged[-1].start, run.end, "list")
        else:
            merged.append(run)
    return merged


PERSON_PHRASE = re.compile(
    r"\b(?:(?:some|many|most|all|several|few|one|two|three|hundreds|thousands|millions)\s+of\s+)?"
    r"(?:those|people|supporters|officials|leaders|members|workers|students|activists|voters|officers|"
    r"ministers|bureaucrats|journalists|deputies|governors|mayors|delegates|observers|protesters|citizens)\b"
    r"(?:\s+(?:who|involved|in|of|from|at)\b(?:\s+[\w’'-]+){1,6})?", re.I)


def person_phrases(sentence: str) -> list[Span]:
    """People described rather than named ("some of those involved in organising the coup")."""
    return [Span(m.group(0), m.start(), m.end(), "people") for m in PERSON_PHRASE.finditer(sentence)]


def focus_phrase(sentence: str, focus: list[str]) -> list[Span]:
    """The question's 'which X' noun as it stands in the sentence, with up to 3 modifiers before it."""
    if not focus:
        return []
    head = focus[-1]
    words = word_runs(sentence)
    out = []
    for k, (start, end, word_stem, _) in enumerate(words):
        if word_stem != head:
            continue
        first = start
        for before_start, before_end, _, word in reversed(words[max(0, k - 3):k]):
            if sentence[before_end:first].strip() or word.lower().endswith("ing") or inside_figure(sentence, before_start):
                break
            first = before_start
        out.append(Span(sentence[first:end], first, end, "phrase"))
    return out


def inside_figure(sentence: str, start: int) -> bool:
    """The word at `start` goes on a figure: "000" of "1,000" starts no phrase."""
    return bool(re.match(r"\d[.,]", sentence[max(0, start - 2):start])) and sentence[start:start + 1].isdigit()


def typed_spans(sentence: str, answer_type: str) -> tuple[Span, ...]:
    """Spans of the type in the sentence: as the loaded index stored them (known.spans), else
    found (and cached, because the same sentences recur across questions)."""
    found = known.spans(sentence, answer_type)
    return found if found is not None else found_typed_spans(sentence, answer_type)


@lru_cache(maxsize=8192)
def found_typed_spans(sentence: str, answer_type: str) -> tuple[Span, ...]:
    return tuple(find_typed_spans(sentence, answer_type))


MID_PHRASE_FUNCTION_WORD = re.compile(r"(?<=\w )([A-Z][a-z]+)\b")


def title_case(sentence: str) -> bool:
    """A heading ("(The Referendum Defeat – What Does it Mean? 3 December 2007)", "SUCH A
    RECONCILIATION WOULD…"): every longer word capitalised, function words too ("Does" after
    "What"), or all in capitals; a capital there marks no name. A sentence with names in it ("It
    won in Mérida, Táchira and Zulia", "Jorge Martín, of Hands Off Venezuela, spoke") has a
    longer word in lower case or no capitalised function word."""
    words = [w for w in re.findall(r"[^\W\d_][\w’'-]*", sentence) if len(w) > 3]
    if len(words) < 3 or not all(w[0].isupper() for w in words):
        return False
    return (all(w.isupper() for w in words)
            or any(w.lower() in STOPWORDS for w in MID_PHRASE_FUNCTION_WORD.findall(sentence)))


def find_typed_spans(sentence: str, answer_type: str) -> list[Span]:
    if answer_type == Q.PERCENT:
        return rates_with_compared(sentence, spans(PERCENT_RE, sentence, "percent"))
    if answer_type == Q.MONEY:
        return spans(MONEY_RE, sentence, "money") or count_spans(sentence)
    if answer_type == Q.COUNT:
        return count_spans(sentence)
    if answer_type == Q.DATE:
        # "When did Lucena announce the results?": "at 11:45 pm" tells when, where no date does
        return spans(DATE_RE, sentence, "date") or [t for t in spans(TIME_RE, sentence, "time")
                                                    if CLOCK.search(t.text)]   # not "59.25" of "59.25%"
    if answer_type == Q.TIME:
        return spans(TIME_RE, sentence, "time")
    if answer_type in (Q.PERSON, Q.PLACE, Q.ENTITY) and title_case(sentence):
        return []
    if answer_type == Q.PERSON:
        return name_spans(sentence) or person_phrases(sentence)
    if answer_type in (Q.PLACE, Q.ENTITY):
        return name_spans(sentence)
    return []


# figures a rate is compared with, its unit left unsaid: "33.2 per 100,000, compared with 1.1 in
# Japan and 5.51 in the USA"; each one is the rate of what its own words name
COMPARED_FIGURES = re.compile(rf"[^.;]{{0,20}}?\b(?:compared\s+(?:with|to)|against|versus|vs\.?)\s+"
                              rf"(?P<list>(?:{DIGITS})(?:[^\d.;]{{0,30}}?(?:,\s+|\s+and\s+)(?:{DIGITS}))*)", re.I)
CAPITALISED_WORD = re.compile(r"\b[A-Z][\w’'-]+")
BARE_FIGURE = re.compile(rf"(?<![\d.,])(?:{DIGITS})(?![\d%]|\s*(?:per|%))")


def rates_with_compared(sentence: str, rates: list[Span]) -> list[Span]:
    """The rates a sentence gives, and after each the figures it is compared with whose unit the
    sentence leaves to the reader."""
    out = list(rates)
    for rate in rates:
        compared = COMPARED_FIGURES.match(sentence, rate.end)
        if compared:
            # (read to the sentence's end, not the list's: "55%" must not leave a bare "55")
            out += [Span(m.group(0), m.start(), m.end(), "percent")
                    for m in BARE_FIGURE.finditer(sentence, compared.start("list"))
                    if m.end() <= compared.end("list") and not is_year(m.group(0))]   # "against 2003 levels"
    return sorted(out, key=lambda span: span.start)


# a rate of so many per so many ("33.2 per 100,000"): a count of each so many, not a share
PER_UNIT = re.compile(r"\bper\s+\d")


def compared_one_asked(figure: Span, sentence: str, asked: frozenset[str]) -> bool:
    """A figure a rate is compared with answers for what its own words name ("1.1 in Japan"),
    when the question asks that and not what the rate itself is stated of ("the murder rate in
    Venezuela was 33.2 per 100,000": a question naming Venezuela, and Japan in passing, asks 33.2)."""
    if not asked & set(stems_after(sentence, figure.end, 3)):
        return False
    rate = [m for m in PERCENT_RE.finditer(sentence, 0, figure.start)][-1:]
    clause = sentence[:rate[0].start()].rsplit(",", 1)[-1] if rate else ""
    return not asked & {stem(w.lower()) for w in CAPITALISED_WORD.findall(clause)}


WORD_RUN = re.compile(r"[\w’'-]+")


@lru_cache(maxsize=200_000)
def folded_stem(word: str) -> str:
    return stem(fold(word))


@lru_cache(maxsize=4096)
def word_runs(sentence: str) -> tuple[tuple[int, int, str, str], ...]:
    """(start, end, stem, word) of each word; cached because every span of a sentence needs them
    (a loop, not a generator, with one cache lookup per word: a third faster on a first look)."""
    out = []
    for m in WORD_RUN.finditer(sentence):
        word = m.group()
        out.append((m.start(), m.end(), folded_stem(word), word))
    return tuple(out)


@lru_cache(maxsize=4096)
def token_positions(sentence: str) -> tuple[tuple[int, str], ...]:
    """Start offset and stem of each word (word_runs)."""
    return tuple((start, word_stem) for start, _, word_stem, _ in word_runs(sentence))


@lru_cache(maxsize=4096)
def token_columns(sentence: str) -> tuple[tuple[int, ...], tuple[str, ...]]:
    """token_positions as two columns, the start offsets (ascending) and the stems: the words
    around a span are then found by bisection, not by a pass over the sentence."""
    positions = token_positions(sentence)
    return tuple(start for start, _ in positions), tuple(word_stem for _, word_stem in positions)


def stems_after(sentence: str, offset: int, count: int) -> tuple[str, ...]:
    """The stems of the first `count` words that start at or after `offset`."""
    starts, stems = token_columns(sentence)
    first = bisect_left(starts, offset)
    return stems[first:first + count]


def stems_before(sentence: str, offset: int, count: int) -> tuple[str, ...]:
    """The stems of the last `count` words that start before `offset`."""
    starts, stems = token_columns(sentence)
    end = bisect_left(starts, offset)
    return stems[max(0, end - count):end]


@lru_cache(maxsize=4096)
def stem_offsets(sentence: str) -> dict[str, tuple[int, ...]]:
    """Each stem of the sentence → the start offsets of its words (token_positions by stem; the
    caller must not change it)."""
    offsets: dict[str, list[int]] = {}
    for start, word_stem in token_positions(sentence):
        offsets.setdefault(word_stem, []).append(start)
    return {word_stem: tuple(starts) for word_stem, starts in offsets.items()}


@lru_cache(maxsize=256)
def asked_terms(terms: tuple[str, ...], entities: tuple[str, ...]) -> frozenset[str]:
    """The question's terms and the stemmed words of its names (once per question, not per span)."""
    return frozenset(terms) | {stem(w) for e in entities for w in re.findall(r"\w+", fold(e))}


@lru_cache(maxsize=8192)
def span_stems(text: str) -> frozenset[str]:
    """Stemmed words of a span; cached because the same spans are fitted for question after question."""
    return frozenset(stem(w) for w in re.findall(r"[\w-]+", fold(text)))


# figures a question offers to choose from: "61.14% or 70%?", "7.3 million or 6.5 million?", "was it
# 70% or was it 61.14%?"
FIGURE_UNIT = r"(?:\s*%|\s+(?:per\s*cent|percent|million|thousand|votes?))?"
FIGURE_CHOICE = re.compile(rf"(\d[\d.,]*\d|\d){FIGURE_UNIT},?\s+or\s+(?:(?:was|is)\s+it\s+)?(\d[\d.,]*\d|\d)", re.I)


@lru_cache(maxsize=256)
def offered_figures(question_text: str) -> frozenset[str]:
    """The values a question offers to choose from (not years): one of them may be its answer."""
    return frozenset(value for pair in FIGURE_CHOICE.findall(question_text) for value in pair if not is_year(value))


# names a question offers to choose from, at its end: "Who won, Maduro or Capriles?", "Which got more
# votes in 2013: Maduro or Capriles?"
NAME_CHOICE = re.compile(r"[,:]\s*((?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*)\s+or\s+"
                         r"((?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*)\s*\??\s*$")


# a referendum's side told as the one that won: "the victory of the NO", "the 'no' vote triumphed",
# "the “No” had been imposed", "CNE announces NO win"; not where it won ("the 'yes' vote won in 14
# states"), nor a forecast or a quoted hope ("the YES vote would win…", "The victory of the YES on
# December 2nd is the first step…": FORECAST)
SIDE = r"['‘\"“]?(?P<{}>NO|YES|[Nn]o|[Yy]es)['’\"”]?"
WON_SIDE = re.compile(r"\bvictory\s+(?:of|for)\s+the\s+" + SIDE.format("victory") + r"(?:\s+(?:vote|side|camp))?"
                      r"|\bthe\s+" + SIDE.format("won") + r"(?:\s+(?:vote|side|camp))?\s+"
                      r"(?:triumphed|won|prevailed|(?:had|has)\s+been\s+imposed)\b(?!\s+in\b)"
                      r"|\b(?P<headline>NO|YES)\s+win\b")
FORECAST = re.compile(r"\b(?:would|will|could|might|predict\w*|expect\w*|hope\w*)\b|[\"”]\s*$", re.I)
WON_SAID = re.compile(r"\b(?:won|win|wins|winning|winner|prevailed|triumphed|carried)\b", re.I)
NAME_WON = re.compile(r"['’]?\s+(?:has\s+|had\s+)?(?:won|wins|prevailed|triumphed|carried)\b")   # "Chávez has won"
WON_BY = re.compile(r"\b(?:won|carried)\s+by\s+(?:the\s+)?$")                                     # "…was won by Chávez"
WINNING_SIDE_FIT = 1.6     # as sure as a name doing the asked verb (DOER_FIT) with its terms beside it


@lru_cache(maxsize=4096)
def winning_side(sentence: str) -> Span | None:
    """The side a sentence tells won its referendum (WON_SIDE), as it writes it ("the NO"), or None.
    Cached: the same sentences are fitted for every such question."""
    if FORECAST.search(sentence):
        return None
    found = WON_SIDE.search(sentence)
    if found is None:
        return None
    group = next(g for g in ("victory", "won", "headline") if found.group(g))
    start = found.start(group)
    the = sentence.rfind("the ", 0, start)
    start = the if the >= 0 and start - the <= 6 else start        # "the NO", "the 'no'"
    end = found.end(group) + (sentence[found.end(group):found.end(group) + 1] in "'’\"”")   # its closing quote
    return Span(sentence[start:end], start, end, "name")


@lru_cache(maxsize=256)
def winning_side_asked(question_text: str) -> bool:
    """Whether the question asks who won a referendum (question.WINNING_SIDE_ASKED). Once a
    question: best_span_fit asks it of every sentence it fits (~40 a fact question)."""
    return bool(Q.WINNING_SIDE_ASKED.search(question_text))


@lru_cache(maxsize=256)
def offered_names(question_text: str) -> frozenset[str]:
    """The names (folded) a question offers to choose from: its answer is one of them."""
    found = NAME_CHOICE.search(question_text)
    return frozenset(fold(name) for name in found.groups()) if found else frozenset()


# a figure's value as the question's terms keep it ("12.4", "4,991,483"; not the 100,000 of "per 100,000")
NUMBER_TOKEN = re.compile(r"\d+(?:[.,]\d+)*")


# what turns a name into the word for its people ("Venezuela" → "Venezuelan(s)", "Chile" → "Chilean")
DEMONYM_ENDINGS = ("n", "ns", "an", "ans", "ian", "ians", "ese")


WHICH_WORD = re.compile(r"\b(?:which|what)\s+([\w-]+)")     # the word after "which", whose stem the focus holds


@lru_cache(maxsize=256)
def which_noun_asked(question_text: str, first_focus: str) -> bool:
    """Whether the focus's first word follows "which"/"what" (the focus is a kind asked: "which TV
    station"), not the words after an auxiliary ("what did Trump threaten": Trump is named)."""
    return any(stem(m.group(1)) == first_focus for m in WHICH_WORD.finditer(fold(question_text)))


def asks_which_noun(question: Q.Question) -> bool:
    """Whether the question asks a kind of thing by its noun ("which radio station…"): which_noun_asked."""
    return bool(question.focus) and which_noun_asked(question.text, question.focus[0])


def names_kind_asked(span: Span, question: Q.Question, asked: frozenset[str]) -> bool:
    """Whether a name says in its own words the kind of thing a "which X" question asks, and
    nothing else the question names: "Barrio TV" for "which TV station…", "Radio Nacional de
    Venezuela" for "which radio station…" (not a person's title: "President Hugo Chávez" for
    "which president…" is the post, then the name)."""
    if question.answer_type not in (Q.ENTITY, Q.PLACE) or span.kind != "name" or not asks_which_noun(question):
        return False
    stems = span_stems(span.text)
    return bool(stems & set(question.focus)) and stems & asked <= set(question.focus) and bool(stems - asked)


def names_asked(stems: frozenset[str], asked: frozenset[str]) -> bool:
    """A span's words name what the question names: the same word, or, as the whole span, the word
    for its people ("Venezuelan" when asked about Venezuela is no answer to "what is the capital of
    Venezuela"; "Venezuelan Revolution" may be)."""
    return bool(stems & asked) or (len(stems) == 1 and any(not demonym_of(w).isdisjoint(asked) for w in stems))


@lru_cache(maxsize=8192)
def demonym_of(word_stem: str) -> frozenset[str]:
    """What the word may be the people's word of: the stem less each DEMONYM_ENDING it ends with,
    when four letters or more are left ("venezuelan" → venezuela, venezuel). A fact of
    the span, found once: the question's terms were tried one by one against every name fitted."""
    return frozenset(word_stem[:-len(ending)] for ending in DEMONYM_ENDINGS
                     if word_stem.endswith(ending) and len(word_stem) - len(ending) >= 4)


# the focus is stemmed: "twelve" is "twelv"
SMALL_NUMBERS = {stem(w): n for n, w in enumerate("two three four five six seven eight nine ten eleven twelve".split(), 2)}
LIST_SEPARATOR = re.compile(r",\s*(?:and\s+)?|\s+and\s+")      # what LIST_JOIN joins a list with
MOST_LISTED = 20          # a larger number in the focus counts something else ("which 2017 governors", "23 states")


def asked_number(question: Q.Question) -> int:
    """How many things a "which five states…" question asks for (0 when it names no number)."""
    for word in question.focus[:-1]:
        n = SMALL_NUMBERS.get(word) or (int(word) if word.isdigit() else 0)
        if 2 <= n <= MOST_LISTED:
            return n
    return 0


# the word right after a span ("PDVSA | worker"); "in" right before one, which makes it a place
# ("shot at in | El Valle"), unless it owns what follows ("in | Maduro's campaign")
WORD_AFTER = re.compile(r"\s+([A-Za-z][\w-]*)")
IN_BEFORE = re.compile(r"\bin\s+$", re.I)
OWNED_AFTER = re.compile(r"['’]s?\b")
# "in" right after a name: the name after it is where the first one is ("The Independent in London")
NAME_IN_BEFORE = re.compile(r"[A-ZÁÉÍÓÚÑ][\w’'.-]*\s+in\s+$")
# the prefix that makes a name after it an adjective of stance ("pro-Chávez parties", "anti-Maduro
# protests"): ends right before the span
STANCE_PREFIX = re.compile(r"\b(?:pro|anti)-$", re.I)


@lru_cache(maxsize=65536)
def said_right_before(pattern: re.Pattern, sentence: str, start: int) -> bool:
    """Whether `pattern` (one anchored at its end, `$`: STANCE_PREFIX, WON_BEFORE, IN_BEFORE,
    NAME_IN_BEFORE) matches the sentence's text ending right before `start`. A fact of the span's
    place, not of the question: cached, since the same sentences' spans are fitted for question
    after question, and each search scans the whole text before the span (6-20 µs a call on a
    busy machine; ~50 calls a question over the dev set)."""
    return pattern.search(sentence, 0, start) is not None


def nouns_asked(question: Q.Question) -> frozenset[str]:
    """The focus words that name the one asked: those before its "who" ("the oil worker who was
    shot": worker), not the verbs after it ("the student leader who appealed": not appeal, which
    "Yon Goicoechea appeal…" says next)."""
    return focus_before_who(question.text, tuple(question.focus))


@lru_cache(maxsize=256)
def focus_before_who(question_text: str, focus: tuple[str, ...]) -> frozenset[str]:
    """nouns_asked, once a question: span_fit asks it of every name after which a word follows."""
    who = re.search(r"\bwho\b", question_text, re.I)
    if who is None:
        return frozenset(focus)
    before = {stem(fold(w)) for w in re.findall(r"[A-Za-z][\w-]*", question_text[:who.start()])}
    return frozenset(f for f in focus if f in before)


# a name right after "won", "winning over", "carried": the state or the election won, not who won it
WON_BEFORE = re.compile(r"\b(?:won|win|wins|winning|carried|carrying|carries|carry)(?:\s+(?:over|back|in))?\s+(?:the\s+)?"
                        r"(?:(?:\w+\s+)?(?:states?|governorships?|city|cities)\s+of\s+)?$", re.I)   # "won in the key state of Bolivar"
# …unless the question asks for what was won: "Who was won over by the opposition?", "Who did Maduro carry?"
WON_ASKED = re.compile(r"\b(?:was|were|been|being)\s+(?:won|carried)\b|\bdid\s+(?:the\s+)?\S+\s+(?:win|carry)\b", re.I)


def span_fit(span: Span, sentence: str, question: Q.Question, weights: dict[str, float],
             weighted: list[tuple[int, float]], asked: frozenset[str] | None = None) -> float:
    """How well a span answers the question: type prior, nearness to the question's terms.
    `weighted`: (offset, weight) of the sentence's words that are question terms (weighted_positions);
    `asked`: the question's asked_terms, when the caller has them (best_span_fit: once a sentence)."""
    if asked is None:
        asked = asked_terms(tuple(question.terms), tuple(question.entities))
    if span.kind in ("name", "list") and names_asked(span_stems(span.text), asked) \
            and not names_kind_asked(span, question, asked):
        return -1.0                                   # the question already names it
    if span.kind in ("name", "list") and (wanted := asked_number(question)) \
            and len(LIST_SEPARATOR.split(span.text)) < wanted:
        return -1.0                                   # "which five states": "Washington and Europe" names two
    if question.answer_type == Q.ENTITY and span.kind == "name" and WHICH_PERSON.search(question.text) \
            and (names_a_place(span, sentence) or names_organisation(span, sentence)):
        return -1.0                                   # "which deputy…": not "the Escuela … polling station",
                                                      # nor "the CMR website"
    if span.kind in ("name", "list") and said_right_before(STANCE_PREFIX, sentence, span.start):
        return -1.0                                   # "pro-Chávez parties": a stance, no party or person named
    if question.answer_type == Q.PERSON and span.kind in ("name", "list") and said_right_before(WON_BEFORE, sentence, span.start) \
            and not WON_ASKED.search(question.text):
        return -1.0                                   # "as well as winning over Anzoátegui": what was won, no one
    if question.answer_type == Q.PERSON and span.kind == "name" and (
            (after := WORD_AFTER.match(sentence, span.end)) and stem(fold(after.group(1))) in nouns_asked(question)
            or said_right_before(IN_BEFORE, sentence, span.start) and not OWNED_AFTER.match(sentence, span.end)):
        return -1.0                                   # "the name of the oil worker who was shot": "A PDVSA
                                                      # worker" says whose worker, "shot at in El Valle" where
    if question.answer_type == Q.ENTITY and span.kind == "name" and said_right_before(NAME_IN_BEFORE, sentence, span.start) \
            and not OWNED_AFTER.match(sentence, span.end):
        return -1.0                                   # "The Independent in London published…": where the
                                                      # newspaper is, not the one asked
    if kind_said_of_another(span, sentence, question):
        return -1.0                                   # "which states did the opposition take": not "the PSUV"
                                                      # of "the PSUV lost five states", whose states are unnamed
    if span.kind in ("phrase", "people") and term_set(span.text) <= asked:
        return -1.0                                   # "the audit", "officers" ("who would appoint military
                                                      # officers?") only repeat the question's words
    if span.kind == "phrase" and asks_which_noun(question) and counts_only(span):
        return -1.0                                   # "which governorships…": "(18) of 23 state governorships"
                                                      # says how many, not which
    if span.kind == "phrase" and describes_name(span, sentence) and asks_which_noun(question):
        return -1.0                                   # "RCTV (a right-wing, pro-opposition television station)":
                                                      # the name beside it says which station
    if span.kind == "percent" and BARE_FIGURE.fullmatch(span.text) and not compared_one_asked(span, sentence, asked):
        return -1.0                                   # "compared with 1.1 in Japan": Japan's rate, when Japan is asked
    if (span.kind in FIGURE_KINDS and (value := NUMBER_TOKEN.search(span.text)) and value.group(0) in asked
            and value.group(0) not in offered_figures(question.text)):
        return -1.0                                   # "rose from 12.4 million to what figure?": the question gives 12.4
    score = 1.0 if span.kind != "people" else 0.7     # a name is a better answer to "who" than a description
    if span.kind == "percent" and question.answer_type == Q.COUNT and question.focus[-1:] != ["margin"] \
            and not PER_UNIT.search(span.text):          # "33.2 per 100,000": a count of each 100,000, no share
        if Q.SIDE_VOTE.search(question.text) and not HOW_MANY_THINGS.search(question.text):
            score -= 0.5                              # "what was the PSUV's vote": "54% of the total vote"
        elif not asks_difference(question.text) or HOW_MANY_THINGS.search(question.text):
            return -1.0                               # "how many votes": 54% "of the total vote" counts none,
                                                      # nor "99.12% of the votes counted" how many were lost
        score -= 0.5                                  # "by how much did profits rise": "up 33%" may answer
    measured = measures_something_else(span, sentence, asked) if span.kind == "percent" else 0.0
    if measured >= 1.0:
        return -1.0                                   # "a 78.71% turnout", "not yet 100% count": no share of the vote
    score -= measured
    if span.kind == "percent" and measure_unsaid(sentence, asked):
        return -1.0                                   # "the turnout in 2004": not Chávez's 58.25% of the vote,
                                                      # nor the 30% who abstained
    if span.kind == "percent" and COUNTED_SO_FAR.match(sentence, span.end) and not asked & COUNT_ASKED:
        return -1.0                                   # "with 99.12% of the votes counted": how far the count
                                                      # had got, no one's share
    if span.kind == "percent" and OF_ELECTORATE.match(sentence, span.end) and not asked & ELECTORATE_ASKED:
        return -1.0                                   # "61.14% of Venezuela's 18-million-strong electorate had
                                                      # participated": a turnout, asked "MUD vote share"
    if span.kind in FIGURE_KINDS and supposed(span, sentence) and not FORESEEN_ASKED.search(question.text) \
            and not (ANNOUNCED_ASKED.search(question.text) and ANNOUNCED_SAID.search(sentence)):
        return -1.0                                   # "the YES vote would win by between 6 and 8 points",
                                                      # "even if these were against him by just one vote"
    if span.kind == "percent" and measure_named_before(span, sentence, asked):
        return -1.0                                   # "high inflation of around 22%", asked the exchange rate
    if span.kind == "percent" and stated_of_something_else(span, sentence, asked):
        return -1.0                                   # "the turnout was over 78%": the turnout, said outright
    if span.kind in FIGURE_KINDS and question.figure_actor and figure_of_another_actor(span, sentence, question.figure_actor):
        return -1.0                                   # "the PSUV … won 18", asked what the opposition won
    if span.kind in FIGURE_KINDS and question.rival_of and not figure_of_another_actor(span, sentence, question.rival_of):
        return -1.0                                   # "did Maduro's challenger collect": not Maduro's 7,505,378
    if span.kind == "count" and (joined := HYPHENED_ON.match(sentence, span.end)) and not (
            {stem(joined.group(1))} | term_variants(stem(joined.group(1)))) & asked:
        score -= 0.5                                  # "Venezuela's 18-million-strong electorate", asked how many
                                                      # votes the MUD received: it counts the electorate
    if span.kind in FIGURE_KINDS and question.figure_actor and actors_own_figure(span, sentence, frozenset(question.figure_actor)):
        score += OWN_FIGURE                           # "what percentage did Capriles get": "…and Capriles
                                                      # 7,270,403 votes (49.07%)", not "an audit of 100%"
    if span.kind in FIGURE_KINDS and question.loser_figure and not losers_figure(span, sentence):
        return -1.0                                   # "how many votes did the runner-up get": Capriles's
                                                      # 7,270,403 beside Maduro's 7,505,378, nothing else
    if span.kind in FIGURE_KINDS and question.side and figure_of_other_side(span, sentence, question.side):
        return -1.0                                   # "the NO with 4,504,354 votes", asked what the Yes got
    if span.kind in FIGURE_KINDS and is_difference(span, sentence) and not asks_difference(question.text):
        return -1.0                                   # "three million fewer than…", "loses 2,8 million": a
                                                      # difference or a change, not the figure asked
    if span.kind in FIGURE_KINDS and asks_margin(question.text) and not is_difference(span, sentence):
        if not result_pair(span, sentence):
            return -1.0                               # "by how many votes did Maduro beat Capriles": not
                                                      # Capriles's 7,270,403, which is what he got
        score -= 0.5                                  # "rejected by 50.7% to 49.2%": the margin to be read
                                                      # off the result, below a margin said outright
    elif span.kind == "count" and asks_loss(question.text) and not is_difference(span, sentence):
        score -= 0.5                                  # "how many votes did the government side lose":
                                                      # not Maduro's 7,505,378, what it kept
    if span.kind in FIGURE_KINDS + ("date",) and of_another_clause(span, sentence, weighted):
        return -1.0                                   # "Capriles won the governorship of Miranda by 40,000 votes,
                                                      # or when they won the 2007 … referendum by … (1.4%)"
    if span.kind == "count" and VAGUE_QUANTITY.fullmatch(span.text):
        score -= 0.5                                  # "the situation remains for millions": no figure, below
                                                      # "the shortage of 2.7 million houses" in the same sentence
    if span.kind == "count" and NTH_TIME.fullmatch(span.text) and not set(question.focus[-1:]) & OCCURRENCES:
        return -1.0                                   # "the eighth time" counts wins, not votes
    if (span.kind == "date" and len(question.years) == 1 and Q.YEAR.fullmatch(span.text.strip())
            and not ASKS_YEAR.search(question.text)):
        return -1.0                                   # "On what date in 2004 …?": a year alone answers no date within
                                                      # the year asked (that year tells nothing, another one is not it)
    if span.kind == "date" and other_year_than_asked(span.text, question.text):
        return -1.0                                   # "On what date in 2004 …?": not "July 2000"
    if (span.kind == "date" and question.answer_type == Q.DATE and counted_from(sentence[:span.start], question)
            and not re.search(r"\bsince\b", question.text, re.I)):
        score -= 0.8                                  # "when was the referendum held": not "the eighth time since 1998"
    if span.kind == "date" and question.answer_type == Q.DATE and dates_another_event(span, sentence, asked):
        score -= 0.6                                  # "In what year did Capriles win Miranda?": not "…which it
                                                      # had already won in the National Assembly elections in 2010"
    if span.kind == "date" and question.answer_type == Q.DATE and date_compared_with(span, sentence, question):
        score -= 0.8                                  # "(compared to the 20 it won in the 2012 elections)":
                                                      # the date of what the event is set against
    if span.kind in FIGURE_KINDS and label_says_something_else(span, sentence, asked):
        score -= 0.8                                  # "Votes counted: 8.883.746", asked how many were nullified
    if span.kind == "count" and is_the_whole(span, sentence) and not ASKS_WHOLE.search(question.text):
        score -= 0.5                                  # "won 18 of 23 governorships": 23 is the whole
    if span.kind in FIGURE_KINDS and asks_start(question.text):
        if change_start(span, sentence):
            score += 0.5                              # "How long was the term before the proposed extension?":
        elif change_end(span, sentence):              # "…extended from six to seven years": six
            score -= 1.0
    elif (span.kind in FIGURE_KINDS and not asks_difference(question.text) and change_start(span, sentence)
            and not (question.years and year_of_figure(span, sentence, question.years))):
        score -= 1.0                                  # "rose from 12.4 to 14 million": 14 million at the time,
                                                      # unless the figure's own year says (year_of_figure)
    if span.kind in ("name", "list"):
        words = span.text.split()
        if question.answer_type == Q.PERSON:
            if len(words) >= 2 and span.text.isupper() and {fold(w) for w in words} & EMPHASIS_WORDS:
                return -1.0                           # "POR AHORA", "ON PAPER": words in capitals for emphasis
            if names_a_place(span, sentence) or post_of_name(span, sentence):
                return -1.0                           # "the Escuela Ana Dolores Fernández polling station",
                                                      # "Bolivar Hall": a place, no one; "former New Mexico
                                                      # governor Bill Richardson": what the post is of
            if NOT_A_PERSON.fullmatch(span.text.strip()) and not backer_asked(span.text, question):
                return -1.0                           # "Tue." of a date, "US-backed" of a coup: no one
            if fold(words[-1]) in POST_WORDS:
                return -1.0                           # "he was elected President", "the CNE President": a post,
                                                      # not who held it (a name ends with the name)
            # (a name opening with a number, "the 23 de Enero barrio", is a place's, no one's full name)
            score += (0.4 if len(words) >= 2 and not span.text[:1].isdigit() else 0.0) \
                - (0.8 if names_organisation(span, sentence) else 0.0)
            if (question.loser_figure or question.rival_of) and not result_name_asked(span, sentence, question):
                return -1.0                           # "who was the runner-up", "who was Maduro up against":
                                                      # the other name of a result, its figure the smaller
        elif question.answer_type == Q.PLACE and (calendar_word(span.text) or people_word(span, sentence)):
            return -1.0                               # "Tue." of a date, "Cuban" of "a Cuban flag": no place
        elif question.answer_type == Q.PLACE and names_organisation(span, sentence):
            score -= 0.8                              # "the CMR website" is not a place
        if span.kind == "list" and plural_focus(question.text):
            score += 0.5                              # plural focus ('which countries') wants the list
    if question.role and span.kind in ("name", "list") and is_the_body(span.text, question.role_body):
        return -1.0                                   # "the CNE president": the National Electoral Council is
                                                      # what the post is of, not who holds it
    if question.role and span.kind in ("name", "list", "people") and not holds_role(span, sentence, question.role,
                                                                                     question.role_body):
        if OWNED_AFTER.match(sentence, span.end) and question.role in span_stems(sentence) \
                and names_body(sentence, question.role_body):
            return -1.0                               # the post is there, and the name owns something else ("the
                                                      # voice of the CNE President proclaiming Chávez's defeat")
        score -= 0.8                                  # "who was the CNE president": not a name said of another post
    if question.object_verb and span.kind in ("name", "list") and not said_with_verb(sentence, question.object_verb):
        score -= 1.0                                  # "which states did the PSUV lose": not "its backers in
                                                      # Washington and Europe", where nothing is lost
    if span.kind == "count" and question.count_verb in CASUALTY_VERBS and not any(
            fold(word) in CASUALTY_WORDS for *_, word in word_runs(sentence)):
        return -1.0                                   # "how many people died": not the "eight million people
                                                      # [who] turn out to vote amid deadly protests"
    if span.kind in ("name", "list") and (owned := owns_asked_figure(span, sentence, question.text)) is not None:
        score += DOER_FIT if owned else -DOER_FIT     # "who got about 7.5 million votes": Maduro, whose 7,505,378
                                                      # it is, not Capriles beside him (a review's)
    if question.doer_verb and span.kind in ("name", "list", "people"):
        # which side of the verb the name is on counts, not how near it is
        fit = doer_fit(span, sentence, question.doer_verb, question.doer_passive)
        if fit <= NOT_THE_DOER:
            return -1.0                               # a name in a phrase about someone else ("the PSUV,
                                                      # led by President Nicolas Maduro, won")
        score += fit
        if fit > 0 and question.answer_type == Q.PERSON and span.kind != "people" and names_organisation(span, sentence):
            score += ORGANISATION_DOER                # "Who won …?": a party that won answers, below a person who did
        verb_starts = {start for start, _, _ in verb_positions(sentence, question.doer_verb)}
        weighted = [(pos, w) for pos, w in weighted if pos not in verb_starts]
        if span.kind in ("name", "list", "people") and of_another_clause(span, sentence, weighted):
            return -1.0                               # "Who won the constitutional referendum?": not Capriles, who
                                                      # "won the governorship of Miranda…, or when they won the
                                                      # 2007 constitutional reform referendum…"
    nearness = sum(w / (1 + distance(span, pos, sentence) / 20)
                   for pos, w in weighted if not span.start <= pos < span.end)
    if nearness:
        score += nearness / (sum(weights.values()) or 1)
    if question.asks_duration and span.kind == "count":
        timed = TIME_UNIT_END.search(span.text) or RANGE_TO_UNIT.match(sentence, span.end)
        score += 0.6 if timed else -0.5           # "seven years" (and the "six" of "six to seven years"), not "69 amendments"
        if not lasts_what_is_asked(span, sentence, asked):
            score -= 0.5                          # "reducing the working week from 44 to 36 hours": how long
                                                  # something the question does not name lasts
    if question.focus:
        head = question.focus[-1]
        kinds = COUNTED_KINDS.get(head, frozenset())  # "how many changes": "69 proposed amendments" counts them
        heads = {head} | mutual_synonyms(head) | kinds  # "how many ballots": "3,757,773 votes" counts them too
        whole = PART_OF.match(sentence, span.end) if span.kind == "count" else None
        found = counted_noun(span, sentence) if span.kind == "count" else None       # matched once
        noun = found if found and not whole and (not sentence[span.end:found.start(1)].strip()
                                                 or RANKED.search(sentence, span.end, found.start(1))) else None
        # (not past words that do not rank it: "12 protest marches": "protest" is no superlative)
        # what follows is read from the noun counted: "the nine most populated of the 23 states"
        # counts states, whatever "populated" says ("What is the population of Venezuela?")
        after = stems_after(sentence, whole.end() if whole else noun.start(1) if noun else span.end, 4)
        before = stems_before(sentence, span.start, 3)
        counted = span.kind == "count" and not heads & set(after) and (
            found is not None or bool(whole) and whole_counts_something_else(sentence[whole.end():]))
        if counted and found is not None and Q.SIDE_VOTE.search(question.text) and not found.group(1).startswith(("vote", "ballot")):
            return -1.0                               # "what was the yes vote": "won in 14 states" counts states
        if span.kind == "count" and HOW_MANY_VOTES.search(question.text) and not VOTE_UNITS & set(after) \
                and (counted or whole_counts_something_else(sentence[span.end:])):
            return -1.0                               # "how many votes did the PSUV get": "18 of 23 state
                                                      # governorships" counts governorships, never votes
        changed = CHANGED_TO.search(sentence, 0, span.start) if span.kind == "count" else None
        which_noun = asks_which_noun(question)
        if head in after and not (which_noun and modifies_named_noun(span, sentence, head)) or kinds & set(after) \
                or changed and stem(fold(changed.group(1))) in \
                heads | term_variants(head, offices=True):
            score += 0.6                              # "three military officers": the count said of the thing asked;
                                                      # "the number of voters rose from 12.4 to 14 million" (CHANGED_TO)
        elif head in before and not counted:
            score += 0.5 if span.kind == "count" else 0.6     # "officers, one general": a count after the thing,
                                                      # below one before it (not "audit of the vote, alleging
                                                      # that over 3,200 irregularities"); a share is said after it
        elif which_noun and span.kind in ("name", "list") and described_after(span, sentence, head):
            score += 0.6                              # "RCTV (a right-wing, pro-opposition television station)"
        elif names_kind_asked(span, question, asked):
            score += 0.6                              # "Radio Nacional de Venezuela", asked which radio station
        elif span.kind == "name" and question.answer_type in (Q.ENTITY, Q.PLACE) \
                and owner_said(span, sentence, after, owned_noun(question.text)):
            score += 0.6                              # "CNE president Tibisay Lucena", "the head of the National
                                                      # Electoral Commission", asked which body's president/head
        elif counted and not {f for t in set(question.focus) | heads for f in term_variants(t, offices=True) | {t}} \
                & set(after if noun else after + before):
            score -= 0.5                              # "how many votes": "six referendums" counts referendums
                                                      # (a noun after it: what it counts, not what precedes)
    return score


def counts_only(phrase: Span) -> bool:
    """Whether a phrase of the asked noun holds a count (count_spans: no year) among its words: "of
    23 state governorships", "five states" tell how many there were, and name none of them."""
    return bool(count_spans(phrase.text))


# what a name is said to be in apposition right after it: "RCTV (a right-wing, pro-opposition
# television station)", "Notitarde, a regional newspaper,"
APPOSED_AFTER = re.compile(r"\s*(?:\(\s*(?:a|an|the)\s+([^()]*)\)|,\s*(?:a|an|the)\s+([^,;:.()]*))")
KIND_BEFORE_NAME = 3       # words from the asked noun to a name it introduces: "the states of | Carabobo"


def kind_said_of_another(span: Span, sentence: str, question: Q.Question) -> bool:
    """Whether a "which <nouns>" question's noun is said in the sentence but not of this name: the
    sentence tells of its own such things ("the PSUV lost five states…", "elections for state
    governors…"), and a name it does not tie to them (the noun or its kind said right after it,
    "Miranda state", or just before it, "the governorship of Miranda", "the industrial states of
    Carabobo and Aragua", or in apposition) is another kind of thing: "the PSUV", "its backers
    in Washington and Europe". A sentence that never says the noun may still answer by a name."""
    if span.kind not in ("name", "list") or question.answer_type not in (Q.ENTITY, Q.PLACE) \
            or not asks_which_noun(question) or not plural_focus(question.text):
        return False                                  # (one thing asked may be tied further off: "the
    head = question.focus[-1]                         # district where he lives, in Baruta")
    kinds = {head} | mutual_synonyms(head) | term_variants(head, offices=True)
    if kinds.isdisjoint(stem_offsets(sentence)) or not kinds.isdisjoint(span_stems(span.text)):
        return False
    tied = stems_after(sentence, span.end, 1) + stems_before(sentence, span.start, KIND_BEFORE_NAME)
    apposed = APPOSED_AFTER.match(sentence, span.end)
    return kinds.isdisjoint(tied) and not (apposed and not kinds.isdisjoint(span_stems(apposed.group(1) or apposed.group(2))))


# the noun a "which X's" question asks the owner of: "which body's president was Lucena" (president)
OWNED_NOUN = re.compile(r"\b(?:which|what)\s+(?:[\w-]+\s+){0,2}?[\w-]+['’]s?\s+([a-z][\w-]*)")


# the owned noun and "of the" right before a name: "the head of the National Electoral Commission"
# (not "the governor of Sucre Ramón Martinez", a place and its governor's name run together)
OWNED_OF_BEFORE = re.compile(r"\b([a-z][\w-]*)\s+of\s+the\s+$")


@lru_cache(maxsize=256)
def owned_noun(question_text: str) -> str:
    """The stem of the noun owned in a "which X's Y" question (Y), or ""."""
    found = OWNED_NOUN.search(fold(question_text))
    return stem(found.group(1)) if found else ""


def owner_said(span: Span, sentence: str, after: tuple[str, ...], owned: str) -> bool:
    """Whether the name is said to own the noun a "which X's Y" question asks the owner of: Y
    right after it ("CNE president Tibisay Lucena") or "Y of the" right before it ("the head of the
    National Electoral Commission")."""
    if not owned:
        return False
    of = OWNED_OF_BEFORE.search(sentence, 0, span.start)
    return after[:1] == (owned,) or bool(of) and stem(fold(of.group(1))) == owned


# the asked noun a name goes before, lower-case words between, and the name after the noun
# ("Carabobo regional newspaper Notitarde"): the noun is the last of the words
NOUN_BEFORE_NAME = re.compile(r"((?:\s+[a-z][\w-]*){1,3}?)\s+([A-ZÁÉÍÓÚÑ][\w’'-]*)")


def modifies_named_noun(span: Span, sentence: str, head: str) -> bool:
    """Whether a name only says which one of the asked thing another name right after it names:
    "Carabobo regional newspaper Notitarde", asked which newspaper (Notitarde, the newspaper's
    name; Carabobo its region); not "Zulia state Governor Rosales", where a post follows."""
    if span.kind not in ("name", "list"):
        return False
    found = NOUN_BEFORE_NAME.match(sentence, span.end)
    return bool(found) and stem(fold(found.group(1).split()[-1])) == head \
        and fold(found.group(2)) not in POST_WORDS | NOT_NAMES


# a name and, in apposition after it, a phrase saying what it is, the asked noun last: "RCTV (a
# right-wing, pro-opposition television station)", "Notitarde, a regional newspaper,"
APPOSITIVE = re.compile(r"\s*[(,]\s*(?:a|an|the)\s+[^().;:]*?([\w-]+)\s*(?:[),;:.]|$)")
# …and the same seen from the phrase: the name and the start of the apposition before it
NAME_APPOSED_BEFORE = re.compile(r"[A-ZÁÉÍÓÚÑ][\w’'.-]*\s*[(,]\s*(?:a|an|the)\s+(?:[\w’'-]+,?\s+){0,3}$")
NAME_AFTER = re.compile(r"\s+([A-ZÁÉÍÓÚÑ][\w’'-]*)")


def described_after(span: Span, sentence: str, head: str) -> bool:
    """Whether an apposition after the name says it is the asked thing (APPOSITIVE): "RCTV (a
    right-wing, pro-opposition television station)", asked which TV station."""
    found = APPOSITIVE.match(sentence, span.end)
    return bool(found) and stem(fold(found.group(1))) == head


def describes_name(phrase: Span, sentence: str) -> bool:
    """Whether the asked noun's phrase only describes a name set beside it, in apposition before it
    ("RCTV (a right-wing, pro-opposition television station)") or right after it ("community TV
    station Barrio TV"; not a post: "the state Governor"): the name answers "which station"."""
    after = NAME_AFTER.match(sentence, phrase.end)
    return bool(NAME_APPOSED_BEFORE.search(sentence, 0, phrase.start)) \
        or bool(after) and fold(after.group(1)) not in POST_WORDS | NOT_NAMES


# a count a number changed to, with what it is the number of: "The number of voters rose from 12.4 to
# 14 million" counts voters (the electorate asked), though no noun follows "14 million"
CHANGED_TO = re.compile(r"\b(?:number|size|total|count)\s+of\s+(?:[\w'’-]+\s+){0,2}?([\w'’-]+)\s+(?:(?:had|has)\s+)?"
                        r"(?:rose|risen|grew|grown|increased|fell|fallen|dropped|jumped|climbed|went\s+up|went\s+down)\s+"
                        r"(?:from\s+[\d.,]+\s*(?:million|thousand|billion)?\s+)?to\s+$", re.I)


# what marks capitals as emphasis, not a name in capitals ("ON PAPER", "POR AHORA"; not "HENRIQUE
# CAPRILES"): a function word among them
EMPHASIS_WORDS = STOPWORDS | {"por", "para", "con", "sin", "paper"}
# "In what year…", "which year…": a year alone is what is asked
ASKS_YEAR = re.compile(r"\b(?:what|which)\s+year\b", re.I)
# "on what date in 2004", "which day of 2013": the year the date asked is in
DATE_IN_YEAR = re.compile(r"\b(?:date|day|month)\s+(?:in|of)\s+(1[89]\d\d|20\d\d)\b", re.I)


# a capitalised word that names no one: a weekday's abbreviation, a compound adjective ("US-backed")
NOT_A_PERSON = re.compile(r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
                          r"|[\w’']+-(?:backed|led|based|owned|run|style|born|made|friendly|controlled|funded|sponsored)", re.I)


# a word for a people or its things, not the place: "Cuban" ("a Cuban flag"), "Venezuelans",
# "Bolivarian" ("a Bolivarian member of the national assembly"); a place's own name ending so
# ("Iran", "Pakistan") is one the sentence does not set before a noun
PEOPLE_WORD = re.compile(r"[A-ZÁÉÍÓÚÑ][a-záéíóúñ]{2,}(?:(?:i|e)?ans|ese)|[A-ZÁÉÍÓÚÑ][a-záéíóúñ]{2,}(?:i|e)?an(?<!stan)")
NOUN_AFTER = re.compile(r"\s+([a-z][\w’'-]*)")
PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|from|to|into|near|across|outside|inside|throughout)\s+$", re.I)


def people_word(span: Span, sentence: str) -> bool:
    """Whether a one-word name is the word for a people ("Venezuelans") or is said of a thing as
    its people's ("Brazilian president Lula", "Salvadorian paramilitaries"): no place, which
    "where" asks (a place comes after "in", "from": "in Japan")."""
    text = span.text.strip()
    if not PEOPLE_WORD.fullmatch(text) or PLACE_PREPOSITION_BEFORE.search(sentence, 0, span.start):
        return False
    return text.endswith(("ans", "ese")) or people_adjective(span, sentence)


def people_adjective(span: Span, sentence: str) -> bool:
    """Whether a people's word (people_word has matched PEOPLE_WORD) is said of a noun after it ("a Bolivarian member", "Salvadorian
    paramilitaries"): it names no place. (Not ruled out as "who": "the Bolivarian revolution
    accepted the results" may say who did, and a sentence left without it lost its answers.)"""
    after = NOUN_AFTER.match(sentence, span.end)
    return bool(after) and fold(after.group(1)) not in STOPWORDS


# a kind of place: said right after a name ("the Escuela Ana Dolores Fernández polling station"),
# or as the name's own last word ("Bolivar Hall", "Miraflores Palace"), it makes the name a place's
BUILT_PLACE = r"(?:station|stations|palace|hall|school|university|stadium|airport|barracks|headquarters|prison|" \
              r"square|street|avenue|plaza|park|building|church|hospital|hotel|theatre|theater)"
PLACE_NOUN_AFTER = re.compile(rf"(?:\s+polling)?\s+{BUILT_PLACE}\b", re.I)
PLACE_NOUN_LAST = re.compile(rf"\s(?:{BUILT_PLACE}|city|state)$", re.I)


def names_a_place(span: Span, sentence: str) -> bool:
    """Whether a name is a place's by the noun that goes with it: a built place's after it ("the
    Escuela Ana Dolores Fernández polling station") or as its own last word ("Bolivar Hall"): no
    one, which "who" asks. (Not "the 23 de Enero barrio": "who was Carlos" is answered by the
    sentence that names his barrio, the span of it keeping the sentence.)"""
    return bool(PLACE_NOUN_AFTER.match(sentence, span.end) or PLACE_NOUN_LAST.search(span.text.strip()))


# "which pro-Chávez deputy…": a kind of person asked by its noun, whom a place's name is not
WHICH_PERSON = re.compile(rf"\b(?:which|what)\s+(?:(?!(?:did|does|do|was|were|is|are|has|have|had|will|would|can|"
                          rf"could)\b)[\w-]+\s+){{0,2}}?{Q.PERSON_NOUNS}\b", re.I)      # not "what did CNE head…"


def post_of_name(span: Span, sentence: str) -> bool:
    """Whether a post's noun follows the name right after it ("New Mexico governor", "Brazilian
    president"): the name is of the place or body the post is of, and the holder comes after."""
    after = WORD_AFTER.match(sentence, span.end)
    return bool(after) and fold(after.group(1)) in POST_WORDS


def calendar_word(text: str) -> bool:
    """A weekday's or month's name alone ("Sunday", "Tue."): a time, no place nor anyone."""
    word = fold(text.strip().rstrip(".,"))
    return word in WEEKDAY_NAMES or word in MONTH_NAMES or bool(NOT_A_PERSON.fullmatch(text.strip())
                                                               and "-" not in text)


def backer_asked(text: str, question: Q.Question) -> bool:
    """Whether "US-backed" answers: the question asks who backed (the adjective's verb among its terms)."""
    parts = text.strip().split("-")
    return len(parts) == 2 and verb_base(parts[1]) in set(question.terms)


# a time something is counted from, not when it happened: "since 1998", "since winning power in 1998"
SINCE_BEFORE = re.compile(r"\b(?:since|ever\s+since)\s+(?:(?:early|late|mid)\s+)?$", re.I)
SINCE_DOING = re.compile(r"\bsince\s+([a-z]+ing\b[^,;.]{0,40})\b(?:in|on)\s+$", re.I)


def counted_from(before: str, question: Q.Question) -> bool:
    """Whether the date is a time something is counted from ("since 1998", "since winning power
    in 1998"): not when the question asks of the deed the clause names ("When did Chávez win
    power?": "since winning power in 1998" answers)."""
    if SINCE_BEFORE.search(before):
        return True
    doing = SINCE_DOING.search(before)
    return bool(doing) and not {verb_base(w) for w in re.findall(r"[\w’'-]+", doing.group(1))} & set(question.terms)


# a date said of the event named right before it: "in the National Assembly elections in 2010"
EVENT_DATED = re.compile(r"((?:[\w’'-]+\s+){1,3}?)(?:elections?|referend\w*|votes?|polls?|coup|strike|lock-?out)\s+(?:in|of|on)\s+$",
                         re.I)
GENERIC_EVENT_WORDS = frozenset(stem(w) for w in ("the", "a", "an", "election", "elections", "vote", "general"))


@lru_cache(maxsize=16384)
def event_dated_before(sentence: str, start: int) -> tuple[str, int] | None:
    """The words before the event noun EVENT_DATED finds right before `start`, and where its match
    starts (None without one). A fact of the date's place, not of the question: cached, as the
    search tries each of the 60 characters before the date (70-190 µs a call on a busy machine)."""
    named = EVENT_DATED.search(sentence, max(0, start - 60), start)
    return (named.group(1), named.start()) if named else None


def dates_another_event(span: Span, sentence: str, asked: frozenset[str]) -> bool:
    """Whether the date is said of an event named right before it that the question does not name
    ("…which it had already won in the National Assembly elections in 2010", asked when Capriles won
    Miranda): the event's words before its noun, none of them asked."""
    named = event_dated_before(sentence, span.start)
    words = term_set(named[0]) - GENERIC_EVENT_WORDS if named else frozenset()
    if not words or words & asked:
        return False
    # "Nicolás Maduro won the Venezuelan presidential election of April 14", asked when Maduro won:
    # the one asked of is the event's own subject, in its clause (not "…, which it had already won in…")
    clause = CLAUSE_BREAK.split(sentence[:named[1]])[-1]
    antecedent = RELATIVE_AFTER.search(sentence[:named[1]])
    if antecedent and term_set(antecedent.group(1)) & asked:
        return False                                  # "…Anzoátegui, which it had already won in the National
                                                      # Assembly elections in 2010", asked when it first won Anzoátegui
    return not term_set(" ".join(CAPITALISED.findall(clause))) & asked


# what a date is set against: "(compared to the 20 it won in the 2012 elections)", in its own clause
COMPARED_BEFORE = re.compile(r"\b(?:compared\s+(?:to|with)|than|unlike|versus|vs\.?)\s[^,;:()]*$", re.I)


def date_compared_with(span: Span, sentence: str, question: Q.Question) -> bool:
    """Whether the date is of what the sentence sets its event against ("won 18 … (compared to the
    20 it won in the 2012 elections)"), not of the event itself, and the question names no year of
    it: "When were the governor elections held?" is not answered by 2012."""
    if not COMPARED_BEFORE.search(sentence, max(0, span.start - 80), span.start):
        return False
    return not {int(y) for y in Q.YEAR.findall(span.text)} & set(question.years)


# the name a relative clause is said of: "…Anzoátegui, which it had already won in"
RELATIVE_AFTER = re.compile(r"([A-ZÁÉÍÓÚÑ][\w’'-]+),?\s+(?:which|that|where)\s+[^,;:()]*$")
CAPITALISED = re.compile(r"\b[A-ZÁÉÍÓÚÑ][\w’'-]+")


def other_year_than_asked(date: str, question: str) -> bool:
    """Whether a date names a year other than the one a date is asked in (DATE_IN_YEAR)."""
    asked = DATE_IN_YEAR.search(question)
    named = Q.YEAR.findall(date)
    return bool(asked and named) and asked.group(1) not in named


# "how many died / were killed / injured": a count of casualties is said with one of these words
# ("deadly protests" counts no one); other verbs are not checked, a paraphrase ("braved the snow"
# for "gathered") would lose its answer
CASUALTY_VERBS = {"die", "kill", "murder", "injur", "wound", "shot", "shoot"}
CASUALTY_WORDS = {"die", "died", "dies", "dead", "death", "deaths", "kill", "killed", "killing", "killings", "murder",
                  "murdered", "murders", "injured", "injuries", "wounded", "casualties", "fatalities", "shot", "lives"}
# a number word in the plural alone: a quantity, not a figure ("millions", "hundreds of people")
VAGUE_QUANTITY = re.compile(r"(?:(?:" + ROUNDING + r")\s+)?(?:hundreds|thousands|millions|billions|dozens)", re.I)
# where a sentence joins two clauses each telling its own event: "…won Miranda by 40,000 votes, or
# when they won the 2007 referendum by … (1.4%)", "…; …"
CLAUSE_JOIN = re.compile(r",\s+(?:or|and|but)\s+when\b|;\s+")


@lru_cache(maxsize=8192)
def clause_bounds(sentence: str) -> tuple[int, ...]:
    """Where the sentence's joined clauses (CLAUSE_JOIN) start and end: (0, len) when it joins
    none. A fact of the sentence, found once (as figure_owner), not once per figure fitted."""
    return (0, *(m.start() for m in CLAUSE_JOIN.finditer(sentence)), len(sentence))


def of_another_clause(span: Span, sentence: str, weighted: list[tuple[int, float]]) -> bool:
    """The figure stands in one of a sentence's joined clauses while the question's words stand in
    the others: more than three times their weight there than in the figure's own clause. The
    figure tells its own clause's event ("By what percentage did Capriles win the Miranda
    governorship?": not the 1.4% of the 2007 referendum in the clause after)."""
    bounds = clause_bounds(sentence)
    if len(bounds) == 2:
        return False
    clause = next(i for i in range(len(bounds) - 1) if bounds[i] <= span.start < bounds[i + 1])
    own = sum(w for pos, w in weighted if bounds[clause] <= pos < bounds[clause + 1])
    other = sum(w for pos, w in weighted) - own
    return other > 3 * own


# a post, capitalised before or instead of a name ("elected President", "the Chief Executive"):
# on its own it names no one
# a noun counted that is a kind of the one asked: "How many changes to the constitution?" counted
# as "The 69 proposed amendments to the 1999 constitution" (for the count only: "amendment" matched
# for "change" everywhere drew "These amendments were rejected by 50.7%" to other questions)
COUNTED_KINDS = {stem("change"): frozenset({stem("amendment"), stem("amendments")})}
POST_WORDS = {"president", "vice", "prime", "minister", "governor", "mayor", "general", "chief", "executive",
              "secretary", "head", "deputy", "leader", "commander", "senator", "ambassador", "director", "chairman"}

# nouns of a post or calling a sentence may set beside a name as its title ("retired general Baduel",
# "the former housing minister, Ramón Carrizales", "Jim McIlroy is a national co-convenor of…")
TITLE_NOUNS = POST_WORDS | {"representative", "convenor", "co-convenor", "coordinator", "co-ordinator", "spokesperson",
                            "spokesman", "spokeswoman", "member", "official", "activist", "journalist", "blogger",
                            "author", "candidate", "editor", "correspondent", "organiser", "organizer", "founder",
                            "economist", "analyst", "officer", "adviser", "advisor", "lawyer", "unionist", "rector",
                            "reporter", "writer", "player", "singer"}
NAME_WORDS_BEFORE = re.compile(r"(?:[A-ZÁÉÍÓÚÑ][\w’'.-]*\s+)*$")
NAME_WORDS_AFTER = re.compile(r"(?:\s+[A-ZÁÉÍÓÚÑ][\w’'.-]*)*")


def titled(sentence: str, names: list[str]) -> bool:
    """Whether the sentence sets a title beside one of the names, before it or after it
    ("retired general Baduel", "OAS representative and former New Mexico governor Bill
    Richardson", "Jim McIlroy is a national co-convenor of…"): what "What was his rank?" asks."""
    return title_beside(sentence, names) is not None


# a name's title set in apposition before it with commas closes with the name ("the former housing
# minister, Ramón Carrizales, was…"); "a leader of the students, Baduel and Rosales" is a list
APPOSITION_CLOSED = re.compile(r"\s*(?:[,.;:)\]—–]|$)")
# what links a name to a title after it: ", the head of the CNE", " is a national co-convenor of …"
TITLE_LINK = re.compile(r"\s*,\s*(?:(?:the|an?)\s+)?|\s+(?:is|was)\s+(?:(?:the|an?)\s+|(?=one\s+of\s+the\s))", re.I)
ONE_OF_THE = re.compile(r"one\s+of\s+the\s+", re.I)    # "Germán Yepez, one of the members of…": said with the title
TITLE_QUALIFIERS = 4      # words before a title's noun after a name ("a national co-convenor")
TITLE_LENGTH = 12         # words of a title after a name, to the clause's end
# the lower-case words that qualify a post with no article before them ("former New Mexico governor",
# "retired general Baduel"); other lower-case words there may be a verb or a preposition ("heard
# retired general Baduel", "including Bolivarian deputy Iris Varela"), and only an article before
# them ("the former housing minister") shows they qualify it
TITLE_MODIFIERS = {"former", "late", "retired", "acting", "interim", "outgoing", "incumbent", "elected", "appointed",
                   "known"}       # "Potro Alvarez, a known baseball player and singer"
# the end of a name's word, or its possessive ("former Brazilian president Lula’s poisoned message")
NAME_WORD_END = r"(?![\w-])(?!['’](?!s\b))"
# a plural post naming some of its holders after it: "Some ultra left trade union leaders like Chirinos"
HOLDERS_LIKE = re.compile(r"\s+(?:like|such\s+as)$", re.I)
# a word's punctuation that ends the phrase it is in ("Network.]", "(CNE),"), and a word opening a quote
PHRASE_END = re.compile(r"[,;:.!?“”\"\]—–]+$|\)[,;:.!?]")
QUOTE_OPEN = re.compile(r"^[“\"‘\[]")
ARTICLES = {"the", "a", "an"}


def title_beside(sentence: str, names: list[str]) -> Span | None:
    """The title a sentence sets in apposition to one of the names, copied from it: before the
    name ("CNE rector Vicente Díaz" → "CNE rector", "the former housing minister, Ramón Carrizales"
    → "former housing minister", "the head of the National Electoral Commission (CNE) Tibisay
    Lucena" → "head of the National Electoral Commission (CNE)") or after it ("Hugo Chávez,
    president of Venezuela, …", "Jim McIlroy is a national co-convenor of …"): what "Who is
    Vicente Díaz?" and "What is his job?" ask."""
    for name in names:
        words = whole_name_words(name, sentence)
        for found in re.finditer(rf"(?<![\w’'-]){re.escape(words[0])}{NAME_WORD_END}", sentence) if words else ():
            end = NAME_WORDS_AFTER.match(sentence, found.end()).end()
            title = (title_before_name(sentence, name_start(sentence, found.start()), end)
                     or title_before_name(sentence, found.start(), end) or title_after_name(sentence, end))
            if title is not None:
                return title
    return None


def name_start(sentence: str, at: int) -> int:
    """Where the name whose first word asked is at `at` starts: the capitalised words before it
    ("Lucena" asked, "Tibisay Lucena" written), but not a capitalised title among them ("CNE
    President Tibisay Lucena": "Tibisay")."""
    base = NAME_WORDS_BEFORE.search(sentence, 0, at).start()
    titles = [w for w in re.finditer(r"\S+", sentence[base:at]) if fold(w.group(0)) in TITLE_NOUNS]
    return base + titles[-1].end() + 1 if titles else base


def title_before_name(sentence: str, start: int, end: int) -> Span | None:
    """The title phrase right before a name (title_beside), read back from it: an of-phrase the
    post is of ("of the National Electoral Commission (CNE)"), the post's noun, and the words
    qualifying it ("former housing", "OAS representative and former New Mexico"); a leading
    article is left out. Not a name that is what a post is of ("the governor of Sucre")."""
    head = sentence[:start].rstrip()
    holders = HOLDERS_LIKE.search(head)
    if holders and is_post_noun((head[:holders.start()].split() or [""])[-1]):
        head = head[:holders.start()]               # "trade union leaders like Chirinos": "leaders"
    if head.endswith(","):
        if not APPOSITION_CLOSED.match(sentence, end):
            return None
        head = head[:-1].rstrip()
    words = list(re.finditer(r"\S+", head))
    if not words or fold(words[-1].group(0)) in STOPWORDS or not re.search(r"[\w)]$", head):
        return None                                 # "the governor of Sucre Ramón…", "(CNE)"
    at = len(words)
    post = is_post_noun if holders else lambda word: fold(word) in TITLE_NOUNS     # "leaders" only so
    while at and not post(words[at - 1].group(0)) and of_phrase_word(words, at - 1):
        at -= 1
    if not at or not post(words[at - 1].group(0)) or at < len(words) and fold(words[at].group(0)) != "of":
        return None                                 # "the president congratulated Maduro": no post of anything
    while at and qualifies_title(words, at - 1):
        at -= 1
    if not at or fold(words[at - 1].group(0)) not in ARTICLES:
        at = max([at] + [i + 1 for i in range(at, len(words)) if loose(words[i].group(0))])
    while fold(words[at].group(0)) in ARTICLES | {"of", "and"}:
        at += 1
    begin = words[at].start()
    return Span(sentence[begin:len(head)], begin, len(head), "title")


def of_phrase_word(words: list[re.Match], i: int) -> bool:
    """A word of the of-phrase after a post's noun ("of the National Electoral Commission (CNE)")."""
    if PHRASE_END.search(words[i].group(0)) or QUOTE_OPEN.match(words[i].group(0)):
        return False
    folded = fold(words[i].group(0))
    if folded == "the":
        return i > 0 and fold(words[i - 1].group(0)) == "of"
    return folded == "of" or folded not in STOPWORDS


def qualifies_title(words: list[re.Match], i: int) -> bool:
    """A word qualifying the post's noun before it (title_before_name): another post joined by
    "and" ("OAS representative and former … governor"), a name with its "of" ("Organization of
    American States"), or a modifier."""
    folded = fold(words[i].group(0))
    left = words[i - 1].group(0) if i else ""
    if folded == "and":
        return fold(left) in TITLE_NOUNS
    if folded == "of":
        return left[:1].isupper()
    return modifier(words[i].group(0))


def modifier(word: str) -> bool:
    """A word that may qualify a post's noun: a name or acronym ("CNE", "(CNE)"), another post, or
    a modifier ("former", "housing", "retired"); not a function word, a clause's punctuation or a
    verb's past ("defeated governor X")."""
    if PHRASE_END.search(word) or QUOTE_OPEN.match(word) or word.startswith("(") and not re.fullmatch(r"\([A-Z]{2,}\)", word):
        return False
    folded = fold(word)
    if folded in STOPWORDS or folded in NOT_NAMES:
        return False
    return word[:1].isupper() or folded in TITLE_NOUNS or folded in TITLE_MODIFIERS or not (
        folded.endswith("ed") or folded in IRREGULAR_PAST)


def loose(word: str) -> bool:
    """A lower-case word before a post's noun that qualifies it only after an article
    (TITLE_MODIFIERS)."""
    folded = fold(word)
    return word[:1].islower() and not is_post_noun(word) and folded not in TITLE_MODIFIERS | {"of", "and"}


def title_after_name(sentence: str, end: int) -> Span | None:
    """The title phrase right after a name (title_beside): ", president of Venezuela," or "is a
    national co-convenor of …": a post's noun after at most a few modifiers, and what it is of, to
    the clause's end."""
    link = TITLE_LINK.match(sentence, end)
    if not link:
        return None
    one_of = ONE_OF_THE.match(sentence, link.end())
    offset = one_of.end() if one_of else link.end()
    words = list(re.finditer(r"\S+", sentence[offset:]))[:TITLE_LENGTH]
    at = next((i for i, w in enumerate(words[:TITLE_QUALIFIERS + 1]) if is_post_noun(w.group(0))), None)
    if at is None or not all(modifier(w.group(0)) and (link.group(0).strip(" ,") or not loose(w.group(0)))
                             for w in words[:at]):
        return None
    last = at
    while not PHRASE_END.search(words[last].group(0)) and last + 1 < len(words) and after_title_word(words[last + 1].group(0)):
        last += 1
    text = re.sub(r"[^\w)]+$", "", words[last].group(0))
    begin, finish = link.end() if one_of else offset + words[0].start(), offset + words[last].start() + len(text)
    return Span(sentence[begin:finish], begin, finish, "title")


def is_post_noun(word: str) -> bool:
    """A post's noun, singular or plural, with the punctuation after it ("president,", "members")."""
    folded = fold(re.sub(r"[^\w]+$", "", word))
    return folded in TITLE_NOUNS or folded.endswith("s") and folded[:-1] in TITLE_NOUNS


def after_title_word(word: str) -> bool:
    """A word of what a post after a name is of ("of the Australia-Venezuela Solidarity Network"):
    its "of", article or "and", or a modifier; a preposition or clause word ends it ("…member of
    the national assembly from voting…")."""
    return fold(re.sub(r"[^\w]+$", "", word)) in ARTICLES | {"of", "and"} or modifier(re.sub(r"[,;:.!?”\"\]—–]+$", "", word))


def whole_name_words(name: str, sentence: str) -> list[str]:
    """The words of a name, when the sentence says all of them: "Ramón Martinez" is not the
    "Ramón" of "the former housing minister, Ramón Carrizales", nor "Jorge Martín" "Jorge Rodríguez"."""
    words = [w for w in re.findall(r"[\w’'-]+", Q.POSSESSIVE_END.sub("", name)) if len(w) > 2]
    folded = fold(sentence)             # "Jorge Rodriguez" asked, "Jorge Rodríguez" written: the words written
    said = all(re.search(rf"(?<![\w’'-]){re.escape(fold(w))}{NAME_WORD_END}", folded) for w in words)
    return [w for w in words if re.search(rf"(?<![\w’'-]){re.escape(w)}{NAME_WORD_END}", sentence)] if said else []


FIGURE_KINDS = ("percent", "count", "money")
# a unit of time right after a number: "36 hours", "two months", "28 days", "seven-year"
TIME_UNIT_AFTER = re.compile(r"[\s-]+(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)\b", re.I)
TIME_UNIT_END = re.compile(TIME_UNIT_AFTER.pattern + "$", re.I)
# the first number of a range whose second one has the unit: "from 44 to 36 hours", "six to seven years"
RANGE_TO_UNIT = re.compile(r"(?:\s+(?:to|or|and)\s+|\s*[-–]\s*)[\w.,]+" + TIME_UNIT_AFTER.pattern, re.I)


def with_time_unit(span: Span, sentence: str) -> Span:
    """A count with the unit of time after it ("28" → "28 days"): what "how long" asks for."""
    unit = TIME_UNIT_AFTER.match(sentence, span.end)
    return Span(sentence[span.start:unit.end()], span.start, unit.end(), span.kind) if unit else span
CLAUSE_GAP = 40           # characters: a clause break between a figure and a word after it
CLAUSE_BREAK = re.compile(r"[,;](?=\s)")     # not the separators inside "7,270,403"


FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)
ABOUT = r"(?:about\s+|around\s+|over\s+|nearly\s+)?"      # how near a figure a change went to is
TO_AFTER = re.compile(rf"\s+to\s+{ABOUT}(?:[$€£]?\d|(?:{'|'.join(NUMBER_WORDS)})\b)", re.I)


@lru_cache(maxsize=8192)
def is_the_whole(span: Span, sentence: str) -> bool:
    """The figure follows a part of it ("won 18 of 23 governorships": 23 is the whole; OUT_OF).
    Cached, as change_start and is_difference are: a fact of the sentence that costs a search
    of the text before the figure, and the same figures are fitted question after question."""
    return bool(OUT_OF.search(sentence, 0, span.start))


@lru_cache(maxsize=8192)
def change_start(span: Span, sentence: str) -> bool:
    """Whether the figure is where a change started ("The number of voters rose from 12.4 to 14
    million"): the figure of the time written about is the one it went to. When the figure has
    its own year ("from 17% in 1980 to 65% in 1996") and the question asks a year, year_of_figure
    chooses (a year elsewhere, "the 1999 constitution", dates neither); a question asking a
    change wants the range."""
    return bool(FROM_BEFORE.search(sentence, 0, span.start)) and bool(TO_AFTER.match(sentence, span.end))


# where a change went: "from 44 to 36 hours", "from six to seven years" (the figure after "to")
FROM_TO_BEFORE = re.compile(rf"\bfrom\s+[$€£]?[\w.,]+(?:\s+[\w.,%]+){{0,3}}?\s+to\s+{ABOUT}$", re.I)
# a question asking the value before a change: "…before the reform?", "…before the proposed extension?",
# "what was it originally?"
START_ASKED = re.compile(r"\b(?:before|prior\s+to)\s+(?:the\s+|its\s+|that\s+|this\s+)?(?:[\w'’-]+\s+){0,2}?"
                         r"(?:increase|rise|extension|reduction|cut|change|growth|drop|fall|reform|amendments?)\b"
                         r"(?!\s+(?:referendums?|votes?|elections?|proposals?)\b)"
                         r"|\b(?:originally|previously|formerly|initially|at\s+first)\b", re.I)


@lru_cache(maxsize=8192)
def change_end(span: Span, sentence: str) -> bool:
    """Whether the figure is where a change went ("…from 44 to 36 hours": 36)."""
    return bool(FROM_TO_BEFORE.search(sentence, max(0, span.start - 60), span.start))


@lru_cache(maxsize=256)
def asks_start(question_text: str) -> bool:
    """Whether the question asks the value a change started from (START_ASKED)."""
    return bool(START_ASKED.search(question_text))


@lru_cache(maxsize=256)
def plural_focus(question_text: str) -> bool:
    """Whether the noun asked for is plural as typed: "which countries", not "which steel
    company" (both stem to "…i")."""
    match = Q.FOCUS.search(fold(question_text))
    last = match.group(1).split()[-1] if match else ""
    return len(last) > 3 and last.endswith("s") and not last.endswith(("ss", "us", "is"))


def distance(span: Span, pos: int, sentence: str) -> int:
    """Characters between a span and a question word at `pos`. A figure is told by what comes
    before it ("Capriles 7,270,403 votes (49.07%)"): a word after a figure and past a comma or
    semicolon opens the next clause ("… (50.66%), and Capriles …") and counts as further away."""
    if pos < span.start:
        return span.start - pos
    gap = pos - span.end
    if span.kind in FIGURE_KINDS + ("date",) and CLAUSE_BREAK.search(sentence, span.end, pos):
        gap += CLAUSE_GAP                 # so is a date: "an attempted coup in 2002, …, an attempted recall in 2004"
    return gap


# "The turnout was over 78%": the noun a percentage is stated of
STATED_OF = re.compile(r"\b([a-z][\w-]*)(?:\s+(?:in|of|at|for|among|across)\s+(?:the\s+)?[\w-]+)?"   # "Turnout in the city was"
                       r"\s+(?:was|is|were|are|stood\s+at|reached)\s+"
                       r"(?:(?:over|about|around|nearly|almost|just|only|some|more\s+than|less\s+than)\s+)?$", re.I)
# nouns a share of the vote is stated of, whatever the question's words ("the PSUV's tally was 54%")
SHARE_WORDS = Q.answer_form_terms(Q.PERCENT) | {stem(w) for w in ("vote", "result", "tally", "support", "total", "figure",
                                                                 "margin", "difference", "lead")}


# a result against someone by so many votes: "were against him by just one vote" (not "the
# petition against Chávez was backed by 2.4 million signatures")
AGAINST_BY = re.compile(r"\bagainst\s+(?:[\w'’-]+\s+){1,3}by\s+(?:(?:just|only|some|about|around)\s+)?$", re.I)
VOTES_AFTER = re.compile(r"\s+(?:votes?|ballots?|points?)\b", re.I)
DIFFERENCE_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:fewer|more|less|higher|lower|greater|smaller|larger|bigger)\s+than\b", re.I)
# Verbs that say a figure changed: "Chávez loses 2,8 million", "has shed 680,000 votes", "fell by 3
# million". ("gained" is left out: "the PSUV gained 54% of the vote" is what it won.)
CHANGE_VERBS = (r"lose|loses|lost|losing|shed|sheds|increased|decreased|rose|fell|dropped|grew|declined|climbed|jumped|"
                r"slumped|surged|doubled|halved")
# A question asks for a difference or a change: "how many fewer", "by how much", "how many votes did it lose"
ASKS_DIFFERENCE = re.compile(r"\b(?:more|fewer|less|higher|lower|greater|smaller|larger|bigger|margin|difference|"
                             r"by how much|by how many|by what|gap|lead|(?:increas|decreas|declin|climb|jump|drop|gain)\w*|chang(?!es\b(?!\s+(?:in|of)\b))\w*|"
                             r"rise|risen|fall|fallen|grow|grown|bleed|bled|shrink|shrank|shrunk|dwindled|" + CHANGE_VERBS + r")\b", re.I)
# the size a thing grew to, not by how much: "how large had the voter roll grown", "to what size
# had it risen" ("rose from 12.4 to 14 million": 14 million)
SIZE_REACHED = re.compile(r"\bhow\s+(?:large|big|high)\b(?![^?]*\bby\s+how\b)[^?]*\b(?:grown|risen|become|swollen)\b"
                          r"|\bto\s+what\s+(?:size|level|number|total|figure)\b", re.I)
# A question asks by how much one side beat the other: "by how many votes did Maduro beat Capriles",
# "what was his margin of victory" (not "by how much did profits rise": a change may be the amount)
ASKS_MARGIN = re.compile(r"\bmargins?\b(?!\s+of\s+error)"
                         r"|\bby how (?:many|much)\b(?:\s+[\w'’-]+){0,3}?\s+(?:did|does|do|was|were|has|had)\s+"
                         r"(?:[\w'’.-]+\s+){0,3}?(?:beat|beaten|defeat|defeated|won|win|lead|led)\b"
                         r"|\b(?:beat|beaten|defeat|defeated)\b.*\bby how\b", re.I)


# a margin the question tells of a win it describes ("the election Maduro won by a narrow margin",
# "by the narrowest of margins"), not one it asks for ("by what margin")
DESCRIBED_MARGIN = re.compile(r"\bby\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}margins?\b|\b\w+est\s+of\s+margins\b", re.I)


@lru_cache(maxsize=256)
def asks_difference(question_text: str) -> bool:
    """ASKS_DIFFERENCE of the question (a margin it only describes aside), unless it asks the
    size a change reached (SIZE_REACHED): searched once per question, not once per figure fitted
    (an ~10 µs search that span_fit needed up to three times per figure)."""
    return bool(ASKS_DIFFERENCE.search(DESCRIBED_MARGIN.sub(" ", question_text))) \
        and not SIZE_REACHED.search(question_text)


# A question asks what someone lost: "how many votes did the government side lose", "how much
# support did the camp bleed", "by how many ballots had its support shrunk" (the asking clause's
# verb after its auxiliary; not an event it names, "the referendum that Chávez lost")
ASKING_AUXILIARY = re.compile(r"\b(?:did|does|do|has|have|had)\b", re.I)
LOSS_AFTER_AUXILIARY = re.compile(r"\s+(?:[\w'’-]+\s+){0,4}?(?:lose|lost|shed|bleed|bled|shrink|shrunk|shrunken)\b", re.I)


@lru_cache(maxsize=256)
def asks_loss(question_text: str) -> bool:
    """Whether the verb after the question's first auxiliary is a loss (searched once per question,
    as asks_difference): not a later clause's "after Chávez had lost the 2007 referendum"."""
    auxiliary = ASKING_AUXILIARY.search(question_text)
    return bool(auxiliary and LOSS_AFTER_AUXILIARY.match(question_text, auxiliary.end()))


@lru_cache(maxsize=256)
def asks_margin(question_text: str) -> bool:
    """ASKS_MARGIN of the question, searched once per question (as asks_difference)."""
    return bool(ASKS_MARGIN.search(DESCRIBED_MARGIN.sub(" ", question_text)))
CHANGE_BEFORE = re.compile(r"\b(?:(?:" + CHANGE_VERBS + r")(?:\s+by)?|(?:up|down)\s+by)\s+$", re.I)
# A winning margin: "won the governorship of Miranda by 40,000 votes", "a margin of 1.6 million",
# "by the narrowest of margins (1.4%)"; not a result, "won by 59% to 41%"
MARGIN_BEFORE = re.compile(r"\b(?:won|wins?|winning|beat|beaten|defeated|lost|loses?|losing|carried)\b[^,;.]{0,60}?\bby\s+"
                           r"(?:(?:between|about|around|some|over|nearly|almost|just|only|more\s+than|less\s+than)\s+)?"
                           r"(?:[\d.,]+\s+(?:and|to)\s+)?$"                        # "by between 6 and 8 points"
                           r"|\b(?:margins?|lead)\s*(?:of\s+|\(\s*)?$"
                           # the same margin put another way: "beat Capriles by some 1.5 points, about 224,000 votes"
                           r"|\b(?:won|wins?|beat|beaten|defeated|lost|carried)\b[^;.]{0,60}?\bby\s+[^,;()]{1,40},\s*"
                           r"(?:or\s+)?(?:about|some|around|roughly|nearly|almost)?\s*$", re.I)
RESULT_AFTER = re.compile(r"\s+(?:to|against)\s+\d", re.I)


def result_pair(span: Span, sentence: str) -> bool:
    """The figure opens a result given as a pair after "by": "rejected by 50.7% to 49.2%"."""
    return bool(RESULT_AFTER.match(sentence, span.end)) and bool(BY_BEFORE.search(sentence, max(0, span.start - 20), span.start))


BY_BEFORE = re.compile(r"\bby\s+$", re.I)


@lru_cache(maxsize=8192)
def is_difference(span: Span, sentence: str) -> bool:
    """Whether the figure is a difference ("three million fewer than…", a winning margin "won …
    by 40,000 votes") or a change ("loses 2,8 million"), not an amount."""
    if DIFFERENCE_AFTER.match(sentence, span.end) or CHANGE_BEFORE.search(sentence, max(0, span.start - 40), span.start):
        return True
    if AGAINST_BY.search(sentence, max(0, span.start - 40), span.start) and VOTES_AFTER.match(sentence, span.end):
        return True                                   # "even if these were against him by just one vote"
    return bool(MARGIN_BEFORE.search(sentence, max(0, span.start - 80), span.start)) \
        and not RESULT_AFTER.match(sentence, span.end)


ACTOR_WINDOW = 6          # words before a figure that may say whose it is
# where the figure's clause ends: "7,270,403 votes and Maduro received…" (not inside "7,270,403")
NEXT_CLAUSE = re.compile(r"[,;](?=\s)|\s(?:and|but|while|whereas)\s", re.I)
# who a figure may be said of without a capitalised name ("the opposition has only increased …")
ACTOR_NOUNS = {stem(w) for w in ("opposition", "government", "party", "parties", "candidate", "candidates",
                                  "coalition", "side", "camp", "movement", "administration", "regime")}
# a pronoun stands for someone named before it: "…the ruling party's defeat in 2015, when it garnered only 43.7%"
ACTOR_PRONOUN = re.compile(r"\b(?:it|he|she|they)\b", re.I)
# …or follows it as the subject of a relative clause: "the 20 it won", "the 54% they took"
PRONOUN_AFTER = re.compile(r"(?:\s+(?!(?:when|because|as|after|before|if|since|while|and|but|so|until|where|once)\b)[a-z]+)?"
                           r"\s+(?:it|he|she|they)\s+(?!(?:is|was|are|were)\b)[a-z]+", re.I)


def previous_figure_end(span: Span, sentence: str, start: int = 0) -> int | None:
    """Where the figure of the same kind (count_spans: not a year, a date or a name) before
    `span` ends, looking from `start`; None when there is none: what follows it is about `span`."""
    kind = "percent" if span.kind == "percent" else "count"
    return max((f.end for f in typed_spans(sentence, Q.COUNT) if f.kind == kind and start <= f.start and f.end <= span.start),
               default=None)


# who got a figure, named right after it: "the 3,757,773 votes Chávez won", "18 seats the PSUV took"
OWNER_AFTER = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:the\s+)?[A-ZÁÉÍÓÚÑ][\w’'-]+(?:\s+[A-ZÁÉÍÓÚÑ][\w’'-]+)*"
                         r"\s+(?:had\s+)?(?:won|got|received|took|gained|polled|obtained|garnered)\b")


# the two camps of these votes, each called by several names: "the chavista camp" asked, "the
# Bolivarian revolution has shed 680,000 votes" said; "the opposition" asked, "the MUD" said
CAMPS = (frozenset(stem(w) for w in ("chavista", "chavistas", "chavismo", "bolivarian", "psuv", "pro-government",
                                     "government", "ruling")),
         frozenset(stem(w) for w in ("opposition", "mud", "anti-chavista", "right-wing")))


def figure_of_another_actor(span: Span, sentence: str, actor: list[str]) -> bool:
    """"How many governorships did the opposition win?" and "the PSUV, led by President Nicolas
    Maduro, won 18 of 23": the six words before the figure name someone, and neither the twelve
    before it nor the rest of its clause name the asked actor (what the sentence says of whose
    the figure is: figure_owner)."""
    owner = figure_owner(span, sentence)
    actor_stems = set(actor).union(*(camp for camp in CAMPS if camp & set(actor)))
    if actor_stems & owner.around:
        return False                      # said of the actor ("the PSUV, led by …, won 18")
    if owner.named_near:
        return True
    if owner.before is None or actor_stems & owner.before:
        return False
    return owner.antecedent_named


class FigureOwner(NamedTuple):
    """What a sentence says of whose a figure is, whatever the question asks (figure_owner)."""
    around: frozenset[str]            # stems of the words before the figure and the rest of its clause
    named_near: bool                  # someone named right after it or in the six words before it
    before: frozenset[str] | None     # stems of the sentence before the figure, when a pronoun may
                                      # point back past those words; None when none does
    antecedent_named: bool            # … and someone is named before that pronoun


@lru_cache(maxsize=8192)
def figure_owner(span: Span, sentence: str) -> FigureOwner:
    """The question-independent part of figure_of_another_actor, found once a figure: the same
    figures are fitted question after question. In a run of figures ("gave Chávez 58.25% (…) and
    the opposition 41.74%"), when someone is named after the figure of the same kind before this
    one (count_spans: not a year, a date or a name), only what follows that figure says whose
    this one is."""
    clause = max(sentence.rfind(";", 0, span.start), sentence.rfind(":", 0, span.start)) + 1
    before = sentence[clause:span.start]
    previous = previous_figure_end(span, sentence, clause)
    since = sentence[previous:span.start] if previous is not None else ""
    before = since.split() if since and names_an_actor(" " + since) else before.split()
    after = NEXT_CLAUSE.split(sentence[span.end:])[0].split()[:ACTOR_WINDOW]
    around = span_stems(" ".join(before[-2 * ACTOR_WINDOW:] + after))
    if OWNER_AFTER.match(sentence, span.end):
        return FigureOwner(around, True, None, False)   # "the 3,757,773 votes Chávez won": whose, said right after it
    window = " ".join(before[-ACTOR_WINDOW:])
    if len(before) > ACTOR_WINDOW:
        window = " " + window             # mid-sentence: its first word's capital is a name's
    if names_an_actor(window):
        return FigureOwner(around, True, None, False)
    # a pronoun's antecedent may lie further back: another actor's figure when the sentence names
    # someone before it and never the asked actor ("He got 7,505,338 votes" opening a sentence
    # points to the one before, which this one cannot see). The pronoun stands before the figure
    # ("when it garnered only 43.7%") or right after it ("compared to the 20 it won in 2012").
    pronoun = PRONOUN_AFTER.match(sentence, span.end)
    if pronoun is None and ACTOR_PRONOUN.search(window):
        pronoun = list(ACTOR_PRONOUN.finditer(sentence, 0, span.start))[-1]
    if pronoun is None:
        return FigureOwner(around, False, None, False)
    return FigureOwner(around, False, span_stems(sentence[:span.start]),
                       names_an_actor(sentence[:min(pronoun.start(), span.start)]))


@lru_cache(maxsize=4)
def side_pattern(side: str) -> re.Pattern:
    """How a text names a referendum's side as a label, not as a word: "the NO", "No: 4.504.354",
    "the 'no' vote"."""
    return re.compile(rf"(?<![\w'’])(?:(?-i:{side.upper()})\b|(?-i:{side.capitalize()})\s*:|[\"'“‘]{side}[\"'”’])", re.I)


OTHER_SIDE = {"yes": "no", "no": "yes"}


def figure_of_other_side(span: Span, sentence: str, side: str) -> bool:
    """"How many votes did the Yes get?" and "the victory of the NO with 4,504,354 votes, 50,70%
    and 4,379,392, 49.29% for the YES": the words right before the figure, since the last clause
    break after the figure of its kind before it, label it with the other side of the referendum
    and not with the side asked (a side is no name, so figure_of_another_actor cannot see it).
    Labels after a figure are left alone: "…4,379,392 votes, 49.29% for the YES, and 4,504,354
    votes, 50.70% for the NO" and "The Yes side got 4,379,392 votes, and the NO 4,504,354" put
    them on either side of the next figure."""
    if labelled_after(span, sentence, OTHER_SIDE[side]):
        return True
    before = NEXT_CLAUSE.split(sentence[previous_figure_end(span, sentence) or 0:span.start])[-1]
    window = " ".join(before.split()[-ACTOR_WINDOW:])
    return not side_pattern(side).search(window) and bool(side_pattern(OTHER_SIDE[side]).search(window))


def labelled_after(span: Span, sentence: str, side: str) -> bool:
    """The figure, with its share or count, is "for" the side: "4,379,392, 49.29% for the YES"."""
    rest = re.match(r"(?:\s*(?:votes?\b)?\s*[,(]?\s*[\d.,]+\s*(?:%|per\s?cent\b|votes?\b)\)?)?\s*,?\s*for\s+(?:the\s+)?(.{0,8})",
                    sentence[span.end:], re.I)
    return bool(rest) and bool(side_pattern(side).match(rest.group(1)))


def names_body(sentence: str, body: list[str]) -> bool:
    """Whether the sentence names what a post is of: one of its words, or its acronym in any
    order of letters ("CNE" for "National Electoral Council", from the Spanish)."""
    stems = {stem(fold(w)) for w in body if fold(w) not in STOPWORDS}
    if stems & span_stems(sentence):
        return True
    return any(spells(a, body) for a in re.findall(r"\b[A-Z]{2,6}\b", sentence))


def spells(acronym: str, words: list[str]) -> bool:
    """Whether an acronym is the initials of the words (no function word), in any order of
    letters ("CNE" of "National Electoral Council", from the Spanish)."""
    initials = sorted(w[0].upper() for w in words if fold(w) not in STOPWORDS)
    return len(initials) >= 2 and sorted(acronym) == initials


def is_the_body(name: str, body: list[str]) -> bool:
    """Whether a name is what a post asked is of: its words ("the Electoral Council"), or the
    long form of its acronym ("National Electoral Council" for "CNE", in any order of letters)."""
    if names_body(name, body):
        return True
    words = re.findall(r"[\w’'-]+", name)
    return any(spells(a, words) for a in body if a.isupper() and 2 <= len(a) <= 6)


def long_form_before(words: list[str], body: list[str]) -> bool:
    """Whether the words end with the long form of the body's acronym, a word of a two-word post
    between ("Organization of American States secretary general Luis Almagro" asked of the OAS)."""
    if words and words[-1].islower() and fold(words[-1]) not in STOPWORDS:
        words = words[:-1]                                # "secretary" of "secretary general"
    run = []
    for word in reversed(words):
        if not (word[:1].isupper() or (run and fold(word) in STOPWORDS)):
            break
        run.insert(0, word)
    acronyms = [w for w in body if w.isupper()]
    return bool(acronyms) and any(run[k][:1].isupper() and is_the_body(" ".join(run[k:]), acronyms)
                                  for k in range(len(run)))   # "the US and Organization of American States"


def holds_role(span: Span, sentence: str, role: str, body: list[str]) -> bool:
    """Whether the sentence gives the name the holder of the post asked about: the post, with
    what it is the post of, right before the name or with only that body between ("CNE
    President Tibisay Lucena", "the head of the National Electoral Commission (CNE) Tibisay
    Lucena", "the governor of Sucre Ramón Martinez"), or in apposition after it ("Tibisay
    Lucena, the CNE president"). Not "the voice of the CNE President proclaiming Chávez's
    defeat", nor "the PSUV, led by President Nicolas Maduro" asked who heads the CNE."""
    posts = HEAD_POSTS if role in HEAD_POSTS else {role}   # the head of the CNE is its president
    words = sentence[:span.start].split()
    inner = span.text.split()
    while len(inner) > 1 and stem(fold(inner[0])) in posts:   # "CNE President Tibisay Lucena": the post
        words.append(inner.pop(0))                             # begins the name found
    for i in range(len(words) - 1, -1, -1):
        word = words[i].strip("(),")
        if stem(fold(word)) in posts:                     # the body right before the post or after it
            return names_body(" ".join(words[max(0, i - 1):]), body) or long_form_before(words[:i], body)
        if not (word.lower() in ("of", "the") or word[:1].isupper()):
            break
    after = ROLE_AFTER.match(sentence, span.end)
    return bool(after) and stem(fold(after.group(1))) in posts and names_body(after.group(0), body)


# the posts that head a body, one post asked in any of their names ("the head of the CNE":
# "CNE President Tibisay Lucena"; "who chaired the CNE": its president)
HEAD_POSTS = frozenset(stem(w) for w in ("head", "president", "chair", "chairman", "chairwoman", "chairperson",
                                         "chief", "leader"))


ROLE_AFTER = re.compile(r",\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)*([A-Za-z-]+)")


@lru_cache(maxsize=8192)
def names_an_actor(text: str) -> bool:
    """Whether the text names someone: a name (not a month) or an actor noun ("the opposition").
    Cached: the texts are pieces of sentences, fitted question after question."""
    return any(not Q.MONTH.fullmatch(n.text) for n in name_spans(text)) or bool(span_stems(text) & ACTOR_NOUNS)


def year_of_figure(span: Span, sentence: str, years: list[int]) -> float:
    """+0.5 for a figure stated of a year the question asks about, −0.5 for one stated of another
    year ("rocketed from 17% in 1980 to 65% in 1996", asked "by 1996"): the time a figure belongs
    to decides between figures of one sentence, as grounding.temporal_fit does between sentences."""
    of_year = year_after_figure(span, sentence)
    if of_year is None:
        return clause_year_fit(span, sentence, years)
    return 0.5 if of_year in years else -0.5


@lru_cache(maxsize=8192)
def year_after_figure(span: Span, sentence: str) -> int | None:
    """The year YEAR_OF_FIGURE finds right after the figure and what it counts, if any: a fact of
    the sentence, cached because the same figures are fitted question after question."""
    of_year = YEAR_OF_FIGURE.match(sentence, span.end)
    return int(of_year.group(1)) if of_year else None


CLAUSE_SPLIT = re.compile(r"[,;:]\s")


def own_clause(sentence: str, span: Span) -> str:
    """The figure's clause up to it: from the last comma, semicolon or colon before it."""
    return CLAUSE_SPLIT.split(sentence[:span.start])[-1]


# a clause that opens without a subject of its own: a verb or a relative word takes the one
# before ("The presidential term, under the new constitution, was extended to six years")
NO_SUBJECT = re.compile(r"^\s*(?:was|is|were|are|has|have|had|will|would|could|can|which|that|who|under|in|on|at|"
                        r"for|by|with|during|after|before|from|as|to|of)\b", re.I)


def lasts_what_is_asked(span: Span, sentence: str, asked: frozenset[str]) -> bool:
    """Whether a duration's clause names something the question asks about ("the presidential
    term extended from six to seven years"), not only something else ("and reducing the working
    week from 44 to 36 hours", asked how long the president's term would have been). The clause
    runs from the comma, semicolon or colon before the figure to the one after it; one without a
    subject of its own takes the clauses before it back to one that has ("…, under the new
    constitution, was extended to six years"); a figure that ends its clause ("Six years: that is
    the term") takes the next one. Any duration is of what is asked when nothing is asked."""
    if not asked:
        return True
    before = CLAUSE_SPLIT.split(sentence[:span.start])
    clause = before.pop()
    while before and (len(clause.split()) <= 1 or NO_SUBJECT.match(clause)):
        clause = before.pop() + " " + clause
    after = CLAUSE_SPLIT.split(sentence[span.end:])
    clause += " " + (after[0] if after[0].strip(" .") or len(after) == 1 else after[0] + " " + after[1])
    return bool(span_stems(clause) & asked)


def clause_year_fit(span: Span, sentence: str, years: list[int]) -> float:
    """year_of_figure from the figure's own clause before it, when no year follows the figure:
    −0.5 when the clause names only other years ("or when they won the 2007 constitutional reform
    referendum by the narrowest of margins (1.4%)", asked about 2013), +0.5 when it names the year
    asked ("the 2015 parliamentary elections when it garnered only 43.7%", asked about 2015).
    (The bonus had answered "How many seats did the PSUV win in 2015?" with 43.7% until a count
    question refused percentages: span_fit.)"""
    named = clause_years(span, sentence)
    if not named:
        opening = opening_years(sentence)
        return -0.5 if opening and not opening & set(years) else 0.0
    return 0.5 if named & set(years) else -0.5


@lru_cache(maxsize=8192)
def clause_years(span: Span, sentence: str) -> frozenset[int]:
    """The years the figure's own clause before it names, less those of other figures there (a
    fact of the sentence, cached as year_after_figure is)."""
    clause = own_clause(sentence, span)
    clause = OTHER_FIGURES_YEAR.sub(" ", clause)      # "from Chávez's 8.2 million in 2012 to": 2012 is 8.2 million's
    return frozenset(int(y) for y in re.findall(rf"\b({YEAR})\b", clause))


# a time the sentence opens with, alone before its first comma: "During November 2007, eleven
# murders per day were reported"
OPENING_TIME = re.compile(rf"^\W*(?:in|on|during|by|since|until|throughout|as\s+of|at\s+the\s+(?:end|start|beginning)\s+of)\s+"
                          rf"(?:the\s+)?(?:(?:early|mid|late)\s+)?(?:{DAY}\s+)?(?:{MONTH}\s+)?(?:{DAY},?\s+)?{YEAR}(?=,\s)", re.I)


@lru_cache(maxsize=8192)
def opening_years(sentence: str) -> frozenset[int]:
    """The years of the time the sentence opens with (OPENING_TIME), which date its figures whose
    own clause names none: "During November 2007, eleven murders…" (own_clause stops at the comma)
    is no figure of 2013. Only against another year: that the opening names the year asked does not
    make a figure its answer ("caracas result dec 2007: … ballots against the reform" is no murders'
    count)."""
    opening = OPENING_TIME.match(sentence)
    return frozenset(int(y) for y in re.findall(rf"\b({YEAR})\b", opening.group(0))) if opening else frozenset()


# a figure with its own year ("8.2 million in 2012"), which dates that figure, not the next one
OTHER_FIGURES_YEAR = re.compile(rf"\d[\d.,]*\s*(?:%|per\s*cent|million|billion|thousand)?{YEAR_OF_FIGURE.pattern}", re.I)


# Nouns a percentage right before them measures, which are never a share of the vote: "a 78.71%
# turnout", "not yet 100% count", "44% abstained", "a 33% increase"
MEASURED_NOUNS = set().union(*MEASURE_WORDS) | {stem(w) for w in ("count", "audit", "increase", "rise", "fall", "drop",
                                                                  "inflation", "unemployment", "growth")}


# a share of everyone entitled to vote is a turnout or an abstention, not a share of the vote, unless
# the question asks one of those or names the electorate itself
# "99.12% of the votes counted", "… of the ballots tallied": the share of the count done so far
COUNTED_SO_FAR = re.compile(r"\s+of\s+(?:the\s+)?(?:votes?|ballots?)\s+(?:counted|tallied|processed|reported|scrutini[sz]ed)\b", re.I)
COUNT_ASKED = frozenset(stem(w) for w in ("count", "counted", "tallied", "tally", "processed", "reported"))
OF_ELECTORATE = re.compile(r"\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:electorate|registered\s+voters|eligible\s+voters)\b", re.I)
ELECTORATE_ASKED = frozenset(map(stem, ("turnout", "participation", "participated", "abstention", "abstained",
                                        "electorate", "eligible", "registered")))


def measure_unsaid(sentence: str, asked: frozenset[str]) -> bool:
    """Whether the question asks a turnout or an abstention (text.MEASURE_WORDS) the sentence does
    not say: a percentage there is some other share."""
    return any(asked & words and not said.search(sentence) for words, said in zip(MEASURE_WORDS, MEASURE_SAID))


# what a count counts, after it: a plural noun ("in six referendums"; not "across", "various"; "eight
# million people" counts people), past the other end of a range ("between 6 and 8 points"), a
# superlative and the whole it ranks in ("the nine most populated of the 23 states", "13 of the
# largest cities")
SUPERLATIVE = r"(?:\s+(?:most|least)\s+[a-z-]+|\s+[a-z-]+est)?"
# what says the words between a count and its noun rank it (span_fit): "the nine most populated of
# the 23 states", "13 of the largest cities" (a word in -est alone may be a noun: "12 protest marches")
RANKED = re.compile(r"\b(?:most|least|of)\b")
COUNTED_NOUN = re.compile(rf"(?:\s+(?:and|to|or)\s+[\d.,]+)?{SUPERLATIVE}(?:\s+of\s+the(?:\s+[\d,]+)?{SUPERLATIVE})?"
                          r"\s+([a-z][a-z-]*[a-rtv-z]s|people|men|women|children)\b")


def counted_noun(span: Span, sentence: str) -> re.Match | None:
    """The plural noun a count is followed by, which it counts (COUNTED_NOUN; None for none or a
    function word; the caller checks that the noun is not the one asked about)."""
    following = COUNTED_NOUN.match(sentence, span.end)
    return following if following and following.group(1) not in STOPWORDS else None


def whole_counts_something_else(rest: str) -> bool:
    """A part of a whole counts the whole's noun, a plural right after it or after one word
    (`rest`, past the whole: "18 of 23 state governorships" counts governorships, not votes)."""
    following = re.match(r"\s+(?:([a-z][a-z-]*)\s+)??([a-z][a-z-]*[a-rtv-z]s)\b", rest)
    return bool(following) and not {following.group(1), following.group(2)} & STOPWORDS


# votes counted ("how many votes", "how many valid ballots"): a count of anything else is no number of them
HOW_MANY_VOTES = re.compile(r"\bhow\s+many\s+(?:[\w-]+\s+)?(?:votes|ballots)\b", re.I)
VOTE_UNITS = frozenset(stem(w) for w in ("vote", "votes", "ballot", "ballots"))
# "how many votes did they lose": things counted, which no percentage is ("how many points" may be)
HOW_MANY_THINGS = re.compile(r"\bhow\s+many\s+(?!(?:percentage\s+)?points?\b|percent)", re.I)


# a labelled figure, a line of a table: "Votes counted: 8.883.746", "Nullified: 118.693"
LABEL = re.compile(r"^\W*([^:.!?\d]{1,40}):\s*$")


def label_says_something_else(span: Span, sentence: str, asked: frozenset[str]) -> bool:
    """The figure's label (the words before the colon that opens its line) names what the
    question asks about with a word it does not ask: another measure of it ("Votes counted",
    asked how many votes were nullified; the row "Nullified: 118.693" says what was asked). A
    label with no asked word may say it in other words ("Nullified", asked for void ballots)."""
    label = LABEL.match(sentence[:span.start])
    said = term_set(label.group(1)) if label else frozenset()
    if label and asked & (INVALID_SAID.keys() | INVALID_TOLD) and not said & (asked | INVALID_TOLD):
        return True                   # a spoiled, void or nullified ballot asked: "Nullified", not "Votes
                                      # counted", nor a side's row ("No: 4.522.332", whose label is no term)
    return bool(said & asked) and bool(said - asked)


INVALID_TOLD = frozenset().union(*INVALID_SAID.values())


# a figure of what would happen or of a case supposed, in its clause: "according to figures quoted by
# Reuters, the YES vote would win by between 6 and 8 points", "even if these were against him by just
# one vote"; no fact of what happened, unless the question asks what was foreseen or supposed
SUPPOSED_BEFORE = re.compile(r"\b(would|could|might|if)\b[^,;:.()]*$", re.I)
# …and what ends that clause before the figure: a new subject after "and" ("…a candidate could be
# elected was to be removed and the presidential term extended from six to seven years"), or, after
# a modal, a finite verb of its own ("could be elected was to be removed": the modal's clause was a
# relative one); not "if these were against him" (a condition's own verb)
CLAUSE_ENDS = re.compile(r"\band\s+(?:the|a|an|his|her|its|their)\b", re.I)
FINITE_AFTER_MODAL = re.compile(r"\b(?:was|were|is|are|has|had)\b", re.I)
FORESEEN_ASKED = re.compile(r"\b(?:would|could|might|will|if|predict\w*|expect\w*|forecast\w*|project\w*|"
                            r"polls?|hope\w*|claim\w*|said|say|says|report\w*|according|quot\w*|"
                            r"promis\w*|pledg\w*|vow\w*|insist\w*|plan\w*)\b", re.I)
# a figure asked as announced is what someone announced or answered, in the sentence itself ("Chávez's
# answer was that 2008 would be the year of the 'three Rs'"), not a projection another source quoted
# ("according to figures quoted by Reuters, the YES vote would win by between 6 and 8 points", asked
# "By how many points was the YES announced to win?": the CNE announced it lost)
ANNOUNCED_ASKED = re.compile(r"\b(?:announc\w*|answer\w*)\b", re.I)
ANNOUNCED_SAID = re.compile(r"\b(?:announc\w*|answer\w*|declar\w*|said|says?|told|stated)\b", re.I)


def supposed(span: Span, sentence: str) -> bool:
    """Whether the figure is said in a clause of what would happen or of a case supposed."""
    found = SUPPOSED_BEFORE.search(sentence, max(0, span.start - 80), span.start)
    if not found:
        return False
    between = sentence[found.end(1):span.start]
    return not CLAUSE_ENDS.search(between) \
        and not (fold(found.group(1)) != "if" and FINITE_AFTER_MODAL.search(between))


def measures_something_else(span: Span, sentence: str, asked: frozenset[str]) -> float:
    """How surely a percentage measures a word the question does not ask about: 1 for a noun of a
    measure right after it ("a 78.71% turnout", "not yet 100% count", "44% abstained"), 0.3 for
    another word ("33% last year": perhaps), 0 for none or an asked one."""
    following = re.match(r" ([a-z][\w-]*)", sentence[span.end:])
    if not following or following.group(1) in STOPWORDS:
        return 0.0
    word = stem(following.group(1))
    if word in asked or SAME_AS.get(word, set()) & asked:
        return 0.0
    return 1.0 if word in MEASURED_NOUNS else 0.3


# a measure's name right before its figure: "inflation of around 22%", "a turnout of 61%", "unemployment at 9%"
MEASURE_BEFORE = re.compile(rf"\b([a-z]+)\s+(?:rate\s+)?(?:of|at)\s+(?:(?:{ROUNDING})\s+)?$", re.I)


def measure_named_before(span: Span, sentence: str, asked: frozenset[str]) -> bool:
    """The percentage is given as the value of a measure (text.MEASURE_WORDS: turnout,
    abstention, inflation, unemployment) or of another noun a percentage measures (MEASURED_NOUNS:
    "demanded an audit of 100% of the vote", "an increase of 33%") the question does not ask about."""
    named = MEASURE_BEFORE.search(sentence, max(0, span.start - 60), span.start)
    word = stem(named.group(1).lower()) if named else ""
    groups = [group for group in MEASURE_WORDS if word in group] or ([{word}] if word in MEASURED_NOUNS else [])
    return any(not group & asked for group in groups)


def stated_of_something_else(span: Span, sentence: str, asked: frozenset[str]) -> bool:
    """A percentage the sentence says is the value of a noun the question does not ask about
    ("the turnout was over 78%" for "what percentage of the vote…"); a share, rate or vote is
    what such a question asks for, whatever its words."""
    stated = STATED_OF.search(sentence, 0, span.start)
    noun = stated.group(1).lower() if stated else ""
    return bool(noun) and noun not in STOPWORDS and stem(noun) not in asked and stem(noun) not in SHARE_WORDS


DOER_GAP = 7              # words between a name and its verb ("the PSUV, led by President Maduro, won")
DOER_FIT = 0.4
NOT_THE_DOER = -1.0       # doer_fit of a name the sentence sets off as another's: no answer
ORGANISATION_DOER = 0.5   # what an organisation loses as the answer to "who" (span_fit), given back when it did the verb
AGENT_GAP = 10            # words from "<verb> by" to the name ("by the head of the National Electoral Commission (CNE)")
# verbs whose passive names the one who took the place with "with" as well as "by" ("Jorge
# Rodríguez was removed and replaced with the former housing minister, Ramón Carrizales")
REPLACING_VERBS = {verb_base(v) for v in ("replace", "substitute", "swap")}


# "were announced", "was also / not / first elected"
PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+"
                            r"(?:(?:\w+ly|also|not|never|first|again|then|later|just|already|only|still)\s+)?"
                            r"(?:\w+ed\s+and\s+)?$", re.I)     # "was removed and replaced with …"
# a phrase set off by commas between a name and its verb: the name still does it ("the PSUV, led
# by President Nicolas Maduro, won"; "Capriles (MUD), the opposition candidate, lost")
APPOSITION = re.compile(r"\s*(?:\([^)]{1,40}\)\s*)?,[^,;:()]{1,80},(?:\s+[a-z]+){0,2}\s*")      # "…, has won"
# a name inside such a phrase belongs to the phrase, not to the sentence's verb: "the PSUV, led by
# President Nicolas Maduro, (has) won" (Maduro led; the PSUV won), "Germán Yepez, one of the members
# of the National Electoral Council in Caracas, said": the phrase opened after a name, by a
# lower-case word, and no comma since; the name's gap to the verb closes it
OPENS_APPOSITION = re.compile(r"[A-Z][\w’'-]*(?:\s*\([^)]{1,40}\))?\s*,\s+[a-z][\w’'-]*(?:\s+[^\s,;:]+){0,9}\s+$")
CLOSING_GAP = re.compile(r"[^,;:]{0,40},(?:\s+[a-z]+){0,2}\s*")
# "led by President Nicolas Maduro": a participle's "by" and the name of who did it
PARTICIPLE_AGENT = re.compile(r"\s+by\s+(?:the\s+)?[A-Z]")
# the nouns of the verbs whose doer a question asks: "the PSUV's victory" says the PSUV won
DOER_NOUNS = {"win": {"victory", "victories", "triumph", "win"}, "lose": {"defeat", "defeats", "loss"}}
# "rallied outside the Miraflores Palace to celebrate": a name right before "to" and the verb is not
# who did it (but "the Venezuelan right-wing attempted to organize a coup": who attempted did)
INFINITIVE_BEFORE = re.compile(r"\s*to\s+")
# "…first appeared on In Defence of Marxism, the Venezuelan right-wing attempted…": after a comma, a
# new subject of the verb (one phrase set off by two commas is APPOSITION)
NEW_SUBJECT = re.compile(r",\s+(?:the|a|an)\s")
# what keeps a name from being the doer of a verb after it: another clause ("Zulia, but Maduro
# won", "Capriles said that Maduro won", "before the results were announced")
OTHER_CLAUSE = re.compile(r"[;:]|\b(?:it|he|she|they|we|i|you|but|while|whereas|although|though|because|that|"
                          r"when|after|before|since|if)\b", re.I)


@lru_cache(maxsize=4096)
def verb_positions(sentence: str, verb: str) -> tuple[tuple[int, int, bool], ...]:
    """(start, end, in the passive) of each form of the verb (text.verb_base) in the sentence; a
    participle set off by a comma with "by" and a name after it is passive too ("the PSUV, led by
    Maduro"; not "Maduro, the candidate, won by a narrow margin")."""
    return tuple((start, end, bool(PASSIVE_BEFORE.search(sentence[max(0, start - 30):start])
                                   or sentence[max(0, start - 2):start] == ", " and PARTICIPLE_AGENT.match(sentence, end)))
                 for start, end, _, word in word_runs(sentence) if verb_base(word) == verb)


def said_with_verb(sentence: str, verb: str) -> bool:
    """Whether the sentence says the verb (any form, text.verb_base) or a word of the same sense
    (qa/synonyms.py: "lost" for "lose", "took" for "take", "captured" for "capture" or "seize")."""
    return bool(verb_positions(sentence, verb)) or bool(mutual_synonyms(verb) & span_stems(sentence))


# who did it, as a passive verb's "by" gives it: "was shot dead by two assassins on a motorbike"
AGENT_PHRASE = re.compile(r"(?:\s+[a-z]+)?\s+by\s+((?:[\w’'-]+\s+){0,5}?[\w’'-]+)(?=\s*[,.;:()]|\s+(?:who|which|that|and|as|"
                          r"when|while|after|before|in|at|on)\b|\s*$)")


def agent_phrases(sentence: str, verb: str) -> list[Span]:
    """The doer a passive form of the asked verb names with "by", as a description: the answer
    to "Who shot the PDVSA worker?" is no name of the sentence but "two assassins on a motorbike"."""
    out = []
    for _, end, in_passive in verb_positions(sentence, verb):
        found = AGENT_PHRASE.match(sentence, end) if in_passive else None
        if found and not name_spans(found.group(1)):
            out.append(Span(found.group(1), found.start(1), found.end(1), "people"))
    return out


def doer_fit(span: Span, sentence: str, verb: str, passive: bool = False) -> float:
    """"Who won …?": +DOER_FIT for a name the asked verb follows in its clause (the doer) or that
    the verb's "by" leads to ("was won by …"); -DOER_FIT for one right after the verb, what or
    where was won ("It has won in Mérida, Táchira…"); -DOER_FIT/2 when the sentence lacks the
    verb: it says no one did what is asked ("Who led the 2002 coup?": "The April 2002 US-backed
    military coup disintegrated…"). In the passive ("the results were announced"), what stands
    before the verb is what was done, so it answers only a passive question ("Who was elected …?").
    A phrase set off by commas does not part a name from its verb ("the PSUV, led by …, won"), and
    the name closing it is not the doer; without the verb, the verb's noun says who did it ("the
    PSUV's victory"), and then no other name of the sentence did."""
    positions = verb_positions(sentence, verb)
    if not positions:
        ranked = result_rank(span, sentence, verb, passive)
        if ranked is not None:
            return ranked
        if passive or not DOER_NOUNS.get(verb):
            return -DOER_FIT / 2
        doers = noun_doers(sentence, verb)
        if any(overlaps(span, start, end) for start, end in doers):
            return DOER_FIT                   # "the PSUV's victory"
        return -DOER_FIT if doers else -DOER_FIT / 2      # the sentence says someone else did it
    doer, after_verb, before_passive, in_apposition = False, False, False, False
    for start, end, in_passive in positions:
        if in_passive != passive:
            agent = sentence[end:span.start].split()
            if agent[1:2] == ["by"] and agent[0].isalpha():
                agent = agent[1:]             # "was shot dead by …"
            marker = ["by", "with"] if verb in REPLACING_VERBS else ["by"]
            if not passive and span.start >= end and agent[:1] and agent[0] in marker and len(agent) <= AGENT_GAP \
                    and not set(agent[1:]) & {"in", "at", "on"}:
                doer = True                   # "announced by the head of the CNE Tibisay Lucena", "replaced with … X"
            elif not passive and span.end <= start and not sentence[start:end].lower().endswith("ing"):
                before_passive = True         # "A PDVSA worker, … at Maduro's rally, was shot dead by two
                                              # assassins": before a passive verb stands what was done to
                                              # (not "was calling", a progressive)
        elif start >= span.end:
            gap = sentence[span.end:start]
            if APPOSITION.fullmatch(gap):
                doer = True                   # "the PSUV, led by President Nicolas Maduro, won"
            elif CLOSING_GAP.fullmatch(gap) and OPENS_APPOSITION.search(sentence, max(0, span.start - 120), span.start):
                in_apposition = True          # "led by President Nicolas Maduro, won": the PSUV won
            else:
                doer = doer or (len(gap.split()) <= DOER_GAP and not OTHER_CLAUSE.search(gap)
                                and not INFINITIVE_BEFORE.fullmatch(gap) and not NEW_SUBJECT.search(gap))
        elif end <= span.start:
            gap = sentence[end:span.start]
            after_verb = after_verb or (len(gap.split()) <= 3 and not re.search(r"[,;:]", gap))
    if in_apposition and not doer:
        return NOT_THE_DOER                   # "the PSUV, led by President Nicolas Maduro, won"
    if after_verb:
        return -DOER_FIT                      # what or where was won, whatever follows
    if doer:
        return DOER_FIT
    return -DOER_FIT if before_passive else 0.0


# who a result says won by its figures: the one with more "won" ("beat", "defeated" it), the one
# with fewer "lost" ("was beaten", "was defeated")
WINNING_VERBS = {verb_base(v) for v in ("win", "beat", "defeat")}
LOSING_VERBS = {verb_base("lose")}
# a name's own figure right after it: "Maduro receiving 7,505,378 votes (50.66%)", "Capriles 49.07%"
# (no other name, "by" of a margin or verb of a change between: "beat Rosales by 26%", "has shed 680,000 votes")
FIGURE_AFTER_NAME = re.compile(r"^(?:(?!\b(?:by|shed|gain\w*|los\w*|lost|fell|rose|more|fewer|less)\b)[^,;()A-ZÁÉÍÓÚÑ]){0,30}?"
                               r"(\d[\d,.]*\d|\d)\s*(%|votes?\b)?(?:\s*\((\d[\d,.]*\d|\d)\s*%\))?")


def result_rank(span: Span, sentence: str, verb: str, passive: bool) -> float | None:
    """A result told as names with their figures ("…with Maduro receiving 7,505,378 votes
    (50.66%), and Capriles 7,270,403 votes (49.07%)") says who won and who lost without either
    verb: asked who won (beat, defeated), the name with the larger figure did (DOER_FIT) and the
    other did not (-DOER_FIT); asked who lost (was beaten, was defeated), the other way round.
    None when the sentence gives no such pair of one kind of figure, or the span is none of its names."""
    loser = asks_loser(verb, passive)
    if not loser and (passive or verb not in WINNING_VERBS):
        return None
    figures = named_figures(sentence)
    values = [value for _, value in figures]
    mine = next((value for (start, end), value in figures if overlaps(span, start, end)), None)
    if mine is None or len(set(values)) < 2:
        return None
    return DOER_FIT if (mine == max(values)) != loser else -DOER_FIT


def overlaps(span: Span, start: int, end: int) -> bool:
    """Whether the span and the text from `start` to `end` share a character."""
    return start <= span.start < end or span.start <= start < span.end


def asks_loser(verb: str, passive: bool) -> bool:
    """"Who lost …?", "Who was beaten/defeated …?"."""
    return (verb in LOSING_VERBS and not passive) or (passive and verb in WINNING_VERBS - {verb_base("win")})


def named_figures(sentence: str) -> tuple[tuple[tuple[int, int], float], ...]:
    """((start, end) of a name, its figure) for each name followed by a share or a vote count of
    its own (result_figures)."""
    return tuple((name, value) for name, _, value in result_figures(sentence))


# a count made one word with what follows describes the noun after it ("Venezuela's
# 18-million-strong electorate"): that noun is what it counts
HYPHENED_ON = re.compile(r"-[a-z]+\s+([a-z][a-z-]*)")
OWN_FIGURE = 0.1        # a result's figure given beside the asked one's name


def pairs_with_figure(sentence: str, actor: frozenset[str]) -> bool:
    """Whether a result in the sentence gives a name of the asked actor its own figure
    (result_figures)."""
    return any(term_set(sentence[start:end]) & actor for (start, end), *_ in result_figures(sentence))


def actors_own_figure(span: Span, sentence: str, actor: frozenset[str]) -> bool:
    """Whether the figure is the one a result gives beside a name of the asked actor
    (result_figures: "…and Capriles 7,270,403 votes (49.07%)")."""
    return any(term_set(sentence[name[0]:name[1]]) & actor and overlaps(span, start, end)
               for name, (start, end), _ in result_figures(sentence))


def owns_asked_figure(span: Span, sentence: str, question_text: str) -> bool | None:
    """Whether the figure a result gives beside the name (result_figures) is the one the question
    gives in rounder words (figures.near: "about 7.5 million", Maduro's 7,505,378, not Capriles's
    7,270,403). None when the question gives no figure, the name has none, or no name's is it."""
    asked = figures_in(question_text)
    if not asked:
        return None

    def is_asked(start: int, end: int) -> bool:
        return any(figure_near(a, said) for a in asked for said in figures_in(sentence[start:end]))
    results = result_figures(sentence)
    own = next((figure for name, figure, _ in results if overlaps(span, *name)), None)
    if own is None or not any(is_asked(*figure) for _, figure, _ in results):
        return None
    return is_asked(*own)


def losers_figure(span: Span, sentence: str) -> bool:
    """Whether the figure is the one a result gives the name with the smaller figure ("…Maduro
    receiving 7,505,378 votes (50.66%), and Capriles 7,270,403 votes (49.07%)": Capriles's count
    or share), in a result of two or more different figures."""
    figures = result_figures(sentence)
    mine = next((value for _, (start, end), value in figures if overlaps(span, start, end)), None)
    return mine is not None and is_the_smaller(mine, figures)


def is_the_smaller(value: float, figures) -> bool:
    """Whether the value is the smallest of a result's figures (result_figures), which differ."""
    values = [v for *_, v in figures]
    return len(set(values)) > 1 and value == min(values)


def result_name_asked(span: Span, sentence: str, question: Q.Question) -> bool:
    """Whether the name is the one a result gives the role asked: the smaller figure for the
    runner-up (losers_figure's, read off the names), any name but the rival's beside the rival's
    ("…Maduro receiving 7,505,378 votes (50.66%), and Capriles 7,270,403 votes (49.07%)": Capriles
    for "Who was Maduro up against?"). Not a name the sentence gives no result figure."""
    figures = result_figures(sentence)
    mine = next((value for (start, end), _, value in figures if overlaps(span, start, end)), None)
    if mine is None:
        return False
    if question.loser_figure:
        return is_the_smaller(mine, figures)
    rival = set(question.rival_of)
    named = [span_stems(sentence[start:end]) for (start, end), *_ in figures]
    return not rival & span_stems(span.text) and any(rival & stems for stems in named)


@lru_cache(maxsize=4096)
def result_figures(sentence: str) -> tuple[tuple[tuple[int, int], tuple[int, int], float], ...]:
    """((start, end) of a name, (start, end) of its figures, its figure) for each name followed by
    a share or a vote count of its own (FIGURE_AFTER_NAME): its percentage where one is given, else
    its count; () unless every name's figure is of one kind (a share beside a count compares nothing)."""
    if len(set(Q.YEAR.findall(sentence))) > 1:
        return ()                                     # "Chávez took 62.8% in 2006 while Maduro took 50.66% in 2013"
    shares, counts = [], []
    for name in name_spans(sentence):
        found = FIGURE_AFTER_NAME.match(sentence[name.end:])
        if not found:
            continue
        if not (found.group(2) or found.group(3)):
            if not Q.YEAR.fullmatch(found.group(1)):
                return ()                             # a figure not read ("3.7 million votes"): the rest compare nothing
            continue                                  # "Chávez in 1998": no result
        share = found.group(3) or (found.group(1) if found.group(2) == "%" else None)
        raw = share or found.group(1)
        try:
            value = float(raw.replace(",", ".")) if share else float(re.sub(r"[,.]", "", raw))
        except ValueError:
            continue
        figures = (name.end + found.start(1), name.end + found.end())
        (shares if share else counts).append(((name.start, name.end), figures, value))
    return tuple(shares) if shares and not counts else tuple(counts) if counts and not shares else ()


# the noun after a name, one word (an adjective) between: "the PSUV's (narrow) victory", "the United
# Socialist Party of Venezuela's (PSUV) victory", "(PSUV) victory" itself
NOUN_AFTER_NAME = re.compile(r"\)?(?:['’]s)?\s*(?:\([^)]{1,20}\)\s*)?(?:(\w+)\s+)?(\w+)")
# "the victory of the PSUV" (said of a win only: "the loss of Zulia" is what was lost)
NOUN_OF_NAME = re.compile(r"\b(\w+)\s+(?:of|for)\s+(?:the\s+)?$")


@lru_cache(maxsize=4096)
def noun_doers(sentence: str, verb: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of the names the sentence says did the verb with its noun (DOER_NOUNS): "the
    PSUV's victory in the October 15 elections", "the victory of the PSUV", "Chávez's defeat"."""
    nouns = DOER_NOUNS.get(verb, frozenset())
    doers = []
    for name in name_spans(sentence):
        after = NOUN_AFTER_NAME.match(sentence, name.end)
        before = NOUN_OF_NAME.search(sentence, max(0, name.start - 30), name.start) if verb == "win" else None
        if after and nouns & {fold(after.group(1) or ""), fold(after.group(2))} or before and fold(before.group(1)) in nouns:
            doers.append((name.start, name.end))
    return tuple(doers)


@lru_cache(maxsize=8192)
def names_organisation(span: Span, sentence: str) -> bool:
    """An organisation word in the name ("Socialist Party"), an abbreviation with dots or in
    capitals ("CNE", "PSUV": no one's name is written so), or an organisation word right after
    it ("the CMR website"). Cached: a fact of the sentence, asked of each name it holds by
    every who, where and which question fitting it."""
    following = stems_after(sentence, span.end, 1)
    return (any(fold(w) in ORG_WORDS for w in span.text.split()) or "." in span.text
            or ACRONYM.fullmatch(span.text) is not None or bool(following) and following[0] in ORG_STEMS)


def without_asked_words(span: Span, asked: frozenset[str]) -> Span | None:
    """A name run that opens with words the question asks with, less those words: "CNE President
    Tibisay Lucena" for "the name of the CNE president" is "Tibisay Lucena" (None if nothing
    is left, or nothing to take away)."""
    if span.kind != "name":
        return None
    words = name_words(span.text)
    cut = 0
    while cut < len(words) and words[cut][1] & asked:
        cut += 1
    if cut == 0 or cut == len(words):
        return None
    offset = words[cut][0]
    return Span(span.text[offset:], span.start + offset, span.end, "name")


@lru_cache(maxsize=8192)
def name_words(name: str) -> tuple[tuple[int, frozenset[str]], ...]:
    """(offset, span_stems) of each word of a name, split once: the same names are fitted
    question after question."""
    return tuple((m.start(), span_stems(m.group(0))) for m in re.finditer(r"\S+", name))


ROUNDED = re.compile(rf"({ROUNDING})\s+(\d{{1,3}}(?:,\d{{3}})+|\d+(?:[.,]\d+)?)(\s?%|\s?per ?cent)?", re.I)
# a figure with decimals ("78.71%", "50,70%"; not "40,000", whose comma separates thousands)
EXACT = re.compile(r"(\d+(?:\.\d+|,\d{1,2}))(\s?%|\s?per ?cent)?", re.I)
AT_LEAST = {"over", "more than", "just over"}
AT_MOST = {"under", "less than", "just under", "nearly", "almost"}


def rounds(rounded: str, exact: str) -> bool:
    """Whether `rounded` ("over 78%") says, less precisely, the figure `exact` states ("78.71%"):
    the same unit, and within one unit of the rounded figure's last digit on the side its
    hedge says (over 78 is 78 to 79, nearly 80 is 79 to 80, about 40 is 39 to 41)."""
    r, e = ROUNDED.fullmatch(rounded), EXACT.fullmatch(exact)
    if not (r and e) or bool(r.group(3)) != bool(e.group(2)):
        return False
    hedge, text = r.group(1).lower(), r.group(2)
    a = float(text.replace(",", "") if re.fullmatch(r"\d{1,3}(?:,\d{3})+", text) else text.replace(",", "."))
    b = float(e.group(1).replace(",", "."))
    unit = 10.0 ** -len(re.split(r"[.,]", text)[1]) if re.search(r"[.,]\d{1,2}$", text) else 1.0
    if hedge in AT_LEAST:
        return a <= b < a + unit
    if hedge in AT_MOST:
        return a - unit < b <= a
    return abs(a - b) < unit


def weighted_positions(sentence: str, weights: dict[str, float]) -> list[tuple[int, float]]:
    """Offset and weight of each word of the sentence that is a weighted question term, or says
    one in the measure's other word (SAME_AS: "turnout" for the question's "participation"), in
    sentence order. Looked up term by term (stem_offsets), as a question has a handful of terms
    and a sentence some twenty-five words; a word that is a term itself keeps its own weight."""
    offsets = stem_offsets(sentence)
    found: dict[int, float] = {}
    for term, weight in weights.items():
        if weight and term in offsets:
            for pos in offsets[term]:
                found[pos] = weight
    for term, weight in weights.items():
        for same in SAME_AS.get(term, ()) if weight else ():
            if not weights.get(same):
                for pos in offsets.get(same, ()):
                    found[pos] = max(found.get(pos, 0.0), weight)
    return sorted(found.items())


# what sets two figures of a sentence apart in time: "won 18 … (compared to the 20 it won in the
# 2012 elections)"; not "Maduro won 7,505,338 votes and Capriles 7,270,403 in the April 2013
# election", where one year dates both
CONTRAST = re.compile(r"\(|\b(?:compared|than|while|whereas|but|against|versus|vs|unlike|from)\b", re.I)


# a figure and the next one joined as a run that one year dates: " votes and Capriles ", "% and Rosales "
COORDINATED = re.compile(r"[^,;:()]{0,30}?\b(?:and|or)\b[^,;:()]{0,25}")


# where a figure's clause after it ends: a clause mark, a parenthesis or a contrast ("won 18 of 23
# governorships in the nationwide elections (compared to the 20 it won in the 2012 elections)")
CLAUSE_AFTER_END = re.compile(r"[,;:()]|\b(?:compared|than|while|whereas|but|against|versus|vs|unlike)\b", re.I)


def clause_after_years(span: Span, sentence: str) -> frozenset[int]:
    """The years the figure's own clause after it names ("the 3,757,773 votes Chávez won when he
    was elected President for the second time in July 2000": 2000)."""
    after = sentence[span.end:]
    end = CLAUSE_AFTER_END.search(after)
    return frozenset(int(y) for y in re.findall(rf"\b({YEAR})\b", after[:end.start()] if end else after))


def placed_figures(candidates: list[Span], sentence: str, placing: list[int]) -> dict[Span, float]:
    """-0.5 for each figure its clause states of a year the question names only to place the time
    it asks (question.placing_years): "how many votes did Chávez get after 2000?" asks no figure of
    July 2000."""
    return {c: -0.5 for c in candidates if c.kind in FIGURE_KINDS and clause_after_years(c, sentence) & set(placing)}


def figure_years(candidates: list[Span], sentence: str, years: list[int]) -> dict[Span, float]:
    """How well the time of each figure fits the year asked: year_of_figure for a figure the
    sentence dates; for an undated one, -0.5 when a figure dated with the year asked is set apart
    from it (CONTRAST: "won 18 of 23 governorships (compared to the 20 it won in the 2012
    elections)", asked about 2012), or the year of a run of figures it belongs to ("Maduro won
    7,505,338 votes and Capriles 7,270,403 votes in the April 2013 election")."""
    if not years:
        return {}
    dated = {c: year_of_figure(c, sentence, years) for c in candidates if c.kind in FIGURE_KINDS}
    out = dict(dated)
    for c in (c for c, v in dated.items() if v == 0):
        apart, shared = [], []
        for other, v in dated.items():
            if v == 0:
                continue
            between = (c.end, other.start) if c.end <= other.start else (other.end, c.start)
            if CONTRAST.search(sentence, *between):
                apart.append((between[1] - between[0], v))
            elif c.end <= other.start and COORDINATED.fullmatch(sentence[c.end:other.start]):
                shared.append((between[1] - between[0], v))   # "7,505,338 votes and Capriles 7,270,403 … in 2013"
        if any(v > 0 for _, v in apart):
            out[c] = -0.5
        elif shared:
            out[c] = min(shared)[1]                       # the nearest one's year
    return out


# the fit of a long form the question asks ("What does PSUV stand for?"): the sentence defining it
# answers it, whatever else it says
EXPANSION_FIT = 2.0


def best_span(sentence: str, question: Q.Question, weights: dict[str, float], heading: str = "") -> Span | None:
    """The span of the wanted type that sits nearest the question's terms, if any (`heading`: see
    best_span_fit)."""
    found = best_span_fit(sentence, question, weights, heading)
    return found[0] if found else None


COUNTED_TURNOUT = 0.3       # a turnout given as a head count answers "what was the turnout", a little less well


def turnout_counted(sentence: str, candidates: list[Span], question: Q.Question, asked: frozenset[str]) -> list[Span]:
    """A turnout asked for, which the sentence gives as a number of people and no percentage ("…
    elections, which saw over eight million people turn out to vote"): its counts."""
    turnout, said = MEASURE_WORDS[0], MEASURE_SAID[0]
    if question.answer_type != Q.PERCENT or candidates or not asked & turnout or not said.search(sentence):
        return []
    return list(typed_spans(sentence, Q.COUNT))


# a labelled part of a vote or a text ("Block A", "the second block", "B Block, second part of
# reform"), as its number
PART_NUMBERS = {"a": 1, "b": 2, "c": 3, "d": 4, "1": 1, "2": 2, "3": 3, "4": 4,
                "first": 1, "second": 2, "third": 3, "fourth": 4} | {w: n for w, n in Q.NUMBER_VALUES.items() if 1 <= n <= 4}
PART_NOUN = r"(?:[Bb]lock|[Pp]art|[Rr]ound|[Pp]hase)"
PART_LABEL = re.compile(rf"\b{PART_NOUN}\s+([A-Da-d1-4]|one|two|three)\b(?![’'\w-])|\b([A-D]|(?i:first|second|third|fourth))\s+{PART_NOUN}\b")


@lru_cache(maxsize=4096)
def part_asked(text: str) -> int:
    """The number of the part a text names (PART_LABEL), 0 for none or for more than one."""
    found = {PART_NUMBERS[(m.group(1) or m.group(2)).lower()] for m in PART_LABEL.finditer(text)}
    return found.pop() if len(found) == 1 else 0


# a time something lasted, from one date to another: "The December 2002 to February 2003 strike",
# "between 1998 and 2002" (not "in 2004 and 2007": two times)
DATES_JOINED = re.compile(r"\s*(?:to|until|till|through|[-–])\s*$")
BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.I)
BETWEEN_JOINED = re.compile(r"\s+and\s+$")
# "When did the strike start / end?": one end of that time asked
START_OF_TIME = re.compile(r"\b(?:start|started|starts|begin|began|begun|begins|commenc\w*)\b", re.I)
END_OF_TIME = re.compile(r"\b(?:end|ended|ends|finish\w*|conclud\w*|stop|stopped|stops)\b", re.I)


def dates_of_a_span(candidates: list[Span], sentence: str, question_text: str) -> list[Span]:
    """Two dates joined as the time something lasted ("December 2002 to February 2003") answer
    "when did it start?" by the first, "when did it end?" by the second, and "when was it?" by
    both as one span; each alone would say only one end of it."""
    dates = sorted((c for c in candidates if c.kind == "date"), key=lambda c: c.start)
    for first, last in zip(dates, dates[1:]):
        gap = sentence[first.end:last.start]
        if not (DATES_JOINED.match(gap) or BETWEEN_JOINED.match(gap) and BETWEEN_BEFORE.search(sentence, 0, first.start)):
            continue
        if START_OF_TIME.search(question_text):
            return [c for c in candidates if c is not last]
        if END_OF_TIME.search(question_text):
            return [c for c in candidates if c is not first]
        whole = Span(sentence[first.start:last.end], first.start, last.end, "date")
        return [whole] + [c for c in candidates if c not in (first, last)]
    return candidates


def best_span_fit(sentence: str, question: Q.Question, weights: dict[str, float],
                  heading: str = "") -> tuple[Span, float] | None:
    """`best_span` and its `span_fit`, each span's fit computed once. A table's row is read after
    its `heading` ("B Block, second part of reform" / "No: 4.522.332, 51,05 %"): the heading's
    question words stand before the row, as if it opened it."""
    if question.expands:                              # "What does PSUV stand for?": the long form defined
        return next(((Span(sentence[start:end], start, end, "name"), EXPANSION_FIT)
                     for short, start, end in long_forms(sentence) if short == question.expands), None)
    asked_part = part_asked(question.text)
    if asked_part and part_asked(heading or sentence) not in (0, asked_part):
        return None                                   # "in Block A": not a row of "B Block, second part"
    side_asked = winning_side_asked(question.text)
    if side_asked:                                      # "Who won the 2007 referendum?": the side a result
        side = winning_side(sentence)                   # says won ("the victory of the NO"); else a name
        if side is not None:                            # said to have won ("…Chávez has won", the 2004
            return side, WINNING_SIDE_FIT               # referendum's), not one a "victory" is only for
        if not WON_SAID.search(sentence) or FORECAST.search(sentence):   # ("…another election victory for
            return None                                 # the Bolivarian revolution", 2013's; "…would win…")
    candidates = list(typed_spans(sentence, question.answer_type))
    if question.asks_duration:
        candidates = [with_time_unit(c, sentence) for c in candidates]
    if question.answer_type == Q.DATE and question.focus[-1:] == ["year"]:
        candidates = [c for c in candidates if Q.YEAR.search(c.text)]   # "what year": not "October 7"
        # "In what year did the Pérez regime start?": a span of years ("1974-79") is not one year; its first
        candidates = [Span(c.text[:4], c.start, c.start + 4, c.kind) if YEAR_SPAN.fullmatch(c.text) else c
                      for c in candidates]
    if question.answer_type == Q.DATE:
        candidates = dates_of_a_span(candidates, sentence, question.text)
    if question.answer_type == Q.DATE and question.focus[-1:] in (["day"], ["date"]):
        # "on what day": "2 December 2007", not the "1998" beside it, where the sentence has a day
        candidates = [c for c in candidates if Q.DAY_DATE.search(c.text)] or [c for c in candidates if c.kind != "time"]
    if question.answer_type == Q.DATE and "month" in question.focus and "year" not in question.focus:
        # "In which day and month was the recall?": a month's name, not the "2004" beside it
        candidates = [c for c in candidates if Q.MONTH.search(c.text)]
    asked = asked_terms(tuple(question.terms), tuple(question.entities))
    candidates += [t for t in (without_asked_words(span, asked) for span in candidates) if t]
    if question.answer_type == Q.ENTITY:
        candidates += focus_phrase(sentence, question.focus)
    if side_asked:                                      # no side: only a name said to have won ("Chávez
        candidates = [c for c in candidates if NAME_WON.match(sentence, c.end)   # has won"), not one beside
                      or WON_BY.search(sentence, 0, c.start)]
                                                        # it ("…Manuel Rosales") nor "…since winning power" (a review)
    if question.answer_type == Q.PERSON and question.doer_verb and not question.doer_passive:
        candidates += agent_phrases(sentence, question.doer_verb)
    counted = turnout_counted(sentence, candidates, question, asked)
    candidates += counted
    offered = offered_names(question.text) if question.answer_type in (Q.PERSON, Q.ENTITY, Q.PLACE) else frozenset()
    if offered:                                       # "Who won, Maduro or Capriles?": one of them, whose
        candidates = [c for c in candidates if any(o in fold(c.text) for o in offered)]    # name is then
        asked = asked - {stem(w) for o in offered for w in o.split()}                      # no word asked
    if not candidates:
        return None
    weighted = [(pos - len(heading) - 1, weight) for pos, weight in weighted_positions(heading, weights)] \
        + weighted_positions(sentence, weights) if heading else weighted_positions(sentence, weights)
    time_fit = figure_years(candidates, sentence, question.years)     # each figure's year computed once
    if question.placing_years:
        time_fit |= {c: fit for c, fit in placed_figures(candidates, sentence, question.placing_years).items()
                     if time_fit.get(c, 0.0) <= 0}
    best = None
    for span in candidates:
        fit = span_fit(span, sentence, question, weights, weighted, asked) + time_fit.get(span, 0.0) \
            - (COUNTED_TURNOUT if span in counted else 0.0)
        if fit > 0 and (best is None or fit > best[1]):
            best = (span, fit)
    return best
