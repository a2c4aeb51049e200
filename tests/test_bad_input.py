"""Bad input never stops the work and never shows a traceback.

Files: each unusable file gets exactly one warning line naming it and why, and is skipped;
the other articles are indexed. Questions: odd ones get an answer (or an honest abstention),
empty ones a clear one-line message.
"""
from __future__ import annotations

import json

import pytest

from qa.assistant import Assistant
from qa.config import Settings
from qa.errors import QAError
from qa.indexer import update_index
from qa.loaders import scan_corpus
from tests.lifecycle_support import ARTICLES, QUESTIONS, check_answer, make_pdf, run_qa, write_corpus

BAD_FILES = {
    "empty.txt": (lambda: b"", "empty file"),
    "blank.md": (lambda: b"  \n\n\t\n", "empty"),
    "image.txt": (lambda: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
    "latin1.txt": (lambda: "Caf\xe9 con leche en M\xe9rida.\n".encode("latin-1"), "not valid UTF-8"),
    "huge.txt": (lambda: b"a long line of text. " * (Settings().max_file_bytes // 21 + 1), "too large"),
    "notes.docx": (lambda: b"PK\x03\x04 a word file", "unsupported file type '.docx'"),
    "orchard2.txt": (lambda: ARTICLES["orchard.txt"].encode(), "same content as orchard.txt"),
    "broken.pdf": (lambda: make_pdf([["Some text."]])[:150], "not a readable PDF"),
    "scripts.html": (lambda: b"<html><body><script>alert(1)</script></body></html>", "no article text"),
    "front.md": (lambda: b"---\ntitle: [oops\n---\nText.\n", "front matter"),
}


def add_bad_files(corpus):
    for name, (data, _) in BAD_FILES.items():
        (corpus / name).write_bytes(data())


def test_bad_files_are_skipped_with_one_warning_each_through_the_library(tmp_path, embedder):
    corpus = write_corpus(tmp_path / "corpus")
    add_bad_files(corpus)
    scan = scan_corpus(corpus)
    assert sorted(d.path for d in scan.documents) == sorted(ARTICLES)
    assert len(scan.warnings) == len(BAD_FILES)
    for name, (_, reason) in BAD_FILES.items():
        [line] = [w for w in scan.warnings if w.startswith(f"skipped {name}: ")]
        assert reason in line and "\n" not in line

    report = update_index(corpus, tmp_path / "index", embedder)
    assert sorted(report.added) == sorted(ARTICLES) and report.warnings == scan.warnings
    check_answer(Assistant(tmp_path / "index", corpus, embedder=embedder).ask(QUESTIONS["observatory.txt"]))


def test_bad_files_are_skipped_with_one_warning_each_through_qa_index(tmp_path):
    corpus = write_corpus(tmp_path / "corpus")
    add_bad_files(corpus)
    (corpus / "promo.txt").write_text("Subscribe now for free today!\n", encoding="utf-8")   # boilerplate only
    proc = run_qa("index", "--corpus", corpus, "--index", tmp_path / "index")
    assert proc.returncode == 0, proc.stderr
    assert "4 added" in proc.stdout and "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == len(BAD_FILES) + 1, lines
    for name, (_, reason) in BAD_FILES.items():
        [line] = [x for x in lines if x.startswith(f"qa: warning: skipped {name}: ")]
        assert reason in line
    assert [x for x in lines if "promo.txt: nothing left to index after cleaning" in x]

    again = run_qa("index", "--corpus", corpus, "--index", tmp_path / "index")
    assert again.returncode == 0 and "index already up to date" in again.stdout   # promo.txt is not redone
    assert "promo.txt" not in again.stderr


def test_a_copy_of_an_indexed_article_never_takes_its_place(tmp_path, embedder):
    corpus = write_corpus(tmp_path / "corpus")
    index = tmp_path / "index"
    update_index(corpus, index, embedder)
    (corpus / "a-copy-of-orchard.txt").write_text(ARTICLES["orchard.txt"], encoding="utf-8")  # sorts first
    report = update_index(corpus, index, embedder)
    assert report.warnings == ["skipped a-copy-of-orchard.txt: same content as orchard.txt"]
    assert not report.written and not report.renamed
    answer = Assistant(index, corpus, embedder=embedder).ask(QUESTIONS["orchard.txt"])
    assert {c.doc for c in answer.citations} == {"orchard.txt"}


# ------------------------------------------------------------------ questions

@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder):
    root = tmp_path_factory.mktemp("bad-input")
    corpus = write_corpus(root / "corpus")
    update_index(corpus, root / "index", embedder)
    return Assistant(root / "index", corpus, embedder=embedder)


EMPTY = ["", " ", "\n\t  \n", "?", " ?!. ", "\u00a0\u2003"]
ODD = {
    "long": "How many tonnes of apples did the Lindenfeld cooperative harvest? " * 1600,   # ~100 KB
    "control": "How many tonnes\x00 of apples\x07 did Lindenfeld\x1b[31m harvest\x7f?",
    "emoji": "🍎🍏 how many tonnes of apples did Lindenfeld harvest? 🚜",
    "emoji only": "🍎🍏🚜",
    "cyrillic": "Сколько тонн яблок собрал кооператив Линденфельд?",
    "chinese": "林登费尔德合作社收获了多少吨苹果？",
    "arabic": "كم طنا من التفاح حصدت تعاونية ليندنفيلد؟",
    "devanagari": "कार्सविक वेधशाला कब खुली?",
    "html": "<script>alert('x')</script><b>When did the Karsvik observatory open?</b>",
    "sql": "'; DROP TABLE passages; -- When did the Karsvik observatory open?",
    "invisible": "\u202e\u200bWhen did the Karsvik\u200d observatory open?\ufeff",
    "symbols": "%$#@!&*()[]{}<>|\\/~`^",
    "one letter": "a",
}


@pytest.mark.parametrize("question", EMPTY)
def test_empty_questions_raise_one_clear_error(assistant, question):
    with pytest.raises(QAError, match="the question is empty") as exc:
        assistant.ask(question)
    assert "\n" not in str(exc.value)


@pytest.mark.parametrize("kind", ODD)
def test_odd_questions_get_a_sensible_answer(assistant, kind):
    answer = assistant.ask(ODD[kind])
    check_answer(answer)
    assert len(answer.question) <= assistant.settings.max_question_chars
    assert "<script>" not in answer.answer.replace(answer.question, "")
    if kind in ("long", "control", "emoji"):
        assert not answer.abstained and "812 tonnes" in answer.answer
    if kind in ("html", "sql", "invisible"):
        assert not answer.abstained and "1987" in answer.answer
    if kind in ("emoji only", "symbols", "one letter"):
        assert answer.abstained and not answer.sentences


def test_cli_empty_question_is_one_line_and_a_failure(tmp_path, assistant):
    for question in ("", "   "):
        proc = run_qa("ask", "--index", assistant.index_dir, "--corpus", assistant.corpus_dir, question)
        assert proc.returncode == 1 and proc.stdout == ""
        assert proc.stderr.strip() == "qa: error: the question is empty; type a question about the articles"


def test_cli_json_lines_survive_every_odd_question(assistant):
    # The library test above covers every kind; here, the ones that stress the CLI's own path
    # (a 100 KB line, control characters, non-ASCII output, markup) and an empty one.
    questions = [ODD[k] for k in ("long", "control", "emoji", "chinese", "html")] + ["?!", QUESTIONS["harbour.md"], ""]
    proc = run_qa("ask", "--json", "--index", assistant.index_dir, "--corpus", assistant.corpus_dir,
                  stdin="\n".join(questions) + "\n")
    assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(out) == len(questions)                  # an empty line gets its (error) line too
    assert out.pop()["error"]
    assert out[-2]["error"].startswith("the question is empty")
    for item in out[:-2] + out[-1:]:
        assert "answer" in item and isinstance(item["abstained"], bool)
        cited = {c["id"]: c["passage"] for c in item["citations"]}
        assert all(s["text"] in cited[s["citation"]] for s in item["sentences"])
    assert "4.5 million euros" in out[-1]["answer"]


def test_a_link_to_a_missing_file_is_one_warning_not_silence(tmp_path):
    """A broken link in the corpus folder is no file to corpus_files: without a warning the
    article the user put there would vanish from the index without a word."""
    corpus = write_corpus(tmp_path / "corpus")
    (corpus / "moved.txt").symlink_to(tmp_path / "nowhere.txt")
    scan = scan_corpus(corpus)
    assert sorted(d.path for d in scan.documents) == sorted(ARTICLES)
    assert scan.warnings == ["skipped moved.txt: a link to a file that does not exist"]


def test_articles_in_a_sub_folder_are_one_warning_not_silence(tmp_path):
    """The corpus folder is not read recursively; articles put in a sub-folder are named in a
    warning (and by `qa status`) instead of vanishing: "no readable article" alone had misled."""
    corpus = write_corpus(tmp_path / "corpus")
    (corpus / "old").mkdir()
    (corpus / "old" / "a.txt").write_text("An article.", encoding="utf-8")
    (corpus / "old" / "b.md").write_text("Another.", encoding="utf-8")
    (corpus / "pictures").mkdir()
    (corpus / "pictures" / "x.png").write_bytes(b"\x89PNG")
    scan = scan_corpus(corpus)
    assert sorted(d.path for d in scan.documents) == sorted(ARTICLES)
    assert scan.warnings == ["folder old/ holds 2 article files, not read: only files directly in the corpus folder "
                             "are indexed"]
    (corpus / "old" / "README.md").write_text("notes", encoding="utf-8")           # what the corpus folder skips
    (corpus / "old" / ".git").mkdir()
    (corpus / "old" / ".git" / "x.txt").write_text("x", encoding="utf-8")
    (corpus / "self").symlink_to(corpus)                                            # a link is no folder put there
    assert scan_corpus(corpus).warnings == scan.warnings


def test_an_empty_folder_setting_means_the_default_folder(monkeypatch):
    """QA_INDEX= (set but empty) had meant the current folder ("no index at .")."""
    from qa.config import default_corpus_dir, default_index_dir
    monkeypatch.setenv("QA_INDEX", "")
    monkeypatch.setenv("QA_CORPUS", "  ")
    assert (default_index_dir(), default_corpus_dir()) == ("index", "corpus")
