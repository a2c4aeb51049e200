"""Acronyms an article defines ("National Constituent Assembly (ANC)"), so that a later "ANC"
matches a question that spells the name out, and the other way round. An article that uses an
acronym without defining it ("CNE announces NO win") borrows the definition another article
of the corpus gives; its own definitions come first. The definitions are found at index time
and kept in the manifest with each document (`document_acronyms`)."""
from __future__ import annotations

import re

from .text import content_terms, fold

def definition_pattern(small_words: str) -> re.Pattern:
    """Capitalised words (`small_words` between them) before an acronym in parentheses."""
    return re.compile(rf"((?:[A-ZÁÉÍÓÚÑ][\w’'-]*\s+(?:(?:{small_words})\s+)*){{1,7}}[A-ZÁÉÍÓÚÑ][\w’'-]*)\s*\(([A-Z]{{2,7}})\)")


DEFINITION = definition_pattern("of|for|the|de|la|del|and|y")
# a long form asked for ("What does CWI stand for?"), its articles too: "Committee for a Workers'
# International (CWI)"; its initials may be of another language's words ("Democratic Unity
# Roundtable (MUD)", Mesa de la Unidad Democrática)
SPELLED_OUT = definition_pattern("of|for|the|de|la|del|and|y|a|an")


def long_forms(text: str) -> list[tuple[str, int, int]]:
    """(acronym, start, end) of each long form `text` spells out ("National Constituent Assembly
    (ANC)"): the capitalised words before the acronym in parentheses, two of whose initials are
    its letters (SPELLED_OUT); a sentence's opening "The" and a possessive ("Venezuela's (PSUV)")
    left out. Looser than `definitions`, which only what matches exactly may join a question's terms."""
    out = []
    for found in SPELLED_OUT.finditer(text):
        long_form, short = found.group(1), found.group(2)
        words = long_form.split()
        if len(words) > 1 and len(set(short) & {w[0].upper() for w in words if w[0].isupper()}) >= 2:
            start = found.start(1) + (4 if long_form.startswith("The ") else 0)
            end = found.start(1) + len(re.sub(r"['’]s$", "", long_form))
            out.append((short, start, end))
    return out


def definitions(text: str) -> dict[str, list[str]]:
    """acronym (folded) → stemmed content terms of its long form, for definitions in `text`."""
    out = {}
    for long_form, short in DEFINITION.findall(text):
        words = long_form.split()
        initials = {w[0].upper() for w in words if w[0].isupper()}
        if set(short) <= initials:            # "(ANC)" after "National Constituent Assembly"
            out[fold(short)] = content_terms(long_form)
    return out


# Bump when `definitions` changes what it finds: stored definitions are then found again.
DEFINITIONS_VERSION = 1


def definitions_fingerprint(analyzer: str) -> str:
    """What stored definitions depend on: these rules and the analyzer that stems their long
    forms (`lexical.analyzer_fingerprint`; '' when unknown, and then nothing is reused)."""
    return f"{DEFINITIONS_VERSION}:{analyzer}" if analyzer else ""


def document_acronyms(passages) -> dict[str, list[str]]:
    """The acronym definitions of one document's passages."""
    found: dict[str, list[str]] = {}
    for p in passages:
        found.update(definitions(p.text))
    return found


class AcronymTable:
    """Per-index text facts found on first use: each document's acronym definitions and each
    sentence's stemmed terms and term pairs (so repeated questions do not re-analyse the same
    sentences)."""

    def __init__(self, passages, documents: dict | None = None, facts=None):
        self.documents = documents or {}      # manifest entries: "acronyms" where the index has them
        self.facts = facts                    # the index's stored sentence facts (sentence_facts), if any
        self.by_doc: dict[str, list] = {}
        self._terms: dict[int, list[list[str]]] = {}
        self._expanded: dict[int, tuple[list[set[str]], set[str]]] = {}
        self._bigrams: dict[int, list[frozenset[tuple[str, str]]]] = {}
        self._own: dict[str, dict[str, list[str]]] = {}
        self._expanding: dict[str, frozenset[str]] = {}
        self._corpus: tuple[dict[str, list[str]], dict[str, list[str]]] | None = None
        for p in passages:
            self.by_doc.setdefault(p.doc, []).append(p)

    def sentence_terms(self, passage) -> list[list[str]]:
        """Stemmed content terms of each sentence of a passage, computed once per loaded index."""
        terms = self._terms.get(passage.id)
        if terms is None:
            stored = self.facts.sentence_terms(passage) if self.facts is not None else None
            terms = self._terms[passage.id] = stored or [content_terms(s.text) for s in passage.sentences]
        return terms

    def sentence_bigrams(self, passage) -> list[frozenset[tuple[str, str]]]:
        """Adjacent term pairs of each sentence of a passage ("turn point"), once per loaded index."""
        pairs = self._bigrams.get(passage.id)
        if pairs is None:
            pairs = self._bigrams[passage.id] = [frozenset(zip(ts, ts[1:])) for ts in self.sentence_terms(passage)]
        return pairs

    def expanded_terms(self, passage) -> tuple[list[set[str]], set[str]]:
        """Each sentence's terms with its article's acronyms expanded, and the passage's union."""
        found = self._expanded.get(passage.id)
        if found is None:
            per_sentence = self.sentence_terms(passage)
            found = self._expanded[passage.id] = (
                [self.expand(passage.doc, ts) for ts in per_sentence],
                self.expand(passage.doc, [t for ts in per_sentence for t in ts]))
        return found

    def defined_in(self, doc: str) -> dict[str, list[str]]:
        """The article's own definitions: stored in the manifest, or found in its passages."""
        found = self._own.get(doc)
        if found is None:
            stored = self.documents.get(doc, {}).get("acronyms")
            found = self._own[doc] = stored if stored is not None else document_acronyms(self.by_doc.get(doc, []))
        return found

    def corpus_wide(self) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
        """Every article's definitions, the first article in path order winning a clash, and for
        each long-form term the acronyms whose long form holds it; built once per loaded index."""
        if self._corpus is None:
            table: dict[str, list[str]] = {}
            for doc in sorted(self.by_doc):
                for acronym, long_terms in self.defined_in(doc).items():
                    table.setdefault(acronym, long_terms)
            by_term: dict[str, list[str]] = {}
            for acronym, long_terms in table.items():
                for term in set(long_terms):
                    by_term.setdefault(term, []).append(acronym)
            self._corpus = (table, by_term)
        return self._corpus

    def expand(self, doc: str, terms: list[str]) -> set[str]:
        """`terms` plus the long-form terms of any acronym among them, and the acronym of any
        long form they spell out completely (not one that an expansion completes: "LSE" + "New
        York" is no NYSE); the article's own definitions over the corpus's. Looked up term by
        term: the cost does not grow with the number of acronyms."""
        own = self.defined_in(doc)
        table, by_term = self.corpus_wide()
        given = set(terms)
        out = set(given)
        for term in given & self.expanding_terms(doc):     # most terms are neither
            out.update(own[term] if term in own else table.get(term, ()))
            out.update(a for a in by_term.get(term, ()) if a not in own and given.issuperset(table[a]))
        out.update(a for a, long_terms in own.items() if long_terms and given.issuperset(long_terms))
        return out

    def expanding_terms(self, doc: str) -> frozenset[str]:
        """The terms `expand` looks up for the article: acronyms it or the corpus defines, and
        the words of the corpus's long forms (once per article and loaded index)."""
        found = self._expanding.get(doc)
        if found is None:
            table, by_term = self.corpus_wide()
            found = self._expanding[doc] = frozenset(self.defined_in(doc)) | table.keys() | by_term.keys()
        return found
