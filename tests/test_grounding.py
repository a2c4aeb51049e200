"""Document and temporal grounding."""
from qa.grounding import (acronyms, document_match, names_an_article, temporal_fit, written_before,
                          written_long_after)
from qa.question import analyse

CWI = {"title": "The revolution in danger", "date": "2008-01-28", "author": "Tony Saunois",
       "source": "socialistworld.net (Committee for a Workers' International)"}
BLOG = {"title": "The 2007 constitutional referendum: live blog from Caracas", "date": "2007-12-03",
        "author": "Darrall Cozens; Jorge Martín"}


def test_acronyms_of_capitalised_names():
    assert "cwi" in acronyms("Committee for a Workers' International")


def test_document_match_by_source_words_and_year():
    q = analyse("Why does the CWI article say crime matters?")
    assert document_match(q, CWI) == 1.0 and document_match(q, BLOG) == 0.0
    assert document_match(analyse("Why does the blogger argue this?"), BLOG) == 1.0
    assert document_match(analyse("How was the PSUV set up?"), CWI) is None


def test_the_one_article_a_question_names():
    from qa.grounding import named_article
    articles = {"a.txt": {"title": "Maduro wins", "date": "2013-04-15"},
                "b.txt": {"title": "PSUV victory", "date": "2017-10-20"},
                "c.txt": {"title": "Another 2017 piece", "date": "2017-11-01"}}
    assert named_article(analyse("summarise the 2013 article"), articles) == ("a.txt", 1.0)
    assert named_article(analyse("summarise the 2017 article"), articles) is None      # two fit as well
    assert named_article(analyse("summarise the 2010 article"), articles) is None      # none fits
    assert named_article(analyse("who won in 2013?"), articles) is None                # none named


def test_an_article_named_by_its_author_or_as_an_analysis_or_blogging():
    q = analyse("According to Darrall Cozens, why did the pro-Chávez side lose?")
    assert document_match(q, BLOG) == 1.0 and document_match(q, CWI) == 0.0
    assert "cozen" not in q.terms                    # the author is no topic of the answer
    assert document_match(analyse("What does the CWI analysis say of crime?"), CWI) == 1.0
    assert document_match(analyse("why did he lose, according to the guy blogging from caracas?"), BLOG) > 0
    assert analyse("According to the CNE, how many voted?",                  # an institution, not an article
                   lambda ref: names_an_article(ref, [CWI, BLOG])).sources == []
    recall = {"title": "Venezuela: the attempt to recall Chávez is defeated", "date": "2004-08"}
    assert document_match(analyse("According to Chávez, why was the vote lost?"), recall) == 0.0   # not by title
    trailing = analyse("Why did he lose, according to Darrall Cozens?")
    assert document_match(trailing, BLOG) == 1.0
    no_comma = analyse("Why did he lose according to Darrall Cozens?")
    assert document_match(no_comma, BLOG) == 1.0 and "cozen" not in no_comma.terms


def test_a_weak_reference_no_article_fits_leaves_its_words_to_the_question():
    """A name after "according to", or "the … analysis/account", may name no article: then it is
    no reference and its words are what the question is about."""
    fits = lambda ref: names_an_article(ref, [CWI, BLOG])
    chavez = analyse("According to Chávez, why was the vote lost?", fits)
    assert chavez.sources == [] and "chavez" in chavez.terms
    official = analyse("What does the official account of the 2004 recall say?", fits)
    assert official.sources == [] and "offici" in official.terms and official.years == [2004]
    cwi = analyse("According to the CWI analysis, why did supporters stay home?", fits)
    assert [r.words for r in cwi.sources] == [["cwi"]] and "cwi" not in cwi.terms
    headline = analyse("Microsoft gets the blogging bug", lambda ref: names_an_article(ref, [CWI]))  # no blog indexed
    assert headline.sources == [] and "blog" in headline.terms
    guy = analyse("why did he lose, according to the guy blogging from caracas?", fits)
    assert document_match(guy, BLOG) > 0 and document_match(guy, CWI) == 0.0
    cozens = analyse("According to Darrall Cozens, why did the pro-Chávez side lose?", fits)
    assert document_match(cozens, BLOG) == 1.0 and "cozen" not in cozens.terms
    # "the" before the name: "…, according to the CWI?" names the CWI's article (its source)
    for question in ("Why did supporters stay away from the polls, according to the CWI?",
                     "According to the CWI, why did Chávez lose?"):
        the_cwi = analyse(question, fits)
        assert document_match(the_cwi, CWI) == 1.0 and "cwi" not in the_cwi.terms, question
    assert analyse("According to the CNE, how many voted?", fits).sources == []     # no article's source
    # anywhere in the question, in any case, and as the one whose view is asked ("why does X think")
    for question in ("Why, according to Tony Saunois of the CWI, did Chávez lose the referendum?",
                     "why was pulling RCTV's licence a mistake according to the cwi",
                     "Why does Tony Saunois think Chávez lost the referendum?",
                     "Which five families does Tony Saunois say control the economy?",
                     "why did the CWI consider the licence decision a mistake?"):
        named = analyse(question, fits)
        assert document_match(named, CWI) == 1.0 and document_match(named, BLOG) == 0.0, question
        assert not {"toni", "saunoi"} & set(named.terms), question
    for question in ("Why, according to Maduro, was the campaign sabotaged?", "Why does Chávez think he lost?",
                     "How did the opposition say it would respond?"):
        assert analyse(question, fits).sources == [], question



def test_an_article_named_by_who_reported_cited_or_published_it():
    """"as reported by <outlet>", "cited by <author> in <outlet>", "posted on <outlet>", "that
    <author> analyses for <outlet>": the name after a verb of reporting names the article whose
    byline fits, in any case, and neither the name nor the verb is a topic of the answer."""
    idom = {"title": "Maduro wins", "date": "2013-04-15", "source": "In Defence of Marxism"}
    green = {"title": "PSUV victory", "date": "2017-10", "author": "Jim McIlroy", "source": "Green Left"}
    fits = lambda ref: names_an_article(ref, [CWI, BLOG, idom, green])
    for question, article in (("How many votes did Capriles get in the election reported by In Defence of Marxism?", idom),
                              ("How many governorships did the PSUV win, as cited by Jim McIlroy in Green Left?", green),
                              ("what share did the PSUV win, as reported by a pundit and quoted in green left", green),
                              ("How many amendments did the reform that Tony Saunois analyses for the CWI propose?", CWI),
                              ("What was the murder rate in 2000, as cited by Tony Saunois when discussing crime?", CWI),
                              ("Which results were posted on the blog by Darrall Cozens?", BLOG),
                              ("How many voted, as reported by Alan Woods in In Defence of Marxism?", idom)):  # by its outlet
        named = analyse(question, fits)
        fit = document_match(named, article)
        assert fit >= 0.5 and all(document_match(named, other) < fit
                                  for other in (CWI, BLOG, idom, green) if other is not article), question
        assert not {"cite", "quot", "analys", "toni", "mcilroy", "green", "marxism"} & set(named.terms), question
    for question in ("What turnout was reported by the CNE in 2013?", "Which reasons were cited by the opposition?",
                     "Which figures were published by Chávez?"):
        plain = analyse(question, fits)
        assert plain.sources == [] and {"report", "publish", "opposit"} & set(plain.terms), question   # ("cite" is
                                                                                 # never a topic: 5c81f31)

def test_a_year_opening_the_sentence_is_its_time_not_an_aside():
    q = analyse("What was the murder rate in 2007?")
    written_then = {"date": "2008-01-28"}
    frame = "In 2000, the murder rate in Venezuela was 33.2 per 100,000."
    aside = "The murder rate, far above that of 2000, keeps rising."
    assert temporal_fit(q, frame, frame, written_then) < 0
    assert temporal_fit(q, aside, aside, written_then) == 0



def test_a_month_asked_without_a_year_is_a_time_too():
    """"that October election": a sentence dating its figure to July 2000 is about another time,
    and so is a sentence of an August article naming no time; an April article is written within
    three months of a January asked, and "since October 7" is a period's start, not a time asked."""
    october = analyse("How many votes did Chávez get in that October election?")
    july_2000 = "The 3,757,773 votes Chávez won when he was elected for the second time in July 2000."
    plain = "The preliminary results gave Chávez 58.25% of the vote."
    assert temporal_fit(october, july_2000, july_2000, {"date": "2004-08"}) < 0
    assert temporal_fit(october, plain, plain, {"date": "2004-08"}) < 0
    assert temporal_fit(october, plain, plain, {"date": "2012-11"}) == 0           # written soon after
    said = "He won on October 7 by a wide margin."
    assert temporal_fit(october, said, said, {"date": "2013-04-15"}) == 0           # names the month asked
    since = analyse("How many votes did the Bolivarian side lose since October 7?")
    assert temporal_fit(since, plain, plain, {"date": "2013-04-15"}) == 0
    piece = analyse("What does the January 2008 CWI piece say about crime?")
    assert temporal_fit(piece, july_2000, july_2000, {"date": "2008-01-28"}) == 0   # the article's date, not a time asked
    may = analyse("What may the opposition do next?")
    assert temporal_fit(may, july_2000, july_2000, {"date": "2004-08"}) == 0
    # …but where a period is asked from that month, its start said is the month asked
    between = analyse("How many votes had the Bolivarian camp lost between Chávez's re-election in October 2012 and "
                      "Maduro's narrow win?")
    shed = "Since October 7, the Bolivarian revolution has shed 680,000 votes."
    assert temporal_fit(between, shed, shed, {"date": "2013-04-15"}) > 0

def test_another_day_of_the_month_asked_is_another_time():
    """"the October 15 elections": "…three points below the massive turn out on October 7 last
    year" names the month asked but another day of it (an April 2013 article's 2012 election);
    "the October 15 elections" itself and a sentence naming no day stay in time."""
    q = analyse("What was the turnout in the October 15 elections for state governors?")
    other_day = "The turnout was over 78%, only three points below the massive turn out on October 7 last year."
    assert temporal_fit(q, other_day, other_day, {"date": "2013-04-15"}) < 0
    same_day = "The PSUV won the October 15 elections for state governors."
    assert temporal_fit(q, same_day, same_day, {"date": "2017-10-18"}) > 0          # the day asked
    assert temporal_fit(analyse("What was the turnout in October?"), other_day, other_day, {"date": "2013-04-15"}) == 0
    # from the second review: a day written "15th" is the articles' "15"; a day of another month the
    # question gives is no day asked of this one; a day of another month dated is another time
    ordinal = analyse("What was the turnout in the October 15th elections?")
    assert temporal_fit(ordinal, same_day, same_day, {"date": "2017-10-18"}) > 0
    assert temporal_fit(ordinal, other_day, other_day, {"date": "2013-04-15"}) < 0
    april = analyse("Who won the presidential election in April, six months after Chávez won on October 7?")
    fourteenth = "Maduro won the Venezuelan presidential election of April 14 by a narrow margin."
    assert temporal_fit(april, fourteenth, fourteenth, {"date": "2013-04-15"}) == 0
    december = analyse("What was the turnout on December 20?")
    assert temporal_fit(december, other_day, other_day, {"date": "2013-04-15"}) < 0
    since = "Since October 7, the Bolivarian revolution has shed 680,000 votes."
    lost = analyse("How many votes did the Bolivarian side lose by the election in April?")
    assert temporal_fit(lost, since, since, {"date": "2013-04-15"}) == 0             # a period, not a day dated
    # a sentence naming no time, in an article written in the month of the day asked, is about that
    # day ("61.14% … had participated", asked "the October 15 elections"); not so for a month alone
    undated = "CNE President Tibisay Lucena announced on election night that 61.14% had participated."
    assert temporal_fit(q, undated, undated, {"date": "2017-10"}) > 0
    assert temporal_fit(q, undated, undated, {"date": "2013-04-15"}) < 0
    assert temporal_fit(analyse("What was the turnout in October?"), undated, undated, {"date": "2017-10"}) == 0
    # (a reviewer's cases) not from an article written before the day, nor months after it, nor
    # for a day given as a period's start; a sentence naming the day asked is about it too
    for asked, date in (("on April 20", "2013-04-15"), ("on July 30", "2017-10"), ("on December 25", "2007-12-03"),
                        ("in October since July 30", "2017-10")):
        assert temporal_fit(analyse(f"What was the turnout {asked}?"), undated, undated, {"date": date}) <= 0, asked
    since_april = analyse("What was the turnout in October since April 2?")      # April: a period's start only
    assert temporal_fit(since_april, undated, undated, {"date": "2013-04-15"}) <= 0
    named = "On April 14 itself, a camera man was shot."
    assert temporal_fit(analyse("What happened on April 14?"), named, named, {"date": "2013-04-15"}) > 0
    aside = "It has won in Mérida and Zulia, which it had already won in 2010."   # a year named in passing
    states = analyse("Which states did the opposition win on April 14?")
    assert temporal_fit(states, aside, aside, {"date": "2013-04-15"}) == temporal_fit(states, undated, undated,
                                                                                       {"date": "2013-04-15"}) > 0


def test_temporal_fit_prefers_the_time_asked():
    q = analyse("What was the turnout in the October 2017 regional elections?")
    same_time = {"date": "2017-10"}
    other_time = {"date": "2013-04-15"}
    assert temporal_fit(q, "Turnout was 61%.", "Turnout was 61%.", same_time) > 0
    assert temporal_fit(q, "Turnout was 78%.", "Turnout was 78%.", other_time) < 0
    assert temporal_fit(q, "In 2017 turnout was 61%.", "", other_time) > 0


def test_article_written_months_later_is_not_about_the_month_asked():
    q = analyse("What share did Capriles get in the October 2012 election?")
    assert temporal_fit(q, "Capriles got 49%.", "Capriles got 49%.", {"date": "2013-04-15"}) < 0


def test_a_change_since_the_month_asked_is_not_about_that_month():
    q = analyse("How many votes did the party get in the March 2011 election?")
    later = {"date": "2011-11-02"}
    assert temporal_fit(q, "In March the party won 2 million votes.", "", later) > 0
    assert temporal_fit(q, "Since March 6, the party has lost 300,000 votes.", "", later) < 0
    assert temporal_fit(q, "After March the party lost 300,000 votes.", "", later) < 0


def test_a_period_between_two_months_is_asked_by_both():
    """"Between Chávez's re-election in October and Maduro's win in April 2013": an April 2013
    article is written in a month asked (not six months after October), and its "Since October 7,
    the revolution has shed 680,000 votes" speaks of the period asked, not of another time."""
    period = analyse("By how many votes did the Bolivarian camp shrink between Chávez's re-election in October "
                     "and Maduro's win in April 2013?")
    shed = "Since October 7, the Bolivarian revolution has shed 680,000 votes."
    assert temporal_fit(period, shed, shed, {"date": "2013-04-15"}) > 0
    no_year = analyse("How many votes did the chavistas lose between Oct 7 and the Maduro vote?")
    assert temporal_fit(no_year, shed, shed, {"date": "2013-04-15"}) == 0
    plain = "The preliminary results gave Chávez 58.25% of the vote."
    assert temporal_fit(no_year, plain, plain, {"date": "2013-04-15"}) < 0      # names no time, written months after


def test_a_month_not_tied_to_the_year_asked_leaves_the_time_to_the_year():
    """"between oct 7 and the 2013 vote": October may be 2012's, so the year says the time asked and
    an April 2013 article is of it (it had been six months after "October 2013": -0.8); so with
    "may" the verb ("may not last") read as a month. A month given with its year keeps its own."""
    from qa.grounding import month_of_the_year
    period = analyse("how many votes did the chavistas lose between oct 7 and the 2013 vote")
    shed = "Since October 7, the Bolivarian revolution has shed 680,000 votes."
    assert not month_of_the_year(period.text) and temporal_fit(period, shed, shed, {"date": "2013-04-15"}) > 0
    verb = analyse("Why does the writer think the PSUV's 2017 comeback may not last?")
    plain = "The PSUV won 54% of the total vote."
    assert temporal_fit(verb, plain, plain, {"date": "2017-10"}) > 0
    for tied in ("How many votes did Chávez get in October 2012?", "the Oct. 7, 2012 election", "on 14 April 2013",
                 "in October of 2017"):
        assert month_of_the_year(tied), tied
    october = analyse("What was the turnout in October 2012?")
    assert temporal_fit(october, plain, plain, {"date": "2013-04-15"}) < 0     # six months after the month asked


def test_a_bare_month_means_its_latest_occurrence_before_the_article():
    later_year = analyse("What was the turnout in the October 2017 elections?")
    a_2013_article = {"date": "2013-04-15"}      # its "October" is October 2012
    assert temporal_fit(later_year, "Turnout was 78%, below October.", "", a_2013_article) < 0
    same_year = analyse("What was the turnout in the October 2012 election?")
    assert temporal_fit(same_year, "Turnout was 78%, below October.", "", a_2013_article) > 0


def test_an_article_of_the_year_after_reports_the_year_its_months_say():
    """An April 2013 article may report 2012 or 2013: "the election of April 14" in the
    paragraph makes its figures 2013's, no answer to a question about 2012; "October 7 last
    year" makes them 2012's."""
    q = analyse("How many votes did Capriles get in the 2012 presidential election?")
    meta = {"date": "2013-04-15"}
    figure = "With 99.12% of the votes counted, Capriles had 7,270,403 votes."
    april = "Maduro won the presidential election of April 14 by a narrow margin. " + figure
    october = "Chávez was re-elected on October 7 with a large majority. " + figure
    assert temporal_fit(q, figure, april, meta) < 0
    assert temporal_fit(q, figure, october, meta) > 0
    assert temporal_fit(q, figure, figure, meta) > 0          # no month to tell: the year after may report it
    assert temporal_fit(q, figure, april, {"date": "2013"}) > 0                  # undated within the year
    maybe = analyse("What did the opposition do in 2003?")                       # "may" is no month
    assert temporal_fit(maybe, "Other sections may adopt a harder line.", "", {"date": "2004-08"}) > 0


def test_a_sentence_giving_its_own_day_is_about_that_time_whatever_its_paragraph_names():
    """"…the July 30 National Constituent Assembly elections, which saw over eight million people
    turn out" in an October 2017 article is July 2017's, though the sentence before it recalls
    the 2015 elections: no answer to "how many people voted in the 2015 parliamentary elections"."""
    q = analyse("How many people voted in the 2015 parliamentary elections?")
    meta = {"date": "2017-10"}
    recalled = "The PSUV won 54%, a recovery since its defeat in the 2015 parliamentary elections. "
    dated = "The July 30 elections saw over eight million people turn out to vote."
    undated = "Over eight million people turned out to vote."
    assert temporal_fit(q, dated, recalled + dated, meta) < 0
    assert temporal_fit(q, undated, recalled + undated, meta) >= 0      # the paragraph's year may be its time


def test_an_article_written_before_the_year_asked_cannot_report_it():
    assert written_before(analyse("How did the opposition respond to the October 2017 results?"), CWI)
    assert not written_before(analyse("Why did the 2007 referendum fail?"), CWI)     # written after it
    assert not written_before(analyse("Why did the 2007 referendum fail?"), BLOG)    # written during it
    assert not written_before(analyse("Why did the referendum fail?"), CWI)          # no year asked
    assert not written_before(analyse("What happened in 2017?"), {"title": "undated"})


def test_an_article_written_two_or_more_years_after_the_year_asked_looks_back():
    question = analyse("Why did the 2007 referendum fail?")
    assert written_long_after(question, {"date": "2013-04-15"})
    assert written_long_after(question, {"date": "2009-01-10"})           # two years on
    assert not written_long_after(question, CWI)                    # January 2008: reports it
    assert not written_long_after(question, BLOG)
    assert not written_long_after(analyse("Why did the referendum fail?"), {"date": "2013-04-15"})
    assert not written_long_after(analyse("How does 2004 compare with 2013?"), {"date": "2013-04-15"})


def test_a_question_about_what_came_after_a_year_does_not_mark_later_articles_down():
    later = {"date": "2013-04-15"}
    assert not written_long_after(analyse("How has the opposition changed since the 2007 referendum?"), later)
    assert not written_long_after(analyse("What happened after 2004?"), later)
    assert not written_long_after(analyse("What followed in the years following the April 2007 vote?"), later)


def test_an_event_named_without_a_time_takes_the_year_of_the_one_article_whose_title_names_it():
    """"Why did the number of voters go up before the recall?" is of 2004, the year of the article
    titled "…the attempt to recall Chávez is defeated": its rarest event word in one title only.
    Not a word in two titles ("election"), not when a time or an article is named, not of two events."""
    from qa.grounding import titled_event_year
    from qa.question import analyse
    metadata = [{"title": "Venezuela: the attempt to recall Chávez is defeated", "date": "2004-08"},
                {"title": "The 2007 constitutional referendum: live blog from Caracas", "date": "2007-12-03"},
                {"title": "Maduro wins the Venezuelan presidential election by a narrow margin", "date": "2013-04-15"},
                {"title": "PSUV victory in Venezuela's October 2017 governor elections", "date": "2017-10"}]
    def year(question):
        q = analyse(question)
        return titled_event_year(q, metadata, {t: 1.0 for t in q.terms})
    assert year("Why did the number of voters go up for the recall referendum?") == 2004
    assert year("Why did Chávez lose the constitutional reform?") == 2007
    assert year("Why was the election result a surprise?") is None            # two titles say "election"
    assert year("Why did Chávez win the recall in 2004?") is None              # a time named
    assert year("How did the recall vote compare with the constitutional referendum?") is None   # two events
    assert year("Why does the 2004 article warn that the reforms are at risk?") is None          # an article named
    assert year("Why was the governor elections result a surprise?") == 2017
    assert year("What was the murder rate before the constitutional reform?") is None   # a time before it
    assert year("Why did regional governors join the opposition?") is None     # a governor, no governor election
    assert year("What are constitutional coups?") is None                      # rarest event word ("coup") in no title
    assert year("What were the proposed changes to the constitution?") is None # the constitution, no reform named
    assert year("Why did the opposition accept the constitutional referendum result but not the presidential "
                "election?") is None                                           # a second event, another title's


def test_a_time_before_a_year_is_not_that_years_article():
    """Probe: "how many votes did the opposition get before 2004?" answered the 2004 article's
    3,576,517: a sentence naming no year in an article of the year said only to place the time
    asked is of that year, not of the one asked; one naming an earlier year fits, and of two
    earlier times the nearer fits better ("before 2013": October 2012 over 2000)."""
    q = analyse("how many votes did the opposition get before 2004?")
    recall = {"date": "2004-08"}
    assert temporal_fit(q, "The opposition got 41.74% (3,576,517 votes).", "", recall) < 0
    assert temporal_fit(q, "Chávez won 3,757,773 votes in July 2000.", "", recall) > 0
    later = analyse("what was the turnout before 2013?")
    maduro = {"date": "2013-04-15"}
    assert temporal_fit(later, "The turnout was 81% on October 7 last year.", "", maduro) > \
        temporal_fit(later, "The turnout in 2000 was 56%.", "", maduro)


def test_a_decade_named_is_of_the_time_after_a_placing_year():
    from qa.grounding import temporal_fits
    from qa.question import analyse
    q = analyse("What was the price of oil after 1979?")
    text = "Reforms were wiped out in the 1980s after a crash in oil prices to $38 per barrel."
    later = "The current high price of oil could fall."
    meta = {"date": "2008-01-28"}
    decade, undated = temporal_fits(q, [text, later], text + " " + later, meta)
    assert decade > undated and decade > 0
