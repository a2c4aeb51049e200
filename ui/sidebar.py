"""The sidebar: what is indexed, the filters for the next question, and index maintenance.

Maintenance runs in the clicking session's own script run, with a live progress bar; the
index it writes is published atomically by the library, so other sessions keep answering
from the old index until their next question picks up the new one. What a maintenance
action reported is kept in the session (`notice`) so that it stays readable after the
rerun that redraws the page with the new index.
"""
from __future__ import annotations

import datetime as dt

import streamlit as st

from qa.errors import QAError
from qa.loaders import supported_extensions
from qa.uploads import add_article

from . import filters as filter_inputs
from . import markup
from .resources import Shared


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


def run_update(shared: Shared, rebuild: bool = False, before: str = "") -> bool:
    """Update (or build) the index with live progress; leaves a notice; True if it worked."""
    title = "Rebuilding the index" if rebuild else "Updating the index"
    with st.status(f"{title}…", expanded=True) as box:
        bar = st.progress(0.0, text="Reading the articles…")

        def progress(done: int, total: int) -> None:
            bar.progress(min(1.0, done / total) if total else 1.0, text=f"Embedding {done} of {total} texts")

        def log(line: str) -> None:
            st.html(markup.plain(line, "qa-log"))

        try:
            shared.wait_for_model()
            report = shared.assistant.update_index(rebuild=rebuild, progress=progress, log=log)
        except QAError as exc:
            message = f"{before}The index was not updated: {exc}"
            st.error(markup.label(message))   # here, where the action was started ...
            box.update(label="The index was not updated", state="error", expanded=True)
            st.session_state.notice = ("error", message, [])   # ... and in the sidebar after reruns
            return False
        bar.progress(1.0, text="Done")
        box.update(label="Index updated" if report.written else "Index already up to date",
                   state="complete", expanded=False)
    st.session_state.notice = ("success", f"{before}{report.summary()}", list(report.warnings))
    return True


def show_notice() -> None:
    notice = st.session_state.get("notice")
    if not notice:
        return
    kind, text, warnings = notice
    (st.error if kind == "error" else st.success)(markup.label(text))
    for warning in warnings:
        st.warning(markup.label(warning))


def maintenance(shared: Shared, ready: bool) -> bool:
    """Update and upload controls; True when the index may have changed (status must be re-read)."""
    st.subheader("Maintenance")
    notice_area = st.container()   # results go above the controls, where they are seen
    changed = acted = False
    if ready and st.button("Update index", help="Index new, changed and removed articles (incremental)"):
        changed = acted = run_update(shared) or True
    with st.form("upload", clear_on_submit=True, border=False):
        exts = supported_extensions()
        upload = st.file_uploader(f"Add an article ({', '.join(exts)})", type=[e.lstrip(".") for e in exts],
                                  key="upload_file")
        replace = st.checkbox("Replace an article with the same name", key="upload_replace")
        submitted = st.form_submit_button("Add to corpus and index")
    if submitted:
        acted = True
        if upload is None:
            st.session_state.notice = ("error", "Choose a file to add first.", [])
        else:
            changed = add_and_index(shared, upload.name, upload.getvalue(), replace) or changed
    if acted:  # also in a toast: the sidebar may be scrolled away from the notice
        kind, text, _ = st.session_state.notice
        st.toast(markup.label(text), icon="⚠️" if kind == "error" else "✅")
    with notice_area:
        show_notice()
    return changed


def add_and_index(shared: Shared, name: str, data: bytes, replace: bool) -> bool:
    try:
        added = add_article(shared.assistant.corpus_dir, name, data, overwrite=replace)
    except QAError as exc:
        st.session_state.notice = ("error", str(exc), [])
        return False
    verb = "Replaced" if added.replaced else "Added"
    return run_update(shared, before=f"{verb} {added.path.name} ({added.title}). ")
