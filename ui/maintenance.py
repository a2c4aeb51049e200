"""The sidebar's maintenance section: index updates, uploads, and what they did.

An update is only *requested* here; it runs in the background (ui/updates.py), because the
script run of a click is stopped by the session's next rerun. So every rerun redraws the
update that is running, with its progress, and a fragment redraws just that part every
second. Each session remembers the updates it has seen queued or running (`FOLLOWED`) and,
when one ends, says once how it ended: a toast, and a notice that stays in the sidebar until
the next maintenance action, so the result is still readable after the reruns that follow.

Uploads are checked before anything is written, by `Assistant.add_article`
(qa.uploads.add_article): type, size, encoding, name, and content already in the corpus
(under another name the indexer would skip it with a warning on every update). The uploader accepts files of any type, so that
an unsupported one reaches that check and the user is told why it was refused, instead of
the browser dropping it before the app ever sees it.
"""
from __future__ import annotations

import streamlit as st

from qa.assistant import Assistant
from qa.config import MB
from qa.errors import QAError
from qa.loaders import supported_extensions
from qa.text import counted
from qa.uploads import DuplicateUpload, NameTaken

from . import markup
from .resources import Shared
from .updates import UpdateJob

FOLLOWED = "updates_followed"   # session key: ids of update jobs whose outcome this session still owes
NOTICES = "notices"             # session key: [(kind, text, warnings)] of the last maintenance action
REDRAW_SECONDS = 1.0            # how often a running update's progress is redrawn
SHOWN_LINES = 8                 # the update's last log lines shown under its progress bar
UPDATE_BUTTON = "Update index"  # messages elsewhere on the page send the reader to it by this name


def panel(shared: Shared, ready: bool) -> bool:
    """Update and upload controls, the running update, and notices; True when an update this
    session followed has ended (the index may have changed: status must be re-read)."""
    st.subheader("Maintenance")
    progress_area, notice_area = st.container(), st.container()   # above the controls, where they are seen
    busy = bool(shared.updates.pending())
    if ready and st.button(UPDATE_BUTTON, disabled=busy,
                           help="An update is running" if busy else
                           "Index new, changed and removed articles (incremental)"):
        start_update(shared)
    if ready and not busy:
        stale_warning(shared.assistant)
    upload_form(shared)
    ended = report_ended_updates(shared)     # after the controls: what they started may have ended already
    if shared.updates.pending() or st.session_state[FOLLOWED]:
        with progress_area:
            update_progress(shared)
    with notice_area:
        show_notices()
    return ended


def stale_warning(assistant: Assistant) -> None:
    """Never silently stale: when the corpus folder no longer matches the index (articles added,
    changed or removed since it was built), say so above the upload form (a listing and a stat
    per file: Assistant.corpus_changes)."""
    try:
        changes = assistant.corpus_changes()
    except QAError:
        return                                   # the index itself is the problem: shown elsewhere
    if changes:
        st.warning(f"The corpus folder has changed since the index was built ({changes.summary() or 'folder missing'}): "
                   "answers may cite old text or miss new articles until you update the index.")
    if changes.skipped:
        st.caption(markup.label(f"Skipped by the last update: {changes.skipped_names()}"))


def start_update(shared: Shared, rebuild: bool = False, note: str = "") -> None:
    """Ask for an update (it runs in the background, or after the one running), follow it, and
    redraw the whole page: parts drawn before the request (the update button, the no-index
    notice) must say at once that an update is running."""
    follow(shared.updates.request(rebuild=rebuild, note=note))
    st.session_state[NOTICES] = []    # the last action's result is superseded
    st.rerun()


def follow(job: UpdateJob) -> None:
    followed = st.session_state.setdefault(FOLLOWED, [])
    if job.id not in followed:
        followed.append(job.id)


def followed_jobs(shared: Shared) -> list[UpdateJob | None]:
    """The jobs this session follows (None for one no longer remembered)."""
    return [shared.updates.job(job_id) for job_id in st.session_state.get(FOLLOWED, [])]


def report_ended_updates(shared: Shared) -> bool:
    """Follow every update now queued or running; for those followed that have ended, leave
    their outcome as the notice and toast it, once. True if any has ended."""
    for job in shared.updates.pending():     # seen running or queued: its outcome is owed
        follow(job)
    jobs = {job_id: shared.updates.job(job_id) for job_id in st.session_state.setdefault(FOLLOWED, [])}
    ended = [job for job in jobs.values() if job is None or job.finished]
    if not ended:
        return False
    st.session_state[FOLLOWED] = [job_id for job_id, job in jobs.items() if job is not None and not job.finished]
    notices = [job.outcome() for job in ended if job is not None]
    if notices:
        st.session_state[NOTICES] = notices
    for kind, text, _ in notices:
        toast(kind, text)
    return True


@st.fragment(run_every=REDRAW_SECONDS)
def update_progress(shared: Shared) -> None:
    """The update running (and the one queued after it), redrawn on its own every second; when
    an update this session follows has ended, the whole page reruns to show its outcome."""
    pending = shared.updates.pending()
    if not pending or any(job is None or job.finished for job in followed_jobs(shared)):
        st.rerun()
    for job in pending:
        draw_job(job)


def draw_job(job: UpdateJob) -> None:
    notes = " ".join(job.notes)
    if job.state == "queued":
        st.caption(markup.label(f"Then: {job.title.lower()} (queued). {notes}"))
        return
    # Not `with st.status(...)`: leaving that block marks the status complete.
    box = st.status(f"{job.title}…", expanded=True, state="running")
    if notes:
        box.caption(markup.label(notes))
    seconds = f"({job.seconds:.0f} s)"
    if job.total and job.done >= job.total:
        box.progress(1.0, text=f"Writing the index… {seconds}")
    elif job.total:
        box.progress(job.done / job.total, text=f"Embedding {job.done} of {counted(job.total, 'text')} {seconds}")
    else:
        box.progress(0.0, text=f"Reading and splitting the articles… {seconds}")
    for line in job.lines[-SHOWN_LINES:]:
        box.html(markup.plain(line, "qa-log"))
    box.caption("Questions are answered from the current index until this update ends.")


def upload_limit_mb(shared: Shared) -> int:
    """The largest upload in MB (qa.config.MB, 1,000,000 bytes): the library's own limit, which the
    uploader states ("20MB per file") and enforces in the browser, so that all three agree."""
    return max(1, shared.assistant.settings.max_file_bytes // MB)


def upload_form(shared: Shared) -> None:
    exts = supported_extensions()
    limit = upload_limit_mb(shared)
    with st.form("upload", clear_on_submit=True, border=False):
        upload = st.file_uploader(f"Add an article ({', '.join(exts)})", key="upload_file", max_upload_size=limit)
        replace = st.checkbox("Replace an article with the same name", key="upload_replace")
        submitted = st.form_submit_button("Add to corpus and index")
    if not submitted:
        return
    if upload is None:
        refuse("error", f"No file was received. Choose a file to add first; a file larger than {limit} MB "
                        "is refused by the uploader before it reaches the app.")
    else:
        add_and_index(shared, upload.name, upload.getvalue(), replace)


def add_and_index(shared: Shared, name: str, data: bytes, replace: bool) -> None:
    """Add the upload to the corpus and request the update that indexes it, or say why not."""
    try:
        added = shared.assistant.add_article(name, data, replace=replace)
    except DuplicateUpload as exc:
        refuse("warning", str(exc))
        return
    except NameTaken as exc:                     # the form is cleared on submit: the file must be chosen again
        refuse("error", f"{str(exc).rstrip('.')}. It was not added; nothing changed. To replace it, choose "
                        "the file again and tick “Replace an article with the same name”.")
        return
    except QAError as exc:                       # "bad.txt: looks like a binary file, not text"
        refuse("error", f"{str(exc).rstrip('.')}. It was not added; nothing changed.")
        return
    verb = "Replaced" if added.replaced else "Added"
    start_update(shared, note=f"{verb} {added.path.name} ({added.title}).")


def refuse(kind: str, text: str) -> None:
    """An upload that was not added: one notice, also as a toast (the sidebar may be scrolled)."""
    st.session_state[NOTICES] = [(kind, text, [])]
    toast(kind, text)


def toast(kind: str, text: str) -> None:
    st.toast(markup.label(text), icon={"error": "⚠️", "warning": "ℹ️"}.get(kind, "✅"))


def show_notices() -> None:
    for kind, text, warnings in st.session_state.get(NOTICES, []):
        {"error": st.error, "warning": st.warning}.get(kind, st.success)(markup.label(text))
        for warning in warnings:
            st.warning(markup.label(warning))
