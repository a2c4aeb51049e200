"""End to end with the real model, FAISS and BM25 over the bundled corpus."""
import pytest

from qa.errors import BadFilterError, QAError
from qa.retrieval import Filters


def faithful(answer) -> bool:
    passages = {c.id: c.passage for c in answer.citations}
    return all(s.text in passages[s.citation] for s in answer.sentences)


def test_factoid_with_trap_numbers_nearby(assistant):
    a = assistant.ask("How many votes were nullified in Block A of the 2007 constitutional referendum?")
    assert not a.abstained and a.short_answer == "118.693"
    assert faithful(a)


def test_a_fact_asked_in_other_words_than_the_article_s_is_found(assistant):
    """"How many homes is Venezuela short of?": the article says "The shortage of 2.7 million
    houses…", no word of which the question uses; the lexical search takes the words the
    articles tell "homes" and "short" in (text.told_otherwise), for a fact asked."""
    answer = assistant.ask("How many homes is Venezuela short of?")
    assert not answer.abstained and answer.short_answer == "2.7 million"
    assert "houses" in answer.passages[0].passage


def test_what_someone_got_is_read_off_the_result_that_pairs_name_and_figure(assistant):
    """"What share did Maduro get in 2013?": the result says "…Maduro receiving 7,505,378 votes
    (50.66%)", never "get" (composer.getting_said). Not a figure placed by another event."""
    answer = assistant.ask("What share did Maduro get in 2013?")
    assert not answer.abstained and answer.short_answer == "50.66%"
    assert assistant.ask("how many votes did capriles get when he won the miranda governorship").abstained
    assert assistant.ask("How many votes did Capriles get in 2012?").abstained
    rival = assistant.ask("What percentage did Maduro's rival get in 2013?")      # named in the result too
    assert not rival.abstained and rival.short_answer == "49.07%"
    # only when the verb is all that is left unsaid: "the referendum he lost" is not 2004's he won
    assert assistant.ask("What share did Chávez get in the referendum he lost?").abstained
    # …and a side named in lower case with its figure: "…and the opposition 41.74% (3,576,517 votes)"
    opposition = assistant.ask("What share did the opposition get in 2004?")
    assert not opposition.abstained and opposition.short_answer == "41.74%"
    # a side's row says what the side got: "No: 4.522.332, 51,05 %"
    side = assistant.ask("How many votes did the No get in block B?")
    assert not side.abstained and side.short_answer == "4.522.332"
    # a day asked, of the month its article was written in: that article's vote ("on August 15": 2004's)
    day = assistant.ask("What share did Chávez get on August 15?")
    assert not day.abstained and day.short_answer == "58.25%"


def test_a_day_asked_prefers_a_figure_of_that_day(assistant):
    """"the October 15 elections" (no year): the 2017 article's 61.14%, not 2013's 78.71%."""
    answer = assistant.ask("What was the voter turnout in the October 15 elections for state governors?")
    assert not answer.abstained and answer.short_answer == "61.14%"
    # an article written the day before, whose later note names the day for another event, is not its time
    assert assistant.ask("How many people were arrested on April 16?").abstained


def test_a_table_row_weighs_as_near_the_question_as_its_table(assistant):
    """"Nullified: 118.693" embeds to little on its own; its table (heading and rows) says what
    it is about (composer.evidence_dense)."""
    answer = assistant.ask("how many ballots were spoiled in the dec 2007 vote")
    assert not answer.abstained and answer.short_answer == "118.693"


def test_who_won_is_answered_with_the_winner_not_where_it_was_won(assistant):
    """The 2013 article also says of the opposition "It has won in Mérida, Táchira, …"."""
    a = assistant.ask("Who won the 2013 election?")
    assert not a.abstained and a.short_answer == "Nicolás Maduro"


def test_who_holds_a_post_is_answered_by_the_name_given_that_post(assistant):
    """"…the PSUV, led by President Nicolas Maduro, …" scores first for the question's words; the
    name said to hold the post asked about ("CNE President Tibisay Lucena") is the answer."""
    for question in ("Who is the president of the CNE?", "Who is the CNE president?"):
        a = assistant.ask(question)
        assert not a.abstained and a.short_answer == "Tibisay Lucena", question


def test_how_long_is_answered_with_the_duration_of_what_is_asked(assistant):
    """The sentence with the question's most words ("…greater power to the president, … more
    than two terms, … reducing the working week from 44 to 36 hours") gives the working week's
    hours; the president's term is in another sentence."""
    a = assistant.ask("how long would the president's term have been under chavez's reform")
    assert not a.abstained and a.short_answer == "seven years"


def test_a_who_is_question_in_lower_case_is_answered_about_the_person(assistant):
    a = assistant.ask("who is capriles")
    assert a.resolved_question == "who is Capriles" and a.answer_type == "description"
    assert not a.abstained and a.short_answer is None and "Capriles" in a.sentences[0].text


def test_a_measure_said_in_other_words_is_found_and_of_the_time_asked(assistant):
    """The 2017 article says "61.14% … had participated", never "turnout"; the 2013 one says
    "The turnout was over 78%", which is no answer for 2017."""
    a = assistant.ask("turnout in the oct 2017 governor elections?")
    assert not a.abstained and a.short_answer == "61.14%"


def test_an_article_named_by_its_title_is_the_one_asked_about(assistant):
    """"the revolution in danger" is the 2008 article's title, typed in lower case without quotes;
    the 2013 article carries no author, so who wrote it is not in the articles."""
    a = assistant.ask("who wrote the revolution in danger")
    assert not a.abstained and a.short_answer == "Tony Saunois"
    assert assistant.ask("Who wrote the 2013 article?").abstained
    # the byline shares no word with the question, and "Lucas Koerner wrote: …" shares "wrote"
    a = assistant.ask("who wrote the 2017 regional elections article?")
    assert not a.abstained and a.short_answer == "Jim McIlroy"
    # "that piece" is the article the conversation named
    a = assistant.ask("who wrote that piece?", history=["How did the 2017 regional elections article describe the results?"])
    assert a.resolved_question == "who wrote the 2017 regional elections article?" and a.short_answer == "Jim McIlroy"


def test_chat_shorthand_is_understood_and_said_so(assistant):
    """"pres election" never appears in the articles; spelled out, Capriles's count is found,
    and the answer says how the question was read."""
    a = assistant.ask("how many votes did capriles get in the 2013 pres election")
    assert not a.abstained and a.short_answer == "7,270,403"
    assert a.resolved_question == "how many votes did capriles get in the 2013 presidential election"


def test_a_named_article_is_summarised_by_its_opening(assistant):
    """"What is the 2004 article about?" had abstained ("the passages that come closest are about
    something else"): the answer is the article's opening sentences, in order, all cited to it."""
    from qa.retrieval import Filters
    a = assistant.ask("What is the 2004 article about?")
    assert not a.abstained and a.confidence >= 0.5 and a.sentences
    assert {c.doc for c in a.citations} == {"2004-08-recall-referendum-defeated.txt"}
    assert a.sentences[0].text.startswith("Across Venezuela hundreds of thousands have celebrated")
    assert [s.start for s in a.sentences] == sorted(s.start for s in a.sentences)
    assert len(a.answer.split()) <= 140
    other = assistant.ask("What is the 2004 article about?", filters=Filters(docs=["2008-01-28-the-revolution-in-danger.txt"]))
    assert all(c.doc != "2004-08-recall-referendum-defeated.txt" for c in other.citations)   # the filter holds


def test_what_happened_at_a_time_alone_is_told_by_the_article_written_then(assistant):
    """"What happened in 2013?" names nothing but a time: the opening of the one article written
    then answers it (it had abstained); "What happened in late 2007?" had opened with the London
    rally's "if we loved what was happening in Venezuela"; a time no one article was written in
    goes to the search, and "what happened?" alone finds no "happening" to answer with."""
    a = assistant.ask("What happened in 2013?")
    assert not a.abstained and {c.doc for c in a.citations} == {"2013-04-maduro-wins-presidential-election.txt"}
    assert any("Maduro won the Venezuelan presidential election" in s.text for s in a.sentences)
    late = assistant.ask("What happened in late 2007?")
    assert not late.abstained and "happening" not in late.sentences[0].text
    assert {c.doc for c in late.citations} == {"2007-12-constitutional-referendum-live-blog.txt"}
    assert "happening" not in (assistant.ask("what happened?").answer.split("[1]")[0])
    for other_time in ("What happened in 2008?", "What happened in late 2013?"):    # from the review: the 2008
        assert assistant.ask(other_time).confidence < 1.0, other_time   # article opens on 2007; 2013's is April's
    said = assistant.ask("what did he say back in 2013?")            # what someone said: no summary
    assert said.resolved_question == "what did he say back in 2013?" and said.confidence < 1.0


def test_a_thank_you_is_not_answered_from_the_articles(assistant):
    """"ok great" had been answered at 0.82 from "A great turn-out in support of the revolution."."""
    for turn in ("ok great", "thanks!"):
        a = assistant.ask(turn, history=["Who won the 2013 presidential election?"])
        assert a.abstained and not a.citations and not a.sentences and a.resolved_question == turn


def test_keyboard_noise_after_a_question_is_asked_alone_not_completed_from_it(assistant):
    """A new user's test: "asdf qwer" after a question became "Why: How many votes did asdf qwer
    get…?" and was answered; asked alone it abstains, and so it does after a question now."""
    history = ["How many votes did Nicolás Maduro get in 2013?"]
    for turn in ("asdf qwer", "asdkjh qwe zzxq plorf"):
        a = assistant.ask(turn, history=history)
        assert a.abstained and a.resolved_question == turn
    assert assistant.ask("And in 2004?", history=history).resolved_question != "And in 2004?"


def test_a_greeting_is_answered_in_kind_not_from_the_articles(assistant):
    a = assistant.ask("hello", history=["Who won the 2013 presidential election?"])
    assert a.abstained and not a.citations and a.answer_type == "greeting" and a.answer.startswith("Hello")
    assert assistant.ask("thanks!").answer_type == "acknowledgment"


def test_a_question_about_he_with_nothing_to_say_who_is_not_answered(assistant):
    """Asked on its own, "How many votes did he get?" would be answered about anyone; after a
    question naming him, it is resolved."""
    a = assistant.ask("How many votes did he get?")
    assert a.abstained and a.answer.startswith("Who is “he”?") and a.passages
    a = assistant.ask("How many votes did he get?",
                      history=[{"question": "Who won the 2013 presidential election?", "short_answer": "Nicolás Maduro"}])
    assert "Maduro" in a.resolved_question and not a.abstained


def test_a_very_long_message_is_answered_from_the_question_at_its_end(assistant):
    """Over the length limit, a message keeps its end (the question), and retrieval runs on the
    question as read, not on the reader's preamble."""
    from qa.assistant import last_chars
    assert last_chars("aa bb cc", 5) == "bb cc" and last_chars("aa bb cc", 4) == "cc" and last_chars("aa", 5) == "aa"
    long = "I have been writing articles about many things for a long time. " * 170
    a = assistant.ask(long + "How many votes did Capriles get in the April 2013 presidential election?")
    assert len(a.question) <= assistant.settings.max_question_chars
    assert not a.abstained and a.short_answer == "7,270,403"
    refused = assistant.ask(long + "How do I bake bread?")         # quoted by its end, from a word's start
    quoted = refused.answer[refused.answer.index("“…") + 2:refused.answer.index("”")]
    assert refused.abstained and len(quoted) <= 200 and quoted.endswith("How do I bake bread")
    assert ("…" + long + "How do I bake bread").replace("  ", " ").endswith(" " + quoted)


def test_why_question_gets_several_cited_sentences(assistant):
    a = assistant.ask("Why did the 2007 constitutional reform fail?")
    assert not a.abstained and 2 <= len(a.sentences) <= 6
    assert a.short_answer is None and faithful(a)
    assert any("2007" in c.date or "2008" in c.date for c in a.citations)
    # the reason the CWI gives sits in a passage on poverty and housing that retrieval alone ranks
    # 29th; its sentence is the nearest of all (retrieval.best_sentence_rows)
    assert "paved the way for the referendum defeat" in a.sentences[0].text


def test_out_of_domain_abstains_but_shows_closest_passages(assistant):
    a = assistant.ask("What's the difference between a Roth IRA and a traditional IRA?")
    assert a.abstained and a.sentences == [] and a.answer.startswith("The articles don't say")
    assert len(a.passages) >= 5
    # the words it names are missing from the closest passages, which is all it looked at: "get"
    # is in the articles, so it may not say that nothing in them matches it
    a = assistant.ask("How many votes did the No get in Caracas?")     # (Block B's row now answers: 4.522.332)
    assert a.abstained and "(the closest passages never mention: get)" in a.answer


def test_sentence_offsets_match_the_article_file(assistant):
    a = assistant.ask("Which journalist reported on the October 2017 regional elections?")
    for s in a.sentences:
        raw = assistant.article(a.citations[s.citation - 1].doc).text[s.start:s.end]
        assert " ".join(raw.split()).replace("- ", "") == s.text


def test_filters_restrict_citations(assistant):
    doc = "2013-04-maduro-wins-presidential-election.txt"
    a = assistant.ask("What was the turnout?", filters=Filters(docs={doc}))
    assert {p.doc for p in a.passages} == {doc}
    b = assistant.ask("What was the turnout?", filters=Filters(date_from="2017", date_to="2017-12"))
    assert {p.doc for p in b.passages} == {"2017-10-psuv-wins-regional-elections.txt"}


def test_a_date_range_no_article_is_dated_in_is_an_error_not_an_abstention(assistant):
    """Nothing was searched: "The articles don't say … (the closest passages never mention: won)" with no
    passage would blame the articles; the UI shows this error as the turn's answer."""
    with pytest.raises(BadFilterError, match=r"no indexed article is dated 2020 or later \(the indexed articles "
                                             r"are dated 2004-08 to 2017-10\)"):
        assistant.ask("Who won?", filters=Filters(date_from="2020"))


def test_empty_question_is_a_clear_error(assistant):
    with pytest.raises(QAError, match="empty"):
        assistant.ask("   ")


def test_a_fact_asked_of_a_place_comes_from_the_sentence_about_that_place(corpus_copy, embedder, tmp_path):
    """A reader's HTML article: "Turnout in the city was 38%" (the city named in the sentence
    before) is Valencia's turnout; "In Alicante, turnout reached 45%", which scores first for the
    question's words, is not. It had answered 45% (or abstained)."""
    from qa.assistant import Assistant
    (corpus_copy / "valencia.html").write_text(
        "<html><head><title>Local elections in Valencia</title></head><body><h1>Local elections in Valencia</h1>"
        "<p>Valencia held its municipal elections on Sunday under heavy rain. Turnout in the city was 38%, the "
        "lowest since 1999. The mayor, Ana Ruiz, was re-elected with 52% of the vote.</p>"
        "<p>In Alicante, turnout reached 45%.</p></body></html>", encoding="utf-8")
    assistant = Assistant(index_dir=tmp_path / "index", corpus_dir=corpus_copy, embedder=embedder)
    assistant.update_index()
    valencia = assistant.ask("What was the turnout in Valencia?")
    assert not valencia.abstained and valencia.short_answer == "38%"
    assert assistant.ask("What was the turnout in Alicante?").short_answer == "45%"


def test_a_day_asked_is_not_another_day_of_its_month(assistant):
    """"the October 15 elections" (no year): 2013's "…three points below the massive turn out on
    October 7 last year" names October but another day, and was the answer ("over 78%"). (The
    2017 article's 61.14% is not yet chosen: preferring the time asked among fact sentences, as
    for a year, gave nonsense elsewhere; docs/quality.md, the eighteenth session.)"""
    for question in ("What was the voter turnout in the October 15 elections for state governors?",
                     "What was the turnout in Venezuela's October 15 elections for state governors?"):
        a = assistant.ask(question)
        assert a.short_answer != "over 78%" and not any("October 7" in s.text for s in a.sentences), question


def test_a_post_asked_of_someone_named_is_the_title_the_articles_give_them(assistant):
    """"What was Baduel's rank?" is who he is, the rank no word to find (it abstained: "never
    mention: rank"), answered by the sentence giving him his title, not others naming him."""
    a = assistant.ask("What was Baduel's rank?")
    assert not a.abstained and [s.text for s in a.sentences] == \
        [next(s.text for s in a.sentences if "retired general Baduel" in s.text)]
    carrizales = assistant.ask("What job had Ramón Carrizales held before?")
    assert not carrizales.abstained and "the former housing minister, Ramón Carrizales" in carrizales.sentences[0].text
    # …after the name too ("Germán Yepez, one of the members of the National Electoral Council")
    assert "Germán Yepez, one of the members" in assistant.ask("What position did Germán Yepez hold?").sentences[0].text
    # a review's: with no title the sentence list knows, the sentences naming them still answer
    # ("CNE rector Vicente Díaz", "the governor of Sucre Ramón Martinez" had abstained for a while)
    assert "CNE rector Vicente Díaz" in assistant.ask("What was Vicente Díaz's position?").sentences[0].text
    assert "the governor of Sucre Ramón Martinez" in assistant.ask("What was Ramón Martinez's post?").sentences[0].text
    # …also in the lead-in to a quote, the one sentence that tells who Bill Richardson is
    richardson = assistant.ask("What was Bill Richardson's role?")
    assert "OAS representative and former New Mexico governor Bill Richardson" in richardson.sentences[0].text


def test_an_event_named_without_a_year_is_asked_of_that_event(assistant):
    """"Why did Chávez win the recall so big?" names the 2004 recall without its year: the
    article titled "…the attempt to recall Chávez is defeated" gives it (grounding.titled_event_year),
    and the 2008 article's sentences on other years no longer crowd out where the voters came from."""
    answer = assistant.ask("why did chavez win the recall so big, where did the extra voters come from")
    assert {c.doc for c in answer.citations} == {"2004-08-recall-referendum-defeated.txt"}
    assert any("12.4 to 14 million" in s.text for s in answer.sentences)
    # …and a fact asked of it: not the 3,757,773 votes of his re-election in July 2000
    assert assistant.ask("how many votes did Chávez get in the recall?").short_answer == "4,991,483"
    assert assistant.ask("when was the recall referendum").short_answer == "2004"      # not of a time asked
    # …not when that year's articles never name what the question names (a review's: Miranda's
    # governorship is told in 2013, not by the article on the 2017 governor elections)
    assert assistant.ask("Who won the governor election in Miranda?").short_answer == "Capriles"
    # …but a name no article tells with such an event keeps the event's year, and abstains there
    assert assistant.ask("Who won the governor elections in Zulia?").abstained


def test_a_post_asked_is_of_the_whole_name(assistant):
    """A review's: "What was Jorge Martín's role?" had the sentence of Jorge Rodríguez's post
    (one word of the name), "What was Ramón Martinez's job?" Ramón Carrizales's."""
    assert "Carrizales" not in assistant.ask("What was Ramón Martinez's job?").answer
    martin = assistant.ask("What was Jorge Martín's role?")
    assert martin.abstained or "Rodríguez" not in martin.answer


def test_a_day_asked_is_no_count_in_the_answer(assistant):
    """"What happened in Venezuela on 16 April 2013?" had added "Maduro won in 16 out of the
    country's 25 states" for its 16 (scoring.stray_days)."""
    answer = assistant.ask("What happened in Venezuela on 16 April 2013?")
    assert "16 Apr. 2013" in answer.sentences[0].text
    assert not any("16 out of" in s.text for s in answer.sentences)


def test_what_someone_made_known_is_told_by_the_sentence_not_a_name_in_it(assistant):
    """"What did the Independent publish?" had the short answer "London" (0.88), "What did Reuters
    report?" "Caracas": what was told is the sentence (question.TOLD_ASKED), no name in it."""
    published = assistant.ask("What did the Independent publish?")
    assert not published.abstained and published.short_answer is None
    assert "published an article" in published.sentences[0].text
    reported = assistant.ask("On the night of the 2007 referendum, what did Reuters report at 8.20 pm?")
    assert reported.short_answer is None and "between 6 and 8 points" in reported.sentences[0].text
    # …but a thing named with its own noun keeps its short answer, and so does the thing a stranded
    # preposition asks for (a review's: composer.told_object)
    assert assistant.ask("Which party won 18 of 23 state governorships?").short_answer
    assert assistant.ask("What did Koerner write for?").short_answer == "Venezueanalysis.com"


def test_who_won_is_answered_by_a_name_said_to_have_won(assistant):
    """"Who won the 2017 regional elections?" answered "CNE President Tibisay Lucena" (0.53), who
    announced the turnout beside the question's "regional elections": a who-won question prefers
    a sentence saying who won (composer.says_who_did), and abstains rather than name the announcer."""
    regional = assistant.ask("Who won the 2017 regional elections?")
    assert regional.abstained or regional.short_answer == "PSUV"
    assert "Lucena" not in (regional.short_answer or "")
    # …but not one that won elsewhere than the place asked: Bolívar's governor is not told
    assert assistant.ask("Who won the governorship of Bolívar state in the October 2017 regional elections?").abstained
    assert assistant.ask("Who won the October 2017 governor elections?").short_answer == "PSUV"
    # …and a best sentence that says the verb keeps its event (a review's): not Maduro's 16 states
    # for the opposition's win "in the key state of Bolivar", nor 2002's coup for 2013's
    assert "Bolivar" in assistant.ask("Who won the governorship of Bolívar?").sentences[0].text
    assert assistant.ask("Who defeated the 2013 coup?").short_answer == "Venezuela"


def test_a_referendums_winner_is_a_side_even_below_a_sentence_without_one(assistant):
    """"Who won the 2007 constitutional referendum?" abstained: the opposition's "…when they won the
    2007 constitutional reform referendum by the narrowest of margins" holds more of its words and
    names no side, so the sentence announcing "the victory of the NO" was passed over (it is now
    taken like a figure: composer.select_factoid)."""
    answer = assistant.ask("Who won the 2007 constitutional referendum?")
    assert not answer.abstained and answer.short_answer == "the NO"
    # …but not a side by a source's account or in one place, which the national result is not
    assert (assistant.ask("Who won the 2007 referendum according to Reuters?").short_answer or "") != "the NO"


def test_a_name_given_whole_is_said_by_its_last_word(assistant):
    """"what percent did President Hugo Chávez get" abstained (0.35): the 2004 result says
    "Chávez", and "President" and "Hugo" counted as unsaid (composer.whole_names_said)."""
    answer = assistant.ask("what percent did President Hugo Chávez get")
    assert not answer.abstained and answer.short_answer == "58.25%"
    # …not a word no passage puts before that name: someone else, or no one (a review's)
    assert assistant.ask("What percentage did the Green Party get?").abstained
    assert assistant.ask("What did Tiger Woods say about the referendum?").confidence < 0.8
    # …and a place typed in lower case restricts the fact: Caracas's vote is not told
    assert assistant.ask("how many votes did yes get in caracas").abstained


def test_a_year_no_article_tells_of_is_not_answered_from_another(assistant):
    """"Which election had higher turnout, 2013 or 2030?" answered 2013's turnout at 0.92 (a
    review's): a year asked that no passage names and no article was written in is untold
    (assistant.untold_years), and the reply says so."""
    answer = assistant.ask("Which election had higher turnout, 2013 or 2030?")
    assert answer.abstained and "no article tells of 2030" in answer.answer
    # …not a decade's years, which its articles may give one of ("65% in 1996")
    assert assistant.ask("By the mid-1990s, what proportion of Venezuelans were living in poverty?").short_answer == "65%"


def test_a_value_asked_before_a_change_is_where_the_change_started(assistant):
    """"How long was the presidential term before the proposed extension?" answered "seven years",
    "How many hours was the working week before the reform?" 36 (a probe's): a question asking the
    value before a change (extraction.START_ASKED) wants the figure after "from", not after "to"."""
    assert assistant.ask("How long was the presidential term before the proposed extension?").short_answer == "six"
    assert assistant.ask("How many hours was the working week before the reform?").short_answer == "44"
    # …and after it, the figure after "to", as before
    assert assistant.ask("How many hours would the working week be after the reform?").short_answer == "36"
    # …and a change's noun before the event it names is that event ("the constitutional reform referendum")
    assert assistant.ask("How many voters were registered before the constitutional reform referendum?").short_answer != "12.4"
