"""qa/compound.py: a question asking two things is answered as two, and the answers joined."""
import pytest

from qa.answer import Answer, AnswerSentence, Citation, RetrievedPassage
from qa.compound import EXTRA_SENTENCES, joined, questions_asked, whole_stands
from qa.evaluation import faithful


@pytest.mark.parametrize("text, first, second", [
    ("When was the coup against Chávez, and how long did the oil strike that followed last?",
     "When was the coup against Chávez?", "How long did the oil strike that followed last?"),
    ("What happened at Miraflores the day after the vote, and who addressed the crowd?",
     "What happened at Miraflores the day after the vote?", "Who addressed the crowd?"),
    ("According to the CWI, why did Chávez lose the 2007 referendum - and did his supporters vote No?",
     "According to the CWI, why did Chávez lose the 2007 referendum?", "Did his supporters vote No?"),
    ("How many votes did Capriles get in 2013; what share was that?",
     "How many votes did Capriles get in 2013?", "What share was that?"),
    ("Which attempts to remove Chávez do the articles mention, and how did they end?",
     "Which attempts to remove Chávez do the articles mention?", "How did they end?"),
])
def test_two_questions_are_split_where_the_second_asks(text, first, second):
    assert questions_asked(text) == [first, second]


@pytest.mark.parametrize("text", [
    # a clause the first question embeds, not a question of its own
    "Do the blog and the CWI article agree on how much Chávez's vote fell and how much the opposition gained?",
    # a fragment: no verb of its own to ask with
    "Was turnout higher in 2013 or in 2017, and by how much?",
    # a relative clause
    "Which journalist, who presents a show on the state radio, was named in the messages?",
    # one question about two people
    "How many votes did Maduro and Capriles get?",
    # the first part is no question (a statement before it asks: guess-checking handles it)
    "Turnout reached 80% in 2013, and what was the real figure?",
    # the first part already ended a question
    "Did turnout reach 80%? What was it, and how did it compare?",
    # too short a first part to be a question of its own
    "Who won and what was the result?",
    "In what year and where was the coup?",
    "By how much and why did Chávez lose the 2007 referendum?",
    # the "and" of "between … and", "both … and"; a preposition's object; "what" with a verb of its own
    "What is the difference between what Chávez promised and what was delivered?",
    "Which article covers both the coup and what happened after it?",
    "How did the result in 2013 differ from the polls and from what was expected?",
    "What did Chávez say about the coup and what followed?",
])
def test_one_question_is_not_split(text):
    assert questions_asked(text) == [text]


def answer(sentences, passage_texts, question="q", short=None, abstained=False, confidence=0.8, answer_type="count"):
    """An Answer citing `sentences` (text, passage index) from the passages `passage_texts`."""
    citations, out = {}, []
    for text, p in sentences:
        if p not in citations:
            citations[p] = Citation(id=len(citations) + 1, doc=f"d{p}", title="", date="", passage=passage_texts[p],
                                    start=1000 * p, end=1000 * p + len(passage_texts[p]))
        c = citations[p]
        at = passage_texts[p].index(text)
        c.highlights.append((at, at + len(text)))
        out.append(AnswerSentence(text, c.id, c.start + at, c.start + at + len(text)))
    return Answer(question=question, answer=" ".join(f"{s.text} [{s.citation}]" for s in out), abstained=abstained,
                  confidence=confidence, short_answer=short, sentences=out, citations=list(citations.values()),
                  passages=[], resolved_question=question, answer_type=answer_type)


PASSAGES = ["The coup came in April 2002. It failed.", "The strike lasted two months. Oil stopped.",
            "Chávez returned. Crowds cheered. Nobody knew. The army split."]


def test_the_second_answer_is_added_with_one_number_per_passage():
    first = answer([("The coup came in April 2002.", 0)], PASSAGES, "When was the coup?", short="April 2002")
    second = answer([("The coup came in April 2002.", 0), ("The strike lasted two months.", 1), ("It failed.", 0),
                     ("Chávez returned.", 2)], PASSAGES, "Why did the strike last?", answer_type="why")
    listed = [RetrievedPassage(doc="d9", title="", passage="x", start=0, end=1, score=1.0)]
    both = joined("When was the coup, and how long did the strike last?", first, second, listed)
    assert both.short_answer == "April 2002"                      # the first question's
    # the sentence both gave once; the second's first EXTRA_SENTENCES, no more
    assert EXTRA_SENTENCES == 2
    assert [s.text for s in both.sentences] == ["The coup came in April 2002.", "The strike lasted two months."]
    assert [c.doc for c in both.citations] == ["d0", "d1"]
    assert both.answer == "The coup came in April 2002. [1] The strike lasted two months. [2]"
    assert all(faithful(both.to_dict()))
    assert both.passages == listed and both.question.startswith("When was the coup, and")
    assert both.resolved_question == "When was the coup?"          # a follow-up continues from the first


def test_a_passage_both_cite_keeps_one_number_and_a_fact_adds_one_sentence():
    first = answer([("The coup came in April 2002.", 0)], PASSAGES, short="April 2002")
    second = answer([("It failed.", 0), ("Chávez returned.", 2)], PASSAGES, short="failed")
    both = joined("both", first, second, [])
    assert [s.text for s in both.sentences] == ["The coup came in April 2002.", "It failed."]
    assert [s.citation for s in both.sentences] == [1, 1] and len(both.citations) == 1
    assert both.citations[0].highlights == [(0, 28), (29, 39)]
    assert first.citations[0].highlights == [(0, 28)]              # the first answer is left as it was
    # a fact the first answer already gives adds nothing: the second's next sentence is no answer
    again = answer([("The coup came in April 2002.", 0), ("Chávez returned.", 2)], PASSAGES)
    assert joined("both", first, again, []).sentences == first.sentences


def test_an_unanswered_second_question_leaves_the_first_answer():
    first = answer([("The coup came in April 2002.", 0)], PASSAGES, short="April 2002")
    second = Answer(question="q2", answer="The articles don't say", abstained=True, confidence=0.1, short_answer=None,
                    sentences=[], citations=[], passages=[])
    both = joined("both", first, second, [])
    assert both.sentences == first.sentences and both.short_answer == "April 2002" and not both.abstained


def test_whether_the_sources_agree_adds_nothing_to_the_first_answer():
    first = answer([("The coup came in April 2002.", 0)], PASSAGES, short="April 2002")
    second = answer([("Chávez returned.", 2)], PASSAGES, "Do the articles agree on it?", answer_type="comparison")
    assert joined("both", first, second, []).sentences == first.sentences


def test_the_whole_answer_stands_when_as_sure_or_explaining():
    first = answer([("It failed.", 0)], PASSAGES, confidence=0.7)
    assert whole_stands(answer([("It failed.", 0)], PASSAGES, confidence=0.7), first)
    assert not whole_stands(answer([("It failed.", 0)], PASSAGES, confidence=0.69), first)
    assert not whole_stands(answer([], PASSAGES, abstained=True, confidence=0.9), first)
    why = answer([("It failed.", 0)], PASSAGES, confidence=0.9, answer_type="why")
    assert whole_stands(answer([("It failed.", 0)], PASSAGES, confidence=0.5), why)


def test_a_first_question_answered_unsurely_leaves_the_whole_question(assistant):
    """Asked alone, "What is the capital of France" was answered a name at 0.44: the whole
    question abstains, as it did before it was split. When the second question is not answered,
    the answer says which question it answers."""
    assert assistant.ask("What is the capital of France, and who won the 2013 election?").abstained
    a = assistant.ask("Who won the 2013 election and who won the 2014 World Cup?")
    assert a.short_answer == "Nicolás Maduro" and a.resolved_question == "Who won the 2013 election?"


def test_a_question_asking_two_things_answers_both(assistant):
    """Asked whole it abstained (0.19): the strike's words counted as unsaid in the coup's sentence."""
    a = assistant.ask("When was the US-backed military coup against Chávez, and how long did the oil company strike "
                      "that followed last?")
    assert not a.abstained and a.short_answer == "April 2002"
    assert "2002" in a.sentences[0].text and all(faithful(a.to_dict()))
    b = assistant.ask("In how many states did Maduro win in 2013, and did he hold on to Bolivar?")
    assert b.short_answer == "16" and any("Bolivar" in s.text for s in b.sentences[1:])
