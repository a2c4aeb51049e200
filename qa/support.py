"""Semantic support for question words the corpus never uses.

A paraphrased question ("killings a day") and an unanswerable near-miss ("seats won") both
contain words that occur nowhere in the articles. The difference is whether the chosen answer
says the same thing in other words ("murders per day") or nothing of the kind. Following
BERTScore, each such word's contextual token vectors are compared with the tokens of the answer
window; the best cosine is the word's support. Costs one forward pass of the window, and only
when the question has such words: the question's own token vectors come from the run that
embedded it for retrieval (Embedder.encode_query_tokens).
"""
from __future__ import annotations

import re
import threading
from contextlib import contextmanager
from dataclasses import replace
from functools import lru_cache
from typing import Callable

from .embedding import QueryEncoding
from .lexical import document_frequency
from .question import ANSWER_FORM_WORDS, COMPARISON, AUTHORSHIP_VERBS, QUESTION_WORDS, SOURCE_NOUNS, Question, names_a_thing
from .text import STOPWORDS, fold, stem, words

# Words that describe the answer wanted, not the fact: they need no support in the text.
# (not "closer", "higher": the words of a comparison, answered by figures only when one is asked:
# COMPARED_WORDS, composer.uncovered_words)
ANSWER_WORDS = {"date", "day", "year", "month", "time", "title", "name", "place", "person", "people"} \
    | set().union(*(said for kind, said in ANSWER_FORM_WORDS.items() if kind != COMPARISON))
COMPARED_WORDS = ANSWER_FORM_WORDS[COMPARISON]


def unused_given_names(question: Question, bm25, is_name: Callable[[str], object]) -> set[str]:
    """Words of a name the question gives that no passage uses, before the name's last word,
    which the articles write as a name (`is_name`: Speller.name) ("Henrique Capriles": the
    articles say "Capriles"): they call the person by the surname, so the given name is neither
    a topic an answer must hold nor a word it fails to support. Not before a last word no passage
    uses ("Nicolás Sarkozy" is no Nicolás of the articles) or one they write as a common word
    ("Caribbean Series", "Green Left")."""
    unused = set()
    for name in question.entities:
        parts = [fold(w) for w in re.findall(r"[\w'’-]+", name)]
        if names_a_thing(name):
            continue                      # "the GDP of Venezuela": a thing of a place, no given name
        if len(parts) > 1 and document_frequency(bm25, stem(parts[-1])) > 0 and is_name(parts[-1]):
            unused |= {w for w in parts[:-1] if w not in STOPWORDS and document_frequency(bm25, stem(w)) == 0}
    return unused


def without_words(question: Question, words: set[str]) -> Question:
    """The question without the terms of `words` (its unused given names, unused_given_names)."""
    stems = {stem(w) for w in words}
    return replace(question, terms=[t for t in question.terms if t not in stems]) if stems else question


def unknown_words(question: Question, bm25, given_names: set[str] = frozenset()) -> list[str]:
    """Content words of the question that occur in no passage of the index, but its unused
    `given_names` (unused_given_names)."""
    source = {w for ref in question.sources for w in ref.words} | given_names
    if question.sources:                   # "the 2017 piece": the noun names the article, not a topic
        source |= SOURCE_NOUNS
    if question.asks_author:               # "who penned the … commentary": the asking verb, not a topic
        source |= AUTHORSHIP_VERBS
    out = []
    for w in words(question.text):
        if (len(w) > 2 and not w[0].isdigit() and w not in STOPWORDS and w not in QUESTION_WORDS
                and w not in ANSWER_WORDS and not (question.answer_type == COMPARISON and w in COMPARED_WORDS)
                and w not in source and document_frequency(bm25, stem(w)) == 0):
            out.append(w)
    return out


def word_support(question: QueryEncoding, unknown: list[str], window_text: str, embedder) -> dict[str, float]:
    """For each unknown word: the best cosine between its word pieces (`question`, the query
    run's own token vectors) and the window's tokens (`embedder.token_vectors`)."""
    if not unknown:
        return {}
    _, w_vectors = embedder.token_vectors(window_text)
    with one_blas_thread():
        similarity = question.token_vectors @ w_vectors.T
    own = word_pieces(question.pieces)
    support = {}
    for word in unknown:
        rows = own.get(fold(word)) or [i for i, p in enumerate(question.pieces)   # a tokenizer without "##"
                                       if len(p.strip("#")) > 1 and p.strip("#") in fold(word)]
        telling = [i for i in rows if len(question.pieces[i].strip("#")) >= MIN_PIECE] or rows
        support[word] = float(similarity[telling].max()) if telling else 0.0
    return support


@contextmanager
def one_blas_thread():
    """A context in which numpy's BLAS runs on one thread. The similarity matrix is small (tens
    of rows by ~100), but large enough that OpenBLAS splits it over a thread team; on a busy
    machine waiting for the second thread costs far more than the product (measured on 2 cores
    with one busy: 27×384 by 75×384 in 16–35 ms on 2 threads, 0.04 ms on 1; quiet, the same on
    either). As dense_search does for FAISS. The threads split the output, not the sums, so
    every cosine is the same on one thread. The thread count is the process's: one product at a
    time (BLAS_LOCK), so that each restores the count it found. No-op without threadpoolctl."""
    controller = blas_controller()
    if controller is None:
        yield
        return
    with BLAS_LOCK, controller.limit(limits=1):
        yield


BLAS_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def blas_controller():
    """threadpoolctl's controller of the loaded BLAS libraries (found once: ~1.5 ms), or None."""
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:
        return None
    return ThreadpoolController().select(user_api="blas")


MIN_PIECE = 3     # "so" of "souffle" matches any "so"; a word is supported by its longer pieces


def word_pieces(pieces: list[str]) -> dict[str, list[int]]:
    """The rows of each word's own pieces, by position ("so", "##uf", "##fle" → souffle: three
    rows). Matching pieces by their text instead let the question's preposition "in" support
    "killings" and "misinformation"."""
    out: dict[str, list[int]] = {}
    word, rows = "", []
    for i, piece in enumerate(pieces):
        if piece.startswith("##") and rows:
            word, rows = word + piece[2:], rows + [i]
            continue
        if rows:
            out.setdefault(word, rows)
        word, rows = piece, [i]
    if rows:
        out.setdefault(word, rows)
    return out


# Support bands of a corpus-unknown word (cosine with the answer's closest token): below
# UNSUPPORTED_BELOW it counts against the answer (`unsupported`), from SUPPORTED up it counts
# as said there in other words (`supported_terms`), in between partly from PARTLY_SAID_FROM.
UNSUPPORTED_BELOW = 0.45
SUPPORTED = 0.6
# From here up to SUPPORTED a corpus-unknown word counts as partly said (support_credit). From
# UNSUPPORTED_BELOW it gained four factoids more over every set but answered a near miss ("how
# many people were surveyed in that November poll?": "46 people have been arrested").
PARTLY_SAID_FROM = 0.5


def support_credit(support: dict[str, float], floor: float = PARTLY_SAID_FROM, full: float = SUPPORTED) -> dict[str, float]:
    """Stem → how much of a corpus-unknown word the answer's context says in other words: none
    below `floor`, all from `full` (supported_terms), in proportion between. The corpus cannot
    weigh a word it never uses but as its rarest (idf squared: a third of a short question's
    weight), so a paraphrase's one reworded word ("lenders", "capture") supported 0.5 by the
    answer counted as wholly unsaid and outweighed the rest of the question."""
    return {stem(w): min(1.0, (s - floor) / (full - floor)) for w, s in support.items() if s > floor}


def supported_terms(support: dict[str, float], floor: float = SUPPORTED) -> set[str]:
    """Stems of the unknown words the answer's context says in other words ("breadline" for
    "below the poverty line"): they count as covered like words the context holds. Measured on
    the blind sets (docs/quality.md): factoid +1 on three of five, no abstention lost."""
    return {stem(w) for w, s in support.items() if s >= floor}


def of_the_thing_asked(support: dict[str, float], question: Question) -> dict[str, float]:
    """The support of the unknown words that name what the question asks for (question.focus:
    "how many seats…", "how many homes…"), when it names it: a near-miss question's unknown word
    is its asked thing, while the unknown words around it are the reader's own telling of the
    context ("…leaving aside the self-built shacks", "…once poor people signed up"). All of them
    when the question names no such thing. Measured on every set: docs/quality.md."""
    if not question.focus:
        return support
    return {w: s for w, s in support.items() if stem(fold(w)) in question.focus}


def unsupported(support: dict[str, float], floor: float = UNSUPPORTED_BELOW) -> float:
    """How far below `floor` the unknown words' support falls, summed: 0 when all are supported."""
    return sum(max(0.0, floor - s) for s in support.values())
