"""Follow-up questions resolved from the conversation, without a language model.

"And in 2013?" after "What was the turnout in the 2017 regional elections?" is retrieved as
"What was the turnout in the 2013 regional elections?": a fragment borrows the previous
question's frame, swapping years or names it replaces; a pronoun-led question gets the
previous question's subject terms appended.
"""
from __future__ import annotations

import re
from typing import Sequence

from .question import YEAR, is_follow_up, question_entities

LEAD = re.compile(r"^\s*(and|but|also|so)?\s*(what|how) about\s+|^\s*(and|but|also|so)\s+", re.I)
WH = re.compile(r"^\s*(what|which|who|whom|whose|when|where|why|how)\b", re.I)


def previous_questions(history: Sequence | None) -> list[str]:
    """History items may be question strings, dicts with 'question', or Answers."""
    out = []
    for item in history or []:
        if isinstance(item, str):
            out.append(item)
        elif isinstance(item, dict):
            out.append(item.get("resolved_question") or item.get("question") or "")
        else:
            out.append(getattr(item, "resolved_question", "") or getattr(item, "question", ""))
    return [q for q in out if q.strip()]


def resolve(question: str, history: Sequence | None) -> str:
    """The question to retrieve with: itself, or completed from the last question asked."""
    previous = previous_questions(history)
    if not previous or not is_follow_up(question):
        return question
    last = previous[-1]
    fragment = LEAD.sub("", question).strip().rstrip("?").strip()
    if WH.match(fragment):
        entities = " ".join(e for e in question_entities(last) if e not in question)
        return f"{question.rstrip('?')} ({entities} {strip_wh(last)})?".replace("( ", "(")
    new_years = YEAR.findall(fragment)
    old_years = YEAR.findall(last)
    if new_years and old_years:
        resolved = last
        for old, new in zip(old_years, new_years):
            resolved = resolved.replace(old, new)
        rest = YEAR.sub("", fragment)
        rest = re.sub(r"^\W*(in|for|of|during)?\W*$", "", rest, flags=re.I).strip()
        return f"{resolved.rstrip('?')} {rest}?".replace(" ?", "?") if rest else resolved
    return f"{last.rstrip('?')}, {fragment}?"


def strip_wh(question: str) -> str:
    return WH.sub("", question).strip().rstrip("?")
