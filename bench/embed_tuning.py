"""Embedding throughput by runtime, batch size, threads and text order, against the FLOP bound.

    .venv/bin/python bench/embed_tuning.py [--corpus corpus] [--runtimes onnx,torch] [--batches 16,32,64,128]
                                           [--threads 1,2] [--orders as-is,sorted] [--batch-tokens 0,512]
                                           [--repeat 3]

Texts are exactly what indexing embeds (every passage and every sentence of the corpus).
"Useful" FLOPs count real tokens only (padding is waste), derived from the model's config
(see common.flops_per_token); the bound is the measured GEMM rate on the same thread count (the
best of numpy, torch and onnxruntime, common.gemm_gflops) divided by FLOPs/token. Each runtime is
called the way `Embedder.encode` calls it (`model.embed(texts, batch_size, threads)` in steps of
1,024 texts), so the rows measure the library's own code path. `--batch-tokens` (onnx only)
caps the padded tokens of one model run (qa.onnx_runtime.BATCH_TOKENS); 0 = the library default.
"""
from __future__ import annotations

import argparse
import statistics
import time

import common  # noqa: F401  (sets offline env, sys.path)
from common import (busy_others, gemm_gflops, hr, loadavg, machine, model_config, save, text_flops,
                    token_lengths)


def corpus_texts(corpus: str, embedder, limit_docs: int = 0) -> list[str]:
    from qa.config import Settings
    from qa.indexer import passages_for
    from qa.loaders import scan_corpus
    docs = scan_corpus(corpus, 20 << 20).documents
    if limit_docs:
        docs = docs[:limit_docs]
    passages = [p for d in docs for p in passages_for(d, embedder, Settings())]
    return [p.text for p in passages] + [s.text for p in passages for s in p.sentences]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default="corpus")
    ap.add_argument("--limit-docs", type=int, default=0)
    ap.add_argument("--runtimes", default="onnx,torch", help="qa.embedding backends: onnx, torch")
    ap.add_argument("--batches", default="16,32,64,128")
    ap.add_argument("--threads", default="1,2")
    ap.add_argument("--orders", default="as-is,sorted")
    ap.add_argument("--batch-tokens", default="0", help="onnx: padded tokens per run at most; 0 = default")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    import numpy as np

    from qa.config import Settings
    from qa.embedding import Embedder

    embedders = {rt: Embedder(Settings().model, backend=rt) for rt in args.runtimes.split(",")}
    first = next(iter(embedders.values()))
    texts = corpus_texts(args.corpus, first, args.limit_docs)
    lengths = token_lengths(first, texts)
    cfg = model_config(first)
    useful = text_flops(cfg, lengths)
    tokens = sum(lengths)
    info = machine()
    print(f"machine: {info}")
    print(f"{len(texts)} texts, {tokens} tokens (mean {tokens / len(texts):.1f}), {useful / 1e9:.2f} useful GFLOP")
    mean_fpt = useful / tokens
    rows = []
    for threads in [int(t) for t in args.threads.split(",")]:
        gemm = gemm_gflops(seconds=3.0, threads=threads)
        bound = gemm["gflops"] * 1e9 / mean_fpt
        hr(f"threads={threads}: GEMM {gemm} → FLOP bound {bound:.0f} tokens/s")
        for runtime, embedder in embedders.items():
            model = embedder.model
            if model.name != {"onnx": "onnxruntime", "torch": "sentence-transformers"}[runtime]:
                print(f"  {runtime}: not available here (fell back to {model.name}); skipped")
                continue
            model.embed(texts[:64], batch_size=32, threads=threads)   # warm-up (and the session for `threads`)
            for order in args.orders.split(","):
                if order == "sorted":
                    idx = np.argsort([-len(t) for t in texts], kind="stable")
                    run_texts = [texts[i] for i in idx]
                else:
                    run_texts = texts
                budgets = [int(b) for b in args.batch_tokens.split(",")] if model.name == "onnxruntime" else [0]
                for bs, budget in [(b, t) for b in (int(x) for x in args.batches.split(",")) for t in budgets]:
                    extra = {"batch_tokens": budget or None} if model.name == "onnxruntime" else {}
                    walls, cpus = [], []
                    load0 = loadavg()[0]
                    for _ in range(args.repeat):
                        c0 = time.process_time()
                        t0 = time.perf_counter()
                        for b in range(0, len(run_texts), 1024):
                            model.embed(run_texts[b:b + 1024], batch_size=bs, threads=threads, **extra)
                        walls.append(time.perf_counter() - t0)
                        cpus.append(time.process_time() - c0)
                    best = min(walls)
                    if model.name == "onnxruntime":
                        from qa.onnx_runtime import BATCH_TOKENS
                        budget = budget or BATCH_TOKENS
                    row = {"runtime": model.name, "threads": threads, "order": order, "batch": bs,
                           "batch_tokens": budget or None,
                           "best_s": round(best, 3), "median_s": round(statistics.median(walls), 3),
                           "cpu_s": round(min(cpus), 3), "tokens_per_s": round(tokens / best),
                           "share_of_bound": round(tokens / best / bound, 3), "gemm_gflops": gemm["gflops"],
                           "load1": [round(load0, 2), round(loadavg()[0], 2)]}
                    rows.append(row)
                    print(f"  {model.name:21s} order={order:6s} batch={bs:4d} tokens<={budget or '-':>5}: best "
                          f"{best:6.2f}s median {row['median_s']:6.2f}s cpu {row['cpu_s']:6.2f}s  "
                          f"{row['tokens_per_s']:6d} tok/s = {row['share_of_bound']:.0%} of bound  "
                          f"(load {row['load1']})", flush=True)
    others = busy_others()
    if others:
        print("other busy processes at the end:", *others, sep="\n  ")
    save("embed_tuning", {"machine": info, "texts": len(texts), "tokens": tokens, "model": cfg,
                          "flops_per_token_mean": mean_fpt, "rows": rows, "busy_others": others})


if __name__ == "__main__":
    main()
