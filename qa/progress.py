"""Progress reporting for embedding: a tqdm bar in the terminal (the UI passes its own callback)."""
from __future__ import annotations

import sys


class TqdmProgress:
    """Callable `progress(done, total)` drawing a tqdm bar on stderr; a no-op when not a terminal."""

    def __init__(self, label: str):
        self.label = label
        self.bar = None

    def __enter__(self):
        return self

    def __call__(self, done: int, total: int) -> None:
        from tqdm import tqdm
        if self.bar is None:
            self.bar = tqdm(total=total, desc=self.label, unit="text", file=sys.stderr,
                            disable=not sys.stderr.isatty() and None)
        self.bar.update(done - self.bar.n)

    def __exit__(self, *exc):
        if self.bar is not None:
            self.bar.close()
