"""Embedder: vectors come back in the caller's order whatever the internal order; thread policy
(for both runtimes; tests/test_onnx_backend.py compares the runtimes' vectors)."""
import numpy as np
import pytest

from qa import embedding


def test_encode_keeps_order_and_matches_one_by_one(embedder):
    texts = ["A short one.", "A considerably longer sentence about the turnout of the 2004 recall referendum, "
             "which was high.", "", "Mid-length text about elections.", "x " * 300]
    together = embedder.encode(texts, batch_size=2, step=2)
    alone = np.stack([embedder.encode_query(t) for t in texts])
    assert together.shape == (5, embedder.dimension)
    assert np.allclose(together, alone, atol=1e-4)
    assert np.allclose(np.linalg.norm(together[[0, 1, 3, 4]], axis=1), 1.0, atol=1e-5)


def test_progress_reports_every_step(embedder):
    calls = []
    embedder.encode([f"text number {i}" for i in range(5)], step=2, progress=lambda d, t: calls.append((d, t)))
    assert calls == [(2, 5), (4, 5), (5, 5)]


def test_model_runs_on_one_thread_between_bulk_calls(embedder, monkeypatch):
    monkeypatch.setenv("QA_EMBED_THREADS", "2")
    monkeypatch.setattr(embedding, "BULK_MIN_TEXTS", 3)
    seen = []
    real = embedder.model.embed

    def spy(texts, batch_size=32, threads=1):
        seen.append(threads)
        return real(texts, batch_size=batch_size, threads=threads)
    monkeypatch.setattr(embedder.model, "embed", spy)
    embedder.encode(["one", "two", "three"])
    embedder.encode_query("a question")
    assert seen == [2, 1]


def test_onnx_bulk_threads_run_batches_at_once_with_the_same_vectors(embedder):
    """threads=N runs N one-thread batches at once on the one session: same vectors, bit for bit."""
    model = embedder.model
    assert model.session.get_session_options().intra_op_num_threads == 1
    texts = [f"Sentence number {i} about the {'long ' * (i % 7)}referendum." for i in range(40)]
    one = model.embed(texts, batch_size=4, threads=1)
    two = model.embed(texts, batch_size=4, threads=2)
    assert np.array_equal(one, two)


def test_torch_backend_goes_back_to_one_thread_after_a_bulk_call(monkeypatch):
    import torch
    backend = embedding.Embedder("all-MiniLM-L6-v2", backend="torch").model
    seen = []
    real = backend.model.encode

    def spy(*a, **kw):
        seen.append(torch.get_num_threads())
        return real(*a, **kw)
    monkeypatch.setattr(backend.model, "encode", spy)
    backend.embed(["one", "two"], threads=2)
    backend.embed(["three"], threads=1)
    assert seen == [2, 1] and torch.get_num_threads() == 1


@pytest.mark.parametrize("name", ["QA_EMBED_THREADS", "QA_TORCH_THREADS"])
@pytest.mark.parametrize("value,expected", [("3", 3), ("1", 1)])
def test_bulk_threads_override(monkeypatch, name, value, expected):
    monkeypatch.delenv("QA_EMBED_THREADS", raising=False)
    monkeypatch.delenv("QA_TORCH_THREADS", raising=False)
    monkeypatch.setenv(name, value)
    assert embedding.bulk_threads() == expected


def test_the_new_thread_variable_wins_over_the_old_one(monkeypatch):
    monkeypatch.setenv("QA_EMBED_THREADS", "1")
    monkeypatch.setenv("QA_TORCH_THREADS", "2")
    assert embedding.bulk_threads() == 1


def test_bulk_threads_backs_off_on_a_busy_machine(monkeypatch):
    monkeypatch.delenv("QA_EMBED_THREADS", raising=False)
    monkeypatch.delenv("QA_TORCH_THREADS", raising=False)
    monkeypatch.setattr(embedding.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(embedding.os, "getloadavg", lambda: (3.0, 3.0, 3.0))
    assert embedding.bulk_threads() == 1
    monkeypatch.setattr(embedding.os, "getloadavg", lambda: (0.2, 0.2, 0.2))
    assert embedding.bulk_threads() == 2


def test_concurrent_first_use_loads_the_model_once():
    import threading

    from qa.embedding import Embedder
    embedder = Embedder("all-MiniLM-L6-v2")
    seen = []
    threads = [threading.Thread(target=lambda: seen.append(id(embedder.model))) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(seen) == 4 and len(set(seen)) == 1


def test_query_tokens_come_from_the_same_run_as_the_query_vector(embedder):
    """ask() takes the question's token vectors (for qa/support.py) from its retrieval run."""
    text = "How many killings a day were reported in Caracas?"
    query = embedder.encode_query_tokens(text)
    pieces, vectors = embedder.token_vectors(text)
    assert np.allclose(query.vector, embedder.encode_query(text), atol=1e-6)
    assert query.pieces == pieces and np.allclose(query.token_vectors, vectors, atol=1e-6)


def test_word_support_finds_a_paraphrase_and_not_an_unrelated_word(embedder):
    from qa.support import word_support
    query = embedder.encode_query_tokens("How many killings a day were there, and how many seats?")
    support = word_support(query, ["killings", "seats"], "Caracas counts about 20 murders per day.", embedder)
    assert support["killings"] > 0.45 > support["seats"]


def test_a_window_looked_at_twice_runs_the_model_once():
    """composer.answer_confidence may weigh one answer window's tokens twice."""
    from qa.embedding import Embedder
    embedder = Embedder("all-MiniLM-L6-v2")
    runs = []

    class Model:
        def token_vectors(self, text):
            runs.append(text)
            return [text], np.ones((1, 3), dtype=np.float32)
    embedder._model = Model()
    for text in ("a window", "a window", "another", "a window"):
        assert embedder.token_vectors(text)[0] == [text]
    assert runs == ["a window", "another", "a window"]
