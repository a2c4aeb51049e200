"""The metrics of ../shared/eval/README.md, computed from answers in the JSON contract.

Text is compared after NFKC, straight quotes, lower case and collapsed white space.
"""
from __future__ import annotations

import json
import statistics
from pathlib import Path
from typing import Callable, Iterable

from .errors import QAError
from .text import normalize

ANSWERABLE_EXPLAIN = {"why", "how", "what-happened", "comparison"}
FACTOID = {"factoid", "paraphrase"}
UNANSWERABLE = {"unanswerable", "out-of-domain"}


def read_questions(path: str | Path) -> list[dict]:
    """The question file's entries, checked line by line: a file that cannot be read, or a line
    that is not a question or conversation the metrics can score, is a QAError naming the file
    and the line (an eval set is typed by hand, and a KeyError deep in the scoring, after
    minutes of answering, tells nobody which line to fix)."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise QAError(f"cannot read the question file {path}: {exc.strerror or type(exc).__name__}") from None
    entries = []
    for number, raw in enumerate(data.splitlines(), 1):
        try:
            line = raw.decode("utf-8")
            if not line.strip():
                continue
            entry = json.loads(line)
        except UnicodeDecodeError:
            raise QAError(f"{path} line {number}: not valid UTF-8") from None
        except json.JSONDecodeError as exc:
            # (json's message may end with "at": "Unterminated string starting at")
            raise QAError(f"{path} line {number}: not valid JSON ({exc.msg.removesuffix(' at')} at column {exc.colno})") from None
        problem = entry_problem(entry)
        if problem:
            raise QAError(f"{path} line {number}: {problem}")
        entries.append(entry)
    if not entries:
        raise QAError(f"the question file {path} holds no questions (one JSON object a line)")
    return entries


def entry_problem(entry) -> str:
    """What keeps one line from being scored ('' when nothing): a question needs a "question"
    and a "type" (and its optional "answers"/"evidence" the shapes scoring reads); a
    conversation an "id" and a list of such questions in "turns"."""
    if not isinstance(entry, dict):
        return 'expected a JSON object with "question" and "type" (or "id" and "turns")'
    if "turns" in entry:
        turns = entry["turns"]
        if "id" not in entry or not isinstance(turns, list) or not turns:
            return 'a conversation needs an "id" and a non-empty list of questions in "turns"'
        for i, turn in enumerate(turns, 1):
            problem = entry_problem(turn) if isinstance(turn, dict) and "turns" not in turn else "not a question"
            if problem:
                return f"turn {i}: {problem}"
        return ""
    missing = [k for k in ("question", "type") if not isinstance(entry.get(k), str)]
    if missing:
        return " and ".join(f'"{k}"' for k in missing) + " missing or not text"
    if not isinstance(entry.get("answers", []), list) or not all(isinstance(a, str) for a in entry.get("answers", [])):
        return '"answers" must be a list of strings'
    evidence = entry.get("evidence", [])
    if not isinstance(evidence, list) or not all(isinstance(e, dict) and isinstance(e.get("text"), str) for e in evidence):
        return '"evidence" must be a list of objects with a "text"'
    return ""


def contains(haystack: str, needle: str) -> bool:
    return normalize(needle) in normalize(haystack)


def evidence_recall(item: dict, answer: dict, k: int = 5) -> float:
    passages = [p["passage"] for p in answer["passages"][:k]]
    hits = [any(contains(p, e["text"]) for p in passages) for e in item["evidence"]]
    return sum(hits) / len(hits) if hits else 0.0


def reciprocal_rank(item: dict, answer: dict, k: int = 5) -> float:
    for rank, p in enumerate(answer["passages"][:k], 1):
        if any(contains(p["passage"], e["text"]) for e in item["evidence"]):
            return 1 / rank
    return 0.0


def factoid_correct(item: dict, answer: dict) -> bool:
    if answer["abstained"]:
        return False
    short = (answer.get("short_answer") or "")[:200]
    first = answer["sentences"][0]["text"] if answer["sentences"] else ""
    return any(contains(short, a) or contains(first, a) for a in item["answers"])


def nugget_recall(item: dict, answer: dict) -> float:
    text = " ".join(s["text"] for s in answer["sentences"][:8])
    hits = [contains(text, e["text"]) for e in item["evidence"]]
    return sum(hits) / len(hits) if hits else 0.0


def faithful(answer: dict) -> list[bool]:
    by_id = {c["id"]: c["passage"] for c in answer["citations"]}
    return [s["text"] in by_id.get(s["citation"], "") for s in answer["sentences"]]


def mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else float("nan")


def score(items: list[dict], answers: list[dict]) -> dict:
    """All metrics, plus per-question details for inspection."""
    m: dict[str, list] = {k: [] for k in ("recall", "mrr", "factoid", "nugget", "abstention", "answered",
                                          "faithful", "words")}
    details = []
    for item, ans in zip(items, answers):
        kind = item["type"]
        row = {"id": item.get("id"), "type": kind, "abstained": ans["abstained"], "confidence": ans["confidence"]}
        if kind in UNANSWERABLE:
            m["abstention"].append(float(ans["abstained"]))
        else:
            m["answered"].append(float(not ans["abstained"]))
            if item.get("evidence"):
                row["recall@5"] = evidence_recall(item, ans)
                row["rr@5"] = reciprocal_rank(item, ans)
                m["recall"].append(row["recall@5"])
                m["mrr"].append(row["rr@5"])
        if kind in FACTOID:
            row["correct"] = factoid_correct(item, ans)
            m["factoid"].append(float(row["correct"]))
        if kind in ANSWERABLE_EXPLAIN:
            row["nuggets"] = nugget_recall(item, ans)
            m["nugget"].append(row["nuggets"])
            m["words"].append(len(ans["answer"].split()))
        m["faithful"].extend(float(x) for x in faithful(ans))
        details.append(row)
    return {
        "questions": len(items),
        "evidence_recall@5": mean(m["recall"]),
        "mrr@5": mean(m["mrr"]),
        "factoid_accuracy": mean(m["factoid"]),
        "nugget_recall": mean(m["nugget"]),
        "median_answer_words": statistics.median(m["words"]) if m["words"] else float("nan"),
        "abstention": mean(m["abstention"]),
        "answer_rate": mean(m["answered"]),
        "citation_faithfulness": mean(m["faithful"]) if m["faithful"] else 1.0,
        "details": details,
    }


def evaluate(path: str | Path, answer: Callable[[str, list[dict]], dict]) -> dict:
    """Ask every question of the file (`answer(question, history)`, history being the earlier
    answers of the same conversation) and score the answers. A line may be one question or a
    conversation, {"id", "turns": [question items]}, whose turns are asked in order and scored
    as questions "<id>.1", "<id>.2"… (eval/followups.jsonl)."""
    items, answers = [], []
    for entry in read_questions(path):
        turns = [dict(t, id=f"{entry['id']}.{i}") for i, t in enumerate(entry["turns"], 1)] if "turns" in entry else [entry]
        history: list[dict] = []
        for item in turns:
            history.append(answer(item["question"], list(history)))
            items.append(item)
        answers += history
    return score(items, answers)


def format_metrics(metrics: dict) -> str:
    keys = ["evidence_recall@5", "mrr@5", "factoid_accuracy", "nugget_recall", "median_answer_words",
            "abstention", "answer_rate", "citation_faithfulness"]
    return "  ".join(f"{k} {metrics[k]:.3f}" if k != "median_answer_words" else f"{k} {metrics[k]:.0f}" for k in keys)


def failures(metrics: dict) -> Iterable[dict]:
    for d in metrics["details"]:
        if d.get("correct") is False or d.get("recall@5", 1) < 1 or d.get("nuggets", 1) < 0.5 \
                or (d["type"] in UNANSWERABLE) != d["abstained"]:
            yield d
