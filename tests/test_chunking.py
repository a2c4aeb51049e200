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


def test_passage_and_sentence_offsets_hold_their_text():
    text = "First paragraph here, quite short.\n\nSecond one\n\ncontinues after a page break. And ends."
    d, paras = make(text)
    for p in chunk("t.txt", paras, word_count, max_tokens=100, min_tokens=1):
        assert " ".join(d.text[p.start:p.end].split()) == " ".join(p.text.split())
        for s in p.sentences:
            assert p.text[s.offset:s.offset + len(s.text)] == s.text
            assert " ".join(d.text[s.start:s.end].split()) == s.text
