"""qa/scoring.py: passage reranking rules that do not need a model."""
from qa.chunking import Passage, PassageSentence
from qa.question import analyse
from qa.retrieval import Candidate
from qa.scoring import continues_previous, rerank_passages


def passage(position: int, text: str, doc: str = "a.txt") -> Passage:
    return Passage(doc=doc, position=position, sentences=[PassageSentence(text, 0, len(text), 0)], text=text, id=position)


def test_anaphoric_openings_continue_the_previous_paragraph():
    assert continues_previous(passage(1, "It represented a declaration by ordinary people."))
    assert continues_previous(passage(1, "The failure to nationalise these monopolies left them in control."))
    assert continues_previous(passage(1, "The president was also to have the power to appoint officers."))
    assert not continues_previous(passage(1, "The turnout was over 78%."))
    assert not continues_previous(passage(1, "Italy won the cup after extra time in a match that lasted long."))


def candidates(*passages_and_scores):
    out = []
    for row, (p, fused) in enumerate(passages_and_scores):
        out.append(Candidate(row=row, passage=p, fused=fused))
    return out


def test_a_continuation_inherits_most_of_the_previous_paragraphs_score_for_explanations():
    reason = passage(3, "Because prices rose, the vote was lost.")
    follow = passage(4, "It also reflected anger at corruption.")
    other = passage(9, "Turnout was high in the capital city.")
    cands = candidates((reason, 1.0), (follow, 0.1), (other, 0.5))
    why = analyse("Why was the vote lost?")
    ranked = rerank_passages(cands, [], why)
    assert [c.passage.position for c in ranked] == [3, 4, 9]
    # a factoid question keeps the plain order
    cands = candidates((reason, 1.0), (follow, 0.1), (other, 0.5))
    ranked = rerank_passages(cands, [], analyse("How many votes were cast?"))
    assert [c.passage.position for c in ranked] == [3, 9, 4]


def test_author_questions_and_bylines():
    from qa.scoring import names_author
    assert analyse("Who wrote the CWI article on the referendum?").asks_author
    assert analyse("Name the author of the Green Left piece.").asks_author
    assert not analyse("Who won the 2013 presidential election?").asks_author
    meta = {"author": "Darrall Cozens; Jorge Martín"}
    assert names_author("Jorge Martin, Caracas, 3 December", meta) == 1.0
    assert names_author("Lucas Koerner wrote:", meta) == 0.0
    assert names_author("Anything at all", {}) == 0.0
