"""Embedder: vectors come back in the caller's order whatever the internal order; thread policy."""
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
    import torch
    monkeypatch.setenv("QA_TORCH_THREADS", "2")
    monkeypatch.setattr(embedding, "BULK_MIN_TEXTS", 3)
    seen = []
    real = embedder.model.encode

    def spy(*a, **kw):
        seen.append(torch.get_num_threads())
        return real(*a, **kw)
    monkeypatch.setattr(embedder.model, "encode", spy)
    embedder.encode(["one", "two", "three"])
    embedder.encode_query("a question")
    assert seen == [2, 1]
    assert torch.get_num_threads() == 1


@pytest.mark.parametrize("value,expected", [("3", 3), ("1", 1)])
def test_bulk_threads_override(monkeypatch, value, expected):
    monkeypatch.setenv("QA_TORCH_THREADS", value)
    assert embedding.bulk_threads() == expected


def test_bulk_threads_backs_off_on_a_busy_machine(monkeypatch):
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
