"""Query time (warm p50/p95, by stage), cold `qa ask`, and memory, at several index sizes.

    .venv/bin/python bench/query_speed.py [--sizes bundled,bbc,100000,1000000] [--questions 40] [--repeat 3]

Sizes:
  bundled   the repo's corpus/ (indexed into bench/.cache/bundled)
  bbc       the 2,225 BBC articles indexed by bench/bbc_retrieval.py (skipped if not built yet)
  <number>  a synthetic index of that many passages: text generated from the BBC (or bundled)
            vocabulary with its word frequencies, 3 sentences a passage, random unit vectors for
            passages and sentences, FAISS and BM25 built by the project's own build_faiss/build_bm25
            and written by its store (bench/.cache/synth_<n>; built once, in its own process)
Per size, in a fresh process (so peak RSS is that size's alone):
  plain     the reference: embed the query + FAISS search (k=50) + BM25 scores and top 50
  ask       Assistant.ask(question), the full answer
  stages    ask again with the library's steps timed one by one (wrapped, not re-implemented)
Questions: the dev set's 40 for the bundled corpus, BBC headlines for the other sizes.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import common
from common import CACHE, REPO, busy_others, hr, machine, peak_rss_mib, percentiles, reset_peak_rss, rss_mib, save

DEV = REPO.parent / "shared" / "eval" / "dev.jsonl"


# ---------------------------------------------------------------- questions and places

def dev_questions() -> list[str]:
    """The shared dev set's questions. Without them there is nothing to time the bundled corpus on:
    a stand-in of two easy questions once made a run from a tree without ../shared beside it
    report a third less time per question (docs: BENCHMARKS.md §9, the twenty-third session)."""
    if not DEV.exists():
        raise SystemExit(f"bench: {DEV} not found; the bundled corpus is timed on the shared dev questions: "
                         "put ../shared beside the repository (a symlink will do)")
    return [json.loads(line)["question"] for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]


def bbc_headlines(n: int) -> list[str]:
    try:
        import bbc_retrieval
        return [a["headline"] for a in bbc_retrieval.load_articles()[:n]]
    except Exception:
        return dev_questions()[:n]


def place(size: str) -> tuple[Path, Path]:
    if size == "bundled":
        return REPO / "corpus", CACHE / "bundled" / "index"
    if size == "bbc":
        return CACHE / "bbc" / "corpus_2225", CACHE / "bbc" / "index_2225"
    return CACHE / f"synth_{size}" / "corpus", CACHE / f"synth_{size}" / "index"


# ---------------------------------------------------------------- synthetic index

def vocabulary():
    """Words and their frequencies from the BBC bodies (or the bundled corpus)."""
    import collections
    import numpy as np
    from qa.text import WORD
    folder = CACHE / "bbc" / "corpus_2225"
    files = sorted(folder.glob("*.txt")) if folder.is_dir() else sorted((REPO / "corpus").glob("*.txt"))
    counts = collections.Counter()
    for f in files:
        counts.update(WORD.findall(f.read_text(encoding="utf-8")))
    words, freq = zip(*counts.most_common())
    p = np.array(freq, dtype=np.float64)
    return list(words), p / p.sum()


def build_synthetic(n: int) -> dict:
    """Passages of generated text with random unit vectors, through build_faiss/build_bm25/write_version."""
    import numpy as np
    from qa.chunking import Passage, PassageSentence
    from qa.config import Settings
    from qa.dense import build_faiss, describe
    from qa.lexical import build_bm25
    from qa.store import IndexData, write_version
    corpus, index = place(str(n))
    corpus.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(n)
    words, p = vocabulary()
    out = {"n": n}
    t0 = time.perf_counter()
    per_doc, per_passage, dim = 5, 3, 384
    lengths = rng.integers(12, 30, size=n * per_passage)
    picks = rng.choice(len(words), size=int(lengths.sum()), p=p)
    passages, cursor, s_i = [], 0, 0
    for i in range(n):
        sentences, parts, offset = [], [], 0
        for _ in range(per_passage):
            m = lengths[s_i]
            s_i += 1
            text = " ".join(words[j] for j in picks[cursor:cursor + m]).capitalize() + "."
            cursor += m
            sentences.append(PassageSentence(text, offset, offset + len(text), offset))
            parts.append(text)
            offset += len(text) + 1
        passages.append(Passage(doc=f"synthetic-{i // per_doc:07d}.txt", position=i % per_doc,
                                sentences=sentences, text=" ".join(parts), id=i))
    out["generate_text_s"] = round(time.perf_counter() - t0, 1)

    def unit_rows(rows):
        v = np.empty((rows, dim), dtype=np.float32)
        for b in range(0, rows, 100_000):
            x = rng.standard_normal((min(100_000, rows - b), dim), dtype=np.float32)
            v[b:b + len(x)] = x / np.linalg.norm(x, axis=1, keepdims=True)
        return v
    t0 = time.perf_counter()
    passage_vectors, sentence_vectors = unit_rows(n), unit_rows(n * per_passage)
    out["generate_vectors_s"] = round(time.perf_counter() - t0, 1)
    ids = np.arange(n, dtype=np.int64)
    t0 = time.perf_counter()
    kind = os.environ.get("QA_BENCH_FAISS_KIND") or None     # default: the library's choice by size
    faiss_index = build_faiss(passage_vectors, ids, dim, kind=kind)
    out["faiss_s"], out["faiss_kind"] = round(time.perf_counter() - t0, 1), describe(faiss_index)
    t0 = time.perf_counter()
    bm25 = build_bm25([q.text for q in passages])
    out["bm25_s"] = round(time.perf_counter() - t0, 1)
    docs = sorted({q.doc for q in passages})
    settings = Settings()
    manifest = {"model": settings.model, "dimension": dim, "chunking": settings.chunking.as_dict(), "next_id": n,
                "documents": {d: {"hash": d, "metadata": {"title": d, "date": "", "author": "", "source": ""},
                                  "passages": per_doc, "acronyms": {}} for d in docs}}   # generated text defines none
    data = IndexData(manifest=manifest, passages=passages, passage_vectors=passage_vectors,
                     sentence_vectors=sentence_vectors, faiss_index=faiss_index, bm25=bm25)
    t0 = time.perf_counter()
    version = write_version(index, data)
    out["write_s"] = round(time.perf_counter() - t0, 1)
    out["disk_mib"] = round(sum(f.stat().st_size for f in version.rglob("*") if f.is_file()) / 2 ** 20)
    out["peak_rss_mib"] = round(peak_rss_mib())
    return out


def build_real(size: str) -> dict:
    from qa.config import Settings
    from qa.embedding import Embedder
    from qa.indexer import update_index
    corpus, index = place(size)
    t0 = time.perf_counter()
    report = update_index(corpus, index, Embedder(Settings().model))
    return {"size": size, "seconds": round(time.perf_counter() - t0, 1), "written": report.written,
            "embedded": report.embedded_passages,
            "peak_rss_mib": round(peak_rss_mib())}


# ---------------------------------------------------------------- serving, in one process per size

STAGES = ("resolve", "analyse", "term_weights", "score_sentences", "rerank_passages", "unknown_words",
          "compose", "word_support")


def touched_top(bm25, query: str, k: int):
    """BM25 top k computed over the touched rows only (no array over all passages)."""
    import numpy as np
    from qa.text import analyzer
    vocab, sc = bm25.vocab_dict, bm25.scores
    ids = [vocab[t] for t in analyzer(query) if t in vocab]
    if not ids:
        return []
    rows = np.concatenate([sc["indices"][sc["indptr"][i]:sc["indptr"][i + 1]] for i in ids])
    vals = np.concatenate([sc["data"][sc["indptr"][i]:sc["indptr"][i + 1]] for i in ids])
    touched, inverse = np.unique(rows, return_inverse=True)
    sums = np.bincount(inverse, weights=vals, minlength=len(touched))
    best = np.argsort(-sums)[:k]
    return [(int(touched[i]), float(sums[i])) for i in best if sums[i] > 0]


def serve(size: str, n_questions: int, repeat: int) -> dict:
    from qa.assistant import Assistant
    from qa.config import Settings
    from qa.dense import dense_search, describe
    from qa.embedding import Embedder
    from qa.lexical import bm25_scores, top_rows
    import qa.assistant as assistant_module

    corpus, index = place(size)
    questions = dev_questions()[:n_questions] if size == "bundled" else bbc_headlines(n_questions)
    out = {"size": size, "rss_start_mib": round(rss_mib())}
    t0 = time.perf_counter()
    embedder = Embedder(Settings().model)
    embedder.model
    out["model_load_s"] = round(time.perf_counter() - t0, 2)
    assistant = Assistant(index_dir=index, corpus_dir=corpus, embedder=embedder)
    t0 = time.perf_counter()
    loaded = assistant.index()
    out["index_load_s"] = round(time.perf_counter() - t0, 2)
    data = loaded.data
    out.update(passages=len(data.passages), sentences=int(data.sentence_vectors.shape[0]),
               faiss_kind=describe(data.faiss_index), rss_loaded_mib=round(rss_mib()))

    def plain(q):
        v = embedder.encode_query(q)
        dense_search(data.faiss_index, v, 50)
        top_rows(bm25_scores(data.bm25, q), 50)

    for q in questions[:3]:
        plain(q)
        assistant.ask(q)
    t_plain, t_ask, t_embed = [], [], []
    for _ in range(repeat):
        for q in questions:
            t = time.perf_counter()
            plain(q)
            t_plain.append(time.perf_counter() - t)
            t = time.perf_counter()
            embedder.encode_query(q)
            t_embed.append(time.perf_counter() - t)
            t = time.perf_counter()
            assistant.ask(q)
            t_ask.append(time.perf_counter() - t)
    out["plain"], out["ask"], out["embed_query"] = percentiles(t_plain), percentiles(t_ask), percentiles(t_embed)
    out["ask_over_plain_p50"] = round(out["ask"]["p50_ms"] / out["plain"]["p50_ms"], 2)
    # the first round asks each question for the first time (bar the 3 warm-up ones): its
    # sentences were never looked at in this process; the later rounds ask them again
    n = len(questions)
    out["questions"] = n
    out["ask_first_round"], out["ask_later_rounds"] = percentiles(t_ask[:n]), percentiles(t_ask[n:] or t_ask)
    out["plain_first_round"] = percentiles(t_plain[:n])

    # stages: wrap the functions ask() calls (whatever they are today) with timers
    spent: dict[str, list[float]] = {}

    def timer(name, fn):
        def wrapped(*a, **kw):
            t = time.perf_counter()
            try:
                return fn(*a, **kw)
            finally:
                spent.setdefault(name, []).append(time.perf_counter() - t)
        return wrapped
    patched = []
    for name in STAGES:
        fn = getattr(assistant_module, name, None)
        if callable(fn):
            patched.append((assistant_module, name, fn))
            setattr(assistant_module, name, timer(name, fn))
    for obj, name, label in ((embedder, "encode_query_tokens", "encode_query"), (loaded.retriever, "search", "retrieve")):
        fn = getattr(obj, name)
        setattr(obj, name, timer(label, fn))
    ask_total = []
    for q in questions:
        t = time.perf_counter()
        assistant.ask(q)
        ask_total.append(time.perf_counter() - t)
    for module, name, fn in patched:
        setattr(module, name, fn)
    out["stages_mean_ms"] = {k: round(sum(v) / len(questions) * 1000, 3) for k, v in spent.items()}
    out["stages_mean_ms"]["(ask total)"] = round(sum(ask_total) / len(questions) * 1000, 3)

    # the lexical side alone (what retrieval does: a score for every row, then the top 50), and
    # the alternative tried and dropped: scoring only the rows the query's postings touch
    lex_full, lex_touched = [], []
    for q in questions:
        t = time.perf_counter()
        top_rows(bm25_scores(data.bm25, q), 50)
        lex_full.append(time.perf_counter() - t)
        t = time.perf_counter()
        touched_top(data.bm25, q, 50)
        lex_touched.append(time.perf_counter() - t)
    out["bm25_full_array"], out["bm25_touched_only"] = percentiles(lex_full), percentiles(lex_touched)
    vecs = [embedder.encode_query(q) for q in questions]
    t_dense = []
    for v in vecs:
        t = time.perf_counter()
        dense_search(data.faiss_index, v, 50)
        t_dense.append(time.perf_counter() - t)
    out["faiss_search"] = percentiles(t_dense)
    # a filtered question: Retriever.allowed_rows over every passage; the first call also builds
    # the per-passage columns it keeps for the loaded index
    from qa.retrieval import Filters
    t = time.perf_counter()
    loaded.retriever.allowed_rows(Filters(date_from="2010"))
    out["filter_mask_first_ms"] = round((time.perf_counter() - t) * 1000, 3)
    t_mask = []
    for _ in range(20):
        t = time.perf_counter()
        loaded.retriever.allowed_rows(Filters(date_from="2010"))
        t_mask.append(time.perf_counter() - t)
    out["filter_mask"] = percentiles(t_mask)
    out["peak_rss_mib"] = round(peak_rss_mib())
    out["load1_end"] = round(os.getloadavg()[0], 2)
    return out


# ---------------------------------------------------------------- cold CLI

def cold_cli(size: str, question: str, runs: int, runtime: str | None = None) -> dict:
    """Wall time of `qa ask QUESTION` as a new process, `runs` times (QA_EMBED_BACKEND=runtime)."""
    corpus, index = place(size)
    qa = str(Path(sys.executable).parent / "qa")
    env = dict(os.environ, HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1")
    if runtime:
        env["QA_EMBED_BACKEND"] = runtime
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        r = subprocess.run([qa, "ask", "--index", str(index), "--corpus", str(corpus), question],
                           capture_output=True, text=True, env=env)
        times.append(time.perf_counter() - t)
        if r.returncode != 0:
            return {"error": r.stderr.strip()[-300:]}
    return {"runtime": runtime or "default", "runs": [round(x, 2) for x in times],
            "median_s": round(sorted(times)[len(times) // 2], 2), "min_s": round(min(times), 2),
            "load1": round(os.getloadavg()[0], 2)}


def cold_phases(size: str) -> dict:
    """In a fresh process: how long each step to the first answer takes (what `qa ask` does)."""
    t0 = time.perf_counter()
    out = {}
    from qa.assistant import Assistant
    out["import_qa"] = time.perf_counter() - t0
    t = time.perf_counter()
    from qa.config import Settings
    from qa.embedding import Embedder
    embedder = Embedder(Settings().model)
    embedder.model
    out["import_runtime_and_load_model"] = time.perf_counter() - t
    corpus, index = place(size)
    assistant = Assistant(index_dir=index, corpus_dir=corpus, embedder=embedder)
    t = time.perf_counter()
    import qa.store as store
    stages = common.Stages()
    stages.wrap(store, "verify", "verify_checksums")
    assistant.index()
    stages.restore()
    out["load_index"] = time.perf_counter() - t
    out["load_index/verify_checksums"] = stages.spent.get("verify_checksums", 0.0)
    t = time.perf_counter()
    question = dev_questions()[0] if size == "bundled" else bbc_headlines(1)[0]
    assistant.ask(question)
    out["first_answer"] = time.perf_counter() - t
    out["total_in_process"] = time.perf_counter() - t0
    heavy = sorted({m.split(".")[0] for m in sys.modules} & {"torch", "transformers", "sentence_transformers", "sklearn"})
    return {**{k: round(v, 3) for k, v in out.items()}, "runtime": embedder.runtime, "heavy_modules_imported": heavy}


def cli_help(runs: int = 5) -> dict:
    qa = str(Path(sys.executable).parent / "qa")
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run([qa, "--help"], capture_output=True)
        times.append(time.perf_counter() - t)
    return {"runs": [round(x, 3) for x in times], "median_s": round(sorted(times)[len(times) // 2], 3)}


def child(args: list[str]) -> dict:
    r = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True)
    lines = [line for line in r.stdout.splitlines() if line.startswith("{")]
    if r.returncode != 0 or not lines:
        return {"error": (r.stderr or r.stdout).strip()[-600:]}
    return json.loads(lines[-1])


def cold_only(args) -> None:
    """Cold `qa ask` per size and runtime, and the phases of a cold start in a fresh process."""
    from qa.store import current_version
    info = machine()
    print("machine:", info)
    results = {"machine": info, "cold_cli": {}}
    for size in args.sizes.split(","):
        if current_version(place(size)[1]) is None:
            print(f"  {size}: no index (run without --cold-only once to build it)")
            continue
        question = dev_questions()[0] if size == "bundled" else bbc_headlines(1)[0]
        hr(f"cold `qa ask` on {size}: {question}")
        for runtime in args.cold_runtimes.split(","):
            results["cold_cli"][f"{size}/{runtime}"] = res = cold_cli(size, question, args.cold_runs, runtime)
            print(f"  {runtime}: {res}")
        results["cold_cli"][f"{size}/phases"] = child(["--cold", size])
        print("  phases (s):", results["cold_cli"][f"{size}/phases"])
    results["busy_others"] = busy_others()
    print("saved", save("query_speed_cold", results))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="bundled,bbc,100000,1000000")
    ap.add_argument("--questions", type=int, default=40)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--cold-runs", type=int, default=3)
    ap.add_argument("--cold-runtimes", default="onnx", help="embedding runtimes to time cold `qa ask` with: onnx,torch")
    ap.add_argument("--cold-only", action="store_true",
                    help="only the cold `qa ask` and its phases (no warm serving); saved as query_speed_cold.json")
    ap.add_argument("--one", help=argparse.SUPPRESS)
    ap.add_argument("--build", help=argparse.SUPPRESS)
    ap.add_argument("--cold", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.build:
        reset_peak_rss()
        res = build_synthetic(int(args.build)) if args.build.isdigit() else build_real(args.build)
        print(json.dumps(res))
        return
    if args.cold:
        print(json.dumps(cold_phases(args.cold)))
        return
    if args.one:
        reset_peak_rss()
        print(json.dumps(serve(args.one, args.questions, args.repeat)))
        return
    if args.cold_only:
        cold_only(args)
        return

    from qa.store import current_version
    info = machine()
    print("machine:", info)
    results = {"machine": info, "builds": {}, "serve": {}, "cold_cli": {}}
    hr("qa --help")
    results["qa_help"] = cli_help()
    print(f"  qa --help: median {results['qa_help']['median_s']} s  {results['qa_help']['runs']}")
    for size in args.sizes.split(","):
        hr(f"size {size}")
        corpus, index = place(size)
        if size == "bbc" and current_version(index) is None:
            print("  skipped: run bench/bbc_retrieval.py first")
            continue
        record = index.parent / "build.json"
        if current_version(index) is None or not size.isdigit():
            # a real corpus's index is brought up to date (a no-op when it is): an index built by
            # older code would be served with its stale text pipeline or without its sentence facts
            build = child(["--build", size])
            if build.get("embedded", 1) or not record.exists():   # a build, not an update that embedded nothing
                record.write_text(json.dumps(build))
        if record.exists():
            results["builds"][size] = json.loads(record.read_text())
            print("  build (when it was built):", results["builds"][size])
        serve_res = child(["--one", size, "--questions", str(args.questions), "--repeat", str(args.repeat)])
        results["serve"][size] = serve_res
        if "error" in serve_res:
            print("  error:", serve_res["error"])
            continue
        s = serve_res
        print(f"  {s['passages']} passages ({s['faiss_kind']}), {s.get('questions', '?')} questions, "
              f"index load {s['index_load_s']} s, model load {s['model_load_s']} s")
        print(f"  plain (embed+FAISS+BM25) p50 {s['plain']['p50_ms']:.1f} ms p95 {s['plain']['p95_ms']:.1f} ms")
        print(f"  ask                      p50 {s['ask']['p50_ms']:.1f} ms p95 {s['ask']['p95_ms']:.1f} ms"
              f"  (ask/plain at p50 = {s['ask_over_plain_p50']})")
        print(f"    first round p50 {s['ask_first_round']['p50_ms']:.1f} ms (plain {s['plain_first_round']['p50_ms']:.1f}),"
              f" later rounds p50 {s['ask_later_rounds']['p50_ms']:.1f} ms")
        print(f"  embed query p50 {s['embed_query']['p50_ms']:.1f} ms; FAISS p50 {s['faiss_search']['p50_ms']:.2f} ms;"
              f" BM25 full array+top p50 {s['bm25_full_array']['p50_ms']:.2f} ms vs touched rows p50 "
              f"{s['bm25_touched_only']['p50_ms']:.2f} ms")
        print("  stages (mean ms):", s["stages_mean_ms"])
        print(f"  filter mask over all passages (date_from=2010): p50 {s['filter_mask']['p50_ms']:.2f} ms"
              f" (first call, building the columns: {s['filter_mask_first_ms']:.1f} ms)")
        print(f"  RSS: loaded {s['rss_loaded_mib']} MiB, peak serving {s['peak_rss_mib']} MiB")
        question = dev_questions()[0] if size == "bundled" else bbc_headlines(1)[0]
        if args.cold_runs:
            runtimes = args.cold_runtimes.split(",")
            results["cold_cli"][size] = cold_cli(size, question, args.cold_runs, runtimes[0])
            print(f"  cold `qa ask` ({runtimes[0]}):", results["cold_cli"][size])
            for other in runtimes[1:]:
                results["cold_cli"][size][f"with_{other}"] = cold_cli(size, question, args.cold_runs, other)
                print(f"  cold `qa ask` ({other}):", results["cold_cli"][size][f"with_{other}"])
            results["cold_cli"][size]["phases"] = child(["--cold", size])
            print("  cold phases (s):", results["cold_cli"][size]["phases"])
    results["busy_others"] = busy_others()
    print("saved", save("query_speed", results))


if __name__ == "__main__":
    main()
