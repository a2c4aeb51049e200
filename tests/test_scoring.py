"""qa/scoring.py: passage reranking rules that do not need a model."""
import numpy as np
from qa.chunking import Passage, PassageSentence
from qa.question import analyse
from qa.retrieval import Candidate
from qa.scoring import article_prior, continues_previous, document_prior, has_cue, rerank_passages


def passage(position: int, text: str, doc: str = "a.txt") -> Passage:
    return Passage(doc=doc, position=position, sentences=[PassageSentence(text, 0, len(text), 0)], text=text, id=position)


def test_an_office_covers_its_holder_in_a_fact_question_only():
    """"capriles was governor of which state": "won the governorship of Miranda" says it; in an
    explanation the office word drifts to another topic (the governorships won)."""
    from qa.scoring import question_variants
    assert question_variants(analyse("capriles was governor of which state"))["governorship"] == "governor"
    assert "governorship" not in question_variants(analyse("How did turnout compare in the governor elections?"))
    # the head of a body asked: its president's sentence says the post ("CNE President Tibisay Lucena")
    assert question_variants(analyse("Who was the head of the CNE in 2017?"))["presid"] == "head"
    assert "presid" not in question_variants(analyse("Why did the head of the CNE announce the result so late?"))
    # a referendum's winning side asked: the result's "victory" says "won", its "NO" says "side"
    side = question_variants(analyse("Which side won the 2007 referendum?"))
    assert side["victori"] == "won" and side["no"] == "side"
    assert "victori" not in question_variants(analyse("Who won the 2013 presidential election?"))


def test_a_package_of_changes_is_told_as_the_changes_of_a_fact_asked():
    """"Under the 2007 reform package, how long would the working week have become?": "The 69
    proposed amendments…". Not any package ("who designed the package"), nor in a how-question."""
    from qa.scoring import question_variants
    assert question_variants(analyse("Under the 2007 reform package, how long would the week have been?"))["amend"] == "packag"
    assert "amend" not in question_variants(analyse("Who designed the package?"))
    assert "amend" not in question_variants(analyse("Who designed the reform package?"))   # a figure asked only
    assert "amend" not in question_variants(analyse("How would the constitutional package have changed the presidency?"))


def test_anaphoric_openings_continue_the_previous_paragraph():
    assert continues_previous(passage(1, "It represented a declaration by ordinary people."))
    assert continues_previous(passage(1, "The failure to nationalise these monopolies left them in control."))
    assert continues_previous(passage(1, "The president was also to have the power to appoint officers."))
    assert not continues_previous(passage(1, "The turnout was over 78%."))
    assert not continues_previous(passage(1, "Italy won the cup after extra time in a match that lasted long."))


def test_since_gives_a_reason_but_not_before_a_time():
    assert has_cue("Turnout fell, since the poor had lost faith in the party.", "causal")
    assert has_cue("The vote was lost because prices rose.", "causal")
    for reason in ("since voting is compulsory", "since nothing had been audited", "since Beijing backed it"):
        assert has_cue(f"Turnout was high, {reason}.", "causal"), reason
    for when in ("1998", "October 7", "then", "early 2004", "mid-2003", "the start of the year", "winning power"):
        assert not has_cue(f"It is the eighth win since {when} for the party.", "causal"), when


def test_a_victory_based_upon_something_gives_its_cause():
    """"Clearly Chávez's victory has been based upon a widespread mobilisation of the poor" is the
    answer to why he won: a cause said without "because"."""
    assert has_cue("Clearly Chávez's victory has been based upon a widespread mobilisation of the poor.", "causal")
    assert has_cue("The party won thanks to a high turnout in the barrios.", "causal")
    assert not has_cue("The party is based in Caracas.", "causal")


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


def test_type_fit_skipping_keeps_the_top_and_every_passages_best(assistant):
    """add_type_fit computes type_fit only where it can matter; the result must be what
    computing it for every sentence gives, for the ranking's top and each passage's best."""
    from qa.scoring import TYPED_TOP, WEIGHTS, score_sentences, term_weights, type_fit
    loaded = assistant.index()
    for text in ["How many votes were nullified in Block A of the 2007 constitutional referendum?",
                 "What percentage of the vote did the PSUV win in the October 2017 regional elections?",
                 "Who wrote the CWI article on the referendum?", "When was the recall referendum held?"]:
        q = analyse(text)
        vector = assistant.embedder.encode_query(text)
        weights = term_weights(q, loaded.data)
        fast = score_sentences(q, vector, loaded.retriever.search(text, vector), loaded.data, weights, loaded.acronyms)
        full = score_sentences(q, vector, loaded.retriever.search(text, vector), loaded.data, weights, loaded.acronyms)
        for s in full:
            if not s.typed:
                fit = type_fit(s.text, q, weights)
                s.score += WEIGHTS["type_fit"] * fit
        full.sort(key=lambda s: -s.score)
        key = lambda s: (s.candidate.row, s.index)
        assert [key(s) for s in fast[:TYPED_TOP]] == [key(s) for s in full[:TYPED_TOP]]
        best = lambda ss: {r: max(s.score for s in ss if s.candidate.row == r) for r in {s.candidate.row for s in ss}}
        assert best(fast) == best(full)
        assert any(not s.typed for s in fast), "nothing was skipped: the test no longer tests skipping"


def test_a_how_should_question_weighs_what_ought_to_be_done(assistant):
    """"How should …" asks for a prescription: sentences saying what must be done carry the cue
    feature, as a causal cue does for why; other how-questions are left as they are."""
    from qa.scoring import score_sentences, term_weights
    assert analyse("How does the CWI article propose tackling violent crime?").cue == "prescriptive"
    assert analyse("How should the workers' movement deal with crime?").cue == "prescriptive"
    assert analyse("Why should the revolution worry?").cue == "causal"
    assert analyse("How was the PSUV set up?").cue == ""
    assert has_cue("It is necessary to fight for democratic control of them by the community.", "prescriptive")
    assert not has_cue("Violent crime is now a major issue.", "prescriptive")
    loaded = assistant.index()
    text = "How should the workers' movement deal with violent crime?"
    q, vector = analyse(text), assistant.embedder.encode_query(text)
    scored = score_sentences(q, vector, loaded.retriever.search(text, vector), loaded.data, term_weights(q, loaded.data),
                             loaded.acronyms)
    cued = [s for s in scored if s.features["cue"]]
    assert cued and all(has_cue(s.text, "prescriptive") for s in cued)


def test_a_result_asked_is_told_by_the_figures_of_the_article_titled_with_the_vote(assistant):
    """"What was the result of the 2004 recall?": "The preliminary results gave Chávez 58.25%…"
    never says "recall"; its article's title does, and the figures' sentence matches as if it did."""
    from qa.scoring import score_sentences, term_weights
    loaded = assistant.index()
    text = "What was the result of the 2004 recall?"
    q, vector = analyse(text), assistant.embedder.encode_query(text)
    assert q.cue == "result"
    scored = score_sentences(q, vector, loaded.retriever.search(text, vector), loaded.data, term_weights(q, loaded.data),
                             loaded.acronyms)
    figures = next(s for s in scored if s.text.startswith("The preliminary results gave Chávez 58.25%"))
    assert figures.features["lexical"] == 1.0
    # …but only a sentence with the figures (a review: the blog's every sentence had matched "the 2007
    # referendum" through its title, and "…the YES vote would win" led its result)
    blow = next(s for s in scored if s.text.startswith("The overwhelming referendum result is a huge blow"))
    assert blow.features["lexical"] < 1.0
    # a fact asked of an event the article's title names: "The number of voters rose from 12.4 to 14
    # million…" is the electorate "by the time of the recall vote", its article titled with the recall
    text = "how big was the electorate by the time of the recall vote?"
    q, vector = analyse(text), assistant.embedder.encode_query(text)
    scored = score_sentences(q, vector, loaded.retriever.search(text, vector), loaded.data, term_weights(q, loaded.data),
                             loaded.acronyms)
    voters = next(s for s in scored if s.text.startswith("The number of voters rose from 12.4 to 14 million"))
    assert "recal" in q.terms and voters.features["lexical"] > 0.85     # all but "vote"


def test_an_explanation_of_an_event_the_title_names_is_matched_in_that_articles_sentences(assistant):
    """"How did the opposition try to cast doubt on the 2004 recall result while people were still
    voting?": "As the voting was underway the National Electoral Council (CNE) announced … a
    pre-recorded fake press conference…" never says "recall"; its article's title does. As for a
    fact asked, each of its sentences and passages counts the title's event words (not for a
    comparison, whose articles are several)."""
    from qa.scoring import score_sentences, term_weights, titled_terms
    loaded = assistant.index()
    text = "How did the opposition try to cast doubt on the 2004 recall result while people were still voting?"
    q, vector = analyse(text), assistant.embedder.encode_query(text)
    weights = term_weights(q, loaded.data)
    scored = score_sentences(q, vector, loaded.retriever.search(text, vector), loaded.data, weights, loaded.acronyms)
    fake = next(s for s in scored if "pre-recorded fake press conference" in s.text)
    recall = weights["recal"] / sum(weights.values())        # the title's word, which the sentence never says
    assert "recal" not in fake.text.lower()
    assert fake.features["lexical"] >= recall and fake.candidate.features["coverage"] >= recall
    compared = analyse("How did the 2004 recall compare with the 2007 referendum?")
    assert not titled_terms(compared, "Venezuela: the attempt to recall Chávez is defeated")


def test_how_an_outcome_came_about_wants_its_causes():
    """"How did Chávez beat the recall?" asks by what means: the causal cue, as for why
    ("…has been based upon a widespread mobilisation"); an outcome word elsewhere does not ask it."""
    for text in ("How did Chávez beat the recall in 2004?", "How did Chávez manage to beat the recall?",
                 "how was the PSUV able to win in 2017", "How did the PSUV win so many states?"):
        assert analyse(text).cue == "causal", text
    for text in ("How did people get mobilised after the 2007 referendum defeat?",
                 "how did the opposition try to make it look like chavez lost in 2004", "Who won in 2013?"):
        assert analyse(text).cue == "", text


def test_how_someone_reacted_weighs_sentences_telling_a_reaction():
    """"How did the opposition respond …?": the text tells reactions with their own verbs
    ("is crying foul and disputing the elections results", "refused to recognise")."""
    assert analyse("How did the opposition and Western governments respond to the results?").cue == "reaction"
    assert analyse("how did chavez react when the no won in 2007").cue == "reaction"
    assert analyse("Who responded first?").cue == ""                                    # a factoid
    assert has_cue("The MUD is crying foul and disputing the elections results.", "reaction")
    assert has_cue("Capriles refused to recognise the result.", "reaction")
    assert not has_cue("Turnout was 61.14%.", "reaction")


def test_a_continuation_retrieval_missed_joins_the_passages():
    reason = passage(3, "Because prices rose, the vote was lost.")
    missed = passage(4, "It was also a blow to the leadership.")
    unrelated = passage(5, "Turnout was high in the capital city.")
    after = {3: missed, 4: unrelated}
    following = lambda p: Candidate(row=10 + p.position, passage=after[p.position]) if p.position in after else None
    ranked = rerank_passages(candidates((reason, 1.0)), [], analyse("Why was the vote lost?"), following)
    assert [c.passage.position for c in ranked] == [3, 4]      # 5 does not point back: not added


def test_an_article_written_too_early_is_marked_down_unless_the_question_names_it():
    cwi = {"title": "The revolution in danger", "date": "2008-01-28", "source": "CWI"}
    other = {"title": "Maduro wins", "date": "2013-04-15"}
    named = analyse("What did the CWI article warn could happen by the 2012 election?")
    assert article_prior(named, cwi) == (0.5, 1.5, 1.0)
    unnamed = analyse("How did the opposition respond to the October 2017 results?")
    assert article_prior(unnamed, other) == (0.0, 0.5, 0.5)
    assert article_prior(analyse("Why did the 2007 referendum fail?"), cwi) == (0.0, 1.0, 1.0)


def test_an_article_written_long_after_is_marked_down_unless_the_question_names_it():
    cwi = {"title": "The revolution in danger", "date": "2008-01-28", "source": "CWI"}
    later = {"title": "Maduro wins", "date": "2013-04-15", "source": "In Defence of Marxism"}
    question = analyse("Why did the 2007 referendum fail?")
    assert article_prior(question, later) == (0.0, 0.5, 0.5)        # recalls 2007 in passing
    assert article_prior(question, cwi) == (0.0, 1.0, 1.0)          # written weeks after it
    named = analyse("What does the In Defence of Marxism article say about the 2007 referendum?")
    assert article_prior(named, later)[1:] == (1.5, 1.0)


def test_document_prior_sets_each_passages_article_features_and_fused_score():
    later = passage(0, "The 2007 reform was recalled in passing.", doc="later.txt")
    later.metadata = {"title": "Maduro wins", "date": "2013-04-15"}
    then = passage(0, "The reform was rejected.", doc="then.txt")
    then.metadata = {"title": "The revolution in danger", "date": "2008-01-28"}
    candidates = [Candidate(row=0, passage=later, fused=1.0), Candidate(row=1, passage=then, fused=1.0)]
    document_prior(analyse("Why did the 2007 reform fail?"), candidates)
    assert [(c.features["period"], c.features["document"], c.fused) for c in candidates] == [(0.5, 0.0, 0.5), (1.0, 0.0, 1.0)]


def test_a_sentence_naming_the_side_asked_counts_like_a_quote():
    from qa.scoring import names_side
    for text in ("No: 4.504.354, 50,70 %", "the victory of the NO with 4, 504, 354 votes", "the 'no' vote triumphed"):
        assert names_side(text, "no") == 1.0, text
    for text in ("no official results are yet known", "Yes: 4.379.392, 49.29 %"):
        assert names_side(text, "no") == 0.0, text
    assert names_side("No: 4.504.354", "") == 0.0


def test_the_side_feature_reaches_the_sentence_scores(assistant):
    from qa.scoring import score_sentences, term_weights
    loaded = assistant.index()
    text = "how many No votes were there in block A of the 2007 reform"
    q, vector = analyse(text), assistant.embedder.encode_query(text)
    scored = score_sentences(q, vector, loaded.retriever.search(text, vector), loaded.data, term_weights(q, loaded.data),
                             loaded.acronyms)
    labelled = [s for s in scored if s.text.startswith("No: 4.504.354")]
    assert labelled and labelled[0].features["quote"] == 1.0


def test_a_tables_rows_take_the_words_of_their_heading():
    """A results table in a live blog: each row's figure is of the block its heading names."""
    from qa.scoring import table_rows
    lines = ("The detail of the results announced by CNE is:", "A Block, first part of the reform",
             "No: 4.504.354, 50,70 %", "Yes: 4.379.392, 49.29 %", "B Block, second part of reform",
             "No: 4.522.332, 51,05 %", "These are not yet 100% results but the tendency will not be reversed.")
    assert table_rows(lines) == ((2, (0, 1)), (3, (0, 1)), (5, (0, 4)))      # the lead-in says what all are
    assert table_rows(lines[1:]) == ((1, (0,)), (2, (0,)), (4, (3,)))
    assert table_rows(("Chávez won.", "He got 58.25% of the vote.")) == ()     # sentences, not a table


def test_a_table_rows_figure_is_what_the_tables_lead_in_says():
    """"The total votes in the CNE's 2.03 am figures": the row "Total votes: 9.002.439" says
    neither "CNE" nor "2.03"; the line leading the table in does, for every row under it."""
    lines = ("2.03 am, the detail of the results announced by CNE is:", "A Block, first part of the reform",
             "No: 4.504.354, 50,70 %", "Total votes: 9.002.439")
    from qa.scoring import ScoredSentence
    passage = Passage(doc="blog.txt", position=0, text=" ".join(lines), sentences=[PassageSentence(t, 0, len(t), 0) for t in lines])
    row = ScoredSentence(Candidate(row=0, passage=passage), 3, np.zeros(3, dtype=np.float32))
    assert row.heading == "A Block, first part of the reform"
    assert "CNE" in row.headings and "2.03" in row.headings


def test_a_tables_row_counts_its_own_words_and_its_headings(assistant):
    """"How many votes were nullified in Block A?": the row "Nullified: 118.693" says nullified,
    its heading says Block A; the row "Votes counted" only the heading's words and "votes"."""
    from qa.question import analyse
    from qa.scoring import score_sentences, term_weights
    loaded = assistant.index()
    text = "How many votes were nullified in Block A of the 2007 constitutional referendum?"
    q, vector = analyse(text), assistant.embedder.encode_query(text)
    scored = score_sentences(q, vector, loaded.retriever.search(text, vector), loaded.data, term_weights(q, loaded.data),
                             loaded.acronyms)
    lexical = {s.text.split(":")[0]: s.features["lexical"] for s in scored
               if s.text.startswith(("Nullified", "Votes counted", "A Block"))}
    assert lexical["Nullified"] > lexical["Votes counted"] > lexical["A Block, first part of the reform"] > 0
    best_row = next(s for s in scored if s.text.startswith(("Nullified", "Votes counted", "Total votes")))
    assert best_row.text == "Nullified: 118.693"


def test_a_tables_row_is_as_near_the_question_as_its_heading(assistant):
    """"No: 4.522.332, 51,05 %" alone is far from "What share did the No side win in Block B of
    the 2007 reform?" in the embedding; under "B Block, second part of reform" it says what the
    heading says, so its dense similarity is at least the heading's (it abstained at 0.33)."""
    from qa.question import analyse
    from qa.scoring import score_sentences, term_weights
    loaded = assistant.index()
    text = "What share of the poll did the No side win on the second block (Block B) of the 2007 constitutional reform?"
    q, vector = analyse(text), assistant.embedder.encode_query(text)
    scored = score_sentences(q, vector, loaded.retriever.search(text, vector), loaded.data, term_weights(q, loaded.data),
                             loaded.acronyms)
    dense = {s.text: s.features["dense"] for s in scored}
    assert dense["No: 4.522.332, 51,05 %"] >= dense["B Block, second part of reform"] > 0.4
    assert assistant.ask(text).short_answer == "51,05 %"
    # a row that says nothing asked is no nearer: Block B's "No" row does not give its nullified votes
    nullified = assistant.ask("How many votes were nullified in Block B of the 2007 reform?")
    assert nullified.abstained and nullified.short_answer is None


def test_a_comparison_of_a_measure_wants_its_figures():
    """"Which had the higher turnout…?": the sentences giving turnouts answer it, as a fact
    question's would; a comparison naming no measure, and an explanation, type no figure."""
    from qa.scoring import figure_question
    turnout = figure_question(analyse("Which had the higher turnout: the 2013 presidential election or the 2017 regional elections?"))
    assert turnout.answer_type == "percent" and turnout.is_factoid
    turned_out = figure_question(analyse("Did more people turn out for the 2013 presidential vote or the 2017 governor races?"))
    assert turned_out.answer_type == "percent"
    votes = figure_question(analyse("Did Chávez's side win more votes in the 2004 recall referendum or in the 2007 referendum?"))
    assert votes.answer_type == "count"
    assert figure_question(analyse("Compare how Chávez and Maduro reacted to defeat.")) is None
    # an election's result, or its margin, is told in percentages ("rejected by 50.7% to 49.2%")
    result = analyse("How did the result for Chávez in the 2004 recall referendum compare with the result of "
                     "the December 2007 constitutional referendum?")
    assert result.answer_type == "comparison" and figure_question(result).answer_type == "percent"
    # …and so is a win weighed against another ("more comfortable", "closer", "narrower")
    for asked in ("Was Chávez's win in the 2004 recall more comfortable than Maduro's win in 2013?",
                  "Which was closer, the 2007 referendum or Maduro's win in 2013?"):
        assert figure_question(analyse(asked)).answer_type == "percent", asked
    # … unless the question says in what ("votes": a count), whatever "results" says (a review)
    votes_result = analyse("Did Chávez's side get more votes in 2004 or in 2007, judging by the results?")
    assert figure_question(votes_result).answer_type == "count"
    assert figure_question(analyse("Why did the turnout fall in 2007?")) is None
    fact = analyse("What was the turnout in 2013?")
    assert figure_question(fact) is fact


def test_a_comparison_told_by_its_figures_needs_no_comparative_word(assistant):
    """"Was the 2013 election closer than the 2007 referendum?": the two results' figures answer
    it; that no sentence says "closer" is no evidence against them (question.ANSWER_FORM_WORDS)."""
    answer = assistant.ask("Was the 2013 election closer than the 2007 referendum?")
    assert not answer.abstained and "%" in answer.answer


def test_a_day_asked_is_matched_as_a_day_not_as_any_number():
    """"What happened in Venezuela on 16 April 2013?": "Maduro won in 16 out of the country's 25
    states" holds 16 as a count, not the day; "…a coup d'état on Tue. 16 Apr. 2013" as the day."""
    from qa.scoring import stray_days
    assert stray_days({"16"}, frozenset({"16", "maduro"}), "Maduro won in 16 out of the country’s 25 states.") == {"16"}
    assert stray_days({"16"}, frozenset({"16", "coup"}), "a coup d’état on Tue. 16 Apr. 2013.") == set()
    assert stray_days({"3"}, frozenset({"3"}), "December 3rd 2007: the result.") == set()       # an ordinal day
    assert stray_days({"3"}, frozenset({"folk"}), "about 3 opposition folks") == set()          # not a term here
