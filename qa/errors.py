"""Errors a user can act on.

Every failure a user can cause or fix (no index yet, empty corpus, missing model, corrupt
index, unreadable file) is a `QAError` whose message is one line saying what is wrong and
what to do. The CLI and the UI print that line; they never show a traceback for these.
`warn` is how such a line reaches stderr from the CLI and the library alike.
"""
import sys


def warn(message: str) -> None:
    """One line on stderr, in the CLI's style: something the user should know and can act on."""
    print(f"qa: {message}", file=sys.stderr, flush=True)


class QAError(Exception):
    """Base class: the message is shown to the user as is."""


class MissingModelError(QAError):
    """The embedding model cannot be found locally."""


class EmptyCorpusError(QAError):
    """The corpus folder holds no readable article."""


class IndexMissingError(QAError):
    """No index has been built at the given place yet."""


class CorruptIndexError(QAError):
    """An index file is missing, truncated or fails its checksum."""


class IndexBusyError(QAError):
    """Another process is writing the index."""


class BadFilterError(QAError):
    """An article or date given to restrict the answers is not usable (see Filters.problems)."""


class BadFileError(QAError):
    """One article cannot be loaded; indexing skips it with a warning."""


class ArticleGoneError(BadFileError):
    """The article behind a citation is no longer in the corpus folder (a shell says how to drop it
    from the index its own way: the message names the CLI's command)."""
