"""The chat over the articles: `streamlit run ui/app.py` (scripts/run does this).

A thin shell over `qa.assistant.Assistant`: every answer, citation, filter, index update and
upload goes through the library's public API, so anything the page can do can also be done
(and is tested) from Python. This file only lays out the page for one script run:
sidebar (status, filters, maintenance), the conversation so far, and the question box.
Index updates run in the background (ui/updates.py), so a question asked meanwhile, a reload
or a closed tab never stops one.

Folders: QA_INDEX / QA_CORPUS (defaults index/ and corpus/). Failures a user can act on
(no index yet, corrupt index, bad upload) are shown as one message with a way forward;
anything unexpected is one message too, with the traceback only in the server log.
"""
from __future__ import annotations

import logging
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `streamlit run ui/app.py` puts ui/ on the path, not the repo
    sys.path.insert(0, str(ROOT))

import streamlit as st  # noqa: E402

st.set_page_config(page_title="Ask the articles", page_icon="📰", layout="centered")

from qa.errors import IndexMissingError, QAError  # noqa: E402
from qa.retrieval import Filters  # noqa: E402
from ui import answer_view, maintenance, markup, sidebar  # noqa: E402
from ui.filters import describe  # noqa: E402
from ui.resources import Shared, places, shared  # noqa: E402

log = logging.getLogger("qa.ui")


def read_status(sh: Shared) -> tuple[dict | None, QAError | None]:
    """The index status, or the error saying why there is no usable index."""
    try:
        return sh.assistant.status(), None
    except QAError as exc:
        return None, exc


REBUILD_LABEL = "Rebuild index"
CLI_ADVICE = re.compile(r"run `qa index[^`]*`")


def as_this_page(message: str, button: str) -> str:
    """The library's advice to run `qa index …` said as this page's own button, which is right
    below the message ("… is damaged; run `qa index --rebuild`" → "…; press “Rebuild index” below")."""
    return CLI_ADVICE.sub(f"press “{button}” below", message)


def no_index(sh: Shared, problem: QAError) -> None:
    """Instead of a chat: what is wrong with the index, and a button that fixes it (or, while
    an update runs, that questions can be asked when it has finished)."""
    index_dir, corpus_dir = places()
    missing = isinstance(problem, IndexMissingError)
    if missing:
        st.info(markup.label(f"There is no index yet at {index_dir}. Build it from the articles in "
                             f"{corpus_dir} to start asking questions."))
    else:
        st.error(markup.label(as_this_page(str(problem), REBUILD_LABEL)))
    if sh.updates.pending():
        st.info("The index is being built. You can ask questions when it is ready; "
                "its progress is shown in the sidebar.")
    elif st.button("Build index" if missing else REBUILD_LABEL, type="primary"):
        maintenance.start_update(sh, rebuild=not missing)


def answer_entry(sh: Shared, question: str, history: list, filters: Filters, titles: dict) -> dict:
    """Ask the library; the session stores the result (Answer or message) as one chat turn."""
    try:
        sh.wait_for_model()
        answer = sh.assistant.ask(question, history=history, filters=filters)
    except QAError as exc:
        return {"role": "assistant", "error": str(exc)}
    except Exception as exc:  # one message in the page; the traceback goes to the server log
        log.exception("answering %r failed", question)
        return {"role": "assistant", "error": f"Something went wrong while answering ({type(exc).__name__}: {exc}). "
                                              "The details are in the server log."}
    return {"role": "assistant", "answer": answer, "note": describe(filters, titles)}


def conversation(sh: Shared, ready: bool, filters: Filters, titles: dict) -> None:
    messages = st.session_state.messages
    for turn, entry in enumerate(messages):
        if entry["role"] == "user":
            answer_view.show_question(entry["text"])
        else:
            answer_view.show_entry(entry, turn, sh.assistant)
    prompt = st.chat_input("Ask a question about the articles", disabled=not ready, key="question",
                           max_chars=sh.assistant.settings.max_question_chars)
    if not prompt:
        return
    history = [m["answer"] for m in messages if "answer" in m]   # earlier Answers, for follow-ups
    messages.append({"role": "user", "text": prompt})
    answer_view.show_question(prompt)
    turn = len(messages)
    with st.chat_message("assistant"):
        with st.spinner("Reading the articles…"):
            entry = answer_entry(sh, prompt, history, filters, titles)
        messages.append(entry)
        answer_view.show_entry_body(entry, turn, sh.assistant)


def main() -> None:
    st.title("Ask the articles")
    st.caption("Answers are sentences copied from the articles, each with its source.")
    try:
        sh = shared()
    except QAError as exc:
        st.error(markup.label(str(exc)))
        return
    st.session_state.setdefault("messages", [])

    with st.sidebar:
        status_area, filter_area, maintenance_area = st.container(), st.container(), st.container()
    status, problem = read_status(sh)
    with maintenance_area:  # first: an update changes what the status and the filters describe
        if maintenance.panel(sh, ready=status is not None):
            status, problem = read_status(sh)

    filters, titles = Filters(), {}
    if status is not None:
        titles = {doc: info.get("title") or doc for doc, info in status["articles"].items()}
        with status_area:
            sidebar.show_status(status)
        with filter_area:
            filters = sidebar.choose_filters(status).filters
            if st.button("New conversation", disabled=not st.session_state.messages):
                st.session_state.messages = []
    else:
        no_index(sh, problem)
    conversation(sh, status is not None, filters, titles)
    sh.start_model_load()  # after the page is out: the model loads while the reader types


try:
    main()
except Exception as exc:  # a bug, not a user error: one line on the page, the traceback in the log
    log.exception("the page failed")
    st.error(markup.label(f"Something went wrong ({type(exc).__name__}: {exc}). The details are in the server log."))
