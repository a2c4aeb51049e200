"""Passages: long paragraphs split at sentence boundaries, tiny ones merged, offsets kept."""
from qa.chunking import chunk
from qa.cleaning import clean_document
from qa.documents import Document


def word_count(texts):
    return [len(t.split()) for t in texts]


def make(text):
    d = Document(path="t.txt", text=text)
    return d, clean_document(d)


def test_long_paragraph_is_split_at_sentence_boundaries():
    sentences = [f"Sentence number {n} has exactly eight words." for n in range(10)]
    d, paras = make(" ".join(sentences))
    passages = chunk("t.txt", paras, word_count, max_tokens=20, min_tokens=1)
    assert [p.text for p in passages] == [" ".join(sentences[i:i + 2]) for i in range(0, 10, 2)]


def test_tiny_paragraphs_are_merged_with_the_next():
    d, paras = make("Heading\n\nTony Saunois\n\nA long paragraph with many words in it to pass the minimum size easily.")
    passages = chunk("t.txt", paras, word_count, max_tokens=100, min_tokens=5)
    assert len(passages) == 1
    assert passages[0].text.startswith("Heading\n\nTony Saunois\n\nA long")


def test_a_table_stays_in_one_passage_past_the_minimum_size():
    """A run of list lines (a results table) is not cut where the passage reaches min_tokens:
    "B Block, second part of reform" and both its rows stay together, and with "A Block"'s."""
    table = ("The detail of the results announced by CNE is:\nA Block, first part of the reform\n"
             "No: 4.504.354, 50,70 %\nYes: 4.379.392, 49.29 %\nNullified: 118.693\n\n"
             "B Block, second part of reform\n\nNo: 4.522.332, 51,05 %\nYes: 4.335.136, 48.94 %\n\n"
             "These are not yet 100% results but the tendency will not be reversed, says the CNE president.")
    d, paras = make(table)
    passages = chunk("t.txt", paras, word_count, max_tokens=100, min_tokens=8)
    assert [len(p.sentences) for p in passages] == [8, 1]
    assert passages[0].sentences[-1].text == "Yes: 4.335.136, 48.94 %"
    # sentences are merged only up to the minimum, as before
    d, paras = make("One short sentence here.\n\nAnother short one here.\n\nA third short one.")
    assert len(chunk("t.txt", paras, word_count, max_tokens=100, min_tokens=4)) == 3


def test_passage_and_sentence_offsets_hold_their_text():
    text = "First paragraph here, quite short.\n\nSecond one\n\ncontinues after a page break. And ends."
    d, paras = make(text)
    for p in chunk("t.txt", paras, word_count, max_tokens=100, min_tokens=1):
        assert " ".join(d.text[p.start:p.end].split()) == " ".join(p.text.split())
        for s in p.sentences:
            assert p.text[s.offset:s.offset + len(s.text)] == s.text
            assert " ".join(d.text[s.start:s.end].split()) == s.text
