"""Shared helpers for the benchmark scripts: machine facts, load, timing, peak RSS, FLOPs.

Not part of the library or the test suite. Every script prints its numbers and can write them
as JSON under bench/results/.
"""
from __future__ import annotations

import contextlib
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CACHE = REPO / "bench" / ".cache"          # ignored by git: downloaded/generated corpora, built indexes
RESULTS = REPO / "bench" / "results"

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))


# ---------------------------------------------------------------- machine and load

def loadavg() -> tuple[float, float, float]:
    return os.getloadavg()


def machine() -> dict:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = 0
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem = int(line.split()[1]) // 1024
    except OSError:
        pass
    info = {"cpu": cpu, "cores": os.cpu_count(), "mem_mib": mem, "python": platform.python_version(),
            "loadavg_at_start": [round(x, 2) for x in loadavg()]}
    try:
        import numpy
        info["numpy"] = numpy.__version__
    except ImportError:
        pass
    for mod in ("torch", "faiss", "bm25s", "sentence_transformers", "onnxruntime", "tokenizers"):
        if mod in sys.modules:
            info[mod] = getattr(sys.modules[mod], "__version__", "?")
    if "torch" in sys.modules:
        info["torch_threads"] = sys.modules["torch"].get_num_threads()
    return info


def busy_others() -> list[str]:
    """Other processes using the CPU right now (a sign the numbers are noisy)."""
    try:
        out = subprocess.run(["ps", "-eo", "pid,pcpu,etimes,args", "--sort=-pcpu"], capture_output=True,
                             text=True, timeout=5).stdout.splitlines()[1:]
    except Exception:
        return []
    me = os.getpid()
    busy = []
    for line in out[:8]:
        parts = line.split(None, 3)
        if len(parts) < 4 or int(parts[0]) == me or parts[3].startswith("ps "):
            continue
        if float(parts[1]) >= 20:
            busy.append(f"{parts[1]}% {parts[3][:90]}")
    return busy


# ---------------------------------------------------------------- time and memory

def cpu_seconds() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


@contextmanager
def timed(out: dict, key: str):
    """Wall and CPU seconds of a block, and the load average around it, into out[key]."""
    load0, wall0, cpu0 = loadavg()[0], time.perf_counter(), cpu_seconds()
    yield
    out[key] = {"wall_s": round(time.perf_counter() - wall0, 4), "cpu_s": round(cpu_seconds() - cpu0, 4),
                "load1": [round(load0, 2), round(loadavg()[0], 2)]}


def peak_rss_mib() -> float:
    """Peak resident set size of this process so far (VmHWM), MiB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS"):
            return int(line.split()[1]) / 1024
    return 0.0


def reset_peak_rss() -> bool:
    """Make VmHWM restart from the current RSS (Linux: write 5 to clear_refs). False if not allowed."""
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
        return True
    except OSError:
        return False


def percentiles(values: list[float]) -> dict:
    v = sorted(values)
    if not v:
        return {}

    def q(p):
        return v[min(len(v) - 1, max(0, round(p * (len(v) - 1))))]
    return {"n": len(v), "p50_ms": round(q(0.50) * 1000, 3), "p95_ms": round(q(0.95) * 1000, 3),
            "mean_ms": round(statistics.fmean(v) * 1000, 3), "min_ms": round(v[0] * 1000, 3)}


# ---------------------------------------------------------------- FLOPs

def _best_rate(run, flop: float, seconds: float) -> float:
    run()
    best, t_end = 0.0, time.perf_counter() + seconds
    while time.perf_counter() < t_end:
        t = time.perf_counter()
        run()
        best = max(best, flop / (time.perf_counter() - t) / 1e9)
    return best


def gemm_gflops(seconds: float = 2.0, n: int = 2048, threads: int | None = None) -> dict:
    """Measured single-precision n×n×n matrix-multiply rate of this CPU on `threads` threads: the
    best of numpy (its BLAS limited to `threads` with threadpoolctl where installed), torch (MKL)
    and onnxruntime (MLAS, the kernels the ONNX backend runs), each best of ~seconds/3. The bound
    is the fastest library, so a runtime's share of it is never flattered by its own GEMM."""
    import numpy as np
    out = {"threads": threads}
    a = np.random.default_rng(0).random((n, n), dtype=np.float32)
    b = a.copy()
    flop = 2.0 * n ** 3
    part = seconds / 3
    try:
        from threadpoolctl import threadpool_limits
        limit = threadpool_limits(threads) if threads else contextlib.nullcontext()
    except ImportError:
        limit = contextlib.nullcontext()
        out["numpy_threads"] = "uncontrolled"
    with limit:
        out["numpy_gflops"] = round(_best_rate(lambda: a @ b, flop, part), 1)
    try:
        import torch
        before = torch.get_num_threads()
        if threads:
            torch.set_num_threads(threads)
        ta, tb = torch.from_numpy(a), torch.from_numpy(b)
        out["torch_gflops"] = round(_best_rate(lambda: torch.mm(ta, tb), flop, part), 1)
        out["torch_threads"] = torch.get_num_threads()
        torch.set_num_threads(before)
    except ImportError:
        pass
    try:
        import onnxruntime as ort
        from onnx import TensorProto, helper, numpy_helper
        graph = helper.make_graph([helper.make_node("MatMul", ["A", "B"], ["C"])], "gemm",
                                  [helper.make_tensor_value_info("A", TensorProto.FLOAT, [n, n])],
                                  [helper.make_tensor_value_info("C", TensorProto.FLOAT, [n, n])],
                                  [numpy_helper.from_array(b, "B")])
        model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads or (os.cpu_count() or 1)
        session = ort.InferenceSession(model.SerializeToString(), options, providers=["CPUExecutionProvider"])
        out["onnxruntime_gflops"] = round(_best_rate(lambda: session.run(None, {"A": a}), flop, part), 1)
    except ImportError:
        pass
    out["gflops"] = max(out.get(k, 0) for k in ("numpy_gflops", "torch_gflops", "onnxruntime_gflops"))
    return out


def model_config(embedder) -> dict:
    """The transformer's shape, from whichever runtime embeds (both expose the model's config)."""
    cfg = embedder.model.config
    return {"layers": cfg["num_hidden_layers"], "hidden": cfg["hidden_size"], "intermediate": cfg["intermediate_size"],
            "heads": cfg["num_attention_heads"], "max_seq": int(embedder.model.max_seq_length),
            "runtime": embedder.model.name}


def flops_per_token(cfg: dict, seq_len: float) -> float:
    """Forward FLOPs per token of a BERT encoder (multiply-add = 2 FLOPs), at sequence length L:
    per layer  Q,K,V,O projections 4·2h²  +  feed-forward 2·2·h·i  +  attention QKᵀ and ·V 2·2·L·h.
    Embedding look-ups, layer norms, softmax, GELU and pooling are O(h) per token and left out."""
    h, i, n = cfg["hidden"], cfg["intermediate"], cfg["layers"]
    return n * (8 * h * h + 4 * h * i + 4 * seq_len * h)


def text_flops(cfg: dict, token_lengths) -> float:
    """Useful FLOPs to embed texts of these lengths (special tokens included, padding not)."""
    return float(sum(L * flops_per_token(cfg, L) for L in token_lengths))


def token_lengths(embedder, texts) -> list[int]:
    """Word pieces per text as the model sees it: with [CLS]/[SEP], truncated to the window."""
    limit = int(embedder.model.max_seq_length)
    return [min(n + 2, limit) for n in embedder.count_tokens(texts)]


# ---------------------------------------------------------------- output

def save(name: str, payload: dict) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{name}.json"
    payload = dict(payload, command=" ".join([Path(sys.executable).name] + sys.argv),
                   finished_at=time.strftime("%Y-%m-%d %H:%M:%S"), loadavg_at_end=[round(x, 2) for x in loadavg()])
    path.write_text(json.dumps(payload, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def hr(title: str) -> None:
    print(f"\n== {title}")


# ---------------------------------------------------------------- stage timers

class Stages:
    """Wrap named functions of a module (or methods of an object) with wall-clock timers.
    Nothing is re-implemented: the library's own functions run, only timed."""

    def __init__(self):
        self.spent: dict[str, float] = {}
        self.calls: dict[str, int] = {}
        self._undo = []

    def wrap(self, owner, name: str, label: str | None = None):
        fn = getattr(owner, name, None)
        if not callable(fn):
            return
        label = label or name

        def timed_fn(*a, **kw):
            t = time.perf_counter()
            try:
                return fn(*a, **kw)
            finally:
                self.spent[label] = self.spent.get(label, 0.0) + time.perf_counter() - t
                self.calls[label] = self.calls.get(label, 0) + 1
        self._undo.append((owner, name, fn))
        setattr(owner, name, timed_fn)

    def restore(self):
        for owner, name, fn in reversed(self._undo):
            setattr(owner, name, fn)
        self._undo.clear()

    def table(self) -> dict:
        return {k: round(v, 3) for k, v in sorted(self.spent.items(), key=lambda kv: -kv[1])}
