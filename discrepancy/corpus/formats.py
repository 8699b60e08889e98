"""Which reader reads which file: by name, since a folder of news holds many kinds of file.

Readers of web formats import their libraries (trafilatura, warcio, feedparser) only
when a file of theirs is read, so a corpus of text files starts as fast as before.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from .common import Sink


class Reader(Protocol):
    def __call__(self, path: Path, shown: str, id_base: str, size: int, sink: Sink, *, direct: bool) -> None: ...


# Longest first, so "x.warc.gz" is a WARC archive and not an unknown ".gz".
SUFFIXES: dict[str, str] = {
    ".warc.gz": "warc", ".warc": "warc",
    ".txt": "article", ".md": "article", ".jsonl": "jsonl",
    ".html": "page", ".htm": "page",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
}
# Formats whose files hold many records: each gets a progress bar counting them.
ARCHIVES = frozenset({"warc", "feed"})
_SHOWN_ORDER = (".txt", ".md", ".jsonl", ".html", ".htm", ".warc", ".warc.gz", ".xml", ".rss", ".atom")
LISTED = ", ".join(_SHOWN_ORDER)
READ_LIST = ", ".join(_SHOWN_ORDER[:-1]) + " and " + _SHOWN_ORDER[-1]


def format_of(name: str) -> str | None:
    """The format a file name says ("page", "warc", ...), or None when none is read."""
    lower = name.lower()
    return next((fmt for suffix, fmt in SUFFIXES.items() if lower.endswith(suffix)), None)


def suffix_of(name: str) -> str:
    """The suffix as shown in messages: ".warc.gz" whole, else the last one."""
    lower = name.lower()
    return ".warc.gz" if lower.endswith(".warc.gz") else Path(lower).suffix


def reader_for(fmt: str | None) -> Reader:
    """The reader of a format; a file of no known format, named directly, is read as plain text."""
    loaders: dict[str, Callable[[], Reader]] = {
        "jsonl": _jsonl, "page": _page, "warc": _warc, "feed": _feed,
    }
    return loaders.get(fmt or "", _article)()


def _article() -> Reader:
    from .text_formats import read_article_file
    return read_article_file


def _jsonl() -> Reader:
    from .text_formats import read_jsonl
    return read_jsonl


def _page() -> Reader:
    from .pages import read_page_file
    return read_page_file


def _warc() -> Reader:
    from .warc import read_warc
    return read_warc


def _feed() -> Reader:
    from .feeds import read_feed
    return read_feed
