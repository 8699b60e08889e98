"""Read a corpus of articles from folders, article files and JSONL files.

This is the only stage that touches the user's files, so it is the one that has to
cope with whatever arrives: Windows line ends, byte-order marks, legacy encodings,
binary files with a .txt name, broken JSONL lines, duplicated ids, symlink loops.
Nothing here raises on bad input and nothing is dropped silently: every input that
is skipped, or read only after a repair, is recorded as an `InputIssue` so the
report can say so. Only a usage error (a path that does not exist) raises
`CorpusError`.

Texts are normalised once here (no BOM, LF line ends) and never again: every offset
and line number later in the pipeline refers to `Document.text` as built here.
"""
from __future__ import annotations

import json
import os
import posixpath
import re
import stat
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

import yaml

from .model import Corpus, Document, InputIssue

__all__ = [
    "DEFAULT_MAX_ARTICLE_BYTES",
    "CorpusError",
    "load_corpus",
    "read_date_from_text",
]

DEFAULT_MAX_ARTICLE_BYTES = 2_000_000

ARTICLE_SUFFIXES = (".txt", ".md", ".jsonl")
# Files in a folder that describe the corpus rather than belong to it.
_DOC_PREFIXES = ("README", "NOTES", "LICENSE", "LICENCE", "CHANGELOG")
# Leading bytes of common binary formats that sometimes arrive with a .txt name.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx/.odt)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable"),
)
# Ordered so that the UTF-32 LE mark (FF FE 00 00) is tried before UTF-16 LE (FF FE).
_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8", "UTF-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le", "UTF-32 little-endian"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "UTF-32 big-endian"),
    (b"\xff\xfe", "utf-16-le", "UTF-16 little-endian"),
    (b"\xfe\xff", "utf-16-be", "UTF-16 big-endian"),
)
# Share of control characters above which decoded "text" is taken to be binary.
_CONTROL_SHARE = 0.10
_TEXT_CONTROLS = frozenset("\t\n\r\f\v")

Action = Literal["skipped", "read"]


class CorpusError(Exception):
    """A usage error (a path that does not exist): the CLI exits with status 2."""


# ===================================================================== public API


def load_corpus(
    paths: Sequence[str | Path],
    *,
    max_article_bytes: int = DEFAULT_MAX_ARTICLE_BYTES,
    dates_from_text: bool = False,
) -> Corpus:
    """Read every article under `paths`, in a deterministic order.

    Each path is a folder (read recursively, sorted), an article file (.txt, .md)
    or a .jsonl file. Returns the documents and every input that was skipped or
    repaired. Zero documents is not an error here: the caller decides what that
    means. Raises `CorpusError` only for usage errors (a missing path).
    """
    if isinstance(paths, (str, Path)):  # a lone path is an easy mistake to make
        paths = [paths]
    if not paths:
        raise CorpusError("no input paths given")
    if max_article_bytes <= 0:
        raise CorpusError(f"max_article_bytes must be positive, not {max_article_bytes}")
    for p in paths:  # check them all first: a typo should not cost a long read
        if not os.path.exists(p):
            what = "is a broken symbolic link" if os.path.islink(p) else "does not exist"
            raise CorpusError(f"{_display(p)}: {what}")

    reader = _Reader(max_article_bytes)
    for p in paths:
        reader.read_path(Path(p))
    docs = reader.documents
    if dates_from_text:
        docs = [_with_text_date(d) for d in docs]
    return Corpus(documents=tuple(docs), skipped=tuple(reader.issues))


def read_date_from_text(text: str) -> tuple[date, str] | None:
    """The publication date an article states about itself, with the line that says it.

    Used when metadata gives no date. Only layout lines count, never sentences that
    mention dates: a "Published: / Posted on / Updated at" stamp, an agency dateline
    ("KYIV, June 2, 2025 (AP) —") or a line that is only a date, within the first 15
    or the last 5 non-blank lines. The date needs a day, a month and a year; numeric
    dates count only when their order is unambiguous (2025-06-02, 25/06/2025). A
    "published" stamp is preferred to an "updated" one.
    """
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    head = lines[:_HEAD_LINES]
    tail = lines[max(_HEAD_LINES, len(lines) - _TAIL_LINES):]
    best: tuple[int, int, date, str] | None = None
    for position, (line, in_head) in enumerate([(ln, True) for ln in head] + [(ln, False) for ln in tail]):
        found = _date_line(line, in_head)
        if found is None:
            continue
        rank, when = found
        if best is None or (rank, position) < best[:2]:
            best = (rank, position, when, line)
    if best is None:
        return None
    return best[2], best[3]


# ===================================================================== reading


@dataclass
class _Raw:
    """An article as found, before ids are made unique."""

    text: str
    path: str
    line: int | None
    first_line: int
    default_id: str
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class _Reader:
    """Walks the inputs, collecting documents and issues in reading order."""

    max_bytes: int
    documents: list[Document] = field(default_factory=list)
    issues: list[InputIssue] = field(default_factory=list)
    # real path -> the path as first shown, so a file or folder is read once
    seen: dict[str, str] = field(default_factory=dict)
    # id -> (text, where it was read), for duplicate ids
    ids: dict[str, tuple[str, str]] = field(default_factory=dict)

    # ----------------------------------------------------------------- helpers

    def issue(self, path: str, line: int | None, reason: str, action: Action = "skipped") -> None:
        self.issues.append(InputIssue(path=path, line=line, reason=reason, action=action))

    def _first_visit(self, real: str, shown: str, kind: str) -> bool:
        """Record `real` as read; False (with an issue) if it was read before."""
        if real in self.seen:
            first = self.seen[real]
            if first == shown:
                self.issue(shown, None, f"{kind} named more than once: already read")
            else:
                self.issue(shown, None, f"same {kind} as {first}, already read")
            return False
        self.seen[real] = shown
        return True

    # ----------------------------------------------------------------- paths

    def read_path(self, path: Path) -> None:
        """Read one path the user named."""
        shown = _display(path)
        try:
            st = os.stat(path)
        except OSError as exc:
            self.issue(shown, None, f"cannot read: {_os_reason(exc)}")
            return
        if stat.S_ISDIR(st.st_mode):
            if self._first_visit(os.path.realpath(path), shown, "folder"):
                self._read_folder(path, shown)
        elif stat.S_ISREG(st.st_mode):
            if self._first_visit(os.path.realpath(path), shown, "file"):
                self._read_file(path, shown, shown, st.st_size, direct=True)
        else:
            self.issue(shown, None, "not a regular file or folder (a device, pipe or socket)")

    def _read_folder(self, root: Path, shown_root: str) -> None:
        found = [0]  # article files seen, including ones already read through another path
        for full, rel, size in self._walk(root, shown_root, "", [os.path.realpath(root)], found):
            self._read_file(full, _join(shown_root, rel), rel, size, direct=False)
        if found[0] == 0:
            self.issue(shown_root, None, "no articles (.txt, .md, .jsonl) found")

    def _walk(self, folder: Path, shown_root: str, rel: str, ancestors: list[str],
              found: list[int]) -> Iterator[tuple[Path, str, int]]:
        """Article files under `folder` in sorted order, as (path, path relative to root, size).

        Directories are tracked by their real path, so a symlink loop or a folder
        reached twice through links is reported once and never followed.
        """
        try:
            with os.scandir(folder) as it:
                names = sorted(entry.name for entry in it)
        except OSError as exc:
            self.issue(_join(shown_root, rel) if rel else shown_root, None, f"cannot list folder: {_os_reason(exc)}")
            return
        for name in names:
            if name.startswith("."):
                continue  # hidden files and folders (.git, .DS_Store) are not part of a corpus
            child_rel = f"{rel}/{name}" if rel else name
            full = folder / name
            shown = _join(shown_root, child_rel)
            try:
                st = os.stat(full)
            except FileNotFoundError:
                self.issue(shown, None, "broken symbolic link")
                continue
            except OSError as exc:
                self.issue(shown, None, f"cannot read: {_os_reason(exc)}")
                continue
            if stat.S_ISDIR(st.st_mode):
                real = os.path.realpath(full)
                if real in ancestors:
                    target = self.seen.get(real, real)
                    self.issue(shown, None, f"symbolic link loop: points back to {target}; not followed")
                    continue
                if not self._first_visit(real, shown, "folder"):
                    continue
                yield from self._walk(full, shown_root, child_rel, [*ancestors, real], found)
            elif stat.S_ISREG(st.st_mode):
                if name.upper().startswith(_DOC_PREFIXES):
                    self.issue(shown, None, "looks like documentation, not an article")
                    continue
                suffix = Path(name).suffix.lower()
                if suffix not in ARTICLE_SUFFIXES:
                    self.issue(shown, None, f"unsupported file type ({suffix or 'no extension'}): "
                                            "only .txt, .md and .jsonl are read")
                    continue
                found[0] += 1
                if not self._first_visit(os.path.realpath(full), shown, "file"):
                    continue
                yield full, child_rel, st.st_size
            else:
                self.issue(shown, None, "not a regular file or folder (a device, pipe or socket)")

    # ----------------------------------------------------------------- files

    def _read_file(self, path: Path, shown: str, id_base: str, size: int, *, direct: bool) -> None:
        """Read one article file or JSONL file; every problem becomes an issue."""
        suffix = path.suffix.lower()
        is_jsonl = suffix == ".jsonl"
        # An article's text is at most 4 bytes a character on disk (UTF-32); a file far
        # bigger than that cannot hold an article under the limit, so it is not loaded.
        if not is_jsonl and size > 4 * self.max_bytes + 1_000_000:
            self.issue(shown, None, f"file is {size:,} bytes, far over the article limit of "
                                    f"{self.max_bytes:,} bytes")
            return
        try:
            data = path.read_bytes()
        except PermissionError:
            self.issue(shown, None, "cannot read: permission denied")
            return
        except OSError as exc:
            self.issue(shown, None, f"cannot read: {_os_reason(exc)}")
            return
        try:
            text = self._decode(data, shown)
            if text is None:
                return
            text = self._normalise_line_ends(text, shown)
            if is_jsonl:
                self._read_jsonl(text, shown, id_base)
                return
            if direct and suffix not in (".txt", ".md"):
                self.issue(shown, None, f"unknown file type ({suffix or 'no extension'}): "
                                        "read as plain text", "read")
            first_line, meta = 1, {}
            if suffix == ".md":
                text, first_line, meta = self._front_matter(text, shown)
            self._add(_Raw(text, shown, None, first_line, id_base, meta))
        except (ValueError, LookupError, RecursionError) as exc:  # never let one file stop the run
            self.issue(shown, None, f"could not be read ({type(exc).__name__}: {exc})")

    def _decode(self, data: bytes, shown: str) -> str | None:
        """Bytes to text: BOM, then UTF-8, then a detected encoding; None if hopeless."""
        for mark, codec, name in _BOMS:
            if data.startswith(mark):
                try:
                    text = data[len(mark):].decode(codec)
                except UnicodeDecodeError:
                    self.issue(shown, None, f"starts with a {name} byte-order mark but is not valid {codec.upper()}")
                    return None
                if self._binary(text, shown):
                    return None
                self.issue(shown, None, f"{name} byte-order mark removed", "read")
                return text
        for magic, what in _MAGIC:
            if data.startswith(magic):
                self.issue(shown, None, f"binary file (looks like {what})")
                return None
        if b"\x00" in data:
            self.issue(shown, None, "binary file (contains NUL bytes)")
            return None
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            bad = f"byte 0x{data[exc.start]:02X} at offset {exc.start}"
            from charset_normalizer import from_bytes

            best = from_bytes(data).best()
            if best is None:
                self.issue(shown, None, f"not UTF-8 ({bad}) and its encoding could not be detected")
                return None
            text = str(best)
            if self._binary(text, shown):
                return None
            self.issue(shown, None, f"not UTF-8 ({bad}): read as {best.encoding} (detected)", "read")
            return text
        if self._binary(text, shown):
            return None
        return text

    def _binary(self, text: str, shown: str) -> bool:
        """Is decoded `text` really binary data? Records the issue if so."""
        if "\x00" in text:
            self.issue(shown, None, "binary file (contains NUL characters)")
            return True
        if not text:
            return False
        sample = text[:65536]
        controls = sum(1 for ch in sample
                       if ch not in _TEXT_CONTROLS and unicodedata.category(ch) == "Cc")
        if controls / len(sample) > _CONTROL_SHARE:
            self.issue(shown, None, f"binary file ({controls / len(sample):.0%} control characters)")
            return True
        return False

    def _normalise_line_ends(self, text: str, shown: str) -> str:
        """CRLF and lone CR to LF, one issue per file; keeps every line on its number."""
        if "\r" not in text:
            return text
        crlf = text.count("\r\n")
        lone = text.count("\r") - crlf
        kinds = " and ".join(k for k, n in (("CRLF", crlf), ("CR", lone)) if n)
        self.issue(shown, None, f"line ends normalised: {kinds} converted to LF", "read")
        return text.replace("\r\n", "\n").replace("\r", "\n")

    def _front_matter(self, text: str, shown: str) -> tuple[str, int, dict[str, Any]]:
        """Split optional YAML front matter off a .md file: (body, body's first line, fields)."""
        lines = text.split("\n")
        if lines[0].rstrip() != "---":
            return text, 1, {}
        close = next((i for i in range(1, len(lines)) if lines[i].rstrip() in ("---", "...")), None)
        if close is None:
            self.issue(shown, None, "front matter not terminated (no closing '---' line): "
                                    "the whole file was read as text", "read")
            return text, 1, {}
        body = "\n".join(lines[close + 1:])
        first_line = close + 2
        try:
            meta = yaml.safe_load("\n".join(lines[1:close]))
        except (yaml.YAMLError, RecursionError) as exc:
            problem = str(exc).split("\n")[0]
            self.issue(shown, None, f"front matter is not valid YAML ({problem}): "
                                    "text read without metadata", "read")
            return body, first_line, {}
        if meta is None:
            return body, first_line, {}
        if not isinstance(meta, dict):
            self.issue(shown, None, f"front matter is not a mapping of fields (got {_type_name(meta)}): "
                                    "text read without metadata", "read")
            return body, first_line, {}
        return body, first_line, meta

    def _read_jsonl(self, text: str, shown: str, id_base: str) -> None:
        """One article per line; a bad line is skipped with its line number."""
        records = 0
        repaired_line_ends = False
        for number, raw in enumerate(text.split("\n"), start=1):
            if not raw.strip():
                continue  # blank lines separate nothing and lose nothing
            records += 1
            try:
                record = json.loads(raw)
            except json.JSONDecodeError as exc:
                self.issue(shown, number, f"not valid JSON ({exc.msg} at column {exc.colno})")
                continue
            except RecursionError:
                self.issue(shown, number, "not valid JSON (nested too deeply)")
                continue
            if not isinstance(record, dict):
                self.issue(shown, number, f"not a JSON object (got {_type_name(record)})")
                continue
            if "text" not in record:
                self.issue(shown, number, 'record has no "text" field')
                continue
            body = record["text"]
            if not isinstance(body, str):
                self.issue(shown, number, f'"text" is not a string (got {_type_name(body)})')
                continue
            if "\r" in body:
                body = body.replace("\r\n", "\n").replace("\r", "\n")
                repaired_line_ends = True
            meta = {k: v for k, v in record.items() if k != "text"}
            self._add(_Raw(body, shown, number, number, f"{id_base}:{number}", meta))
        if repaired_line_ends:
            self.issue(shown, None, "line ends in record text normalised: CR/CRLF converted to LF", "read")
        if records == 0:
            self.issue(shown, None, "empty JSONL file: no records")

    # ----------------------------------------------------------------- documents

    def _add(self, raw: _Raw) -> None:
        """Check one article, give it a unique id and keep it; or record why not."""
        where = (raw.path, raw.line)
        text, replaced = _clean(raw.text)
        if not text.strip():
            self.issue(*where, "empty article (no text)" if not text else "empty article (whitespace only)")
            return
        size = len(text.encode("utf-8"))
        if size > self.max_bytes:
            self.issue(*where, f"article is {size:,} bytes, over the limit of {self.max_bytes:,} bytes")
            return

        fields: dict[str, str | None] = {}
        for name in ("id", "source", "title", "url"):
            value = raw.meta.get(name)
            if value is None or value == "":
                fields[name] = None
            elif isinstance(value, bool) or not isinstance(value, (str, int, float)):
                self.issue(*where, f'field "{name}" is {_type_name(value)}, not text: ignored', "read")
                fields[name] = None
            else:
                cleaned, bad = _clean(str(value).strip())
                replaced = replaced or bad
                fields[name] = cleaned or None
        if replaced:
            self.issue(*where, "invalid characters (lone surrogates) replaced with U+FFFD", "read")

        published: date | None = None
        value = raw.meta.get("published")
        if value is not None and value != "":
            published = _iso_date(value)
            if published is None:
                self.issue(*where, f"published date {str(value)!r} is not an ISO date or datetime: "
                                   "read without a date", "read")

        doc_id = fields["id"] or raw.default_id
        if doc_id in self.ids:
            earlier_text, earlier_at = self.ids[doc_id]
            if earlier_text == text:
                self.issue(*where, f"duplicate of {doc_id!r} ({earlier_at}): same id and same text")
                return
            n = 2
            while f"{doc_id}#{n}" in self.ids:
                n += 1
            new_id = f"{doc_id}#{n}"
            self.issue(*where, f"id {doc_id!r} already used by {earlier_at} for a different text: "
                               f"kept as {new_id!r}", "read")
            doc_id = new_id
        self.ids[doc_id] = (text, _where(raw.path, raw.line))
        self.documents.append(Document(
            id=doc_id,
            text=text,
            source=fields["source"] or doc_id,
            published=published,
            published_origin="metadata" if published else None,
            title=fields["title"],
            url=fields["url"],
            path=raw.path,
            line=raw.line,
            first_line=raw.first_line,
        ))


# ===================================================================== dates in text

_HEAD_LINES = 15
_TAIL_LINES = 5
# A stamp line longer than this is a sentence, not a stamp.
_MAX_STAMP_TAIL = 60

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]|2\d)\d\d"
_DATE = re.compile(
    rf"(?<![\w/.-])(?:"
    rf"(?P<dmy>{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR})"
    rf"|(?P<mdy>{_MONTH}\s+{_DAY},?\s+{_YEAR})"
    rf"|(?P<ymd>{_YEAR}[-/.]\d{{1,2}}[-/.]\d{{1,2}})"
    rf"|(?P<num>\d{{1,2}}[-/.]\d{{1,2}}[-/.]{_YEAR})"
    rf")(?:(?<=\d)(?=T\d\d:)|(?![\w/-]))",
    re.IGNORECASE,
)
_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
_TIME = (r"(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?|\d{1,2}\s*[ap]\.?\s?m\.?)"
         r"(?:\s*(?-i:[A-Z]{2,5})(?:[+-]\d{1,2}(?::?\d{2})?)?)?")
_SEP = r"[\s,|\u2022\u00b7/\-\u2013\u2014]*"
# "First published: ", "Updated at ", "Posted on ", "Last modified - "
_STAMP = re.compile(
    r"^(?:(?P<first>first|originally)\s+|last\s+)?"
    r"(?P<label>published|updated|posted|modified|dated|date|publication\s+date|released)\b"
    r"[\s:|\-\u2013\u2014]*(?:(?:on|at)\b\s*)?",
    re.IGNORECASE,
)
# What may stand before the date on a stamp or date line: a weekday and/or a time.
_LEAD = re.compile(rf"^(?:(?:{_WEEKDAY}|{_TIME}|at|on){_SEP})*$", re.IGNORECASE)
# What may follow the date on a date-only line: a time, a zone, punctuation.
_TRAIL = re.compile(
    rf"^(?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?{_SEP}(?:(?:at\s+)?{_TIME})?[\s.]*$",
    re.IGNORECASE,
)
# "KYIV, June 2, 2025 (AP) —", "WASHINGTON, Ukraine, 2 June 2025 (Reuters) -"
_DATELINE = re.compile(
    r"^(?-i:[A-Z][A-Z'.\-]+(?:\s+[A-Z][A-Z'.\-]+){0,3})"
    r"(?:,\s+[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)?)?,\s+(?P<rest>.*)$"
)
_AFTER_DATELINE = re.compile(r"^\s*(?:\([A-Za-z .]+\)\s*)?(?:--|\u2014|\u2013|-)")


def _date_line(line: str, in_head: bool) -> tuple[int, date] | None:
    """(rank, date) if `line` is a layout line stating a date; lower rank is better."""
    stamp = _STAMP.match(line)
    if stamp:
        rest = line[stamp.end():]
        m = _DATE.search(rest)
        if m and _LEAD.match(rest[:m.start()]) and len(rest) - m.end() <= _MAX_STAMP_TAIL:
            when = _parse_date(m)
            if when:
                label = stamp.group("label").lower()
                return (2 if label in ("updated", "modified") else 0), when
        return None
    if in_head:
        dl = _DATELINE.match(line)
        if dl:
            rest = dl.group("rest")
            m = _DATE.match(rest)
            if m and _AFTER_DATELINE.match(rest[m.end():]):
                when = _parse_date(m)
                if when:
                    return 0, when
    m = _DATE.search(line)
    if m and _LEAD.match(line[:m.start()]) and _TRAIL.match(line[m.end():]):
        when = _parse_date(m)
        if when:
            return 1, when
    return None


def _parse_date(m: re.Match[str]) -> date | None:
    """Parse a matched date with dateparser, strictly: day, month and year required."""
    text = m.group(0)
    order = None
    if m.group("ymd"):
        order = "YMD"
    elif m.group("num"):
        first, second = (int(x) for x in re.split(r"[-/.]", text)[:2])
        if first <= 12 and second <= 12 and first != second:
            return None  # 05/06/2025: May or June? Not guessed.
        order = "DMY" if first > 12 else "MDY"
    import dateparser

    settings: dict[str, Any] = {"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]}
    if order:
        settings["DATE_ORDER"] = order
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    return parsed.date() if parsed else None


def _with_text_date(doc: Document) -> Document:
    """`doc` with the date its text states, when metadata gave none."""
    if doc.published is not None:
        return doc
    found = read_date_from_text(doc.text)
    if found is None:
        return doc
    return replace(doc, published=found[0], published_origin="text")


# ===================================================================== small helpers


def _display(path: str | Path) -> str:
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
    return Path(shown).as_posix()


def _join(root: str, rel: str) -> str:
    return posixpath.normpath(posixpath.join(root, rel))


def _where(path: str, line: int | None) -> str:
    return f"{path}:{line}" if line is not None else path


def _os_reason(exc: OSError) -> str:
    return exc.strerror.lower() if exc.strerror else str(exc)


def _type_name(value: object) -> str:
    names = {dict: "an object", list: "a list", str: "a string", int: "a number",
             float: "a number", bool: "true/false", type(None): "null"}
    return names.get(type(value), type(value).__name__)


def _clean(text: str) -> tuple[str, bool]:
    """Replace lone surrogates (possible from JSON escapes), which cannot be written out."""
    cleaned = _SURROGATE.sub("\ufffd", text)
    return cleaned, cleaned != text


_SURROGATE = re.compile("[\ud800-\udfff]")


def _iso_date(value: object) -> date | None:
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
