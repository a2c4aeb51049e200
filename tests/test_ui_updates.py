"""The page's background index updates (ui/updates.py), on the real pipeline, without Streamlit.

A Streamlit rerun stops the script run it interrupts, so an update run there died silently
when the user asked a question, reloaded or closed the tab. The UpdateRunner owns the update
instead: these tests check that requests never make two updates run at once, that a request
made while one runs is not lost, and that every job ends with an outcome a page can show.
"""
from __future__ import annotations

import shutil
import threading
import time

from qa.assistant import Assistant
from tests.test_ui_app import long_article
from ui.updates import UpdateRunner


def wait_until_idle(runner: UpdateRunner, timeout: float = 300) -> None:
    deadline = time.monotonic() + timeout
    while runner.pending():
        assert time.monotonic() < deadline, "the update did not end in time"
        time.sleep(0.1)


def test_requests_made_while_an_update_runs_share_one_update_after_it(small, embedder):
    corpus, index = small
    gate = threading.Event()        # holds the first update at its start, until the requests are made
    runner = UpdateRunner(Assistant(index, corpus, embedder=embedder), before=gate.wait)
    (corpus / "chronicle.md").write_text(long_article(300), encoding="utf-8")
    first = runner.request()
    second = runner.request(note="Added chronicle.md (Provincial chronicle).")
    third = runner.request(note="Asked again.")
    assert third is second and second is not first       # queued once, not once per request
    assert [job.id for job in runner.pending()] == [first.id, second.id]
    assert second.state == "queued"
    gate.set()

    wait_until_idle(runner)
    assert first.state == second.state == "done"
    # The second update started only after the first had written its index: it found
    # chronicle.md already indexed, and never had to wait for another writer.
    assert first.report.added == ["chronicle.md"] and first.report.written
    assert "chronicle.md" in second.report.unchanged and not second.report.written
    assert not any("another process is writing" in line for line in first.lines + second.lines)
    kind, text, warnings = second.outcome()
    assert (kind, warnings) == ("success", [])
    assert text.startswith("Added chronicle.md (Provincial chronicle). Asked again. 0 added, 0 changed")
    assert runner.job(first.id) is first and runner.job(second.id) is second


def test_a_failed_update_ends_with_a_message_and_the_next_one_runs(small, embedder, tmp_path):
    corpus, index = small
    moved = tmp_path / "elsewhere"
    shutil.move(corpus, moved)
    runner = UpdateRunner(Assistant(index, corpus, embedder=embedder))
    failed = runner.request()
    wait_until_idle(runner)
    assert failed.state == "failed" and failed.report is None
    kind, text, _ = failed.outcome()
    assert kind == "error" and text.startswith("The index was not updated: corpus folder")
    assert "Traceback" not in text and "\n" not in text

    shutil.move(moved, corpus)
    again = runner.request()
    assert again is not failed
    wait_until_idle(runner)
    assert again.state == "done" and again.outcome()[1].endswith("index already up to date")
