"""WARC archives (.warc, .warc.gz): every HTML response record is one article.

The archive is read as a stream, one record at a time (warcio), and a record's page is
read up to the page limit only, so a crawl of many gigabytes never sits in memory.
Records that are not pages (requests, metadata, images, scripts) and duplicates
(revisit records, a payload already read) are counted in one line per archive, not
listed one by one. A page with no article, or a record that cannot be read, is listed
with the record's offset: `warcio extract ARCHIVE OFFSET` shows it.
"""
from __future__ import annotations

import contextlib
import io
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .common import Sink, iso_date, os_reason, printable
from .pages import extract_article, note_ignored_date, page_raw
from .text_formats import text_limit

if TYPE_CHECKING:  # warcio is imported when an archive is read, not when the corpus package is
    from warcio.archiveiterator import ArchiveIterator
    from warcio.recordloader import ArcWarcRecord

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_PAGE_RECORDS = ("response", "resource")


@dataclass
class _Tally:
    """What one archive held, for the line that sums it up."""

    records: int = 0
    pages: int = 0
    not_pages: Counter[str] = field(default_factory=Counter)
    digests: set[str] = field(default_factory=set)  # payloads read, to count duplicates
    broken: bool = False


def read_warc(path: Path, shown: str, id_base: str, size: int, sink: Sink, *, direct: bool) -> None:
    """Every HTML page in the archive at `path`, in archive order; what is not a page is counted."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    tally = _Tally()
    # warcio writes its warnings straight to stderr (past --quiet, and into the Python API's
    # caller's terminal): they are caught and said once, in the archive's own line
    warcio_said = io.StringIO()
    try:
        with open(path, "rb") as stream, contextlib.redirect_stderr(warcio_said):
            archive = ArchiveIterator(stream)
            _tolerate_missing_uri(archive)
            try:
                for record in _records(archive):
                    if record.format != "warc" and tally.records == 0:
                        sink.issue(shown, None, "not a WARC archive (its first record has no WARC header)")
                        return
                    tally.records += 1
                    sink.record_read()
                    _read_record(archive, record, shown, id_base, sink, tally)
            except (ArchiveLoadFailed, EOFError, OSError, ValueError) as exc:
                tally.broken = True
                problem = printable(str(exc).strip().split("\n")[0] or type(exc).__name__, 120)
                before = f"{tally.records:,} record{'s' if tally.records != 1 else ''} before it {'were' if tally.records != 1 else 'was'} read"
                sink.issue(f"{shown}@{archive.offset}", None, f"archive cannot be read from here on ({problem}): {before}")
    except OSError as exc:
        sink.issue(shown, None, f"cannot read: {os_reason(exc)}")
        return
    unterminated = warcio_said.getvalue().count("Record not followed by newline")
    if unterminated:
        sink.issue(shown, None, f"{unterminated:,} record{'s' if unterminated != 1 else ''} not followed by a blank line "
                                "(a wrong Content-Length?): read as far as they go", "read")
    if tally.records == 0 and not tally.broken:
        sink.issue(shown, None, "empty WARC archive: no records")
    elif tally.not_pages:
        counts = ", ".join(f"{n:,} {what}" for what, n in sorted(tally.not_pages.items(), key=lambda kv: (-kv[1], kv[0])))
        sink.issue(shown, None, f"{tally.records:,} records, {tally.pages:,} pages read as articles; "
                                f"not articles (counted, not listed): {counts}", "read")


def _records(archive: ArchiveIterator) -> Iterator[ArcWarcRecord]:
    """The archive's records. warcio raises AttributeError or TypeError on some malformed headers:
    those become ValueError here, so the archive is reported as unreadable from there on, while the
    same errors raised by reading a record (a defect of ours) are not mistaken for a broken file."""
    records = iter(archive)
    while True:
        try:
            record = next(records)
        except StopIteration:
            return
        except (AttributeError, TypeError) as exc:
            raise ValueError(str(exc).strip() or type(exc).__name__) from exc
        yield record


def _read_record(archive: ArchiveIterator, record: ArcWarcRecord, shown: str, id_base: str, sink: Sink,
                 tally: _Tally) -> None:
    """One record: an article, a count in the tally, or an issue at its offset."""
    limit = text_limit(sink.max_bytes)
    kind = _kind(record)
    html = record.content_stream().read(limit + 1) if kind is None else b""
    offset = archive.get_record_offset()  # after the read: it reads to the record's end
    where = f"{shown}@{offset}"
    uri = record.rec_headers.get_header("WARC-Target-URI")
    if _cut_short(archive, record):
        sink.issue(where, None, "record is cut short: the archive ends inside it")
    elif record.rec_type is None:
        sink.issue(where, None, "not a valid WARC record (no WARC-Type header)")
    elif uri is None and kind is None:
        sink.issue(where, None, f"{record.rec_type} record has no WARC-Target-URI (the page's address): not read")
    elif kind is not None:
        tally.not_pages[kind] += 1
    elif len(html) > limit:
        sink.issue(where, None, f"page of {uri} is over {limit:,} bytes, far over the article "
                                f"limit of {sink.max_bytes:,} bytes")
    else:
        digest = record.rec_headers.get_header("WARC-Payload-Digest") or _digest(html)
        if digest in tally.digests:
            tally.not_pages["duplicate pages (same payload)"] += 1
            return
        tally.digests.add(digest)
        article = extract_article(html, uri)
        if isinstance(article, str):
            sink.issue(where, None, f"{article} ({uri})")
            return
        tally.pages += 1
        note_ignored_date(article, where, sink)
        raw = page_raw(article, where, None, f"{id_base}@{offset}")
        if raw.published is None:  # the page states no date: the day it was archived
            raw.published = iso_date((record.rec_headers.get_header("WARC-Date") or "")[:10])
            raw.published_origin = "warc" if raw.published else None
        sink.add(raw)


def _tolerate_missing_uri(archive: ArchiveIterator) -> None:
    """warcio reads a response's HTTP headers by its WARC-Target-URI and raises AttributeError on a
    record without one, which ends the whole archive; with a stand-in address the record is read
    to its end, listed, and the records after it are read."""
    loader = archive.loader
    load = loader.load_http_headers

    def load_http_headers(rec_type, uri, stream, length):  # type: ignore[no-untyped-def]
        return load(rec_type, "http://" if uri is None else uri, stream, length)

    loader.load_http_headers = load_http_headers


def _cut_short(archive: ArchiveIterator, record: ArcWarcRecord) -> bool:
    """Did the file end inside this record? (Read to its end first.) warcio itself returns what there is."""
    decompressor = archive.reader.decompressor if archive.reader else None
    if decompressor is not None:  # .warc.gz: each record is one gzip member, complete when its stream ended
        return not getattr(decompressor, "eof", True)
    declared = record.length or 0  # .warc: the record holds at least its declared content
    return archive.get_record_length() < declared


def _kind(record: ArcWarcRecord) -> str | None:
    """Why a record is not a page ("request records", "image/jpeg responses"...), or None for a page."""
    rec_type = record.rec_type
    if rec_type is None:
        return None  # not a valid record: listed by the caller
    if rec_type == "revisit":
        return "duplicates (revisit records)"
    if rec_type not in _PAGE_RECORDS:
        return f"{rec_type} records"
    if record.http_headers is not None:
        status = record.http_headers.get_statuscode()
        if status and not status.startswith("2"):
            return f"responses with HTTP status {status[0]}xx"
        content_type = record.http_headers.get_header("Content-Type") or ""
    else:
        content_type = record.rec_headers.get_header("Content-Type") or ""
    media = content_type.split(";")[0].strip().lower()
    if media not in _HTML_TYPES:
        return f"{media or 'untyped'} {rec_type}s"
    return None


def _digest(content: bytes) -> str:
    import hashlib

    return "sha1:" + hashlib.sha1(content).hexdigest()
