"""Regenerate docs/screenshot.png: the app answering the README's example question.

    .venv/bin/python scripts/screenshot.py [--index DIR] [--out docs/screenshot.png]

Builds a throw-away index of corpus/ (unless --index names an existing one), starts the
app with the same harness and Debian chromium setup as tests/test_ui_browser.py, asks the
question, opens the first source so its highlighted passage shows, and saves the page.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from test_ui_browser import QUESTION, ask, chromium_page, running_app  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", type=Path, help="use this index instead of building a temporary one")
    parser.add_argument("--corpus", type=Path, default=REPO / "corpus")
    parser.add_argument("--question", default=QUESTION)
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshot.png")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="qa-screenshot-") as tmp:
        index = args.index
        if index is None:
            from qa.assistant import Assistant
            index = Path(tmp) / "index"
            print(Assistant(index, args.corpus).update_index().summary(), file=sys.stderr)
        with running_app(index, args.corpus, Path(tmp) / "streamlit.log") as url, \
                chromium_page(width=1280, height=1150) as page:
            page.goto(url)
            page.locator('[data-testid="stChatInput"] textarea').wait_for(timeout=60_000)
            ask(page, args.question, 0)
            source = page.locator('[data-testid="stExpander"]').filter(has_text="[1]").first
            source.locator("summary").click()
            source.locator(".qa-passage").wait_for()
            page.mouse.move(0, 0)
            page.wait_for_timeout(800)      # let the expander finish opening
            args.out.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(args.out))
    print(f"saved {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
