"""Typos in a question, corrected against the articles' own words.

"who won the presidental elction in 2013" shares no rare word with the articles, so retrieval
has only the dense vector to go on and the confidence counts "presidental" and "elction" as
words the articles never use: it abstains. A word that is no English word (pyspellchecker's
frequency list) and that the articles do not use is replaced by the article word closest in
spelling, when one is close enough to be a slip of the keyboard: two neighbouring letters
swapped ("venezeula", "turnuot", "apirl"), one letter left out ("chavz", "goverors") or, from
MIN_LETTERS letters, changed ("percentege", "Chaves"), or else the same first letter, at most two
letters longer or shorter, and a difflib similarity of at least MIN_SIMILARITY (0.93 for
"elction"/"election", 0.96 for "presidental"/"presidential"). A real word the articles do not
use ("founding", "router") is left alone, whatever article word it resembles ("funding",
"route"): it is what the reader meant. So are words under MIN_SLIP_LETTERS letters. The answer shows
the question as understood (`resolved_question`), so a wrong guess is visible.
"""
from __future__ import annotations

import difflib
import re
from collections import Counter
from functools import lru_cache
from typing import Iterable

from .text import fold, stem

MIN_LETTERS = 6
MIN_SLIP_LETTERS = 5       # two letters swapped or one left out is a slip from five letters ("apirl", "chavz")
MIN_SIMILARITY = 0.92
LETTERS = re.compile(r"[^\W\d_]+")


class Speller:
    """The articles' words by first letter, with how often each occurs."""

    def __init__(self, texts: Iterable[str]):
        counts = Counter(w for text in texts for w in LETTERS.findall(text) if len(w) >= MIN_LETTERS - 2)
        self.by_initial: dict[str, dict[str, int]] = {}      # folded word -> occurrences
        self.written: dict[str, str] = {}                    # folded word -> its commonest spelling
        self.capitalised: dict[str, int] = {}                # folded word -> occurrences written with a capital
        for word, n in counts.most_common():
            key = fold(word)
            group = self.by_initial.setdefault(key[0], {})
            group[key] = group.get(key, 0) + n
            self.written.setdefault(key, word)
            if word[0].isupper():
                self.capitalised[key] = self.capitalised.get(key, 0) + n

    def closest(self, word: str) -> str | None:
        """The article word `word` is most likely a typo of, or None: one with two neighbouring
        letters swapped ("venezeula", "turnuot": the commonest slip, which similarity alone
        scores too low), else the most similar."""
        swapped = [t for t in transpositions(word) if self.uses(t)]
        if swapped:
            return max(swapped, key=lambda t: self.by_initial[t[0]][t])
        slipped = [t for t in one_letter_slips(word) if self.uses(t)]
        if slipped:
            return max(slipped, key=lambda t: self.by_initial[t[0]][t])
        if len(word) < MIN_LETTERS:
            return None
        candidates = self.by_initial.get(word[0], {})
        best, best_key = None, (0.0, 0)
        for known, n in candidates.items():
            if abs(len(known) - len(word)) > 2:
                continue
            matcher = difflib.SequenceMatcher(None, word, known)
            if matcher.real_quick_ratio() < MIN_SIMILARITY or matcher.quick_ratio() < MIN_SIMILARITY:
                continue                # upper bounds of ratio(), cheap: most words are ruled out here
            similarity = matcher.ratio()
            if similarity >= MIN_SIMILARITY and (similarity, n) > best_key:
                best, best_key = known, (similarity, n)
        return best

    def cognate(self, word: str) -> str | None:
        """The article word a Spanish word of a bilingual reader's question stands for, when its
        English cognate is one ("irregularidades": irregularities, "inflación": inflation,
        "oposición": opposition, by its closest spelling): SPANISH_ENDINGS, then `closest`."""
        for ending, english in SPANISH_ENDINGS:
            if ending.search(word):
                guess = ending.sub(english, word)
                return guess if self.uses(guess) else self.closest(guess)
        return None

    def uses(self, word: str) -> bool:
        return word in self.by_initial.get(word[0], {})

    def name(self, word: str) -> str | None:
        """How the articles write `word` when they write it capitalised at least twice as often as
        not, as a name ("capriles" → "Capriles"; not "isolated", capitalised once at a sentence's
        start); None for any other word."""
        key = fold(word)
        capitals = self.capitalised.get(key, 0)
        total = self.by_initial.get(key[:1], {}).get(key, 0)
        return self.written[key] if capitals and capitals >= 2 * (total - capitals) else None

    def knows_no_word(self, question: str) -> bool:
        """Whether no word of `question` is English or the articles' or a slip of one of theirs
        (and it gives no number): keyboard noise ("asdf qwer", "zzxq plorf"), which no earlier
        question can complete."""
        words = [fold(w) for w in LETTERS.findall(question)]
        return bool(words) and not re.search(r"\d", question) and not any(
            self.uses(w) or is_english(w) or self.closest(w) for w in words)

    def corrected(self, question: str) -> str:
        """`question` with each word that is neither the articles' nor English (long enough,
        letters only) replaced by its closest article word; the rest of the text as typed."""
        def fix(match: re.Match) -> str:
            typed = match.group(0)
            word = fold(typed)
            if len(word) < MIN_SLIP_LETTERS or self.uses(word) or is_english(word):
                return typed
            found = self.closest(word) or self.cognate(word)
            if found is None or stem(found) == stem(word):
                return typed                                 # "chavistas": a form of "Chavista", not a typo
            written = self.written[found]                    # "Chávez" as the articles write it
            return written[0].upper() + written[1:] if typed[0].isupper() else written
        return LETTERS.sub(fix, question)


# Spanish endings and their English cognates' (on folded words: "ción" is "cion")
SPANISH_ENDINGS = [(re.compile(pattern + "$"), english) for pattern, english in (
    (r"ciones", "tions"), (r"cion", "tion"), (r"idades", "ities"), (r"idad", "ity"),
    (r"cionales", "tionals"), (r"cional", "tional"), (r"ismo", "ism"), (r"istas", "ists"), (r"ista", "ist"),
    (r"entes", "ents"), (r"ente", "ent"), (r"icos", "ics"), (r"ico", "ic"), (r"icas", "ics"), (r"ica", "ic"))]


def one_letter_slips(word: str) -> set[str]:
    """`word` with a letter after its first put in ("chavz", "goverors": a letter left out,
    the commonest slip after two swapped) or, from MIN_LETTERS letters, changed
    ("percentege", "Chaves"). Not with one left out: a word one letter longer than an article
    word is as often another word ("arepas" is no "areas"); those are left to the similarity."""
    head, tail = word[:1], word[1:]
    splits = [(tail[:i], tail[i:]) for i in range(len(tail) + 1)]
    put_in = {head + a + c + b for a, b in splits for c in ALPHABET}
    changed = {head + a + c + b[1:] for a, b in splits if b for c in ALPHABET if c != b[0]} if len(word) >= MIN_LETTERS else set()
    return put_in | changed


ALPHABET = "abcdefghijklmnopqrstuvwxyz"


def transpositions(word: str) -> set[str]:
    """`word` with each pair of neighbouring (different) letters swapped."""
    return {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1) if word[i] != word[i + 1]}


@lru_cache(maxsize=1)
def english():
    """pyspellchecker's English word list (loaded on the first word that needs it, ~0.1 s)."""
    from spellchecker import SpellChecker
    return SpellChecker(language="en", distance=1)


# British spellings, which pyspellchecker's American list lacks ("flavour", "monopolises",
# "analysed", "metre", "offence"), as the American spelling it holds: a real word, not a typo of an
# article word ("flavour" is not "favour", "monopolises" not "monopolies")
AMERICAN = [(re.compile(r"our(s|ed|ing|able|ably|ite|ites|ful|less)?$"), r"or\1"),
            (re.compile(r"is(e|ed|es|ing|ation|ations)$"), r"iz\1"),
            (re.compile(r"ys(e|ed|es|ing)$"), r"yz\1"),
            (re.compile(r"([bt])re(s)?$"), r"\1er\2"),
            (re.compile(r"ence$"), "ense"),
            (re.compile(r"ogue(s)?$"), r"og\1")]


def is_english(word: str) -> bool:
    words = english()
    return word in words or any(american != word and american in words
                                for american in (pattern.sub(repl, word) for pattern, repl in AMERICAN))
