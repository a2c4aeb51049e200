"""Quality floor on the shared dev set, through the same path as `qa eval` (real model, real index).

The thresholds sit a little under the measured numbers (README, "Quality") so that a change
that loses quality fails here; they are not targets.
"""
import pytest

from qa.evaluation import evaluate
from tests.conftest import DEV_SET


@pytest.fixture(scope="module")
def dev_metrics(assistant):
    if not DEV_SET.is_file():
        pytest.fail(f"{DEV_SET} is missing: the test suite expects ../shared beside the repository")
    return evaluate(DEV_SET, lambda q, history: assistant.ask(q, history=history).to_dict())


def test_retrieval_quality(dev_metrics):
    assert dev_metrics["evidence_recall@5"] >= 0.90
    assert dev_metrics["mrr@5"] >= 0.85


def test_answer_quality(dev_metrics):
    assert dev_metrics["factoid_accuracy"] >= 0.85
    assert dev_metrics["nugget_recall"] >= 0.63
    assert dev_metrics["median_answer_words"] <= 120


def test_abstention_and_answer_rate(dev_metrics):
    assert dev_metrics["abstention"] >= 0.95
    assert dev_metrics["answer_rate"] >= 0.94


def test_every_answer_sentence_is_copied_from_its_cited_passage(dev_metrics):
    assert dev_metrics["citation_faithfulness"] == 1.0


def test_explanation_questions_worded_away_from_the_text_are_answered(assistant):
    """eval/explain.jsonl (README, "Quality"): 14 explanation questions written from the articles
    alone. Before the question-type fixes 5 of them abstained as if the articles were silent."""
    from pathlib import Path
    metrics = evaluate(Path(__file__).parent.parent / "eval" / "explain.jsonl", lambda q, history: assistant.ask(q, history=history).to_dict())
    assert metrics["answer_rate"] >= 0.85
    assert metrics["nugget_recall"] >= 0.28
    assert metrics["citation_faithfulness"] == 1.0


@pytest.mark.parametrize("name, answer_rate, nugget_recall", [("explain2.jsonl", 0.83, 0.29), ("explain3.jsonl", 0.93, 0.35)])
def test_fresh_explanation_questions_keep_their_first_runs(assistant, name, answer_rate, nugget_recall):
    """eval/explain2.jsonl and explain3.jsonl: 30 explanation questions each, written blind by two
    helpers at the end of the tenth session and run once as metrics only, on its final code and on
    its start: answer rate 0.867 / 0.967, nugget recall 0.317 / 0.375 on both (R@5 0.667 / 0.611,
    0.603 on the start). Plain floors: their answers were not read."""
    from pathlib import Path
    metrics = evaluate(Path(__file__).parent.parent / "eval" / name, lambda q, history: assistant.ask(q, history=history).to_dict())
    assert metrics["answer_rate"] >= answer_rate
    assert metrics["nugget_recall"] >= nugget_recall
    assert metrics["citation_faithfulness"] == 1.0


@pytest.mark.parametrize("name, floors", [
    ("blind.jsonl", {"factoid_accuracy": 0.66, "abstention": 0.85, "answer_rate": 0.74}),
    ("blind2.jsonl", {"factoid_accuracy": 0.70, "abstention": 0.95, "answer_rate": 0.80}),
    ("blind3.jsonl", {"factoid_accuracy": 0.75, "abstention": 0.85, "answer_rate": 0.77}),
    ("blind4.jsonl", {"factoid_accuracy": 0.75, "abstention": 0.85, "answer_rate": 0.80}),
    ("blind5.jsonl", {"factoid_accuracy": 0.75, "abstention": 0.95, "answer_rate": 0.85}),
    ("blind6.jsonl", {"factoid_accuracy": 0.80, "abstention": 0.85, "answer_rate": 0.90}),
    ("blind7.jsonl", {"factoid_accuracy": 0.80, "abstention": 0.95, "answer_rate": 0.85}),
    ("blind8.jsonl", {"factoid_accuracy": 0.60, "abstention": 0.95, "answer_rate": 0.78}),
    ("blind9.jsonl", {"factoid_accuracy": 0.70, "abstention": 0.95, "answer_rate": 0.75}),
    ("blind10.jsonl", {"factoid_accuracy": 0.70, "abstention": 0.80, "answer_rate": 0.75}),
    ("blind11.jsonl", {"factoid_accuracy": 0.66, "abstention": 0.60, "answer_rate": 0.80}),
    ("blind12.jsonl", {"factoid_accuracy": 0.85, "abstention": 0.95, "answer_rate": 0.90}),
    ("blind13.jsonl", {"factoid_accuracy": 0.75, "abstention": 0.95, "answer_rate": 0.85}),
    ("blind14.jsonl", {"factoid_accuracy": 0.75, "abstention": 0.95, "answer_rate": 0.85}),
    ("blind15.jsonl", {"factoid_accuracy": 0.70, "abstention": 0.95, "answer_rate": 0.75}),
    ("blind16.jsonl", {"factoid_accuracy": 0.70, "abstention": 0.95, "answer_rate": 0.78}),
    ("blind17.jsonl", {"factoid_accuracy": 0.70, "abstention": 0.95, "answer_rate": 0.80}),
    ("blind18.jsonl", {"factoid_accuracy": 0.88, "abstention": 0.95, "answer_rate": 0.90}),
    ("blind19.jsonl", {"factoid_accuracy": 0.65, "abstention": 0.75, "answer_rate": 0.85}),
    ("blind20.jsonl", {"factoid_accuracy": 0.72, "abstention": 0.95, "answer_rate": 0.85}),
    ("blind21.jsonl", {"factoid_accuracy": 0.66, "abstention": 0.80, "answer_rate": 0.78}),
    ("blind22.jsonl", {"factoid_accuracy": 0.80, "abstention": 0.95, "answer_rate": 0.88}),
    ("blind23.jsonl", {"factoid_accuracy": 0.70, "abstention": 0.95, "answer_rate": 0.85}),
    ("blind24.jsonl", {"factoid_accuracy": 0.85, "abstention": 0.95, "answer_rate": 0.90}),
    ("blind25.jsonl", {"factoid_accuracy": 0.75, "abstention": 0.95, "answer_rate": 0.85}),
    ("blind26.jsonl", {"factoid_accuracy": 0.70, "abstention": 0.70, "answer_rate": 0.80}),
    ("blind27.jsonl", {"factoid_accuracy": 0.75, "abstention": 0.85, "answer_rate": 0.82}),
    ("blind28.jsonl", {"factoid_accuracy": 0.62, "abstention": 0.95, "answer_rate": 0.76}),
    ("blind29.jsonl", {"factoid_accuracy": 0.64, "abstention": 0.95, "answer_rate": 0.82}),
    ("blind30.jsonl", {"factoid_accuracy": 0.75, "abstention": 0.95, "answer_rate": 0.82}),
    ("blind31.jsonl", {"factoid_accuracy": 0.83, "abstention": 0.95, "answer_rate": 0.90}),
    ("blind32.jsonl", {"factoid_accuracy": 0.94, "abstention": 0.95, "answer_rate": 0.93}),
    ("blind33.jsonl", {"factoid_accuracy": 0.85, "abstention": 0.95, "answer_rate": 0.80}),
    ("blind34.jsonl", {"factoid_accuracy": 0.44, "abstention": 0.80, "answer_rate": 0.62}),
    ("blind35.jsonl", {"factoid_accuracy": 0.85, "abstention": 0.80, "answer_rate": 0.90}),
    ("blind36.jsonl", {"factoid_accuracy": 0.80, "abstention": 0.95, "answer_rate": 0.90}),
    ("blind37.jsonl", {"factoid_accuracy": 0.70, "abstention": 0.95, "answer_rate": 0.76}),
    ("blind38.jsonl", {"factoid_accuracy": 0.80, "abstention": 0.95, "answer_rate": 0.88}),
    ("blind39.jsonl", {"factoid_accuracy": 0.75, "abstention": 0.95, "answer_rate": 0.85}),
    ("blind40.jsonl", {"factoid_accuracy": 0.70, "abstention": 0.95, "answer_rate": 0.76}),
    ("blind41.jsonl", {"factoid_accuracy": 0.72, "abstention": 0.95, "answer_rate": 0.85}),
    ("blind42.jsonl", {"factoid_accuracy": 0.66, "abstention": 0.95, "answer_rate": 0.80}),
    ("blind43.jsonl", {"factoid_accuracy": 0.66, "abstention": 0.95, "answer_rate": 0.82}),
    ("blind44.jsonl", {"factoid_accuracy": 0.83, "abstention": 0.95, "answer_rate": 0.94}),
    ("blind45.jsonl", {"factoid_accuracy": 0.72, "abstention": 0.95, "answer_rate": 0.85}),
    ("blind46.jsonl", {"factoid_accuracy": 0.80, "abstention": 0.95, "answer_rate": 0.85}),
    ("blind47.jsonl", {"factoid_accuracy": 0.80, "abstention": 0.95, "answer_rate": 0.88}),
    ("blind48.jsonl", {"factoid_accuracy": 0.70, "abstention": 0.95, "answer_rate": 0.82}),
    ("blind49.jsonl", {"factoid_accuracy": 0.52, "abstention": 0.80, "answer_rate": 0.72}),
    ("blind50.jsonl", {"factoid_accuracy": 0.63, "abstention": 0.95, "answer_rate": 0.78}),
    ("blind51.jsonl", {"factoid_accuracy": 0.72, "abstention": 0.80, "answer_rate": 0.85}),
    ("blind52.jsonl", {"factoid_accuracy": 0.41, "abstention": 0.80, "answer_rate": 0.63}),
    ("blind55.jsonl", {"factoid_accuracy": 0.75, "abstention": 0.95, "answer_rate": 0.85}),
    ("blind56.jsonl", {"factoid_accuracy": 0.69, "abstention": 0.80, "answer_rate": 0.85}),
    ("blind57.jsonl", {"factoid_accuracy": 0.58, "abstention": 0.95, "answer_rate": 0.75}),
    ("blind58.jsonl", {"factoid_accuracy": 0.80, "abstention": 0.70, "answer_rate": 0.90}),
    ("blind59.jsonl", {"factoid_accuracy": 0.80, "abstention": 0.95, "answer_rate": 0.90}),
    ("blind60.jsonl", {"factoid_accuracy": 0.75, "abstention": 0.80, "answer_rate": 0.88}),
    ("blind63.jsonl", {"factoid_accuracy": 0.75, "abstention": 0.95, "answer_rate": 0.88}),
    ("blind64.jsonl", {"factoid_accuracy": 0.75, "abstention": 0.80, "answer_rate": 0.88}),
    ("blind65.jsonl", {"factoid_accuracy": 0.75, "abstention": 0.95, "answer_rate": 0.80}),
    ("blind66.jsonl", {"factoid_accuracy": 0.75, "abstention": 0.95, "answer_rate": 0.82}),
    ("blind67.jsonl", {"factoid_accuracy": 0.70, "abstention": 0.95, "answer_rate": 0.95}),
    ("blind70.jsonl", {"factoid_accuracy": 0.85, "abstention": 0.95, "answer_rate": 0.90}),
    ("blind71.jsonl", {"factoid_accuracy": 0.64, "abstention": 0.80, "answer_rate": 0.78}),
    ("blind72.jsonl", {"factoid_accuracy": 0.75, "abstention": 0.80, "answer_rate": 0.88}),
    ("blind73.jsonl", {"factoid_accuracy": 0.75, "abstention": 0.80, "answer_rate": 0.85}),
    ("blind74.jsonl", {"factoid_accuracy": 0.70, "abstention": 0.95, "answer_rate": 0.83}),
    ("blind75.jsonl", {"factoid_accuracy": 0.75, "abstention": 0.85, "answer_rate": 0.90}),
    ("blind76.jsonl", {"factoid_accuracy": 0.70, "abstention": 0.95, "answer_rate": 0.85, "nugget_recall": 0.33}),
    ("blind77.jsonl", {"factoid_accuracy": 0.75, "abstention": 0.95, "answer_rate": 0.90}),
    ("blind78.jsonl", {"factoid_accuracy": 0.70, "abstention": 0.95, "answer_rate": 0.78}),
    ("blind79.jsonl", {"factoid_accuracy": 0.90, "abstention": 0.85, "answer_rate": 0.95}),
    ("blind80.jsonl", {"factoid_accuracy": 0.90, "abstention": 0.95, "answer_rate": 0.90}),
    ("blind81.jsonl", {"factoid_accuracy": 0.75, "abstention": 0.85, "answer_rate": 0.87}),   # blind81-005: 2017's turnout, neither 2013's "over 78%" nor abstained
    ("blind82.jsonl", {"factoid_accuracy": 0.85, "abstention": 0.95, "answer_rate": 0.93}),
    ("blind83.jsonl", {"factoid_accuracy": 0.85, "abstention": 0.95, "answer_rate": 0.92}),
    ("blind84.jsonl", {"factoid_accuracy": 0.45, "abstention": 0.95, "answer_rate": 0.65}),
    ("blind85.jsonl", {"factoid_accuracy": 0.80, "abstention": 0.95, "answer_rate": 0.85}),
    ("blind86.jsonl", {"factoid_accuracy": 0.80, "abstention": 0.95, "answer_rate": 0.90}),
    ("blind87.jsonl", {"factoid_accuracy": 0.70, "abstention": 0.95, "answer_rate": 0.82}),
    ("blind88.jsonl", {"factoid_accuracy": 0.75, "abstention": 0.95, "answer_rate": 0.82}),
    ("blind89.jsonl", {"factoid_accuracy": 0.55, "abstention": 0.95, "answer_rate": 0.69}),
    ("blind90.jsonl", {"factoid_accuracy": 0.75, "abstention": 0.95, "answer_rate": 0.84}),
    ("blind91.jsonl", {"factoid_accuracy": 0.85, "abstention": 0.95, "answer_rate": 0.93}),
    ("blind92.jsonl", {"factoid_accuracy": 0.90, "abstention": 0.95, "answer_rate": 0.93}),
    ("blind93.jsonl", {"factoid_accuracy": 0.75, "abstention": 0.70, "answer_rate": 0.90}),
    ("blind94.jsonl", {"factoid_accuracy": 0.65, "abstention": 0.85, "answer_rate": 0.75}),
    ("blind95.jsonl", {"factoid_accuracy": 0.70, "abstention": 0.85, "answer_rate": 0.80}),
    ("blind96.jsonl", {"factoid_accuracy": 0.65, "abstention": 0.95, "answer_rate": 0.84}),
    ("blind97.jsonl", {"factoid_accuracy": 0.55, "abstention": 0.95, "answer_rate": 0.69}),
    ("blind98.jsonl", {"factoid_accuracy": 0.70, "abstention": 0.85, "answer_rate": 0.81}),
    ("blind99.jsonl", {"factoid_accuracy": 0.75, "abstention": 0.85, "answer_rate": 0.84}),
    ("blind100.jsonl", {"factoid_accuracy": 0.88, "abstention": 0.95, "answer_rate": 0.93}),
    ("blind101.jsonl", {"factoid_accuracy": 0.88, "abstention": 0.85, "answer_rate": 0.93}),
    ("blind102.jsonl", {"factoid_accuracy": 0.60, "abstention": 0.95, "answer_rate": 0.65}),
    ("blind103.jsonl", {"factoid_accuracy": 0.70, "abstention": 0.85, "answer_rate": 0.84}),
    ("blind104.jsonl", {"factoid_accuracy": 0.70, "abstention": 0.95, "answer_rate": 0.84}),
    ("blind105.jsonl", {"factoid_accuracy": 0.88, "abstention": 0.85, "answer_rate": 0.93}),
    ("blind106.jsonl", {"factoid_accuracy": 0.88, "abstention": 0.95, "answer_rate": 0.95}),
    ("blind107.jsonl", {"factoid_accuracy": 0.88, "abstention": 0.85, "answer_rate": 0.93}),
    ("blind108.jsonl", {"factoid_accuracy": 0.77, "abstention": 0.95, "answer_rate": 0.88}),
    ("blind109.jsonl", {"factoid_accuracy": 0.88, "abstention": 0.80, "answer_rate": 0.91}),
    ("blind110.jsonl", {"factoid_accuracy": 0.74, "abstention": 0.95, "answer_rate": 0.84}),
    ("blind111.jsonl", {"factoid_accuracy": 0.83, "abstention": 0.95, "answer_rate": 0.90}),
    ("blind112.jsonl", {"factoid_accuracy": 0.88, "abstention": 0.70, "answer_rate": 0.90}),
    ("blind113.jsonl", {"factoid_accuracy": 0.66, "abstention": 0.80, "answer_rate": 0.84}),
    ("blind114.jsonl", {"factoid_accuracy": 0.66, "abstention": 0.80, "answer_rate": 0.84}),
    ("blind115.jsonl", {"factoid_accuracy": 0.88, "abstention": 0.95, "answer_rate": 0.93}),
    ("blind116.jsonl", {"factoid_accuracy": 0.83, "abstention": 0.95, "answer_rate": 0.86}),
    ("blind117.jsonl", {"factoid_accuracy": 0.88, "abstention": 0.95, "answer_rate": 0.90}),
    ("blind118.jsonl", {"factoid_accuracy": 0.77, "abstention": 0.95, "answer_rate": 0.86}),
    ("blind119.jsonl", {"factoid_accuracy": 0.83, "abstention": 0.95, "answer_rate": 0.78}),
    ("blind120.jsonl", {"factoid_accuracy": 0.80, "abstention": 0.95, "answer_rate": 0.84}),
    ("blind121.jsonl", {"factoid_accuracy": 0.88, "abstention": 0.80, "answer_rate": 0.93}),
    ("blind122.jsonl", {"factoid_accuracy": 0.94, "abstention": 0.95, "answer_rate": 0.90}),
    ("blind123.jsonl", {"factoid_accuracy": 0.88, "abstention": 0.95, "answer_rate": 0.93}),
    ("blind124.jsonl", {"factoid_accuracy": 0.94, "abstention": 0.95, "answer_rate": 0.93}),
    ("blind125.jsonl", {"factoid_accuracy": 0.80, "abstention": 0.95, "answer_rate": 0.84}),
    ("blind126.jsonl", {"factoid_accuracy": 0.80, "abstention": 0.95, "answer_rate": 0.84}),
    ("blind127.jsonl", {"factoid_accuracy": 0.80, "abstention": 0.95, "answer_rate": 0.90}),
    ("blind128.jsonl", {"factoid_accuracy": 0.90, "abstention": 0.95, "answer_rate": 0.93}),
    ("blind129.jsonl", {"factoid_accuracy": 0.75, "abstention": 0.95, "answer_rate": 0.78}),
    ("blind130.jsonl", {"factoid_accuracy": 0.90, "abstention": 0.95, "answer_rate": 0.93}),
    ("blind131.jsonl", {"factoid_accuracy": 0.65, "abstention": 0.95, "answer_rate": 0.84}),
    ("blind132.jsonl", {"factoid_accuracy": 0.75, "abstention": 0.80, "answer_rate": 0.85}),
    ("blind133.jsonl", {"factoid_accuracy": 0.75, "abstention": 0.80, "answer_rate": 0.90}),
    # 20 conversations of 2-3 turns, asked with their history (qa.evaluation.evaluate)
    ("followups.jsonl", {"factoid_accuracy": 0.55, "abstention": 0.85, "answer_rate": 0.72}),
    ("followups2.jsonl", {"factoid_accuracy": 0.70, "abstention": 0.95, "answer_rate": 0.80}),
    ("followups3.jsonl", {"factoid_accuracy": 0.55, "abstention": 0.60, "answer_rate": 0.68}),
    ("followups4.jsonl", {"factoid_accuracy": 0.45, "abstention": 0.80, "answer_rate": 0.70}),
    ("followups5.jsonl", {"factoid_accuracy": 0.62, "abstention": 0.73, "answer_rate": 0.82}),
    ("followups6.jsonl", {"factoid_accuracy": 0.75, "abstention": 0.55, "answer_rate": 0.80}),
    ("followups7.jsonl", {"factoid_accuracy": 0.58, "abstention": 0.95, "answer_rate": 0.75}),
    ("followups8.jsonl", {"factoid_accuracy": 0.70, "abstention": 0.75, "answer_rate": 0.88}),
    ("followups9.jsonl", {"factoid_accuracy": 0.72, "abstention": 0.85, "answer_rate": 0.85}),
    ("followups10.jsonl", {"factoid_accuracy": 0.50, "abstention": 0.60, "answer_rate": 0.83}),
    ("followups11.jsonl", {"factoid_accuracy": 0.69, "abstention": 0.70, "answer_rate": 0.80}),
    ("followups12.jsonl", {"factoid_accuracy": 0.55, "abstention": 0.70, "answer_rate": 0.76}),
    ("followups13.jsonl", {"factoid_accuracy": 0.43, "abstention": 0.58, "answer_rate": 0.71}),
    ("followups14.jsonl", {"factoid_accuracy": 0.63, "abstention": 0.66, "answer_rate": 0.82}),
    ("followups15.jsonl", {"factoid_accuracy": 0.64, "abstention": 0.73, "answer_rate": 0.80}),
    ("followups16.jsonl", {"factoid_accuracy": 0.50, "abstention": 0.73, "answer_rate": 0.73}),
    ("followups17.jsonl", {"factoid_accuracy": 0.55, "abstention": 0.66, "answer_rate": 0.80}),
    ("followups18.jsonl", {"factoid_accuracy": 0.55, "abstention": 0.55, "answer_rate": 0.78}),
    ("followups19.jsonl", {"factoid_accuracy": 0.63, "abstention": 0.45, "answer_rate": 0.78}),
    ("followups20.jsonl", {"factoid_accuracy": 0.57, "abstention": 0.45, "answer_rate": 0.80}),
    ("followups21.jsonl", {"factoid_accuracy": 0.60, "abstention": 0.75, "answer_rate": 0.80}),
])
def test_questions_written_blind_keep_what_was_fixed(assistant, name, floors):
    """eval/blind*.jsonl (README, "Quality"): 40-45 questions each, written by sessions that saw
    neither the code nor any output. First runs: factoid 0.474 / 0.579 / 0.737 / 0.737 / 0.700 /
    0.875 / 0.455 / 0.364 / 0.682 / 0.591 / 0.682, abstention 0.60 / 0.80 / 0.80 / 0.70 / 1.00 /
    0.60 / 0.80 / 0.80 / 0.50 / 0.50 / 0.33, answer rate 0.714 / 0.771 / 0.771 / 0.800 / 0.833 /
    0.933 / 0.933 / 0.800 / 0.765 / 0.735 / 0.794; the rules their failures led to lifted the first five and blind7's factoids and
    abstention (blind6: a plain floor; blind8 was first run on the code before the rules blind7
    led to, then after them). The turnout rules (text.term_variants, composer.exact_figure,
    text.MEASURE_WORDS) lifted blind, blind2, blind7 and blind8's factoids and blind9's
    abstention; the near-miss rules (differences, changes and margins, a pronoun's actor, a
    percentage of another noun) the abstention of blind5, blind6, blind8, blind9 and blind10;
    a trailing "according to <name>" and a year opening its sentence blind11's factoids and
    abstention. eval/followups.jsonl (conversations) first ran at factoid 0.486, abstention
    0.56, answer rate 0.696; a clock time for "when", inflation as a rate and follow-ups that
    point back lifted it. eval/followups2.jsonl (written after those changes, run unseen: on the
    session's start and after them factoid 0.657, abstention 0.78 / 0.67, answer rate 0.773)
    has a plain floor, and so has eval/followups3.jsonl (written after the next changes, run
    unseen: factoid 0.342 / 0.368, abstention 0.667 / 0.444 on the start and on 00d9f5b).
    eval/blind12.jsonl, written last, ran unseen at factoid 0.750 and abstention 0.67 on both
    the start and the end of that work; its two answered near misses gave the place and
    percentage rules (abstention 1.00). eval/blind13.jsonl (a third of it typed short and casual)
    ran unseen at factoid 0.722, abstention 0.857, answer rate 0.848; a title named without
    quotes and the holder of a post asked about ("who was the president of the CNE") lifted it.
    eval/blind14.jsonl ran unseen at factoid 0.722, abstention 1.000 (0.857 on the code before
    blind13's rules), answer rate 0.848; chat shorthand ("pres election") lifted its factoids.
    eval/followups4.jsonl ran unseen at factoid 0.510, abstention 0.857, answer rate 0.746, the
    same before and after blind13's rules. eval/blind15.jsonl and eval/followups5.jsonl, written
    last, ran unseen at factoid 0.722 / abstention 1.000 / answer rate 0.794 and factoid 0.543 /
    abstention 0.533 / answer rate 0.803 (on the code before all of this session's rules:
    the same, but followups5 abstention 0.400): plain floors. eval/blind16.jsonl and
    eval/followups6.jsonl, written after all of that session's rules, ran unseen at factoid
    0.722 / abstention 1.000 / answer rate 0.818 (0.611 / 1.000 / 0.758 on the code before the
    session) and factoid 0.714 / abstention 0.571 / answer rate 0.867 (0.657 / 0.571 / 0.817).
    eval/blind17.jsonl and eval/followups7.jsonl ran unseen on the next session's start at factoid
    0.722 / abstention 0.750 / answer rate 0.833 and factoid 0.509 / abstention 0.500 / answer rate
    0.718; the rules they led to (inflation named, corrections, possessives, "that article", "it"
    for a measure, causes without "why") lifted blind17's abstention to 1.000 and followups7 to
    0.545 / 0.500 / 0.776. eval/blind18.jsonl (dev-like phrasing) ran unseen at 0.688 / 1.000 /
    0.800 on both that session's start and its later rules; a turnout given as a head count and
    "what explains" lifted it to 0.750 / 1.000 / 0.857. eval/blind19.jsonl, written last, ran unseen
    on that session's end at 0.688 / 0.800 / 0.886: a plain floor. eval/blind20.jsonl ran unseen on
    the next session's start (57263ba) at 0.706 / 0.833 / 0.853; a decade asked ("by the
    mid-1990s") lifted it to 0.765 / 0.833 / 0.882, and blind, blind9 and blind10's factoids.
    eval/blind21.jsonl, written at that session's end, ran unseen on its last code at 0.706 / 0.833 /
    0.824, the same as on its start: a plain floor. eval/blind22.jsonl, written blind by a helper at
    the start of the session after, was run only for its metrics until that session's end, where it
    gave 0.750 / 1.000 / 0.853 on the final code as on the session's start: a plain floor.
    eval/blind23.jsonl and eval/blind24.jsonl, written blind by two helpers in the session after,
    ran first as metrics only: blind23 at 0.667 / 0.857 / 0.848 on that session's start and 0.722 /
    0.857 / 0.879 after its synonyms, blind24 at 0.833 / 0.857 / 0.939 (the same on the start);
    their misses then gave the figure-of-its-article's-time rule (blind23 abstention 1.000) and
    "voted No" as a side (blind24's wrong Yes share now abstains: answer rate 0.909).
    eval/blind25.jsonl, written by a third helper later in that session, ran first at 0.722 / 1.000 /
    0.788 (the same on the session's start); a synonym of the counted noun, courtesy and "his
    article" lifted it to 0.778 / 1.000 / 0.879. eval/blind26.jsonl, written by a fourth helper at
    that session's end, ran first at 0.667 / 0.571 / 0.788 (0.611 / 0.571 / 0.758 on its start): a
    plain floor; its three answered near misses (a 2007 abstention share asked of 2006, a margin of
    another clause, "Name the states…") were tried against and are in docs/quality.md.
    eval/blind27.jsonl, the fifth, ran first at 0.722 / 0.571 / 0.818 (0.667 / 0.571 / 0.788 on the
    start); a whole number matching its figure's decimals ("who got 49%") and a share of the
    electorate being no vote share lifted it to 0.778 / 0.714 / 0.848. A table's rows taking their
    heading's words ("B Block, second part of reform" / "No: 4.522.332, 51,05 %") then lifted blind24
    to 0.889 / 0.857 / 0.939 and blind26 to 0.722 / 0.571 / 0.818. eval/blind28.jsonl, the sixth,
    ran first at 0.611 / 0.714 / 0.788 (the same on the start); a figure's owner named right after
    it and a figure said outright of another year weighing as a near miss lifted its abstention to
    1.000. eval/blind29.jsonl, the seventh of that session, ran first at 0.667 / 0.857 /
    0.848 (0.667 / 0.714 / 0.848 on the start): a plain floor. eval/blind30.jsonl, written at its very
    end, ran first on its final code at 0.778 / 1.000 / 0.848, the same as on its start: a plain floor.
    eval/blind31.jsonl and eval/blind32.jsonl, written blind by two helpers at the next session's
    start, ran first on it at 0.722 / 0.857 / 0.848 and 0.833 / 1.000 / 0.879; the rules their misses
    led to (a day asked, "the NO side", a reader's guess, "who penned the commentary", the size of a
    thing, an event the answer's article never names) lifted them to 0.889 / 1.000 / 0.939 and
    1.000 / 1.000 / 0.970. eval/blind33.jsonl and eval/blind34.jsonl (the second worded away from the
    articles: "bleed", "stayed home", "slice of the ballots"), written by two more helpers after
    those rules, ran first at 0.833 / 0.857 / 0.818 and 0.412 / 0.857 / 0.576, the same as on the
    session's start; an answer near the line weighed for words its context says otherwise lifted
    blind34 to 0.471 / 0.857 / 0.636. eval/blind35.jsonl and eval/blind36.jsonl, written by two more
    helpers late in that session, ran first on f904bf6 at 0.850 / 0.833 / 0.941 and 0.778 / 0.857 /
    0.909 (the same on its start but blind36's answer rate, 0.879); "the name of …" needing a name
    and a margin read off "rejected by 50.7% to 49.2%" lifted blind36 to 0.833 / 1.000 / 0.939. The
    session's rules raised the floors of blind6, blind8, blind12, blind18, blind22, blind24,
    blind26, blind27, blind29, blind33, followups2, followups3 and followups5 to what they hold.
    eval/blind37.jsonl and eval/blind38.jsonl, written by two helpers at the start of the session
    after, ran first on 9056105 at 0.667 / 0.857 / 0.758 and 0.833 / 0.857 / 0.909; a post
    capitalised without a name ("elected President") no longer answering "who" lifted blind38's
    abstention to 1.000, and took blind11's factoid to 0.682: its "President" had counted only
    because the answer's first sentence happened to name Chávez; "what was inflation running at"
    asking a percentage and a count of casualties needing a word for them ("deadly protests"
    counts no one) lifted blind37 to 0.722 / 1.000 / 0.788. eval/blind39.jsonl and
    eval/blind40.jsonl, written by two more helpers late in that session, ran first on its code of
    the time (2c1904b) at 0.778 / 0.714 / 0.879 and 0.722 / 0.857 / 0.788, the same as on 9056105;
    the casualty rule then lifted their abstention to 0.857 and 1.000, and a year alone no longer
    answering "on what date in 2004" blind39's to 1.000. "Did X ever/actually happen?" needing a
    sentence saying so raised the abstention floors of followups, followups5 and followups6.
    eval/blind41.jsonl to eval/blind44.jsonl, written by four helpers at the start of the session
    after (four styles: essay, fact-check, phone, political science), ran first on e4f936e at
    0.444 / 1.000 / 0.758, 0.722 / 0.857 / 0.848, 0.722 / 1.000 / 0.879 and 0.889 / 1.000 / 0.970;
    an article named by who reported or cited it ("as reported by In Defence of Marxism") lifted
    blind41 to 0.667 / 1.000 / 0.879 (and blind28's factoid), "the one which…" read as a pronoun
    to 0.722 (and blind35's), and an unknown word counting against an answer only when it names
    the thing asked to 0.778 / 1.000 / 0.909 (and blind10's factoid); a search with "when" inside
    a clause took blind42's abstention to 1.000. A month asked without a year and an ellipsis
    taking the conversation's time raised the abstention floors of followups, followups5 and
    followups7. eval/blind45.jsonl and eval/blind46.jsonl, written late in that session, ran first
    on 170b762 at 0.778 / 1.000 / 0.879 and 0.778 / 1.000 / 0.848, the same as on e4f936e; "which
    was the percent of votes for Chavez?" asking Chávez's percentage lifted blind46 to 0.833 /
    1.000 / 0.879. The thirteenth session's eval/blind47.jsonl to blind50.jsonl ran first on its
    start (6ce434b) at 0.833 / 0.857 / 0.879, 0.611 / 1.000 / 0.818, 0.389 / 0.857 / 0.697 and
    0.500 / 1.000 / 0.697, blind51 and blind52 (written mid-session) at 0.722 / 0.857 / 0.879 and
    0.333 / 0.857 / 0.636 on its start and on 20dd5ba alike; their floors keep what its rules
    fixed (an event placed by another, a bilingual reader's Spanish, "%" in a search, a hedge
    before the question, a year in words). Reading a table row after its heading answered four
    Block A/B questions and cost followups6 one abstention ("how many of them [the amendments]
    were in block A" takes the block's "Votes counted"): its floor went 0.60 -> 0.55. The
    fourteenth session's eval/blind55.jsonl to blind58.jsonl ran first on its start (e28e6ae) at
    0.778 / 1.000 / 0.879, 0.722 / 0.714 / 0.879, 0.611 / 1.000 / 0.758 and 0.833 / 0.714 / 0.939;
    their floors keep what its rules fixed (a claim's figure left out, an acronym in parentheses
    naming whose figure is asked). blind59 and blind60, written mid-session, ran first at 0.833 /
    1.000 / 0.939 and 0.778 / 0.857 / 0.879 on its start and on daa0b3e alike; blind60's answer
    rate floor holds "vs" between two years making a comparison (0.879 without it). The fifteenth
    session's eval/blind63.jsonl to blind66.jsonl ran first on its start (fd8654e) at 0.778 /
    1.000 / 0.909, 0.722 / 0.857 / 0.879, 0.667 / 1.000 / 0.697 and 0.722 / 0.857 / 0.818, and
    blind67 (a new user's broad questions, written mid-session) at 0.722 / 1.000 / 0.970 on its
    start and on a011ccb alike; their floors keep what its rules fixed (a preamble retelling an
    article before a fact, the asking sentence typing an explanation, "what vote share", a rate
    given per 100,000, a figure in a joined clause of another event). The sixteenth session's
    eval/blind70.jsonl to blind72.jsonl (a non-native speaker's questions without auxiliaries, a
    journalist naming people by role, elections named by their place in a sequence) ran first on
    its start (070f180) at 0.722 / 1.000 / 0.879, 0.611 / 0.857 / 0.788 and 0.667 / 0.857 /
    0.848; their floors keep what its rules fixed (the thing counted and its owner read without
    an auxiliary, a side written "No" mid-question, "took part", "taken into custody" asked in
    the articles' one word). blind73 and blind74, written at its end, ran first on its final code
    at 0.722 / 0.857 / 0.818 and 0.667 / 1.000 / 0.818, as on its start; their floors keep the two
    rules read off them ("the 2007 constitutional ref", a claim's topic kept when the asking
    sentence has none). The seventeenth session's eval/blind75.jsonl to blind77.jsonl (British
    political vocabulary, commands instead of questions, attribution and sources) ran first on
    its start (ce1ca2f) at 0.722 / 0.857 / 0.879, 0.722 / 0.857 / 0.818 (nugget 0.278) and 0.722 /
    1.000 / 0.909; their floors keep what its rules fixed (a request asked as its question, a
    table row as near the question as its heading, a source line naming a quoted work's author).
    blind78 (a reader checking a guess) and blind79 (a topic named first), written mid-session,
    ran first on c69d29a at 0.667 / 0.857 / 0.758 and 0.722 / 0.714 / 0.879 (as on the start, but
    blind79's MRR); their floors keep the rules read off them (a guess's figure in doubt, a topic
    before a colon kept with the fact asked, a count before a superlative). blind80 (passive
    voice) and blind81 (what things and people are), written at its end, ran first on its final
    code (b869d65) exactly as on its start: 0.944 / 1.000 / 0.939 (a plain floor) and 0.611 /
    0.857 / 0.848, whose floor keeps the rule read off it (an acronym's long form asked). The
    eighteenth session's blind82 (a fast typist's misspellings), blind83 (two things asked at
    once) and blind84 (a sports commentator's contests) ran first on its start (62204a7) at 0.889
    / 1.000 / 0.909, 0.667 / 1.000 / 0.848 and 0.500 / 1.000 / 0.606; their floors keep what its
    rules fixed (a letter left out or changed, two questions answered as two, a contest that is
    an election, "what became of"). blind85 (a plain reader, a quarter of it asking two things)
    and blind86 (a phone's typos), written mid-session, ran first on the start at 0.833 / 1.000
    / 0.879 (a plain floor: the same on 22fc779) and 0.778 / 1.000 / 0.879 (on 22fc779 0.833 /
    0.909, the letter left out). blind87 (a plain reader) and blind88 (a teacher's quiz: choices,
    days without a year), written at its end, ran first on its final code (ed35d9a) and on its
    start: blind87 identical (0.722 / 1.000 / 0.848, a plain floor), blind88 0.778 against
    0.722 (/ 1.000 / 0.848): two choices answered with the name offered; its floor keeps that.
    The nineteenth session's blind89 (a fact-checker asking who won, lost, conceded), blind90 (a
    Spanish-first reader) and blind91 (keyword queries) ran first on its start (4d43422) at 0.556
    / 1.000 / 0.697, 0.778 / 1.000 / 0.848 (plain floors: the same at its end) and 0.778 / 1.000
    / 0.879, whose floor keeps what its end answers (a noun in -age matching its word: "short of"
    for "shortage"; a passage found by its nearest sentence: inflation "of around 22%"). blind92
    (a plain reader), written at its end, ran first on its start and on the code of the time at
    0.944 / 0.857 / 0.939; its floor keeps the rule read off it after (a count counts the noun after
    it: "What is the population of Ecuador?" no longer answered "nine"). The twentieth session's
    blind93 (an editor checking figures), blind94 (a student giving context first) and blind95 (a
    hurried phone user) ran first on its start (c033ae7) at 0.722 / 0.714 / 0.879, 0.667 / 0.857
    / 0.758 (a plain floor) and 0.667 / 0.714 / 0.788; their floors keep what its rules fixed (a
    figure asked of "the president" beside the one name given; "the green left article on
    governor elections" naming an article; a question written with "%" asking a percentage). The
    twenty-first session's blind96 (a plain reader), blind97 (a journalist naming people by role)
    and blind98 (causes and reactions in everyday words) ran first on its start (66218c1) at
    0.667 / 1.000 / 0.848 (a plain floor), 0.444 / 1.000 / 0.636 and 0.556 / 0.857 / 0.788; their
    floors keep what its rules fixed (the voter roll and those eligible to vote asked as the
    electorate, "showed up", "cast a ballot" and "didn't bother to vote" as the turnout and the
    abstention, a stance adverb taken out of the question). Taking "actually" out cost blind51
    one answer ("so in the recall referendum how many votes did chavez actually get" now answers
    "six", as its plain form already did: 0.75 -> 0.72) and followups5 one abstention ("what was
    actually in block B" answers as "what was in block B" does: 0.75 -> 0.73); the adverb had
    kept both off by weighing most in the confidence. The twenty-second session's "by the time of"
    as no topic (31 such questions wrong, two gained) cost blind98 one explanation ("Why were
    everyday groceries like rice and coffee so hard to find around the time of the 2007 vote?"),
    whose one sentence naming rice and coffee had been chosen for its "At the same time": 0.87 ->
    0.84; "the government side" read as the side named (its "side" no topic) turned blind98-007's
    wrong answer (Maduro's 7,505,378 for the votes the government side lost) into an abstention:
    0.84 -> 0.81. The twenty-second session's blind99 (a plain reader), blind100 (yes/no and
    checking questions) and blind101 (where and when) ran first on its start (a8cb1f4) at 0.722 /
    0.857 / 0.848, 0.833 / 1.000 / 0.848 and 0.778 / 0.857 / 0.879; their floors keep what its
    rules fixed ("how bad was inflation" asking the rate; "What was the exact count?" after a
    checked guess; a question before the question kept; "really" no longer asking whether a
    thing came about; "date" and "held" no topics of when an event was). The twenty-third
    session's blind102 (people and elections named by role or description), blind103 (a
    statistics student's figures) and followups8 (20 conversations) ran first on its start
    (8377e50) at 0.556 / 1.000 / 0.636, 0.611 / 0.857 / 0.818 and 0.667 / 0.800 / 0.864; their
    floors keep what its rules fixed (a runner-up's figure read off a result, the working week
    asked in other words, a vote to remove someone as the recall, "and how many votes was that?",
    "and his rival?"). blind104 (a reader asking from memory), written mid-session, ran first at
    0.722 / 1.000 / 0.848 on its start and on the code of the time alike: a plain floor. The
    twenty-fourth session's blind105 (who said what), blind106 (search-box queries) and
    followups9 (20 conversations) ran first on its start (3500012) at 0.944 / 0.857 / 0.970,
    0.944 / 1.000 / 1.000 and 0.649 / 0.750 / 0.860; blind107 (a teacher's quiz) and blind108 (a
    fact-checker's figures in other forms), written mid-session, at 0.944 / 0.857 / 0.909 and
    0.650 / 1.000 / 0.818 (on the start and on the code of the time alike but blind108's R@5).
    Their floors keep what its rules fixed ("there" as the place answered before, a post asked
    of someone named, a teacher's "State…" / "Outline…", a rounded figure's exact one, a day in
    words). The twenty-fifth session's blind109 (a general reader), blind110 (time and sequence),
    blind111 (a podcast host's broad questions) and followups10 (20 conversations) ran first on its
    start (0924803) at 0.840 / 0.833 / 0.882, 0.500 / 1.000 / 0.727, 0.750 / 1.000 / 0.848 and
    0.457 / 0.625 / 0.804; blind112 (a plain reader) and blind113 (people and posts), written
    mid-session, at 0.944 / 0.571 / 0.939 and 0.722 / 0.571 / 0.879 on the start and the code of
    the time alike; blind114 (a plain reader) and followups11 (a journalist's conversations),
    written late, at 0.722 / 0.857 / 0.879 (start and 2d007e1 alike) and 0.663 / 0.714 / 0.785
    (0.687 / 0.714 / 0.796 on 2d007e1). Their floors keep what its rules fixed (a table's
    lead-in, a season or part of a year no topic, the hour a time's form word, "read out", a
    count of another thing no number of votes, a year asked of a time named, "and the presidential
    term?", an event's article title matched for a fact of it, "the name of the CNE president"
    asked as a post's holder). The twenty-sixth session's blind115 (a history teacher), blind116 (a
    fact-checker restating a claim), blind117 (a Spanish speaker's plain English) and followups12
    (a retired engineer's 20 conversations) ran first on its start (c49573b) at 0.889 / 1.000 /
    0.939, 0.650 / 1.000 / 0.788, 0.889 / 0.857 / 0.939 and 0.506 / 0.750 / 0.765; blind118 (a
    graduate student), written mid-session, at 0.778 / 1.000 / 0.818; blind119 (a retired diplomat)
    and followups13 (a student's phone-typed conversations), written late and never read, at 0.833 /
    1.000 / 0.788 and 0.488 / 0.625 / 0.765 (0.889 / 1.000 / 0.818 and 0.477 / 0.625 / 0.755 at its
    end). Their floors keep what its rules fixed (the camps' several names, a claim's "Is that
    correct?", "declared null" and ballots "thrown out", a byline asked, a time aside answered from
    the main article, "who was the writer?" after an abstention). The twenty-seventh session's
    blind120 (a wire-service desk editor) and followups14 (a podcast host's conversations) ran first
    on its start (acdf617) at 0.778 / 0.857 / 0.818 and 0.635 / 0.714 / 0.812 (0.833 / 1.000 / 0.879
    and 0.689 / 0.714 / 0.865 at its end); blind121 (a school student), blind122 (a development
    economist, written mid-session) and followups15 (a translator's conversations, written late),
    never read, at 0.944 / 0.857 / 0.970, 1.000 / 1.000 / 0.939 and 0.692 / 0.786 / 0.848, the same at
    its end. Their floors keep what its rules fixed (who became or is the new holder of a post, the
    electoral body or authority as the council, an ex-governor a former one, a paper that ran a
    story published it, "that rally" the last question's, "what was official unemployment?"). The
    twenty-eighth session's blind123 (a political-science PhD student), blind124 (a retired
    diplomat) and followups16 (a civics teacher's conversations), never read before its end, ran
    first on its start (05fd604) at 0.889 / 1.000 / 0.970, 1.000 / 1.000 / 0.970 and 0.551 / 0.786 /
    0.787 (0.551 / 0.786 / 0.777 at its end: a why-turn lost to its first rule, explanations carried
    to their elaborations); blind125 (a radio producer) and followups17 (a student's terse
    conversations), written after the first rules and never read, ran first at 0.812 / 1.000 /
    0.879 and 0.570 / 0.714 / 0.844, on its start and on the code of their time alike, and the
    same at its end. Their floors keep what its rules fixed (a quoted side, "the nine most populated
    of the 23 states", a place after a preposition, "it" of a figure moved, a rival or runner-up
    asked by name, an author asked of an article's topic, the head of a body as its president). The
    twenty-ninth session's blind126 (a fact-checker preparing a podcast), blind127 (a high-school
    student) and followups18 (a journalist on deadline), never read before its end, ran first on its
    start (16c29ff) at 0.842 / 1.000 / 0.882, 0.842 / 1.000 / 0.941 and 0.582 / 0.571 / 0.818, the
    same at its end (its rules came from helpers' probes of new users' questions and conversations,
    which these sets did not happen to ask: one abstention's wording moved). The thirtieth
    session's blind128 (a lecturer's seminar handout), blind129 (a retired engineer typing quickly in
    his second language) and followups19 (a debate coach's conversations), never read before its
    end, ran first on its start (47a1c51) at 0.950 / 1.000 / 0.971, 0.792 / 1.000 / 0.829 and
    0.681 / 0.500 / 0.830, the same at its end (three answers moved, none in its metrics: "The
    Independent" for the newspaper, no longer "London"). The thirty-first session's blind130 (a
    journalism student fact-checking a feature), blind131 (a comparative-politics PhD candidate,
    mostly why / how / comparison) and followups20 (a radio host's conversations), never read
    before its end, ran first on its start (8ed523d) at 0.947 / 1.000 / 0.971, 0.692 / 1.000 / 0.857
    and 0.604 / 0.500 / 0.839, and at its end at 0.947 / 1.000 / 0.971, 0.692 / 1.000 / 0.886 and
    0.604 / 0.500 / 0.847 (a "what" question naming no kind of thing with a name answered as an
    explanation; a follow-up's pronoun found in a lower-case question). The thirty-second
    session's blind132 (a retired diplomat checking a memoir), blind133 (a teacher's quiz in
    everyday words) and followups21 (a podcast researcher's terse conversations), never read
    before its end, ran first on its start (c5ca094) at 0.800 / 0.857 / 0.879, 0.810 / 0.857 /
    0.939 and 0.652 / 0.800 / 0.829, and exactly the same at its end: no answer of theirs moved."""
    from pathlib import Path
    metrics = evaluate(Path(__file__).parent.parent / "eval" / name, lambda q, history: assistant.ask(q, history=history).to_dict())
    for metric, floor in floors.items():
        assert metrics[metric] >= floor, metric
    assert metrics["citation_faithfulness"] == 1.0
