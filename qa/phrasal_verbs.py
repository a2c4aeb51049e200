"""A verb of several words the articles never use, asked in the one word they do.

"What percentage of the electorate took part in the October 15 vote?" is answered by "61.14% of
Venezuela's 18-million-strong electorate had participated": the question's "took part" is the
articles' "participated", and neither retrieval nor the confidence's coverage could see it (the
question abstained, "never mention: took"). Asked with "participated", it is answered.

The verbs are a short list, read and chosen by hand, of phrasal verbs a reader uses about
elections and politics, each with every form written out, so the word put in keeps the phrase's
tense ("took part" → "participated", "taking part" → "participating"). A list made from
WordNet's first senses was tried and withdrawn: idioms' senses and words more often nouns
rewrote ordinary questions into nonsense ("How did Chávez do it?" → "…love?"). A phrase is
rewritten only when no passage uses it (in any of its forms) and some passage uses the word:
the articles then say it that way.
"""
from __future__ import annotations

import re
from typing import Callable, Sequence

from .text import fold, stem

# (the verb's forms, the words after it, the one word's forms in the same order, and what may
# follow the phrase). Left out on purpose: a form that is also a plural noun ("votes down",
# "steps down"), a form shared by two tenses but where its auxiliary says which ("come": "did …
# come out on top" is "win", "has come out on top" "has won", an entry of its own read first),
# and "go up/down" or "turn down" before what would make them another verb ("go down in
# history", "go up against Capriles", "the economy turned down in 2009").
ANY = ""
NOT_OWNING = r"(?![’']s\b)"                       # not "carried the day's headlines"
END_OR_DEGREE = r"(?=\s*(?:[?.!,;:]|$)|\s+(?:so|by|to|from|much|again|after|since|between|\w+ly|in\s+\d{4})\b)"
END_OR_CIRCUMSTANCE = r"(?=\s*(?:[?.!,;:]|$)|\s+(?:as|in|during|at|for|because|when|after|on)\b)"
OBJECT_OR_END = r"(?=\s*(?:[?.!,;:]|$)|\s+(?:the|a|an|his|her|their|its|it|that|this|them|any|such|every)\b)"
PHRASAL_VERBS: tuple[tuple[tuple[str, ...], str, tuple[str, ...], str], ...] = (
    (("take", "took", "taken", "taking", "takes"), "part",
     ("participate", "participated", "participated", "participating", "participates"), ANY),
    (("step", "stepped", "stepping"), "down", ("resign", "resigned", "resigning"), ANY),
    (("turn", "turned", "turning", "turns"), "down", ("reject", "rejected", "rejecting", "rejects"), OBJECT_OR_END),
    (("keep", "kept", "keeping", "keeps"), "an eye on", ("monitor", "monitored", "monitoring", "monitors"), ANY),
    (("take", "took", "taken", "taking", "takes"), "into custody",
     ("arrest", "arrested", "arrested", "arresting", "arrests"), ANY),
    (("go", "went", "gone", "going", "goes"), "up", ("rise", "rose", "risen", "rising", "rises"), END_OR_DEGREE),
    (("go", "went", "gone", "going", "goes"), "down", ("fall", "fell", "fallen", "falling", "falls"), END_OR_DEGREE),
    (("get", "getting", "gets"), "rid of", ("remove", "removing", "removes"), ANY),
    # "read" is two tenses; a result read out is asked of the past ("at what hour did she read out…")
    (("read", "reading", "reads"), "out", ("announced", "announcing", "announces"), ANY),
    # "come" is two tenses: "has come out on top" is read first, as "has won"
    (("has come", "have come", "had come"), "out on top", ("has won", "have won", "had won"), ANY),
    (("come", "came", "coming", "comes"), "out on top", ("win", "won", "winning", "wins"), ANY),
    (("carry", "carried", "carrying", "carries"), "the day", ("win", "won", "winning", "wins"), NOT_OWNING),
    # ballots thrown out are nullified ("how many ballots were thrown out (as void)?"); not "threw out the
    # government", an object after it
    (("throw", "threw", "thrown", "throwing", "throws"), "out",
     ("nullify", "nullified", "nullified", "nullifying", "nullifies"), END_OR_CIRCUMSTANCE),
)
# …and those whose sense is their subject's: a proposal that goes down fails ("Why did the reform go
# down?"; prices that go down fall, above). Read before the list above. (subject nouns, forms,
# words after, one word's forms)
PROPOSALS = ("reform", "reforms", "referendum", "proposal", "proposals", "amendments", "bill", "plan", "package", "measure")
SUBJECT_PHRASAL_VERBS: tuple[tuple[tuple[str, ...], tuple[str, ...], str, tuple[str, ...]], ...] = (
    (PROPOSALS, ("go", "went", "gone", "going", "goes"), "down", ("fail", "failed", "failed", "failing", "fails")),
)


def phrase_pattern(forms: tuple[str, ...], rest: str, follows: str, subjects: tuple[str, ...] = ()) -> re.Pattern:
    """The phrase in any form of its verb, as whole words (not a hyphenated noun: "make-up"), not
    running into an "of" it lacks ("take part of the blame"), and followed by what `follows`
    allows (with `subjects`, right after one of them): group 1 is the verb as written. (Matched
    in a question as typed; "said" runs it over the articles, whose passages are joined by a
    character no white space matches.)"""
    words = r"\s+".join(map(re.escape, rest.split()))
    after = "" if rest.endswith(" of") else r"(?!\s+of\b)"
    before = "(?:" + "|".join(rf"(?<=\b{s} )" for s in subjects) + ")" if subjects else ""
    return re.compile(rf"{before}(?<![\w-])({'|'.join(forms)})\s+{words}\b(?!-){after}{follows}", re.I)


# what a phrase is not said of, unless the question names ballots or votes ("thrown out" is "nullified"
# of ballots, not of amendments: "How many amendments were thrown out in 2007?" were rejected; but "How
# many were thrown out?" after a count, a review's, is of ballots)
NOT_WITH = {"nullify": re.compile(r"\b(?:amendments?|proposals?|proposition|reforms?|changes?|laws?|officials?|bureaucrats?|"
                                  r"reformists?)\b", re.I)}
BALLOTS = re.compile(r"\b(?:ballot|vote)s?\b", re.I)

PATTERNS = [(phrase_pattern(forms, rest, ANY, subjects), forms, words) for subjects, forms, rest, words in SUBJECT_PHRASAL_VERBS] \
    + [(phrase_pattern(forms, rest, follows), forms, words) for forms, rest, words, follows in PHRASAL_VERBS]


def as_written(word: str, like: str) -> str:
    """`word` with the capital `like` has ("Took part in…?" → "Participated in…?")."""
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


class OneWordVerbs:
    """Rewrites a question's phrasal verbs for one corpus (`texts`: its passages' texts, joined on
    the first question with a phrase of the list; `used`: whether a word stem occurs in it, asked
    of each form of the word: "rose" is a stem of its own)."""

    def __init__(self, texts: Sequence[str], used: Callable[[str], object]):
        self._texts = texts
        self._folded: str | None = None
        self._used = used
        self._said: dict[int, bool] = {}

    def rewrite(self, question: str) -> str:
        for at, (pattern, forms, words) in enumerate(PATTERNS):
            if (other := NOT_WITH.get(words[0])) and other.search(question) and not BALLOTS.search(question):
                continue
            if pattern.search(question) and any(self._used(stem(w.split()[-1])) for w in words) and not self.said(at):
                question = pattern.sub(lambda m: as_written(words[forms.index(m.group(1).lower())], m.group(1)), question)
        return question

    def said(self, at: int) -> bool:
        """Whether some passage uses the list's phrase number `at`, in any form of its verb."""
        if at not in self._said:
            if self._folded is None:
                self._folded = "\x00".join(fold(text) for text in self._texts)
            self._said[at] = PATTERNS[at][0].search(self._folded) is not None
        return self._said[at]
