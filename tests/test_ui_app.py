"""The Streamlit app, run in-process with streamlit.testing's AppTest against real indexes.

No mocks: the real model, the real index of the bundled corpus (read-only), and for the
tests that change things, a copied corpus and index in tmp folders the app is pointed at
through QA_CORPUS / QA_INDEX.
"""
from __future__ import annotations

import random
import shutil
import time
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

REPO = Path(__file__).resolve().parent.parent
APP = str(REPO / "ui" / "app.py")
BUNDLED_CORPUS = REPO / "corpus"
TIMEOUT = 300          # the first question in a process loads the model

NEW_ARTICLE = """---
title: "Caracas <b>metro</b> strike :red[ends] after **nine** days"
date: "2019-03-02"
source: "Test Gazette"
---
The strike on the Caracas metro ended on Saturday after nine days.

The drivers' union said that 2,318 drivers had walked out over unpaid bonuses. The union leader,
Ramona Quintero, said the agreement restored the bonuses from April onwards. <script>alert(1)</script>

Commuters had queued for buses for hours while the metro was closed.
"""


# One passage: the repeated desk line is dropped inside it, and the turnout comes late in it.
ELECTIONS_2015 = """---
title: "Opposition wins the 2015 parliamentary elections"
date: "2015-12-07"
source: "Test Gazette"
---
Caracas election desk

The opposition coalition won a two-thirds majority in the National Assembly in the parliamentary
elections of 6 December 2015, its first national victory since 1998.

Caracas election desk

The National Electoral Council announced the results after midnight. Turnout was 74.17%, the
highest ever recorded for a parliamentary vote in Venezuela.

The governing party accepted the result on Monday and called for calm.
"""


WORDS = ("council budget river harbour school teacher market farmer bridge railway factory union minister "
         "village election court mayor hospital nurse museum library festival province drought harvest "
         "engineer tunnel airport ferry bakery cinema stadium orchestra").split()


def long_article(sentences: int, title: str = "Provincial chronicle", seed: int = 7) -> str:
    """An article of distinct sentences (cleaning drops repeated ones) that takes a while to embed:
    about a second per 150 sentences on two cores."""
    rng = random.Random(seed)
    lines = []
    for i in range(sentences):
        w = rng.sample(WORDS, 6)
        lines.append(f"In {1900 + i % 120} the {w[0]} near the {w[1]} reported {i * 37 % 9973} new {w[2]} "
                     f"cases, and the {w[3]} said the {w[4]} of {w[5]} number {i} would reopen.")
    paragraphs = [" ".join(lines[i:i + 5]) for i in range(0, len(lines), 5)]
    return f'---\ntitle: "{title}"\ndate: "2020-01-01"\n---\n' + "\n\n".join(paragraphs) + "\n"


def app(index_dir: Path, corpus_dir: Path, monkeypatch) -> AppTest:
    monkeypatch.setenv("QA_INDEX", str(index_dir))
    monkeypatch.setenv("QA_CORPUS", str(corpus_dir))
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.run()
    assert not at.exception, at.exception
    return at


def ask(at: AppTest, question: str):
    """Send a question; return the Answer the app stored for it."""
    before = len(at.session_state["messages"])
    at.chat_input(key="question").set_value(question).run()
    assert not at.exception, at.exception
    messages = at.session_state["messages"]
    assert len(messages) == before + 2 and messages[-2] == {"role": "user", "text": question}
    assert "error" not in messages[-1], messages[-1]
    return messages[-1]["answer"]


def wait_for_updates(at: AppTest, timeout: float = TIMEOUT) -> list[str]:
    """Rerun the page, as its progress fragment does every second, until every index update this
    session has seen running has ended and its outcome has been shown; returns the toasts shown."""
    deadline = time.monotonic() + timeout
    toasts = []
    while True:
        at.run()
        assert not at.exception, at.exception
        toasts += [t.value for t in at.toast]
        if not at.session_state["updates_followed"]:
            return toasts
        assert time.monotonic() < deadline, "the index update did not end in time"
        time.sleep(0.2)


def upload(at: AppTest, name: str, data: bytes, replace: bool = False) -> None:
    """Submit a file through the sidebar's upload form, as a user would."""
    at.sidebar.file_uploader[0].upload(name, data)
    at.checkbox(key="upload_replace").set_value(replace)
    [submit] = [b for b in at.sidebar.button if b.label == "Add to corpus and index"]
    submit.click().run()
    assert not at.exception, at.exception


def warnings(at: AppTest) -> list[str]:
    """The page's warnings as read (the Markdown escapes removed)."""
    return [w.value.replace("\\", "") for w in at.main.warning]


def sidebar_messages(at: AppTest) -> list[str]:
    return [m.value for kind in (at.sidebar.error, at.sidebar.warning, at.sidebar.success) for m in kind]


def update_status(at: AppTest) -> list[str]:
    """Labels of the running-update panels in the sidebar."""
    return [s.label for s in at.sidebar.status]


def html_of(at: AppTest, css_class: str) -> list[str]:
    return [h.value for h in at.html if f'class="{css_class}"' in h.value]


def source_expanders(at: AppTest) -> list:
    return [e for e in at.main.expander if e.label.startswith("\\[")]


@pytest.fixture
def bundled_app(bundled_index, monkeypatch) -> AppTest:
    return app(bundled_index, BUNDLED_CORPUS, monkeypatch)


@pytest.fixture
def writable(tmp_path, bundled_index, corpus_copy) -> tuple[Path, Path]:
    """A copy of the bundled index (symlink `current` kept) next to a copy of the corpus."""
    index = tmp_path / "index"
    shutil.copytree(bundled_index, index, symlinks=True)
    return index, corpus_copy


def test_sidebar_shows_what_is_indexed(bundled_app):
    at = bundled_app
    assert at.sidebar.markdown[0].value.startswith("**5** articles · ")
    assert any("all\\-MiniLM\\-L6\\-v2" in c.value and "built" in c.value for c in at.sidebar.caption)
    assert len(at.multiselect(key="filter_docs").options) == 5
    assert not at.chat_input(key="question").disabled


def test_question_is_answered_with_numbered_citations_and_highlighted_sources(bundled_app):
    at = bundled_app
    answer = ask(at, "Why did the 2007 constitutional reform fail?")
    assert not answer.abstained and answer.citations
    [shown] = html_of(at, "qa-answer")
    for sentence in answer.sentences:
        assert f'&nbsp;<sup class="qa-cite" style="font-weight: 600;">[{sentence.citation}]</sup>' in shown
    expanders = source_expanders(at)
    assert [e.label.split("]")[0] for e in expanders] == [f"\\[{c.id}\\" for c in answer.citations]
    for c, expander in zip(answer.citations, expanders):
        assert expander.label.replace("\\", "").startswith(f"[{c.id}] {c.title}")
        passage = [h.value for h in expander.children.values() if getattr(h, "type", "") == "html"
                   and "qa-passage" in h.value][0]
        for start, end in c.highlights:      # every cited sentence is marked in its passage
            assert f'">{markup_escape(c.passage[start:end])}</mark>' in passage


def markup_escape(text: str) -> str:
    import html
    return html.escape(text, quote=True)


def test_whole_article_opens_with_the_passage_marked_in_place(bundled_app, assistant):
    at = bundled_app
    answer = ask(at, "How many votes were nullified in Block A of the 2007 constitutional referendum?")
    c = answer.citations[0]
    toggle = at.toggle(key="article-1-c1")
    assert not html_of(at, "qa-article")
    toggle.set_value(True).run()
    assert not at.exception
    [article] = html_of(at, "qa-article")
    text = assistant.article(c.doc).text
    marks = article.split("<mark ")[1:]
    assert marks, "the passage is not marked"
    marked_text = "".join(m.split(">", 1)[1].split("</mark>")[0] for m in marks)
    assert marked_text == markup_escape(text[c.start:c.end])      # the passage span, exactly, ...
    body_start = assistant.article(c.doc).body_start
    assert article.split("<mark ")[0].endswith(markup_escape(text[body_start:c.start]))   # ... in place
    assert markup_escape(text[c.end:]) in article
    if answer.short_answer:
        assert answer.short_answer in html_of(at, "qa-short-answer")[0]


def test_out_of_domain_question_abstains_and_lists_closest_passages(bundled_app):
    at = bundled_app
    answer = ask(at, "How long should I boil an egg?")
    assert answer.abstained and answer.passages
    [shown] = html_of(at, "qa-abstention")
    assert "The articles don" in shown and "boil an egg" in shown
    assert not html_of(at, "qa-answer") and not source_expanders(at)
    assert any(c.value == "Closest passages in the articles" for c in at.main.caption)
    closest = [e for e in at.main.expander if e.label != "Articles"]
    assert len(closest) == len(answer.passages)


def test_filters_change_what_is_cited(bundled_app):
    at = bundled_app
    maduro = "2013-04-maduro-wins-presidential-election.txt"
    at.multiselect(key="filter_docs").set_value([maduro]).run()
    first = ask(at, "What was the turnout?")
    assert {p.doc for p in first.passages} == {maduro}
    assert {c.doc for c in first.citations} <= {maduro}
    assert all("Maduro wins" in e.label for e in source_expanders(at))
    assert any(c.value.startswith("Searched only Maduro wins") for c in at.main.caption)

    at.multiselect(key="filter_docs").set_value([]).run()
    at.text_input(key="filter_from").set_value("2017").run()
    at.text_input(key="filter_to").set_value("2017-12").run()
    second = ask(at, "What was the turnout?")
    assert {p.doc for p in second.passages} == {"2017-10-psuv-wins-regional-elections.txt"}
    assert {c.doc for c in second.citations} != {c.doc for c in first.citations}


def test_bad_filter_dates_are_reported_not_guessed(bundled_app):
    at = bundled_app
    at.text_input(key="filter_from").set_value("12/2007").run()
    assert any("From date" in w.value and "ignored" in w.value for w in at.sidebar.warning)
    answer = ask(at, "What was the turnout?")
    assert len({p.doc for p in answer.passages}) > 1      # no date filter was applied


def test_follow_up_questions_use_the_conversation(bundled_app):
    at = bundled_app
    ask(at, "What was the turnout in the 2017 regional elections?")
    follow_up = ask(at, "And in 2013?")
    assert "turnout" in follow_up.resolved_question and "2013" in follow_up.resolved_question
    assert len(at.chat_message) == 4
    shown = [c.value.replace("\\", "") for c in at.chat_message[3].caption]   # (markdown escapes removed)
    assert f"Understood as: {follow_up.resolved_question}" in " ".join(shown)   # how the follow-up was understood
    first = [c.value for c in at.chat_message[1].caption]       # a standalone question says nothing of the kind
    assert not any(v.startswith("Understood as") for v in first)
    [new] = [b for b in at.sidebar.button if b.label == "New conversation"]
    new.click().run()
    assert at.session_state["messages"] == [] and len(at.chat_message) == 0


def test_without_an_index_the_app_offers_to_build_one(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "metro.md").write_text(NEW_ARTICLE, encoding="utf-8")
    at = app(tmp_path / "index", corpus, monkeypatch)
    assert "no index yet" in at.info[0].value.lower()
    assert at.chat_input(key="question").disabled
    [build] = [b for b in at.main.button if b.label == "Build index"]
    build.click().run()
    wait_for_updates(at)
    assert not at.exception and not at.main.error
    assert at.chat_input(key="question").disabled is False
    assert at.sidebar.markdown[0].value.startswith("**1** article · ")
    assert any("1 added" in s.value for s in at.sidebar.success)
    answer = ask(at, "How many drivers walked out in the metro strike?")
    assert not answer.abstained and answer.citations[0].doc == "metro.md"


def test_corrupt_index_is_one_message_and_a_rebuild_button_that_works(tmp_path, embedder, monkeypatch):
    from qa.indexer import update_index
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    (corpus / "metro.md").write_text(NEW_ARTICLE, encoding="utf-8")
    update_index(corpus, index, embedder)
    (index / "current" / "manifest.json").write_text("{ damaged")
    at = app(index, corpus, monkeypatch)
    assert len(at.main.error) == 1 and "index" in at.main.error[0].value
    assert "qa index" not in at.main.error[0].value and "Rebuild index" in at.main.error[0].value   # the page's own button
    assert [b.label for b in at.main.button] == ["Rebuild index"]
    assert at.chat_input(key="question").disabled
    at.main.button[0].click().run()
    wait_for_updates(at)
    assert not at.exception and not at.main.error
    assert not at.chat_input(key="question").disabled
    assert ask(at, "How many drivers walked out in the metro strike?").citations[0].doc == "metro.md"


def test_upload_then_index_makes_a_new_article_answerable(writable, monkeypatch):
    index, corpus = writable
    at = app(index, corpus, monkeypatch)
    other = app(index, corpus, monkeypatch)           # a second browser session on the same process
    before = ask(other, "How many drivers walked out in the Caracas metro strike?")
    assert all(c.doc != "metro-strike.md" for c in before.citations)

    uploader = at.sidebar.file_uploader[0]
    assert ".txt" in uploader.label and ".md" in uploader.label
    uploader.upload("../../metro-strike.md", NEW_ARTICLE.encode(), "text/markdown")
    [submit] = [b for b in at.sidebar.button if b.label == "Add to corpus and index"]
    submit.click().run()
    wait_for_updates(at)
    assert not at.exception and not at.sidebar.error, [e.value for e in at.sidebar.error]
    assert (corpus / "metro-strike.md").read_text(encoding="utf-8") == NEW_ARTICLE
    assert not (corpus.parent / "metro-strike.md").exists()
    [done] = at.sidebar.success
    assert "Added metro\\-strike\\.md" in done.value and "1 added" in done.value and "5 unchanged" in done.value
    assert "; 1 passage embedded, " in done.value            # one passage, not "1 passages"
    assert "**6** articles" in at.sidebar.markdown[0].value

    # The other session shares the one Assistant: its next question runs on the new index.
    follow = ask(other, "How many drivers walked out in the Caracas metro strike?")
    assert follow.citations[0].doc == "metro-strike.md"
    assert "**6** articles" in other.sidebar.markdown[0].value

    after = ask(at, "How many drivers walked out in the Caracas metro strike?")
    assert not after.abstained
    assert after.citations[0].doc == "metro-strike.md"
    assert any("2,318" in c.passage for c in after.citations if c.doc == "metro-strike.md")
    # The article's own markup is shown as text, never interpreted: in the source label ...
    label = source_expanders(at)[0].label
    assert "\\<b\\>metro\\</b\\>" in label and "\\:red\\[ends\\]" in label and "\\*\\*nine\\*\\*" in label
    # ... and in the whole article.
    at.toggle(key="article-1-c1").set_value(True).run()
    [article] = html_of(at, "qa-article")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in article and "<script" not in article


def test_bad_uploads_are_refused_with_a_message_and_nothing_changes(writable, monkeypatch):
    index, corpus = writable
    at = app(index, corpus, monkeypatch)
    version = (index / "current").resolve()

    def upload(name: str, data: bytes, replace: bool = False):
        at.sidebar.file_uploader[0].upload(name, data)
        at.checkbox(key="upload_replace").set_value(replace)
        [submit] = [b for b in at.sidebar.button if b.label == "Add to corpus and index"]
        submit.click().run()
        assert not at.exception
        return [e.value for e in at.sidebar.error]

    assert "not valid UTF\\-8" in upload("latin.txt", "Caf\xe9 en M\xe9rida.".encode("latin-1"))[0]
    [taken] = upload("2004-08-recall-referendum-defeated.txt", NEW_ARTICLE.encode())
    assert "already in the corpus" in taken and "choose the file again" in taken      # the form was cleared
    assert sorted(p.name for p in corpus.iterdir()) == sorted(p.name for p in BUNDLED_CORPUS.iterdir())
    assert (index / "current").resolve() == version        # no index update was attempted


def test_a_missing_model_is_one_message_not_a_traceback(writable, tmp_path, monkeypatch):
    index, corpus = writable
    monkeypatch.setenv("QA_MODEL", str(tmp_path / "no-such-model"))
    version = (index / "current").resolve()
    at = app(index, corpus, monkeypatch)
    # The missing model comes first, not "the index was built with another model": a rebuild
    # could not work without it, so none is offered.
    [problem] = at.main.error
    assert "no\\-such\\-model" in problem.value and "does not exist" in problem.value and "QA\\_MODEL" in problem.value
    assert "was built with model" not in problem.value and not at.main.button
    assert (index / "current").resolve() == version      # the working index was left alone


def test_an_update_goes_on_while_questions_are_asked_and_says_once_how_it_ended(writable, monkeypatch):
    """A rerun (a question, a click, a reload) used to stop the update it interrupted, silently."""
    index, corpus = writable
    (corpus / "chronicle.md").write_text(long_article(1200), encoding="utf-8")   # ~10 s to embed
    at = app(index, corpus, monkeypatch)
    [update] = [b for b in at.sidebar.button if b.label == "Update index"]
    update.click().run()
    assert not at.exception
    assert update_status(at) == ["Updating the index…"]            # the click's run has returned ...
    assert [b for b in at.sidebar.button if b.label == "Update index"][0].disabled   # ... one update at a time
    answer = ask(at, "Who won the April 2013 presidential election?")   # this rerun used to stop it
    assert not answer.abstained                                     # answered from the previous index

    other = app(index, corpus, monkeypatch)           # another session (or the same tab, reloaded)
    assert update_status(other) == ["Updating the index…"]
    other.sidebar.file_uploader[0].upload("metro-strike.md", NEW_ARTICLE.encode())
    [submit] = [b for b in other.sidebar.button if b.label == "Add to corpus and index"]
    submit.click().run()                              # queued after the running update, not beside it
    queued = [c.value for c in other.sidebar.caption if "queued" in c.value]
    assert len(queued) == 1 and "Added metro\\-strike\\.md" in queued[0]

    first, then = wait_for_updates(at)       # this session saw both: each outcome is told once
    assert "1 added" in first and "5 unchanged" in first and "metro" not in first
    assert then.startswith("Added metro\\-strike\\.md") and "1 added" in then and "6 unchanged" in then
    assert [s.value for s in at.sidebar.success][-1] == then         # and stays in the sidebar ...
    at.run()
    assert not at.toast and [s.value for s in at.sidebar.success][-1] == then   # ... without a new toast
    assert not update_status(at) and "**7** articles" in at.sidebar.markdown[0].value

    assert wait_for_updates(other) == [first, then]            # it saw both as well
    assert "**7** articles" in other.sidebar.markdown[0].value
    assert ask(other, "How many drivers walked out in the Caracas metro strike?").citations[0].doc == "metro-strike.md"


def test_an_upload_that_repeats_an_article_is_refused_with_one_message(writable, monkeypatch):
    index, corpus = writable
    at = app(index, corpus, monkeypatch)
    version = (index / "current").resolve()
    existing = "2004-08-recall-referendum-defeated.txt"
    for name in ("recall-copy.txt", existing):       # under a new name, and over itself
        at.sidebar.file_uploader[0].upload(name, (corpus / existing).read_bytes())
        at.checkbox(key="upload_replace").set_value(name == existing)
        [submit] = [b for b in at.sidebar.button if b.label == "Add to corpus and index"]
        submit.click().run()
        assert not at.exception
        [message] = sidebar_messages(at)
        assert "already in the corpus as 2004\\-08\\-recall\\-referendum\\-defeated\\.txt" in message
        assert "not added" in message and not update_status(at)
    assert sorted(p.name for p in corpus.iterdir()) == sorted(p.name for p in BUNDLED_CORPUS.iterdir())
    assert (corpus / existing).read_bytes() == (BUNDLED_CORPUS / existing).read_bytes()
    assert (index / "current").resolve() == version        # no index update was started


def test_an_upload_that_is_dropped_says_why(writable, monkeypatch):
    index, corpus = writable
    at = app(index, corpus, monkeypatch)

    def submit(name: str | None = None, data: bytes = b"") -> list[str]:
        if name:
            at.sidebar.file_uploader[0].upload(name, data)
        [button] = [b for b in at.sidebar.button if b.label == "Add to corpus and index"]
        button.click().run()
        assert not at.exception, at.exception
        return sidebar_messages(at)

    [docx] = submit("notes.docx", b"PK\x03\x04 a word document")
    assert "file type '\\.docx' is not supported" in docx.replace("\\'", "'")
    [binary] = submit("bad.txt", bytes(range(256)) * 4)
    assert "binary file" in binary and "It was not added; nothing changed." in binary.replace("\\", "")
    # 21.2 MB as a file manager says it: over the limit, said in the same unit (it was "20.2 MB").
    # (The browser's uploader refuses it first; a client that does not is refused here.)
    [large] = submit("huge.txt", b"w" * 21_200_000)
    assert "too large (21.2 MB; the limit is 20 MB)" in large.replace("\\", "")
    # Over the uploader's own limit, the browser keeps the file and the app receives nothing:
    [nothing] = submit()
    assert "larger than" in nothing and "refused by the uploader" in nothing
    assert sorted(p.name for p in corpus.iterdir()) == sorted(p.name for p in BUNDLED_CORPUS.iterdir())


def test_a_corpus_changed_since_the_index_was_built_is_said_in_the_sidebar(writable, monkeypatch):
    """Never silently stale: an article added to the folder after indexing is reported until the
    index is updated."""
    index, corpus = writable
    at = app(index, corpus, monkeypatch)
    assert not [w for w in at.sidebar.warning if "has changed since the index was built" in w.value]
    (corpus / "metro-strike.md").write_text(NEW_ARTICLE, encoding="utf-8")
    at = app(index, corpus, monkeypatch)
    [stale] = [w.value for w in at.sidebar.warning if "has changed since the index was built" in w.value]
    assert "1 added" in stale
    [update] = [b for b in at.sidebar.button if b.label == "Update index"]
    update.click().run()
    wait_for_updates(at)
    at.run()
    assert not [w for w in at.sidebar.warning if "has changed since the index was built" in w.value]


def test_a_file_the_update_skipped_is_named_in_the_sidebar(writable, monkeypatch):
    index, corpus = writable
    at = app(index, corpus, monkeypatch)
    assert not [c for c in at.sidebar.caption if "Skipped by the last update" in c.value]
    (corpus / "junk.txt").write_bytes(bytes(range(256)) * 4)
    [update] = [b for b in at.sidebar.button if b.label == "Update index"]
    update.click().run()
    wait_for_updates(at)
    at.run()
    assert not [w for w in at.sidebar.warning if "has changed since the index was built" in w.value]
    [skipped] = [c.value for c in at.sidebar.caption if "Skipped by the last update" in c.value]
    assert "junk\\.txt" in skipped or "junk.txt" in skipped


CHANGED = "This article has changed since the answer was given"


def test_an_old_citation_of_a_replaced_article_says_the_article_has_changed(writable, monkeypatch):
    """What a new user saw: after the article was replaced with 75.5% for 74.17%, the old answer's
    whole article marked the new 'Turnout was 75.5%' as its cited sentence, with no warning."""
    index, corpus = writable
    at = app(index, corpus, monkeypatch)
    upload(at, "elections-2015.md", ELECTIONS_2015.encode())
    wait_for_updates(at)
    answer = ask(at, "What was the turnout in the 2015 parliamentary elections?")
    assert "74.17%" in answer.answer and answer.citations[0].doc == "elections-2015.md"
    at.toggle(key="article-1-c1").set_value(True).run()
    assert html_of(at, "qa-article")
    assert not [w for w in at.main.warning if CHANGED in w.value]    # unchanged: the dropped repeat is no change

    upload(at, "elections-2015.md", ELECTIONS_2015.replace("74.17%", "75.5%").encode(), replace=True)
    wait_for_updates(at)
    assert not at.exception
    assert [w for w in at.main.warning if CHANGED in w.value]
    [shown] = html_of(at, "qa-article")
    assert "75.5%" in shown


def test_a_citation_of_a_deleted_article_points_to_the_pages_own_update_button(writable, monkeypatch):
    """The message said "run `qa index` to drop it from the index": a command line, in the page,
    and still after the page's own update had dropped the article."""
    index, corpus = writable
    at = app(index, corpus, monkeypatch)
    answer = ask(at, "How many votes were nullified in Block A of the 2007 constitutional referendum?")
    doc = answer.citations[0].doc
    (corpus / doc).unlink()
    at.toggle(key="article-1-c1").set_value(True).run()
    assert not at.exception and not html_of(at, "qa-article")
    [gone] = [w for w in warnings(at) if "no longer in" in w]
    assert doc in gone and "qa index" not in gone, gone
    [update] = [b for b in at.sidebar.button if b.label in gone]         # the button the message names
    assert f"Press '{update.label}' in the sidebar" in gone

    update.click().run()
    wait_for_updates(at)
    [gone] = [w for w in warnings(at) if "no longer in" in w]
    assert "dropped from the index" in gone and "qa index" not in gone and "Update index" not in gone


def test_the_upload_limit_stated_is_the_one_enforced_in_one_unit(writable, monkeypatch):
    """The uploader said "25MB per file" while larger than 20 MB was refused, and sizes were
    counted in units of 1024 * 1024 bytes but called MB."""
    import tomllib
    from qa.config import MB, Settings
    index, corpus = writable
    at = app(index, corpus, monkeypatch)
    limit_mb = Settings().max_file_bytes / MB
    assert MB == 1_000_000 and limit_mb == 20
    assert at.sidebar.file_uploader[0].proto.max_upload_size_mb == limit_mb       # "20MB per file"
    server = tomllib.loads((REPO / ".streamlit" / "config.toml").read_text())["server"]["maxUploadSize"]
    assert server == limit_mb      # in units of 1024 * 1024 there: it never cuts off an accepted upload
    [submit] = [b for b in at.sidebar.button if b.label == "Add to corpus and index"]
    submit.click().run()           # what the page says when the uploader kept a larger file back
    [nothing] = sidebar_messages(at)
    assert "a file larger than 20 MB is refused by the uploader" in nothing.replace("\\", "")
