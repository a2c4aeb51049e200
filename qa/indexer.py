"""Bringing the index in step with the corpus folder, embedding only what is new.

Documents are matched by content hash: an unchanged or renamed article reuses its passages
and vectors; an added or edited one is cleaned, chunked and embedded; a removed one is
dropped. Passage ids come from a counter kept in the manifest, so they are never reused.
A manifest that does not match the current model or chunking settings means a full rebuild:
vectors from two models are never mixed.

Work already done for the previous version is reused, not redone: its FAISS index is changed in
place (new ids added; removed ones taken out where the kind allows, see dense.py) and the BM25
index is re-counted from the stored tokens of kept passages (see lexical.py). The previous
version on disk is never touched: it was read into memory for this update only.

The whole update (scan, plan, embed, write) runs under the writer lock, so two updates never
interleave and the second one sees what the first wrote. Nothing is published until the new
version is complete (see store.py), so a killed update costs only its own work.

Staleness: each update records the corpus files it saw (name, size, mtime; store.py,
`corpus_files.json`), taken before the files are read, so an edit made during the update
counts as a change next time rather than being missed. `corpus_changes` compares the folder
with that record: one directory listing and a stat per file, no file read or hashed, so the
CLI can afford it before every `qa ask`. It reports what may have changed (a file touched
without an edit counts); the next `qa index` sorts that out by content hash and records the
files again.
"""
from __future__ import annotations

import errno
import os
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import numpy as np

from .acronyms import definitions_fingerprint, document_acronyms
from .chunking import Passage, chunk
from .cleaning import clean_document
from .config import Settings
from .dense import build_faiss, index_ids, update_faiss
from .documents import Document
from .embedding import Embedder, Progress
from .errors import CorruptIndexError, EmptyCorpusError, QAError
from .lexical import analyzer_fingerprint, build_bm25, decode_tokens, encode_tokens, passage_tokens
from .sentence_facts import facts_fingerprint, facts_lines, stored_facts
from .loaders import scan_corpus, supported_extensions
from .store import (REBUILD_HINT, IndexData, WriterLock, check_index_folder, checkpoint, current_version, first_missing,
                    prune, read_bm25_tokens, read_corpus_files, read_index, read_manifest, remove_unused,
                    write_corpus_files, write_version)
from .text import counted


@dataclass
class UpdateReport:
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    renamed: list[tuple[str, str]] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    rebuild_reason: str = ""
    embedded_passages: int = 0
    embedded_sentences: int = 0
    total_passages: int = 0
    written: bool = False

    @property
    def embedded_docs(self) -> list[str]:
        return self.added + self.changed

    def details(self) -> list[str]:
        """One line per kind of change, naming the files (empty when nothing changed)."""
        lines = [f"{label}: {', '.join(names)}" for label, names in
                 (("added", self.added), ("changed", self.changed), ("removed", self.removed)) if names]
        if self.renamed:
            lines.append("renamed: " + ", ".join(f"{a} → {b}" for a, b in self.renamed))
        return lines

    def summary(self) -> str:
        counts = (f"{len(self.added)} added, {len(self.changed)} changed, {len(self.removed)} removed, "
                  f"{len(self.renamed)} renamed, {len(self.unchanged)} unchanged")
        tail = (f"{counted(self.embedded_passages, 'passage')} embedded, {self.total_passages} in the index"
                if self.written else "index already up to date")
        return f"{counts}; {tail}"


@dataclass
class CorpusChanges:
    """How the corpus folder differs from what the index was last brought in step with."""

    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)     # same name, another size or mtime
    removed: list[str] = field(default_factory=list)
    folder_missing: bool = False
    exact: bool = True       # False: no record of sizes and times (older index), names compared only
    # files the last update saw and left out (unreadable, empty, binary, a duplicate: it said why
    # then), still there unchanged; no change, so not counted by __bool__ or summary
    skipped: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.removed or self.folder_missing)

    def skipped_names(self, shown: int = 5) -> str:
        """The skipped files' names, the first `shown` of them ("a.png, b.png and 38 more")."""
        more = len(self.skipped) - shown
        return ", ".join(self.skipped[:shown]) + (f" and {more} more" if more > 0 else "")

    def summary(self) -> str:
        """'2 added, 1 changed' (the kinds that occur), or '' when nothing differs."""
        return ", ".join(f"{len(names)} {label}" for label, names in
                         (("added", self.added), ("changed", self.changed), ("removed", self.removed)) if names)


def corpus_snapshot(corpus_dir: Path) -> dict[str, list[int]]:
    """Name → [size, mtime_ns] of every file the scanner reads: the files of
    loaders.corpus_files (visible, not README.md; tests/test_staleness.py holds the two
    together), listed with os.scandir, which costs one stat per file where corpus_files and
    a stat cost two plus a Path each (13 ms instead of 40 ms for 2,225 files)."""
    files = {}
    with os.scandir(corpus_dir) as entries:
        for entry in entries:
            if entry.name.startswith(".") or entry.name.lower() == "readme.md":
                continue
            try:
                if entry.is_file():
                    st = entry.stat()
                    files[entry.name] = [st.st_size, st.st_mtime_ns]
            except OSError:      # removed meanwhile
                continue
    return files


def corpus_changes(corpus_dir: str | Path, data: IndexData) -> CorpusChanges:
    """What changed in `corpus_dir` since the update that produced (or last confirmed) the
    loaded index `data`: see the module note on staleness for what it costs and means."""
    try:
        now = corpus_snapshot(Path(corpus_dir))
    except OSError:
        return CorpusChanges(removed=sorted(data.documents), folder_missing=True)
    recorded = read_corpus_files(data)
    if recorded is None:     # no record for this version: names against the indexed articles
        extensions = set(supported_extensions())
        return CorpusChanges(added=sorted(n for n in now if n not in data.documents and Path(n).suffix.lower() in extensions),
                             removed=sorted(d for d in data.documents if d not in now), exact=False)
    # a file that was skipped (a duplicate, empty, unreadable) and is gone leaves the index as it was
    return CorpusChanges(added=sorted(set(now) - set(recorded)),
                         changed=sorted(n for n in now if n in recorded and list(recorded[n]) != now[n]),
                         removed=sorted(n for n in set(recorded) - set(now) if n in data.documents),
                         skipped=sorted(n for n, seen in recorded.items() if n not in data.documents and now.get(n) == list(seen)))


def compatibility_problem(manifest: dict, settings: Settings) -> str:
    """Why an existing index cannot be updated in place ('' when it can)."""
    if manifest.get("model") != settings.model:
        return f"the model changed ({manifest.get('model')} → {settings.model})"
    if manifest.get("chunking") != settings.chunking.as_dict():
        return "the chunking settings changed"
    return ""


def passages_for(doc: Document, embedder: Embedder, settings: Settings) -> list[Passage]:
    max_tokens = settings.chunking.max_tokens or embedder.max_tokens
    return chunk(doc.path, clean_document(doc), embedder.count_tokens, max_tokens, settings.chunking.min_tokens)


def load_previous(index_dir: Path, settings: Settings, rebuild: bool,
                  report: UpdateReport) -> tuple[IndexData | None, int]:
    """The index to update (None, with the reason noted, when starting over) and the next free
    passage id. Ids keep counting across rebuilds, so an id never names two different passages."""
    try:
        manifest = read_manifest(index_dir)
    except CorruptIndexError as exc:
        report.rebuild_reason = f"{without_hint(exc)}: rebuilding it from the corpus"
        return None, 0
    if manifest is None:
        return None, 0
    next_id = int(manifest.get("next_id", 0))
    if rebuild:
        report.rebuild_reason = "rebuild requested: re-embedding every article"
        return None, next_id
    problem = compatibility_problem(manifest, settings)
    if problem:
        report.rebuild_reason = f"{problem}: rebuilding the whole index"
        return None, next_id
    try:
        return read_index(index_dir), next_id
    except CorruptIndexError as exc:
        report.rebuild_reason = f"{without_hint(exc)}: rebuilding it from the corpus"
        return None, next_id


def indexed_paths(index_dir: Path) -> set[str]:
    """Articles in the current index (none when there is no readable one)."""
    try:
        return set((read_manifest(index_dir) or {}).get("documents", {}))
    except CorruptIndexError:
        return set()


def without_hint(exc: Exception) -> str:
    """The error without its 'run qa index --rebuild' advice: we are doing just that."""
    return str(exc).replace(f"; {REBUILD_HINT}", "")


@dataclass
class Plan:
    """Which passages (with vectors) are kept, and which documents must be embedded."""

    kept: list[tuple[Passage, np.ndarray, np.ndarray]] = field(default_factory=list)
    to_embed: list[Document] = field(default_factory=list)


def plan_update(docs: list[Document], previous: IndexData | None, report: UpdateReport) -> Plan:
    """Match documents to the previous index by content hash (from the manifest, so an article
    that yielded no passages is not re-processed on every update)."""
    plan = Plan()
    old_docs = previous.documents if previous else {}
    path_of_hash = {info["hash"]: path for path, info in old_docs.items()}
    rows_of: dict[str, list[int]] = {}
    if previous:
        for row, p in enumerate(previous.passages):
            rows_of.setdefault(p.doc, []).append(row)
    reused: set[str] = set()
    for doc in docs:
        old_path = path_of_hash.get(doc.content_hash)
        if old_path is None:
            (report.changed if doc.path in old_docs else report.added).append(doc.path)
            plan.to_embed.append(doc)
            continue
        reused.add(old_path)
        if old_path == doc.path:
            report.unchanged.append(doc.path)
        else:
            report.renamed.append((old_path, doc.path))
        for row in rows_of.get(old_path, []):
            p = previous.passages[row]
            p.doc = doc.path
            plan.kept.append((p, previous.passage_vectors[row], previous.sentence_matrix(row)))
    current = {d.path for d in docs}
    report.removed = sorted(path for path in old_docs if path not in current and path not in reused)
    return plan


def embed_documents(docs: list[Document], embedder: Embedder, settings: Settings,
                    progress: Progress | None) -> list[tuple[Passage, np.ndarray, np.ndarray]]:
    """Chunk and embed: one vector per passage and one per sentence, in one encoding pass."""
    passages = [p for doc in docs for p in passages_for(doc, embedder, settings)]
    texts = [p.text for p in passages] + [s.text for p in passages for s in p.sentences]
    vectors = embedder.encode(texts, batch_size=settings.embed_batch_size, progress=progress)
    out, cursor = [], len(passages)
    for i, p in enumerate(passages):
        n = len(p.sentences)
        out.append((p, vectors[i], vectors[cursor:cursor + n]))
        cursor += n
    return out


def stale_acronyms(previous: IndexData, fingerprint: str) -> bool:
    """The index's stored acronym definitions are missing (written by an older version) or were
    found by other rules or another analyzer than today's."""
    return (previous.manifest.get("acronyms_fingerprint") != fingerprint or not fingerprint
            or any("acronyms" not in info for info in previous.documents.values()))


def acronyms_by_document(docs: list[Document], passages: list[Passage], previous: IndexData | None,
                         fingerprint: str) -> dict[str, dict[str, list[str]]]:
    """Each document's acronym definitions: kept from the previous version when its text is
    unchanged and they were found the same way, found in its passages otherwise."""
    reusable = previous is not None and not stale_acronyms(previous, fingerprint)
    kept = {info["hash"]: info["acronyms"] for info in previous.documents.values()} if reusable else {}
    by_doc: dict[str, list[Passage]] = {}
    for p in passages:
        by_doc.setdefault(p.doc, []).append(p)
    return {d.path: kept[d.content_hash] if d.content_hash in kept else document_acronyms(by_doc.get(d.path, []))
            for d in docs}


def assemble(items, docs: list[Document], next_id: int, embedder: Embedder, settings: Settings,
             previous: IndexData | None = None) -> IndexData:
    """A complete index version from (passage, vector, sentence vectors) items. With the
    `previous` version (which this changes: it is not used afterwards), its FAISS index is
    updated in place where possible and its passages' stored BM25 tokens are reused."""
    order = {d.path: i for i, d in enumerate(docs)}
    items.sort(key=lambda it: (order[it[0].doc], it[0].position))
    for p, _, _ in items:
        if p.id < 0:
            p.id = next_id
            next_id += 1
    dim = embedder.dimension
    passages = [p for p, _, _ in items]
    passage_vectors = np.stack([v for _, v, _ in items]).astype(np.float32) if items else np.zeros((0, dim), np.float32)
    sentence_vectors = (np.concatenate([s for _, _, s in items]).astype(np.float32)
                        if items else np.zeros((0, dim), np.float32))
    ids = np.array([p.id for p in passages], dtype=np.int64)
    per_doc = Counter(p.doc for p in passages)
    fingerprint = analyzer_fingerprint()
    acronyms_fingerprint = definitions_fingerprint(fingerprint)
    acronyms = acronyms_by_document(docs, passages, previous, acronyms_fingerprint)
    manifest = {
        "model": settings.model, "dimension": dim, "chunking": settings.chunking.as_dict(),
        "next_id": next_id, "bm25_analyzer": fingerprint, "acronyms_fingerprint": acronyms_fingerprint,
        "documents": {d.path: {"hash": d.content_hash, "metadata": d.metadata(), "passages": per_doc[d.path],
                               "acronyms": acronyms[d.path]} for d in docs},
    }
    faiss_index = faiss_updated(previous, passage_vectors, ids)
    if faiss_index is None:
        faiss_index = build_faiss(passage_vectors, ids, dim)
    tokens = stored_tokens(previous, passages, fingerprint)
    tokens = [t if t is not None else passage_tokens(p.text) for p, t in zip(passages, tokens)]
    bm25 = build_bm25([p.text for p in passages], tokens)
    manifest["facts_fingerprint"] = facts_fingerprint()
    return IndexData(manifest=manifest, passages=passages, passage_vectors=passage_vectors,
                     sentence_vectors=sentence_vectors, faiss_index=faiss_index, bm25=bm25,
                     bm25_tokens=encode_tokens(bm25, tokens),
                     facts_lines=facts_lines(passages, previous) if manifest["facts_fingerprint"] else None)


def faiss_updated(previous: IndexData | None, vectors: np.ndarray, ids: np.ndarray):
    """The previous version's FAISS index changed in place to hold exactly `ids` (removed
    passages out, new ones in), or None when it must be built anew (no previous version, a
    kind that cannot remove, a kind change at FLAT_MAX, or anything not as expected)."""
    if previous is None or previous.faiss_index is None:
        return None
    old_ids = np.array([p.id for p in previous.passages], dtype=np.int64)
    if previous.faiss_index.ntotal != len(old_ids):
        return None
    is_new = ~np.isin(ids, old_ids)
    index = update_faiss(previous.faiss_index, old_ids[~np.isin(old_ids, ids)], vectors[is_new], ids[is_new])
    if index is None or index.ntotal != len(ids) or not np.array_equal(np.sort(index_ids(index)), np.sort(ids)):
        return None
    return index


def stored_tokens(previous: IndexData | None, passages: list[Passage], fingerprint: str) -> list[list[str] | None]:
    """Each passage's BM25 tokens as the previous version stored them (None where it holds no
    such passage, or stored none, or analysed them differently)."""
    none = [None] * len(passages)
    if previous is None or not fingerprint or previous.manifest.get("bm25_analyzer") != fingerprint:
        return none
    stored = read_bm25_tokens(previous)
    if stored is None:
        return none
    ids, offsets = stored
    if len(ids) and (ids.min() < 0 or ids.max() > max(previous.bm25.vocab_dict.values(), default=-1)):
        return none
    row_of = {p.id: row for row, p in enumerate(previous.passages)}
    kept = [(i, row_of[p.id]) for i, p in enumerate(passages) if p.id in row_of]
    out: list[list[str] | None] = [None] * len(passages)
    for (i, _), tokens in zip(kept, decode_tokens(previous.bm25, ids, offsets, [row for _, row in kept])):
        out[i] = tokens
    return out


def update_index(corpus_dir: str | Path, index_dir: str | Path, embedder: Embedder,
                 settings: Settings | None = None, rebuild: bool = False,
                 progress: Progress | None = None, log: Callable[[str], None] = lambda _: None) -> UpdateReport:
    """Make the index at `index_dir` match the articles in `corpus_dir`. Returns what changed."""
    settings = settings or Settings()
    corpus_dir, index_dir = Path(corpus_dir), Path(index_dir)
    if not corpus_dir.is_dir():
        what = "is a file, not a folder; name the folder that holds the articles" if corpus_dir.exists() else \
            "does not exist; create it and add articles"
        raise EmptyCorpusError(f"corpus folder {corpus_dir} {what} ({', '.join(supported_extensions())})")
    check_index_folder(index_dir)
    report = UpdateReport()
    created, first = first_missing(index_dir), not (index_dir / ".lock").exists()
    try:
        with os_errors_said(), WriterLock(index_dir, log=log):
            update_locked(corpus_dir, index_dir, embedder, settings, rebuild, progress, log, report)
    except (Exception, KeyboardInterrupt):
        # A first update that fails (no readable article, a missing model, Ctrl-C) must not
        # leave an empty index folder that looks like an index: remove what it created.
        if first:
            remove_unused(index_dir, created)
        raise
    return report


# errors of the place written to, which the user fixes there (rights, a read-only mount, space)
PLACE_ERRNOS = {errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOSPC, errno.EDQUOT}


@contextmanager
def os_errors_said():
    """An OSError of the update (a read-only index folder, a full disk) as one QAError line naming
    the file, instead of 'unexpected error: PermissionError'. A version is swapped in only once
    complete (store.py), so questions are answered from a whole index either way."""
    try:
        yield
    except OSError as exc:
        where = f" {exc.filename}" if exc.filename else ""
        hint = "; check that the folder is writable and the disk has space" if exc.errno in PLACE_ERRNOS else ""
        raise QAError(f"the update failed on{where}: {exc.strerror or exc}{hint}") from exc


def update_locked(corpus_dir: Path, index_dir: Path, embedder: Embedder, settings: Settings, rebuild: bool,
                  progress: Progress | None, log: Callable[[str], None], report: UpdateReport) -> None:
    """The update itself, filling in `report`; the caller holds the writer lock."""
    prune(index_dir)                       # whatever a killed writer left behind
    seen = corpus_snapshot(corpus_dir)     # before reading: an edit during the scan shows next time
    scan = scan_corpus(corpus_dir, settings.max_file_bytes, prefer=indexed_paths(index_dir))
    report.warnings = scan.warnings
    for warning in scan.warnings:
        log(f"warning: {warning}")
    if not scan.documents:
        kept = ""
        if current_version(index_dir) is not None:   # say so: the old index still answers
            kept = f"; the existing index at {index_dir} was left as it was (delete it to stop answering from it)"
        raise EmptyCorpusError(f"no readable article in {corpus_dir} (supported: "
                               f"{', '.join(supported_extensions())}); nothing to index{kept}")
    previous, next_id = load_previous(index_dir, settings, rebuild, report)
    if report.rebuild_reason:
        log(report.rebuild_reason)
    plan = plan_update(scan.documents, previous, report)
    unchanged = not (report.added or report.changed or report.removed or report.renamed)
    acronyms_fingerprint = definitions_fingerprint(analyzer_fingerprint())   # '': unknown, not reused
    stale = previous is not None and bool(acronyms_fingerprint) and stale_acronyms(previous, acronyms_fingerprint)
    stale_facts = previous is not None and bool(facts_fingerprint()) and stored_facts(previous) is None
    if previous is not None and unchanged and not (stale or stale_facts):
        report.total_passages = len(previous.passages)
        write_corpus_files(index_dir, previous.manifest, previous.path.name, seen)
        return
    if previous is not None and unchanged:
        found = "acronym definitions" if stale else "sentence facts"
        log(f"the index's {found} are missing or out of date: finding them again, nothing is embedded")
    checkpoint("locked")
    fresh = embed_documents(plan.to_embed, embedder, settings, progress)
    checkpoint("embedded")
    report.embedded_passages = len(fresh)
    report.embedded_sentences = sum(len(p.sentences) for p, _, _ in fresh)
    for path in sorted({d.path for d in plan.to_embed} - {p.doc for p, _, _ in fresh}):
        report.warnings.append(f"{path}: nothing left to index after cleaning (only boilerplate or symbols?)")
        log(f"warning: {report.warnings[-1]}")
    items = plan.kept + fresh
    if not items:
        raise EmptyCorpusError(f"the articles in {corpus_dir} contain no indexable text; nothing to index")
    data = assemble(items, scan.documents, next_id, embedder, settings, previous)
    write_version(index_dir, data)
    write_corpus_files(index_dir, data.manifest, data.path.name, seen)
    report.total_passages = len(data.passages)
    report.written = True
