"""Adding an article to the corpus folder from bytes (an upload), safely.

The chat UI lets anyone with the page add a file to the corpus, so everything about the
file is untrusted: its name may try to escape the folder (`../../etc/x.txt`), hide itself
(`.x.txt`, which the indexer ignores), carry an extension no loader reads, be huge, or not
be text at all. `add_article` checks all of that *before* the file becomes visible in the
corpus folder, so that a rejected upload never leaves a half-written or unreadable article
for the next index update to trip over, and an existing article is only replaced when the
caller asked for it. The checks live here, not in the UI, so that they are the same for every
shell and can be tested without a browser.
"""
from __future__ import annotations

import os
import re
import shutil
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .config import MB, Settings
from .errors import BadFileError, QAError
from .loaders import corpus_files, load_document, supported_extensions

MAX_NAME_CHARS = 120
# Letters, digits (any script), and a few separators; everything else becomes "-".
UNSAFE_CHARS = re.compile(r"[^\w.\- ]+", re.UNICODE)
# Names the corpus scanner skips on purpose; an upload under such a name would never be indexed.
IGNORED_NAMES = {"readme.md"}


class UploadError(QAError):
    """An uploaded file was not added; the message says why and what to do."""


class NameTaken(UploadError):
    """An article with the upload's name is already in the corpus, and replacing it was not asked."""


class DuplicateUpload(UploadError):
    """The upload's content is already in the corpus under another article: adding it would make
    the indexer skip it with a warning on every update, and every answer could cite either."""


@dataclass
class AddedArticle:
    path: Path          # where the article now lives in the corpus folder
    title: str          # as the loader read it (front matter, heading or file name)
    replaced: bool      # an article of the same name was overwritten (only when asked)


def safe_filename(filename: str) -> str:
    """The upload's name reduced to one harmless file name inside the corpus folder.

    Directory parts (either slash) are dropped rather than rejected: browsers send bare
    names, so a path here is either a quirk of some client or an attack, and in both cases
    the last component is what the user meant. Control and shell-special characters become
    "-", leading dots are removed (hidden files are never indexed), and the stem is
    shortened so the name stays usable on every file system.
    """
    name = unicodedata.normalize("NFC", str(filename or ""))
    name = name.replace("\\", "/").split("/")[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C")
    name = UNSAFE_CHARS.sub("-", name)
    name = re.sub(r"\s+", " ", name).strip(" .-")
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    stem = stem.strip(" .-")[: MAX_NAME_CHARS].rstrip(" .-")
    if not stem:
        raise UploadError(f"'{filename}' is not a usable file name; rename the file (e.g. my-article.txt) and try again")
    return f"{stem}.{ext.lower()}" if ext else stem


def add_article(corpus_dir: str | Path, filename: str, data: bytes, overwrite: bool = False,
                max_bytes: int | None = None, indexed_hashes: dict[str, str] | None = None) -> AddedArticle:
    """Validate an uploaded file and place it in `corpus_dir`; raise UploadError if it is unusable.

    The file is written to a hidden staging folder inside the corpus folder (same file system,
    ignored by the scanner), loaded there with the real loader for its format (so decoding,
    front matter and emptiness are judged exactly as the indexer will judge them), and only
    then linked into place: `os.link` fails atomically if the name is taken, so two uploads
    racing for one name cannot silently overwrite each other.

    Content already in the corpus is refused (DuplicateUpload), as the indexer would judge it:
    the loaded text's hash against `indexed_hashes` (hash → article name, the index's records;
    Assistant.add_article passes them), and byte for byte against files not indexed yet.
    """
    corpus = Path(corpus_dir)
    if not corpus.is_dir():
        raise UploadError(f"corpus folder {corpus} does not exist; create it first")
    limit = Settings().max_file_bytes if max_bytes is None else max_bytes
    name = safe_filename(filename)
    ext = Path(name).suffix.lower()
    allowed = supported_extensions()
    if ext not in allowed:
        raise UploadError(f"{name}: file type '{ext or '(none)'}' is not supported; "
                          f"upload one of: {', '.join(allowed)}")
    if name.lower() in IGNORED_NAMES:
        raise UploadError(f"{name}: this name is reserved for the corpus folder's own notes; rename the file")
    if len(data) > limit:
        raise UploadError(f"{name}: too large ({len(data) / MB:.1f} MB; the limit is {limit / MB:g} MB)")
    if not data.strip():
        raise UploadError(f"{name}: the file is empty")
    target = corpus / name
    if Path(name).name != name or name in (".", ".."):  # belt and braces after sanitising
        raise UploadError(f"{name}: not a plain file name inside the corpus folder")
    exists = target.exists() or target.is_symlink()
    if exists and not overwrite:
        raise NameTaken(f"{name}: an article with this name is already in the corpus; "
                        f"choose to replace it or rename the file")
    if exists and not target.is_file():
        raise UploadError(f"{name}: something that is not an article already has this name in the corpus")

    staging = Path(tempfile.mkdtemp(prefix=".upload-", dir=corpus))
    try:
        staged = staging / name
        staged.write_bytes(data)
        try:
            doc = load_document(staged, limit)
        except BadFileError as exc:
            raise UploadError(str(exc)) from None
        twin = duplicate_of(corpus, doc.content_hash, data, indexed_hashes or {})
        if twin:
            raise DuplicateUpload(f"{name} was not added: the same content is already in the corpus as {twin}. "
                                  "Nothing changed.")
        place(staged, target, overwrite)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return AddedArticle(path=target, title=doc.title, replaced=exists)


def duplicate_of(corpus: Path, content_hash: str, data: bytes, indexed_hashes: dict[str, str]) -> str:
    """The article in the corpus whose content the upload repeats ('' if none): an indexed one
    with the same text hash still in the folder, or a file not indexed yet with the same bytes."""
    twin = indexed_hashes.get(content_hash, "")
    if twin and (corpus / twin).is_file():
        return twin
    indexed = set(indexed_hashes.values())
    for path in corpus_files(corpus):
        if path.name not in indexed and path.stat().st_size == len(data) and path.read_bytes() == data:
            return path.name
    return ""


def place(staged: Path, target: Path, overwrite: bool) -> None:
    """Move the validated file into the corpus; without `overwrite`, never replace anything."""
    if overwrite:
        os.replace(staged, target)
        return
    taken = NameTaken(f"{target.name}: an article with this name was just added by someone else; "
                      f"choose to replace it or rename the file")
    try:
        os.link(staged, target)         # atomic: fails if the name exists
    except FileExistsError:
        raise taken from None
    except OSError:                     # no hard links on this file system: exclusive create instead
        try:
            with open(target, "xb") as out:
                out.write(staged.read_bytes())
        except FileExistsError:
            raise taken from None
