"""The CLI contract other tools depend on: `qa ask --json`, JSON lines on stdin, clean errors."""
import json
import os
import subprocess
import sys

import pytest

from tests.conftest import BUNDLED_CORPUS

QA = [sys.executable, "-m", "qa.cli"]
ENV = dict(os.environ, HF_HUB_OFFLINE="1")
CITATION_FIELDS = {"id", "doc", "title", "date", "passage", "start", "end"}
PASSAGE_FIELDS = {"doc", "title", "passage", "start", "end", "score"}


def run(*args, stdin=None, timeout=300):
    return subprocess.run(QA + list(args), input=stdin, capture_output=True, text=True, env=ENV, timeout=timeout)


def check_contract(out: dict, question: str):
    assert out["question"] == question
    assert isinstance(out["answer"], str) and isinstance(out["abstained"], bool)
    assert 0.0 <= out["confidence"] <= 1.0
    assert out["short_answer"] is None or isinstance(out["short_answer"], str)
    cited = {c["id"]: c for c in out["citations"]}
    for c in out["citations"]:
        assert CITATION_FIELDS <= set(c)
    for s in out["sentences"]:
        assert s["text"] in cited[s["citation"]]["passage"]
        assert f"[{s['citation']}]" in out["answer"]
    assert len(out["passages"]) >= 5
    for p in out["passages"]:
        assert PASSAGE_FIELDS <= set(p)
    scores = [p["score"] for p in out["passages"]]
    assert scores == sorted(scores, reverse=True)


def test_ask_json_one_question(bundled_index):
    q = "What was the turnout in the April 2013 presidential election?"
    proc = run("ask", "--json", "--index", str(bundled_index), "--corpus", str(BUNDLED_CORPUS), q)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    check_contract(out, q)
    assert not out["abstained"] and "78.71%" in out["short_answer"] + out["answer"]


def test_ask_json_lines_from_stdin(bundled_index):
    """One output line per input line, an empty one too (its line is an error): a batch's
    answers line up with its questions."""
    questions = ["Who wrote the CWI article “The revolution in danger”?", "",
                 "How long should I boil an egg to get a soft yolk?"]
    proc = run("ask", "--json", "--index", str(bundled_index), stdin="\n".join(questions) + "\n")
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(lines) == 3
    check_contract(lines[0], questions[0])
    assert lines[1]["question"] == "" and lines[1]["error"]
    check_contract(lines[2], questions[2])
    assert lines[2]["abstained"] and lines[2]["sentences"] == []


def test_plain_ask_prints_numbered_citations(bundled_index):
    proc = run("ask", "--index", str(bundled_index), "How many votes were nullified in Block A of the 2007 referendum?")
    assert proc.returncode == 0, proc.stderr
    assert "118.693" in proc.stdout and "[1]" in proc.stdout


@pytest.mark.parametrize("args, message", [
    (["ask", "--index", "{tmp}/none", "anything?"], "no index at"),
    (["index", "--corpus", "{tmp}/empty", "--index", "{tmp}/idx"], "no readable article"),
    (["index", "--corpus", "{tmp}/missing", "--index", "{tmp}/idx"], "does not exist"),
])
def test_errors_are_one_line_without_traceback(tmp_path, args, message):
    (tmp_path / "empty").mkdir()
    proc = run(*[a.format(tmp=tmp_path) for a in args])
    assert proc.returncode != 0
    assert message in proc.stderr and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_advice_to_build_the_index_names_the_folders_given(tmp_path):
    proc = run("ask", "--index", str(tmp_path / "none"), "--corpus", str(tmp_path / "articles"), "anything?")
    assert proc.returncode == 1
    assert proc.stderr.strip() == (f"qa: error: no index at {tmp_path / 'none'}; build it with "
                                   f"`qa index --corpus {tmp_path / 'articles'} --index {tmp_path / 'none'}`")


def test_missing_model_is_one_clear_line(tmp_path, corpus_copy):
    proc = subprocess.run(QA + ["index", "--corpus", str(corpus_copy), "--index", str(tmp_path / "i")],
                          capture_output=True, text=True, timeout=300,
                          env=dict(ENV, QA_MODEL=str(tmp_path / "no-such-model")))
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    [line] = proc.stderr.strip().splitlines()
    assert f"model folder {tmp_path / 'no-such-model'} does not exist" in line and "QA_MODEL" in line
    assert not (tmp_path / "i").exists()                 # failed before anything was created


def test_eval_prints_the_metrics(bundled_index, tmp_path):
    small = tmp_path / "small.jsonl"
    small.write_text(json.dumps({"id": "x1", "question": "What percentage of the vote did the PSUV win in October 2017?",
                                 "type": "factoid", "answers": ["54%"],
                                 "evidence": [{"doc": "x", "text": "The PSUV won 54% of the total vote"}]}) + "\n")
    proc = run("eval", "--index", str(bundled_index), str(small))
    assert proc.returncode == 0, proc.stderr
    assert "evidence_recall@5 1.000" in proc.stdout and "factoid_accuracy 1.000" in proc.stdout


DATES_ACCEPTED = "write it as YYYY, YYYY-MM or YYYY-MM-DD"


@pytest.mark.parametrize("options, named, accepted", [
    (["--from", "garbage"], "--from 'garbage' is not a date", DATES_ACCEPTED),
    (["--doc", "2013-maduro.txt"], "--doc '2013-maduro.txt' names no indexed article",
     "the indexed articles are 2004-08-recall-referendum-defeated.txt, "),
    (["--from", "2018", "--to", "2010"], "the date range 2018 to 2010 is empty", "--from must not be later than --to"),
    (["--from", "2013-13"], "--from '2013-13' is not a date", DATES_ACCEPTED),
    (["--to", "2013-02-30"], "--to '2013-02-30' is not a date", DATES_ACCEPTED),
    (["--from", "2014", "--to", "2016"], "no indexed article is dated 2014 to 2016",
     "the indexed articles are dated 2004-08 to 2017-10"),
    (["--doc", "2004-08-recall-referendum-defeated.txt", "--from", "2013"], "no article chosen is dated 2013 or later",
     "the articles chosen are dated 2004-08"),
])
def test_a_bad_filter_is_one_line_naming_it_not_an_empty_answer(bundled_index, options, named, accepted):
    for command in (["ask", "Who won the April 2013 presidential election?"], ["chat"]):
        proc = run(*command, "--index", str(bundled_index), "--corpus", str(BUNDLED_CORPUS), *options, stdin="")
        assert proc.returncode == 1 and proc.stdout == ""
        [line] = proc.stderr.strip().splitlines()
        assert line.startswith("qa: error: ") and named in line and accepted in line


def test_doc_may_be_the_path_of_an_article_in_the_corpus_folder(bundled_index, tmp_path):
    """Tab completion gives `--doc corpus/2013-….txt`: that is the article, not an unknown name.
    A file of the same name in another folder is not."""
    article = BUNDLED_CORPUS / "2013-04-maduro-wins-presidential-election.txt"
    proc = run("ask", "--json", "--index", str(bundled_index), "--corpus", str(BUNDLED_CORPUS),
               "--doc", str(article), "Who won the April 2013 presidential election?")
    assert proc.returncode == 0, proc.stderr
    assert {c["doc"] for c in json.loads(proc.stdout)["citations"]} == {article.name}
    elsewhere = tmp_path / article.name
    proc = run("ask", "--index", str(bundled_index), "--corpus", str(BUNDLED_CORPUS), "--doc", str(elsewhere), "Who won?")
    assert proc.returncode == 1 and f"--doc '{elsewhere}' names no indexed article" in proc.stderr


def test_good_filters_still_answer(bundled_index):
    proc = run("ask", "--json", "--index", str(bundled_index), "--corpus", str(BUNDLED_CORPUS),
               "--doc", "2013-04-maduro-wins-presidential-election.txt", "--from", "2013", "--to", "2013-04-15",
               "Who won the April 2013 presidential election?")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert {c["doc"] for c in out["citations"]} == {"2013-04-maduro-wins-presidential-election.txt"}


def test_a_file_given_as_a_folder_is_one_line_saying_so(tmp_path):
    """`--index article.txt` crashed `qa index` with FileExistsError and made `qa ask` advise a
    `qa index` that would crash; `--corpus article.txt` said the folder does not exist."""
    article = tmp_path / "article.txt"
    article.write_text("The harbour council met on Tuesday.\n", encoding="utf-8")
    for command in (["index"], ["status"], ["ask", "Who met?"]):
        proc = run(*command, "--corpus", str(BUNDLED_CORPUS), "--index", str(article))
        assert proc.returncode == 1, (command, proc.stderr)
        assert proc.stderr == f"qa: error: the index folder {article} is a file, not a folder; name a folder for " \
                              f"the index (it is created if missing)\n"
    proc = run("index", "--corpus", str(article), "--index", str(tmp_path / "index"))
    assert proc.returncode == 1 and f"corpus folder {article} is a file, not a folder" in proc.stderr
    assert article.read_text(encoding="utf-8") == "The harbour council met on Tuesday.\n"
    assert not (tmp_path / "index").exists()


def test_chat_quits_on_quit_and_helps_on_help(bundled_index):
    """A reader types "quit" or "help" as a word, not as a question about the articles."""
    proc = run("chat", "--index", str(bundled_index), "--corpus", str(BUNDLED_CORPUS),
               stdin="help\nquit\nWho won the April 2013 presidential election?\n")
    assert proc.returncode == 0
    assert "Follow-ups use what came before" in proc.stdout
    assert "Maduro" not in proc.stdout and "[1]" not in proc.stdout     # nothing asked after "quit"


@pytest.fixture(scope="module")
def one_short_article(tmp_path_factory, embedder):
    """(corpus, index) of one article of one passage, with no date: its title is its file name."""
    from qa.indexer import update_index
    folder = tmp_path_factory.mktemp("one")
    corpus, index = folder / "corpus", folder / "index"
    corpus.mkdir()
    (corpus / "bigfile.txt").write_text("The harbour of Puerto Cabello reopened on Monday after a two-week strike by "
                                        "dock workers over unpaid wages.\n", encoding="utf-8")
    update_index(corpus, index, embedder)
    return corpus, index


def test_status_counts_one_thing_in_the_singular(one_short_article):
    corpus, index = one_short_article
    result = run("status", "--index", str(index), "--corpus", str(corpus))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("1 article, 1 passage, model ")
    assert lines[1].endswith("(1 passage)") and "passages" not in lines[1]


def test_an_undated_article_is_named_without_empty_parentheses(one_short_article):
    corpus, index = one_short_article
    result = run("ask", "When did the harbour of Puerto Cabello reopen?", "--index", str(index), "--corpus", str(corpus))
    assert result.returncode == 0, result.stderr
    assert " bigfile — bigfile.txt:" in result.stdout and "()" not in result.stdout
    status = run("status", "--index", str(index), "--corpus", str(corpus)).stdout.splitlines()
    assert status[1] == "  bigfile.txt  bigfile  (1 passage)"


def test_a_citation_excerpt_shows_the_cited_sentence_even_deep_in_its_passage():
    """The terminal shows 240 characters of a cited passage: from its opening when the cited
    sentence starts early in it, else from that sentence (a new user saw only the passage's
    first sentences under [1], not the 61.14% it cited)."""
    from qa.cli import excerpt_citing
    opening = "The PSUV won 18 of 23 state governorships in the nationwide elections of October 15. " * 3
    cited = "Turnout was 61.14%, the second-highest for any regional elections."
    passage = opening + cited
    shown = excerpt_citing(passage, [(len(opening), len(passage))])
    assert shown.startswith("… Turnout was 61.14%") and cited in shown
    assert excerpt_citing(passage, [(0, 80)]).startswith("The PSUV won 18")
    assert excerpt_citing("Short passage.", []) == "Short passage."
