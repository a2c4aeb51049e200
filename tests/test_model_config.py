"""The configured model (QA_MODEL) is found locally or reported at once in one line.

The project runs offline: models come from installed packages, local folders or the local
Hugging Face cache. A model that is not there must not send `qa` to the network (it used to
retry for ~75 s, printing "Retrying" lines), and must be named before any advice that needs it
(a rebuild cannot help while the model is missing). Real model, real index, real CLI.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time

import pytest

from qa.embedding import resolve_model
from qa.errors import MissingModelError
from tests.conftest import BUNDLED_CORPUS
from tests.lifecycle_support import run_qa

UNCACHED_HUB_MODEL = "sentence-transformers/paraphrase-MiniLM-L3-v2"


def hub_env(tmp_path, **extra) -> dict:
    """A process with an empty Hugging Face cache, the hub offline rule NOT set by the caller,
    and any request it still makes sent to a closed local port (never to the internet)."""
    env = {k: v for k, v in os.environ.items() if k not in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE")}
    env.update(HF_HOME=str(tmp_path / "hf"), HF_ENDPOINT="http://127.0.0.1:9", HTTPS_PROXY="http://127.0.0.1:9",
               HTTP_PROXY="http://127.0.0.1:9", QA_CACHE_DIR=str(tmp_path / "cache"), **extra)
    return env


def run_clean(*args, env: dict, timeout: float = 60):
    """`qa` with exactly `env` (run_qa would add HF_HUB_OFFLINE=1, which this must not have)."""
    return subprocess.run([sys.executable, "-m", "qa.cli", *map(str, args)], capture_output=True, text=True,
                          env=env, timeout=timeout)


def test_an_uncached_hub_model_fails_at_once_without_the_network(tmp_path):
    started = time.monotonic()
    proc = run_clean("index", "--corpus", BUNDLED_CORPUS, "--index", tmp_path / "index",
                     env=hub_env(tmp_path, QA_MODEL=UNCACHED_HUB_MODEL))
    elapsed = time.monotonic() - started
    assert proc.returncode == 1, proc.stderr
    [line] = proc.stderr.strip().splitlines()           # no "Retrying" lines before it
    assert line.startswith("qa: error: ") and f"'{UNCACHED_HUB_MODEL}' is not available locally" in line
    assert "QA_MODEL" in line and "local sentence-transformers folder" in line
    assert elapsed < 20, elapsed                         # it used to retry the hub for ~75 s
    assert not (tmp_path / "index").exists()


def test_the_hub_is_allowed_only_when_the_user_says_so(monkeypatch):
    name = "corpus-qa-tests/a-model-no-cache-holds"     # in-process: whatever cache this machine has
    for offline in (None, "1", "true", "YES"):
        if offline is None:
            monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
        else:
            monkeypatch.setenv("HF_HUB_OFFLINE", offline)
        with pytest.raises(MissingModelError, match="not available locally"):
            resolve_model(name)
    monkeypatch.setenv("HF_HUB_OFFLINE", "0")
    assert resolve_model(name) == name                  # handed on to sentence-transformers, to download


@pytest.mark.parametrize("make, message", [
    (lambda p: None, "does not exist"),
    (lambda p: p.mkdir(), "holds no model"),
    (lambda p: p.write_text("not a folder"), "is not a folder"),
])
def test_a_bad_model_folder_is_named(tmp_path, make, message):
    folder = tmp_path / "model"
    make(folder)
    with pytest.raises(MissingModelError) as caught:
        resolve_model(str(folder))
    assert str(folder) in str(caught.value) and message in str(caught.value) and "QA_MODEL" in str(caught.value)


def test_packaged_and_local_models_still_resolve(tmp_path):
    folder = resolve_model("all-MiniLM-L6-v2")
    assert os.path.isfile(os.path.join(folder, "modules.json"))
    assert resolve_model(folder) == folder


def test_ask_names_the_missing_model_before_advising_a_rebuild(bundled_index, tmp_path):
    """The index was built with the default model; QA_MODEL now names a folder that is gone."""
    missing = tmp_path / "no-such-model"
    for command in (["ask", "--json", "Who won the April 2013 presidential election?"], ["status"]):
        proc = run_qa(*command, "--index", bundled_index, "--corpus", BUNDLED_CORPUS, env={"QA_MODEL": str(missing)})
        assert proc.returncode == 1 and proc.stdout == ""
        [line] = proc.stderr.strip().splitlines()
        assert f"model folder {missing} does not exist" in line
        assert "was built with model" not in line and "qa index" not in line


def test_an_unloadable_model_is_named_before_the_index_mismatch(bundled_index, tmp_path):
    broken = tmp_path / "broken-model"
    broken.mkdir()
    (broken / "config.json").write_text("{not json", encoding="utf-8")
    proc = run_qa("ask", "--index", bundled_index, "--corpus", BUNDLED_CORPUS, "Who won?",
                  env={"QA_MODEL": str(broken), "QA_CACHE_DIR": str(tmp_path / "cache")})
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    [line] = proc.stderr.strip().splitlines()
    assert "cannot load embedding model" in line and str(broken) in line and "was built with model" not in line


def test_a_loadable_other_model_still_gets_the_rebuild_advice(bundled_index, tmp_path):
    other = tmp_path / "same-model-elsewhere"
    shutil.copytree(resolve_model("all-MiniLM-L6-v2"), other)
    proc = run_qa("ask", "--json", "--index", bundled_index, "--corpus", BUNDLED_CORPUS, "Who won?",
                  env={"QA_MODEL": str(other), "QA_CACHE_DIR": str(tmp_path / "cache")})
    assert proc.returncode == 1
    [line] = proc.stderr.strip().splitlines()
    assert "was built with model 'all-MiniLM-L6-v2'" in line
    assert f"run `qa index --corpus {BUNDLED_CORPUS} --index {bundled_index}` to rebuild it" in line


@pytest.mark.parametrize("value", ["", "  "])
def test_an_empty_qa_model_means_the_default_model(monkeypatch, value):
    """`QA_MODEL= qa ask …` had looked for a model in the current folder ("."); empty is unset."""
    from qa.config import DEFAULT_MODEL, Settings
    monkeypatch.setenv("QA_MODEL", value)
    assert Settings().model == DEFAULT_MODEL
