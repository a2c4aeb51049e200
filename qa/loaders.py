"""Loading articles from the corpus folder: one registry of loaders, one per file format.

A loader takes a path and returns a `Document`; it raises `BadFileError` with a reason a
user can act on. `scan_corpus` applies the checks that hold for every format (size, empty,
binary, duplicate content) and turns each bad file into one warning line, so that one broken
file never stops the others from being indexed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import yaml

from .documents import Document
from .errors import BadFileError

Loader = Callable[[Path], Document]
LOADERS: dict[str, Loader] = {}

FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*\r?\n", re.DOTALL)
META_KEYS = ("title", "date", "author", "source")


def register(*extensions: str):
    """Decorator: make `fn` the loader for these file extensions."""
    def wrap(fn: Loader) -> Loader:
        for ext in extensions:
            LOADERS[ext.lower()] = fn
        return fn
    return wrap


def supported_extensions() -> list[str]:
    return sorted(LOADERS)


def decode_text(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM); anything else is rejected rather than guessed."""
    if b"\x00" in data[:8192]:
        raise BadFileError(f"{name}: looks like a binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BadFileError(f"{name}: not valid UTF-8 text (byte {exc.start}); save it as UTF-8") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def split_front_matter(text: str, name: str) -> tuple[dict, int]:
    """YAML front matter between `---` lines at the top: (metadata, offset where the body starts)."""
    match = FRONT_MATTER.match(text)
    if not match:
        return {}, 0
    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError:
        raise BadFileError(f"{name}: the front matter between the '---' lines is not valid YAML") from None
    if not isinstance(meta, dict):
        return {}, 0
    return meta, match.end()


def document_from_text(path: Path, text: str, meta: dict | None = None, body_start: int = 0) -> Document:
    meta = {k: v for k, v in (meta or {}).items() if v is not None}
    known = {k: str(meta.get(k, "")).strip() for k in META_KEYS}
    return Document(path=path.name, text=text, body_start=body_start,
                    extra={k: v for k, v in meta.items() if k not in META_KEYS}, **known)


@register(".txt", ".md", ".markdown")
def load_plain_text(path: Path) -> Document:
    """Plain text and Markdown, kept verbatim; optional YAML front matter gives metadata."""
    text = decode_text(path.read_bytes(), path.name)
    meta, body_start = split_front_matter(text, path.name)
    doc = document_from_text(path, text, meta, body_start)
    if not doc.title:
        doc.title = guess_title(doc.body) or path.stem
    return doc


def guess_title(body: str) -> str:
    """First Markdown heading, else the first short line: a fallback when no metadata is given."""
    for line in body.splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("#"):
            return line.lstrip("#").strip()
        return line if len(line) <= 100 and not line.endswith(".") else ""
    return ""


@dataclass
class ScanResult:
    documents: list[Document] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def corpus_files(corpus_dir: Path) -> list[Path]:
    """Every visible regular file in the corpus folder (not recursive), sorted by name."""
    return sorted(p for p in corpus_dir.iterdir()
                  if p.is_file() and not p.name.startswith(".") and p.name.lower() != "readme.md")


def load_document(path: Path, max_bytes: int) -> Document:
    """Load one file with its format's loader; BadFileError says why it cannot be used."""
    loader = LOADERS.get(path.suffix.lower())
    if loader is None:
        raise BadFileError(f"{path.name}: unsupported file type '{path.suffix or '(none)'}' "
                           f"(supported: {', '.join(supported_extensions())})")
    size = path.stat().st_size
    if size > max_bytes:
        raise BadFileError(f"{path.name}: too large ({size / 1e6:.1f} MB; the limit is {max_bytes / 1e6:.0f} MB)")
    try:
        doc = loader(path)
    except BadFileError:
        raise
    except Exception as exc:  # a broken file in a third-party parser must not stop the corpus
        raise BadFileError(f"{path.name}: could not be read ({type(exc).__name__}: {exc})") from None
    if not doc.body.strip():
        raise BadFileError(f"{path.name}: empty (no text to index)")
    return doc


def scan_corpus(corpus_dir: str | Path, max_bytes: int = 20 * 1024 * 1024) -> ScanResult:
    """Load every article; collect one warning per skipped file instead of failing."""
    result = ScanResult()
    seen: dict[str, str] = {}
    for path in corpus_files(Path(corpus_dir)):
        try:
            doc = load_document(path, max_bytes)
        except BadFileError as exc:
            result.warnings.append(f"skipped {exc}")
            continue
        digest = doc.content_hash
        if digest in seen:
            result.warnings.append(f"skipped {path.name}: same content as {seen[digest]}")
            continue
        seen[digest] = path.name
        result.documents.append(doc)
    return result
