"""What every part of the corpus reader shares: the article as found, the errors, path display.

Kept apart so the walker, the decoders and each format reader depend on this module
only, never on each other.
"""
from __future__ import annotations

import os
import posixpath
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal, Protocol

Action = Literal["skipped", "read"]

DEFAULT_MAX_ARTICLE_BYTES = 2_000_000


class CorpusError(Exception):
    """A usage error (a path that does not exist): the CLI exits with status 2."""


@dataclass
class Raw:
    """An article as found, before it is checked and its id made unique.

    `meta` holds the corpus fields as given (front matter, a JSONL record) and is
    validated when the article is added. A format that reads its own date (a page's
    metadata, a WARC record's date, a feed entry) passes it in `published` with its
    `published_origin` instead.
    """

    text: str
    path: str
    line: int | None
    first_line: int
    default_id: str
    meta: dict[str, Any] = field(default_factory=dict)
    published: date | None = None
    published_origin: str | None = None
    default_source: str | None = None  # the source when none is given; else the id


class Sink(Protocol):
    """Where a format reader puts what it finds: articles, and inputs skipped or repaired."""

    max_bytes: int

    def issue(self, path: str, line: int | None, reason: str, action: Action = "skipped") -> None: ...

    def add(self, raw: Raw) -> None: ...

    def record_read(self) -> None:
        """One record of an archive or feed was read (for the progress bar)."""


def readable_name(name: str) -> str:
    """`name` as reports can carry it: a byte the file system holds in no UTF-8 (an old Latin-1
    archive unpacked on Linux) as \\xNN, and a control character (a newline in a name) as \\xNN
    below 0x80 and \\uNNNN above, so a byte and a character never read alike. Every other
    character (a no-break space, a joiner) stays as it is: a valid name keeps its document id."""
    if not any(unicodedata.category(ch) in ("Cc", "Cs") for ch in name):
        return name
    out = []
    for ch in name:
        code = ord(ch)
        if 0xDC80 <= code <= 0xDCFF:  # a byte os.fsdecode could not decode
            out.append(f"\\x{code - 0xDC00:02x}")
        elif unicodedata.category(ch) == "Cs":  # a lone surrogate that stands for no byte
            out.append(f"\\u{code:04x}")
        elif unicodedata.category(ch) == "Cc":
            out.append(f"\\x{code:02x}" if code < 0x80 else f"\\u{code:04x}")
        else:
            out.append(ch)
    return "".join(out)


def display(path: str | Path) -> str:
    """The path as the user would recognise it: relative to the cwd when inside it."""
    given = os.fspath(path)
    try:
        rel = os.path.relpath(os.path.abspath(given), os.getcwd())
    except ValueError:  # another drive on Windows
        rel = None
    if rel is not None and rel != ".." and not rel.startswith(".." + os.sep):
        shown = rel
    else:
        shown = os.path.normpath(given)
    return readable_name(Path(shown).as_posix())


def join(root: str, rel: str) -> str:
    return readable_name(posixpath.normpath(posixpath.join(root, rel)))


def where(path: str, line: int | None) -> str:
    return f"{path}:{line}" if line is not None else path


def printable(text: str, limit: int = 200) -> str:
    """`text` safe to print in a message: control characters (an escape sequence in a damaged
    archive's bytes can retitle or recolour a terminal) written as \\xNN, and cut at `limit`."""
    shown = "".join(ch if ch == " " or (ch.isprintable() and unicodedata.category(ch) != "Cc") else f"\\x{ord(ch):02x}"
                    if ord(ch) < 256 else f"\\u{ord(ch):04x}" for ch in text)
    return shown if len(shown) <= limit else shown[:limit - 1] + "\u2026"


def os_reason(exc: OSError) -> str:
    return exc.strerror.lower() if exc.strerror else str(exc)


def type_name(value: object) -> str:
    names = {dict: "an object", list: "a list", str: "a string", int: "a number",
             float: "a number", bool: "true/false", type(None): "null"}
    return names.get(type(value), type(value).__name__)


_SURROGATE = re.compile("[\ud800-\udfff]")


def clean(text: str) -> tuple[str, bool]:
    """Replace lone surrogates (possible from JSON escapes), which cannot be written out."""
    cleaned = _SURROGATE.sub("\ufffd", text)
    return cleaned, cleaned != text


def iso_date(value: object) -> date | None:
    """An ISO date or datetime (string, or as YAML already parsed it), keeping only the date."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    s = value.strip()
    try:
        return date.fromisoformat(s)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(s).date()
    except ValueError:
        return None
