"""Exporting the sentence-transformers model to ONNX once, and finding that export again.

Where: a per-user cache, `QA_CACHE_DIR` or else `$XDG_CACHE_HOME/corpus-qa` or else
`~/.cache/corpus-qa`, in `onnx/<model folder name>-<path hash>/<fingerprint>/`. The fingerprint covers every
file of the model folder (relative path, size, modification time) and the export recipe's
version, so a changed or re-installed model gets a new export and an old export is never used
for it (older exports of the same folder are removed once the new one is published). Not beside
the index: one model serves several indexes (the UI, `qa` with `--index`, bench/, tests), the
export depends on the model files only, and the index folder's layout (versions, pruning,
checksums) belongs to `qa/store.py`.

When: on first need (`Embedder` loads the model and finds no export), which in the usual flow
is the first `qa index` (`scripts/run` runs it before the UI). It costs the torch import plus
~5–10 s, once per model; the exporting process goes on with ORT.

How:
  1. load the model with sentence-transformers; accept only Transformer → Pooling (→ Normalize),
     the pipeline `qa/onnx_runtime.py` reproduces; anything else (a Dense layer, …) is refused
     and the caller falls back to sentence-transformers;
  2. switch the transformer to eager attention (its graph ran 5–14% faster than the SDPA one
     in 4 of 5 comparisons) and export it with the TorchScript exporter (`dynamo=False`: 1.7 s;
     the dynamo exporter took 12.9 s and its graph ran 14–60% slower, under load);
  3. keep the graph as exported, float32, nothing quantised: onnxruntime fuses LayerNorm,
     bias + GELU and the MatMul + scale when it opens the session (ORT_ENABLE_ALL). The
     `onnxruntime.transformers` BERT optimizer, which also fuses attention and embedding +
     LayerNorm, was measured and left out: same speed within ±12% either way over 8
     interleaved comparisons on this CPU (BENCHMARKS.md §2), and its contrib ops would tie the
     file to one onnxruntime build;
  4. keep the export only if its sentence and token vectors match sentence-transformers' on
     probe texts (cosine ≥ 0.9999), recording a probe vector and the file's sha256 that every
     later load checks (qa/onnx_runtime.py);
  5. write into a temporary folder and rename it into place under a file lock, so concurrent
     processes export once and none ever sees half a file.
Only this module imports torch, and only in `export()`.
"""
from __future__ import annotations

import contextlib
import hashlib
import io
import json
import logging
import os
import shutil
import tempfile
import warnings
from pathlib import Path
from typing import Callable

import numpy as np

from .errors import MissingModelError

EXPORT_VERSION = 3            # bump when the recipe below changes: every cached export is redone
OPSET = 17
MIN_COSINE = 0.9999
SUPPORTED_MODULES = ("Transformer", "Pooling", "Normalize")
PROBE_TEXT = "The 2007 Constitutional Referendum in Venezuela was narrowly defeated, 50.7% to 49.3%."
PROBES = [   # varied lengths in one padded batch, case, accents, digits, a text past the window, empty
    PROBE_TEXT,
    "Who won?",
    "Turnout in the April 2013 presidential election was 78.71%, according to the CNE (Consejo Nacional Electoral).",
    "Chávez’s «socialismo del siglo XXI» — naïve café résumé, 1,234,567 votes; ÀÉÎÕÜ ß.",
    "",
    " ".join(["The opposition boycotted the vote and turnout fell sharply in several states."] * 40),
]


class ExportError(Exception):
    """The model cannot be exported (or its export does not reproduce its vectors)."""


class UnsupportedModel(ExportError):
    """The model itself is outside what the ONNX backend reproduces. Remembered beside the cache
    entry (`<fingerprint>.refused`), so later starts go straight to sentence-transformers
    instead of loading torch to fail again; a changed model or recipe is tried afresh."""


def cache_root() -> Path:
    base = os.environ.get("QA_CACHE_DIR", "").strip()
    if base:
        return Path(base).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME", "").strip()
    return (Path(xdg).expanduser() if xdg else Path.home() / ".cache") / "corpus-qa"


def model_folder(location: str) -> Path | None:
    """The local folder holding the model: `location` itself, or a hub name's snapshot in the
    local Hugging Face cache (never downloaded). None when it is in neither."""
    path = Path(location).expanduser()
    if path.is_dir():
        return path.resolve()
    try:
        from huggingface_hub import snapshot_download
    except ImportError:
        return None
    for repo in (location, f"sentence-transformers/{location}") if "/" not in location else (location,):
        try:
            return Path(snapshot_download(repo, local_files_only=True)).resolve()
        except Exception:
            continue
    return None


def fingerprint(folder: Path) -> str:
    """Cheap identity of a model folder's content: every file's relative path, size and mtime."""
    h = hashlib.sha256(f"export-v{EXPORT_VERSION}\n".encode())
    for root, dirs, files in os.walk(folder, followlinks=True):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or name.endswith(".onnx"):
                continue
            path = Path(root) / name
            try:
                st = path.stat()
            except OSError:
                continue
            h.update(f"{path.relative_to(folder)}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return h.hexdigest()[:16]


def export_dir(folder: Path) -> Path:
    """<cache>/onnx/<folder name>-<hash of its path>/<fingerprint of its files>: one place per
    model folder (two folders both called `model` never share one), one export per content."""
    place = hashlib.sha256(str(folder).encode()).hexdigest()[:8]
    return cache_root() / "onnx" / f"{folder.name}-{place}" / fingerprint(folder)


def refused(folder: Path) -> str | None:
    """Why this model (as its files are now) was found unsupported, if it was."""
    try:
        return Path(str(export_dir(folder)) + ".refused").read_text(encoding="utf-8").strip() or "unsupported"
    except OSError:
        return None


def find_export(folder: Path) -> Path | None:
    """The published export of this model folder, if any (not checked: OnnxEncoder does that)."""
    target = export_dir(folder)
    return target if (target / "embedder.json").is_file() else None


def discard(target: Path) -> None:
    shutil.rmtree(target, ignore_errors=True)


# ---------------------------------------------------------------- the export itself

@contextlib.contextmanager
def _quiet():
    """Exporting prints tracer warnings, progress bars and optimizer logs: none reach the user."""
    loggers = [logging.getLogger(n) for n in ("onnxruntime", "fusion", "onnx_model", "torch.onnx")]
    loggers.append(logging.getLogger())
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.setLevel(logging.ERROR)
    try:
        with warnings.catch_warnings(), contextlib.redirect_stdout(io.StringIO()):
            warnings.simplefilter("ignore")
            yield
    finally:
        for lg, level in zip(loggers, levels):
            lg.setLevel(level)


def _pipeline(model) -> tuple[str, bool]:
    """(pooling mode, normalise?) of a Transformer → Pooling (→ Normalize) model, or ExportError."""
    kinds = [type(m).__name__ for m in model]
    if len(kinds) < 2 or kinds[0] != "Transformer" or kinds[1] != "Pooling" or kinds[2:] not in ([], ["Normalize"]):
        raise UnsupportedModel(f"its modules ({' → '.join(kinds)}) are not Transformer → Pooling (→ Normalize)")
    config = model[1].get_config_dict()
    mode = config.get("pooling_mode")
    if mode is None:   # older sentence-transformers: one boolean per mode
        names = {"pooling_mode_cls_token": "cls", "pooling_mode_mean_tokens": "mean", "pooling_mode_max_tokens": "max",
                 "pooling_mode_mean_sqrt_len_tokens": "mean_sqrt_len_tokens", "pooling_mode_lasttoken": "lasttoken"}
        modes = [v for k, v in names.items() if config.get(k)]
        mode = modes[0] if len(modes) == 1 else modes
    if isinstance(mode, (list, tuple)):
        mode = mode[0] if len(mode) == 1 else None
    from .onnx_runtime import POOLING_MODES
    if mode not in POOLING_MODES:
        raise UnsupportedModel(f"its pooling ({config}) is not one the ONNX backend reproduces")
    return mode, kinds[2:] == ["Normalize"]


def _reference(model, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    vectors = model.encode(texts, batch_size=len(texts), convert_to_numpy=True, show_progress_bar=False)
    tokens = model.encode([texts[2]], output_value="token_embeddings", convert_to_numpy=False,
                          show_progress_bar=False)[0].float().numpy()
    return vectors, tokens


def _agreement(folder: Path, ref_vectors: np.ndarray, ref_tokens: np.ndarray) -> float:
    """Lowest cosine between the export's and sentence-transformers' vectors on the probes."""
    from .onnx_runtime import OnnxEncoder, normalize
    encoder = OnnxEncoder(folder, check=False)
    got = encoder.embed(PROBES, batch_size=len(PROBES))
    worst = float(((normalize(got) * normalize(ref_vectors)).sum(axis=1)).min())
    _, tokens = encoder.token_vectors(PROBES[2])
    ref = normalize(ref_tokens)[1:-1]
    if tokens.shape != ref.shape:
        return -1.0
    return min(worst, float((tokens * ref).sum(axis=1).min()))


def export(folder: Path, location: str, log: Callable[[str], None] = lambda _: None) -> Path:
    """Export the model at `folder` (loaded as `location`) once; the published export folder.

    Raises MissingModelError when the model itself cannot be loaded, ExportError when it
    loads but cannot be run by the ONNX backend (the caller then uses sentence-transformers)."""
    from filelock import FileLock
    target = export_dir(folder)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"cannot write the cache {target.parent} ({exc.strerror}); set QA_CACHE_DIR") from None
    with FileLock(str(target) + ".lock", timeout=900):
        if (target / "embedder.json").is_file():     # another process exported while we waited
            return target
        log(f"exporting the embedding model to ONNX once, into {target} (about 10 s)")
        tmp = Path(tempfile.mkdtemp(prefix=".export-", dir=target.parent))
        try:
            _export_into(tmp, location)
            tmp.chmod(0o755)                          # mkdtemp makes it private; a shared cache is fine
            os.replace(tmp, target)
        except UnsupportedModel as exc:
            shutil.rmtree(tmp, ignore_errors=True)
            with contextlib.suppress(OSError):
                Path(str(target) + ".refused").write_text(str(exc) + "\n", encoding="utf-8")
            raise
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
    for old in target.parent.iterdir():        # exports of this folder's earlier content
        if old.is_dir() and old != target and not old.name.startswith("."):
            discard(old)
            with contextlib.suppress(OSError):
                Path(str(old) + ".lock").unlink()
    return target


def _export_into(tmp: Path, location: str) -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    with _quiet():
        import torch
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging
        hf_logging.set_verbosity_error()
        hf_logging.disable_progress_bar()
        try:
            model = SentenceTransformer(location, device="cpu")
        except Exception as exc:
            raise MissingModelError(
                f"cannot load embedding model '{location}' ({type(exc).__name__}); "
                f"set QA_MODEL to a local sentence-transformers folder") from None
        model.eval()
        pooling, normalise = _pipeline(model)
        ref_vectors, ref_tokens = _reference(model, PROBES)
        transformer = model[0]
        auto = transformer.auto_model
        tokenizer = model.tokenizer
        backend = getattr(tokenizer, "backend_tokenizer", None)
        if backend is None:
            raise UnsupportedModel("its tokenizer has no fast (tokenizers) version")
        inputs = [n for n in ("input_ids", "attention_mask", "token_type_ids") if n in tokenizer.model_input_names]
        if inputs[:1] != ["input_ids"] or "attention_mask" not in inputs:
            raise UnsupportedModel(f"its tokenizer gives {tokenizer.model_input_names}")
        backend = type(backend).from_str(backend.to_str())      # a copy: the model's own stays as it was
        backend.no_truncation()
        backend.no_padding()
        backend.save(str(tmp / "tokenizer.json"))
        with contextlib.suppress(Exception):
            auto.set_attn_implementation("eager")

        class TokenEmbeddings(torch.nn.Module):
            def __init__(self, inner):
                super().__init__()
                self.inner = inner

            def forward(self, *tensors):
                return self.inner(**dict(zip(inputs, tensors))).last_hidden_state

        sample = tokenizer(["a short text", "and a somewhat longer second text"], padding=True, return_tensors="pt")
        raw = tmp / "model.onnx"
        try:
            with torch.no_grad():
                torch.onnx.export(TokenEmbeddings(auto).eval(), tuple(sample[n] for n in inputs), str(raw),
                                  input_names=inputs, output_names=["token_embeddings"], opset_version=OPSET,
                                  dynamic_axes={n: {0: "batch", 1: "sequence"} for n in inputs + ["token_embeddings"]},
                                  do_constant_folding=True, dynamo=False)
        except Exception as exc:
            raise ExportError(f"torch.onnx.export failed ({type(exc).__name__}: {str(exc).splitlines()[0][:160]})") from None
        cfg = auto.config
        meta = {"export_version": EXPORT_VERSION, "source": str(location), "inputs": inputs,
                "max_seq_length": int(model.max_seq_length), "dimension": int(ref_vectors.shape[1]),
                "pooling": pooling, "normalize": normalise, "pad_id": int(tokenizer.pad_token_id or 0),
                "pad_token": str(tokenizer.pad_token or "[PAD]"),
                "config": {k: getattr(cfg, k, None) for k in ("model_type", "num_hidden_layers", "hidden_size",
                                                              "intermediate_size", "num_attention_heads")},
                "torch": torch.__version__}
        model_bytes = raw.read_bytes()
        meta.update(model_bytes=len(model_bytes), model_sha256=hashlib.sha256(model_bytes).hexdigest(),
                    probe_text=PROBE_TEXT, probe_vector=[float(x) for x in ref_vectors[0]])
        (tmp / "embedder.json").write_text(json.dumps(meta, indent=1), encoding="utf-8")
        try:
            worst = _agreement(tmp, ref_vectors, ref_tokens)
        except Exception as exc:
            worst = f"{type(exc).__name__}: {str(exc).splitlines()[0][:160]}"
        if isinstance(worst, float) and worst >= MIN_COSINE:
            meta["probe_min_cosine"] = worst
            (tmp / "embedder.json").write_text(json.dumps(meta, indent=1), encoding="utf-8")
            return
        if isinstance(worst, float):
            raise UnsupportedModel(f"the exported graph does not reproduce the model's vectors (cosine {worst:.5f})")
        raise ExportError(f"the exported graph cannot be checked ({worst})")
