"""ui/markup.py and ui/filters.py: untrusted text stays text, highlights land on the right characters."""
import html
import re
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ui import filters, markup  # noqa: E402

EVIL = "<script>alert(1)</script> <img src=x onerror=alert(2)> \"q\" 'a' & [link](javascript:x) :red[x] $x$ **b**"


def unmark(fragment: str) -> str:
    """The text a browser would show for our markup: tags removed, entities decoded."""
    return html.unescape(re.sub(r"</?(mark|div|sup)[^>]*>", "", fragment))


def test_text_is_escaped_before_our_tags_go_in():
    out = markup.passage(EVIL, [(0, 8)])
    assert "<script" not in out and "<img" not in out and "onerror=alert(2)>" not in out
    assert unmark(out) == EVIL
    assert out.count("<mark ") == 1 and '">&lt;script&gt;</mark>' in out


def test_highlights_are_cut_at_raw_offsets_not_escaped_ones():
    text = "A & B < C. Second sentence."
    out = markup.passage(text, [(11, len(text))])
    assert f'">{text[11:]}</mark>' in out
    assert out.split("<mark")[0].endswith("A &amp; B &lt; C. ")


def styled_chars(out: str) -> list[tuple[str, str]]:
    """Each displayed character with the style of the <mark> around it ('' for none)."""
    chars = []
    for m in re.finditer(r'<mark class="qa-mark" style="([^"]*)">([^<]*)</mark>|([^<]+)', out):
        style, chunk = (m.group(1), m.group(2)) if m.group(1) is not None else ("", m.group(3))
        chars += [(ch, style) for ch in html.unescape(chunk)]
    return chars


spans = st.lists(st.tuples(st.integers(-5, 70), st.integers(-5, 70)), max_size=4)


@given(st.text(max_size=60), spans, spans)
def test_each_character_gets_the_style_of_the_last_layer_covering_it(text, outer, inner):
    out = markup.marked(text, [(outer, "A"), (inner, "B")])
    assert not re.search(r"<mark[^>]*>[^<]*<mark", out)          # never nested
    expected = []
    for i, ch in enumerate(text):
        style = ""
        for layer, name in ((outer, "A"), (inner, "B")):
            if any(max(0, s) <= i < min(len(text), e) for s, e in layer):
                style = name
        expected.append((ch, style))
    assert styled_chars(out) == expected


def test_label_escapes_every_markdown_special_character():
    out = markup.label("Title :red[x] **b** [l](u) $x$ <b> #1 a_b")
    assert out == r"Title \:red\[x\] \*\*b\*\* \[l\]\(u\) \$x\$ \<b\> \#1 a\_b"
    assert markup.label("two\n\nlines   here") == "two lines here"


def test_answer_has_a_numbered_marker_after_each_sentence():
    out = markup.answer([("First <one>.", 1), ("Second.", 2)])
    assert unmark(out) == "First <one>.\xa0[1] Second.\xa0[2]"
    assert out.count('class="qa-cite"') == 2


def test_article_marks_the_passage_in_place_and_the_sentences_inside_it():
    front = "---\ntitle: T\n---\n"
    body = "Intro <b>line</b>.\n\nThe passage starts. The cited one. Ends here.\n\nLast."
    text = front + body
    p0 = text.index("The passage")
    p1 = text.index("Ends here.") + len("Ends here.")
    s0 = text.index("The cited one.")
    out = markup.article(text, (p0, p1), [(s0, s0 + len("The cited one."))], body_start=len(front))
    assert "title: T" not in out and unmark(out) == body
    assert f'style="{markup.SENTENCE_STYLE}">The cited one.</mark>' in out
    assert f'style="{markup.PASSAGE_STYLE}">The passage starts. </mark>' in out
    assert "Intro &lt;b&gt;line&lt;/b&gt;." in out


def test_huge_articles_show_a_window_around_the_passage():
    text = "x" * 1_000_000
    lo, hi = markup.article_window(len(text), (600_000, 601_000), limit=100_000)
    assert hi - lo == 100_000 and lo <= 600_000 and 601_000 <= hi
    assert markup.article_window(len(text), (10, 20), limit=100_000) == (0, 100_000)
    assert markup.article_window(len(text), (999_990, 1_000_000), limit=100_000) == (900_000, 1_000_000)
    out = markup.article(text, (600_000, 601_000))
    assert out.count("[…]") == 2


@pytest.mark.parametrize("date_from, date_to, expected, problems", [
    ("2007", "2013-04", ("2007", "2013-04"), 0),
    (" 2007-12-03 ", "", ("2007-12-03", ""), 0),
    ("12/2007", "2013", ("", "2013"), 1),
    ("2007-1", "2007-13", ("", ""), 2),
    ("2013", "2007", ("", ""), 1),
    ("2007-12", "2007", ("2007-12", "2007"), 0),
])
def test_filter_dates(date_from, date_to, expected, problems):
    choice = filters.choose(None, date_from, date_to)
    assert (choice.filters.date_from, choice.filters.date_to) == expected
    assert len(choice.problems) == problems


def test_filter_description_names_articles_and_dates():
    choice = filters.choose(["b.txt", "a.txt"], "2007", "")
    assert choice.filters.docs == {"a.txt", "b.txt"}
    assert filters.describe(choice.filters, {"a.txt": "Alpha", "b.txt": "Beta"}) == \
        "Searched only Alpha; Beta, dated 2007 or later"
    assert filters.describe(filters.choose([], "", "").filters, {}) == ""


@pytest.mark.parametrize("date_from, date_to, said", [
    ("2013", "2013", "Searched dated 2013"),                 # not "dated 2013 to 2013"
    ("2013-04", "2013-04", "Searched dated 2013-04"),
    ("2013", "2013-12", "Searched dated 2013 to 2013-12"),
    ("", "2013", "Searched dated 2013 or earlier"),
])
def test_filter_description_says_a_period_given_as_both_bounds_once(date_from, date_to, said):
    assert filters.describe(filters.choose([], date_from, date_to).filters, {}) == said


def test_the_whole_article_is_a_named_box_and_its_scroll_script_holds_only_the_name():
    text = "Before. The passage. After."
    out = markup.article(text, (8, 20), element_id="qa-article-1-c1")
    assert out.startswith('<div class="qa-article" id="qa-article-1-c1" style="')
    assert "overflow-y: auto" in out and unmark(out) == text
    script = markup.scroll_to_mark("qa-article-1-c1")
    assert 'const boxId = "qa-article-1-c1";' in script
    assert '"x\\u003c/script>"' in markup.scroll_to_mark("x</script>")     # cannot end the script early
