"""Answer composition: which sentences an explanation is built from."""
import numpy as np

from qa.chunking import Passage, PassageSentence
from qa.composer import carry_to_continuations, select_explanation
from qa.question import analyse
from qa.retrieval import Candidate
from qa.scoring import CONTINUATION, ScoredSentence


def scored(texts_by_paragraph: list[list[str]], scores: list[list[float]]) -> list[ScoredSentence]:
    out = []
    for position, (texts, values) in enumerate(zip(texts_by_paragraph, scores)):
        sentences = [PassageSentence(t, 0, len(t), 0) for t in texts]
        candidate = Candidate(row=position, passage=Passage("a.txt", position, sentences, " ".join(texts), id=position))
        for i, value in enumerate(values):
            out.append(ScoredSentence(candidate, i, np.zeros(3, dtype=np.float32), {"temporal": 0.0}, score=value))
    return out


def test_a_sentence_that_points_back_is_lifted_towards_the_one_before():
    sentences = scored([["The success of the elections was a turning point.",
                         "It represented a declaration by ordinary people.",
                         "Turnout figures were published later."]], [[0.8, 0.2, 0.3]])
    lifted = {id(s): s.score for s in sentences}
    carry_to_continuations(sentences, lifted)
    assert lifted[id(sentences[1])] == CONTINUATION * 0.8
    assert lifted[id(sentences[2])] == 0.3                      # does not point back


def test_the_lift_crosses_into_the_next_paragraph_and_carries_along_a_chain():
    sentences = scored([["Food shortages hit the poor hardest."],
                        ["These shortages were acts of sabotage.", "They also fuelled anger."]],
                       [[1.0], [0.1, 0.1]])
    lifted = {id(s): s.score for s in sentences}
    carry_to_continuations(sentences, lifted)
    assert lifted[id(sentences[1])] == CONTINUATION
    assert lifted[id(sentences[2])] == CONTINUATION * CONTINUATION


def test_an_explanation_is_told_from_the_articles_of_the_time_asked_about():
    then = scored([["The amendments were rejected by a narrow margin in the 2007 referendum.",
                    "Abstention among government supporters was high."]], [[0.5, 0.45]])
    later = scored([["In 2013 the opposition recalled the 2007 constitutional reform referendum."]], [[0.6]])
    for s in later:
        s.candidate.passage.doc, s.candidate.row = "later.txt", 9
        s.candidate.features["period"] = 0.5            # written long after 2007 (scoring.period_factor)
    sentences = sorted(then + later, key=lambda s: -s.score)
    for i, s in enumerate(sentences):
        s.vector = np.eye(3, dtype=np.float32)[i]
    passages = [s.candidate for s in sentences]
    for c in passages:
        c.score = 1.0
    chosen = select_explanation(analyse("Why did the 2007 constitutional reform fail?"), sentences, passages)
    assert [s.passage.doc for s in chosen] == ["a.txt", "a.txt"]
