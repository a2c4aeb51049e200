"""Helpers shared by the lifecycle, crash, corruption, format, bad-input and fuzz tests.

A tiny corpus of three made-up articles (facts no other article holds, so an answer's source
is unambiguous) keeps every index these tests build small: embedding it takes a second, so
the tests can afford to build, break and rebuild many of them with the real model.
"""
from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from pathlib import Path

QA = [sys.executable, "-m", "qa.cli"]
ENV = dict(os.environ, HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1")

ARTICLES = {
    "harbour.md": """---
title: Harbour council approves dredging budget
date: 2019-03-12
author: Ines Marlow
source: Portside Gazette
---
# Harbour council approves dredging budget

The harbour council of Velmora approved a budget of 4.5 million euros on Monday for dredging
the north basin. The work will start in September and should take eleven weeks.

Council member Dara Quill voted against the plan because, she said, the south quay had been
neglected for a decade. The fishermen's association welcomed the decision.
""",
    "orchard.txt": """Lindenfeld orchard cooperative reports record harvest

The Lindenfeld orchard cooperative harvested 812 tonnes of apples in 2021, its largest crop
since the cooperative was founded in 1964.

The cooperative's chair, Tomas Brenner, credited a mild spring without late frost. Most of
the harvest was sold to juice presses in the region.
""",
    "observatory.txt": """Karsvik observatory celebrates its anniversary

The Karsvik observatory opened in 1987 with a 2.4-metre telescope built by a Swedish firm.
Its astronomers discovered the comet Karsvik-Lund in 1994.

Today the observatory welcomes about 30,000 visitors a year, most of them school classes.
""",
}

NEW_ARTICLE = ("zembla.txt", """Zembla elects its first mayor

The fictional town of Zembla held its first mayoral election on a rainy Tuesday.
Turnout reached 47% as voters chose between two candidates, and Oriel Vance won.
""")

QUESTIONS = {
    "harbour.md": "How much did the Velmora harbour council approve for dredging?",
    "orchard.txt": "How many tonnes of apples did the Lindenfeld cooperative harvest in 2021?",
    "observatory.txt": "When did the Karsvik observatory open?",
    "zembla.txt": "What was the turnout in the Zembla mayoral election?",
}


def write_corpus(folder: Path, articles: dict[str, str] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in (articles or ARTICLES).items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def run_qa(*args, env: dict | None = None, timeout: float = 300, stdin: str | None = None):
    return subprocess.run(QA + [str(a) for a in args], input=stdin, capture_output=True, text=True,
                          env=dict(ENV, **(env or {})), timeout=timeout)


def cited_docs(answer) -> set[str]:
    """Every article an answer shows: cited or merely listed as a retrieved passage."""
    return {c.doc for c in answer.citations} | {p.doc for p in answer.passages}


def check_answer(answer) -> None:
    """What must hold for any answer: each answer sentence is an exact substring of the passage
    it cites, and every citation's offsets lie inside its article."""
    cited = {c.id: c for c in answer.citations}
    for s in answer.sentences:
        assert s.citation in cited, s
        assert s.text and s.text in cited[s.citation].passage
    for c in answer.citations:
        assert 0 <= c.start < c.end
    assert 0.0 <= answer.confidence <= 1.0


# ------------------------------------------------------------------ raw text ↔ sentence text

# A hyphen ending a line, the line break (and any blank lines) after it: cleaning removes
# all of it when a letter precedes the hyphen and a lower-case letter starts the next line.
HYPHEN_BREAK = re.compile(r"(?<=(\w))-[^\S\n]*\n\s*(?=(\S))")


def as_cleaned(raw: str) -> str:
    """The raw slice of a sentence with the two documented changes cleaning makes:
    line-break de-hyphenation, then white space runs collapsed to one space."""
    def join(m: re.Match) -> str:
        return "" if m.group(1).isalpha() and m.group(2).islower() else m.group(0)
    return " ".join(HYPHEN_BREAK.sub(join, raw).split())


def check_sentences_map_back(doc, passages) -> None:
    """Every passage sentence is its raw slice of `doc.text` (modulo the documented cleaning)
    and sits at its recorded offset inside the passage text."""
    for p in passages:
        for s in p.sentences:
            assert p.text[s.offset:s.offset + len(s.text)] == s.text
            assert 0 <= s.start < s.end <= len(doc.text)
            assert as_cleaned(doc.text[s.start:s.end]) == s.text, (doc.text[s.start:s.end], s.text)


# ------------------------------------------------------------------ a real PDF, made by hand

def make_pdf(pages: list[list[str]], title: str | None = None, created: str | None = None) -> bytes:
    """A minimal valid PDF whose pages hold `pages` (lines of Helvetica text), with an
    optional /Info title and creation date ("20190312120000Z"). Real enough for pypdf to
    extract text and metadata from, without a PDF-writing dependency."""
    objects: list[str] = []

    def add(body: str | None) -> int:
        objects.append(body)
        return len(objects)

    font = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    pages_id = add(None)
    kids = []
    for lines in pages:
        ops = ["BT", "/F1 11 Tf", "14 TL", "72 720 Td"]
        for line in lines:
            escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(f"({escaped}) Tj T*")
        ops.append("ET")
        stream = "\n".join(ops)
        content = add(f"<< /Length {len(stream.encode('latin-1'))} >>\nstream\n{stream}\nendstream")
        kids.append(add(f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 612 792] "
                        f"/Resources << /Font << /F1 {font} 0 R >> >> /Contents {content} 0 R >>"))
    objects[pages_id - 1] = (f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] "
                             f"/Count {len(kids)} >>")
    catalog = add(f"<< /Type /Catalog /Pages {pages_id} 0 R >>")
    info = [f"/Title ({title})" if title else "", f"/CreationDate (D:{created})" if created else ""]
    info_id = add("<< " + " ".join(info) + " >>")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root {catalog} 0 R /Info {info_id} 0 R >>\n"
              f"startxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


class CountingEmbedder:
    """The real embedder, recording which texts it was asked to encode."""

    def __init__(self, real):
        self.real = real
        self.encoded: list[str] = []

    def __getattr__(self, name):
        return getattr(self.real, name)

    def encode(self, texts, **kw):
        self.encoded.extend(texts)
        return self.real.encode(texts, **kw)
