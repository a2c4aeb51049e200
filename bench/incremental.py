"""Incremental update: add one article to the 2,225-article BBC index; where the time goes.

    .venv/bin/python bench/incremental.py [--index bench/.cache/bbc/index_2225] [--repeat 3]

Each run copies the cached index and its corpus to a temporary folder, adds one new article
(an article of the bundled corpus, ~2,000 words) and runs `update_index`, with the library's
own functions wrapped with timers. It also times embedding that article alone (the floor an
update cannot go below) and a no-op update (nothing changed). The "constant" is the update's
time minus the article's embedding.
"""
from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

import common
from common import CACHE, REPO, Stages, busy_others, hr, loadavg, machine, peak_rss_mib, save


def timed_update(corpus: Path, index: Path, embedder) -> dict:
    import qa.indexer as indexer
    import qa.store as store
    stages = Stages()
    for name in ("scan_corpus", "load_previous", "plan_update", "embed_documents", "assemble", "build_faiss",
                 "build_bm25", "write_version"):
        stages.wrap(indexer, name)
    stages.wrap(indexer, "read_index", "load_previous/read_index")
    for name in ("verify", "passage_from_json"):
        stages.wrap(store, name, f"load_previous/read_index/{name}")
    for name in ("file_digest", "fsync_tree", "prune", "passage_to_json"):
        stages.wrap(store, name, f"write_version/{name}")
    stages.wrap(embedder, "encode", "embed_documents/encode")
    load0 = loadavg()[0]
    t0 = time.perf_counter()
    try:
        report = indexer.update_index(corpus, index, embedder)
    finally:
        stages.restore()
    wall = time.perf_counter() - t0
    return {"wall_s": round(wall, 3), "load1": [round(load0, 2), round(loadavg()[0], 2)], "summary": report.summary(),
            "embedded_passages": report.embedded_passages, "embedded_sentences": report.embedded_sentences,
            "stages_s": stages.table(), "calls": dict(stages.calls)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--index", default=str(CACHE / "bbc" / "index_2225"))
    ap.add_argument("--corpus", default=str(CACHE / "bbc" / "corpus_2225"))
    ap.add_argument("--article", default=str(REPO / "corpus" / "2013-04-maduro-wins-presidential-election.txt"))
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    from qa.config import Settings
    from qa.embedding import Embedder
    from qa.indexer import embed_documents
    from qa.loaders import load_document
    from qa.store import current_version
    if current_version(Path(args.index)) is None:
        raise SystemExit(f"no index at {args.index}: run bench/bbc_retrieval.py first")
    embedder = Embedder(Settings().model)
    embedder.model
    info = machine()
    print("machine:", info)
    article = Path(args.article)
    results = {"machine": info, "index": args.index, "article": article.name, "runs": [], "noop": [], "embed_alone": []}
    doc = load_document(article, Settings().max_file_bytes)
    for r in range(args.repeat):
        hr(f"run {r + 1}/{args.repeat}")
        t0 = time.perf_counter()
        items = embed_documents([doc], embedder, Settings(), None)
        alone = time.perf_counter() - t0
        results["embed_alone"].append(round(alone, 3))
        tmp = Path(tempfile.mkdtemp(prefix="qa-incr-"))
        try:
            shutil.copytree(args.index, tmp / "index", symlinks=True)
            shutil.copytree(args.corpus, tmp / "corpus")
            noop = timed_update(tmp / "corpus", tmp / "index", embedder)
            results["noop"].append(noop)
            shutil.copy(article, tmp / "corpus" / article.name)
            run = timed_update(tmp / "corpus", tmp / "index", embedder)
            run["embed_alone_s"] = round(alone, 3)
            run["constant_s"] = round(run["wall_s"] - run["stages_s"].get("embed_documents", 0.0), 3)
            results["runs"].append(run)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        print(f"  article alone: {len(items)} passages embedded (+ their sentences) in {alone:.2f} s")
        print(f"  no-op update: {noop['wall_s']:.2f} s  {noop['stages_s']}")
        print(f"  add one: {run['wall_s']:.2f} s ({run['summary']}), constant {run['constant_s']:.2f} s (load {run['load1']})")
        for k, v in run["stages_s"].items():
            print(f"      {k:45s} {v:8.3f} s")
    results["peak_rss_mib"] = round(peak_rss_mib())
    results["busy_others"] = busy_others()
    print("saved", save("incremental", results))


if __name__ == "__main__":
    main()
