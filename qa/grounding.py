"""Grounding a question in documents and time.

`document_match` scores how well an article's metadata fits the way the question names its
source ("the 2004 article", "the CWI article", "the blogger", "the Green Left article").
`temporal_fit` scores how well a sentence's time fits the time the question asks about: the
corpus is full of similar figures from different elections, so a question about 2013 should
prefer 2013 figures over 2004 ones in a neighbouring sentence.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from . import known
from .text import DECADE, decade_years
from .question import COMPARISON, MONTH, MONTHS, YEAR, Question, SourceReference, dates_named, month_number
from .text import fold, stem, term_set, words as text_words

# "since the 2007 referendum", "after 2004", "following the April 2013 election": the question
# asks about the time after the year it names.
LOOKS_FORWARD = re.compile(r"\b(?:since|after|following)\s+(?:the\s+)?(?:\w+\s+)?(?:1[89]\d\d|20\d\d)\b", re.I)
# "Since October 7, X has won 680,000 votes": a change over the period after a date says
# nothing about the date itself, so such a month is not a mention of the time asked about.
PERIOD_START = re.compile(r"\b(?:since|after)\s+(?:early\s+|late\s+|mid-?)?" + MONTH.pattern, re.I)
# …unless a period is asked ("between Chávez's re-election in October 2012 and Maduro's win"):
# then its start is the month asked (implicit_time_fit)
PERIOD_ASKED = re.compile(r"\b(?:between|since)\b", re.I)
CONNECTORS = {"for", "a", "an", "the", "of", "and", "de", "la", "del"}
# "In 2000, the murder rate in Venezuela was 33.2 per 100,000": a year opening the sentence is the
# time of all of it, not an aside
TIME_FRAME = re.compile(r"^\W*(?:in|by|during)\s+(?:(?:early|late|mid-?)\s*)?(?:" + MONTH.pattern + r"\s+)?(1[89]\d\d|20\d\d)\s*,", re.I)


def acronyms(text: str) -> set[str]:
    """Initials of capitalised phrases: "Committee for a Workers' International" → "cwi"."""
    out = set()
    for phrase in re.findall(r"[A-Z][\w'’]*(?:\s+(?:(?:for|a|an|the|of|and|de|la|del)\s+)*[A-Z][\w'’]*)+", text):
        words = [w for w in phrase.split() if w.lower() not in CONNECTORS]
        if len(words) >= 2:
            out.add("".join(w[0] for w in words).lower())
    return out


def metadata_words(meta: dict, fields: tuple[str, ...] = ("title", "source", "author")) -> frozenset[str]:
    """Words (and acronyms) of the front matter `fields`; a person or outlet the question
    attributes a view to is looked for in the author and source only ("According to Chávez"
    does not name the article titled "…recall Chávez is defeated")."""
    return words_and_acronyms(" ".join(str(meta.get(k, "")) for k in fields))


@lru_cache(maxsize=4096)
def words_and_acronyms(text: str) -> frozenset[str]:
    """Cached: every passage of an article carries the same title, source and author."""
    return frozenset({w.strip(".'’") for w in re.findall(r"[\w'’.-]+", fold(text))} | acronyms(text))


def word_matches(word: str, vocabulary: set[str]) -> bool:
    """Exact, or a shared prefix of at least 4 letters ("blogger" ~ "blog")."""
    if word in vocabulary:
        return True
    return len(word) >= 4 and any(len(v) >= 4 and (v.startswith(word) or word.startswith(v)) for v in vocabulary)


def document_match(question: Question, meta: dict) -> float | None:
    """How fully the article fits the best-fitting way the question names an article:
    1.0 = every cue of one reference, 0.0 = none; None when the question names no article."""
    if not question.sources:
        return None
    return max(reference_match(ref, meta) for ref in question.sources)


def reference_match(ref: SourceReference, meta: dict) -> float:
    """Share of one reference's cues (words, years) the article's front matter holds; a name
    given after "according to" (`by_name`) is looked for in the author and source only."""
    year = str(meta.get("date", ""))[:4]
    vocabulary = metadata_words(meta, ("source", "author") if ref.by_name else ("title", "source", "author"))
    hits = sum(word_matches(w, vocabulary) for w in ref.words) + sum(str(y) == year for y in ref.years)
    return hits / (len(ref.words) + len(ref.years))


def named_article(question: Question, metadata: dict[str, dict]) -> tuple[str, float] | None:
    """(article, match) of the one article that fits the way the question names one best, at
    least half (document_match); None when none does or two fit equally well."""
    fits = sorted(((document_match(question, meta) or 0.0, doc) for doc, meta in metadata.items()), reverse=True)
    if not fits or fits[0][0] < 0.5 or (len(fits) > 1 and fits[1][0] == fits[0][0]):
        return None
    return fits[0][1], fits[0][0]


def names_an_article(ref: SourceReference, metadata: Iterable[dict]) -> bool:
    """Whether some article fits at least half of the reference: "According to Darrall Cozens"
    (the blog's author) does; "According to Chávez" or "the government's account" does not."""
    return any(reference_match(ref, meta) >= 0.5 for meta in metadata)


def written_before(question: Question, meta: dict) -> bool:
    """The article was published before every year the question asks about: it cannot report
    on that time (an article of April 2013 says nothing of the October 2017 elections)."""
    when = published(meta)
    return bool(question.years) and when is not None and when[0] < min(question.years)


def written_long_after(question: Question, meta: dict) -> bool:
    """The article was published two or more years after every year the question asks about:
    it looks back on that time in passing (an article of 2013 recalls the 2007 referendum in a
    clause), while the articles written then or soon after report it. Not when the question
    asks what came after ("how has the opposition changed since the 2007 referendum?")."""
    when = published(meta)
    return (bool(question.years) and when is not None and when[0] > max(question.years) + 1
            and not LOOKS_FORWARD.search(question.text))


def published(meta: dict) -> tuple[int, int | None] | None:
    """(year, month or None) of the article's date."""
    return date_published(str(meta.get("date", "")))


@lru_cache(maxsize=4096)
def date_published(date: str) -> tuple[int, int | None] | None:
    """published of a date as the metadata writes it: read once a date, not ~30 times a question
    (every sentence's temporal fit and article prior reads its article's)."""
    if not date[:4].isdigit():
        return None
    month = int(date[5:7]) if date[5:7].isdigit() else None
    return int(date[:4]), month


def day_published(meta: dict) -> int | None:
    """The day of the article's date ("2013-04-15" → 15), None when it gives none ("2017-10"):
    read by the day-asked fit only (month_fit), so kept out of published's (year, month)."""
    date = str(meta.get("date", ""))
    return int(date[8:10]) if date[8:10].isdigit() else None


def implicit_time_fit(question: Question, text: str, when: tuple[int, int | None], passage_text: str = "") -> float:
    """A sentence that names no year is about its article's own time: does that fit the question?
    An article written the year after the one asked about may report either year: the months
    the sentence, or else its paragraph, names decide ("the election of April 14" in an April
    2013 article is 2013, not the 2012 asked about)."""
    year, month = when
    if len(question.years) == 1 and question.months and month and month_of_the_year(question.text):
        # written during a month asked about, or soon after ("between October and April 2013":
        # an April 2013 article)
        if any(0 <= (year * 12 + month) - (question.years[0] * 12 + m) <= 3 for m in question.months):
            return 0.4
        # (a period asked, "between Chávez's re-election in October 2012 and Maduro's win": its start
        # said, "Since October 7, the revolution has shed 680,000 votes", is the month asked)
        mentioned = months_mentioned(text) if PERIOD_ASKED.search(question.text) else months_named(text)
        # a bare month name means its latest occurrence up to the article's date
        resolved = {(year if m <= month else year - 1, m) for m in mentioned}
        return 0.2 if resolved & {(question.years[0], m) for m in question.months} else -0.8
    if year in question.years:
        return 0.4                              # written in the year asked about
    if year in question.placing_years:          # written in the year said only to place the time asked
        return 0.4 if written_of_year_asked(question, text, when) else -0.8     # ("before 2013": not 2013's)
    if year - 1 in question.years:              # … or the year after: which year do its dates say?
        named = (dated_months(text) or dated_months(passage_text)) if month else frozenset()
        resolved = {year if m <= month else year - 1 for m in named}
        return -0.8 if resolved and not resolved & set(question.years) else 0.4
    return -0.8


def written_of_year_asked(question: Question, text: str, when: tuple[int, int | None]) -> bool:
    """Whether a sentence that names no year dates itself by its months in a year asked: "the
    massive turn out on October 7 last year" in an April 2013 article is 2012's."""
    year, month = when
    named = dated_months(text) if month else frozenset()
    return bool({year if m <= month else year - 1 for m in named} & set(question.years))


# a month given with the year it is of ("October 2012", "Oct 7, 2012", "14 April 2013", "October of 2017")
TIED_MONTH = re.compile(r"\b(?:\d{1,2}\s+)?" + MONTH.pattern + r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+(?:of\s+)?(?:1[89]|20)\d\d\b",
                        re.I)


@lru_cache(maxsize=1024)
def month_of_the_year(question_text: str) -> bool:
    """Whether the question ties a month to the year it names ("in October 2012"). Not "between
    Oct 7 and the 2013 vote": the month may be of the year before, so the year alone says the
    time asked about (an April 2013 article is of it)."""
    return bool(TIED_MONTH.search(question_text))


@lru_cache(maxsize=8192)
def months_named(text: str) -> frozenset[int]:
    """Months a text names as a time, not as the start of a period ("since October 7")."""
    return stored_or_found(text, "named", named_month_list)


def named_month_list(text: str) -> list[int]:
    return once_each(month_number(m) for m in MONTH.findall(PERIOD_START.sub(" ", fold(text))))


@lru_cache(maxsize=8192)
def months_mentioned(text: str) -> frozenset[int]:
    """Months a text names at all, a period's start too: "Since October 7, the revolution has shed
    680,000 votes" speaks of the time from October on, not of another time than October."""
    return stored_or_found(text, "mentioned", mentioned_month_list)


def mentioned_month_list(text: str) -> list[int]:
    return once_each(month_number(m) for m in MONTH.findall(fold(text)))


# "April 14th" is "April 14" (a day's term keeps the ordinal the question typed: question.dates_named)
ORDINAL_END = re.compile(r"(?<=\d)(?:st|nd|rd|th)$", re.I)
# a month given with its day ("April 14", "14 April", "October 7"): a date, not "may" the verb
DATED_MONTH = re.compile(r"\b(" + "|".join(MONTHS) + r")\s+\d{1,2}\b|\b\d{1,2}\s+(" + "|".join(MONTHS) + r")\b", re.I)


@lru_cache(maxsize=8192)
def dated_months(text: str) -> frozenset[int]:
    """Months the text gives a day of, as a time (not the start of a period: "since October 7")."""
    return stored_or_found(text, "dated", dated_month_list)


def dated_month_list(text: str) -> list[int]:
    return once_each(month_number(a or b) for a, b in DATED_MONTH.findall(PERIOD_START.sub(" ", fold(text))))


@lru_cache(maxsize=8192)
def years_in(text: str) -> frozenset[int]:
    """Years a text names; cached because each passage's text is asked for once per sentence."""
    return stored_or_found(text, "years", year_list)


def year_list(text: str) -> list[int]:
    return once_each(int(y) for y in YEAR.findall(text))


# What a sentence's time words are, found at index time (sentence_facts; a fact left out is
# empty): the years it names and the months it names, mentions and dates (the functions above).
TIME_FACTS = {"years": year_list, "named": named_month_list, "mentioned": mentioned_month_list,
              "dated": dated_month_list}


def once_each(values) -> list[int]:
    """The values in the order first found, each once: a frozenset made of them is the one made
    of all of them (the same members, inserted in the same order)."""
    return list(dict.fromkeys(values))


def stored_or_found(text: str, key: str, find) -> frozenset[int]:
    """The TIME_FACTS `key` of the text: stored at index time when it is a sentence of a passage
    retrieval brought (known.fact), else found now."""
    stored = known.fact(text)
    return frozenset(stored.get(key, ()) if stored is not None else find(text))


def dated_otherwhen(text: str, when: tuple[int, int | None] | None, asked: set[int]) -> bool:
    """The sentence gives a day of a month ("the July 30 … elections") that, read in its
    article's time (the latest such month up to the article's date), falls in none of the asked
    years: it is about that time, whatever year the rest of its paragraph names."""
    named = dated_months(text)
    if not named or when is None:
        return False
    year, month = when
    resolved = {year if month is None or m <= month else year - 1 for m in named}
    return not resolved & asked


# a month with its year ("in July 2000", "July 14, 2000"): the time a sentence dates its fact to
MONTH_OF_YEAR = re.compile(r"\b(" + "|".join(MONTHS) + r")(?:\s+\d{1,2}(?:st|nd|rd|th)?,?)?\s+(?:1[89]\d\d|20\d\d)\b", re.I)
# month words that are other words too ("what may…", "the march on Miraflores")
AMBIGUOUS_MONTHS = {3, 5}


def months_asked(question: Question) -> set[int]:
    """The months of the asked time: not of the article's name ("the January 2008 CWI piece"), not
    a period's start ("since October 7"), not "may" or "march"."""
    return (set(question.months) & months_named(question.text)) - AMBIGUOUS_MONTHS


def written_after_day(days: frozenset[tuple[int, str]], when: tuple[int, int | None], day: int | None) -> bool:
    """Whether the article was written in the month of a day asked, on or after that day (`day`:
    the article's own, None when its date gives none): it can report what happened then."""
    return any(m == when[1] and d.isdigit() and (day is None or int(d) <= day) for m, d in days)


def month_fit(asked: set[int], text: str, when: tuple[int, int | None] | None,
              days: frozenset[tuple[int, str]] = frozenset(), day: int | None = None) -> float:
    """A question that names a month but no year ("that October election", `asked`: months_asked):
    a sentence dating what it says to other months of a year ("the votes Chávez won … in July
    2000") is about another time (-0.4, like another year); so is one naming no time at all in an
    article written neither in the month asked nor up to three months after it (an August
    article's "The preliminary results gave Chávez 58.25%"); so is one giving a day of another
    month ("on October 7", asked about December; not "since October 7"), and one dating it to
    other days of the month asked when the question gives its day (`days`, their ordinals
    dropped: "the October 15 elections", "…three points below the massive turn out on October
    7"). One naming no time in an article written in the month of the day asked, on or after that
    day, is about that day (`day`: the article's own; +0.4, as a sentence of an article written in
    the year asked: "61.14% … had participated", asked the turnout of "the October 15 elections";
    for a month alone it measured worse: the month is too wide a time, and a day's article written
    months later reports other days), and so is one of that article naming the day; 0 otherwise."""
    if not asked:
        return 0.0
    if months_mentioned(text) & asked:
        # the month asked, but only other days of it ("October 7" for "the October 15 elections")
        named = {(m, ORDINAL_END.sub("", d)) for m, d in dates_named(text) if m in asked}
        dated = {m for m, _ in named}
        days_asked = {(m, d) for m, d in days if m in dated}           # of the months it dates
        if not days_asked:
            return 0.0
        if not named & days_asked:
            return -0.4                                                 # another day of the month
        # the day asked: as much about it as an undated sentence of its article (below), no more
        # (a July 30 sentence of an October article above the rest cut an explanation short)
        return 0.4 if when is not None and written_after_day(days, when, day) else 0.0
    if MONTH_OF_YEAR.search(fold(text)) or dated_months(text):
        return -0.4                     # "in July 2000", "on October 7": other months dated
    if when is None or when[1] is None or months_named(text):
        return 0.0
    if written_after_day(days, when, day):
        return 0.4                      # written then, asked of a day: about it, as for a year asked
                                        # (a year it names is an aside: "the eighth time since 1998")
    if years_in(text):
        return 0.0
    return 0.0 if any((when[1] - m) % 12 <= 3 for m in asked) else -0.4


def temporal_fit(question: Question, text: str, passage_text: str, meta: dict) -> float:
    """About +1 when the sentence is about the asked time, negative when about another time."""
    return temporal_fits(question, [text], passage_text, meta)[0]


# the most a sentence of the time nearest the year said gains ("before 2007": 2004's figure over 2000's)
NEAREST_TIME_FIT = 0.4


def nearness_to_placing_year(question: Question, times: set[int]) -> float:
    """Up to NEAREST_TIME_FIT for a sentence about a time near the year the question names only to
    place the time it asks ("what was the turnout before 2013?" asks the latest earlier figure:
    October 2012's, not 2004's), falling off over the years the question takes in."""
    span = max(len(question.years), 1)
    distance = min((abs(t - p) for t in times for p in question.placing_years), default=span)
    return NEAREST_TIME_FIT * max(0.0, 1 - (distance - 1) / span)


def decades_in(text: str) -> frozenset[int]:
    """The years of each decade a text names ("in the 1980s": 1980 … 1989): of a time a question
    asks only by the year before or after it ("the price of oil after 1979?")."""
    return frozenset(int(y) for d in DECADE.finditer(text) for y in decade_years(d.group(0)))


def temporal_fits(question: Question, sentences: Iterable[str], passage_text: str, meta: dict) -> list[float]:
    """temporal_fit of each sentence of one passage (its years and article date read once)."""
    if not question.years:
        asked, when = months_asked(question), published(meta)
        # "April 14th": 14; of the months asked ("in October since July 30" asks no day)
        days = frozenset((m, ORDINAL_END.sub("", d)) for m, d in question.dates if m in asked)
        day = day_published(meta)
        return [month_fit(asked, text, when, days, day) for text in sentences]
    asked = set(question.years)
    passage_names_asked = bool(years_in(passage_text) & asked)
    when = published(meta)
    fits = []
    for text in sentences:
        years = years_in(text) | decades_in(text) if question.placing_years else years_in(text)
        implicit = implicit_time_fit(question, text, when, passage_text) if when else 0.0
        if years & asked:
            score = 0.6
        elif years:
            # names only other years: about another time, unless it is an aside ("since 2015")
            # in an article written at the time asked about
            score = -0.4 if implicit < 0 or TIME_FRAME.match(text) else 0.0
        else:
            score = implicit
            if score < 0 and passage_names_asked and not dated_otherwhen(text, when, asked) \
                    and not (when and when[0] in question.placing_years):   # the year said only to place
                score = 0.0                     # the paragraph around it names the year asked
        if passage_names_asked:
            score += 0.2
        if score > 0 and question.placing_years:
            score += nearness_to_placing_year(question, (years & asked) or ({when[0]} if when else set()))
        fits.append(score)
    return fits


# the words that name an event in a question and in an article's title ("the recall vote",
# "Venezuela: the attempt to recall Chávez is defeated"). Not "referendum": the recall was one too.
EVENT_NOUNS = frozenset(("recall", "coup", "coups", "strike", "lockout", "election", "elections"))
# words that name an event only before an event noun: "the constitutional reform", "the governor
# elections", not "constitutional coups", "the governor of Sucre", "the constituent assembly", "changes
# to the constitution". "presidential" (a presidential term or palace is no election) never picks a
# year; "the presidential election" only tells that a question names a second event.
EVENT_MODIFIERS = frozenset(("constitutional", "governor", "governors", "regional", "parliamentary", "constituent",
                             "presidential"))
EVENT_HEADS = frozenset(("reform", "reforms", "referendum", "amendment", "amendments", "election", "elections",
                         "vote", "poll", "polls"))
EVENT_NOUN_STEMS = frozenset(map(stem, EVENT_NOUNS))    # "recal" typed: the stem the question's terms have
GENERIC_EVENT = stem("election")     # "the recall election", "the governor elections": the kind is the other word
# "before the constitutional reform", "prior to the recall": a time before the event is asked
LOOKS_BACK = re.compile(r"\b(?:before|prior\s+to|until|up\s+to)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:recall|coup|strike|lock-?out|"
                        r"elections?|reforms?|referendum|amendments?|vote|polls?)\b", re.I)


def event_terms(question: Question) -> list[str]:
    """The stems of the words the question names an event by (EVENT_NOUNS, EVENT_MODIFIERS before
    an EVENT_HEAD)."""
    said = text_words(question.text.replace("lock-out", "lockout"))
    return list(dict.fromkeys(stem(w) for i, w in enumerate(said)
                              if stem(w) in EVENT_NOUN_STEMS or (w in EVENT_MODIFIERS and i + 1 < len(said)
                                                      and said[i + 1] in EVENT_HEADS)))


def titled_event_year(question: Question, metadata: Iterable[dict], weights: dict[str, float]) -> int | None:
    """The year of the event a question names without a time ("How big was the electorate by the
    time of the recall vote?"), when one article's title names that event: its rarest event word
    in one title only, that article's year. None when the question names a time, or its rarest
    event word is in no title or in several, or it names another event that title does not
    ("the constitutional referendum … but not the presidential election", "the recall, the coup")."""
    if question.years or question.months or question.sources or question.answer_type == COMPARISON:
        return None                                   # a time or an article named ("the 2004 article"), or two events
    if LOOKS_BACK.search(question.text):
        return None                                   # "the murder rate before the constitutional reform"
    named = event_terms(question)
    asked = sorted((t for t in named if t != stem("presidential")), key=lambda t: -weights.get(t, 0.0))
    if not asked:
        return None
    titles = [(term_set(str(meta.get("title", ""))), published(meta)) for meta in metadata]
    found = [(words, when[0]) for words, when in titles if asked[0] in words and when]
    if len({year for _, year in found}) != 1:
        return None
    title, year = found[0]
    if any(t not in title and t != GENERIC_EVENT for t in named):
        return None                                   # a second event named: not that article's alone
    return year


def told_in_another_year(question: Question, passages: Iterable, year: int) -> bool:
    """Whether an article of another year than the event's gives the question's names together
    with the kind of event it asks ("Capriles won the governorship of Miranda", 2013, for "Who won
    the governor election in Miranda?"): then the question asks of that one, not of the event the
    title of `year` names. Not so for "the governor elections in Zulia", which only the 2013
    presidential vote's list of states names (it stays 2017's, and abstains)."""
    kinds = [t for t in event_terms(question) if t != GENERIC_EVENT]
    names = [term_set(name) for name in question.entities]
    for passage in passages:
        when = published(passage.metadata)
        if not when or when[0] == year:
            continue
        for sentence in passage.sentences:
            said = term_set(sentence.text)
            if all(name <= said for name in names) and any(t.startswith(k) for t in said for k in kinds):
                return True
    return False
