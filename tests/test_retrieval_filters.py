"""The filter mask (`Retriever.allowed_rows`) is built from per-passage arrays; it must let
through exactly the passages `Filters.allows` lets through, one passage at a time: undated
articles never pass a date bound, partial dates ("2017-10") compare by their first
len(bound) characters, unknown article names match nothing."""
from __future__ import annotations

import itertools

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from qa.chunking import Passage
from qa.retrieval import Filters, Retriever
from qa.store import IndexData, read_index

DATES = ["", "2004", "2004-08", "2004-08-15", "2007-12-02", "2013-04", "2013-04-14", "2013-04-15",
         "2017-10", "2017-10-15", "2017-1", "20171", "April 2013", "2013-04-15T10:00:00", "1999-12-31"]
BOUNDS = ["", "2004", "2004-08", "2004-08-14", "2004-08-15", "2007", "2013-04", "2013-04-15", "2013-4",
          "2017-10-01", "2017-10-31", "2018", "1999", "2", "A", "2013-04-15T10", "9999"]


def passage(doc: str, position: int, date: str | None) -> Passage:
    p = Passage(doc=doc, position=position, sentences=[], text=f"{doc} {position}", id=position)
    p.metadata = {} if date is None else {"date": date}
    return p


def retriever_over(passages: list[Passage]) -> Retriever:
    data = IndexData(manifest={"documents": {}}, passages=passages,
                     passage_vectors=np.zeros((len(passages), 4), np.float32),
                     sentence_vectors=np.zeros((0, 4), np.float32))
    return Retriever(data)


def old_mask(retriever: Retriever, filters: Filters) -> np.ndarray:
    """The mask as it was built before: one Filters.allows call per passage."""
    return np.array([filters.allows(p) for p in retriever.data.passages], dtype=bool)


def check_same(retriever: Retriever, filters: Filters) -> None:
    new = retriever.allowed_rows(filters)
    if not filters:
        assert new is None
        return
    assert new.dtype == bool and new.shape == (len(retriever.data.passages),)
    assert np.array_equal(new, old_mask(retriever, filters)), filters


def made_up_passages() -> list[Passage]:
    passages, position = [], 0
    for i, date in enumerate(DATES + [None]):           # None: no date key in the metadata at all
        for _ in range(1 + i % 3):
            passages.append(passage(f"doc{i}.txt", position, date))
            position += 1
    return passages


def test_every_pair_of_bounds_and_article_sets_gives_the_old_mask():
    retriever = retriever_over(made_up_passages())
    doc_sets = [None, set(), {"doc1.txt"}, {"doc0.txt", "doc8.txt", "doc15.txt"}, {"missing.txt"},
                {"doc3.txt", "missing.txt"}]
    for date_from, date_to in itertools.product(BOUNDS, BOUNDS):
        for docs in doc_sets:
            check_same(retriever, Filters(docs=docs, date_from=date_from, date_to=date_to))


def test_undated_and_partial_dates_keep_their_meaning():
    retriever = retriever_over([passage("a.txt", 0, ""), passage("b.txt", 1, "2017-10"),
                                passage("c.txt", 2, "2017-10-20"), passage("d.txt", 3, None)])
    rows = lambda **kw: list(np.flatnonzero(retriever.allowed_rows(Filters(**kw))))
    assert rows(date_from="2017") == [1, 2]                  # undated articles never pass a bound
    assert rows(date_to="2017-10") == [1, 2]
    assert rows(date_from="2017-10-15") == [2]               # "2017-10" sorts before "2017-10-15"
    assert rows(date_to="2017-10-15") == [1]
    assert rows(docs={"a.txt", "d.txt"}) == [0, 3]           # no date bound: undated pass
    assert retriever.allowed_rows(Filters()) is None


def test_an_index_without_passages_or_dates():
    empty = retriever_over([])
    assert empty.allowed_rows(Filters(date_from="2017")).shape == (0,)
    undated = retriever_over([passage("a.txt", 0, ""), passage("b.txt", 1, None)])
    check_same(undated, Filters(date_from="2017"))
    check_same(undated, Filters(docs={"b.txt"}, date_to="2020"))


date_text = st.one_of(st.sampled_from(DATES + BOUNDS), st.text(alphabet="0123456789-T :aZ", max_size=12))


@settings(max_examples=300, deadline=None)
@given(dates=st.lists(st.one_of(st.none(), date_text), min_size=1, max_size=30),
       date_from=date_text, date_to=date_text,
       docs=st.one_of(st.none(), st.sets(st.integers(0, 35).map(lambda i: f"doc{i}.txt"), max_size=5)))
def test_any_dates_and_bounds_give_the_old_mask(dates, date_from, date_to, docs):
    retriever = retriever_over([passage(f"doc{i % 7}.txt", i, d) for i, d in enumerate(dates)])
    check_same(retriever, Filters(docs=docs, date_from=date_from, date_to=date_to))


def test_the_bundled_index_gives_the_old_mask(bundled_index):
    retriever = Retriever(read_index(bundled_index))
    passages = retriever.data.passages
    docs = sorted({p.doc for p in passages})
    dates = sorted({p.metadata.get("date", "") for p in passages})
    assert len(docs) >= 5 and len(dates) >= 3
    bounds = [""] + dates + [d[:4] for d in dates] + [d[:7] for d in dates] + ["2010", "2013-04-14", "2030"]
    for date_from, date_to in itertools.product(bounds, bounds):
        check_same(retriever, Filters(date_from=date_from, date_to=date_to))
    for k in range(1, len(docs) + 1):
        for chosen in itertools.combinations(docs, k):
            check_same(retriever, Filters(docs=set(chosen)))
            check_same(retriever, Filters(docs=set(chosen), date_from="2007", date_to="2013-04"))
    assert retriever.allowed_rows(Filters(date_from="2010")).sum() not in (0, len(passages))


# ------------------------------------------------------------------ checking the user's values

def test_dates_must_be_iso_and_in_the_calendar():
    for good in ["2013", "2013-04", "2013-04-14", "2024-02-29"]:
        assert Filters(date_from=good, date_to=good).problems() == [], good
    for bad in ["garbage", "2013-4", "13", "12/2013", "2013-13", "2013-00", "2013-02-30", "2023-02-29",
                "2013-04-14T10", " 2013"]:
        [problem] = Filters(date_to=bad).problems(labels={"date_to": "--to"})
        assert problem.startswith(f"--to '{bad}' is not a date") and "YYYY, YYYY-MM or YYYY-MM-DD" in problem


def every_date(years=range(2011, 2015)) -> list[str]:
    """Every year, month and day of a few years: what an article's date may be."""
    import datetime as dt
    days = [dt.date(y, 1, 1) + dt.timedelta(n) for y in years for n in range(366) if (dt.date(y, 1, 1) + dt.timedelta(n)).year == y]
    return sorted({str(y) for y in years} | {d.isoformat()[:7] for d in days} | {d.isoformat() for d in days})


def test_a_range_is_called_empty_exactly_when_no_date_can_pass_it():
    dates = every_date()
    bounds = ["2011", "2012", "2013", "2012-06", "2012-07", "2013-01", "2012-06-30", "2012-07-01", "2012-12-31"]
    for date_from, date_to in itertools.product(bounds, bounds):
        filters = Filters(date_from=date_from, date_to=date_to)
        empty = any("is empty" in p for p in filters.problems())
        passing = [d for d in dates if filters.allows(passage("a.txt", 0, d))]
        assert empty == (not passing), (date_from, date_to, passing[:3])


def test_an_unknown_article_is_named_with_the_known_ones():
    known = ["2013-04-maduro-wins-presidential-election.txt", "2017-10-psuv-wins-regional-elections.txt"]
    [problem] = Filters(docs={"2013-maduro.txt", known[1]}).problems(known, labels={"docs": "--doc"})
    assert problem.startswith("--doc '2013-maduro.txt' names no indexed article") and all(k in problem for k in known)
    many = [f"article-{i:03d}.txt" for i in range(50)] + known
    [problem] = Filters(docs={"2013-04-maduro-wins-presidential-election"}).problems(many)
    assert f"did you mean {known[0]}" in problem and "`qa status` lists all 52" in problem
    assert Filters(docs=set(known)).problems(known) == []
    assert Filters(docs={"anything.txt"}).problems() == []          # without the index's names: not checked
    assert len(Filters(docs=["x.txt", known[0]]).problems(known)) == 1   # a list of names, as a caller may pass


def test_check_raises_one_line_with_every_problem():
    import pytest

    from qa.errors import BadFilterError
    with pytest.raises(BadFilterError) as caught:
        Filters(docs={"x.txt"}, date_from="2013-13", date_to="soon").check(["a.txt"])
    message = str(caught.value)
    assert "\n" not in message and "2013-13" in message and "soon" in message and "x.txt" in message
    assert Filters(date_from="2013").check(["a.txt"]) == Filters(date_from="2013")


def test_a_range_no_article_is_dated_in_is_a_problem_naming_the_dates_there_are():
    dates = {"a.txt": "2004-08", "b.txt": "2013-04-15", "c.txt": ""}
    assert Filters(date_from="2013").problems(dates=dates) == []
    assert Filters(docs={"c.txt"}).problems(dates=dates) == []                 # no date bound: nothing to check
    assert Filters(date_from="2014", date_to="2016").problems(dates=dates) == [
        "no indexed article is dated 2014 to 2016 (the indexed articles are dated 2004-08 to 2013-04-15; "
        "1 undated one is left out by a date filter)"]
    assert Filters(docs={"a.txt"}, date_to="2003").problems(dates=dates) == [
        "no article chosen is dated 2003 or earlier (the articles chosen are dated 2004-08)"]
    assert Filters(docs={"c.txt"}, date_from="2000").problems(dates=dates) == [
        "no article chosen is dated 2000 or later (the articles chosen have no date)"]
    assert Filters(date_from="2013-13").problems(dates=dates) == [        # a bad date is named, not this
        "the from date '2013-13' is not a date in the calendar: write it as YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2013 or 2013-04-14)"]
