"""Follow-up questions resolved from the previous turn."""
import pytest

from qa.conversation import resolve
from qa.question import analyse


@pytest.mark.parametrize("previous, short, follow_up, expected", [
    ("What was the turnout in the 2017 regional elections?", None, "And in 2013?",
     "What was the turnout in the 2013 regional elections?"),
    ("What was the turnout in the 2017 regional elections?", None, "What about the 2007 referendum?",
     "What was the turnout in the 2007 referendum?"),
    ("How many governorships did the PSUV win in 2017?", "18 of 23", "And the opposition?",
     "How many governorships did the opposition win in 2017?"),
    # "at / by the time of" is one time phrase: kept whole, and swapped whole
    ("What was inflation at the time of the 2004 recall?", "around 22%", "why was it so high?",
     "why was inflation so high at the time of the 2004 recall?"),
    ("What was inflation at the time of the 2004 recall?", "around 22%", "and by the time of the 2007 referendum?",
     "What was inflation at the time of the 2007 referendum?"),
    # "it" with how a figure moved is the figure asked, where no "What was the …" names it
    ("How many voters were registered for the 2004 recall?", "14 million", "why did it go up?",
     "why did the number of voters go up in the 2004 recall?"),
    ("How many members did the PSUV have in 2007?", None, "how was it set up?", "how was the PSUV set up in 2007?"),
    ("How many governorships did the PSUV win in 2017?", "18", "did it do better than in 2013?",
     "did the PSUV do better than in 2013?"),                                   # how well it did: the party
    # a place after a preposition takes the place of the name after the same one, not the first name
    ("How many votes did Capriles get in Miranda in 2013?", None, "and in Zulia?",
     "How many votes did Capriles get in Zulia in 2013?"),
    ("How many votes did Maduro get in the Capital District in 2013?", None, "and in Carabobo?",
     "How many votes did Maduro get in Carabobo in 2013?"),                        # its "the" goes with it
    # a side quoted is swapped for the other, quoted as typed
    ("In the 2007 referendum, how many states did the 'yes' vote carry?", "14", "And the 'no'?",
     "In the 2007 referendum, how many states did the 'no' vote carry?"),
    ('How many votes did "the yes" get in 2007?', None, "and the no?", "How many votes did the no get in 2007?"),
    ("Who won the April 2013 presidential election?", "Nicolás Maduro", "How many votes did he get?",
     "How many votes did Nicolás Maduro get in the April 2013 presidential election?"),
    # the month belonged to the year that is replaced
    ("What was the turnout in the October 2017 regional elections?", None, "And in 2013?",
     "What was the turnout in the 2013 regional elections?"),
    # the word after a dated subject is the verb, not part of the event's name
    ("Why did the 2007 referendum fail?", None, "What did Chávez say about it?",
     "What did Chávez say about the 2007 referendum?"),
    ("Why did the 2007 referendum fail?", None, "And in 2004?", "Why did the 2004 referendum fail?"),
    ("How does that compare with turnout in Maduro's 2013 election?", None, "And in the 2017 governor elections?",
     "How does that compare with turnout in the 2017 governor elections?"),              # the new event has no owner
    # another measure of the same time: in the measure's slot, or asked anew
    ("What was the unemployment rate in January 2008?", "nearly 10%", "And inflation?",
     "What was the inflation in January 2008?"),
    ("How many votes did Maduro get in the 2013 election?", "7,505,378", "And the turnout?",
     "What was the turnout in the 2013 election?"),
    ("What was the US murder rate in 2000?", "5.51", "what about kidnappings?",   # a thing measured, not a country
     "What was the kidnappings in 2000?"),
    # a question word on its own asks it of the previous question
    ("By how much did the number of voters grow before the recall?", "from 12.4 to 14 million", "Why?",
     "Why did the number of voters grow before the recall?"),
    ("Which state did the opposition win in 2013?", "Bolivar", "how come",           # what was asked stays
     "Why: Which state did the opposition win in 2013?"),
    ("Who won the 2013 presidential election?", "Nicolás Maduro", "Why?",            # the answer in its place
     "Why: Nicolás Maduro won the 2013 presidential election?"),
    ("What happened in Táchira during the 2007 vote?", None, "Why?",
     "Why: What happened in Táchira during the 2007 vote?"),
    # "why not?" asks why; a counted subject goes after its verb; "when … first" takes no year of the last
    ("Did Maduro accept the result in the 2013 presidential election?", None, "why not?",
     "Why: Did Maduro accept the result in the 2013 presidential election?"),
    ("Did Chávez?", None, "why not?", "why not?"),                                 # no clause to ask of
    ("How many houses were short?", "2.7 million", "Why?", "Why were houses short?"),
    ("How many people were arrested on referendum day in 2007?", "46", "where?",
     "Where were people arrested on referendum day in 2007?"),
    ("What happened to Chávez in 2007?", None, "When did he first win power?", "When did Chávez first win power?"),
    # chat lead-ins, the same question at another time, a question word asked of the answer
    ("What was the turnout in the 2017 regional elections?", None, "ok and what about 2013?",
     "What was the turnout in the 2013 regional elections?"),
    ("What was inflation like in Venezuela around the 2004 recall vote?", None, "was it the same in 2017",
     "What was inflation like in Venezuela in 2017?"),     # a recall is of its year (ONE_OFF_EVENT)
    ("Which baseball player got attacked by a mob when he went to vote in 2013?", "Potro Alvarez", "where",
     "Where: Potro Alvarez got attacked by a mob when he went to vote in 2013?"),
    # "they" stands for the plural noun the previous question asked about
    ("Which officers were detained at the demonstration before the 2007 referendum?", None,
     "What were they carrying?", "What were the officers carrying before the 2007 referendum?"),
    ("Which officers were detained at the demonstration before the 2007 referendum?", None,
     "What were their names?", "What were the officers' names before the 2007 referendum?"),
    ("What were the officers carrying before the 2007 referendum?", None,           # or the plural subject
     "What were their names?", "What were the officers' names before the 2007 referendum?"),
    ("What did the opposition do in 2013?", None, "Who led them?", "Who led the opposition in 2013?"),
    # a whole question after a lead-in is a question, not a fragment to append
    ("Which attempts to remove Chávez had failed before the recall?", "Chávez",
     "and counting the referendum, how many times had he won at the polls since 1998?",
     "and counting the referendum, how many times had Chávez won at the polls since 1998?"),
    ("What was the turnout in 2013?", None, "whats the winners name", "whats the winners name in 2013?"),
    ("How many governorships did the PSUV win in 2017?", "18", "and their share of the vote?",
     "What was the PSUV's share of the vote in 2017?"),
    ("How many votes did Maduro get in 2013?", "7,505,378", "And his share of the vote?",
     "What was Maduro's share of the vote in 2013?"),
    ("What was the turnout in 2013?", "78.71%", "And Capriles's share?", "What was Capriles's share in 2013?"),
    ("How many seats did the opposition win in 2015?", None, "What did they do with their majority?",   # not "the seats"
     "What did the opposition do with their majority in 2015?"),
    ("What did Chávez propose in 2007?", None, "Why was it rejected?", "Why was it rejected in 2007?"),  # "it" is no person
    ("What happened in the 2007 referendum?", None, "Why did that fail?",            # "that" as a subject
     "Why did the 2007 referendum fail?"),
    ("Who organised the 2004 recall referendum?", None, "Why did it fail?",          # "it" before its verb
     "Why did the 2004 recall referendum fail?"),
    ("Which states did the PSUV lose in 2017?", None, "How many did it gain?",          # a bare year is when, not what
     "How many did the PSUV gain in 2017?"),
    # what is counted, and when, come from the previous question
    ("How many governorships did the PSUV win in 2017?", "18", "How many did the opposition win?",
     "How many governorships did the opposition win in 2017?"),
    # a question word after a preposition is a question about the previous one's event
    ("Who won the 2013 presidential election?", "Nicolás Maduro", "By how many votes?",
     "By how many votes in the 2013 presidential election?"),
    # a longer question that leans on the previous one: a pronoun with no name before it, a
    # demonstrative, a question opened by an auxiliary; the event's year is carried over
    ("How did Capriles react to losing in 2013?", None, "Did anyone on the electoral council support him?",
     "Did anyone on the electoral council support Capriles in 2013?"),
    ("What kept happening in every state Maduro visited during the 2013 campaign?", None,
     "Was anyone arrested over that?", "Was anyone arrested over the 2013 campaign?"),
    ("Which paper printed figures suggesting Chávez was losing in the 2004 recall?", "The Independent",
     "Who was heading the electoral council at that time?",
     "Who was heading the electoral council at that time in the 2004 recall?"),
    ("By the 2004 recall, how many times had Chávez won at the polls?", None,
     "Which state gave him his biggest margin in the recall?", "Which state gave Chávez his biggest margin in the 2004 recall?"),
    ("What did the council reveal while voting in the 2004 recall was going on?", None,     # an event before its verb
     "Which paper printed figures suggesting he was losing?", "Which paper printed figures suggesting he was losing in the 2004 recall?"),
    # "he" is the last answer only when it answered "who"; an organisation's acronym is no "he"
    ("According to the CWI, why did Chávez lose the 2007 referendum?", None, "What did he do with his cabinet afterwards?",
     "What did Chávez do with his cabinet afterwards in the 2007 referendum?"),
    ("In 2013 which state did the opposition win that it had taken in 2010?", "Anzoátegui",
     "What did he offer Maduro?", "What did he offer Maduro in 2010?"),
    # an event is no "they": the pronoun stays, the event's time is added
    ("What percentage did the PSUV win in the 2017 state elections?", "54%", "what about the mud, what % did they get",
     "what about the mud, what % did they get in the 2017 state elections?"),
    # … not "the author" or "the writer" of it, and "that post" may be a job
    ("Who is the author of the 2017 article?", None, "When was that article published?",
     "When was the 2017 article published?"),
    ("What did the writer of the 2008 article think of the PSUV?", None, "Who wrote that piece?",
     "Who wrote the 2008 article?"),
    # "there" is the place the last answer or question named; "there were" is no place
    ("why is Bolivar important?", None, "who won the governorship there in 2017?",
     "who won the governorship in Bolivar in 2017?"),
    ("Where was the rally held?", "Toronto", "how many people turned up there", "how many people turned up in Toronto"),
    ("What happened at the rally in Toronto?", None, "how many people were there?", "how many people were there?"),
    # …or the place or occasion it put after "at" (not "at what time")
    ("what happened to the PDVSA worker at Maduro's closing rally?", None, "Was anyone hurt there?",
     "Was anyone hurt at Maduro's closing rally?"),
    ("At what time were the results announced at the CNE headquarters?", "11:45 pm", "who spoke there?",
     "who spoke at the CNE headquarters?"),
    # …not a time, an amount, "at fault", or the "at" of a verb
    ("Who was arrested at 3 am?", None, "Who else was there?", "Who else was there?"),
    ("Who looked at the results?", None, "Who else was there?", "Who else was there?"),
    # "them" after a question about a group the question's event follows: the group
    ("what is the opposition coalition called in the 2017 regional elections article?", "PODEMOS",
     "What happened to them in those elections?",
     "What happened to the opposition in those elections in the 2017 regional elections article?"),
    # an article pointed back to is the one the last question named
    ("How did the 2017 regional elections article describe the results?", None, "who wrote that piece?",
     "who wrote the 2017 regional elections article?"),
    # a name the last question gave with a possessive: "he" is the person, not "Chávez's"
    ("Why did so many of Chávez's own supporters stay home?", None, "Did he step down like he'd promised?",
     "Did Chávez step down like he'd promised?"),
    ("Was anyone on the electoral council on Capriles's side in April 2013?", None,
     "why does the author think his fraud claims are hypocritical?",
     "why does the author think Capriles's fraud claims are hypocritical in April 2013?"),
    # the fragment ends with the noun after the name it replaces: "the no side", not "the no side side"
    ("How many states did the Yes side win in the 2007 referendum?", None, "and the no side?",
     "How many states did the no side win in the 2007 referendum?"),
    # a correction is a fragment put in the last question's slot; what was asked of the old event stays
    ("What time did Tibisay Lucena announce the 2013 result?", "11:45 pm", "no sorry, I meant the 2007 referendum",
     "What time did Tibisay Lucena announce the 2007 referendum result?"),
    ("What was the turnout in the 2017 regional elections?", None, "sorry, I meant 2013",
     "What was the turnout in the 2013 regional elections?"),
    ("What was the turnout in the 2017 regional elections?", None, "no, I meant who won in 2013?",
     "who won in 2013?"),
    ("Who won the 2013 election?", None, "Actually, I meant to ask about the 2004 recall", "Who won the 2004 recall?"),
    ("Who won the 2013 election?", None, "I meant to say 2004", "Who won the 2004 election?"),
    # … only a result or a measure of it: a defeat or a victory is the event itself
    ("What did Chávez say after the 2007 defeat?", None, "no, I meant the 2002 coup",
     "What did Chávez say after the 2002 coup?"),
    ("What happened after the 2013 victory?", None, "sorry, I meant the 2004 recall",
     "What happened after the 2004 recall?"),
    ("What was the 2013 turnout?", None, "no, I meant the 2007 referendum", "What was the 2007 referendum turnout?"),
    # a bare noun fragment with no name in the last question replaces its plain subject
    ("How high did oil get back then?", None, "and poverty?", "How high did poverty get back then?"),
    ("What did the opposition do after the vote?", None, "and the government?",
     "What did the government do after the vote?"),
    # … not a verb after the auxiliary, nor the article read (unless by another source); its head noun once
    ("How many people were killed during the coup?", None, "and the army?",
     "How many people were killed during the coup, the army?"),
    ("What does the article say about oil prices?", None, "and poverty?",
     "What does the article say about oil prices, poverty?"),
    ("What is the author arguing?", None, "and the blogger?", "What is the blogger arguing?"),
    ("How high did oil prices get in 2008?", None, "and food prices?", "How high did food prices get in 2008?"),
    # "it" is the measure asked when the follow-up says how high it was or how it moved; the event otherwise
    ("What was the turnout in the 2017 regional elections?", "61.14%", "Why was it so high?",
     "Why was the turnout so high in the 2017 regional elections?"),
    ("What was the unemployment rate in January 2008?", None, "why was it so high?",
     "why was the unemployment rate so high in January 2008?"),
    ("What was the turnout in the 2017 regional elections?", "61.14%", "who won it?",
     "who won the 2017 regional elections?"),
    # … with its own "of …"; "in it" is the event; "the majority party" is no measure
    ("What was the number of voters in the 2004 recall?", "14 million", "Why did it go up?",
     "Why did the number of voters go up in the 2004 recall?"),
    ("What was the turnout in the 2017 regional elections?", "61.14%", "Who came out on top in it, compared with 2012?",
     "Who came out on top in the 2017 regional elections, compared with 2012?"),
    ("What was the majority party in the 2017 regional elections?", None, "Why did it do better than in 2015?",
     "Why did the 2017 regional elections do better than in 2015?"),
    ("What was inflation like in 2004?", "around 22%", "what made it worse?", "what made inflation worse in 2004?"),
    # "the other guy" of a two-way race is the rival of the one named; a time given replaces "then"
    ("how many votes did Maduro get in 2013?", "7,505,378", "and the other guy",
     "how many votes did Maduro’s rival get in 2013?"),
    ("who was the head of the cne then", "Tibisay Lucena", "and the 2017 governor elections",
     "who was the head of the cne in the 2017 governor elections?"),
    ("Who was the CNE president at the time?", "Tibisay Lucena", "and in 2013?", "Who was the CNE president in 2013?"),
    # "the …" for the one thing with "the" the last question asked of, not its event nor a participle
    ("what would they have done to the working week in the 2007 constitutional reform?", None, "and the presidential term",
     "what would they have done to the presidential term in the 2007 constitutional reform?"),
    # the event asked as what it was keeps its last word ("referendum" is no verb after it)
    ("What was the 2007 constitutional referendum?", None, "Who won it?", "Who won the 2007 constitutional referendum?"),
    # "they" after a body answered "who" is that body; the noun asked ("how many states") is no
    # antecedent (question.points_outside)
    ("Who won the 2017 governor elections?", "PSUV", "How many states did they win?",
     "How many states did PSUV win in the 2017 governor elections?"),
    # …as the doer only: "them", "were they held" are the elections (a review's)
    ("Who won the 2017 governor elections?", "PSUV", "Who disputed them?", "Who disputed them in the 2017 governor elections?"),
    ("Who won the 2017 governor elections?", "PSUV", "When were they held?",
     "When were they held in the 2017 governor elections?"),
    # …and a word that ends a question asked of the event is no part of its name (a review's)
    ("What was the 2007 referendum about?", None, "Who won it?", "Who won the 2007 referendum?"),
    # a recall is of its year: another year asked is that year, not "the 2017 recall" (ONE_OFF_EVENT);
    # a referendum Venezuela held in several
    ("what was inflation like in venezuela around the 2004 recall vote", None, "and 2017?",
     "what was inflation like in venezuela in 2017"),
    ("Who backed the April 2002 coup?", None, "and 2013?", "Who backed the 2013 coup?"),    # coups: 2002, 2013
    # the other side of a comparison named bare is the place or time swapped in (it had been pasted:
    # "…the murder rate in compared to Japan in 2000?")
    ("What was the murder rate in Venezuela in 2000?", "33.2 per 100,000", "compared to Japan?",
     "What was the murder rate in Japan in 2000?"),
    ("What was the murder rate in Venezuela in 2000?", "33.2 per 100,000", "and versus the USA?",
     "What was the murder rate in the USA in 2000?"),
    # …not a day named by its month, a time of the same figure (a review's)
    ("What was the turnout in 2013?", "78.71%", "compared to October 7?", "What was the turnout in 2013, compared to October 7?"),
    ("What was the 2004 recall result?", None, "and 2013?", "What was the 2013 result?"),
    ("who won the 2007 referendum?", None, "and 2004?", "who won the 2004 referendum?"),
])
def test_follow_ups(previous, short, follow_up, expected):
    assert resolve(follow_up, [{"question": previous, "short_answer": short}]) == expected


def test_the_other_guy_is_a_rival_only_after_a_figure_of_a_race():
    """From the review: "and the other guy?" after "What did Baduel ask for?" is no rival of his."""
    assert "rival" not in resolve("and the other guy?", [{"question": "What did Baduel ask for?", "short_answer": None}])


def test_there_is_no_name_that_owns_something():
    """followups11: "What happened to the PDVSA worker there?" after "When was Maduro's closing
    election rally in the 2013 campaign?" had become "…the PDVSA worker in Maduro…"."""
    history = [{"question": "When was Maduro's closing election rally in the 2013 campaign?", "short_answer": "April 10"}]
    assert "in Maduro" not in resolve("What happened to the PDVSA worker there?", history)
    assert "in Bolivar" in resolve("who won the governorship there?", [{"question": "why is Bolivar important?"}])


def test_a_whole_question_after_a_time_it_opens_with_is_asked_as_it_is():
    """followups10: "ok and in the 2007 referendum how many states did the no win" after a
    question of 2013 had been spliced into it ("…when had the governor won it before in the 2007
    referendum how many states…")."""
    history = [{"question": "and anzoategui, when had the governor won it before in 2013?", "short_answer": None}]
    question = "ok and in the 2007 referendum how many states did the no win"
    assert resolve(question, history) == question
    assert "ok" not in analyse(question).terms                  # the reader's filler is no topic


def test_he_after_a_rival_asked_is_not_the_one_whose_rival_it_was():
    history = [{"question": "how many votes did Maduro’s rival get in 2013?", "short_answer": "7,270,403"}]
    assert resolve("did he accept the result", history) == "did he accept the result in 2013?"


def test_a_name_typed_in_lower_case_is_no_new_measure():
    """"what about kidnappings?" after a rate takes the measure's slot; "what about japan?" and "and
    in zulia?" name a place the articles write with a capital, and take the place's slot."""
    from qa.conversation import resolve
    names = {"japan", "zulia"}
    is_name = lambda word: word.lower() in names      # noqa: E731 (as spelling.Speller.name answers)
    rate = ["What was the US murder rate in 2000?"]
    assert resolve("what about kidnappings?", rate, is_name) == "What was the kidnappings in 2000?"
    assert resolve("what about japan?", rate, is_name) == "What was the japan murder rate in 2000?"
    assert resolve("what about japan kidnappings?", rate, is_name) == "What was the japan kidnappings in 2000?"
    assert resolve("and in zulia?", ["What was the turnout in Miranda in 2013?"], is_name) == \
        "What was the turnout in zulia in 2013?"


def test_a_name_with_a_time_typed_in_lower_case_takes_the_name_s_slot():
    """"and maduro in 2013?" after Chávez's 2004 share was asked "What share … did Chávez get in
    maduro in 2013?" (a set's; it abstained): the name is found by its capitals, so a word the
    articles write as a name fills the name's slot, in the question before it too ("chavez")."""
    from qa.conversation import resolve
    written = {"maduro": "Maduro", "chavez": "Chávez", "capriles": "Capriles", "no": "NO"}
    is_name = written.get                               # as spelling.Speller.name answers
    share = ["What share of the vote did Chávez get in the 2004 recall referendum?"]
    assert resolve("and maduro in 2013?", share, is_name) == "What share of the vote did Maduro get in 2013?"
    assert resolve("and capriles in 2013?", ["how many votes did chavez get in 2004"], is_name) == \
        "how many votes did Capriles get in 2013"
    assert resolve("and no in 2013?", share, is_name) != "What share of the vote did NO get in 2013?"


def test_a_name_or_a_year_after_a_question_without_a_year_adds_it():
    """"What percentage did Capriles get?" + "and maduro in 2013?" was asked "What percentage did
    Capriles get, maduro in 2013?" (the app, at this session's end) and answered Capriles' 49.07%;
    a name with a time swaps the name whether or not the last question had a year, and a year the
    last question left unsaid is added with its preposition, not after a comma."""
    from qa.conversation import resolve
    is_name = {"maduro": "Maduro"}.get
    assert resolve("and maduro in 2013?", ["What percentage did Capriles get?"], is_name) == \
        "What percentage did Maduro get in 2013?"
    assert resolve("and in 2013?", ["how many international observers were there"]) == \
        "how many international observers were there in 2013?"


def test_another_kind_of_the_things_asked_takes_the_kind_s_word():
    """"how many international observers were there in 2007" + "and national ones?" was asked
    "…in 2007, national ones?" (a probe's): the kind named replaces the word before the plural
    noun asked."""
    from qa.conversation import resolve
    observers = ["how many international observers were there in 2007"]
    assert resolve("and national ones?", observers) == "how many national observers were there in 2007"
    assert resolve("and the smaller ones?", ["which industrial states did Maduro win in 2013?"]) == \
        "which smaller states did Maduro win in 2013?"


def test_another_kind_goes_before_a_plural_noun_asked_without_one():
    """A plural noun asked with no word of its kind before it, then an auxiliary ending in s
    ("How many observers was…", "how many governorships has…"): the noun was taken for the kind's
    word and lost ("How many international was the 2007 referendum monitored by?", "What economic
    does the 2013 article call for?", a review's); the kind goes before it. A side named ("the
    opposition ones") is whose they are, swapped for the side asked of."""
    from qa.conversation import resolve
    assert resolve("and the international ones?", ["How many observers was the 2007 referendum monitored by?"]) == \
        "How many international observers was the 2007 referendum monitored by?"
    assert resolve("and the economic ones?", ["What measures does the 2013 article call for?"]) == \
        "What economic measures does the 2013 article call for?"
    assert resolve("and the opposition ones?", ["how many governorships has the PSUV won?"]) == \
        "how many governorships has the opposition won?"
    assert resolve("and the rural ones?", ["How many states did Maduro win?"]) == "How many rural states did Maduro win?"


def test_that_article_is_the_one_the_last_answer_cited_when_the_question_named_none():
    """"who wrote that article?" after an answer drawn from one article: the reader means the
    article just read. A bare question or an abstention before it gives no article."""
    cited = {"question": "What share of the vote did the PSUV get in the October 2017 regional elections?",
             "short_answer": "54%", "citations": [{"title": "PSUV victory in Venezuela's October 2017 governor elections"}]}
    assert resolve("who wrote that article?", [cited]) == \
        "who wrote the article “PSUV victory in Venezuela's October 2017 governor elections”?"
    assert resolve("who wrote the piece", [cited]) == \
        "who wrote the article “PSUV victory in Venezuela's October 2017 governor elections”"     # the one just read
    assert "the piece on" in resolve("who wrote the piece on the recall?", [cited])              # another, named
    assert "PSUV victory" not in resolve("who wrote the blog?", [cited])      # from the review: that article is no blog
    abstained = dict(cited, citations=[])
    assert "“" not in resolve("who wrote that article?", [abstained])
    assert "“" not in resolve("who wrote that article?", [cited["question"]])


def test_that_article_reads_the_citations_of_the_turn_completed_from_whatever_their_form():
    """Citations in no form of the contract (a dict, a list of file names) give no title and
    no crash (a string's `title` is a method); an empty turn after the answer is passed over,
    as it is for the question."""
    question = "What was the turnout in the 2017 regional elections?"
    for citations in ({"1": {"title": "T"}}, ["2017-10-psuv-wins-regional-elections.txt"], "T", [None], [{}]):
        resolved = resolve("who wrote that article?", [{"question": question, "citations": citations}])
        assert "“" not in resolved and "method" not in resolved
    cited = {"question": question, "citations": [{"title": "PSUV victory"}]}
    assert "“PSUV victory”" in resolve("who wrote that article?", [cited, ""])


def test_a_fragment_nothing_completed_is_no_context_for_the_next_one():
    """"And in 2013?" opening a conversation stays a fragment; "Why?" after it must not become
    "Why: And in 2013?", nor "What about Capriles?" after both "Why: And in 2013, Capriles?"."""
    assert resolve("Why?", ["And in 2013?"]) == "Why?"
    assert resolve("What about Capriles?", ["And in 2013?", "Why?"]) == "What about Capriles?"
    full = "How many votes did Maduro get in 2013?"                  # a fragment before a full question
    assert resolve("And in 2017?", [full, "And in 2013?"]) == resolve("And in 2017?", [full])   # is passed over



def test_an_ellipsis_takes_the_time_of_the_latest_turn_that_named_one():
    """"What was the turnout?" after a question on the 2004 recall and two on how it came about
    (naming no time) is the 2004 recall's turnout, not whatever election the articles give one
    for; a question pointing at something ("there", "he") is completed from the last turn only."""
    history = ["What happened in the 2004 recall referendum?", "who came up with the recall mechanism?",
               "How did the opposition get enough signatures to trigger it?"]
    assert resolve("What was the turnout?", history) == "What was the turnout in the 2004 recall referendum?"
    assert resolve("What was the turnout?", history[1:]) == "What was the turnout?"      # no turn named a time
    assert "2004" not in resolve("how many votes did the opposition get there?", history)

def test_there_is_the_place_the_latest_where_answered_when_the_last_turn_names_none():
    """"Who was the governor there?" after "Which state did the opposition take?" (Bolivar) and
    a "why does that matter?" between them asks of Bolivar; "in that state" too."""
    history = [{"question": "which key state with the basic industries did the opposition take?", "short_answer": "Bolivar"},
               {"question": "why does that matter?", "short_answer": None}]
    assert resolve("who was the governor there?", history) == "who was the governor in Bolivar?"
    assert resolve("what percentage did Maduro get in that state?", history) == "what percentage did Maduro get in Bolivar?"
    assert resolve("who was the governor there?", history[1:]) == "who was the governor there?"   # no place answered
    # a turn between that names its own event ends it (a review's: "What was the abstention there?"
    # after "Where did Cozens leave Caracas for?" (Quito) and "Who won the 2007 referendum?")
    moved_on = [{"question": "Where did Cozens leave Caracas for?", "short_answer": "Quito"},
                {"question": "Who won the 2007 referendum?", "short_answer": "NO"}]
    assert "Quito" not in resolve("What was the abstention there?", moved_on)
    # …another event: a turn between about the place's own year keeps it (a review's: Táchira, 2007)
    same_year = [{"question": "Where were the polling stations harassed?", "short_answer": "Táchira",
                  "citations": [{"date": "2007-12-03"}]},
                 {"question": "What was the yes vote in 2007?", "short_answer": "4,379,392"}]
    assert resolve("what happened there?", same_year) == "what happened in Táchira in 2007?"


def test_a_post_asked_of_someone_new_does_not_take_the_last_questions_time():
    """"What was Baduel's rank?" after a question on 2013 asks who Baduel is, as "Who is Baduel?"
    does (in the app it had become "…rank in 2013?" and abstained); of someone the last question
    named, the time stays."""
    assert resolve("What was Baduel's rank?", ["Maduro got about 7.5 million votes in 2013. What was the exact number?"]) \
        == "What was Baduel's rank?"
    assert resolve("What was Capriles's job?", ["How many votes did Capriles get in 2013?"]) == "What was Capriles's job in 2013?"


def test_standalone_questions_are_left_alone():
    q = "Why did critics portray the proposed 2007 constitutional amendments as dictatorial?"
    assert resolve(q, ["How many votes were nullified?"]) == q
    counted = ["How many governorships did the PSUV win in 2017?"]
    for whole in ("How much did the new refinery cost the state?", "How many have died since the protests began?"):
        assert resolve(whole, counted) == whole
    assert resolve("And in 2013?", None) == "And in 2013?"
    last = ["Who won the 2013 presidential election?"]
    for whole in ("What did Maduro say he would do?",                                   # "he" is Maduro
                  "Did the opposition accept the results or did they contest them?",       # "they": the opposition
                  "What did the ruling party promise its voters before the 2015 election?",
                  "How many people died in the protests that followed the election?",      # a relative "that"
                  "What is the name of the party that Capriles leads?",
                  "Why did the opposition say that fraud was being prepared?",            # "that" joins a clause
                  "What percentage of Venezuelans thought that the Chávez presidency had been good?"):
        assert resolve(whole, last) == whole


def test_follow_up_through_the_assistant(assistant):
    first = assistant.ask("What was the turnout in the 2017 regional elections?")
    second = assistant.ask("And in 2013?", history=[first])
    assert second.resolved_question == "What was the turnout in the 2013 regional elections?"
    assert not second.abstained and "78" in (second.short_answer or "")


@pytest.mark.parametrize("previous, follow_up, expected", [
    ("How many votes did Capriles get in 2013?", "not 2013, 2004", "How many votes did Capriles get in 2004?"),
    ("How many votes did Maduro get in 2013?", "not Maduro but Capriles", "How many votes did Capriles get in 2013?"),
    ("What was the turnout in 2013?", "sorry, the 2004 referendum", "What was the turnout in the 2004 referendum?"),
    ("What was the turnout in 2013?", "wait, I meant 2017", "What was the turnout in 2017?"),
])
def test_a_correction_with_its_filler_words_replaces_the_slot(previous, follow_up, expected):
    """"sorry,", "wait,", "not 2013," are how a reader corrects; they are no part of the question."""
    assert resolve(follow_up, [previous]) == expected


def test_a_question_of_its_own_after_not_is_left_alone():
    q = "Not counting abstentions, how many people voted in 2013?"
    assert resolve(q, ["What was the turnout in 2013?"]) == q


def test_thanks_is_neither_completed_nor_completed_from():
    """A thank-you is not appended to the last question, and the follow-up after it is completed
    from the question before it."""
    from qa.question import is_acknowledgment
    assert resolve("thanks", ["Who won in 2013?"]) == "thanks"
    assert resolve("and in 2004?", ["Who won in 2013?", "got it, thank you so much!"]) == "Who won in 2004?"
    assert all(map(is_acknowledgment, ["thanks", "ok great", "got it, thank you so much!", "cool"]))
    assert not any(map(is_acknowledgment, ["no votes in block A", "right, and in 2004?", "great turnout?"]))


def test_a_greeting_is_an_acknowledgment_and_no_part_of_a_follow_up():
    """"hello" after a question had been read as "What percentage of the vote did hello get in
    2017?"; a greeting before a follow-up or a question is dropped."""
    from qa.question import analyse, is_acknowledgment, is_greeting
    assert all(map(is_greeting, ["hello", "Hi there!", "hey, thanks", "good morning"]))
    assert is_acknowledgment("hello") and not is_greeting("thanks")
    assert not any(map(is_acknowledgment, ["hello, who won in 2013?", "high turnout?", "Hi-res images"]))
    assert resolve("hello", ["Who won in 2013?"]) == "hello"
    assert resolve("hi, and in 2004?", ["Who won in 2013?"]) == "Who won in 2004?"
    assert analyse("Hello there! Who won the 2013 election?").text == "Who won the 2013 election?"
    assert analyse("hi, who won in 2013?").text == "who won in 2013?"
    # found by the review: a greeting asked ("hello?", "hi, how are you?"), one before a longer
    # follow-up, one without a comma; and a name that begins like one is left alone
    assert all(map(is_greeting, ["hello?", "hi, how are you?", "hey there?"]))
    last = ["How many votes did the No get in 2007?"]
    for turn in ("hey, what about the Yes?", "hey what about the Yes?"):
        assert resolve(turn, last) == "How many votes did the Yes get in 2007?", turn
    assert analyse("Hey Jude was played at the rally. Who sang it?").text == "Hey Jude was played at the rally. Who sang it?"


def test_a_word_after_the_year_that_says_when_asked_is_no_part_of_the_event():
    assert resolve("Who backed him?", ["Let's talk about 2013 now"]) == "Who backed him in 2013?"


def test_a_question_naming_someone_new_does_not_take_the_last_ones_time():
    """"who is Luis Almagro?" after a 2017 question starts afresh ("in 2017" made the who-is
    question a place question); "and who…" and a pronoun still lean on the last question."""
    last = ["What did Chávez win in 2017?"]
    assert resolve("who is Luis Almagro?", last) == "who is Luis Almagro?"
    assert resolve("and who got attacked in Baruta?", ["Who was shot in 2013?"]) == \
        "and who got attacked in Baruta in 2013?"
    assert resolve("who won?", last) == "who won in 2017?"


def test_review_faults_of_the_new_conversation_rules_stay_mended():
    """Found by reading this session's rules with ordinary conversations."""
    assert resolve("How many did Chávez get?", ["How many votes did the opposition get in 2004?"]) == \
        "How many votes did Chávez get in 2004?"                              # keeps the year: not a who-is
    assert resolve("who is Maduro?", [{"question": "Who won in 2013?", "short_answer": "Maduro"}]) == \
        "who is Maduro in 2013?"                                              # the answer named him
    q = "Not counting Caracas, did Maduro win most states?"
    assert resolve(q, ["What was the turnout in 2013?"]) == q
    assert resolve("Sorry, who won?", ["What was the turnout in 2013?"]) == "who won in 2013?"
    assert resolve("thanks, and in 2004?", ["Who won in 2013?"]) == "Who won in 2004?"


def test_a_name_with_a_time_fills_both_slots():
    """"And Capriles in 2013?" had kept the old name and changed only the year."""
    assert resolve("And Capriles in 2013?", ["How many votes did Maduro get in the 2012 election?"]) == \
        "How many votes did Capriles get in the 2013 election?"


def test_that_before_a_name_is_a_determiner_not_the_last_event():
    """"And where did that London newspaper say…" had become "…did the 2004 recall vote there
    London newspaper say…"; "Why did that fail?" still asks about the last event."""
    last = ["Which foreign paper printed figures suggesting Chávez was losing in the 2004 recall?"]
    assert resolve("And where did that London newspaper say it got the figures?", last).startswith(
        "And where did that London newspaper say")
    assert resolve("Why did that fail?", ["What happened in the 2007 referendum?"]) == "Why did the 2007 referendum fail?"


def test_a_summary_asked_after_an_answer_is_of_the_article_it_cited():
    """"summarise that article" had become "How many votes did summarise that article get in 2013?"."""
    turn = {"question": "How many votes did Capriles get in 2013?", "short_answer": "7,270,403",
            "citations": [{"title": "Maduro wins"}]}
    assert resolve("summarise that article", [turn]) == "summarise the article “Maduro wins”"
    assert resolve("summarize it", [turn]) == "summarize the article “Maduro wins”"
    assert resolve("can you sum up the 2004 article", [turn]) == "can you sum up the 2004 article"
    assert resolve("summarize it", ["How many votes did Capriles get in 2013?"]) == "summarize it"   # nothing cited
    assert resolve("give me a summary of this?", [turn]) == "give me a summary of the article “Maduro wins”?"
    # "that" in "after that" is no article (the first review), and a summary asked otherwise is
    # never a slot of the last question (the second review: "How many votes did summary? get…")
    for asked in ("give me an overview of what happened after that", "summary?", "summarise it please",
                  "can you summarise it for me?"):
        assert resolve(asked, [turn]) == asked, asked


def test_a_lone_question_word_asked_of_the_last_question_keeps_its_answer_type():
    """"When?" after "Who announced the closing of polling stations?" is asked as "When: <the last
    question with its answer>?"; the question word before the colon had been dropped as a preamble,
    so the answer came without its time ("4.47 pm")."""
    from qa.question import analyse
    q = analyse("When: Tibisay Lucena announced the closing of polling stations in 2007?")
    assert q.answer_type == "date" and q.text.startswith("When:")
    assert analyse("Where: Potro Alvarez got attacked in 2013?").answer_type == "place"


def test_that_compared_or_judged_after_a_figure_is_the_measure_asked():
    """"How does that compare with 2017?" after a turnout question had gone unresolved and was
    answered with governorship counts (new-user test); "that" is the measure at the time asked."""
    assert resolve("How does that compare with 2017?", ["What was the turnout in the 2013 election?"]) == \
        "How does the turnout in the 2013 election compare with 2017?"
    assert resolve("is that high?", ["What was the turnout in the 2017 regional elections?"]) == \
        "is the turnout high in the 2017 regional elections?"


def test_a_long_word_after_at_is_read_at_once():
    """AT_PLACE matches each word possessively: a 2,000-letter word after "at" with nothing valid
    after it had the regex try every way of cutting it (minutes at 200 letters)."""
    from qa.conversation import named_place
    assert named_place("What happened at " + "a" * 2000 + ":", None, []) == ""


def test_tell_me_more_asks_more_on_the_question_before():
    """"Tell me more" after a fact is no fragment to put in the question ("What was Tell me more in
    the 2013 presidential election?" was answered "Venezuelan"): it asks what else the articles
    say on it, as a description."""
    from qa.question import analyse
    turnout = "What was the turnout in the 2013 presidential election?"
    for more in ("Tell me more", "tell me more please", "go on", "Explain", "more details?", "Could you elaborate on that?"):
        assert resolve(more, [turnout]) == "Tell me more about the turnout in the 2013 presidential election", more
    assert resolve("go on", ["Tell me more about the turnout in 2013"]) == "Tell me more about the turnout in 2013"
    assert resolve("tell me more", ["Who won the 2013 election?"]) == "Tell me more about who won the 2013 election"
    assert analyse("Tell me more about who won the 2013 election").answer_type == "description"


def test_a_request_that_follows_up_is_resolved_as_its_question():
    """"Explain why it was so high" after the turnout: a why-question whose "it" the turn before
    says, not a fragment ("What was Explain why it was so high…")."""
    resolved = resolve("Explain why it was so high", ["What was the turnout in the 2013 presidential election?"])
    assert resolved.startswith("Why ") and "Explain" not in resolved and "2013" in resolved


def test_tell_me_more_keeps_the_question_whole_and_its_names():
    """"Tell me more" after a topic before a colon stays one question (its colon split it again,
    and "what share of the vote did he get" was answered with Capriles' 49.07%); names keep their
    capitals; a follow-up after it is completed from the question it asked more about."""
    assert resolve("Tell me more", ["Chávez's 1998 win: what share of the vote did he get?"]) == \
        "Tell me more about Chávez's 1998 win, what share of the vote did he get"
    assert resolve("tell me more", ["What was Maduro's share of the vote in 2013?"]) == \
        "Tell me more about Maduro's share of the vote in 2013"
    assert resolve("tell me more", ["I am preparing a class on the 2004 recall referendum. How many votes did Chávez "
                                    "get?"]) == "Tell me more about how many votes did Chávez get (2004 recall referendum)"
    turnout = "What was the turnout in the 2013 presidential election?"
    for more in ("more on that", "Interesting! Tell me more", "explain that to me", "Go on then", "Give me more"):
        assert resolve(more, [turnout]) == "Tell me more about the turnout in the 2013 presidential election", more
    history = [{"question": turnout, "resolved_question": turnout},
               {"question": "Tell me more", "resolved_question": "Tell me more about the turnout in the 2013 presidential election"}]
    assert "turnout" in resolve("Why was it so high?", history)


def test_the_conversation_s_event_named_without_its_year_keeps_it():
    """"what date was the coup exactly?" after "What happened to the 2002 coup against Chávez?"
    asks of the 2002 coup (the articles also tell of a 2013 coup attempt); a question naming
    another event, or a year, is left as asked."""
    history = [{"question": "What happened to the 2002 coup against Chávez?"},
               {"question": "How did Chávez respond?"}]
    assert resolve("what date was the coup exactly?", history) == "what date was the 2002 coup exactly?"
    assert resolve("what date was the referendum?", history) == "what date was the referendum?"
    assert resolve("what date was the 2013 coup?", history) == "what date was the 2013 coup?"
    # a question naming another kind of event keeps its own (a review's: "When was the recall
    # referendum?" after "the 2004 recall" asks its year; "the referendum on Chávez's recall" after
    # "the 2007 referendum" is another referendum)
    recall = [{"question": "Tell me about the 2004 recall."}]
    assert resolve("When was the recall referendum?", recall) == "When was the recall referendum?"
    referendum = [{"question": "What happened in the 2007 referendum?"}]
    assert resolve("What happened in the referendum on Chávez's recall?", referendum) == \
        "What happened in the referendum on Chávez's recall?"


def test_the_figure_just_given_asked_in_another_form_is_the_last_question_in_that_form():
    """"And how many votes was that?" after a share was given: the same figure as a count."""
    last = [{"question": "What share of the vote did Chávez get in the 2004 recall referendum?", "short_answer": "58.25%"}]
    assert resolve("and how many votes was that?", last) == "How many votes did Chávez get in the 2004 recall referendum?"
    counted = [{"question": "How many votes did Capriles get in 2013?", "short_answer": "7,270,403"}]
    assert resolve("what percentage was that?", counted) == "What percentage did Capriles get in 2013?"
    # …or with the form named after the figure (a probe's: it had abstained, "never mention: percent")
    assert resolve("whats that in percent", counted) == "What percentage did Capriles get in 2013?"
    assert resolve("what is that as a percentage?", counted) == "What percentage did Capriles get in 2013?"
    assert resolve("and in votes?", last) == "How many votes did Chávez get in the 2004 recall referendum?"
    # …someone's votes and share only: 18 governorships are no share of the vote (a review's)
    governorships = [{"question": "How many governorships did the PSUV win in 2017?", "short_answer": "18"}]
    assert not resolve("in percent?", governorships).startswith("What percentage")
    # another thing counted than the last answer's: not the same figure
    houses = [{"question": "How many houses is Venezuela short of?", "short_answer": "2.7 million"}]
    assert resolve("how many dwellings was that?", houses) != "How many dwellings is Venezuela short of?"
    # no figure given: nothing to ask in another form
    said = [{"question": "What did Capriles demand in 2013?", "short_answer": None}]
    assert resolve("and how many votes was that?", said) != "How many votes did Capriles demand in 2013?"


def test_his_someone_is_the_named_one_s():
    """"And his opponent?" after "How many votes did Maduro get in 2013?": Maduro's opponent's
    votes (question.rival_of then takes the figure that is not Maduro's)."""
    last = [{"question": "How many votes did Maduro get in 2013?", "short_answer": "7,505,378"}]
    assert resolve("and his opponent?", last) == "How many votes did Maduro’s opponent get in 2013?"

    # after a who-question "his" is the answer's, not the place's ("the governor of Sucre" + "and his party?")
    sucre = [{"question": "Who is the governor of Sucre?", "short_answer": "Ramón Martinez"}]
    assert "Sucre’s" not in resolve("and his party?", sucre)


def test_a_topic_put_first_is_what_its_pronoun_names():
    """"and Lula, what was his advice?": Lula's, not the last question's person; "and the foreign
    minister, who was that?" asks who the minister was. A time or a clause put first is no topic."""
    last = [{"question": "What did Bill Richardson say Maduro told him?", "short_answer": None}]
    assert resolve("and Lula, what was his advice?", last) == "what was Lula's advice?"
    assert resolve("and the foreign minister, who was that?", last) == "who was the foreign minister?"
    assert "Potro Alvarez" in resolve("and Potro Alvarez, who's he?", last)
    assert "Lula" not in resolve("and in 2007, what did he say?", last)


def test_a_word_said_before_the_question_is_no_topic():
    last = [{"question": "Who won the 2013 election?", "short_answer": "Maduro"}]
    for lead in ("Wow", "Good", "Indeed", "Now", "Yes", "Fine"):
        assert not resolve(f"{lead}, what share did he get?", last).startswith("what share did " + lead)


def test_where_exactly_is_where_and_it_is_the_thing_asked_whether_there_was():
    """"where exactly?" is "where?"; after "Was there a coup attempt after Maduro's win?", "it" is
    the coup attempt, not Maduro. (Reading "anyone at the CNE back him on that?" as "did anyone…"
    was withdrawn after a review: "anyone arrested for it?" and "someone challenge the result?"
    answered off the topic where they had abstained.)"""
    rally = [{"question": "how many showed up in London?", "short_answer": "about 50"}]
    assert resolve("where exactly?", rally) == resolve("where?", rally) == "Where: how many showed up in London?"
    coup = [{"question": "Was there a coup attempt after Maduro's win?", "short_answer": None}]
    assert resolve("who stopped it?", coup) == "who stopped the coup attempt?"


def test_a_part_of_the_vote_asked_next_is_a_part_of_the_same_question():
    """"and the second block?" after "What was the No vote in the December 2007 referendum?" asks
    the No vote in that block (it had replaced the side: "What was the second block vote…")."""
    no_vote = [{"question": "What was the No vote in the December 2007 referendum?", "short_answer": "4.504.354"}]
    assert resolve("and the second block?", no_vote) == \
        "What was the No vote in the second block of the December 2007 referendum?"
    undated = [{"question": "What was the No vote?", "short_answer": "4.504.354"}]
    assert resolve("and block B?", undated) == "What was the No vote in block B?"


def test_a_time_aside_answered_from_the_main_article_leaves_the_conversation_where_it_was():
    """"How many governorships did the PSUV win in the October 15 elections?" (the 2017 article),
    "and in 2012?" (answered by that article: "…compared to the 20 it won in the 2012 elections"),
    then "what was the turnout?": of the 2017 elections, not of 2012, of which the articles say
    nothing more. Not when the aside was answered from an article of its own year."""
    main = {"question": "How many governorships did the PSUV win in the October 15 elections?", "short_answer": "18",
            "citations": [{"date": "2017-10-17", "title": "PSUV wins"}]}
    aside = {"question": "and in 2012?", "resolved_question": "How many governorships did the PSUV win in 2012?",
             "short_answer": "20", "citations": [{"date": "2017-10-17", "title": "PSUV wins"}]}
    assert "2017" in resolve("what was the turnout?", [main, aside])
    assert "2017" in resolve("turnout?", [main, aside])
    answered_then = dict(aside, citations=[{"date": "2012-12-17", "title": "Results of 2012"}])
    assert "2012" in resolve("what was the turnout?", [main, answered_then])
    # …but a follow-up pointing back at the aside's time asks of it (a review: "when was that?" had
    # answered 2017's October 15)
    assert "2017" not in resolve("when was that?", [main, aside])
    assert "2017" not in resolve("what was the turnout then?", [main, aside])


def test_a_measure_asked_with_its_own_time_after_a_question_of_none_is_a_question_of_its_own():
    """"and inflation back at the time of the 2004 recall?" after "how were the banks doing?": what
    inflation was then (it had been put after the last question: "how were the banks doing, inflation…");
    "and the governor of Sucre, what was he up to?": the governor, a name inside the topic put first."""
    banks = [{"question": "how were the banks doing?", "short_answer": None}]
    assert resolve("and inflation back at the time of the 2004 recall?", banks) == \
        "What was inflation back at the time of the 2004 recall?"
    tachira = [{"question": "what happened in Táchira?", "short_answer": None}]
    assert resolve("and the governor of Sucre, what was he up to?", tachira).startswith("what was the governor of Sucre up to")


def test_who_was_the_writer_asks_of_the_article_last_read():
    """"who was the writer?" names no article: it is the one the latest answer drew from, even
    when the turn just before found nothing (an abstention cites none)."""
    read = {"question": "and the presidential term?", "short_answer": None,
            "citations": [{"title": "The revolution in danger", "date": "2008-01-28"}]}
    abstained = {"question": "why did the writer think those changes backfired?", "short_answer": None,
                 "citations": []}
    assert resolve("who was the writer?", [read, abstained]) == "Who wrote the article “The revolution in danger”?"
    # …of the article the last question named; not "who wrote that?" after words quoted (a review)
    named = [{"question": "who wrote the 2008 article?", "short_answer": "Tony Saunois"}]
    assert resolve("who was the author?", named) == "Who was the author of the 2008 article?"
    quoted = [{"question": "what did Lucas Koerner write?", "short_answer": None,
               "citations": [{"title": "PSUV victory", "date": "2017-10-17"}]}]
    assert "PSUV victory" not in resolve("who wrote that?", quoted)


def test_that_and_a_noun_is_the_thing_the_last_question_named_with_it():
    """followups14: "When was that rally?" after "What happened to the PDVSA worker at Maduro's
    closing rally in the 2013 campaign?" had become "When was the 2013 campaign rally?" ("that" read
    as the event), which no article names, and abstained; the rally is Maduro's closing rally."""
    history = [{"question": "What happened to the PDVSA worker at Maduro's closing rally in the 2013 campaign?",
                "short_answer": None}]
    assert resolve("When was that rally?", history) == "When was Maduro's closing rally in the 2013 campaign?"
    assert resolve("Who killed that worker?", history) == "Who killed the PDVSA worker in the 2013 campaign?"
    # a noun the last question does not name stays as it is, with the time put last
    assert resolve("Who won that election?", history) == "Who won that election in the 2013 campaign?"
    # not a time, nor a phrase that runs over a preposition or on past the noun (a review's)
    from qa.conversation import the_same_thing
    for asked, last in (("What happened that day?", "What happened on election day in 2013?"),
                        ("What happened at that time?", "Was the 2007 referendum the first time Chávez lost?"),
                        ("What is that governor accused of?", "Who criticised the governor Rangel in Bolivar?"),
                        ("Was that the first time Capriles won?", "Who won the governorship of Miranda in the election?")):
        assert the_same_thing(asked, last) == asked, asked


def test_they_after_a_person_answered_is_not_that_person():
    """A body answered "who" is "they"; a person is not (a previous turn's wrong or singular name
    stays out of the question)."""
    history = [{"question": "Who won the 2013 presidential election?", "short_answer": "Nicolás Maduro"}]
    assert "Maduro" not in resolve("How many states did they win?", history)


# how spelling.Speller.name answers for the words the articles write as names
WRITTEN_NAMES = {"chavez": "Chávez", "capriles": "Capriles", "maduro": "Maduro", "mcilroy": "McIlroy", "psuv": "PSUV",
                 "caracas": "Caracas", "venezuelan": "Venezuelan", "rosales": "Rosales", "alvarez": "Alvarez",
                 "potro": "Potro"}


def test_a_pronoun_stands_for_a_name_typed_in_lower_case():
    """A probe's (31 of 205 follow-ups): chat is typed in lower case, and the last question's names
    were found by their capitals only, so "did he?" after "what did chavez promise…?" stayed as it
    was and abstained. The names are read as the articles write them when the pronoun's referent is
    sought; the question keeps its own words."""
    is_name = WRITTEN_NAMES.get
    promised = [{"question": "what did chavez promise if the proposals were rejected?", "short_answer": None}]
    assert resolve("did he?", promised, is_name) == "did Chávez?"
    happened = [{"question": "what happened to potro alvarez?", "short_answer": "Baruta, East of Caracas"}]
    assert resolve("who is he?", happened, is_name) == "who is Potro Alvarez?"
    # "it" is a body named so, with its "the"
    assert resolve("what did it promise?", ["what did the psuv win?"], is_name) == "what did the PSUV promise?"


def test_a_who_is_answer_is_no_person_a_pronoun_stands_for():
    """"who is jim mcilroy?" answered "Australia-Venezuela Solidarity Network" (his description) +
    "what did he write about?" had become "what did Australia-Venezuela Solidarity Network write
    about?": the one asked of is "he", however the question was typed."""
    who = [{"question": "who is jim mcilroy?", "short_answer": "Australia-Venezuela Solidarity Network"}]
    assert resolve("what did he write about?", who, WRITTEN_NAMES.get) == "what did McIlroy write about?"
    who = [{"question": "who is Jim McIlroy?", "short_answer": "Australia-Venezuela Solidarity Network"}]
    assert resolve("what did he write about?", who) == "what did Jim McIlroy write about?"


def test_a_name_typed_in_lower_case_is_the_referent_only_where_it_is_one():
    """Conservative: a wrong referent is worse than none. Not a place or a word describing an event,
    not one of two people, not a person as "it", and not when the question names someone before
    its pronoun itself (a fronted one is that one)."""
    is_name = WRITTEN_NAMES.get
    cases = (("why did he leave?", "how long was the blogger in caracas?"),
             ("did he accept the result?", "how many votes did the loser get in the 2013 venezuelan presidential election?"),
             ("what did he say back?", "what did capriles offer maduro on election night?"),
             ("why did it fail?", "what was chavez's reform?"))
    for asked, last in cases:
        resolved = resolve(asked, [{"question": last, "short_answer": None}], is_name)
        assert not any(name in resolved for name in WRITTEN_NAMES.values()), (asked, resolved)
    before = [{"question": "who is Baduel?", "short_answer": "retired general"}]
    assert resolve("and rosales, what was his role in 2006", before, is_name) == "what was Rosales's role in 2006?"


@pytest.mark.parametrize("previous, short, follow_up, expected", [
    # a figure asked for a figure: the last question's clause after its question phrase
    ("how many votes did maduro get?", "7,505,378", "what percentage?", "What percentage did maduro get?"),
    ("How many states did the PSUV win in 2017?", "18", "and what share of the vote?",
     "What share of the vote did the PSUV win in 2017?"),            # five words, yet no topic of its own
    # a time for a time
    ("when did Tibisay Lucena announce the 2007 result?", "4.47 pm", "what time?",
     "What time did Tibisay Lucena announce the 2007 result?"),
    # a kind asked of someone whose who-is was asked
    ("who is Ramón Martinez?", "governor of Sucre", "what party?", "What party is Ramón Martinez?"),
    # a figure of the win a who-question found: of the one who won
    ("who won the 2013 election?", "Nicolás Maduro", "by how much?", "By how much: Nicolás Maduro won the 2013 election?"),
    # what happened: its place
    ("what happened in Toronto?", None, "how many people?", "How many people in Toronto?"),
    # a search typed as keywords to open the conversation
    ("psuv 2017", None, "what share of the vote?", "What share of the vote psuv 2017?"),
])
def test_a_question_phrase_naming_no_topic_takes_the_last_questions(previous, short, follow_up, expected):
    """Prober's (22 of 205 follow-ups): "what percentage?" after "how many votes did maduro
    get?" was asked as it is and abstained; "how many people?" after Toronto answered the 46
    arrested of 2007, "what party?" after Ramón Martinez the PSUV."""
    assert resolve(follow_up, [{"question": previous, "short_answer": short}]) == expected


@pytest.mark.parametrize("previous, short, follow_up, expected", [
    # a topic of its own, or a verb: not a question phrase alone
    ("how many votes did maduro get?", "7,505,378", "what percentage did capriles get?", "what percentage did capriles get?"),
    ("what did maduro blame for the blackouts?", None, "how many arrested?", "how many arrested?"),
    ("how many houses were short?", "2.7 million", "what foods?", "what foods?"),
    # unlike answers: no party is what a count asks of ("What party did maduro get?")
    ("how many votes did maduro get?", "7,505,378", "what party?", "what party?"),
    # "What was the turnout?" asks its subject: not "How many people was the turnout in 2013?"
    ("what was the turnout in 2013?", "78.71%", "how many people?", "how many people in 2013?"),
])
def test_a_question_phrase_with_a_topic_or_unlike_answer_is_left_as_before(previous, short, follow_up, expected):
    assert resolve(follow_up, [{"question": previous, "short_answer": short}]) == expected


def test_a_search_typed_to_open_a_conversation_is_asked_of_by_a_question_phrase_alone():
    """"psuv 2017" is a search a question phrase alone asks of, not a fragment nothing completed
    ("And in 2013?", "in 2013"); a fragment with a slot of its own is not put after it."""
    assert resolve("and what percentage?", ["psuv 2017"]) == "What percentage psuv 2017?"
    assert resolve("and the other side?", ["psuv 2017"]) == "and the other side?"
    assert resolve("what percentage?", ["And in 2013?"]) == "what percentage?"
    assert resolve("what percentage?", ["in 2013"]) == "what percentage?"


@pytest.mark.parametrize("previous, follow_up, expected", [
    ("how many houses were short?", "and shacks?", "how many shacks were short?"),
    ("which firms did the government buy?", "and the mines?", "which mines did the government buy?"),
    ("how many people were detained at the rally?", "what about the soldiers?", "how many soldiers were detained at the rally?"),
    # who acts, a name, a singular in -s, a word of three letters: not the thing asked
    ("how many votes did maduro get?", "and the chavistas?", "how many votes did the chavistas get?"),
    ("which states did the opposition win?", "and the press?", "which states did the press win?"),
    ("how many votes did the no side get?", "and yes?", "how many votes did yes side get?"),
])
def test_a_bare_plural_noun_takes_the_place_of_the_plural_noun_asked(previous, follow_up, expected):
    """Prober's: "which companies did chavez nationalise?" + "and the banks?" was asked as "which
    companies did the banks nationalise?"; "and shacks?" was tacked on ("…were short, shacks?")."""
    assert resolve(follow_up, [{"question": previous, "short_answer": None}]) == expected


def test_before_alone_asks_the_value_before_the_change():
    """"and before?" was put as the subject ("how long was before term to be?"); after a dated
    question it is an earlier time, not a change, and left as it was."""
    assert resolve("and before?", ["how long was the presidential term to be?"]) == \
        "how long was the presidential term to be before the change?"
    assert resolve("previously?", ["how long was the working week to be?"]) == \
        "how long was the working week to be before the change?"
    assert "before the change" not in resolve("and before?", ["what was the turnout in 2013?"])


def test_which_ones_asks_for_the_things_the_last_question_counted():
    """Probe and followups10/followups6: "which ones?" after "how many states did the opposition win
    in 2017?" was asked "which ones in 2017?", and "which ones did the opposition take" after a count
    of states was asked as typed: "ones" names nothing retrieval can find."""
    assert resolve("which ones?", ["how many states did the opposition win in 2017?"]) == \
        "which states did the opposition win in 2017?"
    assert resolve("which ones did the opposition take", ["how many states did maduro win in 2013?"]) == \
        "which states did the opposition take in 2013?"
    assert resolve("which ones?", ["what was the turnout in 2013?"]) != "which states did the opposition win in 2017?"


def test_before_after_a_dated_question_asks_an_earlier_time():
    """Probe: "and before that?" after "what was the turnout in 2013?" had become "what was the
    before that in 2013?", "and before?" after "how many votes did the opposition get in 2004?"
    "how many votes did before get in 2004?", and after an undated "what was the turnout?"
    (answered from the 2013 article) "…before the change?", which repeated 78.71%."""
    assert resolve("and before that?", ["what was the turnout in 2013?"]) == "what was the turnout before 2013?"
    assert resolve("and before?", ["how many votes did the opposition get in 2004?"]) == \
        "how many votes did the opposition get before 2004?"
    assert resolve("and before?", ["what did the opposition do after the 2013 election?"]) == \
        "what did the opposition do before the 2013 election?"
    undated = [{"question": "what was the turnout?", "short_answer": "78.71%",
                "citations": [{"title": "Maduro wins", "date": "2013-04"}]}]
    assert resolve("and before?", undated) == "what was the turnout before 2013?"
    # a change asked of keeps its "before the change"
    assert resolve("and before?", ["how long was the presidential term to be?"]) == \
        "how long was the presidential term to be before the change?"


def test_before_a_time_the_question_was_in_asks_before_its_year():
    """A review: "what was the turnout in the 2017 elections?" + "and before?" had become "…before
    the 2017 elections?", which reads as their run-up and gave 2017's 61.14% again; the year
    alone asks an earlier time (question.RELATIVE_YEAR). A time it was after keeps its event."""
    assert resolve("and before?", ["what was the turnout in the 2017 elections?"]) == "what was the turnout before 2017?"
    assert resolve("and after that?", ["what was the turnout during the 2013 election?"]) == "what was the turnout after 2013?"
    assert resolve("and before?", ["what did the opposition do after the 2013 election?"]) == \
        "what did the opposition do before the 2013 election?"


def test_when_alone_after_what_happened_asks_when_the_event_was():
    """Probe: "when?" after "what happened in the 2002 coup?" was asked "When: what happened in the
    2002 coup?", which asked what happened again; after a question of something said in an event
    ("In his April 2013 victory speech, what did Maduro say…?") it is not the event's time."""
    assert resolve("when?", ["what happened in the 2002 coup?"]) == "When was the 2002 coup?"
    assert resolve("when?", [{"question": "who led the 2002 coup?", "short_answer": None}]) == "When was the 2002 coup?"
    speech = "In his April 2013 victory speech, what did Maduro say Capriles had offered him by phone?"
    assert "victory speech?" not in resolve("when?", [speech])


def test_a_group_of_people_does_not_take_the_slot_of_a_thing_counted():
    """Probe: "and the workers?" after "how many votes did chavez get in 2004?" was asked "how many
    workers did chavez get in 2004?"; people are who got the votes, not what was counted. A thing
    still takes a thing's slot ("and the banks?" after "which companies…")."""
    assert resolve("and the workers?", ["how many votes did chavez get in 2004?"]) == \
        "how many votes did the workers get in 2004?"
    assert resolve("and the banks?", ["which companies did chavez nationalise?"]) == "which banks did chavez nationalise?"


def test_a_place_typed_in_lower_case_takes_the_place_after_the_same_preposition():
    """Probe: "and in miranda?" after "who won in zulia in 2017?" was tacked on ("who won in zulia
    in 2017, miranda?"): the place typed in lower case was not found as a name."""
    is_name = {"zulia": "Zulia", "miranda": "Miranda"}.get
    assert resolve("and in miranda?", ["who won in zulia in 2017?"], is_name) == "who won in miranda in 2017?"


def test_who_said_that_asks_who_said_what_the_answer_told():
    """followups19: "Who said that?" after "How many international observers monitored the vote?"
    (more than 100) stayed as typed and found nobody; after "who won the 2013 election?" "that"
    had become the event ("who said the 2013 election?")."""
    observers = [{"question": "How many international observers monitored the vote?", "short_answer": "more than 100"}]
    assert resolve("Who said that?", observers) == \
        "Who said that more than 100 international observers monitored the vote?"
    won = [{"question": "who won the 2013 election?", "short_answer": "Nicolás Maduro"}]
    assert resolve("who said that?", won) == "Who said that Nicolás Maduro won the 2013 election?"


def test_a_participle_alone_takes_the_place_of_the_passive_s():
    """Probe: "and murdered?" after "how many people were kidnapped in Caracas?" was put in the
    place's slot ("how many people were kidnapped in murdered?")."""
    assert resolve("and murdered?", ["how many people were kidnapped in Caracas?"]) == \
        "how many people were murdered in Caracas?"


def test_it_doing_something_is_the_last_question_s_doer_not_its_event():
    """followups20: "how many states did it lose?" after "how many governorships did the psuv win in
    the october 2017 regional elections?" was asked "how many states did 2017 regional elections
    lose?"; an event still does what events do ("when did it take place?")."""
    won = [{"question": "how many governorships did the psuv win in the october 2017 regional elections?",
            "short_answer": "18"}]
    assert resolve("how many states did it lose?", won).startswith("how many states did the psuv lose")
    assert resolve("when did it take place?", ["how many states did the no win in the 2007 referendum?"]) == \
        "when did the 2007 referendum take place?"


def test_last_time_asks_an_earlier_time():
    """followups13: "and last time?" after a count of governorships had become "how many
    governorships did last time win…"."""
    assert resolve("and last time?", ["how many governorships did the psuv win in 2017?"]) == \
        "how many governorships did the psuv win before 2017?"


def test_a_question_after_an_earlier_time_aside_asks_of_the_main_turn():
    """followups13: after "and last time?" (asked "…before 2017?"), "wat was the turnout" took the
    aside's "before 2017"; the conversation is still about the turn before the aside."""
    cited = [{"title": "PSUV wins", "date": "2017-10"}]
    history = [{"question": "how many governorships did the psuv win in the october 15 elections",
                "short_answer": "18", "citations": cited}]
    aside = resolve("and last time?", history)
    history.append({"question": "and last time?", "resolved_question": aside, "short_answer": "18", "citations": cited})
    assert resolve("what was the turnout", history) == "what was the turnout in 2017?"


def test_after_that_after_a_dated_question_asks_a_later_time():
    """Probe: "and after that?" after "what was the turnout in 2013?" had become "what was the
    after that in 2013?" (abstained); it asks the same of a later time, as "and before that?" asks
    of an earlier one."""
    assert resolve("and after that?", ["what was the turnout in 2013?"]) == "what was the turnout after 2013?"
    assert resolve("and after?", ["how many votes did Chávez get in 2000?"]) == \
        "how many votes did Chávez get after 2000?"
    assert resolve("and after that?", ["what was the turnout after 2004?"]) != "what was the turnout after after 2004?"
