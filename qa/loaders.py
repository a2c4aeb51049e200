"""Loading articles from the corpus folder: one registry of loaders, one per file format.

A loader takes a path and returns a `Document`; it raises `BadFileError` with a reason a
user can act on. `scan_corpus` applies the checks that hold for every format (size, empty,
binary, duplicate content) and turns each bad file into one warning line, so that one broken
file never stops the others from being indexed.

Formats:
  .txt .md .markdown  UTF-8 text kept verbatim; optional YAML front matter gives metadata.
  .html .htm          the page's main text (trafilatura drops navigation, ads, scripts);
                      title, date and author from the page's metadata where present.
  .pdf                the text layer of every page (pypdf); title and date from the PDF's
                      document information where present. Scanned pages without a text
                      layer have no text and are skipped as empty.
For .txt/.md, `Document.text` is the file itself, so offsets point into the file. For HTML
and PDF it is the *extracted* text (paragraphs separated by a blank line, pages by a blank
line): offsets point into that text, which is what the UI shows and cites.
"""
from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import yaml

from .config import MB, Settings
from .documents import Document, date_problem
from .errors import BadFileError
from .text import counted

Loader = Callable[[Path], Document]
LOADERS: dict[str, Loader] = {}

# The block may be empty (`---` right after `---`: Jekyll's "no metadata") and may end the file.
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(?:(.*?)\r?\n)?---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
META_KEYS = ("title", "date", "author", "source")
LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# Parsers that log their complaints about malformed files; the loader reports one line itself.
NOISY_LOGGERS = ("trafilatura", "htmldate", "courlan", "pypdf")


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


class FrontMatterLoader(yaml.SafeLoader):
    """YAML as safe_load reads it, except that a timestamp stays the text it was written as.
    PyYAML builds a `datetime` from anything shaped like one and raises ValueError for a day
    not in the calendar (an unquoted `date: 2019-02-30`), which would skip the whole article;
    as text, the date is checked like any other (documents.date_problem) and only it is dropped."""


FrontMatterLoader.add_constructor("tag:yaml.org,2002:timestamp", yaml.SafeLoader.construct_yaml_str)


def split_front_matter(text: str, name: str) -> tuple[dict, int]:
    """YAML front matter between `---` lines at the top: (metadata, offset where the body starts)."""
    match = FRONT_MATTER.match(text)
    if not match:
        return {}, 0
    try:
        meta = yaml.load(match.group(1) or "", Loader=FrontMatterLoader) or {}
    except yaml.YAMLError:
        raise BadFileError(f"{name}: the front matter between the '---' lines is not valid YAML") from None
    if not isinstance(meta, dict):
        return {}, 0
    return meta, match.end()


# a date with a time of day ("2013-04-15 10:30:00", YAML's timestamp, the usual Jekyll/Hugo front
# matter): the day is the article's date
DATE_WITH_TIME = re.compile(r"(\d{4}-\d{2}-\d{2})[T ]\d{1,2}:\d{2}")


def document_from_text(path: Path, text: str, meta: dict | None = None, body_start: int = 0) -> Document:
    meta = {k: v for k, v in (meta or {}).items() if v is not None}
    if "date" in meta:
        with_time = DATE_WITH_TIME.match(str(meta["date"]).strip())
        meta["date"] = with_time.group(1) if with_time else meta["date"]
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


@register(".html", ".htm")
def load_html(path: Path) -> Document:
    """The page's main text, one paragraph per block; metadata from the page's head."""
    import trafilatura
    quiet_parsers()
    data = path.read_bytes()
    if b"\x00" in data[:8192]:
        raise BadFileError(f"{path.name}: looks like a binary file, not an HTML page")
    # extensive_search=False: a date only from the page's metadata, never guessed from its text.
    page = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False,
                                       date_extraction_params={"extensive_search": False, "original_date": True})
    if page is None or not (page.text or "").strip():
        raise BadFileError(f"{path.name}: no article text found in the page")
    text = paragraphs_text(extracted(page.text).splitlines())
    doc = document_from_text(path, text, {"title": page.title, "date": page.date,
                                          "author": page.author, "source": page.url or page.sitename})
    doc.title = doc.title or guess_title(text) or path.stem
    return doc


@register(".pdf")
def load_pdf(path: Path) -> Document:
    """The text layer of every page; pages (and blank-line paragraphs) separated by a blank line.

    Lines inside a page stay as pypdf gives them: cleaning re-joins soft-wrapped lines and
    words hyphenated at a line end, exactly as for plain text.
    """
    import pypdf
    quiet_parsers()
    try:
        reader = pypdf.PdfReader(path)
    except pypdf.errors.PdfReadError:
        raise BadFileError(f"{path.name}: not a readable PDF (damaged, or not really a PDF)") from None
    if reader.is_encrypted and not reader.decrypt(""):
        raise BadFileError(f"{path.name}: the PDF is password-protected; save an unprotected copy")
    pages = [page.extract_text() or "" for page in reader.pages]
    text = extracted("\n\n".join(p.strip("\n") for p in pages if p.strip()))
    if not text.strip():
        raise BadFileError(f"{path.name}: the PDF has no text layer (scanned images?); nothing to index")
    info = pdf_info(reader)
    doc = document_from_text(path, text, info)
    doc.title = doc.title or guess_title(text) or path.stem
    return doc


def pdf_info(reader) -> dict:
    """Title, author and creation date from the PDF's document information (any may be missing)."""
    try:
        meta = reader.metadata
        if meta is None:
            return {}
        created = meta.creation_date
        return {"title": meta.title, "author": meta.author,
                "date": created.date().isoformat() if created else None}
    except Exception:   # malformed metadata must not cost us the text
        return {}


def extracted(text: str) -> str:
    """Extracted text made safe to index: a broken font map or charset can leave NUL bytes and
    lone UTF-16 surrogates, which the tokenizer rejects (failing the whole update)."""
    return LONE_SURROGATE.sub("\ufffd", text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", ""))


def paragraphs_text(lines: list[str]) -> str:
    """Non-empty lines joined by blank lines: each extracted block stays its own paragraph."""
    return "\n\n".join(line.strip() for line in lines if line.strip())


def quiet_parsers() -> None:
    """Keep third-party parser warnings off stderr: a bad file gets one line, from scan_corpus."""
    for name in NOISY_LOGGERS:
        logging.getLogger(name).setLevel(logging.CRITICAL)


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


def listed(name: str) -> bool:
    """A file name the corpus folder is read for: visible, and not its README.md."""
    return not name.startswith(".") and name.lower() != "readme.md"


def corpus_files(corpus_dir: Path) -> list[Path]:
    """Every visible regular file in the corpus folder (not recursive), sorted by name."""
    return sorted(p for p in corpus_dir.iterdir() if p.is_file() and listed(p.name))


def broken_links(corpus_dir: Path) -> list[Path]:
    """Visible links in the corpus folder whose target is gone: corpus_files cannot see them as
    files, and an article the user put there must not vanish without a word."""
    return sorted(p for p in corpus_dir.iterdir() if p.is_symlink() and not p.exists() and not p.name.startswith("."))


def is_article_name(name: str) -> bool:
    """A file name corpus_files would read: visible, not README.md, of a supported type."""
    return listed(name) and Path(name).suffix.lower() in LOADERS


def folders_with_articles(corpus_dir: Path, limit: int = 20_000) -> list[tuple[str, int, bool]]:
    """(name, article files under it, more not counted) of each visible sub-folder that holds
    files corpus_files would read there: the corpus folder is not read recursively, and articles
    put in a sub-folder must not vanish without a word. Links to folders are not followed (a link
    to `.` or to /usr/share is no folder of articles put there), hidden folders are skipped, and
    at most `limit` files are looked at per folder (this runs at every scan)."""
    out = []
    for folder in sorted(p for p in corpus_dir.iterdir() if p.is_dir() and not p.is_symlink() and not p.name.startswith(".")):
        found = seen = 0
        for _, dirs, files in os.walk(folder):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            seen += len(files)
            found += sum(map(is_article_name, files))
            if seen >= limit:
                break
        if found:
            out.append((folder.name, found, seen >= limit))
    return out


def unread_folder(name: str, found: int, more: bool) -> str:
    """How a sub-folder of articles is named, at each scan and by `qa status`."""
    count = f"{found}+ article files" if more else counted(found, "article file")
    return f"folder {name}/ holds {count}, not read: only files directly in the corpus folder are indexed"


def load_document(path: Path, max_bytes: int = Settings.max_file_bytes) -> Document:
    """Load one file with its format's loader; BadFileError says why it cannot be used."""
    loader = LOADERS.get(path.suffix.lower())
    if loader is None:
        raise BadFileError(f"{path.name}: unsupported file type '{path.suffix or '(none)'}' "
                           f"(supported: {', '.join(supported_extensions())})")
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise BadFileError(f"{path.name}: too large ({size / MB:.1f} MB; the limit is {max_bytes / MB:g} MB)")
        if size == 0:
            raise BadFileError(f"{path.name}: empty file (no text to index)")
        doc = loader(path)
    except BadFileError:
        raise
    except OSError as exc:   # removed or made unreadable while we were scanning
        raise BadFileError(f"{path.name}: could not be read ({exc.strerror or type(exc).__name__})") from None
    except Exception as exc:  # a broken file in a third-party parser must not stop the corpus
        raise BadFileError(f"{path.name}: could not be read ({type(exc).__name__}: {one_line(str(exc))})") from None
    if not doc.body.strip():
        raise BadFileError(f"{path.name}: empty (no text to index)")
    return doc


def one_line(message: str, limit: int = 160) -> str:
    message = " ".join(message.split())
    return message if len(message) <= limit else message[:limit] + "…"


def scan_corpus(corpus_dir: str | Path, max_bytes: int = Settings.max_file_bytes,
                prefer: set[str] | frozenset[str] = frozenset()) -> ScanResult:
    """Load every article; collect one warning per skipped file instead of failing.

    Two files with the same content would give every answer twice, so only one is kept and
    the other is skipped with a warning naming both. The one kept is the one named in
    `prefer` (the indexer passes the articles already indexed: copying an article must not
    move its citations to the copy), else the first by name.
    """
    result = ScanResult()
    result.warnings += [f"skipped {p.name}: a link to a file that does not exist" for p in broken_links(Path(corpus_dir))]
    result.warnings += [unread_folder(*folder) for folder in folders_with_articles(Path(corpus_dir))]
    loaded: list[Document] = []
    for path in corpus_files(Path(corpus_dir)):
        try:
            doc = load_document(path, max_bytes)
        except BadFileError as exc:
            result.warnings.append(f"skipped {exc}")
            continue
        if doc.date and (why := date_problem(doc.date)):
            result.warnings.append(f"{doc.path}: its date {doc.date!r} {why}; indexed without one, so date filters "
                                   "leave it out")
            doc.date = ""
        loaded.append(doc)
    keeper: dict[str, str] = {}
    for doc in sorted(loaded, key=lambda d: (d.path not in prefer, d.path)):
        keeper.setdefault(doc.content_hash, doc.path)
    for doc in loaded:
        kept = keeper[doc.content_hash]
        if kept == doc.path:
            result.documents.append(doc)
        else:
            result.warnings.append(f"skipped {doc.path}: same content as {kept}")
    return result
