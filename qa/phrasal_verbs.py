"""A verb of several words the articles never use, said in the one word they do.

"What percentage of the electorate took part in the October 15 vote?" is answered by "61.14% of
Venezuela's 18-million-strong electorate had participated": the question's "took part" is the
articles' "participated", and neither retrieval nor the confidence's coverage could see it (the
question abstained, "never mention: took"). Asked with "participated", it is answered.

The table (qa/data/phrasal_verbs.tsv.gz, made by scripts/make_phrasal_verbs.py from WordNet 3.0)
maps a verb of two to four words to the one-word verbs of its first listed sense ("take part" →
participate; "step down" → quit, resign). A phrase is rewritten only when no passage uses it (in
any form of its verb: "turned out" is the articles' own) and some passage uses one of its words,
the first such in WordNet's order: the articles then say it that way. The word takes the
phrase's tense ("took part" → "participated"). Verbs of two words whose second is a preposition
are not in the table ("have on the field" is no "wear the field").
"""
from __future__ import annotations

import gzip
import re
import zlib
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable

from .text import IRREGULAR_PAST, fold, stem, verb_base

TABLE = Path(__file__).parent / "data" / "phrasal_verbs.tsv.gz"
WORD = re.compile(r"[A-Za-z]+")
PAST_OF = {base: past for past, base in IRREGULAR_PAST.items() if not past.endswith("n")} | {"quit": "quit", "set": "set",
                                                                                             "put": "put", "cut": "cut"}


@lru_cache(maxsize=1)
def phrase_table() -> dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]]:
    """The stem of each phrase's verb → (the phrase's other words, its one-word verbs), longest
    phrases first; empty if the file is missing or damaged (no question is then rewritten)."""
    try:
        text = gzip.decompress(TABLE.read_bytes()).decode("utf-8")
    except (OSError, EOFError, zlib.error, UnicodeDecodeError):
        return {}
    table: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    for line in text.splitlines():
        phrase, _, singles = line.partition("\t")
        head, *rest = phrase.split()
        table.setdefault(stem(head), []).append((tuple(rest), tuple(singles.split())))
    for entries in table.values():
        entries.sort(key=lambda entry: -len(entry[0]))
    return table


def inflected(verb: str, like: str) -> str:
    """`verb` in the form the word `like` has: "participate" like "took" → "participated", like
    "taking" → "participating", like "takes" → "participates"."""
    like = like.lower()
    if like.endswith("ing"):
        return (verb[:-1] if verb.endswith("e") and not verb.endswith("ee") else verb) + "ing"
    if like.endswith("ed") or like in IRREGULAR_PAST:
        if verb in PAST_OF:
            return PAST_OF[verb]                       # "win" like "took": "won"
        if verb.endswith("e"):
            return verb + "d"
        return verb[:-1] + "ied" if re.search(r"[^aeiou]y$", verb) else verb + "ed"
    if like.endswith("s") and not like.endswith("ss"):
        return verb[:-1] + "ies" if re.search(r"[^aeiou]y$", verb) else verb + ("es" if re.search(r"(?:s|sh|ch|x|z)$", verb) else "s")
    return verb


class OneWordVerbs:
    """Rewrites a question's phrasal verbs for one corpus (`texts`: its passages' texts, read on
    the first question with a phrase of the table; `used`: whether a word stem occurs in it)."""

    def __init__(self, texts: Iterable[str], used: Callable[[str], bool]):
        self._texts = texts
        self._folded: str | None = None
        self._used = used
        self._said: dict[tuple[str, tuple[str, ...]], bool] = {}

    def rewrite(self, question: str) -> str:
        table = phrase_table()
        words = list(WORD.finditer(question))
        out, at, i = [], 0, 0
        while i < len(words):
            found = self.phrase_at(words, i, table)
            if found:
                length, single = found
                out += [question[at:words[i].start()], inflected(single, words[i].group(0))]
                at, i = words[i + length - 1].end(), i + length
            else:
                i += 1
        return "".join(out) + question[at:] if out else question

    def phrase_at(self, words: list[re.Match], i: int, table) -> tuple[int, str] | None:
        """(words taken, one-word verb) of a phrase of the table starting at word i, which the
        articles never use, and the first of its one-word verbs they do use."""
        head = verb_base(words[i].group(0))
        for rest, singles in table.get(head, ()):
            following = tuple(fold(w.group(0)) for w in words[i + 1:i + 1 + len(rest)])
            if following == rest:
                used = next((single for single in singles if self._used(stem(single))), None)
                if used and not self.said(head, rest):
                    return 1 + len(rest), used
        return None

    def said(self, head: str, rest: tuple[str, ...]) -> bool:
        """Whether some passage uses the phrase, its verb in any form ("turned out", "turn-out")."""
        key = (head, rest)
        if key not in self._said:
            if self._folded is None:
                self._folded = fold(" ".join(self._texts))
            pattern = re.compile(r"\b([a-z]+)[\s-]+" + r"[\s-]+".join(map(re.escape, rest)) + r"\b")
            self._said[key] = any(verb_base(m.group(1)) == head for m in pattern.finditer(self._folded))
        return self._said[key]
