"""The real app in a real browser: `streamlit run ui/app.py` driven by Debian chromium.

AppTest (tests/test_ui_app.py) runs the script in-process; only a browser shows that the page
actually renders: that the chat input works over the websocket, the answer appears without
a reload, citations and highlights survive Streamlit's HTML sanitiser, and untrusted text
is displayed as text. The server and the browser are started here and always stopped.

The helpers (`running_app`, `chromium_page`) are also used by scripts/screenshot.py.
"""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]
QUESTION = "Why did the 2007 constitutional reform fail?"
ANSWER_TIMEOUT_MS = 240_000     # first question loads the model; 2 shared cores can be slow


# The first line of the whole article's first mark (where the passage starts) is inside both the
# article's scroll box and the window.
WHERE_IS_THE_MARK = """() => {
  const box = document.querySelector('.qa-article');
  const line = box.querySelector('mark').getClientRects()[0];
  const shown = box.getBoundingClientRect();
  return {mark: [line.top, line.bottom], box: [shown.top, shown.bottom], window: [0, window.innerHeight]};
}"""
MARK_IN_VIEW = f"""() => {{
  const at = ({WHERE_IS_THE_MARK})();
  return at.mark[0] >= Math.max(at.box[0], 0) && at.mark[1] <= Math.min(at.box[1], at.window[1]);
}}"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def running_app(index_dir: Path, corpus_dir: Path, log_path: Path, timeout: float = 180):
    """`streamlit run ui/app.py` on a free port against the given folders; yields its URL.

    The server gets its own process group so that stopping it also stops anything it
    spawned, and only that.
    """
    port = free_port()
    env = os.environ | {"QA_INDEX": str(index_dir), "QA_CORPUS": str(corpus_dir),
                        "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    cmd = [sys.executable, "-m", "streamlit", "run", "ui/app.py", "--server.headless", "true",
           "--server.port", str(port), "--server.address", "127.0.0.1",
           "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"]
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(cmd, cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT,
                                start_new_session=True)
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"streamlit exited with {proc.returncode}:\n{log_path.read_text()[-3000:]}")
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                    if response.read().strip() == b"ok":
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"streamlit did not serve within {timeout:.0f}s:\n{log_path.read_text()[-3000:]}")
            time.sleep(0.3)
        yield url
    finally:
        stop(proc)


def stop(proc: subprocess.Popen) -> None:
    """SIGTERM to the server's own process group, SIGKILL if it has not gone after 15 s."""
    if proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=15)
    except ProcessLookupError:
        pass


@contextmanager
def chromium_page(width: int = 1280, height: int = 1000):
    """A page in Debian chromium (headless, fresh profile), through Playwright's sync API."""
    if not CHROMIUM.exists():
        raise RuntimeError(f"{CHROMIUM} is missing: install Debian's chromium (scripts/test does: apt-get install chromium)")
    from playwright.sync_api import sync_playwright
    with tempfile.TemporaryDirectory(prefix="qa-chromium-") as profile, sync_playwright() as p:
        # --headless=new is passed by hand (headless=False stops Playwright adding its own flag);
        # a fresh profile per run is what launch_persistent_context's user_data_dir gives.
        context = p.chromium.launch_persistent_context(
            profile, executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS, headless=False,
            viewport={"width": width, "height": height})
        try:
            yield context.pages[0] if context.pages else context.new_page()
        finally:
            context.close()


def ask(page, question: str, answers_before: int) -> None:
    """Type a question in the chat box, send it, and wait until one more turn has rendered."""
    box = page.locator('[data-testid="stChatInput"] textarea')
    box.fill(question)
    box.press("Enter")
    page.locator('[data-testid="stChatMessage"]').nth(2 * answers_before + 1).locator(
        ".qa-answer, .qa-abstention, [data-testid='stAlert']").first.wait_for(timeout=ANSWER_TIMEOUT_MS)


@pytest.mark.browser
@pytest.mark.timeout(900)
def test_question_answered_with_citations_in_chromium(bundled_index, tmp_path):
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing; the browser test needs Debian chromium "
                    "(scripts/test installs it: apt-get install chromium)")
    corpus = REPO / "corpus"
    with running_app(bundled_index, corpus, tmp_path / "streamlit.log") as url, chromium_page() as page:
        started = time.monotonic()
        page.goto(url)
        box = page.locator('[data-testid="stChatInput"] textarea')
        box.wait_for(timeout=60_000)
        assert box.is_enabled()
        first_page_seconds = time.monotonic() - started
        assert page.get_by_text("Ask the articles").first.is_visible()
        assert page.get_by_text("5 articles").first.is_visible()        # the sidebar knows the index

        ask(page, QUESTION, 0)
        answer = page.locator(".qa-answer").first
        markers = answer.locator("sup.qa-cite")
        assert markers.count() >= 1 and markers.first.inner_text() == "[1]"
        sources = page.locator('[data-testid="stExpander"]').filter(has_text="[1]")
        # The answer's source expanders arrive in later deltas than its text: wait for them.
        sources.first.wait_for(timeout=30_000)
        assert sources.count() == 1
        sources.first.locator("summary").click()
        highlight = sources.first.locator("mark.qa-mark").first
        highlight.wait_for(timeout=30_000)
        assert highlight.inner_text().strip() in page.locator(".qa-passage").first.inner_text()
        # The answer arrived over the websocket: still the same page, no reload.
        assert page.evaluate("performance.getEntriesByType('navigation').length") == 1
        page.screenshot(path=str(tmp_path / "answer.png"), full_page=True)

        # The whole article opens at the marked passage: it was left far below (or above) the view.
        sources.first.get_by_text("Show the whole article").click()
        page.locator(".qa-article mark").first.wait_for(timeout=30_000)
        try:
            page.wait_for_function(MARK_IN_VIEW, timeout=10_000)
        except Exception:
            pytest.fail(f"the marked passage is not in view: {page.evaluate(WHERE_IS_THE_MARK)}")
        # A later rerun (another question) leaves the article where the reader scrolled it.
        page.evaluate("document.querySelector('.qa-article').scrollTop = 0")

        # Untrusted text stays text: a question full of markup is shown literally and runs nothing.
        tricky = "What about <img src=x onerror=\"document.title='pwned'\"> and **2007**?"
        ask(page, tricky, 1)
        shown = page.locator(".qa-question").last.inner_text()
        assert shown == tricky
        assert page.title() != "pwned" and page.locator(".qa-question img").count() == 0
        assert page.evaluate("document.querySelector('.qa-article').scrollTop") == 0
        assert page.locator('[data-testid="stException"]').count() == 0
        assert "Traceback" not in page.locator("body").inner_text()
    assert (tmp_path / "answer.png").stat().st_size > 10_000
    print(f"first page usable after {first_page_seconds:.1f}s")


@pytest.mark.browser
@pytest.mark.timeout(900)
def test_maintenance_in_chromium(bundled_index, corpus_copy, tmp_path):
    """What an exploratory tester saw: a question or a reload during an update stopped it for
    good, silently; a .docx or an oversized file was refused with "Choose a file to add first"."""
    import shutil
    from tests.test_ui_app import long_article
    index = tmp_path / "index"
    shutil.copytree(bundled_index, index, symlinks=True)
    (corpus_copy / "chronicle.md").write_text(long_article(2500), encoding="utf-8")   # ~20 s to embed here
    with running_app(index, corpus_copy, tmp_path / "streamlit.log") as url, chromium_page() as page:
        page.goto(url)
        page.locator('[data-testid="stChatInput"] textarea').wait_for(timeout=60_000)
        sidebar = page.locator('[data-testid="stSidebar"]')
        sidebar.get_by_role("button", name="Update index").click()
        sidebar.get_by_text("Updating the index…").wait_for(timeout=30_000)
        ask(page, "Who won the April 2013 presidential election?", 0)    # a rerun during the update
        page.reload()                                                    # a new session, same update
        sidebar.get_by_text("Updating the index…").wait_for(timeout=60_000)
        sidebar.get_by_text("1 added, 0 changed").wait_for(timeout=ANSWER_TIMEOUT_MS)   # told how it ended
        sidebar.get_by_text("6 articles").wait_for(timeout=30_000)      # the status line redraws after the report

        chooser = sidebar.locator('[data-testid="stFileUploaderDropzoneInput"]')
        submit = sidebar.get_by_role("button", name="Add to corpus and index")
        (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04 a word document")
        # The uploader states the app's limit, and refuses in the browser a file over it: 20.5 MB was
        # under its "25MB per file" and under the 20 * 1024 * 1024 bytes the app counted as 20 MB.
        assert sidebar.get_by_text("20MB per file").is_visible()
        (tmp_path / "huge.txt").write_bytes(b"w" * 20_500_000)
        for name, why in (("notes.docx", "is not supported"), ("huge.txt", "refused by the uploader")):
            chooser.set_input_files(str(tmp_path / name))
            submit.click()
            sidebar.get_by_text(why).wait_for(timeout=60_000)
        assert page.locator('[data-testid="stException"]').count() == 0
    assert {p.name for p in corpus_copy.iterdir()} == {p.name for p in (REPO / "corpus").iterdir()} | {"chronicle.md"}
