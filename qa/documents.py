"""An article as loaded from the corpus folder, before cleaning."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


@dataclass
class Document:
    """One article.

    `text` is the decoded file (for .txt/.md exactly the file's characters; for formats that
    need extraction, the extracted text). Every offset the system reports refers to `text`.
    `body_start` is where the article body begins (after any front matter).
    """

    path: str                      # file name relative to the corpus folder; shown as `doc`
    text: str
    body_start: int = 0
    title: str = ""
    date: str = ""                 # ISO date, possibly partial: "2013-04-15", "2017-10"
    author: str = ""
    source: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def content_hash(self) -> str:
        """Hash of what gets indexed: a renamed file keeps it, an edited one changes it."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def body(self) -> str:
        return self.text[self.body_start:]

    def metadata(self) -> dict:
        return {"title": self.title, "date": self.date, "author": self.author, "source": self.source}
