"""qa/figures.py: figures read as the numbers they stand for."""
from qa.figures import figures, near, rounded_figures_said, rounded_terms


def test_the_forms_the_articles_write_a_figure_in():
    values = {f.text: (f.value, f.percent) for f in figures(
        "Maduro receiving 7,505,378 votes (50.66%); No: 4.522.332, 51,05 %; from 12.4 to 14 million; over 3,200 "
        "irregularities; Capriles won by 40,000 votes on April 14, 2013")}
    assert values == {"7,505,378": (7505378.0, False), "50.66%": (50.66, True), "4.522.332": (4522332.0, False),
                      "51,05 %": (51.05, True), "12.4": (12.4, False), "14 million": (14e6, False),
                      "3,200": (3200.0, False), "40,000": (40000.0, False)}      # no day, no year
    assert [f.value for f in figures("over three thousand, about 7.5 million, roughly 49 percent")] == [3000.0, 7.5e6, 49.0]


def test_a_rounded_figure_is_the_exact_one_near_it_and_of_its_kind():
    assert rounded_figures_said("Maduro got about 7.5 million votes. What was the exact number?",
                                "Maduro receiving 7,505,378 votes (50.66%)") == ["7.5 million"]
    assert rounded_figures_said("Which candidate got roughly 49 percent?", "Capriles 7,270,403 votes (49.07%)") == \
        ["49 percent"]
    assert rounded_figures_said("Which candidate got roughly 49 percent?", "Maduro 7,505,378 votes (50.66%)") == []
    assert rounded_figures_said("Did he get about 7.5 million votes?", "7.5 million") == []     # said as asked: a word
    assert not near(figures("7.5 million")[0], figures("7,270,403")[0])         # rounds to 7.3 million: another
    assert near(figures("44.0%")[0], figures("44%")[0])                            # a decimal's zeros add nothing
    assert [f.value for f in figures("twenty-five states")] == []                  # no "five" of "twenty-five"
    assert rounded_terms("Maduro got about 7.5 million votes", "receiving 7,505,378 votes") == {"7.5", "million"}
    assert rounded_terms("How many votes did Maduro get?", "receiving 7,505,378 votes") == frozenset()
    # a review's: a clock time is no figure, a word no rounding of a more precise figure, and a
    # figure near the one asked is of the one the question names
    assert figures("At 2.03 am, 11:45 pm") == () and figures("hundreds of thousands") == ()
    assert rounded_terms("What happened at about two?", "2.03 am, the detail of the results") == frozenset()
    assert rounded_terms("Were 2.03 million ballots counted?", "Some two million ballots were counted.") == frozenset()
    assert rounded_terms("Were two million ballots counted?", "2.03 million ballots were counted.") == {"two", "million"}
    assert rounded_terms("Did Capriles get about 3.6 million votes?",
                         "The preliminary results gave Chávez 58.25% (4,991,483 votes) and the opposition 41.74% "
                         "(3,576,517 votes).") == frozenset()
    assert rounded_terms("Did Hugo Chávez get about 5 million votes?", "The results gave Chávez 58.25% (4,991,483 "
                         "votes).") == {"5", "million"}                     # a word of the name will do


def test_a_rounded_figure_finds_the_exact_one_through_the_assistant(assistant):
    """A fact-checker's "about 7.5 million" is no word of the articles: it had abstained ("never
    mention: 7.5")."""
    answer = assistant.ask("Maduro got about 7.5 million votes in the April 2013 presidential election. "
                           "What was the exact number?")
    assert answer.short_answer == "7,505,378"
    assert assistant.ask("Chávez got just under 5 million votes in the recall referendum. What was the exact "
                         "figure?").short_answer == "4,991,483"



def test_who_got_a_rounded_figure_is_the_one_whose_figure_it_is(assistant):
    """A review's: "Who got about 7.5 million votes?" answered Capriles, named beside Maduro's
    7,505,378 (a 7% tolerance had taken his 7,270,403 as well); rounded to the asked precision,
    only Maduro's is it (extraction.owns_asked_figure)."""
    assert assistant.ask("Who got about 7.5 million votes?").short_answer == "Maduro"
    assert assistant.ask("Who got about 7.3 million votes in 2013?").short_answer == "Capriles"
