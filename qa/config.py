"""Settings, with environment overrides, in one place.

Environment variables (all optional):
  QA_MODEL   embedding model: a local folder, a packaged model name, or a hub name already in
             the local Hugging Face cache (the hub is offline unless HF_HUB_OFFLINE=0 is set;
             see qa/embedding.py, resolve_model)
  QA_CORPUS  default corpus folder (default: corpus)
  QA_INDEX   default index folder (default: index)
  QA_EMBED_BACKEND  embedding runtime: onnx (default: onnxruntime, the model exported once and
                    cached; falls back to torch, saying so, when it cannot be used) or torch
                    (sentence-transformers); see qa/embedding.py
  QA_EMBED_THREADS  threads for bulk embedding (default: all cores unless the machine is busy);
                    QA_TORCH_THREADS, its former name, is still read
  QA_CACHE_DIR      where the ONNX export is cached (default: $XDG_CACHE_HOME/corpus-qa or
                    ~/.cache/corpus-qa)
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field

DEFAULT_MODEL = "all-MiniLM-L6-v2"
EMBED_BACKENDS = ("onnx", "torch")
# Bump when cleaning, sentence splitting or chunking starts producing different passages:
# the manifest records it, and an index built by another version is rebuilt, not mixed.
TEXT_PIPELINE_VERSION = 8      # 8: a run of list lines (a table) stays in one passage (qa/chunking.py)
# A megabyte is 1,000,000 bytes wherever a size is enforced or said: as file managers on Linux and
# macOS count (a file they show as 21.2 MB was refused as "20.2 MB" when this was 1024 * 1024), and
# as the app's uploader counts there (its "20MB per file" is 20,000,000 bytes).
MB = 1000 * 1000


@dataclass(frozen=True)
class ChunkSettings:
    """How paragraphs become passages. Part of the manifest: a change forces a rebuild."""

    max_tokens: int = 0          # 0 = the embedding model's window
    min_tokens: int = 48         # paragraphs shorter than this are merged with a neighbour

    def as_dict(self) -> dict:
        return {"max_tokens": self.max_tokens, "min_tokens": self.min_tokens, "pipeline": TEXT_PIPELINE_VERSION}


@dataclass(frozen=True)
class Settings:
    model: str = field(default_factory=lambda: os.environ.get("QA_MODEL", "").strip() or DEFAULT_MODEL)   # empty: default
    chunking: ChunkSettings = field(default_factory=ChunkSettings)
    max_file_bytes: int = 20 * MB            # larger articles are skipped with a warning, uploads refused
    max_question_chars: int = 2000           # longer questions keep their last this many characters
    embed_batch_size: int = 32


def default_embed_backend() -> str:
    return os.environ.get("QA_EMBED_BACKEND", "").strip().lower() or "onnx"


def default_corpus_dir() -> str:
    """QA_CORPUS, or corpus/ when it is unset or empty (an empty value is no folder: it had
    meant the current one)."""
    return os.environ.get("QA_CORPUS", "").strip() or "corpus"


def default_index_dir() -> str:
    """QA_INDEX, or index/ when it is unset or empty."""
    return os.environ.get("QA_INDEX", "").strip() or "index"
