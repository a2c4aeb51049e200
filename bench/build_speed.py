"""Full index build: where the time goes, tokens embedded per second against the FLOP bound, peak RSS.

    .venv/bin/python bench/build_speed.py [--corpus bundled|bbc|PATH] [--repeat 1] [--runtime onnx|torch]

Builds the index of the corpus from scratch into a temporary folder with the project's
`update_index` (its own functions, wrapped with timers), counts the word pieces the model
really processed (special tokens included, padding excluded) and derives the useful FLOPs from
the model's config (common.flops_per_token). In the same run it measures this CPU's float32
matrix-multiply rate on the thread count the bulk encode used (the best of numpy, torch and
onnxruntime, common.gemm_gflops); the FLOP bound is that rate divided by the FLOPs per token.
`--runtime` picks the embedding runtime (qa.embedding; default: the library's default, onnx).
`bbc` is the 2,225-article corpus written by bbc_retrieval.py.
"""
from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

import common
from common import (CACHE, REPO, Stages, busy_others, gemm_gflops, hr, loadavg, machine, model_config, peak_rss_mib,
                    save, text_flops, token_lengths)


def corpus_path(name: str) -> Path:
    return {"bundled": REPO / "corpus", "bbc": CACHE / "bbc" / "corpus_2225"}.get(name, Path(name))


def build_once(corpus: Path, embedder, keep: Path | None = None) -> dict:
    import qa.indexer as indexer
    import qa.store as store
    from qa import embedding
    stages = Stages()
    for name in ("scan_corpus", "passages_for", "embed_documents", "assemble", "build_faiss", "build_bm25",
                 "write_version", "load_previous", "plan_update"):
        stages.wrap(indexer, name)
    for name in ("file_digest", "fsync_tree", "prune"):
        stages.wrap(store, name, f"write_version/{name}")
    stages.wrap(embedder, "count_tokens", "passages_for/count_tokens")
    texts_seen: list[str] = []
    threads_used = []
    real_encode = embedder.encode

    def encode(texts, **kw):
        texts = list(texts)
        texts_seen.extend(texts)
        threads_used.append(embedding.bulk_threads() if len(texts) >= embedding.BULK_MIN_TEXTS else 1)
        t = time.perf_counter()
        try:
            return real_encode(texts, **kw)
        finally:
            stages.spent["encode (model)"] = stages.spent.get("encode (model)", 0.0) + time.perf_counter() - t
    embedder.encode = encode
    tmp = Path(tempfile.mkdtemp(prefix="qa-build-"))
    target = keep if keep is not None else tmp / "index"
    load0 = loadavg()[0]
    c0 = time.process_time()
    t0 = time.perf_counter()
    try:
        report = indexer.update_index(corpus, target, embedder, rebuild=True)
    finally:
        wall = time.perf_counter() - t0
        cpu = time.process_time() - c0
        stages.restore()
        embedder.encode = real_encode
        shutil.rmtree(tmp, ignore_errors=True)
    return {"wall_s": round(wall, 2), "cpu_s": round(cpu, 2), "load1": [round(load0, 2), round(loadavg()[0], 2)],
            "articles": len(report.added), "passages": report.embedded_passages,
            "sentences": report.embedded_sentences, "stages_s": stages.table(), "texts": texts_seen,
            "bulk_threads": threads_used[0] if threads_used else 0}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default="bundled")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--keep", help="build into this index folder (kept) instead of a temporary one")
    ap.add_argument("--runtime", default=None, help="embedding runtime: onnx or torch (default: the library's)")
    args = ap.parse_args()
    from qa.config import Settings
    from qa.embedding import Embedder
    corpus = corpus_path(args.corpus)
    if not corpus.is_dir():
        raise SystemExit(f"no corpus at {corpus} (for bbc, run bench/bbc_retrieval.py first)")
    embedder = Embedder(Settings().model, backend=args.runtime)
    t0 = time.perf_counter()
    embedder.model
    model_load = time.perf_counter() - t0
    print(f"runtime: {embedder.runtime} (loaded in {model_load:.2f} s)")
    info = machine()
    print("machine:", info)
    cfg = model_config(embedder)
    runs = []
    for r in range(args.repeat):
        hr(f"build {r + 1}/{args.repeat}: {corpus}")
        run = build_once(corpus, embedder, Path(args.keep) if args.keep else None)
        texts = run.pop("texts")
        lengths = token_lengths(embedder, texts)
        tokens, useful = sum(lengths), text_flops(cfg, lengths)
        gemm = gemm_gflops(seconds=3.0, threads=run["bulk_threads"] or 1)
        encode_s = run["stages_s"]["encode (model)"]
        fpt = useful / tokens
        bound = gemm["gflops"] * 1e9 / fpt
        run.update(texts=len(texts), tokens=tokens, mean_tokens=round(tokens / len(texts), 1),
                   flops_per_token=round(fpt), useful_gflop=round(useful / 1e9, 1), gemm=gemm,
                   tokens_per_s=round(tokens / encode_s), flop_bound_tokens_per_s=round(bound),
                   share_of_bound=round(tokens / encode_s / bound, 3),
                   achieved_gflops=round(useful / encode_s / 1e9, 1))
        runs.append(run)
        print(f"  {run['articles']} articles → {run['passages']} passages + {run['sentences']} sentences = "
              f"{len(texts)} texts, {tokens} tokens (mean {run['mean_tokens']}), {run['useful_gflop']} GFLOP")
        print(f"  total {run['wall_s']} s wall, {run['cpu_s']} s CPU (load {run['load1']}), bulk threads {run['bulk_threads']}")
        print(f"  stages (s): {run['stages_s']}")
        print(f"  embedding: {run['tokens_per_s']} tokens/s = {run['achieved_gflops']} GFLOP/s; GEMM {gemm['gflops']} "
              f"GFLOP/s on {run['bulk_threads']} thread(s) / {fpt / 1e6:.1f} MFLOP per token = bound "
              f"{run['flop_bound_tokens_per_s']} tokens/s → {run['share_of_bound']:.0%} of the bound")
    result = {"machine": info, "corpus": str(corpus), "model": cfg, "runtime": embedder.runtime,
              "batch_size": Settings().embed_batch_size, "model_load_s": round(model_load, 2),
              "runs": runs, "peak_rss_mib": round(peak_rss_mib()), "busy_others": busy_others()}
    print(f"  peak RSS of the build process: {result['peak_rss_mib']} MiB")
    name = args.corpus if args.corpus in ("bundled", "bbc") else "custom"
    suffix = "" if embedder.runtime == "onnxruntime" else "_torch"
    print("saved", save(f"build_speed_{name}{suffix}", result))


if __name__ == "__main__":
    main()
