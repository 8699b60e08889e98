"""WARC archives (.warc, .warc.gz): every HTML response record is one article.

The archive is read as a stream, one record at a time (warcio), and a record's page is
read up to the page limit only, so a crawl of many gigabytes never sits in memory.
Records that are not pages (requests, metadata, images, scripts) and duplicates
(revisit records, a payload already read) are counted in one line per archive, not
listed one by one. A page with no article, or a record that cannot be read, is listed
with the record's offset: `warcio extract ARCHIVE OFFSET` shows it.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from .common import Sink, iso_date, os_reason
from .pages import extract_article, page_raw
from .text_formats import text_limit

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_PAGE_RECORDS = ("response", "resource")


def read_warc(path: Path, shown: str, id_base: str, size: int, sink: Sink, *, direct: bool) -> None:
    """Every HTML page in the archive at `path`, in archive order; what is not a page is counted."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    limit = text_limit(sink.max_bytes)
    not_pages: Counter[str] = Counter()
    digests: set[str] = set()
    records = pages = 0
    try:
        with open(path, "rb") as stream:
            archive = ArchiveIterator(stream)
            try:
                for record in archive:
                    records += 1
                    sink.record_read()
                    kind = _kind(record)
                    if kind is not None:
                        not_pages[kind] += 1
                        continue
                    html = record.content_stream().read(limit + 1)
                    offset = archive.get_record_offset()  # after the read: it reads to the record's end
                    where = f"{shown}@{offset}"
                    uri = record.rec_headers.get_header("WARC-Target-URI")
                    if len(html) > limit:
                        sink.issue(where, None, f"page of {uri} is over {limit:,} bytes, far over the article "
                                                f"limit of {sink.max_bytes:,} bytes")
                        continue
                    digest = record.rec_headers.get_header("WARC-Payload-Digest") or _digest(html)
                    if digest in digests:
                        not_pages["duplicate pages (same payload)"] += 1
                        continue
                    digests.add(digest)
                    article = extract_article(html, uri)
                    if isinstance(article, str):
                        sink.issue(where, None, f"{article} ({uri})")
                        continue
                    pages += 1
                    raw = page_raw(article, where, None, f"{id_base}@{offset}")
                    if raw.published is None:  # the page states no date: the day it was archived
                        raw.published = iso_date((record.rec_headers.get_header("WARC-Date") or "")[:10])
                        raw.published_origin = "warc" if raw.published else None
                    sink.add(raw)
            except (ArchiveLoadFailed, EOFError, OSError, ValueError) as exc:
                where = f"{shown}@{archive.offset}"
                problem = str(exc).strip().split("\n")[0] or type(exc).__name__
                sink.issue(where, None, f"archive cannot be read from here on ({problem}): "
                                        f"{records} records before it were read")
    except OSError as exc:
        sink.issue(shown, None, f"cannot read: {os_reason(exc)}")
        return
    if records == 0:
        sink.issue(shown, None, "empty WARC archive: no records")
    elif not_pages:
        counts = ", ".join(f"{n:,} {what}" for what, n in sorted(not_pages.items(), key=lambda kv: (-kv[1], kv[0])))
        sink.issue(shown, None, f"{records:,} records, {pages:,} pages read as articles; "
                                f"not articles (counted, not listed): {counts}", "read")


def _kind(record) -> str | None:  # type: ignore[no-untyped-def]  # warcio's record has no type hints
    """Why a record is not a page ("request records", "image/jpeg responses"...), or None for a page."""
    rec_type = record.rec_type
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
