"""Incremental update: add one article to the 2,225-article BBC index; where the time goes.

    .venv/bin/python bench/incremental.py [--index bench/.cache/bbc/index_2225] [--repeat 3]

Each run copies the cached index and its corpus to a temporary folder, adds one new article
(an article of the bundled corpus, ~2,000 words) and runs `update_index`, with the library's
own functions wrapped with timers. A cached index written before versions stored their BM25
tokens is first written once more by this version's store (untimed), so that the timed update
sees what any update after the first one sees. It also times embedding that article alone (the floor an
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
                 "faiss_updated", "stored_tokens", "passage_tokens", "build_bm25", "encode_tokens", "write_version"):
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


def with_stored_tokens(index: Path) -> bool:
    """Give a copied index written before tokens were stored its tokens (a new version with the
    same content); True when it had to."""
    from qa.indexer import encode_tokens, passage_tokens
    from qa.lexical import analyzer_fingerprint, build_bm25
    from qa.store import TOKENS_FILE, current_version, read_index, write_version
    data = read_index(index)
    if (current_version(index) / TOKENS_FILE).exists() and data.manifest.get("bm25_analyzer") == analyzer_fingerprint():
        return False
    tokens = [passage_tokens(p.text) for p in data.passages]
    data.bm25 = build_bm25([p.text for p in data.passages], tokens)
    data.bm25_tokens = encode_tokens(data.bm25, tokens)
    data.manifest = dict(data.manifest, bm25_analyzer=analyzer_fingerprint())
    write_version(index, data)
    return True


def at_scale(index: Path, add: int = 28) -> dict:
    """The two reused parts on a large (synthetic) index, without a corpus: adding `add` vectors
    to its FAISS index in place, and BM25 from stored tokens vs analysing every passage."""
    import numpy as np
    from qa.dense import describe, update_faiss
    from qa.lexical import build_bm25, decode_tokens, encode_tokens, passage_tokens
    from qa.store import read_index
    out = {"index": str(index)}
    t = time.perf_counter()
    data = read_index(index)
    out["read_index_s"] = round(time.perf_counter() - t, 2)
    out["passages"], out["faiss_kind"] = len(data.passages), describe(data.faiss_index)
    texts = [p.text for p in data.passages]
    t = time.perf_counter()
    tokens = [passage_tokens(x) for x in texts]
    out["analyse_all_s"] = round(time.perf_counter() - t, 2)
    t = time.perf_counter()
    bm25 = build_bm25(texts, tokens)
    out["bm25_count_from_tokens_s"] = round(time.perf_counter() - t, 2)
    t = time.perf_counter()
    ids, offsets = encode_tokens(bm25, tokens)
    out["encode_tokens_s"] = round(time.perf_counter() - t, 2)
    t = time.perf_counter()
    decode_tokens(bm25, ids, offsets, range(len(texts)))
    out["decode_tokens_s"] = round(time.perf_counter() - t, 2)
    out["tokens_file_mib"] = round((ids.nbytes + offsets.nbytes) / 2 ** 20, 1)
    rng = np.random.default_rng(0)
    x = rng.standard_normal((add, data.passage_vectors.shape[1]), dtype=np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    new_ids = np.arange(add, dtype=np.int64) + int(max(p.id for p in data.passages)) + 1
    t = time.perf_counter()
    updated = update_faiss(data.faiss_index, np.zeros(0, np.int64), x, new_ids)
    out[f"faiss_add_{add}_in_place_s"] = round(time.perf_counter() - t, 3)
    out["faiss_in_place"] = updated is not None
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--index", default=str(CACHE / "bbc" / "index_2225"))
    ap.add_argument("--corpus", default=str(CACHE / "bbc" / "corpus_2225"))
    ap.add_argument("--article", default=str(REPO / "corpus" / "2013-04-maduro-wins-presidential-election.txt"))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--scale", help="also time the reused parts on this large index (e.g. bench/.cache/synth_100000/index)")
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
            if with_stored_tokens(tmp / "index"):
                print("  (the cached index had no stored BM25 tokens: written once more with them, untimed)")
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
    if args.scale:
        hr(f"at scale: {args.scale}")
        results["scale"] = at_scale(Path(args.scale))
        print("  ", results["scale"])
    results["peak_rss_mib"] = round(peak_rss_mib())
    results["busy_others"] = busy_others()
    print("saved", save("incremental", results))


if __name__ == "__main__":
    main()
