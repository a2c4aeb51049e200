"""Running an exported sentence embedder with ONNX Runtime and `tokenizers`: no torch here.

Why this exists: answering a question used to import torch, transformers and
sentence-transformers, 7.3 s of an 8.3–8.7 s cold `qa ask` (BENCHMARKS.md §4); onnxruntime and
tokenizers import in ~0.2 s. At index time it embeds 1.2–1.5× the tokens per second of
sentence-transformers on the same threads (§2): ORT fuses LayerNorm and bias + GELU, and batches
are sorted by word pieces and capped in tokens; its float32 GEMM (MLAS) is itself slower than
torch's MKL on this CPU, which is what keeps both runtimes under the FLOP bound.

This module only *runs* an export written by `qa/onnx_export.py`. An export folder holds:
  model.onnx      the transformer: input ids (+ mask, token types) → token embeddings, float32
  tokenizer.json  the model's fast tokenizer, as sentence-transformers had configured it
  embedder.json   the rest of the sentence-transformers pipeline: window (max_seq_length),
                  pooling mode, whether the model normalises, the graph's input names, the
                  model config (for FLOP counts), and a probe text with its reference vector
Pooling and normalisation are computed in numpy exactly as sentence-transformers computes them
(mean: Σ token vectors × mask / max(Σ mask, 1e-9); Normalize: x / max(‖x‖, 1e-12)), so the
vectors agree with the torch path to float rounding (tests/test_onnx_backend.py checks
cosine ≥ 0.9999 on every text of the bundled corpus).

Threads: one session, whose operators run on one thread. A bulk `embed(…, threads=N)` runs N
batches at once on it (ORT sessions take concurrent runs, and release the GIL while running)
instead of splitting each operator over N threads: no synchronisation inside every operator,
one copy of the weights, and on this 2-core machine 1.2–1.4× the tokens per second of a 2-thread
session with the same vectors bit for bit (BENCHMARKS.md §2). The thread *policy* (how many,
when) lives in `qa/embedding.py`.
"""
from __future__ import annotations

import hashlib
import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Sequence

import numpy as np

import onnxruntime as ort
from tokenizers import Tokenizer

META = "embedder.json"
MODEL = "model.onnx"
TOKENIZER = "tokenizer.json"
POOLING_MODES = ("mean", "cls", "max", "mean_sqrt_len_tokens", "lasttoken")
PROBE_MIN_COSINE = 0.9999
BATCH_TOKENS = 512       # padded tokens per model run at most (bench/embed_tuning.py, BENCHMARKS.md §2)


class ExportUnusable(Exception):
    """An export folder that cannot be used (missing, truncated, unreadable or wrong vectors)."""


def pool(tokens: np.ndarray, mask: np.ndarray, mode: str) -> np.ndarray:
    """sentence-transformers' Pooling module over a padded batch (tokens: B×L×H, mask: B×L)."""
    m = mask[..., None].astype(np.float32)
    if mode == "cls":
        return tokens[:, 0]
    if mode == "max":
        return np.where(m > 0, tokens, np.float32(-1e9)).max(axis=1)
    if mode == "lasttoken":
        last = np.maximum(mask.sum(axis=1) - 1, 0)
        return tokens[np.arange(len(tokens)), last]
    summed = (tokens * m).sum(axis=1)
    counts = np.maximum(m.sum(axis=1), 1e-9)
    return summed / (np.sqrt(counts) if mode == "mean_sqrt_len_tokens" else counts)


def normalize(x: np.ndarray) -> np.ndarray:
    """torch.nn.functional.normalize(p=2, eps=1e-12), row-wise."""
    return x / np.maximum(np.linalg.norm(x, axis=-1, keepdims=True), 1e-12)


def longest_first_batches(lengths: list[int], batch_size: int, batch_tokens: int) -> list[list[int]]:
    """Indices grouped into batches, longest first: at most `batch_size` texts and at most
    `batch_tokens` padded tokens a batch."""
    order = sorted(range(len(lengths)), key=lambda i: -lengths[i])
    batches, begin = [], 0
    while begin < len(order):
        width = lengths[order[begin]]                          # the longest of this batch
        size = max(1, min(batch_size, batch_tokens // max(width, 1)))
        batches.append(order[begin:begin + size])
        begin += size
    return batches


class OnnxEncoder:
    """A loaded export: tokenises with `tokenizers`, runs ORT, pools and normalises in numpy."""

    name = "onnxruntime"

    def __init__(self, folder: str | Path, check: bool = True):
        self.folder = Path(folder)
        try:
            self.meta = json.loads((self.folder / META).read_text(encoding="utf-8"))
            raw = (self.folder / MODEL).read_bytes()
            if len(raw) != self.meta["model_bytes"]:
                raise ExportUnusable(f"{MODEL} is {len(raw)} bytes, expected {self.meta['model_bytes']}")
            if hashlib.sha256(raw).hexdigest() != self.meta["model_sha256"]:
                raise ExportUnusable(f"{MODEL} fails its checksum")
            self.max_seq_length = int(self.meta["max_seq_length"])
            self.dimension = int(self.meta["dimension"])
            self.pooling = self.meta["pooling"]
            self.inputs = list(self.meta["inputs"])
            self.config = dict(self.meta.get("config", {}))
            if self.pooling not in POOLING_MODES:
                raise ExportUnusable(f"pooling mode {self.pooling!r} is not supported")
            # Two tokenizers: one truncating to the window for the model, one bare for counting
            # (counts decide chunking and must equal the transformers tokenizer's).
            self.pad_id = int(self.meta["pad_id"])
            self._tokenizer = Tokenizer.from_file(str(self.folder / TOKENIZER))
            self._tokenizer.enable_truncation(self.max_seq_length)
            self._tokenizer.no_padding()      # batches are padded in _run, after sorting by length
            self._counter = Tokenizer.from_file(str(self.folder / TOKENIZER))
            self._counter.no_truncation()
            self._counter.no_padding()
        except ExportUnusable:
            raise
        except Exception as exc:   # missing file, bad JSON, missing key, unreadable tokenizer
            raise ExportUnusable(f"{type(exc).__name__}: {exc}") from None
        self.session = self._open_session(raw)     # the bytes just checked; fails now, not mid-answer
        if check:
            self.check()

    # ------------------------------------------------------------ sessions

    def _open_session(self, raw: bytes) -> ort.InferenceSession:
        """The ORT session over the model's (checked) bytes, its operators on one thread."""
        options = ort.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.log_severity_level = 3          # errors only: no warnings on the user's stderr
        try:
            return ort.InferenceSession(raw, options, providers=["CPUExecutionProvider"])
        except Exception as exc:                # truncated or corrupt protobuf, unknown operator
            raise ExportUnusable(f"onnxruntime cannot load {MODEL}: {str(exc).splitlines()[0][:200]}") from None

    def check(self) -> None:
        """The probe text must still give the vector recorded at export time: catches an export
        this onnxruntime runs differently (the checksum above catches damaged bytes; 70 ms for
        90 MB, paid at each start like the index's own checksums)."""
        probe = np.asarray(self.meta["probe_vector"], dtype=np.float32)
        got = self.embed([self.meta["probe_text"]])[0]
        cosine = float(got @ probe / max(np.linalg.norm(got) * np.linalg.norm(probe), 1e-12))
        if not cosine >= PROBE_MIN_COSINE:
            raise ExportUnusable(f"its probe vector no longer matches (cosine {cosine:.5f})")

    # ------------------------------------------------------------ encoding

    def _run(self, encodings) -> tuple[np.ndarray, np.ndarray]:
        """Token embeddings (B×L×H) of unpadded encodings, padded here to the longest of them."""
        width = max(len(e.ids) for e in encodings)
        ids = np.full((len(encodings), width), self.pad_id, dtype=np.int64)
        mask = np.zeros((len(encodings), width), dtype=np.int64)
        types = np.zeros((len(encodings), width), dtype=np.int64)
        for row, e in enumerate(encodings):
            n = len(e.ids)
            ids[row, :n] = e.ids
            mask[row, :n] = 1
            types[row, :n] = e.type_ids
        feed = {"input_ids": ids, "attention_mask": mask, "token_type_ids": types}
        tokens = self.session.run(None, {k: feed[k] for k in self.inputs})[0]
        return tokens, mask

    def embed(self, texts: Sequence[str], batch_size: int = 32, threads: int = 1,
              batch_tokens: int | None = None) -> np.ndarray:
        """Unit-length sentence vectors of `texts`, in order.

        The texts are tokenised first and run longest first *by word pieces* (the caller's order
        by characters is close but not the same), so each batch is padded to nearly its own
        length: at 16 texts a batch, padding was 25% of the tokens computed on the bundled
        corpus sorted by characters, 6.6% sorted by word pieces. A batch holds at most
        `batch_size` texts and at most `batch_tokens` (default BATCH_TOKENS) padded tokens, so
        a batch's activations stay in the core's cache whatever the texts' lengths: 2 passages
        of 256 pieces, or 11 sentences of 45 (measured in bench/embed_tuning.py, BENCHMARKS.md
        §2). With `threads` > 1, that many batches run at once (see the module note). Always
        normalised, as the project asks sentence-transformers for (`normalize_embeddings=True`),
        whether or not the model ends with a Normalize module."""
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        if not len(texts):
            return out
        encodings = self._tokenizer.encode_batch(list(texts))

        def run(rows: list[int]) -> None:
            tokens, mask = self._run([encodings[i] for i in rows])
            out[rows] = normalize(pool(tokens, mask, self.pooling))

        batches = longest_first_batches([len(e.ids) for e in encodings], batch_size, batch_tokens or BATCH_TOKENS)
        if threads > 1 and len(batches) > 1:
            with ThreadPoolExecutor(threads) as workers:
                list(workers.map(run, batches))
        else:
            for rows in batches:
                run(rows)
        return out

    def token_vectors(self, text: str) -> tuple[list[str], np.ndarray]:
        """Word pieces of `text` and their unit-length contextual vectors, special tokens dropped
        (what sentence-transformers' `output_value="token_embeddings"` gives, normalised)."""
        encoding = self._tokenizer.encode(text)
        tokens, _ = self._run([encoding])
        return list(encoding.tokens[1:-1]), normalize(tokens[0])[1:-1]

    def embed_with_tokens(self, text: str) -> tuple[np.ndarray, list[str], np.ndarray]:
        """`embed([text])[0]` and `token_vectors(text)` from ONE model run: a
        question needs both (its vector to retrieve with, its pieces' vectors for
        qa/support.py), and a second run of the same text cost as much as the first."""
        encoding = self._tokenizer.encode(text)
        tokens, mask = self._run([encoding])
        vector = normalize(pool(tokens, mask, self.pooling))[0]
        return vector, list(encoding.tokens[1:-1]), normalize(tokens[0])[1:-1]

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        """Word pieces per text, special tokens excluded, not truncated."""
        return [len(e.ids) for e in self._counter.encode_batch(list(texts), add_special_tokens=False)]
