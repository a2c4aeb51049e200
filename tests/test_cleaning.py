"""Cleaning: page-break re-joining, boilerplate, repeated sentences, offsets back to the raw text."""
from pathlib import Path

from qa.cleaning import clean_document, kept_text_within
from qa.documents import Document
from qa.loaders import load_plain_text

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def doc(text: str, body_start: int = 0) -> Document:
    return Document(path="t.txt", text=text, body_start=body_start)


def paragraphs(text: str) -> list[str]:
    return [p.text for p in clean_document(doc(text))]


def assert_offsets(d: Document):
    for p in clean_document(d):
        for s in p.sentences:
            raw = " ".join(d.text[s.start:s.end].split())
            assert s.text in (raw, raw.replace("- ", "")), (raw, s.text)


def test_paragraph_broken_by_page_break_is_rejoined():
    text = "The collapse of the bureaucratic dictatorships\n\nand planned economies in the East.\n\nNext paragraph."
    assert paragraphs(text) == ["The collapse of the bureaucratic dictatorships and planned economies in the East.",
                                "Next paragraph."]


def test_word_hyphenated_across_page_break_loses_hyphen():
    text = "Where necessary they will re-\n\nsort to brutal military dictatorships."
    assert paragraphs(text) == ["Where necessary they will resort to brutal military dictatorships."]
    assert_offsets(doc(text))


def test_real_compound_at_line_end_before_capital_is_kept():
    text = "The leader said so.\n\nAnother paragraph starts here."
    assert paragraphs(text) == ["The leader said so.", "Another paragraph starts here."]


def test_site_boilerplate_is_dropped():
    text = ("The vote was held on Sunday.\n"
            "Like the article? Subscribe to Green Left now! You can also like us on Facebook and follow us on Twitter.")
    assert paragraphs(text) == ["The vote was held on Sunday."]


def test_a_sentence_sending_the_reader_elsewhere_is_dropped_from_its_paragraph():
    text = ("The coup attempt has been defeated. For more information, please see the Hands Off Venezuela website. "
            "Calm returned.")
    assert paragraphs(text) == ["The coup attempt has been defeated. Calm returned."]
    assert paragraphs("For more than a decade, voters see little change.") == ["For more than a decade, voters see little change."]
    assert_offsets(doc(text))


def test_bare_site_address_banner_is_dropped():
    assert paragraphs("socialistworld.net\n\nThe real article text begins here.") == ["The real article text begins here."]


def test_near_verbatim_repeated_sentence_is_collapsed():
    text = ("Then, Radio Nacional de Venezuela echoed some of those named, including the journalist Anderi, "
            "coordinator of the Forum and conductor of a radio program on that station. "
            "Then, Radio Nacional de Venezuela echoed some of those named, including the journalist Anderi, "
            "coordinator of the Forum and driver of a radio program on that station.")
    out = paragraphs(text)
    assert len(out) == 1 and "conductor" in out[0] and "driver" not in out[0]


def test_reordered_repeat_is_collapsed_but_different_numbers_are_not():
    text = ("For the moment, hundreds of people discuss why, in his view, was lost the referendum this Sunday. "
            "For the moment, hundreds of people discuss why, in his view, the referendum was lost this Sunday.\n\n"
            "No: 4.504.354 votes were cast against the first block of the reform on Sunday night.\n\n"
            "No: 4.522.332 votes were cast against the second block of the reform on Sunday night.")
    out = paragraphs(text)
    assert len(out) == 3
    assert out[0].count("For the moment") == 1


def test_repeated_title_lines_are_kept_once():
    text = "The revolution in danger\n\nTony Saunois, cwi,\n\nThe revolution in danger\n\nTony Saunois, cwi,\n\nBody text here."
    assert paragraphs(text) == ["The revolution in danger", "Tony Saunois, cwi,", "Body text here."]


def test_short_list_lines_stay_separate():
    text = "A Block, first part of the reform\n\nNo: 4.504.354, 50,70 %\nYes: 4.379.392, 49.29 %\nNullified: 118.693"
    assert paragraphs(text) == ["A Block, first part of the reform", "No: 4.504.354, 50,70 %",
                                "Yes: 4.379.392, 49.29 %", "Nullified: 118.693"]


def test_sentence_offsets_point_into_raw_file_for_every_bundled_article():
    for path in sorted(CORPUS.iterdir()):
        d = load_plain_text(path)
        assert d.body_start > 0  # front matter is not article text
        assert_offsets(d)


def test_bundled_cws_article_is_cleaned():
    d = load_plain_text(CORPUS / "2008-01-28-the-revolution-in-danger.txt")
    text = "\n".join(p.text for p in clean_document(d))
    assert "bureaucratic dictatorships and planned economies" in text
    assert "they will resort to brutal" in text
    assert text.count("The revolution in danger") == 1
    assert "socialistworld.net\n" not in text


def test_soft_wrapped_line_before_a_capital_is_joined():
    text = ("The council approved the harbour budget at a cost of\n212 million euros for the brand new northern harbour basin in\n"
            "March after a long debate.\n")
    assert paragraphs(text) == ["The council approved the harbour budget at a cost of 212 million euros for the "
                                "brand new northern harbour basin in March after a long debate."]
    assert_offsets(doc(text))


def test_question_with_invalid_utf8_bytes_is_answered(assistant):
    answer = assistant.ask("What was the turnout \udcff in 2013?")
    assert answer.question and "\udcff" not in answer.question


def test_a_paragraph_of_a_whole_file_is_segmented_in_bounded_windows_with_the_same_sentences(monkeypatch):
    """pysbd's time grows with the square of its input: a 1 MB one-line file took ten minutes to
    index. A long paragraph goes to it a window at a time, with the sentences it would have had."""
    from qa import sentences
    body = " ".join(" ".join(p.text for p in clean_document(load_plain_text(path)))
                    for path in sorted(CORPUS.glob("*.txt")))[:24000]
    monkeypatch.setattr(sentences, "WINDOW_CHARS", len(body))
    whole = sentences.split_sentences(body)            # one pysbd call, as before windows
    given: list[int] = []
    segment = sentences._segmenter.segment
    monkeypatch.setattr(sentences._segmenter, "segment", lambda text: given.append(len(text)) or segment(text))
    monkeypatch.setattr(sentences, "WINDOW_CHARS", 8000)
    assert sentences.split_sentences(body) == whole
    assert max(given) <= 8000
    assert "".join(body[s:e] for s, e in whole).replace(" ", "") == body.replace(" ", "")   # nothing lost


def test_kept_text_within_a_span_leaves_out_what_cleaning_dropped_inside_it():
    """The text a passage cut from a span has: a repeat dropped inside the span is not in it, and
    sentences only partly inside the span are not either."""
    text = ("Caracas election desk\n\nTurnout was 74.17% on Sunday.\n\nCaracas election desk\n\n"
            "The count ended after midnight. The result was accepted.")
    d = doc(text)
    start, end = text.index("Turnout"), text.index("ended after midnight.") + len("ended after midnight.")
    assert kept_text_within(d, start, end) == "Turnout was 74.17% on Sunday. The count ended after midnight."
    assert kept_text_within(d, start + 1, end) == "The count ended after midnight."


def test_a_markdown_heading_is_read_without_its_marks():
    """An answer had quoted "# Millbrook council election: Greens take control" with its "#"."""
    text = "# Council election: Greens take control\n\nThe Greens won 14 of 25 seats.\n\n## Turnout\n\nIt was 38%. #1 was housing.\n"
    sentences = [s for p in clean_document(Document("a.md", text)) for s in p.sentences]
    assert [s.text for s in sentences] == ["Council election: Greens take control", "The Greens won 14 of 25 seats.",
                                           "Turnout", "It was 38%.", "#1 was housing."]
    assert all(text[s.start:s.end] == s.text for s in sentences)
    # found by the review: "#" before a lower-case word is no heading mark, a heading is never
    # joined to the line before it (its "#" would fall inside the sentence), a closing "##" goes
    for text, expected in (("Turnout figures\n\n# of votes cast: 5,000. It was high.\n",
                            ["Turnout figures", "# of votes cast: 5,000.", "It was high."]),
                           ("A long line of text that does not end with any punctuation at all here\n# Heading Two\n",
                            ["A long line of text that does not end with any punctuation at all here", "Heading Two"]),
                           ("## Results ##\n\nThe Greens won.\n", ["Results", "The Greens won."]),
                           # …nor the line after it (the second review: "Results ## the CNE said…")
                           ("Intro line here.\n## Results ##\nthe CNE said the turnout was high.\n",
                            ["Intro line here.", "Results", "the CNE said the turnout was high."])):
        sentences = [s for p in clean_document(Document("a.md", text)) for s in p.sentences]
        assert [s.text for s in sentences] == expected
        assert all(" ".join(text[s.start:s.end].split()) == s.text for s in sentences)


def test_a_sentence_ended_inside_parentheses_ends_there():
    """pysbd kept "…(and scheduled to last up to two months!) The PSUV claims over five million…"
    as one 58-word sentence; an abbreviation in parentheses ("(U.S.) The") ends nothing."""
    from qa import sentences
    text = ("Its first congress is taking place, attended by 1,600 delegates (and scheduled to last up to two "
            "months!) The PSUV claims over five million have registered. He said so (see above.) “That was it.”")
    assert [text[s:e] for s, e in sentences.split_sentences(text)] == [
        "Its first congress is taking place, attended by 1,600 delegates (and scheduled to last up to two months!)",
        "The PSUV claims over five million have registered.", "He said so (see above.)", "“That was it.”"]
    abbreviated = "Aid came from the (U.S.) The next day. Prices (in pesos) The same."
    assert len(sentences.split_sentences(abbreviated)) == 2
    nested = "Chávez (who (as ever) spoke!) The PSUV won. Then (it said so!) Él dijo."   # no lone ")" sentence
    assert [nested[s:e] for s, e in sentences.split_sentences(nested)] == [
        "Chávez (who (as ever) spoke!)", "The PSUV won.", "Then (it said so!)", "Él dijo."]
