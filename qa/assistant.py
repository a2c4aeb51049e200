"""The library API every shell (CLI, UI, benchmarks, tests) goes through.

    assistant = Assistant(index_dir="index", corpus_dir="corpus")
    answer = assistant.ask("Why did the 2007 constitutional reform fail?")
    assistant.update_index()            # incremental; the new index is swapped in

The model is loaded once. The index is loaded once and reloaded when a newer version has been
published; each question runs on the index it started with, so a concurrent update never
changes it mid-answer. One Assistant may serve many threads.
"""
from __future__ import annotations

import re
import threading
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Sequence

from . import known
from .acronyms import AcronymTable
from .answer import Answer
from .composer import acknowledged, compose, summary
from .compound import answers_alone, joined, questions_asked, whole_stands
from .config import Settings, default_corpus_dir, default_index_dir
from .conversation import resolve
from .documents import Document
from .embedding import Embedder, Progress
from .errors import ArticleGoneError, QAError
from .grounding import named_article, names_an_article, published, titled_event_year, years_in, told_in_another_year
from .indexer import CorpusChanges, UpdateReport, corpus_changes, update_index
from .lexical import document_frequency
from .loaders import load_document
from .phrasal_verbs import OneWordVerbs
from .question import DATE, EVENT, PART_OF_A_TIME, TIME, YEAR, analyse, answer_form_terms, is_acknowledgment, pronoun_subject, spelled_out, title_phrases, with_name_capitalised, with_place_capitalised
from .retrieval import Filters, Retriever
from .sentence_facts import stored_facts
from .scoring import rerank_passages, score_sentences, term_weights
from .spelling import Speller
from .store import IndexData, link_identity, read_index
from .support import unknown_words, unused_given_names, without_words, word_support
from .text import last_chars, term_set
from .uploads import AddedArticle, add_article


@dataclass
class LoadedIndex:
    data: IndexData
    retriever: Retriever
    version: Path
    acronyms: AcronymTable
    link: tuple[int, int] | None     # store.link_identity of index/current just before loading
    titles: tuple[str, ...] = ()     # question.title_phrases of every article, folded once
    _speller: Speller | None = None  # the articles' words for typo correction, built on first use
    _verbs: OneWordVerbs | None = None   # the articles' one-word verbs for phrasal ones (qa/phrasal_verbs.py)
    _year_terms: dict[int, frozenset[str]] | None = None   # the terms of each year's articles, on first use

    @property
    def speller(self) -> Speller:
        if self._speller is None:
            self._speller = Speller(p.text for p in self.data.passages)
        return self._speller

    @property
    def year_terms(self) -> dict[int, frozenset[str]]:
        """The terms of the articles of each year (by their date): whether the articles of the year
        of an event a question names say the names it gives too."""
        if self._year_terms is None:
            by_year: dict[int, set[str]] = {}
            for passage in self.data.passages:
                when = published(passage.metadata)
                if when:
                    by_year.setdefault(when[0], set()).update(term_set(passage.text))
            self._year_terms = {year: frozenset(terms) for year, terms in by_year.items()}
        return self._year_terms

    @property
    def one_word_verbs(self) -> OneWordVerbs:
        if self._verbs is None:
            self._verbs = OneWordVerbs([p.text for p in self.data.passages],
                                       lambda term: document_frequency(self.data.bm25, term) > 0)
        return self._verbs


class Assistant:
    def __init__(self, index_dir: str | Path | None = None, corpus_dir: str | Path | None = None,
                 settings: Settings | None = None, embedder: Embedder | None = None):
        self.index_dir = Path(index_dir or default_index_dir())
        self.corpus_dir = Path(corpus_dir or default_corpus_dir())
        self.settings = settings or Settings()
        self.embedder = embedder or Embedder(self.settings.model)
        self._loaded: LoadedIndex | None = None
        self._lock = threading.Lock()

    # ------------------------------------------------------------ the index

    def index(self) -> LoadedIndex:
        """The newest published index, loaded once per version (a new `current` link: reload)."""
        link = link_identity(self.index_dir)
        loaded = self._loaded
        if loaded is not None and link is not None and loaded.link == link:
            return loaded
        with self._lock:
            if self._loaded is None or link is None or self._loaded.link != link:
                data = read_index(self.index_dir)
                if data.manifest.get("model") != self.settings.model:
                    # A rebuild is the fix only if the configured model loads: say first when it does
                    # not (MissingModelError), rather than advise a `qa index` that would fail.
                    _ = self.embedder.model
                    raise QAError(f"the index at {self.index_dir} was built with model '{data.manifest.get('model')}' "
                                  f"but '{self.settings.model}' is configured; run `qa index` to rebuild it")
                titles = tuple(p for a in data.documents.values() for p in title_phrases(a["metadata"].get("title", "")))
                facts = stored_facts(data)
                known.use(facts)
                self._loaded = LoadedIndex(data, Retriever(data), data.path,
                                           AcronymTable(data.passages, data.documents, facts), link, titles)
            return self._loaded

    def update_index(self, rebuild: bool = False, progress: Progress | None = None,
                     log: Callable[[str], None] = lambda _: None) -> UpdateReport:
        """Bring the index in step with the corpus folder; later questions use the new one."""
        return update_index(self.corpus_dir, self.index_dir, self.embedder, self.settings,
                            rebuild=rebuild, progress=progress, log=log)

    def indexes(self, doc: str) -> bool:
        """Is the article `doc` in the index (False when there is no usable index)?"""
        try:
            return doc in self.index().data.documents
        except QAError:
            return False

    def corpus_changes(self) -> CorpusChanges:
        """How the corpus folder differs from what the index was built from (empty when it does
        not): answers may cite removed or old text, or miss new articles, until `update_index`.
        Cheap enough to ask before every question: a listing and a stat per file (indexer.py)."""
        return corpus_changes(self.corpus_dir, self.index().data)

    def status(self) -> dict:
        """What is indexed: articles (with metadata), passages, model, build time, and how the
        corpus folder has changed since (`corpus_changes`, which also names the files the last
        update skipped)."""
        data = self.index().data
        return {
            "articles": {path: info["metadata"] | {"passages": info["passages"]}
                         for path, info in sorted(data.documents.items())},
            "passages": len(data.passages),
            "model": data.manifest.get("model"),
            "built_at": data.manifest.get("built_at"),
            "version": data.path.name if data.path else "",
            "corpus_changes": corpus_changes(self.corpus_dir, data),
        }

    def add_article(self, filename: str, data: bytes, replace: bool = False) -> AddedArticle:
        """Place an uploaded article in the corpus folder (qa.uploads.add_article: type, size,
        encoding, name, and content already in the corpus checked against the index's records);
        `update_index` then indexes it."""
        try:
            indexed = {info["hash"]: doc for doc, info in self.index().data.documents.items() if info.get("hash")}
        except QAError:
            indexed = {}                         # no usable index yet: files are compared byte for byte
        return add_article(self.corpus_dir, filename, data, overwrite=replace,
                           max_bytes=self.settings.max_file_bytes, indexed_hashes=indexed)

    def article(self, doc: str) -> Document:
        """The whole article behind a citation, read from the corpus folder (ArticleGoneError when
        it is no longer there)."""
        path = self.corpus_dir / Path(doc).name
        if not path.is_file():
            raise ArticleGoneError(f"{doc}: no longer in {self.corpus_dir}; run `qa index` to drop it from the index")
        return load_document(path, self.settings.max_file_bytes)

    # ------------------------------------------------------------ questions

    def check_filters(self, filters: Filters, labels: dict[str, str] | None = None) -> Filters:
        """`filters`, or BadFilterError saying why they cannot select what was meant (Filters.problems
        against this index: article names, dates, and a range no indexed article is dated in)."""
        documents = self.index().data.documents
        dates = {doc: info["metadata"].get("date", "") or "" for doc, info in documents.items()}
        return filters.check(known_docs=documents, labels=labels, dates=dates)

    def ask(self, question: str, history: Sequence | None = None, filters: Filters | None = None) -> Answer:
        """Answer `question` from the articles; `history` holds the earlier questions (or Answers)."""
        loaded = self.index()
        if filters:
            self.check_filters(filters)
        text = last_chars(" ".join((question or "").split()), self.settings.max_question_chars)
        text = text.encode("utf-8", "replace").decode("utf-8")   # lone surrogates from bad argv bytes
        if not text.strip(" ?!.,;:"):
            raise QAError("the question is empty; type a question about the articles")
        if is_acknowledgment(text):
            return acknowledged(text)
        asked = questions_asked(text)
        if len(asked) == 2:                    # "When was the coup, and how long did the strike last?"
            return self._ask_both(text, asked, history, filters, loaded)
        return self._ask_one(text, history, filters, loaded)

    def _ask_both(self, text: str, asked: list[str], history: Sequence | None, filters: Filters | None,
                  loaded: LoadedIndex) -> Answer:
        """A question asking two things (compound.py): the whole's answer when it stands
        (compound.whole_stands) or the first question alone is not answered surely
        (compound.answers_alone), else the first question's answer joined with the second's,
        asked as its follow-up. The passages listed are the whole question's."""
        first = self.ask(asked[0], history, filters)
        whole = self._ask_one(text, history, filters, loaded)
        if not answers_alone(first) or whole_stands(whole, first):
            return whole
        return joined(text, first, self.ask(asked[1], [*(history or []), first], filters), whole.passages)

    def _ask_one(self, text: str, history: Sequence | None, filters: Filters | None, loaded: LoadedIndex) -> Answer:
        """The answer to `text` taken as one question."""
        if history and loaded.speller.knows_no_word(text):
            history = None                     # keyboard noise is asked alone, not as a follow-up
        resolved = resolve(loaded.speller.corrected(spelled_out(text)), history, loaded.speller.name)
        resolved = with_name_capitalised(loaded.one_word_verbs.rewrite(resolved), loaded.speller.name)   # "took part" → "participated"
        resolved = with_place_capitalised(resolved, loaded.speller.name)     # "…in caracas"
        articles = loaded.data.documents.values()
        analysis = analyse(resolved, lambda ref: names_an_article(ref, (a["metadata"] for a in articles)), loaded.titles)
        given_names = unused_given_names(analysis, loaded.data.bm25, loaded.speller.name)     # "Henrique Capriles"
        analysis = without_words(analysis, given_names)
        if analysis.asks_summary and (answer := summarised(text, analysis, loaded, filters)) is not None:
            return answer
        if (answer := told_then(text, analysis, loaded, filters)) is not None:
            return answer
        weights = term_weights(analysis, loaded.data)
        year = titled_event_year(analysis, (a["metadata"] for a in articles), weights)
        if year is not None and not all(term_set(e) <= loaded.year_terms.get(year, frozenset()) for e in analysis.entities) \
                and told_in_another_year(analysis, loaded.data.passages, year):
            year = None                        # "Who won the governor election in Miranda?": 2013's, not 2017's
        if year is not None and analysis.answer_type not in (DATE, TIME):    # "by the time of the recall
            analysis = replace(analysis, years=[year])                          # vote": the recall's year
        query = self.embedder.encode_query_tokens(analysis.text)
        query_vector = query.vector
        candidates = loaded.retriever.search(analysis.text, query_vector, filters, told=analysis.is_factoid)
        sentences = score_sentences(analysis, query_vector, candidates, loaded.data, weights, loaded.acronyms)
        passages = rerank_passages(candidates, sentences, analysis, loaded.retriever.following)
        unknown = unknown_words(analysis, loaded.data.bm25, given_names)
        return compose(text, analysis, passages, sentences, weights,
                       support_for=lambda window, more: word_support(query, unknown + more, window, self.embedder),
                       unnamed="" if history else pronoun_subject(resolved), untold=untold_years(analysis, loaded))


def untold_years(analysis, loaded: LoadedIndex) -> list[int]:
    """The years the question asks of that no passage names and no article was written in: what
    happened then the articles cannot tell, and an answer from the years they do tell would
    answer another question."""
    said = set(re.findall(r"\b(?:1[89]|20)\d\d\b", analysis.text))      # a year as such, not a decade's ("the mid-1990s")
    return [y for y in analysis.years if str(y) in said and document_frequency(loaded.data.bm25, str(y)) == 0
            and y not in loaded.year_terms]


# the question asks what happened, as such ("what did he say back in 2013?" asks what someone said)
WHAT_HAPPENED = re.compile(r"^\W*what\s+(?:(?:exactly|actually|really|else)\s+)?(?:happened|occurred|took\s+place|went\s+on)\b", re.I)


def told_then(text: str, analysis, loaded: LoadedIndex, filters: Filters | None) -> Answer | None:
    """"What happened in 2013?", "…in December 2007?": a what-happened question that names a time
    and nothing else is answered by the opening of the one article written then (composer.summary),
    which says what mattered most; None when it names more, a day, or no one article was written
    then (the search answers it, or says the articles do not)."""
    if not WHAT_HAPPENED.match(analysis.text) or set(analysis.terms) - answer_form_terms(EVENT) or not analysis.years \
            or analysis.dates or analysis.entities:
        return None
    written = [doc for doc, info in loaded.data.documents.items()
               if (when := published(info["metadata"])) and when[0] in analysis.years
               and (not analysis.months or when[1] in analysis.months)
               and not (filters and not filters.allows_article(doc, info["metadata"].get("date", "")))]
    if len(written) != 1:
        return None
    when = published(loaded.data.documents[written[0]]["metadata"])
    part = PART_OF_A_TIME.search(analysis.text)
    months = PART_MONTHS.get((part.group("part") or part.group("edge") or "").lower()) if part else None
    if months and YEAR.match(analysis.text, part.end()) and not (when and when[1] and when[1] in months):
        return None                   # "late 2013" of an article of April 2013: not written then
    answer = summary(text, analysis, loaded.retriever.article(written[0]), loaded.data.sentence_matrix, 1.0)
    told = years_in(answer.sentences[0].text) if answer.sentences else frozenset()
    if told and not told & set(analysis.years):
        return None                   # "What happened in 2008?": the January 2008 article opens on
    return answer                     # December 2007, which is another time


# the months a part of the year asked takes in ("late 2007", "the start of 2008": question.PART_OF_A_TIME)
PART_MONTHS = {"early": range(1, 5), "start": range(1, 5), "beginning": range(1, 5), "mid": range(5, 9),
               "middle": range(5, 9), "late": range(9, 13), "end": range(9, 13)}


def summarised(text: str, analysis, loaded: LoadedIndex, filters: Filters | None) -> Answer | None:
    """The summary of the one article the question names (composer.summary), or None when it
    names none for sure or the filters leave it out."""
    documents = loaded.data.documents
    named = named_article(analysis, {doc: info["metadata"] for doc, info in documents.items()})
    if named is None:
        return None
    doc, match = named
    if filters and not filters.allows_article(doc, documents[doc]["metadata"].get("date", "")):
        return None
    return summary(text, analysis, loaded.retriever.article(doc), loaded.data.sentence_matrix, match)
