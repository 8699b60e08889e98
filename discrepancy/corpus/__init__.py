"""Read a corpus of articles: folders, article files, JSONL, saved web pages, WARC archives, feeds.

This is the only stage that touches the user's files, so it is the one that has to
cope with whatever arrives: Windows line ends, byte-order marks, legacy encodings,
binary files with a .txt name, broken JSONL lines, pages with no article, broken
archive records, duplicated ids, symlink loops. Nothing here raises on bad input and
nothing is dropped silently: every input that is skipped, or read only after a repair,
is recorded as an `InputIssue` so the report can say so. Only a usage error (a path
that does not exist) raises `CorpusError`.

The package is split by job: `walk` (paths and folders), `decode` (bytes to text),
`text_formats`, `pages`, `warc` and `feeds` (one per kind of file), `collect` (checks
and unique ids), `datestamps` (dates an article states in its layout).
"""
from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from ..model import Corpus, Document
from ..progress import NoProgress, Progress
from .collect import Collector
from .common import DEFAULT_MAX_ARTICLE_BYTES, CorpusError, display
from .datestamps import read_date_from_text
from .walk import Walker

__all__ = [
    "DEFAULT_MAX_ARTICLE_BYTES",
    "CorpusError",
    "load_corpus",
    "read_date_from_text",
]


def load_corpus(
    paths: Sequence[str | Path],
    *,
    max_article_bytes: int = DEFAULT_MAX_ARTICLE_BYTES,
    dates_from_text: bool = False,
    progress: Progress | None = None,
) -> Corpus:
    """Read every article under `paths`, in a deterministic order.

    Each path is a folder (read recursively, sorted) or a file: an article (.txt, .md),
    JSONL, a saved web page (.html, .htm), a WARC archive (.warc, .warc.gz) or an
    RSS/Atom feed (.xml, .rss, .atom). Returns the documents and every input that was
    skipped or repaired. Zero documents is not an error here: the caller decides what
    that means. Raises `CorpusError` only for usage errors (a missing path).
    `progress` gets one stage per archive or feed, counting its records.
    """
    if isinstance(paths, (str, Path)):  # a lone path is an easy mistake to make
        paths = [paths]
    if not paths:
        raise CorpusError("no input paths given")
    if max_article_bytes <= 0:
        raise CorpusError(f"max_article_bytes must be positive, not {max_article_bytes}")
    missing = []  # all of them first: a typo should not cost a long read, nor one rerun per typo
    for p in paths:
        if not os.fspath(p):
            missing.append("an empty path was given")  # Path("") is ".", which exists
        elif not os.path.exists(p):
            missing.append(f"{display(p)}: {'is a broken symbolic link' if os.path.islink(p) else 'does not exist'}")
    if missing:
        raise CorpusError("; ".join(dict.fromkeys(missing)))

    sink = Collector(max_article_bytes)
    walker = Walker(sink, progress or NoProgress())
    for p in paths:
        walker.read_path(Path(p))
    docs = sink.documents
    if dates_from_text:
        docs = [_with_text_date(d) for d in docs]
    return Corpus(documents=tuple(docs), skipped=tuple(sink.issues))


def _with_text_date(doc: Document) -> Document:
    """`doc` with the date its text states, when no metadata gave one; the line it was read from is kept."""
    if doc.published is not None:
        return doc
    found = read_date_from_text(doc.text)
    if found is None:
        return doc
    return replace(doc, published=found[0], published_origin="text", published_evidence=found[1])
