"""Shared fixtures: the real model (loaded once per test session) and a real index of the
bundled corpus built once into a temporary folder. Tests that change an index copy the
corpus into their own folder first."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

REPO = Path(__file__).resolve().parent.parent
BUNDLED_CORPUS = REPO / "corpus"
# ../shared beside the repository; QA_DEV_SET points elsewhere (a git worktree has no ../shared)
DEV_SET = Path(os.environ.get("QA_DEV_SET") or REPO.parent / "shared" / "eval" / "dev.jsonl")


@pytest.fixture(scope="session")
def embedder():
    from qa.config import Settings
    from qa.embedding import Embedder
    return Embedder(Settings().model)


@pytest.fixture(scope="session")
def bundled_index(tmp_path_factory, embedder) -> Path:
    """An index of the bundled corpus (built once per session; treat as read-only)."""
    from qa.indexer import update_index
    index_dir = tmp_path_factory.mktemp("bundled") / "index"
    update_index(BUNDLED_CORPUS, index_dir, embedder)
    return index_dir


@pytest.fixture(scope="session")
def assistant(bundled_index, embedder):
    from qa.assistant import Assistant
    return Assistant(index_dir=bundled_index, corpus_dir=BUNDLED_CORPUS, embedder=embedder)


@pytest.fixture
def corpus_copy(tmp_path) -> Path:
    """A writable copy of the bundled corpus."""
    target = tmp_path / "corpus"
    shutil.copytree(BUNDLED_CORPUS, target)
    return target


@pytest.fixture
def small(tmp_path, embedder):
    """A three-article corpus (tests/lifecycle_support.py), indexed: (corpus, index)."""
    from qa.indexer import update_index
    from tests.lifecycle_support import write_corpus
    corpus = write_corpus(tmp_path / "corpus")
    index = tmp_path / "index"
    update_index(corpus, index, embedder)
    return corpus, index
