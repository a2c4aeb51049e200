"""An article as loaded from the corpus folder, before cleaning."""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field

DATE_FORMATS = "YYYY, YYYY-MM or YYYY-MM-DD"
PARTIAL_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def date_problem(value: str) -> str:
    """What is wrong with `value` as an article date or a date bound ('' when nothing is): the
    ISO forms, possibly partial, that dates compare by as text ("2007" ≤ "2007-12-03"), and a day
    that exists ("2013-02-30" is refused, not read as March). One rule for the front matter
    (loaders), the CLI's and the app's filters (retrieval.Filters, ui/filters.py)."""
    if not PARTIAL_DATE.fullmatch(value):
        return f"is not a date: write it as {DATE_FORMATS} (e.g. 2013 or 2013-04-14)"
    year, month, day = (int(x) for x in (value + "-01-01")[:10].split("-"))
    try:
        dt.date(year, month, day)
    except ValueError:
        return f"is not a date in the calendar: write it as {DATE_FORMATS} (e.g. 2013 or 2013-04-14)"
    return ""


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
