"""qa/uploads.py: what an upload may and may not do to the corpus folder."""
import os

import pytest

from qa.errors import QAError
from qa.loaders import load_document, scan_corpus, supported_extensions
from qa.uploads import DuplicateUpload, UploadError, add_article, safe_filename

ARTICLE = ("---\ntitle: Rainfall in Caracas\ndate: 2020-05\n---\n"
           "Caracas recorded 312 millimetres of rain in May 2020, the wettest month in a decade.\n").encode()


def files(folder):
    """Everything in the folder, hidden entries included: a rejected upload must leave nothing behind."""
    return sorted(p.name for p in folder.iterdir())


def test_a_good_upload_lands_in_the_corpus_and_is_indexable(tmp_path):
    added = add_article(tmp_path, "rain.txt", ARTICLE)
    assert added.path == tmp_path / "rain.txt" and added.title == "Rainfall in Caracas" and not added.replaced
    assert (tmp_path / "rain.txt").read_bytes() == ARTICLE
    assert files(tmp_path) == ["rain.txt"]          # the staging folder is gone
    scan = scan_corpus(tmp_path)
    assert [d.path for d in scan.documents] == ["rain.txt"] and scan.warnings == []


@pytest.mark.parametrize("name, expected", [
    ("../../etc/evil.txt", "evil.txt"),
    ("..\\..\\windows\\evil.md", "evil.md"),
    ("/abs/path/notes.markdown", "notes.markdown"),
    (".hidden.txt", "hidden.txt"),
    ("we ird\x00name\n.TXT", "we irdname.txt"),
    ("a<b>|c;$(rm -rf).txt", "a-b-c-rm -rf.txt"),
    ("Informe electoral – Mérida.txt", "Informe electoral - Mérida.txt"),
])
def test_names_are_reduced_to_one_file_inside_the_corpus(tmp_path, name, expected):
    assert safe_filename(name) == expected
    outside = tmp_path / "outside"
    corpus = tmp_path / "corpus" / "inner"
    corpus.mkdir(parents=True)
    if expected.endswith((".txt", ".md", ".markdown")):
        added = add_article(corpus, name, ARTICLE)
        assert added.path.parent == corpus and added.path.name == expected
    assert not outside.exists() and files(tmp_path / "corpus") == ["inner"]


@pytest.mark.parametrize("name", ["", "..", "../", "...txt", "/", " . "])
def test_names_with_nothing_left_are_refused(tmp_path, name):
    with pytest.raises(UploadError, match="not a usable file name|not supported"):
        add_article(tmp_path, name, ARTICLE)
    assert files(tmp_path) == []


@pytest.mark.parametrize("name", ["script.py", "run.sh", "setup.exe", "archive.tar.gz", "noextension", "evil.txt.exe"])
def test_extensions_outside_the_loader_registry_are_refused(tmp_path, name):
    assert os.path.splitext(name)[1] not in supported_extensions()
    with pytest.raises(UploadError, match="not supported") as exc:
        add_article(tmp_path, name, ARTICLE)
    assert all(ext in str(exc.value) for ext in supported_extensions())
    assert files(tmp_path) == []


def test_every_registered_extension_goes_to_its_loader(tmp_path):
    """Acceptance follows the registry: each registered type is judged by its own loader
    (plain text passes; a binary format given text fails with that loader's reason)."""
    for i, ext in enumerate(supported_extensions()):
        name = f"a{i}{ext.upper()}"
        try:
            added = add_article(tmp_path, name, ARTICLE.replace(b"312", str(i).encode()))
        except UploadError as exc:
            assert "not supported" not in str(exc) and str(exc).startswith(name.lower()), exc
            assert not (tmp_path / name.lower()).exists()
        else:
            assert added.path.name == name.lower() and added.path.exists()
    for ext in (".txt", ".md", ".markdown"):
        assert (tmp_path / f"a{supported_extensions().index(ext)}{ext}").exists()


def test_too_big_is_refused_before_anything_is_written(tmp_path):
    with pytest.raises(UploadError, match=r"too large .*limit is"):
        add_article(tmp_path, "big.txt", b"word " * 300, max_bytes=1000)
    from qa.config import Settings                      # the same MB as the indexer's own message
    with pytest.raises(UploadError, match=r"the limit is 20 MB\)"):
        add_article(tmp_path, "big.txt", b"w" * (Settings().max_file_bytes + 1))
    assert files(tmp_path) == []
    assert add_article(tmp_path, "small.txt", b"word " * 200, max_bytes=1000).path.exists()


def test_the_size_limit_is_in_megabytes_of_a_million_bytes(tmp_path):
    """As file managers and the app's uploader count: 20 MB is 20,000,000 bytes, and a file they
    show as 21.2 MB is said to be 21.2 MB (it was "20.2 MB", in units of 1024 * 1024 bytes)."""
    assert add_article(tmp_path, "edge.txt", b"w" * 20_000_000).path.exists()
    with pytest.raises(UploadError, match=r"too large \(21\.2 MB; the limit is 20 MB\)"):
        add_article(tmp_path, "over.txt", b"w" * 21_200_000)
    with pytest.raises(UploadError, match="too large"):
        add_article(tmp_path, "just-over.txt", b"w" * 20_000_001)


def test_default_size_limit_is_the_indexers(tmp_path):
    from qa.config import Settings
    with pytest.raises(UploadError, match="too large"):
        add_article(tmp_path, "big.txt", b"x" * (Settings().max_file_bytes + 1))


@pytest.mark.parametrize("data, reason", [
    ("Caf\xe9 con leche en M\xe9rida.\n".encode("latin-1"), "not valid UTF-8"),
    ("Texto en UTF-16.\n".encode("utf-16"), "not valid UTF-8|binary"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (b"   \n\t\n", "empty"),
    (b"---\ntitle: [unclosed\n---\nBody text here.\n", "front matter"),
])
def test_files_that_are_not_readable_text_are_refused_with_the_reason(tmp_path, data, reason):
    with pytest.raises(UploadError, match=reason) as exc:
        add_article(tmp_path, "bad.txt", data)
    assert str(exc.value).startswith("bad.txt")
    assert files(tmp_path) == []


def test_utf8_with_bom_is_fine(tmp_path):
    assert add_article(tmp_path, "bom.txt", b"\xef\xbb\xbf" + ARTICLE).title == "Rainfall in Caracas"


def test_existing_article_is_not_overwritten_unless_asked(tmp_path):
    (tmp_path / "rain.txt").write_bytes(b"the original article, kept\n")
    with pytest.raises(UploadError, match="already in the corpus"):
        add_article(tmp_path, "rain.txt", ARTICLE)
    with pytest.raises(UploadError, match="already in the corpus"):
        add_article(tmp_path, "sub/../rain.txt", ARTICLE)
    assert (tmp_path / "rain.txt").read_bytes() == b"the original article, kept\n"
    added = add_article(tmp_path, "rain.txt", ARTICLE, overwrite=True)
    assert added.replaced and (tmp_path / "rain.txt").read_bytes() == ARTICLE
    assert files(tmp_path) == ["rain.txt"]


def test_a_bad_replacement_keeps_the_old_article(tmp_path):
    (tmp_path / "rain.txt").write_bytes(ARTICLE)
    with pytest.raises(UploadError, match="UTF-8"):
        add_article(tmp_path, "rain.txt", b"\xff\xfe\xfa not text", overwrite=True)
    assert (tmp_path / "rain.txt").read_bytes() == ARTICLE


def test_a_folder_with_the_name_is_never_replaced(tmp_path):
    (tmp_path / "notes.txt").mkdir()
    with pytest.raises(UploadError, match="not an article"):
        add_article(tmp_path, "notes.txt", ARTICLE, overwrite=True)
    assert (tmp_path / "notes.txt").is_dir()


def test_reserved_and_missing_places(tmp_path):
    with pytest.raises(UploadError, match="reserved"):
        add_article(tmp_path, "README.md", ARTICLE)
    with pytest.raises(UploadError, match="does not exist"):
        add_article(tmp_path / "nope", "rain.txt", ARTICLE)


def test_upload_errors_are_user_errors():
    assert issubclass(UploadError, QAError)


def test_file_permissions_follow_the_umask(tmp_path):
    old = os.umask(0o022)
    try:
        path = add_article(tmp_path, "rain.txt", ARTICLE).path
    finally:
        os.umask(old)
    assert path.stat().st_mode & 0o777 == 0o644


def test_content_already_in_the_corpus_is_refused_and_nothing_is_written(tmp_path):
    """A copy under a new name would be skipped by the indexer on every update: refused, whether
    the first copy is indexed (its text's hash) or not yet (its bytes)."""
    first = add_article(tmp_path, "rain.txt", ARTICLE)
    with pytest.raises(DuplicateUpload, match="already in the corpus as rain.txt"):
        add_article(tmp_path, "copy.txt", ARTICLE)                           # not indexed: same bytes
    indexed = {load_document(first.path).content_hash: "rain.txt"}
    with pytest.raises(DuplicateUpload, match="as rain.txt"):
        add_article(tmp_path, "copy.md", ARTICLE, indexed_hashes=indexed)    # indexed: same text
    assert files(tmp_path) == ["rain.txt"]


def test_the_assistant_checks_uploads_against_its_index(tmp_path, assistant):
    """Assistant.add_article is what the app calls: a bundled article uploaded under a new name
    is refused by its indexed hash."""
    from qa.assistant import Assistant
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    name = sorted(assistant.index().data.documents)[0]
    data = (assistant.corpus_dir / name).read_bytes()
    (corpus / name).write_bytes(data)
    mine = Assistant(index_dir=assistant.index_dir, corpus_dir=corpus, embedder=assistant.embedder)
    with pytest.raises(DuplicateUpload, match=f"as {name}"):
        mine.add_article("renamed.txt", data)
