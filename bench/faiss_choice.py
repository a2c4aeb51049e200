"""Which FAISS index past which size: build time, query time, memory and recall against exact.

    .venv/bin/python bench/faiss_choice.py [--sizes 10000,50000,100000,200000,1000000] [--hnsw-max 200000]

Vectors:
  real       the BBC index's passage and sentence vectors (real MiniLM embeddings), queried with
             the headline vectors: recall here is what users would see (needs bench/bbc_retrieval.py
             to have built bench/.cache/bbc/index_2225 first; skipped otherwise)
  clustered  synthetic: real vectors (or, without them, 2,000 random centres) + Gaussian noise,
             normalised; queries are other noisy copies. Lets recall be measured at 100k–1M.
  random     uniform on the sphere: the worst case for any approximate index (no structure)
Recall@k = share of the exact top-k (IndexFlatIP) that the approximate index also returns.
Query time is one query at a time, as the assistant searches, median over the queries.
"""
from __future__ import annotations

import argparse
import time

import common  # noqa: F401
from common import CACHE, busy_others, hr, machine, percentiles, save


NPROBES: list[int] = []


def unit(x):
    import numpy as np
    return (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32)


def real_vectors():
    import numpy as np
    from qa.store import current_version
    index = CACHE / "bbc" / "index_2225"
    if current_version(index) is None:
        return None, None
    v = current_version(index)
    base = np.concatenate([np.load(v / "passage_vectors.npy"), np.load(v / "sentence_vectors.npy")])
    heads = CACHE / "bbc" / "headline_vectors.npy"
    return base, (np.load(heads) if heads.exists() else None)


def clustered(n: int, seeds, rng, noise: float = 0.06):
    """n noisy copies of the seed vectors (cosine to their seed ~0.6 at noise 0.06, d=384)."""
    import numpy as np
    pick = rng.integers(0, len(seeds), n)
    return unit(seeds[pick] + rng.normal(0, noise, (n, seeds.shape[1])).astype(np.float32))


def measure(kind: str, base, queries, ids, exact_top, k_list=(10, 50), index=None, build=0.0) -> dict:
    import faiss
    import numpy as np
    from qa.dense import build_faiss, dense_search
    if index is None:
        t0 = time.perf_counter()
        index = build_faiss(base, ids, base.shape[1], kind=kind)
        build = time.perf_counter() - t0
    size = len(faiss.serialize_index(index))
    times, found = [], []
    kmax = max(k_list)
    for q in queries:
        t = time.perf_counter()
        hits = dense_search(index, q, kmax)
        times.append(time.perf_counter() - t)
        found.append([i for i, _ in hits])
    out = {"kind": kind, "build_s": round(build, 2), "bytes_per_vector": round(size / len(base), 1),
           "query": percentiles(times)}
    if kind == "ivf":
        ivf = faiss.extract_index_ivf(index)
        out.update(nlist=ivf.nlist, nprobe=ivf.nprobe)
    for k in k_list:
        if exact_top is not None:
            out[f"recall@{k}"] = round(float(np.mean([len(set(f[:k]) & set(e[:k])) / k
                                                      for f, e in zip(found, exact_top)])), 4)
    return out, found


def run_set(name: str, base, queries, kinds, hnsw_max: int) -> list[dict]:
    import numpy as np
    ids = np.arange(len(base), dtype=np.int64) * 3 + 7          # ids are not row numbers
    rows = []
    flat, exact = measure("flat", base, queries, ids, None)
    flat["recall@10"] = flat["recall@50"] = 1.0
    rows.append(flat)
    for kind in kinds:
        if kind == "flat" or (kind == "hnsw" and len(base) > hnsw_max):
            continue
        r, _ = measure(kind, base, queries, ids, exact)
        rows.append(r)
        if kind == "ivf" and NPROBES:
            import faiss
            from qa.dense import build_faiss
            index = build_faiss(base, ids, base.shape[1], kind="ivf")
            for p in NPROBES:
                faiss.extract_index_ivf(index).nprobe = p
                r2, _ = measure("ivf", base, queries, ids, exact, index=index, build=r["build_s"])
                if r2["nprobe"] != r["nprobe"]:
                    rows.append(r2)
    for r in rows:
        r.update(set=name, n=len(base))
        probe = f"/{r['nprobe']}" if r["kind"] == "ivf" else ""
        print(f"  {name:9s} n={len(base):>8}  {r['kind'] + probe:9s} build {r['build_s']:7.2f}s  "
              f"query p50 {r['query']['p50_ms']:7.3f} ms p95 {r['query']['p95_ms']:7.3f} ms  "
              f"recall@10 {r.get('recall@10', 0):.3f} @50 {r.get('recall@50', 0):.3f}  "
              f"{r['bytes_per_vector']:.0f} B/vector")
    return rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="10000,50000,100000,200000,1000000")
    ap.add_argument("--kinds", default="flat,ivf,hnsw")
    ap.add_argument("--hnsw-max", type=int, default=200_000, help="skip HNSW builds above this size (slow)")
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--sets", default="real,clustered,random")
    ap.add_argument("--nprobes", default="8,32,64", help="extra IVF nprobe values to try on the same index")
    args = ap.parse_args()
    NPROBES[:] = [int(x) for x in args.nprobes.split(",") if x]
    import faiss
    import numpy as np
    info = machine() | {"faiss": faiss.__version__, "faiss_threads": faiss.omp_get_max_threads()}
    print("machine:", info)
    rng = np.random.default_rng(0)
    kinds = args.kinds.split(",")
    sets = args.sets.split(",")
    rows = []
    real, heads = real_vectors()
    if "real" in sets and real is not None and heads is not None:
        hr(f"real BBC vectors ({len(real)} passages+sentences), headline queries")
        rows += run_set("real", real, heads[:args.queries], kinds, args.hnsw_max)
    seeds = real if real is not None else unit(rng.normal(size=(2000, 384)).astype(np.float32))
    for n in [int(s) for s in args.sizes.split(",")]:
        if "clustered" in sets:
            hr(f"clustered n={n}")
            base = clustered(n, seeds, rng)
            queries = clustered(args.queries, seeds, rng)
            rows += run_set("clustered", base, queries, kinds, args.hnsw_max)
            del base
        if "random" in sets:
            hr(f"random n={n}")
            base = unit(rng.normal(size=(n, 384)).astype(np.float32))
            queries = unit(rng.normal(size=(args.queries, 384)).astype(np.float32))
            rows += run_set("random", base, queries, kinds, args.hnsw_max)
            del base
    print("saved", save("faiss_choice", {"machine": info, "rows": rows, "busy_others": busy_others()}))


if __name__ == "__main__":
    main()
