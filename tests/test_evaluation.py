"""qa.evaluation: the metrics, and conversations asked turn by turn."""
import json

import pytest

from qa.errors import QAError
from qa.evaluation import evaluate, read_questions


def answer_citing(text: str, abstained: bool = False) -> dict:
    """An answer in the JSON contract whose one sentence is `text`, cited from a passage holding it."""
    return {"abstained": abstained, "short_answer": None, "confidence": 0.9,
            "sentences": [] if abstained else [{"text": text, "citation": 1}],
            "citations": [{"id": 1, "passage": text}], "passages": [{"passage": text}], "answer": text}


def test_a_conversation_is_asked_turn_by_turn_with_its_history(tmp_path):
    lines = [{"id": "f01", "turns": [
                 {"question": "How many votes did Maduro get?", "type": "factoid", "answers": ["7,505,378"],
                  "evidence": [{"doc": "a.txt", "text": "Maduro got 7,505,378 votes."}]},
                 {"question": "And Capriles?", "type": "factoid", "answers": ["7,270,403"],
                  "evidence": [{"doc": "a.txt", "text": "Capriles got 7,270,403 votes."}]}]},
             {"id": "q2", "question": "Who won in 2018?", "type": "unanswerable", "answers": [], "evidence": []}]
    path = tmp_path / "set.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    seen = []

    def answer(question, history):
        seen.append((question, [h["answer"] for h in history]))
        if question == "And Capriles?" and history:        # right only when the first turn is passed on
            return answer_citing("Capriles got 7,270,403 votes.")
        if question.startswith("How many"):
            return answer_citing("Maduro got 7,505,378 votes.")
        return answer_citing("", abstained=True)

    metrics = evaluate(path, answer)
    assert seen == [("How many votes did Maduro get?", []),
                    ("And Capriles?", ["Maduro got 7,505,378 votes."]),
                    ("Who won in 2018?", [])]                       # a new line starts a new conversation
    assert metrics["questions"] == 3
    assert metrics["factoid_accuracy"] == 1.0 and metrics["abstention"] == 1.0
    assert [d["id"] for d in metrics["details"]] == ["f01.1", "f01.2", "q2"]


GOOD = {"id": "q1", "question": "Who won?", "type": "factoid", "answers": ["Maduro"],
        "evidence": [{"doc": "a.txt", "text": "Maduro won."}]}
BAD_LINES = {
    "not json": ('{"id": "q2", "question": ', "line 2: not valid JSON (Expecting value at column 26)"),
    "unterminated": ('{"id": "q2", "question": "Who', "line 2: not valid JSON (Unterminated string starting at column 26)"),
    "not an object": ('["Who won?"]', 'line 2: expected a JSON object with "question" and "type"'),
    "no type": ('{"id": "q2", "question": "Who won?"}', 'line 2: "type" missing or not text'),
    "answers not a list": ('{"question": "Q?", "type": "factoid", "answers": "Maduro"}',
                           'line 2: "answers" must be a list of strings'),
    "evidence without text": ('{"question": "Q?", "type": "why", "evidence": [{"doc": "a.txt"}]}',
                              'line 2: "evidence" must be a list of objects with a "text"'),
    "conversation without id": ('{"turns": [{"question": "Q?", "type": "factoid"}]}', 'line 2: a conversation needs an "id"'),
    "bad turn": ('{"id": "c", "turns": [{"question": "Q?", "type": "factoid"}, {"question": "And?"}]}',
                 'line 2: turn 2: "type" missing or not text'),
}


@pytest.mark.parametrize("kind", BAD_LINES)
def test_a_bad_line_is_named_with_its_file_and_number(tmp_path, kind):
    line, message = BAD_LINES[kind]
    path = tmp_path / "set.jsonl"
    path.write_text(json.dumps(GOOD) + "\n" + line + "\n\n" + json.dumps(GOOD) + "\n", encoding="utf-8")
    with pytest.raises(QAError) as caught:
        read_questions(path)
    assert str(caught.value).startswith(f"{path} {message}")


def test_an_unreadable_or_empty_file_is_named(tmp_path):
    for path, message in [(tmp_path / "missing.jsonl", "No such file or directory"), (tmp_path, "Is a directory")]:
        with pytest.raises(QAError, match=f"cannot read the question file {path}: {message}"):
            read_questions(path)
    (tmp_path / "latin1.jsonl").write_bytes(json.dumps(GOOD).encode() + b"\n" + '{"question": "Caf\xe9"}'.encode("latin-1"))
    with pytest.raises(QAError, match="latin1.jsonl line 2: not valid UTF-8"):
        read_questions(tmp_path / "latin1.jsonl")
    (tmp_path / "blank.jsonl").write_text("\n  \n", encoding="utf-8")
    with pytest.raises(QAError, match="holds no questions"):
        read_questions(tmp_path / "blank.jsonl")


def test_every_question_set_of_the_repository_reads():
    from pathlib import Path
    for path in sorted((Path(__file__).resolve().parent.parent / "eval").glob("*.jsonl")):
        assert read_questions(path), path


def test_qa_eval_names_the_file_and_line(tmp_path, bundled_index):
    from tests.lifecycle_support import run_qa
    path = tmp_path / "set.jsonl"
    path.write_text(json.dumps(GOOD) + "\n" + '{"id": "q2", "question": \n', encoding="utf-8")
    for target, message in [(path, f"{path} line 2: not valid JSON"),
                            (tmp_path / "missing.jsonl", f"cannot read the question file {tmp_path / 'missing.jsonl'}")]:
        proc = run_qa("eval", "--index", bundled_index, target)
        assert proc.returncode == 1 and proc.stdout == ""
        [line] = proc.stderr.strip().splitlines()
        assert line.startswith(f"qa: error: {message}")
