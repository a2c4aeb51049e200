"""Writes qa/data/phrasal_verbs.tsv.gz from WordNet 3.0: each verb of two to four words ("take
part", "step down") and the one-word verbs of its first listed sense, in WordNet's order
("participate"; "quit", "resign"), when that sense has one that is not a word of the phrase. Not
a verb of two words whose second is a preposition ("have on", "hold on"): in a question that is
mostly a verb and its object ("have on the field"). qa/phrasal_verbs.py reads it.

Usage: python scripts/make_phrasal_verbs.py WORDNET_DICT_DIR

WORDNET_DICT_DIR as for scripts/make_synonyms.py (WordNet 3.0's index.verb and data.verb). The
output is the same for the same input (sorted, gzip without a time stamp).
"""
from __future__ import annotations

import gzip
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "qa" / "data" / "phrasal_verbs.tsv.gz"
WORD = re.compile(r"[a-z]+")
PREPOSITIONS = {"on", "in", "at", "to", "for", "with", "of", "by", "about", "into", "onto", "upon", "from", "after",
                "through", "against", "under", "across", "like", "as", "behind", "around"}


def synset_words(folder: Path) -> dict[int, list[str]]:
    """Each verb synset's words, in WordNet's order ("participate", "take_part"), markers like
    "(a)" dropped."""
    words = {}
    for line in (folder / "data.verb").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue                                # the licence header
        fields = line.split()
        count = int(fields[3], 16)
        words[int(fields[0])] = [re.sub(r"\(.*\)$", "", fields[4 + 2 * i]).lower() for i in range(count)]
    return words


def phrasal_verbs(folder: Path) -> dict[str, list[str]]:
    """phrase (words joined by spaces) → the one-word verbs of the phrase's first sense."""
    words, out = synset_words(folder), {}
    for line in (folder / "index.verb").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split()
        phrase = fields[0].split("_")
        if not 2 <= len(phrase) <= 4 or not all(WORD.fullmatch(w) for w in phrase):
            continue
        if len(phrase) == 2 and phrase[1] in PREPOSITIONS:
            continue
        first_sense = int(fields[-int(fields[2])])
        single = [w for w in words[first_sense] if WORD.fullmatch(w) and w not in phrase]
        if single:
            out[" ".join(phrase)] = single
    return out


def main(folder: str) -> None:
    table = phrasal_verbs(Path(folder))
    text = "".join(f"{phrase}\t{' '.join(singles)}\n" for phrase, singles in sorted(table.items()))
    OUT.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
    print(f"{OUT}: {len(table)} phrases")


if __name__ == "__main__":
    main(sys.argv[1])
