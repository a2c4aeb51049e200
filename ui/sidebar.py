"""The sidebar: what is indexed and the filters for the next question.

Index maintenance (updates and uploads) has its own module, ui/maintenance.py.
"""
from __future__ import annotations

import datetime as dt

import streamlit as st

from . import filters as filter_inputs
from . import markup


def built_at(value) -> str:
    try:
        return dt.datetime.fromtimestamp(float(value)).strftime("%Y-%m-%d %H:%M")
    except (TypeError, ValueError, OverflowError, OSError):
        return str(value or "unknown")


def plural(n: int, word: str) -> str:
    return word if n == 1 else word + "s"


def show_status(status: dict) -> None:
    articles = status["articles"]
    st.subheader("Indexed")
    st.markdown(f"**{len(articles)}** {plural(len(articles), 'article')} · "
                f"**{status['passages']}** {plural(status['passages'], 'passage')}")
    st.caption(f"Model {markup.label(status['model'] or 'unknown')} · built {built_at(status['built_at'])}")
    with st.expander("Articles"):
        for info in articles.values():
            line = " · ".join(x for x in (info.get("title"), info.get("date"), f"{info.get('passages', 0)} {plural(info.get('passages', 0), 'passage')}") if x)
            st.html(markup.block(markup.esc(line), "qa-article-line", "font-size: 0.85rem; margin-bottom: 0.3rem;"))


def choose_filters(status: dict) -> filter_inputs.FilterChoice:
    """Filter widgets; returns the Filters for the next question (and any input problems)."""
    articles = status["articles"]
    titles = {doc: " · ".join(x for x in (info.get("title") or doc, info.get("date")) if x)
              for doc, info in articles.items()}
    st.subheader("Filters")
    docs = st.multiselect("Only these articles", options=list(articles), format_func=lambda d: titles.get(d, d),
                          key="filter_docs", placeholder="All articles")
    left, right = st.columns(2)
    date_from = left.text_input("From date", key="filter_from", placeholder="e.g. 2007")
    date_to = right.text_input("To date", key="filter_to", placeholder="e.g. 2013-04")
    choice = filter_inputs.choose([d for d in docs if d in articles], date_from, date_to)
    for problem in choice.problems:
        st.warning(markup.label(problem))
    return choice
