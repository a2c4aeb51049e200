"""Answer composition: which sentences an explanation is built from."""
import numpy as np
import pytest

from qa.chunking import Passage, PassageSentence
from qa.composer import (ABSTAIN_BELOW, ELABORATION, MIN_WORDS, abstention_text, best_first, block_scores, carry_to_continuations,
                         carry_to_elaborations, compose, confidence,
                         confidence_features, figure_elsewhen, places_only_around, select_explanation, select_factoid, source_line)
from qa.question import MANNER, REASON, analyse
from qa.retrieval import Candidate
from qa.scoring import CONTINUATION, ScoredSentence, type_fit

WHY = analyse("Why did the 2007 constitutional reform fail?")


def scored(texts_by_paragraph: list[list[str]], scores: list[list[float]], doc: str = "a.txt",
           first_position: int = 0) -> list[ScoredSentence]:
    """Sentences of consecutive paragraphs of one article, each paragraph a retrieved passage
    (score 1.0) of the time asked about (period factor 1)."""
    out = []
    for offset, (texts, values) in enumerate(zip(texts_by_paragraph, scores)):
        position = first_position + offset
        offsets = [sum(len(t) + 1 for t in texts[:i]) for i in range(len(texts))]     # " ".join below
        sentences = [PassageSentence(t, 0, len(t), o) for t, o in zip(texts, offsets)]
        passage = Passage(doc, position, sentences, " ".join(texts), id=position)
        candidate = Candidate(row=hash((doc, position)) % 10**6, passage=passage, score=1.0, features={"period": 1.0})
        for i, value in enumerate(values):
            out.append(ScoredSentence(candidate, i, np.zeros(3, dtype=np.float32), {"temporal": 0.0}, score=value))
    return out


def explain(sentences: list[ScoredSentence]) -> list[str]:
    ranked = sorted(sentences, key=lambda s: -s.score)
    passages = list({id(s.candidate): s.candidate for s in ranked}.values())
    return [s.text for s in select_explanation(WHY, ranked, passages)]


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
    carry_to_continuations(list(reversed(sentences)), lifted)    # reading order, whatever the input order
    assert lifted[id(sentences[1])] == CONTINUATION
    assert lifted[id(sentences[2])] == CONTINUATION * CONTINUATION


def test_nothing_is_carried_from_a_sentence_with_a_negative_score():
    sentences = scored([["It was about another year entirely.", "It says more about that year."]], [[-0.5, -0.6]])
    lifted = {id(s): s.score for s in sentences}
    carry_to_continuations(sentences, lifted)
    assert lifted[id(sentences[1])] == -0.6


def test_block_scores_carry_to_continuations():
    sentences = scored([["The amendments were rejected by a narrow margin.",
                         "This reflected frustration with the bureaucracy."]], [[0.8, 0.0]])
    lifted = block_scores(sentences, [sentences[0].candidate])
    assert lifted[id(sentences[1])] == CONTINUATION * lifted[id(sentences[0])]


def test_a_why_or_how_question_carries_each_paragraph_down_to_its_elaborations():
    """"How would the amendments have strengthened the presidency?": the sentences after the one
    naming it say how, in other words, and none points back; within their paragraph only."""
    sentences = scored([["Some amendments attempted to strengthen the powers of the presidency.",
                         "The limit on the number of terms was to be removed.",
                         "The president was to appoint all military officers."],
                        ["Turnout figures were published later."],
                        ["The campaign had other themes.", "Music and flags filled the streets."]],
                       [[0.8, 0.1, 0.2], [0.0], [0.6, 0.1]])
    lifted = {id(s): s.score for s in sentences}
    carry_to_elaborations(list(reversed(sentences)), lifted)       # reading order, whatever the input order
    assert lifted[id(sentences[1])] == ELABORATION * 0.8
    assert lifted[id(sentences[2])] == pytest.approx(ELABORATION * ELABORATION * 0.8)
    assert lifted[id(sentences[3])] == 0.0                      # the next paragraph: not carried
    assert lifted[id(sentences[5])] == 0.1                      # nor a paragraph without the best evidence


def test_only_an_explanation_of_why_or_how_is_carried_to_elaborations():
    def answer(question: str) -> list[str]:
        named = scored([["Some amendments attempted to strengthen the powers of the presidency in 2007.",
                         "The limit on the number of terms a president could serve was to be removed."]], [[1.0, 0.1]])
        others = scored([[f"Another sentence number {i} about the 2007 referendum campaign."] for i in range(8)],
                        [[0.6]] * 8, doc="b.txt")
        ranked = sorted(named + others, key=lambda s: -s.score)
        passages = list({id(s.candidate): s.candidate for s in ranked}.values())
        return [s.text for s in select_explanation(analyse(question), ranked, passages)]
    elaboration = "The limit on the number of terms a president could serve was to be removed."
    assert elaboration in answer("How would the 2007 amendments have strengthened the presidency?")
    assert elaboration in answer("Why did the 2007 amendments worry critics?")
    assert elaboration not in answer("What happened in the 2007 referendum campaign?")
    first, then = scored([["Some amendments attempted to strengthen the presidency.", "The limit was removed."]],
                         [[0.8, 0.0]])
    plain, elaborated = (block_scores([first, then], [first.candidate], elaborated=e) for e in (False, True))
    assert plain[id(then)] < elaborated[id(then)] == ELABORATION * elaborated[id(first)]


def test_which_side_won_is_no_answer_without_a_side():
    """A forecast quoted ("The victory of the YES … is the first step…") says every word of "Which
    side won the referendum?" and no side that won: no answer (needs_span, a review)."""
    from qa.composer import needs_span
    assert needs_span(analyse("Which side won the referendum?")) and needs_span(analyse("What option won the referendum?"))
    assert not needs_span(analyse("Why did the NO side win the referendum?"))


def test_a_result_says_who_the_rival_or_the_runner_up_was():
    """The confidence counts "opponent", "up against", "runner-up" as said by a result giving the
    rival its figure beside another's: the articles call no one that (rival_said)."""
    from qa.composer import rival_said
    from qa.text import stem
    result, states = scored([["There was a 78.71% turnout with Maduro receiving 7,505,378 votes (50.66%), and "
                              "Capriles 7,270,403 votes (49.07%).",
                              "Still, Maduro won in 16 out of the country’s 25 states."]], [[0.5, 0.4]])
    opponent = analyse("Who was Maduro's opponent in April 2013?")
    assert stem("opponent") in rival_said(opponent, result) and not rival_said(opponent, states)
    assert stem("runner-up") in rival_said(analyse("Who was the runner-up in the April 2013 election?"), result)
    assert not rival_said(analyse("How many votes did Maduro's opponent get in April 2013?"), result)   # getting_said's


def test_a_continuation_joins_the_answer_even_when_its_own_score_is_low():
    anchor = scored([["The amendments were rejected by a narrow margin in the referendum.",
                      "It reflected frustration with the slow pace of change."]], [[1.0, 0.0]])
    others = scored([[f"Another sentence number {i} about the referendum campaign."] for i in range(65)],
                    [[0.5]] * 65, doc="b.txt")
    chosen = explain(anchor + others)
    assert anchor[1].text in chosen                 # 67th by its own score, 2nd by its block score


def test_an_explanation_is_told_from_the_articles_of_the_time_asked_about():
    then = scored([["The amendments were rejected by a narrow margin in the 2007 referendum.",
                    "Abstention among government supporters was high."]], [[0.5, 0.45]])
    later = scored([["In 2013 the opposition recalled the 2007 constitutional reform referendum."]], [[0.6]],
                   doc="later.txt")
    later[0].candidate.features["period"] = 0.5     # written long after 2007 (scoring.period_factor)
    assert explain(then + later) == [s.text for s in then]


def test_an_explanation_opens_with_its_best_sentence_unless_that_one_points_back():
    """"What happened to the PDVSA worker…?": the sentence telling it leads, not the lead-in
    before it in the paragraph; a best sentence that points back keeps its place after what it
    points to, and one the first sentence nearly ties with keeps reading order."""
    lead_in, other, worker = scored([["It is worth giving a few examples.",
                                      "A group of thugs attempted to set the governor's building on fire.",
                                      "A PDVSA worker at the closing rally was shot dead by two assassins."]],
                                    [[0.29, 0.30, 0.57]])
    assert [s.text for s in best_first([lead_in, other, worker])] == [worker.text, lead_in.text, other.text]
    cause, effect = scored([["The reforms were financed by oil.", "These factors were all reflected in the referendum."]],
                           [[0.3, 0.6]])
    assert best_first([cause, effect]) == [cause, effect]
    near, best = scored([["The MUD is the opposition Democratic Unity Roundtable.", "The MUD is crying foul."]],
                        [[0.36, 0.37]])
    assert best_first([near, best]) == [near, best]       # a near tie keeps reading order
    assert best_first([]) == []


def test_the_best_sentence_leads_with_what_points_back_to_it_and_within_its_article():
    """The sentences right after the best one that point back to it ("It was the third killing")
    move with it; an explanation from two articles keeps each article's sentences together, the
    best of the first article leading."""
    lead_in, worker, third, later = scored([["It is worth giving a few examples.",
                                             "A PDVSA worker at the closing rally was shot dead.",
                                             "It was the third killing that week.",
                                             "Polls closed at six in the evening."]], [[0.1, 0.6, 0.3, 0.2]])
    assert best_first([lead_in, worker, third, later]) == [worker, third, lead_in, later]
    first_a, second_a = scored([["The reform was put to a vote in December.", "Turnout was low in the barrios."]],
                               [[0.2, 0.4]], doc="a.txt")
    [other] = scored([["The opposition celebrated the result in the streets."]], [[0.9]], doc="b.txt")
    assert best_first([first_a, second_a, other]) == [second_a, first_a, other]


def test_an_explanation_leaves_out_fragments():
    """A fragment continuing no chosen sentence is left out (one right after a chosen sentence may
    join: test_a_short_sentence_right_after_a_chosen_one_passes_the_length_floor)."""
    sentences = scored([["Yet he did not resign.", "The amendments were rejected by a narrow margin.",
                         "Abstention among government supporters was high."]], [[1.0, 0.9, 0.8]])
    assert len("Yet he did not resign.".split()) < MIN_WORDS
    assert "Yet he did not resign." not in explain(sentences)


def test_an_explanation_leaves_out_source_lines_in_parentheses():
    sentences = scored([["The amendments were rejected by a narrow margin.",
                         "(Spanish daily paper, ABC, 9 December 2007)",
                         "Abstention among government supporters was high."]], [[1.0, 0.95, 0.8]])
    assert "(Spanish daily paper, ABC, 9 December 2007)" not in explain(sentences)
    assert "Abstention among government supporters was high." in explain(sentences)


def test_an_explanation_leaves_out_headings_and_lead_ins():
    sentences = scored([["A Block, first part of the reform", "The detail of the results announced by CNE is:",
                         "The amendments were rejected by a narrow margin.",
                         "Abstention among government supporters was high."]], [[1.0, 0.98, 0.95, 0.9]])
    assert explain(sentences) == ["The amendments were rejected by a narrow margin.",
                                  "Abstention among government supporters was high."]


def test_a_fact_from_another_time_than_the_one_asked_about_is_not_an_answer():
    """Strong words and a fitting span do not make 2013's turnout the answer for 2017."""
    question = analyse("What was the turnout in the 2017 presidential election?")
    [sentence] = scored([["The turnout in the presidential election was over 78%, three points below last year."]], [[0.6]])
    sentence.features = {"dense": 0.6, "type_fit": 1.0, "temporal": 0.0, "document": 0.0}
    weights = {"turnout": 14.0, "presidenti": 7.0, "elect": 2.0}
    now = confidence(confidence_features(question, [sentence], [sentence.candidate], weights))
    sentence.features["temporal"] = -0.8                  # written in 2013, names no year
    elsewhen = confidence(confidence_features(question, [sentence], [sentence.candidate], weights))
    assert now >= ABSTAIN_BELOW > elsewhen


def test_the_word_for_a_figures_form_needs_no_match_when_the_answer_is_such_a_figure():
    """'percentage' names what 58.25% is; the sentence need not say it (nor a rarer word weigh)."""
    question = analyse("What percentage did Chávez get in the 2004 recall referendum?")
    [sentence] = scored([["The preliminary results of the recall referendum gave Chávez 58.25%."]], [[0.6]])
    sentence.features = {"dense": 0.7, "type_fit": 0.4, "temporal": 0.4, "document": 0.0}
    weights = {"percentag": 32.0, "chavez": 1.0, "recal": 14.0, "referendum": 3.0}
    assert confidence_features(question, [sentence], [sentence.candidate], weights)["coverage"] == 1.0
    sentence.features["type_fit"] = 0.0                   # no figure of the kind asked: it counts again
    assert confidence_features(question, [sentence], [sentence.candidate], weights)["coverage"] == 18 / 50


def test_a_reworded_word_the_corpus_never_uses_does_not_outweigh_the_rest_of_the_question():
    """"By how much did the earnings of Venezuelan lenders climb in 2006?" of "Profits in the banking
    sector increased 33% in 2006": "lenders", which no article uses, weighs as the corpus's rarest word
    (idf squared); support 0.55, between the bands, once counted as wholly unsaid, and the
    right answer fell under ABSTAIN_BELOW. It counts half said; said nowhere near (0.2), it counts
    as unsaid still."""
    question = analyse("How much did the profits of the lenders increase in 2006?")
    [sentence] = scored([["Profits in the banking sector increased 33% in 2006."]], [[0.6]])
    sentence.features = {"dense": 0.5, "type_fit": 0.45, "temporal": 0.4, "document": 0.0}
    weights = {"profit": 10.0, "lender": 30.0, "increas": 5.0}
    said = confidence_features(question, [sentence], [sentence.candidate], weights, {"lenders": 0.55})
    assert abs(said["coverage"] - 30 / 45) < 1e-9 and confidence(said) >= ABSTAIN_BELOW
    unsaid = confidence_features(question, [sentence], [sentence.candidate], weights, {"lenders": 0.2})
    assert unsaid["coverage"] == 15 / 45 and confidence(unsaid) < ABSTAIN_BELOW
    # the rest of the question unsaid, the reworded word is believed no more than it: "How many
    # people were surveyed in the poll?" of "46 people have been arrested"
    [arrested] = scored([["A total of 46 people have been arrested."]], [[0.6]])
    arrested.features = dict(sentence.features)
    other = confidence_features(question, [arrested], [arrested.candidate], weights, {"lenders": 0.55})
    assert other["coverage"] == 0.0


def test_the_word_date_needs_no_match_when_the_answer_is_a_date():
    """"On what date…": "July 30" answers it; no sentence says "date"."""
    question = analyse("On what date did Venezuelans vote for the Constituent Assembly?")
    [sentence] = scored([["The July 30 Constituent Assembly elections saw eight million Venezuelans vote."]], [[0.6]])
    sentence.features = {"dense": 0.6, "type_fit": 0.5, "temporal": 0.4, "document": 0.0}
    weights = {"date": 12.0, "venezuelan": 2.0, "vote": 2.0, "constitu": 4.0, "assembl": 4.0}
    assert confidence_features(question, [sentence], [sentence.candidate], weights)["coverage"] == 1.0


def test_a_place_the_question_restricts_the_fact_to_must_be_in_the_answer_sentence():
    """"What percentage did 'yes' get in Caracas?": the national 49.29% in a passage whose next
    sentence names Caracas is not the Caracas figure."""
    question = analyse("What percentage did 'yes' get in Caracas?")
    sentences = scored([["The CNE announced 50.70% for the NO and 49.29% for the YES.",
                         "Supporters gathered in Caracas."]], [[0.6, 0.2]])
    for s in sentences:
        s.features = {"dense": 0.4, "type_fit": 0.45, "temporal": 0.0, "document": 0.0}
    weights = {"percentag": 32.0, "yes": 7.6, "caraca": 7.1}
    assert confidence_features(question, sentences[:1], [sentences[0].candidate], weights)["coverage"] == 7.6 / 14.7
    said = scored([["In Caracas the YES got 45%."]], [[0.6]])
    said[0].features = dict(sentences[0].features)
    assert confidence_features(question, said, [said[0].candidate], weights)["coverage"] == 1.0
    country = analyse("What percentage did 'yes' get in Venezuela?")    # a place most passages name limits nothing
    across = scored([["The CNE announced 50.70% for the NO and 49.29% for the YES.",
                      "Supporters gathered across Venezuela."]], [[0.6, 0.2]])
    across[0].features = dict(sentences[0].features)
    common = {"percentag": 32.0, "yes": 7.6, "venezuela": 3.2}
    assert confidence_features(country, across[:1], [across[0].candidate], common)["coverage"] == 1.0


def test_a_place_named_by_its_office_or_territory_restricts_the_fact_too():
    """"Who won the governorship of Zulia?": the party that won 18 governorships nationwide, in a
    sentence naming no Zulia, is no answer; "of" after any other word ("the president of the
    CNE") names no place."""
    [national] = scored([["The PSUV, led by President Nicolas Maduro, won 18 of 23 state governorships."]], [[0.6]])
    national.features = {"dense": 0.5, "type_fit": 0.9, "temporal": 0.4, "document": 0.0}
    weights = {"won": 5.8, "governorship": 9.9, "zulia": 14.2}
    for asked in ("Who won the governorship of Zulia?", "Who was governor of Zulia?", "Who won in the state of Zulia?"):
        assert places_only_around(analyse(asked), [national], weights) == {"zulia"}, asked
    assert places_only_around(analyse("Who was Governor of Zulia?"), [national], weights) == {"zulia"}
    assert places_only_around(analyse("In Defence of Marxism, who won?"), [national], weights) == set()
    assert places_only_around(analyse("Who is the president of the CNE?"), [national], {"presid": 3.0, "cne": 9.0}) == set()
    assert places_only_around(analyse("Who was in charge of PDVSA as a state of emergency began?"), [national],
                              {"pdvsa": 9.0, "emerg": 9.0}) == set()
    # a name owning the noun after it is no place: "in Maduro's campaign", "in Maduro campaign";
    # a place's own noun keeps it one ("in Zulia state", "in Zulia's capital")
    [arrests] = scored([["Some 23 people have been arrested accused of sabotage of the electricity grid."]], [[0.6]])
    for asked in ("How many were arrested in Maduro's campaign?", "how many arrested in Maduro campaign?"):
        assert places_only_around(analyse(asked), [arrests], {"arrest": 9.0, "maduro": 5.0, "campaign": 4.4}) == set()
    assert places_only_around(analyse("How many were arrested in Maduro?"), [arrests], {"maduro": 5.0}) == {"maduro"}
    for asked in ("How many were arrested in Maduro's home town?", "How many were arrested in Maduro campaigns?"):
        assert places_only_around(analyse(asked), [arrests], {"arrest": 9.0, "maduro": 5.0}) == set(), asked
    for asked in ("Who won in Zulia state?", "Who won in Zulia's capital?", "Who won in Zulia in 2017?",
                  "Who won in Zulia last year?", "Who won in Zulia alone?"):
        assert places_only_around(analyse(asked), [national], weights) == {"zulia"}, asked


def test_a_figure_from_another_place_than_the_one_asked_is_an_answer_about_another_place():
    """"What percentage did the 'no' side win in Caracas?": the national 50,70% is not the Caracas
    figure even when the next sentence names Caracas; "in Block A" names a part, not a place."""
    sentences = scored([["The CNE announced the victory of the NO with 50,70% and 49.29% for the YES.",
                         "8.20 pm in Caracas, no official results are yet known."]], [[0.6, 0.5]])
    for s in sentences:
        s.features = {"dense": 0.59, "type_fit": 0.77, "temporal": 0.6, "document": 0.0}
    caracas = analyse("What percentage of the vote did the 'no' side win in Caracas in the 2007 referendum?")
    weights = {"percentag": 32.0, "side": 21.0, "win": 7.6, "caraca": 7.1, "referendum": 3.2, "vote": 2.4}
    assert confidence_features(caracas, sentences, [sentences[0].candidate], weights)["elsewhen"] == 0.4
    assert confidence(confidence_features(caracas, sentences, [sentences[0].candidate], weights)) < ABSTAIN_BELOW
    block = analyse("How many votes were nullified in Block A of the 2007 constitutional referendum?")
    [nullified] = scored([["Nullified: 118.693"]], [[0.6]])
    nullified.features = {"dense": 0.5, "type_fit": 0.5, "temporal": 0.6, "document": 0.0}
    assert confidence_features(block, [nullified], [nullified.candidate], {"nullifi": 20.0, "block": 14.0})["elsewhen"] == 0.0


def test_a_figure_stated_of_another_year_is_an_answer_about_another_time():
    """"How many kidnappings were there in 2007?": "1,000 people were kidnapped … during 2006"."""
    [sentence] = scored([["An estimated 1,000 people were kidnapped and ransomed during 2006."]], [[0.6]])
    sentence.features = {"dense": 0.68, "type_fit": 0.64, "temporal": 0.2, "document": 0.0}
    weights = {"kidnap": 21.0}
    asked_2007 = analyse("How many kidnappings were there in 2007?")
    asked_2006 = analyse("How many kidnappings were there in 2006?")
    assert confidence_features(asked_2007, [sentence], [sentence.candidate], weights)["elsewhen"] == 0.8
    assert confidence_features(asked_2006, [sentence], [sentence.candidate], weights)["elsewhen"] == 0.0
    low = confidence(confidence_features(asked_2007, [sentence], [sentence.candidate], weights))
    assert low < ABSTAIN_BELOW < confidence(confidence_features(asked_2006, [sentence], [sentence.candidate], weights))


def test_a_year_asked_is_another_than_the_one_the_question_is_about():
    """"The December 2007 referendum was his first defeat since he came to power in which year?":
    1998, told in a sentence of 2007 (or in an article of the year asked), is the answer, no
    figure of another time; a date that is not a year asked still is."""
    [sentence] = scored([["On 2 December 2007, Chávez suffered his first electoral defeat since winning power in 1998."]], [[0.6]])
    sentence.features = {"dense": 0.73, "type_fit": 0.48, "temporal": 0.8, "document": 0.0}
    weights = {"defeat": 2.5, "power": 4.4, "year": 7.0}
    which_year = analyse("The December 2007 referendum was his first defeat since he came to power in which year?")
    assert confidence_features(which_year, [sentence], [sentence.candidate], weights)["elsewhen"] == 0.0
    [won] = scored([["The opposition won Anzoátegui in the National Assembly elections in 2010."]], [[0.6]])
    won.features = dict(sentence.features)
    won.passage.metadata["date"] = "2013-04-15"
    asked = analyse("Before the 2013 presidential election, in which year had the opposition won Anzoátegui?")
    assert confidence_features(asked, [won], [won.candidate], {"anzoategui": 21.0, "won": 7.0})["elsewhen"] == 0.0
    won.passage.metadata["date"] = "2011-01-01"          # told in an article of another year: another time
    assert confidence_features(asked, [won], [won.candidate], {"anzoategui": 21.0, "won": 7.0})["elsewhen"] == 0.8
    # …but the year of a thing the question dates itself is that year ("2012" of the 2017 elections is not it)
    [twenty] = scored([["The PSUV won 18 of 23 governorships (compared to the 20 it won in the 2012 elections)."]], [[0.6]])
    twenty.features = dict(sentence.features)
    twenty.passage.metadata["date"] = "2017-10"
    dated = analyse("In which year were the 2017 governor elections?")
    assert confidence_features(dated, [twenty], [twenty.candidate], {"governor": 9.0, "elect": 2.0})["elsewhen"] == 0.8


def test_a_figure_its_sentence_gives_no_year_for_is_of_its_articles_time():
    """A 2004 article's "The preliminary results gave Chávez 58.25%" is 2004's share, though the
    next sentence names July 2000: it does not answer "…when he was re-elected in July 2000?"."""
    [sentence, after] = scored([["The preliminary results gave Chávez 58.25% of the vote.",
                                 "It was more than the votes he won when re-elected in July 2000."]], [[0.6, 0.5]])
    sentence.passage.metadata["date"] = "2004-08"
    sentence.features = {"dense": 0.76, "type_fit": 0.79, "temporal": 0.2, "document": 0.0}
    weights = {"percentag": 32.0, "vote": 2.0, "chavez": 0.6}
    asked_2000 = analyse("What percentage of the vote did Chávez win when he was re-elected in July 2000?")
    asked_2004 = analyse("What percentage of the vote did Chávez win in the August 2004 recall?")
    assert confidence_features(asked_2000, [sentence], [sentence.candidate], weights)["elsewhen"] == 0.4
    assert confidence_features(asked_2004, [sentence], [sentence.candidate], weights)["elsewhen"] == 0.0
    # a year said before the figure dates it; an article of the year after may report either year
    asked_2013 = analyse("What percentage of the vote did Maduro win in 2013?")
    [_, dated] = scored([["The 2013 presidential election was extremely close.", "Maduro won 50.6% of the vote."]],
                        [[0.5, 0.6]])
    [bare] = scored([["Maduro won 50.6% of the vote."]], [[0.6]])
    for figure, date, elsewhen in ((dated, "2015-06", 0.0), (bare, "2015-06", 0.4), (bare, "2014-01", 0.0)):
        figure.passage.metadata["date"] = date
        figure.features = dict(sentence.features)
        assert confidence_features(asked_2013, [figure], [figure.candidate], weights)["elsewhen"] == elsewhen, date


def test_a_date_of_another_year_or_month_than_the_one_asked_is_of_another_time():
    """A 2013 article's "October 7" is 2012's: not the date of the 2013 election, nor of a
    December vote (a review's cases); the April 14 it names is 2013's."""
    [sentence] = scored([["Turnout was three points below October 7, when Chávez was re-elected."]], [[0.6]])
    sentence.passage.metadata["date"] = "2013-04"
    sentence.features = {"dense": 0.6, "type_fit": 0.9, "temporal": 0.4, "document": 0.0}
    weights = {"elect": 4.0}
    for question, elsewhen in (("What was the date of the 2013 presidential election?", 0.8),
                               ("What was the date of the regional elections in December 2012?", 0.8),
                               ("On what date was Chávez re-elected in 2012?", 0.0)):
        features = confidence_features(analyse(question), [sentence], [sentence.candidate], weights)
        assert features["elsewhen"] == elsewhen, question


def test_a_date_of_the_time_asked_is_chosen_over_a_better_scored_one_of_another():
    """"What was the date of the 2013 presidential election?": a 2013 article's "April 14", not its
    "October 7" (2012's), which scored higher and had made the answer abstain."""
    sentences = scored([["The opposition regained ground it lost in the October 7 presidential elections.",
                         "Maduro won the presidential election of April 14 by a narrow margin."]], [[0.7, 0.6]])
    for s in sentences:
        s.passage.metadata["date"] = "2013-04"
        s.features = {"dense": 0.5, "type_fit": 0.5, "temporal": 0.4, "document": 0.0}
    question = analyse("What was the date of the 2013 presidential election?")
    chosen, short = select_factoid(question, sentences, {"presidenti": 7.0, "elect": 2.0})
    assert short == "April 14" and chosen[0] is sentences[1]


def test_a_figure_set_against_the_time_asked_is_of_another_time():
    """A 2013 article's "The turnout was over 78%, only three points below the massive turn out
    on October 7" (October 2012) is not 2012's turnout; asked about 2013 it is the answer, and
    asked the difference between two years it may be."""
    [sentence] = scored([["The turnout was over 78%, only three points below the massive turn out on October 7."]], [[0.6]])
    sentence.passage.metadata["date"] = "2013-04"
    sentence.features = {"dense": 0.62, "type_fit": 0.95, "temporal": 0.4, "document": 0.0}
    weights = {"turnout": 14.0, "region": 10.0}
    for question, elsewhen in (("What was the turnout in the 2012 regional elections?", 0.8),
                               ("What was the turnout in the 2013 election?", 0.0),
                               ("How much lower was turnout in 2013 than in 2012?", 0.0)):
        features = confidence_features(analyse(question), [sentence], [sentence.candidate], weights)
        assert features["elsewhen"] == elsewhen, question


def test_a_tables_row_is_covered_by_its_headings_words():
    """"the abstention rate in Block A of the 2007 reform": the row "Abstention 44,39 %" says
    abstention; its heading, "A Block, first part of the reform", says the rest."""
    [*rows] = scored([["The detail of the results is:", "A Block, first part of the reform", "No: 4.504.354, 50,70 %",
                       "Yes: 4.379.392, 49.29 %", "Nullified: 118.693", "Abstention 44,39 %"]], [[0.1, 0.1, 0.2, 0.2, 0.2, 0.6]])
    row = rows[-1]
    row.features = {"dense": 0.42, "type_fit": 0.46, "temporal": 0.4, "document": 0.0}
    question = analyse("What was the abstention in Block A of the 2007 reform?")
    weights = {"abstent": 9.0, "block": 14.0, "reform": 4.0}
    assert confidence_features(question, [row], [row.candidate], weights)["coverage"] == 1.0


def test_a_sentence_saying_the_measure_in_other_words_covers_it():
    """"61.14% of the electorate had participated" gives the turnout: the question's word for the
    measure is covered (it had abstained at confidence 0.30 for want of the word "turnout")."""
    question = analyse("What was the turnout in the October 2017 regional elections?")
    [sentence] = scored([["Lucena announced that 61.14% of the electorate had participated in the regional vote."]], [[0.6]])
    sentence.features = {"dense": 0.5, "type_fit": 0.0, "temporal": 0.4, "document": 0.0}
    weights = {"turnout": 14.0, "region": 10.0, "elect": 2.0}
    assert confidence_features(question, [sentence], [sentence.candidate], weights)["coverage"] == 24 / 26


def test_the_day_asked_is_covered_by_an_article_of_that_month_that_gives_the_date():
    """"…in the October 15 state governor elections?": the October article's "61.14% … had
    participated in the vote" is that day's figure though its sentence does not repeat the date;
    an article of another month that names the date in passing covers nothing."""
    [lead, figure] = scored([["The PSUV won the October 15 elections for state governors."],
                             ["Lucena announced that 61.14% of the electorate had participated in the vote."]], [[0.4], [0.6]])
    weights = {"particip": 9.0, "15": 16.8, "governor": 9.0}
    question = analyse("What was the participation rate in the October 15 state governor elections?")
    assert question.dates == [(10, "15")]
    figure.features = {"dense": 0.45, "type_fit": 0.47, "temporal": 0.0, "document": 0.0}
    passages = [figure.candidate, lead.candidate]

    def covered(date: str, given: list) -> float:
        for c in passages:
            c.passage.metadata["date"] = date
        return confidence_features(question, [figure], given, weights)["coverage"]
    assert covered("2017-10", passages) == 25.8 / 34.8          # the day and "participated"
    assert covered("2017-10", [figure.candidate]) == 9.0 / 34.8  # no retrieved passage gives the date
    assert covered("2017-11", passages) == 9.0 / 34.8            # an article of another month


def test_a_figure_from_an_article_that_never_names_the_event_asked_is_another_events():
    """"the turnout in the recall referendum that Chávez won": 2013's "over 78%" comes from an
    article no retrieved passage of which says "recall", while the 2004 article's do."""
    [figure] = scored([["The turnout was over 78%, three points below October."]], [[0.6]], doc="2013.txt")
    [recall] = scored([["The recall referendum was defeated."]], [[0.3]], doc="2004.txt")
    figure.features = {"dense": 0.69, "type_fit": 0.48, "temporal": 0.0, "document": 0.0}
    weights = {"turnout": 14.0, "recal": 14.0, "referendum": 3.0}
    asked = analyse("What was the turnout percentage in the recall referendum that Chávez won?")
    assert confidence_features(asked, [figure], [figure.candidate, recall.candidate], weights)["elsewhen"] == 0.4
    # no other article names it either (the figure may be the event's in other words), or a year asks the time
    assert confidence_features(asked, [figure], [figure.candidate], weights)["elsewhen"] == 0.0
    dated = analyse("What was the turnout in the 2013 recall referendum?")
    assert confidence_features(dated, [figure], [figure.candidate, recall.candidate], weights)["elsewhen"] == 0.0


def test_an_answer_near_the_line_is_looked_at_again_for_words_its_context_says_otherwise():
    """"…did the electoral council officially declare…": the window says "has announced"; when the
    answer falls just short, the question's uncovered words are weighed by their support in the
    window (support.py), and those supported count as covered. Not for an answer about another
    time, nor far below the line."""
    from qa.composer import REPHRASE_BAND, answer_confidence
    [sentence] = scored([["At 1.07 am the National Electoral Council has announced the victory of the NO."]], [[0.6]])
    sentence.features = {"dense": 0.66, "type_fit": 0.43, "temporal": 0.6, "document": 0.0}
    question = analyse("At what time did the electoral council officially declare the NO had won?")
    weights = {"elector": 4.6, "council": 6.6, "offici": 21.0, "declar": 8.3, "won": 5.8}
    asked = []

    def support_for(window: str, words: list[str]) -> dict[str, float]:
        asked.append(words)
        return {w: {"declare": 0.61, "won": 0.77, "officially": 0.5}[w] for w in words}
    before = confidence(confidence_features(question, [sentence], [sentence.candidate], weights))
    assert ABSTAIN_BELOW - REPHRASE_BAND <= before < ABSTAIN_BELOW
    after = answer_confidence(question, [sentence], [sentence.candidate], weights, support_for)
    assert after > ABSTAIN_BELOW and asked == [[], ["officially", "declare", "won"]]
    sentence.features["temporal"] = -0.8                     # about another time: not looked at again
    asked.clear()
    answer_confidence(question, [sentence], [sentence.candidate], weights, support_for)
    assert asked == [[]]


def test_what_happened_needs_no_sentence_saying_happened():
    """"What happened in the 2017 elections?" is told by sentences of events; the articles say
    "happened" once, so the word weighed most and the answer abstained (coverage 0.10)."""
    question = analyse("What happened in the 2017 elections?")
    [sentence] = scored([["The MUD is disputing the elections results."]], [[0.6]])
    sentence.features = {"dense": 0.5, "type_fit": 0.0, "temporal": 0.4, "document": 0.0}
    weights = {"happen": 16.8, "elect": 1.9}
    assert confidence_features(question, [sentence], [sentence.candidate], weights)["coverage"] == 1.0


def test_an_explanation_wholly_about_other_times_is_not_an_answer():
    question = analyse("Why did the opposition boycott the 2005 parliamentary elections?")
    sentences = scored([["Its landslide defeat in the 2015 parliamentary elections was a lesson to the opposition.",
                         "The 2010 boycott was a mistake by the opposition, the party said."]], [[0.6, 0.5]])
    for s in sentences:
        s.features = {"dense": 0.6, "type_fit": 0.0, "temporal": -0.4, "document": 0.0}
    weights = {"opposit": 2.0, "boycott": 10.0, "parliamentari": 8.0, "elect": 1.0}
    about_then = confidence(confidence_features(question, sentences, [sentences[0].candidate], weights))
    sentences[1].features["temporal"] = 0.6               # one of them is about 2005
    assert confidence(confidence_features(question, sentences, [sentences[0].candidate], weights)) >= ABSTAIN_BELOW
    assert about_then < ABSTAIN_BELOW


def test_the_name_of_something_is_answered_only_by_a_name():
    """"What was the name of the PDVSA worker shot dead …?": the sentence tells of him but gives no
    name, so there is no answer; what the name is of, or a question not asking a name, is answered."""
    from qa.composer import needs_span
    assert needs_span(analyse("What was the name of the PDVSA worker shot dead after the rally?"))
    assert needs_span(analyse("what is the name of the opposition coalition?"))
    assert not needs_span(analyse("What happened to the PDVSA worker after the rally?"))


def test_whether_something_came_about_is_answered_only_by_a_sentence_saying_it():
    """"Did the full audit ever happen?", "Was the killer ever caught?": the sentence about the
    demand or the crime tells nothing of what came after; one saying it (any form of the verb) does."""
    from qa.composer import untold_outcome
    audit = analyse("did the full audit ever happen?")
    demanded = scored([["Capriles demanded a full 100% audit of the vote."]], [[0.8]])
    assert untold_outcome(audit, demanded)
    caught = analyse("Was the killer ever caught?")
    assert untold_outcome(caught, scored([["The journalist was shot dead by two men on a motorbike."]], [[0.8]]))
    assert not untold_outcome(caught, scored([["Police caught the killer a week later."]], [[0.8]]))
    asked = analyse("Did Chávez actually lose the referendum?")
    assert not untold_outcome(asked, scored([["Chávez lost the referendum by a narrow margin."]], [[0.8]]))
    assert not analyse("What did the 2007 articles actually say?").came_about_verb     # not a yes-or-no question


def test_who_is_is_answered_by_the_sentences_that_name_the_person():
    question = analyse("Who was Baduel?")
    sentences = scored([["Bolivarian supporters have started to gather outside the palace to celebrate.",
                         "Retired general Baduel, a supporter of the NO vote, asked the council to wait."]], [[0.9, 0.8]])
    ranked = sorted(sentences, key=lambda s: -s.score)
    chosen = select_explanation(question, ranked, [sentences[0].candidate])
    assert [s.text for s in chosen] == [sentences[1].text]


def test_what_someone_named_is_is_the_title_beside_their_name_copied_from_the_answer():
    """"Who is Vicente Díaz?", "What was Carrizales's previous job?" had cited the right sentence
    with no short answer: it is the title set beside the name (extraction.title_beside)."""
    weights = {"vicent": 1.0, "diaz": 1.0}
    for question_text, text, short in (
            ("Who is Vicente Díaz?", "He was backed by CNE rector Vicente Díaz who also asked for an audit.", "CNE rector"),
            ("What was Ramón Carrizales's previous job?",
             "Rodríguez was removed and replaced with the former housing minister, Ramón Carrizales.", "former housing minister"),
            ("Who is Vicente Díaz?", "Vicente Díaz also asked for an audit of all ballot boxes.", None)):
        question = analyse(question_text)
        sentences = scored([[text]], [[0.9]])
        sentences[0].features.update(dense=0.9, type_fit=0.0, document=0.0)
        answer = compose(question.text, question, [sentences[0].candidate], sentences, weights)
        assert not answer.abstained and answer.short_answer == short, question_text


def test_a_post_asked_of_someone_no_sentence_gives_a_title_is_not_answered_surely():
    """"What is Ignacio Ramonet's job?" had been answered at 0.89 by a sentence saying what he
    said: with no title beside the name nothing tells the post (a "who is" question is still
    answered by the sentences naming the person)."""
    text = "Ignacio Ramonet was pushing in the same direction last night on Telesur, when he referred to a dialogue."
    sentences = scored([[text]], [[0.9]])
    sentences[0].features.update(dense=0.6, type_fit=0.0, document=0.0)
    weights = {"ignacio": 1.0, "ramonet": 1.0}
    post = confidence_features(analyse("What is Ignacio Ramonet's job?"), sentences, [sentences[0].candidate], weights)
    who = confidence_features(analyse("Who is Ignacio Ramonet?"), sentences, [sentences[0].candidate], weights)
    assert (post["type_fit"], who["type_fit"]) == (0.0, 1.0)
    titled = scored([["The journalist Ignacio Ramonet was pushing in the same direction last night."]], [[0.9]])
    titled[0].features.update(dense=0.6, type_fit=0.0, document=0.0)
    assert confidence_features(analyse("What is Ignacio Ramonet's job?"), titled, [titled[0].candidate],
                               weights)["type_fit"] == 1.0


def test_who_is_may_be_told_by_the_lead_in_to_a_quote_giving_the_speakers_title():
    """"Who is Bill Richardson?" had been answered by quotes of him: the one sentence saying who he
    is introduces a quote (ends with ":"), which an explanation otherwise leaves out."""
    question = analyse("Who is Bill Richardson?")
    sentences = scored([["Bill Richardson said Maduro called him aside after a meeting of observers on Saturday.",
                         "The paper published a statement by OAS representative and former New Mexico governor "
                         "Bill Richardson to the effect that both had approached him:"]], [[0.9, 0.8]])
    chosen = select_explanation(question, sorted(sentences, key=lambda s: -s.score), [sentences[0].candidate])
    assert sentences[1].text in [s.text for s in chosen]
    lead_in = scored([["The paper published a statement by Bill Richardson to the effect that both had approached him:"]],
                     [[0.9]])
    assert select_explanation(question, lead_in, [lead_in[0].candidate]) == []


def test_who_wrote_an_article_is_answered_only_by_its_byline():
    """A sentence naming someone else answers nothing about who wrote the article the question
    names: the article may carry no author at all (the 2013 one does not)."""
    question = analyse("Who wrote the 2013 article?")
    weights = {t: 1.0 for t in question.terms}
    for text, byline, answered in (("In a letter Henrique Capriles wrote that he refused the result.", 0.0, False),
                                   ("Tony Saunois, cwi,", 1.0, True)):
        sentences = scored([[text]], [[0.9]])
        sentences[0].features.update(dense=0.9, type_fit=type_fit(text, question, weights), document=0.5, byline=byline)
        answer = compose(question.text, question, [sentences[0].candidate], sentences, weights)
        assert answer.abstained is not answered, text


def test_an_abstention_names_the_missing_words_as_the_reader_typed_them():
    question = analyse("What percentage of the presidential vote did the cookie party get?")
    weights = {t: 1.0 for t in question.terms}
    sentences = scored([["The party won the vote."]], [[0.2]])
    sentences[0].features.update(dense=0.1, type_fit=0.0, document=0.0)
    answer = compose(question.text, question, [sentences[0].candidate], sentences, weights)
    assert answer.abstained and "percentage" in answer.answer and "cookie" in answer.answer
    assert "percentag," not in answer.answer and "presidenti" not in answer.answer.replace("presidential", "")


def test_a_fact_is_not_padded_with_another_articles_sentence():
    """A runner-up sentence adds context from the answer's own article; from another article it
    is often another election's figure ("Turnout was 46.1 percent" of 2018 after 2017's 61.14%),
    unless the question spans several years."""
    def answer(question_text: str, other_doc: str) -> list[str]:
        q = analyse(question_text)
        weights = {t: 1.0 for t in q.terms}
        best = scored([["Turnout was 61.14% in the regional elections."]], [[1.0]], doc="a.txt")
        other = scored([["Turnout was 46.1% in the elections, the lowest in years."]], [[0.95]], doc=other_doc,
                       first_position=5)
        sentences = best + other
        for s in sentences:
            s.features.update(dense=0.8, type_fit=type_fit(s.text, q, weights), document=0.0)
        sentences[1].vector = np.array([0.0, 1.0, 0.0], dtype=np.float32)
        sentences[0].vector = np.array([1.0, 0.0, 0.0], dtype=np.float32)
        return [s.text for s in select_factoid(q, sentences, weights)[0]]
    assert len(answer("What was the turnout in the 2017 regional elections?", "b.txt")) == 1
    assert len(answer("What was the turnout in the 2017 regional elections?", "a.txt")) == 2
    assert len(answer("What was the turnout in 2013 and in 2017?", "b.txt")) == 2


def test_a_fact_is_not_padded_with_a_sentence_that_points_back_to_what_it_lacks():
    """"He explained that he had received a call…" after the sentence naming Tibisay Lucena reads
    as if she explained it: a runner-up sentence leaning on the one before it in its own paragraph
    is left out."""
    q = analyse("Who announced the 2013 election results?")
    weights = {t: 1.0 for t in q.terms}
    best = scored([["The results were announced by Tibisay Lucena at 11:45 pm."]], [[1.0]])
    for text in ("He explained that Capriles had called before the results were announced.",
                 "Capriles explained that he had called before the results were announced."):
        other = scored([[text]], [[0.95]], first_position=5)
        sentences = best + other
        for s in sentences:
            s.features.update(dense=0.8, type_fit=type_fit(s.text, q, weights), document=0.0)
        sentences[0].vector = np.array([1.0, 0.0, 0.0], dtype=np.float32)
        sentences[1].vector = np.array([0.0, 1.0, 0.0], dtype=np.float32)
        chosen = [s.text for s in select_factoid(q, sentences, weights)[0]]
        assert chosen == ([best[0].text] if text.startswith("He") else [best[0].text, text])
    # right after the best sentence (the next paragraph's first), "He" is the one it names
    best, right_after = scored([["The results were announced by CNE president Jorge Rodríguez at 11:45 pm."],
                                ["He explained that the count had been close."]], [[1.0], [0.95]])
    for s in (best, right_after):
        s.features.update(dense=0.8, type_fit=type_fit(s.text, q, weights), document=0.0)
    best.vector = np.array([1.0, 0.0, 0.0], dtype=np.float32)
    right_after.vector = np.array([0.0, 1.0, 0.0], dtype=np.float32)
    assert [s.text for s in select_factoid(q, [best, right_after], weights)[0]] == [best.text, right_after.text]


def test_a_question_in_another_language_is_told_the_articles_are_read_in_english():
    from qa.composer import not_english
    for other in ("¿Quién ganó las elecciones presidenciales de 2013?", "Qui a gagné l'élection présidentielle de 2013 ?",
                  "Кто победил на выборах 2013 года?", "2013年总统选举谁赢了？"):
        assert not_english(other), other
    for english in ("maduro votes 2013", "chávez percentage recall cookies", "How many votes did Chávez get?",
                    "¿How many votes did Chávez get?"):
        assert not not_english(english), english


def test_a_count_question_is_not_answered_by_a_sentence_without_a_count():
    """'How many signatures…?' and a sentence that only says signatures were collected: abstain
    (a 'how many' sentence that gives the number is answered)."""
    question = analyse("How many signatures did the opposition collect?")
    weights = {t: 1.0 for t in question.terms}
    for text, answered in (("The opposition claimed it had collected the necessary number of signatures.", False),
                           ("The opposition collected 3.4 million signatures.", True)):
        sentences = scored([[text]], [[0.9]])
        sentences[0].features.update(dense=0.9, type_fit=type_fit(text, question, weights), document=0.0)
        answer = compose(question.text, question, [sentences[0].candidate], sentences, weights)
        assert answer.abstained is not answered
        assert (answer.short_answer == "3.4 million") is answered


def test_a_question_only_a_figure_answers_takes_the_best_sentence_with_one():
    """'What percentage did Chávez get?': the best sentence holding a percentage, however far
    below a sentence that only repeats the question's words; a 'rate' may be no percentage
    ('33 per 100,000'), so there the 0.8 rule still keeps the better sentence."""
    for question, text, expected in (
            ("What percentage did Chávez get in the recall referendum?", "The results gave Chávez 58.25% of the vote.", "58.25%"),
            ("What was the murder rate in the recall referendum year?", "Murders rose by 12% in the capital.", None)):
        q = analyse(question)
        weights = {t: 1.0 for t in q.terms}
        sentences = scored([["The recall referendum was a turning point for Chávez."], [text]], [[1.0], [0.6]])
        for s in sentences:
            s.features.update(dense=0.8, type_fit=type_fit(s.text, q, weights), document=0.0)
        chosen, short = select_factoid(q, sentences, weights)
        assert short == expected


def test_a_figure_stated_exactly_beats_the_same_figure_rounded_when_nearly_as_good():
    q = analyse("What was the turnout in the 2013 election?")
    weights = {t: 1.0 for t in q.terms}
    for exact_score, expected in ((0.95, "78.71%"), (0.8, "over 78%")):
        sentences = scored([["The turnout in the election was over 78%."],
                            ["With most votes counted, there was a 78.71% turnout."]], [[1.0], [exact_score]])
        for s in sentences:
            s.features.update(dense=0.8, type_fit=type_fit(s.text, q, weights), document=0.0)
        chosen, short = select_factoid(q, sentences, weights)
        assert short == expected and expected in chosen[0].text


def test_a_where_question_is_not_answered_by_the_name_in_the_next_sentence():
    """'Which five states did the PSUV lose?' (the articles never name them): the sentence
    saying it lost five states names none, and the next sentence's 'MUD' is no state."""
    q = analyse("Which five states did the PSUV lose to the opposition in 2017?")
    weights = {t: 1.0 for t in q.terms}
    sentences = scored([["Overall, the PSUV lost five states it previously held.",
                         "The widely expected swing to the opposition Democratic Unity Roundtable (MUD) failed to materialise."]],
                       [[0.9, 0.5]])
    for s in sentences:
        s.features.update(dense=0.9, type_fit=type_fit(s.text, q, weights), document=0.0)
    answer = compose(q.text, q, [sentences[0].candidate], sentences, weights)
    assert answer.abstained and answer.short_answer is None


def test_a_percentage_asked_as_a_share_is_not_answered_by_a_sentence_without_one():
    q = analyse("What percentage of the signatures did the CNE reject?")
    weights = {t: 1.0 for t in q.terms}
    sentences = scored([["The CNE rejected a large share of the signatures as fraudulent."]], [[0.9]])
    sentences[0].features.update(dense=0.9, type_fit=type_fit(sentences[0].text, q, weights), document=0.0)
    answer = compose(q.text, q, [sentences[0].candidate], sentences, weights)
    assert answer.abstained
    # … and so asked with the sign ("chavez % in dec 2006 presidential", blind95-036, was answered
    # by "44% abstained…" with no short answer)
    q = analyse("cne % of signatures rejected")
    assert q.answer_type == "percent"
    sentences[0].features.update(type_fit=type_fit(sentences[0].text, q, weights))
    assert compose(q.text, q, [sentences[0].candidate], sentences, weights).abstained


def test_who_lost_is_answered_by_the_sentence_that_says_who_lost_wherever_it_ranks():
    """"Who lost the April 2013 presidential election?" was answered "Mérida, Táchira, Zulia…" (the
    places the opposition won in, next to "the ground it lost"): the result that says who lost,
    by its figures, ranked ninth. Asked who lost, a sentence saying it is chosen first."""
    from qa.composer import did_the_verb, select_factoid
    q = analyse("Who lost the April 2013 presidential election?")
    weights = {t: 1.0 for t in q.terms}
    sentences = scored([["The opposition recovered a lot of the ground it lost in the presidential election.",
                         "It has won in Mérida, Táchira, Zulia, Lara, Nueva Esparta and Miranda."],
                        ["With 99.12% of the votes counted, Maduro received 7,505,378 votes (50.66%), and Capriles "
                         "7,270,403 votes (49.07%)."]], [[0.7, 0.42], [0.33]])
    for s in sentences:
        s.features.update(type_fit=type_fit(s.text, q, weights), temporal=0.0)
    chosen, short = select_factoid(q, sorted(sentences, key=lambda s: -s.score), weights)
    assert short == "Capriles"
    # … but not one where someone lost something else (a review: "the PSUV lost five states" had
    # answered "Who lost the 2017 governor elections?")
    lost_states = scored([["It has won in Mérida, Táchira, Zulia, Lara, Nueva Esparta and Miranda."],
                          ["Overall, the PSUV lost five states it previously held."]], [[0.7], [0.4]])
    for s in lost_states:
        s.features.update(type_fit=type_fit(s.text, q, weights), temporal=0.0)
    assert not any(did_the_verb(s, q, weights) for s in lost_states)
    # … and looked for past the ten typed sentences ("Who was defeated in the 2013 presidential
    # election?" had its result eleventh, behind sentences of who won where)
    ahead = [f"It has won in Mérida, Táchira, Zulia, Lara, Nueva Esparta and Miranda, round {i}." for i in range(11)]
    deep = scored([[text] for text in ahead] + [[sentences[-1].text]], [[0.9 - i / 100] for i in range(11)] + [[0.33]])
    for s in deep:
        s.features.update(type_fit=type_fit(s.text, q, weights), temporal=0.0)
    assert select_factoid(q, deep, weights)[1] == "Capriles"


def test_an_unknown_word_the_context_says_in_other_words_counts_as_covered():
    """'breadline' occurs in no article; the model finds it in 'below the poverty line' (support
    0.7): covered. At 0.3 support it is not, and the answer is no more confident for it."""
    question = analyse("By 1996, what share of Venezuelans had fallen below the breadline?")
    [sentence] = scored([["Those living below the poverty line rocketed from 17% in 1980 to 65% in 1996."]], [[0.6]])
    sentence.features = {"dense": 0.5, "type_fit": 0.7, "temporal": 0.8, "document": 0.0}
    weights = {"share": 21.0, "venezuelan": 3.0, "fallen": 21.0, "breadlin": 32.0}
    said = confidence_features(question, [sentence], [sentence.candidate], weights, {"breadline": 0.7})
    unsaid = confidence_features(question, [sentence], [sentence.candidate], weights, {"breadline": 0.3})
    assert said["coverage"] == 32 / 56 and unsaid["coverage"] == 0.0
    # the share of Venezuelans is what is asked: an unknown word qualifying it costs coverage only
    assert said["unsupported"] == 0.0 and unsaid["unsupported"] == 0.0
    # …while the unknown word naming the thing counted counts against the answer too
    counted = analyse("By 1996, how many breadlines were there in Venezuela?")
    assert counted.focus == ["breadlin"]
    unsaid = confidence_features(counted, [sentence], [sentence.candidate], weights, {"breadline": 0.3})
    assert abs(unsaid["unsupported"] - 0.15) < 1e-9


def test_the_continuation_of_a_chosen_sentence_may_run_past_the_budget():
    """Two long sentences fill the 110-word budget; the one right after the second, pointing back
    to it ("It represented…"), says what it only announces: it is added within 30 more words.
    A long sentence that does not point back, or continues nothing chosen, is not."""
    filler = " ".join(["word"] * 44)
    first = f"The pro-government upswing followed the Constituent Assembly elections {filler}."
    second = f"The success of the elections was a turning point in the class war {filler}."
    reason = "It represented a declaration by ordinary people that they will defend the gains of the revolution."
    unrelated = "Turnout figures for the regional elections were published by the council later that week in full."
    sentences = scored([[first], [second, reason], [unrelated]], [[1.0], [0.98, 0.9], [0.9]])
    answer = explain(sentences)
    assert answer == [first, second, reason]
    assert sum(len(t.split()) for t in answer) > 110


def test_the_next_sentence_of_a_chosen_paragraph_may_fill_up_to_the_readable_limit():
    """A sentence right after a chosen one in its paragraph says more of the same: when the
    budget left it out it is added up to the 120-word limit, never past it."""
    first = "The opposition is crying foul and disputing the results " + " ".join(["word"] * 41) + "."
    second = "The success of the elections was a turning point in the class war " + " ".join(["word"] * 45) + "."
    nxt = "Washington is warning of increased sanctions following the elections."      # 50 + 58 + 9 words
    answer = explain(scored([[first, nxt], [second]], [[1.0, 0.7], [0.98]]))
    assert answer == [first, nxt, second] and sum(len(t.split()) for t in answer) <= 120
    longer = nxt + " " + " ".join(["word"] * 8)
    answer = explain(scored([[first, longer], [second]], [[1.0, 0.7], [0.98]]))
    assert answer == [first, second]                       # 125 words: past the limit


def test_the_next_sentence_of_a_chosen_paragraph_joins_within_the_budget_whatever_its_score():
    """Below the pool's 0.6 of the best, a sentence still joins as the chosen one's next when the
    budget has room; an unrelated sentence scoring the same does not."""
    first = "The CWI warned that revoking the licence would allow the opposition to regroup."
    nxt = "Large protests were called with the support of previously passive middle-class students."
    other = "The right wing rallied around the issue and mobilised its forces across the country."
    answer = explain(scored([[first, nxt], [other]], [[1.0, 0.1], [0.1]]))      # both lifted under 0.6
    assert answer == [first, nxt]


def test_a_heading_with_the_question_s_word_does_not_outrank_the_sentence_with_the_answer():
    """"Where did the blackout begin?": the heading "The Great Blackout of March 2019" scores first
    for its word and holds no place; the sentence that does is measured against the best sentence
    that is one, not against the heading (smoke test)."""
    q = analyse("Where did the blackout begin?")
    weights = {t: 1.0 for t in q.terms}
    sentences = scored([["The Great Blackout of March 2019",
                         "The outage began on 7 March at the Guri hydroelectric dam."]], [[0.56, 0.30]])
    for s in sentences:
        s.features.update(dense=0.5, type_fit=type_fit(s.text, q, weights), document=0.0)
    chosen, short = select_factoid(q, sentences, weights)
    assert short == "Guri" and chosen[0].text.startswith("The outage began")


def test_an_abstention_quotes_a_long_message_by_its_end_from_a_word_start():
    from qa.composer import QUOTED_CHARS, abstention_text
    q = analyse("abcdefghij " * 40 + "How do I bake bread?")
    text = abstention_text(q, [], {})
    quoted = text[text.index("“…") + 2:text.index("”")]
    assert len(quoted) <= QUOTED_CHARS and quoted.endswith("How do I bake bread")
    assert quoted.split()[0] == "abcdefghij"                 # not "ghij": the cut falls between words


def test_an_abstention_with_every_word_found_says_the_answer_is_what_is_missing():
    """"Which five states did the PSUV lose in 2017?": the closest passages are about exactly
    that and name no states; the reason given must not say they are about something else."""
    question = analyse("Which five states did the PSUV lose in 2017?")
    sentences = scored([["Overall, the PSUV lost five states it previously held."]], [[0.5]])
    text = abstention_text(question, sentences, {"five": 1.0, "state": 1.0, "psuv": 1.0, "lost": 1.0})
    assert "hold the question's words but not its answer" in text and "something else" not in text
    # the answer's form is no word the passages lack ("never mention: date" misled)
    dated = analyse("What was the date of the 2013 presidential election?")
    text = abstention_text(dated, sentences, {"date": 12.0, "presidenti": 7.0, "elect": 2.0})
    assert "never mention: date" not in text and "presidential" in text


def test_a_synonym_in_the_answers_window_covers_the_question_term():
    """"housing deficit" asked, "shortage of 2.7 million houses" said (qa/synonyms.py)."""
    question = analyse("How big is the housing deficit?")
    [sentence] = scored([["The shortage of 2.7 million houses remains."]], [[0.6]])
    sentence.features = {"dense": 0.6, "type_fit": 1.0, "temporal": 0.0, "document": 0.0}
    weights = {"hous": 8.0, "deficit": 30.0}
    assert confidence_features(question, [sentence], [sentence.candidate], weights)["coverage"] == 1.0
    [unrelated] = scored([["The price of 2.7 million houses remains."]], [[0.6]])
    unrelated.features = dict(sentence.features)
    assert confidence_features(question, [unrelated], [unrelated.candidate], weights)["coverage"] == 8.0 / 38.0


def test_a_fact_is_not_taken_from_a_source_line_in_parentheses():
    """"(RCTV and the Question of the Media, 20 July 2007)" dates a quoted article, not the event."""
    question = analyse("On what date was the licence revoked?")
    sentences = scored([["The decision to revoke the licence was a mistake.",
                         "(RCTV and the Question of the Media, 20 July 2007)"]], [[0.5, 0.6]])
    for s in sentences:
        s.features = {"dense": 0.5, "type_fit": 0.0, "temporal": 0.0, "document": 0.0}
    sentences[1].features["type_fit"] = 1.0
    ranked = sorted(sentences, key=lambda s: -s.score)
    chosen, short = select_factoid(question, ranked, {"licenc": 10.0, "revok": 10.0})
    assert short is None and chosen[0].text.startswith("The decision")


def test_a_source_line_is_wholly_in_parentheses():
    assert source_line("(Spanish daily paper, ABC, 9 December 2007)")
    assert source_line("(RCTV and the Question of the Media, 20 July 2007).")
    assert not source_line("(Reuters) Maduro won on 14 April (a Sunday).")
    assert not source_line("The decision to revoke the licence (in May) was a mistake.")


def test_a_comparison_across_years_holds_a_sentence_about_each_year_asked():
    """"How did turnout in 2013 compare with 2017?": the 2013 article's sentences fill the
    answer and another article's better-scoring sentence about 2004 would be its second
    article; the 2017 article's sentence about its turnout joins instead, in place of the
    weakest 2013 one."""
    question = analyse("How did turnout in the 2013 presidential election compare with the 2017 governor elections?")
    assert question.answer_type == "comparison"
    then = scored([["With most votes counted, there was a 78.71% turnout and Maduro had a narrow lead.",
                    "The turnout was over 78%, only three points below the massive turnout of the year before.",
                    "Lines formed outside polling stations across the country from early in the morning.",
                    "Officials said that the count was slow because the result was so very close.",
                    "Both campaigns had urged their supporters to vote early and to stay calm.",
                    "Observers from several countries watched the vote in the capital and elsewhere."]],
                  [[0.9, 0.85, 0.8, 0.75, 0.72, 0.71]], doc="2013.txt")
    earlier = scored([["In 2004 the recall vote drew a record turnout of voters to the polls."]], [[0.7]], doc="2004.txt")
    later = scored([["The electoral council said that 61.14% of the electorate had taken part in the vote."]], [[0.5]],
                   doc="2017.txt")
    for group, date in ((then, "2013-04-15"), (earlier, "2004-08"), (later, "2017-10")):
        group[0].passage.metadata["date"] = date
    for s in then + earlier + later:              # the turnout compared: a figure of it fits (scoring.figure_question)
        s.features["type_fit"] = 0.8 if "%" in s.text else 0.0
    ranked = sorted(then + earlier + later, key=lambda s: -s.score)
    passages = list({id(s.candidate): s.candidate for s in ranked}.values())
    answer = [s.text for s in select_explanation(question, ranked, passages)]
    assert later[0].text in answer and earlier[0].text not in answer and then[-1].text not in answer
    assert then[0].text in answer and then[1].text in answer


def test_a_measure_compared_across_years_is_told_by_each_year_s_figure():
    """"Compare Chávez's share in the 2004 recall with the YES share in the 2007 referendum": a
    sentence about 2007 that gives no share ("Hugo Chávez's defeat in December's referendum marks
    a key point") does not stand for 2007; the sentence with the 2007 figures joins."""
    question = analyse("Compare Chávez's share in the 2004 recall with the YES share in the 2007 referendum.")
    recall = scored([["Across Venezuela hundreds of thousands celebrated the defeat of the recall attempt.",
                      "The preliminary results gave Chávez 58.25% and the opposition 41.74%.",
                      "The opposition had hoped to mobilise sections disappointed by Chávez."]],
                    [[0.9, 0.8, 0.78]], doc="2004.txt")
    reform = scored([["Hugo Chávez's defeat in December's referendum marks a key point in the revolution."],
                     ["The NO won with 50,70% and the YES got 49.29% of the votes."]], [[0.85], [0.1]], doc="2007.txt")
    for s, date in [(s, "2004-08") for s in recall] + [(s, "2007-12") for s in reform]:
        s.passage.metadata["date"] = date
    for s in recall + reform:
        s.features["type_fit"] = 0.8 if "%" in s.text else 0.0
    ranked = sorted(recall + reform, key=lambda s: -s.score)
    passages = list({id(s.candidate): s.candidate for s in ranked}.values())
    answer = [s.text for s in select_explanation(question, ranked, passages)]
    assert reform[1].text in answer and recall[1].text in answer and reform[0].text in answer


def test_a_result_asked_is_told_by_the_sentences_that_say_who_won_and_by_how_much():
    """"What was the result of the 2004 recall referendum?" had been answered with the fraud the
    opposition used and the recall mechanism (the words "recall" and "referendum"); the result
    is who won and by how much."""
    question = analyse("What was the result of the 2004 recall referendum?")
    assert question.cue == "result" and analyse("How did the 2017 regional elections turn out?").cue == "result"
    assert analyse("What time were the results of the 2013 election announced?").cue == ""    # a fact about them
    assert analyse("How did the crisis end?").cue == ""                                       # no vote asked
    sentences = scored([["The opposition used all types of fraud to trigger the holding of the recall referendum.",
                         "The right wing seized upon the recall mechanism of the Constitution.",
                         "Across Venezuela hundreds of thousands have celebrated the defeat of the attempt to recall Chávez.",
                         "The preliminary results gave Chávez 58.25% (4,991,483 votes) and the opposition 41.74%."]],
                       [[0.9, 0.85, 0.6, 0.55]])
    ranked = sorted(sentences, key=lambda s: -s.score)
    answer = [s.text for s in select_explanation(question, ranked, [sentences[0].candidate])]
    assert answer == [sentences[2].text, sentences[3].text]


def test_a_source_line_answers_who_wrote_a_quoted_work():
    """"(Alan Woods, *The Venezuelan Revolution at the Crossroads*, 11 January)": a source line
    dates a quote, but it is what names a quoted work's author, also when the question names the
    article that quotes it (whose byline is another author)."""
    line = "(Alan Woods, *The Venezuelan Revolution at the Crossroads*, 11 January)"
    for asked in ("Who wrote 'The Venezuelan Revolution at the Crossroads'?",
                  "Who wrote 'The Venezuelan Revolution at the Crossroads', which the CWI article quotes?"):
        question = analyse(asked, lambda ref: True)          # "the CWI article" names an article
        weights = {t: 1.0 for t in question.terms}
        sentences = scored([["Tony Saunois, cwi,"], [line]], [[0.85], [0.9]])
        sentences[0].features.update(dense=0.2, type_fit=type_fit(sentences[0].text, question, weights), document=0.5,
                                     byline=1.0, quote=0.0)
        sentences[1].features.update(dense=0.8, type_fit=type_fit(line, question, weights), document=0.5, byline=0.0,
                                     quote=1.0)
        ranked = sorted(sentences, key=lambda s: -s.score)
        answer = compose(question.text, question, [s.candidate for s in ranked], ranked, weights)
        assert (answer.abstained, answer.short_answer) == (False, "Alan Woods"), asked
    question = analyse("Who wrote the CWI article that quotes 'The Venezuelan Revolution at the Crossroads'?",
                       lambda ref: True)                   # the article is what was written: its byline
    weights = {t: 1.0 for t in question.terms}
    sentences = scored([["Tony Saunois, cwi,"], [line]], [[0.85], [0.9]])
    sentences[0].features.update(dense=0.2, type_fit=type_fit(sentences[0].text, question, weights), document=0.5,
                                 byline=1.0, quote=0.0)
    sentences[1].features.update(dense=0.8, type_fit=type_fit(line, question, weights), document=0.5, byline=0.0, quote=1.0)
    ranked = sorted(sentences, key=lambda s: -s.score)
    assert compose(question.text, question, [s.candidate for s in ranked], ranked, weights).short_answer == "Tony Saunois"
    assert not analyse("Who wrote 'The Venezuelan Revolution at the Crossroads'?", lambda ref: True).sources
    assert analyse("Who wrote 'The Venezuelan Revolution at the Crossroads', which the CWI article quotes?",
                   lambda ref: True).sources


def test_the_group_someone_belongs_to_is_read_off_the_sentence_saying_they_are_a_member():
    """"Which party was Sucre governor Ramón Martinez a member of?" answered "Aporrea" in nine
    sets: the question's words find "…republished in Aporrea, the governor of Sucre Ramón
    Martinez, was calling…", and the party is in the next sentence ("Martínez is a member of
    PODEMOS"), which has none of them. A member said of someone else gives no answer."""
    def answer(question_text: str, second: str) -> tuple[list[str], str | None]:
        q = analyse(question_text)
        weights = {t: 1.0 for t in q.terms}
        sentences = scored([["According to a report republished in Aporrea, the governor of Sucre Ramón Martinez, "
                             "was calling on his supporters to occupy the offices.", second]], [[1.0, 0.3]])
        for s in sentences:
            s.features.update(dense=0.8, type_fit=type_fit(s.text, q, weights), document=0.0)
        chosen, short = select_factoid(q, sentences, weights)
        return [s.text for s in chosen], short
    texts, short = answer("Which party was Sucre governor Ramón Martinez a member of?",
                          "Martínez is a member of PODEMOS, until recently part of the government coalition.")
    assert short == "PODEMOS" and len(texts) == 2            # the answer cites the sentence it is read off
    assert answer("What party did the governor of Sucre belong to?",
                  "Martínez is a member of PODEMOS.")[1] == "PODEMOS"      # the member named by the best sentence
    assert answer("Which party was Sucre governor Ramón Martinez a member of?",
                  "Baduel is a member of PODEMOS.")[1] != "PODEMOS"         # someone else's party
    assert answer("Which coalition did Martinez's PODEMOS leave?",
                  "Martínez is a member of PODEMOS.")[1] != "PODEMOS"         # the group asked of
    assert answer("what party is ramon martinez in", "Martínez is a member of PODEMOS.")[1] == "PODEMOS"
    # a group asked otherwise than as someone's (a review: "…installations did the governor call on
    # supporters to destroy?" had its right answer, the National Electoral Council, turned to PODEMOS)
    assert answer("Which group's report was republished in Aporrea?", "Martínez is a member of PODEMOS.")[1] != "PODEMOS"


def test_the_day_asked_is_told_by_an_article_written_just_after_it_when_the_answer_says_the_rest():
    """"…announce the No victory after the vote of December 2?": the live blog dated December 3
    says "this Sunday", never the date; its "has announced the victory of the NO" answers that
    day's vote. The day alone, a rare term, does not make an answer of a sentence that says
    little else ("Block B: how many nullified votes…"), nor does an article written a week later."""
    [announced] = scored([["At 1.07 am the National Electoral Council has announced the victory of the NO."]], [[0.6]])
    announced.features = {"dense": 0.5, "type_fit": 0.44, "temporal": 0.4, "document": 0.0}
    question = analyse("At what time did the CNE announce the No victory after the vote of December 2?")
    assert question.dates == [(12, "2")]
    weights = {"announc": 6.0, "victori": 4.0, "nullifi": 4.0, "2": 21.0}

    def covered(date: str, weights: dict[str, float]) -> float:
        announced.passage.metadata["date"] = date
        return confidence_features(question, [announced], [announced.candidate], weights)["coverage"]
    assert covered("2007-12-03", weights) == 31 / 35
    assert covered("2007-12-10", weights) == 10 / 35                   # a week later
    assert covered("2007-12", weights) == 10 / 35                      # no day: days_of_the_article's
    assert covered("2007-12-03", {**weights, "nullifi": 12.0}) == 10 / 43   # the rest mostly unsaid
    # an article that names a later day before its own date tells that day's event, not the day asked
    # ("Who won the election on April 13?": the article of April 15 reports "the election of April 14")
    announced.passage.text += " The vote of December 4 was close."
    assert covered("2007-12-05", weights) == 10 / 35
    assert covered("2007-12-04", weights) == 31 / 35                   # (its own day)


def test_a_number_asked_in_words_is_never_looked_for_in_other_words():
    """"Which five governorships did the opposition win?": "five" is not in "won 18 of 23 state
    governorships", and the tokens of "18 of 23" are near it in the embedding (the second look at
    an answer just short of the threshold counted it said and answered "of 23 state
    governorships" at 0.62). A number is said in its own words or not at all."""
    from qa.composer import uncovered_words
    [sentence] = scored([["The PSUV won 18 of 23 state governorships in the October elections."]], [[0.5]])
    question = analyse("Which five governorships did the opposition win in October 2017?")
    assert uncovered_words(question, sentence, {}) == ["opposition", "win"]


def test_a_question_the_writer_only_asks_is_no_part_of_an_explanation():
    sentences = scored([["How will the ruling class react to this result?",
                         "The more impatient could move towards more extreme measures, including terrorism.",
                         "Other sections may adopt a more long term view to tame the government."]],
                       [[1.0, 0.7, 0.65]])
    answer = explain(sentences)
    assert answer[0].startswith("The more impatient")          # the best that answers, within 0.6 of it
    assert not any(text.endswith("?") for text in answer)


def test_the_sentences_after_a_question_the_writer_asks_answer_it():
    """"Will Chavez be able to resist the pressures?" matched the article's own question best and,
    once it was left out, took an unrelated sentence first: the sentences after the writer's
    question answer it, lifted from it down its paragraph."""
    sentences = scored([["Will he be able to resist these pressures?",
                         "If he relies only on the state bureaucracy, no.",
                         "If he mobilises the ranks of the party, he will have a solid social base."],
                        ["This will be a setback for the supporters of the government."]],
                       [[1.0, 0.0, 0.0], [0.9]])
    question = analyse("What will happen to him under these pressures?")       # not a why or how question
    assert question.answer_type not in (REASON, MANNER)
    ranked = sorted(sentences, key=lambda s: -s.score)
    answer = [s.text for s in select_explanation(question, ranked, list({id(s.candidate): s.candidate for s in ranked}.values()))]
    assert answer[:2] == ["If he relies only on the state bureaucracy, no.",
                          "If he mobilises the ranks of the party, he will have a solid social base."]


def test_a_question_standing_as_a_heading_lifts_nothing_after_it():
    """The live blog's entry "what happened?" is a heading, a line of its own over the writer's
    tiredness: "What happened with the referendum results in 2007?" took "I don't think that I have
    ever felt so physically and mentally exhausted." first. A heading is no question the writer
    answers; one asked inside its paragraph still is."""
    from qa.composer import carry_to_answers, stands_alone
    [heading, tired, night] = scored([["what happened?",
                                       "I don't think that I have ever felt so physically and mentally exhausted.",
                                       "They had been up until 6.30am trying to analyse the results of the referendum."]],
                                     [[1.0, 0.0, 0.3]])
    heading.passage.text = heading.passage.text.replace("? ", "?\n\n", 1)
    for sentence, at in zip(heading.passage.sentences[1:], (16, 90)):
        sentence.offset = at
    assert stands_alone(heading) and not stands_alone(tired)
    lifted = {id(s): s.score for s in (heading, tired, night)}
    carry_to_answers([heading, tired, night], lifted)
    assert lifted[id(tired)] == 0.0 and lifted[id(night)] == 0.3
    [asked, answer] = scored([["What happened?", "When we started the blog, the signs were that the results would be close."]],
                             [[1.0, 0.0]])
    assert not stands_alone(asked)
    lifted = {id(s): s.score for s in (asked, answer)}
    carry_to_answers([asked, answer], lifted)
    assert lifted[id(answer)] > 0


def test_a_long_question_that_argues_stays_in_an_explanation():
    arguing = ("But how in a relatively backward capitalist country, where the owners are tied by a thousand "
               "threads to the interests of multinational conglomerates and foreign powers, can a reconciliation "
               "take place except at the expense of all the reforms?")
    quoted = "He asked the crowd: “Why has milk disappeared from the shops in the poorest districts?”"
    assert len(arguing.split()) >= 30
    answer = explain(scored([[arguing, quoted, "A reconciliation would mean slowing down the changes."]],
                            [[1.0, 0.9, 0.7]]))
    assert arguing in answer and quoted in answer


def test_a_short_sentence_right_after_a_chosen_one_passes_the_length_floor():
    """"Yet he did not resign." says nothing alone, but right after the chosen sentence it
    continues it says what that one leads to, when it shares a word with the question; an aside
    sharing none ("Hmmmm…not the greatest reasoning!") is left out."""
    promised = "He had promised to resign if the proposals were rejected by the voters."
    sentences = scored([[promised, "Yet he did not resign."], ["Turnout figures were published later in the week."]],
                       [[1.0, 0.3], [0.1]])
    assert explain(sentences) == [promised]
    sentences[1].features["lexical"] = 0.3
    assert explain(sentences) == [promised, "Yet he did not resign."]


def test_a_short_sentence_matching_the_question_strongly_answers_with_the_one_after_it():
    """"Did Chávez resign after the referendum?": "Yet he did not resign." matches nearly every
    word and is the answer; short as it is, it joins, and the sentence after it, which it heads,
    is lifted from it."""
    from qa.composer import STRONG_MATCH, STRONG_MEANING, leads_in
    question = analyse("Did Chávez resign after the referendum?")
    [appeared, resign, still] = scored([["When he did appear, we knew that he had lost the vote that night.",
                                         "Yet he did not resign.",
                                         "He still has another five years as president of the republic."]],
                                       [[-0.2, 0.9, 0.1]])
    assert not leads_in(resign)
    resign.features.update(lexical=STRONG_MATCH, dense=STRONG_MEANING)
    assert leads_in(resign) and not leads_in(appeared)
    answer = [s.text for s in select_explanation(question, [resign, appeared, still], [resign.candidate])]
    assert answer == ["Yet he did not resign.", "He still has another five years as president of the republic."]


def test_a_lead_in_lifts_what_it_announces_for_any_explanation():
    """"What were the warning signs in the 2006 election?": "The warning signs could be seen in the
    presidential elections in December 2006." announces the signs the sentences after it name (in
    words the question does not use); not a why or how question, it still carries them, and a
    lead-in ending its paragraph carries into the next when that opens on the same topic."""
    from qa.composer import carry_to_answers, leads_in
    [lead, regrouped, rallies, other] = scored([["It is worth looking at the warning signs.",
                                                 "The opposition began to reunify itself around its candidate.",
                                                 "The campaign was marked by bigger right-wing rallies."],
                                                ["Turnout figures were published later."]],
                                               [[1.0, 0.1, 0.1], [0.1]])
    assert leads_in(lead)
    lifted = {id(s): s.score for s in (lead, regrouped, rallies, other)}
    carry_to_answers([lead, regrouped, rallies, other], lifted)
    assert lifted[id(regrouped)] == ELABORATION and lifted[id(rallies)] == ELABORATION * ELABORATION
    assert lifted[id(other)] == 0.1
    [approached, quote, unrelated] = scored([["The paper published a statement that both ministers had approached him:"],
                                             ["“He said, we want to improve the relationship,” he recalled."],
                                             ["Turnout figures were published later."]], [[1.0], [0.1], [0.1]])
    lifted = {id(s): s.score for s in (approached, quote, unrelated)}
    carry_to_answers([approached, quote, unrelated], lifted)
    assert lifted[id(quote)] == ELABORATION and lifted[id(unrelated)] == 0.1


def test_a_lead_in_s_sentence_after_it_joins_past_the_budget():
    """"He explained how … economic war and sabotage." came last with the budget full: the quote
    after it, which tells the sabotage, joins within CONTINUATION_ROOM, before the next sentence of
    another chosen paragraph."""
    filler = " ".join(["word"] * 35)
    first = f"The opposition hacked the accounts of ministers as the polls closed {filler}."
    second = f"The president repeated that there would be no dialogue with the bourgeoisie {filler}."
    explained = "He explained how during the campaign he had come up against economic war and sabotage."
    quote = "“Every state I visited there would be an electricity black out,” he said."
    more = "The hackers were never identified by the police in the weeks after the vote."
    sentences = scored([[first, more], [second], [explained, quote]], [[1.0, 0.7], [0.98], [0.95, 0.1]])
    answer = explain(sentences)
    assert answer == [first, second, explained, quote] and sum(len(t.split()) for t in answer) > 110


def test_a_what_question_told_not_named_needs_sentences_near_it_in_meaning():
    """"What is the process of photosynthesis in plants?" is typed DESCRIPTION only for want of a
    nameable kind (Question.told_not_named): on sentences far from it in meaning it keeps the type
    fit it had as a thing asked (ENTITY: at most a word far from its terms); "What did the cabinet reshuffle
    involve?" on a sentence near it gets an explanation's full fit (composer.description_fit)."""
    off_topic = analyse("What is the process of photosynthesis in plants?")
    [sentence] = scored([["Finally, he admitted the need for the people to participate in that process."]], [[0.3]])
    sentence.features = {"dense": 0.28, "type_fit": 0.0, "temporal": 0.0, "document": 0.0}
    weights = {"process": 8.0, "photosynthesi": 32.0, "plant": 32.0}
    assert off_topic.told_not_named
    assert confidence_features(off_topic, [sentence], [sentence.candidate], weights)["type_fit"] <= 0.4   # no name
    [told] = scored([["Photosynthesis is the process by which plants make sugar from light."]], [[0.3]])
    told.features = {"dense": 0.6, "type_fit": 0.0, "temporal": 0.0, "document": 0.0}          # near its terms
    assert confidence_features(off_topic, [told], [told.candidate], weights)["type_fit"] == 1.0
    defined = analyse("What is the PSUV?")              # a description by a rule of its own: fits as before
    sentence.features["dense"] = 0.28
    assert not defined.told_not_named
    assert confidence_features(defined, [sentence], [sentence.candidate], {"psuv": 20.0})["type_fit"] == 1.0


def test_a_what_question_told_not_named_needs_the_topic_it_asks_about_said():
    """"What was the problem with the voting machines?" (told_not_named) asks about the voting
    machines: an answer near it in meaning that never says "machines" tells no problem with them,
    and keeps the thing-asked fit (question.told_topic); the words it asks by ("problem", "wrong",
    "involve") need not be said: "What was wrong with the campaign?" on a sentence telling the
    campaign gets an explanation's full fit (composer.description_fit)."""
    machines = analyse("What was the problem with the voting machines in 2013?")
    [sentence] = scored([["The opposition had no problem with the vote when it won the referendum."]], [[0.3]])
    sentence.features = {"dense": 0.45, "type_fit": 0.0, "temporal": 0.0, "document": 0.0}
    weights = {"problem": 6.0, "vote": 2.0, "machin": 17.0}
    assert machines.told_not_named
    assert confidence_features(machines, [sentence], [sentence.candidate], weights)["type_fit"] <= 0.4
    [told] = scored([["The voting machines failed in three states, a problem the council admitted."]], [[0.3]])
    told.features = dict(sentence.features)
    assert confidence_features(machines, [told], [told.candidate], weights)["type_fit"] == 1.0
    wrong = analyse("What was wrong with the pro-Chávez campaign?")
    [campaign] = scored([["The pro Chavez campaign was music, songs and red flags, devoid of content."]], [[0.3]])
    campaign.features = dict(sentence.features)
    assert wrong.told_not_named
    weights = {"wrong": 17.0, "pro": 7.0, "chavez": 0.6, "campaign": 4.4}
    assert confidence_features(wrong, [campaign], [campaign.candidate], weights)["type_fit"] == 1.0


def test_what_party_someone_is_is_asked_as_their_membership_and_only_a_membership_answers_it():
    """"What party is Ramón Martinez?" and "which party was he with?" ask whose member he is as
    much as "…a member of?" does, and answered "Aporrea", the site beside his name. Asked of someone
    no sentence calls a member of anything ("What party is Tibisay Lucena a member of?"), the names
    beside them are their post's body or their state, not a party: no short answer, so none at all
    (needs_span). A party asked is not a group of another kind ("…a co-convenor of the
    Australia-Venezuela Solidarity Network"), which "what group" may ask."""
    from qa.composer import asks_membership, needs_span

    def answer(question_text: str, first: str, second: str) -> str | None:
        q = analyse(question_text)
        weights = {t: 1.0 for t in q.terms}
        sentences = scored([[first, second]], [[1.0, 0.3]])
        for s in sentences:
            s.features.update(dense=0.8, type_fit=type_fit(s.text, q, weights), document=0.0)
        return select_factoid(q, sentences, weights)[1]
    sucre = "According to a report republished in Aporrea, the governor of Sucre Ramón Martinez, was calling on his supporters."
    for asked in ("What party is Ramón Martinez?", "which party was Ramón Martinez with?",
                  "what party is Ramón Martinez in in the 2007 referendum?"):
        assert asks_membership(analyse(asked)) and answer(asked, sucre, "Martínez is a member of PODEMOS.") == "PODEMOS"
    assert not asks_membership(analyse("Which party won the 2017 governor elections?"))
    assert not asks_membership(analyse("Which party was Chávez's main rival?"))      # a thing of his, not his party
    assert needs_span(analyse("What party is Tibisay Lucena a member of?"))
    assert answer("What party is Tibisay Lucena a member of?",
                  "The results were announced by CNE President Tibisay Lucena in Caracas.", "The wait was long.") is None
    network = "Jim McIlroy is a national co-convenor of the Australia-Venezuela Solidarity Network."
    assert answer("What party is Jim McIlroy in?", network, "He wrote for Green Left.") is None
    assert answer("What group is Jim McIlroy with?", network, "He wrote for Green Left.") == "Australia-Venezuela Solidarity Network"


def test_a_thing_asked_by_a_kind_the_articles_never_name_has_no_fit_unless_the_answer_says_it_otherwise():
    """"What stadium did Maduro speak at?": no article uses "stadium", and the sentence its other
    words find (Maduro addressing the masses) says nothing like it (support 0.18): no sentence
    there tells of a stadium, and the answer has no fit. One whose context says the kind in other
    words (support at SUPPORTED or above) keeps its fit; so does a name asked of a kind the
    articles name otherwise ("Outside which venue…": Bolivar Hall), a word before the thing asked
    ("what was its actual portion"), and a telling asked otherwise ("What wave of governments…")."""
    from qa.composer import kind_unsaid
    stadium = analyse("What stadium did Maduro speak at?")
    [sentence] = scored([["The Bolivarian masses had rallied outside the Miraflores Palace and were addressed by Maduro."]], [[0.6]])
    sentence.features = {"dense": 0.45, "type_fit": 1.0, "temporal": 0.0, "document": 0.0}
    weights = {"stadium": 10.0, "maduro": 1.0, "speak": 3.0}
    features = confidence_features(stadium, [sentence], [sentence.candidate], weights, {"stadium": 0.18})
    assert features["type_fit"] == 0.0 and confidence(features) < ABSTAIN_BELOW
    assert kind_unsaid(stadium, {"stadium": 0.18}) and not kind_unsaid(stadium, {"stadium": 0.7})
    assert not kind_unsaid(analyse("Outside which venue in London did supporters gather?"), {"venue": 0.41})
    assert not kind_unsaid(analyse("What was its actual portion in the 2017 governor elections?"), {"actual": 0.36})
    # a telling asked otherwise, which the articles may give in their words in a passage not found
    assert not kind_unsaid(analyse("What wave of governments is the offensive trying to reverse?"), {"wave": 0.2})


def test_the_kind_of_vote_a_who_won_question_names_is_covered_by_its_own_article_naming_it_so():
    """"Who won the 2017 regional elections?" abstained: the sentence saying the PSUV won says
    "the nationwide elections", and "regional" is in another paragraph of the same article ("…any
    regional elections in the country"). The article of the year asked naming its vote so covers
    the word for a sentence that says who won; not an article of another year (2013's "the
    December regional elections"), nor a figure asked ("How many votes did the PSUV receive…": a
    count of states lost is no answer because the article says "regional elections")."""
    def coverage(question_text: str, date: str) -> float:
        question = analyse(question_text)
        won, named = scored([["The PSUV, led by Maduro, won 18 of 23 state governorships in the nationwide elections."],
                             ["Lucena said turnout was the second-highest for any regional elections in the country."]],
                            [[0.6], [0.5]])
        for s in (won, named):
            s.features = {"dense": 0.5, "type_fit": 0.5, "temporal": 0.0, "document": 0.0}
            s.passage.metadata["date"] = date
        weights = {t: (8.0 if t == "region" else 1.0) for t in question.terms}
        return confidence_features(question, [won], [won.candidate, named.candidate], weights)["coverage"]
    assert coverage("Who won the 2017 regional elections?", "2017-10") == 1.0
    assert coverage("Who won the 2017 regional elections?", "2013-04") < 1.0
    assert coverage("How many votes did the PSUV receive in the 2017 regional elections?", "2017-10") < 1.0


def test_a_group_led_by_the_one_asked_is_their_party():
    """A review: "What party is Nicolás Maduro?" had answered PSUV from "the PSUV, led by President
    Nicolas Maduro, won…" until a party asked needed a member's sentence; a leader is a member. A
    group led by someone else says nothing of the one asked."""
    from qa.composer import led_by_the_one_asked
    text = "According to the count, the PDV, led by President Ana Ruiz, won 12 of 20 seats."
    assert led_by_the_one_asked(text, analyse("What party is Ana Ruiz?")) == "PDV"
    assert led_by_the_one_asked(text, analyse("What party is Juan Gil?")) is None


def test_a_figure_of_the_year_said_to_place_the_time_is_a_near_miss():
    """Probe: "what was the turnout before 2013?" answered 2013's 78.71%: a figure nothing dates, in
    an article of the year the question names only to place the earlier time it asks, is that
    year's, not an answer; one its sentence dates in an earlier year is."""
    question = analyse("what was the turnout before 2013?")
    weights = {"turnout": 14.0}
    [of_2013] = scored([["There was a 78.71% turnout with Maduro receiving 7,505,378 votes."]], [[0.6]])
    of_2013.passage.metadata = {"date": "2013-04-15"}
    assert figure_elsewhen(question, of_2013, weights) > 0
    [of_2012] = scored([["The turnout in 2012 was 80.5%."]], [[0.6]])
    of_2012.passage.metadata = {"date": "2013-04-15"}
    assert figure_elsewhen(question, of_2012, weights) == 0


def test_partial_coverage_needs_the_rest_of_the_question_mostly_held():
    from qa.composer import partial_coverage
    weights = {"peopl": 2.5, "detain": 32.5, "sabotag": 7.0}
    # the reworded word partly said, but the question's own asked thing ("sabotage") unsaid: no credit
    assert partial_coverage({"peopl"}, weights, {"detain": 0.84}) == pytest.approx(2.5 / 42.0)
    # most of the rest held: the reworded word counts for its share
    assert partial_coverage({"peopl", "sabotag"}, weights, {"detain": 0.84}) > (2.5 + 7.0) / 42.0


def test_partial_coverage_rest_held_is_of_the_words_the_corpus_knows():
    from qa.composer import partial_coverage
    weights = {"paper": 3.0, "ran": 2.0, "tally": 30.0, "suppos": 30.0}
    # "supposed" unknown and unsupported: not part of the rest the answer could hold
    assert partial_coverage({"paper", "ran"}, weights, {"tally": 0.8}, {"tally", "suppos"}) > 5.0 / 65.0
