"""Turning article and question text into safe markup for the page; no Streamlit in here.

Article and question text is untrusted: an article may contain `<script>`, `<img onerror=…>`,
Markdown links or Streamlit's own `:red[…]` syntax, and none of it may ever be interpreted.
So every piece of such text is HTML-escaped first, and only then are our own tags
(`<mark>`, `<sup>`, `<div>`) put around the escaped pieces. Highlight offsets refer to the raw
text, so the text is cut at the offsets *before* escaping (escaping changes lengths). The
result goes to `st.html`, which additionally sanitises with DOMPurify and never runs scripts.
The one script of ours, `scroll_to_mark`, holds no text from an article or a question.

Expander labels cannot hold HTML, only a subset of Markdown, so `label()` backslash-escapes
every Markdown punctuation character instead.
"""
from __future__ import annotations

import html
import json
import re
from typing import Iterable, Sequence

Span = tuple[int, int]

# Two strengths of highlight: the passage around the answer, and the cited sentences in it.
PASSAGE_STYLE = "background-color: rgba(255, 200, 0, 0.18); color: inherit; padding: 0.1em 0; border-radius: 2px;"
SENTENCE_STYLE = "background-color: rgba(255, 200, 0, 0.65); color: #1a1a1a; padding: 0.1em 0; border-radius: 2px;"
TEXT_STYLE = "white-space: pre-wrap; line-height: 1.6;"
# The whole article scrolls in a box of its own, opened at the passage (scroll_to_mark): a page as
# long as the article left the passage far out of view. `position` makes the box the marks' offsetParent.
ARTICLE_STYLE = (TEXT_STYLE + " font-size: 0.92rem; max-width: 50rem; max-height: 60vh; overflow-y: auto;"
                 " position: relative; padding: 0.4rem 0.8rem; border: 1px solid rgba(128, 128, 128, 0.3);"
                 " border-radius: 0.5rem;")
# Run once per article box shown: finds the box's first mark (where the passage starts), scrolls the
# box so that it sits a quarter of the way down with the text before it above, then the page, as
# little as needed, so that it is in view. The box is flagged, so a later rerun of the page (a new
# question) never pulls the reader back to it. The box may be drawn after the script runs: it waits
# for it, a frame at a time, for about two seconds.
SCROLL_SCRIPT = """<script>
(() => {
  const boxId = %s;
  let frames = 120;
  const place = () => {
    const box = document.getElementById(boxId);
    const mark = box && box.querySelector("mark");
    if (!mark) { if (frames-- > 0) requestAnimationFrame(place); return; }
    if (box.dataset.qaPlaced) return;
    box.dataset.qaPlaced = "1";
    box.scrollTop = Math.max(0, mark.offsetTop - box.clientHeight / 4);
    mark.scrollIntoView({block: "nearest"});
  };
  place();
})();
</script>"""

MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~:$^=&\"'])")


def esc(text: str) -> str:
    """HTML-escape text, quotes included, so it can sit in element content or attributes."""
    return html.escape(str(text), quote=True)


def label(text: str) -> str:
    """Text made literal for a Markdown label (expanders, buttons): every special character escaped."""
    return MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def clip_spans(spans: Iterable[Span], length: int) -> list[Span]:
    """Spans limited to [0, length), empty ones dropped, sorted."""
    out = []
    for start, end in spans:
        start, end = max(0, int(start)), min(length, int(end))
        if end > start:
            out.append((start, end))
    return sorted(out)


def marked(text: str, layers: Sequence[tuple[Iterable[Span], str]]) -> str:
    """Escaped `text` with each layer's spans wrapped in `<mark style=…>`; later layers win overlaps.

    The text is cut at every span boundary, each piece is escaped on its own, and each piece
    gets the style of the last layer covering it, so overlapping or nested spans (a sentence
    inside its passage) never produce badly nested tags.
    """
    clipped = [(clip_spans(spans, len(text)), style) for spans, style in layers]
    cuts = sorted({0, len(text), *(b for spans, _ in clipped for span in spans for b in span)})
    pieces = []
    for start, end in zip(cuts, cuts[1:]):
        style = ""
        for spans, layer_style in clipped:
            if any(s <= start and end <= e for s, e in spans):
                style = layer_style
        piece = esc(text[start:end])
        pieces.append(f'<mark class="qa-mark" style="{style}">{piece}</mark>' if style else piece)
    return "".join(pieces)


def block(inner_html: str, css_class: str, style: str = TEXT_STYLE, element_id: str = "") -> str:
    id_attribute = f' id="{esc(element_id)}"' if element_id else ""
    return f'<div class="{css_class}"{id_attribute} style="{style}">{inner_html}</div>'


def plain(text: str, css_class: str = "qa-text") -> str:
    """Text shown exactly as typed or written, line breaks kept."""
    return block(esc(text), css_class)


def passage(text: str, highlights: Iterable[Span] = ()) -> str:
    """A passage with its cited sentences (passage-relative offsets) highlighted."""
    return block(marked(text, [(highlights, SENTENCE_STYLE)]), "qa-passage")


def answer(sentences: Sequence[tuple[str, int]]) -> str:
    """The answer: each (sentence, citation number) followed by its numbered marker."""
    parts = [f'{esc(text)}&nbsp;<sup class="qa-cite" style="font-weight: 600;">[{int(n)}]</sup>'
             for text, n in sentences]
    return block(" ".join(parts), "qa-answer", TEXT_STYLE + " font-size: 1.02rem;")


def short_answer(text: str) -> str:
    """The short answer, set apart so that it is the first thing read."""
    style = ("font-size: 1.6rem; font-weight: 700; line-height: 1.25; padding: 0.35rem 0.8rem; "
             "border-left: 4px solid rgb(255, 170, 0); margin: 0.2rem 0 0.4rem 0;")
    return block(esc(text), "qa-short-answer", style)


def abstention(text: str) -> str:
    """The abstention sentence, styled as a notice rather than as an answer."""
    style = (TEXT_STYLE + " padding: 0.6rem 0.9rem; border-radius: 0.5rem; "
             "background-color: rgba(120, 120, 120, 0.12); border-left: 4px solid rgba(120, 120, 120, 0.6);")
    return block(esc(text), "qa-abstention", style)


def article_window(length: int, span: Span, body_start: int = 0, limit: int = 120_000) -> Span:
    """The part of an article worth showing: all of its body, or a window around `span` if it is huge.

    Whole articles are shown so the passage is read in place; a window only for articles too big
    for a browser to render comfortably, centred on the passage.
    """
    start = min(max(0, body_start), length)
    if length - start <= limit:
        return start, length
    middle = (span[0] + span[1]) // 2
    lo = max(start, middle - limit // 2)
    hi = min(length, lo + limit)
    return max(start, hi - limit), hi


def article(text: str, passage_span: Span, sentence_spans: Iterable[Span] = (), body_start: int = 0,
            element_id: str = "") -> str:
    """The article body with the passage marked in place and its cited sentences marked strongly.

    Offsets are into the article's full text (front matter included), as citations give them.
    `element_id` names the box for `scroll_to_mark`.
    """
    lo, hi = article_window(len(text), passage_span, body_start)
    shift = lambda spans: [(s - lo, e - lo) for s, e in spans]  # noqa: E731
    body = marked(text[lo:hi], [(shift([passage_span]), PASSAGE_STYLE), (shift(sentence_spans), SENTENCE_STYLE)])
    before = "[…]\n" if lo > body_start else ""
    after = "\n[…]" if hi < len(text) else ""
    return block(esc(before) + body + esc(after), "qa-article", ARTICLE_STYLE, element_id)


def scroll_to_mark(element_id: str) -> str:
    """A script (for `st.html(..., unsafe_allow_javascript=True)`) that opens the article box
    `element_id` at its marked passage and brings that into view. Only the id, one of ours, is
    put in it, as a JSON string."""
    return SCROLL_SCRIPT % json.dumps(element_id).replace("<", "\\u003c")
