"""The ONNX Runtime backend against sentence-transformers, with the real model (no mocks of the
model or the runtimes): the same vectors, token vectors and token counts; an index built by
either serves the other; no torch on the answering path; every way the backend can fail ends
in one line on stderr and a working embedder."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys

import numpy as np
import pytest

from qa import onnx_export
from qa.config import Settings
from qa.embedding import Embedder
from tests.conftest import BUNDLED_CORPUS
from tests.lifecycle_support import ENV, QA, QUESTIONS, write_corpus

HEAVY = ("torch", "transformers", "sentence_transformers", "sklearn")
MIN_COSINE = 0.9999


@pytest.fixture(scope="module")
def torch_embedder():
    return Embedder(Settings().model, backend="torch")


@pytest.fixture(scope="module")
def corpus_texts(embedder):
    """Exactly what indexing the bundled corpus embeds: every passage and every sentence."""
    from qa.indexer import passages_for
    from qa.loaders import scan_corpus
    passages = [p for d in scan_corpus(BUNDLED_CORPUS, 20 << 20).documents
                for p in passages_for(d, embedder, Settings())]
    return [p.text for p in passages] + [s.text for p in passages for s in p.sentences]


def cosines(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return (a * b).sum(axis=1) / (np.linalg.norm(a, axis=1) * np.linalg.norm(b, axis=1))


def test_default_runtime_is_onnx(embedder):
    assert embedder.runtime == "onnxruntime"


def test_vectors_match_sentence_transformers_on_every_corpus_text(embedder, torch_embedder, corpus_texts):
    assert len(corpus_texts) > 600
    ours = embedder.encode(corpus_texts)
    theirs = torch_embedder.encode(corpus_texts)
    assert cosines(ours, theirs).min() >= MIN_COSINE
    assert np.allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)


def test_edge_texts_match(embedder, torch_embedder):
    texts = ["", "?", "x " * 400, "Chávez’s «socialismo» — 50.7%…", "UPPER lower MiXeD", "a\n\nb\tc"]
    assert cosines(embedder.encode(texts), torch_embedder.encode(texts)).min() >= MIN_COSINE


def test_token_counts_are_identical(embedder, torch_embedder, corpus_texts):
    """Chunking is decided by these counts: a different count would make different passages."""
    texts = corpus_texts + ["", "x " * 400, "Chávez’s «socialismo» — naïve"]
    assert embedder.count_tokens(texts) == torch_embedder.count_tokens(texts)
    assert embedder.max_tokens == torch_embedder.max_tokens


def test_token_vectors_match(embedder, torch_embedder, corpus_texts):
    texts = ["How many killings a day were reported in Caracas?", corpus_texts[0], corpus_texts[-1],
             " ".join(corpus_texts[:8])]   # the last one is past the 256-piece window: truncated alike
    for text in texts:
        pieces, ours = embedder.token_vectors(text)
        their_pieces, theirs = torch_embedder.token_vectors(text)
        assert pieces == their_pieces
        assert cosines(ours, theirs).min() >= MIN_COSINE
    ours, theirs = embedder.encode_query_tokens(texts[0]), torch_embedder.encode_query_tokens(texts[0])
    assert ours.pieces == theirs.pieces
    assert cosines(ours.token_vectors, theirs.token_vectors).min() >= MIN_COSINE
    assert float(ours.vector @ theirs.vector) >= MIN_COSINE


def test_an_index_built_with_torch_is_served_and_updated_by_onnx(tmp_path, embedder, torch_embedder):
    from qa.assistant import Assistant
    from qa.indexer import update_index
    corpus = write_corpus(tmp_path / "corpus")
    index = tmp_path / "index"
    update_index(corpus, index, torch_embedder)
    again = update_index(corpus, index, embedder)
    assert not again.rebuild_reason and not again.added, "a runtime change must not force a rebuild"
    by_torch = Assistant(index, corpus, embedder=torch_embedder)
    by_onnx = Assistant(index, corpus, embedder=embedder)
    for question in QUESTIONS.values():
        a, b = by_torch.ask(question).to_dict(), by_onnx.ask(question).to_dict()
        assert (a["answer"], a["short_answer"], a["abstained"]) == (b["answer"], b["short_answer"], b["abstained"])
        assert [p["passage_id"] for p in a["passages"]] == [p["passage_id"] for p in b["passages"]]
        assert a["confidence"] == pytest.approx(b["confidence"], abs=1e-3)


def test_answering_imports_no_torch(bundled_index, embedder):
    embedder.model        # the export exists (made by this session if it was missing)
    code = ("import sys; from qa.assistant import Assistant; "
            f"a = Assistant(index_dir={str(bundled_index)!r}, corpus_dir={str(BUNDLED_CORPUS)!r}); "
            "answer = a.ask('How many votes were nullified in Block A of the 2007 referendum?'); "
            "print(a.embedder.runtime, not answer.abstained, "
            f"sorted({{m.split('.')[0] for m in sys.modules}} & {set(HEAVY)!r}))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=ENV, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["onnxruntime", "True", "[]"]
    assert proc.stderr == ""


# ------------------------------------------------------------ a private cache: export, damage, fallback

@pytest.fixture(scope="module")
def private_export(tmp_path_factory):
    """A fresh export into an empty cache (what a new machine does once)."""
    cache = tmp_path_factory.mktemp("cache")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("QA_CACHE_DIR", str(cache))
        embedder = Embedder(Settings().model)
        assert embedder.runtime == "onnxruntime"
        folder = embedder.model.folder
    return cache, folder


def test_fresh_export_is_float32_and_keyed_by_the_model_files(private_export, embedder, monkeypatch):
    cache, folder = private_export
    monkeypatch.setenv("QA_CACHE_DIR", str(cache))
    assert folder.parent.parent == cache / "onnx" and sorted(p.name for p in folder.iterdir()) == \
        ["embedder.json", "model.onnx", "tokenizer.json"]
    meta = json.loads((folder / "embedder.json").read_text())
    assert meta["pooling"] == "mean" and meta["normalize"] is True and meta["max_seq_length"] == 256
    assert meta["probe_min_cosine"] >= MIN_COSINE and meta["inputs"] == ["input_ids", "attention_mask", "token_type_ids"]
    model_dir = onnx_export.model_folder(embedder.location)
    assert folder == onnx_export.export_dir(model_dir)
    assert folder.name == onnx_export.fingerprint(model_dir) and folder.parent.name.startswith(model_dir.name + "-")
    import onnx
    graph = onnx.load(str(folder / "model.onnx"), load_external_data=False).graph
    assert {t.data_type for t in graph.initializer} <= {onnx.TensorProto.FLOAT, onnx.TensorProto.INT64,
                                                        onnx.TensorProto.INT32}


def test_a_changed_model_gets_a_new_export(tmp_path, embedder):
    model_dir = onnx_export.model_folder(embedder.location)
    copy = tmp_path / "model"
    shutil.copytree(model_dir, copy)
    before = onnx_export.fingerprint(copy)
    (copy / "config_sentence_transformers.json").write_text(
        (copy / "config_sentence_transformers.json").read_text() + "\n")
    assert onnx_export.fingerprint(copy) != before


@pytest.mark.parametrize("damage", ["truncated", "flipped", "garbage", "no_meta", "other_vectors"])
def test_a_damaged_export_is_refused_before_use(tmp_path, private_export, damage):
    from qa.onnx_runtime import ExportUnusable, OnnxEncoder
    _, folder = private_export
    broken = tmp_path / "export"
    shutil.copytree(folder, broken)
    model = broken / "model.onnx"
    data = bytearray(model.read_bytes())
    if damage == "truncated":
        model.write_bytes(data[: len(data) // 2])
    elif damage == "flipped":        # same size, still a valid protobuf: 1 MiB of weights zeroed
        middle = len(data) // 2
        data[middle:middle + (1 << 20)] = bytes(1 << 20)
        model.write_bytes(data)
    elif damage == "garbage":
        model.write_bytes(b"\x00not onnx" * (len(data) // 9) + b"\x00" * (len(data) % 9))
    elif damage == "no_meta":
        (broken / "embedder.json").unlink()
    else:                            # a graph this onnxruntime runs differently from the export's
        meta = json.loads((broken / "embedder.json").read_text())
        meta["probe_vector"] = [-x for x in meta["probe_vector"]]
        (broken / "embedder.json").write_text(json.dumps(meta))
    with pytest.raises(ExportUnusable):
        OnnxEncoder(broken)


def test_a_damaged_cached_export_is_made_again_with_one_line(private_export, monkeypatch, capsys):
    cache, folder = private_export
    monkeypatch.setenv("QA_CACHE_DIR", str(cache))
    (folder / "model.onnx").write_bytes(b"damaged")
    embedder = Embedder(Settings().model)
    assert embedder.runtime == "onnxruntime"
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "is unusable" in err[0] and "exporting the model again" in err[0]
    assert np.isclose(np.linalg.norm(embedder.encode_query("Who won in 2013?")), 1.0)


def test_missing_onnxruntime_falls_back_with_one_line(monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "onnxruntime", None)
    monkeypatch.setitem(sys.modules, "qa.onnx_runtime", None)
    embedder = Embedder(Settings().model)
    assert embedder.runtime == "sentence-transformers"
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [err[0]] and "onnxruntime is not installed" in err[0] and "pip install onnxruntime" in err[0]


def test_failed_export_falls_back_through_the_cli_with_one_line(tmp_path, bundled_index):
    blocker = tmp_path / "cache-is-a-file"
    blocker.write_text("")                       # the cache cannot be created: the export fails
    proc = subprocess.run(QA + ["ask", "--index", str(bundled_index), "--corpus", str(BUNDLED_CORPUS),
                                "How many votes were nullified in Block A of the 2007 referendum?"],
                          capture_output=True, text=True, timeout=300, env=dict(ENV, QA_CACHE_DIR=str(blocker)))
    assert proc.returncode == 0, proc.stderr
    assert "118.693" in proc.stdout
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "cannot run" in lines[0] and "sentence-transformers" in lines[0], lines
    assert "Traceback" not in proc.stderr


def test_an_unknown_backend_is_one_clear_error(monkeypatch):
    from qa.errors import QAError
    monkeypatch.setenv("QA_EMBED_BACKEND", "tensorflow")
    with pytest.raises(QAError, match="unknown embedding backend"):
        Embedder(Settings().model)


def test_a_model_the_backend_does_not_reproduce_falls_back_and_is_remembered(tmp_path, monkeypatch, capsys, embedder):
    """A real sentence-transformers model with a Dense layer after pooling (no mock)."""
    from sentence_transformers import SentenceTransformer, models
    base = SentenceTransformer(str(onnx_export.model_folder(embedder.location)), device="cpu")
    folder = tmp_path / "with-dense"
    SentenceTransformer(modules=[base[0], base[1], models.Dense(384, 128)], device="cpu").save(str(folder))
    monkeypatch.setenv("QA_CACHE_DIR", str(tmp_path / "cache"))
    first = Embedder(str(folder))
    assert first.runtime == "sentence-transformers" and first.dimension == 128
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "Dense" in err[0] and "sentence-transformers" in err[0]

    def no_second_try(*a, **kw):
        raise AssertionError("the refusal should have been remembered")
    monkeypatch.setattr(onnx_export, "export", no_second_try)
    again = Embedder(str(folder))
    assert again.runtime == "sentence-transformers"
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "Dense" in err[0]
