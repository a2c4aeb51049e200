"""Figures as the numbers they stand for, so that a question's rounded figure meets the exact one.

A fact-checker asks "Maduro got about 7.5 million votes in 2013 — what was the exact number?":
the articles say "7,505,378", never "7.5", and the question's figure is no word any passage
holds. Read as numbers, "about 7.5 million" and "7,505,378" are one figure, and the question's
words for it are said (composer.confidence_features). The forms the articles write: "7,505,378",
"4.504.354" (thousands marked with points), "50,70 %" (a decimal comma), "12.4 million", "over
3,200"; and the question's: "7.5 million", "just under 5 million", "over three thousand",
"roughly 49 percent".
"""
from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import NamedTuple

from .question import MONTH, YEAR, question_entities
from .text import content_terms, term_set

UNITS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
         "eighteen nineteen").split()
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
WORD_VALUES = {**{w: i for i, w in enumerate(UNITS, 1)}, **TENS, "hundred": 100}
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
FIGURE = re.compile(r"(?<![\w.,-])(?:(?P<grouped>\d{1,3}(?:(?P<sep>[.,])\d{3})(?:(?P=sep)\d{3})*)(?![.,]?\d)"
                    r"|(?P<plain>\d+(?:[.,]\d+)?)|(?P<word>" + "|".join(sorted(WORD_VALUES, key=len, reverse=True)) + r")(?![\w-]))"
                    r"(?:\s+(?P<scale>thousand|million|billion))?(?P<percent>\s*(?:%|per\s*cent\b|percent\b))?", re.I)


# a clock time ("at 2.03 am", "11:45 pm"): no figure of anything counted
CLOCK_AFTER = re.compile(r"\s*(?:[ap]\.?m\b|:\d)", re.I)


class Figure(NamedTuple):
    value: float
    percent: bool
    text: str
    digits: int           # significant digits as written: "7.5 million" 2, "7,505,378" 7, "3,200" 2, "two" 1


def significant_digits(match: re.Match) -> int:
    """How precisely a figure is written: its digits but leading zeros, and but trailing zeros
    of a whole number ("3,200": 2); a figure in words, one ("three thousand")."""
    if match.group("word"):
        return 1
    digits = match.group("grouped") or match.group("plain")
    decimal = bool(match.group("plain")) and bool(re.search(r"[.,]\d+$", digits))
    if decimal:
        digits = re.sub(r"[.,]?0+$", "", digits)     # "44.0%": as precise as "44%"
    figures_only = re.sub(r"\D", "", digits).lstrip("0")
    return len(figures_only if decimal else figures_only.rstrip("0")) or 1


def number(match: re.Match) -> float:
    """The value of one FIGURE match."""
    if match.group("grouped"):
        digits = match.group("grouped")
        groups = digits.split(match.group("sep"))
        # "40,000", "7,505,378", "4.504.354": thousands; a point before a single group of three, a decimal
        value = float("".join(groups)) if match.group("sep") == "," or len(groups) > 2 else float(digits)
    elif match.group("plain"):
        value = float(match.group("plain").replace(",", "."))        # "50,70": a decimal comma
    else:
        value = float(WORD_VALUES[match.group("word").lower()])
    if match.group("scale"):
        value *= SCALES[match.group("scale").lower()]
    return value


@lru_cache(maxsize=8192)
def figures(text: str) -> tuple[Figure, ...]:
    """The figures of a text with their values, but years and days of a month, which count nothing.
    Cached: the same sentences are read question after question."""
    found = []
    for match in FIGURE.finditer(text):
        said = match.group(0).strip()
        if not match.group("scale") and not match.group("percent") and YEAR.fullmatch(said):
            continue
        around = text[max(0, match.start() - 12):match.end() + 12]
        if not match.group("scale") and not match.group("percent") and MONTH.search(around) and len(said) <= 2:
            continue                                  # "April 14", "the 2nd of December"
        if not match.group("scale") and not match.group("percent") and (
                CLOCK_AFTER.match(text, match.end()) or text[max(0, match.start() - 1):match.start()] == ":"):
            continue                                  # "at 2.03 am", "11:45 pm"
        found.append(Figure(number(match), bool(match.group("percent")), said, significant_digits(match)))
    return tuple(found)


def near(asked: Figure, said: Figure) -> bool:
    """Whether a figure said is the one asked in rounder words: said at least as precisely, and
    rounded to the asked one's significant digits, the asked one ("about 7.5 million": 7,505,378,
    not 7,270,403; "about 3.6 million": 3,576,517, not 3,757,773; "over three thousand": 3,200;
    "roughly 49 percent": 49.07%; a review's: a tolerance of 7% had taken the neighbours too)."""
    if asked.percent != said.percent or said.digits < asked.digits or asked.value <= 0:
        return False
    place = 10.0 ** (math.floor(math.log10(asked.value)) - asked.digits + 1)
    return math.isclose(round(said.value / place) * place, asked.value, rel_tol=1e-9)


def rounded_figures_said(question_text: str, text: str) -> list[str]:
    """The question's figures that the text says in another, exacter form ("about 7.5 million"
    by "7,505,378"), as the question wrote them: their words count as said."""
    said = figures(text)
    return [asked.text for asked in figures(question_text)
            if not any(asked.text == s.text for s in said) and any(near(asked, s) for s in said)]


def rounded_terms(question_text: str, text: str) -> frozenset[str]:
    """The terms of the question's figures the text says exactly ("7.5", "million" of "about 7.5
    million", by "7,505,378"): in the sentence's words for the lexical match and the confidence.
    Empty, and quick, for a question that gives no figure."""
    if not figures(question_text):
        return frozenset()
    names = [term_set(name) for name in question_entities(question_text)]
    words = term_set(text)
    if names and question_entities(text) and not any(name & words for name in names):
        return frozenset()                            # "Did Capriles get about 3.6 million votes?": not the figure
                                                      # of a sentence naming others ("…gave Chávez 58.25%…")
    return frozenset(t for figure in rounded_figures_said(question_text, text) for t in content_terms(figure))
