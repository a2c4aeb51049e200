"""Short answers are typed spans copied from the sentence, chosen by nearness to the question."""
import pytest

from qa.extraction import best_span, name_spans
from qa.question import analyse

CASES = [
    ("In how many of Venezuela's largest cities did the 'no' vote win?",
     "Moreover, the 'no' vote triumphed in the nine most populated of the 23 states and in 13 of the largest cities, including Caracas.",
     "13"),
    ("What was the official unemployment rate?",
     "Unemployment officially stands at nearly 10%.", "nearly 10%"),
    ("On what date did the right wing attempt a coup?",
     "Since this article first appeared, the Venezuelan right-wing attempted to organize a coup d’état on Tue. 16 Apr. 2013.",
     "Tue. 16 Apr. 2013"),
    ("Which steel company had Chávez nationalised?",
     "He has so far limited nationalisation to the steel company, Venepal, and the telecommunications company.", "Venepal"),
    ("In which Latin American countries were governments toppled by constitutional coups?",
     "In recent years, left-of-centre governments in Paraguay, Brazil and Honduras have been overthrown via so-called constitutional coups.",
     "Paraguay, Brazil and Honduras"),
    ("Which official of the Organization of American States backed the offensive?",
     "It was led by its backers, particularly the US and Organization of American States secretary general Luis Almagro.",
     "Luis Almagro"),
    ("How many seats did the party win?",
     "The party won 54% of the seats, 112 in all.", "112"),
    ("At what time were the results announced?",
     "The results were announced by the head of the CNE at 11:45 pm local time after a long wait.", "11:45 pm"),
]


@pytest.mark.parametrize("question, sentence, expected", CASES)
def test_best_span(question, sentence, expected):
    q = analyse(question)
    span = best_span(sentence, q, {t: 1.0 for t in q.terms})
    assert span is not None and span.text == expected
    assert sentence[span.start:span.end] == span.text


def test_names_already_in_the_question_are_not_answers():
    q = analyse("Whom did Chávez offer an amnesty to?")
    assert best_span("On 2 December 2007, Hugo Chávez suffered his first electoral defeat.", q, {}) is None


def test_years_are_not_counts():
    q = analyse("How many referendums had voters backed?")
    span = best_span("This is the eighth time since 1998 that he won, and his policies have been supported in six referendums.",
                     q, {t: 1.0 for t in q.terms})
    assert span.text == "six"


def test_a_count_does_not_take_the_preposition_before_it():
    q = analyse("How many delegates attended the congress?")
    sentence = "Its first congress is taking place, attended by 1,600 delegates."
    assert best_span(sentence, q, {t: 1.0 for t in q.terms}).text == "1,600"
    q = analyse("How many state governorships did the PSUV win?")
    sentence = "The PSUV won 18 of 23 state governorships."
    assert best_span(sentence, q, {t: 1.0 for t in q.terms}).text in {"18", "23"}


def test_a_name_followed_by_an_organisation_word_is_not_a_place():
    q = analyse("Where did the students go, according to reports?")
    sentence = "According to reports on the CMR website, students went to polling stations in Táchira."
    assert best_span(sentence, q, {t: 1.0 for t in q.terms}).text == "Táchira"


def test_a_share_of_the_vote_is_found_next_to_the_votes():
    """The focus of "what share of the vote" is the vote, not "share" (which the sentence never
    says); weights as IDF gives them, the rare "share" and "get" heaviest."""
    q = analyse("What share of the vote did Maduro get?")
    sentence = "There was a 78.71% turnout with Maduro receiving 7,505,378 votes (50.66%)."
    weights = {"share": 21.0, "get": 17.0, "maduro": 5.0, "vote": 2.4}
    assert best_span(sentence, q, weights).text == "50.66%"


def test_a_month_and_year_is_not_a_day():
    q = analyse("When was Chávez elected for the second time?")
    sentence = "Chávez won when he was elected President for the second time in July 2000."
    assert best_span(sentence, q, {t: 1.0 for t in q.terms}).text == "July 2000"


def test_what_year_wants_a_span_that_names_a_year():
    q = analyse("What year was Chávez re-elected?")
    weights = {t: 1.0 for t in q.terms}
    assert best_span("Turnout was three points below October 7 last year, when Chávez was re-elected.", q, weights) is None
    assert best_span("Chávez was elected in 1998, as October 7 was far off.", q, weights).text == "1998"


def test_a_title_the_question_asks_with_is_not_part_of_the_name():
    q = analyse("What is the name of the CNE president?")
    sentence = "CNE President Tibisay Lucena announced that 61.14% of the electorate had participated."
    assert q.answer_type == "person"
    assert best_span(sentence, q, {t: 1.0 for t in q.terms}).text == "Tibisay Lucena"


def test_a_month_or_weekday_is_not_part_of_a_name():
    q = analyse("Where was the camera man shot?")
    sentence = "On April 14 itself, a camera man for Barrio TV was shot at in El Valle while reporting."
    assert best_span(sentence, q, {t: 1.0 for t in q.terms}).text == "El Valle"
    assert [s.text for s in name_spans("Since Monday Chávez spoke of the Bank of the South.")] == ["Chávez", "Bank of the South"]


def test_in_n_of_m_the_count_is_n():
    q = analyse("How many governorships did the PSUV win?")
    sentence = "The PSUV, led by President Nicolas Maduro, won 18 of 23 state governorships."
    assert best_span(sentence, q, {t: 1.0 for t in q.terms}).text == "18"


def test_a_percentage_of_something_else_is_not_the_share_asked_for():
    q = analyse("What percentage did Maduro get?")
    sentence = "With a 78.71% turnout Maduro received 50.66%, Capriles 49.07%."
    assert best_span(sentence, q, {t: 1.0 for t in q.terms}).text == "50.66%"
    q = analyse("What was the turnout?")
    assert best_span(sentence, q, {t: 1.0 for t in q.terms}).text == "78.71%"
