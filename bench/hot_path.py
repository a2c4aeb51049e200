"""Per-question CPU work on the answering path, and what proposed changes would save.

    .venv/bin/python bench/hot_path.py [--index bench/.cache/bundled/index] [--repeat 2]

The answering modules belong to other engineers, so the proposals are applied here as
run-time patches (nothing in qa/ is edited) and each is checked to give the very same
answers (Answer.to_dict() equal for every dev question) before its time is reported:
  fold-ascii      text.fold: an ASCII string only needs .lower() (NFKD, the quote table and the
                  combining-mark filter are all no-ops on ASCII); other strings drop combining
                  marks with one precompiled regex instead of a per-character generator
  memo-terms      content_terms / fold of a sentence computed once per process (an LRU cache;
                  stands for computing them at index time and storing them with the passage)
  skip-quotes     scoring.quote_match returns 0 without folding the sentence when the question
                  quotes nothing
CPU time (process_time) per question is reported because other processes share the machine;
wall time is printed beside it.
"""
from __future__ import annotations

import argparse
import functools
import json
import re
import sys
import time
import unicodedata

import common
from common import CACHE, REPO, busy_others, hr, machine, save

DEV = REPO.parent / "shared" / "eval" / "dev.jsonl"


def fast_fold_factory():
    import qa.text as text
    marks = "".join(chr(c) for c in range(sys.maxunicode + 1)
                    if unicodedata.combining(chr(c)) and not 0xD800 <= c <= 0xDFFF)
    combining = re.compile("[" + re.escape(marks) + "]")

    def fold(s: str) -> str:
        if s.isascii():
            return s.lower()
        return combining.sub("", unicodedata.normalize("NFKD", s.translate(text.QUOTES))).lower()
    return fold


def patch(name: str, undo: list):
    import qa.text
    modules = [m for k, m in sys.modules.items() if k.startswith("qa.") and m is not None]

    def replace(attr: str, new):
        for m in modules:
            if getattr(m, attr, None) is getattr(qa.text, attr):
                if m is not qa.text:
                    undo.append((m, attr, getattr(m, attr)))
                    setattr(m, attr, new)
        undo.append((qa.text, attr, getattr(qa.text, attr)))
        setattr(qa.text, attr, new)

    if name == "fold-ascii":
        replace("fold", fast_fold_factory())
    elif name == "memo-terms":
        replace("content_terms", _memo_list(qa.text.content_terms))
        replace("fold", functools.lru_cache(maxsize=200_000)(qa.text.fold))
    elif name == "skip-quotes":
        import qa.scoring as scoring
        real = scoring.quote_match

        def quote_match(text, question):
            return real(text, question) if question.quotes else 0.0
        undo.append((scoring, "quote_match", real))
        scoring.quote_match = quote_match


def _memo_list(fn):
    cached = functools.lru_cache(maxsize=200_000)(lambda s: tuple(fn(s)))
    return lambda s: list(cached(s))


def run(assistant, questions, repeat):
    answers = [assistant.ask(q).to_dict() for q in questions]      # warm (and caches, if any)
    c0, t0 = time.process_time(), time.perf_counter()
    for _ in range(repeat):
        for q in questions:
            assistant.ask(q)
    n = repeat * len(questions)
    return answers, (time.process_time() - c0) / n * 1000, (time.perf_counter() - t0) / n * 1000


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--index", default=str(CACHE / "bundled" / "index"))
    ap.add_argument("--corpus", default=str(REPO / "corpus"))
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args()
    from qa.assistant import Assistant
    from qa.config import Settings
    from qa.embedding import Embedder
    embedder = Embedder(Settings().model)
    assistant = Assistant(index_dir=args.index, corpus_dir=args.corpus, embedder=embedder)
    questions = [json.loads(line)["question"] for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    info = machine()
    print("machine:", info)
    steps = [[], ["fold-ascii"], ["fold-ascii", "skip-quotes"], ["fold-ascii", "skip-quotes", "memo-terms"]]
    rows, reference = [], None
    for step in steps:
        undo: list = []
        for name in step:
            patch(name, undo)
        # cold caches for every step: a fresh process would be fairer, but the patches are pure
        answers, cpu_ms, wall_ms = run(assistant, questions, args.repeat)
        for owner, attr, value in reversed(undo):
            setattr(owner, attr, value)
        if reference is None:
            reference = answers
        same = answers == reference
        label = "+".join(step) or "as is"
        rows.append({"patches": label, "cpu_ms_per_question": round(cpu_ms, 1), "wall_ms_per_question": round(wall_ms, 1),
                     "same_answers": same})
        print(f"  {label:40s} CPU {cpu_ms:7.1f} ms/question  wall {wall_ms:7.1f} ms  same answers: {same}")
    hr("CPU per question by step (library functions wrapped with process_time timers)")
    stages = cpu_stages(assistant, questions)
    for k, v in stages.items():
        print(f"  {k:40s} {v:8.2f} ms")
    print("saved", save("hot_path", {"machine": info, "rows": rows, "questions": len(questions),
                                     "cpu_stages_ms": stages, "busy_others": busy_others()}))


def cpu_stages(assistant, questions) -> dict:
    import qa.assistant as am
    import qa.scoring as scoring
    spent: dict[str, float] = {}
    undo = []

    def wrap(owner, name, label):
        fn = getattr(owner, name, None)
        if not callable(fn):
            return

        def timed(*a, **kw):
            t = time.process_time()
            try:
                return fn(*a, **kw)
            finally:
                spent[label] = spent.get(label, 0.0) + time.process_time() - t
        undo.append((owner, name, fn))
        setattr(owner, name, timed)
    for name in ("content_terms", "type_fit", "temporal_fit", "quote_match", "phrase_match", "coverage"):
        wrap(scoring, name, f"score_sentences/{name}")
    for name in ("score_sentences", "term_weights", "rerank_passages", "compose", "analyse", "unknown_words",
                 "word_support"):
        wrap(am, name, name)
    wrap(assistant.embedder, "encode_query_tokens", "encode_query")
    wrap(assistant.index().retriever, "search", "retrieve")
    c0 = time.process_time()
    for q in questions:
        assistant.ask(q)
    total = time.process_time() - c0
    for owner, name, fn in reversed(undo):
        setattr(owner, name, fn)
    out = {"(ask total)": total}
    out.update(sorted(spent.items(), key=lambda kv: -kv[1]))
    return {k: round(v / len(questions) * 1000, 2) for k, v in out.items()}


if __name__ == "__main__":
    main()
