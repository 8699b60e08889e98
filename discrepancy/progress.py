"""Progress reporting for the pipeline, decoupled from how (or whether) it is shown."""
from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

Advance = Callable[[int], None]


class Progress(Protocol):
    def stage(self, name: str, total: int | None) -> Advance:
        """Start a stage of `total` units (None: not known before, as for an archive's records);
        returns a function to advance it."""

    def done(self, name: str) -> None:
        """The stage has finished."""


class NoProgress:
    """Shows nothing: the library default, and the CLI's when stderr is not a terminal."""

    def stage(self, name: str, total: int | None) -> Advance:
        return _ignore

    def done(self, name: str) -> None:
        return None


def _ignore(_n: int) -> None:
    return None
