"""Follow-up questions resolved from the previous turn."""
import pytest

from qa.conversation import resolve


@pytest.mark.parametrize("previous, short, follow_up, expected", [
    ("What was the turnout in the 2017 regional elections?", None, "And in 2013?",
     "What was the turnout in the 2013 regional elections?"),
    ("What was the turnout in the 2017 regional elections?", None, "What about the 2007 referendum?",
     "What was the turnout in the 2007 referendum?"),
    ("How many governorships did the PSUV win in 2017?", "18 of 23", "And the opposition?",
     "How many governorships did the opposition win in 2017?"),
    ("Who won the April 2013 presidential election?", "Nicolás Maduro", "How many votes did he get?",
     "How many votes did Nicolás Maduro get in the April 2013 presidential election?"),
    # the month belonged to the year that is replaced
    ("What was the turnout in the October 2017 regional elections?", None, "And in 2013?",
     "What was the turnout in the 2013 regional elections?"),
    # the word after a dated subject is the verb, not part of the event's name
    ("Why did the 2007 referendum fail?", None, "What did Chávez say about it?",
     "What did Chávez say about the 2007 referendum?"),
    ("Why did the 2007 referendum fail?", None, "And in 2004?", "Why did the 2004 referendum fail?"),
    # what is counted, and when, come from the previous question
    ("How many governorships did the PSUV win in 2017?", "18", "How many did the opposition win?",
     "How many governorships did the opposition win in 2017?"),
    # a question word after a preposition is a question about the previous one's event
    ("Who won the 2013 presidential election?", "Nicolás Maduro", "By how many votes?",
     "By how many votes in the 2013 presidential election?"),
])
def test_follow_ups(previous, short, follow_up, expected):
    assert resolve(follow_up, [{"question": previous, "short_answer": short}]) == expected


def test_standalone_questions_are_left_alone():
    q = "Why did critics portray the proposed 2007 constitutional amendments as dictatorial?"
    assert resolve(q, ["How many votes were nullified?"]) == q
    counted = ["How many governorships did the PSUV win in 2017?"]
    for whole in ("How much did the new refinery cost the state?", "How many have died since the protests began?"):
        assert resolve(whole, counted) == whole
    assert resolve("And in 2013?", None) == "And in 2013?"


def test_follow_up_through_the_assistant(assistant):
    first = assistant.ask("What was the turnout in the 2017 regional elections?")
    second = assistant.ask("And in 2013?", history=[first])
    assert second.resolved_question == "What was the turnout in the 2013 regional elections?"
    assert not second.abstained and "78" in (second.short_answer or "")
