"""The index on disk: written beside the old one, verified by checksums, swapped in one step.

Layout of an index folder:
    current -> v000007/        symlink, replaced atomically (rename of a new symlink)
    v000007/manifest.json      model, dimension, chunking, documents, checksums of every file
    v000007/passages.jsonl     one passage a line (text, doc, offsets, sentences)
    v000007/passages.faiss     FAISS IndexIDMap2 over inner product, ids = passage ids
    v000007/passage_vectors.npy, sentence_vectors.npy   the embeddings (reused by updates)
    v000007/bm25/              bm25s index over passage texts
    v000007/bm25_tokens.npz    each passage's analysed tokens (ids in bm25/'s vocabulary), so the
                               next update re-analyses only new passages (absent in older indexes)
    v000007/sentence_facts.jsonl   each passage's sentences' terms and typed spans, found at index
                               time (sentence_facts.py; absent in older indexes)
    .lock                      held by the one process writing
    corpus_files.json          the corpus files (name, size, mtime) the current version was last
                               brought in step with, for the cheap staleness check (below)

A reader resolves `current` once and loads that version; a writer never touches a published
version, so readers keep answering from the old index until the swap. A writer killed at any
moment (even SIGKILL) leaves the published version untouched and at most a `tmp-*` folder or
an unpublished `v*` folder behind, which the next writer removes. The manifest carries a
checksum of every other file and of itself, so a damaged or truncated file is reported (with
the fix) instead of giving wrong answers.

`corpus_files.json` lives outside the versions because it changes when the index does not: a
file touched or added but skipped (a duplicate, an unreadable file) is recorded by the update
that finds nothing to embed, so the staleness check stops warning about it without a new
version being written. It names the version it describes; a file that names another version
(written by an older `qa`, or left by a writer killed after publishing) is ignored, and it is
not checksummed: a lost or damaged one only makes the check fall back to comparing names.

Crash tests need to stop a writer at an exact step: `checkpoint(name)` marks those steps, and
with QA_PAUSE_AT=<name>[,<name>…] in the environment the writer announces the step on stderr
and sleeps there (QA_PAUSE_SECONDS, default 300) so the test can kill it at that point.
"""
from __future__ import annotations

import hashlib
import json
import mmap
import os
import shutil
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .chunking import Passage, PassageSentence
from .errors import CorruptIndexError, IndexBusyError, IndexMissingError, QAError

FORMAT_VERSION = 1
KEEP_VERSIONS = 2          # the current version and the one before (a reader may still be loading it)
REBUILD_HINT = "run `qa index --rebuild`"
TOKENS_FILE = "bm25_tokens.npz"
FACTS_FILE = "sentence_facts.jsonl"      # sentence_facts.passage_facts of each passage, in order
CORPUS_FILES = "corpus_files.json"
READ_ATTEMPTS = 3          # a reader whose version is pruned under it retries on the newer one


def checkpoint(name: str) -> None:
    """A named step of a write; pauses there when QA_PAUSE_AT names it (crash tests only)."""
    wanted = os.environ.get("QA_PAUSE_AT", "")
    if wanted and name in wanted.split(","):
        print(f"qa: paused at {name}", file=sys.stderr, flush=True)
        time.sleep(float(os.environ.get("QA_PAUSE_SECONDS", "300")))


@dataclass
class IndexData:
    """Everything one index version holds, in memory."""

    manifest: dict
    passages: list[Passage]
    passage_vectors: np.ndarray                  # (n, d) float32, row i ↔ passages[i]
    sentence_vectors: np.ndarray                 # (m, d) float32, sentences of all passages in order
    faiss_index: object = None
    bm25: object = None
    sentence_rows: list[int] = field(default_factory=list)   # first sentence row of each passage
    path: Path | None = None
    bm25_tokens: tuple[np.ndarray, np.ndarray] | None = None   # (ids, offsets) to write; see lexical.encode_tokens
    facts_lines: list[str] | None = None         # FACTS_FILE's lines to write, row i ↔ passages[i]

    def __post_init__(self):
        if not self.sentence_rows:
            rows, cursor = [], 0
            for p in self.passages:
                rows.append(cursor)
                cursor += len(p.sentences)
            self.sentence_rows = rows

    def sentence_matrix(self, row: int) -> np.ndarray:
        start = self.sentence_rows[row]
        return self.sentence_vectors[start:start + len(self.passages[row].sentences)]

    @property
    def documents(self) -> dict:
        return self.manifest["documents"]


# ---------------------------------------------------------------- passages (de)serialisation

def passage_to_json(p: Passage) -> str:
    return json.dumps({"id": p.id, "doc": p.doc, "position": p.position, "text": p.text,
                       "sentences": [[s.start, s.end, s.offset, len(s.text)] for s in p.sentences]},
                      ensure_ascii=False)


def passage_from_json(line: str) -> Passage:
    d = json.loads(line)
    text = d["text"]
    sentences = [PassageSentence(text[o:o + n], s, e, o) for s, e, o, n in d["sentences"]]
    return Passage(doc=d["doc"], position=d["position"], sentences=sentences, text=text, id=d["id"])


# ---------------------------------------------------------------- checksums

def file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def tree_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.name != "manifest.json")


def fsync_tree(folder: Path) -> None:
    """Flush every file and every folder entry: after a power cut the renamed version must
    hold what its manifest promises, not empty files."""
    for p in [folder, *folder.rglob("*")]:
        if p.is_file():
            with open(p, "rb") as f:
                os.fsync(f.fileno())
        elif p.is_dir():
            fsync_dir(p)


def fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# ---------------------------------------------------------------- writing

def write_version(index_dir: Path, data: IndexData) -> Path:
    """Write `data` as a new version and make it current. Caller holds the writer lock."""
    index_dir.mkdir(parents=True, exist_ok=True)
    tmp = index_dir / f"tmp-{uuid.uuid4().hex[:12]}"
    tmp.mkdir()
    try:
        manifest = write_files(tmp, data)
        checkpoint("tmp-written")
        final = index_dir / next_version_name(index_dir)
        os.rename(tmp, final)
    except BaseException:       # includes Ctrl-C: leave nothing half-written behind
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    checkpoint("renamed")
    publish(index_dir, final.name)
    checkpoint("published")
    data.manifest, data.path = manifest, final
    prune(index_dir)
    return final


def write_files(folder: Path, data: IndexData) -> dict:
    """Every file of one version, then the manifest (checksums of all), all flushed to disk."""
    import faiss
    with open(folder / "passages.jsonl", "w", encoding="utf-8") as f:
        for p in data.passages:
            f.write(passage_to_json(p) + "\n")
    np.save(folder / "passage_vectors.npy", data.passage_vectors)
    np.save(folder / "sentence_vectors.npy", data.sentence_vectors)
    faiss.write_index(data.faiss_index, str(folder / "passages.faiss"))
    data.bm25.save(str(folder / "bm25"))
    if data.bm25_tokens is not None:
        ids, offsets = data.bm25_tokens
        np.savez(folder / TOKENS_FILE, ids=ids, offsets=offsets)
    if data.facts_lines is not None:
        with open(folder / FACTS_FILE, "w", encoding="utf-8") as f:
            f.writelines(line + "\n" for line in data.facts_lines)
    manifest = dict(data.manifest, format_version=FORMAT_VERSION, built_at=time.time(),
                    checksums={str(p.relative_to(folder)): file_digest(p) for p in tree_files(folder)})
    manifest["manifest_checksum"] = manifest_digest(manifest)
    (folder / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    fsync_tree(folder)
    return manifest


def manifest_digest(manifest: dict) -> str:
    """Checksum of the manifest's content (without this field): a damaged manifest is caught too."""
    body = {k: v for k, v in manifest.items() if k != "manifest_checksum"}
    return hashlib.sha256(json.dumps(body, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


def next_version_name(index_dir: Path) -> str:
    numbers = [int(p.name[1:]) for p in index_dir.glob("v[0-9]*") if p.name[1:].isdigit()]
    return f"v{max(numbers, default=0) + 1:06d}"


ASIDE_PREFIX = "tmp-current-"     # a copied `current` folder publish moved aside (also a tmp- leftover)


def publish(index_dir: Path, version: str) -> None:
    """Point `current` at `version` in one atomic rename. A `current` that is a folder, not a
    link (an index copied with `cp -rL`, which copies what links point to), cannot be renamed
    over: it is moved aside first and removed once the link stands; interrupted in between, it is
    put back here, or by the next writer's prune if this one was killed outright."""
    link = index_dir / f".current-{uuid.uuid4().hex[:8]}"
    current = index_dir / "current"
    os.symlink(version, link)
    aside = None
    try:
        if current.is_dir() and not current.is_symlink():
            aside = index_dir / f"{ASIDE_PREFIX}{uuid.uuid4().hex[:12]}"
            os.rename(current, aside)
        os.replace(link, current)
    except BaseException:
        link.unlink(missing_ok=True)
        if aside is not None and not os.path.lexists(current):
            os.rename(aside, current)     # interrupted: readers keep finding the copied folder
        raise
    if aside is not None:
        shutil.rmtree(aside, ignore_errors=True)
    fsync_dir(index_dir)


def prune(index_dir: Path) -> None:
    """Remove what killed writers left and all but the newest KEEP_VERSIONS published versions.

    Caller holds the writer lock, so a `tmp-*` folder or a version newer than `current` can
    only be the leftover of a writer that died before publishing it.
    """
    aside = sorted(index_dir.glob(f"{ASIDE_PREFIX}*"))
    if aside and not os.path.lexists(index_dir / "current"):
        os.rename(aside[0], index_dir / "current")     # a publish killed between its two renames
    current = current_version(index_dir)
    for p in index_dir.glob("tmp-*"):
        shutil.rmtree(p, ignore_errors=True)
    for p in [*index_dir.glob(".current-*"), *index_dir.glob(f".{CORPUS_FILES}-*")]:
        p.unlink(missing_ok=True)
    versions = sorted(p for p in index_dir.glob("v[0-9]*") if p.is_dir() and p.name[1:].isdigit())
    if current is None:                 # nothing published: no reader can be using any of them
        orphans, versions = versions, []
    elif not (index_dir / "current").is_symlink():
        orphans = []                    # a folder copied in place of the link (cp -rL): no version is newer
    else:
        orphans = [p for p in versions if p.name > current.name]
        versions = [p for p in versions if p.name <= current.name]
    for p in orphans + versions[:-KEEP_VERSIONS]:
        shutil.rmtree(p, ignore_errors=True)


def current_version(index_dir: Path) -> Path | None:
    link = index_dir / "current"
    if not link.is_symlink() and not link.exists():
        return None
    return (index_dir / os.readlink(link)) if link.is_symlink() else link


def link_identity(index_dir: Path) -> tuple[int, int] | None:
    """Which `current` link this is (inode, change time): every publish makes a new one, so a
    server can tell with one stat whether to reload, even when a rebuilt-from-scratch index
    reuses a version name."""
    try:
        st = os.lstat(index_dir / "current")
    except OSError:
        return None
    return st.st_ino, st.st_ctime_ns


def write_corpus_files(index_dir: Path, manifest: dict, version: str, files: dict[str, list[int]]) -> None:
    """Record `files` (name → [size, mtime_ns]) as what `version` was brought in step with.
    Caller holds the writer lock; the file is replaced in one rename, so a reader sees the old
    record or the new one."""
    record = {"version": version, "built_at": manifest.get("built_at"), "files": files}
    tmp = index_dir / f".{CORPUS_FILES}-{uuid.uuid4().hex[:8]}"
    tmp.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, index_dir / CORPUS_FILES)


def read_corpus_files(data: IndexData) -> dict[str, list[int]] | None:
    """The corpus files recorded for the loaded version `data`; None when there is no usable
    record for it (see the module note)."""
    if data.path is None:
        return None
    try:
        record = json.loads((data.path.parent / CORPUS_FILES).read_text(encoding="utf-8"))
        files = record["files"]
        # a copy made with `cp -rL` holds the version as a folder named `current`: built_at tells it
        mine = (record["version"] == data.path.name or data.path.name == "current") \
            and record["built_at"] == data.manifest.get("built_at")
    except (OSError, ValueError, TypeError, KeyError):
        return None
    return files if mine and isinstance(files, dict) else None


# ---------------------------------------------------------------- reading

def read_manifest(index_dir: Path, version: Path | None = None) -> dict | None:
    """The manifest of `version` (default: the current one), or None when there is no index yet."""
    version = version or current_version(index_dir)
    if version is None:
        return None
    try:
        manifest = json.loads((version / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise CorruptIndexError(f"index at {index_dir}: manifest missing or unreadable; {REBUILD_HINT}") from None
    if not isinstance(manifest, dict) or manifest.get("manifest_checksum", manifest_digest(manifest)) != manifest_digest(manifest):
        raise CorruptIndexError(f"index at {index_dir}: manifest is damaged (checksum mismatch); {REBUILD_HINT}")
    return manifest


def verify(version: Path, manifest: dict) -> None:
    """Every file the manifest lists is there with its checksum (a missing one may also have
    been pruned while we read: read_index then retries on the newer version)."""
    for name, digest in manifest.get("checksums", {}).items():
        if name == FACTS_FILE:
            continue                # optional: read_facts_lines checks it, and without it nothing is wrong
        try:
            actual = file_digest(version / name)
        except OSError:
            raise CorruptIndexError(f"index at {version.parent}: file {name} is missing; {REBUILD_HINT}") from None
        if actual != digest:
            raise CorruptIndexError(f"index at {version.parent}: file {name} is damaged (checksum mismatch); {REBUILD_HINT}")


def check_index_folder(index_dir: Path) -> None:
    """QAError when `index_dir` is something other than a folder (a file given as --index by
    mistake): reading would say "no index; build it with `qa index`", and building would fail
    with FileExistsError, neither of which tells the user what is wrong."""
    if index_dir.exists() and not index_dir.is_dir():
        raise QAError(f"the index folder {index_dir} is a file, not a folder; name a folder for the index "
                      f"(it is created if missing)")


def read_index(index_dir: str | Path) -> IndexData:
    """Load the current version, checking every file against the manifest's checksums.

    `current` is resolved once, so manifest and files come from the same version. Should that
    version vanish while it is read (two updates published meanwhile, and the older pruned),
    the read starts over on the version that is current now.
    """
    index_dir = Path(index_dir)
    check_index_folder(index_dir)
    for attempt in range(READ_ATTEMPTS):
        version = current_version(index_dir)
        try:
            return read_version(index_dir, version)
        except CorruptIndexError:
            now = current_version(index_dir)
            if attempt + 1 == READ_ATTEMPTS or now is None or version is None or now.name == version.name:
                raise
    raise AssertionError("unreachable")


def read_version(index_dir: Path, version: Path | None) -> IndexData:
    import bm25s
    import faiss

    manifest = read_manifest(index_dir, version) if version is not None else None
    if manifest is None:
        raise IndexMissingError(f"no index at {index_dir}; build it with `qa index --index {index_dir}`")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise CorruptIndexError(f"index at {index_dir} has format {manifest.get('format_version')}, "
                                f"this version reads {FORMAT_VERSION}; {REBUILD_HINT}")
    verify(version, manifest)
    try:
        with open(version / "passages.jsonl", encoding="utf-8") as f:
            passages = [passage_from_json(line) for line in f]
        data = IndexData(
            manifest=manifest, passages=passages,
            passage_vectors=np.load(version / "passage_vectors.npy"),
            sentence_vectors=np.load(version / "sentence_vectors.npy"),
            faiss_index=faiss.read_index(str(version / "passages.faiss")),
            bm25=bm25s.BM25.load(str(version / "bm25")),
            path=version)
    except Exception as exc:
        raise CorruptIndexError(f"index at {index_dir} cannot be read ({type(exc).__name__}); {REBUILD_HINT}") from None
    attach_metadata(data)
    return data


def read_bm25_tokens(data: IndexData) -> tuple[np.ndarray, np.ndarray] | None:
    """The stored passage tokens of a version read by read_index, as (ids, offsets) in its BM25
    vocabulary; None when it has none (written before they were stored) or they do not fit its
    passages: the caller then analyses the passages again. Their checksum was verified with
    every other file when read_index loaded the version, which is never changed afterwards."""
    if data.path is None or TOKENS_FILE not in data.manifest.get("checksums", {}):
        return None
    try:
        with np.load(data.path / TOKENS_FILE, allow_pickle=False) as stored:
            ids, offsets = stored["ids"], stored["offsets"]
    except Exception:           # unreadable in any way: analysing again is always correct
        return None
    if offsets.ndim != 1 or len(offsets) != len(data.passages) + 1 or offsets[0] != 0 or offsets[-1] != len(ids):
        return None
    return ids, offsets


class FactsLines:
    """The facts file's line of each passage id, read from the mapped file when asked for: a
    large index's facts stay on disk (and out of memory) until a passage is looked at."""

    def __init__(self, path: Path, ids: list[int]):
        with open(path, "rb") as f:
            self.data = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        ends = np.flatnonzero(np.frombuffer(self.data, dtype=np.uint8) == ord("\n"))
        if len(ends) != len(ids):
            raise ValueError("one line a passage")
        self.starts = np.concatenate([[0], ends[:-1] + 1])
        self.ends = ends
        self.ids = np.asarray(ids, dtype=np.int64)
        self.order = np.argsort(self.ids, kind="stable")

    def get(self, pid: int) -> str | None:
        at = int(np.searchsorted(self.ids, pid, sorter=self.order))
        if at == len(self.ids) or self.ids[self.order[at]] != pid:
            return None
        row = self.order[at]
        return self.data[self.starts[row]:self.ends[row]].decode("utf-8", errors="replace")


def read_facts_lines(data: IndexData) -> FactsLines | None:
    """The stored sentence facts of a version read by read_index, one line per passage; None
    when it has none (written before they were stored), or the file is missing, damaged (its
    checksum, which `verify` leaves to this function) or does not fit its passages: the
    sentences are then analysed when first looked at, and the next update writes them again."""
    digest = data.manifest.get("checksums", {}).get(FACTS_FILE) if data.path is not None else None
    if digest is None:
        return None
    path = data.path / FACTS_FILE
    try:
        if file_digest(path) != digest or path.stat().st_size == 0:
            return None
        return FactsLines(path, [p.id for p in data.passages])
    except (OSError, ValueError):
        return None


def attach_metadata(data: IndexData) -> None:
    """Give each passage its document's title/date/author/source (kept once, in the manifest)."""
    for p in data.passages:
        p.metadata = data.documents.get(p.doc, {}).get("metadata", {})


# ---------------------------------------------------------------- a first update that failed

def first_missing(folder: Path) -> Path | None:
    """The outermost folder on the way to `folder` that does not exist yet (None: it exists),
    i.e. what creating `folder` would add."""
    missing = None
    for p in [folder, *folder.parents]:
        if p.exists() or p.is_symlink():
            break
        missing = p
    return missing


def remove_unused(index_dir: Path, created: Path | None) -> None:
    """Undo what a failed first update made: the lock file it created in `index_dir`, and the
    folders from `index_dir` up to `created` (first_missing before it ran) as far as they are
    empty. Anything else there is left alone.

    A writer that started meanwhile and waits for the lock could lose it (or the folder) under
    it; that needs two first builds of one folder at once, and the folder holds no index yet."""
    try:
        (index_dir / ".lock").unlink(missing_ok=True)
        folder = index_dir
        while created is not None:
            folder.rmdir()                 # OSError when not empty: stop there
            if folder == created:
                return
            folder = folder.parent
    except OSError:
        return


# ---------------------------------------------------------------- the writer lock

class WriterLock:
    """One writer at a time per index folder; a second one says so, then waits up to `timeout` s.

    The lock is an OS file lock (flock): a writer killed even with SIGKILL releases it.
    """

    def __init__(self, index_dir: Path, timeout: float = 600, log=lambda _: None):
        from filelock import FileLock
        index_dir.mkdir(parents=True, exist_ok=True)
        self.index_dir = index_dir
        self.timeout = timeout
        self.log = log
        self.lock = FileLock(str(index_dir / ".lock"))

    def __enter__(self):
        from filelock import Timeout
        try:
            self.lock.acquire(timeout=0)
        except Timeout:
            self.log(f"another process is writing the index at {self.index_dir}; waiting up to {self.timeout:g} s")
            try:
                self.lock.acquire(timeout=self.timeout)
            except Timeout:
                raise IndexBusyError(f"another process is writing the index at {self.index_dir}; "
                                     f"try again when it ends") from None
        return self

    def __exit__(self, *exc):
        self.lock.release()
