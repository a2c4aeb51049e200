"""File formats: Markdown/text front matter, HTML (main text + page metadata) and PDF (text
layer + document info). Offsets for HTML and PDF refer to the extracted text (Document.text)."""
from __future__ import annotations

import io

import pypdf
import pytest

from qa.assistant import Assistant
from qa.errors import BadFileError
from qa.indexer import passages_for, update_index
from qa.config import Settings
from qa.loaders import load_document, scan_corpus
from tests.lifecycle_support import (ARTICLES, as_cleaned, check_answer, check_sentences_map_back, make_pdf,
                                     write_corpus)

PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Ferry strike ends | The Velmora Courier</title>
<meta property="og:title" content="Ferry strike ends after nine days">
<meta property="article:published_time" content="2021-06-04T08:30:00+02:00">
<meta name="author" content="Ana Pereira">
<link rel="canonical" href="https://courier.example/ferry-strike">
<script>window.tracker = "do not index me";</script>
</head><body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | Subscribe now for free today</nav>
<div class="ad">Buy the new Zeta phone, only 99 euros!</div>
<article>
<h1>Ferry strike ends after nine days</h1>
<p>The ferry crews of Velmora returned to work on Friday after a nine-day strike over pay.
The union accepted a raise of 6.5 percent spread over two years.</p>
<p>Ticket sales on the island route fell by a third during the strike, the operator said.</p>
<script>alert("payload")</script>
</article>
<footer>© 2021 The Velmora Courier. All rights reserved.</footer>
</body></html>
"""

PDF_PAGES = [
    ["Tram line extension approved",
     "The regional assembly approved the extension of tram line 4 to the airport at a cost of 212",
     "million euros. Construction is due to begin in the spring and the first trams should",
     "run in 2026, a spokesperson for the transport authority said. The plan had been blocked",
     "for years by a dispute over the route through the old town, which residents wanted to pro-",
     "tect from heavy traffic. A compromise moved two stops and added a tunnel under the new"],
    ["market square, which will be dug in the second phase of the works."],
]


def write_pdf(folder, name="tram.pdf", **info):
    (folder / name).write_bytes(make_pdf(PDF_PAGES, **info))
    return folder / name


# ------------------------------------------------------------------ Markdown front matter

def test_markdown_front_matter_gives_metadata_and_offsets_point_into_the_file(tmp_path, embedder):
    path = write_corpus(tmp_path, {"harbour.md": ARTICLES["harbour.md"]}) / "harbour.md"
    doc = load_document(path)
    assert doc.metadata() == {"title": "Harbour council approves dredging budget", "date": "2019-03-12",
                              "author": "Ines Marlow", "source": "Portside Gazette"}
    assert doc.text == path.read_text(encoding="utf-8")
    assert doc.text[doc.body_start:].startswith("# Harbour council")
    passages = passages_for(doc, embedder, Settings())
    assert passages and all(s.start >= doc.body_start for p in passages for s in p.sentences)
    assert not any("Portside" in p.text or "author:" in p.text for p in passages)   # metadata is not text
    check_sentences_map_back(doc, passages)


@pytest.mark.parametrize("head, expected", [
    ('title: "Quoted: with colon"\ndate: "2017-10"\n', {"title": "Quoted: with colon", "date": "2017-10"}),
    ("title: Plain\ndate: 2013-04-15\nauthor: A. N. Other\n", {"title": "Plain", "date": "2013-04-15",
                                                              "author": "A. N. Other"}),
    ("tags: [one, two]\n", {"title": "The heading"}),        # unknown keys only: title from the heading
    ("", {"title": "The heading"}),                          # an empty block (Jekyll's "no metadata")
])
def test_front_matter_variants(tmp_path, head, expected):
    text = f"---\n{head}---\n# The heading\n\nThe body says something about the harbour.\n"
    (tmp_path / "a.md").write_text(text.replace("\n", "\r\n"), encoding="utf-8")    # CRLF files too
    doc = load_document(tmp_path / "a.md")
    assert {k: v for k, v in doc.metadata().items() if v} == expected
    assert doc.body.startswith("# The heading")


def test_front_matter_that_ends_the_file_leaves_no_text(tmp_path):
    """Its lines are metadata, not an article body titled '---'."""
    (tmp_path / "a.md").write_text('---\ntitle: "Only"\n---', encoding="utf-8")
    with pytest.raises(BadFileError, match="empty"):
        load_document(tmp_path / "a.md")


def test_invalid_front_matter_is_one_warning_naming_the_file(tmp_path):
    write_corpus(tmp_path, {"ok.md": ARTICLES["harbour.md"],
                            "bad.md": "---\ntitle: [unclosed\n---\nBody text about the harbour.\n"})
    scan = scan_corpus(tmp_path)
    assert [d.path for d in scan.documents] == ["ok.md"]
    assert scan.warnings == ["skipped bad.md: the front matter between the '---' lines is not valid YAML"]


def test_a_date_that_is_no_date_is_dropped_with_a_warning(tmp_path):
    """'date: "2015-13-45"' or 'date: "last Tuesday"' would pass or fail a date filter at
    random (filters compare dates as text): the article is indexed without a date, and told."""
    for name, date in (("a.md", '"2015-13-45"'), ("b.md", '"last Tuesday"'), ("c.md", '"2013-04-15"'), ("d.md", '"2017-10"'),
                       ("e.md", "2013-04-15 10:30:00"), ("f.md", "2013-04-15T10:30:00Z")):    # YAML timestamps: the day
        (tmp_path / name).write_text(f'---\ndate: {date}\n---\nAn article about {name} and the turnout.\n',
                                     encoding="utf-8")
    scan = scan_corpus(tmp_path)
    dates = {d.path: d.date for d in scan.documents}
    assert dates == {"a.md": "", "b.md": "", "c.md": "2013-04-15", "d.md": "2017-10", "e.md": "2013-04-15",
                     "f.md": "2013-04-15"}
    assert len(scan.warnings) == 2 and all("is not a date" in w for w in scan.warnings)


def test_an_unquoted_day_not_in_the_calendar_drops_only_the_date(tmp_path):
    """YAML reads an unquoted 'date: 2019-02-30' as a timestamp and fails on the day; the typo
    must cost the article its date (one warning, as for a quoted one), not the whole article."""
    for name, date in (("a.md", "2019-02-30"), ("b.md", "2019-13-45"), ("c.md", "2013-04-15T23:30:00-05:00")):
        (tmp_path / name).write_text(f'---\ntitle: T\ndate: {date}\n---\nAn article about {name} and the turnout.\n',
                                     encoding="utf-8")
    scan = scan_corpus(tmp_path)
    assert {d.path: d.date for d in scan.documents} == {"a.md": "", "b.md": "", "c.md": "2013-04-15"}
    assert len(scan.warnings) == 2 and all("is not a date in the calendar" in w for w in scan.warnings)


# ------------------------------------------------------------------ HTML

def test_html_main_text_and_page_metadata(tmp_path):
    (tmp_path / "ferry.html").write_text(PAGE, encoding="utf-8")
    doc = load_document(tmp_path / "ferry.html")
    assert doc.title == "Ferry strike ends after nine days"
    assert doc.date == "2021-06-04" and doc.author == "Ana Pereira"
    assert doc.source == "https://courier.example/ferry-strike"
    assert "raise of 6.5 percent" in doc.text and "fell by a third" in doc.text
    for junk in ("tracker", "payload", "Subscribe", "Zeta phone", "All rights reserved", "<p>", "Home"):
        assert junk not in doc.text
    assert "\n\nTicket sales" in doc.text            # one paragraph per block, blank line between


def test_html_without_metadata_and_in_another_charset(tmp_path):
    page = ("<html><head><meta charset=\"iso-8859-1\"></head><body><article>"
            "<p>La cooperativa de Mérida cosechó 300 toneladas de café en el año 2020, según su informe.</p>"
            "<p>El precio medio subió un 12 por ciento respecto al año anterior.</p></article></body></html>")
    (tmp_path / "cafe.htm").write_bytes(page.encode("latin-1"))
    doc = load_document(tmp_path / "cafe.htm")
    assert "Mérida cosechó 300 toneladas de café" in doc.text
    assert doc.date == ""                               # not guessed from "2020" in the text
    assert doc.title == "cafe"                          # no title anywhere: the file name


@pytest.mark.parametrize("page, reason", [
    ("<html><body></body></html>", "no article text found"),
    ("<html><body><script>var x = 1;</script></body></html>", "no article text found"),
])
def test_html_without_text_is_skipped_with_the_reason(tmp_path, page, reason):
    (tmp_path / "empty.html").write_text(page, encoding="utf-8")
    with pytest.raises(BadFileError, match=f"empty.html: {reason}"):
        load_document(tmp_path / "empty.html")


# ------------------------------------------------------------------ PDF

def test_pdf_text_layer_and_document_info(tmp_path, embedder):
    doc = load_document(write_pdf(tmp_path, title="Tram line 4 reaches the airport", created="20230915093000+02'00'"))
    assert doc.title == "Tram line 4 reaches the airport" and doc.date == "2023-09-15"
    passages = passages_for(doc, embedder, Settings())
    sentences = [s.text for p in passages for s in p.sentences]
    assert any("wanted to protect from heavy traffic" in s for s in sentences)    # hyphen at line end joined
    assert any("under the new market square" in s for s in sentences)            # sentence across a page break
    check_sentences_map_back(doc, passages)


def test_pdf_without_info_takes_its_title_from_the_first_line(tmp_path):
    doc = load_document(write_pdf(tmp_path))
    assert doc.title == "Tram line extension approved" and doc.date == ""


def encrypted_pdf(user_password: str) -> bytes:
    writer = pypdf.PdfWriter(clone_from=io.BytesIO(make_pdf(PDF_PAGES)))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize("data, reason", [
    (lambda: encrypted_pdf("secret"), "password-protected"),
    (lambda: make_pdf([[]]), "no text layer"),
    (lambda: make_pdf(PDF_PAGES)[:200], "not a readable PDF"),
    (lambda: b"%PDF-1.4\nthis is not a pdf at all", "not a readable PDF"),
])
def test_unusable_pdfs_are_skipped_with_the_reason(tmp_path, data, reason):
    (tmp_path / "x.pdf").write_bytes(data())
    with pytest.raises(BadFileError, match=f"x.pdf: .*{reason}"):
        load_document(tmp_path / "x.pdf")


def test_pdf_readable_without_a_password_is_read(tmp_path):
    (tmp_path / "open.pdf").write_bytes(encrypted_pdf(""))
    assert "extension of tram line 4" in load_document(tmp_path / "open.pdf").text


# ------------------------------------------------------------------ all formats, end to end

def test_questions_are_answered_from_every_format_with_offsets_into_the_extracted_text(tmp_path, embedder):
    corpus = write_corpus(tmp_path / "corpus")
    (corpus / "ferry.html").write_text(PAGE, encoding="utf-8")
    write_pdf(corpus, title="Tram line 4 reaches the airport", created="20230915093000Z")
    index = tmp_path / "index"
    report = update_index(corpus, index, embedder)
    assert sorted(report.added) == sorted(["ferry.html", "tram.pdf", *ARTICLES]) and not report.warnings
    assistant = Assistant(index, corpus, embedder=embedder)
    for question, doc, fact in [
        ("What raise did the Velmora ferry union accept?", "ferry.html", "6.5 percent"),
        ("How much will the tram line 4 extension to the airport cost?", "tram.pdf", "212 million euros"),
        ("How much did the Velmora harbour council approve for dredging?", "harbour.md", "4.5 million euros"),
    ]:
        answer = assistant.ask(question)
        check_answer(answer)
        assert {c.doc for c in answer.citations} == {doc} and fact in answer.answer
        article = assistant.article(doc)
        for s in answer.sentences:
            assert as_cleaned(article.text[s.start:s.end]) == s.text
        citation = answer.citations[0]
        assert citation.title == article.title and citation.date == article.date
