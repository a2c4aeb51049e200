"""From the sidebar's filter inputs to `qa.retrieval.Filters`, with messages for bad input.

`Filters` compares ISO dates as string prefixes ("2007" ≤ "2007-12-03"), which is only right
for well-formed partial dates: "2007-1" or "12/2007" would silently filter the wrong
articles. So the UI accepts only what qa.documents.date_problem accepts (YYYY, YYYY-MM or
YYYY-MM-DD, a real day; the CLI's rule too) and says so otherwise, instead of guessing.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from qa.documents import date_problem
from qa.retrieval import Filters


@dataclass
class FilterChoice:
    filters: Filters
    problems: list[str] = field(default_factory=list)   # one message per input that was ignored


def parse_date(value: str, what: str, problems: list[str]) -> str:
    value = (value or "").strip()
    why = date_problem(value) if value else ""
    if why:
        problems.append(f"{what} date '{value}' is ignored: it {why}")
        return ""
    return value


def choose(docs: list[str] | None, date_from: str, date_to: str) -> FilterChoice:
    """Filters for ask(); an unusable input is left out and reported, never guessed."""
    problems: list[str] = []
    lo = parse_date(date_from, "From", problems)
    hi = parse_date(date_to, "To", problems)
    if lo and hi and lo[:len(hi)] > hi:
        problems.append(f"the date range {lo} – {hi} is empty; the dates are ignored")
        lo = hi = ""
    return FilterChoice(Filters(docs=set(docs) if docs else None, date_from=lo, date_to=hi), problems)


def describe(filters: Filters | None, titles: dict[str, str]) -> str:
    """One line saying what an answer was restricted to ('' when it was not)."""
    if not filters:
        return ""
    parts = []
    if filters.docs:
        names = sorted(titles.get(d, d) for d in filters.docs)
        parts.append("only " + "; ".join(names))
    if filters.date_from or filters.date_to:
        parts.append("dated " + filters.date_span())
    return "Searched " + ", ".join(parts)
