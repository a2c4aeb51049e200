"""What the assistant returns: the answer, its cited sentences and the passages behind it.

`Answer.to_dict()` is the JSON contract of `qa ask --json` (see README): keep it stable.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass
class Citation:
    id: int                 # the [n] marker in the answer text, 1-based
    doc: str
    title: str
    date: str
    passage: str            # full passage text; every cited sentence is a substring of it
    start: int              # passage offsets in the article file
    end: int
    source: str = ""
    author: str = ""
    passage_id: int = -1
    highlights: list[tuple[int, int]] = field(default_factory=list)   # cited sentences, passage-relative


@dataclass
class AnswerSentence:
    text: str
    citation: int           # Citation.id
    start: int = -1         # sentence offsets in the article file
    end: int = -1


@dataclass
class RetrievedPassage:
    doc: str
    title: str
    passage: str
    start: int
    end: int
    score: float
    date: str = ""
    passage_id: int = -1


@dataclass
class Answer:
    question: str
    answer: str
    abstained: bool
    confidence: float
    short_answer: str | None
    sentences: list[AnswerSentence]
    citations: list[Citation]
    passages: list[RetrievedPassage]
    resolved_question: str = ""       # the question as understood: a follow-up resolved, a preamble reduced
    answer_type: str = ""

    def to_dict(self) -> dict:
        return {
            "question": self.question,
            "answer": self.answer,
            "abstained": self.abstained,
            "confidence": round(float(self.confidence), 4),
            "short_answer": self.short_answer,
            "sentences": [{"text": s.text, "citation": s.citation, "start": s.start, "end": s.end}
                          for s in self.sentences],
            "citations": [{k: v for k, v in asdict(c).items() if k not in ("highlights",)} for c in self.citations],
            "passages": [asdict(p) for p in self.passages],
            "resolved_question": self.resolved_question,
            "answer_type": self.answer_type,
        }
