"""`qa`: the command-line shell over the library (index, ask, chat, eval, status).

Heavy imports (torch, FAISS) happen inside the commands, so `qa --help` stays instant.
Every user-fixable error is one line on stderr and exit status 1; never a traceback
(set QA_DEBUG=1 to see one). Advice to run `qa index` names the --corpus/--index the user
gave. `ask` and `chat` check their filters against the index before answering, and warn in
one line when the corpus folder has changed since the index was last updated.
"""
from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import sys

from .errors import warn


def build_parser() -> argparse.ArgumentParser:
    from .config import default_corpus_dir, default_index_dir
    parser = argparse.ArgumentParser(prog="qa", description="Ask questions about a folder of articles; "
                                     "answers are sentences copied from the articles, with citations.")
    sub = parser.add_subparsers(dest="command", required=True)

    def places(p):
        p.add_argument("--corpus", default=default_corpus_dir(), help="folder of articles (default: %(default)s)")
        p.add_argument("--index", default=default_index_dir(), help="index folder (default: %(default)s)")

    p = sub.add_parser("index", help="build or update the index (incremental by default)")
    places(p)
    p.add_argument("--rebuild", action="store_true", help="start over instead of updating")
    p.add_argument("--watch", action="store_true", help="keep updating while articles change (Ctrl-C stops)")

    p = sub.add_parser("ask", help="answer one question (or one per stdin line with --json)")
    places(p)
    p.add_argument("question", nargs="?", help="the question; omit with --json to read one per line from stdin")
    p.add_argument("--json", action="store_true", help="print one JSON object per answer")
    add_filters(p)

    p = sub.add_parser("chat", help="ask questions in a conversation (follow-ups understood)")
    places(p)
    add_filters(p)

    p = sub.add_parser("eval", help="print quality metrics for a JSON-lines question file")
    places(p)
    p.add_argument("file")
    p.add_argument("--details", action="store_true", help="also list the questions that missed")

    p = sub.add_parser("status", help="what is indexed")
    places(p)
    return parser


def add_filters(p):
    p.add_argument("--doc", action="append",
                   help="only this article (file name, or its path in the corpus folder); repeatable")
    p.add_argument("--from", dest="date_from", default="", help="only articles dated on/after (YYYY[-MM[-DD]])")
    p.add_argument("--to", dest="date_to", default="", help="only articles dated on/before (YYYY[-MM[-DD]])")


FILTER_OPTIONS = {"docs": "--doc", "date_from": "--from", "date_to": "--to"}


def filters_from(args, assistant):
    """The --doc/--from/--to filters, checked against the index (a bad value is an error, not
    an empty search that would read as "the articles don't say")."""
    from .retrieval import Filters
    filters = Filters(docs={article_name(doc, args.corpus) for doc in args.doc} if args.doc else None,
                      date_from=args.date_from.strip(), date_to=args.date_to.strip())
    return assistant.check_filters(filters, labels=FILTER_OPTIONS)


def article_name(doc: str, corpus: str) -> str:
    """The article a --doc value names: a path to a file in the corpus folder (what tab
    completion gives: `--doc corpus/2013-….txt`) names the article by its file name, which is
    how the index knows it; anything else is kept as typed, for Filters.problems to judge."""
    from pathlib import Path
    path = Path(doc)
    if path.parent != Path(".") and path.parent.resolve() == Path(corpus).resolve():
        return path.name
    return doc


def index_command(args, *flags: str) -> str:
    """`qa index` with the folders the user chose (where they differ from the defaults), so that
    advice printed by any command can be pasted as is."""
    import shlex

    from .config import default_corpus_dir, default_index_dir
    parts = ["qa", "index", *flags]
    if args.corpus != default_corpus_dir():
        parts += ["--corpus", shlex.quote(str(args.corpus))]
    if args.index != default_index_dir():
        parts += ["--index", shlex.quote(str(args.index))]
    return " ".join(parts)


def with_folders(message: str, args) -> str:
    """`message` with each `qa index …` advice the library gave rewritten for the folders the
    user chose: the library knows the index folder at most, never the corpus, and advice that
    rebuilds the default `index/` from the default `corpus/` would do the wrong thing."""
    import re

    def rewrite(match) -> str:
        flags = [t for t in match.group(1).split() if t.startswith("--") and t not in ("--index", "--corpus")]
        return f"`{index_command(args, *flags)}`"
    return re.sub(r"`qa index([^`]*)`", rewrite, message)


def staleness(changes, args) -> str:
    """One sentence on a corpus folder that no longer matches the index ('' when it matches)."""
    if changes.folder_missing:
        return (f"the corpus folder {args.corpus} does not exist; answers come from the index as it was built "
                f"(--corpus names the folder)")
    if not changes:
        return ""
    return (f"the corpus folder {args.corpus} has changed since the index was last updated ({changes.summary()}); "
            f"answers may miss new text or cite old text until you run `{index_command(args)}`")


def warn_if_stale(assistant, args) -> None:
    """Before answering: one warning line when the corpus has changed since `qa index` ran."""
    message = staleness(assistant.corpus_changes(), args)
    if message:
        warn(f"warning: {message}")


def assistant_from(args):
    from .assistant import Assistant
    return Assistant(index_dir=args.index, corpus_dir=args.corpus)


# ---------------------------------------------------------------- commands

def cmd_index(args) -> int:
    from pathlib import Path

    from .errors import QAError
    from .progress import TqdmProgress
    assistant = assistant_from(args)
    try:
        with TqdmProgress("embedding") as progress:
            report = assistant.update_index(rebuild=args.rebuild, progress=progress, log=warn)
        print(report.summary())
    except QAError as exc:
        # The watcher exists for a corpus that is still empty or being fixed: say why this
        # update failed and watch on; the next change brings another update. Without a folder
        # to watch there is nothing to wait for.
        if not args.watch or not Path(args.corpus).is_dir():
            raise
        warn(f"update failed: {exc}")
    if args.watch:
        from .watch import watch_corpus
        watch_corpus(assistant, log=print)
    return 0


def cmd_ask(args) -> int:
    from .errors import QAError
    if args.question is None and not args.json:
        raise SystemExit("qa: error: give a QUESTION, or use --json to read questions from stdin")
    assistant = assistant_from(args)
    filters = filters_from(args, assistant)
    warn_if_stale(assistant, args)
    if args.question is not None:
        answer = assistant.ask(args.question, filters=filters)
        print(json.dumps(answer.to_dict(), ensure_ascii=False) if args.json else render(answer))
        return 0
    for line in sys.stdin:                  # one JSON line per input line, so output lines up with input
        question = line.strip()
        try:
            out = assistant.ask(question, filters=filters).to_dict()
        except QAError as exc:
            out = {"question": question, "error": str(exc)}
        print(json.dumps(out, ensure_ascii=False), flush=True)
    return 0


CHAT_QUIT = re.compile(r"(?:quit|exit|bye|goodbye|q)[.!]*", re.I)
CHAT_HELP = re.compile(r"(?:help|\?|/help)[.!?]*", re.I)
CHAT_HELP_TEXT = """Ask anything the articles may answer, e.g. "Why did the 2007 constitutional reform fail?".
Follow-ups use what came before: "And in 2013?", "Why?", "Who was he?", "no, I meant the 2004 recall".
Each answer sentence is copied from an article; [n] points to the passage listed under it.
When the articles do not hold the answer, it says so. Quit with an empty line, 'quit' or Ctrl-D."""


def cmd_chat(args) -> int:
    from .errors import QAError
    assistant = assistant_from(args)
    filters = filters_from(args, assistant)
    warn_if_stale(assistant, args)
    history = []
    if sys.stdin.isatty():
        with contextlib.suppress(ImportError):
            import readline  # noqa: F401  (input() then edits the line and recalls earlier questions with the arrows)
    print("Ask about the articles (empty line, 'quit' or Ctrl-D to quit; 'help' for how to ask).")
    while True:
        try:
            question = input("> ").strip()
        except EOFError:
            break
        if not question or CHAT_QUIT.fullmatch(question):
            break
        if CHAT_HELP.fullmatch(question):
            print(CHAT_HELP_TEXT)
            continue
        try:
            answer = assistant.ask(question, history=history, filters=filters)
        except QAError as exc:
            warn(with_folders(str(exc), args))
            continue
        history.append(answer)
        if answer.resolved_question != question:
            print(f"(understood as: {answer.resolved_question})")
        print(render(answer) + "\n")
    return 0


def cmd_eval(args) -> int:
    from .evaluation import evaluate, failures, format_metrics
    assistant = assistant_from(args)
    metrics = evaluate(args.file, lambda q, history: assistant.ask(q, history=history).to_dict())
    print(format_metrics(metrics))
    if args.details:
        for d in failures(metrics):
            print(json.dumps(d, ensure_ascii=False))
    return 0


def cmd_status(args) -> int:
    import time
    from pathlib import Path

    from .loaders import folders_with_articles, unread_folder
    from .text import counted
    status = assistant_from(args).status()
    built = time.strftime("%Y-%m-%d %H:%M", time.localtime(status["built_at"]))
    print(f"{counted(len(status['articles']), 'article')}, {counted(status['passages'], 'passage')}, "
          f"model {status['model']}, built {built}")
    for path, meta in status["articles"].items():
        known = (path, meta.get("date"), meta.get("title"), f"({counted(meta['passages'], 'passage')})")
        print("  " + "  ".join(x for x in known if x))      # an undated article leaves no gap
    changes = status["corpus_changes"]
    stale = staleness(changes, args)
    print(f"out of date: {stale}" if stale else f"up to date with the corpus folder {args.corpus}")
    for label, names in (("added", changes.added), ("changed", changes.changed), ("removed", changes.removed)):
        if names and not changes.folder_missing:
            print(f"  {label}: {', '.join(names)}")
    if changes.skipped and not changes.folder_missing:
        print(f"  skipped by the last update (`{index_command(args)}` says why): {changes.skipped_names()}")
    if not changes.exact:
        print(f"  (this index has no record of file sizes and times, so only added and removed files are seen; "
              f"`{index_command(args)}` records them)")
    if not changes.folder_missing:
        for folder in folders_with_articles(Path(args.corpus)):
            print(f"  {unread_folder(*folder)}")
    return 0



# ---------------------------------------------------------------- output

def render(answer) -> str:
    """The answer for a terminal: text with [n] markers, then the numbered sources."""
    lines = [answer.answer]
    if answer.short_answer:
        lines.insert(0, f"Short answer: {answer.short_answer}")
    if answer.citations or answer.passages:         # not for a reply to "thanks": no sources, no confidence
        lines.append("")
    if answer.citations:
        for c in answer.citations:
            lines.append(f"[{c.id}] {titled(c.title, c.date)} — {c.doc}:{c.start}-{c.end}")
            lines.append(f"    {excerpt_citing(c.passage, c.highlights)}")
    else:
        for i, p in enumerate(answer.passages[:3], 1):
            lines.append(f"closest {i}: {titled(p.title, p.date)} — {p.doc}:{p.start}-{p.end}")
            lines.append(f"    {excerpt(p.passage)}")
    if answer.citations or answer.passages:
        lines.append(f"(confidence {answer.confidence:.2f})")
    return "\n".join(lines)


def titled(title: str, date: str) -> str:
    """'Title (2013-04-15)', or the title alone for an undated article: not 'bigfile ()'."""
    return f"{title} ({date})" if date else title


def excerpt(text: str, limit: int = 240) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


def excerpt_citing(passage: str, highlights: list[tuple[int, int]], limit: int = 240) -> str:
    """The passage's excerpt, opening at the first cited sentence when more than half the excerpt
    would come before it ("What was the turnout in 2017?" cites the third sentence)."""
    start = min((s for s, _ in highlights), default=0)
    if len(" ".join(passage[:start].split())) <= limit // 2:
        return excerpt(passage, limit)
    return "… " + excerpt(passage[start:], limit)


COMMANDS = {"index": cmd_index, "ask": cmd_ask, "chat": cmd_chat, "eval": cmd_eval, "status": cmd_status}


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from .errors import QAError
    try:
        return COMMANDS[args.command](args) or 0
    except QAError as exc:
        print(f"qa: error: {with_folders(str(exc), args)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("qa: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:               # `qa ask … | head`: the reader left; not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # last resort: one line, not a traceback
        if os.environ.get("QA_DEBUG"):
            raise
        print(f"qa: unexpected error: {type(exc).__name__}: {exc} (set QA_DEBUG=1 for details)", file=sys.stderr)
        return 3


if __name__ == "__main__":
    sys.exit(main())
